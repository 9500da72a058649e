"""Extract reads a renewed agreement told as changes to the earlier one (members kept, exchanged and added, a count
changed, a fact said to hold on), a table of people with a column of the groups each sits in, and a few smaller
readings (a handläggare's line, places after an open forum's list, a chair in turns by the year). Each reading has
its own short text, written for this test with invented places; none comes from the corpus."""

from __future__ import annotations

from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain

PEOPLE = """# Samverkan i Åby

## Organisation

### Styrgruppen (SG)

Styrgruppen beslutar om inriktningen och träffas fyra gånger per år.

### Torggruppen (TG)

Torggruppen arbetar på torget och träffas varje vecka.

## Kontakter

| Namn | Befattning | Ingår i | Kommentar |
|---|---|---|---|
| Eva Exempel | Kommundirektör | SG | Ordförande |
| Olof Påhitt | Lokalpolisområdeschef | SG | |
| Sara Låtsas | Trygghetssamordnare | SG, TG | Sammankallande i TG |
| Nils Diktad | Kommunikatör | | Ersättare i SG |
"""


def test_a_people_table_makes_each_function_a_member_of_the_groups_its_row_names():
    found = _groups(PEOPLE)
    assert found["Styrgruppen (SG)"]["members"] == ["kommundirektör", "lokalpolisområdeschef", "trygghetssamordnare"]
    assert found["Torggruppen (TG)"]["members"] == ["trygghetssamordnare"]
    assert not any("Eva" in name or "Nils" in name for name in found)  # the people are no groups


def test_a_people_tables_remark_of_leading_makes_the_chair_of_the_group_named_or_the_rows_only_one():
    found = _groups(PEOPLE)
    assert found["Styrgruppen (SG)"]["chair"] == "kommundirektör"
    assert found["Torggruppen (TG)"]["chair"] == "trygghetssamordnare"


def test_a_chair_between_two_one_calendar_year_at_a_time_alternates():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen. Ordförandeskapet går mellan "
            "kommundirektören och polischefen, ett kalenderår i taget.\n")
    assert _groups(text)["Styrgruppen"]["chair_alternating"] is True


def test_a_body_with_one_representative_each_is_the_body():
    text = ("Samverkan i Åby\n\nTorggruppen består av områdespolisen och fältassistenterna. Utöver dem deltar "
            "Åbyhem och Nyby Fastigheter AB med en representant var.\n")
    assert "Åbyhem" in _groups(text)["Torggruppen"]["members"]
    assert not any("representant" in m for m in _groups(text)["Torggruppen"]["members"])


def test_the_places_an_open_forums_list_ends_in_are_no_members():
    text = ("Samverkan i Åby\n\nTrygghetsforum Åby är öppet för boende, handlare och föreningar i Västra Åby, Nyby "
            "och Berga och leds av samordnaren. Det träffas två gånger per år.\n")
    assert _groups(text)["Trygghetsforum Åby"]["members"] == ["boende", "handlare", "förening"]


def test_an_example_clause_after_who_is_called_in_names_no_members():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen. Gatukontoret adjungeras "
            "vid behov, till exempel när gatubelysning och snöröjning tas upp.\n")
    assert _groups(text)["Styrgruppen"]["members"] == ["kommundirektör", "polischef", "gatukontoret"]


def test_a_handlaggares_line_gives_no_signatory():
    text = ("Överenskommelse om samverkan i Åby\n\nUnderskrifter\n\nEva Exempel                 Olof Påhitt\n"
            "Kommunstyrelsens ordförande       Lokalpolisområdeschef\n\n"
            "Handläggare: Sara Låtsas, trygghetssamordnare, Åby kommun\n")
    assert set(_plain(text)["signatories"]) == {"Eva Exempel", "Olof Påhitt"}


def test_a_fact_said_to_hold_on_is_read_through_its_aside():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen. Polischefen är fortsatt "
            "ordförande.\n\nTorggruppen består av områdespolisen och fältassistenterna. Sammankallande är som förut "
            "områdespolisen.\n")
    found = _groups(text)
    assert found["Styrgruppen"]["chair"] == "polischef"
    assert found["Torggruppen"]["chair"] == "områdespolis"


def test_a_count_changed_from_one_to_another_is_the_new_one():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen. Mötena blir fler: från "
            "två till fyra per år.\n\nTorggruppen består av områdespolisen och fältassistenterna. Den träffas varje "
            "vecka i stället för varannan vecka.\n")
    found = _groups(text)
    assert found["Styrgruppen"]["frequency_per_year"] == 4
    assert found["Torggruppen"]["frequency_per_year"] == 52


def test_earlier_members_with_the_changes_named_are_the_members_now():
    text = ("Samverkan i Åby\n\nTorggruppen\n\nI gruppen ingick tidigare samordnaren, områdespolisen och en "
            "fältassistent. Från 2027 ersätts fältassistenten av en fritidsledare från Nyby fritidsgård. Dessutom "
            "tillkommer räddningstjänsten, som deltar vid behov. Gruppen träffas varje vecka.\n")
    assert _groups(text)["Torggruppen"]["members"] == ["samordnare", "områdespolis", "fritidsledare från Nyby "
                                                       "fritidsgård", "räddningstjänsten"]


def test_members_with_one_added_are_all_of_them():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen, med tillägg av "
            "skolchefen, medan kulturchefen lämnar gruppen.\n")
    assert _groups(text)["Styrgruppen"]["members"] == ["kommundirektör", "polischef", "skolchef"]


def test_the_same_functions_as_another_group_with_one_added_and_one_without():
    text = ("Samverkan i Åby\n\nTorggruppen består av samordnaren, områdespolisen och räddningstjänsten.\n\n"
            "Sommargruppen består av samma funktioner som torggruppen, med tillägg av två fältassistenter men utan "
            "räddningstjänsten. Den träffas varje vecka.\n")
    assert _groups(text)["Sommargruppen"]["members"] == ["samordnare", "områdespolis", "fältassistent"]
