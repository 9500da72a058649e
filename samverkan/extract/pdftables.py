"""A PDF page's ruled tables read as tables: each row "A | B | C", as the Word reader writes them, the text around
them by layout. A layout read sets a row's cells side by side line by line, so a cell's second line runs on into
its neighbours' and a cell merged down over several rows (a group's name over its members, one a row) lands
beside whichever row its lines reach.

A cell's lines join as the word processor broke them: a line that ends where the cell does and is one word was a
word cut for want of room ("lokalpolisområdesche" / "fen"), one the next line's first word would have fitted
behind was a break of the writer's own (items, "Kommunpolis" / "Fältassistenter"), other lines are wrapped text.
A row whose first cell is merged down from the row above goes on with that row (its cells join the row's, ", "
apart); a cell merged down from above into a row of its own holds for that row too.
"""

from __future__ import annotations

from samverkan.extract.formats import merge_cells

MIN_ROWS = 2
MIN_COLUMNS = 2
SHARED_PART = {"och", "eller", "samt"}
SPACE_EM = 0.28
LABEL_CHARS = 40  # a space's width in a proportional font, in ems


def page_text(page, layout) -> str | None:
    """The page's text with its ruled tables as rows (`layout` reads a part of the page by layout), or None when
    the page has no ruled table of two rows and two columns or more."""
    tables = sorted((t for t in page.find_tables() if _is_table(t)), key=lambda t: t.bbox[1])
    if not tables:
        return None
    outside = page.filter(lambda obj: not any(_inside(obj, t.bbox) for t in tables))
    parts, top = [], page.bbox[1]
    for table in tables:
        parts.append(_band(outside, layout, top, table.bbox[1]))
        parts.append("\n".join(table_lines(page, table)))
        top = table.bbox[3]
    parts.append(_band(outside, layout, top, page.bbox[3]))
    return "\n\n".join(part for part in parts if part.strip())


def _is_table(table) -> bool:
    return len(table.rows) >= MIN_ROWS and max(len(row.cells) for row in table.rows) >= MIN_COLUMNS


def _inside(obj, bbox) -> bool:
    """Whether a page object's centre lies in the box."""
    x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _band(page, layout, top: float, bottom: float) -> str:
    if bottom - top < 1:
        return ""
    return layout(page.crop((page.bbox[0], top, page.bbox[2], bottom)))


def table_lines(page, table) -> list[str]:
    """The table's rows, each "A | B | C"; a row merged into the one above leaves no line of its own."""
    rows = [row.cells for row in table.rows]
    texts = {box: cell_text(page, box) for row in rows for box in row if box is not None}
    out: list[list[str]] = []
    for i, row in enumerate(rows):
        cells = [texts[box] if box is not None else _spanned(rows, i, j, texts) for j, box in enumerate(row)]
        if i and row[0] is None and _merged_down(rows, i, 0) and out:
            merge_cells(out[-1], [text if box is not None else "" for text, box in zip(cells, row, strict=True)])
        else:
            out.append(cells)
    if _labelled(page, out, table):
        return [f"{row[0].rstrip(':')}: {row[1]}" if row[1] else row[0] for row in out if row[0]]
    return [line for line in (" | ".join(c for c in row if c is not None).strip(" |") for row in out) if line]


def _labelled(page, rows: list[list[str | None]], table) -> bool:
    """A table of labels and values ("Namn | Styrgruppen", "Ordförande | Kommunchefen"), a form's fields rather
    than a table of things: two columns, the first of short labels without a colon inside, set apart from the
    values in every row by a bold face or a shading of its own (a signature table's two columns look alike)."""
    if len(rows) < MIN_ROWS or any(len(row) != 2 or row[0] is None or row[1] is None for row in rows):
        return False
    if any(len(row[0]) > LABEL_CHARS or ":" in row[0].rstrip(":") for row in rows):
        return False
    boxes = [row.cells for row in table.rows if len(row.cells) == 2 and None not in row.cells]
    return len(boxes) == len(rows) and all(_look(page, a) != _look(page, b) for a, b in boxes)


def _look(page, box) -> tuple[bool, tuple | None]:
    """How a cell looks: whether its words are bold, and the colour it is shaded in (None: not shaded)."""
    bold = any("bold" in c.get("fontname", "").casefold() for c in page.chars if _inside(c, box))
    fills = [r.get("non_stroking_color") for r in page.rects if r.get("fill") and r["x0"] <= box[0] + 1
             and r["x1"] >= box[2] - 1 and r["top"] <= box[1] + 1 and r["bottom"] >= box[3] - 1]
    return bold, tuple(fills[-1]) if fills and isinstance(fills[-1], (list, tuple)) else fills[-1] if fills else None


def _merged_down(rows, i: int, j: int) -> bool:
    """Whether cell (i, j) is part of a cell above it (merged down), not of one to its left (merged across)."""
    left = next((rows[i][k] for k in range(j - 1, -1, -1) if rows[i][k] is not None), None)
    return left is None or not _covers(left, rows, i, j)


def _covers(box, rows, i: int, j: int) -> bool:
    """Whether `box` reaches over the column of cell (i, j)."""
    xs = [b for b in (rows[k][j] for k in range(len(rows))) if b is not None]
    if not xs:
        return True
    x = (min(b[0] for b in xs) + max(b[2] for b in xs)) / 2
    return box[0] <= x <= box[2]


def _spanned(rows, i: int, j: int, texts) -> str | None:
    """The text of the cell merged down over cell (i, j) from a row above; None for a cell merged across (it is
    its left neighbour's)."""
    if not _merged_down(rows, i, j):
        return None
    for k in range(i - 1, -1, -1):
        if rows[k][j] is not None:
            return texts[rows[k][j]]
    return None


def cell_text(page, box) -> str:
    """A cell's words, its lines joined as they were broken (see the module's note)."""
    cell = page.filter(lambda obj: obj.get("object_type") == "char" and _inside(obj, box))
    lines = [line for line in cell.extract_text_lines(strip=True) if line["text"].strip()]
    if not lines:
        return ""
    left = min(line["x0"] for line in lines) - box[0]
    right = box[2] - min(left, box[2] - max(line["x1"] for line in lines))  # the padding the left side shows
    text = lines[0]["text"]
    for line, after in zip(lines, lines[1:], strict=False):
        joint = _joint(line, after, right)
        text = (text.rstrip()[:-1] if joint is None else text + joint) + after["text"]
    return " ".join(text.split())


def _joint(line, after, right: float) -> str | None:
    """What stands between a cell's line and the next: nothing (a word cut), a space (wrapped text) or ", " (a
    break of the writer's own); None where the line's hyphen goes too."""
    room = right - line["x1"]
    chars = after["chars"]
    first = after["text"].split()[0]
    em = chars[0].get("size", 10) if chars else 10
    if " " not in line["text"].strip() and chars and room < chars[0]["x1"] - chars[0]["x0"]:
        return ""
    word = chars[len(first) - 1]["x1"] - chars[0]["x0"] if len(chars) >= len(first) else room + 1
    if line["text"].rstrip().endswith("-"):
        return _after_hyphen(first)
    if room > word + SPACE_EM * em and not line["text"].rstrip().endswith((",", "(")):
        return ", "
    return " "


def _after_hyphen(first: str) -> str | None:
    """A line ending in a hyphen goes on without a space ("2026-02-" / "11", "Fruängen-" / "Västertorp"), a word
    hyphenated in lower case whole ("Säkerhets-" / "chef"), but before a conjunction the hyphen stands for a
    shared part ("individ-" / "och familjeomsorg")."""
    if first in SHARED_PART:
        return " "
    return None if first[:1].islower() else ""
