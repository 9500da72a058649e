"""Extract reads a text written one short sentence a paragraph, a fact box's numbers, and a yearly follow-up that
quotes its agreement, tells the past year in the past tense and names a group by a generic word. Each reading has
its own short text, written for this test with invented places; none comes from the corpus."""

from __future__ import annotations

from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain


def test_a_paragraph_of_one_sentence_goes_on_about_its_group():
    text = ("Samverkan i Öby\n\nVem leder arbetet?\n\nI Ledningsgruppen sitter kommundirektören.\n\n"
            "Skolchefen och räddningschefen är också med.\n\nLedningsgruppen träffas sex gånger om året.\n")
    group = _groups(text)["Ledningsgruppen"]
    assert set(group["members"]) == {"kommundirektör", "skolchef", "räddningschef"}


def test_a_fact_boxs_block_of_numbers_gives_both_parties_numbers():
    text = ("Nyhet\n\n" + "Överenskommelsen **Samverkan för ett tryggt Öby** börjar gälla i dag.\n\n"
            + "\n".join(f"Stycke {n} om arbetet i Öby." for n in range(45))
            + "\n\n- Kommunens diarienummer: KS 2026/0101\n- Polisens diarienummer: A 123.456/2026\n"
            "- Tidigare överenskommelse: KS 2021/0999\n")
    agreement = next(iter(_plain(text)["agreement"].values()))
    assert agreement["dnr"] == ["KS 2026/0101", "A 123.456/2026"]


def test_a_follow_up_names_the_agreement_it_quotes_not_its_own_heading():
    text = ("UPPFÖLJNING 2026\nSamverkan mellan Öby kommun och polisen – hur det gick\n\n1. Inledning\n\n"
            "Öby kommun och polisen tecknade den 1 mars 2025 \"Överenskommelse om samverkan i Öby\". "
            "Den gäller för åren 2025–2027.\n")
    assert list(_plain(text)["agreement"]) == ["Överenskommelse om samverkan i Öby"]


def test_changes_that_apply_from_a_date_give_no_validity():
    text = ("Överenskommelse om samverkan i Öby\n\nDen undertecknades av ordföranden och gäller för åren 2025–2027. "
            "Avsnitt 4 beskriver de ändringar som styrgruppen beslutade den 2 december 2025 och som gäller från "
            "den 1 januari 2026.\n")
    agreement = _plain(text)["agreement"]["Överenskommelse om samverkan i Öby"]
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2025-01-01", "2027-12-31")


def test_a_group_that_consisted_of_people_has_them_as_members():
    text = ("Samverkan i Öby\n\nLedningsgruppen bestod av kommundirektören och skolchefen. "
            "Ledningsgruppen träffas fyra gånger per år.\n")
    assert set(_groups(text)["Ledningsgruppen"]["members"]) == {"kommundirektör", "skolchef"}


def test_the_group_is_the_one_named_without_a_group_word():
    text = ("Samverkan i Öby\n\n3.1 Centrumgruppen\nCentrumgruppen består av områdespolisen och fältsekreteraren. "
            "Den träffas varje månad.\n\n3.2 SSPF Öby\nInom SSPF Öby arbetar skola och socialtjänst med unga. "
            "Gruppen består av rektorer och skolkuratorer. Gruppen ses varje vecka.\n")
    groups = _groups(text)
    assert set(groups["SSPF Öby"]["members"]) == {"rektor", "skolkurator"}
    assert set(groups["Centrumgruppen"]["members"]) == {"områdespolis", "fältsekreterare"}
