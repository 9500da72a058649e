"""Extract reads an agreement with an addendum that changes it (a chair handed over, a new rhythm "i stället för" the
old, a short form after a fronted phrase), a revised text's status notes and wound-up bodies, numbered section
headings among numbered lines, points labelled with a word and a number, a table naming each local group by its
place, and a few member phrases (a stage of school, many people "för kommunens två X", an open forum's "med …").
Each reading has its own short text, written for this test with invented places; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.document import Document
from samverkan.extract.meaning.phrases import member, members
from samverkan.extract.meaning.text import units
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain


def test_a_chair_handed_over_replaces_the_one_before():
    text = ("Samverkan i Åby\n\nTorggruppen\n\nTorggruppen består av samordnaren, områdespolisen och "
            "fältassistenten. Områdespolisen leder mötena. Samordnaren övertar ordförandeskapet från 2026.\n")
    assert _groups(text)["Torggruppen"]["chair"] == "samordnare"


def test_the_chairmanship_going_over_to_another_names_the_new_chair():
    text = ("Samverkan i Åby\n\nSkolgruppen består av rektorerna, kuratorn och områdespolisen. Ordförandeskapet, "
            "som förut låg hos kuratorn, går över till en av rektorerna.\n")
    assert _groups(text)["Skolgruppen"]["chair"] == "rektor"


def test_a_rhythm_instead_of_another_replaces_the_one_told_before():
    text = ("Samverkan i Åby\n\nTorggruppen består av samordnaren och områdespolisen. Torggruppen träffas varje "
            "månad.\n\nÄndringar\n\nFrån hösten träffas Torggruppen varannan vecka i stället för varje månad.\n")
    assert _groups(text)["Torggruppen"]["frequency_per_year"] == 26


def test_a_short_form_after_a_fronted_phrase_and_its_verb_is_the_subject():
    text = ("Samverkan i Åby\n\nOperativa gruppen (OG)\n\nI OG ingår samordnaren och områdespolisen. OG träffas "
            "varje månad och rapporterar till kommunstyrelsen.\n\nStyrgruppen\n\nStyrgruppen består av "
            "kommundirektören och polischefen.\n\nTillägg 1\n\n"
            "a) Från och med den 1 mars träffas OG var tredje vecka i stället för varje månad.\n"
            "b) Samordnaren övertar ordförandeskapet.\n")
    groups = _groups(text)
    assert groups["Operativa gruppen (OG)"]["frequency_per_year"] == 17
    assert groups["Operativa gruppen (OG)"]["chair"] == "samordnare"
    assert "frequency_per_year" not in groups["Styrgruppen"]


def test_a_clause_item_under_no_group_is_no_sentence_about_one():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\nKommunen åtar sig att\n\n"
            "- utse en samordnare, som också är sammankallande i styrgruppen,\n- ta fram en lägesbild.\n")
    assert _groups(text)["Styrgruppen"].get("chair") != "utse en samordnare"


def test_an_addendum_heading_is_no_group():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\nTILLÄGG 2\n\n"
            "Samordnaren ingår i gruppen från 2026 och leder mötena. Gruppen träffas varje månad.\n")
    assert not any(k.casefold().startswith("tillägg") for k in _groups(text))


def test_one_who_still_takes_part_is_a_member_and_still_no_word_of_it():
    text = ("Samverkan i Åby\n\nTorggruppen\n\nI Torggruppen ingår samordnaren. Områdespolisen ingår fortsatt i "
            "gruppen.\n")
    members = _groups(text)["Torggruppen"]["members"]
    assert "områdespolis" in members and not any(m.startswith("fortsätt") for m in members)


def test_a_body_wound_up_in_the_past_is_no_group():
    text = ("Samverkan i Åby\n\nÅby brottsförebyggande råd avvecklades 2020 och dess uppgifter har förts över till "
            "styrgruppen.\n\nStyrgruppen består av kommundirektören och polischefen.\n")
    assert not any("råd" in k for k in _groups(text))


def test_a_status_note_after_a_heading_is_no_part_of_the_name():
    text = ("Samverkan i Åby\n\n4.1 Styrgruppen\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "4.2 Sommargruppen (ny)\n\nSommargruppen består av fältassistenter och områdespolisen och träffas "
            "varje vecka.\n")
    assert "Sommargruppen" in _groups(text)


def test_a_numbered_heading_going_on_from_the_one_before_is_a_heading():
    text = ("Överenskommelse om samverkan i Åby\n1. Parter\nParter är Åby kommun och lokalpolisområde Åby.\n"
            "Åbyhem AB deltar i arbetet.\n2. Giltighet\nÖverenskommelsen gäller från och med den 1 januari 2026.\n"
            "3. Bakgrund\nÅby har 9 000 invånare.\n")
    read = units(Document.from_text("x.txt", text))
    assert [u.text for u in read if u.kind == "heading"][-3:] == ["Parter", "Giltighet", "Bakgrund"]


def test_points_labelled_by_a_word_and_a_number_are_each_an_area():
    text = ("Samverkan i Åby\n\nPrioriterade områden\nParterna arbetar med tre insatsområden:\n"
            "Insatsområde 1: Trygghet på torget och vid stationen\nInsatsområde 2: Narkotika bland unga\n"
            "Insatsområde 3: Bedrägerier mot äldre\n")
    areas = {k.casefold() for k in _plain(text)["priority_areas"]}
    assert areas == {"trygghet på torget och vid stationen", "narkotika bland unga", "bedrägerier mot äldre"}


def test_a_table_row_naming_a_group_by_its_place_adds_to_that_group():
    text = ("Samverkan i Åby\n\n## Styrgrupp\n\n**Styrgruppen Trygga Åby** består av kommundirektören och "
            "polischefen.\n\n## Lokala grupper\n\n- **Ortsgruppen Åby**\n- **Ortsgruppen Berga**\n\n"
            "I varje ortsgrupp ingår områdespolisen och en fältassistent.\n\nDessutom ingår:\n\n"
            "| Ortsgrupp | Ytterligare medlem |\n|---|---|\n| Åby | en bovärd från Åbyhem AB |\n"
            "| Berga | en representant för Berga byalag |\n")
    groups = _groups(text)
    assert "bovärd från Åbyhem AB" in groups["Ortsgruppen Åby"]["members"]
    assert "Berga byalag" in groups["Ortsgruppen Berga"]["members"]
    assert not any(k in ("Åby", "Berga") for k in groups)


def test_a_stage_of_school_says_only_which_rektor():
    assert member("en rektor från mellanstadiet") == "rektor"


def test_rektorer_for_the_municipalitys_counted_schools_are_the_function():
    assert member("rektorerna för kommunens tre grundskolor") == "rektor"


def test_which_ones_of_a_kind_an_open_forum_is_for_is_no_part_of_the_kind():
    text = ("Samverkan i Åby\n\nÅbydialogen\n\nÅbydialogen är ett forum öppet för föreningar och företagare med "
            "många unga anställda. Forumet hålls två gånger per år.\n")
    members = _groups(text)["Åbydialogen"]["members"]
    assert "företagare" in members


def test_the_speaker_among_a_groups_people_is_no_member_by_the_pronoun():
    assert members("jag, socialchefen och kommunpolisen") == ["socialchef", "kommunpolis"]
