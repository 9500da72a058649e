"""The document being extracted: raw and normalised lines (1-based), page-header noise, corrections."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from samverkan.extract.bilingual import in_swedish
from samverkan.extract.capitals import recased
from samverkan.extract.forms import as_filled, box_edges, unticked
from samverkan.extract.interleaved import read_apart
from samverkan.extract.numbered import unnumbered
from samverkan.extract.paragraphs import lost_breaks
from samverkan.extract.thread import MAIL_QUOTE_START, as_forwarded, block_quotes_read, forwarded_text, is_mail
from samverkan.extract.transcript import as_spoken
from samverkan.extract.wrapped import regrooved, unhyphenated, wrap_width
from samverkan.io.i18n import Msg

SUPPORTED = (".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".doc", ".odt", ".rtf")
# marked edits of a draft: struck text, a reviewer's comment, a deletion note, an insertion; a slide's speaker
# note ("[anteckning: …]") is no more the document's than a comment is
# Word's tracked changes exported as text name theirs "[Borttaget: …]", "[Infogat: …]", "[Formaterat: …]" (in
# English "Deleted", "Inserted", "Formatted"); text it moved is marked where it went ("[Flyttat (till): …]", kept)
# and where it was ("[Flyttat (från): …]", gone)
EDIT_MARK = re.compile(r"~~[^~]+?~~|\[(?i:kommentar|comment|anm\.?|anmärkning|(?:talar)?anteckning(?:ar)?|"
                       r"speaker\s+notes?|notes?|stryks|utgår|borttag(?:et|en|na)|"
                       r"raderat|deleted|formatera(?:t|d)|formatted)\b[^\[\]]*\]|"
                       r"\[(?i:flytta[td]|moved)\s*\((?i:från|from|borttagning|deletion)\)[^\[\]]*\]|"
                       r"\[(?i:infogas|infoga(?:t|d)|inserted|tillägg|läggs\s+till|nytt|"
                       r"(?:flytta[td]|moved)\s*\((?:till|to|hit|infogning|insertion)\))"
                       r"\s*:\s*(?P<inserted>[^\[\]]+?)(?P<after>\s*)\]")
LEADING_STOP = re.compile(r"^\s*([,.;:])(?=\s|$)")  # an insertion's "," left at a line's start by the edit
# a note's number glued to a word or a year ("lag¹", "2028⁵"), or after the stop that ends them ("lagen.¹", as
# Word sets it), not a unit's power ("m²")
FOOTNOTE_MARK = re.compile(r"(?:(?<=[a-zåäö]{3})|(?<=\d{4})|(?<=[a-zåäö]{3}[.,;:])|(?<=\d{4}[.,;:]))"
                           r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


# a Markdown footnote reference ("[^2]"), not its definition at a line's start ("[^2]: …")
FOOTNOTE_REF = re.compile(r"(?<=\S)\[\^(?P<key>[^\]\s]+)\]")

FOOTNOTE_DEF = re.compile(r"^\[\^(?P<key>[^\]\s]+)\]:\s*(?P<text>\S.*?)\s*$")
# Word's notes saved as a web page: "Månadsvis[4]" in the text, "[4] Inget möte hålls i juli." at the end
WORD_NOTE_REF = re.compile(r"(?<=\S)\[(?P<key>\d{1,2})\]")
WORD_NOTE_DEF = re.compile(r"^\[(?P<key>\d{1,2})\]\s+(?P<text>\S.*?)\s*$")


def _notes_in_cells(lines: list[str]) -> list[str]:
    """A Markdown table cell's footnote read in the cell, in brackets after the words it is marked on ("Varje
    månad[^3]" with "[^3]: Inget möte hålls i juli." → "Varje månad (Inget möte hålls i juli.)"), and its
    definition no longer read apart: a note on a cell tells about that cell's group, which its own line names
    nowhere. Notes on prose stay where they are."""
    out = lines
    for define, refer in ((FOOTNOTE_DEF, FOOTNOTE_REF), (WORD_NOTE_DEF, WORD_NOTE_REF)):
        notes = {m.group("key"): (n, m.group("text")) for n, line in enumerate(out)
                 if (m := define.match(line)) is not None}
        if notes:
            out = _noted(out, notes, refer)
    return out


def _noted(lines: list[str], notes: dict[str, tuple[int, str]], refer: re.Pattern) -> list[str]:
    """The lines with each note marked in a table row (a Markdown row, or cells parted by " | ") read in it."""
    out, used = list(lines), set()
    for n, line in enumerate(lines):
        if not line.lstrip().startswith("|") and " | " not in line:
            continue
        for ref in refer.finditer(line):
            if (key := ref.group("key")) in notes:
                used.add(notes[key][0])
                out[n] = out[n].replace(ref.group(), f" ({notes[key][1]})", 1)
    return ["" if n in used else line for n, line in enumerate(out)]


class ExtractError(Exception):
    """Input that cannot be extracted; the CLI prints the message on one line and exits 2."""

    def __init__(self, message: Msg):
        self.message = message
        super().__init__(message.en)


@dataclass(frozen=True, order=True)
class Span:
    """An inclusive range of 1-based line numbers."""

    start: int
    end: int

    def __str__(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"

    def __or__(self, other: Span) -> Span:
        return Span(min(self.start, other.start), max(self.end, other.end))


@dataclass(frozen=True)
class Correction:
    """One OCR repair: the word as written and the word of the vocabulary it was read as."""

    line: int
    original: str
    resolved: str


@dataclass
class Document:
    name: str
    raw: list[str]
    lines: list[str]
    corrections: list[Correction] = field(default_factory=list)
    noise: set[int] = field(default_factory=set)
    pages: list[int] = field(default_factory=list)  # the page of each line (PDF); empty for text
    ocr_pages: list[int] = field(default_factory=list)  # pages read by OCR
    page_title: str = ""  # a web page's <title>, which is no line of its text
    breaks: set[int] = field(default_factory=set)  # lines a blank line stood before, in a copy that lost them
    wrap: int = 0  # the width a copy wrapped the text's paragraphs at (0: the text shows no such form)
    mended: list[str] = field(default_factory=list)  # in that form, the lines with each word a wrap broke whole
    cased: dict[int, str] = field(default_factory=dict)  # lines in capitals as the text writes their words elsewhere

    def as_read(self) -> Document:
        """The document as its readers read it: its lines in capitals in the case the text writes their words
        elsewhere (`cased`), in a PDF copy's wrap view too (`mended`); this one, its lines as written, when none
        is."""
        if not self.cased:
            return self
        lines = [self.cased.get(n, line) for n, line in enumerate(self.lines, 1)]
        return replace(self, lines=lines, mended=recased(self.mended) if self.mended else [], cased={})

    def page_of(self, n: int) -> int | None:
        return self.pages[n - 1] if self.pages and 0 < n <= len(self.pages) else None

    @classmethod
    def from_text(cls, name: str, text: str, normaliser=None) -> Document:
        # Lines are what `\n` separates (as editors and `sed -n` count them); a form feed is a page break
        # inside a line, read as a space.
        raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if raw and raw[-1] == "":
            raw.pop()
        # an agreement forwarded whole, or pasted into a mail thread and quoted on: read as written
        raw = as_forwarded(unnumbered(raw))  # a margin of line numbers is no part of the text
        if name.lower().endswith(".md"):
            raw = block_quotes_read(raw)
        raw = [line.replace("\f", " ") for line in read_apart(raw)]  # two columns interleaved: one after the other
        raw = in_swedish(raw)  # a translation set beside the Swedish text repeats it
        lines, corrections = list(raw), []
        if normaliser is not None:
            lines, corrections = [], []
            if hasattr(normaliser, "survey"):
                normaliser.survey(raw)
            for n, (fixed, fixes) in enumerate(normaliser.normalise_lines(raw), 1):
                lines.append(fixed)
                corrections += [Correction(n, o, r) for o, r in fixes]
        lines = _notes_in_cells(lines)
        lines = [FOOTNOTE_REF.sub("", line) for line in lines]  # "ungdomsrån,[^2] på …": the note is read apart
        edited = _as_edited(lines)
        corrections += [Correction(n, a, b) for n, (a, b) in enumerate(zip(lines, edited, strict=True), 1) if a != b]
        lines = edited
        led = [DOT_LEADER.sub(r"\g<label>: ", line) for line in lines]  # "Projekttid ..... X": "Projekttid: X"
        corrections += [Correction(n, a, b) for n, (a, b) in enumerate(zip(lines, led, strict=True), 1) if a != b]
        lines = led
        lines = as_filled(lines)  # a form's ticked boxes, its boxed free text: its layout, no words read anew
        spoken = as_spoken(lines)  # a transcript: the speakers' labels, "jag" and what they take back
        corrections += [Correction(n, a, b) for n, (a, b) in enumerate(zip(lines, spoken, strict=True), 1) if a != b]
        lines = spoken
        if _caseless(lines):
            cased = _sentence_case(lines)
            corrections += [Correction(n, a, b) for n, (a, b) in enumerate(zip(lines, cased, strict=True), 1) if a != b]
            lines = cased
        doc = cls(name, raw, lines, corrections)
        doc.noise = _page_headers(raw) | quoted_mail(raw) | box_edges(raw) | unticked(raw)
        doc.breaks = lost_breaks(raw)
        doc.wrap = wrap_width(raw)
        doc.mended = regrooved(unhyphenated(lines)) if doc.wrap else []
        # headings in capitals read in the text's own case, beside the lines as written (line numbers, sources and
        # OCR repair read those)
        doc.cased = {n: b for n, (a, b) in enumerate(zip(lines, recased(lines), strict=True), 1) if a != b}
        return doc

    def __len__(self) -> int:
        return len(self.lines)

    @property
    def reading(self) -> list[str]:
        """The lines as read: as written, or in a copy wrapped anew with each word its wrap broke whole."""
        return self.mended or self.lines

    def line(self, n: int) -> str:
        """Line n as read."""
        return self.reading[n - 1]

    def is_blank(self, n: int) -> bool:
        return not self.lines[n - 1].strip()

    @property
    def top(self) -> int:
        """The first line with text, from which "near the top" counts: the blank lines of a cover page that held
        only a picture do not."""
        return next((n for n in range(1, len(self.lines) + 1) if not self.is_blank(n)), 1)

    def head(self, count: int) -> range:
        """The numbers of the first `count` lines from the top."""
        return range(self.top, min(len(self.lines), self.top + count - 1) + 1)

    def is_break(self, n: int) -> bool:
        """A paragraph break in text extracted from PDF: a line of white space only (not an empty one)."""
        text = self.lines[n - 1]
        return bool(text) and not text.strip()

    def text_lines(self, start: int = 1, end: int | None = None):
        """(number, stripped text) of the non-blank, non-noise lines in [start, end]."""
        end = len(self.lines) if end is None else min(end, len(self.lines))
        for n in range(max(start, 1), end + 1):
            if n in self.noise or self.is_blank(n):
                continue
            yield n, self.reading[n - 1].strip()

    def quote(self, span: Span, limit: int = 300) -> str:
        numbers = range(max(span.start, 1), min(span.end, len(self.raw)) + 1)
        words = " ".join(self.raw[n - 1].strip() for n in numbers if n not in self.noise and self.raw[n - 1].strip())
        if not words:
            words = " ".join(self.raw[n - 1].strip() for n in numbers if self.raw[n - 1].strip())
        return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"

    def corrections_in(self, span: Span) -> list[Correction]:
        return [c for c in self.corrections if span.start <= c.line <= span.end]


# a label led to its value by dots, as a form or a cover sheet sets it ("Projekttid ........ 2026–2028"), not a table
# of contents' page number ("Bakgrund ........ 3")
DOT_LEADER = re.compile(r"^(?P<label>\s*[A-ZÅÄÖ][\wåäö-]*(?:\s[\wåäö-]+){0,3}?)\s*\.{3,}\s*(?=\S)(?!\d{1,3}\s*$)")
LINE_START = re.compile(r"^(\s*(?:[-•*–]\s+|\d{1,2}[.)]\s+)?)([a-zåäöé])")
SENTENCE_START = re.compile(r"([.!?]\s+)([a-zåäöé])")
CAPITALISED = re.compile(r"\b[A-ZÅÄÖ][a-zåäö]+\b")


def _as_edited(lines: list[str]) -> list[str]:
    """The text as it stands after its marked edits, line for line: struck text ("~~sex~~ fyra"), a reviewer's
    comment ("[Kommentar LK: …]") and a deletion note ("[stryks – …]") go, an insertion ("[infogas: X]") stays
    as X; a note's number glued to a word ("kommunpolisen³") goes."""
    text = "\n".join(lines)
    if "~~" in text or "[" in text:
        text = EDIT_MARK.sub(_edited, text)
    lines = _without_comments(text.split("\n"))
    for i in range(1, len(lines)):  # "socialchefen" / ", barn- och utbildningschefen": the comma goes back up
        if (stop := LEADING_STOP.match(lines[i])) and lines[i - 1].strip():
            lines[i - 1] = lines[i - 1].rstrip() + stop.group(1)
            lines[i] = lines[i][stop.end():].lstrip()
    return [FOOTNOTE_MARK.sub("", _without_note_mark(line)) for line in _notes_in_place(lines)]


def _without_note_mark(line: str) -> str:
    """A note left at the foot of its page (not read in place) without its number ("⁵ Socialchefen ingår …"): a
    sentence of the text, which the number would hide the start of."""
    m = NOTE_LINE.match(line)
    return line[:m.start("mark")] + line[m.start("text"):] if m else line


# Word prints a comment's mark where it is anchored ("…chefen[KP4].": the reviewer's initials and number) and the
# comment itself after the text ("[KP4] A B, 2026-01-13: …")
COMMENT_MARK = re.compile(r"\[(?P<mark>[A-ZÅÄÖ]{1,4}\d{1,3})\]")
COMMENT_ENTRY = re.compile(r"^\s*\[(?P<mark>[A-ZÅÄÖ]{1,4}\d{1,3})\]\s+\S")
COMMENTS_HEADING = re.compile(r"(?i)^\s*(?:kommentarer|comments|[-_=]{3,})\s*:?\s*$")


def _without_comments(lines: list[str]) -> list[str]:
    """The text without the reviewers' comments Word prints after it ("[KP1] A B, 2026-01-12: …", with their
    "Kommentarer" heading) and without their marks in the text ("ordförande är X[KP1]."), line for line. Only a
    mark whose comment is printed is one: a bracketed code alone may be something else."""
    entries = {n: m.group("mark") for n, line in enumerate(lines) if (m := COMMENT_ENTRY.match(line))}
    marked = {m.group("mark") for n, line in enumerate(lines) if n not in entries
              for m in COMMENT_MARK.finditer(line)}
    comments = sorted(n for n, mark in entries.items() if mark in marked)
    if not comments:
        return lines
    out = list(lines)
    for n in comments:
        out[n] = ""
        for j in range(n + 1, len(out)):  # the comment's further lines, up to a blank line or the next comment
            if not out[j].strip() or j in entries:
                break
            out[j] = ""
    for k in range(comments[0] - 1, -1, -1):  # the "Kommentarer" heading and the rule above the comments
        if out[k].strip() and not COMMENTS_HEADING.match(out[k]):
            break
        out[k] = ""
    listed = {entries[n] for n in comments}
    return [COMMENT_MARK.sub(lambda m: "" if m.group("mark") in listed else m.group(), line) for line in out]


NOTE_LINE = re.compile(r"^\s*(?P<mark>[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+(?P<text>\S.*)$")  # "⁴ I dag Nybyhem och …" at a page's foot
# a note that says what the marked words stand for ("Med berörda chefer avses A och B."): the words give way to it
DEFINES = re.compile(r"(?i)^med\s+(?P<words>[^.;]{3,60}?)\s+avses\s+(?:i\s+[^.;]{3,30}?\s+)?(?P<meaning>[^;]+?)\.?$")


def _notes_in_place(lines: list[str]) -> list[str]:
    """The notes at the foot of a page ("⁴ I dag Nybyhem och Låtsashus.") read where their marks stand
    ("fastighetsägarna i området⁴"), line for line: a note defining the marked words ("Med berörda chefer avses A
    och B.") takes their place; any other note follows them in brackets, its sentences joined by semicolons
    ("träffas regelbundet (enligt mötesplanen var fjärde vecka)"). The note's own lines go blank. A note no mark
    points to stays where it is."""
    notes: dict[str, tuple[str, list[int]]] = {}
    for i, line in enumerate(lines):
        if (m := NOTE_LINE.match(line)) is not None:
            at = [i]
            text = m.group("text").strip()
            for j in range(i + 1, min(i + 6, len(lines))):  # the note's indented lines after it
                if not lines[j].strip() or NOTE_LINE.match(lines[j]) or not lines[j][:1].isspace():
                    break
                text += " " + lines[j].strip()
                at.append(j)
            notes.setdefault(m.group("mark"), (" ".join(text.split()), at))
    if not notes:
        return lines
    note_lines = {j for _, at in notes.values() for j in at}
    out = list(lines)
    used: set[str] = set()
    for i, line in enumerate(lines):
        if i in note_lines or re.search(r"\S\s{3,}\S", line.strip()):
            continue  # a table's row keeps its columns
        for m in reversed(list(FOOTNOTE_MARK.finditer(line))):
            note = notes.get(m.group())
            if note is None:
                continue
            text, before = note[0], out[i][:m.start()]
            stop = before[-1] if before[-1:] in ".,;:" else ""  # "chefen.¹": the note goes before the stop
            before, after = before[:len(before) - len(stop)], stop + out[i][m.end():]
            if (d := DEFINES.match(text)) and fold_words(before).endswith(fold_words(d.group("words"))):
                cut = len(before) - _tail_length(before, d.group("words"))
                out[i] = before[:cut] + d.group("meaning") + after
                used.add(m.group())
            elif not d and not _has_verb(re.split(r"\.\s", text)[0]):  # "I dag A och B.", "Enligt planen var
                # fjärde vecka.": words that complete the marked ones; a note of sentences of its own stays apart
                aside = re.sub(r"\.\s+(?=\S)", "; ", text.rstrip("."))
                out[i] = before + m.group() + " (" + aside[:1].lower() + aside[1:] + ")" + after
                used.add(m.group())
    for mark in used:
        for j in notes[mark][1]:
            out[j] = ""
    return out


def _has_verb(sentence: str) -> bool:
    """Whether a sentence has a finite verb ("EST står för …", "Lagen trädde i kraft …")."""
    from samverkan.extract.meaning.groups.words import finite
    from samverkan.extract.meaning.tense import tense

    sentence = re.sub(r"(?i)\bvar(?=\s+(?:annan|annat|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde)\b)", "",
                      sentence)  # "var fjärde vecka": each, no verb
    return tense(sentence, finite) is not None


def fold_words(text: str) -> str:
    return " ".join(text.casefold().split())


def _tail_length(text: str, words: str) -> int:
    """How many characters at the end of text spell words (its spaces as written)."""
    want = fold_words(words)
    for n in range(1, len(text) + 1):
        if fold_words(text[-n:]) == want and (n == len(text) or text[-n - 1].isspace()):
            return n
    return 0


def _edited(m: re.Match) -> str:
    """What an edit mark leaves: the inserted words, with their own line breaks, and the other line breaks it
    spanned (lines keep their numbers)."""
    inserted = "\n".join(" ".join(part.split()) for part in (m.group("inserted") or "").split("\n"))
    breaks = "\n" * (m.group(0).count("\n") - inserted.count("\n"))
    if m.group("inserted") and m.string[m.start():m.start("inserted")].rstrip(" \t").endswith("\n"):
        return breaks + inserted  # "[Infogat:" / ", barn- …]": the words on their own line
    if inserted[:1].isalnum() and m.string[m.start() - 1:m.start()].isalnum():
        inserted = " " + inserted  # "kommunpolisen[Infogat: och B]": the space the mark's colon stood for
    if m.group("after") and m.string[m.end():m.end() + 1].strip():
        inserted += " "  # "[Infogat: årligen ]till": the space before the mark's end parts the words
    return inserted + breaks


def _caseless(lines: list[str]) -> bool:
    """A text written without capitals (headings, sentences and names all in lower case, as some write notes
    and e-mails): hardly a capitalised word where a dozen lines of prose begin."""
    starts = sum(bool(re.match(r"\s*[a-zåäöA-ZÅÄÖ]", line)) for line in lines)
    capitals = sum(len(CAPITALISED.findall(line)) for line in lines)
    return starts >= 12 and capitals * 10 < starts


# where a caseless text has names: the area after a police or city level ("lokalpolisområde city"), the place
# in the genitive before a municipal body ("norrmalms stadsdelsnämnd"), the person before a title at a line's start
AREA_AFTER = re.compile(r"(?i)\b((?:lokal)?polisområde|polisregion|stadsdelsområde|stadsområde)\s+"
                        r"([a-zåäö])(?=[a-zåäö]{2})")
PLACE_BEFORE = re.compile(r"\b([a-zåäö])([a-zåäö]{3,}s)\s+(?=(?:stadsdelsnämnd|stadsdelsförvaltning|kommun|stad)\b)")
PERSON_BEFORE_TITLE = re.compile(r"^(\s*)([A-ZÅÄÖa-zåäö])([a-zåäö-]+)\s+([a-zåäö])([a-zåäö-]+),\s+(?=[a-zåäö]+\s*$)")
NO_PLACE = {"dess", "vars", "deras", "hela", "varje", "parternas", "respektive"}


def _names_by_position(text: str) -> str:
    text = AREA_AFTER.sub(lambda m: m.group(1) + " " + m.group(2).upper(), text)
    text = PLACE_BEFORE.sub(lambda m: m.group() if m.group(1) + m.group(2) in NO_PLACE
                            else m.group(1).upper() + m.group()[1:], text)
    return PERSON_BEFORE_TITLE.sub(lambda m: f"{m.group(1)}{m.group(2).upper()}{m.group(3)} "
                                             f"{m.group(4).upper()}{m.group(5)}, ", text)


def _sentence_case(lines: list[str]) -> list[str]:
    """A caseless text with the capitals that begin its blocks and sentences, as the readers expect them: the
    first letter of a line after a blank line or a sentence's end, of a list item, and after ". " inside a line.
    Names stay as written: which words are names the text does not say."""
    out: list[str] = []
    ended = True  # the text so far ends a block or a sentence
    for line in lines:
        text = line
        if text.strip():
            bullet = re.match(r"\s*[-•*–]\s+", text)
            if ended or bullet:
                text = LINE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text, count=1)
            text = SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)
            text = _names_by_position(text)
            heading = (ended or bullet) and len(text.split()) <= 6 and text.rstrip()[-1:].isalnum()
            ended = heading or text.rstrip()[-1:] in ".!?:"  # a short line opening a block is its heading
        else:
            ended = True
        out.append(text)
    return out


def quoted_mail(raw: list[str]) -> set[int]:
    """In an e-mail (it opens with header lines: "Från:", "Till:", "Ämne:"), the earlier message its reply quotes
    (from "-----Ursprungligt meddelande-----" on, and the lines marked ">"): what was said before, not what the
    mail says."""
    if not is_mail(raw):
        return set()
    start = next((n for n, line in enumerate(raw, 1) if MAIL_QUOTE_START.match(line)), len(raw) + 1)
    return {n for n, line in enumerate(raw, 1) if n >= start or line.lstrip().startswith(">")}


_HEADER = re.compile(r"(?i)^(diarienummer:?|(.{0,60}\s)?sida \d+( \(\d+\)| av \d+)?"
                     r"|.{0,60}:\s*[a-z]{0,3}\s*\d[\w.\-]*/\d{4}"
                     # "Nyby kommun   Avtal   Dnr KS 2024/0133", "Kommunstyrelsen   Diarienummer KS 2025.287"
                     r"|.{0,80}\b(?:dnr|diarienummer):?\s+[a-zåäö]{0,4}\.?\s*\d{4}[/:.-]\d+"
                     r"|[-–—] \d{1,3} [-–—]"  # "- 2 -": a page's number between dashes
                     r"|[a-zåäö]+ \d{4}-\d\d-\d\d)$")  # a stamp repeated on pages ("INKOM 2024-03-02")


def _page_headers(raw: list[str]) -> set[int]:
    """Lines repeated on every page (dnr header, page numbers, "Farsta sdf    Sida 2 (3)"): noise for everything
    but the dnr reader. A page's number is the one thing that differs between its repeats."""
    stripped = [re.sub(r"\s+", " ", line.strip()) for line in raw]
    counts = Counter(_unnumbered(s) for s in stripped if s)
    headers = {n for n, s in enumerate(stripped, 1) if s and counts[_unnumbered(s)] >= 2 and _HEADER.match(s)}
    # a line repeated whole beside a page header (the title over "Kommun X    Sida 2 av 3"), or beside such a
    # line (a footer, its rule and the next page's header in one run), runs on every page too; its first
    # repeat, at the top of the first page, goes with the others
    beside: set[str] = set()
    edge = set(headers)
    while edge:
        found = {n for h in edge for n in (h - 1, h + 1) if 0 < n <= len(stripped) and n not in headers
                 and stripped[n - 1] and counts[_unnumbered(stripped[n - 1])] >= 2
                 and _unnumbered(stripped[n - 1]) not in beside}
        beside |= {_unnumbered(stripped[n - 1]) for n in found}
        edge = found
    return headers | {n for n, s in enumerate(stripped, 1) if s and _unnumbered(s) in beside}


def _unnumbered(line: str) -> str:
    return re.sub(r"^([-–—]) \d{1,3} ([-–—])$", r"\1 # \2", re.sub(r"(?i)\bsida \d+", "sida #", line))


def read_pages(path: Path) -> tuple[list[str], list[int]]:
    """The text of a supported document, page by page (one page for text formats), and the pages read by
    OCR; ExtractError with a one-line message otherwise."""
    if not (path.exists() or path.is_symlink()):
        raise ExtractError(Msg(f"{path}: filen finns inte", f"{path}: the file does not exist"))
    if path.is_dir():
        raise ExtractError(Msg(f"{path}: är en mapp, inte ett dokument", f"{path}: is a folder, not a document"))
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ExtractError(Msg(
            f"{path}: filtypen '{suffix or '(ingen)'}' stöds inte; använd .txt, .md, .html, .docx, .doc, .odt, "
            ".rtf eller .pdf",
            f"{path}: the file type '{suffix or '(none)'}' is not supported; use .txt, .md, .html, .docx, .doc, "
            ".odt, .rtf or .pdf"))
    from samverkan.extract.formats import FormatError, delimited_text, html_text, pdf_pages, tabbed_text
    from samverkan.extract.office import CONVERTED, docx_of
    from samverkan.extract.word import docx_text
    from samverkan.io.inputs import InputFileError, read_bytes

    binary = suffix in (".pdf", ".docx", *CONVERTED)
    try:  # a regular file below the size limit, UTF-8 text (samverkan.io.inputs); one located line otherwise
        data = read_bytes(path, "pdf" if binary else "text", Msg("dokumentet", "the document"))
        text = "" if binary else decode_document(data, suffix).removeprefix("\ufeff")
    except InputFileError as exc:
        p = exc.problem
        where = f"{path}" + (f":{p.line}" if p.line else "") + (f":{p.column}" if p.column else "")
        raise ExtractError(Msg(f"{where}: {p.message.sv} ({p.suggestion.sv})",
                               f"{where}: {p.message.en} ({p.suggestion.en})")) from None
    scanned: list[int] = []
    try:
        if suffix == ".pdf":
            _check_pdf(path)
            pages, scanned = pdf_pages(data)
        elif suffix == ".docx":
            pages = [docx_text(data)]
        elif suffix in CONVERTED:
            pages = [docx_text(docx_of(data, suffix))]
        elif suffix in (".html", ".htm"):
            pages = [html_text(text)]
        else:
            text = forwarded_text(text)
            pages = [delimited_text(text) or tabbed_text(text)]
    except FormatError as exc:
        raise ExtractError(Msg(f"{path}: {exc.message.sv}", f"{path}: {exc.message.en}")) from None
    if not "".join(pages).strip() and scanned:
        raise ExtractError(Msg(f"{path}: PDF-filen har ingen text, inte heller efter OCR av {len(scanned)} sidor "
                               "(tomma sidor eller bilder utan text?)",
                               f"{path}: the PDF has no text, not even after OCR of {len(scanned)} pages (empty "
                               "pages, or images without text?)"))
    if not "".join(pages).strip():
        raise ExtractError(Msg(f"{path}: dokumentet innehåller ingen text (tomt eller bara bilder utan text)",
                               f"{path}: the document contains no text (empty, or images without text)"))
    return pages, scanned


def missing_tool(path: Path) -> str | None:
    """The program reading this document needs and this machine lacks (LibreOffice for .doc/.odt/.rtf,
    Tesseract for a scanned PDF), named for a message; None when it can be read here."""
    from samverkan.extract.formats import pdf_pages, tesseract
    from samverkan.extract.office import CONVERTED, soffice

    suffix = Path(path).suffix.lower()
    if suffix in CONVERTED and soffice() is None:
        return "LibreOffice"
    if suffix == ".pdf" and tesseract() is None and pdf_pages(Path(path).read_bytes(), ocr=False)[1]:
        return "Tesseract (tesseract-ocr, tesseract-ocr-swe)"
    return None


def decode_document(data: bytes, suffix: str) -> str:
    """A text document's characters: UTF-8, or a web page in the encoding it declares (Word's "Webbsida");
    InputFileError (samverkan.io.inputs) with the line of the first byte that is neither."""
    from samverkan.extract.formats import declared_charset
    from samverkan.io.inputs import InputFileError, decode

    try:
        return decode(data)
    except InputFileError as exc:
        error = exc
    charset = declared_charset(data) if suffix in (".html", ".htm") else None
    if charset is not None:
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            pass
    raise error


def read_text(path: Path) -> str:
    """The whole text of a document (pages joined by a line break)."""
    return "\n".join(read_pages(Path(path))[0])


def _pages_within_limit(path: Path, reader) -> list:
    """The pages, when their decoded content streams together stay below the text limit, measured before any
    text is extracted: pages may share one stream, and a 6 KB PDF whose pages repeat a 1 MB stream took pypdf
    minutes to read (issue 22)."""
    from samverkan.io.inputs import limit_bytes

    budget = limit_bytes("text")
    pages = list(reader.pages)
    for page in pages:
        contents = page.get_contents()
        data = contents.get_data() if contents is not None else b""
        budget -= len(data)
        if _nesting(data) > MAX_NESTING:
            raise ExtractError(Msg(
                f"{path}: PDF-filens innehåll är nästlat djupare än {MAX_NESTING} nivåer; spara texten som .txt",
                f"{path}: the PDF's content is nested deeper than {MAX_NESTING} levels; save its text as .txt"))
        if budget < 0:
            raise ExtractError(Msg(
                f"{path}: PDF-filens sidor har mer än {limit_bytes('text') // 1_000_000} MB innehåll; dela upp den, "
                "eller spara texten som .txt",
                f"{path}: the PDF's pages hold more than {limit_bytes('text') // 1_000_000} MB of content; split it, "
                "or save its text as .txt"))
    return pages


MAX_NESTING = 500  # arrays in a page's content; real pages nest a few levels, a hostile one tens of thousands


def _nesting(data: bytes) -> int:
    """The deepest nesting of arrays in a content stream (a linear scan, bounded work)."""
    depth = deepest = 0
    for byte in data:
        if byte == 0x5B:  # [
            depth += 1
            deepest = max(deepest, depth)
        elif byte == 0x5D and depth:  # ]
            depth -= 1
    return deepest


def _check_pdf(path: Path) -> None:
    """Refuse, before any text is extracted, a PDF that is encrypted, unreadable or whose content streams
    exceed the text limit (a flate bomb; issue 22)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileNotDecryptedError("password")
        _pages_within_limit(path, reader)
    except (FileNotDecryptedError, DependencyError):
        raise ExtractError(Msg(
            f"{path}: PDF-filen är krypterad; spara en okrypterad kopia och försök igen",
            f"{path}: the PDF is encrypted; save an unencrypted copy and try again")) from None
    # PyPdfError: unreadable, or over pypdf's limits (a flate bomb, a huge declared length); RecursionError: nesting
    except (PyPdfError, RecursionError, MemoryError, ValueError, KeyError, TypeError, OSError, AttributeError,
            IndexError) as exc:
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise ExtractError(Msg(
            f"{path}: PDF-filen kan inte läsas ({reason})", f"{path}: the PDF cannot be read ({reason})")) from None


def read_document(path: str | Path, normaliser=None) -> Document:
    path = Path(path)
    pages, scanned = read_pages(path)
    if len(pages) == 1:
        doc = Document.from_text(path.name, pages[0], normaliser)
        if path.suffix.lower() in (".html", ".htm"):
            from samverkan.extract.formats import html_title

            doc.page_title = html_title(path.read_bytes().decode("utf-8", "replace"))  # read as text above
        return doc
    texts = [page.rstrip("\n") for page in pages]
    doc = Document.from_text(path.name, "\n".join(texts), normaliser)
    doc.pages = [n for n, text in enumerate(texts, 1) for _ in text.split("\n")][: len(doc)]
    doc.ocr_pages = scanned
    return doc
