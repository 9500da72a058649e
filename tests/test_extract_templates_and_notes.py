"""Readings of agreements written in a template of fields (content controls, a region's form), with fact boxes and
notes at the foot of a page (dev/272, dev/275, dev/276). The texts are written for these tests."""

from __future__ import annotations

from samverkan.extract.meaning.phrases import member
from tests.extract_text import plain as _plain


def _groups(text: str) -> dict[str, dict]:
    return {k: {f: v for f, v in fields.items() if f != "_lines"}
            for k, fields in _plain(text).get("groups", {}).items()}


FORM = """# Samverkansavtal för Påhittsby

## 3. Giltighet
Avtalet gäller 2026–2027. Parterna går igenom avtalet i styrgruppen i maj varje år.

## 5. Organisation

### 5.1 Styrgrupp
Namn: Styrgruppen Påhittsby
Deltagare: Kommundirektören, lokalpolisområdeschefen och enhetschefen för skola och ungdom.
Ordförande: Enhetschefen för skola och ungdom.
Mötesfrekvens: Sex gånger per år
Rapporterar till: Kommunstyrelsen

### 5.2 Operativ samverkan
Namn: Arbetsgruppen Låtsasvik
Uppdrag: Planerar de gemensamma insatserna i hamnen.
Deltagare: Kommunpolisen och fältsekreterarna. Räddningstjänstens ungdomsenhet deltar vid behov.
Mötesfrekvens: Varje vecka

### 5.3 Dialog
Namn: Trygghetsdialogen Låtsasvik
Uppdrag: Samlar lokala aktörer kring tryggheten i hamnen.
Deltagare: Kommunpolisen och trygghetssamordnaren träffar hamnföreningar, fiskare och boende.
Mötesfrekvens: Två gånger per år
"""


def test_a_chair_field_keeps_the_areas_of_one_function_whole():
    assert _groups(FORM)["Styrgruppen Påhittsby"]["chair"] == "enhetschef för skola och ungdom"


def test_a_groups_own_frequency_field_outweighs_a_sentence_in_passing():
    assert _groups(FORM)["Styrgruppen Påhittsby"]["frequency_per_year"] == 6  # not the yearly review in May


def test_a_form_name_ends_the_headings_stand_in_so_its_next_sentence_stays_with_it():
    groups = _groups(FORM)
    assert "räddningstjänstens ungdomsenhet" in groups["Arbetsgruppen Låtsasvik"]["members"]
    assert "räddningstjänstens ungdomsenhet" not in groups["Styrgruppen Påhittsby"]["members"]


def test_a_members_field_outweighs_the_people_a_task_field_names():
    members = _groups(FORM)["Trygghetsdialogen Låtsasvik"]["members"]
    assert "lokal aktör" not in members


def test_a_members_field_told_as_who_meets_whom_lists_them_all():
    members = _groups(FORM)["Trygghetsdialogen Låtsasvik"]["members"]
    assert members == ["kommunpolis", "trygghetssamordnare", "hamnförening", "fiskare", "boende"]


OUTSIDE = """# Samverkansavtal för Fiktiva

## Organisation
Styrgruppen Fiktiva består av kommunchefen och lokalpolisområdeschefen. Den träffas fyra gånger per år.

### Forum som inte omfattas
SSPF-gruppen regleras i en särskild överenskommelse mellan socialtjänsten, skolan och polisen. Förvaltningens \
krisledningsgrupp och Länsdialogen, som leds av länsstyrelsen, omfattas inte heller av detta avtal.
"""


def test_an_exclusion_said_with_inte_heller_puts_the_groups_outside():
    groups = _groups(OUTSIDE)
    assert "Styrgruppen Fiktiva" in groups and not any("krisledningsgrupp" in k for k in groups)


FACTS = """# Samverkansavtal för Exempelstad

Kommun och org.nr: Exempelstads kommun, 212000-1111
Kommunens diarienummer: KS 2026/0101
Polisens diarienummer: A 100.200/2026
Ersätter: Samverkansavtal 2023–2025, dnr KS 2022/0505, som upphör vid årets slut

## Parter
Parter är Exempelstads kommun och Polismyndigheten, Polisregion Mitt, lokalpolisområde Exempelstad.
Polismyndighetens organisationsnummer är 202100-0076.

## Giltighet
Avtalet gäller 2026–2028.
"""


def test_a_field_naming_the_replaced_agreement_gives_no_number_of_this_one():
    agreement = next(iter(_plain(FACTS)["agreement"].values()))
    assert agreement["dnr"] == ["KS 2026/0101", "A 100.200/2026"]


def test_a_partys_bare_number_in_a_field_labelled_for_it():
    assert _plain(FACTS)["parties"]["Exempelstads kommun"]["org_number"] == "212000-1111"


def test_the_police_authoritys_number_said_in_a_sentence_is_its_police_areas():
    assert _plain(FACTS)["parties"]["lokalpolisområde Exempelstad"]["org_number"] == "202100-0076"


SEASON = """# Samverkansavtal för Sjöby

## Organisation
Samverkan sker i två grupper och en årlig träff med näringslivet.

### Samordningsgruppen
Gruppen består av trygghetssamordnaren och kommunpolisen. Gruppen träffas regelbundet (en gång i månaden, utom i \
augusti, då arbetet sköts av Hamngruppen).

### Hamngruppen
Hamngruppen träffas varje vecka från juni till augusti. I gruppen ingår kommunpolisen, fältsekreterarna och \
hamnkaptenen.

### Föreningsträffen
En gång om året bjuder parterna in föreningar, handlare och bovärdar till en föreningsträff. Kommunens \
fritidschef leder träffen.
"""


def test_an_asides_passive_agent_is_no_subject_of_the_sentence():
    groups = _groups(SEASON)
    assert groups["Samordningsgruppen"]["frequency_per_year"] == 11
    assert groups["Hamngruppen"]["frequency_per_year"] == 13


def test_a_kapten_is_a_function():
    assert member("hamnkaptenen") == "hamnkapten"


def test_a_meeting_outside_actors_are_invited_to_is_a_forum():
    assert _groups(SEASON)["Föreningsträffen"]["kind"] == "forum"


def test_a_word_for_how_often_is_no_part_of_a_groups_name():
    assert not any("årlig" in k.casefold() for k in _groups(SEASON))


NOTES = """# Samverkansavtal för Notby

## Organisation
I ledningsgruppen ingår kommunchefen och lokalpolisområdeschefen. Gruppen träffas fyra gånger per år.

¹ Under 2025 anmäldes 300 brott i kommunen.
² Socialchefen ingår i ledningsgruppen när frågor om unga behandlas.
"""


def test_a_note_left_at_the_foot_reads_without_its_number():
    assert "socialchef" in _groups(NOTES)["Ledningsgruppen"]["members"]


def test_a_meeting_place_taken_in_turns_is_no_chair_in_turns():
    text = NOTES + "³ Nätverket har ingen fast ordförande; mötena hålls hos föreningarna i tur och ordning.\n"
    text = text.replace("## Organisation\n", "## Organisation\nNätverket Unga i Notby består av fritidsledare och "
                        "kommunpolisen. Det träffas varje månad.\n")
    assert "chair_alternating" not in _groups(text)["Nätverket Unga i Notby"]
