"""Extract reads a deck exported with titled slide marks ("Bild 3: Organisation"), an organisation drawn as an
indented tree, a group's roster table, an export's bracketed note, signers listed under "Undertecknas … av",
minutes' "Beslut:" lines, a rhythm changed from a date, groups wound up or belonging to another's agreement, "det
vill säga" after a group, a thing of a group's handed on, a chair named with her function, an area named by a
list, a dnr list wrapped before its second label, and more. Each reading has its own short text, written for this
test with invented places; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.document import read_document
from samverkan.extract.meaning.phrases import members
from samverkan.extract.record import recognise
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain


def _named(groups: dict, name: str) -> dict:
    """The group of that name, whatever the case of its first letter."""
    return next(g for key, g in groups.items() if key.casefold() == name.casefold())


def _deck_groups(tmp_path) -> dict:
    """The deck's groups as a file is read (its tab-separated rows a table)."""
    path = tmp_path / "deck.txt"
    path.write_text(DECK, encoding="utf-8")
    return recognise(read_document(path)).to_plain()["groups"]


DECK = """Bild 1: Titel
TRYGGA ÅBY
Presentation för nämnden

Bild 2: Organisation
[Hierarki]
Nämnden
    Ledningsgruppen (kommundirektör, polischef, socialchef)
        Åbygruppen
            Ungdomsteamet
Talarmanus: Samordnaren sitter med i ledningsgruppen som sekreterare.

Bild 3: Ledningsgruppen
• Ordförande: kommundirektören
• Sekreterare: samordnaren (ingår i gruppen)
• Möts 4 ggr/år

Bild 4: Åbygruppen
[Tabell]
Funktion\tOrganisation\tErsättare
Samordnare (leder mötena)\tÅby kommun\tfolkhälsostrateg
Kommunpolis\tPolisen\tområdespolis
Fältsekreterare\tÅby kommun\t–
[Slut tabell]
• Adjungeras vid behov: en vaktmästare från skolan, Åbyskolan
• Möts varannan vecka

Bild 5: Ungdomsteamet
Deltagare:
• Fritidsledarna på fritidsgården
• Kommunpolisen – kallar och leder
Träffas: varje vecka

Bild 6: Underskrifter och kontakt
Undertecknas 1 mars 2027 av
• Eva Exempeldotter, kommunstyrelsens ordförande
• Olle Påhittsson, lokalpolisområdeschef
Kontakt: samordnaren, 0123-456 78
"""


def test_a_titled_slide_mark_gives_the_slide_its_title():
    groups = _groups(DECK)
    assert "Åbygruppen" in groups and not any(name.startswith("Bild") for name in groups)
    assert groups["Åbygruppen"]["frequency_per_year"] == 26


def test_an_indented_tree_of_groups_reports_up_its_branches():
    groups = _groups(DECK)
    assert groups["Åbygruppen"]["reports_to"] == ["Ledningsgruppen"]
    assert groups["Ungdomsteamet"]["reports_to"] == ["Åbygruppen"]
    assert {"kommundirektör", "polischef", "socialchef"} <= set(groups["Ledningsgruppen"]["members"])


def test_a_bracket_saying_one_is_a_member_is_no_member_of_its_own():
    assert members("samordnaren (ingår i gruppen)") == ["samordnare"]
    assert "i gruppen" not in _groups(DECK)["Ledningsgruppen"]["members"]


def test_sitting_in_a_group_with_the_particle_med():
    text = "Ledningsgruppen\n\nLedningsgruppen leds av kommundirektören.\nSamordnaren sitter med i ledningsgruppen " \
           "som sekreterare.\n"
    assert _groups(text)["Ledningsgruppen"]["members"] == ["samordnare"]


def test_a_roster_table_under_a_groups_heading_lists_its_members_and_chair(tmp_path):
    group = _deck_groups(tmp_path)["Åbygruppen"]
    assert {"samordnare", "kommunpolis", "fältsekreterare"} <= set(group["members"])
    assert "folkhälsostrateg" not in group["members"]  # a substitute
    assert group["chair"] == "samordnare"


def test_members_called_in_when_needed_under_a_label():
    assert {"vaktmästare från skolan", "Åbyskolan"} <= set(_groups(DECK)["Åbygruppen"]["members"])


def test_a_listed_member_who_calls_and_leads_chairs():
    team = _groups(DECK)["Ungdomsteamet"]
    assert team["chair"] == "kommunpolis" and "kommunpolis" in team["members"]


def test_signers_listed_under_a_signing_sentence_on_a_contact_slide():
    signers = _plain(DECK).get("signatories", {})
    assert signers["Eva Exempeldotter"]["title"] == "kommunstyrelsens ordförande"
    assert signers["Olle Påhittsson"]["title"] == "lokalpolisområdeschef"


def test_an_export_note_in_brackets_introduces_no_list():
    text = "Åbygruppen\n\nÅbygruppen består av samordnaren och kommunpolisen.\n\n[Bild: logotyp]\n" \
           "- Möts varannan vecka\n"
    assert _groups(text)["Åbygruppen"]["frequency_per_year"] == 26


MINUTES = """ÅBY KOMMUN
Styrgruppen för trygghet

§ 1  Överenskommelsen
Enligt överenskommelsen består styrgruppen av kommundirektören och lokalpolisområdeschefen.
Beslut: Styrgruppen utser kommundirektören Eva Ek till ordförande för 2027.

§ 2  Arbetsgrupper
Beslut: att inrätta Lägesbildsgruppen, som består av kommunpolisen och fältsekreteraren. Gruppen träffas
varannan vecka och rapporterar till styrgruppen.
Beslut: att inrätta Arbetsgruppen mot stölder med kommunpolisen och en handläggare. Gruppen träffas varje månad.

§ 3  Lägesbildsgruppen
Beslut: Från och med den 1 augusti 2027 träffas Lägesbildsgruppen var tredje vecka.

§ 4  Arbetsgruppen mot stölder
Beslut: Arbetsgruppen mot stölder avslutas den 30 september 2027.

§ 5  Rapport
Kommunpolisen deltar även i Nyby kommuns EST-grupp. Den gruppen hör till Nybys överenskommelse.

§ 6  Sammansättning
Beslut: En företrädare för räddningstjänsten adjungeras till styrgruppen vid behov.
"""


def test_the_agreement_says_what_a_group_consists_of_fronted():
    assert {"kommundirektör", "lokalpolisområdeschef"} <= set(_groups(MINUTES)["Styrgruppen för trygghet"]["members"])


def test_a_minutes_decision_label_leaves_the_sentence_it_decides():
    assert "räddningstjänsten" in _groups(MINUTES)["Styrgruppen för trygghet"]["members"]


def test_appointing_a_function_named_with_its_holder_to_chair():
    assert _groups(MINUTES)["Styrgruppen för trygghet"]["chair"] == "kommundirektör"


def test_a_rhythm_from_a_date_replaces_the_one_before():
    assert _groups(MINUTES)["Lägesbildsgruppen"]["frequency_per_year"] == 17


def test_a_group_wound_up_on_a_date_is_none_of_the_agreements():
    assert "Arbetsgruppen mot stölder" not in _groups(MINUTES)


def test_a_group_of_another_municipalitys_agreement_is_outside():
    assert not any("EST" in name for name in _groups(MINUTES))


def test_a_group_that_no_longer_exists_is_outside():
    text = "Organisation\n\nTrygghetsrådet består av kommunchefen och polischefen. Arbetsgruppen för trafik leds " \
           "av trafikchefen och träffas varje månad.\n\nUppföljning\n\nArbetsgruppen för trafik finns inte längre.\n"
    assert "Arbetsgruppen för trafik" not in _groups(text)


def test_reporting_not_to_a_group_but_to_another():
    text = "Styrgruppen\n\nStyrgruppen består av A-chefen och B-chefen.\n\nArbete\nArbetsgruppen Unga består av " \
           "fältsekreterare och kurator. Den rapporterar inte till styrgruppen utan till nämnden.\n"
    assert _groups(text)["Arbetsgruppen Unga"]["reports_to"] == ["nämnden"]


def test_a_group_named_after_a_municipalitys_genitive_keeps_it():
    from samverkan.extract.meaning.groups.names import mentions

    assert [m.name for m in mentions("Polisen deltar i Nyby kommuns EST-grupp.")] == ["Nyby kommuns EST-grupp"]


REPORT = """Styrning

Arbetet hålls ihop av samordningsgruppen, det vill säga samordnaren och kommunpolisen. De har kontakt varje
vecka och förbereder styrgruppens möten. Styrgruppen består av kommunchefen och polischefen.

Unga

EST-gruppen Åby träffas varannan tisdag. Där sitter kommunpolisen och fältsekreterarna; räddningstjänsten
kallas när ett ärende gäller bränder. Gruppens lägesbild lämnas till samordningsgruppen.

Våld

Nätverket mot våld leds av Anna Ek, samordnare för våld i nära relationer vid socialförvaltningen. I nätverket
ingår familjeenheten och kvinnojouren.
"""


def test_a_group_said_to_be_its_people_with_det_vill_saga():
    group = _named(_groups(REPORT), "samordningsgruppen")
    assert group["members"] == ["samordnare", "kommunpolis"] and group["frequency_per_year"] == 52


def test_called_in_when_a_matter_is_up_is_a_member():
    assert "räddningstjänsten" in _groups(REPORT)["EST-gruppen Åby"]["members"]


def test_a_groups_own_thing_handed_to_another_group_is_a_report():
    assert [x.casefold() for x in _groups(REPORT)["EST-gruppen Åby"]["reports_to"]] == ["samordningsgruppen"]


def test_a_chair_named_with_her_function_chairs_by_the_function():
    assert _groups(REPORT)["Nätverket mot våld"]["chair"] == "samordnare för våld i nära relationer"


def test_an_ordinal_area_named_by_a_list_is_one_area():
    text = "Prioriteringar\n\nÖverenskommelsens första prioriterade område är alkohol, droger och spel bland unga. " \
           "Det andra området är tryggheten i centrum, särskilt kvällstid.\n"
    areas = {name.casefold() for name in _plain(text).get("priority_areas", {})}
    assert "alkohol, droger och spel bland unga" in areas and "tryggheten i centrum" in areas


def test_a_dnr_list_wrapped_before_its_second_label():
    text = "UPPFÖLJNING\nDnr KS 2028/0001\n\nDet här följer upp \"Överenskommelse om trygghet i Åby\".\nDen " \
           "skrevs under i maj och har kommunens dnr KS 2026/0211\noch polisens dnr A 100.200/2026, och gäller till " \
           "2029.\n"
    agreement = next(iter(_plain(text)["agreement"].values()))
    assert agreement["dnr"] == ["KS 2026/0211", "A 100.200/2026"]


def test_a_list_of_what_is_no_part_of_it_in_a_subordinate_clause():
    text = "Organisation\n\nStyrgruppen består av kommunchefen och polischefen.\n\nAnnat\n\nArbete sker också i " \
           "forum som parterna deltar i men som inte är en del av denna avsiktsförklaring:\n\n" \
           " - Trygghetsrådet i Åby, där politiker och tjänstepersoner möts varje månad.\n" \
           " - Nattvandrarna i Åby.\n"
    assert not any("trygghetsråd" in name.casefold() for name in _groups(text))
