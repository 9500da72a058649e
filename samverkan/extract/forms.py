"""A form as filled in, line for line: its check boxes say only what was ticked, its boxed free text is text."""

from __future__ import annotations

import re

CHECK_BOX = re.compile(r"(\[[ xX]\]|[☐☒☑])")  # "[ ]" / "☐" empty, "[X]" / "☒" / "☑" ticked
TICKED = {"[x]", "☒", "☑"}
LEAD = re.compile(r"^\s*(?:[-*•]\s*)?$")  # nothing before the first box but an indent or a list's bullet
GAP = re.compile(r"\s{2,}")
# the top or bottom edge of a box drawn around free text ("+------+", "┌──────┐"); none inside (one cell)
BOX_EDGE = re.compile(r"\s*(?:\+[-=]{3,}\+|[┌└╔╚][─═]{3,}[┐┘╗╝])\s*")
BOX_SIDE = "|│║"
# a field left without a value: "Namn:   Ej tillämpligt", "Ordförande:  –", "Rapporterar till:  Saknas"
NO_VALUE = re.compile(r"(?i)^(?P<label>[^:\[\]]{1,60}:)\s+(?:(?:ej|inte|icke)\s+(?:tillämplig|aktuell)t?|saknas|n/a|"
                      r"[-–—]|ingen(?:\s+uppgift)?)\s*\.?\s*$")
# the text Word shows in a content control left empty, printed or saved as PDF with it: the field has no value
PLACEHOLDER = re.compile(r"(?i)\s*\b(?:klicka(?:\s+eller\s+tryck)?(?:\s+här)?\s+för\s+att\s+ange\s+"
                         r"(?:text|ett\s+datum)|välj\s+ett\s+objekt|click(?:\s+or\s+tap)?(?:\s+here)?\s+to\s+enter\s+(?:text|a\s+date)|"
                         r"choose\s+an\s+item)\s*\.?")


def as_filled(lines: list[str]) -> list[str]:
    """The lines as the form says them: a line of boxes keeps the options ticked ("Mötesfrekvens: [ ] Månadsvis
    [X] Kvartalsvis" → "Mötesfrekvens: Kvartalsvis"; a list's ticked "[X] A" is the item "- A", its empty "[ ] B"
    no item), free text boxed in by "| … |" loses its sides, and a field "Ej tillämpligt", or one showing Word's
    placeholder ("Klicka eller tryck här för att ange text."), is a field left empty."""
    inside = boxed(lines)
    out = []
    for n, line in enumerate(lines, 1):
        if n in inside:
            line = _unboxed(line)
        line = PLACEHOLDER.sub("", line)
        if (empty := NO_VALUE.match(line)) is not None:
            line = empty.group("label")
        out.append(_ticked(line) if "[" in line or "☐" in line or "☒" in line or "☑" in line else line)
    return out


def box_edges(lines: list[str]) -> set[int]:
    """The 1-based numbers of the edges of the boxes: no line of text, and no break in it either (the box's text
    goes on the line its label is on: "Sammansättning:" / box / "A, B och C")."""
    return {n for n in _boxes(lines) if BOX_EDGE.fullmatch(lines[n - 1])}


def boxed(lines: list[str]) -> set[int]:
    """The 1-based numbers of the lines inside the boxes."""
    return {n for n in _boxes(lines) if not BOX_EDGE.fullmatch(lines[n - 1])}


def _boxes(lines: list[str]) -> set[int]:
    """Every line of a box: an edge, lines with a side at each end, and an edge again."""
    out: set[int] = set()
    top = None
    for i, line in enumerate(lines):
        stripped = line.strip()
        if BOX_EDGE.fullmatch(line):
            if top is not None and i - top > 1:
                out |= set(range(top + 1, i + 2))
                top = None
            else:
                top = i
        elif top is not None and not (len(stripped) > 1 and stripped[0] in BOX_SIDE and stripped[-1] in BOX_SIDE
                                       and not any(c in stripped[1:-1] for c in BOX_SIDE)):
            top = None
    return out


def _unboxed(line: str) -> str:
    """The text of a box's line, its sides gone and its indent kept."""
    stripped = line.strip()
    indent = line[: len(line) - len(line.lstrip())]
    return (indent + "  " + stripped[1:-1].strip()).rstrip()


def _ticked(line: str) -> str:
    """The line with only its ticked options ("Sekretess: [ ] Ja [X] Nej" → "Sekretess: Nej")."""
    parts = CHECK_BOX.split(line)
    if len(parts) == 1:
        return line
    lead, options = parts[0], []
    for box, after in zip(parts[1::2], parts[2::2], strict=True):
        text = GAP.split(after.strip(), maxsplit=1)[0] if after.strip() else ""
        if box.lower() in TICKED and text:
            options.append(text)
    if LEAD.match(lead):
        indent = lead[: len(lead) - len(lead.lstrip())]
        return indent + "- " + ", ".join(options) if options else ""
    return lead + ", ".join(options) if options else lead.rstrip()
