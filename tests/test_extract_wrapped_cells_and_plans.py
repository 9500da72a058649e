"""Extract reads a table written with spaces whose cells wrap over lines, a meeting plan of dates under each
group's name, labels in bold over lists, and a few sentences about groups and other bodies. Each reading has its
own short text, written for this test with invented places; none comes from the corpus."""

from __future__ import annotations

from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain

SPACED_TABLE = (
    "Samverkan i Åby\n\n4  ORGANISATION\n\n"
    "Grupp             Deltagare                      Ordförande       Möten          Rapporterar till\n"
    "---------------------------------------------------------------------------------------------------\n"
    "Lednings-         kommundirektör,                kommun-          fyra gånger    kommunstyrelsen\n"
    "gruppen           avdelningschef för barn-       direktören       per år         samt Polisområde\n"
    "                  och ungdomsvård                                                 Nords ledningsgrupp\n"
    "---------------------------------------------------------------------------------------------------\n"
    "Samverkans-       fältsekreterare, en            kommunpolisen    varannan       Ledningsgruppen\n"
    "grupp Åby-        fritidsledare från Åby-                         vecka\n"
    "Norrby            gårdens fritidsgård,\n"
    "                  representant från\n"
    "                  Åbyhem Fastigheter AB\n"
    "---------------------------------------------------------------------------------------------------\n"
    "Trygghetsmöte     öppet möte för butiker,        samordnaren      vår och höst   Ledningsgruppen\n"
    "Åby               föreningar och\n"
    "                  hyresgäster; från parterna\n"
    "                  deltar samordnaren och\n"
    "                  kommunpolisen\n"
)


def test_a_name_broken_at_its_own_hyphen_in_a_spaced_table_keeps_the_hyphen():
    groups = _groups(SPACED_TABLE)
    assert "Samverkansgrupp Åby-Norrby" in groups  # not "Åby- Norrby"


def test_a_compound_shortened_by_a_hyphen_keeps_it_before_och():
    groups = _groups(SPACED_TABLE)
    assert "avdelningschef för barn- och ungdomsvård" in groups["Ledningsgruppen"]["members"]


def test_a_cell_whose_items_commas_part_is_wrapped_text():
    members = _groups(SPACED_TABLE)["Samverkansgrupp Åby-Norrby"]["members"]
    assert "Åbyhem Fastigheter AB" in members  # "representant" / "från Åbyhem Fastigheter AB": one item
    assert not any(m.startswith("representant") for m in members)


def test_an_open_meeting_in_a_cell_lists_whom_it_is_for_and_who_takes_part():
    meeting = _groups(SPACED_TABLE)["Trygghetsmöte Åby"]
    assert meeting["members"] == ["butik", "förening", "hyresgäst", "samordnare", "kommunpolis"]
    assert meeting["kind"] == "forum"


def test_a_police_units_own_group_is_a_report_target_not_a_group_of_the_agreement():
    groups = _groups(SPACED_TABLE + "\n5  UPPFÖLJNING\n\nUppföljningen redovisas för kommunstyrelsen i mars och för "
                     "Polisområde Nords ledningsgrupp i april.\n")
    assert groups["Ledningsgruppen"]["reports_to"] == ["kommunstyrelsen", "Polisområde Nords ledningsgrupp"]
    assert not any("Nords" in name for name in groups)


def test_groups_said_together_in_the_plural_are_no_group_of_their_own():
    text = ("Samverkan i Åby\n\n2. Bakgrund\n\nErfarenheterna visar bland annat att de operativa grupperna behöver "
            "tydligare uppdrag och att rapporteringen till kommunstyrelsen behöver bli bättre.\n\n3. Organisation\n\n"
            "Styrgruppen består av kommundirektören och lokalpolisområdeschefen. Den träffas fyra gånger per år.\n")
    assert set(_groups(text)) == {"Styrgruppen"}


BOLD_LABELS = (
    "# Samverkan i Åby\n\n## Organisation\n\n### Ledningsrådet\n\nLedningsrådet beslutar om inriktningen.\n\n"
    "**Deltagare:** kommundirektören och polischefen.\n\n"
    "**Ledning:** Kommundirektören och polischefen leder rådet växelvis.\n\n"
    "### Operativ grupp\n\nGruppen gör det dagliga arbetet.\n\n**Fasta deltagare:**\n\n- samordnaren\n"
    "- kommunpoliserna\n\n**Medverkar vid behov:**\n\n- en kurator från elevhälsan\n- Åbyhem\n\n"
    "Samordnaren leder gruppen. Gruppen träffas varje vecka.\n"
)


def test_a_bold_label_over_a_list_gives_its_items_as_members():
    members = _groups(BOLD_LABELS, "x.md")["Operativ grupp"]["members"]
    assert members == ["samordnare", "kommunpolis", "kurator från elevhälsan", "Åbyhem"]


def test_a_leading_label_whose_value_is_a_sentence_names_the_chairs():
    council = _groups(BOLD_LABELS, "x.md")["Ledningsrådet"]
    assert council["chair"] == ["kommundirektör", "polischef"]
    assert council["chair_alternating"] is True


def test_a_bodys_word_in_the_definite_form_puts_the_named_body_outside():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "Andra sammanhang\n\nÅbys pensionärsråd, där äldre träffar förtroendevalda, bjuds in att lämna synpunkter. "
            "Pensionärsrådet är ett eget forum för kommunstyrelsen och ingår inte i denna överenskommelse.\n")
    assert "Åbys pensionärsråd" not in _groups(text)


def test_a_table_of_contact_persons_headed_part_names_no_party():
    text = ("# Samverkan i Åby\n\n## Parter\n\n- **Åby kommun**\n- **Lokalpolisområde Åby**\n\n## Kontakt\n\n"
            "| Part | Namn | Funktion | E-post |\n|------|------|----------|--------|\n"
            "| Kommunen | Eva Påhittad | samordnare | eva@example.se |\n"
            "| Polisen | Olle Låtsas | kommunpolis | olle@example.se |\n")
    assert set(_plain(text, "x.md")["parties"]) == {"Åby kommun", "Lokalpolisområde Åby"}


def test_the_bare_group_word_is_not_the_group_the_sentence_reports_to():
    text = ("Samverkan i Åby\n\nSamordningsgruppen\n\nSamordnaren och kommunpolisen träffas varje vecka och "
            "återrapporterar till styrgruppen.\n\nNattsamverkan Åby\n\nHär möts krogägarna och kommunpolisen. "
            "Gruppen rapporterar till samordningsgruppen.\n")
    groups = _groups(text)
    assert groups["Nattsamverkan Åby"]["reports_to"] == ["Samordningsgruppen"]
    assert groups["Samordningsgruppen"]["reports_to"] == ["styrgruppen"]


def test_a_relative_clause_of_office_at_the_end_of_a_list_adds_no_member():
    text = ("Samverkan i Åby\n\nStyrgruppen\n\nDen består av kommundirektören, polischefen och säkerhetschefen, "
            "som är gruppens sekreterare.\n")
    assert _groups(text)["Styrgruppen"]["members"] == ["kommundirektör", "polischef", "säkerhetschef"]


MEETING_PLAN = (
    "Samverkan i Åby\n\n5. Organisation\n\n5.1 Styrgruppen\n\nStyrgruppen består av kommundirektören och "
    "polischefen. Ordförandeskapet växlar år för år: under 2026 leds styrgruppen av kommundirektören och under 2027 "
    "av polischefen. Mötesdatum enligt bilaga 1.\n\n5.2 Trygghetsmöte Åby\n\nTrygghetsmötet är ett öppet möte för "
    "föreningar och företagare. Samordnaren leder mötet. Det som kommer fram tas om hand av styrgruppen. "
    "Mötesdatum enligt bilaga 1.\n\n\nBilaga 1  Mötesplan\n\nMötesplan 2026 för grupperna.\n\n"
    "Styrgruppen (kl. 09.00–11.00)\n  tisdag 10 februari\n  tisdag 12 maj\n  tisdag 15 september\n"
    "  tisdag 24 november\n  Extra möte kan kallas in vid behov.\n\n"
    "Trygghetsmöte Åby (kl. 18.00–19.30, Åby bibliotek)\n  torsdag 23 april\n  torsdag 15 oktober\n"
)


def test_a_meeting_plan_counts_the_dates_under_each_groups_name():
    groups = _groups(MEETING_PLAN)
    assert set(groups) == {"Styrgruppen", "Trygghetsmöte Åby"}  # the time of day is no part of a name
    assert groups["Styrgruppen"]["frequency_per_year"] == 4  # "Extra möte … vid behov" adds to the minimum
    assert groups["Trygghetsmöte Åby"]["frequency_per_year"] == 2
    assert groups["Trygghetsmöte Åby"]["members"] == ["förening", "företagare"]  # no dates, no library


def test_the_chair_of_each_year_with_the_verb_left_out_the_second_time():
    steering = _groups(MEETING_PLAN)["Styrgruppen"]
    assert steering["chair"] == ["kommundirektör", "polischef"]
    assert steering["chair_alternating"] is True


def test_what_comes_up_at_a_meeting_taken_care_of_by_a_group_is_a_report_to_it():
    assert _groups(MEETING_PLAN)["Trygghetsmöte Åby"]["reports_to"] == ["Styrgruppen"]
