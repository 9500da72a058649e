"""Extract reads an agreement told in easy-to-read Swedish (short sentences, questions as headings) and one told
in a news article: who invites to a group's meetings, who signed under "Vilka har skrivit under?", who made the
agreement under "Vilka har skrivit avtalet?", a number "Den har numret …" and a chief's office before a name set
off by a comma. Each reading has its own short text, written for this test with invented places; none comes from
the corpus."""

from __future__ import annotations

from tests.extract_text import plain as _plain


def test_who_invites_to_the_meetings_leads_them():
    text = ("Samverkan i Åby\n\nTrygghetsgruppen består av kommunpolisen, fältassistenterna och samordnaren.\n"
            "Samordnaren bjuder in till mötena.\nGruppen träffas varje månad.\n")
    assert _plain(text)["groups"]["Trygghetsgruppen"]["chair"] == "samordnare"


def test_a_name_alone_then_what_she_is_under_who_signed():
    text = ("Samverkan i Åby\n\nVilka har skrivit under?\n\nTvå personer har skrivit under avtalet.\n\n"
            "Eva Påhittsdotter.\nHon är kommunstyrelsens ordförande.\n\n"
            "Jon Låtsasson.\nHan är lokalpolisområdeschef.\n")
    people = _plain(text)["signatories"]
    assert people["Eva Påhittsdotter"]["title"] == "kommunstyrelsens ordförande"
    assert people["Jon Låtsasson"]["title"] == "lokalpolisområdeschef"


def test_who_made_the_agreement_as_a_question_heads_the_parties():
    text = ("Samverkan i Åby\n\nVilka har skrivit avtalet?\n\nDet är två som har skrivit avtalet.\n\n"
            "Den ena är Åby kommun.\n\nDen andra är polisen.\n\nDen heter lokalpolisområde Norra Åby.\n")
    assert set(_plain(text)["parties"]) == {"Åby kommun", "lokalpolisområde Norra Åby"}


def test_it_has_the_number():
    text = ("Överenskommelse om samverkan i Åby\n\nDet finns en lång version av avtalet.\n"
            "Den har numret KS 2025/0777.\n")
    assert _plain(text)["agreement"]["Överenskommelse om samverkan i Åby"]["dnr"] == ["KS 2025/0777"]


def test_a_chiefs_office_then_the_name_after_a_comma_signs():
    text = ("Samverkan i Åby\n\nÖverenskommelsen skrevs under i går av kommundirektör Eva Påhittsdotter och "
            "chefen för lokalpolisområde Åbyslätten, Jon Låtsasson.\n")
    people = _plain(text)["signatories"]
    assert people["Jon Låtsasson"]["title"] == "chef för lokalpolisområde Åbyslätten"
