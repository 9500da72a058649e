"""Tables drawn with box-drawing characters ("┌───┬───┐" / "│ A │ B │" / "├───┼───┤"), read as the pipe tables
they are: each ruled row one line of cells, a cell merged across columns (no "│" between them) holding for each
column, and a cell merged down (no rule under it) holding for each row it spans."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SIDES = "│║┃"
RULES = "─═━"
JOINTS = "┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜┏┳┓┣╋┫┗┻┛"
BOX_LINE = re.compile(r"^\s*[" + SIDES + JOINTS + r"].*[" + SIDES + JOINTS + r"]\s*$")
LEFT_EDGE = "┌├└╔╠╚╒╞╘╓╟╙┏┣┗" + SIDES


@dataclass
class _Cell:
    lines: list[str] = field(default_factory=list)


@dataclass
class _Row:
    first: int  # the line number of its first line of text
    rule: int  # the line number of the rule under it
    cells: list[_Cell]
    lines: list[tuple[int, list[_Cell | None], list[str]]] = field(default_factory=list)  # its lines, cell by cell


def box_tables(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with each box-drawn table written as a Markdown table, its first row the header."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and BOX_LINE.match(lines[end][1]) and lines[end][1].strip()[0] in LEFT_EDGE + "┌╔╒╓┏":
            end += 1
        block = lines[i:end]
        if len(block) >= 3 and any(_is_rule(t) for _, t in block) and any(not _is_rule(t) for _, t in block):
            out += _as_pipes(block)
            i = end
        else:
            out.append(lines[i])
            i += 1
    return out


def _is_rule(text: str) -> bool:
    return any(c in RULES for c in text)


def _as_pipes(block: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A box-drawn table's lines as Markdown rows."""
    edges = sorted({k for _, text in block for k, c in enumerate(text) if c in SIDES + JOINTS})
    columns = list(zip(edges, edges[1:], strict=False))
    rows = _rows(block, columns)
    out: list[tuple[int, str]] = []
    for k, row in enumerate(rows):
        if len(rows) > 1 and k > 0 and any(not any(t for t in texts) for _, _, texts in row.lines[1:-1]):
            # a row with a blank line inside it (a signature's space): laid out line by line, each line a row
            out += [(n, _pipe(texts)) for n, _, texts in row.lines if any(texts)]
        else:
            out.append((row.first, _pipe([_text(c.lines, k == 0) for c in row.cells])))
        if k == 0 and len(rows) > 1:
            out.append((row.rule, _pipe(["---"] * len(columns))))
    if len(rows) == 2 and len(rows[1].lines) > 2:  # one body under the header, unruled: a row a line
        out = out[:2] + [(n, _pipe(texts)) for n, _, texts in rows[1].lines if any(texts)]
    return out


def _rows(block: list[tuple[int, str]], columns: list[tuple[int, int]]) -> list[_Row]:
    """The rows between the rules; a cell with no rule under it goes on in the row below (the same cell)."""
    current = [_Cell() for _ in columns]
    rows: list[_Row] = []
    row_lines: list[tuple[int, list[_Cell | None], list[str]]] = []
    for n, text in block:
        if _is_rule(text):
            if row_lines:
                rows.append(_Row(row_lines[0][0], n, list(current), row_lines))
            closed = [any(c in RULES for c in text[lo + 1:hi]) for lo, hi in columns]
            current = [_Cell() if shut else cell for cell, shut in zip(current, closed, strict=True)]
            row_lines = []
            continue
        texts = _line_cells(text, columns)
        for cell, words in zip(current, texts, strict=True):
            if words:
                cell.lines.append(words)
        row_lines.append((n, list(current), texts))
    return rows


def _line_cells(text: str, columns: list[tuple[int, int]]) -> list[str]:
    """The words of one line of the table in each column; a cell spanning columns gives its words to each."""
    sides = [k for k, c in enumerate(text) if c in SIDES]
    out = []
    for lo, hi in columns:
        left = max((k for k in sides if k <= lo), default=lo)
        right = min((k for k in sides if k >= hi), default=hi)
        out.append(text[left + 1:right].strip())
    return out


def _text(lines: list[str], header: bool) -> str:
    """A cell's lines as one text: a line left open (a hyphenated word, "och", a comma) goes on; else each line
    is an entry of its own, but a column's name is one name however it wraps ("Platsteam" / "Bro")."""
    from samverkan.extract.meaning.text import _join_open

    out = ""
    for line in lines:
        out = _join_open(out, line, True) if out else line
    return out.replace("\n", " " if header else "<br>")


def _pipe(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "/") for c in cells) + " |"
