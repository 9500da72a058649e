"""A rule's part per unit (`RunContext.per_unit`) reads only its unit (`Scopes.unit`): traced on the real data
under four profiles and on generated data sets, and a part that reads more is caught. `impact --rank` gives back
what a unit gave before when a removal did not reach it; what it gives back is what checking anew finds."""

from __future__ import annotations

import datetime as dt
from functools import cached_property, partial

import pytest
from pydantic import ValidationError

from samverkan.io.i18n import Msg
from samverkan.model.dataset import DataSet
from samverkan.model.entities import Entity
from samverkan.rules.base import RULES, Example, RunContext, Units, rule
from samverkan.rules.engine import check
from samverkan.rules.profile import load_profile
from samverkan.synthetic import AS_OF, PROFILE, generate
from samverkan.whatif.rank import candidates
from samverkan.whatif.scope import Scopes
from tests.rules_data import GENERATED_SETS, REAL_PROFILES


def read_ids(ctx: RunContext, compute: partial) -> set[str]:
    """The ids of the entities a part reads, run on a run context of its own (its indexes built untraced, its
    remembered lookups empty, so that none hides a read)."""
    fresh = RunContext(ctx.data, ctx.profile, ctx.as_of, ctx.lang, words=ctx.words)
    for name, value in vars(RunContext).items():
        if isinstance(value, cached_property) and name != "graph":
            getattr(fresh, name)
    assert compute.args[0] is ctx, "a part is a partial of a function of the run context"
    found: set[str] = set()
    lookup = DataSet.get

    def entity_read(self, name):
        if name in type(self).model_fields:
            found.add(object.__getattribute__(self, "id"))
        return object.__getattribute__(self, name)

    def traced_lookup(self, entity_id):
        entity = lookup(self, entity_id)
        if entity is not None:
            found.add(entity.id)
        return entity

    Entity.__getattribute__ = entity_read
    DataSet.get = traced_lookup
    try:
        compute.func(fresh, *compute.args[1:], **compute.keywords)
    finally:
        del Entity.__getattribute__
        DataSet.get = lookup
    return found


def read_outside(data, profile: str, as_of: dt.date) -> dict[str, set[str]]:
    """'code unit' → the ids its part read outside its unit, every rule run over `data`."""
    scopes, out = Scopes(data), {}

    def traced(ctx, code, unit, compute, key=()):
        outside = read_ids(ctx, compute) - scopes.unit(unit, RULES[code].reads)
        if outside:
            out[f"{code} {unit}"] = outside
        return compute()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(RunContext, "per_unit", traced)
        check(data, profile, as_of, words=False)
    return out


@pytest.mark.parametrize(("profile", "day"), REAL_PROFILES)
def test_parts_read_only_their_unit_on_the_real_data(dataset, profile, day):
    assert read_outside(dataset, profile, day) == {}


@pytest.mark.parametrize(("agreements", "seed", "violation_rate"), GENERATED_SETS)
def test_parts_read_only_their_unit_on_generated_data(agreements, seed, violation_rate):
    assert read_outside(generate(agreements, seed, violation_rate).data, PROFILE, AS_OF) == {}


@pytest.fixture
def reads_its_neighbours():
    """A rule whose part about a group reads the other groups of its agreement: not its unit."""

    def others(ctx, g):
        return [o.name for o in ctx.data.groups_by_agreement.get(g.agreement, []) if o.id != g.id]

    @rule("SAM901", title=Msg("t", "t"), severity="info", clause="-", description=Msg("d", "d"), generic=True,
          reads="Group", failing=Example(Msg("f", "f")))
    def neighbours(ctx):
        for g in ctx.groups:
            ctx.per_unit("SAM901", g.id, partial(others, ctx, g))
        return []

    yield
    del RULES["SAM901"]


def test_a_part_that_reads_outside_its_unit_is_caught(reads_its_neighbours):
    outside = read_outside(generate(2, 0).data, PROFILE, AS_OF)
    assert outside and all(key.startswith("SAM901 ") for key in outside)


def test_what_a_unit_gives_back_after_a_removal_is_what_checking_anew_finds():
    data = generate(3, 1, 0.5).data
    profile, scopes, remembered = load_profile(PROFILE), Scopes(data), {}
    compared = given_back = 0
    for entity_id in candidates(data):
        ids = scopes.ids(entity_id)
        part, outside, own = scopes.dataset(ids), scopes.outside(ids), {}
        check(part, profile, AS_OF, words=False, units=Units(remembered, outside, record=True, own=own))
        try:
            removal = scopes.without(part, entity_id)
        except ValidationError:
            continue  # a last party: `impact --rank` skips it
        changed = scopes.changed(removal)
        again = check(removal.data, profile, AS_OF, words=False,
                      units=Units(remembered, outside, own=own, changed=changed))
        assert again == check(removal.data, profile, AS_OF, words=False)
        compared += 1
        given_back += sum(1 for at in own if not changed(at[1], RULES[at[0]].reads))
    assert compared > 10 and remembered and given_back  # units not whole in a scope gave back what they gave in it
