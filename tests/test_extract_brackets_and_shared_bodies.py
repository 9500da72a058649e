"""Readings of round fx11d: members in brackets after a group's name, an office of the group a member holds, two
bodies of one kind told apart by their places; each text here was written for this test, none comes from the
corpus."""

from __future__ import annotations

from samverkan.extract.document import Document
from samverkan.extract.record import recognise
from tests.extract_text import groups as _groups


def test_a_member_who_also_holds_the_councils_chair_in_a_relative_aside():
    text = """Överenskommelse om trygghet i Norrby

ORGANISATION

Brottsförebyggande rådet Norrby

Rådet består av kommunfullmäktiges ordförande, som också är rådets ordförande, socialchefen,
kommunpolisen och en företrädare för pensionärsföreningarna. Rådet möts två gånger per år.
"""
    g = _groups(text)["Brottsförebyggande rådet Norrby"]
    assert g["members"] == ["kommunfullmäktiges ordförande", "socialchef", "kommunpolis", "pensionärsföreningarna"]
    assert g["chair"] == "kommunfullmäktiges ordförande"


def test_the_people_in_brackets_right_after_a_groups_name_are_its_members():
    text = """Överenskommelse om trygghet i Norrby

ORGANISATION

Chefsgruppen (kommundirektören, polisområdeschefen och miljöchefen) fattar beslut om inriktningen och möts
fyra gånger per år. Samverkansteamet (fältassistenten och kommunpolisen) planerar arbetet varje vecka.
SSPF Norrby (skola, socialtjänst, polis och fritid) träffas varannan vecka.
Trygghetsgruppen Kustbyn (Kustbyn, Sandvik och Östra Hamn) träffas varje månad.
"""
    groups = _groups(text)
    assert "members" not in groups["Trygghetsgruppen Kustbyn"]  # the places it is for
    assert groups["Chefsgruppen"]["members"] == ["kommundirektör", "polisområdeschef", "miljöchef"]
    assert groups["Samverkansteamet"]["members"] == ["fältassistent", "kommunpolis"]
    assert "members" not in groups["SSPF Norrby"]  # the bodies its initials stand for


def test_a_group_said_to_belong_to_a_neighbours_agreement_is_outside_this_one():
    text = """Överenskommelse om trygghet i Norrby

ORGANISATION

Styrgruppen består av kommundirektören och lokalpolisområdeschefen och träffas fyra gånger per år.

Kommunpolisen sitter också med i Södertunas trygghetsteam. Det teamet hör till Södertunas
överenskommelse med polisen.
"""
    assert list(_groups(text)) == ["Styrgruppen"]


def test_people_from_one_place_and_anothers_units_are_one_member_the_function():
    from samverkan.extract.meaning.phrases import members

    # "Västerby och Österlunds fritidsgårdar": both places' fritidsgårdar, many people, the function alone
    assert members("kommunpolisen, fritidsledare från Västerby och Österlunds fritidsgårdar och en rektor") == [
        "kommunpolis", "fritidsledare", "rektor"]


def test_a_chair_named_by_a_person_and_the_function_in_apposition_is_the_function():
    text = """Överenskommelse om trygghet i Norrby

ORGANISATION

Ungdomsteamet Norrby

Mötena leds av Lisa Påhittsdotter, fritidschef i kommunen. I teamet ingår fältassistenterna och
kommunpolisen. Teamet träffas varannan vecka.
"""
    assert _groups(text)["Ungdomsteamet Norrby"]["chair"] == "fritidschef"
    # a function that is a compound of a short form ("EST-samordnare"), as the person's apposition gives it
    shorter = text.replace("fritidschef i kommunen", "EST-samordnare vid kommunledningskontoret")
    assert _groups(shorter)["Ungdomsteamet Norrby"]["chair"] == "EST-samordnare"


def test_a_dnr_with_its_registry_code_after_a_hyphen_and_earlier_numbers_labelled_in_brackets():
    text = """Västerby kommun · Dnr 2026/0412-KS
Polismyndigheten · Dnr A 100.200/2026

Överenskommelse om samverkan i Västerby och Österlund

De två kommunerna hade tidigare var sitt avtal med polisen (Västerby: dnr KS 2022/051, Österlund: dnr
2022/0090-KS). Båda upphörde vid årsskiftet.
"""
    agreement = next(iter(recognise(Document.from_text("x.txt", text, None)).to_plain()["agreement"].values()))
    assert agreement["dnr"] == ["2026/0412-KS", "A 100.200/2026"]


def test_an_aside_between_dashes_in_a_groups_sentence_is_no_definition_of_its_members():
    text = """Överenskommelse om trygghet i Norrby

ORGANISATION

Styrgruppen består av kommundirektören och lokalpolisområdeschefen.
Styrgruppen träffas sex gånger per år – tre gånger i Norrby och tre på distans – och rapporterar
till kommunstyrelsen.
"""
    g = _groups(text)["Styrgruppen"]
    assert g["members"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert g["frequency_per_year"] == 6


def test_the_same_composition_as_a_group_named_by_its_places_compound_with_one_member_exchanged():
    text = """Överenskommelse om trygghet i Västerby och Österlund

ORGANISATION

Ungdomsteamet Västerby består av fältassistenten, en skolkurator och kommunpolisen.
Teamet träffas varannan vecka.

Ungdomsteamet Österlund har samma sammansättning som Västerbyteamet, med den skillnaden att en
fritidsledare deltar i stället för skolkuratorn, som skolan saknar. Teamet träffas varje månad.
"""
    g = _groups(text)["Ungdomsteamet Österlund"]
    assert g["members"] == ["fältassistent", "fritidsledare", "kommunpolis"]


def test_a_heading_of_groups_in_the_indefinite_plural_is_no_group_of_its_own():
    text = """Överenskommelse om trygghet i Västerby och Österlund

ORGANISATION

Lokala trygghetsgrupper

Varje kommun har en egen lokal trygghetsgrupp för det operativa arbetet.

Trygghetsgruppen Västerby består av fältassistenten och kommunpolisen och träffas varje månad.

Trygghetsgruppen Österlund består av en fritidsledare och kommunpolisen och träffas varannan månad.

Båda trygghetsgrupperna lyfter sina frågor till kommunstyrelsen.
"""
    assert sorted(_groups(text)) == ["Trygghetsgruppen Västerby", "Trygghetsgruppen Österlund"]


def test_reports_to_one_kind_of_body_in_two_places_keep_the_places_that_tell_them_apart():
    text = """Överenskommelse om trygghet i Västerby och Österlund

ORGANISATION

Styrgruppen består av de två kommundirektörerna och lokalpolisområdeschefen. Styrgruppen träffas fyra
gånger per år och lämnar en rapport till socialnämnden i Västerby och till socialnämnden i Österlund.
"""
    assert _groups(text)["Styrgruppen"]["reports_to"] == ["socialnämnden i Västerby", "socialnämnden i Österlund"]


def test_a_member_said_to_lead_another_body_in_a_relative_clause_stays_in_the_group_told_of():
    text = """Överenskommelse om trygghet i Norrby

ORGANISATION

Styrgruppen

Styrgruppen består av kommundirektören och lokalpolisområdeschefen. Dessutom ingår polisens
gruppchef, som leder den lokala insatsgruppen i Norrby. Kommundirektören är ordförande. Styrgruppen
träffas fyra gånger per år.
"""
    groups = _groups(text)
    assert list(groups) == ["Styrgruppen"]
    assert groups["Styrgruppen"]["members"] == ["kommundirektör", "lokalpolisområdeschef", "gruppchef"]
    assert groups["Styrgruppen"]["chair"] == "kommundirektör"


def test_another_places_group_said_to_belong_to_its_agreement_leaves_this_agreements_group_of_that_word():
    text = """Överenskommelse om trygghet i Norrby

ORGANISATION

Lägesbilden tas fram i Trygghetsteamet Norrby, där kommunpolisen och fältassistenterna ingår.
Teamet träffas varje vecka och rapporterar till styrgruppen. Kommunpolisen deltar också i Södertuna
kommuns trygghetsteam. Det teamet hör till Södertunas överenskommelse.
"""
    assert _groups(text)["Trygghetsteamet Norrby"]["members"] == ["kommunpolis", "fältassistent"]


def test_a_group_another_agreement_rules_is_outside_this_one():
    text = """Överenskommelse om trygghet i Norrby

ORGANISATION

Trygghetsgruppen Norrby samlar kommunpolisen och fältassistenterna varje vecka och rapporterar till kommunstyrelsen.
Bostadsbolaget Norrbyhem har ett eget avtal med polisen. Hyresgästnätverket, där bolagets bovärdar och
områdespolisen träffas, regleras helt i delöverenskommelsen med bolaget.
"""
    groups = _groups(text)
    assert "Trygghetsgruppen Norrby" in groups and "Hyresgästnätverket" not in groups


def test_groups_said_apart_by_a_plural_leave_this_agreements_group():
    text = """Överenskommelse om trygghet i Norrby

4.1 Samverkansgruppen (SG)
SG bereder frågor till styrgruppen. I SG ingår kommunpolisen och fältassistenterna. SG möts varje månad.

4.2 Insatsgrupper
Insatser för enskilda unga görs i insatsgrupper. Grupperna sätts samman efter behov och regleras i en separat
överenskommelse om informationsutbyte.
"""
    assert _groups(text)["Samverkansgruppen (SG)"]["members"] == ["kommunpolis", "fältassistent"]
