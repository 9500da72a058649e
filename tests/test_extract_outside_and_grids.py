"""Readings of round k4: what a text puts outside the agreement, words a ruled grid broke over lines, a report
target said twice; each text here was written for this test, none comes from the corpus."""

from __future__ import annotations

from tests.extract_text import groups as _groups


def test_a_heading_that_puts_its_section_outside_the_agreement_anywhere_in_its_words():
    text = """Överenskommelse om trygghet i Norrby

3. ORGANISATION

Styrgruppen består av kommundirektören och lokalpolisområdeschefen och träffas fyra gånger per år.

4. ANDRA FORUM OCH NÄTVERK UTANFÖR AVTALET

  - Regionens ledningsgrupp för folkhälsa, där kommundirektören ingår.
  - Ett nätverk för fritidsgårdar som leds av fritidschefen.
"""
    assert list(_groups(text)) == ["Styrgruppen"]


def test_a_word_hyphenated_at_a_grid_cells_line_end_is_one_word():
    text = """Överenskommelse om trygghet i Norrby

ORGANISATION

+--------------+----------------------+--------------+------------+
| Grupp        | Deltagare            | Ordförande   | Möten      |
+--------------+----------------------+--------------+------------+
| Ledningsgrupp| Kommundirektör       | Kommun-      | 4 ggr/år   |
| Norrby       | Polisområdeschef     | direktör     |            |
|              | Miljöchef            |              |            |
+--------------+----------------------+--------------+------------+
| Arbetsgrupp  | Kommunpolis          | Kommunpolis  | Varje      |
| skola        | Rektor               |              | månad      |
+--------------+----------------------+--------------+------------+
"""
    group = _groups(text)["Ledningsgrupp Norrby"]
    assert group["chair"] == "kommundirektör"


def test_a_report_target_said_in_a_table_and_again_in_prose_is_one_target():
    text = """Överenskommelse om trygghet i Norrby

ORGANISATION

| Grupp       | Deltagare                            | Möten        | Rapporterar till |
|-------------|--------------------------------------|--------------|------------------|
| Styrgruppen | Kommundirektör, polisområdeschef      | 4 ggr/år     | Kommunstyrelsen  |

UPPFÖLJNING

Styrgruppen redovisar resultatet för kommunstyrelsen en gång per år.
"""
    assert [t.casefold() for t in _groups(text)["Styrgruppen"]["reports_to"]] == ["kommunstyrelsen"]


def test_a_heading_of_a_group_word_and_a_theme_of_two_nouns_names_the_group():
    text = """Överenskommelse om trygghet i Norrby

5. Organisation

5.1 Styrgruppen

Styrgruppen består av kommundirektören och lokalpolisområdeschefen. Den träffas fyra gånger per år.

5.2 Arbetsgrupp kultur och idrott

Gruppen samordnar insatser för unga. Den består av rektorerna och en kurator från varje skola.
Gruppen möts varje månad och rapporterar till styrgruppen.
"""
    groups = _groups(text)
    assert groups["Arbetsgrupp kultur och idrott"]["members"] == ["rektor", "kurator"]
    assert "rektor" not in groups["Styrgruppen"]["members"]


def test_a_network_said_to_be_another_organisations_own_is_no_group():
    text = """Överenskommelse om trygghet i Norrby

Styrgruppen består av kommundirektören och lokalpolisområdeschefen och träffas fyra gånger per år.

Regionförbundet driver ett regionalt nätverk för trygghetssamordnare i länet. Kommunens samordnare deltar i mötena, men
nätverket är Regionförbundets och beslutar inget om arbetet här.
"""
    assert list(_groups(text)) == ["Styrgruppen"]


def test_the_role_a_member_plays_at_the_meetings_is_no_member():
    text = """Överenskommelse om trygghet i Norrby

5.1 Arbetsgrupp unga

Gruppen samordnar insatser för unga. Den består av rektorerna, en representant för kulturförvaltningen och kommunens
trygghetssamordnare. Samordnaren är sammankallande. Gruppen möts varje månad.
"""
    assert "sammankallande" not in _groups(text)["Arbetsgrupp unga"]["members"]


def test_none_of_this_puts_each_body_its_paragraph_named_as_subject_outside():
    text = """Överenskommelse om trygghet i Norrby

Styrgruppen består av kommundirektören och lokalpolisområdeschefen och träffas fyra gånger per år.

Några ord om vad som inte hör till vårt arbete. Regionens ledningsgrupp, som också sitter i Norrby, leder
arbetet med folkhälsa i hela länet och träffas varje månad. Inget av detta styrs av den här överenskommelsen.
"""
    assert list(_groups(text)) == ["Styrgruppen"]


def test_a_body_said_to_be_none_of_the_agreements_groups_is_no_group():
    text = """Överenskommelse om trygghet i Norrby

Styrgruppen består av kommundirektören och lokalpolisområdeschefen och träffas fyra gånger per år.

Pensionärsrådet består av pensionärer från kommunens föreningar och träffas två gånger per år. Det ger oss
råd men är inte en av överenskommelsens grupper.
"""
    assert list(_groups(text)) == ["Styrgruppen"]
