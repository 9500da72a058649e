"""Readings of round f16b: who is no member (guests, note keepers, tasks laid out like members, a former chair),
a group's roster table with a column of roles, numbered field lines, notes under a group; each text here was
written for this test, none comes from the corpus."""

from __future__ import annotations

from tests.extract_text import groups as _groups

HEAD = "Överenskommelse om trygghet i Norrby\n\n4. ORGANISATION\n\n"


def test_a_field_line_an_outline_numbers_is_the_field():
    text = HEAD + """  1. Ledningsgruppen
     1.1 Deltagare: skolchef, kommunpolis och fritidschef.
     1.2 Sammankallande: skolchefen.
     1.3 Möten: varje månad.
"""
    group = _groups(text)["Ledningsgruppen"]
    assert group["members"] == ["skolchef", "kommunpolis", "fritidschef"]
    assert group["chair"] == "skolchef"
    assert group["frequency_per_year"] == 12


def test_a_list_of_tasks_under_a_group_names_no_members():
    text = HEAD + """  1. Ledningsgruppen
     1.1 Deltagare: skolchef och kommunpolis.
     1.2 Uppgifter:
         a) besluta om handlingsplanen,
         b) följa upp insatserna.
"""
    assert _groups(text)["Ledningsgruppen"]["members"] == ["skolchef", "kommunpolis"]


def test_one_who_keeps_the_notes_but_is_not_a_member():
    text = HEAD + """Ledningsgruppen består av skolchefen och kommunpolisen. Anteckningar förs av en
nämndsekreterare, som inte ingår i gruppen.
"""
    assert _groups(text)["Ledningsgruppen"]["members"] == ["skolchef", "kommunpolis"]


def test_a_roster_table_of_participants_their_party_and_role():
    text = HEAD + """### Platsgruppen

| Deltagare | Part | Roll |
|-----------|------|------|
| Kommunpolis | Lokalpolisområde Norrby | Ordförande jämna år |
| Fritidschef | Norrby kommun | Ordförande udda år |
| Representant | Norrbyhem AB (förvaltningen) | Ledamot |
"""
    group = _groups(text, "x.md")["Platsgruppen"]
    assert group["members"] == ["kommunpolis", "fritidschef", "Norrbyhem AB"]
    assert group["chair"] == ["kommunpolis", "fritidschef"]
    assert group["chair_alternating"] is True


def test_a_two_column_table_of_fields_is_no_roster():
    text = HEAD + """### Platsgruppen

| Fält | Uppgift |
|------|---------|
| Deltagare | Kommunpolis, fritidschef |
| Möten | Varje månad |
"""
    assert _groups(text, "x.md")["Platsgruppen"]["members"] == ["kommunpolis", "fritidschef"]


def test_notes_listed_under_a_groups_heading_are_about_it():
    text = HEAD + """### Platssamverkan Norrby torg

| Deltagare | Part | Roll |
|-----------|------|------|
| Kommunpolis | Lokalpolisområde Norrby | Sammankallande |
| Fritidschef | Norrby kommun | Ledamot |

*Anmärkningar:*

- Gruppen träffas var fjärde vecka och återkopplar till ledningsgruppen.
"""
    group = _groups(text, "x.md")["Platssamverkan Norrby torg"]
    assert group["frequency_per_year"] == 13
    assert group["chair"] == "kommunpolis"


def test_an_open_for_label_lists_those_a_forum_is_for():
    text = HEAD + """  1. Trygghetsforum Norrby
     1.1 Öppet för: föräldrar, föreningar och fastighetsägare.
     1.2 Leds av: kommunpolisen.
"""
    assert _groups(text)["Trygghetsforum Norrby"]["members"] == ["förälder", "förening", "fastighetsägare"]


def test_a_former_chair_is_no_chair():
    text = HEAD + """Styrgruppen består av skolchefen och kommunpolisen. Skolchefen leder mötena.

Styrgruppens ordförande under förra perioden, socialchef Eva Exempelsson, har bidragit till texten.
"""
    assert _groups(text)["Styrgruppen"]["chair"] == "skolchef"
    text = HEAD + """Styrgruppen består av skolchefen och kommunpolisen och leds av skolchefen. Dåvarande
ordförande i styrgruppen var socialchefen.
"""
    assert _groups(text)["Styrgruppen"]["chair"] == "skolchef"


def test_a_network_a_clause_after_a_semicolon_puts_outside_by_that_network():
    text = HEAD + """Styrgruppen består av skolchefen och kommunpolisen. Skolchefen sitter även i Regionens
nätverk mot våld i nära relationer, där kommunerna ingår; det nätverket styrs inte av denna överenskommelse.
"""
    assert list(_groups(text)) == ["Styrgruppen"]


def test_a_group_named_against_something_whose_verb_has_its_own_att():
    text = HEAD + """Arbetsgruppen mot våld i nära relationer ska se till att ärenden får en gemensam
riskbedömning. Gruppen består av kvinnofridssamordnaren och kommunpolisen.
"""
    assert "Arbetsgruppen mot våld i nära relationer" in _groups(text)


def test_a_chair_a_sentence_opens_with_is_the_member_of_that_function():
    text = HEAD + """Arbetsgrupp Unga består av enhetschefen för Fritidsenheten och kommunpolisen. Enhetschefen
för Fritidsenheten är sammankallande.
"""
    assert _groups(text)["Arbetsgrupp Unga"]["chair"] == "enhetschef för Fritidsenheten"


def test_a_report_in_each_verb_phrase_och_joins():
    text = HEAD + """Arbetsgruppen består av kuratorn och kommunpolisen. Den rapporterar till styrgruppen och
lämnar därutöver en årlig redogörelse till socialnämnden.
"""
    assert _groups(text)["Arbetsgruppen"]["reports_to"] == ["styrgruppen", "socialnämnden"]


def test_a_heading_that_is_one_function_names_no_group():
    text = HEAD + """Kommunpolisen

Kommunpolisen är sammankallande för Operativa gruppen och deltar i dess möten varje vecka.
"""
    assert "Kommunpolisen" not in _groups(text)
