"""Extract reads who does a group's work when the text names them as a sentence's subject ("A och B planerar
arbetet", "A, B och C arbetar här"), members added with "Dessutom är … med", who "samordnar teamet", and the
short forms a document's key defines. Each reading has its own short text, written for this test with invented
places; none comes from the corpus."""

from __future__ import annotations

from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain


def test_besides_the_chairs_who_take_turns_dessutom_adds_members_and_makes_the_chairs_members():
    text = ("Samverkan i Åby\n\nStyrgruppen\n\nStyrgruppen beslutar om inriktningen. Kommundirektören och "
            "polischefen turas om att vara ordförande. Dessutom är socialchefen och skolchefen med. Gruppen "
            "träffas fyra gånger per år.\n")
    group = _groups(text)["Styrgruppen"]
    assert group["members"] == ["kommundirektör", "polischef", "socialchef", "skolchef"]
    assert group["chair"] == ["kommundirektör", "polischef"]


def test_people_who_work_here_are_members_and_who_coordinates_the_team_chairs_it():
    text = ("Samverkan i Åby\n\nTorgteamet\n\nFältsekreterare, områdespoliser och personal från Åby Bostäder "
            "arbetar här med läget vid torget. Kommunpolisen samordnar teamet. Teamet möts varje vecka.\n")
    group = _groups(text)["Torgteamet"]
    assert group["members"] == ["fältsekreterare", "områdespolis", "Åby Bostäder"]
    assert group["chair"] == "kommunpolis"


def test_the_pair_doing_a_coordinating_functions_work_are_its_members():
    text = ("Samverkan i Åby\n\nSamordningsfunktionen\n\nTrygghetssamordnaren och kommunpolisen planerar och "
            "följer upp arbetet. De stämmer av varannan vecka.\n")
    assert _groups(text)["Samordningsfunktionen"]["members"] == ["trygghetssamordnare", "kommunpolis"]


def test_a_working_groups_subject_is_not_read_as_its_members():
    text = ("Samverkan i Åby\n\nArbetsgruppen\n\nSocialchefen och polischefen beslutar om gruppens uppdrag. "
            "Gruppen träffas varje månad.\n")
    assert "members" not in _groups(text).get("Arbetsgruppen", {})


KEYED = """ÅBY KOMMUN                                   Dnr KS 2030/0001


SAMVERKANSÖVERENSKOMMELSE OM FÖREBYGGANDE OCH TRYGGHETSSKAPANDE
ARBETE I ÅBY KOMMUN


Förkortningar

ÅK      Åby kommun
KD      Kommundirektör
PC      Polischef
SG      Styrgruppen för trygghet
SAF     Samordningsfunktionen
TS      Trygghetssamordnare
KP      Kommunpolis


1. Parter

1.1 ÅK, org.nr 212000-9999, företrädd av kommunstyrelsen.

1.2 Polismyndigheten, Polisregion Mitt, LPO Åby, org.nr 202100-0000.


2. Prioriterade områden

Parterna ska prioritera följande:

2.1 Klotter i centrum.
2.2 Stölder, inkl. cykelstölder vid stationen.


3. Organisation

3.1 SG

SG består av KD och PC. SG träffas fyra gånger per år.

3.2 SAF

SAF består av TS och KP. SAF bereder ärenden till SG. Övriga befattningshavare inom kommunen adjungeras v.b.


4. Underskrifter

För ÅK                                   För Polismyndigheten

Eva Påhittad                             Jon Låtsas
KD                                       PC, LPO Åby
"""


def test_a_key_in_columns_names_the_groups_parties_and_signatories_its_short_forms_stand_for():
    plain = _plain(KEYED)
    assert plain["groups"]["SG"]["kind"] == "steering"
    assert plain["groups"]["SAF"]["kind"] == "coordinators"  # it prepares, yet is the samordningsfunktion
    assert "Åby kommun" in plain["parties"]
    assert plain["parties"]["Åby kommun"]["org_number"] == "212000-9999"
    assert {k: v["title"] for k, v in plain["signatories"].items()} == {"Eva Påhittad": "kommundirektör",
                                                                        "Jon Låtsas": "polischef"}


def test_a_heading_goes_on_after_two_joined_participles_and_an_abbreviation_stays_in_its_area():
    plain = _plain(KEYED)
    assert [t.casefold() for t in plain["agreement"]] == [
        "samverkansöverenskommelse om förebyggande och trygghetsskapande arbete i åby kommun"]
    assert list(plain["priority_areas"]) == ["Klotter i centrum", "Stölder"]


def test_officials_within_an_organisation_are_it_and_vb_is_no_member():
    members = _plain(KEYED)["groups"]["SAF"]["members"]
    assert members == ["TS", "KP", "kommunen"]


REPORT = """ÅBY KOMMUN                                                  TJÄNSTEUTLÅTANDE
Kommunledningskontoret                                      Dnr KS 2031/0042


Ny samverkansöverenskommelse mellan Åby kommun och polisen


Förslag till beslut

Kommunstyrelsen beslutar

1. att godkänna överenskommelsen "Tryggare Åby" enligt bilaga 1.


Sammanfattning

Den överenskommelse som gäller nu tecknades för perioden 2027-01-01 -- 2030-12-31 och behöver
ersättas. Förvaltningen har tagit fram ett förslag till ny överenskommelse.


Parter och giltighet
Överenskommelsen föreslås ingås mellan Åby kommun och lokalpolisområde Åby. Överenskommelsen
gäller från den 1 januari 2031 till och med den 31 december 2033. Hos polisen diarieförs den under
A 111.222/2031.

Organisation
Högst upp finns styrgruppen, där kommundirektören och lokalpolisområdeschefen sitter. Skolchefen kan
kallas in när ärendena kräver det. Styrgruppen möts fyra gånger om året.

Det som styrgruppen ska ta ställning till förbereds av en beredningsgrupp. Där ingår
samordnaren, som kallar till mötena, kommunpolisen och rektorerna för de kommunala skolorna i Åby.
Beredningsgruppen träffas varannan vecka.

Undertecknande
Överenskommelsen föreslås undertecknas av kommunstyrelsens ordförande Eva Påhittad för kommunen
och av lokalpolisområdeschefen Jon Låtsas för polisen.


Kommunledningskontoret

Lisa Exempel                                 Per Exempel
Kommundirektör                               Samordnare
"""


def test_a_report_proposing_an_agreement_gives_its_dates_number_and_signers_not_the_present_ones():
    plain = _plain(REPORT)
    agreement = next(iter(plain["agreement"].values()))
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2031-01-01", "2033-12-31")
    assert agreement["dnr"] == ["A 111.222/2031"]
    assert {k: v["title"] for k, v in plain["signatories"].items()} == {
        "Eva Påhittad": "kommunstyrelsens ordförande", "Jon Låtsas": "lokalpolisområdeschef"}


def test_what_the_steering_group_decides_prepared_by_a_group_is_its_report_and_who_calls_chairs_it():
    groups = _groups(REPORT)
    assert groups["Styrgruppen"]["members"] == ["kommundirektör", "lokalpolisområdeschef", "skolchef"]
    group = groups["Beredningsgruppen"]
    assert group["reports_to"] == ["Styrgruppen"]
    assert group["chair"] == "samordnare"
    assert group["members"] == ["samordnare", "kommunpolis", "rektor"]


LETTERED = """SAMVERKANSAVTAL FÖR ÅBY

1. Prioriterade områden

Parterna ska särskilt arbeta med

  a) klotter och skadegörelse i centrum under sommaren, inte minst under marknadsveckan,
  b) unga i riskzon, i Åby och på landsbygden,
  c) trafiksäkerhet vid skolorna.


2. Organisation

Arbetet organiseras enligt följande.

  a) Styrgruppen
     Gruppen leder det gemensamma arbetet. I den sitter kommundirektören och polischefen.
     Styrgruppen samlas fyra gånger om året.

  b) Samordningsfunktionen
     Kommunens trygghetssamordnare och kommunpolisen ansvarar för den löpande samordningen.
     De stämmer av läget varje vecka.

  c) Arbetsgruppen Unga Åby
     Fältassistenterna, rektorerna på skolorna i Åby, Nyby och Öby och områdespoliserna
     utgör arbetsgruppen. Arbetsgruppen leds av en enhetschef och möts varje månad, växelvis i
     Åby och Nyby. Iakttagelser och förslag lämnas till samordningsfunktionen.
"""


def test_a_lettered_item_that_names_a_group_is_the_heading_of_the_lines_under_it():
    groups = _groups(LETTERED)
    assert set(groups) == {"Styrgruppen", "Samordningsfunktionen", "Arbetsgruppen Unga Åby"}
    assert groups["Styrgruppen"]["members"] == ["kommundirektör", "polischef"]
    assert groups["Samordningsfunktionen"]["members"] == ["trygghetssamordnare", "kommunpolis"]
    working = groups["Arbetsgruppen Unga Åby"]
    assert working["members"] == ["fältassistent", "rektor", "områdespolis"]  # the places listed are no members
    assert "chair_alternating" not in working  # the place alternates, not the chair
    assert working["reports_to"] == ["Samordningsfunktionen"]


def test_an_area_drops_what_it_stresses_with_inte_minst_and_a_place_set_off_by_a_comma():
    assert list(_plain(LETTERED)["priority_areas"]) == [
        "Klotter och skadegörelse i centrum under sommaren", "Unga i riskzon", "Trafiksäkerhet vid skolorna"]


FACTS_PAGE = (
    "# Samverkan med polisen – sammanfattning\n"
    "\n"
    "## Överenskommelsen i korthet\n"
    "\n"
    "| Fält | Värde |\n"
    "|---|---|\n"
    "| Namn | Överenskommelse om trygghet i Åby kommun |\n"
    "| Parter | Åby kommun (genom kommunstyrelsen), Åbyhem AB, Polismyndigheten genom lokalpolisområde"
    " Åby |\n"
    "| Giltig från | 2030-02-01 |\n"
    "| Giltig till | 2031-12-31 |\n"
    "| Dnr kommunen | KS/2029:101 |\n"
    "| Dnr polisen | A 100.200/2029 |\n"
    "| Undertecknad av | Eva Påhittad, kommunstyrelsens ordförande · Jon Låtsas, lokalpolisområdeschef ·"
    " Per Exempel, vd Åbyhem AB |\n"
    "| Ansvarig tjänsteperson | Lisa Exempel, trygghetssamordnare |\n"
    "\n"
    "## Så är samverkan organiserad\n"
    "\n"
    "| Forum | Deltagare | Leds av | Träffas | Rapporterar till |\n"
    "|---|---|---|---|---|\n"
    "| Ledningsgruppen | Kommundirektör, lokalpolisområdeschef, vd Åbyhem | Kommundirektören | 4 ggr/år"
    " | Kommunstyrelsen |\n"
    "| Samordningsgruppen | Trygghetssamordnare, kommunpolis, fältsamordnare, trygghetsvärd Åbyhem |"
    " Trygghetssamordnaren | Varannan vecka | Ledningsgruppen |\n"
    "| Torgmötet | Kommunpolis, fältassistenter | Kommunpolisen | Varje måndag | Samordningsgruppen |\n"
    "\n"
    "## Historik\n"
    "\n"
    "| Version | Datum | Ändring |\n"
    "|---|---|---|\n"
    "| Överenskommelse om trygghet i Åby kommun (KS/2029:101) | 2030-01-20 | Ny period |\n"
    "\n"
)


def test_a_facts_table_gives_the_name_parties_dates_numbers_and_signers_of_the_agreement():
    plain = _plain(FACTS_PAGE)
    assert list(plain["agreement"]) == ["Överenskommelse om trygghet i Åby kommun"]
    agreement = plain["agreement"]["Överenskommelse om trygghet i Åby kommun"]
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2030-02-01", "2031-12-31")
    assert agreement["dnr"] == ["KS/2029:101", "A 100.200/2029"]
    assert set(plain["parties"]) == {"Åby kommun", "Åbyhem AB", "lokalpolisområde Åby"}
    assert {k: v["title"] for k, v in plain["signatories"].items()} == {
        "Eva Påhittad": "kommunstyrelsens ordförande", "Jon Låtsas": "lokalpolisområdeschef", "Per Exempel": "vd"}


def test_a_coordinating_group_with_others_between_steering_and_working_groups_prepares():
    group = _groups(FACTS_PAGE)["Samordningsgruppen"]
    assert group["kind"] == "preparation"
    assert "trygghetsvärd för Åbyhem" in group["members"]


def test_a_web_pages_aside_gives_the_agreements_number_and_nothing_else():
    from samverkan.extract.formats import html_text

    page = ("<html><body><main><h1>Trygghet i Åby</h1><p>Åby stadsdelsnämnd och lokalpolisområde Åby har en "
            "överenskommelse.</p><aside class=\"kontakt\"><h2>Kontakt</h2><p>Samordnare Eva Påhittad<br>"
            "Överenskommelsens diarienummer: ÅBY 2030/0101</p></aside></main></body></html>")
    text = html_text(page)
    assert "Överenskommelsens diarienummer: ÅBY 2030/0101" in text
    assert "Påhittad" not in text  # the rest of the aside is the page's furniture


def test_one_for_an_organisation_is_the_organisation_and_a_forum_below_leaves_a_coordinating_group_working():
    from samverkan.extract.meaning.phrases import members

    assert members("fältsekreterarna, en representant för Åbyhem AB och en för Åbytrafiken") == [
        "fältsekreterare", "Åbyhem AB", "Åbytrafiken"]
    text = FACTS_PAGE.replace("| Torgmötet |", "| Nattvandrarnätverket |")
    assert _groups(text)["Samordningsgruppen"]["kind"] == "working"
