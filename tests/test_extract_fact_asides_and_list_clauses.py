"""Extract reads a web page's box of the agreement's facts, a clause that leads into a bulleted list, a fact told
in the past beside one told in the present, and a letterhead's police units; each text here was written for this
test, none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.formats import html_text
from samverkan.extract.meaning.phrases import member, members
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain

FACT_BOX = """<html><body><main><h1>Tryggare gator</h1><p>Kommunen och polisen arbetar tillsammans.</p>
<aside><h2>Om avtalet</h2><dl>
<dt>Namn</dt><dd>Avtal om samverkan för trygga gator i Påhittby</dd>
<dt>Parter</dt><dd>Påhittby kommun och lokalpolisområde Låtsas</dd>
<dt>Gäller</dt><dd>2027–2028</dd>
</dl></aside>
<aside><h2>Kontakt</h2><dl><dt>Namn</dt><dd>Eva Exempelsdotter</dd><dt>Telefon</dt><dd>010-123 45</dd></dl></aside>
</main></body></html>"""


def test_a_box_of_the_agreements_facts_keeps_its_name_and_period_beside_its_parties():
    text = html_text(FACT_BOX)
    assert "Namn: Avtal om samverkan för trygga gator i Påhittby" in text
    assert "Parter: Påhittby kommun och lokalpolisområde Låtsas" in text
    assert "Gäller: 2027–2028" in text
    assert "Eva Exempelsdotter" not in text  # a box of contacts states no fact of the agreement


CLAUSE_OVER_LIST = """Trygghetsnätverket

I Trygghetsnätverket ingår

- skolchefen, som är nätverkets ordförande,
- fritidschefen,
- två företrädare för handeln och
- en representant för arrangören.

Nätverket träffas sex gånger per år.
"""


def test_a_clause_that_leads_into_a_list_is_no_heading_and_the_list_finishes_it():
    g = _groups(CLAUSE_OVER_LIST)["Trygghetsnätverket"]
    assert g["members"] == ["skolchef", "fritidschef", "handeln", "arrangören"]
    assert g["chair"] == "skolchef"
    assert "I Trygghetsnätverket ingår" not in _groups(CLAUSE_OVER_LIST)


def test_a_list_item_before_the_last_ends_with_the_and_that_joins_them():
    assert members("två företrädare för handeln och") == ["handeln"]


def test_one_representative_of_a_body_named_by_a_word_for_people_stands_for_the_body():
    assert member("en representant för arrangören") == "arrangören"
    assert members("en representant för fastighetsägarna") == ["fastighetsägare"]  # many: each as one lists them


def test_one_person_for_many_units_is_the_function():
    assert member("en kurator för stadens gymnasieskolor") == "kurator"
    assert member("en kurator för Exempelgymnasiet") == "kurator för Exempelgymnasiet"


def test_a_chair_told_in_the_past_gives_way_to_the_one_told_in_the_present_after_a_semicolon():
    text = ("Samverkansgruppen\n\nI Samverkansgruppen ingår fritidschefen, kommunpolisen och rektorn. Till och med "
            "2024 leddes gruppen av kommunpolisen; numera är det fritidschefen som leder den.\n")
    assert _groups(text)["Samverkansgruppen"]["chair"] == "fritidschef"


def test_an_inverted_cleft_names_a_chair_by_function_only():
    text = ("Samverkansgruppen\n\nI Samverkansgruppen ingår fritidschefen och kommunpolisen. Ordförandeskapet "
            "växlar mellan fritidschefen och kommunpolisen; i år är det Eva Exempelsdotter som leder mötena.\n")
    assert _groups(text)["Samverkansgruppen"]["chair"] == ["fritidschef", "kommunpolis"]


HANDBOOK = """LOKALPOLISOMRÅDE LÅTSASDALEN                         Handbok för nyanställda
Polisregion Exempel · Polisområde Påhittlän            Utgåva 2, mars 2027
                                                       Handbokens dnr: A 100.200/2027

KAPITEL 3   SAMVERKAN MED KOMMUNEN

Det avtal vi arbetar efter heter "Trygga gator i Påhittby". Det är ingånget mellan Påhittby kommun och
Polismyndigheten, Polisregion Exempel, Polisområde Påhittlän, genom lokalpolisområde Låtsasdalen. Det
gäller från den 1 januari 2027 till den 31 december 2028.
Kommunens diarienummer är KS 2026/77 och vårt är A 300.400/2026.
"""


def test_a_handbook_gives_the_agreements_name_after_a_relative_clause_without_its_som():
    assert list(_plain(HANDBOOK)["agreement"]) == ["Trygga gator i Påhittby"]


def test_the_writers_own_number_follows_the_other_partys():
    agreement = next(iter(_plain(HANDBOOK)["agreement"].values()))
    assert agreement["dnr"] == ["KS 2026/77", "A 300.400/2026"]


def test_a_letterheads_police_units_one_above_the_other_are_the_lowest_one():
    parties = {k.casefold(): v["party"] for k, v in _plain(HANDBOOK)["parties"].items()}
    assert parties == {"lokalpolisområde låtsasdalen": "police", "påhittby kommun": "city"}
