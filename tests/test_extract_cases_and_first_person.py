"""Readings of a protocol whose §§ are cases of their own, of an agreement written in the first person plural
("vi i kommunen"), and of a few more shapes of names, members and numbers (issue 15). Every text here was written
for these tests."""

from __future__ import annotations

from samverkan.extract.meaning.phrases import members
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain

PROTOCOL = """\
ÅBY KOMMUN                                  SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen                             Sammanträdesdatum 2026-03-02

§ 40  Samverkansöverenskommelse med polisen
      Dnr KS 2026/0100

Beslut
Kommunstyrelsen godkänner "Överenskommelse om trygghet i Åby". Arbetet leds av
Styrgruppen Åby, där kommundirektören och lokalpolisområdeschefen ingår.
Styrgruppen träffas fyra gånger per år.

§ 41  Kulturrådets sammansättning
      Dnr KS 2026/0120

Beslut
Kulturrådet består av kulturchefen, som är ordförande, och två förtroendevalda.
Rådet sammanträder sex gånger per år.
"""


def test_a_protocols_other_cases_name_none_of_the_agreements_groups():
    groups = _groups(PROTOCOL)
    assert set(groups) == {"Styrgruppen Åby"}
    assert groups["Styrgruppen Åby"]["members"] == ["kommundirektör", "lokalpolisområdeschef"]


def test_a_group_named_in_apposition_by_words_of_its_own():
    text = ("Organisation\n\nFör skolvägarna finns en särskild arbetsgrupp, Trygg skolväg Åby, som arbetar med "
            "föräldrarna. I den ingår rektorn och kommunpolisen. Gruppen träffas varje månad.\n")
    group = _groups(text)["Trygg skolväg Åby"]
    assert (group["members"], group["frequency_per_year"]) == (["rektor", "kommunpolis"], 12)


def test_a_group_we_call_by_a_name_and_a_party_taking_part_by_its_chief():
    text = ("Så styr vi arbetet\n\nVi styr arbetet i en ledningsgrupp som vi kallar Nybyledningen. Där sitter vår "
            "kommundirektör, som är ordförande, och vår skolchef. Polisen deltar med lokalpolisområdeschefen. Vi "
            "träffas fyra gånger per år.\n")
    group = _groups(text)["Nybyledningen"]
    assert group["members"] == ["kommundirektör", "skolchef", "lokalpolisområdeschef"]
    assert (group["chair"], group["frequency_per_year"]) == ("kommundirektör", 4)


def test_a_pair_we_name_in_a_later_clause_after_the_passive_that_named_them():
    text = ("Så arbetar vi\n\nArbetet leds av Styrgruppen Nyby, där kommundirektören och lokalpolisområdeschefen "
            "ingår.\n\nStyrgruppens möten förbereds av vår säkerhetssamordnare tillsammans med kommunpolisen. De två "
            "stämmer av med varandra varannan vecka, och vi kallar dem gemensamt för Nybyparet.\n")
    pair = _groups(text)["Nybyparet"]
    assert pair["members"] == ["säkerhetssamordnare", "kommunpolis"]
    assert (pair["frequency_per_year"], pair["reports_to"]) == (26, ["Styrgruppen Nyby"])


def test_a_number_in_a_sentence_about_the_former_agreement_is_none_of_this_ones():
    text = ("ÅBY KOMMUN                                  Vårt diarienummer: KS 2026/10\n\n"
            "ÖVERENSKOMMELSE OM TRYGGHET I ÅBY\n\nBakgrund\n\nVi har samverkat med polisen länge. Vår förra "
            "överenskommelse gällde 2021–2024 och hade\ndiarienummer KS 2020/55.\n")
    agreement = next(iter(_plain(text)["agreement"].values()))
    assert agreement["dnr"] == ["KS 2026/10"]


def test_a_function_in_are_from_a_place_of_work_by_its_kind_is_its_staff():
    assert members("fältassistenter, en kurator från elevhälsan och fritidsledare från fritidsgården") == [
        "fältassistent", "kurator från elevhälsan", "fritidsledare"]
    assert members("socialsekreterare från ungdomsenheten") == ["socialsekreterare från ungdomsenheten"]
    assert members("en fritidsledare från fritidsgården") == ["fritidsledare från fritidsgården"]
