"""Extract reads the clauses of long sentences: asides inside a list, a list going on after its verb, a group
word that opens a sentence, a pronoun after a fronted phrase, reports that belong to another group's clause, and
what a text tells only in the past tense. Each reading has its own short text, written for this test with
invented places; none comes from the corpus."""

from __future__ import annotations

import pytest

from samverkan.extract.meaning.groups.words import finite
from samverkan.extract.meaning.phrases import member
from samverkan.extract.meaning.tense import preterite, tense
from tests.extract_text import groups as _groups


def test_a_chair_said_in_an_aside_with_tillika():
    text = ("Samverkan i Åby\n\nStyrgruppens möten förbereds av en beredningsgrupp, i vilken kommunens "
            "säkerhetschef, som tillika är sammankallande, och kommunpolisen ingår.\n")
    group = _groups(text)["Beredningsgrupp"]
    assert group["chair"] == "säkerhetschef"
    assert group["members"] == ["säkerhetschef", "kommunpolis"]


def test_an_aside_after_samt_is_no_member_and_the_list_goes_on_after_it():
    text = ("Samverkan i Åby\n\nFör arbetet i centrum finns Arbetsgruppen Åby torg, vari ingår fältassistenterna "
            "och en områdespolis samt, när frågan rör skolorna, en rektor.\n")
    assert _groups(text)["Arbetsgruppen Åby torg"]["members"] == ["fältassistent", "områdespolis", "rektor"]


def test_samt_after_the_verb_goes_on_with_the_list_but_not_with_a_second_verb():
    text = ("Samverkan i Åby\n\nParterna inrättar en ledningsgrupp, i vilken kommundirektören och "
            "lokalpolisområdeschefen ingår samt socialchefen.\n")
    assert _groups(text)["Ledningsgrupp"]["members"] == ["kommundirektör", "lokalpolisområdeschef", "socialchef"]
    text = ("Samverkan i Åby\n\nParterna inrättar en ledningsgrupp, i vilken kommundirektören och "
            "lokalpolisområdeschefen ingår samt rapporterar till kommunstyrelsen.\n")
    assert _groups(text)["Ledningsgrupp"]["members"] == ["kommundirektör", "lokalpolisområdeschef"]


def test_a_group_word_opening_the_sentence_beats_the_relative_clause_of_a_group_named_later():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "Arbetsgruppen Åby består av fältassistenterna och en områdespolis. Gruppen leds av en av "
            "fältassistenterna, sammanträder varannan vecka och rapporterar till Styrgruppen, som därefter "
            "informerar kommunstyrelsen.\n")
    group = _groups(text)["Arbetsgruppen Åby"]
    assert group["chair"] == "fältassistent"
    assert group["frequency_per_year"] == 26
    assert group["reports_to"] == ["Styrgruppen"]


def test_one_of_them_chairs_by_their_function():
    text = ("Samverkan i Åby\n\nSkolgruppen består av rektorerna och kommunpolisen. Gruppen leds av den av "
            "rektorerna som styrgruppen utser.\n")
    assert _groups(text)["Skolgruppen"]["chair"] == "rektor"


def test_someone_from_a_group_is_a_member_and_the_list_keeps_its_topic():
    text = ("Samverkan i Åby\n\nDet löpande arbetet sker i Tisdagsgruppen, som ses varje tisdag. Från polisen "
            "deltar områdespolisen och, vid behov, någon från utredningsgruppen.\n")
    assert _groups(text)["Tisdagsgruppen"]["members"] == ["områdespolis", "utredningsgruppen"]


def test_a_report_in_another_groups_relative_clause_is_that_groups():
    text = ("Samverkan i Åby\n\nLedningsgruppen består av kommundirektören och polischefen.\n\n"
            "Skolgruppen består av rektorerna och kommunpolisen. Frågor som Skolgruppen inte kan lösa lyfts "
            "till Ledningsgruppen, som vid behov lyfter dem till kommunstyrelsen.\n")
    assert _groups(text)["Skolgruppen"]["reports_to"] == ["Ledningsgruppen"]


def test_lifting_it_to_a_body_names_the_body():
    text = ("Samverkan i Åby\n\nLedningsgruppen består av kommundirektören och polischefen. Den tar emot "
            "frågan och lyfter den till kommunstyrelsen.\n")
    assert _groups(text)["Ledningsgruppen"]["reports_to"] == ["kommunstyrelsen"]


def test_notes_sent_on_from_other_groups_are_no_report_of_the_group_before():
    text = ("Samverkan i Åby\n\nLedningsgruppen består av kommundirektören och polischefen och möts fyra "
            "gånger per år. Anteckningarna från de operativa grupperna skickas till Skolgruppens ordförande.\n")
    assert "reports_to" not in _groups(text)["Ledningsgruppen"]


def test_a_pronoun_after_a_fronted_phrase_and_its_verb_is_the_subject():
    text = ("Samverkan i Åby\n\nLedningsgruppen består av kommundirektören och polischefen.\n\n"
            "Nätverket mot våld består av socialsekreterarna och en utredare. Det möts sex gånger per år. "
            "Till skillnad från de andra grupperna är det underställt Ledningsgruppen direkt.\n")
    assert _groups(text)["Nätverket mot våld"]["reports_to"] == ["Ledningsgruppen"]


def test_a_group_told_of_only_in_the_past_is_no_group_of_the_agreement():
    text = ("Samverkan i Åby\n\nUngdomsrådet, där kuratorer och fritidsledare träffades en gång per termin, "
            "bedömdes vara för långsamt. Skolgruppen består av rektorerna och kommunpolisen och träffas varje "
            "månad.\n")
    groups = _groups(text)
    assert "Ungdomsrådet" not in groups
    assert groups["Skolgruppen"]["frequency_per_year"] == 12


@pytest.mark.parametrize(("word", "past"), [
    ("träffades", True), ("blossade", True), ("bestod", True), ("sammanträdde", True),
    ("träffas", False), ("utsedda", False), ("gällande", False), ("område", False), ("samarbete", False),
])
def test_a_verb_in_the_past_tense(word, past):
    assert preterite(word) is past


@pytest.mark.parametrize(("sentence", "told"), [
    ("Nätverket träffades varje månad.", "past"),
    ("Nätverket, som bildades 2019, träffas varje månad.", "present"),
    ("Nätverket har lagts ned.", "present"),
    ("att byta ut ett av fokusområdena", None),
])
def test_the_tense_of_a_sentence(sentence, told):
    assert tense(sentence, finite) == told


def test_who_invites_to_a_meeting_is_not_invited():
    text = ("Samverkan i Åby\n\nTvå gånger per år hålls ett öppet möte, Trygghetsmötet Åby, dit föreningar och "
            "handlare bjuds in av kommunens trygghetsstrateg, som också leder mötet.\n")
    group = _groups(text)["Trygghetsmötet Åby"]
    assert group["members"] == ["förening", "handlare"]
    assert group["chair"] == "trygghetsstrateg"


@pytest.mark.parametrize(("written", "listed"), [
    ("Åbyhems vd", "vd för Åbyhem"),          # a name's genitive before a title that is nothing without it
    ("Åbyhus vd", "vd för Åbyhus"),           # a name whose last part ends in s takes no s
    ("Åbybyggens chef", "chef för Åbybyggen"),
    ("vd Åbyhem", "vd för Åbyhem"),           # a slide's title before the name
    ("HFAB:s vd", "vd för HFAB"),
    ("chef IFO", "chef IFO"),                 # a short form stays as written
    ("socialtjänstens enhetschef", "enhetschef"),
    ("kommunstyrelsens ordförande", "kommunstyrelsens ordförande"),
])
def test_a_title_beside_a_name_is_listed_for_the_name(written, listed):
    assert member(written) == listed


def test_what_the_people_at_a_meeting_say_goes_on_to_the_body_it_reports_to():
    text = ("Trygga Åby\n\nSå styrs arbetet\n\nCheferna bestämmer. De heter Ledningsgruppen.\n\nVill du vara med?\n\n"
            "Två gånger om året har vi Trygghetsmöte i Åby. Alla invånare är välkomna. Där kan du berätta vad du "
            "tycker. Det du säger tar samordnarna med sig till Ledningsgruppen.\n")
    meeting = next(g for name, g in _groups(text).items() if name.startswith("Trygghetsmöte"))
    assert meeting["reports_to"] == ["Ledningsgruppen"]


def test_a_heading_people_are_said_to_meet_in_is_a_group():
    text = ("Samverkan i Åby\n\nStyrgruppen\n\nI styrgruppen sitter kommundirektören och polischefen.\n\n"
            "Sommarsamverkan\n\nUnder sommaren möts fältassistenterna, områdespoliserna och ordningsvakterna i "
            "sommarsamverkan på lördagar.\n")
    assert _groups(text)["Sommarsamverkan"]["members"] == ["fältassistent", "områdespolis", "ordningsvakt"]
    text = text.replace("i sommarsamverkan ", "")
    assert "Sommarsamverkan" not in _groups(text)  # a heading no sentence bears out is no group


def test_views_handed_on_in_a_relative_clause_report_to_the_body_they_go_to():
    text = ("Samverkan i Åby\n\nLedningsgruppen består av kommundirektören och polischefen.\n\nTvå gånger per år "
            "bjuder parterna in föreningar och handlare till ett forum, benämnt Trygghetsforum Åby, vid vilket de "
            "inbjudna får lämna synpunkter, vilka därefter sammanställs och föreläggs Ledningsgruppen.\n")
    assert _groups(text)["Trygghetsforum Åby"]["reports_to"] == ["Ledningsgruppen"]
