"""The view model of `samverkan show`: which nodes and edges to draw, their words, levels and positions.

Built from the data set, its graph and the rule findings (when there are any); rendered by
`html_page` (vis-network) and `static` (SVG, PNG). Everything is sorted and the positions are computed
here, so the same input gives the same picture. Person names appear only with `show_people`; a
person's contact details never do.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import networkx as nx

from samverkan.io.i18n import Msg
from samverkan.model.dataset import DataSet
from samverkan.model.entities import (
    Activity,
    Agreement,
    Entity,
    Frequency,
    Group,
    Membership,
    Organisation,
    Person,
    ReportingLine,
    Responsibility,
    Role,
    Statement,
)
from samverkan.model.graph import build_graph
from samverkan.model.privacy import Redaction, is_redacted
from samverkan.rules.citations import for_people, source_for_people
from samverkan.show import layout as lay
from samverkan.show.style import (
    CAPACITY_WORDS,
    CHAIR_WORDS,
    GROUP_KINDS,
    KIND_WORDS,
    LABEL_INSIDE,
    LEVEL_WORDS,
    NODE_KINDS,
    PARTY_WORDS,
    RELATION_STYLE_OF,
    RELATION_WORDS,
    SEVERITY_BADGE,
    SEVERITY_BORDER,
    SEVERITY_RANK,
    SEVERITY_WORDS,
    SHAPE,
    node_colours,
    word,
)

COLLAPSE_ABOVE = 400
"""Above this many nodes, members fold into their groups and each agreement becomes a cluster."""

LABEL_WIDTH = 24  # characters per label line
LABEL_LINES = 4
BLOCK_TITLE_PX = 10.5  # width of one character of a block title (bold, 18 px)
TOOLTIP_LIST = 40  # at most this many members listed in one tooltip
TOOLTIP_FINDING = 260  # characters of one finding in a tooltip
MEMBER_RELATIONS = ("member_of", "accountable_for", "responsible_for", "consulted_on", "informed_of")

# the level bands, top to bottom; anchors sit above and members below the groups they touch
BAND = {
    ("central", "steering"): 10,
    ("central", "preparation"): 20,
    ("central", "coordinators"): 30,
    ("central", "council"): 30,
    ("central", "forum"): 30,
    ("central", "working"): 30,
    ("local", "steering"): 40,
    ("local", "preparation"): 50,
    ("local", "coordinators"): 60,
    ("local", "council"): 60,
    ("local", "forum"): 60,
    ("local", "working"): 70,
}
ACTIVITY_BAND = 80
STEP_BELOW = 3  # a group that reports to one on its own band moves this far down
ANCHOR_ABOVE = 5
MEMBER_BELOW = 5

T = {
    "members": Msg("Medlemmar", "Members"),
    "chair": Msg("Ordförande", "Chair"),
    "accountable": Msg("Ansvarig (sammankallande)", "Accountable (convenes)"),
    "responsible": Msg("Utför", "Responsible"),
    "consulted": Msg("Rådfrågas / informeras", "Consulted / informed"),
    "frequency": Msg("Mötesfrekvens", "Meeting frequency"),
    "per_year": Msg("{n} gånger per år", "{n} times a year"),
    "min_per_year": Msg("minst {n} gånger per år", "at least {n} times a year"),
    "reports_to": Msg("Rapporterar till", "Reports to"),
    "reported_by": Msg("Tar emot rapporter från", "Receives reports from"),
    "purpose": Msg("Syfte", "Purpose"),
    "source": Msg("Källa", "Source"),
    "line": Msg("rad", "line"),
    "findings": Msg("Fynd", "Findings"),
    "member_in": Msg("Medlem i", "Member of"),
    "accountable_for": Msg("Ansvarig för", "Accountable for"),
    "responsible_for": Msg("Utför", "Responsible for"),
    "holder": Msg("Innehavare", "Holder"),
    "holder_hidden": Msg("namn dolt (visa med --show-people)", "name hidden (show with --show-people)"),
    "holds": Msg("Innehar", "Holds"),
    "person_hidden": Msg("namngiven person", "named person"),
    "name_hidden": Msg("[namn dolt]", "[name hidden]"),
    "template": Msg("mall för varje lokal överenskommelse", "template for every local agreement"),
    "template_short": Msg("mall", "template"),
    "agreement": Msg("Överenskommelse", "Agreement"),
    "in_forum": Msg("Inom", "Within"),
    "on_behalf_of": Msg("för", "for"),
    "more": Msg("… och {n} till", "… and {n} more"),
    "members_folded": Msg("{n} medlemmar", "{n} members"),
    "none": Msg("inga angivna", "none given"),
    "organisation": Msg("Organisation", "Organisation"),
    "party": Msg("Part", "Party"),
    "condition": Msg("villkor", "condition"),
    "cluster_title": Msg("{title}\n{n} grupper och aktiviteter, {f} fynd.\nKlicka för att öppna.",
                         "{title}\n{n} groups and activities, {f} findings.\nClick to open."),
}


@dataclass(frozen=True)
class FindingView:
    rule: str
    severity: str
    agreement: str | None
    subject: str | None
    subject_label: str
    message: str
    citation: str
    suggestion: str
    nodes: tuple[str, ...]  # page ids of the drawn nodes it concerns
    subject_id: str = ""  # the subject's id in the data set (links from the audit report name it)

    def line(self, lang: str) -> str:
        text = f"{SEVERITY_BADGE.get(self.severity, '')} {word(SEVERITY_WORDS, self.severity, lang)} {self.rule}: "
        text += self.message
        if self.citation:
            text += f" ({self.citation})"
        return text


@dataclass
class ViewNode:
    id: str
    kind: str
    party: str | None
    agreement: str | None
    agreements: tuple[str, ...]
    label: str
    title: str
    level: int = 0
    x: int = 0
    y: int = 0
    severity: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    block: str = ""
    template: bool = False
    info: str = ""  # the tooltip's text whole and without findings: the properties pane shows it
    findings: tuple[int, ...] = ()  # indices into View.findings

    @property
    def shape(self) -> str:
        return SHAPE[self.kind]

    @property
    def colours(self) -> tuple[str, str, str]:
        return node_colours(self.kind, self.party)

    @property
    def border(self) -> tuple[str, int]:
        """Border colour and width: the worst finding's, else the node's own."""
        if self.severity:
            return SEVERITY_BORDER[self.severity]
        return self.colours[1], 1

    @cached_property
    def size(self) -> tuple[int, int]:
        """Estimated width and height in pixels (for the layout and the static pictures; label and kind are set
        once)."""
        lines = self.label.split("\n")
        longest = max(len(line) for line in lines)
        if self.shape in LABEL_INSIDE:
            return int(longest * 7.4) + 28, len(lines) * 17 + 18
        return max(int(longest * 7.0), 30), 26 + len(lines) * 16


@dataclass(frozen=True)
class ViewEdge:
    id: str
    source: str
    target: str
    style: str
    relation: str
    title: str


@dataclass
class View:
    heading: str
    subtitle: str
    lang: str
    nodes: list[ViewNode]
    edges: list[ViewEdge]
    agreements: list[tuple[str, str]]  # (id, title) of every agreement with drawn nodes, in block order
    findings: list[FindingView]
    blocks: dict[str, lay.Rect]
    collapsed: bool
    show_people: bool
    findings_available: bool
    kinds: list[str]
    cluster_titles: dict[str, str] = field(default_factory=dict)
    folded_members: int = 0
    cluster_counts: dict[str, dict[str, int]] = field(default_factory=dict)  # agreement → severity → findings
    home: str | None = None  # the node the first view centres on: the top of the agreement shown
    aliases: dict[str, str] = field(default_factory=dict)  # a finding's subject → the node it is drawn on

    def node(self, node_id: str) -> ViewNode:
        return next(n for n in self.nodes if n.id == node_id)


def _in(g: nx.MultiDiGraph, n: str):
    """(source, attributes) of every edge into n, in the order of `g.in_edges(n, data=True)`, read from the
    graph's own dicts: its views cost more than the work (asked for every drawn node of every view)."""
    return [(u, d) for u, keyed in g._pred[n].items() for d in keyed.values()]


def _out(g: nx.MultiDiGraph, n: str):
    """(target, attributes) of every edge out of n, in the order of `g.out_edges(n, data=True)`."""
    return [(v, d) for v, keyed in g._succ[n].items() for d in keyed.values()]


def _get(finding: object, name: str, default=None):
    if isinstance(finding, dict):
        return finding.get(name, default)
    return getattr(finding, name, default)


class ViewBuilder:
    """The data set as views show it, its graph, names and indexes: shared by every view of one data set."""

    def __init__(self, data: DataSet, g: nx.MultiDiGraph, show_people: bool, lang: str,
                 clean: Callable[[str], str] | None = None):
        self.data, self.g, self.show_people, self.lang = data, g, show_people, lang
        people = sorted(data.people, key=lambda p: p.id)
        self.page_id = {p.id: (p.id if show_people else f"person-{i + 1}") for i, p in enumerate(people)}
        self._clean = clean
        self.held: dict[str, list[str]] = defaultdict(list)  # person → the roles they hold, by id
        for r in sorted(data.roles, key=lambda r: r.id):
            if r.holder:
                self.held[r.holder].append(r.id)
        self._names: dict[tuple[str, bool], str] = {}
        self._words = {key: msg.get(lang) for key, msg in T.items()}  # asked for some 90,000 times in an audit
        self._about: dict[str, tuple[str, str]] = {}
        self._edge_titles: dict[int, str] = {}  # id of an edge's attributes (kept by the graph) → its tooltip
        self._memberships: dict[int, str] = {}
        self._basics: dict[str, tuple[str, str | None, str, Entity | None]] = {}
        self._concerns: tuple[object, _Concerns] | None = None
        self._agreements: tuple[DataSet, dict[str, Agreement]] | None = None

    @cached_property
    def items_of(self) -> dict[str, list[Group | Activity]]:
        """agreement → its groups and activities."""
        items: dict[str, list[Group | Activity]] = defaultdict(list)
        for e in [*self.data.groups, *self.data.activities]:
            items[e.agreement].append(e)
        return dict(items)

    @cached_property
    def members_of(self) -> dict[str, list[tuple[str, dict]]]:
        """group or activity → (member, membership edge attributes), in the graph's order."""
        members: dict[str, list[tuple[str, dict]]] = defaultdict(list)
        for u, targets in self.g._succ.items():  # as g.edges(data=True) orders them, without its views
            for v, keyed in targets.items():
                for d in keyed.values():
                    if d["relation"] == "member_of":
                        members[v].append((u, d))
        return dict(members)

    def concerns(self, findings: Iterable[object]) -> _Concerns:
        """The findings resolved to entities and indexed, once for the list that many views share."""
        if self._concerns is None or self._concerns[0] is not findings:
            self._concerns = (findings, _Concerns(self, findings))
        return self._concerns[1]

    def agreements_by_id(self, data: DataSet) -> dict[str, Agreement]:
        """id → agreement of `data` (this builder's data set, or the one it was redacted from), once per view's
        data set, not once per view."""
        if self._agreements is None or self._agreements[0] is not data:
            self._agreements = (data, {a.id: a for a in data.agreements})
        return self._agreements[1]

    def about(self, n: str) -> tuple[str, str]:
        """A node's tooltip without its findings, and its pane text: the same in every view, so made once."""
        if n not in self._about:
            self._about[n] = _describe(self, n)
        return self._about[n]

    def edge_title(self, u: str, v: str, d: dict) -> str:
        """An edge's tooltip: the same in every view, so made once an edge (its attributes are the graph's own)."""
        title = self._edge_titles.get(id(d))
        if title is None:
            relation = d["relation"]
            title = f"{self.name(u)} – {word(RELATION_WORDS, relation, self.lang)} – {self.name(v)}"
            if relation == "member_of":
                title += "\n" + self.membership_words(d)
            self._edge_titles[id(d)] = title
        return title

    def membership_words(self, d: dict) -> str:
        """A membership's capacity, chair and on whose behalf: asked by both ends' descriptions and the edge."""
        words = self._memberships.get(id(d))
        if words is None:
            words = self._memberships[id(d)] = _membership_words(self, d)
        return words

    def node_basics(self, n: str) -> tuple[str, str | None, str, Entity | None]:
        """A node's kind, party (not a group's nor an activity's), base label and entity: the same in every view."""
        basics = self._basics.get(n)
        if basics is None:
            kind = self.kind_of(n)
            party = self.g._node[n].get("party") if kind not in GROUP_KINDS and kind != "activity" else None
            basics = self._basics[n] = (kind, party, _base_label(self, n, kind), self.data.get(n))
        return basics

    def t(self, key: str, **values) -> str:
        if values:
            return T[key].format(**values).get(self.lang)
        return self._words[key]

    def text(self, value: object) -> str:
        """A string from the data set (redacted once, before the view is built, unless people are shown)."""
        return "" if value is None else str(value)

    def outside(self, value: object) -> str:
        """A string from outside the data set (a finding's words): redacted like the data set was."""
        s = self.text(value)
        return self._clean(s) if self._clean is not None else s

    def pid(self, entity_id: str) -> str:
        return self.page_id.get(entity_id, entity_id)

    # --- names ---

    def name(self, entity_id: str, with_org: bool = True) -> str:
        """What a planner calls a node: a role by its title (and organisation), a person only when shown."""
        key = (entity_id, with_org)
        if key not in self._names:
            self._names[key] = self._name(entity_id, with_org)
        return self._names[key]

    def _name(self, entity_id: str, with_org: bool) -> str:
        e = self.data.get(entity_id)
        if isinstance(e, Person):
            if self.show_people:
                return self.text(e.name)
            held = [self.data.get(r).title for r in self.held.get(e.id, [])]
            return self.t("person_hidden") + (f" ({', '.join(held)})" if held else "")
        if isinstance(e, Role):
            org = self.data.get(e.organisation)
            if with_org and isinstance(org, Organisation):
                return f"{self.text(e.title)}, {self.text(org.short_name or org.name)}"
            return self.text(e.title)
        if isinstance(e, Organisation):
            return self.text(e.name)
        if isinstance(e, (Group, Activity)):
            return self.text(e.name)
        if isinstance(e, Agreement):
            return self.text(e.title)
        label = self.g.nodes[entity_id].get("label") if entity_id in self.g else None
        return self.text(label or entity_id)

    def kind_of(self, entity_id: str) -> str:
        e = self.data.get(entity_id)
        if isinstance(e, Group):
            return e.kind
        if isinstance(e, Activity):
            return "activity"
        if isinstance(e, Organisation):
            return "political_body" if e.kind == "political_body" else "organisation"
        if isinstance(e, Role):
            return "role"
        if isinstance(e, Person):
            return "person"
        return "organisation"

    def sources(self, e: Entity) -> str:
        return f"{self.t('source')}: " + "; ".join(source_for_people(s, self.lang) for s in e.sources[:2])


@lru_cache(maxsize=8192)  # the same titles recur in every district's view (an audit draws one per district)
def _wrap_label(text: str) -> str:
    lines = textwrap.wrap(text, LABEL_WIDTH, break_long_words=True, break_on_hyphens=False) or [text or "?"]
    if len(lines) > LABEL_LINES:
        lines = [*lines[:LABEL_LINES - 1], lines[LABEL_LINES - 1][: LABEL_WIDTH - 1] + "…"]
    return "\n".join(lines)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _fmt_number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def build_view(
    data: DataSet,
    findings: Iterable[object] | None = None,
    *,
    agreement: str | None = None,
    show_people: bool = False,
    lang: str = "sv",
    profile: str | None = None,
    as_of: dt.date | None = None,
    collapse_above: int = COLLAPSE_ABOVE,
    builder: ViewBuilder | None = None,
) -> View:
    """The view of one agreement (or all of them), with findings attached to the nodes they concern.

    `findings` are rule findings (objects or dicts with rule, severity, agreement, subject, message,
    citation, path, suggestion); None means the rules engine was not available. `builder`: one made by
    `view_builder` with the same data, show_people and lang, shared by many views (else one is made here).
    """
    b = builder or view_builder(data, show_people, lang)
    agreements = b.agreements_by_id(data)
    if agreement is not None and agreement not in agreements:
        raise KeyError(agreement)
    scope = {agreement} if agreement else set(agreements)
    sel = _select(b, scope, collapse_above)
    edges = _view_edges(b, sel)
    place = _placement(b, sel, agreements, scope)
    concerns = b.concerns(findings or []).near(sel.drawn, agreement)
    finding_views, by_node = _findings(b, concerns, sel.drawn, scope, set(place.block_order), agreement)
    nodes = _view_nodes(b, sel, place, finding_views, by_node)
    rows = _block_rows(place.block_order, agreements)
    title_width = {a: len(b.text(agreements[a].title)) * BLOCK_TITLE_PX + 40 for a in place.block_order}
    rects = _lay_out(nodes, edges, rows, title_width)
    drawn_agreements = [a for a in place.block_order if a in rects]
    cluster_titles, cluster_counts = _clusters(b, nodes, finding_views, drawn_agreements, agreements)
    return View(
        heading=b.text(agreements[agreement].title) if agreement else b.text(b.data.name),
        subtitle=_subtitle(lang, profile, as_of),
        lang=lang,
        nodes=nodes,
        edges=edges,
        agreements=[(a, b.text(agreements[a].title)) for a in drawn_agreements],
        findings=finding_views,
        blocks={a: rects[a] for a in drawn_agreements},
        collapsed=sel.collapsed,
        show_people=show_people,
        findings_available=findings is not None,
        kinds=[k for k in NODE_KINDS if any(v.kind == k for v in nodes)],
        cluster_titles=cluster_titles,
        folded_members=len(sel.related) if sel.collapsed else 0,
        cluster_counts=cluster_counts,
        home=_home(nodes, agreement or next(iter(rows[0]), None) or next(iter(drawn_agreements), None)),
        aliases=_aliases(finding_views, nodes),
    )


def view_builder(data: DataSet, show_people: bool = False, lang: str = "sv") -> ViewBuilder:
    """The builder over the data set as the view shows it: redacted unless people are shown."""
    clean = None
    if not show_people and not is_redacted(data):  # one redaction pass; the CLI's data set has had it already
        redaction = Redaction(data, lang=lang)
        data, clean = redaction.dataset(data), redaction.text
    return ViewBuilder(data, build_graph(data), show_people, lang, clean)


# --- which nodes are drawn ---


@dataclass
class _Selection:
    """The nodes one view draws, by why they are there."""

    core: set[str]  # the groups and activities of the agreements shown
    structural: set[str]  # the core, their forums and the groups and activities they report to
    anchors: set[str]  # the other receivers of their reports (political bodies and so on)
    related: set[str]  # the members, accountable and so on of the core
    collapsed: bool  # too many nodes: the related fold into their groups
    drawn: set[str]

    def members(self) -> list[str]:
        """The drawn nodes that are neither structural nor anchors, sorted."""
        return sorted(self.drawn - self.structural - self.anchors)


def _select(b: ViewBuilder, scope: set[str], collapse_above: int) -> _Selection:
    """The core of the scope and its reporting context; its members unless there are too many nodes."""
    g = b.g
    items = [e for a in scope for e in b.items_of.get(a, [])]
    core = {e.id for e in items}
    structural = set(core)
    for a in items:
        if isinstance(a, Activity) and a.forum and a.forum not in core and a.forum in g:
            structural.add(a.forum)
    context, anchors = _reporting_context(g, core)
    structural |= context
    related: set[str] = set()
    for node in sorted(core):
        for u, d in _in(g, node):
            if d["relation"] in MEMBER_RELATIONS and u not in structural and u not in anchors:
                related.add(u)
    collapsed = len(structural) + len(anchors) + len(related) > collapse_above
    drawn = structural | anchors | (set() if collapsed else related)
    return _Selection(core, structural, anchors, related, collapsed, drawn)


def _reporting_context(g: nx.MultiDiGraph, core: set[str]) -> tuple[set[str], set[str]]:
    """Whatever the core reports to, transitively: (the groups and activities, the other receivers).

    Groups outside the scope are drawn as context, political bodies and other receivers as anchors above them.
    """
    groups: set[str] = set()
    anchors: set[str] = set()
    queue = sorted(core)
    seen = set(queue)
    while queue:
        node = queue.pop(0)
        for target, d in sorted(_out(g, node), key=lambda e: (e[0], e[1]["relation"])):
            if d["relation"] != "reports_to" or target in seen:
                continue
            seen.add(target)
            queue.append(target)
            if g.nodes[target].get("type") in ("group", "activity"):
                groups.add(target)
            else:
                anchors.add(target)
    return groups, anchors


def _view_edges(b: ViewBuilder, sel: _Selection) -> list[ViewEdge]:
    """The drawn edges between drawn nodes, with their style and tooltip."""
    edges: list[ViewEdge] = []
    for u, v, d in _edges_between(b.g, sel.drawn):
        relation = d["relation"]
        if relation not in RELATION_STYLE_OF:
            continue
        if relation == "part_of" and u not in sel.structural:  # a role's organisation is in its label already
            continue
        style = RELATION_STYLE_OF[relation]
        if relation == "member_of" and d.get("chair") in ("yes", "alternating"):
            style = "chair_of"
        edges.append(ViewEdge(f"e{len(edges) + 1}", b.pid(u), b.pid(v), style, relation, b.edge_title(u, v, d)))
    return edges


def _edges_between(g: nx.MultiDiGraph, nodes: set[str]) -> list[tuple[str, str, dict]]:
    """(u, v, attributes) of the edges among some nodes, sorted by u, v and key."""
    found = [(u, v, key, d) for u in nodes for v, keyed in g._succ[u].items() if v in nodes for key, d in keyed.items()]
    return [(u, v, d) for u, v, _key, d in sorted(found, key=lambda e: e[:3])]


# --- where the drawn nodes go ---


@dataclass
class _Placement:
    """Each drawn node's level band, the agreements it belongs to (filters) and its block (layout)."""

    level: dict[str, int]
    rank: dict[int, int]  # a level → its row
    own: dict[str, set[str]]
    block_order: list[str]
    block: dict[str, str]


def _placement(b: ViewBuilder, sel: _Selection, agreements: dict[str, Agreement], scope: set[str]) -> _Placement:
    level, reporters = _levels(b.data, b.g, sel)
    own = _own_agreements(b.data, b.g, sel, reporters)
    block_order = sorted({a for n in sel.drawn for a in own[n]},
                         key=lambda a: (agreements[a].level != "central", a not in scope, a))
    return _Placement(
        level=level,
        rank={lv: i for i, lv in enumerate(sorted(set(level.values())))},
        own=own,
        block_order=block_order,
        block=_Blocks(b.data, b.g, sel, level, block_order).of,
    )


def _levels(data: DataSet, g: nx.MultiDiGraph, sel: _Selection) -> tuple[dict[str, int], dict[str, list[str]]]:
    """The level of each drawn node, and what reports to each anchor (found once)."""
    level = _structural_levels(data, g, sel.structural)
    reporters = {a: sorted(u for u, d in _in(g, a) if d["relation"] == "reports_to" and u != a)
                 for a in sorted(sel.anchors)}
    _anchor_levels(level, reporters)
    for a in sorted(sel.anchors):
        level.setdefault(a, 0)
    for m in sel.members():
        touched = [level[v] for v, d in _out(g, m) if d["relation"] in MEMBER_RELATIONS
                   and v in sel.structural]
        level[m] = max(touched, default=max(level.values(), default=0)) + MEMBER_BELOW
    return level, reporters


def _structural_levels(data: DataSet, g: nx.MultiDiGraph, structural: set[str]) -> dict[str, int]:
    """The band of each group and activity; one that reports to another on its band or below moves below it."""
    level: dict[str, int] = {}
    for n in sorted(structural):
        e = data.get(n)
        level[n] = BAND.get((e.level, e.kind), 70) if isinstance(e, Group) else ACTIVITY_BAND
    ordering = sorted(
        (u, v) for u, v, d in _edges_between(g, structural) if u != v and d["relation"] in ("reports_to", "part_of")
    )
    for _ in range(len(structural)):  # a cycle stops here; SAM020 reports it
        moved = False
        for u, v in ordering:
            if level[u] <= level[v]:
                level[u] = level[v] + STEP_BELOW
                moved = True
        if not moved:
            break
    return level


def _anchor_levels(level: dict[str, int], reporters: dict[str, list[str]]) -> None:
    """Each anchor just above the highest that reports to it: rounds until nothing moves (at most one per anchor)."""
    for _ in range(len(reporters) + 1):
        moved = False
        for a, us in reporters.items():
            below = [level[u] for u in us if u in level]
            if below and level.get(a) != min(below) - ANCHOR_ABOVE:
                level[a] = min(below) - ANCHOR_ABOVE
                moved = True
        if not moved:
            break


def _own_agreements(data: DataSet, g: nx.MultiDiGraph, sel: _Selection,
                    reporters: dict[str, list[str]]) -> dict[str, set[str]]:
    """The agreements each drawn node belongs to: an anchor those of what reports to it, a member its groups'."""
    own: dict[str, set[str]] = defaultdict(set)
    for n in sel.structural:
        own[n].add(data.get(n).agreement)
    for _ in range(len(reporters) + 1):
        grown = False
        for a, us in reporters.items():
            before = len(own[a])
            for u in us:
                if u in sel.drawn:
                    own[a] |= own[u]
            grown = grown or len(own[a]) != before
        if not grown:
            break
    for m in sel.members():
        for v, d in _out(g, m):
            if d["relation"] in MEMBER_RELATIONS and v in sel.structural:
                own[m] |= own[v]
    return own


class _Blocks:
    """The block (agreement frame) of each drawn node: a group's own, an anchor's the one of the highest that
    reports to it, a member's the one of its highest group."""

    def __init__(self, data: DataSet, g: nx.MultiDiGraph, sel: _Selection, level: dict[str, int],
                 block_order: list[str]):
        self.data, self.g, self.sel, self.level = data, g, sel, level
        self.first = block_order[0] if block_order else ""
        self.position = {a: i for i, a in enumerate(block_order)}
        self.of: dict[str, str] = {n: self._block_of(n) for n in sorted(sel.structural)}
        for a in sorted(sel.anchors, key=lambda a: (-level[a], a)):
            self.of[a] = self._block_of(a)
        for m in sel.members():
            self.of[m] = self._block_of(m)

    def _block_of(self, n: str) -> str:
        if n in self.sel.structural:
            return self.data.get(n).agreement
        if n in self.sel.anchors:
            reporters = sorted((self.level[u], self.position[self.of[u]], u)
                               for u, d in _in(self.g, n)
                               if d["relation"] == "reports_to" and u in self.of)
            return self.of[reporters[0][2]] if reporters else self.first
        groups = sorted((-self.level[v], v) for v, d in _out(self.g, n)
                        if d["relation"] in MEMBER_RELATIONS and v in self.sel.structural)
        return self.data.get(groups[0][1]).agreement if groups else self.first


def _block_rows(block_order: list[str], agreements: dict[str, Agreement]) -> list[list[str]]:
    """The blocks in rows: the central agreements first, then the local ones in a square-ish grid."""
    central = [a for a in block_order if agreements[a].level == "central"]
    local = [a for a in block_order if agreements[a].level != "central"]
    per_row = max(1, int(len(local) ** 0.5 + 0.999)) if len(local) > 3 else max(len(local), 1)
    return [central] + [local[i:i + per_row] for i in range(0, len(local), per_row)]


def _lay_out(nodes: list[ViewNode], edges: list[ViewEdge], block_rows: list[list[str]],
             title_width: dict[str, float]) -> dict[str, lay.Rect]:
    """Sets each node's position; the frame of each block."""
    by_id = {v.id: v for v in nodes}
    kind_order = {k: i for i, k in enumerate(NODE_KINDS)}
    lnodes = [lay.LayoutNode(v.id, v.level, v.block, *v.size, order=(kind_order[v.kind], v.label.lower()))
              for v in nodes]
    positions, rects = lay.layout(lnodes, [(ed.source, ed.target) for ed in edges], block_rows, title_width)
    for node_id, (x, y) in positions.items():
        by_id[node_id].x, by_id[node_id].y = x, y
    return rects


# --- the drawn nodes ---


def _view_nodes(b: ViewBuilder, sel: _Selection, place: _Placement, finding_views: list[FindingView],
                by_node: dict[str, list[FindingView]]) -> list[ViewNode]:
    finding_index = {id(f): i for i, f in enumerate(finding_views)}
    return [_view_node(b, n, sel, place, by_node.get(b.pid(n), []), finding_index) for n in sorted(sel.drawn)]


def _view_node(b: ViewBuilder, n: str, sel: _Selection, place: _Placement, attached: list[FindingView],
               finding_index: dict[int, int]) -> ViewNode:
    """One drawn node with the findings attached to it."""
    kind, party, label, e = b.node_basics(n)
    counts: dict[str, int] = {}
    if attached:  # most nodes have none
        tally = Counter(f.severity for f in attached)
        counts = {s: tally[s] for s in SEVERITY_RANK if tally[s]}
    members_of = b.members_of
    folded = len(members_of[n]) if sel.collapsed and n in sel.core and members_of.get(n) else 0
    title, info = _tooltip(b, n, attached)
    return ViewNode(
        id=b.pid(n),
        kind=kind,
        party=party,
        agreement=e.agreement if n in sel.structural else None,
        agreements=tuple(sorted(place.own[n])),
        label=_node_label(b, label, counts, folded),
        title=title,
        info=info,
        findings=tuple(finding_index[id(f)] for f in attached),
        level=place.rank[place.level[n]],
        severity=min(counts, key=SEVERITY_RANK.get) if counts else None,
        counts=counts,
        block=place.block[n],
        template=bool(isinstance(e, Group) and e.template),
    )


def _base_label(b: ViewBuilder, n: str, kind: str) -> str:
    """A node's name wrapped (a role's organisation below) and marked when a template."""
    e = b.data.get(n)
    if kind == "role" and isinstance(e, Role):
        org = b.data.get(e.organisation)
        label = _wrap_label(b.text(e.title))
        if isinstance(org, Organisation):
            label += "\n" + _wrap_label(f"({b.text(org.short_name or org.name)})")
    else:
        label = _wrap_label(b.name(n, with_org=False))
    if isinstance(e, Group) and e.template:
        label += f"\n[{b.t('template_short')}]"
    return label


def _node_label(b: ViewBuilder, label: str, counts: dict[str, int], folded: int) -> str:
    """A node's label: its base label, its folded members, and its findings' badges on top."""
    if folded:
        label += "\n" + b.t("members_folded", n=folded)
    if counts:
        ordered = sorted(counts.items(), key=lambda i: SEVERITY_RANK[i[0]])
        badge = " ".join(f"{SEVERITY_BADGE[s]}{c}" for s, c in ordered)
        label = f"{badge}\n{label}"
    return label


# --- the rest of the view ---


def _subtitle(lang: str, profile: str | None, as_of: dt.date | None) -> str:
    bits = [Msg("Styrningsgraf", "Governance graph").get(lang)]
    if profile:
        bits.append(Msg("profil {p}", "profile {p}").format(p=profile).get(lang))
    if as_of:
        bits.append(Msg("per {d}", "as of {d}").format(d=as_of.isoformat()).get(lang))
    return " · ".join(bits)


def _clusters(b: ViewBuilder, nodes: list[ViewNode], finding_views: list[FindingView], drawn_agreements: list[str],
              agreements: dict[str, Agreement]) -> tuple[dict[str, str], dict[str, dict[str, int]]]:
    """The title of each agreement's cluster, and its findings by severity."""
    node_count = Counter(v.agreement for v in nodes)
    finding_count = Counter(f.agreement for f in finding_views)
    titles = {a: b.t("cluster_title", title=b.text(agreements[a].title), n=node_count[a], f=finding_count[a])
              for a in drawn_agreements}
    counts: dict[str, dict[str, int]] = {a: {} for a in drawn_agreements}
    for f in finding_views:
        if f.agreement in counts:
            counts[f.agreement][f.severity] = counts[f.agreement].get(f.severity, 0) + 1
    return titles, counts


def _home(nodes: list[ViewNode], home_agreement: str | None) -> str | None:
    """The top node of the agreement the first view centres on."""
    tops = sorted((v.level, v.x, v.id) for v in nodes if v.agreement == home_agreement)
    return tops[0][2] if tops else None


def _aliases(finding_views: list[FindingView], nodes: list[ViewNode]) -> dict[str, str]:
    """A finding's subject that is not drawn → the node its finding is drawn on."""
    ids = {v.id for v in nodes}
    return {f.subject_id: f.nodes[0] for f in finding_views if f.subject_id and f.nodes and f.subject_id not in ids}


def _membership_words(b: ViewBuilder, d: dict) -> str:
    bits = [word(CAPACITY_WORDS, d.get("capacity"), b.lang)]
    if d.get("chair") in CHAIR_WORDS:
        bits.append(word(CHAIR_WORDS, d["chair"], b.lang))
    if d.get("on_behalf_of"):
        bits.append(f"{b.t('on_behalf_of')} {b.name(d['on_behalf_of'], with_org=False)}")
    return ", ".join(bit for bit in bits if bit)


def _resolve(data: DataSet, entity_id: str | None) -> str | None:
    """The drawn node a finding about an entity belongs on (a membership's group, and so on)."""
    e = data.get(entity_id)
    if isinstance(e, Membership):
        return e.group
    if isinstance(e, Responsibility):
        return e.subject
    if isinstance(e, ReportingLine):
        return e.from_
    if isinstance(e, Statement):
        return e.subject
    return entity_id


@dataclass(frozen=True)
class _Concern:
    """One finding, its subject and the entities it concerns (its subject and path, resolved to drawable nodes)."""

    finding: object
    agreement: str | None
    subject: str | None
    targets: tuple[str | None, ...]


class _Concerns:
    """The findings of a data set, resolved once and indexed by agreement and by the nodes they concern."""

    def __init__(self, b: ViewBuilder, findings: Iterable[object]):
        self.all = [_concern(b, f) for f in findings]
        self.by_agreement: dict[str | None, list[int]] = defaultdict(list)
        self.by_node: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(self.all):
            self.by_agreement[c.agreement].append(i)
            for t in set(c.targets) - {None}:
                self.by_node[t].append(i)

    def near(self, drawn: set[str], agreement: str | None) -> list[_Concern]:
        """In their order, those a view may show: every one, or those of its agreement or on a drawn node."""
        if agreement is None:
            return self.all
        found = set(self.by_agreement.get(agreement, []))
        found.update(i for n in drawn for i in self.by_node.get(n, []))
        return [self.all[i] for i in sorted(found)]


def _concern(b: ViewBuilder, f: object) -> _Concern:
    subject = b.outside(_get(f, "subject")) or None
    path = [b.outside(p) for p in (_get(f, "path") or [])]
    targets = (_resolve(b.data, subject), *(_resolve(b.data, p) for p in path))
    return _Concern(f, _get(f, "agreement"), subject, targets)


def _findings(b: ViewBuilder, concerns: list[_Concern], drawn: set[str], scope: set[str], blocks: set[str],
              agreement: str | None) -> tuple[list[FindingView], dict[str, list[FindingView]]]:
    """The findings a view of one agreement lists: its own, and those on a drawn node of an agreement it draws
    (or of none); not those of an agreement it does not draw whose path merely passes a drawn node (a central
    group every district reports to would carry every district's findings)."""
    views = []
    for c in concerns:
        f, subject, fa = c.finding, c.subject, c.agreement
        nodes = tuple(sorted({b.pid(t) for t in c.targets if t in drawn}))
        if agreement is not None and fa not in scope and not (nodes and (fa is None or fa in blocks)):
            continue
        severity = _get(f, "severity", "info")
        views.append(FindingView(
            rule=b.outside(_get(f, "rule", "")),
            severity=severity if severity in SEVERITY_RANK else "info",
            agreement=fa,
            subject=b.pid(subject) if subject else None,
            subject_label=b.name(subject) if subject and b.data.get(subject) else b.outside(subject or ""),
            message=b.outside(_get(f, "message", "")),
            citation=for_people(b.outside(_get(f, "citation", "") or ""), b.lang),
            suggestion=b.outside(_get(f, "suggestion", "") or ""),
            nodes=nodes,
            subject_id=subject or "",
        ))
    views.sort(key=lambda v: (SEVERITY_RANK[v.severity], v.agreement or "", v.rule, v.subject or "", v.message))
    by_node: dict[str, list[FindingView]] = defaultdict(list)
    for v in views:
        for n in v.nodes:
            by_node[n].append(v)
    return views, by_node


class _Lines:
    """The tooltip (long lists cut, findings in short) and the pane's text (whole, findings apart), in one pass."""

    def __init__(self, b: ViewBuilder):
        self.b = b
        self.short: list[str] = []
        self.full: list[str] = []

    def append(self, line: str, full: str | None = None, *, tooltip_only: bool = False) -> None:
        self.short.append(line)
        if not tooltip_only:
            self.full.append(line if full is None else full)

    def joined(self, title: str, items: list[str]) -> None:
        """One line "title: a; b", when there are items: every item in the pane, the first TOOLTIP_LIST in the
        tooltip."""
        if not items:
            return
        whole = f"{title}: " + "; ".join(items)
        if len(items) <= TOOLTIP_LIST:
            self.append(whole)
            return
        more = self.b.t("more", n=len(items) - TOOLTIP_LIST)
        self.append(f"{title}: " + "; ".join(items[:TOOLTIP_LIST]) + f" {more}", whole)

    def listing(self, title: str, items: list[str]) -> None:
        """A title and one line per item: every item in the pane, the first TOOLTIP_LIST in the tooltip."""
        if not items:
            return
        self.append(f"{title} ({len(items)}):" if len(items) > 1 else f"{title}:")
        self.full.extend(f"  • {item}" for item in items)
        self.short.extend(f"  • {item}" for item in items[:TOOLTIP_LIST])
        if len(items) > TOOLTIP_LIST:
            self.short.append("  " + self.b.t("more", n=len(items) - TOOLTIP_LIST))


class _Edges:
    """A node's edges by relation, into it and out of it: read once for its description, which asks for several."""

    def __init__(self, b: ViewBuilder, n: str):
        self.b = b
        self.into: dict[str, list[tuple[str, dict]]] = defaultdict(list)
        self.out: dict[str, list[tuple[str, dict]]] = defaultdict(list)
        if n in b.g:
            for u, d in _in(b.g, n):
                self.into[d["relation"]].append((u, d))
            for v, d in _out(b.g, n):
                self.out[d["relation"]].append((v, d))

    def names_in(self, relation: str) -> list[str]:
        """The sorted names of what has `relation` to the node."""
        return sorted(self.b.name(u) for u, _d in self.into.get(relation, ()))

    def names_out(self, relation: str) -> list[str]:
        """The sorted names of what the node has `relation` to."""
        return sorted(self.b.name(v) for v, _d in self.out.get(relation, ()))


def _tooltip(b: ViewBuilder, n: str, findings: list[FindingView]) -> tuple[str, str]:
    """The plain-text tooltip of one node (what a planner asks about it, and its findings) and the pane's text."""
    short, full = b.about(n)
    if not findings:
        return short, full
    lines = _Lines(b)
    _finding_lines(lines, findings)
    return "\n".join([short, *lines.short]), full


def _describe(b: ViewBuilder, n: str) -> tuple[str, str]:
    """A node's tooltip without its findings, and the same whole for the pane."""
    e = b.data.get(n)
    lines = _Lines(b)
    lines.append(b.name(n))
    meta = [word(KIND_WORDS, b.kind_of(n), b.lang)]
    edges = _Edges(b, n)
    if isinstance(e, (Group, Activity)):
        _structure_lines(lines, n, e, meta, edges)
    else:
        _party_lines(lines, n, e, meta, edges)
    if isinstance(e, Entity):
        lines.append(b.sources(e))
    return "\n".join(lines.short), "\n".join(lines.full)


def _structure_lines(lines: _Lines, n: str, e: Group | Activity, meta: list[str], edges: _Edges) -> None:
    """A group's or an activity's: where it sits, who chairs and answers for it, how often it meets, its reports,
    members and purpose."""
    b = lines.b
    if isinstance(e, Group):
        meta.append(word(LEVEL_WORDS, e.level, b.lang))
    agreement = b.data.get(e.agreement)
    if isinstance(agreement, Agreement):
        meta.append(b.text(agreement.title))
    if isinstance(e, Group) and e.template:
        meta.append(b.t("template"))
    lines.append(" · ".join(meta))
    if isinstance(e, Activity) and e.forum:
        lines.append(f"{b.t('in_forum')}: {b.name(e.forum)}")
    members = sorted(b.members_of.get(n, []), key=lambda m: (b.name(m[0]), m[0]))
    _responsibility_lines(lines, edges, members)
    if e.frequency:
        lines.append(_frequency_line(b, e.frequency))
    lines.joined(b.t("reports_to"), edges.names_out("reports_to"))
    lines.joined(b.t("reported_by"), edges.names_in("reports_to"))
    lines.listing(b.t("members"), [_member_item(b, u, d) for u, d in members])
    if e.purpose:
        purpose = b.text(e.purpose)
        lines.append(f"{b.t('purpose')}: " + _shorten(purpose, 300), f"{b.t('purpose')}: " + purpose)


def _responsibility_lines(lines: _Lines, edges: _Edges, members: list[tuple[str, dict]]) -> None:
    """Who chairs a group, who is accountable (always said, if only "none given"), responsible, consulted."""
    b = lines.b
    alternating = f" ({word(CHAIR_WORDS, 'alternating', b.lang)})"
    lines.joined(b.t("chair"), [b.name(u) + (alternating if d.get("chair") == "alternating" else "")
                                for u, d in members if d.get("chair") in ("yes", "alternating")])
    accountable = edges.names_in("accountable_for")
    lines.append(f"{b.t('accountable')}: " + ("; ".join(accountable) if accountable else b.t("none")))
    lines.joined(b.t("responsible"), edges.names_in("responsible_for"))
    lines.joined(b.t("consulted"), sorted(edges.names_in("consulted_on") + edges.names_in("informed_of")))


def _frequency_line(b: ViewBuilder, frequency: Frequency) -> str:
    """How often a group meets: the agreement's words, and the count a year when there is one."""
    line = f"{b.t('frequency')}: ”{b.text(frequency.text)}”"
    if frequency.per_year:
        key = "min_per_year" if frequency.minimum else "per_year"
        line += f" ({b.t(key, n=_fmt_number(frequency.per_year))})"
    return line


def _member_item(b: ViewBuilder, u: str, d: dict) -> str:
    extra = b.membership_words(d)
    if d.get("condition"):
        extra += f", {b.t('condition')}: {b.text(d['condition'])}"
    return f"{b.name(u)} – {extra}"


def _party_lines(lines: _Lines, n: str, e: Entity | None, meta: list[str], edges: _Edges) -> None:
    """A role's, a person's or an organisation's: its party, holder or roles, and what it is member of, accountable
    and responsible for, and receives reports from."""
    b = lines.b
    party = b.g.nodes[n].get("party") if n in b.g else None
    if party:
        meta.append(f"{b.t('party')}: {word(PARTY_WORDS, party, b.lang)}")
    lines.append(" · ".join(meta))
    if isinstance(e, Role):
        lines.append(f"{b.t('organisation')}: {b.name(e.organisation)}")
        if e.holder:
            holder = b.name(e.holder) if b.show_people else b.t("holder_hidden")
            lines.append(f"{b.t('holder')}: {holder}")
    if isinstance(e, Person):
        lines.joined(b.t("holds"), sorted(b.name(r) for r in b.held.get(e.id, [])))
    memberships = sorted((b.name(v), b.membership_words(d)) for v, d in edges.out.get("member_of", ()))
    lines.listing(b.t("member_in"), [f"{name} – {words}" for name, words in memberships])
    lines.listing(b.t("accountable_for"), edges.names_out("accountable_for"))
    lines.listing(b.t("responsible_for"), edges.names_out("responsible_for"))
    lines.listing(b.t("reported_by"), edges.names_in("reports_to"))


def _finding_lines(lines: _Lines, findings: list[FindingView]) -> None:
    """The node's findings in short, in the tooltip only (in full in the properties pane and the page's list)."""
    if not findings:
        return
    lines.append(f"{lines.b.t('findings')} ({len(findings)}):", tooltip_only=True)
    for f in findings:
        lines.append("  " + _shorten(f.line(lines.b.lang), TOOLTIP_FINDING), tooltip_only=True)
        if f.suggestion:
            lines.append("    → " + _shorten(f.suggestion, TOOLTIP_FINDING), tooltip_only=True)
