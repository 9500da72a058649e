"""Extract reads a group's bullet with its fragments in bullets indented under it, a bracket that adds members or
keeps a list's places whole, a count compared with, who takes part "vid behov", and more of how a group is led
and reports. Each reading has its own short text, written for this test with invented places; none comes from
the corpus."""

from __future__ import annotations

from samverkan.extract.meaning import frequency
from samverkan.extract.meaning.groups.meetings import meeting_frequency
from samverkan.extract.meaning.phrases import members, split_list
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain

NESTED = """Samverkan i Åby

Så arbetar vi
  • Ledningsgrupp
      – kommundirektören (ordförande), polischefen och chefen för kultur och fritid
      – sex möten per år
      – rapporterar till kommunstyrelsen
  • Åbyrådet
      – kommunens trygghetsråd, öppet för företagare, hyresgäster och föreningar i Åby
      – leds av kommunstyrelsens ordförande
      – ses en gång per termin
"""


def test_fragments_indented_under_a_groups_bullet_are_its_fields():
    groups = _groups(NESTED)
    lead = groups["Ledningsgrupp"]
    assert lead["members"] == ["kommundirektör", "polischef", "chef för kultur och fritid"]
    assert lead["chair"] == "kommundirektör"
    assert lead["frequency_per_year"] == 6
    assert lead["reports_to"] == ["kommunstyrelsen"]


def test_a_name_without_a_group_word_is_a_group_when_its_fragments_say_what_it_is():
    council = _groups(NESTED)["Åbyrådet"]
    assert council["kind"] == "council"
    assert council["members"] == ["företagare", "hyresgäst", "förening"]
    assert council["chair"] == "kommunstyrelsens ordförande"
    assert council["frequency_per_year"] == 2


def test_a_bare_name_with_fragments_that_say_what_it_is():
    text = ("Samverkan i Åby\n\nSå arbetar vi\n  • Nattvakten\n      – kommunens nattvandrarnätverk, öppet för "
            "föräldrar och föreningar\n      – samlas av fältassistenten inför varje helg\n")
    group = _groups(text)["Nattvakten"]
    assert group["kind"] == "working"
    assert group["chair"] == "fältassistent"
    assert group["frequency_per_year"] == 52


def test_a_weekend_each_week_of_named_summer_months():
    assert frequency.per_year("inför varje helg under juni, juli och augusti").value == 13
    assert frequency.per_year("varje lördag").value == 52


def test_who_gathers_the_group_leads_it():
    text = "Samverkan i Åby\n\nKrogteamet består av kommunpolisen och krögarna. Teamet samlas av kommunpolisen.\n"
    assert _groups(text)["Krogteamet"]["chair"] == "kommunpolis"


def test_the_street_many_are_along_says_only_where_they_are():
    assert members("kommunpolisen, fältassistenterna och krögarna längs gatan") == [
        "kommunpolis", "fältassistent", "krögare"]


def test_what_brackets_hold_stays_with_its_member():
    assert split_list("rektorn, de två kommunpoliserna (Åby och Nyby) och fältarna") == [
        "rektorn", "de två kommunpoliserna (Åby och Nyby)", "fältarna"]
    assert members("rektorn, de två kommunpoliserna (Åby och Nyby) och fältarna") == [
        "rektor", "kommunpolis", "fältare"]


def test_a_bracket_that_adds_members_as_needed():
    assert members("fältarna och gatuenheten (Räddningstjänsten och Åbybuss adjungeras vid behov)") == [
        "fältare", "gatuenheten", "Räddningstjänsten", "Åbybuss"]
    text = ("Samverkan i Åby\n\nCentrumgruppen samlar kommunpolisen, fältarna och gatuenheten (Räddningstjänsten "
            "adjungeras vid behov). Gruppen möts varannan månad.\n")
    group = _groups(text)["Centrumgruppen"]
    assert "Räddningstjänsten" in group["members"]
    assert group["frequency_per_year"] == 6


def test_who_takes_part_as_needed_says_nothing_of_how_often_the_group_meets():
    assert meeting_frequency("Gruppen möts varannan vecka och socialtjänsten deltar vid behov.").value == 26
    assert meeting_frequency("Vid behov deltar räddningstjänsten.") is None
    assert meeting_frequency("Gruppen möts vid behov.").value is None


def test_a_count_compared_with_is_no_frequency():
    assert meeting_frequency("Styrgruppen bör träffas oftare än två gånger per år.") is None


def test_the_place_fronted_then_who_sits_there_with_a_chair_mark():
    text = ("Samverkan i Åby\n\nStyrgruppen för trygghet leder arbetet. I styrgruppen sitter kommundirektören "
            "(ordförande), polischefen och säkerhetschefen.\n")
    group = _groups(text)["Styrgruppen för trygghet"]
    assert group["chair"] == "kommundirektör"
    assert group["members"] == ["kommundirektör", "polischef", "säkerhetschef"]


def test_who_also_calls_the_meetings_chairs_them():
    text = ("Samverkan i Åby\n\nBeredningsgruppen består av trygghetssamordnaren, som också kallar till mötena, "
            "och kommunpolisen.\n")
    assert _groups(text)["Beredningsgruppen"]["chair"] == "trygghetssamordnare"


def test_what_is_handed_over_to_a_group_and_what_is_taken_up_with_it_are_reports():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "Skolgruppen består av rektorerna och kommunpolisen. Frågor som gruppen inte kan lösa lämnas över "
            "till styrgruppen.\n\n"
            "Samordnarna är trygghetssamordnaren och kommunpolisen. De tar upp det som kräver beslut med "
            "styrgruppen.\n")
    groups = _groups(text)
    assert groups["Skolgruppen"]["reports_to"] == ["Styrgruppen"]
    assert groups["Samordnarna"]["reports_to"] == ["Styrgruppen"]


def test_groups_counted_by_the_definite_plural_are_none_of_them():
    text = ("Samverkan i Åby\n\nUtvärderingen visade att de två arbetsgrupperna behöver tydligare uppdrag.\n\n"
            "Arbetsgruppen Centrum består av fältarna och kommunpolisen. Den möts varje månad.\n")
    groups = _groups(text)
    assert list(groups) == ["Arbetsgruppen Centrum"]


def test_a_group_said_in_passing_then_named_with_its_adjectives_is_one_group():
    text = ("Samverkan i Åby\n\nUtvärderingen visade att styrgruppen bör ses oftare.\n\n"
            "Den lokala styrgruppen för trygghet leder arbetet. I styrgruppen sitter kommundirektören och "
            "polischefen. Gruppen sammanträder fyra gånger om året.\n")
    groups = _groups(text)
    assert list(groups) == ["Lokala styrgruppen för trygghet"]
    assert groups["Lokala styrgruppen för trygghet"]["frequency_per_year"] == 4


def test_numbered_paragraphs_under_a_priorities_heading_are_the_areas():
    text = ("Samverkan i Åby\n\n3. Prioriterade områden\n\n3.1 Bostadsinbrott i villaområdena.\n\n"
            "3.2 Unga som riskerar att dras in i kriminalitet, särskilt kring torget.\n\n4. Organisation\n\n"
            "Styrgruppen består av kommundirektören och polischefen.\n")
    assert list(_plain(text)["priority_areas"]) == ["Bostadsinbrott i villaområdena",
                                                    "Unga som riskerar att dras in i kriminalitet"]


def test_a_listed_area_without_a_verb_may_take_many_little_words():
    text = ("Samverkan i Åby\n\nVi prioriterar\n  • Hot och våld mot unga på väg till och från idrottshallen\n"
            "  • Klotter i centrum\n")
    assert list(_plain(text)["priority_areas"]) == ["Hot och våld mot unga på väg till och från idrottshallen",
                                                    "Klotter i centrum"]


def test_a_numbered_parties_entry_names_a_party_whatever_it_goes_on_to_say():
    text = ("Samverkan i Åby\n\n2. Parter\n\n2.1 Åby kommun (org.nr 212000-0000), nedan kommunen.\n\n"
            "2.2 Polismyndigheten, Polisområde Öst, genom Lokalpolisområde Åby, som svarar för Åby och Nyby.\n\n"
            "2.3 Polismyndigheten, Polisområde Öst, genom Lokalpolisområde Öby, som svarar för Öby.\n")
    assert set(_plain(text)["parties"]) == {"Åby kommun", "Lokalpolisområde Åby", "Lokalpolisområde Öby"}


def test_the_validity_under_its_heading_before_another_agreements_in_the_background():
    text = ("Samverkansöverenskommelse för Åby\n\nBakgrund\n\nDen regionala överenskommelsen, som gäller sedan den "
            "1 januari 2022, är ramen för denna överenskommelse.\n\nGiltighetstid\n\nÖverenskommelsen gäller från "
            "och med den 1 januari 2026 till och med den 31 december 2027.\n")
    agreement = next(iter(_plain(text)["agreement"].values()))
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2026-01-01", "2027-12-31")


def test_a_deputy_by_a_short_form_and_units_by_their_definite_plural():
    assert members("LPOC, biträdande LPOC och fritidsgårdarna i Åby och Nyby") == [
        "LPOC", "biträdande LPOC", "fritidsgårdarna"]
    assert members("fastighetsägare, företag i Åby, föreningar") == ["fastighetsägare", "företag", "förening"]


def test_a_group_that_forms_others_as_needed_has_no_members_by_it():
    text = ("Samverkan i Åby\n\nBeredningsgruppen består av trygghetssamordnaren och kommunpolisen.\n\n"
            "Klotter och skadegörelse hanteras i beredningsgruppen, som vid behov bildar tillfälliga arbetsgrupper.\n")
    assert _groups(text)["Beredningsgruppen"]["members"] == ["trygghetssamordnare", "kommunpolis"]


def test_who_calls_leads_and_working_together_is_no_part_of_a_member():
    text = ("Samverkan i Åby\n\nOperativa gruppen\nHär arbetar kommunpolisen, fältassistenten och en trygghetsvärd "
            "från Åbyhem tillsammans. Kommunpolisen kallar. Gruppen ses varje vecka.\n")
    group = _groups(text)["Operativa gruppen"]
    assert group["chair"] == "kommunpolis"
    assert group["members"] == ["kommunpolis", "fältassistent", "trygghetsvärd från Åbyhem"]


def test_an_account_given_to_a_body_and_what_a_group_cannot_solve_are_reports():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen. Styrgruppen redogör för "
            "arbetet inför kommunstyrelsen. Den berättar varje år för fullmäktige hur det går.\n\n"
            "Parkgruppen består av parkchefen och kommunpolisen. Parkgruppen lämnar det den inte kan lösa själv till "
            "styrgruppen.\n")
    groups = _groups(text)
    assert groups["Styrgruppen"]["reports_to"] == ["kommunstyrelsen", "fullmäktige"]
    assert groups["Parkgruppen"]["reports_to"] == ["Styrgruppen"]


def test_a_heading_over_a_line_of_the_kind_of_document_and_its_parties_is_the_title():
    text = ("# Tryggt i Åby\n\n*Samverkansöverenskommelse mellan Åby kommun och Polisen*\n\n## Parter\n\n"
            "- Åby kommun\n- Lokalpolisområde Åby\n")
    assert list(_plain(text)["agreement"]) == ["Tryggt i Åby"]


def test_a_bare_name_with_items_under_it_that_say_no_one_is_no_group():
    text = ("Samverkan i Åby\n\nSå arbetar vi\n  • Styrgrupp\n      – kommundirektören och polischefen\n"
            "      – fyra möten per år\n  • Torgdagen\n      – hålls varje vår\n"
            "      – redovisas till kommunstyrelsen\n")
    assert list(_groups(text)) == ["Styrgrupp"]


def test_what_an_area_stresses_with_inte_minst_is_no_part_of_its_name():
    text = ("Samverkan i Åby\n\nVi prioriterar\n  • Klotter och skadegörelse i centrum, inte minst under "
            "marknadsveckan\n  • Narkotika bland unga\n")
    assert list(_plain(text)["priority_areas"]) == ["Klotter och skadegörelse i centrum", "Narkotika bland unga"]
