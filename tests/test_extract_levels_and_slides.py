"""Extract reads a slide deck whose slides are marked "=== n ===" (its speaker notes, its unmarked numbered points,
"Rapporterar → X", "X – leder gruppen", signers listed under "Undertecknas … av"), an organisation listed level by
level with groups in italics under a level, a member who takes part "(vid behov)", "från parterna: A och B", a body
only informed of the work, and more. Each reading has its own short text, written for this test with invented
places; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.document import read_document
from samverkan.extract.meaning.phrases import members
from samverkan.extract.record import recognise
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain

DECK = """[Export av presentation: Trygga_Aby.pptx]

=== 1 ===
Trygga Åby 2027–2029
Presentation för nämnden

=== 2 ===
Fakta
Namn:     Samverkansavtal Trygga Åby
Dnr:      KS 2026/0101 (kommunen) · A 123.456/2026 (polisen)

=== 3 ===
Prioriterade områden
1  Narkotika bland unga
   → skolgårdar, helger
2  Otrygghet vid stationen

=== 4 ===
Ledningsgrupp
• KD (ordf.)
• polischefen
• fritidschefen
Träffas: sex ggr/år
Rapporterar → kommunstyrelsen
[anteckning: socialchefen sitter med i år, men är inte ordinarie]

=== 5 ===
Åbygruppen
• samordnaren – leder gruppen
• kommunpolisen
Bereder ledningsgruppens möten
Träffas: varje vecka

=== 6 ===
Undertecknande
• Undertecknas i mars 2027 av
  – Eva Exempeldotter, kommunstyrelsens ordförande
  – Olle Påhittsson, lokalpolisområdeschef
"""


def test_slides_marked_by_a_bare_number_between_rules():
    groups = _groups(DECK)
    assert groups["Ledningsgrupp"]["members"][1:] == ["polischef", "fritidschef"]
    assert groups["Ledningsgrupp"]["frequency_per_year"] == 6


def test_a_speaker_note_is_no_part_of_the_deck():
    assert _groups(DECK)["Ledningsgrupp"]["members"] == ["KD", "polischef", "fritidschef"]


def test_a_slides_numbered_points_are_the_areas_and_the_arrowed_lines_under_them_their_detail():
    assert set(_plain(DECK)["priority_areas"]) == {"Narkotika bland unga", "Otrygghet vid stationen"}


def test_a_slides_arrow_after_the_verb_of_reporting_points_to_the_target():
    assert _groups(DECK)["Ledningsgrupp"]["reports_to"] == ["kommunstyrelsen"]


def test_a_member_said_after_a_dash_to_lead_the_group_chairs_it():
    group = _groups(DECK)["Åbygruppen"]
    assert group["chair"] == "samordnare"
    assert group["members"] == ["samordnare", "kommunpolis"]


def test_a_verb_opening_a_line_is_no_part_of_a_groups_name():
    groups = _groups(DECK)
    assert not any(name.startswith("Bereder") for name in groups)
    assert groups["Åbygruppen"]["reports_to"] == ["Ledningsgrupp"]


def test_signers_listed_under_a_line_ending_in_av():
    signatories = _plain(DECK)["signatories"]
    assert signatories["Eva Exempeldotter"]["title"] == "kommunstyrelsens ordförande"
    assert signatories["Olle Påhittsson"]["title"] == "lokalpolisområdeschef"


def test_numbers_parted_by_a_middle_dot_are_both_the_agreements():
    agreement = next(iter(_plain(DECK)["agreement"].values()))
    assert agreement["dnr"] == ["KS 2026/0101", "A 123.456/2026"]


LEVELS = """# Samverkansavtal för Öby

## 4. Organisation

Arbetet sker på tre nivåer:

1. **Strategisk nivå – Styrgruppen för Öby**
    - Deltagare:
        - kommundirektören
        - polischefen
    - Möten: fyra gånger per år
2. **Taktisk nivå – Samordningsgruppen**
    - Deltagare:
        - säkerhetssamordnaren
        - en handläggare från socialtjänstens mottagning (vid behov)
    - Möten: varannan vecka
3. **Operativ nivå – två arbetsgrupper**
    - *Arbetsgrupp Norr*
        - Deltagare: fältassistenter, områdespoliser och rektorn på Norrskolan
        - Ordförande: kommunpolisen
        - Rapporterar till: Samordningsgruppen
4. **Mötesnivå – Trygghetsforum Öby**
    - Deltagare:
        - föreningar
        - från parterna: säkerhetssamordnaren och kommunpolisen
    - Möten: två gånger per år
"""


def test_a_level_label_before_a_dash_is_no_part_of_the_groups_name():
    groups = _groups(LEVELS, "x.md")
    assert "Trygghetsforum Öby" in groups
    assert not any(name.startswith("Mötesnivå") for name in groups)


def test_a_group_in_italics_under_a_level_takes_the_labelled_fields_under_it():
    group = _groups(LEVELS, "x.md")["Arbetsgrupp Norr"]
    assert group["members"] == ["fältassistent", "områdespolis", "rektor på Norrskolan"]
    assert group["chair"] == "kommunpolis"
    assert group["reports_to"] == ["Samordningsgruppen"]


def test_who_takes_part_as_needed_in_brackets_is_a_member_and_no_frequency():
    group = _groups(LEVELS, "x.md")["Samordningsgruppen"]
    assert group["frequency_per_year"] == 26
    assert "handläggare från socialtjänstens mottagning" in group["members"]


def test_members_after_a_label_saying_whom_they_come_from():
    forum = _groups(LEVELS, "x.md")["Trygghetsforum Öby"]
    assert forum["members"] == ["förening", "säkerhetssamordnare", "kommunpolis"]


def test_one_person_at_a_named_school_keeps_it():
    assert members("fältassistenter och rektorn på Norrskolan") == ["fältassistent", "rektor på Norrskolan"]
    assert members("fastighetsägare och föreningar på Norrby") == ["fastighetsägare", "förening"]


def test_a_clause_after_a_semicolon_with_the_groups_own_word_puts_it_outside():
    text = ("Samverkan i Nyby\n\nBakgrund\n\nLänsstyrelsen leder det regionala samverkansnätverket, där kommunens "
            "säkerhetschef deltar; nätverket är inte en del av avtalet.\n\nOrganisation\n\nStyrgruppen består av "
            "kommundirektören och polischefen.\n")
    groups = _groups(text)
    assert "regionala samverkansnätverket" not in {name.casefold() for name in groups}
    assert "Styrgruppen" in groups


def test_a_body_only_informed_of_the_work_is_no_group_of_the_agreement():
    text = ("Samverkan i Nyby\n\nOrganisation\n\nStyrgruppen består av kommundirektören och polischefen och "
            "träffas fyra gånger per år.\n\nNybys trygghetsråd, där politiker ingår, informeras om arbetet en gång "
            "per år.\n")
    groups = _groups(text)
    assert "Styrgruppen" in groups
    assert not any("råd" in name for name in groups)


def test_a_parties_tables_row_of_column_names_names_no_party(tmp_path):
    text = ("Samverkansavtal för Nyby\n\n2. Parter\n\nTabell 1. Parter\nPart\tOrganisationsnummer\tFöreträds av\n"
            "Nyby kommun\t212000-0000\tKommundirektören\n"
            "Polismyndigheten, lokalpolisområde Nyby\t202100-0076\tLokalpolisområdeschefen\n")
    saved = tmp_path / "avtal.txt"  # a Word table saved as text: read as the file is
    saved.write_text(text, encoding="utf-8")
    assert set(recognise(read_document(saved)).to_plain()["parties"]) == {"Nyby kommun", "lokalpolisområde Nyby"}


def test_a_partys_short_form_in_brackets_names_it_again():
    text = ("Samverkansavtal för Nyby\n\nVilka är parter?\n\nParterna är tre: Nyby kommun, Polismyndigheten genom "
            "lokalpolisområde Nyby, och Nyby Bostäder AB (NBAB). NBAB är med som part eftersom bolaget äger många "
            "bostäder.\n")
    assert set(_plain(text)["parties"]) == {"Nyby kommun", "lokalpolisområde Nyby", "Nyby Bostäder AB"}


def test_who_sits_in_a_group_asked_and_answered_without_a_verb():
    text = ("Frågor och svar om samverkan i Nyby\n\nHur är samverkan organiserad?\n\nDet finns en styrgrupp. "
            "Styrgruppen beslutar.\n\nVem sitter i styrgruppen?\n\nKommundirektören, polischefen och "
            "socialchefen.\n\nHur ofta träffas styrgruppen?\n\nFyra gånger per år.\n")
    group = _groups(text)["Styrgruppen"]
    assert group["members"] == ["kommundirektör", "polischef", "socialchef"]


def test_a_body_informed_of_the_work_that_another_group_reports_to_stays():
    text = ("Samverkan i Nyby\n\nOrganisation\n\nTrygghetsrådet, där politiker ingår, informeras om arbetet.\n\n"
            "Arbetsgruppen består av fältassistenterna och kommunpolisen och rapporterar till trygghetsrådet.\n")
    assert "Trygghetsrådet" in _groups(text)
