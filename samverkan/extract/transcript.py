"""An interview transcript read as what it says: each turn opens with its speaker ("Intervjuare:",
"Kommunpolisen:"), the speakers take turns and one of them asks; the interviewer's questions are the headings of
the answers under them, a speaker who is a function says "jag" for that function, and what a speaker takes back
("en gång i månaden – nej förresten, det är varannan månad") is not said. Line for line, so that every fact keeps
the line it stands on."""

from __future__ import annotations

import re
from collections import Counter

# "Intervjuare: …", "Kommunpolisen: …", "IP: …" at the start of a paragraph
TURN = re.compile(r"^(?P<label>[A-ZÅÄÖ][\wåäö-]{1,30}(?:\s+[\wåäö-]{2,20})?)\s*:\s+(?=\S)")
MIN_TURNS = 3
# a speaker taking back what was just said: "… nej, förlåt, …", "– nej förresten, …", "Eller, nej förresten, …",
# "… nej, nu blandar jag ihop det"
_OWN_ERROR = r"(?:nu\s+blandar\s+jag\s+ihop\s+det(?:\s+igen)?|det\s+har\s+jag\s+fel\s+på|jag\s+tar\s+fel)"
# (each alternative starts at a mark or a word's start, so that a long run of spaces is passed over once)
TAKEN_BACK = re.compile(r"(?i)(?:(?:\.{3}|…|[–—-])\s*)?\b(?:eller,?\s+)?nej,?\s+(?:(?:förlåt|förresten|vänta|"
                        r"jag\s+menar)\b[,.]?(?:\s+" + _OWN_ERROR + r"\b[,.]?)?|" + _OWN_ERROR + r"\b[,.]?)|"
                        r"(?<!\s)\s+[–—]\s+nej,\s+")  # "A, och B – nej, B var förra avtalet"
# where what is taken back starts: the clause it belongs to (after ", och", ", men", a sentence's end)
CLAUSE_START = re.compile(r"(?:[.!?]\s+|,\s+(?=(?:och|men|så)\s))")


def as_spoken(lines: list[str]) -> list[str]:
    """The lines of a transcript as its speakers mean them (see the module's docstring); any other text's as
    they are."""
    starts = [n for n, line in enumerate(lines) if TURN.match(line) and (n == 0 or not lines[n - 1].strip())]
    labels = Counter(TURN.match(lines[n]).group("label") for n in starts)
    speakers = {label for label, count in labels.items() if count >= 2}
    if len(speakers) < 2 or sum(labels[s] for s in speakers) < MIN_TURNS * 2:
        return lines
    asking = _interviewer(lines, starts, speakers)
    turns = [TURN.match(lines[n]).group("label") for n in starts if TURN.match(lines[n]).group("label") in speakers]
    taking_turns = sum(a != b for a, b in zip(turns, turns[1:], strict=False)) >= 0.8 * (len(turns) - 1)
    if asking is None or not taking_turns:  # a form's "Syfte:" / "Deltagare:" paragraphs are no one speaking
        return lines
    out, said_by = list(lines), [None] * len(lines)
    speaker = None
    for n, line in enumerate(lines):
        turn = TURN.match(line) if n in starts else None
        if turn and turn.group("label") in speakers:
            speaker = turn.group("label")
            out[n] = line[turn.end():]
        said_by[n] = speaker if line.strip() else None
    out = _taken_back(out)
    for n, who in enumerate(said_by):
        if who is not None and who == asking and n in starts and out[n].rstrip().endswith("?") \
                and (n + 1 == len(out) or not out[n + 1].strip()):
            out[n] = "## " + out[n]  # a question of one line: the heading of the answer under it
        elif who is not None and who != asking:
            out[n] = _as_function(out[n], who)
    return out


def _interviewer(lines: list[str], starts: list[int], speakers: set[str]) -> str | None:
    """The speaker whose turns mostly end with a question."""
    asked: Counter = Counter()
    said: Counter = Counter()
    for n in starts:
        label = TURN.match(lines[n]).group("label")
        if label in speakers:
            end = n
            while end + 1 < len(lines) and lines[end + 1].strip():
                end += 1
            said[label] += 1
            asked[label] += lines[end].rstrip().endswith("?")
    best = max(speakers, key=lambda s: asked[s] / said[s])
    return best if asked[best] * 2 > said[best] else None


def _as_function(line: str, speaker: str) -> str:
    """"jag" and "mig" as the speaker, when the speaker is named by a function ("Kommunpolisen")."""
    if speaker[:1].isupper() and speaker[1:].islower() and " " not in speaker:
        word = speaker.lower()
        line = re.sub(r"(?<![\wåäö])(?:jag|mig)(?![\wåäö])", word, line)
        line = re.sub(r"(?<![\wåäö])Jag(?![\wåäö])", speaker, line)
    return line


def _taken_back(lines: list[str]) -> list[str]:
    """Each paragraph without what its speaker takes back: the clause before the words that take it back (a
    sentence of its own when they open one), line for line."""
    out = list(lines)
    n = 0
    while n < len(lines):
        if not lines[n].strip():
            n += 1
            continue
        end = n
        while end + 1 < len(lines) and lines[end + 1].strip():
            end += 1
        block = lines[n:end + 1]
        text = "\n".join(block)
        if TAKEN_BACK.search(text):
            edited = _without_taken_back(text)
            parts = edited.split("\n")
            out[n:end + 1] = parts if len(parts) == len(block) else block
        n = end + 1
    return out


MAX_TAKEN_BACK = 50  # a paragraph's corrections read; a hostile text's thousands are left as written


def _without_taken_back(text: str) -> str:
    for _ in range(MAX_TAKEN_BACK):
        if (m := TAKEN_BACK.search(text)) is None:
            break
        before = text[:m.start()]
        if before.rstrip().endswith((".", "!", "?")):  # "Kommundirektören. Eller, nej förresten": the sentence before
            start = max((c.end() for c in re.finditer(r"[.!?]\s+", before[:len(before.rstrip()) - 1])), default=0)
        else:
            start = max((c.end() for c in CLAUSE_START.finditer(before)), default=0)
        # the lines keep their breaks: what is dropped leaves its line ends
        dropped = text[start:m.end()]
        kept = "\n" * dropped.count("\n")
        rest = text[m.end():].lstrip(" ,")
        text = text[:start] + kept + (rest[:1].upper() + rest[1:] if not text[:start].strip() or
                                      text[:start].rstrip().endswith((".", "!", "?")) else rest)
    return text
