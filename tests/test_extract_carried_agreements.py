"""An agreement carried inside a document of another kind (a budget request, a grant application, a reply to a
citizen, a job advertisement, a thesis chapter): the readings that tell the agreement's facts from the document's
own, on texts written for these tests."""

from __future__ import annotations

from samverkan.extract.meaning.groups.names import mentions
from samverkan.extract.meaning.phrases import members
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain

REQUEST = """\
STOCKHOLMS STAD
Norrbys stadsdelsförvaltning

ANSÖKAN OM MEDEL 2027

1. Bakgrund

Den 3 mars 2025 ingick Norrbys stadsdelsnämnd och Polismyndigheten, lokalpolisområde Norrby, den överenskommelse
som kallas "Samverkan för ett tryggt Norrby". Den gäller för perioden 2025–2027.

2. Organisationen

Överenskommelsen bygger på tre mötesforum.

Chefsgruppen för trygghet består av socialchefen, lokalpolisområdeschefen och skolchefen. Den träffas fyra gånger
per år.

Trygghetsteamet består av kommunpoliserna och fältsekreterarna. Teamet träffas varannan vecka och lämnar inför varje
CG-möte en skriftlig lägesrapport till chefsgruppen. I dag görs arbetet av en samordnare på halvtid, som också är
sekreterare i chefsgruppen och leder Trygghetsteamet.

Utanför överenskommelsen finns polisens interna chefsgrupp för lokalpolisområdet. Ingen av dem omfattas av
ansökan.
"""


def test_a_dated_sentence_with_its_verb_first_names_the_parties():
    assert set(_plain(REQUEST)["parties"]) == {"Norrbys stadsdelsnämnd", "lokalpolisområde Norrby"}


def test_a_letterhead_of_one_side_gives_way_to_a_sentence_naming_both():
    assert "Norrbys stadsdelsförvaltning" not in _plain(REQUEST)["parties"]


def test_a_group_told_of_stays_when_a_shorter_name_like_it_is_put_outside():
    assert "Chefsgruppen för trygghet" in _groups(REQUEST)


def test_a_count_before_a_neuter_group_word_names_no_group():
    assert mentions("Överenskommelsen bygger på tre mötesforum.") == []
    assert "Mötesforum" not in _groups(REQUEST)


def test_a_report_after_a_hyphened_word_goes_to_the_group_named():
    assert _groups(REQUEST)["Trygghetsteamet"]["reports_to"] == ["Chefsgruppen för trygghet"]


def test_a_secretary_after_a_passives_agent_is_the_agent_and_working_time_drops():
    assert members("en samordnare på heltid") == ["samordnare"]
    found = _groups(REQUEST)["Trygghetsteamet"]["members"]
    assert not any("görs" in m for m in found)


ADVERT = """\
Trygghetssamordnare till kommunledningskontoret

Nu söker vi en trygghetssamordnare som vill göra skillnad.

Arbetsuppgifter

Styrgruppen leder arbetet. Där sitter kommundirektören, som är ordförande, lokalpolisområdeschefen,
förvaltningscheferna för vård- och omsorgsförvaltningen och för kultur- och fritidsförvaltningen. Du är gruppens
sekreterare och ingår i den.

Samverkansgruppen, som du leder, samlas varje onsdag. I gruppen ingår också kommunpoliserna.

Trygg handel Nyby är överenskommelsens forum för handeln och är öppet för handlare och fastighetsägare. Forumet leds
av kommunpolisen och träffas en gång per kvartal. Du deltar och för anteckningar, och frågor som kräver åtgärder tar
du med till Samverkansgruppen.
"""


def test_a_job_advertisements_you_is_the_post_it_seeks():
    assert "trygghetssamordnare" in _groups(ADVERT)["Styrgruppen"]["members"]


def test_who_leads_a_group_as_the_subject_of_its_relative_chairs_it():
    assert _groups(ADVERT)["Samverkansgruppen"]["chair"] == "trygghetssamordnare"


def test_a_name_said_to_be_the_agreements_forum_is_a_group():
    forum = _groups(ADVERT)["Trygg handel Nyby"]
    assert forum["kind"] == "forum" and forum["frequency_per_year"] == 4


def test_what_someone_takes_to_a_group_with_the_subject_after_the_verb_is_reported_to_it():
    assert _groups(ADVERT)["Trygg handel Nyby"]["reports_to"] == ["Samverkansgruppen"]


def test_a_plural_role_is_shared_out_over_bodies_the_preposition_names_again():
    assert members("förvaltningscheferna för vård- och omsorgsförvaltningen och för kultur- och "
                   "fritidsförvaltningen") == ["förvaltningschef för vård- och omsorgsförvaltningen",
                                               "förvaltningschef för kultur- och fritidsförvaltningen"]


THESIS = """\
# 4 Fallet Nyby

## 4.1 Överenskommelsen

Nyby kommun och lokalpolisområde Nyby ingick 2024 överenskommelsen *Tryggt Nyby*. Den gäller 2024–2026.

Överenskommelsen är uppbyggd kring ett antal insatsområden. I Nyby är dessa tre: *narkotika bland unga*, *våld i
centrum* och *trygghet i Norrby*.

## 4.2 Strukturen

Styrgruppen består av kommundirektören och lokalpolisområdeschefen. Den träffas fyra gånger per år.

Operativa gruppen består av kommunpoliserna och fältassistenterna. Information förs från operativa gruppen till den
strategiska, som i sin tur rapporterar till kommunstyrelsen. Respondenten efterfrågar ett öppet forum för
föreningslivet, något som aldrig inrättats.

## 4.3 Jämförelse med Åby

Åby kommun har en överenskommelse med lokalpolisområde Åby. Där finns ett trygghetsråd med politiker och föreningar.
"""


def test_these_listed_after_a_sentence_that_introduced_areas_are_the_areas():
    assert set(_plain(THESIS)["priority_areas"]) == {"Narkotika bland unga", "Våld i centrum", "Trygghet i Norrby"}


def test_the_section_on_a_municipality_that_is_no_party_and_its_own_agreement_is_outside():
    assert not any("trygghetsråd" in name.casefold() for name in _groups(THESIS))


def test_a_forum_someone_wishes_for_gives_no_group_its_members():
    assert "föreningslivet" not in _groups(THESIS)["Operativa gruppen"]["members"]


def test_a_report_in_a_relative_clause_is_its_antecedents():
    assert "kommunstyrelsen" not in _groups(THESIS)["Operativa gruppen"].get("reports_to", [])


REPLY = """\
SVAR PÅ DITT MEDBORGARFÖRSLAG

Du föreslog att kommunen ska inrätta ett trygghetsråd för Söderby med boende, som ska träffas varje månad.

Nyby kommun och lokalpolisområde Nyby har en överenskommelse som heter "Tryggt Nyby".

Samordningsgruppen består av säkerhetschefen. Där ingår jag själv som trygghetsstrateg tillsammans med
säkerhetschefen och kommunpoliserna.

Områdesgruppen sammankallas av områdessamordnaren för södra Nyby, och i den ingår, förutom områdessamordnaren
själv, fältassistenterna och rektorerna. Gruppen träffas varannan vecka.
"""


def test_a_proposal_made_sets_up_no_group():
    assert not any("trygghetsråd" in name.casefold() for name in _groups(REPLY))


def test_the_speaker_as_a_function_is_that_function():
    assert members("jag själv som trygghetsstrateg, säkerhetschefen och kommunpoliserna") == [
        "trygghetsstrateg", "säkerhetschef", "kommunpolis"]


def test_the_one_besides_whom_others_take_part_is_a_member_and_a_part_of_a_place_drops():
    group = _groups(REPLY)["Områdesgruppen"]
    assert group["members"] == ["områdessamordnare", "fältassistent", "rektor"]
    assert group["chair"] == "områdessamordnare"


APPLICATION = """\
ANSÖKAN OM STÖD

DEL 1  SÖKANDE
Organisation ............... Nyby kommun
Organisationsnummer ........ 212000-0000
Kontaktperson .............. Anna Fiktiv

DEL 2  SAMVERKAN

Nyby kommun och Polismyndigheten, lokalpolisområde Nyby, har sedan den 1 mars 2025 en "Överenskommelse om trygghet
i Nyby". Den gäller till och med den 28 februari 2028.

DEL 3  ORGANISATION

Beredning och uppföljning

Samordningsgruppen enligt överenskommelsen, som består av säkerhetschefen och kommunpolisen, bereder styrgruppens
möten. Samordnaren är sammankallande.
"""


def test_an_agreement_had_since_a_date_is_valid_from_it():
    agreement = next(iter(_plain(APPLICATION)["agreement"].values()))
    assert agreement["valid_from"] == "2025-03-01" and agreement["valid_to"] == "2028-02-28"


def test_a_heading_of_two_kinds_of_work_names_no_group():
    assert "Beredning" not in _groups(APPLICATION)


def test_a_forms_organisation_number_under_the_field_naming_a_party_is_its():
    assert _plain(APPLICATION)["parties"]["Nyby kommun"]["org_number"] == "212000-0000"
