"""Extract reads an organisation chart drawn in text boxes, fields set in a label column, a slide deck marked
"Bild n av m" and the phrasings these layouts bring (issue 15): each reading has its own short text, written for
this test with invented names; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.document import Document
from samverkan.extract.meaning.phrases import member, split_list
from samverkan.extract.meaning.text import units
from tests.extract_text import groups as _groups

CHART = """Organisation

   + - - - - - - - - - - - - - +
   :  NÄMNDEN FÖR TRYGGHET     :
   + - - - - - - - - - - - - - +
                 │
                 ▼
 +------------------------------+
 |  STYRGRUPP ÅBY               |
 |------------------------------|
 |  Kommundirektör              |
 |  Lokalpolisområdeschef       |
 |  Ordf.: kommundirektören     |
 |  Möten: sex per år           |
 +------------------------------+ <- - - - +
          │                                :
          ▼                                :
 +---------------------+  +--------------+ :
 |  FÄLTTEAMET         |  |  ÅBYFORUMET  |-+
 |  Fältsekreterare    |  |  Öppet för   |
 |  Kuratorer från     |  |  föreningar  |
 |   skolorna          |  |  Vår och höst|
 |  Leds av fält-      |  +--------------+
 |  sekreteraren       |
 |  Varje vecka        |
 +---------------------+
"""


def test_a_chart_of_boxes_is_read_box_by_box():
    groups = _groups(CHART)
    assert set(groups) == {"STYRGRUPP ÅBY", "FÄLTTEAMET", "ÅBYFORUMET"}  # the dashed box is no group
    assert groups["STYRGRUPP ÅBY"]["members"] == ["Kommundirektör", "Lokalpolisområdeschef"]
    assert groups["STYRGRUPP ÅBY"]["frequency_per_year"] == 6


def test_a_box_joined_to_one_above_reports_to_it():
    groups = _groups(CHART)
    assert groups["STYRGRUPP ÅBY"]["reports_to"] == ["NÄMNDEN FÖR TRYGGHET"]  # a dashed box is a body reported to
    assert groups["FÄLTTEAMET"]["reports_to"] == ["STYRGRUPP ÅBY"]
    assert groups["ÅBYFORUMET"]["reports_to"] == ["STYRGRUPP ÅBY"]  # by the dashed line round the side


def test_a_box_entry_wrapped_goes_on():
    team = _groups(CHART)["FÄLTTEAMET"]
    assert "kurator" in team["members"]  # "Kuratorer från" / " skolorna": one entry, indented under it
    assert team["chair"] == "fältsekreterare"  # "Leds av fält-" / "sekreteraren"


def test_a_capitalised_plural_function_is_the_function():
    assert member("Kuratorer från skolorna", prose=True) == "kurator"
    assert member("Familjebostäder", prose=True) == "Familjebostäder"


def test_chairs_by_even_and_odd_years_in_a_field():
    text = """Styrgruppen

Deltagare: rektorn och kommunpolisen.
Ordförande: rektorn jämna år, kommunpolisen udda år.
Möten: varje månad.
"""
    group = _groups(text)["Styrgruppen"]
    assert group["chair"] == ["rektor", "kommunpolis"]
    assert group["chair_alternating"] is True


LABELLED = """Arbetsgruppen Öby
────────────────

Syfte       Gruppen leder arbetet med tryggare parker.
Sammansättning
            Fältassistenten, en bovärd från Öbyhem och, vid behov,
            räddningstjänsten.
Ordförande  Fältassistenten.
Möten       Varannan månad.
Redovisning Till styrgruppen.
"""


def test_fields_in_a_label_column_are_labelled_lines():
    texts = [u.text for u in units(Document.from_text("x.txt", LABELLED))]
    assert "Möten: Varannan månad." in texts
    assert any(t.startswith("Sammansättning: Fältassistenten, en bovärd") for t in texts)


def test_a_line_over_a_rule_is_a_heading():
    text = "Intro.\n\n────────\nUPPDRAG 3\nUngdomsarbete Öby\n────────\n\nText här.\n"
    kinds = {u.text: u.kind for u in units(Document.from_text("x.txt", text))}
    assert kinds["Ungdomsarbete Öby"] == "heading"  # and "────" parts the lines as a blank line does


def test_labelled_group_read_whole():
    group = _groups(LABELLED)["Arbetsgruppen Öby"]
    assert group["chair"] == "fältassistent"  # "Syfte: Gruppen leder …" names no chair "syfte"
    assert group["frequency_per_year"] == 6
    assert "bovärd från Öbyhem" in group["members"]


def test_and_as_needed_parts_a_list():
    assert split_list("A-chefen och, vid behov, en representant för Öbyhem") == [
        "A-chefen", "en representant för Öbyhem"]


def test_a_members_field_open_to_names_those_it_is_open_to():
    text = """Öbydialogen

Deltagare: Mötet är öppet för föreningar och företagare.
Möten: två gånger per år.
"""
    assert _groups(text)["Öbydialogen"]["members"] == ["förening", "företagare"]


def test_a_heading_never_ends_on_a_copula():
    text = "Intro.\n\nVåra fokusområden är\n  – unga i riskzon,\n  – trygghet i parker.\n"
    assert not any(u.kind == "heading" for u in units(Document.from_text("x.txt", text)))


def test_a_group_set_up_after_a_phrase_of_time():
    text = """Styrgruppen

Styrgruppen består av kommundirektören och lokalpolisområdeschefen. Den möts fyra gånger per år.
Styrgruppen har under hösten tillsatt en tillfällig arbetsgrupp med fältassistenterna. Den ingår inte i
organisationen.
"""
    group = _groups(text)["Styrgruppen"]
    assert "fältassistent" not in group["members"]  # the new group's, and "Den" is the new group


DECK = """Bild 1 av 3

Samverkan i Öby

Bild 2 av 3

Nätverket
Fältassistent · Kommunpolis
Möts varje månad

Anteckningar:
Efter mötet i maj bestämdes att även en trygghetsvärd från Öbyhem är med i nätverket
från och med hösten.

Bild 3 av 3

Frågor?
"""


def test_slides_marked_n_of_m():
    texts = [u.text for u in units(Document.from_text("x.txt", DECK))]
    assert "Nätverket" in texts and "Möts varje månad" in texts  # a slide's title, and a line a unit


def test_a_slides_long_open_line_wraps():
    texts = [u.text for u in units(Document.from_text("x.txt", DECK))]
    assert any(t.startswith("Efter mötet i maj") and t.endswith("från och med hösten.") for t in texts)


def test_a_slides_list_line_does_not_wrap():
    deck = DECK.replace("Möts varje månad", "Rektorer för skolorna, fältassistenter, kommunpolis, fritidsledare\n"
                                            "Möts varje månad")
    texts = [u.text for u in units(Document.from_text("x.txt", deck))]
    assert "Möts varje månad" in texts  # the line above lists names: no sentence it goes on


def test_a_slides_answer_left_open_goes_on():
    deck = DECK.replace("Fältassistent · Kommunpolis", "Vem?      kommunpolis (sammankallande), fältassistent,\n"
                                                       "          Öbyhem, Öby centrumförening")
    texts = [u.text for u in units(Document.from_text("x.txt", deck))]
    assert any(t.startswith("Vem?") and t.endswith("Öby centrumförening") for t in texts)


def test_a_long_run_of_lines_that_look_labelled_is_read_in_one_pass():
    from samverkan.extract.meaning.labels import label_columns

    lines = [(n, "Styrgruppen möts varje månad och rapporterar") for n in range(1, 3001)]
    assert label_columns(lines) == lines  # no fields, and no recursion a line deep
