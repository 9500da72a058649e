"""A copy whose first page held only a picture (a cover, a logo) starts with blank lines: what is read "near the
top" (the letterhead's numbers, the parties of the title block, the minutes' body) counts from the first line with
text, on a text written for these tests."""

from __future__ import annotations

import pytest

from samverkan.extract.document import Document
from samverkan.extract.record import recognise

TEXT = """\
Västerby kommun                               Överenskommelse
Kommunledningskontoret                        KS 2026/0311
                                              2026-02-01

SAMVERKANSÖVERENSKOMMELSE FÖR ETT TRYGGT VÄSTERBY
Västerby kommun och lokalpolisområde Västerby

Bakgrund
Kommunen och polisen har arbetat tillsammans sedan 2019 och vill nu fördjupa arbetet
i centrum och i skolornas närhet.

Styrgrupp
Styrgruppen består av kommundirektören och lokalpolisområdeschefen. Den möts fyra
gånger per år.
"""


@pytest.mark.parametrize("cover", [0, 30])
def test_the_top_counts_from_the_first_line_with_text(cover):
    doc = Document.from_text("x.txt", "\n" * cover + "\f\n" * bool(cover) + TEXT)
    assert doc.top == cover + bool(cover) + 1
    read = recognise(doc).to_plain()
    agreement = next(iter(read["agreement"].values()))
    assert agreement.get("dnr") in ("KS 2026/0311", ["KS 2026/0311"])
    assert set(read.get("parties", {})) == {"Västerby kommun", "lokalpolisområde Västerby"}
