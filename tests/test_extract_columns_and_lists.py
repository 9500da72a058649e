"""Readings of pages in two columns, of lists of members and of what a text says around its groups, on sentences
written for these tests."""

from __future__ import annotations

import pytest

from samverkan.extract.document import Document
from samverkan.extract.meaning.text import units
from samverkan.extract.normalise import Normaliser
from samverkan.extract.record import recognise


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser()


def _two_columns(left: list[str], right: list[str], width: int = 40) -> str:
    return "\n".join((a.ljust(width) + b).rstrip() for a, b in zip(left, right, strict=True)) + "\n"


def _groups(text: str) -> dict:
    return recognise(Document.from_text("x.txt", text)).to_plain()["groups"]


def test_a_word_hyphenated_in_either_column_of_a_scan_is_repaired_whole(normaliser):
    text = _two_columns(["Fältsamordnaren sammanka1-", "lar till mötena varje vecka."],
                        ["Arbetsgruppen rapporterar ti11 1ed-", "ningsgruppen varje kvartal."])
    lines = Document.from_text("x.txt", text, normaliser).lines
    assert "sammankal-" in lines[0] and lines[0].rstrip().endswith("till led-")
    assert lines[1].startswith("lar till") and "ningsgruppen varje" in lines[1]


def test_a_name_hyphenated_at_a_line_end_has_its_ordinary_last_part_repaired(normaliser):
    lines = Document.from_text("x.txt", "I gruppen sitter Nyby-\nherns vd och rektorn.\n", normaliser).lines
    assert lines == ["I gruppen sitter Nyby-", "hems vd och rektorn."]


def test_a_list_item_of_the_right_column_goes_on_under_its_bullet():
    left = ["Bakgrund", "Kommunen och polisen har", "samverkat i området sedan", "länge och ska fortsätta",
            "med det arbetet under de", "kommande åren i hela", "kommunen.", ""]
    right = ["Prioriterade områden", "Parterna ska under perioden", "särskilt arbeta med följande", "områden:",
             "• Narkotikahandel i och kring", "  Nyby torg", "• Unga som rekryteras till", "  kriminella nätverk"]
    doc = Document.from_text("x.txt", "Samverkansavtal för Nyby\n\n" + _two_columns(left, right))
    items = [u.text for u in units(doc) if u.kind == "item"]
    assert items == ["Narkotikahandel i och kring Nyby torg", "Unga som rekryteras till kriminella nätverk"]


def test_a_short_line_ending_in_a_verb_that_goes_on_below_is_no_heading():
    text = ("Uppföljning\nTrygghetsgruppen sammanställer\nen rapport inför varje möte i\nstyrgruppen.\n")
    read = units(Document.from_text("x.txt", text))
    assert [u.kind for u in read] == ["heading", "sentence"]
    assert read[1].text == "Trygghetsgruppen sammanställer en rapport inför varje möte i styrgruppen."


def test_a_follow_up_made_and_handed_on_in_the_passive_is_no_report_of_the_group_before():
    text = ("Organisation\n\nStyrgruppen består av kommundirektören och lokalpolisområdeschefen. Den träffas fyra "
            "gånger per år och rapporterar till kommunstyrelsen. Arbetsgruppen består av fältassistenter och "
            "kommunpolisen. Den träffas varje månad. En samlad uppföljning görs varje höst och redovisas för "
            "socialnämnden.\n")
    assert "reports_to" not in _groups(text)["Arbetsgruppen"]


def test_one_person_from_each_of_many_units_is_the_function_alone():
    text = ("Organisation\n\nArbetsgruppen består av kommunens trygghetssamordnare, en fältledare från vart och ett "
            "av kommunens fritidsområden och kommunpolisen. Den träffas varje månad.\n")
    assert _groups(text)["Arbetsgruppen"]["members"] == ["trygghetssamordnare", "fältledare", "kommunpolis"]


def test_the_chiefs_of_several_areas_by_name_are_one_function():
    text = ("Organisation\n\nI styrgruppen sitter kommundirektören, lokalpolisområdescheferna för Åby, Nyby och "
            "Öby samt socialchefen. Den träffas fyra gånger per år.\n")
    assert _groups(text)["Styrgruppen"]["members"] == ["kommundirektör", "lokalpolisområdeschef", "socialchef"]


def test_others_a_group_may_invite_and_those_said_not_to_be_in_it_are_no_members():
    text = ("Organisation\n\nBeredningsgruppen består av trygghetssamordnaren och kommunpolisen. Den träffas varje "
            "månad. Beredningsgruppen kan bjuda in andra enheter och föreningar när ett ärende kräver det. Den "
            "som bjuds in på det viset ingår inte i gruppen.\n")
    assert _groups(text)["Beredningsgruppen"]["members"] == ["trygghetssamordnare", "kommunpolis"]


def test_a_footnote_on_a_table_cell_is_read_in_that_cell():
    text = ("# Samverkan i Nyby\n\n## Organisation\n\n| | Styrgrupp Nyby | Arbetsgrupp Nyby |\n|---|---|---|\n"
            "| **Deltagare** | Förvaltningschef för socialförvaltningen, lokalpolisområdeschef | Kommunpolis, "
            "fritidsledare[^2] |\n| **Ordförande** | Växelvis[^1] | Kommunpolis |\n"
            "| **Möten** | Fyra gånger per år | Varje månad[^3] |\n\n"
            "[^1]: Ordförandeskapet växlar mellan förvaltningschefen och lokalpolisområdeschefen varje år.\n"
            "[^2]: Vid behov deltar även en kurator från Nybyskolan.\n[^3]: Inget möte hålls i augusti.\n")
    groups = _groups(text)
    assert set(groups) == {"Styrgrupp Nyby", "Arbetsgrupp Nyby"}
    assert groups["Styrgrupp Nyby"]["chair"] == ["förvaltningschef för socialförvaltningen", "lokalpolisområdeschef"]
    assert groups["Arbetsgrupp Nyby"]["members"] == ["kommunpolis", "fritidsledare", "kurator från Nybyskolan"]
    assert groups["Arbetsgrupp Nyby"]["frequency_per_year"] == 11


def test_a_chair_named_by_the_start_of_one_member_is_that_member():
    text = ("Organisation\n\nStyrgruppen består av enhetschefen för fritid, lokalpolisområdeschefen och "
            "trygghetssamordnaren. Ordförandeskapet växlar mellan enhetschefen och lokalpolisområdeschefen. Den "
            "träffas fyra gånger per år.\n")
    assert _groups(text)["Styrgruppen"]["chair"] == ["enhetschef för fritid", "lokalpolisområdeschef"]


def test_bodies_said_to_be_no_groups_of_the_agreement_are_left_out():
    text = ("Organisation\n\nStyrgruppen består av kommundirektören och lokalpolisområdeschefen. Den träffas fyra "
            "gånger per år.\n\nUtöver grupperna ovan finns Nybys centrala samverkansgrupp mellan kommunen och "
            "polisområdet och Föreningsnätverket Nyby. De är inte grupper enligt denna överenskommelse.\n")
    assert set(_groups(text)) == {"Styrgruppen"}


def test_on_whose_behalf_someone_takes_part_is_no_part_of_the_group_name():
    text = ("Organisation\n\nTrygghetsforum Nyby är ett öppet forum för föreningar och näringsidkare. Det hålls två "
            "gånger per år. Kommunpolisen deltar i forumet för polisens räkning.\n")
    groups = _groups(text)
    assert set(groups) == {"Trygghetsforum Nyby"}
    assert "kommunpolis" in groups["Trygghetsforum Nyby"]["members"]


def test_a_chair_that_rotates_among_the_holders_of_one_function_is_that_function():
    text = ("Organisation\n\nStyrgruppen består av de båda kommunernas socialchefer och lokalpolisområdeschefen. "
            "Ordförandeskapet roterar mellan de två socialcheferna, ett år i taget. Den träffas fyra gånger per år.\n")
    groups = _groups(text)
    assert groups["Styrgruppen"]["chair"] == "socialchef"
    assert groups["Styrgruppen"]["chair_alternating"] is True


def test_a_short_first_line_with_a_verb_that_goes_on_in_lower_case_is_no_heading():
    text = ("Trygghetsteamet\n\nFältassistenterna och områdespolisen bildar tillsammans\ntrygghetsteamet. Det "
            "träffas varje vecka.\n")
    assert _groups(text)["Trygghetsteamet"]["members"] == ["fältassistent", "områdespolis"]


def test_what_a_heading_of_groups_in_the_plural_says_holds_for_each_group_under_it():
    text = ("Organisation\n\nStyrgruppen består av kommundirektören och lokalpolisområdeschefen.\n\n"
            "De lokala nätverken\n\nI varje kommundel finns ett lokalt nätverk. Nätverken rapporterar till "
            "styrgruppen.\n\nNätverk Åby\nDeltagare: fritidsledare och områdespolis. Nätverket träffas varje "
            "månad.\n\nNätverk Nyby\nDeltagare: fältassistent och områdespolis. Nätverket träffas varannan vecka.\n")
    groups = _groups(text)
    assert set(groups) == {"Styrgruppen", "Nätverk Åby", "Nätverk Nyby"}
    assert groups["Nätverk Åby"]["reports_to"] == groups["Nätverk Nyby"]["reports_to"] == ["Styrgruppen"]


def _plain(text: str, normaliser: Normaliser | None = None) -> dict:
    return recognise(Document.from_text("x.txt", text, normaliser)).to_plain()


def test_a_signatory_title_in_a_scan_is_read_as_ocr_repair_mended_it(normaliser):
    text = ("Samverkansöverenskommelse för Nyby\n\nÖverenskommelsen gäller ti11 och med 2027-12-31 och följs upp "
            "av kornmunen.\n\n_____________________          _____________________\nAnna Fiktivsdotter"
            "                 Per Påhittsson\nKommundirektör                     Lokalpo1isområdeschef\n")
    signatories = _plain(text, normaliser)["signatories"]
    assert signatories["Per Påhittsson"]["title"].casefold() == "lokalpolisområdeschef"


def test_the_dnr_set_off_by_commas_after_an_earlier_agreement_is_not_this_ones():
    text = ("Nyby kommun     Dnr KS 2026/0101\n\nSamverkansöverenskommelse för Nyby\n\nDen förra överenskommelsen, "
            "dnr KS 2022/0555, gällde till och med 2025-12-31. Denna överenskommelse gäller från 2026-01-01.\n")
    agreement = next(iter(_plain(text)["agreement"].values()))
    assert agreement["dnr"] == ["KS 2026/0101"]


def test_an_area_in_a_list_under_its_heading_is_named_without_what_it_stresses():
    text = ("Samverkansöverenskommelse för Nyby\n\nPrioriterade områden\n\n  - Narkotika i skolmiljö\n"
            "  - Otrygghet i centrum, särskilt under sommarkvällar\n")
    assert set(_plain(text)["priority_areas"]) == {"Narkotika i skolmiljö", "Otrygghet i centrum"}


def test_who_leads_in_one_clause_is_no_member_of_the_clause_that_lists_who_takes_part():
    text = ("Organisation\n\nNyby trygghetsforum är ett öppet forum för föreningar och näringsidkare. "
            "Trygghetssamordnaren håller i forumet och områdespolisen deltar. Det hålls två gånger per år.\n")
    assert _groups(text)["Nyby trygghetsforum"]["members"] == ["förening", "näringsidkare", "områdespolis"]


def test_the_place_a_list_ends_with_drops_also_before_its_full_stop():
    text = ("Organisation\n\nArbetsgrupp Nyby samlar fältassistenter, områdespoliser och personal från "
            "fritidsgården i Nyby. Gruppen träffas varje vecka.\n")
    assert _groups(text)["Arbetsgrupp Nyby"]["members"] == ["fältassistent", "områdespolis", "fritidsgården"]


def test_a_group_that_takes_up_what_needs_a_decision_in_another_reports_to_it():
    text = ("Organisation\n\nStyrgruppen består av kommundirektören och lokalpolisområdeschefen.\n\n"
            "Samordnarna, trygghetssamordnaren och kommunpolisen, bildar samordningsgruppen. Samordningsgruppen "
            "träffas varje vecka och tar upp frågor som kräver beslut i styrgruppen.\n")
    assert _groups(text)["Samordningsgruppen"]["reports_to"] == ["Styrgruppen"]


def test_a_name_that_ends_a_list_keeps_its_place():
    text = ("Organisation\n\nArbetsgrupp Nyby samlar fältassistenter, områdespoliser och en företrädare för "
            "Räddningstjänsten i Nyby. Gruppen träffas varje vecka.\n")
    assert _groups(text)["Arbetsgrupp Nyby"]["members"][-1] == "Räddningstjänsten i Nyby"
