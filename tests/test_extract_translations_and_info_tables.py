"""Readings of a translation set beside the Swedish text, of a document-information table, of Word's web page
(its bullets and its notes) and of sentences in a table's cell, on texts written for these tests."""

from __future__ import annotations

from samverkan.extract.bilingual import in_swedish
from samverkan.extract.document import Document
from samverkan.extract.meaning.agreement import dnr
from samverkan.extract.meaning.text import units
from tests.extract_text import groups, plain

BILINGUAL = [
    "Svenska | English",
    "Avtal om trygghet i Nyby | Agreement on safety in Nyby",
    "1. Parter | 1. Parties",
    "Avtalet ingås mellan Nyby kommun och polisen. | The agreement is made between Nyby and the police.",
    "Samrådet leds av kommunchefen och träffas varje månad. | The council is chaired by the chief executive.",
    "I Samrådet ingår socialchefen och kommunpolisen. | The council's members are the head of social services.",
]


def test_a_translation_beside_the_swedish_text_is_not_read():
    lines = in_swedish(BILINGUAL)
    assert lines[0] == ""  # the header row names the languages
    assert lines[1:3] == ["Avtal om trygghet i Nyby", "1. Parter"]
    assert all("|" not in line and "the" not in line.split() for line in lines)


def test_a_translation_on_the_left_leaves_the_swedish_column_on_the_right():
    swapped = [" | ".join(reversed(line.split(" | "))) for line in BILINGUAL]
    assert in_swedish(swapped)[3] == "Avtalet ingås mellan Nyby kommun och polisen."


def test_a_table_of_two_swedish_columns_is_kept_whole():
    table = ["Grupp | Deltagare", "Samrådet för trygghet i Nyby | kommunchefen och socialchefen och polisen",
             "Arbetsgruppen för centrum | fältassistenterna och kommunpolisen och rektorerna",
             "Forumet för föreningar | föreningar som är verksamma i Nyby och kommunpolisen"]
    assert in_swedish(table) == table


def test_a_document_information_table_of_two_cells_gives_validity_and_both_numbers():
    text = ("Avtal om samverkan för ett tryggt Nyby\n\nDokumentinformation\nDokumenttyp | Avtal\n"
            "Diarienummer | KS 2026/5 (Nyby kommun) A 101.202/2026 (Polismyndigheten)\n"
            "Beslutad | Kommunstyrelsen 2026-01-20, § 4\nGiltig | 2026-02-01 – 2027-12-31\n"
            "Ersätter | Avtal från 2023-02-01, dnr KS 2023/7\n\nParter\n\nNyby kommun och polisen.\n")
    agreement = next(iter(plain(text)["agreement"].values()))
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2026-02-01", "2027-12-31")
    assert dnr(Document.from_text("x.txt", text))[0] == ["KS 2026/5", "A 101.202/2026"]


def test_a_word_web_pages_middle_dot_is_a_bullet():
    text = "Prioriterade områden\n\nParterna prioriterar följande:\n\n· Inbrott i bostäder\n\n· Trygghet i centrum\n"
    read = units(Document.from_text("x.txt", text))
    assert [u.text for u in read if u.kind == "item"] == ["Inbrott i bostäder", "Trygghet i centrum"]


def test_a_word_note_marked_in_a_table_cell_is_read_in_the_cell():
    lines = Document.from_text("x.txt", "Grupp   |  Möten\n\nSamrådet   |  Varje månad[3]\n\nText.[1]\n\n"
                                        "[1] En not om texten.\n\n[3] Inget möte i juli.\n").lines
    assert lines[2] == "Samrådet   |  Varje månad (Inget möte i juli.)"
    assert "[3] Inget möte i juli." not in lines and "[1] En not om texten." in lines


def test_sentences_in_a_members_cell_are_read_as_sentences():
    text = ("Organisation\n\nGrupp | Deltagare | Möten\n"
            "Trygghetsforum Nyby | Öppet för föreningar och företagare. Från parterna deltar kommunpolisen. | "
            "En gång per år\n"
            "Arbetsgrupp Centrum | Fältassistenter, Ordningsvakter (Räddningstjänsten deltar vid behov.) | "
            "Varje vecka\n")
    found = groups(text)
    assert "kommunpolis" in found["Trygghetsforum Nyby"]["members"]
    assert not any("." in m for m in found["Trygghetsforum Nyby"]["members"])
    assert "räddningstjänsten" in found["Arbetsgrupp Centrum"]["members"]


def test_a_title_in_capitals_between_paragraphs_is_a_heading():
    text = "Dnr KS 2022/9\nAVTAL OM SAMVERKAN I NYBY\nNyby kommun – polisen\n"
    read = units(Document.from_text("x.txt", text))
    assert any(u.kind == "heading" and u.text == "AVTAL OM SAMVERKAN I NYBY" for u in read)
