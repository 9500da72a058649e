"""Headings and lines written in capitals read in the case the text writes their words elsewhere (issue 15: a
text's form changed, its meaning kept). Every text here was written for these tests."""

from __future__ import annotations

import time

from samverkan.extract.capitals import recased
from samverkan.extract.document import Document
from tests.extract_text import groups as _groups

HEADINGS = """\
Överenskommelse om samverkan i Åby

Åby kommun och Polismyndigheten samverkar enligt denna överenskommelse.

STYRGRUPPEN

Styrgruppen består av kommunchefen och lokalpolisområdeschefen. Den träffas fyra gånger
per år. Ordförande är kommunchefen.

ARBETSGRUPPEN TRYGG I ÅBY

Arbetsgruppen Trygg i Åby består av fältassistenterna och kommunpolisen. Den träffas varje
månad och rapporterar till styrgruppen.
"""


def test_a_group_named_in_a_capital_heading_is_named_as_the_text_names_it():
    groups = _groups(HEADINGS)
    assert set(groups) == {"Styrgruppen", "Arbetsgruppen Trygg i Åby"}
    assert groups["Arbetsgruppen Trygg i Åby"]["reports_to"] == ["Styrgruppen"]


def test_a_paragraphs_first_line_in_capitals_is_read_with_its_sentence():
    text = ("Överenskommelse om samverkan i Åby\n\nÅby kommun och Polismyndigheten samverkar enligt denna "
            "överenskommelse.\n\nDET ÖVERGRIPANDE ANSVARET LIGGER HOS STYRGRUPPEN, DÄR KOMMUNCHEFEN OCH\n"
            "lokalpolisområdeschefen ingår. Styrgruppen träffas två gånger per år.\n")
    group = _groups(text)["Styrgruppen"]
    assert (group["members"], group["frequency_per_year"]) == (["kommunchef", "lokalpolisområdeschef"], 2)


def test_words_in_capitals_take_the_case_of_the_text_acronyms_letters_and_names_kept():
    lines = ["NYBY KOMMUN", "", "Kommunen och EST i Nyby samverkar med polisen.", "",
             "A. EST I NYBY", "", "KARIN EXEMPELSDOTTER", "", "POLISEN OCH KOMMUNEN"]
    assert recased(lines)[4:] == ["A. EST i Nyby", "", "Karin Exempelsdotter", "", "Polisen och kommunen"]


def test_the_head_of_a_text_a_numbered_heading_and_a_text_all_in_capitals_stay_as_written():
    lines = ["NYBY KOMMUN", "AVTAL OM SAMVERKAN", "", "Kommunen samverkar med polisen.", "", "2. KOMMUNEN"]
    assert recased(lines) == lines
    names = ["Avtal", "", "Kommunen samverkar med polisen.", "", "EVA PÅHITTAD        JON UPPDIKTAD"]
    assert recased(names) == names
    capitals = ["AVTAL OM SAMVERKAN", "", "KOMMUNEN SAMVERKAR MED POLISEN."]
    assert recased(capitals) == capitals


def test_the_lines_stay_as_written_and_the_reading_view_has_the_texts_case():
    doc = Document.from_text("x.txt", HEADINGS)
    assert "STYRGRUPPEN" in doc.lines and "ARBETSGRUPPEN TRYGG I ÅBY" in doc.lines
    assert doc.cased == {5: "Styrgruppen", 10: "Arbetsgruppen Trygg i Åby"}
    assert doc.as_read().lines[4] == "Styrgruppen" and doc.as_read().raw == doc.raw
    clean = Document.from_text("x.txt", HEADINGS.replace("STYRGRUPPEN", "Styrgruppen")
                               .replace("ARBETSGRUPPEN TRYGG I ÅBY", "Arbetsgruppen Trygg i Åby"))
    assert clean.cased == {} and clean.as_read() is clean


def test_an_agreements_own_term_is_no_surname_and_the_word_before_it_no_first_name():
    lines = ["Avtal", "", "Kommunen samverkar med polisen.", "",
             "DEN TIDIGARE SAMVERKANSÖVERENSKOMMELSEN GÄLLDE TILL", "2025."]
    assert recased(lines)[4] == "Den tidigare samverkansöverenskommelsen gällde till"


def test_a_long_line_in_capitals_is_read_word_by_word_in_linear_time():
    lines = ["Avtal", "", "Kommunen samverkar med polisen.", "", "KOMMUNEN OCH POLISEN. " * 20000]
    start = time.perf_counter()
    assert recased(lines)[4].startswith("Kommunen och polisen. Kommunen och polisen.")
    assert time.perf_counter() - start < 20  # each word read by the line up to it took minutes


def test_the_title_after_a_sections_number_or_label_opens_as_a_sentence_does_a_year_no_label():
    lines = ["Avtal", "", "Gruppen och SG möts med polisen.", "", "## BILAGA 1 ORGANISATION", "",
             "### B1.1 STRATEGISKA GRUPPEN (SG)", "", "UNDER 2026 MÖTS GRUPPEN"]
    assert recased(lines)[4:] == ["## Bilaga 1 Organisation", "", "### B1.1 Strategiska gruppen (SG)", "",
                                  "Under 2026 möts gruppen"]


def test_a_persons_name_of_words_of_the_language_standing_alone_or_before_a_comma_is_a_name():
    lines = ["Avtal", "", "Kommunen samverkar med polisen.", "", "SVEN HITTEPÅ", "Kommundirektör", "",
             "GUSTAV INVENTERAD, STADSDELSDIREKTÖR", "", "POLISEN SAMVERKAR MED KOMMUNEN"]
    assert recased(lines)[4:] == ["Sven Hittepå", "Kommundirektör", "", "Gustav Inventerad, stadsdelsdirektör", "",
                                  "Polisen samverkar med kommunen"]


def test_a_pdf_copy_in_capitals_reads_its_wrap_view_in_the_texts_case():
    # a copy wrapped at a narrow width (words hyphenated at line ends) whose headings are in capitals
    text = ("Överenskommelse om samverkan i Åby\n\nÅby kommun och Polismyndigheten har kommit över-\n"
            "ens om hur samverkan i kommunen ska ledas och föl-\njas upp under de kommande åren.\n\n"
            "STYRGRUPPEN\n\nStyrgruppen består av kommunchefen och lokal-\npolisområdeschefen. Den träffas "
            "fyra gånger\nper år. Ordförande är kommunchefen.\n\nARBETSGRUPPEN TRYGG I ÅBY\n\n"
            "Arbetsgruppen Trygg i Åby består av fältassi-\nstenterna och kommunpolisen.\n")
    doc = Document.from_text("x.txt", text)
    assert doc.wrap and "STYRGRUPPEN" in doc.reading
    read = doc.as_read()
    assert "Styrgruppen" in read.reading and "Arbetsgruppen Trygg i Åby" in read.reading
    assert set(_groups(text)) == {"Styrgruppen", "Arbetsgruppen Trygg i Åby"}
