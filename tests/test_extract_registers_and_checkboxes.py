"""Readings of a register exported with semicolons and of a form filled in with check boxes (dev/265, dev/270): a
table written "A;B;C", rows outside the agreement or ended, a chair by years, a form's field codes, instructions,
values after a ticked option, options left unticked, "Ange hur:", "Ingen X". The texts are written for these tests."""

from __future__ import annotations

from samverkan.extract.document import Document
from samverkan.extract.forms import as_filled, unticked
from samverkan.extract.meaning.phrases import members
from samverkan.extract.meaning.text import units
from tests.extract_text import plain as _plain


def _groups(text: str) -> dict[str, dict]:
    return {k: {f: v for f, v in fields.items() if f != "_lines"}
            for k, fields in _plain(text).get("groups", {}).items()}


REGISTER = """Samverkansnätverk_Påhittsby.csv
Exporterad från arkivet "Samverkansgrupper och nätverk" 2027-01-12

Grupperna som hör till "Överenskommelse om trygghet i Påhittsby" mellan Påhittsby kommun och polisen.

Namn;Deltagare;Ordförande;Möten;Rapporterar till;Ingår i avtalet;Status
Ledningsgruppen;"socialchef, polischef, fritidschef";"socialchef 2027; polischef 2028; socialchef 2029";4/år;KS;Ja;Aktiv
Skolgruppen;"kurator, fältassistent";Kurator;Varje månad;Ledningsgruppen;Ja;Aktiv
Gamla beredningen;"socialchef, kommunpolis";Socialchef;Varannan månad;Ledningsgruppen;Ja;Nedlagd
Krisgruppen;"kommundirektör, räddningschef";Kommundirektör;Vid behov;Kommunstyrelsen;Nej;Aktiv

Datum;Grupp;Lokal
2027-02-01;Ledningsgruppen;Rådhuset
2027-03-01;Skolgruppen;Biblioteket
"""


def test_a_table_written_with_semicolons_is_read_as_rows_with_quoted_cells_whole():
    doc = Document.from_text("x.txt", REGISTER)
    rows = [u for u in units(doc) if u.kind == "row"]
    assert rows[0].header and rows[0].cells[:3] == ["Namn", "Deltagare", "Ordförande"]
    assert rows[1].cells[1] == "socialchef, polischef, fritidschef"
    assert rows[5].header and rows[5].cells == ["Datum", "Grupp", "Lokal"]  # the next sheet's header


def test_prose_with_semicolons_between_words_is_no_table():
    doc = Document.from_text("x.txt", "Gruppen möts; den bjuder in A; B och C deltar; D leder.\nMer text; mer.\n")
    assert not [u for u in units(doc) if u.kind == "row"]


def test_a_registers_rows_outside_the_agreement_or_ended_list_no_group():
    groups = _groups(REGISTER)
    assert set(groups) == {"Ledningsgruppen", "Skolgruppen"}  # "Nej", "Nedlagd"; the sheet of dates names none
    assert groups["Skolgruppen"]["members"] == ["kurator", "fältassistent"]  # "Ja" is no member
    assert groups["Skolgruppen"]["frequency_per_year"] == 12


def test_a_chairs_field_that_gives_each_function_its_years_takes_turns():
    lead = _groups(REGISTER)["Ledningsgruppen"]
    assert lead["chair"] == ["socialchef", "polischef"]
    assert lead["chair_alternating"] is True


def test_a_files_name_and_an_export_stamp_are_no_title():
    assert list(_plain(REGISTER)["agreement"]) == ["Överenskommelse om trygghet i Påhittsby"]


def test_the_parties_people_after_from_the_parties():
    assert members("öppet för boende och handlare; från parterna fältsekreterare och kommunpolis", prose=False) \
        == ["boende", "handlare", "fältsekreterare", "kommunpolis"]


def test_the_parties_taking_part_keeps_its_verb_for_the_fronted_reading():
    assert members("öppet för boende; från parterna deltar fältsekreterare och kommunpolis", prose=False) \
        == ["boende", "fältsekreterare", "kommunpolis"]


def test_a_fields_list_told_as_a_clause_names_those_before_its_verb():
    assert members("Skolor i Åby bjuds in vid behov.", prose=False) == ["skola"]


FORM = """BLANKETT 7  Samverkan kommun – polis
Kryssa i det som gäller.

A1 Överenskommelsens namn
   Trygga gator i Låtsasvik

A2 Giltighetstid
   Gäller från:  2027-03-01
   Gäller till:  ☐ Tills vidare   ☒ Till och med:  2029-02-28

B1 Prioriteringar (högst två)
   ☒ Klotter och skadegörelse
   ☐ Inbrott
   ☐ Trafik
   ☒ Annat:  Oro kring stationen, särskilt kvällstid

C1 STYRGRUPP
   Gruppens namn:  Ledningsrådet Låtsasvik
   Deltagare (ange roll, ej namn):
     ☒ Kommundirektör       ☐ Räddningschef
     ☒ Socialchef           ☒ Skolchef
     Övriga:  Bostadsbolag i Låtsasvik bjuds in vid behov.
   Ordförande:   ☐ Kommunen   ☒ Växelvis
     Ange hur:   Kommundirektören 2027, socialchefen 2028
   Mötesfrekvens:  ☐ Månadsvis   ☒ Kvartalsvis

C2 REFERENSGRUPP
   ☒ Ingen referensgrupp
   Gruppens namn:  ____________

C3 DIALOG
   Namn:  Låtsasviksdialogen
   Vilka bjuds in?  ☒ Boende   ☒ Handlare   ☐ Skolor
   Mötesfrekvens:  ☒ Två gånger per år
   Synpunkter återförs till:  Ledningsrådet Låtsasvik
"""


def test_a_forms_codes_and_instructions_are_no_text_and_a_ticked_option_gives_its_value():
    lines = FORM.splitlines()
    filled = as_filled(lines)
    assert filled[3] == "Överenskommelsens namn"  # "A1" goes
    assert filled[8] == "   Gäller till:  2029-02-28"  # "☒ Till och med:  2029-02-28"
    assert filled[10] == "Prioriteringar"  # "(högst två)" goes
    assert filled[14] == "   - Oro kring stationen, särskilt kvällstid"
    assert filled[18] == "   Deltagare:"
    assert filled[20] == "     - Socialchef och skolchef"  # two ticked on one item, listed with "och"
    assert filled[23] == "     Ordförande:   Kommundirektören 2027, socialchefen 2028"  # "Ange hur:"
    assert {13, 14} <= unticked(lines)  # no break in the list of ticked ones


def test_a_filled_in_form_gives_its_title_priorities_and_groups():
    plain = _plain(FORM)
    assert list(plain["agreement"]) == ["Trygga gator i Låtsasvik"]
    assert plain["agreement"]["Trygga gator i Låtsasvik"]["valid_to"] == "2029-02-28"
    assert set(plain["priority_areas"]) == {"Klotter och skadegörelse", "Oro kring stationen"}
    groups = _groups(FORM)
    assert set(groups) == {"Ledningsrådet Låtsasvik", "Låtsasviksdialogen"}  # "Ingen referensgrupp"
    lead = groups["Ledningsrådet Låtsasvik"]
    assert lead["members"] == ["kommundirektör", "socialchef", "skolchef", "bostadsbolag"]
    assert lead["chair"] == ["kommundirektör", "socialchef"] and lead["chair_alternating"] is True
    dialogue = groups["Låtsasviksdialogen"]
    assert dialogue["members"] == ["boende", "handlare"]  # "Vilka bjuds in?", a field among fields
    assert dialogue["reports_to"] == ["Ledningsrådet Låtsasvik"]  # "… återförs till:"


SIGNED_FORM = """Överenskommelse om trygghet i Låtsasvik

   Ort och datum:  ______________

E2 REFERENSGRUPP
   Gruppens namn:  Referensgruppen
"""


def test_a_fields_code_under_a_blank_rule_is_no_signer():
    assert not _plain(SIGNED_FORM).get("signatories")
