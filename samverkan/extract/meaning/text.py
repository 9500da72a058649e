"""A document as units a reader takes in: headings, prose sentences, list items and table rows, each with its
lines and the heading it stands under; plus the word helpers (lemma, diacritic folding) the readers share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from samverkan.extract.document import Document, Span

BULLET = re.compile(r"^\s*(?:[-•*–▪●○]|\(?(?P<num>\d{1,2})[.)]|[a-z][.)])\s+(?P<text>\S.*)$")
NUMBERED_HEADING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]+\.)\s+(?P<text>[A-ZÅÄÖ].{0,80})$")
MD_HEADING = re.compile(r"^\s*#{1,6}\s+(?P<text>.+?)\s*#*\s*$")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"”])")
COLUMN_GAP = re.compile(r"\s{3,}")
EMPHASIS = re.compile(r"\*\*|__")  # Markdown bold: no words


@dataclass
class Unit:
    kind: str  # heading | sentence | item | row
    text: str
    span: Span
    heading: str = ""
    cells: list[str] = field(default_factory=list)  # table rows
    items: list[Unit] = field(default_factory=list)  # the list a sentence ending in ":" (or unfinished) introduces
    header: bool = False  # a table's row of column names


@lru_cache(maxsize=20000)
def lemma(word: str) -> str:
    """The dictionary form of a Swedish word; a compound simplemma does not know by its last part
    ("stadsdelsdirektören" → "stadsdelsdirektör")."""
    import simplemma

    low = word.casefold()
    found = simplemma.lemmatize(low, lang="sv")
    if found != low and simplemma.is_known(found, lang="sv") or simplemma.is_known(low, lang="sv"):
        return found if simplemma.is_known(found, lang="sv") else low
    from samverkan.extract.vocabulary import dictionary

    def known(part: str) -> bool:
        return len(part) >= 3 and (part in dictionary() or simplemma.is_known(part, lang="sv"))

    for i in range(3, len(low) - 3):
        tail, head = low[i:], low[:i]
        if simplemma.is_known(tail, lang="sv") and (known(head) or head.endswith("s") and known(head[:-1])):
            base = simplemma.lemmatize(tail, lang="sv")
            return low[:i] + base
    return low


def fold(text: str) -> str:
    """Lower case without å/ä/ö/é: matching that survives lost diacritics."""
    return text.casefold().translate(str.maketrans("åäöé", "aaoe"))


def is_heading(text: str, prev_blank: bool, next_text: str | None) -> bool:
    if MD_HEADING.match(text):
        return True
    stripped = text.strip()
    if not stripped or len(stripped) > 70 or stripped[-1] in ".,;:!?" or not stripped[0].isupper() \
            and not NUMBERED_HEADING.match(stripped):
        return False
    if COLUMN_GAP.search(stripped) or stripped.startswith("|"):
        return False
    words = stripped.split()
    if len(words) > 9:
        return False
    if NUMBERED_HEADING.match(stripped):
        return True
    return prev_blank and (next_text is None or not next_text.strip() or len(words) <= 6)


def heading_text(text: str) -> str:
    text = text.strip()
    if m := MD_HEADING.match(text):
        text = m.group("text")
    if m := NUMBERED_HEADING.match(text):
        text = m.group("text")
    return text.strip(" *_")


def units(doc: Document) -> list[Unit]:
    """The units of the document in order."""
    lines = [(n, EMPHASIS.sub("", doc.line(n))) for n in range(1, len(doc) + 1) if n not in doc.noise]
    out: list[Unit] = []
    heading = ""
    para: list[tuple[int, str]] = []
    intro: Unit | None = None

    def flush() -> None:
        nonlocal para, intro
        if para:
            sentences = _sentences(para, heading)
            out.extend(sentences)
            last = sentences[-1] if sentences else None
            intro = last if last and (last.text.endswith(":") or last.text[-1:] not in ".!?") else None
        para = []

    table: list[int] | None = None  # the column starts of a table written with spaces
    for i, (n, text) in enumerate(lines):
        stripped = text.strip()
        if table is not None:
            if not stripped:
                table = None
                continue
            if set(stripped) <= set("-=_+| "):
                continue
            cells = _cells(text, table)
            if cells[0] or not out or out[-1].kind != "row":
                out.append(Unit("row", " | ".join(c for c in cells if c), Span(n, n), heading, cells=cells))
            else:  # a continuation line: each cell goes on in its column
                row = out[-1]
                row.cells = [_join(a, b) for a, b in zip(row.cells, cells, strict=False)]
                row.text, row.span = " | ".join(c for c in row.cells if c), row.span | Span(n, n)
            continue
        if _table_header(text, lines[i + 1][1] if i + 1 < len(lines) else ""):
            flush()
            table = [m.start() for m in re.finditer(r"\S+(?:\s\S+)*", text)]
            cells = [m.group() for m in re.finditer(r"\S+(?:\s\S+)*", text)]
            out.append(Unit("row", " | ".join(cells), Span(n, n), heading, cells=cells, header=True))
            continue
        prev_blank = i == 0 or not lines[i - 1][1].strip()
        nxt = lines[i + 1][1] if i + 1 < len(lines) else None
        if not stripped or set(stripped) <= set("_-=*| "):
            flush()
            continue
        bullet = BULLET.match(text)
        if stripped.startswith("|"):
            flush()
            cells = [c.strip(" *_") for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) or not c for c in cells):
                continue
            following = lines[i + 1][1].strip() if i + 1 < len(lines) else ""
            header = bool(re.fullmatch(r"\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?", following))
            out.append(Unit("row", " | ".join(cells), Span(n, n), heading, cells=cells, header=header))
            continue
        if bullet and (not bullet.group("num") or not _lone_number(lines, i)):
            flush()
            item = Unit("item", bullet.group("text").strip(), Span(n, n), heading)
            # a bullet's text may go on on the next line (indented, not itself a bullet)
            out.append(item)
            if intro is not None:
                intro.items.append(item)
            continue
        if is_heading(text, prev_blank, nxt):
            flush()
            intro = None
            heading = heading_text(stripped)
            out.append(Unit("heading", heading, Span(n, n), heading))
            continue
        if out and out[-1].kind == "item" and not para and text[:1].isspace() and not prev_blank:
            out[-1].text += " " + stripped
            out[-1].span = out[-1].span | Span(n, n)
            continue
        if para and prev_blank:
            flush()
        para.append((n, stripped))
    flush()
    return out


def _table_header(text: str, following: str) -> bool:
    """Three or more cells parted by runs of spaces, and a next line that is a rule or has such cells too."""
    cells = re.findall(r"\S+(?:\s\S+)*", text)
    if len(cells) < 2 or not re.search(r"\S\s{3,}\S", text) or any(len(c.split()) > 4 for c in cells):
        return False
    if set(following.strip()) <= set("-=_+| ") and following.strip():
        return True
    return len(re.findall(r"\S+(?:\s\S+)*", following)) >= 2 and bool(re.search(r"\S\s{3,}\S", following)) \
        and (len(cells) >= 3 or text[:1] != " ")


def _cells(text: str, starts: list[int]) -> list[str]:
    """The text of a line split into the columns whose starts are given (a chunk goes to the nearest start
    at or before it, allowing two characters of slack)."""
    cells = [""] * len(starts)
    for m in re.finditer(r"\S+(?:\s\S+)*", text):
        col = max([i for i, s in enumerate(starts) if s <= m.start() + 2] or [0])
        words = []
        for w in re.finditer(r"\S+", m.group()):  # a cell run into the next column: its words part there
            at = m.start() + w.start()
            own = max([i for i, s in enumerate(starts) if s <= at] or [0])
            if own > col and words:
                cells[col] = _join(cells[col], " ".join(words))
                col, words = own, []
            words.append(w.group())
        cells[col] = _join(cells[col], " ".join(words))
    return cells


def _join(a: str, b: str) -> str:
    if not a or not b:
        return a or b
    if a.endswith("-") and b[:1].islower():
        return a[:-1] + b  # "Lokalpolisområdes-" + "chefen"
    return a + "\n" + b


def _lone_number(lines: list[tuple[int, str]], i: int) -> bool:
    """A numbered line with no numbered neighbour is a heading ("4. Tid"), not a list item."""
    for j in (i - 1, i + 1, i - 2, i + 2):
        if 0 <= j < len(lines) and (m := BULLET.match(lines[j][1])) and m.group("num"):
            return False
    return True


def _sentences(para: list[tuple[int, str]], heading: str) -> list[Unit]:
    text, starts = "", []
    for n, line in para:
        if text.endswith("-") and line[:1].islower() and not re.search(r"\s-$", text):
            text = text[:-1]  # hyphenation at the line end: "lokal-" + "polisområdeschefer"
            starts.append((len(text), n))
            text += line
        else:
            if text:
                text += " "
            starts.append((len(text), n))
            text += line
    out = []
    pos = 0
    pieces = SENTENCE_END.split(text)
    for piece in pieces:
        begin = text.index(piece, pos)
        end = begin + len(piece)
        first = max([ln for s, ln in starts if s <= begin] or [para[0][0]])
        last = max([ln for s, ln in starts if s < end] or [first])
        out.append(Unit("sentence", piece.strip(), Span(first, last), heading))
        pos = end
    return out
