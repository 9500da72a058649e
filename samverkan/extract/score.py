"""Field-level precision and recall of an extraction against a hand-written expectation.

Each entity is one fact, each scalar field one fact and each list item one fact. Entity names are matched
fuzzily (one to one, per section), and so is a field's value that names another entity of the section (a group
a group reports to); texts are compared with case folded and white space collapsed. Only
sections, and fields of a section, that the expectation names are scored; with `lines`, only extracted
entities that overlap that line range.

A document states one agreement, so the agreement drafted is that agreement whatever title it was given: a title
read differently is one fact missed (and one invented), not every date and number of the agreement as well.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz


def norm(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split()).casefold().strip(" .,;:")


@dataclass
class Score:
    expected: Counter = field(default_factory=Counter)
    extracted: Counter = field(default_factory=Counter)

    @property
    def matched(self) -> Counter:
        return self.expected & self.extracted

    @property
    def precision(self) -> float:
        total = sum(self.extracted.values())
        return sum(self.matched.values()) / total if total else 1.0

    @property
    def recall(self) -> float:
        total = sum(self.expected.values())
        return sum(self.matched.values()) / total if total else 1.0

    def missed(self) -> list[tuple]:
        return sorted((self.expected - self.extracted).elements())

    def spurious(self) -> list[tuple]:
        return sorted((self.extracted - self.expected).elements())


SINGLE = {"agreement"}
"""Sections of which a document states one entity: theirs are paired whatever their names."""


def _facts(section: str, name: str, fields: dict, keep: set[str], names: dict[str, str] | None = None,
           key: str | None = None) -> Counter:
    """The facts of one entity, its fields keyed by `key` (its name unless paired with another's); `names` renames
    a value that names an entity of the section as the expectation names that entity."""
    out = Counter({(section, name, "", ""): 1})
    name = key or name
    for key, value in (fields or {}).items():
        if key.startswith("_") or key not in keep:
            continue
        for item in value if isinstance(value, list) else [value]:
            text = norm(item)
            out[(section, name, key, (names or {}).get(text, text))] += 1
    return out


def _overlaps(lines: str | None, window: tuple[int, int] | None) -> bool:
    if window is None or not lines:
        return True
    start, _, end = str(lines).partition("-")
    return int(start) <= window[1] and int(end or start) >= window[0]


def _match_names(expected: list[str], extracted: list[str]) -> dict[str, str]:
    pairs = sorted(((fuzz.token_sort_ratio(norm(a), norm(b)), a, b) for a in extracted for b in expected), reverse=True)
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for score, a, b in pairs:
        if score < 85 or a in mapping or b in used:
            continue
        mapping[a] = b
        used.add(b)
    return mapping


def _sole_pair(section: str, expected: dict, found: dict, mapping: dict[str, str]) -> dict[str, str]:
    """{extracted name: expected name} for the one entity of a single-entity section whose names differ."""
    if section not in SINGLE or len(expected) != 1 or len(found) != 1 or mapping:
        return {}
    return {next(iter(found)): norm(next(iter(expected)))}


def _shortened_pairs(expected: list[str], found: list[str], mapping: dict[str, str]) -> dict[str, str]:
    """{extracted name: expected name} for an entity named by a shorter or longer form of the expected name, one
    name's words the start of the other's ("Styrgruppen" for "Styrgruppen Trygga Nyby"), when neither has another
    such partner: its name is one fact missed and one invented, its fields are scored as that entity's."""
    left = [norm(b) for b in expected if b not in mapping.values()]
    partners: dict[str, list[str]] = {}
    for a in found:
        if a in mapping:
            continue
        words = norm(a).split()
        partners[a] = [b for b in left if words and (b.split()[:len(words)] == words
                                                      or words[:len(b.split())] == b.split())]
    counts = Counter(b for bs in partners.values() for b in bs)
    return {a: bs[0] for a, bs in partners.items() if len(bs) == 1 and counts[bs[0]] == 1}


def score(expected: dict, extracted: dict, lines: tuple[int, int] | None = None) -> tuple[Score, dict[str, Score]]:
    """(total, per section) for `expected` ({section: {name: {field: value}}}) and an extraction's plain form."""
    total, sections = Score(), {}
    for section, entities in expected.items():
        keep = {k for fields in entities.values() for k in (fields or {})}
        found = {name: fields for name, fields in (extracted.get(section) or {}).items()
                 if _overlaps(fields.get("_lines"), lines)}
        mapping = _match_names(list(entities), list(found))
        names = {norm(a): norm(b) for a, b in mapping.items()}
        paired = _sole_pair(section, entities, found, mapping) or _shortened_pairs(list(entities), list(found), mapping)
        names.update({norm(a): b for a, b in paired.items() if section not in SINGLE})
        s = Score()
        for name, fields in entities.items():
            s.expected += _facts(section, norm(name), fields, keep)
        for name, fields in found.items():
            s.extracted += _facts(section, norm(mapping.get(name, name)), fields, keep, names, paired.get(name))
        sections[section] = s
        total.expected += s.expected
        total.extracted += s.extracted
    return total, sections
