"""Readings of agreements written by authors the readers had not seen (issue 15): a party entered as a numbered
paragraph with its organisation number, a federation of municipalities as a party of its own, a lead-in
"har upprättats mellan", a group a heading names by its kind and the text by "nedan X", a name with "och"
between two capitalised words, a genitive after a colon ("SG:s"), a committee's case adopting an agreement by
its quoted name, a chair going round all members, "Båda arbetsgrupperna", "ska samla", and areas completing
"Parterna avser att". The texts are written for these tests."""

from __future__ import annotations

from samverkan.extract.document import read_document
from samverkan.extract.record import recognise
from tests.extract_text import plain as _plain


def _parties(text: str, name: str = "x.txt") -> dict[str, dict]:
    return {k: {f: v for f, v in fields.items() if f != "_lines"}
            for k, fields in _plain(text, name).get("parties", {}).items()}


def test_a_numbered_party_entry_with_its_number_and_a_federation_of_its_own():
    text = ("Avtal om trygghet i Påhittby 2026\n\n1  PARTER\n\n"
            "1.1  Påhittby kommun, organisationsnummer 212000-0001, genom kommunstyrelsen, nedan kallad\n"
            "     \"Kommunen\";\n\n"
            "1.2  Polismyndigheten, organisationsnummer 202100-0076, genom lokalpolisområde Påhittby, nedan\n"
            "     kallad \"Polisen\"; samt\n\n"
            "1.3  Kommunalförbundet Brandskydd Västra Låtsasland, organisationsnummer 222000-0009, nedan\n"
            "     kallat \"Förbundet\".\n\n"
            "Förbundet är part endast för sin verksamhet i kommunen.\n\n2  BAKGRUND\n\nText.\n")
    parties = _parties(text)
    assert parties["Kommunalförbundet Brandskydd Västra Låtsasland"] == {"party": "other",
                                                                        "org_number": "222000-0009"}
    assert parties["Påhittby kommun"]["party"] == "city"
    assert parties["lokalpolisområde Påhittby"]["party"] == "police"
    assert len(parties) == 3


def test_parties_listed_after_a_lead_in_saying_the_document_was_drawn_up_between_them():
    text = ("# Avsiktsförklaring om trygghet i Åby och Öby\n\n## Parter\n\n"
            "Denna avsiktsförklaring har upprättats mellan\n\n1. Åby stad, genom kommunstyrelsen,\n"
            "2. Öby kommun, genom kommunstyrelsen, och\n3. Polismyndigheten, genom lokalpolisområde Åby.\n\n"
            "## Bakgrund\n\nText.\n")
    assert set(_parties(text, "x.md")) == {"Åby stad", "Öby kommun", "lokalpolisområde Åby"}


def test_a_heading_names_a_group_by_its_kind_and_the_text_gives_its_name():
    text = ("4  ORGANISATION\n\n4.1  Styrgrupp\n\nParternas högsta organ är styrgruppen, nedan SG-Nyby. I SG-Nyby "
            "ingår kommundirektören och lokalpolisområdeschefen.\n\n4.2  Samverkansgruppen Skola och Fritid\n\n"
            "Samverkansgruppen Skola och Fritid bereder ärenden inför SG-Nyby:s sammanträden. Gruppen består av "
            "trygghetssamordnaren och kommunpolisen.\n\n4.3  Arbetsgrupp Centrum\n\nI Arbetsgrupp Centrum ingår "
            "områdespolisen och fältassistenterna. Gruppen rapporterar till Samverkansgruppen Skola och Fritid.\n")
    groups = _plain(text)["groups"]
    assert groups["SG-Nyby"]["members"] == ["kommundirektör", "lokalpolisområdeschef"]
    middle = groups["Samverkansgruppen Skola och Fritid"]
    assert middle["members"] == ["trygghetssamordnare", "kommunpolis"]  # no "s sammanträden"
    assert middle["reports_to"] == ["SG-Nyby"]
    assert groups["Arbetsgrupp Centrum"]["reports_to"] == ["Samverkansgruppen Skola och Fritid"]


def test_a_committees_case_adopts_the_agreement_by_its_quoted_name_and_number():
    text = ("NYBY STADSDELSFÖRVALTNING                     TJÄNSTEUTLÅTANDE\n"
            "                                              Dnr NY-2026/0099\n\n\n"
            "Ny överenskommelse med lokalpolisområde Nyby\n\n\nFörvaltningens förslag till beslut\n\n"
            "1. Stadsdelsnämnden godkänner förslaget till överenskommelse \"Trygga Nyby – samverkan mellan\n"
            "   Nyby stadsdelsnämnd och Polisen 2027–2028\" enligt bilaga 1.\n"
            "2. Stadsdelsnämnden uppdrar åt stadsdelsdirektören att underteckna överenskommelsen.\n")
    agreement = _plain(text)["agreement"]
    title = "Trygga Nyby – samverkan mellan Nyby stadsdelsnämnd och Polisen 2027–2028"
    assert list(agreement) == [title]
    assert agreement[title]["dnr"] == ["NY-2026/0099"]


def test_a_chair_going_round_all_members_names_no_one_and_both_working_groups_report():
    text = ("# Avsiktsförklaring om trygghet i Åby\n\n### Styrgrupp\n\nStyrgruppen utgörs av kommundirektören och "
            "lokalpolisområdeschefen. Ordförandeskapet roterar mellan ledamöterna, ett halvår i taget.\n\n"
            "### Arbetsgrupper\n\n**Arbetsgrupp Torget** ska samla kommunpolisen, ordningsvakter och "
            "fastighetsägare. Den ses varannan månad.\n\n**Arbetsgrupp Skolan** ska bestå av rektorerna och "
            "fältassistenterna. Gruppen träffas varje månad.\n\n"
            "Båda arbetsgrupperna redovisar sitt arbete till styrgruppen.\n")
    groups = _plain(text, "x.md")["groups"]
    assert groups["Styrgrupp"]["chair_alternating"] is True
    assert "chair" not in groups["Styrgrupp"]
    assert groups["Arbetsgrupp Torget"]["members"] == ["kommunpolis", "ordningsvakt", "fastighetsägare"]
    assert groups["Arbetsgrupp Torget"]["reports_to"] == ["Styrgrupp"]
    assert groups["Arbetsgrupp Skolan"]["reports_to"] == ["Styrgrupp"]


def test_a_council_outside_a_declaration_of_intent_is_no_group_of_it():
    text = ("# Avsiktsförklaring om trygghet i Åby\n\n### Styrgrupp\n\nStyrgruppen består av kommundirektören och "
            "lokalpolisområdeschefen och möts fyra gånger per år.\n\nDet befintliga Åby Trygghetsråd, där "
            "föreningar möts, fortsätter som tidigare och omfattas inte av avsiktsförklaringen.\n")
    assert not any("rygghetsråd" in name for name in _plain(text, "x.md")["groups"])


def test_areas_that_complete_what_the_parties_intend_are_what_the_verbs_act_on():
    text = ("# Avsiktsförklaring om trygghet i Åby\n\n## Gemensamma inriktningar\n\nParterna avser att\n\n"
            "- gemensamt motverka langning av alkohol till unga,\n- förebygga bostadsinbrott i villaområdena, samt\n"
            "- öka tryggheten i centrum, särskilt kring busstorget.\n")
    assert set(_plain(text, "x.md")["priority_areas"]) == {"Langning av alkohol till unga",
                                                           "Bostadsinbrott i villaområdena", "Tryggheten i centrum"}


def test_a_shared_draft_in_everyday_words_names_its_parties_period_and_groups():
    text = ("TRYGGARE ÖBY\n\nVad är det här?\n\nDet här är vår text för överenskommelsen mellan Öby stad – här bara "
            "\"stan\" – och Polismyndigheten genom lokalpolisområde Öby (\"LPO:t\").\n\n1. Hur länge?\n\n"
            "Vi kör från och med den 1 mars 2026 och två år framåt.\n\n2. Vilka som gör vad\n\n"
            "Ytterst ansvariga är stadsdirektören och lokalpolisområdeschefen. De två plus stans säkerhetschef är "
            "Styrgruppen. Stadsdirektören är ordförande första året, sen lokalpolisområdeschefen, och så växlar "
            "det. Styrgruppen återkopplar till kommunstyrelsen (KS) en gång per år.\n\n"
            "Torggruppen är den som håller i det vardagliga: kommunpolisen, fältassistenterna och fastighetsägarna "
            "i Öby centrum. Kommunpolisen håller i mötena, som är varannan torsdag.\n")
    plain = _plain(text)
    assert {k: v["party"] for k, v in plain["parties"].items()} == {"Öby stad": "city",
                                                                    "lokalpolisområde Öby": "police"}
    agreement = next(iter(plain["agreement"].values()))
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2026-03-01", "2028-02-29")
    steering = plain["groups"]["Styrgruppen"]
    assert steering["members"] == ["stadsdirektör", "lokalpolisområdeschef", "säkerhetschef"]
    assert steering["chair"] == ["stadsdirektör", "lokalpolisområdeschef"] and steering["chair_alternating"]
    assert steering["reports_to"] == ["kommunstyrelsen"]
    square = plain["groups"]["Torggruppen"]
    assert square["members"] == ["kommunpolis", "fältassistent", "fastighetsägare"]
    assert (square["chair"], square["frequency_per_year"]) == ("kommunpolis", 26)


def test_a_question_page_names_a_council_by_its_place_and_states_its_number_and_parties_last(tmp_path):
    page = tmp_path / "sida.html"
    page.write_text("<html><head><title>Samverkansavtal för ett tryggare Åby – frågor och svar</title></head><body>"
            "<h1>Samverkansavtal för ett tryggare Åby</h1>"
            "<h2>Vem leder arbetet?</h2><p>Det politiska ansvaret ligger hos Åbys brottsförebyggande råd. I rådet "
            "sitter fyra förtroendevalda tillsammans med kommundirektören. Kommunstyrelsens ordförande är rådets "
            "ordförande.</p><p>Samverkan styrs av Styrgruppen, där kommundirektören och lokalpolisområdeschefen "
            "sitter. Kommundirektören och lokalpolisområdeschefen turas om att vara ordförande, ett år i taget.</p>"
            "<h2>Hur ofta träffas ni?</h2><ul><li>Brottsförebyggande rådet: två gånger per år.</li>"
            "<li>Styrgruppen: en gång per kvartal.</li></ul>"
            "<h2>Giltighet och underskrifter</h2><p>Avtalet har träffats mellan Åby kommun och Polismyndigheten "
            "genom lokalpolisområde Nyby. Det gäller i två år från och med den 1 maj 2026. Ärendet har "
            "diarienummer KS 2026/0101.</p><table><tr><td>För Åby kommun</td><td>För Polismyndigheten</td></tr>"
            "</table></body></html>", encoding="utf-8")
    plain = recognise(read_document(page)).to_plain()
    assert set(plain["parties"]) == {"Åby kommun", "lokalpolisområde Nyby"}
    assert next(iter(plain["agreement"].values()))["dnr"] == ["KS 2026/0101"]
    council = plain["groups"]["Åbys brottsförebyggande råd"]
    assert (council["chair"], council["frequency_per_year"]) == ("kommunstyrelsens ordförande", 2)
    assert council["members"] == ["förtroendevald", "kommundirektör"]
    assert plain["groups"]["Styrgruppen"]["chair"] == ["kommundirektör", "lokalpolisområdeschef"]


def test_a_coordinating_function_tied_to_a_group_with_its_people_after_it():
    text = ("Organisation\n\nArbetet leds av ett chefssamråd, i vilket stadsdelsdirektören och lokalpolisområdeschefen "
            "ingår. Till chefssamrådet knyts en samordnarfunktion bestående av förvaltningens trygghetssamordnare och "
            "kommunpolisen. Samordnarfunktionen förbereder chefssamrådets möten och stämmer av arbetet varje vecka.\n")
    function = _plain(text)["groups"]["Samordnarfunktionen"]
    assert function["members"] == ["trygghetssamordnare", "kommunpolis"]
    assert (function["kind"], function["reports_to"]) == ("coordinators", ["Chefssamråd"])


def test_a_clause_of_the_groups_own_after_its_convener_and_an_adverb_before_whose_meetings():
    text = ("Organisation\n\nDet löpande arbetet sköts av Operativa gruppen. Där ingår trygghetssamordnaren och "
            "kommunpolisen. Trygghetssamordnaren kallar till mötena, och gruppen förbereder också styrgruppens "
            "sammanträden.\n")
    group = _plain(text)["groups"]["Operativa gruppen"]
    assert (group["chair"], group["kind"], group["reports_to"]) == ("trygghetssamordnare", "preparation",
                                                                    ["styrgruppen"])


def test_an_area_in_a_harbour_district_is_no_council():
    text = ("# Avtal om trygghet i Åby 2026\n\n## Vad ska vi jobba med?\n\nTre fokusområden står högst upp: "
            "**cykelstölder vid stationen**, **buskörning i centrum och i hamnområdet** och "
            "**klotter på skolorna**.\n")
    assert set(_plain(text, "x.md")["priority_areas"]) == {"Cykelstölder vid stationen", "Buskörning i centrum och i "
                                                   "hamnområdet", "Klotter på skolorna"}
