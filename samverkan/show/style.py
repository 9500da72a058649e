"""The visual vocabulary of `samverkan show`: words (sv/en), shapes, colours and edge styles.

One table for the HTML page, the legend and the static pictures, so they always agree.
"""

from __future__ import annotations

from collections.abc import Iterable

from samverkan.io.i18n import Msg

# --- node kinds (the filter keys on the page) ---------------------------------------------------

GROUP_KINDS = ("steering", "preparation", "coordinators", "council", "forum", "working")
NODE_KINDS = (*GROUP_KINDS, "activity", "political_body", "organisation", "role", "person")
"""Every kind a drawn node can have, in legend and filter order."""

KIND_WORDS: dict[str, Msg] = {
    "steering": Msg("styrgrupp", "steering group"),
    "preparation": Msg("beredningsgrupp", "preparation group"),
    "coordinators": Msg("samordnare", "coordinators"),
    "council": Msg("råd", "council"),
    "forum": Msg("samverkansforum", "cooperation forum"),
    "working": Msg("arbetsgrupp", "working group"),
    "activity": Msg("aktivitet", "activity"),
    "political_body": Msg("politiskt organ", "political body"),
    "organisation": Msg("organisation", "organisation"),
    "role": Msg("funktion (roll)", "function (role)"),
    "person": Msg("person", "person"),
    "cluster": Msg("överenskommelse (hopfälld)", "agreement (collapsed)"),
}

SHAPE: dict[str, str] = {
    "steering": "box",
    "preparation": "box",
    "coordinators": "ellipse",
    "council": "ellipse",
    "forum": "ellipse",
    "working": "box",
    "activity": "box",
    "political_body": "hexagon",
    "organisation": "square",
    "role": "dot",
    "person": "triangle",
    "cluster": "box",
}
"""vis-network shapes. box, ellipse and database hold their label; dot, square and triangle carry it below."""

LABEL_INSIDE = {"box", "ellipse", "database"}

# Groups are joint bodies: coloured by kind (darker = more strategic). Everything else by party.
GROUP_FILL: dict[str, tuple[str, str, str]] = {
    # kind: (fill, border, font colour)
    "steering": ("#4b2a7b", "#2e1650", "#ffffff"),
    "preparation": ("#7350a8", "#4b2a7b", "#ffffff"),
    "coordinators": ("#c7b5e3", "#7350a8", "#1f1235"),
    "council": ("#d9cdee", "#7350a8", "#1f1235"),
    "forum": ("#e6ddf5", "#7350a8", "#1f1235"),
    "working": ("#f4f0fa", "#7350a8", "#1f1235"),
    "activity": ("#ffffff", "#9b87c2", "#1f1235"),
    "cluster": ("#fff7e0", "#8a6d1f", "#1f1235"),
}

PARTIES = ("city", "police", "other", "none")
PARTY_WORDS: dict[str, Msg] = {
    "city": Msg("staden", "the city"),
    "police": Msg("polisen", "the police"),
    "other": Msg("annan part", "other party"),
    "none": Msg("okänd part", "unknown party"),
}
PARTY_COLOUR: dict[str, tuple[str, str]] = {
    # party: (fill, border) — blue / amber / green are told apart with common colour blindness
    "city": ("#cfe0f5", "#1f5fa8"),
    "police": ("#fde7b0", "#a86a00"),
    "other": ("#cdebd8", "#1e7a45"),
    "none": ("#e5e7eb", "#6b7280"),
}
FONT = "#111827"

# --- findings ------------------------------------------------------------------------------------

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}
SEVERITY_WORDS: dict[str, Msg] = {
    "error": Msg("fel", "error"),
    "warning": Msg("varning", "warning"),
    "info": Msg("info", "info"),
}
SEVERITY_BORDER: dict[str, tuple[str, int]] = {
    "error": ("#d1202f", 5),
    "warning": ("#e07b00", 4),
    "info": ("#2563eb", 3),
}
SEVERITY_BADGE = {"error": "✖", "warning": "⚠", "info": "ℹ"}

# --- edges ---------------------------------------------------------------------------------------

RELATION_STYLES = ("member_of", "chair_of", "reports_to", "accountable_for", "responsible_for", "raci_other", "part_of")
RELATION_STYLE_OF = {
    "member_of": "member_of",
    "reports_to": "reports_to",
    "accountable_for": "accountable_for",
    "responsible_for": "responsible_for",
    "consulted_on": "raci_other",
    "informed_of": "raci_other",
    "part_of": "part_of",
}
"""Graph relation → edge style. Relations not listed here are not drawn."""

EDGE_STYLE: dict[str, dict] = {
    # colour, width, dashes (vis-network: false or [dash, gap]), smooth (false or a curve type)
    "member_of": {"color": "#9ca3af", "width": 1, "dashes": False, "smooth": False},
    "chair_of": {"color": "#4b5563", "width": 3, "dashes": False, "smooth": False},
    "reports_to": {"color": "#111827", "width": 3, "dashes": False, "smooth": False},
    "accountable_for": {"color": "#0f766e", "width": 2.5, "dashes": [10, 5], "smooth": "curvedCCW"},
    "responsible_for": {"color": "#0f766e", "width": 1.5, "dashes": [3, 5], "smooth": "curvedCCW"},
    "raci_other": {"color": "#94a3b8", "width": 1, "dashes": [2, 6], "smooth": "curvedCCW"},
    "part_of": {"color": "#a78bfa", "width": 1.5, "dashes": [6, 6], "smooth": False},
}
RELATION_WORDS: dict[str, Msg] = {
    "member_of": Msg("medlem i", "member of"),
    "chair_of": Msg("ordförande i", "chair of"),
    "reports_to": Msg("rapporterar till", "reports to"),
    "accountable_for": Msg("ansvarig / sammankallande för", "accountable (convenes) for"),
    "responsible_for": Msg("utför", "responsible for"),
    "raci_other": Msg("rådfrågas / informeras om", "consulted / informed on"),
    "part_of": Msg("del av", "part of"),
    "consulted_on": Msg("rådfrågas om", "consulted on"),
    "informed_of": Msg("informeras om", "informed of"),
}

CAPACITY_WORDS: dict[str, Msg] = {
    "decision_maker": Msg("beslutsfattare", "decision maker"),
    "rapporteur": Msg("föredragande", "rapporteur"),
    "coopted": Msg("adjungerad", "co-opted"),
    "member": Msg("ledamot", "member"),
    "invited": Msg("inbjuden", "invited"),
}
CHAIR_WORDS: dict[str, Msg] = {
    "yes": Msg("ordförande", "chair"),
    "alternating": Msg("alternerande ordförande", "alternating chair"),
}
LEVEL_WORDS: dict[str, Msg] = {"central": Msg("stadsövergripande", "city-wide"), "local": Msg("lokal", "local")}


def word(table: dict[str, Msg], key: str | None, lang: str) -> str:
    """The word for a key in the user's language; the key itself when the table has none."""
    if key is None:
        return ""
    msg = table.get(key)
    return msg.get(lang) if msg else key


def node_colours(kind: str, party: str | None) -> tuple[str, str, str]:
    """(fill, border, font colour) of a node."""
    if kind in GROUP_FILL:
        return GROUP_FILL[kind]
    fill, border = PARTY_COLOUR[party if party in PARTY_COLOUR else "none"]
    return fill, border, FONT


# --- the legend (the page's and the pictures') ----------------------------------------------------


def legend_kinds(kinds: Iterable[str], lang: str) -> list[tuple[str, str, str, str, str]]:
    """(kind, word, shape, fill, border) of each kind of node given."""
    return [(k, word(KIND_WORDS, k, lang), SHAPE[k], *node_colours(k, None)[:2]) for k in kinds]


def legend_parties(lang: str) -> list[tuple[str, str, str]]:
    """(word, fill, border) of each party."""
    return [(word(PARTY_WORDS, p, lang), *PARTY_COLOUR[p]) for p in PARTIES]


def legend_relations(lang: str) -> list[tuple[str, str]]:
    """(edge style, word) of each edge style."""
    return [(r, word(RELATION_WORDS, r, lang)) for r in RELATION_STYLES]


def legend_severities(lang: str) -> list[tuple[str, str, str, str, int]]:
    """(severity, word, badge, border colour, border width) of each severity."""
    return [(s, word(SEVERITY_WORDS, s, lang), SEVERITY_BADGE[s], *SEVERITY_BORDER[s]) for s in SEVERITIES]
