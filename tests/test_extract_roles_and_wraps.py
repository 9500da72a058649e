"""Extract reads a sentence wrapped in a narrow column, a chair told in a sentence of its own, a list of roles
each with the groups it sits in, and names of groups that go on in lower case. Each reading has its own short
text, written for this test with invented places; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.document import Document
from samverkan.extract.record import recognise


def _groups(text: str) -> dict:
    return recognise(Document.from_text("x.txt", text)).to_plain().get("groups", {})


def test_a_short_line_under_a_heading_that_goes_on_in_lower_case_is_a_wrapped_sentence():
    text = ("Samverkan i Åby\n\n3. Organisation\n\n3.1 Styrgruppen\nStyrgruppen består av kommunchefen och\n"
            "lokalpolisområdeschefen.\n\n3.2 Arbetsgruppen\nArbetsgruppen förbereder styrgruppens\n"
            "möten. I den ingår samordnaren och\nkommunpolisen.\n")
    groups = _groups(text)
    assert set(groups) == {"Styrgruppen", "Arbetsgruppen"}
    assert groups["Arbetsgruppen"]["reports_to"] == ["Styrgruppen"]
    assert groups["Arbetsgruppen"]["kind"] == "preparation"


def test_a_sentence_of_a_function_and_convening_alone_names_the_chair():
    text = ("Samverkan i Åby\n\nBeredningsgruppen\n\nI beredningsgruppen ingår samordnaren och kommunpolisen. "
            "Samordnaren sammankallar. Gruppen träffas varje månad.\n")
    assert _groups(text)["Beredningsgruppen"]["chair"] == "samordnare"


def test_a_compound_of_two_short_words_that_ocr_made_of_a_common_word_is_repaired():
    from samverkan.extract.normalise import Normaliser

    normaliser = Normaliser()
    assert normaliser.resolve("kornmun") == "kommun"  # "korn" + "mun", or "kommun" with "rn" for "m"
    assert normaliser.resolve("barnmorska") is None  # a compound no confusion makes a common word of
