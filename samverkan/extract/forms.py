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
# (the space before a match is taken only after a word: "\s*" first would try every start in a long run of spaces)
PLACEHOLDER = re.compile(r"(?i)(?:(?<=\S)\s+)?\b(?:klicka(?:\s+eller\s+tryck)?(?:\s+här)?\s+för\s+att\s+ange\s+"
                         r"(?:text|ett\s+datum)|välj\s+ett\s+objekt|"
                         r"click(?:\s+or\s+tap)?(?:\s+here)?\s+to\s+enter\s+(?:text|a\s+date)|"
                         r"choose\s+an\s+item)\s*\.?")


FORM_BOXES = 3  # as many check boxes make a document a form
FORM_CODES = 3  # as many fields numbered with a letter and a digit ("A1", "B2") make a form's numbering
FIELD_CODE = re.compile(r"^(?P<indent>\s*)[A-Z]\d{1,2}\s+(?=[A-ZÅÄÖ])")  # "B2 Polis:", "D1 STYRGRUPP"
# a bracketed instruction to whoever fills the form in: "(kryssa i)", "(ange funktion, inte namn)", "(högst tre)"
INSTRUCTION = re.compile(r"(?:(?<=\S)\s+)?\((?:ange|kryssa|fyll|fylls|markera|lämna|välj|stryk|högst|max)\b[^()]*\)")


def as_filled(lines: list[str]) -> list[str]:
    """The lines as the form says them: a line of boxes keeps the options ticked ("Mötesfrekvens: [ ] Månadsvis
    [X] Kvartalsvis" → "Mötesfrekvens: Kvartalsvis"; a list's ticked "[X] A" is the item "- A", its empty "[ ] B"
    no item), free text boxed in by "| … |" loses its sides, and a field "Ej tillämpligt", or one showing Word's
    placeholder ("Klicka eller tryck här för att ange text."), is a field left empty. In a form of check boxes,
    its fields' codes ("B2 Polis:") and its instructions ("(kryssa i)") are no text."""
    inside = boxed(lines)
    form = sum(len(CHECK_BOX.findall(line)) for line in lines) >= FORM_BOXES
    coded = form and sum(bool(FIELD_CODE.match(line)) for line in lines) >= FORM_CODES
    out: list[str] = []
    for n, line in enumerate(lines, 1):
        if n in inside:
            line = _unboxed(line)
        line = PLACEHOLDER.sub("", line)
        if coded:
            line = FIELD_CODE.sub(r"\g<indent>", line)
        if form:
            line = _specified(INSTRUCTION.sub("", line), out)
        if (empty := NO_VALUE.match(line)) is not None:
            line = empty.group("label")
        out.append(_ticked(line) if "[" in line or "☐" in line or "☒" in line or "☑" in line else line)
    return out


# a field asking to say more about the one above it: "Ange hur:", "Ange vilka:", "Specificera:"
SPECIFY = re.compile(r"(?i)^(?P<indent>\s*)(?:ange|specificera|beskriv)(?:\s+(?:hur|vilka|vilken|vilket|vem|vad))?:")
FIELD = re.compile(r"^\s*(?P<label>[A-ZÅÄÖ][^:]{1,40}:)\s+\S")


def _specified(line: str, above: list[str]) -> str:
    """A field saying more about the field above it, under that field's label ("Ordförande:  Växlar" / "Ange hur:
    A 2026, B 2027" → "Ordförande:  A 2026, B 2027"): what it asks is the field's own value."""
    if (asked := SPECIFY.match(line)) is None:
        return line
    field = next((FIELD.match(x) for x in reversed(above) if x.strip()), None)
    return asked.group("indent") + field.group("label") + line[asked.end():] if field else line


def unticked(lines: list[str]) -> set[int]:
    """The 1-based numbers of the lines of options none of which is ticked: no line, and no break in the list
    of the ticked ones around them either."""
    out = set()
    for n, line in enumerate(lines, 1):
        parts = CHECK_BOX.split(line)
        if len(parts) > 1 and LEAD.match(parts[0]) and not any(b.lower() in TICKED for b in parts[1::2]):
            out.add(n)
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
        said = GAP.split(after.strip(), maxsplit=2) if after.strip() else [""]
        text = said[0]
        if text.endswith(":") and len(said) > 1:
            text = said[1]  # "[X] Datum:  2027-12-31", "☒ Annat (ange):  Y": the value written in
        if box.lower() in TICKED and text:
            options.append(_in_list(text) if options else text)
    if LEAD.match(lead):
        indent = lead[: len(lead) - len(lead.lstrip())]
        # an item of several ticked: "A och b", for a list's item with a comma is one thing and its organisation
        return indent + "- " + " och ".join(options) if options else ""
    return lead + ", ".join(options) if options else lead.rstrip()


def _in_list(option: str) -> str:
    """An option after the first in the list the ticked ones make: its capital was the form's, no name's
    ("Socialchef" and "Bildningschef" ticked → "Socialchef, bildningschef"); a name of several capitals stays."""
    words = option.split()
    if len(words) > 1 and words[1][:1].isupper() or option[1:2].isupper():
        return option
    return option[:1].lower() + option[1:]
