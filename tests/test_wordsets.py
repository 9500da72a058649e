"""WordSet finds and replaces as the regular expression `<head>(?:longest|…|shortest)<tail>` would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan.model.wordsets import WordSet

ALPHABET = "ab/-A é"
words = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=5), max_size=6)
texts = st.text(alphabet=ALPHABET + "x.", max_size=40)
tails = st.sampled_from(["", r"(?!\w)", r"(?![a-z0-9_.\-])"])
heads = st.sampled_from(["", r"(?<!\w)"])


def by_regex(found_words, text, tail, ignore_case, head=""):
    unique = sorted({w.lower() if ignore_case else w for w in found_words}, key=lambda w: (-len(w), w))
    if not unique:
        return text
    flags = re.IGNORECASE if ignore_case else 0
    pattern = re.compile(head + "(?:" + "|".join(re.escape(w) for w in unique) + ")" + tail, flags)
    return pattern.sub(lambda m: f"<{m.group(0)}>", text)


@settings(max_examples=400, deadline=None)
@given(words, texts, tails, st.booleans(), heads)
def test_wordset_replaces_as_the_regular_expression(found_words, text, tail, ignore_case, head):
    wordset = WordSet(found_words, ignore_case=ignore_case, head=head, tail=tail)
    expected = by_regex(found_words, text, tail, ignore_case, head)
    assert wordset.sub(lambda found: f"<{found}>", text) == expected


def test_a_word_inside_another_is_no_match_with_a_head():
    names = WordSet(["Ann", "Berg"], ignore_case=True, head=r"(?<!\w)", tail=r"(?!\w)")
    text = "Johann Östberg, Ann Berg och ann-berg"
    assert names.sub(lambda found: "[X]", text) == "Johann Östberg, [X] [X] och [X]-[X]"


@settings(max_examples=200, deadline=None)
@given(words, texts)
def test_search_finds_every_word_that_occurs(found_words, text):
    assert WordSet(found_words).search(text) == any(w in text for w in found_words)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=30) | st.text(alphabet="aÅåÖöéÉÿßµİİ→–Ø ", max_size=20), st.booleans(), st.booleans())
def test_a_latin1_text_folds_by_table_as_character_by_character(text, ignore_case, ignore_accents):
    """The fold by bytes.translate (a text of Latin-1 characters) gives what lower() and stripping the accents
    give."""
    wordset = WordSet(["x"], ignore_case=ignore_case, ignore_accents=ignore_accents)
    assert wordset.fold(text) == wordset._fold_slowly(text)
