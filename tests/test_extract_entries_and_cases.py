"""Readings of agreements written by authors the readers had not seen (issue 15): a party entered as a numbered
paragraph with its organisation number, a federation of municipalities as a party of its own, a lead-in
"har upprättats mellan", a group a heading names by its kind and the text by "nedan X", a name with "och"
between two capitalised words, a genitive after a colon ("SG:s"), a committee's case adopting an agreement by
its quoted name, a chair going round all members, "Båda arbetsgrupperna", "ska samla", and areas completing
"Parterna avser att". The texts are written for these tests."""

from __future__ import annotations

from samverkan.extract.document import Document
from samverkan.extract.record import recognise


def _plain(text: str, name: str = "x.txt") -> dict:
    return recognise(Document.from_text(name, text)).to_plain()


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
