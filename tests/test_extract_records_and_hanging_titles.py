"""Extract reads contract-register pages, signing envelopes, delegation decisions, running page headers and
lawyers' memos that quote the agreement (issue 17): each reading here has its own short text, written for this
test with invented names; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.formats import html_text
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain


def _agreement(text: str, name: str = "x.txt") -> str:
    return next(iter(_plain(text, name)["agreement"]))


# --- tables -------------------------------------------------------------------------------------------------

ROSTERS = """<html><body>
<h2>Åby tryggt</h2>
<p>Åby kommun och Polisen i Åby samverkar.</p>
<h3>Ledningsgrupp</h3>
<table>
<tr><th>Funktion</th><th>Part</th><th>Ordf.</th></tr>
<tr><td>Kommundirektör</td><td>Kommunen</td><td></td></tr>
<tr><td>Lokalpolisområdeschef</td><td>Polisen</td><td>X</td></tr>
<tr><td>Skolchef</td><td>Kommunen</td><td></td></tr>
</table>
<p>Ledningsgruppen möts fyra gånger per år.</p>
<h3>Åbyteamet</h3>
<table>
<tr><th>Funktion</th><th>Part</th><th>Ordf.</th></tr>
<tr><td>Trygghetssamordnare</td><td>Kommunen</td><td>X</td></tr>
<tr><td>Kommunpolis</td><td>Polisen</td><td></td></tr>
</table>
<p>Åbyteamet ses varje vecka och förbereder ledningsgruppens möten.</p>
</body></html>"""


def test_html_rows_with_an_empty_last_cell_are_rows_and_each_heading_has_its_roster():
    groups = _groups(html_text(ROSTERS))
    assert groups["Ledningsgrupp"]["members"] == ["kommundirektör", "lokalpolisområdeschef", "skolchef"]
    assert groups["Åbyteamet"]["members"] == ["trygghetssamordnare", "kommunpolis"]


def test_a_roster_column_headed_for_the_chair_marks_who_chairs():
    groups = _groups(html_text(ROSTERS))
    assert groups["Ledningsgrupp"]["chair"] == "lokalpolisområdeschef"
    assert groups["Åbyteamet"]["chair"] == "trygghetssamordnare"


def test_a_weekly_pair_of_a_samordnare_and_a_polis_coordinates():
    assert _groups(html_text(ROSTERS))["Åbyteamet"]["kind"] == "coordinators"


def test_a_pair_named_for_a_level_keeps_the_level_kind():
    text = ("Samverkan i Åby\n\n1. Organisation\nDen operativa gruppen, där trygghetssamordnaren och "
            "kommunpolisen ingår, ses varje vecka.\n")
    assert _groups(text)["Operativa gruppen"]["kind"] == "working"


CHAIRS_BY_YEAR = """Samverkan i Åby

1. Styrgruppen
I styrgruppen ingår kommundirektören, socialchefen och lokalpolisområdeschefen. Styrgruppen möts
fyra gånger per år. Ordförandeskapet växlar enligt följande:

    År      Ordförande                 Vice ordförande
    2026    kommundirektören           lokalpolisområdeschefen
    2027    lokalpolisområdeschefen    kommundirektören
"""


def test_a_table_of_chairs_by_year_makes_them_chairs_in_turn():
    g = _groups(CHAIRS_BY_YEAR)["Styrgruppen"]
    assert g["chair"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert g["chair_alternating"] is True


SPACE_ROSTER = """Samverkan i Åby

2. Arbetsgruppen
Arbetsgruppen träffas varannan vecka.

   Funktion                      Organisation
   ----------------------------  ---------------
   Trygghetssamordnare *         Åby kommun
   Enhetschef för kommunens
   ungdomsenhet                  Åby kommun
   Områdespolis                  Polisen

   * leder mötena
"""


def test_a_first_cell_wrapped_under_a_row_with_no_other_cell_goes_on():
    members = _groups(SPACE_ROSTER)["Arbetsgruppen"]["members"]
    assert "enhetschef för kommunens ungdomsenhet" in members
    assert "ungdomsenhet" not in members


def test_a_mark_after_a_cell_is_read_with_its_note_under_the_table():
    g = _groups(SPACE_ROSTER)["Arbetsgruppen"]
    assert g["chair"] == "trygghetssamordnare"
    assert g["members"] == ["trygghetssamordnare", "enhetschef för kommunens ungdomsenhet", "områdespolis"]


# --- the agreement ------------------------------------------------------------------------------------------

def test_a_register_s_agreement_name_field_names_it():
    text = ("# Avtalsinformation\n\nAvtalsnamn: Tryggt i Åby – vår gemensamma plan\nMotpart: Polisen\n\n"
            "Åby kommun och Polisen i Åby samverkar.\n")
    assert _agreement(text) == "Tryggt i Åby – vår gemensamma plan"


def test_a_memo_s_subject_field_names_the_agreement_without_its_version():
    text = ("# PM – Granskning\n\n| | |\n|---|---|\n| **Avser:** | Överenskommelse om trygghet i Åby "
            "(version 2, 2026-01-10) |\n| **Från:** | Kommunjurist |\n\nÅby kommun och Polisen samverkar.\n")
    assert _agreement(text, "x.md") == "Överenskommelse om trygghet i Åby"


def test_a_quote_right_after_the_word_for_the_agreement_names_it():
    text = ("DELEGATIONSBESLUT\n\nRubrik:           Godkännande och undertecknande av överenskommelse\n\n"
            "Kommundirektören godkänner överenskommelsen \"Tryggt tillsammans i Åby\" och undertecknar den.\n\n"
            "Bilaga\n\nTryggt tillsammans i Åby\n\nÅby kommun och Polisen i Åby samverkar.\n")
    assert _agreement(text) == "Tryggt tillsammans i Åby"


def test_a_running_header_names_an_agreement_no_line_of_its_own_names():
    page = ("Tryggare Åby – en överenskommelse              Dnr KS 2026/5\n" + "_" * 60 + "\n\n"
            "{body}\n" + "_" * 60 + "\nÅby kommun · Polisen                       Sida {n} av 2\n\n\n")
    text = page.format(body="1  Parter\n\nÅby kommun och Polisen i Åby samverkar.", n=1) \
        + page.format(body="2  Giltighet\n\nDen gäller 2026–2027.", n=2)
    assert _agreement(text) == "Tryggare Åby – en överenskommelse"


def test_a_numbered_heading_for_the_diarienummer_gives_the_numbers_under_it():
    text = ("Trygg i Åby\n\n1. Bakgrund\nDet förra avtalet (dnr KS 2020/1) löpte ut 2025.\n\n"
            "§ 2 Diarienummer\nÅby kommun: KS 2026/12. Polisen: A 123.456/2026.\n")
    assert next(iter(_plain(text)["agreement"].values()))["dnr"] == ["KS 2026/12", "A 123.456/2026"]


def test_a_numbered_title_wrapped_to_its_hanging_indent_is_one_title():
    text = ("Trygg i Åby\n\n3. Prioriterade områden\nParterna lägger särskild kraft på\n"
            "  3.1  Skadegörelse vid stationen\n"
            "  3.2  Trafikbrott och buskörning med mopeder och fyrhjulingar i centrum, särskilt under\n"
            "       sommaren\n"
            "Andra frågor hanteras i ordinarie arbete.\n")
    assert "Trafikbrott och buskörning med mopeder och fyrhjulingar i centrum" in _plain(text)["priority_areas"]


# --- groups in prose ----------------------------------------------------------------------------------------

def test_taking_part_as_a_role_adds_no_member_of_that_role():
    text = ("Samverkan i Åby\n\n1. Styrgruppen\nI styrgruppen ingår kommundirektören och "
            "lokalpolisområdeschefen. Kommunens trygghetsstrateg ingår som sekreterare och föredragande. "
            "Styrgruppen möts fyra gånger per år.\n")
    assert _groups(text)["Styrgruppen"]["members"] == ["kommundirektör", "lokalpolisområdeschef",
                                                      "trygghetsstrateg"]


def test_a_role_in_another_group_and_that_group_s_own_clause_leave_the_heading_s_group_alone():
    text = ("Samverkan i Åby\n\n1. Arbetsgruppen\nI arbetsgruppen ingår trygghetssamordnaren och kommunpolisen. "
            "Gruppen träffas varannan vecka. Mötena leds av kommunpolisen, som också är ordförande i polisens "
            "gränsgrupp med grannlandets polis; den gruppen hör till polisens eget arbete och omfattas inte av "
            "överenskommelsen.\n")
    g = _groups(text)["Arbetsgruppen"]
    assert g["chair"] == "kommunpolis"
    assert g["frequency_per_year"] == 26


def test_what_comes_up_in_the_forum_goes_to_the_group_that_takes_care_of_it():
    text = ("Samverkan i Åby\n\n1. Trygghetsgruppen\nI trygghetsgruppen ingår trygghetssamordnaren och "
            "kommunpolisen. Gruppen träffas varje månad.\n\n2. Byforum\nEn gång per år bjuder parterna in till "
            "ett byforum som är öppet för byaföreningar. Mötena leds av trygghetssamordnaren. Det som kommer "
            "fram i forumet tas om hand av trygghetsgruppen.\n")
    assert _groups(text)["Byforum"]["reports_to"] == ["Trygghetsgruppen"]


def test_a_markdown_memo_s_block_quotes_are_read_as_the_text_they_quote():
    text = ("# PM\n\n## Prioriterade områden\n\n> Parterna ska särskilt arbeta med\n> 1. narkotika bland unga,\n"
            "> 2. stölder på landsbygden.\n\n*Synpunkt:* Inga.\n")
    assert {p.casefold() for p in _plain(text, "x.md")["priority_areas"]} == {"narkotika bland unga",
                                                                              "stölder på landsbygden"}
