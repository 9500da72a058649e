"""Lines written in capitals ("4.1 STYRGRUPPEN FÖR TRYGGHET", "PUNKT 3: PRIORITERADE OMRÅDEN") read in the case
the text writes their words elsewhere ("4.1 Styrgruppen för trygghet"): a heading's words are the same words
whatever their case, and a group or a place a capital line names is named as the text names it in its sentences.
A word the text writes nowhere else is lower case when it is a Swedish word, kept in capitals when short (an
acronym: "EST", "BRÅ") and capitalised otherwise (a name, as a surname no dictionary knows, and the first name
before it). The head of a text (its letterhead and title, before its first sentences) and a numbered heading keep
their capitals, which their readers read as they are."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from samverkan.extract.interleaved import GUTTER
from samverkan.extract.vocabulary import domain_term, lemma_known

TOKEN = re.compile(r"[^\W\d_]+")
LETTER = re.compile(r"[^\W\d_]")
ACRONYM = 4  # an unknown word in capitals up to this long is an acronym ("SSBF"), a longer one a name
LIST_MARK = re.compile(r"^\s*[^\W\d_][.)]\s+")  # "a) ", "B. ": the letter of a list item
# what stands before the first word of a sentence or a cell inside a line: a sentence's end, a label's colon, a
# cell's rule, a column's gap, a spaced dash or dot
OPENING = re.compile(r"(?:[.!?:|]\s+|\s{3,}|\t|\s[–·•-]\s+)[\"'(«»”]*$")
GAP = 40  # how far back before a word its opening is looked for

ADDRESS = re.compile(r"[@._/\\]\w")  # a word of an e-mail or web address or a file name ("polisen.se")
ADDRESS_END = re.compile(r"\w[@._/\\]$")
SENTENCE_ENDS = re.compile(r"[a-zåäö]{2}[.!?](?:\s+[A-ZÅÄÖ]|\s*$)")  # "… ingår. Gruppen", "… per år."
# a numbered heading ("7  FÖRSLAG INFÖR 2026") is one by its number, and the readers of sections read it as written
NUMBERED = re.compile(r"^\s*#*\s*\d")
# what opens a line before its first word: a heading's marks, a list item's mark or letter, and a section's number
# or label ("## ", "- ", "b) ", "5.1.1 ", "B1.2 ", "Bilaga 2 ", "Punkt 4: ", "§ 3 "; a year is none): a title follows
LEAD = re.compile(r"\s*(?:#+\s*)?(?:[-•*–·]\s+)?(?:[^\W\d_][.)]\s+)?"
                  r"(?:(?:[^\W\d_]{1,12}\s+|§+\s*)?[^\W\d_]{0,3}\d{1,3}(?:\.\d{1,3})*\.?[:)]?\s+)?")
NAME_END = re.compile(r"\s*(?:$|,|\s{2}|\t)")  # what ends a name standing alone: its line, a comma, a column gap
Forms = dict[str, Counter]


@lru_cache(maxsize=4096)
def _known(word: str) -> bool:
    """Whether a dictionary, or the agreements' own terms, know the word (a text repeats its words: each is
    looked up once)."""
    return lemma_known(word) or domain_term(word)


def in_capitals(line: str) -> bool:
    """A line whose letters are all capitals, with a word of four letters or more ("STYRGRUPP", "4.2 EST")."""
    words = TOKEN.findall(line)
    return bool(words) and not any(ch.islower() for ch in line) and any(len(w) >= 4 for w in words)


def _opens(line: str, at: int) -> bool:
    """Whether the word at `at` opens a sentence, an item, a cell or the title after a numbered label, where the
    case says nothing of the word itself. Only the line's start and the few characters before the word are read
    (a line of a megabyte costs no more per word)."""
    lead = LEAD.match(line).end()
    first = LETTER.search(line, lead)
    return first is None or at <= first.start() or bool(OPENING.search(line, max(lead, at - GAP), at))


def _forms(lines: list[str]) -> tuple[Forms, Forms]:
    """How the text's lines not in capitals write each word (case folded): inside sentences, and opening them."""
    inside: Forms = {}
    opening: Forms = {}
    for line in lines:
        if in_capitals(line):
            continue
        for m in TOKEN.finditer(line):
            if len(m.group()) >= 2 and not ADDRESS.match(line, m.end()) \
                    and not ADDRESS_END.search(line, max(0, m.start() - 2), m.start()):
                seen = opening if _opens(line, m.start()) else inside
                seen.setdefault(m.group().casefold(), Counter())[m.group()] += 1
    return inside, opening


def _written(word: str, inside: Forms, opening: Forms) -> str | None:
    """A word as the text writes it inside its sentences, else opening them (a name no dictionary knows: a
    Swedish word only a sentence's start capitalises), else as it writes the word with or without a genitive's
    "s" ("MÄLARDALENS" as "Mälardalen"); None when it writes it nowhere else."""
    low = word.casefold()
    seen = inside.get(low) or (opening.get(low) if not _known(low) else None)
    if seen:
        return max(seen.items(), key=lambda kv: (kv[1], kv[0].islower()))[0]
    for other in ((low[:-1],) if low.endswith("s") else ()) + (low + "s",):
        if len(other) > 3 and (form := inside.get(other)):
            best = max(form.items(), key=lambda kv: (kv[1], kv[0].islower()))[0]
            return best[:1] + low[1:] if best[:1].isupper() and not best.isupper() else low
    return None


def _unseen(word: str) -> str:
    """A word in capitals the text writes nowhere else: a Swedish word in lower case, an acronym as it is, a
    name capitalised."""
    low = word.casefold()
    if len(word) == 1 or _known(low):
        return low
    return word if len(word) <= ACRONYM else word[:1] + low[1:]


def _recased(line: str, forms: tuple[Forms, Forms]) -> str:
    """A line in capitals with its words as the text writes them, the first of a sentence or cell capitalised,
    and a first name before a surname."""
    tokens = list(TOKEN.finditer(line))
    written = [_written(m.group(), *forms) for m in tokens]
    if not any(w is not None and len(w) >= 2 for w in written) and GUTTER.search(line.strip()):
        return line  # a row of names in columns the text writes nowhere else: a signature block's, read as it is
    words = [w or _unseen(m.group()) for w, m in zip(written, tokens, strict=True)]
    for i in range(len(tokens) - 1):  # a first name the text writes nowhere else, before a surname
        if written[i] is None and len(words[i]) > 1 and _surname(words[i + 1]) \
                and line[tokens[i].end():tokens[i + 1].start()] == " ":
            words[i] = words[i][:1].upper() + words[i][1:]
    for i in _named(line, tokens, written):
        words[i] = words[i][:1].upper() + words[i][1:].lower()
    out, at = [], 0
    for m, word in zip(tokens, words, strict=True):
        if m.start() < GAP and LIST_MARK.fullmatch(line[:m.end() + 1] + " "):
            word = m.group()  # "A. ", "b) ": an item's letter as written
        elif _opens(line, m.start()):
            word = word[:1].upper() + word[1:]
        out += [line[at:m.start()], word]
        at = m.end()
    return "".join(out) + line[at:]


def _named(line: str, tokens: list[re.Match], written: list[str | None]) -> list[int]:
    """The words of a person's name standing alone ("SVEN HITTEPÅ", "KARIN BERG, KOMMUNDIREKTÖR"): two or three
    words the text writes nowhere else that open the line or a cell and end it or stand before a comma. A name
    may be words of the language ("Berg"), which only their place tells."""
    out: list[int] = []
    for i, m in enumerate(tokens):
        if not _opens(line, m.start()):
            continue
        j = i
        while j + 1 < len(tokens) and j - i < 2 and line[tokens[j].end():tokens[j + 1].start()] in (" ", "-"):
            j += 1
        after = line[tokens[j].end():]
        if j > i and all(w is None for w in written[i:j + 1]) and NAME_END.match(after):
            out += range(i, j + 1)
    return out


def _surname(word: str) -> bool:
    """A name no dictionary knows, capitalised ("Exempelsdotter"), as a person's name ends."""
    return word[:1].isupper() and not word.isupper() and not _known(word.casefold())


def _body_start(lines: list[str]) -> int:
    """The index of the first line of the first paragraph in which a sentence ends: the lines before it are
    the document's head (a letterhead, a title in capitals), which the readers of a head read as written."""
    start = 0
    for i, line in enumerate(lines):
        if not line.strip():
            start = i + 1
        elif SENTENCE_ENDS.search(line):
            return start
    return len(lines)


def recased(lines: list[str]) -> list[str]:
    """The lines of the body, each in capitals read in the case of the text's own words; the same lines when none
    is, or when the whole text is in capitals (no other case to read them by)."""
    capitals = [in_capitals(line) for line in lines]
    if not any(capitals) or all(c or not TOKEN.search(line) for c, line in zip(capitals, lines, strict=True)):
        return lines
    forms, body = _forms(lines), _body_start(lines)
    return [_recased(line, forms) if c and n >= body and not NUMBERED.match(line) else line
            for n, (c, line) in enumerate(zip(capitals, lines, strict=True))]
