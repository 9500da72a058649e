"""'Did you mean …?': the closest of the known names to a misspelt one."""

from __future__ import annotations


def suggest(wrong: str, candidates: list[str]) -> str | None:
    """The closest candidate, if it is close enough to be a likely typo."""
    from rapidfuzz import process  # only input with a problem needs it

    match = process.extractOne(wrong, candidates, score_cutoff=70)
    return match[0] if match else None
