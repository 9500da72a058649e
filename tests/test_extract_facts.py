"""Reading an agreement's facts by meaning (issue 15): its parties, signatories, validity, dnr and priority
areas, in the shapes agreements write them. The texts here are written for these tests, none taken from the
corpus; each asserts what a careful reader lists."""

from __future__ import annotations

import pytest

from samverkan.extract.document import Document
from samverkan.extract.meaning.dates import find_dates
from samverkan.extract.normalise import Normaliser
from samverkan.extract.record import recognise


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser()


def _plain(text: str, normaliser: Normaliser | None = None) -> dict:
    return recognise(Document.from_text("x.txt", text, normaliser)).to_plain()


def _areas(text: str) -> list[str]:
    return sorted(_plain(text).get("priority_areas", {}))


def _agreement(text: str, normaliser: Normaliser | None = None) -> dict:
    return next(iter(_plain(text, normaliser)["agreement"].values()))


def _parties(text: str) -> dict[str, str]:
    return {name: fields["party"] for name, fields in _plain(text).get("parties", {}).items()}


# --- dates and validity -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "dates"), [
    ("från den förste januari 2024 till den sista december 2025", ["2024-01-01", "2025-12-31"]),
    ("från den 1:a februari 2023 till den 31:a januari 2026", ["2023-02-01", "2026-01-31"]),
    ("från 1 okt. 2022 till 30 sept. 2024", ["2022-10-01", "2024-09-30"]),
    ("från tjugonde augusti 2021", ["2021-08-20"]),
])
def test_dates_in_words_ordinals_and_abbreviations(text, dates):
    assert [d for d, _, _ in find_dates(text, end=True)] == dates


@pytest.mark.parametrize(("sentence", "start", "end"), [
    ("Överenskommelsen gäller under perioden 2024–2026.", "2024-01-01", "2026-12-31"),
    ("Överenskommelsen gäller för åren 2025, 2026 och 2027.", "2025-01-01", "2027-12-31"),
    ("Giltighetstid: 2023 till och med 2025.", "2023-01-01", "2025-12-31"),
    ("Avtalet gäller från och med 2024-04-01 till och med utgången av 2026.", "2024-04-01", "2026-12-31"),
    ("Överenskommelsen gäller från den femtonde maj 2023 till den fjortonde maj 2025.", "2023-05-15",
     "2025-05-14"),
])
def test_validity_in_years_or_words(sentence, start, end):
    agreement = _agreement(f"Samverkansavtal för Nyby\n\nParter är Nyby kommun och Lokalpolisområde Nyby.\n\n"
                           f"Avtalstid\n{sentence}\n")
    assert (agreement["valid_from"], agreement["valid_to"]) == (start, end)


def test_until_further_notice_with_a_review_date_has_no_end():
    agreement = _agreement("Samverkansavtal för Nyby\n\nParter är Nyby kommun och Lokalpolisområde Nyby.\n\n"
                           "Avtalet gäller från den 1 mars 2024 och tills vidare. Det ses över senast den 1 mars "
                           "2026.\n")
    assert agreement["valid_from"] == "2024-03-01" and agreement["valid_to"] is None


def test_a_date_the_validity_sentence_goes_on_to_name_is_no_start():
    agreement = _agreement("Medborgarlöfte 2026\n\nParter är Åby kommun och Lokalpolisområde Åby.\n\n"
                           "Uppföljning\nLöftet gäller för kalenderåret 2026, och invånarna får en redovisning "
                           "i mars 2027.\n")
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2026-01-01", "2026-12-31")


def test_validity_stated_in_years_wins_over_a_review_date_under_the_same_heading():
    agreement = _agreement("Avtal om trygghet i Åby\n\nParter är Åby kommun och Polisområde Åby.\n\n"
                           "Avtalstid och uppföljning\nAvtalet gäller under mandatperioden 2027–2030. En första "
                           "rapport lämnas till nämnden den 15 april 2028.\n")
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2027-01-01", "2030-12-31")


def test_a_title_block_run_into_one_paragraph_keeps_its_first_line_as_title():
    plain = _plain("Överenskommelse om ett tryggare Åby\nÅby kommun och Lokalpolisområde Åby\nDnr 2025/77-1.2\n\n"
                   "Syfte\nText.\n")
    assert list(plain["agreement"]) == ["Överenskommelse om ett tryggare Åby"]


def test_a_period_of_years_in_the_title_when_no_sentence_gives_one():
    agreement = _agreement("Trygg i Åby – samverkansöverenskommelse 2024–2026\n\nParter är Åby kommun och "
                           "Lokalpolisområde Åby.\n\nSyfte\nText.\n")
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2024-01-01", "2026-12-31")


def test_ocr_damage_keeps_the_validity_and_the_priority_section(normaliser):
    text = ("Samverkansöverenskommelse\n\nParter\nÅby stadsdelsnämnd\nLokalpolisområde Åby\n\n"
            "Prioriterade ornråden\n- Trygghet i Åby centrum\n- Narkotika bland unga\n\n"
            "Giltighet\nÖverenskommelsen gäller frän den 1 april 2024 tlll och med den 31 mars 2026.\n")
    plain = _plain(text, normaliser)
    agreement = next(iter(plain["agreement"].values()))
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2024-04-01", "2026-03-31")
    assert sorted(plain["priority_areas"]) == ["Narkotika bland unga", "Trygghet i Åby centrum"]


# --- dnr and title ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "dnr"), [
    ("Vår referens: SN 2025/88", ["SN 2025/88"]),
    ("Dnr BYN 2023/4.5/17", ["BYN 2023/4.5/17"]),
    ("Diarienummer: 3.1-0456/2022 respektive A 123.456/2022", ["3.1-0456/2022", "A 123.456/2022"]),
    ("Ärendenummer K-0042/23", ["K-0042/23"]),
    ("D.nr 2019/345", ["2019/345"]),
    ("> Dnr KS 2024-0101. Beslutat den 3 maj 2024.", ["KS 2024-0101"]),
    ("Diarienummer förvaltningen: NYB 2021/1.2.3/0099", ["NYB 2021/1.2.3/0099"]),
])
def test_dnr_read_in_full_after_its_label(line, dnr):
    assert _agreement(f"Samverkansöverenskommelse\n\n{line}\n\nParter är Nyby kommun och Lokalpolisområde "
                      f"Nyby.\n")["dnr"] == dnr


@pytest.mark.parametrize(("line", "dnr"), [
    ("Beteckning: SN 2023.456", ["SN 2023.456"]),
    ("Diarienummer KS/2024:77 · Polisens ärendenummer A-2024/5512", ["KS/2024:77", "A-2024/5512"]),
    ("Dnr: BUN-2025-0031", ["BUN-2025-0031"]),
    ("Diarienummer: KS.2024.0873", ["KS.2024.0873"]),  # a dot after the prefix too
])
def test_dnr_with_dots_slashes_and_letter_prefixes(line, dnr):
    assert _agreement(f"Samverkansavtal\n\n{line}\n\nParter är Åby kommun och Lokalpolisområde Åby.\n")["dnr"] == dnr


@pytest.mark.parametrize(("text", "title"), [
    ("SAMVERKANSAVTAL\n\nom trygga skolor i Åby\n\nÅby kommun – Polisen i Åby\n\nBakgrund\nText.\n",
     "Samverkansavtal om trygga skolor i Åby"),
    ("SAMVERKANSÖVERENSKOMMELSE\n\nmellan Åby kommun och Lokalpolisområde Åby\n\nBakgrund\nText.\n",
     "Samverkansöverenskommelse"),
])
def test_a_title_page_whose_subtitle_completes_the_title_but_not_its_line_of_parties(text, title):
    assert [t.casefold() for t in _plain(text)["agreement"]] == [title.casefold()]


def test_a_line_naming_the_parties_under_the_title_is_no_part_of_it():
    plain = _plain("ÖVERENSKOMMELSE OM SAMVERKAN\nmellan Nyby kommun och Polisområde Nyby\n\nText.\n")
    assert list(plain["agreement"]) == ["Överenskommelse om samverkan"]  # tests/corpus/README.md, the title


@pytest.mark.parametrize(("text", "title"), [
    ("ÅBY KOMMUN\n\nTryggare tillsammans i Åby\nÅby kommun och Lokalpolisområde Åby\n\nBakgrund\nText.\n",
     "Tryggare tillsammans i Åby"),
    ("SAMVERKANSÖVERENSKOMMELSE 2026–2028\nför ett tryggare Åby\n\nParter\nText.\n",
     "Samverkansöverenskommelse 2026–2028 för ett tryggare Åby"),  # a topical line joins (the README's title)
    ("Bakgrund\nText utan rubrik.\n", "Samverkansöverenskommelse"),
])
def test_a_title_without_a_word_for_agreement_and_one_ended_by_its_years(text, title):
    assert list(_plain(text)["agreement"]) == [title]


# --- parties ------------------------------------------------------------------------------------------------

def test_a_chain_from_the_top_down_is_its_last_link():
    assert _parties("Samverkansavtal\n\nParter\nNyby stad, Stadsområde Väster\nPolismyndigheten, Polisregion "
                    "Mitt, Polisområde Nyby, Lokalpolisområde Väster\n") == {
        "Stadsområde Väster": "city", "Lokalpolisområde Väster": "police"}


def test_the_parties_section_wins_over_the_title_block_and_names_in_passing():
    text = ("Överenskommelse om samverkan\nNyby stadsdelsförvaltning och Polisområde Nyby\n\nBakgrund\n"
            "Arbetet bygger på den centrala överenskommelsen mellan Nyby stad och Polisregion Mitt.\n\n"
            "§ 1 Parter\nNyby stadsdelsnämnd, organisationsnummer 212000-0000, och Polismyndigheten genom "
            "Lokalpolisområde Nyby inom Polisområde Mitt, organisationsnummer 202100-0000. Skolförvaltningen "
            "och socialförvaltningen är inte parter.\n")
    plain = _plain(text)["parties"]
    assert {k: (v["party"], v.get("org_number")) for k, v in plain.items()} == {
        "Nyby stadsdelsnämnd": ("city", "212000-0000"), "Lokalpolisområde Nyby": ("police", "202100-0000")}


def test_parties_in_a_table_headed_parter():
    text = ("Samverkansöverenskommelse\n\nParter                      Företräds av\n"
            "Nyby stadsdelsnämnd         Stadsdelsdirektören\n"
            "Lokalpolisområde Nyby       Lokalpolisområdeschefen\n\nSyfte\nText.\n")
    assert _parties(text) == {"Nyby stadsdelsnämnd": "city", "Lokalpolisområde Nyby": "police"}


def test_parties_from_a_sentence_that_says_who_enters_into_it():
    text = ("ÖVERENSKOMMELSE\nom trygghet\n\nInledning\nDenna överenskommelse ingås mellan Nyby kommun och "
            "Polismyndigheten genom Lokalpolisområde Nyby.\n")
    assert _parties(text) == {"Nyby kommun": "city", "Lokalpolisområde Nyby": "police"}


def test_a_committee_named_with_its_administration_is_one_party():
    text = ("Samverkansavtal\n\nParter\nNyby stadsdelsnämnd, org nr 212000-0000\n"
            "Kulturnämnden / kulturförvaltningen, org nr 212000-0000\n")
    assert list(_parties(text)) == ["Nyby stadsdelsnämnd", "Kulturnämnden / kulturförvaltningen"]


def test_a_board_or_committee_of_a_named_municipality_is_one_party():
    text = ("Samverkansavtal om unga\n\nAvtalsparter\n1. Kultur- och fritidsnämnden i Åby kommun, nedan kallad "
            "nämnden\n2. Åbyhem AB, nedan kallat bolaget\n3. Polismyndigheten, Polisområde Åby, nedan kallad "
            "polisen\n\nSyfte\nText.\n")
    assert _parties(text) == {"Kultur- och fritidsnämnden i Åby kommun": "city", "Åbyhem AB": "other",
                              "Polisområde Åby": "police"}


def test_the_parties_sections_prose_about_others_adds_no_party():
    text = ("Överenskommelse om samverkan\n\nParter\nÖverenskommelsen är träffad mellan Kommunstyrelsen i Åby "
            "kommun och Polismyndigheten genom Lokalpolisområde Åby. Bystads kommun, som delar "
            "lokalpolisområde med Åby, har ett eget avtal. Lokalpolisområde Bystad bistår vid behov.\n")
    assert _parties(text) == {"Åby kommun": "city", "Lokalpolisområde Åby": "police"}


def test_a_chain_from_the_bottom_up_is_its_first_link():
    text = ("Samverkansavtal\n\nParter\nParterna är Åby kommun och Polismyndigheten genom Lokalpolisområde "
            "Åby, Polisområde Västland, Polisregion Mitt.\n")
    assert _parties(text) == {"Åby kommun": "city", "Lokalpolisområde Åby": "police"}


def test_a_side_named_only_in_the_signatures():
    text = ("Avtal om skolsamverkan\n\nBakgrund\nSkolorna och polisen har samarbetat länge.\n\n"
            "Underskrifter\n\nFör Åby kommun                    För Polismyndigheten, LPO Åby\n\n"
            "Eva Påhittad                      Jon Uppdiktad\nUtbildningschef                   "
            "Lokalpolisområdeschef\n")
    assert _parties(text) == {"Åby kommun": "city", "LPO Åby": "police"}


def test_a_chain_written_one_link_a_line_is_its_last_link():
    text = ("Samverkansavtal\n\nParter\n1. Åby kommun\n2. Polismyndigheten\n   Polisregion Mitt\n"
            "   Polisområde Västland\n   Lokalpolisområde Åby\n")
    assert _parties(text) == {"Åby kommun": "city", "Lokalpolisområde Åby": "police"}


def test_the_title_block_after_a_letterhead_names_the_parties():
    text = ("ÅBY KOMMUN\nKommunledningskontoret\n2024-05-05\n\n\nÖverenskommelse om samverkan\n"
            "mellan Åby kommun och Lokalpolisområde Åby\n\nBakgrund\nBystads kommun har ett eget avtal.\n")
    assert _parties(text) == {"Åby kommun": "city", "Lokalpolisområde Åby": "police"}


def test_third_parties_by_their_proper_names_and_not_a_clause_about_others():
    text = ("Samverkansavtal\n\nParter\n- Åby kommun\n- Lokalpolisområde Åby\n- Länsstyrelsen i Västlands län\n"
            "- Trafikverket\n\nSyfte\nText.\n")
    assert _parties(text) == {"Åby kommun": "city", "Lokalpolisområde Åby": "police",
                              "Länsstyrelsen i Västlands län": "other", "Trafikverket": "other"}
    text = ("Samverkansavtal\n\nParter\nÅby kommun, Lokalpolisområde Åby. Som samverkanspartner deltar även "
            "Trafikverket och Länsstyrelsen i Västlands län.\n")
    assert _parties(text) == {"Åby kommun": "city", "Lokalpolisområde Åby": "police"}


def test_a_third_party_in_the_title_line():
    assert _parties("Samverkansöverenskommelse mellan Åby kommun, Lokalpolisområde Åby och Region Västland\n\n"
                    "Syfte\nText.\n") == {"Åby kommun": "city", "Lokalpolisområde Åby": "police",
                                           "Region Västland": "other"}


def test_the_police_area_that_signs_for_the_authority_the_title_names():
    text = ("Överenskommelse mellan Åby kommun och Polismyndigheten\n\nSyfte\nText.\n\nUnderskrifter\n\n"
            "För Åby kommun                 För Lokalpolisområde Åby\nEva Påhittad                   Jon Uppdiktad\n"
            "Kommundirektör                 Lokalpolisområdeschef\n")
    assert _parties(text) == {"Åby kommun": "city", "Lokalpolisområde Åby": "police"}


# --- signatories --------------------------------------------------------------------------------------------

def test_signatories_titles_in_the_nominative_with_a_genitive_kept():
    text = ("Samverkansavtal\n\nParter är Nyby kommun och Lokalpolisområde Nyby.\n\nUnderskrifter\n\n"
            "Eva Påhittad                        Jon Uppdiktad\nKommunstyrelsens ordförande         "
            "Lokalpolisområdeschef\n\nLisa Låtsas\nKommunalråd\n")
    signed = {k: v["title"] for k, v in _plain(text)["signatories"].items()}
    assert signed == {"Eva Påhittad": "kommunstyrelsens ordförande", "Jon Uppdiktad": "lokalpolisområdeschef",
                      "Lisa Låtsas": "kommunalråd"}



SIGNED = "Samverkansavtal\n\nParter är Åby kommun och Lokalpolisområde Åby.\n\nSyfte\nText om syftet.\n\n"


@pytest.mark.parametrize("block", [
    "Underskrifter\n\n| Namn | Titel | Organisation |\n|---|---|---|\n| Eva Påhittad | Kommundirektör | Åby kommun |\n"
    "| Jon Uppdiktad | Lokalpolisområdeschef | Polismyndigheten |\n",
    "Undertecknande\nAvtalet har undertecknats av Eva Påhittad (kommundirektör) och Jon Uppdiktad "
    "(lokalpolisområdeschef).\n",
    "Underskrifter\nFör kommunen undertecknar kommundirektör Eva Påhittad och för polisen "
    "lokalpolisområdeschef Jon Uppdiktad.\n",
    "Underskrifter\n\nÅby kommun\nNamnförtydligande: Eva Påhittad\nBefattning: Kommundirektör\n\n"
    "Polismyndigheten\nNamnförtydligande: Jon Uppdiktad\nBefattning: Lokalpolisområdeschef\n",
    "Vem har skrivit under?\nAvtalet skrevs under i mars 2025 av Eva Påhittad, kommundirektör i Åby kommun, och "
    "Jon Uppdiktad, lokalpolisområdeschef för lokalpolisområde Åby i Polisområde Exempel.\n",
])
def test_signatories_in_tables_prose_and_forms(block):
    signed = {k: v["title"] for k, v in _plain(SIGNED + block)["signatories"].items()}
    assert signed == {"Eva Påhittad": "kommundirektör", "Jon Uppdiktad": "lokalpolisområdeschef"}


# --- priority areas -----------------------------------------------------------------------------------------

HEAD = "Samverkansavtal\n\nParter är Nyby kommun och Lokalpolisområde Nyby.\n\n"


def test_long_numbered_area_titles_are_headings():
    from samverkan.extract.meaning.priorities import priority_areas
    from samverkan.extract.meaning.text import units

    text = HEAD + ("4. Prioriterade områden\n\n4.1 Unga som riskerar att dras in i brott i området\n"
                   "Tidiga insatser från skola och socialtjänst.\n4.2 Motverka att unga rekryteras till gäng som "
                   "begår brott här\n4.3 Trygg kollektivtrafik\n")
    doc = Document.from_text("x.txt", text, None)
    assert [item.name for item in priority_areas(doc, units(doc))] == [
        "Unga som riskerar att dras in i brott i området",
        "Motverka att unga rekryteras till gäng som begår brott här", "Trygg kollektivtrafik"]


def test_areas_in_a_prose_list_after_a_colon():
    assert _areas(HEAD + "Inriktning\nParterna har kommit överens om följande fokusområden: cykelstölder, "
                  "trygghet i parkerna, samt att minska skadegörelsen i skolorna.\n") == [
        "Cykelstölder", "Skadegörelsen i skolorna", "Trygghet i parkerna"]


def test_areas_we_shall_especially_work_with():
    assert _areas(HEAD + "Vad vi gör\nVi ska särskilt arbeta med bilbränder, langning av alkohol och "
                  "trygghet på torget.\n") == ["Bilbränder", "Langning av alkohol", "Trygghet på torget"]


def test_areas_named_after_nämligen_with_a_serial_comma():
    assert _areas(HEAD + "Problembild\nUnderlaget visar två saker vi behöver arbeta med, nämligen rån mot "
                  "unga, och klotter i tunnelbanan.\n") == ["Klotter i tunnelbanan", "Rån mot unga"]


def test_areas_as_roman_numbered_items_after_an_unfinished_sentence():
    assert _areas(HEAD + "Parterna prioriterar under perioden\n(i) brott i nära relationer,\n"
                  "(ii) ungdomsrån,\n(iii) trafiksäkerhet vid skolorna.\n") == [
        "Brott i nära relationer", "Trafiksäkerhet vid skolorna", "Ungdomsrån"]


def test_areas_as_an_unmarked_indented_list_after_a_colon():
    assert _areas(HEAD + "Mål\nDe områden vi ska arbeta med är:\n\n  Trygghet i centrum\n  Vapenvåld\n\n"
                  "Organisation\nStyrgruppen träffas varje månad.\n") == ["Trygghet i centrum", "Vapenvåld"]


def test_areas_as_numbered_subheadings_of_their_section():
    text = HEAD + ("2. Prioriteringar\n2.1 Ungdomsbrottslighet\n2.2 Trygghet i kollektivtrafiken\n\n"
                   "3. Organisation\n3.1 Styrgrupp\nStyrgruppen träffas varje månad.\n")
    assert _areas(text) == ["Trygghet i kollektivtrafiken", "Ungdomsbrottslighet"]


def test_areas_named_by_a_bold_lead():
    assert _areas(HEAD + "## Insatsområden\n\n- **Narkotika** i skolmiljön\n- **Våld i offentlig miljö** "
                  "kvällstid\n") == ["Narkotika", "Våld i offentlig miljö"]


def test_areas_in_a_table_whose_first_column_names_them():
    text = HEAD + ("Handlingsplan\n\n| Insatsområde | Åtgärd | Ansvar |\n|---|---|---|\n"
                   "| Bostadsinbrott | Grannsamverkan | Polisen |\n| Otrygga gångvägar | Belysning | Kommunen |\n")
    assert _areas(text) == ["Bostadsinbrott", "Otrygga gångvägar"]


def test_a_table_of_actions_under_a_priority_heading_is_no_list_of_areas():
    text = HEAD + ("Prioriterade områden\n- Bostadsinbrott\n\nPrioriterade åtgärder\n\n| Åtgärd | Ansvar |\n"
                   "|---|---|\n| Grannsamverkan | Polisen |\n")
    assert _areas(text) == ["Bostadsinbrott"]


def test_a_problem_picture_in_prose_is_not_the_list_of_areas():
    text = HEAD + ("Lägesbild och problembild\nStatistiken pekar på tre mönster: fler rån, mer klotter och "
                   "oro kvällstid.\n\nFokusområden\n- Rån mot unga\n- Klotter\n")
    assert _areas(text) == ["Klotter", "Rån mot unga"]


def test_bold_areas_inside_a_sentence():
    assert _areas(HEAD + "Vårt arbete\nUnder året prioriterar vi **ungdomsbrott** och **trygghet i "
                  "centrum** framför allt annat.\n") == ["Trygghet i centrum", "Ungdomsbrott"]


def test_labelled_area_headings():
    text = HEAD + ("Insatsområde 1: Unga i riskmiljöer\nText om området.\n\n"
                   "Insatsområde 2 – Otrygghet i centrum\nText om området.\n")
    assert _areas(text) == ["Otrygghet i centrum", "Unga i riskmiljöer"]


def test_parties_named_in_lower_case_running_text_and_the_county_authority_of_old():
    assert _parties("Överenskommelse om samverkan\nNyby stadsdelsnämnd och lokalpolisområde Nyby\n\nText.\n") == {
        "Nyby stadsdelsnämnd": "city", "lokalpolisområde Nyby": "police"}
    plain = _plain("Samverkansavtal\n\nParter\nNyby stadsdelsnämnd\nPolismyndigheten i Exempels län, "
                   "Närpolisområde Nyby\n")
    assert {k: v["party"] for k, v in plain["parties"].items()} == {
        "Nyby stadsdelsnämnd": "city", "Närpolisområde Nyby": "police"}
    assert next(iter(plain["agreement"].values()))["level"] == "local"


def test_a_body_said_about_a_party_is_no_party():
    text = ("Samverkansavtal\n\nParter\nNyby stadsdelsnämnd\nLokalpolisområde Nyby, som även ansvarar för "
            "Exempelö kommun. Exempelö kommun omfattas inte av avtalet.\n")
    assert _parties(text) == {"Nyby stadsdelsnämnd": "city", "Lokalpolisområde Nyby": "police"}


def test_another_organisation_in_a_parties_list_is_a_party_of_its_own():
    text = ("Samverkansavtal\n\nParter\n- Nyby stadsdelsnämnd\n- Lokalpolisområde Nyby\n"
            "- AB Nybyhem (bostadsbolag)\n\nSyfte\nText.\n")
    assert _parties(text) == {"Nyby stadsdelsnämnd": "city", "Lokalpolisområde Nyby": "police",
                              "AB Nybyhem": "other"}


def test_html_headings_emphasis_and_furniture():
    from samverkan.extract.formats import html_text

    text = html_text('<html><body><div class="cookie-banner"><p>Vi använder kakor.</p><div>Godkänn</div></div>'
                     '<ol class="breadcrumbs"><li>Start</li><li>Trygghet</li></ol><main><h1>Samverkan i Nyby</h1>'
                     '<p>Vi prioriterar <strong>ungdomsbrott</strong>.</p></main></body></html>')
    assert text.split("\n")[0] == "# Samverkan i Nyby"
    assert "kakor" not in text and "Godkänn" not in text and "Start" not in text
    assert "**ungdomsbrott**" in text


def test_a_word_html_list_items_paragraph_stands_on_its_bullets_line():
    from samverkan.extract.formats import html_text

    text = html_text('<html><body><p class="MsoNormal">Vi prioriterar följande:</p><ul>'
                     '<li><p class="MsoNormal">Stölder i centrum</p></li>'
                     '<li><p class="MsoNormal">Klotter vid skolorna</p></li></ul></body></html>')
    assert "- Stölder i centrum" in text and "- Klotter vid skolorna" in text


def test_html_menus_dialogs_and_nested_lists():
    from samverkan.extract.formats import html_text

    text = html_text('<div class="site-meny"><ul><li>Hem</li><li>Omsorg</li></ul></div>'
                     '<div role="navigation"><a href="/">Start</a></div>'
                     '<div class="cc-window" role="dialog"><p>Vi sparar små filer.</p></div>'
                     '<div id="kakor">Godkänn</div><h1>Samverkan i Nyby</h1><ul>\n<li>Trygghet i centrum\n'
                     '<ul><li>mål: färre anmälda brott</li></ul></li>\n<li>Unga och droger</li></ul>')
    assert text.splitlines() == ["# Samverkan i Nyby", "", "- Trygghet i centrum", "  - mål: färre anmälda brott",
                                 "- Unga och droger"]


def test_an_html_table_of_labels_and_values_is_read_as_labelled_lines():
    from samverkan.extract.formats import html_text

    markup = """<h1>Överenskommelse om trygghet i Nyby</h1><p><strong>Trygghetsrådet</strong></p><table>
<tr><th>Uppdrag</th><td>Följer lägesbilden och föreslår insatser.</td></tr>
<tr><th>Ordförande</th><td>Kommunpolisen</td></tr>
<tr><th>Övriga ledamöter</th><td>Fältassistenterna och Nybyhem</td></tr>
<tr><th>Sammanträden</th><td>Varannan månad</td></tr>
<tr><th>Rapporterar till</th><td>Kommunstyrelsen</td></tr></table>
<table><tr><th>Grupp</th><th>Ordförande</th></tr><tr><td>Skolrådet</td><td>rektor</td></tr></table>"""
    text = html_text(markup)
    assert "Ordförande: Kommunpolisen\nÖvriga ledamöter: Fältassistenterna och Nybyhem\n" in text
    assert "Grupp | Ordförande" in text  # a table with a header row stays a table
    council = recognise(Document.from_text("x.html", text)).to_plain()["groups"]["Trygghetsrådet"]
    assert council["members"] == ["kommunpolis", "fältassistent", "Nybyhem"]  # the chair sits in it too
    assert (council["chair"], council["frequency_per_year"], council["reports_to"]) == (
        "kommunpolis", 6, ["kommunstyrelsen"])


@pytest.mark.parametrize("block", [
    "För Nyby kommun: Eva Påhittad, kommundirektör\nFör Lokalpolisområde Nyby: Jon Uppdiktad, "
    "lokalpolisområdeschef\n",
    "Eva Påhittad (kommundirektör)                Jon Uppdiktad (lokalpolisområdeschef)\n",
    "Kommundirektör Eva Påhittad                  Lokalpolisområdeschef Jon Uppdiktad\n",
])
def test_signatories_written_in_other_orders(block):
    text = HEAD + "Giltighet\nAvtalet gäller från 2024-01-01 till 2025-12-31.\n\nUnderskrifter\n\n" + block
    signed = {k: v["title"] for k, v in _plain(text)["signatories"].items()}
    assert signed == {"Eva Påhittad": "kommundirektör", "Jon Uppdiktad": "lokalpolisområdeschef"}


def test_signatures_before_long_annexes_and_no_contact_person():
    annex = "".join(f"Rad {i} i bilagan om lägesbilden.\n" for i in range(60))
    text = (HEAD + "Kontakt\nKommunpolis Vera Exempel, Lokalpolisområde Nyby\n\nNyby den 1 mars 2024\n\n"
            "Eva Påhittad                        Jon Uppdiktad\nKommundirektör                      "
            "Lokalpolisområdeschef\n\nBilaga 1 Lägesbild\n" + annex)
    assert sorted(_plain(text)["signatories"]) == ["Eva Påhittad", "Jon Uppdiktad"]


@pytest.mark.parametrize("sentence", [
    "Överenskommelsen undertecknas av kommundirektör Eva Påhittad och lokalpolisområdeschef Jon Uppdiktad.",
    "Avtalet skrevs under den 1 mars 2024 av Eva Påhittad, kommundirektör, och Jon Uppdiktad, "
    "lokalpolisområdeschef.",
])
def test_signatories_named_in_prose(sentence):
    signed = {k: v["title"] for k, v in _plain(HEAD + "Övrigt\n" + sentence + "\n")["signatories"].items()}
    assert signed == {"Eva Påhittad": "kommundirektör", "Jon Uppdiktad": "lokalpolisområdeschef"}


@pytest.mark.parametrize(("sentence", "start", "end"), [
    ("Överenskommelsen gäller för år 2024.", "2024-01-01", "2024-12-31"),
    ("Medborgarlöftet gäller under 2025.", "2025-01-01", "2025-12-31"),
    ("Avtalet gäller i tre år från och med den 1 juli 2022.", "2022-07-01", "2025-06-30"),
])
def test_validity_of_one_year_or_whole_years_from_a_date(sentence, start, end):
    agreement = _agreement(HEAD + "Avtalstid\n" + sentence + "\n")
    assert (agreement["valid_from"], agreement["valid_to"]) == (start, end)


def test_validity_from_the_signing_to_a_date_has_an_end_alone():
    agreement = _agreement(HEAD + "Avtalstid\nAvtalet gäller från undertecknandet till och med den 31 december "
                           "2025.\n")
    assert "valid_from" not in agreement and agreement["valid_to"] == "2025-12-31"


def test_a_numbered_list_of_problems_is_the_list_of_areas():
    assert _areas(HEAD + "Lokala problem\n1. Öppen narkotikahandel\n2. Bilbränder på parkeringarna\n\n"
                  "Organisation\nStyrgruppen träffas varje månad.\n") == ["Bilbränder på parkeringarna",
                                                                          "Öppen narkotikahandel"]


def test_parties_in_a_sentence_with_another_organisation_and_the_district_named_first():
    assert _parties("Samverkansavtal\n\nParter är Stadsdelsförvaltningen Nyby, Lokalpolisområde Nyby och "
                    "AB Nybyhem.\n") == {"Stadsdelsförvaltningen Nyby": "city", "Lokalpolisområde Nyby": "police",
                                         "AB Nybyhem": "other"}
    assert _parties("Samverkansavtal\n\nParter\nKommunstyrelsen i Nyby kommun\nLokalpolisområde Nyby\n") == {
        "Nyby kommun": "city", "Lokalpolisområde Nyby": "police"}


@pytest.mark.parametrize("block", [
    "Eva Påhittad      Kommundirektör      Jon Uppdiktad      Lokalpolisområdeschef\n",
    "Eva Påhittad                        Jon Uppdiktad\nNyby kommun                         Lokalpolisområde Nyby\n"
    "Kommundirektör                      Lokalpolisområdeschef\n",
    "Kommundirektör                      Lokalpolisområdeschef\nEva Påhittad                        Jon Uppdiktad\n",
    "EVA PÅHITTAD                        JON UPPDIKTAD\nKOMMUNDIREKTÖR                      LOKALPOLISOMRÅDESCHEF\n",
    "Eva Påhittad                        Jon Uppdiktad\nKommundirektör, Nyby kommun         "
    "Lokalpolisområdeschef för Lokalpolisområde Nyby\n",
])
def test_signature_blocks_in_other_layouts(block):
    text = HEAD + "Giltighet\nAvtalet gäller från 2024-01-01 till 2025-12-31.\n\nUnderskrifter\n\n" + block
    signed = {k: v["title"] for k, v in _plain(text)["signatories"].items()}
    assert signed == {"Eva Påhittad": "kommundirektör", "Jon Uppdiktad": "lokalpolisområdeschef"}


def test_a_signatory_with_an_initial_and_a_particle():
    text = HEAD + "Underskrifter\n\nEva K. af Påhittad\nKommundirektör\n"
    assert list(_plain(text)["signatories"]) == ["Eva K. af Påhittad"]


def test_genre_words_before_a_party_are_no_part_of_its_name():
    assert _parties("Samverkansavtal Nyby kommun – Lokalpolisområde Nyby\n\nText.\n") == {
        "Nyby kommun": "city", "Lokalpolisområde Nyby": "police"}


def test_a_parties_heading_with_more_words_and_the_police_named_with_i():
    text = ("Samverkansavtal\n\nAvtalets parter\nParterna i detta avtal är Nyby stadsdelsnämnd och "
            "Polismyndigheten i Exempels län genom Närpolisområde Nyby.\n")
    assert _parties(text) == {"Nyby stadsdelsnämnd": "city", "Närpolisområde Nyby": "police"}
    assert _parties("# Medborgarlöften 2024\n\n*Nyby kommun och Polisen i lokalpolisområde Nyby*\n\nText.\n") == {
        "Nyby kommun": "city", "lokalpolisområde Nyby": "police"}


def test_parties_as_numbered_subheadings_of_their_section():
    text = ("Överenskommelse om samverkan\n\n1. Inledning\nText om bakgrunden.\n\n2. Parter\n"
            "2.1 Nyby stad genom stadsområdesnämnden\n2.2 Polismyndigheten, Lokalpolisområde Nyby\n\n"
            "3. Prioriteringar\n3.1 Vapenvåld\n")
    assert _parties(text) == {"Nyby stad": "city", "Lokalpolisområde Nyby": "police"}


def test_outside_a_parties_section_the_first_mentions_of_both_sides_are_the_parties():
    text = ("# Samverkan i Nyby\n\nNyby stad och Polisområde Nyby har tecknat en överenskommelse för åren "
            "2022–2025. Lokalpolisområde Nyby norra och Lokalpolisområde Nyby södra deltar genom sina "
            "kommunpoliser.\n\n## Organisation\nText.\n")
    plain = _plain(text)
    assert {k: v["party"] for k, v in plain["parties"].items()} == {"Nyby stad": "city",
                                                                     "Polisområde Nyby": "police"}
    agreement = next(iter(plain["agreement"].values()))
    assert (agreement["level"], agreement["valid_from"], agreement["valid_to"]) == (
        "central", "2022-01-01", "2025-12-31")


def test_a_body_a_party_belongs_to_is_no_party():
    text = ("Samverkansavtal\n\nParter\nParter är Nyby stadsdelsnämnd och Lokalpolisområde Nyby, som ingår i "
            "Polisområde Mitt. Lokalpolisområdet tillhör Polisregion Exempel.\n")
    assert _parties(text) == {"Nyby stadsdelsnämnd": "city", "Lokalpolisområde Nyby": "police"}


def test_a_committee_and_its_administration_are_one_party():
    assert _parties("Samverkansavtal\n\nParter\nParter är Nyby stadsdelsnämnd genom Nyby stadsdelsförvaltning "
                    "och Lokalpolisområde Nyby.\n") == {"Nyby stadsdelsnämnd": "city",
                                                       "Lokalpolisområde Nyby": "police"}


def test_an_agreement_all_in_prose():
    text = ("Överenskommelse om trygghetsarbete i Nyby\n\nNyby stadsdelsnämnd och Lokalpolisområde Nyby har "
            "kommit överens om att samverka.\n\nArbetet ska inriktas mot tre områden. Fokus ligger på ungdomars "
            "utsatthet för rån, otrygghet kring torget och langning av alkohol.\n\nÖverenskommelsen gäller från "
            "och med den femtonde januari tjugohundratjugofyra till och med den fjortonde januari "
            "tjugohundratjugosex. Den har undertecknats av stadsdelsdirektör Eva Exempel och "
            "lokalpolisområdeschef Nils Prov.\n")
    plain = _plain(text)
    agreement = next(iter(plain["agreement"].values()))
    assert (agreement["valid_from"], agreement["valid_to"], agreement["level"]) == ("2024-01-15", "2026-01-14",
                                                                                     "local")
    assert sorted(plain["priority_areas"]) == ["Langning av alkohol", "Otrygghet kring torget",
                                               "Ungdomars utsatthet för rån"]
    assert {k: v["title"] for k, v in plain["signatories"].items()} == {
        "Eva Exempel": "stadsdelsdirektör", "Nils Prov": "lokalpolisområdeschef"}


# --- round 2: header blocks, later end dates, third parties in a sentence -----------------------------------

def test_a_dnr_alone_in_a_letterhead_column_is_read_and_dates_and_org_numbers_are_not():
    text = ("ÅBY KOMMUN                                 SN 2023/0456\n"
            "Socialförvaltningen                        2023-09-12\n"
            "212000-9999                                2024–2026\n\n"
            "Samverkansavtal för Åby\n\nParter är Åby kommun och Lokalpolisområde Åby.\n")
    assert _agreement(text)["dnr"] == ["SN 2023/0456"]


def test_a_labelled_dnr_in_bold_with_a_colon_inside_it():
    text = "# Samverkansavtal för Åby\n\n**Ärendenummer:** KS/2022:87\n\nParter är Åby kommun och LPO Åby.\n"
    assert _agreement(text)["dnr"] == ["KS/2022:87"]


def test_no_dnr_from_a_header_without_one():
    text = "Åby kommun                     2023-09-12\nSida 1 (2)\n\nSamverkansavtal för Åby\n\n" + HEAD[17:]
    assert "dnr" not in _agreement(text)


@pytest.mark.parametrize(("sentences", "start", "end"), [
    ("Avtalet börjar gälla den 1 februari 2024. Avtalet löper ut den 31 januari 2027.", "2024-02-01",
     "2027-01-31"),
    ("Överenskommelsen gäller från och med 2023-06-01. Den upphör att gälla den 31 maj 2025.", "2023-06-01",
     "2025-05-31"),
])
def test_the_end_of_the_validity_in_the_next_sentence(sentences, start, end):
    agreement = _agreement(HEAD + "Avtalstid\n" + sentences + "\n")
    assert (agreement["valid_from"], agreement["valid_to"]) == (start, end)


def test_an_end_alone_after_the_signing():
    agreement = _agreement(HEAD + "Avtalstid\nAvtalet gäller från och med undertecknandet. Avtalet löper ut den "
                           "30 juni 2026.\n")
    assert "valid_from" not in agreement and agreement["valid_to"] == "2026-06-30"


def test_until_further_notice_but_at_the_longest_to_a_date_ends_then():
    agreement = _agreement(HEAD + "Giltighet\nÖverenskommelsen gäller från den 1 april 2024 och tills vidare, dock "
                           "längst till och med den 31 mars 2028.\n")
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2024-04-01", "2028-03-31")
    assert "until_further_notice" not in agreement


def test_the_validity_of_an_earlier_agreement_is_no_validity():
    agreement = _agreement(HEAD + "Bakgrund\nDen föregående överenskommelsen gällde 2020–2022 och följdes upp i "
                           "mars 2023.\n\nAvtalstid\nAvtalet gäller från den 1 maj 2023 till den 30 april 2025.\n")
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2023-05-01", "2025-04-30")


def test_a_chain_down_to_an_lpo_abbreviation_is_the_police_party_and_the_agreement_is_local():
    text = ("Samverkansavtal Åby\n\n1 Parter\n1.1 Åby kommun genom kommunstyrelsen.\n"
            "1.2 Polismyndigheten, Region Mitt, Polisområde Åbylän, LPO Åby.\n\n"
            "2 Giltighet\nAvtalet gäller 2024–2025. Lokalpolisområde Åby ansvarar för uppföljningen.\n")
    assert _parties(text) == {"Åby kommun": "city", "LPO Åby": "police"}
    assert _agreement(text)["level"] == "local"


def test_parties_and_a_housing_company_in_a_sentence_that_they_have_agreed():
    text = ("Överenskommelse om trygghet i Åby\n\nInledning\nÅby kommun genom kommunstyrelsen, Polismyndigheten "
            "genom lokalpolisområde Åby i Polisområde Mitt och Bostadsbolaget Åbyhus AB har kommit överens om att "
            "samverka mot brott i bostadsområdena.\n")
    assert _parties(text) == {"Åby kommun": "city", "lokalpolisområde Åby": "police",
                              "Bostadsbolaget Åbyhus AB": "other"}


def test_a_third_party_with_a_relative_clause_and_the_police_by_another_name_are_read_right():
    text = ("Överenskommelse om trygga skolor\n\nParter\nÖverenskommelsen tecknas av Åby kommun, Polisen i Åby och "
            "Stiftelsen Åbyskolan, som driver en grundskola och Vallgymnasiet.\n")
    assert _parties(text) == {"Åby kommun": "city", "Polisen i Åby": "police", "Stiftelsen Åbyskolan": "other"}


def test_the_people_who_sign_are_no_parties():
    text = ("Samverkansavtal Åby\n\nAvtalet ingås mellan Åby kommun och Lokalpolisområde Åby. Det undertecknas av "
            "Eva Exempel, kommundirektör, och Nils Prov, lokalpolisområdeschef.\n")
    assert _parties(text) == {"Åby kommun": "city", "Lokalpolisområde Åby": "police"}


def test_areas_after_det_galler_framfor_allt_with_an_elaboration_that_is_no_area():
    text = (HEAD + "Vad vi ska arbeta med\nLägesbilden visar var behoven finns. Det gäller framför allt "
            "narkotikahandel vid stationen, våld i nära relationer, särskilt mot äldre, samt klotter och "
            "skadegörelse i skolorna.\n")
    assert _areas(text) == ["Klotter och skadegörelse i skolorna", "Narkotikahandel vid stationen",
                            "Våld i nära relationer"]


def test_a_list_after_a_sentence_about_working_within_areas():
    text = (HEAD + "Syfte\nParterna ska samverka inom följande områden:\n- bostadsinbrott\n- trafiksäkerhet "
            "kring skolorna\n\nOrganisation\nStyrgruppen träffas varje månad.\n")
    assert _areas(text) == ["Bostadsinbrott", "Trafiksäkerhet kring skolorna"]


def test_an_organisation_under_a_signatory_and_a_title_of_two_words():
    text = (HEAD + "Underskrifter\n\nÅby den 2 maj 2024                    Åby den 3 maj 2024\n\n"
            "Eva Exempel                           Nils Prov\nKommundirektör                        "
            "Lokalpolisområdeschef\n\nÅby den 6 maj 2024\n\nKarin Prövare\nVerkställande direktör\n"
            "Stiftelsen Åbyskolan\n")
    assert {k: v["title"] for k, v in _plain(text)["signatories"].items()} == {
        "Eva Exempel": "kommundirektör", "Nils Prov": "lokalpolisområdeschef",
        "Karin Prövare": "verkställande direktör"}


@pytest.mark.parametrize(("sentence", "start", "end"), [
    ("Giltighetstid: 2023-03-01 – 2025-02-28", "2023-03-01", "2025-02-28"),
    ("Avtalstid\nAvtalet gäller fr.o.m. 2024-02-01 t.o.m. 2026-01-31.", "2024-02-01", "2026-01-31"),
    ("Avtalstid\nÖverenskommelsen gäller från den 1 januari 2025 och tre år framåt.", "2025-01-01", "2027-12-31"),
    ("Giltighet\nÖverenskommelsen träder i kraft den 1 april 2024. Den gäller i två år.", "2024-04-01",
     "2026-03-31"),
])
def test_validity_as_a_label_with_abbreviations_or_years_ahead(sentence, start, end):
    agreement = _agreement(HEAD + sentence + "\n")
    assert (agreement["valid_from"], agreement["valid_to"]) == (start, end)


def test_from_the_signing_to_the_end_of_a_year():
    agreement = _agreement(HEAD + "Avtalstid\nÖverenskommelsen gäller från undertecknandet till och med 2026.\n")
    assert "valid_from" not in agreement and agreement["valid_to"] == "2026-12-31"


@pytest.mark.parametrize("label", ["Ärende: ", "Vår beteckning: ", "Diarienr. "])
def test_other_labels_of_a_dnr(label):
    assert _agreement(f"Samverkansavtal för Åby\n{label}SN 2024/77\n\n" + HEAD[17:])["dnr"] == ["SN 2024/77"]


def test_a_police_chain_on_the_line_before_the_municipality_keeps_them_apart():
    text = ("Samverkansavtal\n\nParter\nPolismyndigheten, Polisregion Mitt, Polisområde Åbylän, Lokalpolisområde "
            "Åby\nÅbys stad\n")
    assert _parties(text) == {"Lokalpolisområde Åby": "police", "Åbys stad": "city"}


def test_parties_of_an_agreement_that_has_been_entered_into():
    text = ("Samverkansavtal för Åby\n\nDenna överenskommelse har ingåtts mellan Åby kommun och Polismyndigheten, "
            "Polisområde Mitt, som har ansvaret för polisarbetet i kommunen.\n")
    assert _parties(text) == {"Åby kommun": "city", "Polisområde Mitt": "police"}


def test_a_parties_table_whose_first_column_is_the_role():
    text = ("Samverkansavtal\n\n| Parter | Namn |\n|---|---|\n| Kommunen | Åby kommun |\n"
            "| Polisen | Polismyndigheten, LPO Åby |\n")
    assert _parties(text) == {"Åby kommun": "city", "LPO Åby": "police"}


def test_an_area_item_with_a_gloss_after_a_dash_is_the_area_alone():
    text = (HEAD + "Prioriterade frågor\n1. Trygg skolväg – fler vuxna på väg till skolan\n2. Narkotika bland unga "
            "– tidiga insatser\n\nOrganisation\nStyrgruppen träffas varje månad.\n")
    assert _areas(text) == ["Narkotika bland unga", "Trygg skolväg"]


def test_areas_after_att_prioritera():
    text = (HEAD + "Inriktning\nParterna är överens om att prioritera bostadsinbrott, trafiksäkerhet och våld i "
            "offentlig miljö.\n")
    assert _areas(text) == ["Bostadsinbrott", "Trafiksäkerhet", "Våld i offentlig miljö"]


@pytest.mark.parametrize("sentence", [
    "Avtalet gäller från och med 2025-01-01 och ska omprövas senast 2026-12-31.",
    "Överenskommelsen gäller från den 1 mars 2025 och följs upp årligen, första gången i december 2025.",
])
def test_a_date_of_review_after_the_start_is_no_end(sentence):
    agreement = _agreement(HEAD + "Giltighet\n" + sentence + "\n")
    assert agreement["valid_from"] in ("2025-01-01", "2025-03-01") and "valid_to" not in agreement


def test_a_dnr_under_its_label_in_a_form_like_header():
    text = ("Samverkansavtal för Åby\n\nDatum              Diarienummer\n2024-05-01         KS 2024/123\n\n"
            + HEAD[17:])
    assert _agreement(text)["dnr"] == ["KS 2024/123"]


@pytest.mark.parametrize("sentence", [
    "Parter är Åby kommun och Polismyndigheten, Region Väst, Lokalpolisområde Åby.",
    "Åby kommun och Polismyndigheten, Region Väst, Polisområde Fyrbodal, Lokalpolisområde Åby har kommit överens "
    "om att samverka.",
])
def test_the_police_region_in_a_chain_is_no_other_party(sentence):
    assert _parties("Samverkansavtal\n\nInledning\n" + sentence + "\n") == {"Åby kommun": "city",
                                                                          "Lokalpolisområde Åby": "police"}


def test_the_authoritys_org_number_goes_to_its_police_area():
    text = ("Samverkansavtal\n\nParter\n\nA. Åby kommun, organisationsnummer 212000-0001\nB. Polismyndigheten, "
            "organisationsnummer 202100-0076, genom Lokalpolisområde Åby\n")
    parties = _plain(text)["parties"]
    assert {k: v.get("org_number") for k, v in parties.items()} == {"Åby kommun": "212000-0001",
                                                                   "Lokalpolisområde Åby": "202100-0076"}


def test_a_bare_list_of_names_in_a_parties_section_has_the_other_organisations_too():
    text = "Samverkansavtal\n\nParter\nÅby kommun, Åbyhem AB och Polismyndigheten, Lokalpolisområde Åby.\n"
    assert _parties(text) == {"Åby kommun": "city", "Åbyhem AB": "other", "Lokalpolisområde Åby": "police"}
    text = "Samverkansavtal\n\nParter\nÅby kommun och Lokalpolisområde Åby samverkar med Åbyhem AB.\n"
    assert _parties(text) == {"Åby kommun": "city", "Lokalpolisområde Åby": "police"}


def test_markdown_subheadings_under_a_priorities_heading_are_the_areas():
    text = ("# Samverkansavtal för Åby\n\nParter är Åby kommun och Lokalpolisområde Åby.\n\n## Prioriterade områden"
            "\n\n### Trygghet i centrum\nFler vuxna ska röra sig i centrum.\n\n### Unga i riskmiljöer\nTidiga "
            "insatser.\n\n## Organisation\n\n### Styrgruppen\nStyrgruppen träffas varje månad.\n")
    assert sorted(recognise(Document.from_text("x.md", text)).to_plain()["priority_areas"]) == [
        "Trygghet i centrum", "Unga i riskmiljöer"]


def test_a_company_signatory_titled_vd():
    text = (HEAD + "Underskrifter\n\nEva Exempel                         Nils Prov\n"
            "VD, Åbyhem AB                       Polismästare\n")
    assert {k: v["title"] for k, v in _plain(text)["signatories"].items()} == {"Eva Exempel": "vd",
                                                                              "Nils Prov": "polismästare"}


def test_validity_for_two_years_named_with_och():
    agreement = _agreement(HEAD + "Avtalstid\nMedborgarlöftet gäller under 2025 och 2026.\n")
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2025-01-01", "2026-12-31")


def test_an_upper_case_title_keeps_the_place_names_of_the_text():
    text = ("ÖVERENSKOMMELSE OM TRYGGHET I ÅBY CENTRUM\n\nParter är Åby kommun och Lokalpolisområde Åby.\n\n"
            "Avtalstid\nAvtalet gäller 2025–2026.\n")
    assert next(iter(_plain(text)["agreement"])) == "Överenskommelse om trygghet i Åby centrum"


# --- OCR repair leaves names alone in a text whose ordinary words OCR did not damage ---

CLEAN = ("Samverkansgruppen i Knalleland består av kommunpolisen, fältassistenterna och bostadsbolaget "
         "Gavlegårdarna. Gruppen träffas fyra gånger per år och rapporterar till styrgruppen.")


def test_names_in_a_clean_text_are_never_repaired():
    from samverkan.extract.document import Document

    doc = Document.from_text("x.txt", CLEAN, Normaliser())
    assert doc.lines[0] == CLEAN and not doc.corrections


def test_names_in_a_damaged_text_are_still_repaired():
    from samverkan.extract.document import Document

    damaged = "Överenskomrnelsen gäller tlll år 2026. Gruppen i Knalleland sarnmanträder varje rnånad."
    doc = Document.from_text("x.txt", damaged, Normaliser())
    assert doc.lines[0].startswith("Överenskommelsen gäller till år 2026")  # a capitalised word too



def test_areas_after_a_line_that_leads_into_them():
    assert _areas(HEAD + "Inriktning\nUnder året riktas insatserna mot\n\n(1) bilstölder,\n"
                  "(2) droger på festivaler.\n") == ["Bilstölder", "Droger på festivaler"]


def test_areas_as_short_names_leading_their_paragraphs():
    text = HEAD + ("Prioriterade frågor\n\nCykelstölder. Polisen kartlägger stöldgods och kommunen ser över "
                   "cykelställen.\n\nOtrygghet i parken. Belysningen förbättras och fältarbetarna är ute "
                   "kvällstid.\n\nOrganisation\nStyrgruppen träffas varje månad.\n")
    assert _areas(text) == ["Cykelstölder", "Otrygghet i parken"]


@pytest.mark.parametrize("sentence", [
    "I år prioriterar parterna klotter, bilbränder samt oro vid badplatsen.",
    "Vi lägger därför särskilt fokus på klotter, bilbränder och oro vid badplatsen.",
    "Dialogen pekade ut tre problem som vi ska lösa: klotter, bilbränder och oro vid badplatsen.",
    "Fokusområdena under avtalstiden är klotter, bilbränder och oro vid badplatsen.",
])
def test_areas_in_a_sentence_in_several_wordings(sentence):
    assert _areas(HEAD + f"Bakgrund\n{sentence}\n") == ["Bilbränder", "Klotter", "Oro vid badplatsen"]


def test_areas_as_items_lettered_with_a_capital_and_a_parenthesis():
    assert _areas(HEAD + "Insatsområden\n\nA) Cykelstölder\nB) Oro vid badplatsen\n\nOrganisation\nText.\n") == [
        "Cykelstölder", "Oro vid badplatsen"]


# --- parties in running prose, one a line, and by their everyday names ----------------------------------------

def test_parties_in_the_prose_of_a_parties_section_without_a_phrase_that_names_them():
    text = ("Samverkansavtal\n\nParter\n\nBrobergs kommun genom kommunstyrelsen och Polisen i Broberg, som hör till "
            "Polisområde Mellersta. Avtalet omfattar också Brobergs Bostäder AB, det kommunala bostadsbolaget. "
            "Brandkåren Broberg bjuds in men är inte part.\n\nSyfte\nText.\n")
    assert _parties(text) == {"Brobergs kommun": "city", "Polisen i Broberg": "police",
                              "Brobergs Bostäder AB": "other"}


def test_parties_written_one_a_line_without_bullets():
    text = ("Avtal om trygghet i Broberg\n\nAvtalsparter\n\nBrobergs kommun\nPolismyndigheten, lokalpolisområde "
            "Broberg\nStiftelsen Brobergshem\nIdrottsföreningen Unga för Broberg\n\nParterna är överens om följande."
            "\n\nBakgrund\nText.\n")
    assert _parties(text) == {"Brobergs kommun": "city", "lokalpolisområde Broberg": "police",
                              "Stiftelsen Brobergshem": "other", "Idrottsföreningen Unga för Broberg": "other"}


def test_a_party_that_joins_as_a_party_by_its_name_and_organisation_number():
    plain = _plain("Samverkansavtal\n\nParter\nParter är Brobergs kommun och Lokalpolisområde Broberg. Region "
                   "Mellanland deltar som part i frågor om vård. Även Brobergshem AB, organisationsnummer "
                   "556000-1234, ansluter som part. Grannby kommun deltar inte.\n")
    assert {k: v["party"] for k, v in plain["parties"].items()} == {
        "Brobergs kommun": "city", "Lokalpolisområde Broberg": "police", "Region Mellanland": "other",
        "Brobergshem AB": "other"}
    assert plain["parties"]["Brobergshem AB"]["org_number"] == "556000-1234"


def test_the_parties_a_sentence_says_the_agreement_covers_and_the_police_as_polisen():
    text = ("# Samverkansavtal\n\n## Inledning\n\nKommunen och polisen delar ansvaret för tryggheten. "
            "Överenskommelsen omfattar Brobergs kommun, Brobergshem AB och Polisen.\n\n## Mål\nText.\n")
    assert _parties(text) == {"Brobergs kommun": "city", "Brobergshem AB": "other", "Polisen": "police"}


def test_the_police_named_only_polisen_gives_way_to_the_police_area_that_signs():
    text = ("Samverkansavtal\n\nAvtalet ingås mellan Brobergs kommun och Polisen.\n\nUnderskrifter\n\n"
            "För Brobergs kommun            För Polismyndigheten, lokalpolisområde Broberg\n")
    assert _parties(text) == {"Brobergs kommun": "city", "lokalpolisområde Broberg": "police"}


@pytest.mark.parametrize(("text", "parties"), [
    ("Avtal\n\nSamverkansparter\n\nPolisen ansvarar för att utse kontaktpersoner. Parterna är Brobergs kommun och "
     "Lokalpolisområde Broberg.\n", {"Brobergs kommun": "city", "Lokalpolisområde Broberg": "police"}),
    ("Avtal om trygghet\n\nBakgrund\nText om allt.\n\nSyfte\nÖverenskommelsen är tecknad mellan Brobergs kommun och "
     "Polisen i Broberg.\n", {"Brobergs kommun": "city", "Polisen i Broberg": "police"}),
    ("Avtal om trygghet\n\nParter\nPolisen och Brobergs kommun har kommit överens om följande.\n",
     {"Polisen": "police", "Brobergs kommun": "city"}),
])
def test_the_police_as_the_subject_of_a_clause_is_no_party_and_a_participle_names_the_parties(text, parties):
    assert _parties(text) == parties


def test_a_signatory_in_prose_with_a_title_of_two_joined_words():
    plain = _plain("Samverkansavtal\n\nParter är Åby kommun och Lokalpolisområde Åby.\n\nAvtalet undertecknades av "
                   "kommundirektör Eva Exempel och hälso- och sjukvårdsdirektör Lina Prov.\n")
    assert {k: v["title"] for k, v in plain["signatories"].items()} == {
        "Eva Exempel": "kommundirektör", "Lina Prov": "hälso- och sjukvårdsdirektör"}


BODY = "Parter\nParter är Åby kommun och Lokalpolisområde Åby.\n\nSyfte\nText om syftet.\n"


@pytest.mark.parametrize(("head", "title"), [
    ("Åby kommun          Samverkansavtal 2025–2027          Sida 1 (2)\n\n\nSAMVERKANSAVTAL FÖR ETT TRYGGARE ÅBY\n\n",
     "Samverkansavtal för ett tryggare Åby"),
    ("Överenskommelse om samverkan för ökad trygghet i\nÅby centrum 2025–2027\n\n",
     "Överenskommelse om samverkan för ökad trygghet i Åby centrum 2025–2027"),
    ("Enheten för trygghet och samverkan\nÅby kommun\n\nÖverenskommelse om trygghet i Åby\n\n",
     "Överenskommelse om trygghet i Åby"),
    ("Avsiktsförklaring\n\nom samverkan mellan Åby kommun och polisen\n\n",
     "Avsiktsförklaring om samverkan mellan Åby kommun och polisen"),
])
def test_the_title_is_not_a_running_header_nor_a_bodys_name_and_goes_on_past_an_open_line_end(head, title):
    assert list(_plain(head + BODY)["agreement"]) == [title]


@pytest.mark.parametrize(("closing", "dates"), [
    ("Överenskommelsen träder i kraft 2025-01-01 och upphör 2026-12-31.", ("2025-01-01", "2026-12-31")),
    ("Avtalet löper mellan 1 januari 2025 och 31 december 2026.", ("2025-01-01", "2026-12-31")),
    ("Överenskommelsen avser åren 2025–2027.", ("2025-01-01", "2027-12-31")),
    ("Överenskommelsen träder i kraft den 1 april 2025. Den upphör att gälla den 31 mars 2027.",
     ("2025-04-01", "2027-03-31")),
])
def test_validity_in_a_closing_paragraph(closing, dates):
    agreement = _agreement(f"Samverkansavtal för Åby\n\nParter är Åby kommun och Lokalpolisområde Åby.\n\n"
                           f"Avslutande bestämmelser\n{closing}\n")
    assert (agreement.get("valid_from"), agreement.get("valid_to")) == dates


def test_a_referensnummer_labels_a_dnr():
    assert _agreement("Samverkansavtal\n\nReferensnummer: KS/2024/12\n\nParter är Åby kommun och Lokalpolisområde "
                      "Åby.\n")["dnr"] == ["KS/2024/12"]


TAIL = "\n\nSyfte\nSyftet är att öka tryggheten.\n\nGiltighet\nAvtalet gäller 2025–2026.\n"


@pytest.mark.parametrize(("body", "parties"), [
    ("Bakgrund\n\nText om bakgrunden.\n\nOmfattning\n\nÖverenskommelsen omfattar följande parter:\n\n- Åby kommun\n"
     "- Lokalpolisområde Åby\n- Åbyhem AB",
     {"Åby kommun": "city", "Lokalpolisområde Åby": "police", "Åbyhem AB": "other"}),
    ("| Part | Företrädare |\n|---|---|\n| Åby kommun | kommundirektör |\n| Lokalpolisområde Åby | "
     "lokalpolisområdeschef |\n| Åbyhem AB | vd |",
     {"Åby kommun": "city", "Lokalpolisområde Åby": "police", "Åbyhem AB": "other"}),
    ("Parter\n\nAvtalet tecknas mellan Åby kommun, Polisen i Åby och Svenska kyrkan i Åby.",
     {"Åby kommun": "city", "Polisen i Åby": "police", "Svenska kyrkan i Åby": "other"}),
    ("Parter\n\nÅby kommun och lokalpolisområde Åby. Därutöver deltar Föreningen Nattvandrarna i Åby som part i "
     "arbetet kvällstid.",
     {"Åby kommun": "city", "lokalpolisområde Åby": "police", "Föreningen Nattvandrarna i Åby": "other"}),
    ("Parter\n\nÅby kommun genom socialnämnden och Polismyndigheten genom lokalpolisområde Åby. Åby Fastigheter AB "
     "och Lunds universitet är också parter.",
     {"Åby kommun": "city", "lokalpolisområde Åby": "police", "Åby Fastigheter AB": "other",
      "Lunds universitet": "other"}),
    ("Parter\n\nÅby kommun\nLokalpolisområde Åby\n\nKommunen företräds av kommundirektören. Åby Energi AB "
     "informeras om arbetet.",
     {"Åby kommun": "city", "Lokalpolisområde Åby": "police"}),
    ("Prioriteringar\n\nParterna har enats om följande områden:\n\n- Bostadsinbrott\n- Trygghet i centrum",
     {}),
])
def test_parties_listed_after_an_intro_in_a_part_table_by_names_with_a_lower_case_noun_and_as_subjects(body, parties):
    assert _parties("Samverkansavtal för trygghet i Åby\n\n" + body + TAIL) == parties


def test_a_signature_under_a_rule_keeps_the_function_without_its_organisation():
    text = ("Samverkansavtal för Åby\n\nParter\nParter är Åby kommun och Lokalpolisområde Åby.\n\nUnderskrifter\n\n"
            "_____________________        _____________________\nAnna Fiktivsdotter           Bo Påhittsson\n"
            "Kommundirektör, Åby kommun   Lokalpolisområdeschef, LPO Åby\n")
    assert {k: v["title"].casefold() for k, v in _plain(text)["signatories"].items()} == {
        "Anna Fiktivsdotter": "kommundirektör", "Bo Påhittsson": "lokalpolisområdeschef"}


@pytest.mark.parametrize(("line", "dates"), [
    ("2025–2028", ("2025-01-01", "2028-12-31")),
    ("2025-03-01 – 2027-02-28", ("2025-03-01", "2027-02-28")),
])
def test_a_period_alone_on_a_line_of_the_title_page(line, dates):
    agreement = _agreement(f"Överenskommelse om samverkan\nför ett tryggare Åby\n\n{line}\n\n1. Bakgrund\nText.\n\n"
                           "2. Parter\nÅby kommun och Polismyndigheten, lokalpolisområde Åby.\n")
    assert (agreement.get("valid_from"), agreement.get("valid_to")) == dates


@pytest.mark.parametrize(("closing", "fields"), [
    ("Överenskommelsen gäller tills vidare med en ömsesidig uppsägningstid om sex månader.", {"valid_to": None}),
    ("Överenskommelsen gäller tills vidare. Den börjar gälla den 1 april 2024.",
     {"valid_from": "2024-04-01", "valid_to": None}),
])
def test_until_further_notice_without_a_start_or_with_the_start_after_it(closing, fields):
    agreement = _agreement(f"Samverkansavtal\n\nParter är Åby kommun och Lokalpolisområde Åby.\n\n"
                           f"Giltighet\n{closing}\n")
    assert {k: agreement[k] for k in ("valid_from", "valid_to") if k in agreement} == fields


@pytest.mark.parametrize(("more", "others"), [
    ("Andra aktörer som parterna samverkar med:\n\n- Åbyhem AB\n- Region Mellanland", {}),
    ("Dessutom ingår följande parter:\n\n- Åbyhem AB\n- Region Mellanland",
     {"Åbyhem AB": "other", "Region Mellanland": "other"}),
])
def test_a_list_in_the_parties_section_adds_parties_only_when_its_lead_in_says_they_are(more, others):
    text = f"Samverkansavtal\n\nParter\n\nÅby kommun och Lokalpolisområde Åby.\n\n{more}\n\nSyfte\nText.\n"
    assert _parties(text) == {"Åby kommun": "city", "Lokalpolisområde Åby": "police", **others}


@pytest.mark.parametrize(("body", "name", "areas"), [
    ("Prioriteringar\n\nParterna ska under avtalsperioden särskilt arbeta med a) narkotikahandel, b) skolfrånvaro "
     "och c) trafiksäkerhet.", "x.txt", ["narkotikahandel", "skolfrånvaro", "trafiksäkerhet"]),
    ("## Prioriterade områden\n\n**Trygghet i centrum**\nText om centrum.\n\n**Unga i riskmiljö**\nText om unga.\n",
     "x.md", ["trygghet i centrum", "unga i riskmiljö"]),
    ("Gemensamma prioriteringar\n\nUtifrån lägesbilden prioriterar parterna:\n\nTrygghet i centrum\nUnga i riskmiljö\n"
     "Våld i nära relationer\n", "x.txt", ["trygghet i centrum", "unga i riskmiljö", "våld i nära relationer"]),
])
def test_areas_lettered_inside_a_sentence_as_bold_lines_and_one_a_line_after_a_lead_in(body, name, areas):
    text = ("Samverkansavtal för Åby\n\nParter\nParter är Åby kommun och Lokalpolisområde Åby.\n\n" + body
            + "\n\nGiltighet\nAvtalet gäller 2025–2026.\n")
    found = recognise(Document.from_text(name, text)).to_plain().get("priority_areas", {})
    assert sorted(a.casefold() for a in found) == areas


@pytest.mark.parametrize(("head", "title"), [
    ("Kommunledningskontoret, enheten för säkerhet och samverkan\n2024-05-01\n\nÖverenskommelse om trygghet i Åby\n\n",
     "Överenskommelse om trygghet i Åby"),
    ("Start / Trygghet / Samverkan med polisen\n\nTryggare Åby – vår överenskommelse med polisen\n\n",
     "Tryggare Åby – vår överenskommelse med polisen"),
    ("Sida 1 av 3\n\nLOKAL ÖVERENSKOMMELSE OM SAMVERKAN\nMELLAN ÅBY KOMMUN OCH LOKALPOLISOMRÅDE ÅBY\n\n",
     "Lokal överenskommelse om samverkan"),  # the parties line is no part of it (the README's title convention)
    ("Dokumenttyp: Överenskommelse\nFastställd av: Kommunstyrelsen\n\nSamverkan för trygghet i Åby 2025–2026\n\n",
     "Samverkan för trygghet i Åby 2025–2026"),
])
def test_the_title_is_not_a_bodys_line_a_breadcrumb_or_a_label_and_an_upper_case_title_goes_on(head, title):
    assert [t.casefold() for t in _plain(head + BODY)["agreement"]] == [title.casefold()]


@pytest.mark.parametrize(("names", "parties"), [
    ("Åby kommun och Polisen i Åby", {"Åby kommun": "city", "Polisen i Åby": "police"}),
    ("Åby kommun – Lokalpolisområde Åby – Åbyhem AB",
     {"Åby kommun": "city", "Lokalpolisområde Åby": "police", "Åbyhem AB": "other"}),
    ("ÅBY KOMMUN OCH LOKALPOLISOMRÅDE ÅBY", {"Åby kommun": "city", "Lokalpolisområde Åby": "police"}),
])
def test_a_line_of_the_parties_names_under_the_title_names_them(names, parties):
    text = (f"Samverkansavtal\n\n{names}\n\nBakgrund\nKommunen och polisen har samverkat länge.\n\n"
            "Syfte\nText om syftet.\n")
    assert _parties(text) == parties


def test_parties_as_lines_of_their_own_stop_at_a_heading_of_the_next_section():
    text = ("Samverkansavtal\n\nParter\n\nÅby kommun\n\nLokalpolisområde Åby\n\nÅbyhem AB\n\nGiltighetstid\n\n"
            "Avtalet gäller 2025–2026.\n\nGemensamma åtaganden\n\nText.\n")
    assert _parties(text) == {"Åby kommun": "city", "Lokalpolisområde Åby": "police", "Åbyhem AB": "other"}


@pytest.mark.parametrize(("sentence", "police"), [
    ("Parter är Åby kommun och Polisen, Region Mitt, LPO Åby.", "LPO Åby"),
    ("Avtalet tecknas mellan Åby kommun och Polisen i region Mitt.", "Polisen i region Mitt"),
])
def test_the_police_by_its_everyday_name_and_its_region_as_a_link_of_its_chain(sentence, police):
    assert _parties(f"Samverkansavtal\n\n{sentence}\n\nSyfte\nText.\n") == {"Åby kommun": "city", police: "police"}


@pytest.mark.parametrize(("text", "name"), [
    ("Samverkansavtal\n\nParter\nKommunen        Åby kommun, 212000-0001\nPolisen         Polismyndigheten, LPO Åby\n"
     "Bolaget         Åbyhem AB, 556000-0001\n\nSyfte\nText om syftet.\n", "x.txt"),
    ("# Samverkansavtal\n\n## Avtalsparter\n\n**Kommunen:** Åby kommun, org.nr 212000-0001  \n**Polisen:** LPO Åby  \n"
     "**Bolaget:** Åbyhem AB, org.nr 556000-0001\n\n## Syfte\nText om syftet.\n", "x.md"),
])
def test_parties_after_a_label_of_their_role_in_a_column_or_a_bold_lead(text, name):
    plain = recognise(Document.from_text(name, text)).to_plain()["parties"]
    assert {k: (v["party"], v.get("org_number")) for k, v in plain.items()} == {
        "Åby kommun": ("city", "212000-0001"), "LPO Åby": ("police", None), "Åbyhem AB": ("other", "556000-0001")}


@pytest.mark.parametrize(("sentence", "others"), [
    ("Även Åbyhem AB omfattas av överenskommelsen.", {"Åbyhem AB": "other"}),
    ("Region Mellanland omfattas också av denna överenskommelse i de delar som rör vården.",
     {"Region Mellanland": "other"}),
    ("Region Mellanland deltar inte som part.", {}),
    ("Åbyhem AB omfattas inte av avtalet.", {}),
])
def test_a_body_the_agreement_covers_is_a_party_unless_negated(sentence, others):
    text = f"Samverkansavtal\n\nParter\n\nParter är Åby kommun och Lokalpolisområde Åby. {sentence}\n\nSyfte\nText.\n"
    assert _parties(text) == {"Åby kommun": "city", "Lokalpolisområde Åby": "police", **others}


@pytest.mark.parametrize("background", [
    "Lägesbilden för perioden 2021–2023 visar att otryggheten ökat.",
    "Den nationella strategin gäller från 1 juli 2023 till 30 juni 2026.",
])
def test_the_agreements_own_time_before_the_time_of_something_else(background):
    agreement = _agreement(f"Samverkansavtal\n\nParter är Åby kommun och Lokalpolisområde Åby.\n\n"
                           f"Bakgrund\n{background}\n\nGiltighet\nAvtalet gäller 2025–2026.\n")
    assert (agreement.get("valid_from"), agreement.get("valid_to")) == ("2025-01-01", "2026-12-31")


def test_the_end_in_a_later_sentence_beside_a_date_of_review():
    agreement = _agreement("Samverkansavtal\n\nParter är Åby kommun och Lokalpolisområde Åby.\n\nGiltighet\n"
                           "Överenskommelsen gäller från den 1 februari 2025. Den ska följas upp senast den 1 december "
                           "2025 och gäller till och med den 31 januari 2027.\n")
    assert (agreement.get("valid_from"), agreement.get("valid_to")) == ("2025-02-01", "2027-01-31")


def test_the_police_by_its_everyday_name_in_the_title_gives_way_to_the_police_area_a_sentence_names():
    text = ("Avtal om samverkan mellan Åby kommun och Polisen i Åby\n\nÅby kommun och Polismyndigheten genom "
            "Lokalpolisområde Åby har kommit överens om att samverka.\n\nSyfte\nText.\n")
    assert _parties(text) == {"Åby kommun": "city", "Lokalpolisområde Åby": "police"}


def test_an_area_keeps_the_clause_that_says_whom_it_is_about():
    assert "Unga som riskerar att dras in i kriminalitet" in _areas(
        HEAD + "Vad vi ska arbeta med\nParterna har enats om tre inriktningar: unga som riskerar att dras in i "
        "kriminalitet, tryggheten i centrum och narkotikan i nattlivet.\n")


def test_signatories_in_prose_after_the_place_and_date_of_signing():
    plain = _plain(HEAD + "Underskrifter\nÖverenskommelsen undertecknades i Åby den 5 december 2024 av kommundirektör "
                   "Eva Exempel och lokalpolisområdeschef Nils Prov.\n")
    assert {k: v["title"] for k, v in plain["signatories"].items()} == {
        "Eva Exempel": "kommundirektör", "Nils Prov": "lokalpolisområdeschef"}


def test_a_text_written_without_capitals_is_read_in_sentence_case():
    lines = ["överenskommelse om trygghet i nyby", "", "parter",
             "överenskommelsen är träffad mellan nybys stadsdelsnämnd och lokalpolisområde nyby.", "",
             "styrgruppen", "i styrgruppen sitter stadsdelsdirektören och lokalpolisområdeschefen. gruppen",
             "träffas fyra gånger per år.", "", "vad vi prioriterar", "  - otrygghet i nyby centrum",
             "  - unga och droger", "", "underskrifter", "", "eva påhittad, stadsdelsdirektör",
             "jon uppdiktad, lokalpolisområdeschef", "", "bilagor", "lägesbild för nyby 2024."]
    doc = Document.from_text("x.txt", "\n".join(lines) + "\n")
    assert doc.lines[3] == "Överenskommelsen är träffad mellan Nybys stadsdelsnämnd och lokalpolisområde Nyby."
    assert doc.lines[5:8] == ["Styrgruppen", "I styrgruppen sitter stadsdelsdirektören och lokalpolisområdeschefen. "
                              "Gruppen", "träffas fyra gånger per år."]  # a sentence going on keeps its case
    assert doc.lines[15] == "Eva Påhittad, stadsdelsdirektör"  # a person before a title at a line's start
    assert doc.raw[3] == lines[3] and doc.corrections  # the text as written stays beside what was read
    plain = recognise(doc).to_plain()
    assert set(plain["parties"]) == {"Nybys stadsdelsnämnd", "lokalpolisområde Nyby"}
    assert plain["groups"]["Styrgruppen"]["frequency_per_year"] == 4
    cased = "\n".join(line[:1].upper() + line[1:] for line in lines) + "\n"
    assert Document.from_text("x.txt", cased).lines == cased.splitlines()  # a text with capitals is left as it is


def test_a_page_in_two_columns_of_prose_is_read_column_by_column():
    from samverkan.extract.meaning.text import units

    left = ["Parter", "Överenskommelsen har träffats", "mellan Nyby kommun och", "Lokalpolisområde Nyby.", "",
            "Giltighet", "Den gäller från den 1 mars", "2025 till och med den 28", "februari 2027."]
    right = ["Prioriteringar", "Parterna ska under perioden", "särskilt arbeta med trygghet", "i Nyby centrum.", "",
             "Uppföljning", "Arbetet följs upp varje höst", "av styrgruppen."]
    rows = [(a.ljust(36) + b).rstrip() for a, b in zip(left, right + [""], strict=True)]
    doc = Document.from_text("x.txt", "Samverkansavtal för Nyby\n\n" + "\n".join(rows) + "\n")
    sentences = [u.text for u in units(doc) if u.kind == "sentence"]
    assert "Överenskommelsen har träffats mellan Nyby kommun och Lokalpolisområde Nyby." in sentences
    assert "Den gäller från den 1 mars 2025 till och med den 28 februari 2027." in sentences
    assert "Parterna ska under perioden särskilt arbeta med trygghet i Nyby centrum." in sentences
    agreement = next(iter(recognise(doc).to_plain()["agreement"].values()))
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2025-03-01", "2027-02-28")
    # a table in two columns, whose cells each start anew, stays a table
    table = "Problem                     Mål\nÖppen narkotikahandel       Färre platser med handel\n" \
            "Otrygghet i centrum         Högre trygghet\nInbrott i villor            Färre inbrott\n" \
            "Skadegörelse på skolor      Lägre kostnader\n"
    doc = Document.from_text("x.txt", "Samverkansavtal för Nyby\n\n" + table)
    assert [u.kind for u in units(doc)] == ["heading"] + ["row"] * 5


def test_the_items_of_a_list_inside_a_priority_are_its_details_not_areas():
    text = ("Överenskommelse om trygghet i Nyby\n\nPrioriterade områden\n\n- Trygghet i centrum\n"
            "  - mål: fler ska känna sig trygga\n  - mål: färre anmälda brott\n- Unga och droger\n")
    assert set(recognise(Document.from_text("x.txt", text)).to_plain()["priority_areas"]) == {
        "Trygghet i centrum", "Unga och droger"}


def test_a_heading_that_asks_who_concluded_the_agreement_heads_its_parties():
    text = ("Överenskommelse om trygghet i Nyby\n\nVilka som har träffat överenskommelsen\n\n"
            "Nyby kommun (org.nr 212000-0001), genom kommunstyrelsen, och Polismyndigheten genom "
            "Lokalpolisområde Nyby.\n")
    parties = recognise(Document.from_text("x.txt", text)).to_plain()["parties"]
    assert set(parties) == {"Nyby kommun", "Lokalpolisområde Nyby"}
    assert parties["Nyby kommun"]["org_number"] == "212000-0001"


def test_a_dot_leader_ends_no_sentence():
    text = ("Samverkansöverenskommelse Exby 2025–2026\n\nParter ........ Exby kommun; Polismyndigheten, "
            "lokalpolisområde Exby\nGiltig ........ 2025-03-01 -- 2026-02-28\n")
    agreement = _agreement(text)  # one line, one label: not "Parter ...." / "Exby kommun; … Giltig ...." / dates
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2025-03-01", "2026-02-28")


def test_areas_in_a_sentence_ranked_first_then_last():
    text = ("Samverkansöverenskommelse för Exby\n\nPrioriteringar\n\nDe frågor som parterna ska arbeta med är i "
            "första hand rån mot unga, därefter klotter i centrum samt slutligen trafiken vid skolorna.\n")
    assert _areas(text) == ["Klotter i centrum", "Rån mot unga", "Trafiken vid skolorna"]


def test_unnumbered_subheadings_a_sentence_announces_are_areas():
    text = ("Avtal om samverkan i Åby\n\nPrioriterade områden\n\nParterna ska särskilt arbeta med följande två "
            "områden.\n\nTrygga parker\nParkerna ska vara upplysta och hela.\n\nUnga i riskzon\n"
            "Unga ska få stöd tidigt.\n\nOrganisation\n\nStyrgruppen träffas fyra gånger per år.\n")
    assert _areas(text) == ["Trygga parker", "Unga i riskzon"]


def test_a_lettered_item_goes_on_on_an_unindented_lower_case_line():
    text = ("Prioriterade områden\n\nParterna arbetar med följande:\n\na) Skadegörelse och klotter på\n"
            "skolor och fritidsgårdar\nb) Otrygghet vid torget\n")
    assert set(recognise(Document.from_text("x.txt", text)).to_plain()["priority_areas"]) == \
        {"Skadegörelse och klotter på skolor och fritidsgårdar", "Otrygghet vid torget"}


def test_areas_counted_by_ordinals_inside_a_sentence():
    text = ("Prioriterade frågor\n\nParterna ska rikta insatserna mot, för det första, klotter i Åby centrum, "
            "för det andra, bostadsinbrott i villaområdena och, för det tredje, trafiken kring skolorna.\n")
    areas = recognise(Document.from_text("x.txt", text)).to_plain()["priority_areas"]
    assert [a.casefold() for a in areas] == ["klotter i åby centrum", "bostadsinbrott i villaområdena",
                                             "trafiken kring skolorna"]


def test_a_footnotes_number_glued_to_a_word_is_no_part_of_it():
    from samverkan.extract.document import Document
    doc = Document.from_text("x.txt", "Mötet leds av kommunpolisen² till 2028³ och ytan är 40 m².\n\n² Med kommunpolis "
                                      "avses …\n")
    assert doc.line(1) == "Mötet leds av kommunpolisen till 2028 och ytan är 40 m²."
    assert doc.line(3) == "Med kommunpolis avses …"  # the note at the foot stays whole, read without its number


def test_a_drafts_marked_edits_read_as_the_text_stands_after_them():
    from samverkan.extract.document import Document
    doc = Document.from_text("x.md", "Styrgruppen träffas ~~sex~~ fyra gånger per år. [Kommentar AB: fyra räcker,\n"
                                     "sa ordföranden.] I den ingår [infogas: socialchefen och] kommunpolisen.\n"
                                     "3. ~~Klotter~~ [stryks – hanteras i annat arbete]\n")
    assert [doc.line(n).split() for n in (1, 2, 3)] == [
        "Styrgruppen träffas fyra gånger per år.".split(), "I den ingår socialchefen och kommunpolisen.".split(),
        ["3."]]


def test_people_listed_with_phone_numbers_after_the_signatures_are_contacts():
    text = (HEAD + "Nyby den 1 mars 2024\n\n"
            "Eva Påhittad                        Jon Uppdiktad\nKommundirektör                      "
            "Lokalpolisområdeschef\n\n\nBilaga: Kontaktuppgifter\n\nNyby kommun\n"
            "  Eva Påhittad, kommundirektör, 0123-456 00\n  Sara Låtsas, säkerhetssamordnare, 0123-456 12\n\n"
            "Lokalpolisområde Nyby\n  Ola Fiktiv, kommunpolis, 114 14\n  Jon Uppdiktad, lokalpolisområdeschef, "
            "114 14\n")
    assert sorted(_plain(text)["signatories"]) == ["Eva Påhittad", "Jon Uppdiktad"]
