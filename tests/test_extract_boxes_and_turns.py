"""Extract reads tables drawn with box-drawing characters and the participation matrices set in them, tables whose
header names places with the groups in a row under it, accordions of a web page, a wiki's facts, and the ways of
saying meetings, chairs in turn and members that such documents use (issue 15): each reading here has its own short
text, written for this test with invented names; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.document import Document
from samverkan.extract.formats import html_text
from samverkan.extract.meaning import frequency
from samverkan.extract.meaning.agreement import DNR_VALUE
from samverkan.extract.meaning.boxes import box_tables
from samverkan.extract.meaning.phrases import member, members
from samverkan.extract.meaning.text import units
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain


def _rows(text: str) -> list[list[str]]:
    return [u.cells for u in units(Document.from_text("x.txt", text)) if u.kind == "row"]


# --- box-drawn tables ------------------------------------------------------------------------------------------

BOXED = """┌──────────┬──────────────┬────────────┐
│ Grupp    │ Deltagare    │ Möten      │
├──────────┼──────────────┼────────────┤
│ Styr-    │ Socialchef   │ Varje      │
│ gruppen  │              │ månad      │
├──────────┼──────────────┴────────────┤
│ Teamet   │ ej fastställt             │
└──────────┴───────────────────────────┘
"""


def test_a_box_drawn_table_is_read_as_a_table_its_wrapped_cells_whole_and_a_merged_cell_in_each_column():
    rows = _rows(BOXED)
    assert rows[0] == ["Grupp", "Deltagare", "Möten"]
    assert rows[1] == ["Styrgruppen", "Socialchef", "Varje månad"]
    assert rows[2] == ["Teamet", "ej fastställt", "ej fastställt"]


def test_a_cell_with_no_rule_under_it_holds_for_the_rows_it_spans():
    text = """┌────┬──────────┬──────────┐
│ Nr │ Område   │ Ansvar   │
├────┼──────────┼──────────┤
│ 1  │ Rån      │ Teamet   │
├────┼──────────┤          │
│ 2  │ Klotter  │          │
└────┴──────────┴──────────┘
"""
    lines = [line for _, line in box_tables(list(enumerate(text.splitlines(), 1)))]
    assert lines == ["| Nr | Område | Ansvar |", "| --- | --- | --- |", "| 1 | Rån | Teamet |",
                     "| 2 | Klotter | Teamet |"]


MATRIX = """1. Organisation

Samverkan leds av Styrgruppen för Åby. Under den arbetar Fältteamet.

┌──────────────────┬────────────┬────────────┐
│ Funktion         │ Styr-      │ Fält-      │
│                  │ gruppen    │ teamet     │
├──────────────────┼────────────┼────────────┤
│ Kommundirektör   │ O          │            │
├──────────────────┼────────────┼────────────┤
│ Socialchef       │ ●          │            │
├──────────────────┼────────────┼────────────┤
│ Fritidsledare    │            │ O          │
├──────────────────┼────────────┼────────────┤
│ Vd, Åbyhem AB    │ (●)        │            │
├──────────────────┼────────────┼────────────┤
│ Möten            │ 4 ggr/år   │ Varje vecka│
└──────────────────┴────────────┴────────────┘
● = ingår   O = ordförande (ingår)   (●) = kallas vid behov
"""


def test_a_participation_matrix_marks_members_and_chairs_by_its_legend():
    groups = _groups(MATRIX)
    steering = groups["Styrgruppen för Åby"]
    assert steering["members"] == ["kommundirektör", "socialchef", "vd för Åbyhem AB"]
    assert steering["chair"] == "kommundirektör"
    assert steering["frequency_per_year"] == 4
    team = groups["Fältteamet"]  # "Fritidsledare" is a person marked, not a field "ledare"
    assert team["members"] == ["fritidsledare"] and team["chair"] == "fritidsledare"


def test_signatures_in_a_box_drawn_table():
    text = """Avtal om samverkan i Åby

1. Underskrifter

┌──────────────────────────┬──────────────────────────┐
│ För Åby kommun           │ För Polismyndigheten     │
├──────────────────────────┼──────────────────────────┤
│ Åby den 1 mars 2026      │ Åby den 1 mars 2026      │
│                          │                          │
│ Eva Påhittad             │ Jon Låtsas               │
│ Kommundirektör           │ Lokalpolisområdeschef    │
└──────────────────────────┴──────────────────────────┘
"""
    signers = _plain(text).get("signatories", {})
    assert {k: v["title"] for k, v in signers.items()} == {"Eva Påhittad": "kommundirektör",
                                                           "Jon Låtsas": "lokalpolisområdeschef"}


def test_two_names_of_one_kind_listed_with_och_stay_two():
    groups = _groups("Organisation\n\nUnder styrgruppen finns två team: Team Norr och Team Söder. Team Norr möts "
                     "varje vecka.\n")
    assert "Team Norr" in groups and "Team Norr och Team" not in groups


# --- a space table whose header names places ------------------------------------------------------------------

PLACES = """Lokala grupper

Grupperna ser olika ut:

  ------------------------------------------------------------------
                  Norra Åby                   Södra Åby
  ------------------------------------------------------------------
  Namn            Lokal grupp Norr            Lokal grupp Söder
  Deltar          fältassistenterna           områdespoliserna i LPO
                  en representant för         Åby Centrum
                  Åbyhem AB                   fältassistenterna
  Leds av         kommunpolisen               trygghetsstrategen för
                                              Södra Åby
  Träffas         varje onsdag                var tredje vecka
  Lämnar frågor till styrgruppen              styrgruppen
  ------------------------------------------------------------------
"""


def test_a_name_row_under_a_header_of_places_gives_the_groups_of_the_columns():
    groups = _groups(PLACES)
    north, south = groups["Lokal grupp Norr"], groups["Lokal grupp Söder"]
    assert north["members"] == ["fältassistent", "Åbyhem AB"]  # "en representant för" goes on in the next line
    assert south["members"] == ["områdespolis", "fältassistent"]  # "i LPO" / "Åby Centrum": the LPO's name
    assert south["chair"] == "trygghetsstrateg"  # "för Södra Åby", a place of two words: where, no part of who
    assert north["frequency_per_year"] == 52 and south["frequency_per_year"] == 17
    assert north["reports_to"] == ["styrgruppen"]  # "Lämnar frågor till"


def test_a_table_s_level_column_gives_the_level_s_kind():
    text = """Organisation

| Nivå | Grupp | Deltagare |
|---|---|---|
| Taktisk | Samordningsgruppen | Trygghetssamordnare<br>Rektorer<br>Kommunpolis |
"""
    group = _groups(text, "x.md")["Samordningsgruppen"]
    assert group["kind"] == "preparation"
    assert "rektor" in group["members"]  # each line's capital marks no name: the plural is read as a function


# --- meetings --------------------------------------------------------------------------------------------------

def test_meetings_in_numbered_weeks_on_even_weeks_and_under_the_school_s_terms():
    assert frequency.per_year("Gruppen sammanträder vecka 6, 19 och 41.").value == 3
    assert frequency.per_year("De träffas onsdagar udda veckor.").value == 26
    assert frequency.per_year("Teamet ses varje måndag under skolans terminer.").value == 40
    assert frequency.per_year("Möten: 3 mar, 9 jun och 1 dec").value == 3


def test_named_months_of_meeting_over_a_yearly_count_in_another_clause():
    said = "Rådet träffas i mars, juni och oktober, och en gång om året rapporterar det till nämnden."
    assert frequency.per_year(said).value == 3


# --- chairs and members ----------------------------------------------------------------------------------------

def test_a_chair_held_by_a_list_of_years():
    groups = _groups("Styrgruppen\n\nI styrgruppen ingår socialchefen och kommunpolisen. Socialchefen är ordförande "
                     "2026 och 2028 och kommunpolisen 2027.\n")
    assert groups["Styrgruppen"]["chair"] == ["socialchef", "kommunpolis"]


SHORT = """# Avtal

## LG

LG leder samverkan. I LG ingår KD och LPOC. KD och LPOC är ordförande vartannat år: KD under jämna år och LPOC
under udda år.

## TG

TG är KD och SAM. TG bereder LG:s möten.

## Förkortningar

| Förkortning | Betydelse |
|---|---|
| KD | kommundirektör |
| LPOC | lokalpolisområdeschef |
| SAM | samordnare |
"""


def test_short_forms_chairing_in_turn_and_a_group_that_is_its_people():
    groups = _groups(SHORT, "x.md")
    assert groups["LG"]["chair"] == ["KD", "LPOC"] and groups["LG"]["chair_alternating"] is True  # not "LG" itself
    assert groups["TG"]["members"] == ["KD", "SAM"]


def test_the_chair_is_a_member_when_the_others_take_part_also_or_besides():
    text = """## Samordningen

Samordnaren är sammankallande. I gruppen ingår också kommunpolisen och fältsekreterarna.

## Sommarteamet

Teamet leds av en av områdespoliserna och samlar i övrigt fritidsledarna.
"""
    groups = _groups(text, "x.md")
    assert groups["Samordningen"]["members"][0] == "samordnare"
    assert groups["Sommarteamet"]["members"] == ["områdespolis", "fritidsledare"]


def test_a_heading_s_group_that_its_first_sentence_calls_a_kind_keeps_its_name():
    text = "## Vintergruppen Åby\n\nEn säsongsgrupp som styrgruppen inrättade i år. Den möts varje vecka.\n"
    assert list(_groups(text, "x.md")) == ["Vintergruppen Åby"]


def test_a_verbless_list_sentence_under_a_group_s_heading_is_its_members():
    text = ("## Ledningsgruppen\n\nKommundirektören, polischefen, skolchefen och socialchefen. Gruppen träffas fyra "
            "gånger per år.\n")
    assert _groups(text, "x.md")["Ledningsgruppen"]["members"] == ["kommundirektör", "polischef", "skolchef",
                                                                   "socialchef"]


def test_har_ingar_under_a_group_s_heading_is_that_group_s():
    text = ("## Beredningen\n\nStyrgruppens möten förbereds av beredningen. Här ingår kommunens samordnare, "
            "kommunpolisen, enhetschefen för fältgruppen och en bovärd från Åbyhem AB.\n")
    assert _groups(text, "x.md")["Beredningen"]["members"] == [
        "samordnare", "kommunpolis", "enhetschef för fältgruppen", "bovärd från Åbyhem AB"]


def test_member_forms():
    assert member("förvaltningens två samordnare") == "samordnare"  # a count after the party's genitive
    assert members("REK från kommunens tre skolor och KP", prose=True) == ["REK", "KP"]  # a seat among places counted
    assert member("Föreningen Trygga Vuxna i Åby") == "Föreningen Trygga Vuxna i Åby"  # a name of its own
    assert member("samordnaren för Norra-Åby") == "samordnare"  # a place of two hyphened names: where


# --- outside the organisation ----------------------------------------------------------------------------------

def test_groups_said_to_be_no_part_of_the_organisation():
    text = ("Organisation\n\nStyrgruppen leder arbetet och träffas varje månad. Inte heller Åby brottsförebyggande "
            "råd, där politiker sitter, är en del av organisationen ovan. Projektgruppen för Öby hör inte till "
            "samverkansorganisationen.\n")
    assert set(_groups(text)) == {"Styrgruppen"}


def test_a_negated_label_is_no_field_of_a_group():
    text = ("## Trygghetsdialogen\n\nTvå gånger om året bjuder parterna in till Trygghetsdialogen, ett öppet möte för "
            "boende. Samordnaren leder dialogen.\n\n**Ingår inte:** samverkan kring unga enligt SSPF har en egen "
            "överenskommelse.\n")
    assert _groups(text, "x.md")["Trygghetsdialogen"]["members"] == ["boende"]


# --- web pages and wikis ---------------------------------------------------------------------------------------

def test_an_accordion_s_heading_button_is_the_heading_s_text():
    page = ("<html><body><h2><button type='button'>Så arbetar vi</button></h2><div hidden><p>Text.</p></div>"
            "<button>Skriv ut</button></body></html>")
    text = html_text(page)
    assert "## Så arbetar vi" in text and "Skriv ut" not in text


def test_a_facts_row_overenskommelse_names_the_agreement():
    text = "Om samarbetet\n\nÖverenskommelse: Samverkansavtal för ett tryggt Åby\nGäller: 2026–2028\n"
    assert list(_plain(text)["agreement"]) == ["Samverkansavtal för ett tryggt Åby"]


def test_signers_in_a_field_signed_on_a_date_by():
    text = ("Avtal för Åby\n\n**Undertecknad:** 2026-01-10 av kommundirektör Eva Påhittad och lokalpolisområdeschef "
            "Jon Låtsas\n")
    signers = _plain(text, "x.md").get("signatories", {})
    assert set(signers) == {"Eva Påhittad", "Jon Låtsas"}


# --- parties, dnr and priorities -------------------------------------------------------------------------------

def test_a_dnr_of_two_codes():
    assert DNR_VALUE.search("Dnr SOC NO 2026-00123").group() == "SOC NO 2026-00123"


def test_a_police_party_in_a_place_named_by_its_side():
    text = ("Avtal\n\n1. Parter\n\nParter är Åby kommun och Polismyndigheten genom lokalpolisområde Östra "
            "Göteborg.\n")
    assert "lokalpolisområde Östra Göteborg" in _plain(text)["parties"]


def test_a_priority_item_led_by_a_place_names_the_area_after_the_colon():
    text = ("Vad vi ska arbeta med\n\nVarje område har ett eget fokus:\n\n  - Norra Åby: Narkotikahandel vid torget\n"
            "  - Narkotika: mindre handel\n")
    areas = _plain(text).get("priority_areas", {})
    assert "Narkotikahandel vid torget" in areas and "Norra Åby" not in areas
    assert "Narkotika" in areas  # a word of the language before the colon is the area itself


def test_a_year_s_plan_takes_the_title_and_dnr_of_the_agreement_it_is_made_within():
    text = """*Dnr KS 2026/0099*

# Åtgärdsplan 2026

Planen beskriver vad parterna gör inom ramen för *Överenskommelse om trygghet i Åby*.
Den har dnr KS 2025/0011 hos kommunen och A 100.200/2025 hos polisen.
"""
    agreement = _plain(text, "x.md")["agreement"]
    assert list(agreement) == ["Överenskommelse om trygghet i Åby"]
    assert agreement["Överenskommelse om trygghet i Åby"]["dnr"] == ["KS 2025/0011", "A 100.200/2025"]


def test_a_parties_table_s_cell_merged_down_over_the_police_chain_is_one_party_its_deepest_unit():
    text = """Avtal om samverkan i Åby

1. Parter

┌──────────────────┬──────────────────────────┐
│ Part             │ Nivå                     │
├──────────────────┼──────────────────────────┤
│ Åby kommun       │ Kommunstyrelsen          │
├──────────────────┼──────────────────────────┤
│ Polismyndigheten │ Polisregion Mitt         │
│                  ├──────────────────────────┤
│                  │ Lokalpolisområde Åby     │
└──────────────────┴──────────────────────────┘
"""
    assert set(_plain(text)["parties"]) == {"Åby kommun", "Lokalpolisområde Åby"}
