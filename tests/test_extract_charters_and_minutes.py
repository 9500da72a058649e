"""Extract reads a working group's charter appended to an agreement, a prose agreement and an agreement attached to
minutes: a charter's sections about its group, a bare "Gruppen" that is the agreement's own group, a table of one
group's functions, a list still to come, a name before its kind word, a chair in an aside after "där", an example of
when after a list, people who take no part, what comes up at a meeting, those who speak at a meeting, an entry that
lists a body's functions, the pair that is the samordningsfunktion, an agreement the new one replaces, an agreement
attached to a paragraph of minutes and a heading over its numbers. Each reading has its own short text, written for
this test with invented places; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.meaning.phrases import members
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain

CHARTER = """SAMVERKANSÖVERENSKOMMELSE FÖR ÅBY

Styrning

Arbetet leds av en styrgrupp där kommunchefen och lokalpolisområdeschefen ingår. Det praktiska
arbetet görs av Arbetsgruppen Trygga Åby, vars uppdrag framgår av bilaga 1.

Kommunens krisledningsgrupp berörs inte av denna överenskommelse.

BILAGA 1

UPPDRAGSBESKRIVNING
Arbetsgruppen Trygga Åby

1  Syfte
   Arbetsgruppen gör de prioriterade områdena till konkreta åtgärder.

2  Sammansättning
   Gruppen består av följande funktioner:

   Funktion                  Organisation                 Ersättare
   ------------------------  ---------------------------  -------------------------
   Säkerhetsstrateg          Åby kommun                   folkhälsoplanerare
   Kommunpolis               Polisen                      områdespolis
   Fritidsledare             Åby kommun                   –

   Vid behov adjungeras räddningstjänsten.

3  Ledning och mötesformer
   Säkerhetsstrategen är sammankallande och leder mötena. Gruppen träffas varannan vecka.
"""


def test_a_charters_sections_are_about_its_group():
    found = _groups(CHARTER)["Arbetsgruppen Trygga Åby"]
    assert found["chair"] == "säkerhetsstrateg"
    assert "räddningstjänsten" in found["members"]


def test_a_bare_group_word_is_the_agreements_own_group_not_one_put_outside():
    text = ("Samverkan i Åby\n\nOrganisation\n\nArbetsgruppen Trygga Åby består av säkerhetsstrategen och "
            "kommunpolisen.\n\nKommunens krisledningsgrupp berörs inte av denna överenskommelse.\n\nMöten\n\n"
            "Gruppen träffas varannan vecka.\n")
    assert _groups(text)["Arbetsgruppen Trygga Åby"]["frequency_per_year"] == 26


def test_a_table_of_one_groups_functions_lists_its_members():
    assert _groups(CHARTER)["Arbetsgruppen Trygga Åby"]["members"] == [
        "säkerhetsstrateg", "kommunpolis", "fritidsledare", "räddningstjänsten"]


def test_a_list_still_to_come_names_no_one():
    assert members("följande funktioner") == []


PROSE = """Överenskommelse om samverkan i Nyby

Det övergripande ansvaret ligger hos styrgruppen, där kommunchefen och lokalpolisområdeschefen ingår.

Under styrgruppen arbetar Tryggare Nyby, en arbetsgrupp där kommunens säkerhetssamordnare, som är
sammankallande, kommunpolisen och en fältsekreterare ingår. I gruppen sitter också rektorn för
Nybyskolan. Vid behov kallas räddningstjänsten, exempelvis inför större evenemang. Gruppen träffas
varje vecka. Minnesanteckningar skickas till kommunstyrelsens ordförande och till skolchefen för
kännedom, men ingen av dem deltar i gruppen.

Två gånger per år bjuder Tryggare Nyby in invånare och föreningar till Nybydialogen, ett öppet möte där
säkerhetssamordnaren och kommunpolisen berättar om läget. Det som kommer fram på mötet lämnas till
arbetsgruppen.
"""


def test_a_name_before_its_kind_word_names_the_group():
    found = _groups(PROSE)
    assert "Tryggare Nyby" in found
    assert "rektor för Nybyskolan" in found["Tryggare Nyby"]["members"]  # one school by its name tells her apart


def test_a_chair_in_an_aside_after_dar():
    assert _groups(PROSE)["Tryggare Nyby"]["chair"] == "säkerhetssamordnare"


def test_a_chair_in_an_aside_after_finns():
    text = ("Överenskommelse om trygghet i Åby\n\nOrganisation\n\nTrygghetsgruppen samordnar det dagliga arbetet. "
            "I gruppen finns kommunens fältsamordnare, som är sammankallande, kommunpolisen och två fritidsledare. "
            "Gruppen träffas varannan vecka.\n")
    group = _groups(text)["Trygghetsgruppen"]
    assert group["chair"] == "fältsamordnare" and "kommunpolis" in group["members"]


def test_an_example_of_when_after_a_list_is_no_one():
    assert members("räddningstjänsten och hälsocentralen, exempelvis inför större evenemang") == [
        "räddningstjänsten", "hälsocentralen"]


def test_people_none_of_whom_takes_part_are_no_members():
    assert _groups(PROSE)["Tryggare Nyby"]["members"] == [
        "säkerhetssamordnare", "kommunpolis", "fältsekreterare", "rektor för Nybyskolan", "räddningstjänsten"]


def test_what_comes_up_at_the_meeting_goes_to_the_group_it_is_handed_to():
    assert _groups(PROSE)["Nybydialogen"]["reports_to"] == ["Tryggare Nyby"]


def test_those_who_speak_at_a_meeting_take_part():
    found = _groups(PROSE)["Nybydialogen"]["members"]
    assert "säkerhetssamordnare" in found and "kommunpolis" in found


MINUTES = """ÖBY KOMMUN                                               PROTOKOLL
Kommunstyrelsen                                          2026-03-03

§ 7   Dnr KS 2026/0012
Tillsynsplan för alkohol

Ärendet bordläggs.

§ 8   Dnr KS 2026/0020
Ny överenskommelse med polisen

Ärendebeskrivning
Kommunen och polisen har samverkat enligt "Överenskommelse om trygghet i Öby 2022–2025".

Kommunstyrelsens beslut
1. Kommunstyrelsen godkänner Samverkan för ett tryggare Öby enligt bilaga 1.
2. Överenskommelse om trygghet i Öby 2022–2025 upphör att gälla när den nya överenskommelsen har
   undertecknats.

                                                          Bilaga 1 till KS § 8/2026

SAMVERKAN FÖR ETT TRYGGARE ÖBY

Parter
Öby kommun och Polismyndigheten, Polisregion Mitt, genom lokalpolisområde Öby.

Diarienummer
Kommunen: KS 2026/0020. Polisen: A 55.120/2026.

Giltighet
Från och med den 1 april 2026 till och med den 31 mars 2028.

Organisation
- Styrgruppen: kommundirektören (ordförande) och lokalpolisområdeschefen. Fyra möten per år.
- Samordningsfunktionen: säkerhetsstrategen och kommunpolisen. Stämmer av varje vecka.
- Ungdomsgruppen: fältsekreterarna, en skolkurator och fritidsledarna. Möten varje vecka.
"""


def test_an_entry_that_lists_functions_names_a_body():
    assert _groups(MINUTES)["Ungdomsgruppen"]["members"] == ["fältsekreterare", "skolkurator", "fritidsledare"]


def test_the_pair_that_is_the_samordningsfunktion():
    assert _groups(MINUTES)["Samordningsfunktionen"]["members"] == ["säkerhetsstrateg", "kommunpolis"]


def test_an_agreement_that_ends_when_the_new_one_is_signed_is_the_replaced_one():
    agreement = next(iter(_plain(MINUTES)["agreement"].values()))
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2026-04-01", "2028-03-31")


def test_an_agreement_attached_to_a_paragraph_of_minutes_has_its_own_numbers():
    agreement = next(iter(_plain(MINUTES)["agreement"].values()))
    assert agreement["dnr"] == ["KS 2026/0020", "A 55.120/2026"]


def test_an_agreement_attached_to_a_paragraph_of_minutes_opens_under_the_attachment_line():
    assert list(_plain(MINUTES)["agreement"]) == ["Samverkan för ett tryggare Öby"]


def test_a_place_genitive_before_the_headings_word_is_the_headings_group():
    text = ("Samverkan i Åby\n\n4.2 Trygghetsråd\nÅbys trygghetsråd är ett öppet forum för föreningar där "
            "kommunpolisen informerar om läget. Rådet samlas två gånger per år.\n")
    found = _groups(text)
    assert set(found) == {"Trygghetsråd"}
    assert found["Trygghetsråd"]["frequency_per_year"] == 2
