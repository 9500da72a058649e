"""What extract reads in a short text written for a test: the record as plain data, and its groups."""

from __future__ import annotations

from samverkan.extract.document import Document
from samverkan.extract.record import recognise


def plain(text: str, name: str = "x.txt") -> dict:
    """The record of a text (sections of named items and their fields); `name` gives its format by its ending."""
    return recognise(Document.from_text(name, text)).to_plain()


def groups(text: str, name: str = "x.txt") -> dict:
    """The groups of a text by name (none: an empty dict)."""
    return plain(text, name).get("groups", {})
