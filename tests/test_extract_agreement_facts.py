"""Agreement-level facts of agreements written in shapes the readers did not know (issue 15): the document's own
title (a form's label, a cover page, a quoted title in a protocol extract, a web page's <title>), validity in
clauses and form rows, parties after a cover page or in a grid table, a signatory's function without its
organisation, priority areas in prose, and the draft's organisations for the parties. The texts are written
for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan.extract.build import build_draft
from samverkan.extract.document import Document, read_document
from samverkan.extract.record import recognise


def _plain(text: str) -> dict:
    return recognise(Document.from_text("x.txt", text)).to_plain()


def _title(text: str) -> str:
    return next(iter(_plain(text)["agreement"]))


def _agreement(text: str) -> dict:
    return next(iter(_plain(text)["agreement"].values()))


def _parties(text: str) -> dict[str, str]:
    return {name: fields["party"] for name, fields in _plain(text).get("parties", {}).items()}


# --- the title ----------------------------------------------------------------------------------------------

def test_a_forms_title_label_names_the_title():
    text = ("Dokumenttyp:      Överenskommelse\nTitel:            Trygghet i Åby centrum\n"
            "Diarienummer:     KS 2025/0042\n\n1. Syfte\n\nÅby kommun och Polisen i Åby har enats om att samverka.\n")
    assert _title(text) == "Trygghet i Åby centrum"


def test_a_cover_page_title_over_lines_is_one_title():
    text = ("ÅBY KOMMUN          POLISEN\n\n\nLokal\nsamverkansöverenskommelse\nför ett tryggare Åby\n\n"
            "Brottsförebyggande arbete 2026–2027\n\nVersion: 1.0\n\n\nInledning\n\nText om arbetet.\n")
    assert _title(text) == "Lokal samverkansöverenskommelse för ett tryggare Åby"


def test_a_document_type_inside_a_stacked_letterhead_is_no_title():
    text = ("Åby kommun\nKommunledningskontoret\nSAMVERKANSÖVERENSKOMMELSE\nDnr: KS.2025.0042\n\n\n"
            "Avtal om trygghet mellan Åby kommun och Polisen 2026–2027\n\n\n1. Parter\n\n"
            "Parter är Åby kommun och Polismyndigheten, lokalpolisområde Åby.\n")
    assert _title(text) == "Avtal om trygghet mellan Åby kommun och Polisen 2026–2027"


def test_a_document_type_standing_apart_over_its_parties_line_is_the_title():
    text = ("SAMVERKANSÖVERENSKOMMELSE\nmellan Åby kommun och Lokalpolisområde Åby 2026\n\nDnr KS 2025/0042\n\n"
            "1. Parter\n\nParter är Åby kommun och Lokalpolisområde Åby.\n")
    assert _title(text).casefold() == "samverkansöverenskommelse"


def test_a_markdown_title_completed_by_its_subtitle():
    text = "# Överenskommelse\n\n## om trygga skolor i Åby\n\n*Åby, mars 2026*\n\n### Bakgrund\n\nText.\n"
    assert _title(text) == "Överenskommelse om trygga skolor i Åby"


def test_a_quoted_title_the_document_states_beats_a_protocols_item_heading():
    text = ('PROTOKOLLSUTDRAG\n\n§ 12   Dnr KS 2026/0101\n\nSamverkan med polisen\n\nBeslut\n'
            'Kommunstyrelsen godkänner "Överenskommelse om samverkan i Åby 2026–2027".\n\n'
            '- - - - - - - - - -\n\nBilaga\n\nÖverenskommelse om samverkan i Åby 2026–2027\n\n'
            'Parterna är Åby kommun och Lokalpolisområde Åby.\n')
    assert _title(text) == "Överenskommelse om samverkan i Åby 2026–2027"


def test_a_quoted_title_the_document_does_not_state_is_another_documents():
    text = ('Samverkansavtal för Åby\n\nBakgrund\nAvtalet ersätter "Samverkansavtal för Åby 2021–2023" och '
            'bygger vidare på det.\n')
    assert _title(text) == "Samverkansavtal för Åby"


def test_a_report_about_an_agreement_takes_the_title_it_quotes_and_the_dnr_beside_it():
    text = ('NYBY KOMMUN                           RAPPORT\nDnr KS 2026/0500\n\n\n'
            'Utvärdering av samverkansavtalet för 2025\n\n'
            'Arbetet vilar på "Samverkansavtal för ett tryggt Nyby 2024–2027" (dnr KS 2023/0111), som Nyby kommun '
            'och lokalpolisområde Nyby ingick 2023.\n')
    assert _title(text) == "Samverkansavtal för ett tryggt Nyby 2024–2027"
    assert _agreement(text)["dnr"] == ["KS 2023/0111"]


def test_minutes_take_the_title_of_the_draft_they_quote_and_the_dnr_stated_after_it():
    text = ('Protokoll\n\nMöte om samverkan mellan Åby kommun och Polisen\n\n1. Överenskommelse\n'
            'Förslaget "Avtal om trygghet i Åby 2026" godkändes.\nDiarienumret är KS 2026/17.\n')
    assert _title(text) == "Avtal om trygghet i Åby 2026"
    assert _agreement(text)["dnr"] == ["KS 2026/17"]


def test_a_report_quoting_only_the_agreement_it_replaces_keeps_its_own_title():
    text = ('Uppföljning av samverkan i Åby\n\nDet nya avtalet ersätter "Avtal om trygghet i Åby 2020".\n')
    assert _title(text) == "Uppföljning av samverkan i Åby"


def test_a_minutes_decision_clauses_are_read_one_by_one():
    text = ('Minnesanteckningar\n\n3. Överenskommelse\n\nBeslutades\n'
            'att avtalet ska gälla från och med den 1 maj 2026 till och med den 30 april 2028,\n'
            'att parter är Åby kommun och Polismyndigheten, lokalpolisområde Åby,\n'
            'att Åbyhem AB deltar utan att vara part.\n')
    assert _parties(text) == {"Åby kommun": "city", "lokalpolisområde Åby": "police"}
    assert _agreement(text)["valid_to"] == "2028-04-30"


def _html(tmp_path: Path, head_title: str, body: str) -> str:
    page = tmp_path / "sida.html"
    page.write_text(f"<html><head><title>{head_title}</title></head><body><main>{body}</main></body></html>",
                    encoding="utf-8")
    return next(iter(recognise(read_document(page)).to_plain()["agreement"]))


def test_a_web_pages_title_without_the_site_name_when_its_heading_names_a_collection(tmp_path):
    assert _html(tmp_path, "Medborgarlöfte för Åby 2026 | Polismyndigheten",
                 "<h1>Lokala medborgarlöften i Nyby län</h1><p>Polisen i Åby och Åby kommun lovar att arbeta "
                 "mot klotter.</p>") == "Medborgarlöfte för Åby 2026"


def test_a_web_pages_heading_naming_the_agreement_wins_over_its_title(tmp_path):
    assert _html(tmp_path, "Trygghet - Åby kommun",
                 "<h1>Överenskommelse om samverkan i Åby</h1><p>Text om arbetet.</p>") == \
        "Överenskommelse om samverkan i Åby"


# --- validity -----------------------------------------------------------------------------------------------

AVTAL = "Samverkansavtal för Åby\n\nParter är Åby kommun och Lokalpolisområde Åby.\n\n"


@pytest.mark.parametrize(("sentence", "start", "end"), [
    ("Avtalstiden är två år räknat från den 1 mars 2026.", "2026-03-01", "2028-02-29"),
    ("Överenskommelsen gäller från den 1 april 2026 och löper ut vid utgången av 2028.", "2026-04-01",
     "2028-12-31"),
])
def test_validity_in_a_clause(sentence, start, end):
    agreement = _agreement(AVTAL + "Giltighet\n" + sentence + "\n")
    assert (agreement["valid_from"], agreement["valid_to"]) == (start, end)


def test_validity_in_a_forms_rows():
    agreement = _agreement("Titel:          Samverkan i Åby\nGiltig från:    2026-01-01\n"
                           "Giltig till:    2027-12-31\n\nSyfte\n\nÅby kommun och Lokalpolisområde Åby "
                           "har enats om att samverka.\n")
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2026-01-01", "2027-12-31")


def test_an_agreement_that_ended_is_an_earlier_one():
    agreement = _agreement(AVTAL + "Bakgrund\nDen förra överenskommelsen upphörde den 31 december 2025.\n\n"
                           "Tid\nÖverenskommelsen gäller från den 1 mars 2026 till och med den 28 februari 2027.\n")
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2026-03-01", "2027-02-28")


# --- parties ------------------------------------------------------------------------------------------------

def test_parties_in_the_first_sentence_after_a_cover_page_and_contents():
    contents = "".join(f"{n}  Avsnitt {n} .......... {n}\n" for n in range(1, 13))
    text = ("Samverkansavtal\nför Åby\n\nVersion: 1\nDatum: 2026-01-10\n\nInnehåll\n\n" + contents +
            "\n1  Inledning\n\nDenna överenskommelse har träffats mellan Åby kommun, genom kommunstyrelsen, och "
            "Polismyndigheten, Polisregion Mitt, Polisområde Nyby, lokalpolisområde Åby.\n")
    assert _parties(text) == {"Åby kommun": "city", "lokalpolisområde Åby": "police"}


def test_a_police_area_named_with_its_place_upwards_is_one_party():
    text = ("Samverkansavtal för Åby\n\nParter\n\nAvtalet är träffat mellan Åby kommun och Polismyndigheten, "
            "lokalpolisområde Åby i Polisområde Mellan, Polisregion Bergslagen. Parterna kallas så.\n")
    assert _parties(text) == {"Åby kommun": "city", "lokalpolisområde Åby": "police"}


def test_a_lead_in_line_over_the_parties_list_keeps_the_section_open():
    text = ("**Åby kommun**\n\n# Avtal om samverkan i Åby\n\n**Parter:** Åby kommun, Polismyndigheten och "
            "Åbyhem AB\n\n## 1. Parter\n\nAvtalet har tecknats av\n\n- Åby kommun (kommunen),\n"
            "- Polismyndigheten, genom lokalpolisområde Åby (polisen), och\n- Åbyhem AB (bolaget).\n\n"
            "## 2. Syfte\n\nParterna arbetar tillsammans.\n")
    parties = recognise(Document.from_text("x.md", text)).to_plain()["parties"]
    assert {name: fields["party"] for name, fields in parties.items()} == {
        "Åby kommun": "city", "lokalpolisområde Åby": "police", "Åbyhem AB": "other"}


def test_a_sentence_about_a_party_naming_other_bodies_names_no_parties():
    text = ("Samverkansavtal för Åby\n\n1. Parter\n\nAvtalet är träffat mellan Åby stadsdelsnämnd och "
            "Polismyndigheten, genom lokalpolisområde Åby.\n\nLokalpolisområde Åby omfattar även Nyby "
            "stadsdelsområde och Byköpings kommun. Där gäller egna avtal.\n\n2. Syfte\n\nText.\n")
    assert _parties(text) == {"Åby stadsdelsnämnd": "city", "lokalpolisområde Åby": "police"}


def test_an_organisation_number_written_beside_a_link_of_a_chain_is_its_partys():
    text = ("Samverkansavtal för Åby\n\n1. Parter\n\nAvtalet är ingånget mellan Åby stadsdelsnämnd, Nyby stad "
            "(org.nr 212000-0001), och Polismyndigheten (org.nr 202100-0076), Polisregion Mitt, genom "
            "lokalpolisområde Åby.\n\n2. Syfte\n\nText.\n")
    parties = _plain(text)["parties"]
    assert {name: fields.get("org_number") for name, fields in parties.items()} == {
        "Åby stadsdelsnämnd": "212000-0001", "lokalpolisområde Åby": "202100-0076"}


def test_a_municipal_company_is_no_part_of_the_municipality():
    text = ("Samverkansavtal för Åby\n\nParter\n\n1. Åby kommun (kommunen)\n2. Polismyndigheten, "
            "lokalpolisområde Åby (polisen)\n3. Åby Kommunfastigheter AB (bolaget)\n\nSyfte\n\nText.\n")
    assert _parties(text) == {"Åby kommun": "city", "lokalpolisområde Åby": "police",
                              "Åby Kommunfastigheter AB": "other"}


def test_a_web_pages_instruction_is_no_party():
    text = ("Medborgarlöften i Nyby län\n\nHär finns länets löften. Välj kommun nedan.\n\n"
            "Åby kommun\n\nPolisen i Åby och Åby kommun har enats om att arbeta mot klotter.\n")
    assert "Välj kommun" not in _parties(text)


def test_a_grid_tables_first_row_is_its_header():
    text = ("Samverkansavtal för Åby\n\nParter\n\n+--------------+---------------------+\n"
            "| Part         | Organisationsnummer |\n+--------------+---------------------+\n"
            "| Åby kommun   | 212000-0000         |\n| Åbyhem AB    | 556000-0000         |\n"
            "+--------------+---------------------+\n\nParterna samverkar med Lokalpolisområde Åby.\n")
    parties = _plain(text)["parties"]
    assert "Part" not in parties and "Organisationsnummer" not in parties
    assert parties["Åby kommun"]["org_number"] == "212000-0000" and parties["Åbyhem AB"]["party"] == "other"


def test_a_region_that_is_the_only_counterpart_of_the_police_is_the_municipality():
    text = "Samverkansavtal\n\nÖverenskommelsen är ingången mellan Region Öby och lokalpolisområde Öby.\n"
    assert _parties(text) == {"Region Öby": "city", "lokalpolisområde Öby": "police"}


# --- signatories --------------------------------------------------------------------------------------------

def test_a_signatorys_function_without_the_organisation_it_serves():
    text = ("Samverkansavtal\n\nParter är Åby kommun och Lokalpolisområde Åby.\n\nUnderskrifter\n\n"
            "Eva Påhittad, vd för Åbyhem AB\nJon Uppdiktad, Region Nybys verksamhetschef\n"
            "Lisa Låtsas, hälso- och sjukvårdsdirektör, Region Nyby\nOla Fiktiv, Åbyhems vd\n"
            "Kim Exempel, ordförande i socialnämnden\n")
    signed = {k: v["title"] for k, v in _plain(text)["signatories"].items()}
    assert signed == {"Eva Påhittad": "vd", "Jon Uppdiktad": "verksamhetschef",
                      "Lisa Låtsas": "hälso- och sjukvårdsdirektör", "Ola Fiktiv": "vd",
                      "Kim Exempel": "ordförande i socialnämnden"}


def test_an_office_named_in_prose_keeps_its_body():
    text = ("Medborgarlöfte för Åby\n\nParter är Åby kommun och Lokalpolisområde Åby.\n\nLöftet undertecknades "
            "den 1 mars 2026 av kommunstyrelsens ordförande Eva Påhittad och lokalpolisområdeschef Jon Uppdiktad.\n")
    signed = {k: v["title"] for k, v in _plain(text)["signatories"].items()}
    assert signed == {"Eva Påhittad": "kommunstyrelsens ordförande", "Jon Uppdiktad": "lokalpolisområdeschef"}


# --- priority areas -----------------------------------------------------------------------------------------

HEAD = "Samverkansavtal\n\nParter är Åby kommun och Lokalpolisområde Åby.\n\n"


@pytest.mark.parametrize(("prose", "areas"), [
    ("Inriktning\nDet som ska prioriteras är framför allt bilbränder, klotter i centrum samt langning.\n",
     ["Bilbränder", "Klotter i centrum", "Langning"]),
    ("Löftet\nParterna har bestämt sig för att lägga extra kraft på cykelstölder och på buskörning.\n",
     ["Buskörning", "Cykelstölder"]),
    ("Vad parterna ska arbeta med\nArbetet inriktas dels mot bedrägerier, dels mot klotter. Därtill ska "
     "parterna gemensamt minska skadegörelsen i Åby centrum, där den är störst.\n",
     ["Bedrägerier", "Klotter", "Skadegörelsen i Åby centrum"]),
])
def test_areas_in_prose(prose, areas):
    assert sorted(_plain(HEAD + prose).get("priority_areas", {})) == areas


# --- the draft's organisations ------------------------------------------------------------------------------

def test_the_parties_are_drafted_as_the_sides_they_are_not_as_external_organisations():
    text = ("Samverkansavtal för Åby\n\nParter är Åby kommun och Polisen i Åby.\n\nOrganisation\n"
            "Styrgruppen består av kommundirektören, säkerhetschefen och lokalpolisområdeschefen. Den träffas "
            "fyra gånger per år.\n\nGiltighet\nAvtalet gäller från den 1 januari 2026 till och med den 31 "
            "december 2027.\n")
    draft = build_draft(recognise(Document.from_text("x.txt", text)), None)
    orgs = {o.name: (o.kind, o.party) for o in draft.data.organisations}
    assert orgs["Åby kommun"] == ("city", "city") and orgs["Polisen i Åby"] == ("local_police_area", "police")
    assert not [o for o in draft.data.organisations if o.kind == "external"]  # no function drafted as a body
    agreement = draft.data.agreements[0]
    assert agreement.level == "local" and set(agreement.parties) == {"aby-kommun", "lpo-aby"}


def test_parties_that_are_agreed_with_a_shared_nickname():
    text = ("Samverkansavtal för Åby\n\nInledning\nÅby kommun och lokalpolisområde Åby, nedan gemensamt kallade "
            "parterna, är överens om att samverka mot brott.\n")
    assert _parties(text) == {"Åby kommun": "city", "lokalpolisområde Åby": "police"}


@pytest.mark.parametrize("second", ["Åby kommun och Polisen", "åby kommun och polisen"])
def test_a_heading_left_open_goes_on_on_the_next_line(second):
    text = f"Lokal överenskommelse om samverkan mellan\n{second}\n\nBakgrund\nText om bakgrunden.\n"
    assert _title(text).casefold() == "lokal överenskommelse om samverkan mellan åby kommun och polisen"


SIGNED = "Samverkansavtal\n\nParter är Åby kommun och Lokalpolisområde Åby.\n\nSyfte\nText om syftet.\n\n"


@pytest.mark.parametrize("block", [
    "Underskrifter\n\nFör Åby kommun\n\n______________________\nEva Påhittad\nKommundirektör\n\n"
    "För Polismyndigheten\n\n______________________\nJon Uppdiktad\nLokalpolisområdeschef\n",
    "Underskrifter\n\nEva Påhittad – kommundirektör\nJon Uppdiktad – lokalpolisområdeschef\n",
    "Underskrifter\n\nEva Påhittad / Kommundirektör / Åby kommun\nJon Uppdiktad / Lokalpolisområdeschef / "
    "Polismyndigheten\n",
])
def test_signatories_one_block_each_or_with_dashes_and_slashes(block):
    signed = {k: v["title"].casefold() for k, v in _plain(SIGNED + block)["signatories"].items()}
    assert signed == {"Eva Påhittad": "kommundirektör", "Jon Uppdiktad": "lokalpolisområdeschef"}


def test_a_bare_chef_keeps_what_it_is_chief_of():
    block = ("Underskrifter\n\nÅby kommun                          Polismyndigheten\n\n\nEva Påhittad"
             "                        Jon Uppdiktad\nkommundirektör"
             "                      chef för lokalpolisområde Åby\n")
    signed = {k: v["title"] for k, v in _plain(SIGNED + block)["signatories"].items()}
    assert signed["Jon Uppdiktad"].casefold() == "chef för lokalpolisområde åby"


@pytest.mark.parametrize(("line", "dnr"), [("Åby kommun        Dnr 2025.0045", ["2025.0045"]),
                                          ("Beteckning: 2025/KS0034", ["2025/KS0034"])])
def test_a_dnr_of_a_year_and_a_number(line, dnr):
    assert _agreement(f"{line}\n\nSamverkansavtal för Åby\n\nParter är Åby kommun och Lokalpolisområde Åby.\n"
                      )["dnr"] == dnr


def test_the_police_area_the_parties_section_says_represents_the_authority():
    text = ("Samverkansavtal för Åby\n\n1. Parter\n1.1 Åby kommun\nKommunen företräds av kommunstyrelsen.\n"
            "1.2 Polismyndigheten\nPolisen företräds av lokalpolisområde Åby.\n\n2. Syfte\nText.\n")
    assert _parties(text) == {"Åby kommun": "city", "lokalpolisområde Åby": "police"}


def test_a_chain_in_brackets_is_its_last_link():
    text = "Samverkansavtal för Åby\n\nParter\nÅby stad (stadsområde Väster) och Polisen, lokalpolisområde Väster.\n"
    assert _parties(text) == {"stadsområde Väster": "city", "lokalpolisområde Väster": "police"}


def test_numbered_subheadings_under_an_unnumbered_priorities_heading():
    text = HEAD + ("Prioriterade områden\n\n1. Ungdomsbrottslighet\nUnga som begår brott ska fångas upp tidigt.\n\n"
                   "2. Trygghet i centrum\nCentrum upplevs som otryggt.\n\nOrganisation\nStyrgruppen träffas "
                   "varje månad.\n")
    assert sorted(_plain(text).get("priority_areas", {})) == ["Trygghet i centrum", "Ungdomsbrottslighet"]


def test_areas_after_prioritising_the_work_against_them():
    text = HEAD + ("Mål och inriktning\nParterna ska under avtalsperioden särskilt prioritera arbetet mot narkotika "
                   "samt trygghet i centrum.\n")
    assert sorted(_plain(text).get("priority_areas", {})) == ["Narkotika", "Trygghet i centrum"]


SLIDES = """Samverkansöverenskommelse Trygg i Exempelby 2026–2027

Exempelby kommun · Polisen LPO Exempelby

Vilka är parter?

  • Exempelby kommun (via kommunstyrelsen) – org.nr 212000-0001
  • Polismyndigheten, Polisregion Syd, LPO Exempelby

Hur länge?

  Giltig 1/3 2026 – 28/2 2028

Fokus 2026–2027

  1  Bostadsinbrott i villaområdena
  2  Langning till unga
"""


def test_a_slide_deck_as_text_question_headings_a_validity_line_and_a_focus_list():
    plain = _plain(SLIDES)
    assert {n: p["party"] for n, p in plain["parties"].items()} == {"Exempelby kommun": "city",
                                                                    "LPO Exempelby": "police"}
    agreement = next(iter(plain["agreement"].values()))
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2026-03-01", "2028-02-28")
    assert list(plain["priority_areas"]) == ["Bostadsinbrott i villaområdena", "Langning till unga"]


REPORT = """EXEMPELBY KOMMUN                                    TJÄNSTESKRIVELSE
Kommunledningskontoret                              Dnr KS 2026/0012

Godkännande av ny överenskommelse med Polismyndigheten

Förslag till beslut

1. Kommunstyrelsen godkänner Överenskommelse om trygghet i Exempelby enligt bilaga 1.

Ärendet

Den nuvarande överenskommelsen, som godkändes den 2 februari 2023, löper ut den 30 juni 2026. Parter i den
föreslagna överenskommelsen är Exempelby kommun genom kommunstyrelsen och Polismyndigheten genom
lokalpolisområde Exempelby. Överenskommelsen föreslås gälla i två år räknat från den 1 juli 2026.

Bilaga
1. Överenskommelse om trygghet i Exempelby (förslag)
"""


def test_a_report_proposing_an_agreement_names_it_lists_its_parties_and_its_time():
    plain = _plain(REPORT)
    assert list(plain["agreement"]) == ["Överenskommelse om trygghet i Exempelby"]  # not the report's heading
    agreement = next(iter(plain["agreement"].values()))
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2026-07-01", "2028-06-30")  # not the current one
    assert {n: p["party"] for n, p in plain["parties"].items()} == {"Exempelby kommun": "city",
                                                                    "lokalpolisområde Exempelby": "police"}


def test_the_police_side_from_the_sentence_naming_the_parties_over_a_letterhead():
    text = ("Exempelby kommun                                     Polismyndigheten\n\nÖverenskommelse om trygghet\n\n"
            "Denna överenskommelse ingås mellan Exempelby kommun, å ena sidan, och Polismyndigheten, genom "
            "lokalpolisområde Exempelby, å andra sidan.\n\nFör Exempelby kommun          För Polismyndigheten\n")
    assert _parties(text) == {"Exempelby kommun": "city", "lokalpolisområde Exempelby": "police"}


def test_parties_in_the_first_person_plural():
    text = ("# Tillsammans för ett tryggare Exempelby\n\nVi – Exempelby kommun och Polismyndigheten genom "
            "lokalpolisområde Exempelby – har kommit överens om hur vi ska arbeta.\n")
    assert _parties(text) == {"Exempelby kommun": "city", "lokalpolisområde Exempelby": "police"}


@pytest.mark.parametrize(("text", "areas"), [
    ("Avtal om trygghet i Exempelby\n\nÖverenskommelsen tar sikte på\n  a) bostadsinbrott,\n  b) langning till unga.\n",
     ["bostadsinbrott", "langning till unga"]),  # "tar sikte på" leads into the list
    ("Avtal om trygghet i Exempelby\n\nParterna ska, i enlighet med lagen (2023:196) om kommuners ansvar, samordna "
     "sig inom de områden som de har bedömt som viktigast, nämligen bostadsinbrott, klotter samt langning.\n",
     ["bostadsinbrott", "klotter", "langning"]),  # "områden …, nämligen"; a law's number is no list's colon
    ("Avtal om trygghet i Exempelby\n\nVi har valt tre områden. Det första området är klotter: vi vill sanera "
     "snabbare. Det andra är bostadsinbrott.\n", ["klotter", "bostadsinbrott"]),  # an ordinal sentence's colon
])
def test_priority_areas_led_into_in_prose(text, areas):
    assert [a.casefold() for a in _plain(text).get("priority_areas", {})] == areas
