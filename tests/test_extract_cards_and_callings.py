"""Extract reads a web page's contact cards, a fact list's parties item, the name an agreement "heter", a group
the writers "kallar" by a name, a meeting a pronoun speaks of, and a chair named with the function held. Each
reading has its own short text, written for this test with invented places and people; none comes from the
corpus."""

from __future__ import annotations

from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain


def test_abutting_inline_fields_of_a_card_are_parted():
    from samverkan.extract.formats import html_text

    text = html_text('<html><body><ul><li><span class="n">Eva Ek</span><span class="t">Rektor</span>'
                     '<a href="tel:1">0123-45</a></li></ul><p>Styr<span>gruppen</span> möts.</p></body></html>')
    assert "- Eva Ek, Rektor, 0123-45" in text
    assert "Styrgruppen möts." in text  # a word that only goes on across two elements stays whole


def test_a_directory_entry_is_its_function_and_a_field_of_leading_makes_the_chair():
    text = ("# Trygghet i Åby\n\n## Samrådsgruppen\n\nGruppen samordnar arbetet och träffas varje månad.\n\n"
            "- Eva Ek, Kommunchef, Åby kommun, Ordförande, 0123-45 67 89\n"
            "- Ola Berg, Kommunpolis, Polisen, LPO Åby, 114 14\n"
            "- Siv Holm, Fältassistent, Sektor vård och omsorg, Sekreterare, 0123-45 67 00\n")
    g = _groups(text)["Samrådsgruppen"]
    assert g["members"] == ["kommunchef", "kommunpolis", "fältassistent"]
    assert g["chair"] == "kommunchef"


def test_a_fronted_lead_of_taking_part_names_the_members_after_its_colon():
    text = ("# Trygghet i Åby\n\n## Arbetsgruppen\n\nI arbetsgruppen ingår samordnaren och kommunpolisen.\n\n"
            "Adjungeras vid behov: räddningstjänsten och bostadsbolaget.\n")
    assert _groups(text)["Arbetsgruppen"]["members"] == ["samordnare", "kommunpolis", "räddningstjänsten",
                                                          "bostadsbolaget"]


def test_a_fact_lists_parties_item_outweighs_a_sentence_naming_one_side():
    text = ("# Vårt trygghetsarbete\n\nKommunen och Polismyndigheten genom lokalpolisområde Norra Åby har tecknat "
            "en överenskommelse för åren 2026–2027.\n\n## Fakta\n\n"
            "- Parter: Åby kommun och Polismyndigheten, Polisregion Syd, genom lokalpolisområde Norra Åby.\n"
            "- Diarienummer: KS 2025/12.\n")
    assert _plain(text)["parties"].keys() == {"Åby kommun", "lokalpolisområde Norra Åby"}


def test_an_agreement_that_heter_a_name_in_a_relative_clause_is_named_so():
    text = ("# Frågor och svar\n\nVad har vi kommit överens om?\n\nÅby kommun och polisen har skrivit en "
            "överenskommelse som heter **Tryggt och säkert i Åby**. Den gäller 2026–2027.\n")
    assert list(_plain(text)["agreement"]) == ["Tryggt och säkert i Åby"]


def test_a_name_the_writers_give_a_pair_is_a_group_with_the_people_after_its_colon():
    text = ("# Trygghet i Åby\n\n## Vardagen\n\nDet dagliga arbetet leds av det vi kallar **Tandemet**: "
            "kommunens samordnare och kommunpolisen. De ses varje vecka.\n")
    g = _groups(text)["Tandemet"]
    assert g["members"] == ["samordnare", "kommunpolis"]
    assert g["frequency_per_year"] == 52


def test_a_pronoun_that_says_a_meeting_names_the_name_the_sentence_before_ends_on():
    text = ("# Trygghet i Åby\n\n## Hur kan jag tycka till?\n\nKom till Åbydialogen! Det är ett öppet möte i "
            "biblioteket två gånger om året. Mötet är öppet för boende och handlare.\n")
    g = _groups(text)["Åbydialogen"]
    assert g["members"] == ["boende", "handlare"]
    assert g["frequency_per_year"] == 2


def test_a_chair_named_with_the_function_held_is_the_function():
    text = ("# Trygghet i Åby\n\n## Ungdomsgruppen\n\nUngdomsgruppen leds av Eva Ek, som är chef för kultur och "
            "fritid. I gruppen finns fältassistenterna och kommunpolisen.\n")
    assert _groups(text)["Ungdomsgruppen"]["chair"] == "chef för kultur och fritid"


def test_people_who_are_always_there_are_members():
    text = ("# Trygghet i Åby\n\n## Trygghetsforum\n\nTrygghetsforum är öppet för boende och föreningar. "
            "Kommunpolisen och samordnaren är alltid med.\n")
    assert _groups(text)["Trygghetsforum"]["members"] == ["boende", "förening", "kommunpolis", "samordnare"]
