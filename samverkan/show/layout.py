"""Deterministic positions for the governance graph: rows by level inside one block per agreement.

Each agreement is a block; inside a block every level is a row, ordered by barycentre sweeps so that
members sit under their groups. City-wide blocks come first, local blocks follow in a grid. No
randomness and integer coordinates: the same graph always gets the same picture.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

H_GAP = 36  # between nodes of a row
ROW_GAP = 110  # between rows (levels)
SUBLINE_GAP = 40  # between the lines of a wrapped row
BLOCK_PAD = 50  # inside a block frame, around its nodes
BLOCK_TITLE = 34  # room for the block's title
BLOCK_GAP = 90  # between blocks
MAX_ROW_WIDTH = 1700  # a wider row wraps into several lines


@dataclass
class LayoutNode:
    id: str
    level: int
    block: str
    width: int
    height: int
    order: tuple  # initial order within a row


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int


def _pack(ids: list[str], width: dict[str, int]) -> dict[str, float]:
    """Centre x of each node of one line, the line centred on 0."""
    total = sum(width[i] for i in ids) + H_GAP * max(len(ids) - 1, 0)
    x = -total / 2
    out = {}
    for i in ids:
        out[i] = x + width[i] / 2
        x += width[i] + H_GAP
    return out


def _wrap(ids: list[str], width: dict[str, int]) -> list[list[str]]:
    total = sum(width[i] for i in ids) + H_GAP * max(len(ids) - 1, 0)
    lines = max(1, math.ceil(total / MAX_ROW_WIDTH))
    if lines == 1:
        return [ids]
    per = math.ceil(len(ids) / lines)
    return [ids[k:k + per] for k in range(0, len(ids), per)]


def _barycentre(n: str, x: dict[str, float], neighbours: dict[str, list[str]], placed: frozenset[str]) -> tuple:
    near = [x[m] for m in neighbours.get(n, ()) if m in placed]
    return (sum(near) / len(near) if near else x[n], x[n], n)


def _order_block(rows: list[list[str]], width: dict[str, int], neighbours: dict[str, list[str]]) -> list[list[str]]:
    """Barycentre sweeps (down, up, down) over the rows of one block."""
    x: dict[str, float] = {}
    for row in rows:
        x.update(_pack(row, width))
    for direction in (1, -1, 1):
        placed: set[str] = set()
        sequence = range(len(rows)) if direction == 1 else range(len(rows) - 1, -1, -1)
        for r in sequence:
            row = rows[r]
            if placed:
                row = sorted(row, key=lambda n, done=frozenset(placed): _barycentre(n, x, neighbours, done))
                rows[r] = row
                x.update(_pack(row, width))
            placed.update(row)
    return rows


def layout(nodes: list[LayoutNode], edges: list[tuple[str, str]], block_rows: list[list[str]],
           min_width: dict[str, int] | None = None) -> tuple[dict[str, tuple[int, int]], dict[str, Rect]]:
    """Positions (centre x, y) of every node and the frame of every block.

    `block_rows` lists the block keys row by row (city-wide first); nodes of blocks not listed are
    placed in one extra block row at the end. `min_width` makes room for a block's title.
    """
    min_width = min_width or {}
    width = {n.id: n.width for n in nodes}
    height = {n.id: n.height for n in nodes}
    block_of = {n.id: n.block for n in nodes}
    neighbours: dict[str, list[str]] = defaultdict(list)
    for u, v in edges:
        if u in block_of and v in block_of and block_of[u] == block_of[v] and u != v:
            neighbours[u].append(v)
            neighbours[v].append(u)
    for n in neighbours:
        neighbours[n].sort()

    members: dict[str, dict[int, list[LayoutNode]]] = defaultdict(lambda: defaultdict(list))
    for n in nodes:
        members[n.block][n.level].append(n)
    listed = [b for row in block_rows for b in row]
    extra = sorted(b for b in members if b not in listed)
    rows_of_blocks = [[b for b in row if b in members] for row in block_rows]
    if extra:
        rows_of_blocks.append(extra)
    rows_of_blocks = [row for row in rows_of_blocks if row]

    # order every row inside its block, then wrap long rows into lines
    lines: dict[str, dict[int, list[list[str]]]] = {}
    for block, by_level in members.items():
        levels = sorted(by_level)
        rows = [[n.id for n in sorted(by_level[lv], key=lambda n: (n.order, n.id))] for lv in levels]
        rows = _order_block(rows, width, neighbours)
        lines[block] = {lv: _wrap(row, width) for lv, row in zip(levels, rows, strict=True)}

    positions: dict[str, tuple[int, int]] = {}
    rects: dict[str, Rect] = {}
    top = 0
    for row in rows_of_blocks:
        levels = sorted({lv for b in row for lv in lines[b]})
        # the height of each level in this block row: the most lines any block needs there
        level_y: dict[int, list[int]] = {}
        y = top + BLOCK_PAD + BLOCK_TITLE
        for lv in levels:
            line_count = max(len(lines[b].get(lv, [])) for b in row)
            tallest = max(height[i] for b in row for line in lines[b].get(lv, []) for i in line)
            ys = []
            for _ in range(line_count):
                ys.append(y + tallest // 2)
                y += tallest + SUBLINE_GAP
            y += ROW_GAP - SUBLINE_GAP
            level_y[lv] = ys
        bottom = y - ROW_GAP + BLOCK_PAD
        widths = {}
        for b in row:
            widths[b] = max(
                (sum(width[i] for i in line) + H_GAP * (len(line) - 1) for lv in lines[b] for line in lines[b][lv]),
                default=0,
            ) + 2 * BLOCK_PAD
            widths[b] = max(widths[b], min_width.get(b, 0))
        row_width = sum(widths.values()) + BLOCK_GAP * (len(row) - 1)
        left = -row_width / 2
        for b in row:
            cx = left + widths[b] / 2
            for lv, block_lines in lines[b].items():
                for line, ly in zip(block_lines, level_y[lv], strict=False):
                    for i, lx in _pack(line, width).items():
                        positions[i] = (round(cx + lx), round(ly))
            rects[b] = Rect(round(left), round(top), round(widths[b]), round(bottom - top))
            left += widths[b] + BLOCK_GAP
        top = bottom + BLOCK_GAP
    return positions, rects
