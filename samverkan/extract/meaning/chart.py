"""An organisation chart drawn in text with boxes ("+------+" / "|  STYRGRUPPEN  |" / "+------+") and lines
between them ("│", "▼", "<- - -"): each box is read as a group's section, its first line (or what stands above its
inner rule) the name and each entry a line of its own, and a box joined by a line to a box above it reports to that
box, as a chart's lower box does to the one it hangs from. A box drawn with a dashed frame ("+ - - +", ":" sides)
stands outside the chart's groups: it is only a body the others report to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# a box's top edge: "+----+", "+ - - +" (dashed), "┌──┐"
TOP = re.compile(r"(?<![-─+])(?:\+(?:-{3,}|(?: -){3,} ?)\+|┌─{3,}┐)(?![-─+])")
SIDES = "|│:┆┊"
DASHED_SIDES = ":┆┊"
INNER_RULE = re.compile(r"[-─=]{3,}")  # "|-------|": the box's name above, its entries below
CONNECTOR = set("│|:┆┊┃▼▲▽△↓↑<>◄►←→─━-+┐┘└┌┬┴├┤")
MIN_BOXES = 2


@dataclass
class Box:
    top: int  # 0-based index (in the chart's lines) of the top edge
    bottom: int
    left: int  # column of the left side
    right: int
    dashed: bool
    lines: list[tuple[int, str]] = field(default_factory=list)  # its inner lines: (line number, text)

    def contains(self, row: int, col: int) -> bool:
        return self.top <= row <= self.bottom and self.left <= col <= self.right

    def on_edge(self, row: int, col: int) -> bool:
        return self.contains(row, col) and row in (self.top, self.bottom) or \
            self.top <= row <= self.bottom and col in (self.left, self.right)


def charted(raw: list[tuple[int, str]], lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with each chart of boxes in `raw` read box by box in its place; other lines as they are."""
    boxes = _boxes(raw)
    if len(boxes) < MIN_BOXES:
        return lines
    numbers = [n for n, _ in raw]
    first, last = numbers[min(b.top for b in boxes)], numbers[max(b.bottom for b in boxes)]
    links = _links(raw, boxes)
    if not links:
        return lines
    reading = _reading(boxes, links)
    before = [(n, t) for n, t in lines if n < first]
    after = [(n, t) for n, t in lines if n > last]
    return before + reading + after


def _boxes(raw: list[tuple[int, str]]) -> list[Box]:
    """Every box: a top edge, lines with a side at both its columns and no side between, and a bottom edge."""
    out: list[Box] = []
    for i, (_, text) in enumerate(raw):
        for m in TOP.finditer(text):
            box = _box_from(raw, i, m.start(), m.end() - 1)
            if box is not None:
                out.append(box)
    return out


def _box_from(raw: list[tuple[int, str]], top: int, left: int, right: int) -> Box | None:
    edge = raw[top][1][left:right + 1]
    dashed = " " in edge
    inner: list[tuple[int, str]] = []
    for j in range(top + 1, len(raw)):
        n, text = raw[j]
        if text[left:right + 1] == edge or text[left:right + 1].replace("└", "┌").replace("┘", "┐") == edge:
            return Box(top, j, left, right, dashed, inner) if inner else None
        if len(text) <= right or text[left] not in SIDES or text[right] not in SIDES:
            return None
        middle = text[left + 1:right]
        if any(c in SIDES[:2] for c in middle):
            return None
        dashed = dashed or text[left] in DASHED_SIDES
        inner.append((n, middle))
    return None


def _links(raw: list[tuple[int, str]], boxes: list[Box]) -> list[tuple[Box, Box]]:
    """(lower, upper) for each line drawn between a box and one above it."""
    cells = _connector_cells(raw, boxes)
    seen: set[tuple[int, int]] = set()
    out: list[tuple[Box, Box]] = []
    for start in sorted(cells):
        if start in seen:
            continue
        part = _component(start, cells)
        seen |= part
        touched = [b for b in boxes if any(_touches(b, r, c) for r, c in part)]
        if len(touched) < 2:
            continue
        upper = min(touched, key=lambda b: b.top)
        out += [(b, upper) for b in touched if b.top > upper.bottom]
    return out


def _connector_cells(raw: list[tuple[int, str]], boxes: list[Box]) -> set[tuple[int, int]]:
    lo, hi = min(b.top for b in boxes), max(b.bottom for b in boxes)
    return {(r, c) for r in range(lo, hi + 1) for c, ch in enumerate(raw[r][1])
            if ch in CONNECTOR and not any(b.contains(r, c) for b in boxes)}


def _component(start: tuple[int, int], cells: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The cells one drawn line is made of: neighbours, a dashed line's one-space gaps included ("- - -")."""
    part, todo = {start}, [start]
    while todo:
        r, c = todo.pop()
        for dr, dc in ((-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1), (0, -2), (0, 2)):
            nxt = (r + dr, c + dc)
            if nxt in cells and nxt not in part:
                part.add(nxt)
                todo.append(nxt)
    return part


def _touches(box: Box, row: int, col: int) -> bool:
    """Whether a line's cell meets the box's edge (a one-space gap beside a side counts: "| <- - -")."""
    return any(box.on_edge(row + dr, col + dc) for dr, dc in
               ((-1, 0), (1, 0), (0, -1), (0, 1), (0, -2), (0, 2), (-1, -1), (-1, 1), (1, -1), (1, 1)))


def _reading(boxes: list[Box], links: list[tuple[Box, Box]]) -> list[tuple[int, str]]:
    """The boxes top to bottom, left to right, each a heading and its entries as items; a dashed box is none."""
    solid = [b for b in boxes if not b.dashed] or boxes
    out: list[tuple[int, str]] = []
    for box in sorted(solid, key=lambda b: (b.top, b.left)):
        name, entries = _name_and_entries(box)
        n = box.lines[0][0]
        out += [(n, ""), (n, name)] + [(k, "- " + text) for k, text in entries]
        out += [(n, "- Rapporterar till: " + _name_and_entries(upper)[0]) for lower, upper in links if lower is box]
        out.append((box.lines[-1][0], ""))
    return out


def _name_and_entries(box: Box) -> tuple[str, list[tuple[int, str]]]:
    """The box's name (what stands above its inner rule, else its first line) and its entries, a line that goes
    on from the one above (left open, or indented under it) joined to it."""
    from samverkan.extract.meaning.text import _join_open

    rule = next((i for i, (_, t) in enumerate(box.lines) if INNER_RULE.fullmatch(t.strip())), None)
    texts = [(n, t) for n, t in box.lines if t.strip()]
    if rule is not None:
        head = [t.strip() for _, t in box.lines[:rule] if t.strip()]
        body = [(n, t) for n, t in box.lines[rule + 1:] if t.strip()]
    else:
        head, body = [texts[0][1].strip()], texts[1:]
    margin = min((len(t) - len(t.lstrip()) for _, t in body), default=0)
    entries: list[tuple[int, str]] = []
    for n, text in body:
        indent = len(text) - len(text.lstrip())
        if entries and indent > margin:  # indented under the entry above: it goes on
            entries[-1] = (entries[-1][0], entries[-1][1] + " " + text.strip())
            continue
        joined = _join_open(entries[-1][1], text.strip(), True) if entries else None
        if joined is not None and "\n" not in joined:
            entries[-1] = (entries[-1][0], joined)
        else:
            entries.append((n, text.strip()))
    return " ".join(head), entries


# A chart drawn without boxes: names on lines of their own, one under another, joined by lines of arrows and strokes
# ("Styrgruppen" / "    ▲  lägesbild varje kvartal" / "    │" / "Samordningsgruppen"), side by side where two hang
# from one ("Fältgruppen          Skolgruppen"); an arrow's words say what goes up, and the name under it reports to
# the name above.
ARROW_LINE = re.compile(r"^\s*[│|┃▲▼△▽↑↓](?:\s*[│|┃▲▼△▽↑↓]|\s+[a-zåäö][\wåäö -]{0,60}?(?=\s{3,}|\s*$))*\s*$")
NODE_CELL = re.compile(r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?: [\wåäöÅÄÖ-]+){0,4}")
NODE_GAP = re.compile(r"\s{3,}")
GROUP_NAME = re.compile(r"(?i)grupp|råd|forum|nätverk|team")  # a top node that is a group by its word
MIN_LINKS = 2


@dataclass
class Node:
    n: int  # the line number
    start: int  # the columns the name takes
    end: int
    name: str
    upper: Node | None = None


def arrowed(raw: list[tuple[int, str]], lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with each chart of names joined by arrows read node by node: a node's name, then "Rapporterar till:"
    the node it hangs from; the top node, only reported to, stays out unless it is a group by its word."""
    i = 0
    while i < len(raw):
        nodes, last = _arrowed_from(raw, i)
        if sum(node.upper is not None for node in nodes) < MIN_LINKS:  # a row of names alone is no chart
            i += 1
            continue
        first = nodes[0].n
        reading: list[tuple[int, str]] = []
        for node in nodes:
            if node.upper is None and not GROUP_NAME.search(node.name):
                continue
            reading += [(node.n, ""), (node.n, node.name)]
            reading += [(node.n, "- Rapporterar till: " + node.upper.name)] if node.upper is not None else []
            reading.append((node.n, ""))
        lines = [(n, t) for n, t in lines if n < first] + reading + [(n, t) for n, t in lines if n > last]
        i = next((k for k, (n, _) in enumerate(raw) if n > last), len(raw))
    return lines


def _arrowed_from(raw: list[tuple[int, str]], i: int) -> tuple[list[Node], int]:
    """The nodes of a chart whose top name stands on raw[i], each linked to the one it hangs from, and the number
    of the chart's last line."""
    above = _node_line(raw[i])
    if above is None:
        return [], raw[i][0]
    nodes, last, j = list(above), raw[i][0], i + 1
    while True:
        arrows: list[int] = []
        while j < len(raw) and ARROW_LINE.match(raw[j][1]):
            arrows += [c for c, ch in enumerate(raw[j][1]) if ch in "│|┃▲▼△▽↑↓"]
            j += 1
        below = _node_line(raw[j]) if arrows and j < len(raw) else None
        if below is None:
            return nodes, last
        for node in below:
            under = [c for c in arrows if node.start <= c <= node.end] or arrows
            node.upper = min(above, key=lambda a: min(_distance(a, c) for c in under))
        nodes += below
        above, last, j = below, raw[j][0], j + 1


def _distance(node: Node, col: int) -> int:
    return 0 if node.start <= col <= node.end else min(abs(node.start - col), abs(node.end - col))


def _node_line(line: tuple[int, str]) -> list[Node] | None:
    """The names a line of a chart sets side by side, or None when it is no such line."""
    n, text = line
    if not text.strip():
        return None
    out: list[Node] = []
    pos = len(text) - len(text.lstrip())
    for cell in NODE_GAP.split(text.strip()):
        start = text.index(cell, pos)
        if not NODE_CELL.fullmatch(cell):
            return None
        out.append(Node(n, start, start + len(cell) - 1, cell))
        pos = start + len(cell)
    return out


# A chart drawn as an indented tree (a hierarchy exported as text): a name, and under it names each indented deeper
# than the one it hangs from ("Nämnden" / "    Styrgruppen (A, B)" / "        Samverkansgruppen"); a name reports
# to the nearest name above it that is less indented, as a lower box does to the box it hangs from.
TREE_NODE = re.compile(r"(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?: [\wåäöÅÄÖ-]+){0,4})(?:\s*\([^()]{1,200}\))?")
MIN_LEVELS = 3  # a top name and two levels under it: a hierarchy, not a group with its members indented


def indented(raw: list[tuple[int, str]], lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with each chart drawn as an indented tree of groups read node by node: the node as an item with
    its brackets, and "Rapporterar till:" the node it hangs from indented under it; a top node that is no group
    by its word (a committee) stays out, only reported to."""
    text_of, i = dict(raw), 0
    while i < len(raw):
        nodes = _tree_from(raw, i)
        if not nodes:
            i += 1
            continue
        reading: list[tuple[int, str]] = [(nodes[0].n, "")]
        for node in nodes:
            if node.upper is None and not GROUP_NAME.search(node.name):
                continue
            reading.append((node.n, "- " + text_of[node.n].strip()))
            reading += [(node.n, "    - Rapporterar till: " + node.upper.name)] if node.upper is not None else []
        reading.append((nodes[-1].n, ""))
        first, last = nodes[0].n, nodes[-1].n
        lines = [(n, t) for n, t in lines if n < first] + reading + [(n, t) for n, t in lines if n > last]
        i += len(nodes)
    return lines


def _tree_from(raw: list[tuple[int, str]], i: int) -> list[Node]:
    """The nodes of an indented tree whose top name stands on raw[i], each linked to the one it hangs from; []
    when the lines under it are no such tree (a line that is no group's name, fewer than three levels)."""
    top = _tree_node(raw[i])
    if top is None or top.upper is not None:
        return []
    nodes, stack = [top], [top]
    for n, text in raw[i + 1:]:
        node = _tree_node((n, text))
        if node is None or node.start <= top.start:
            break
        if not GROUP_NAME.search(node.name):
            return []
        while stack and stack[-1].start >= node.start:
            stack.pop()
        node.upper = stack[-1]
        nodes.append(node)
        stack.append(node)
    return nodes if len({node.start for node in nodes}) >= MIN_LEVELS else []


def _tree_node(line: tuple[int, str]) -> Node | None:
    """A line that is only a name, with its members in brackets or none, as a node of an indented tree."""
    n, text = line
    m = TREE_NODE.fullmatch(text.strip())
    if m is None:
        return None
    start = len(text) - len(text.lstrip())
    return Node(n, start, start + len(m.group("name")) - 1, m.group("name"))
