"""Reading groups and titles in documents with a cover page, numbered sections and a year's plan joined to the
agreement: chairs in turns by year, initials a bracket spells out, counts in each place, reports clause by clause.
The texts here are written for these tests, none taken from the corpus; each asserts what a careful reader lists."""

from __future__ import annotations

import pytest

from samverkan.extract.document import Document
from samverkan.extract.meaning.frequency import per_year
from samverkan.extract.meaning.groups.words import until_verb
from samverkan.extract.meaning.phrases import member
from samverkan.extract.record import recognise

HEAD = "Samverkansavtal för Nyby\n\nParter är Nyby kommun och lokalpolisområde Nyby.\n\nOrganisation\n\n"


def _groups(body: str) -> dict:
    return recognise(Document.from_text("x.txt", HEAD + body)).to_plain().get("groups", {})


def _title(text: str) -> str:
    return next(iter(recognise(Document.from_text("x.txt", text)).to_plain()["agreement"]))


def test_chairs_each_named_with_their_years_take_turns():
    groups = _groups("Styrgruppen\nI styrgruppen ingår kommunchefen, polischefen och socialchefen. Ordförandeskapet "
                     "innehas av polischefen under 2025 och 2027 och av kommunchefen under 2026.\n")
    group = groups["Styrgruppen"]
    assert group["chair"] == ["polischef", "kommunchef"]
    assert group["chair_alternating"] is True


@pytest.mark.parametrize(("text", "function"), [
    ("en kurator från någon av kommunens grundskolor", "kurator"),
    ("en fritidsledare från en av fritidsgårdarna", "fritidsledare"),
])
def test_one_from_any_of_many_places_is_the_function(text, function):
    assert member(text) == function


def test_a_line_ending_on_a_genitive_goes_on_with_the_next():
    groups = _groups("Nattgruppen\n    I gruppen ingår krögarna och ordningsvakterna. Gruppen leds av stadens\n"
                     "    ALK-handläggare.\n    Gruppen träffas varje månad.\n")
    assert groups["Nattgruppen"]["chair"] == "ALK-handläggare"


def test_a_heading_whose_bracket_spells_out_its_initials_names_a_group_by_them():
    groups = _groups("Styrgruppen\nI styrgruppen ingår kommunchefen och polischefen.\n\n"
                     "LOT Nyby (lokal operativ trygghet)\nVarje måndag går kommunpolisen, fältassistenterna och "
                     "fritidsledarna igenom veckans händelser. Arbetet leds av trygghetssamordnaren. LOT lyfter "
                     "frågor som kräver beslut till styrgruppen.\n")
    group = groups["LOT Nyby"]
    assert group["members"] == ["kommunpolis", "fältassistent", "fritidsledare"]
    assert group["reports_to"] == ["Styrgruppen"]


def test_a_noun_after_a_genitive_and_an_adjective_is_no_verb():
    listed = "föreningar i stadens norra delar, fyra gånger"
    assert until_verb(listed) == listed


def test_a_years_plan_after_a_dash_is_no_part_of_the_agreements_title():
    text = ("SAMVERKANSAVTAL FÖR NYBY — ÅTGÄRDSPLAN 2027\n\nParter är Nyby kommun och lokalpolisområde Nyby.\n\n"
            "Avtalet gäller 2027–2029.\n")
    assert _title(text) == "Samverkansavtal för Nyby"


@pytest.mark.parametrize(("text", "count"), [
    ("Mötena hålls en gång per år i vardera Åby, Nyby och Öby.", 3),
    ("Samordnaren bjuder in till möten, två per år.", 2),
    ("Träffar hålls, ett per år i vardera Åby och Nyby.", 2),
])
def test_a_count_in_each_place_and_a_count_after_its_meetings(text, count):
    assert per_year(text).value == count


def test_who_calls_to_open_meetings_for_outside_actors_chairs_a_forum():
    groups = _groups("Styrgruppen\nI styrgruppen ingår kommunchefen och polischefen.\n\n"
                     "Bystämmor om trygghet\nSamordnaren kallar till öppna möten för boende och företagare, ett per år "
                     "i vardera Åby och Nyby. Kommunpolisen deltar.\n")
    group = groups["Bystämmor om trygghet"]
    assert (group["kind"], group["chair"], group["frequency_per_year"]) == ("forum", "samordnare", 2)
    assert group["members"] == ["boende", "företagare", "kommunpolis"]


def test_people_who_go_through_events_at_a_frequency_are_members():
    groups = _groups("Styrgruppen\nI styrgruppen ingår kommunchefen och polischefen.\n\n"
                     "Krogsamverkan Nyby\nOrdningsvakterna, fältassistenterna och kommunpolisen går varannan vecka "
                     "igenom helgens händelser.\n")
    assert groups["Krogsamverkan Nyby"]["members"] == ["ordningsvakt", "fältassistent", "kommunpolis"]


def test_each_clause_gives_its_own_report():
    groups = _groups("Styrgruppen\nI styrgruppen ingår kommunchefen och polischefen. Styrgruppen rapporterar "
                     "muntligt till kommunstyrelsens arbetsutskott; varje år lämnar den en skriftlig rapport till "
                     "kommunfullmäktige.\n")
    assert groups["Styrgruppen"]["reports_to"] == ["kommunstyrelsens arbetsutskott", "kommunfullmäktige"]
