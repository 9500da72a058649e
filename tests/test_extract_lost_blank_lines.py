"""A text copied without its blank lines (a PDF or web page copied as text, a mail client's copy): its headings,
tables and paragraphs found from the lines themselves (extract/paragraphs.py), on texts written for these tests."""

from __future__ import annotations

from samverkan.extract.document import Document
from samverkan.extract.paragraphs import lost_breaks
from samverkan.extract.record import recognise

# wrapped at about 70 columns; a table written with spaces, then prose under it
TEXT = """\
ÖSTERBY KOMMUN
Handlingsplan
PLAN FÖR ETT TRYGGT ÖSTERBY 2026–2027
Diarienummer: KS 2026/0077
Beslutad av: Kommunstyrelsen
1. Bakgrund
Kommunen har under flera år arbetat med trygghet i centrum och i de
större bostadsområdena.
Arbetet ska nu samordnas bättre.
Mätning                         2024        2027
Trygga i centrum (%)              61          70
Anmälda skadegörelsebrott        412         350
Måtten följs upp varje år i kommunens årsredovisning.
2. Samverkan med polisen
Samverkan regleras i en överenskommelse mellan Österby kommun och
lokalpolisområde Österby.
Trygghetsgruppen består av kommunpolisen, fältsekreteraren och
säkerhetssamordnaren. Gruppen leds av säkerhetssamordnaren och träffas
varannan vecka.
"""


def test_the_breaks_of_a_text_without_blank_lines_are_found_from_its_lines():
    lines = TEXT.splitlines()
    found = {lines[n - 1] for n in lost_breaks(lines)}
    assert "1. Bakgrund" in found and "2. Samverkan med polisen" in found  # headings
    assert "Kommunen har under flera år arbetat med trygghet i centrum och i de" in found  # under a heading
    assert "Arbetet ska nu samordnas bättre." in found  # a paragraph ended short of the width
    assert lines[9] in found and "Måtten följs upp varje år i kommunens årsredovisning." in found  # the table
    assert "Diarienummer: KS 2026/0077" in found and "Beslutad av: Kommunstyrelsen" not in found  # a field block
    assert "lokalpolisområde Österby." not in found and "säkerhetssamordnaren. Gruppen leds av säkerhetssamordnaren " \
        "och träffas" not in found  # wrapped lines go on


def test_a_text_with_blank_lines_keeps_them_as_they_are():
    lines = TEXT.splitlines()
    assert lost_breaks([*lines[:5], "", *lines[5:]]) == set()


def test_a_group_under_a_table_is_read_in_a_text_without_blank_lines():
    groups = recognise(Document.from_text("x.txt", TEXT)).to_plain().get("groups", {})
    group = groups.get("Trygghetsgruppen", {})
    assert sorted(group.get("members", [])) == ["fältsekreterare", "kommunpolis", "säkerhetssamordnare"]
    assert group.get("chair") == "säkerhetssamordnare"
