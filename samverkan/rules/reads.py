"""What a rule reads, declared with the rule: the entity types it reads and, of their references a removal
can clear (optional fields and lists), the ones it follows.

`impact --rank` re-runs a rule after a removal only when the removal took away an entity of a type the rule
reads or cleared a reference it follows; otherwise the rule's findings are those it had before.
`tests/test_rule_reads.py` traces every rule on several data sets and holds it to its declaration; a branch no
data set takes is declared by reading the code (whether an agreement is in force reads the statements that
record its extensions, so every rule that asks it reads Statement).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from samverkan.model.entities import ENTITY_TYPES
from samverkan.model.references import clearable

_PARSED: dict[tuple[frozenset, frozenset], Reads] = {}
"""(types, follows) → the one object for that declaration."""
TYPES = {cls.__name__: cls for cls in ENTITY_TYPES.values()}
ENTRY = re.compile(r"(\w+)(\(([^)]*)\))?")


@dataclass(frozen=True, eq=False)
class Reads:
    """Equal declarations are one object (`parse`), compared and hashed by identity: `impact --rank` looks up by
    it for every unit of every run, and an identity hash costs no call."""

    types: frozenset[type]
    follows: frozenset[tuple[type, str]]
    """(type, field): a clearable reference the rule follows."""

    @classmethod
    def parse(cls, text: str) -> Reads:
        """'Agreement(parties revises) Membership Role()': types, each with the clearable references it follows
        in brackets; a type without brackets follows all of them."""
        types, follows = set(), set()
        for name, bracketed, fields in ENTRY.findall(text):
            if name not in TYPES:
                raise ValueError(f"reads: unknown entity type {name!r}")
            kind = TYPES[name]
            types.add(kind)
            for field in fields.split() if bracketed else sorted(clearable(kind)):
                if field not in clearable(kind):
                    raise ValueError(f"reads: {name}.{field} is not a reference a removal can clear "
                                     f"({', '.join(sorted(clearable(kind)))})")
                follows.add((kind, field))
        key = (frozenset(types), frozenset(follows))
        found = _PARSED.get(key)
        return found if found is not None else _PARSED.setdefault(key, cls(*key))

    def affected(self, removed: Iterable[type], cleared: Iterable[tuple[type, str]]) -> bool:
        """Whether a change that removed entities of `removed` types and cleared `cleared` references can
        change what the rule finds."""
        return not self.types.isdisjoint(removed) or not self.follows.isdisjoint(cleared)
