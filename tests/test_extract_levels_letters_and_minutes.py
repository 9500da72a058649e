"""Readings of agreements in levels of groups, in long passive prose, in minutes and behind a cover letter (issue
15): groups named by their initials over prose that spells them out, groups likened to another ("på samma sätt
som", "samma deltagare som i …"), members and chairs told in inverted or passive clauses, the minutes' own
signers and a cover letter's own title and number. Every text here was written for these tests."""

from __future__ import annotations

from samverkan.extract.meaning.phrases import member, members
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain


def _agreement(text: str) -> tuple[str, dict]:
    return next(iter(_plain(text)["agreement"].items()))


# --- groups in levels, named by initials or likened to another ----------------------------------------------

LEVELS = """\
Överenskommelse om samverkan för stadsområde Väster

Parter är Socialnämnden Väster i Exempelstad och Polismyndigheten, Polisregion Syd,
Polisområde Exempelstad.

ORGANISATION

Strategisk nivå

Styrgrupp Väster
  Sammansättning: förvaltningsdirektören, lokalpolisområdescheferna i Åby och
  Östra Nyby och en säkerhetschef.
  Ordförande: förvaltningsdirektören och lokalpolisområdeschefen i Åby
  turas om, ett kalenderår i taget.
  Möten: fyra gånger per år.

Taktisk nivå

Taktisk grupp Åby
  Sammansättning: enhetschef för fältarbetet, kommunpolis i Åby och
  områdessamordnare för Åby.
  Områdessamordnaren leder mötena. Gruppen träffas var fjärde vecka och
  återrapporterar till styrgruppen.

Taktisk grupp Östra Nyby
  Är sammansatt på samma sätt som den taktiska gruppen i Åby, men med
  kommunpolis och områdessamordnare för Östra Nyby. Också här leder
  områdessamordnaren mötena, var fjärde vecka, och gruppen återrapporterar
  till styrgruppen.

Operativ nivå

Nattgrupp Åby
  Nattgruppen i Åby samlar polisen, fältassistenterna och väktarna varje
  fredag. Kommunpolisen i Åby leder arbetet. Nattgrupp Åby rapporterar till
  Taktisk grupp Åby.

Nattgrupp Östra Nyby
  Samma arbetssätt och samma deltagare som i Åby. Mötena hålls varje lördag
  och leds av kommunpolisen i Östra Nyby. Rapporterar till Taktisk grupp Östra Nyby.

SSPF Väster
  Samverkansgruppen för skola, socialtjänst, polis och fritid (SSPF) i
  Väster tar hand om enskilda elever i riskzonen. I gruppen ingår en kurator,
  fritidsledare och ungdomspoliser. SSPF-samordnaren leder mötena.
  Gruppen möts varannan vecka och rapporterar till båda taktiska grupperna.
"""


def test_a_heading_by_initials_names_the_group_the_prose_under_it_spells_out():
    groups = _groups(LEVELS)
    assert "Samverkansgruppen för skola" not in groups
    assert set(groups["SSPF Väster"]["members"]) == {"kurator", "fritidsledare", "ungdomspolis"}
    assert groups["SSPF Väster"]["chair"] == "SSPF-samordnare"


def test_a_report_to_both_groups_of_a_kind_goes_to_each():
    assert _groups(LEVELS)["SSPF Väster"]["reports_to"] == ["Taktisk grupp Åby", "Taktisk grupp Östra Nyby"]


def test_a_group_made_up_as_another_takes_its_members_and_is_no_subject_of_the_sentence():
    groups = _groups(LEVELS)
    assert set(groups["Taktisk grupp Östra Nyby"]["members"]) == {"enhetschef för fältarbetet", "kommunpolis",
                                                                  "områdessamordnare"}
    assert groups["Taktisk grupp Åby"]["reports_to"] == ["Styrgrupp Väster"]


def test_adverbs_before_the_verb_are_no_chair_the_subject_after_it_is():
    assert _groups(LEVELS)["Taktisk grupp Östra Nyby"]["chair"] == "områdessamordnare"


def test_the_same_participants_as_in_a_place_are_those_of_the_groups_like_it_there():
    groups = _groups(LEVELS)
    assert groups["Nattgrupp Östra Nyby"]["members"] == groups["Nattgrupp Åby"]["members"]
    assert groups["Nattgrupp Östra Nyby"]["chair"] == "kommunpolis"


def test_chairs_who_take_turns_on_a_label_line_are_the_two_functions():
    assert _groups(LEVELS)["Styrgrupp Väster"]["chair"] == ["förvaltningsdirektör", "lokalpolisområdeschef"]


def test_a_place_named_with_its_side_is_the_area_a_member_is_in():
    assert member("kommunpolisen i Östra Nyby") == "kommunpolis"
    assert member("lokalpolisområdescheferna i Åby och Östra Nyby") == "lokalpolisområdeschef"
    assert member("enhetschefen för Fältgruppen") == "enhetschef för Fältgruppen"  # a unit, no place


def test_a_committee_named_for_its_part_of_the_city_keeps_that_name_and_the_agreement_is_local():
    plain = _plain(LEVELS)
    assert "Socialnämnden Väster" in plain["parties"]
    assert next(iter(plain["agreement"].values()))["level"] == "local"


def test_an_area_with_a_relative_clause_without_som_is_one_area():
    text = ("Överenskommelse om samverkan i Åby\n\nPRIORITERINGAR\n\nParterna ska lägga särskild kraft på:\n\n"
            " - Buller och skadegörelse i centrum och den oro det skapar bland de boende kvällstid\n"
            " - Stölder ur bilar\n")
    areas = set(_plain(text)["priority_areas"])
    assert "Buller och skadegörelse i centrum och den oro det skapar bland de boende kvällstid" in areas


# --- long passive prose ----------------------------------------------------------------------------------------

PASSIVE = """\
Överenskommelse om samverkan i Åby

Bakgrund

Erfarenheterna av den förra perioden har samlats i en rapport som redovisades för kommunstyrelsen i
oktober, och av den framgick att beredningen av ärenden behövde stärkas. Vägledning har hämtats ur
regeringens program; de nationella råd som beskrivs där utgör emellertid inte någon del av denna
överenskommelse.

Organisation

Ansvaret för samverkan utövas av en ledningsgrupp, Ledningsgruppen för trygghet i Åby, i vilken
kommundirektören och lokalpolisområdeschefen ingår. Ledningsgruppen sammanträder fyra gånger per år.

Ledningsgruppens möten förbereds av en beredningsgrupp, vilken utgörs av säkerhetschefen och
kommunpolisen. Vid behov kan företrädare för räddningstjänsten adjungeras till beredningsgruppen,
vilket i så fall beslutas av säkerhetschefen.

Det operativa arbetet bedrivs av Samverkansgruppen Åby centrum, till vilken områdespoliser,
fältsekreterare och bovärdar anställda av Åbyhem AB har knutits. Gruppen leds av kommunpolisen.

Det politiskt tillsatta Trygghetsrådet i Åby kommun, vars ordförande utses av fullmäktige, hålls
informerat men regleras inte av denna överenskommelse, och detsamma gäller de grupper som har
inrättats mellan skolan och polisen.
"""


def test_a_name_in_apposition_with_its_group_word_names_the_group():
    assert "Ledningsgruppen för trygghet i Åby" in _groups(PASSIVE)


def test_who_may_be_called_in_after_a_fronted_need_is_a_member():
    assert "räddningstjänsten" in _groups(PASSIVE)["Beredningsgruppen"]["members"]
    assert member("bovärdar anställda av Åbyhem AB") == "bovärd"


def test_those_a_group_has_been_given_are_its_members_and_a_later_sentence_on_a_council_is_not_its():
    group = _groups(PASSIVE)["Samverkansgruppen Åby centrum"]
    assert set(group["members"]) == {"områdespolis", "fältsekreterare", "bovärd"}
    assert group["chair"] == "kommunpolis"
    assert "reports_to" not in group


def test_preparing_of_matters_and_bodies_a_later_clause_puts_outside_are_no_groups():
    groups = _groups(PASSIVE)
    assert not any(name.casefold().startswith(("beredningen", "nationella")) for name in groups)


def test_a_signing_with_its_place_and_date_in_words_names_the_signatories():
    text = ("Överenskommelse om samverkan i Åby\n\nUndertecknande\n\nÖverenskommelsen har undertecknats i Åby den "
            "tredje mars tjugohundratjugosex, för Åby kommun av kommunstyrelsens ordförande Eva Påhittsson och för "
            "Polismyndigheten av lokalpolisområdeschefen Olof Låtsasberg.\n")
    signed = {name: fields["title"] for name, fields in _plain(text)["signatories"].items()}
    assert signed == {"Eva Påhittsson": "kommunstyrelsens ordförande", "Olof Låtsasberg": "lokalpolisområdeschef"}


# --- minutes and cover letters ---------------------------------------------------------------------------------

MINUTES = """\
ÅBY KOMMUN                                          PROTOKOLL

GEMENSAMT SAMMANTRÄDE MELLAN ÅBY KOMMUN OCH LOKALPOLISOMRÅDE ÅBY

§ 4  Antagande av ny samverkansöverenskommelse

Ett förslag till "Samverkansöverenskommelse för ett tryggt Åby 2026–2028" har tagits fram. Kommunens
diarienummer för
överenskommelsen är KS-2025-01234 och polisens A 111.222/2025.

Mötet beslutade

att   inrätta Arbetsgrupp Torget med områdespolisen, en fältsekreterare och räddningstjänsten;
      arbetsgruppen leds av områdespolisen och möts varannan vecka,

§ 5  Undertecknande

Överenskommelsen undertecknades under mötet:

  Eva Påhittsson, kommunstyrelsens ordförande
  Olof Låtsasberg, lokalpolisområdeschef

Vid protokollet

Lisa Fejksson, sekreterare

Justeras

Karl Hittepå, ordförande vid mötet
"""


def test_the_minutes_own_signers_are_no_signatories():
    assert set(_plain(MINUTES)["signatories"]) == {"Eva Påhittsson", "Olof Låtsasberg"}


def test_a_group_set_up_by_its_name_with_its_people_has_them_as_members():
    assert set(_groups(MINUTES)["Arbetsgrupp Torget"]["members"]) == {"områdespolis", "fältsekreterare",
                                                                      "räddningstjänsten"}


def test_a_number_label_that_wraps_and_the_other_partys_number_after_its_genitive_are_both_read():
    assert _agreement(MINUTES)[1]["dnr"] == ["KS-2025-01234", "A 111.222/2025"]


def test_people_met_in_a_named_group_and_people_at_two_schools_are_its_members():
    text = ("Överenskommelse om samverkan i Åby\n\nOrganisation\n\nI Områdesgrupp Norr möts områdespolisen, "
            "fältsekreterarna och rektorerna vid Norrskolan och Åsskolan. Gruppen ses varje månad.\n")
    assert set(_groups(text)["Områdesgrupp Norr"]["members"]) == {"områdespolis", "fältsekreterare", "rektor"}
    assert members("bovärdar från Åbyhem och Räddningstjänsten Syd") == ["bovärd", "Räddningstjänsten Syd"]


COVER_LETTER = """\
ÅBY KOMMUN
Kommunledningsförvaltningen

MISSIV                                         Dnr: KS 2026-0007

Till:   Socialnämnden

Ny samverkansöverenskommelse mellan Åby kommun och polisen – för kännedom

Kommunstyrelsen har godkänt en ny samverkansöverenskommelse. Överenskommelsen bifogas.

Eva Påhittsson
Säkerhetschef

=====================================================================
Bilaga till missiv KS 2026-0007

                    SAMVERKANSÖVERENSKOMMELSE

      Överenskommelse om samverkan för ett tryggare Åby

Kommunens dnr: KS 2025-0456            Polisens dnr: A 333.444/2025

1  Parter

Åby kommun och Polismyndigheten, lokalpolisområde Åby.
"""


def test_a_cover_letter_over_an_enclosed_agreement_gives_neither_its_title_nor_its_number():
    title, fields = _agreement(COVER_LETTER)
    assert title == "Överenskommelse om samverkan för ett tryggare Åby"
    assert fields["dnr"] == ["KS 2025-0456", "A 333.444/2025"]
