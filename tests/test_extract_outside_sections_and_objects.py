"""Extract reads a section that a sentence puts outside the agreement, a group named only as an object or inside a
member's workplace, a name's genitive opening a sentence, a list led into by "ska … prioritera", and a few
shapes of the parties and the dnr. Each reading has its own short text, written for this test with invented
places; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.meaning.phrases import member
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain


def _areas(text: str) -> list[str]:
    return list(_plain(text).get("priority_areas", {}))


# --- groups outside the agreement -------------------------------------------------------------------------------

def test_a_bare_group_word_is_the_agreements_group_not_one_put_outside():
    text = ("Samverkan i Åby\n\nVåra egna verksamheter\n\nRegionens ledningsgrupp fördelar resurserna mellan "
            "områdena.\n\nSå arbetar vi\n\nAnsvaret ligger hos Ledningsgruppen för Åby. I den sitter "
            "kommundirektören och polischefen. Även Åbyhems vd är med i ledningsgruppen. Gruppen leds av "
            "kommundirektören.\n")
    group = _groups(text)["Ledningsgruppen för Åby"]
    assert group["chair"] == "kommundirektör"
    assert "vd för Åbyhem" in group["members"]


def test_a_section_a_pronoun_puts_outside_the_agreement():
    text = ("Samverkan i Åby\n\nOrganisation\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "Andra möten\n\nI Åby finns fler möten om trygghet. De är inte en del av denna överenskommelse, men "
            "nämns för sammanhangets skull.\n\nEtt folkhälsoråd samlar förtroendevalda två gånger per år. "
            "Polisens ledningsgrupp möts varje vecka och leds av polischefen.\n")
    assert set(_groups(text)) == {"Styrgruppen"}


def test_the_arrangement_a_section_describes_put_outside_the_local_agreement():
    text = ("Samverkan i Åby\n\nDen regionala nivån\n\nHär beskrivs kort hur arbetet leds i regionen. Strukturen "
            "regleras i ett regionalt avtal och är inte en del av denna lokala överenskommelse.\n\nRegionen leds "
            "av en regional styrgrupp där landshövdingen och regionpolischefen möts.\n\nLokal samverkan\n\n"
            "Åbygruppen består av samordnaren och kommunpolisen.\n")
    assert set(_groups(text)) == {"Åbygruppen"}


def test_no_groups_under_the_agreement_said_with_inga():
    text = ("Samverkan i Åby\n\nSamverkansrådet\n\nRådet består av kommundirektören och polischefen och "
            "träffas fyra gånger per år.\n\nPolisens egna möten\n\nHär beskrivs polisens mötesformer. De är inga "
            "grupper under denna överenskommelse.\n\nPolischefen leder lokalpolisområdets ledningsgrupp, där "
            "gruppcheferna ingår. Frågor som samverkansrådet beslutar om förs in där av polischefen.\n")
    groups = _groups(text)
    assert set(groups) == {"Samverkansrådet"}
    assert groups["Samverkansrådet"]["frequency_per_year"] == 4


# --- the group a sentence is about --------------------------------------------------------------------------------

def test_a_group_named_in_a_members_workplace_is_not_the_sentences_topic():
    text = ("Samverkan i Åby\n\nUnder styrgruppen finns Platsgruppen Torget. Där möts kommunpolisen, "
            "samordnaren och en fältsekreterare från socialtjänstens fältgrupp. Gruppen träffas varje vecka.\n")
    groups = _groups(text)
    assert "Socialtjänstens fältgrupp" not in groups
    assert groups["Platsgruppen Torget"]["frequency_per_year"] == 52
    assert "fältsekreterare från socialtjänstens fältgrupp" in groups["Platsgruppen Torget"]["members"]


def test_a_group_listed_after_a_transitive_verb_is_its_object():
    text = ("Samverkan i Åby\n\nSkolgruppen\n\nRektorer från skolorna i Åby möter kommunpolisen och "
            "fältgruppen varje månad. Gruppen rapporterar till styrgruppen.\n")
    groups = _groups(text)
    assert "Fältgruppen" not in groups and "fältgruppen" not in groups
    assert groups["Skolgruppen"]["frequency_per_year"] == 12
    assert "fältgruppen" in groups["Skolgruppen"]["members"]


def test_a_heading_ending_on_a_modal_is_no_groups_name():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\n\nÅTAGANDEN\n\n"
            "Nämnden ska\n  – avsätta fältassistenter till kvällsarbete under fredagar och lördagar,\n"
            "  – redovisa uppföljningen till kommunstyrelsen.\n")
    assert set(_groups(text)) == {"Styrgruppen"}


# --- members and chairs -------------------------------------------------------------------------------------------

def test_a_names_genitive_opening_a_sentence_keeps_its_capital():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen. Åbyhems vd deltar som "
            "adjungerad.\n\nPlatsgruppen består av kommunpolisen och samordnaren. Åbyhems bovärdar deltar också.\n")
    groups = _groups(text)
    assert "vd för Åbyhem" in groups["Styrgruppen"]["members"]
    assert groups["Platsgruppen"]["members"] == ["kommunpolis", "samordnare", "bovärd"]


def test_who_convenes_in_a_clause_before_another():
    text = ("Samverkan i Åby\n\nPlatsgruppen består av kommunpolisen och samordnaren. Samordnaren sammankallar "
            "och gruppen träffas varannan vecka.\n")
    group = _groups(text)["Platsgruppen"]
    assert group["chair"] == "samordnare"
    assert group["frequency_per_year"] == 26


def test_who_takes_part_also_after_only_the_chair_makes_the_chair_a_member():
    text = ("Samverkan i Åby\n\nBeredningen\n\nBeredningen förbereder styrgruppens möten. Samordnaren är "
            "sammankallande. I gruppen ingår också kommunpolisen och en analytiker.\n")
    assert _groups(text)["Beredningen"]["members"] == ["samordnare", "kommunpolis", "analytiker"]


def test_the_people_who_go_through_the_week_at_a_groups_meetings():
    text = ("Samverkan i Åby\n\nVeckogruppen arbetar med lägesbilden. Varje tisdag går samordnaren, "
            "kommunpolisen och fältassistenterna igenom veckans händelser.\n")
    group = _groups(text)["Veckogruppen"]
    assert group["members"] == ["samordnare", "kommunpolis", "fältassistent"]
    assert group["frequency_per_year"] == 52


def test_a_group_going_through_the_week_names_no_one_between_verb_and_particle():
    text = ("Samverkan i Åby\n\nVeckogruppen består av samordnaren och kommunpolisen. Gruppen går varje vecka "
            "igenom läget.\n")
    assert _groups(text)["Veckogruppen"]["members"] == ["samordnare", "kommunpolis"]


def test_taking_part_also_in_a_group_led_by_someone_adds_no_chair():
    text = ("Samverkan i Åby\n\nParterna deltar också i Åbys nätverk för föreningar, som träffas två gånger om "
            "året och leds av förvaltningens utvecklare.\n")
    assert "utvecklare" not in _groups(text)["Åbys nätverk för föreningar"].get("members", [])


def test_gathering_views_is_no_member():
    text = ("Samverkan i Åby\n\nTrygghetsforum Åby är ett öppet möte för föreningar och handlare. Där berättar "
            "polisen om läget och samlar in synpunkter.\n")
    assert _groups(text)["Trygghetsforum Åby"]["members"] == ["förening", "handlare"]


def test_chiefs_of_several_units_are_the_function():
    assert member("rektorerna för kommunens grundskolor och gymnasieskolan") == "rektor"


def test_round_a_place_only_says_where():
    assert member("fastighetsägare runt torget", prose=True) == "fastighetsägare"


# --- priorities ---------------------------------------------------------------------------------------------------

def test_priorities_after_a_modal_and_adverbs():
    text = ("Samverkan i Åby\n\nVad vi ska göra\n\nParterna ska därför under perioden prioritera trygghet i "
            "centrum, unga i riskzon och våld i nära relationer.\n")
    assert _areas(text) == ["Trygghet i centrum", "Unga i riskzon", "Våld i nära relationer"]


def test_a_bulleted_list_further_down_is_no_priority_of_the_heading():
    text = ("Samverkan i Åby\n\nPrioriterade områden\n\nParterna har enats om att prioritera\n\n"
            "  a) Bostadsinbrott\n  b) Narkotika bland unga\n\n\nKommunens åtaganden\n\nKommunen ska\n"
            "  - ta fram en lägesbild,\n  - informera invånarna.\n")
    plain = _plain(text)
    assert list(plain["priority_areas"]) == ["Bostadsinbrott", "Narkotika bland unga"]
    assert "Bostadsinbrott" not in plain.get("parties", {})


def test_a_stressed_subject_of_an_active_verb_is_no_area():
    text = ("# Samverkan i Åby\n\n## Åtaganden\n\n**Polisen** ansvarar för statistik och för att de prioriterade "
            "områdena finns med i planeringen.\n")
    assert _areas(text) == []


# --- parties and dnr ----------------------------------------------------------------------------------------------

def test_a_police_chain_hyphenated_over_an_items_lines():
    text = ("Samverkan i Åby\n\n1. Parter\n\nDenna överenskommelse är träffad mellan\n\n"
            "  - Åby kommun, org nr 212000-0000, och\n"
            "  - Polismyndigheten, Polisregion Mitt, Polisområde Ås, lokal-\n"
            "    polisområde Åby, org nr 202100-0076.\n")
    assert list(_plain(text)["parties"]) == ["Åby kommun", "lokalpolisområde Åby"]


def test_a_dnr_in_parentheses_opening_a_line_inside_a_sentence_is_cited():
    text = ("ÅBY KOMMUN\nDnr KS 2026/10\n\nSamverkan i Åby\n\nBakgrund\n\nDen förra överenskommelsen gällde från "
            "den 1 mars 2022 till den 28 februari 2026\n(dnr KS 2021/318). Nu gäller denna.\n")
    assert _plain(text)["agreement"]["Samverkan i Åby"]["dnr"] == ["KS 2026/10"]
