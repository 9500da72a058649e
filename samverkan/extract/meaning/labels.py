"""Fields laid out in two columns, a label on the left and its value from one column on ("Möten       Varje
månad." / "Sammansättning" / "            A, B och C."): each field read as the "Label: value" line it is, its value's
wrapped lines joined to it."""

from __future__ import annotations

import re

# "Möten       Varje månad": a label of one or two words, then its value; "Redovisning Till X" fills the column
LABELLED = re.compile(r"^(?P<label>[A-ZÅÄÖ][a-zåäö]+(?:\s[a-zåäö]+)?)(?P<gap>\s+)(?P<value>\S.*)$")
LABEL_ALONE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{3,}$")  # "Sammansättning": a label too long for its column
MORE_COLUMNS = re.compile(r"\S\s{3,}\S")  # a value with a gap in it: a table of more columns, no fields
MIN_FIELDS = 3  # as many labels at one column make a layout of fields
MIN_GAPS = 2  # … of which as many parted from their value by two spaces or more (no prose line's words)


def label_columns(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with each run of fields in a label column written "Label: value", one line a field."""
    columns = _columns(lines)
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        column = columns[i]
        end = _run_end(lines, i, column) if column else i
        if end - i >= MIN_FIELDS and _is_layout(lines[i:end], column):
            out += _fields(lines[i:end], column)
            i = end
        else:
            out.append(lines[i])
            i += 1
    return out


def _columns(lines: list[tuple[int, str]]) -> list[int | None]:
    """The column each labelled line's value starts at: where a gap of two spaces or more parts it from its label,
    or where the labelled line below starts its value at the same column (read from the end, once a line)."""
    columns: list[int | None] = [None] * len(lines)
    for i in range(len(lines) - 1, -1, -1):
        if (m := LABELLED.match(lines[i][1])) is not None and (
                len(m.group("gap")) >= 2 or i + 1 < len(lines) and columns[i + 1] == m.start("value")):
            columns[i] = m.start("value")
    return columns


def _run_end(lines: list[tuple[int, str]], i: int, column: int) -> int:
    """The end of the run of fields at `column`: labelled lines, a label alone over its value, and a value's lines
    indented to the column."""
    j = i
    while j < len(lines):
        text = lines[j][1]
        m = LABELLED.match(text)
        if m and m.start("value") == column or _goes_on(text, column) \
                or LABEL_ALONE.match(text) and j + 1 < len(lines) and _goes_on(lines[j + 1][1], column):
            j += 1
            continue
        break
    return j


def _goes_on(text: str, column: int) -> bool:
    return len(text) - len(text.lstrip()) == column and bool(text.strip())


def _is_layout(run: list[tuple[int, str]], column: int) -> bool:
    labelled = [m for _, t in run if (m := LABELLED.match(t)) and m.start("value") == column]
    return len(labelled) + sum(bool(LABEL_ALONE.match(t)) for _, t in run) >= MIN_FIELDS \
        and sum(len(m.group("gap")) >= 2 for m in labelled) >= MIN_GAPS \
        and not any(MORE_COLUMNS.search(t[column:]) for _, t in run) \
        and any(_goes_on(t, column) for _, t in run)  # one-line rows only are the two-column table they look like


def _fields(run: list[tuple[int, str]], column: int) -> list[tuple[int, str]]:
    from samverkan.extract.meaning.text import _item_line_joined

    out: list[tuple[int, str]] = []
    for n, text in run:
        m = LABELLED.match(text)
        if _goes_on(text, column) and out:
            value = text.strip()
            last = out[-1][1]
            out[-1] = (out[-1][0], last + " " + value if last.endswith(":") else _item_line_joined(last, value))
        elif m and m.start("value") == column:
            out.append((n, m.group("label") + ": " + m.group("value").strip()))
        else:
            out.append((n, text.strip() + ":"))
    return out
