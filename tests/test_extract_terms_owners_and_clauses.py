"""Readings of a definition list's terms, a signing or validity line of its own, diarienummer said per register,
lettered lists, a group's people set off by dashes, organisations there by their people, another agreement's own
groups and clauses of their own about another group. Each text was written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan.extract.document import read_document
from samverkan.extract.formats import html_text
from samverkan.extract.meaning.phrases import members
from samverkan.extract.record import recognise
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain

HEAD = "Överenskommelse om trygghet i Åby\n\nParter är Åby kommun och lokalpolisområde Åby.\n\n"


def _agreement(text: str) -> dict:
    return next(iter(_plain(text)["agreement"].values()))


# --- formats and lines of their own ---------------------------------------------------------------------------

def test_a_definition_lists_term_and_value_make_a_label_line_a_sentence_stays_under_its_term():
    text = html_text("<html><body><h3>Styrgruppen</h3><dl><dt>Deltagare</dt><dd>Kommundirektör, socialchef</dd>"
                     "<dt>Ordförande</dt><dd>Kommundirektören</dd></dl>"
                     "<dl><dt>Arbetsgruppen</dt><dd>Gör arbetet. Leds av fältsamordnaren.</dd></dl></body></html>")
    assert "Deltagare: Kommundirektör, socialchef" in text.splitlines()
    assert "Ordförande: Kommundirektören" in text.splitlines()
    assert "Arbetsgruppen" in text.splitlines()  # a definition in sentences: a paragraph under its term


def test_a_definition_lists_group_facts_are_read(tmp_path: Path):
    page = tmp_path / "p.html"
    page.write_text("<html><body><h1>Överenskommelse om trygghet i Åby</h1><p>Parter är Åby kommun och "
                    "lokalpolisområde Åby.</p><h3>Ledningsgruppen</h3><dl><dt>Deltagare</dt><dd>Kommundirektör, "
                    "lokalpolisområdeschef</dd><dt>Ordförande</dt><dd>Kommundirektören</dd><dt>Träffas</dt>"
                    "<dd>Fyra gånger per år</dd></dl></body></html>", encoding="utf-8")
    group = recognise(read_document(page)).to_plain()["groups"]["Ledningsgruppen"]
    assert group["members"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert (group["chair"], group["frequency_per_year"]) == ("kommundirektör", 4)


def test_a_signing_field_line_names_the_signatories():
    text = HEAD + ("Undertecknad: Den 2 mars 2026 av Eva Påhittad (kommundirektör) och Jon Uppdiktad "
                   "(lokalpolisområdeschef)\n")
    assert {k: v["title"] for k, v in _plain(text)["signatories"].items()} == {
        "Eva Påhittad": "kommundirektör", "Jon Uppdiktad": "lokalpolisområdeschef"}


def test_a_code_under_the_parties_is_no_party():
    text = ("Överenskommelse om trygghet i Åby\n\nParter\n\nÅby kommun\nLokalpolisområde Åby\n\n"
            "Giltighetstid: 1 april 2026 – 31 mars 2027\n\nDiarienummer: KS/2026:61\n")
    assert sorted(_plain(text)["parties"]) == ["Lokalpolisområde Åby", "Åby kommun"]


def test_a_validity_line_of_its_own_under_the_title_before_a_laws_date():
    text = ("ÖVERENSKOMMELSE OM TRYGGHET I ÅBY\n\nGäller 1 april 2026 – 31 mars 2028\n\n\nBakgrund\n\n"
            "Parter är Åby kommun och lokalpolisområde Åby. Överenskommelsen bygger på lagen (2023:196) om kommuners "
            "ansvar för brottsförebyggande arbete, som gäller sedan den 1 juli 2023.\n")
    found = _agreement(text)
    assert (found["valid_from"], found["valid_to"]) == ("2026-04-01", "2028-03-31")


@pytest.mark.parametrize("sentence", [
    "Den är diarieförd hos kommunen under KS/2026:811 och hos polisen under A 401.276/2026.",
    "Kommunens diarienummer är KS/2026:811 och polisens är A 401.276/2026.",
])
def test_diarienummer_said_per_register(sentence: str):
    assert _agreement(HEAD + sentence + "\n")["dnr"] == ["KS/2026:811", "A 401.276/2026"]


# --- lists ----------------------------------------------------------------------------------------------------

def test_a_lettered_list_under_a_heading_is_a_list():
    text = HEAD + ("PRIORITERADE OMRÅDEN\n\n  A. Unga i riskzon\n  B. Trygga torg\n  C. Våld i nära relationer\n\n"
                   "ORGANISATION\n\nStyrgruppen består av kommundirektören och lokalpolisområdeschefen.\n")
    assert sorted(_plain(text)["priority_areas"]) == ["Trygga torg", "Unga i riskzon", "Våld i nära relationer"]


def test_a_priority_item_wrapped_onto_the_next_line_ends_no_list():
    text = ("Överenskommelse om trygghet i Åby\n\nPrioriterade områden\n\n- Narkotikahandel i centrum\n"
            "- Trygga stråk, framför allt vid skolan och\n  gångtunneln mot ån\n- Skadegörelse och bränder\n")
    assert sorted(_plain(text)["priority_areas"]) == ["Narkotikahandel i centrum", "Skadegörelse och bränder",
                                                      "Trygga stråk"]


# --- members --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "listed"), [
    ("Åby Bostäders områdeschef", ["områdeschef för Åby Bostäder"]),  # a name of two words, one person
    ("BID Åbys verksamhetsledare", ["verksamhetsledare för BID Åby"]),
    ("personal från fritidsgården Gnistan", ["fritidsgården Gnistan"]),  # a name that is a common word
])
def test_an_organisations_person_and_a_named_unit(written: str, listed: list[str]):
    assert members(written) == listed


def test_the_people_set_off_by_dashes_after_a_groups_name():
    text = HEAD + "Samordnarna – kommunens trygghetssamordnare och kommunpolisen – stämmer av läget varje vecka.\n"
    assert _groups(text)["Samordnarna"]["members"] == ["trygghetssamordnare", "kommunpolis"]


def test_a_list_item_with_a_names_genitive_is_a_member_not_a_clause():
    text = HEAD + ("Platsgruppen\nHär deltar:\n   • kommunpolisen\n   • BID Åbys verksamhetsledare\n"
                   "Gruppen träffas varje vecka.\n")
    assert _groups(text)["Platsgruppen"]["members"] == ["kommunpolis", "verksamhetsledare för BID Åby"]


def test_a_clause_before_a_colon_lists_no_people():
    text = HEAD + ("Operativa gruppen Åby arbetar med det som händer i området: oroshändelser, platser som behöver "
                   "åtgärdas. Kommunpolisen leder gruppen, som träffas varje vecka.\n")
    assert "members" not in _groups(text)["Operativa gruppen Åby"]


@pytest.mark.parametrize("sentence", [
    "Räddningstjänsten deltar när det finns bränder att ta upp.",
    "Räddningstjänsten deltar regelbundet.",
])
def test_one_who_takes_part_at_times(sentence: str):
    text = HEAD + "Arbetsgruppen\nI gruppen sitter kommunpolisen och fältassistenterna. " + sentence + "\n"
    assert _groups(text)["Arbetsgruppen"]["members"] == ["kommunpolis", "fältassistent", "räddningstjänsten"]


def test_an_organisation_said_to_take_part_is_there_by_its_people():
    text = HEAD + ("Arbetsgrupp Centrum\nDeltagare: kommunpolis, Åbyhems bovärdar, områdeschef för Nybo AB\n\n"
                   "Åbyhem AB och Nybo AB deltar i arbetsgruppen men är inte parter.\n")
    assert _groups(text)["Arbetsgrupp Centrum"]["members"] == ["kommunpolis", "bovärd", "områdeschef för Nybo AB"]


# --- which group ----------------------------------------------------------------------------------------------

def test_a_group_for_places_is_the_group_of_the_places_and_a_clause_of_its_own_about_another():
    text = HEAD + ("Samverkanspartner\n\nAv dessa deltar Åbyhem och Nybo AB i arbetsgruppen för Norrby och Söderby, "
                   "och Åby församling deltar regelbundet i Trygghetsforum Åby.\n\n"
                   "Arbetsgrupp Norrby och Söderby\n\nFältsamordnaren leder gruppen, där också kommunpolisen ingår. "
                   "Gruppen möts varje vecka.\n\nTrygghetsforum Åby\n\nTrygghetsforum Åby är ett öppet möte för "
                   "boende. Åby församling deltar regelbundet. Forumet hålls vår och höst.\n")
    found = _groups(text)
    assert sorted(found) == ["Arbetsgrupp Norrby och Söderby", "Trygghetsforum Åby"]
    assert set(found["Arbetsgrupp Norrby och Söderby"]["members"]) == {"Åbyhem", "Nybo AB", "fältsamordnare",
                                                                       "kommunpolis"}
    assert "åby församling" in [m.casefold() for m in found["Trygghetsforum Åby"]["members"]]


def test_another_agreements_own_group_takes_no_one_in():
    text = HEAD + ("Lokalpolisområde Åby omfattar även Norrby kommun, som har en egen överenskommelse med polisen och "
                   "en egen ledningsgrupp.\n\nLedningsgruppen\n\nLedningsgruppen består av kommundirektören och "
                   "lokalpolisområdeschefen.\n")
    assert _groups(text)["Ledningsgruppen"]["members"] == ["kommundirektör", "lokalpolisområdeschef"]
