"""A page in two columns exported to text line by line, the columns' lines interleaved: read column after column
(extract/interleaved.py), on pages written for these tests."""

from __future__ import annotations

from samverkan.extract.document import Document
from samverkan.extract.interleaved import read_apart, untangled
from samverkan.extract.recognisers import parties
from samverkan.extract.record import Record, recognise

# a narrow box of facts beside a wide column of prose, their lines taking turns as a plain export gives them
BOX = ["Avtalsparter", "Storby kommun, genom", "dess kommunstyrelse.", "Polisen i Storby,", "genom lokal-",
       "polisområde Storby.", "", "Period", "2027-01-01 – 2028-12-31", "Ansvariga", "Eva Exempelsdotter,",
       "samordnare"]
PROSE = ["Inledning", "Kommunen och polisen har sedan länge arbetat tillsammans",
         "med trygghet i de centrala delarna, och", "den här överenskommelsen gör det arbetet mer planerat. En",
         "gemensam bild av läget tas fram varje vår", "och ligger till grund för åtgärderna.", "",
         "Arbetet ska särskilt inriktas på", "a) trygghet vid stationen och i parkerna,", "b) ungas droganvändning.",
         "Gruppernas arbete följs", "upp en gång om året."]


def _interleaved(left: list[str], right: list[str]) -> list[str]:
    return [line for pair in zip(left, right, strict=True) for line in pair]


def test_two_interleaved_columns_are_read_one_after_the_other():
    page = _interleaved(BOX, PROSE)
    read = untangled(page)
    assert sorted(read) == sorted(page)  # every line kept, blank ones too
    text = [line for line in read if line]
    assert text[text.index("genom lokal-") + 1] == "polisområde Storby."
    assert text[text.index("Inledning") + 1].startswith("Kommunen och polisen")
    assert text[text.index("upp en gång om året.") - 1] == "Gruppernas arbete följs"
    assert text.index("samordnare") < text.index("Inledning")  # the box, then the prose


def test_a_page_in_one_column_is_read_as_written():
    page = [*PROSE, "Polisen i Storby,", "genom lokalpolisområdet.", *PROSE]
    assert untangled(page) == page
    assert read_apart(page) == page


def test_a_second_column_whose_sections_come_first_is_read_first_under_the_heading_above_both():
    left = ["4. Grupperna", "4.3 Nätverket", "Nätverket samlar föreningarna i stads-",
            "delen och träffas varje månad.", "Det leds av samordnaren, som rap-", "porterar till gruppen för",
            "trygghet. Varje höst lämnas en", "sammanfattning till nämnden.", "5. Underskrifter",
            "Storby den 1 mars 2027", "För Storby kommun", "Ada Påhittad"]
    right = ["", "4.1 Ledningen", "Ledningen består av kommundirektören",
             "och lokalpolisområdeschefen, som", "turas om att vara ordförande ett",
             "år i taget. Ledningen möts fyra", "gånger om året och beslutar om", "inriktningen för arbetet.",
             "4.2 Trygghetsgruppen", "Trygghetsgruppen bereder ledning-", "ens möten och träffas varannan",
             "vecka under terminerna."]
    read = [line for line in untangled(_interleaved(left, right)) if line]
    headings = [line for line in read if line[:1].isdigit() and not line.startswith("Storby")]
    assert headings == ["4. Grupperna", "4.1 Ledningen", "4.2 Trygghetsgruppen", "4.3 Nätverket", "5. Underskrifter"]
    assert read[read.index("år i taget. Ledningen möts fyra") + 1] == "gånger om året och beslutar om"


def test_a_document_whose_columns_interleave_is_read_column_after_column():
    lines = Document.from_text("x.txt", "\n".join(["SAMVERKAN I STORBY", "", *_interleaved(BOX, PROSE)]) + "\n").lines
    assert lines[lines.index("genom lokal-") + 1] == "polisområde Storby."
    assert lines[lines.index("Arbetet ska särskilt inriktas på") + 1] == "a) trygghet vid stationen och i parkerna,"


def test_a_hyphen_before_och_at_a_line_end_stands_for_a_shared_part():
    text = ("Trygghetsgruppen\n\nI trygghetsgruppen ingår samordnaren och chefen för kultur-\n"
            "och fritidsförvaltningen. Gruppen träffas varje månad.\n")
    groups = recognise(Document.from_text("x.txt", text)).to_plain()["groups"]
    members = [m for g in groups.values() for m in g.get("members", [])]
    assert "chef för kultur- och fritidsförvaltningen" in members
    assert not any("kulturoch" in m for m in members)


def test_an_org_number_bracketed_under_a_wrapped_name_makes_no_party_of_the_bracket():
    text = ("Parter\n\nStorby kommun, genom\nkommunstyrelsen.\nPolismyndigheten, genom\nlokalpolisområde Storby\n"
            "(org.nr 202100-0076).\n")
    doc = Document.from_text("x.txt", text)
    record = Record(doc)
    parties.recognise(doc, record)
    assert "(" not in [item.name for item in record.section("parties")]
