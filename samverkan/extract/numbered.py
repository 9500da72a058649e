"""A text whose every line carries its number in a margin ("  12  Överenskommelsen gäller …"), as a version sent
out for decision or comment is printed: the numbers are no words of the text and are read without."""

from __future__ import annotations

import re

LINE_NUMBER = re.compile(r"^\s*(?P<n>\d{1,4})(?=\s|$)")
MIN_LINES = 10  # a short list numbered 1, 2, 3 is a list, not a margin


def unnumbered(raw: list[str]) -> list[str]:
    """The lines without the margin's numbers when the lines run 1, 2, 3 … (from any start) each carrying one,
    the text after them shifted left by what every line shares; other texts as they are."""
    found = [LINE_NUMBER.match(line) for line in raw]
    if len(raw) < MIN_LINES or any(m is None for m in found):
        return raw
    first = int(found[0].group("n"))
    if any(int(m.group("n")) != first + i for i, m in enumerate(found)):
        return raw
    rest = [line[m.end():] for line, m in zip(raw, found, strict=True)]
    indent = min((len(x) - len(x.lstrip()) for x in rest if x.strip()), default=0)
    return [x[indent:] if x.strip() else "" for x in rest]
