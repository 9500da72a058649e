"""Finding the parts of a document: numbered sections of the agreement text and its bilagor."""

from __future__ import annotations

import re

from samverkan.extract.document import Document, Span

NUMBERED = re.compile(r"^\s*(\d{1,2})\.\s+([A-ZÅÄÖ].{1,80}?)\s*$")
ANNEX = re.compile(r"^\s*Bilaga\s+(\d+)\s+([A-ZÅÄÖ].*?)\s*$")


def numbered_section(doc: Document, title: str) -> Span | None:
    """The section whose heading is "N. <title ...>", up to the heading numbered N+1 or the first bilaga."""
    rx = re.compile(r"(?i)^(?:" + title + r")\b")
    for n in range(1, len(doc) + 1):
        found = NUMBERED.match(doc.line(n))
        if not found or not rx.match(found.group(2)):
            continue
        number = int(found.group(1))
        end = len(doc)
        for m in range(n + 1, len(doc) + 1):
            nxt = NUMBERED.match(doc.line(m))
            if nxt and int(nxt.group(1)) == number + 1 or ANNEX.match(doc.line(m)):
                end = m - 1
                break
        return Span(n, end)
    return None


def annex_headings(doc: Document) -> list[tuple[int, str, int]]:
    """(number, title, line) of each "Bilaga N Title" heading line."""
    return [(int(m.group(1)), m.group(2), n) for n in range(1, len(doc) + 1) if (m := ANNEX.match(doc.line(n)))]


def annex(doc: Document, number: int) -> Span | None:
    heads = annex_headings(doc)
    for i, (num, _, line) in enumerate(heads):
        if num == number:
            end = heads[i + 1][2] - 1 if i + 1 < len(heads) else len(doc)
            return Span(line, end)
    return None


class Flat:
    """The text lines of a span joined into one string, with the way back from offsets to lines."""

    def __init__(self, doc: Document, span: Span | None = None):
        span = span or Span(1, len(doc))
        self.starts: list[tuple[int, int]] = []
        parts: list[str] = []
        pos = 0
        for n, text in doc.text_lines(span.start, span.end):
            if parts and parts[-1].endswith("-") and text[:1].islower() and not text.startswith(("och ", "eller ")):
                parts[-1] = parts[-1][:-1]
                pos -= 1
                self.starts.append((pos, n))
                parts.append(text)
                pos += len(text)
            else:
                if parts:
                    parts.append(" ")
                    pos += 1
                self.starts.append((pos, n))
                parts.append(text)
                pos += len(text)
        self.text = "".join(parts)

    def line_at(self, offset: int) -> int:
        line = self.starts[0][1] if self.starts else 1
        for start, n in self.starts:
            if start > offset:
                break
            line = n
        return line

    def span(self, start: int, end: int) -> Span:
        return Span(self.line_at(start), self.line_at(max(start, end - 1)))

    def sentences(self):
        """(sentence, start offset) pairs."""
        pos = 0
        for match in re.finditer(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", self.text):
            yield self.text[pos:match.start()], pos
            pos = match.end()
        if pos < len(self.text):
            yield self.text[pos:], pos
