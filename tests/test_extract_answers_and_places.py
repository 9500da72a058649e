"""Extract reads a web page of questions and answers and a page of local forums: the field a fragment answers
under a question of two, an answer that names who does what the question asks ("Det gör X."), one of many schools,
a committee's office before a signer, a group said to be outside in a clause joined by "och", what comes up taken
on to a group, a section heading on the agreement, a pronoun after "för", "den lokala organisationen", a group said
to be a working group, a label before a list, a place's genitive, a plural neuter group word, a member in a clause
after ", och", and the parts of a group's own place. Each reading has its own short text, written for this test
with invented places; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.document import Document, read_document
from samverkan.extract.meaning.groups.names import mentions
from samverkan.extract.meaning.phrases import members
from samverkan.extract.normalise import Normaliser
from samverkan.extract.record import recognise
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain


def _md(text: str) -> dict:
    """The record of a Markdown text."""
    return recognise(Document.from_text("x.md", text)).to_plain()


def test_a_fragment_answers_the_field_it_gives_of_two_asked():
    text = ("# Frågor om samverkan i Åby\n\n## Vem leder ledningsgruppen?\n\nLedningsgruppen består av "
            "kommunchefen och lokalpolisområdeschefen. Kommunchefen är ordförande.\n\n"
            "## Hur ofta möts ledningsgruppen, och vem ansvarar den inför?\n\nSex gånger om året.\n")
    assert _md(text)["groups"]["Ledningsgruppen"]["frequency_per_year"] == 6


def test_it_does_it_answers_who_does_what_the_question_asks():
    text = ("# Frågor om samverkan i Åby\n\n## Vem styr arbetet?\n\nStyrgruppen består av kommunchefen och "
            "lokalpolisområdeschefen.\n\n## Vem förbereder styrgruppens möten?\n\nDet gör samordningsgruppen. "
            "Där ingår kommunens säkerhetsstrateg och kommunpolisen. Säkerhetsstrategen leder gruppen.\n")
    found = _md(text)["groups"]
    assert found["Samordningsgruppen"]["members"] == ["säkerhetsstrateg", "kommunpolis"]
    assert found["Samordningsgruppen"]["reports_to"] == ["Styrgruppen"]
    assert found["Styrgruppen"]["members"] == ["kommunchef", "lokalpolisområdeschef"]


def test_one_of_many_schools_says_only_which():
    assert members("en kurator från en av grundskolorna och en rektor från någon av gymnasierna") == ["kurator",
                                                                                                    "rektor"]


def test_a_committees_office_opens_the_sentence_that_signs():
    text = ("Samverkan i Åby\n\nVem skrev under?\n\nSocialnämndens ordförande Eva Påhittsdotter skrev under för "
            "kommunen och lokalpolisområdeschef Jon Låtsasson för polisen.\n")
    assert _plain(text)["signatories"]["Eva Påhittsdotter"]["title"] == "socialnämndens ordförande"


def test_a_clause_joined_by_och_puts_the_group_outside():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommunchefen och lokalpolisområdeschefen.\n\n"
            "Fritidsnämnden har föreslagit att ett ungdomsråd för fritidsfrågor ska bildas, men inget beslut finns "
            "och rådet är inte en del av överenskommelsen.\n")
    assert set(_groups(text)) == {"Styrgruppen"}


def test_what_comes_up_is_taken_on_to_a_group():
    text = ("Samverkan i Åby\n\nArbetsgruppen består av kommunpolisen och fältassistenterna.\n\n"
            "Två gånger om året bjuder vi in till Trygghetsmötet i Åby. Den är öppen för föreningar och "
            "företagare. Det som kommer fram tar kommunpolisen med sig till arbetsgruppen.\n")
    assert _groups(text)["Trygghetsmötet"]["reports_to"] == ["Arbetsgruppen"]


def test_a_heading_on_the_agreement_by_its_definite_word_is_no_title():
    text = ("# Trygghet i Åby\n\n## Överenskommelsen i korthet\n\nArbetet bygger på **Samverkansöverenskommelse "
            "för ett tryggare Åby**. Parter är Åby kommun och lokalpolisområde Åbyslätten.\n")
    assert set(_md(text)["agreement"]) == {"Samverkansöverenskommelse för ett tryggare Åby"}


def test_for_a_pronoun_is_no_part_of_a_groups_name():
    text = ("Samverkan i Åby\n\nAvtalet bygger på ett regionalt avtal; den regionala styrgruppen för det ingår "
            "inte i den lokala organisationen.\n\nStyrgruppen består av kommunchefen och "
            "lokalpolisområdeschefen.\n")
    found = _groups(text)
    assert set(found) == {"Styrgruppen"}
    assert found["Styrgruppen"]["members"] == ["kommunchef", "lokalpolisområdeschef"]


def test_a_group_outside_the_local_organisation():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommunchefen och lokalpolisområdeschefen.\n\n"
            "Polisens ledningsgrupp i Åby består av lokalpolisområdeschefen och gruppcheferna. Ledningsgruppen "
            "ingår inte i den lokala organisationen.\n")
    assert set(_groups(text)) == {"Styrgruppen"}


def test_it_is_a_working_group_with_a_label_before_its_list():
    text = ("# Samverkan i Åby\n\n## Torgsamverkan Åby\n\nTill skillnad från forumet är torgsamverkan inte öppen "
            "för alla. Det är en arbetsgrupp med fasta deltagare: torgets handlare, väktarna och "
            "fältassistenterna. Gruppen ses varje månad.\n")
    found = _md(text)["groups"]["Torgsamverkan Åby"]
    assert found["kind"] == "working"
    assert found["members"] == ["handlare", "väktare", "fältassistent"]


def test_a_places_genitive_says_only_where_they_are():
    assert members("centrumets fastighetsägare och torgets handlare") == ["fastighetsägare", "handlare"]


def test_a_plural_neuter_group_word_after_a_preposition_names_no_group():
    assert mentions("I Åby arbetar kommunen och polisen med boende i lokala råd.") == []
    assert [m.name for m in mentions("i det lokala råd som finns i Åby")] == ["lokala råd"]
    assert [m.name for m in mentions("för Länsstyrelsens regionala nätverk")] == ["Länsstyrelsens regionala nätverk"]


def test_a_heading_of_groups_in_a_plural_neuter_is_no_group(tmp_path):
    page = tmp_path / "forum.html"
    page.write_text("<html><head><title>Lokala trygghetsforum i Åby - Åby kommun</title></head><body>"
                    "<h1>Lokala trygghetsforum i Åby</h1><p>I stadsdelsområdet Åby arbetar stadsdelsförvaltningen och "
                    "polisen tillsammans med boende, föreningar och företag i lokala forum.</p>"
                    "<h2>Trygghetsforum Norr</h2><p>Trygghetsforum Norr är öppet för föreningar. Forumet träffas "
                    "fyra gånger per år.</p></body></html>", encoding="utf-8")
    found = recognise(read_document(page, Normaliser())).to_plain()["groups"]
    assert set(found) == {"Trygghetsforum Norr"}


def test_a_bare_word_of_another_kind_is_no_pronoun_for_the_group_before():
    text = ("Samverkan i Åby\n\nTrygghetsdialog Åby är ett öppet möte för föreningar och företagare. Kommunpolisen "
            "leder dialogen, som hålls två gånger per år. Samordnaren deltar också i stadens nätverk för samordnare. "
            "Nätverket är stadsövergripande och ingår inte i den lokala organisationen.\n")
    assert "Trygghetsdialog Åby" in _groups(text)


def test_a_member_in_a_clause_after_och_taking_part_at_every_meeting():
    text = ("Samverkan i Åby\n\nTrygghetsforum Åby är öppet för föreningar och företagare. Forumet leds av "
            "samordnaren, och områdespolisen deltar vid varje möte.\n")
    assert "områdespolis" in _groups(text)["Trygghetsforum Åby"]["members"]


def test_the_parts_of_a_groups_own_place_are_no_members():
    text = ("Samverkan i Åby\n\nTrygghetsforum Åby samlar Åby gård, Åby strand och Åby byalag. Forumet är öppet "
            "för föreningar och företagare och träffas två gånger per år.\n")
    assert _groups(text)["Trygghetsforum Åby"]["members"] == ["Åby byalag", "förening", "företagare"]
