"""Extract reads an agreement written in the parties' own voice ("Vi som står bakom …", "vi på polisen med …"),
a local agreement that tells of the wider agreement above it, a memo's dnr sentence, and a few small wordings of
members, chairs, meetings and areas. Each reading has its own short text, written for this test with invented
places; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.document import Document, Span
from samverkan.extract.meaning import frequency
from samverkan.extract.meaning.agreement import dnr
from samverkan.extract.meaning.phrases import group_kind, member
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain


def test_we_who_stand_behind_the_agreement_name_the_parties():
    text = ("Åby kommun, dnr KS 2025/1\nPolismyndigheten, dnr A 1.2/2025\n\nSAMVERKAN I ÅBY\n\nVilka vi är\n\n"
            "Vi som står bakom överenskommelsen är Åby kommun, genom kommunstyrelsen, och Polismyndigheten, "
            "Polisregion Mitt, lokalpolisområde Åby.\n")
    assert set(_plain(text)["parties"]) == {"Åby kommun", "lokalpolisområde Åby"}


def test_the_years_first_then_who_chairs_in_them():
    text = ("Samverkan i Åby\n\nLedningsgruppen består av kommundirektören och lokalpolisområdeschefen. "
            "Under udda år leder kommundirektören och under jämna år lokalpolisområdeschefen. "
            "Gruppen träffas fyra gånger per år.\n")
    group = _groups(text)["Ledningsgruppen"]
    assert group["chair"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert group["chair_alternating"] is True


def test_a_short_forms_definite_ending_after_a_colon_drops():
    assert member("vd:n för Åbyhem") == "vd för Åbyhem"
    assert member("LPOC:en") == "LPOC"


def test_a_companys_place_is_part_of_its_name_but_a_units_is_not():
    assert member("vd:n för Åby Bostadsbolag i Nyby") == "vd för Åby Bostadsbolag i Nyby"
    assert member("enhetschef från socialtjänsten i Nyby") == "enhetschef från socialtjänsten"


def test_we_at_a_party_with_our_people_are_those_people():
    assert member("vi på polisen med områdespoliserna") == "områdespolis"
    assert member("vi i kommunen med fältassistenterna") == "fältassistent"


def test_a_member_with_its_own_verb_at_the_end_of_the_list_is_the_member():
    text = ("Samverkan i Åby\n\nArbetsgruppen\n\n- Deltagare: fältassistenterna, områdespoliserna och en bovärd "
            "från Åbyhem; Nybyhem deltar vid behov\n- Möten: varje vecka\n")
    assert "Nybyhem" in _groups(text)["Arbetsgruppen"]["members"]


def test_an_organisation_that_takes_part_through_its_person_is_no_member_of_its_own():
    text = ("Samverkan i Åby\n\nÅbyhem har lägenheter i området och deltar i arbetsgruppen.\n\nArbetsgruppen\n\n"
            "- Deltagare: fältassistenterna och en bovärd från Åbyhem\n- Möten: varje vecka\n")
    members = _groups(text)["Arbetsgruppen"]["members"]
    assert "bovärd från Åbyhem" in members
    assert not any(m.casefold() == "åbyhem" for m in members)


def test_when_it_is_needed_is_as_needed():
    assert frequency.per_year("Gruppen träffas bara när det behövs.").value is None


def test_a_reference_group_is_heard_and_decides_nothing():
    assert group_kind("Referensgruppen") == "forum"


def test_a_group_called_together_by_another_meets_as_the_sentence_says():
    text = ("Samverkan i Åby\n\nBeredningsgruppen består av samordnaren och kommunpolisen. Den träffas varje "
            "månad.\n\nReferensgruppen har inga fasta medlemmar. Beredningsgruppen kallar till referensgruppen "
            "bara när det behövs.\n")
    groups = _groups(text)
    assert groups["Beredningsgruppen"]["frequency_per_year"] == 12
    assert groups["Referensgruppen"]["frequency_per_year"] is None


def test_a_wider_agreements_steering_group_is_no_group_of_the_local_one():
    text = ("Lokal överenskommelse för Åby centrum\n\n1. Inledning\n\nNyby stad och Polisregion Mitt har en "
            "övergripande överenskommelse för hela staden. Den styrs av en central styrgrupp där stadsdirektören "
            "och regionpolischefen ingår. Den här överenskommelsen gäller Åby centrum.\n\n2. Organisation\n\n"
            "   1. Styrgruppen\n        - Deltagare: stadsdelsdirektören och lokalpolisområdeschefen\n"
            "        - Möten: fyra gånger per år\n")
    groups = _groups(text)
    assert list(groups) == ["Styrgruppen"]
    assert groups["Styrgruppen"]["members"] == ["stadsdelsdirektör", "lokalpolisområdeschef"]


def test_a_body_that_is_something_else_and_no_part_of_the_agreement_is_outside():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen. Den träffas fyra gånger "
            "per år.\n\nChefsgruppen, där alla förvaltningschefer ingår, träffas varje vecka. Gruppen är ett forum "
            "i kommunens ordinarie ledning och inte en del av överenskommelsen.\n")
    assert list(_groups(text)) == ["Styrgruppen"]


def test_a_memos_sentence_gives_the_agreements_numbers_on_its_next_line():
    text = ("PM                      Dnr KS 2026/0999\n\nOm samverkan\n\n"
            "Den nya överenskommelsen heter \"Överenskommelse om trygghet i Åby\". Kommunens diarienummer för "
            "överenskommelsen är\nKS 2025/0101 och polisens är A 123.456/2025.\n")
    doc = Document.from_text("x.txt", text)
    found, _ = dnr(doc, 5, Span(5, 5))
    assert found == ["KS 2025/0101", "A 123.456/2025"]


def test_what_a_numbered_area_stresses_within_it_drops():
    text = ("Samverkan i Åby\n\n4. Prioriteringar\n\nParterna ska särskilt arbeta med\n\n"
            "   4.1 Ungdomar som skapar otrygghet\n   4.2 Stölder, främst av cyklar och mopeder\n"
            "   4.3 Trygghet vid stationen\n\n5. Organisation\n")
    assert "Stölder" in _plain(text)["priority_areas"]


def test_a_groups_word_alone_after_a_body_put_outside_is_the_agreements_own_group():
    text = ("Samverkan i Åby\n\nPolisområdets ledningsgrupp fördelar polisens resurser. Den regleras inte av "
            "denna överenskommelse.\n\nDet övergripande ansvaret ligger hos Ledningsgruppen för trygghet. "
            "I den sitter kommundirektören och lokalpolisområdeschefen. Ledningsgruppen träffas fyra gånger per "
            "år.\n")
    groups = _groups(text)
    assert list(groups) == ["Ledningsgruppen för trygghet"]
    assert groups["Ledningsgruppen för trygghet"]["frequency_per_year"] == 4
