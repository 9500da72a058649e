"""What each rule reads, traced: the entity types whose collections or lookups it uses and the fields it reads.

`tests/test_rule_reads.py` holds every rule's declared `reads` to what this traces on several data sets.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from contextlib import contextmanager

from samverkan.model.dataset import DataSet
from samverkan.model.entities import ENTITY_TYPES, Entity
from samverkan.rules.base import RULES, RunContext
from samverkan.rules.profile import Profile

Read = tuple[type, str | None]
"""(entity type, field); None: its collection, or an entity of it found by id."""


@contextmanager
def tracing(reads: set[Read]):
    """Record into `reads` every field read of an entity and every section or lookup of a data set."""
    lookup = DataSet.get

    def entity_read(self, name):
        if name in type(self).model_fields:
            reads.add((type(self), name))
        return object.__getattribute__(self, name)

    def section_read(self, name):
        if name in ENTITY_TYPES:
            reads.add((ENTITY_TYPES[name], None))
        return object.__getattribute__(self, name)

    def traced_lookup(self, entity_id):
        found = lookup(self, entity_id)
        if found is not None:
            reads.add((type(found), None))
        return found

    Entity.__getattribute__ = entity_read
    DataSet.__getattribute__ = section_read
    DataSet.get = traced_lookup
    try:
        yield
    finally:
        del Entity.__getattribute__
        del DataSet.__getattribute__
        DataSet.get = lookup


def traced_reads(data: DataSet, profile: Profile, as_of: dt.date) -> dict[str, set[Read]]:
    """Rule code → what it read running over `data`, each rule on its own copy of the data set and its own run
    context (so that the indexes it asks for are built, and traced, in its own run)."""
    found: dict[str, set[Read]] = defaultdict(set)
    for code, r in RULES.items():
        if not (r.generic or profile.demands_for(code)):
            continue
        copy = DataSet.model_construct(name=data.name, **dict(data.sections()))
        copy.by_id  # noqa: B018 (built before tracing: a lookup is traced as the type it finds)
        ctx = RunContext(copy, profile, as_of, "en", words=False)
        with tracing(found[code]):
            list(r.check(ctx))
    return found
