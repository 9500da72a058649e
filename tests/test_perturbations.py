"""The changes of form bench_robustness.py reads the corpus through keep the text's words and say where each
old line went, so that a gold's line window still covers what it covered."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("perturbations", ROOT / "benchmarks" / "perturbations.py")
perturbations = importlib.util.module_from_spec(_spec)
sys.modules["perturbations"] = perturbations
_spec.loader.exec_module(perturbations)

TEXT = """ÖVERENSKOMMELSE OM SAMVERKAN

1. Parter

Nyby kommun och Lokalpolisområde Nyby, nedan kallade parterna, har kommit överens om följande samverkan som
gäller från och med den 1 januari 2025 och tills vidare.

2.1 Styrgrupp
Styrgruppen består av
  - kommundirektören
  - lokalpolisområdeschefen
Styrgruppen träffas fyra gånger per år och leds av kommundirektören.
"""
LINES = TEXT.splitlines()


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.replace("-\n", "").casefold())


@pytest.mark.parametrize("name", sorted(perturbations.PERTURBATIONS))
def test_a_perturbation_is_deterministic_and_maps_every_line(name):
    text, changed = perturbations.perturb(name, TEXT)
    again, _ = perturbations.perturb(name, TEXT)
    assert text == again
    assert len(changed.where) == len(LINES)
    new = text.splitlines()
    for old, (first, last) in zip(LINES, changed.where, strict=True):
        assert 1 <= first <= last <= len(new) or not old.strip()
        if name in ("forwarded", "unnumbered", "other_bullets", "page_furniture") and old.strip():
            # a line that is not rewrapped is found, maybe changed in its marks, in its new place
            assert _words(old)[-1] in _words("\n".join(new[first - 1:last]))


@pytest.mark.parametrize("name", ["forwarded", "pdf_copy", "unnumbered", "page_furniture", "no_blank_lines",
                                  "other_bullets"])
def test_a_perturbation_keeps_the_words_in_order(name):
    text, _ = perturbations.perturb(name, TEXT)
    words = _words(text)
    kept = iter(words)
    assert all(w in kept for w in _words(TEXT)), "a word of the text was lost or moved"


def test_headings_change_and_sentences_do_not():
    text, _ = perturbations.perturb("capital_headings", TEXT)
    assert "STYRGRUPP" in text and "PARTER" in text
    assert "Styrgruppen träffas fyra gånger per år" in text
    text, _ = perturbations.perturb("unnumbered", TEXT)
    assert "\nStyrgrupp\n" in text and "\nParter\n" in text


def test_ocr_noise_misreads_a_few_words_and_never_digits():
    text, _ = perturbations.perturb("ocr_noise", TEXT * 6)
    changed = [(a, b) for a, b in zip(_words(TEXT * 6), _words(text), strict=True) if a != b]
    assert 0 < len(changed) < len(_words(TEXT * 6)) / 10
    assert re.findall(r"\d", text) == re.findall(r"\d", TEXT * 6)


def test_a_pdf_copy_keeps_a_row_in_columns_whole_and_wraps_a_long_item():
    row = "Anna Fiktivsdotter                Bo Påhittsson                Cecilia Låtsasdotter"
    item = "- " + " ".join(["trygghetsskapande"] * 6)
    changed = perturbations.pdf_copy([row, "", item])
    assert changed.lines[0] == row  # which title stands under which name is the columns' to say
    assert len(changed.lines) > 3 and all(len(line) <= 62 for line in changed.lines[2:])
