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
from tests.extract_text import plain as _plain


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


def test_a_name_heading_over_a_line_of_only_the_kind_and_years_is_the_title():
    text = ("ÅBY KOMMUN\n\nSTARKARE TILLSAMMANS I ÅBY\nSamverkansavtal 2027–2029\n\nBakgrund\n\n"
            "Åby kommun och polisen i Åby har skrivit avtalet för att minska brotten.\n")
    assert _title(text) == "Starkare tillsammans i Åby"
    kind_first = "Medborgarlöfte 2027\n\nPolisen i Åby lovar att synas mer i centrum.\n"
    assert _title(kind_first) == "Medborgarlöfte 2027"  # no name above: the kind and years are the title


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


def test_a_template_name_over_the_agreements_title_gives_way_to_the_title():
    text = ('Mall för lokalt samarbetsavtal, utgåva 3\n(beslutad av kommunledningen)\n\n'
            'SAMARBETSAVTAL OM TRYGGHET I ÅBY 2027–2028\n\n1. Parter\n\nÅby kommun och Polisen i Åby.\n')
    assert _title(text) == "Samarbetsavtal om trygghet i Åby 2027–2028"


def test_a_follow_up_names_the_agreement_in_its_account_and_the_dnr_beside_it():
    text = ('Åby kommun                                   2027-03-01\nDnr KS 2027/0042\n\n'
            'UTVÄRDERING AV SAMVERKAN MED POLISEN UNDER 2026\n\n'
            'Under perioden gällde Samarbetsavtalet om en lugnare Åby (dnr KS 2025/0777), som kommunen och '
            'polisen hade tecknat året innan. Det ersatte det tidigare Avtalet om trygghet i Nyby.\n')
    assert _title(text) == "Samarbetsavtalet om en lugnare Åby"
    assert _agreement(text)["dnr"] == ["KS 2025/0777"]


def test_minutes_take_the_title_of_the_draft_they_quote_and_the_dnr_stated_after_it():
    text = ('Protokoll\n\nMöte om samverkan mellan Åby kommun och Polisen\n\n1. Överenskommelse\n'
            'Förslaget "Avtal om trygghet i Åby 2026" godkändes.\nDiarienumret är KS 2026/17.\n')
    assert _title(text) == "Avtal om trygghet i Åby 2026"
    assert _agreement(text)["dnr"] == ["KS 2026/17"]


def test_a_description_whose_lines_name_no_agreement_takes_the_title_its_sentences_quote():
    text = ('Polismyndigheten\nLokalpolisområde Åby\n\nSå arbetar vi med Åby kommun\nSkriven av staben, mars 2026.\n\n'
            '1. Vad texten gäller\n\nVi arbetar tillsammans med kommunen enligt "Avtal om ett tryggare Åby '
            '2026–2028", som båda parter har skrivit under.\n')
    assert _title(text) == "Avtal om ett tryggare Åby 2026–2028"


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


def test_signers_in_prose_each_in_their_own_form():
    text = ("Medborgarlöfte för Åby\n\nParter är Åby kommun och Lokalpolisområde Åby.\n\nLöftet undertecknades "
            "för kommunen av kommunstyrelsens ordförande Eva Påhittad och för polisens del av chefen, "
            "Jon Uppdiktad, lokalpolisområdeschef.\n")
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
    ("Vårt arbete\nVi har valt att under året lägga kraften på två saker: bilinbrotten vid stationen samt "
     "langningen till unga.\n", ["Bilinbrotten vid stationen", "Langningen till unga"]),
    ("Enkäten\nNi sa framför allt två saker: att centrum känns otryggt och att ni oroar er för droger.\n", []),
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


def test_a_news_item_takes_the_title_its_sentence_names_the_document_by():
    text = ('Kommunen och polisen skriver på\n\nI går skrev Åby kommun och lokalpolisområde Åby under. '
            'Avtalet kallas "Överenskommelse om trygghet i Åby" och ersätter det som gällde 2020–2023.\n')
    assert _title(text) == "Överenskommelse om trygghet i Åby"


def test_a_name_given_to_an_earlier_document_is_not_the_title():
    text = ('Kommunen och polisen skriver på\n\nDet tidigare avtalet heter "Avtal om trygghet i Åby 2020".\n')
    assert _title(text) != "Avtal om trygghet i Åby 2020"


def test_a_label_listing_each_partys_diarienummer_with_its_name():
    text = ("Avtal om trygghet i Åby och Nyby\n\nKommunernas diarienummer: Åby KS 2025/17 · Nyby KS.2025.31 ·\n"
            "Ösby KS 2025-009\n\nParter är Åby kommun, Nyby kommun och Ösby kommun.\n")
    assert _agreement(text)["dnr"] == ["KS 2025/17", "KS.2025.31", "KS 2025-009"]


def test_a_line_saying_only_the_kind_of_document_gives_way_to_the_title_under_it():
    text = ("GEMENSAM SAMVERKANSÖVERENSKOMMELSE\n\nÅby mot brott – överenskommelse om samverkan mellan\n"
            "två kommuner och lokalpolisområde Åby\n\n1  Bakgrund\n\nText om arbetet.\n")
    assert _title(text) == ("Åby mot brott – överenskommelse om samverkan mellan två kommuner och "
                            "lokalpolisområde Åby")


def test_a_news_item_without_a_parties_section_takes_the_two_sides_named_together():
    text = ("Nu är det klart\n\nI går skrev cheferna under. Därmed är det klart hur Åby kommun och "
            "lokalpolisområde Åby ska arbeta ihop mot brott.\n")
    assert _parties(text) == {"Åby kommun": "city", "lokalpolisområde Åby": "police"}


def test_a_leaflets_everyday_police_is_the_one_police_area_it_names():
    text = ("Polisen och Åby kommun – tillsammans för ett tryggare Åby\n\nMedborgarlöfte 2026\n\n"
            "Därför har Åby kommun och lokalpolisområde Åby bestämt att arbeta mot droger.\n")
    assert _parties(text) == {"Åby kommun": "city", "lokalpolisområde Åby": "police"}


def test_a_letterheads_cell_naming_the_document_kind_does_not_end_the_title_block():
    text = ("Åby kommun                                   Överenskommelse\n"
            "Kommunstyrelsens förvaltning                 Dnr KS 2025-418\n\n"
            "Samverkan för trygghet i Åby 2026–2027\n\n"
            "Överenskommelse mellan Åby kommun och Polismyndigheten,\nlokalpolisområde Åby\n\n"
            "Inledning\n\nText om arbetet.\n")
    assert _parties(text) == {"Åby kommun": "city", "lokalpolisområde Åby": "police"}


@pytest.mark.parametrize("sentence", [
    "I går satte kommundirektör Eva Låtsasdotter och lokalpolisområdeschef Jon Påhittsson sina namn under avtalet.",
    "Kommundirektör Eva Låtsasdotter och lokalpolisområdeschef Jon Påhittsson undertecknade avtalet i rådhuset.",
])
def test_signatories_a_news_item_says_signed(sentence):
    text = f"Nu är det klart\n\n{sentence} Avtalet gäller i två år.\n"
    people = _plain(text)["signatories"]
    assert {k: v["title"] for k, v in people.items()} == {"Eva Låtsasdotter": "kommundirektör",
                                                          "Jon Påhittsson": "lokalpolisområdeschef"}


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
    ("Avtal om trygghet i Exempelby\n\nParterna ska rikta sina resurser mot fyra frågor, det vill säga klotter, "
     "langning, skadegörelse och oro i Åby och Nyby på kvällarna.\n",
     ["klotter", "langning", "skadegörelse", "oro i åby och nyby på kvällarna"]),  # "frågor, det vill säga";
    # an "och" between two names joins places inside the last area
    ("Avtal om trygghet i Exempelby\n\nVi konstaterade att avtalets två prioriterade områden – klotter vid "
     "stationen samt oro i parken – står kvar.\n", ["klotter vid stationen", "oro i parken"]),  # set off by dashes
])
def test_priority_areas_led_into_in_prose(text, areas):
    assert [a.casefold() for a in _plain(text).get("priority_areas", {})] == areas


def test_decimal_numbered_paragraphs_after_a_lead_in_are_the_areas_one_each():
    text = ("Avtal om trygghet i Exempelby 2027\n\n\n3. Vad vi prioriterar\n\n"
            "Under avtalstiden ska parterna samverka inom följande områden:\n\n"
            "3.1 Stöd till unga vuxna som vill lämna kriminella miljöer och som saknar\negen bostad.\n\n"
            "3.2 Klotter vid Exempelby torg.\n\n\n4. Organisation\n\n4.1 Styrgruppen möts fyra gånger per år.\n")
    assert [a.casefold() for a in _plain(text).get("priority_areas", {})] == [
        "stöd till unga vuxna som vill lämna kriminella miljöer och som saknar egen bostad",
        "klotter vid exempelby torg"]


def test_an_end_in_the_last_year_of_the_titles_years_starts_with_the_first():
    text = ("Anteckningar\n\nEnligt Samarbetsavtal Trygg i Åby 2026–2028 ska parterna mötas.\n\n"
            "Avtalet gäller till utgången av 2028.\n")
    assert _title(text) == "Samarbetsavtal Trygg i Åby 2026–2028"
    assert (_agreement(text)["valid_from"], _agreement(text)["valid_to"]) == ("2026-01-01", "2028-12-31")


def test_an_org_number_beside_a_partys_name_in_a_later_sentence_is_its_number():
    text = ("SAMARBETSAVTAL\nmellan Åby kommun och Lokalpolisområde Åby\n\nAvtalet ingås mellan Åby kommun, "
            "org.nr 212000-9999, och Polismyndigheten genom Lokalpolisområde Åby.\n")
    assert _plain(text)["parties"]["Åby kommun"]["org_number"] == "212000-9999"


def test_a_listed_area_without_what_it_stresses_within_it():
    text = ("Avtal om trygghet i Exempelby\n\nPrioriteringar\nUnder perioden samverkar parterna särskilt om\n"
            "  1. klotter, framför allt vid stationen,\n  2. langning till unga.\n")
    assert [a.casefold() for a in _plain(text).get("priority_areas", {})] == ["klotter", "langning till unga"]


def test_framforallt_written_as_one_word_stresses_within_the_area_too():
    text = ("Avtal om trygghet i Exempelby\n\nPrioriteringar\nUnder perioden samverkar parterna särskilt om\n"
            "  a) ungas bruk av narkotika, framförallt cannabis,\n  b) langning till unga.\n")
    assert [a.casefold() for a in _plain(text).get("priority_areas", {})] == ["ungas bruk av narkotika",
                                                                              "langning till unga"]


def test_a_letterheads_lpo_is_the_local_police_area_the_text_names_in_full():
    text = ('Åby kommun · Polisen LPO Åby                                   KS 2026/0042\n\n\n'
            'Överenskommelse om trygghet i Åby 2026\n\n\n'
            'Åby kommun och Polismyndigheten genom lokalpolisområde Åby (nedan parterna) träffar härmed denna '
            'överenskommelse, som gäller under 2026.\n')
    assert _parties(text) == {"Åby kommun": "city", "lokalpolisområde Åby": "police"}


def test_a_dnr_in_parentheses_of_a_change_log_sentence_names_an_earlier_document_not_this_one():
    text = ("Åby kommun\nDnr KS 2026/0077\n\nSamverkansavtal för Åby\n\n"
            "Ändringar: Version 1.0 ersatte det gamla avtalet (dnr KS 2019/0012) från 2019.\n\n"
            "Parter är Åby kommun och Lokalpolisområde Åby.\n")
    assert _agreement(text)["dnr"] == ["KS 2026/0077"]


def test_a_dnr_in_parentheses_counts_when_no_number_stands_on_its_own_label():
    text = "Samverkansavtal för Åby (dnr KS 2026/0078)\n\nParter är Åby kommun och Lokalpolisområde Åby.\n"
    assert _agreement(text)["dnr"] == ["KS 2026/0078"]


PROPOSAL = """EXEMPELBY KOMMUN                           TJÄNSTESKRIVELSE
Kommunkontoret                                Dnr: KS 2026/0001

Beslut om nytt samverkansavtal med polisen

Ärendet

Det förra avtalet hette "Avtal om trygghet i Exempelby 2022–2024" (dnr KS 2021/0100) och gällde till 2024.
Förvaltningen har tagit fram ett förslag, som har fått namnet "Samverkansavtal för ett tryggt Exempelby
2026–2027". Hos polisen diarieförs avtalet under nummer A 11.222/2025. Avtalet ska enligt förslaget gälla
från den 1 februari 2026 till den 31 december 2027.
"""


def test_a_document_about_an_agreement_takes_the_name_it_says_the_agreement_has():
    agreement = _plain(PROPOSAL)["agreement"]
    assert list(agreement) == ["Samverkansavtal för ett tryggt Exempelby 2026–2027"]
    assert agreement["Samverkansavtal för ett tryggt Exempelby 2026–2027"]["valid_to"] == "2027-12-31"


def test_a_document_about_an_agreement_takes_its_dnr_from_the_prose_not_its_letterhead():
    text = PROPOSAL.replace("diarieförs avtalet under nummer", "registreras avtalet under diarienummer")
    assert _agreement(text)["dnr"] == ["A 11.222/2025"]


def test_the_sentence_that_gives_the_parties_their_short_names_names_the_police_area():
    text = ("# Samverkansavtal för Exempelby\n\nExempelby kommun (nedan kommunen) och Polismyndigheten genom "
            "lokalpolisområde Exempelby (nedan polisen) har länge samverkat.\n\n| För Exempelby kommun | För "
            "Polismyndigheten |\n|---|---|\n| Eva Påhittad, kommundirektör | Jon Uppdiktad, lokalpolisområdeschef |\n")
    assert _parties(text) == {"Exempelby kommun": "city", "lokalpolisområde Exempelby": "police"}


def test_areas_after_a_repeated_preposition_with_a_footnote_and_an_aside():
    text = HEAD + ("Parterna ska lägga gemensam kraft på bostadsinbrott,[^1] på klotter och skadegörelse och på "
                   "tryggheten i parken, där barn, unga och vuxna rör sig.\n\n[^1]: Inbrott i villor och lägenheter.\n")
    assert sorted(_plain(text).get("priority_areas", {})) == ["Bostadsinbrott", "Klotter och skadegörelse",
                                                               "Tryggheten i parken"]


def test_signatories_a_sentence_names_before_the_officials_who_wrote_the_document():
    text = PROPOSAL + ("\nFörvaltningen noterar att polisens del undertecknas av lokalpolisområdeschef Jon Uppdiktad. "
                       "För kommunens del föreslås kommunstyrelsens ordförande Eva Påhittad underteckna.\n\n\n"
                       "Per Skrivarsson                              Lisa Handläggardotter\n"
                       "Kommundirektör                               Säkerhetsstrateg\n")
    signed = {k: v["title"] for k, v in _plain(text)["signatories"].items()}
    assert signed == {"Jon Uppdiktad": "lokalpolisområdeschef", "Eva Påhittad": "kommunstyrelsens ordförande"}


def test_areas_after_the_colon_of_a_sentence_that_prioritises():
    text = HEAD + ("Parterna har enats om tre områden som ska prioriteras under perioden: klotter, inbrott samt "
                   "bilbränder.\n")
    assert sorted(_plain(text).get("priority_areas", {})) == ["Bilbränder", "Inbrott", "Klotter"]


def test_a_definition_lists_name_dnr_and_signing(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("""<html><head><title>Trygghet – Åby kommun</title></head><body><main>
<h1>Samarbete för trygghet</h1><p>Kommunen och polisen samarbetar enligt en överenskommelse.</p>
<h2>Fakta</h2><dl><dt>Namn</dt><dd>Överenskommelse om ett tryggt Åby 2026–2027</dd>
<dt>Diarienummer</dt><dd>KS/2026:12</dd>
<dt>Undertecknad</dt><dd>Den 2 mars 2026 av Eva Påhittad (kommunstyrelsens ordförande) och Jon Uppdiktad
(vd, Åbyhem AB)</dd></dl>
<h2>Vad gör vi?</h2><p>Under perioden ligger fokus på två områden:</p>
<h3>Trygga parker</h3><p>Fler vuxna i parkerna.</p><h3>Färre inbrott</h3><p>Grannsamverkan i villaområden.</p>
</main></body></html>""", encoding="utf-8")
    plain = recognise(read_document(page)).to_plain()
    assert list(plain["agreement"]) == ["Överenskommelse om ett tryggt Åby 2026–2027"]
    assert plain["agreement"]["Överenskommelse om ett tryggt Åby 2026–2027"]["dnr"] == ["KS/2026:12"]
    assert {k: v["title"] for k, v in plain["signatories"].items()} == {
        "Eva Påhittad": "kommunstyrelsens ordförande", "Jon Uppdiktad": "vd"}
    assert sorted(plain["priority_areas"]) == ["Färre inbrott", "Trygga parker"]


def test_a_slides_facts_name_the_title_stated_on_the_first_slide():
    text = ("--- Bild 1 ---\nTryggt Åby 2026\nSamverkansöverenskommelse Åby kommun – Polisen\n\n--- Bild 2 ---\n"
            "Förra avtalet har löpt ut\n\n--- Bild 3 ---\nNamn: Tryggt Åby 2026\nGäller: 1/2 2026 → 31/12 2026\n")
    assert _title(text) == "Tryggt Åby 2026"


def test_areas_a_contract_counts_and_areas_it_directs_its_efforts_at():
    counted = HEAD + ("Parterna ska rikta sina insatser mot, för det första, klotter i centrum och vid stationen, för "
                      "det andra, unga som riskerar att begå brott och, för det tredje, inbrott och stölder i Åby.\n")
    assert sorted(_plain(counted)["priority_areas"]) == [
        "Inbrott och stölder i Åby", "Klotter i centrum och vid stationen", "Unga som riskerar att begå brott"]
    directed = HEAD + ("Parterna åtar sig att rikta sina gemensamma insatser mot narkotika bland unga, mot klotter "
                       "samt mot otrygghet i centrum, vilka områden kallas avtalets insatsområden.\n")
    assert sorted(_plain(directed)["priority_areas"]) == ["Klotter", "Narkotika bland unga", "Otrygghet i centrum"]


def test_the_parties_a_report_names_late_in_its_text():
    text = ("Revisionsrapport 2026:1\n\nGRANSKNING AV SAMVERKAN\n\n1. Inledning\n\nVi har granskat samverkan.\n\n"
            "2. Bakgrund\n\nLagen ställer krav.\n\n3. Metod\n\nVi har läst dokument.\n\nVi har intervjuat chefer.\n\n"
            "4. Iakttagelser\n\nDen gällande överenskommelsen har titeln \"Överenskommelse om trygghet i Åby "
            "2025–2026\". Den har träffats mellan Åby kommun och Polismyndigheten genom lokalpolisområde Åby och "
            "gäller för perioden 2025–2026.\n")
    assert _parties(text) == {"Åby kommun": "city", "lokalpolisområde Åby": "police"}
    assert _agreement(text)["valid_to"] == "2026-12-31"


# --- minutes, letters and web pages that speak of the agreement ---------------------------------------------

def test_the_name_a_decision_or_a_summary_gives_the_agreement():
    minutes = ("PROTOKOLL\n\nProtokoll från uppstartsmöte – samverkan mellan Åby kommun och Polisen\n\n"
               "Punkt 2: Namn och giltighet\nMötet beslutade\n  – att överenskommelsen ska heta \"Tryggt i Åby – "
               "samverkansöverenskommelse\",\n  – att överenskommelsen gäller från och med den 1 mars 2025 och "
               "tills vidare.\n")
    agreement = _plain(minutes)["agreement"]
    assert list(agreement) == ["Tryggt i Åby – samverkansöverenskommelse"]
    assert agreement["Tryggt i Åby – samverkansöverenskommelse"]["valid_from"] == "2025-03-01"
    summary = ("Från: A B\nTill: C D\nÄmne: Avtalet\n\nVi kom överens om:\n\n  * Namnet blir \"Avtal om "
               "trygghet i Öby 2025–2027\". Diarienumret hos oss är ÖB 2025/12.\n")
    assert _title(summary) == "Avtal om trygghet i Öby 2025–2027"
    assert _agreement(summary)["dnr"] == ["ÖB 2025/12"]


def test_a_web_pages_title_in_bold_inside_a_sentence_and_its_present_agreement():
    page = ("# Så arbetar vi med polisen\n\n## Överenskommelsen\n\nVi utgår från **Lokal överenskommelse om "
            "trygghet i Åby**, som tecknats med polisen. Den nuvarande överenskommelsen började gälla den 1 maj "
            "2025 och löper i två år.\n\n## Vad vi prioriterar\n\nUtifrån lägesbilden har vi valt att lägga kraft på "
            "tre saker. Den första är buskörning på torget. Den andra gäller klotter i tunnlarna, och den tredje är "
            "ensamma äldre.\n")
    plain = _plain(page)
    assert list(plain["agreement"]) == ["Lokal överenskommelse om trygghet i Åby"]  # "Överenskommelsen": a section
    agreement = plain["agreement"]["Lokal överenskommelse om trygghet i Åby"]
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2025-05-01", "2027-04-30")
    assert [a.casefold() for a in plain["priority_areas"]] == [
        "buskörning på torget", "klotter i tunnlarna", "ensamma äldre"]


def test_the_present_agreement_is_the_earlier_one_where_a_new_one_is_proposed():
    text = ("Tjänsteskrivelse\n\nFörslag till ny överenskommelse om samverkan\n\nDen nuvarande överenskommelsen "
            "började gälla den 1 januari 2022. Den nya överenskommelsen gäller från och med den 1 januari 2025 till "
            "och med den 31 december 2026.\n")
    assert _agreement(text)["valid_from"] == "2025-01-01"


def test_a_line_that_leads_into_a_list_is_no_heading():
    text = ("Överenskommelse om samverkan i Åby\n\nPrioriterade områden\n\nUnder perioden ska parterna tillsammans "
            "verka för att förebygga\n\n  1. bostadsinbrott,\n  2. våld i offentlig miljö, och\n"
            "  3. skadegörelse.\n")
    assert [a.casefold() for a in _plain(text)["priority_areas"]] == [
        "bostadsinbrott", "våld i offentlig miljö", "skadegörelse"]


def test_a_county_administrative_board_is_a_party_and_its_governor_signs():
    text = ("Regional överenskommelse om samverkan i Åby län\n\nParter\n\nÖverenskommelsen har träffats mellan "
            "Länsstyrelsen i Åby län (nedan LST), Polisregion Öst samt Åby kommun.\n\nUnderskrifter\n\n"
            "För Länsstyrelsen i Åby län\nKarin Påhittsdotter, landshövding\n\nFör Polisregion Öst\n"
            "Per Låtsasson, regionpolischef\n\nFör Åby kommun\nEva Diktsdotter, kommundirektör\n")
    parties = _parties(text)
    assert parties["Länsstyrelsen i Åby län"] == "other"
    assert _plain(text)["signatories"]["Karin Påhittsdotter"]["title"] == "landshövding"


def test_parties_and_areas_in_the_points_of_a_summary():
    text = ("Från: A B\nTill: C D\nÄmne: Avtalet\n\nDet här bestämde vi:\n\n"
            "  * Namnet blir \"Avtal om trygghet i Öby\". Parter är Öby stadsdelsnämnd och lokalpolisområde Öby. "
            "Grannstadsdelen har ett eget avtal.\n  * Två prioriterade områden:\n      - klotter vid skolorna\n"
            "      - langning av alkohol\n  * Vi ses igen i maj.\n")
    assert _parties(text) == {"Öby stadsdelsnämnd": "city", "lokalpolisområde Öby": "police"}
    assert [a.casefold() for a in _plain(text)["priority_areas"]] == ["klotter vid skolorna", "langning av alkohol"]
def test_a_line_naming_an_agreement_beats_a_tagline_about_cooperation_above_it():
    text = ("Påhittby kommun och polisen i samverkan\n\nÖverenskommelse om trygghetsarbete i Påhittby kommun\n\n"
            "Diarienummer KS 2025/00123\n\nParter\nPåhittby kommun och Polismyndigheten, lokalpolisområde Påhittby.\n")
    assert _title(text) == "Överenskommelse om trygghetsarbete i Påhittby kommun"


def test_questions_and_answers_take_the_title_a_sentence_writes_and_the_period_a_question_answers():
    text = ("Frågor och svar\n\nPåhittby kommun och polisen har skrivit under Samverkansavtal Påhittby 2026–2029. "
            "Här svarar vi på frågorna.\n\nHur länge gäller avtalet?\n\nFrån den 1 april 2026 och till och med den "
            "31 mars 2029.\n\nVem leder arbetet?\n\nStyrgruppen.\n")
    assert _title(text) == "Samverkansavtal Påhittby 2026–2029"
    facts = _agreement(text)
    assert (facts["valid_from"], facts["valid_to"]) == ("2026-04-01", "2029-03-31")


def test_a_heading_saying_what_the_parties_shall_achieve_lists_the_priorities():
    text = ("Avtal om samverkan i Påhittby 2026\n\nDet här ska vi åstadkomma tillsammans\n\n"
            "1. Färre inbrott i villaområdena\n2. Tryggare kvällar vid stationen\n\nVem gör vad\n\n"
            "Styrgruppen består av kommundirektören och lokalpolisområdeschefen.\n")
    assert set(_plain(text)["priority_areas"]) == {"Färre inbrott i villaområdena", "Tryggare kvällar vid stationen"}


def test_a_forms_line_labelled_with_the_focus_counts_its_areas_across_lines():
    text = ("Påhittby kommun / Polisen LPO Påhittby\n\nSAMVERKANSAVTAL PÅHITTBY 2026–2027\n\n"
            "Parter ........ Påhittby kommun; Polismyndigheten, LPO Påhittby\n"
            "Fokus ......... (1) trygghet i hamnen (2) unga och alkohol (3) brott mot\n"
            "                äldre\n")
    plain = _plain(text)
    assert set(plain["priority_areas"]) == {"Trygghet i hamnen", "Unga och alkohol", "Brott mot äldre"}
    assert _parties(text) == {"Påhittby kommun": "city", "LPO Påhittby": "police"}


def test_labels_over_the_parties_names_keep_the_parties_section_going():
    text = ("Samverkansavtal 2026\n\nAvtalsparter\n\nKommunen\n\nPåhittby kommun, kommunstyrelsen\n\nPolisen\n\n"
            "Polismyndigheten, Lokalpolisområde Påhittby\n\nBostadsbolaget\n\nPåhittbyhem AB, org.nr 556000-1111\n\n"
            "Mål\n\nFärre brott.\n")
    assert _parties(text) == {"Påhittby kommun": "city", "Lokalpolisområde Påhittby": "police",
                              "Påhittbyhem AB": "other"}


def test_what_the_parties_shall_together_counter_are_the_priorities():
    text = ("Avtal om samverkan i Påhittby 2026\n\nPåhittby kommun och lokalpolisområde Påhittby träffar denna "
            "överenskommelse, varvid parterna under året gemensamt ska motverka cykelstölder vid stationen, "
            "klotter i skolorna samt buskörning i centrum, medan andra problem hanteras i ordinarie verksamhet.\n")
    assert set(_plain(text)["priority_areas"]) == {"Cykelstölder vid stationen", "Klotter i skolorna",
                                                   "Buskörning i centrum"}


def test_a_plan_that_names_its_agreement_in_apposition_over_a_line_end_takes_that_agreements_facts():
    text = ("ÅBY KOMMUN\n\nHANDLINGSPROGRAM 2027\nför trygghetsrådet\n\n1. Samverkan med polisen\n\n"
            "Kommunen och polisen samverkar enligt överenskommelsen \"Ett tryggare\nÅby\", diarienummer "
            "KS 2025/0101. Den träffades mellan Åby kommun och Lokalpolisområde Åby och har gällt sedan den "
            "1 april 2026. Den löper ut den 31 mars 2028.\n")
    assert _title(text) == "Ett tryggare Åby"
    agreement = _agreement(text)
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2026-04-01", "2028-03-31")
    assert _parties(text) == {"Åby kommun": "city", "Lokalpolisområde Åby": "police"}


def test_an_audit_reads_the_agreements_number_wrapped_after_its_label_its_areas_and_a_signer_who_is_named_first():
    text = ("Revisionsrapport                                  Dnr REV 2026/3\n\nGranskning av samverkan\n\n"
            "Iakttagelser\n\nSamverkan regleras i \"Samverkansavtal för ett tryggt Åby\", diariefört under\n"
            "KS 2025/0077. Avtalet pekar ut tre insatsområden, som vilar på lägesbilden från våren 2025: "
            "Våld i skolan, Trafik i centrum samt Bedrägerier mot äldre. För polisen undertecknade Eva Påhitt, "
            "som är lokalpolisområdeschef.\n")
    plain = _plain(text)
    assert _agreement(text)["dnr"] == ["KS 2025/0077"]
    assert list(plain["priority_areas"]) == ["Våld i skolan", "Trafik i centrum", "Bedrägerier mot äldre"]
    assert plain["signatories"]["Eva Påhitt"]["title"] == "lokalpolisområdeschef"


def test_priorities_set_off_by_dashes_in_a_sentence_and_listed_with_circled_numbers():
    dashed = ("Verksamhetsplan 2027\n\nSamverkan med polisen\n\nDe två prioriteringarna i planen – cykelstölder "
              "vid stationen samt klotter i parkerna – kommer ur överenskommelsen med polisen.\n")
    assert list(_plain(dashed)["priority_areas"]) == ["Cykelstölder vid stationen", "Klotter i parkerna"]
    circled = ("Tryggt Åby\n\nVåra fokusområden\n\n  ①  Trafik vid skolorna\n  ②  Buller på torget\n\n"
               "Giltighet\n\nAvtalet gäller 2027.\n")
    assert list(_plain(circled)["priority_areas"]) == ["Trafik vid skolorna", "Buller på torget"]


def test_an_unlabelled_number_beside_a_labelled_one_on_a_line_of_numbers():
    text = ("SAMVERKANSAVTAL TRYGGT ÅBY\nÅby kommun & Polisen\nKS 2026/0042 · Polisens dnr A 101.202/2026\n\n"
            "Parter\n\nÅby kommun och Polisen i Åby.\n")
    assert _agreement(text)["dnr"] == ["KS 2026/0042", "A 101.202/2026"]


def test_a_name_in_bold_after_a_word_for_naming_is_the_title():
    text = ("# Samverkan med polisen 2026–2028\n\nHär berättar vi om samarbetet.\n\n## Om avtalet\n\n"
            "Avtalet kallas **Samverkansavtal för trygga Exby 2026–2028** och gäller i tre år. "
            "Parter är Exby kommun och Polisen.\n")
    assert _title(text) == "Samverkansavtal för trygga Exby 2026–2028"


def test_a_quoted_name_without_an_agreement_word_names_the_agreement_a_pronoun_stands_for():
    text = ("NYHET\n\nKommunen och polisen enas om tryggare torg\n\nI går skrev Exby kommun och Polisen under ett "
            "nytt avtal om samverkan. Det heter \"Trygga torg i Exby\" och gäller från 1 mars 2026.\n")
    assert _title(text) == "Trygga torg i Exby"


def test_a_quoted_name_of_something_else_after_a_pronoun_is_no_title():
    text = ("Överenskommelse om samverkan i Exby 2026\n\nKommunen har ett nytt fritidsprojekt. Det heter "
            "\"Sommar i Exby\" och drivs av fritidsgården.\n")
    assert _title(text) == "Överenskommelse om samverkan i Exby 2026"


def test_a_name_a_relative_clause_gives_after_a_pronoun_is_no_title():
    text = ("# Medborgarlöfte för Exby 2026\n\nPolisen och stadsdelen har ett medborgarlöfte. Fyra gånger om året "
            "möts cheferna i det som kallas **Trygghetsgruppen Exby** och går igenom löftet.\n")
    assert _title(text) == "Medborgarlöfte för Exby 2026"


def test_parties_named_in_a_relative_clause_that_concludes_the_agreement():
    text = ("Program för trygghet i Exby 2026–2028\n\n1. Samverkan\n\nSamverkan regleras i ett avtal som "
            "tecknats mellan Exby kommun och Polismyndigheten, lokalpolisområde Exby, och som bifogas programmet.\n")
    assert _parties(text) == {"Exby kommun": "city", "lokalpolisområde Exby": "police"}


def test_a_page_about_the_cooperation_takes_the_agreement_from_a_heading_further_down():
    text = ("# Samverkan med polisen i Åby\n\nHär berättar vi hur kommunen och polisen arbetar tillsammans.\n\n"
            "## Överenskommelse om samverkan för ett tryggare Åby\n\n"
            "Överenskommelsen gäller från den 1 januari 2026 till den 31 december 2027.\n")
    assert _title(text) == "Överenskommelse om samverkan för ett tryggare Åby"


def test_minutes_name_the_agreement_in_their_account_and_give_its_numbers_over_two_lines():
    text = ("ÅBY KOMMUN                                      PROTOKOLL 3/2026\n"
            "                                                Dnr KS 2026/0101\n\n"
            "Ledningsgruppen Tryggt Åby\n\n"
            "§ 2  Genomgång\n"
            "Kommunpolisen gick igenom Samverkansavtal för ett tryggt Åby, som parterna skrev under i maj.\n"
            "Avtalet har kommunens dnr KS 2025/0777 och\n"
            "polisens dnr A 100.200/2025 och gäller för åren 2026–2027.\n")
    agreement = _plain(text)["agreement"]
    assert list(agreement) == ["Samverkansavtal för ett tryggt Åby"]
    assert next(iter(agreement.values()))["dnr"] == ["KS 2025/0777", "A 100.200/2025"]


def test_a_letter_extending_the_agreement_takes_its_quoted_name_and_the_new_end():
    text = ("ÅBY KOMMUN\n\nDatum: 2025-10-01\n\n"
            "Förlängning av samverkansöverenskommelse\n\n"
            "Åby kommun och Lokalpolisområde Åby tecknade 2023 \"Samverkansöverenskommelse för ett tryggare Åby\". "
            "Den gäller från och med den 1 mars 2023 till och med den 31 december 2025.\n\n"
            "Parterna bekräftar att överenskommelsen förlängs med ett år och därmed gäller till och med den "
            "31 december 2026.\n")
    plain = _plain(text)["agreement"]
    assert list(plain) == ["Samverkansöverenskommelse för ett tryggare Åby"]
    assert plain["Samverkansöverenskommelse för ett tryggare Åby"]["valid_to"] == "2026-12-31"
    maybe = text.replace("förlängs med ett år och därmed gäller", "kan förlängas med ett år och gäller då")
    assert _agreement(maybe)["valid_to"] == "2025-12-31"


def test_parties_that_entered_into_an_agreement_named_in_quotes():
    text = ("ÅBY KOMMUN\n\nUppföljning av samverkansöverenskommelse\n\n"
            "Åby kommun och Polismyndigheten, Polisregion Mitt, Lokalpolisområde Åby ingick i mars 2024 "
            "\"Samverkansöverenskommelse för ett tryggare Åby\".\n\n"
            "För Åby kommun                För Polismyndigheten\n\nEva Exempel                   Nils Påhitt\n"
            "Kommundirektör                Lokalpolisområdeschef\n")
    assert _parties(text) == {"Åby kommun": "city", "Lokalpolisområde Åby": "police"}


def test_signers_under_a_heading_undertecknad_av_each_with_a_title_after_the_name():
    text = ("# Överenskommelse om samverkan för ett tryggare Åby\n\nÖverenskommelsen är tecknad mellan Åby kommun "
            "och Lokalpolisområde Åby.\n\n## Undertecknad av\n\nEva Exempelsdotter, kommundirektör, och Nils "
            "Påhittsson, lokalpolisområdeschef, den 3 mars 2026.\n")
    signers = _plain(text)["signatories"]
    assert {n: f["title"] for n, f in signers.items()} == {"Eva Exempelsdotter": "kommundirektör",
                                                          "Nils Påhittsson": "lokalpolisområdeschef"}


def test_an_organisation_number_on_a_wrapped_line_of_a_sentence_leaves_the_parties_to_the_sentence():
    text = ("Samverkan i Åby\n\n1. Parter\n\nDenna överenskommelse har träffats mellan Åby kommun, genom "
            "kommunstyrelsen, och\nPolismyndigheten, lokalpolisområde Åby (org.nr 202100-0000).\n\n"
            "2. Bilagor\n\nBilaga 1 Lägesbild Åby\nBilaga 2 Handlingsplan\n")
    assert _parties(text) == {"Åby kommun": "city", "lokalpolisområde Åby": "police"}


def test_a_long_priority_item_with_an_infinitive_after_att_is_still_a_name():
    text = ("# Samverkan i Åby\n\n## 2. Prioriteringar\n\n1. Unga i Åby centrum i riskzonen för att dras in i "
            "kriminalitet\n2. Otrygghet vid torget\n\n## 3. Organisation\n\nText.\n")
    found = recognise(Document.from_text("x.md", text)).to_plain()["priority_areas"]
    assert list(found) == ["Unga i Åby centrum i riskzonen för att dras in i kriminalitet", "Otrygghet vid torget"]


def test_the_police_of_one_place_make_a_local_agreement_and_a_code_with_two_year_digits_is_a_dnr():
    from samverkan.extract.meaning.agreement import level

    assert level(["Åby kommun", "Polisen i Åby"], "") == "local"
    assert level(["Nyby kommun", "Polisen i Polisregion Mellan"], "") == "central"
    text = "Åby kommun\nDnr KS26.0099\n\nSamverkansöverenskommelse\n\nÅby kommun och Polisen i Åby samverkar.\n"
    assert _agreement(text)["dnr"] == ["KS26.0099"]


AMENDMENT = """ÅBY KOMMUN                                   POLISMYNDIGHETEN
Ärende KS 2026/0310                          Lokalpolisområde Åby

ÄNDRINGSAVTAL NR 2

till "Samverkansöverenskommelse för ett tryggt Åby"
(kommunens dnr KS 2024/0112, polisens dnr A 100.200/2024)

1. Ändringar

1.1 Punkt 7 ersätts med följande: "Överenskommelsen gäller från och med den 1 mars 2024 till och med den
28 februari 2028."

1.2 Punkt 5.1 ersätts med följande: "Styrgruppen består av kommunchefen och lokalpolisområdeschefen.
Kommunchefen och lokalpolisområdeschefen växlar som ordförande, ett år i taget, med början hos kommunchefen."

2. Ikraftträdande

Ändringsavtalet träder i kraft den 1 juni 2026.

3. Underskrifter

Eva Exempel                                  Olof Påhitt
kommunstyrelsens ordförande                  lokalpolisområdeschef

Kontaktperson för ändringen: Sara Låtsas, trygghetssamordnare
"""


def test_an_amendment_is_read_as_the_agreement_it_changes_with_that_agreements_dnr():
    (name, agreement), = _plain(AMENDMENT)["agreement"].items()
    assert name == "Samverkansöverenskommelse för ett tryggt Åby"
    assert agreement["dnr"] == ["KS 2024/0112", "A 100.200/2024"]  # not the amendment's own case number


def test_an_amendments_own_entry_into_force_is_no_validity_of_the_agreement():
    agreement = _agreement(AMENDMENT)
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2024-03-01", "2028-02-28")


def test_a_line_labelled_as_a_contact_gives_no_signatory():
    assert set(_plain(AMENDMENT)["signatories"]) == {"Eva Exempel", "Olof Påhitt"}


def test_a_numbered_area_of_a_priorities_section_drops_what_it_stresses():
    text = ("Överenskommelse om samverkan i Åby\n\n3 Prioriterade områden\n\n3.1 Klotter\n"
            "3.2 Trygghet i trafiken, särskilt vid skolorna i Nyby\n\n4 Organisation\n")
    assert list(_plain(text)["priority_areas"]) == ["Klotter", "Trygghet i trafiken"]
