"""What a document says, as recognised: items (an entity-to-be with fields), each field tied to its lines."""

from __future__ import annotations

from dataclasses import dataclass, field

from samverkan.extract.document import Document, Span
from samverkan.io.i18n import Msg


@dataclass
class Field:
    value: object
    span: Span


@dataclass
class Item:
    section: str
    name: str
    span: Span
    fields: dict[str, Field] = field(default_factory=dict)

    def set(self, key: str, value: object, span: Span) -> None:
        if value in (None, "", []):
            return
        self.fields[key] = Field(value, span)
        self.span = self.span | span

    def get(self, key: str, default=None):
        found = self.fields.get(key)
        return found.value if found else default


@dataclass
class Note:
    """Something the extraction could not do or decide; listed in the report for the reviewer."""

    kind: str  # missing | unresolved | ambiguous | corrected | warning
    message: Msg
    span: Span | None = None


@dataclass
class Record:
    document: Document
    items: list[Item] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def section(self, name: str) -> list[Item]:
        return [i for i in self.items if i.section == name]

    def first(self, name: str) -> Item | None:
        found = self.section(name)
        return found[0] if found else None

    def to_plain(self) -> dict:
        """{section: {name: {field: value, '_lines': 'a-b'}}}: what the benchmark compares."""
        out: dict = {}
        for item in self.items:
            entry = out.setdefault(item.section, {}).setdefault(item.name, {"_lines": str(item.span)})
            for key, f in item.fields.items():
                entry[key] = f.value
        return out


def recognise(doc: Document) -> Record:
    from samverkan.extract.recognisers import RECOGNISERS

    doc = doc.as_read()  # headings in capitals read in the case the text writes their words elsewhere
    record = Record(doc)
    for recogniser in RECOGNISERS:
        recogniser(doc, record)
    return record
