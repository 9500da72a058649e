"""A text copied out of a PDF: its paragraphs wrapped anew at a narrow width, long words hyphenated at the line
ends, Markdown rows broken over lines (extract/wrapped.py), on texts written for these tests."""

from __future__ import annotations

from samverkan.extract.document import Document
from samverkan.extract.meaning.text import units
from samverkan.extract.wrapped import regrooved, unhyphenated, wrap_width

# a narrow copy: every paragraph broken at about 50 columns, long words hyphenated, as a PDF's text comes out
PROSE = """Samverkan i Exempelby

Kommunen och polisen har under flera år arbetat ihop
för att minska brotten och öka tryggheten i de norra
delarna av kommunen. Den här överenskommelsen säger
hur arbetet ska ledas och följas upp under de tre år
som kommer, och den bygger på den lägesbild som togs
fram i våras av kommunens trygghetssamord-
nare och av kommunpolisen tillsammans med myndig-
heterna och föreningslivet i orten.

Under ledningsgruppen finns en samordningsgrupp där
kommunpolisen, trygghetssamordnaren och en rektor från
grundskolan ingår. Den träffas varje månad och lämnar
sina förslag till ledningsgruppen, som beslutar om de
gemensamma insatserna för hela kommunens område.
"""


def test_a_word_broken_at_a_line_end_is_whole_on_the_line_it_goes_on_in():
    lines = ["Ordförande i gruppen är kommunens stadsdel-", "sdirektör och polisens chef."]
    assert unhyphenated(lines) == ["Ordförande i gruppen är kommunens", "stadsdelsdirektör och polisens chef."]


def test_a_hyphen_for_a_shared_part_or_after_a_short_form_stays():
    assert unhyphenated(["Chefen för barn-", "och ungdomsenheten deltar."]) == ["Chefen för barn-",
                                                                               "och ungdomsenheten deltar."]
    assert unhyphenated(["I gruppen ingår en ts-", "samordnare."]) == ["I gruppen ingår en ts-", "samordnare."]


def test_a_word_alone_over_its_rest_is_left_and_columns_are_left():
    assert unhyphenated(["Beredningsgr-", "uppen"]) == ["Beredningsgr-", "uppen"]
    columns = ["Styrgrupp      Kommundirektör, lokal-", "               polisområdeschef"]
    assert unhyphenated(columns) == columns


def test_a_paragraphs_first_line_that_the_wrap_ended_is_no_heading():
    read = units(Document.from_text("x.txt", PROSE))
    assert [u.text for u in read if u.kind == "heading"] == ["Samverkan i Exempelby"]
    assert any(u.text.startswith("Under ledningsgruppen finns en samordningsgrupp där kommunpolisen") for u in read)


def test_a_markdown_row_a_wrap_broke_is_one_row():
    text = ("| Grupp | Ledamöter | Möten |\n|---|---|---|\n| Ledningsgruppen | kommundirektör,\n"
            "lokalpolisområdeschef, socialchef | fyra gånger per\når |\n"
            "| Samordningsgruppen | kommunpolis | varje månad |\n")
    rows = [u for u in units(Document.from_text("x.md", text)) if u.kind == "row" and not u.header]
    assert [r.cells for r in rows] == [["Ledningsgruppen", "kommundirektör, lokalpolisområdeschef, socialchef",
                                        "fyra gånger per år"], ["Samordningsgruppen", "kommunpolis", "varje månad"]]


def test_an_items_line_the_wrap_ended_goes_on_in_the_next_line():
    text = PROSE + ("\nArbetet ska särskilt inriktas på följande områden:\n"
                    "- Otrygghet och ordningsstörningar kring torget och\n"
                    "Exempelby resecentrum\n- Ungas droganvändning\n")
    items = [u.text for u in units(Document.from_text("x.txt", text)) if u.kind == "item"]
    assert items == ["Otrygghet och ordningsstörningar kring torget och Exempelby resecentrum",
                     "Ungas droganvändning"]


def test_the_lines_as_written_stay_and_the_lines_as_read_have_the_broken_words_whole():
    doc = Document.from_text("x.txt", PROSE)
    assert doc.lines == PROSE.rstrip("\n").split("\n") and doc.wrap > 0
    assert doc.line(8) == "fram i våras av kommunens" and doc.line(9).startswith("trygghetssamordnare och av")
    assert dict(doc.text_lines(10, 10)) == {10: "myndigheterna och föreningslivet i orten."}


def test_a_text_that_does_not_show_the_form_reads_as_written():
    written = ("Samverkan\n\nI gruppen sitter rektorn och social-\nchefen. Gruppen träffas varje månad och\n"
               "lämnar en rapport.\n")
    doc = Document.from_text("x.txt", written)
    assert doc.wrap == 0 and doc.reading == doc.lines and doc.line(3).endswith("social-")
    assert wrap_width(PROSE.split("\n")) > 0


def test_a_word_an_earlier_wrap_broke_and_the_copy_ran_together_is_whole():
    lines = ["Gruppen leds av avdel- ningschefen för kultur- och fritid och en ts- samordnare."]
    assert unhyphenated(lines) == ["Gruppen leds av avdelningschefen för kultur- och fritid och en ts- samordnare."]


def test_a_row_whose_gutters_the_copy_ran_together_is_read_in_the_columns_of_the_row_over_it():
    lines = ["Eva Exempeldotter                      Jon Påhittsson", "Kommundirektör Lokalpolisområdeschef"]
    assert regrooved(lines)[1].split("    ") == ["Kommundirektör", "Lokalpolisområdeschef"]
    assert regrooved(["Eva Exempeldotter    Jon Påhittsson", "Kommunen och polisen"]) == [
        "Eva Exempeldotter    Jon Påhittsson", "Kommunen och polisen"]
