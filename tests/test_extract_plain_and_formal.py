"""Extract reads the shapes of plain-language texts, lawyer's prose, agreements by level, scanned pages and
action-plan tables (issue 15): each reading here has its own short text, written for this test with invented
names; none comes from the corpus."""

from __future__ import annotations

import pytest

from samverkan.extract.document import Document
from samverkan.extract.meaning import frequency
from samverkan.extract.meaning.phrases import member, members
from samverkan.extract.meaning.text import units
from samverkan.extract.normalise import Normaliser
from samverkan.extract.record import recognise
from tests.extract_text import groups as _groups


def _plain(text: str, name: str = "x.txt", normaliser: Normaliser | None = None) -> dict:
    return recognise(Document.from_text(name, text, normaliser)).to_plain()


# --- the agreement, its parties and areas -------------------------------------------------------------------

def test_a_subtitle_that_describes_the_document_gives_way_to_the_name_above_it():
    text = ("Trygga Åby\nVår överenskommelse om samverkan – i korthet\n\nVem står bakom?\n\n"
            "Åby kommun och Polisen i Åby har kommit överens om att samarbeta.\n")
    assert next(iter(_plain(text)["agreement"])) == "Trygga Åby"


def test_a_case_number_said_in_a_sentence():
    text = ("Överenskommelse om samverkan i Åby\n\nÅby kommun och Polisen i Åby samverkar.\n"
            "Ärendet har nummer KS 2026/77 hos kommunen.\n")
    assert next(iter(_plain(text)["agreement"].values()))["dnr"] == ["KS 2026/77"]


def test_who_stands_behind_it_are_the_parties_and_a_common_noun_is_no_part_of_a_name():
    text = ("Tryggare Åby\n\nVi som står bakom\n\nDe som står bakom överenskommelsen är tre:\n"
            "  – Åby kommun\n  – Polisen i lokalpolisområde Åby\n  – bostadsbolaget Åby Hem\n\n"
            "Hur länge gäller den?\n\nÖverenskommelsen gäller i två år.\n")
    parties = _plain(text)["parties"]
    assert {name: fields["party"] for name, fields in parties.items()} == {
        "Åby kommun": "city", "lokalpolisområde Åby": "police", "Åby Hem": "other"}


def test_a_company_named_after_its_kind_in_the_sentence_of_the_parties():
    text = ("Samverkansöverenskommelse för Åby\n\n1  Parter\n\nÖverenskommelsen är ingången mellan Åby kommun, "
            "Polismyndigheten genom lokalpolisområde Åby och det kommunala bostadsbolaget Åbyhem AB.\n")
    assert "Åbyhem AB" in _plain(text)["parties"]


def test_areas_a_plain_text_announces_under_what_it_works_extra_with():
    text = ("Tryggare Åby\n\nDet här jobbar vi extra med\n\nVi har valt två saker.\n\n"
            "  Trygg busstation\n  Du ska känna dig trygg när du väntar på bussen.\n\n"
            "  Klotter på skolor\n  Skolorna ska vara hela och rena.\n\nSå här jobbar vi\n\nVi träffas ofta.\n")
    assert set(_plain(text)["priority_areas"]) == {"Trygg busstation", "Klotter på skolor"}


def test_areas_prioritised_with_an_adverbial_before_the_verb():
    text = ("Överenskommelse om samverkan i Åby\n\nPrioriterade områden\nParterna har enats om att under "
            "perioden prioritera klotter i centrum, stölder av cyklar och mopeder vid stationen samt "
            "otrygghet i parkerna.\n")
    assert set(_plain(text)["priority_areas"]) == {
        "Klotter i centrum", "Stölder av cyklar och mopeder vid stationen", "Otrygghet i parkerna"}


def test_an_area_counted_by_ordinals_may_be_long_and_an_explanation_after_a_dash_is_no_part_of_it():
    counted = ("Överenskommelse om samverkan i Åby\n\n§ 2 Prioriterade frågor\n\nArbetet ska inriktas på, för det "
               "första, klotter, för det andra, unga människors utsatthet för hot och rån i anslutning till "
               "skolor och busshållplatser samt, för det tredje, stölder, varvid en plan ska tas fram.\n")
    assert set(_plain(counted)["priority_areas"]) == {
        "Klotter", "Unga människors utsatthet för hot och rån i anslutning till skolor och busshållplatser",
        "Stölder"}
    numbered = ("Överenskommelse om samverkan i Åby\n\n3  Prioriterade områden\n\n"
                "   3.1  Klotter vid skolor – sanering inom ett dygn.\n   3.2  Trygg hamn – kvällar och helger.\n\n"
                "4  Organisation\n\nStyrgruppen träffas fyra gånger per år.\n")
    assert set(_plain(numbered)["priority_areas"]) == {"Klotter vid skolor", "Trygg hamn"}


def test_a_duration_said_as_a_time_of_years():
    text = ("Överenskommelse om samverkan i Åby\n\nGiltighet\n\nÖverenskommelsen gäller från och med den 1 mars "
            "2026 och därefter under en tid av två år.\n")
    facts = next(iter(_plain(text)["agreement"].values()))
    assert (facts["valid_from"], facts["valid_to"]) == ("2026-03-01", "2028-02-29")


# --- groups: names, members, chairs -------------------------------------------------------------------------

def test_a_name_given_to_people_said_before_and_the_place_where_they_sit():
    text = ("Så här jobbar vi\n\nCheferna bestämmer. De heter Styrgruppen. Där sitter kommundirektören och "
            "lokalpolisområdeschefen. Styrgruppen träffas fyra gånger om året. En gång om året berättar "
            "Styrgruppen för kommunstyrelsen hur det går.\n\nTvå personer håller ihop arbetet. Det är kommunens "
            "trygghetssamordnare och kommunpolisen. Vi kallar dem samordnarna. Samordnarna ses varje vecka.\n")
    groups = _groups(text)
    assert groups["Styrgruppen"]["members"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert groups["Styrgruppen"]["reports_to"] == ["kommunstyrelsen"]  # and its name stays "Styrgruppen"
    assert groups["Samordnarna"]["members"] == ["trygghetssamordnare", "kommunpolis"]


def test_where_people_work_together_and_an_event_the_writers_have():
    text = ("Så här jobbar vi\n\nI hamnen finns Hamnteamet. Där jobbar fältassistenter och bovärdar från "
            "Åby Hem.\n\nVill du vara med?\n\nVår och höst har vi Trygghetsmiddag i Åby. Alla invånare är "
            "välkomna. Vi bjuder också in föreningar och företagare.\n")
    groups = _groups(text)
    assert groups["Hamnteamet"]["members"] == ["fältassistent", "bovärd"]
    assert groups["Trygghetsmiddag i Åby"]["frequency_per_year"] == 2
    assert set(groups["Trygghetsmiddag i Åby"]["members"]) == {"invånare", "förening", "företagare"}


def test_a_dashed_entry_whose_fragments_are_sentences_and_a_name_with_a_dash_inside():
    text = ("Organisation i korthet\n\n- **Styrgruppen** – kommundirektören och lokalpolisområdeschefen. "
            "Beslutar om inriktning.\n- **Gruppen Skola–fritid** – rektorer, fritidsledare och kommunpolisen. "
            "Bereder styrgruppens ärenden.\n")
    groups = _groups(text, "x.md")
    assert groups["Styrgruppen"]["members"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert groups["Gruppen Skola–fritid"]["members"] == ["rektor", "fritidsledare", "kommunpolis"]
    assert groups["Gruppen Skola–fritid"]["kind"] == "preparation"


def test_a_table_of_activities_gives_the_groups_it_names_their_chair_meetings_and_reports():
    text = ("## Organisation\n\n- **Styrgruppen** – kommundirektören och lokalpolisområdeschefen.\n"
            "- **Torgnätverket** – öppet för handlare och fastighetsägare.\n\n## Aktiviteter\n\n"
            "| Aktivitet | Ansvarig | Tidplan |\n|---|---|---|\n"
            "| *Möten:* Styrgruppens möten | Kommundirektören (ordförande) | Varannan månad |\n"
            "| *Möten:* Rapport från torgnätverket till styrgruppen | Kommunpolisen | Efter varje möte |\n"
            "| Trygghetsvandring i centrum | Trygghetssamordnaren | Maj |\n")
    groups = _groups(text, "x.md")
    assert set(groups) == {"Styrgruppen", "Torgnätverket"}  # an activity is no group
    assert (groups["Styrgruppen"]["chair"], groups["Styrgruppen"]["frequency_per_year"]) == ("kommundirektör", 6)
    assert groups["Torgnätverket"]["reports_to"] == ["Styrgruppen"]


def test_a_table_of_groups_after_a_table_of_other_things_under_one_heading_is_read():
    text = ("## Samverkan\n\n| Område | Insats | När |\n|---|---|---|\n| Centrum | Trygghetsvandring | Maj |\n\n"
            "| Grupp | Deltagare | Ordförande | Möten |\n|---|---|---|---|\n"
            "| Styrgruppen | kommundirektören, lokalpolisområdeschefen | kommundirektören | fyra gånger per år |\n")
    group = _groups(text, "x.md")["Styrgruppen"]
    assert group["members"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert (group["chair"], group["frequency_per_year"]) == ("kommundirektör", 4)


def test_another_name_the_text_gives_a_group_and_the_members_in_its_next_paragraph():
    text = ("5.1  Strategisk nivå\n\nDen strategiska nivån utgörs av Ledningsgruppen för Åby, i det följande "
            "även kallad den strategiska gruppen. Gruppen beslutar om inriktning.\n\nLedamöter är "
            "kommundirektören och lokalpolisområdeschefen.\n\nDen strategiska gruppen möts sex gånger per år.\n")
    group = _groups(text)["Ledningsgruppen för Åby"]
    assert group["members"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert group["frequency_per_year"] == 6


def test_an_invitation_names_the_forum_and_its_word_refers_back_to_it():
    text = ("Dialog\n\nUtöver detta bjuder parterna två gånger per år, vår och höst, in till Trygghetsdialog Åby. "
            "Dialogen är öppen för föreningar och trossamfund.\n")
    group = _groups(text)["Trygghetsdialog Åby"]
    assert (group["kind"], group["frequency_per_year"]) == ("forum", 2)
    assert set(group["members"]) == {"förening", "trossamfund"}


def test_lawyers_prose_members_chairs_by_year_meetings_and_an_account_to_a_body():
    text = ("§ 4 Ledning\n\nFör ledningen av samverkan inrättar parterna en ledningsgrupp, nedan benämnd "
            "Ledningsgruppen, i vilken kommundirektören och lokalpolisområdeschefen ingår jämte kommunens "
            "socialdirektör. Ordförandeskapet i nämnda grupp innehas av kommundirektören under kalenderår med udda "
            "årtal och av lokalpolisområdeschefen under kalenderår med jämnt årtal. Gruppen sammanträder vid fyra "
            "tillfällen per kalenderår och har att avge en skriftlig redogörelse för arbetets resultat till "
            "kommunstyrelsen.\n\n§ 5 Forum\n\nParterna ska vid två tillfällen årligen bjuda in fastighetsägare och "
            "näringsidkare till ett gemensamt forum, benämnt Trygghetsforum Åby, vid vilket parterna redogör för "
            "arbetet.\n")
    groups = _groups(text)
    lead = groups["Ledningsgruppen"]
    assert lead["members"] == ["kommundirektör", "lokalpolisområdeschef", "socialdirektör"]
    assert (lead["chair"], lead["chair_alternating"]) == (["kommundirektör", "lokalpolisområdeschef"], True)
    assert (lead["frequency_per_year"], lead["reports_to"]) == (4, ["kommunstyrelsen"])
    forum = groups["Trygghetsforum Åby"]
    assert (forum["frequency_per_year"], set(forum["members"])) == (2, {"fastighetsägare", "näringsidkare"})


def test_the_group_the_work_is_led_by_decides_and_a_report_handed_with_words_between():
    text = ("Organisation\nArbetet leds av Trygghetsrådet Åby. I rådet ingår kommunchefen och "
            "lokalpolisområdeschefen. Rådet sammanträder fyra gånger per år och lämnar en gång per år en "
            "skriftlig rapport om arbetet till kommunstyrelsen.\n\nFör barn och unga finns Arbetsgruppen Unga i "
            "Åby, där fältsekreterarna och en områdespolis ingår.\n")
    groups = _groups(text)
    assert (groups["Trygghetsrådet Åby"]["kind"], groups["Trygghetsrådet Åby"]["reports_to"]) == (
        "steering", ["kommunstyrelsen"])
    assert groups["Arbetsgruppen Unga i Åby"]["members"] == ["fältsekreterare", "områdespolis"]


def test_a_definite_group_takes_the_name_set_beside_it():
    text = ("Uppföljning\n\nLöftet följs upp i det lokala brottsförebyggande rådet, Åby BRÅ, som samlas fyra gånger "
            "per år. I rådet sitter kommunalrådet, som leder mötena, och lokalpolisområdeschefen.\n")
    assert _groups(text)["Åby BRÅ"]["frequency_per_year"] == 4


@pytest.mark.parametrize(("written", "listed"), [
    ("bovärdar från Åby Hem", "bovärd"),  # many people: their company says where they sit
    ("skolkuratorer från kommunens högstadieskolor", "skolkurator"),
    ("fastighetsägarna kring Stortorget", "fastighetsägare"),
    ("AB Bostäder i Åby", "AB Bostäder i Åby"),  # a company's name keeps its place
    ("bolagets vd", "vd"),  # a party's genitive by the word the text calls it
    ("kommuninvånare i allmänhet", "kommuninvånare"),
    ("särskilt för föreningar", "förening"),
])
def test_a_member_as_a_reader_lists_it(written, listed):
    assert member(written) == listed


def test_a_list_without_its_aside():
    assert members("trygghetssamordnaren, som leder arbetet, kommunpolisen och fältassistenterna") == [
        "trygghetssamordnare", "kommunpolis", "fältassistent"]


def test_a_list_ends_where_a_clause_of_its_own_begins():
    text = ("Forum\n\nVår och höst bjuder vi in till Trygghetsforum Åby. Forumet är öppet för föreningar och "
            "boende, och kommunens trygghetssamordnare leder det.\n")
    assert _groups(text)["Trygghetsforum Åby"]["members"] == ["förening", "boende"]


@pytest.mark.parametrize(("text", "per_year"), [
    ("vid fyra tillfällen per kalenderår", 4), ("vid två tillfällen årligen", 2)])
def test_occasions_are_meetings(text, per_year):
    assert frequency.per_year(text).value == per_year


# --- scanned pages ------------------------------------------------------------------------------------------

def test_page_furniture_of_a_scan_is_noise():
    page = "Åby kommun          Överenskommelse          Dnr KS 2026/00011\n"
    text = (f"INKOM 2026-01-05\n{page}\nÖverenskommelse om samverkan i Åby\n\nOrganisation\nStyrgruppen träffas "
            f"fyra gånger per år.\n\n                - 1 -\n\n{page}\nINKOM 2026-01-05\nUppföljning\n"
            "Styrgruppen följer upp arbetet.\n\n                - 2 -\n")
    texts = [u.text for u in units(Document.from_text("x.txt", text))]
    assert not any(t.startswith(("1 -", "2 -", "INKOM")) or "Dnr KS" in t for t in texts[1:])
    assert "Uppföljning" in texts


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser()


def test_a_scanned_zero_is_a_capital_o_and_a_one_an_l_where_the_word_says_so(normaliser):
    text = "0rganisation\nGruppen 1eds av kommunpo1isen och 1gång ti11 per år.\n"
    assert Document.from_text("x.txt", text, normaliser).lines == [
        "Organisation", "Gruppen leds av kommunpolisen och 1gång till per år."]
