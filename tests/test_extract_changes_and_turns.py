"""Extract reads a follow-up that tells how groups worked and what changes (a fact told in the present replaces one
told in the past), a chair marked in a sentence's list or given by year, "som tillsammans kallas X", a body another
has its own agreement with, and places around which many people are. Each reading has its own short text, written
for this test with invented places; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.meaning.phrases import split_list
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain


def test_a_reporting_line_told_in_the_present_replaces_one_told_in_the_past():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen. Styrgruppen redovisade "
            "arbetet för socialnämnden i juni.\n\nÄndringar\n\nStyrgruppen redovisar i fortsättningen direkt för "
            "kommunstyrelsen.\n")
    assert _groups(text)["Styrgruppen"]["reports_to"] == ["kommunstyrelsen"]


def test_a_past_fact_no_present_sentence_restates_stands():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen. Styrgruppen redovisade "
            "arbetet för kommunstyrelsen.\n\nÄndringar\n\nKommundirektören leder gruppen. Styrgruppen träffas "
            "fyra gånger per år.\n")
    assert _groups(text)["Styrgruppen"]["reports_to"] == ["kommunstyrelsen"]


def test_the_chair_marked_in_a_sentences_list_is_that_member():
    text = ("Samverkan i Åby\n\nTorggruppen består av samordnaren (ordförande), områdespolisen och "
            "fältassistenterna. Den träffas varje vecka.\n")
    assert _groups(text)["Torggruppen"]["chair"] == "samordnare"


def test_who_led_the_meetings_in_a_report_chairs():
    text = ("Samverkan i Åby\n\nSkolgruppen bestod av rektorerna och områdespolisen. Samordnaren ledde mötena, "
            "som hölls varje vecka. Gruppen arbetar vidare som förut.\n")
    assert _groups(text)["Skolgruppen"]["chair"] == "samordnare"


def test_a_group_hands_on_its_questions():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\nTorggruppen består av "
            "fältassistenter. Torggruppen lämnar från i år sina frågor till styrgruppen.\n")
    assert _groups(text)["Torggruppen"]["reports_to"] == ["Styrgruppen"]


def test_a_numbered_paragraphs_number_is_no_part_of_its_sentence():
    text = ("Samverkan i Åby\n\n1. Grupper\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "Torggruppen består av fältassistenter. Skolgruppen består av rektorer.\n\n2. Ändringar\n\n"
            "2.1  En representant för Åby räddningsförbund ingår i styrgruppen från 2026.\n\n"
            "2.2  Torggruppen och Skolgruppen lämnar sina frågor till styrgruppen.\n")
    groups = _groups(text)
    assert "Åby räddningsförbund" in groups["Styrgruppen"]["members"]
    assert groups["Skolgruppen"]["reports_to"] == ["Styrgruppen"]


def test_those_who_together_are_called_a_name_are_that_group():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\nBeredningsgruppen läggs "
            "ned. Dess uppgift tas över av trygghetssamordnaren och kommunpolisen, som tillsammans kallas "
            "samordnarparet. Samordnarparet stämmer av varje tisdag och förbereder styrgruppens möten.\n")
    groups = _groups(text)
    pair = next(v for k, v in groups.items() if k.casefold() == "samordnarparet")
    assert pair["members"] == ["trygghetssamordnare", "kommunpolis"]
    assert "members" not in groups.get("Beredningsgruppen", {})


def test_the_chair_by_year_who_leads_the_group():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören, polischefen och socialchefen. "
            "Kommundirektören leder styrgruppen 2026, polischefen 2027 och sedan kommundirektören igen 2028.\n")
    group = _groups(text)["Styrgruppen"]
    assert group["chair"] == ["kommundirektör", "polischef"]
    assert group["chair_alternating"] is True


def test_a_body_another_has_its_own_agreement_with_is_no_party():
    text = ("Rutiner för samverkan mellan Åby kommun och polisen\n\n"
            "Lokalpolisområde Nyby hör till Polisområde Mellan och har en egen överenskommelse med Nyby kommun.\n")
    parties = _plain(text).get("parties", {})
    assert "Nyby kommun" not in parties
    assert "Lokalpolisområde Nyby" in parties


def test_places_many_people_are_around_stay_with_them():
    assert split_list("områdespolisen, handlare runt Lilla torget och stationen") == [
        "områdespolisen", "handlare runt Lilla torget och stationen"]
    text = ("Samverkan i Åby\n\nTorggruppen består av områdespolisen, fältassistenter och fastighetsägare kring "
            "Stora torget och resecentrum. Den träffas varje vecka.\n")
    assert _groups(text)["Torggruppen"]["members"] == ["områdespolis", "fältassistent", "fastighetsägare"]
