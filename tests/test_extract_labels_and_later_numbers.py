"""Readings of template labels, late number blocks and named areas (dev/300, dev/311, dev/315). The texts are
written for these tests."""

from __future__ import annotations

from samverkan.extract.meaning.phrases import member
from tests.extract_text import plain as _plain


def _groups(text: str) -> dict[str, dict]:
    return {k: {f: v for f, v in fields.items() if f != "_lines"}
            for k, fields in _plain(text).get("groups", {}).items()}


TEMPLATE = """ÖVERENSKOMMELSE OM SAMVERKAN I PÅHITTSBY

Avtalsperiod: 2027-01-01 – 2028-12-31

1. PARTER

1.1 Påhittsby kommun.

1.2 Polismyndigheten, lokalpolisområde Nyby.

2. PRIORITERADE PROBLEM

Problem 1:  Skadegörelse vid Påhittsby station
Problem 2:  Langning av alkohol till unga, särskilt vid skolavslutningen
Problem 3:  Otrygghet i parkerna kring torget

3. ORGANISATION

3.1 Styrgrupp
    Deltagare:        kommundirektören och lokalpolisområdeschefen
    Ordförande:       kommundirektören
    Möten:            fyra gånger per år
    Återrapportering: till kommunstyrelsen och till polisområdets ledningsgrupp

3.2 Arbetsgrupp torget
    Deltagare:        fältsekreterarna, kommunpolisen och en fritidsledare
    Ordförande:       Karin Exempelsdotter, enhetschef för fritid
    Möten:            varannan vecka

3.3 Föreningsråd (planerat)
    Parterna vill under 2027 bilda ett råd för föreningar och näringsidkare. Till dess ingår det
    inte i samverkansstrukturen.
"""


def test_areas_labelled_problem_one_a_line_are_each_an_area():
    areas = set(_plain(TEMPLATE).get("priority_areas", {}))
    assert areas == {"Skadegörelse vid Påhittsby station", "Langning av alkohol till unga",
                     "Otrygghet i parkerna kring torget"}


def test_a_report_field_drops_till_before_each_target():
    assert _groups(TEMPLATE)["Styrgrupp"]["reports_to"] == ["kommunstyrelsen", "polisområdets ledningsgrupp"]


def test_a_chair_field_with_a_name_before_the_function_is_the_function():
    assert _groups(TEMPLATE)["Arbetsgrupp torget"]["chair"] == "enhetschef för fritid"


def test_a_body_that_till_dess_ingar_det_inte_i_samverkansstrukturen_is_outside():
    assert not any("råd" in name.casefold() for name in _groups(TEMPLATE))


REPLACED_THEN_LATE_LABEL = """Överenskommelse om samverkan i Påhittsby

Överenskommelsen ersätter den som undertecknades 2023 (kommunens dnr
2023/88). Den bygger på lägesbilden från hösten.

Prioriterade områden

Område 1: Trafiksäkerhet vid evenemang
Område 2: Våld i nära relationer

Organisation

Ledningsgruppen
I ledningsgruppen möts kommunchefen och chefen för lokalpolisområde Nyby. Gruppen träffas fyra gånger om
året.

Sommargruppen
Säkerhetschefen leder Sommargruppen. Övriga deltagare är kommunpolisen och en evenemangsplanerare från
Polisområde Dalarna. Gruppen möts varje vecka under sommaren.

Nattsamverkan Nyby
Krögare, ordningsvakter och kommunpolisen går varannan vecka igenom helgens händelser. Säkerhetschefen
leder mötena men ingår inte i gruppen.

Giltighet

Överenskommelsen gäller till och med den 31 december 2028.
""" + "\n" * 30 + """Diarienummer: kommunen 2026/71, Polisen A 12.345/2026

Underskrifter
"""


def test_a_number_cited_for_the_replaced_agreement_gives_way_to_a_later_label():
    agreement = next(iter(_plain(REPLACED_THEN_LATE_LABEL)["agreement"].values()))
    assert agreement["dnr"] == ["2026/71", "A 12.345/2026"]


def test_the_chief_of_a_police_area_by_its_kind_and_name_is_its_compound_function():
    assert _groups(REPLACED_THEN_LATE_LABEL)["Ledningsgruppen"]["members"] == ["kommunchef", "lokalpolisområdeschef"]
    assert member("chefen för Polisområde Nyby syd", True) == "polisområdeschef"


def test_a_unit_named_after_its_kind_is_one_place_whatever_its_ending():
    assert member("en evenemangsplanerare från Polisområde Dalarna", True) \
        == "evenemangsplanerare från Polisområde Dalarna"
    assert member("en rektor från Nybyskolorna", True) == "rektor"  # many schools, by their plural


def test_a_body_of_traders_the_text_calls_gruppen_is_a_working_group():
    assert _groups(REPLACED_THEN_LATE_LABEL)["Nattsamverkan Nyby"]["kind"] == "working"


def test_numbers_in_one_parenthesis_with_their_owners_are_cited_alike():
    text = """Förlängning av överenskommelse

Parterna ingick 2024 "Överenskommelse om trygghet i Påhittsby" (kommunens dnr KS 2024/0123, polisens dnr
A 456.789/2024). Med detta brev förlängs den till och med den 31 december 2027.
"""
    agreement = next(iter(_plain(text)["agreement"].values()))
    assert agreement["dnr"] == ["KS 2024/0123", "A 456.789/2024"]
