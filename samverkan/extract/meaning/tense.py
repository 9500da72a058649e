"""The tense of a sentence: one told wholly in the past ("Nätverket, där A och B träffades en gång per termin,
bedömdes inte …") says how things were before the agreement, not how they are under it."""

from __future__ import annotations

import re

from samverkan.extract.meaning.text import lemma

# strong verbs' past forms, which no ending shows ("bestod", "ingick"); "var" is left out, for it is also "each"
# ("var fjärde vecka")
STRONG_PAST = {"hade", "fanns", "bestod", "ingick", "deltog", "satt", "låg", "gick", "kom", "fick", "blev", "stod",
               "gav", "tog", "sågs", "möttes", "träffades", "leddes"}
WEAK_PAST = re.compile(r"(?:ade|ades|dde|ddes|de|des|te|tes)$")
PRESENT_OR_FUTURE = {"har", "är", "ska", "skall", "kan", "får", "bör", "blir", "kommer", "gäller", "finns", "ses",
                     "möts", "gör"}


def preterite(word: str) -> bool:
    """Whether a word is a verb in the past tense ("träffades", "blossade", "bestod"), not a participle
    ("utsedda", "berörda") nor a present one ("gällande")."""
    w = word.casefold().strip(",.;:()\"")
    if w in STRONG_PAST:
        return True
    if len(w) < 5 or not WEAK_PAST.search(w) or w.endswith("nde"):
        return False
    base = lemma(w)
    return base != w and base.endswith(("a", "as", "ad"))  # "träffades" → "träffad", "bedömdes" → "bedöma"


def tense(sentence: str, present) -> str | None:
    """"present" when a sentence has a finite verb in the present or future (`present` says whether a word is one
    in the present tense), else "past" when it has one in the past, else None (no finite verb: a heading's
    fragment, "att …" after a decision)."""
    words = sentence.split()
    if any(w.casefold().strip(",.;:") in PRESENT_OR_FUTURE or present(w) and not preterite(w) for w in words):
        return "present"
    return "past" if any(preterite(w) for w in words) else None
