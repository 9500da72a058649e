"""What extract reads in a short text written for a test: the record as plain data, and its groups."""

from __future__ import annotations

from samverkan.extract.document import Document
from samverkan.extract.record import recognise


def plain(text: str) -> dict:
    """The record of a text (sections of named items and their fields)."""
    return recognise(Document.from_text("x.txt", text)).to_plain()


def groups(text: str) -> dict:
    """The groups of a text by name (none: an empty dict)."""
    return plain(text).get("groups", {})
