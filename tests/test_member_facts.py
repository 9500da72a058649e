"""Member matching is remembered by a member's facts (`RunContext.member_facts`) across runs: a match remembered
on one data set must never answer for a member whose facts another data set changed."""

from __future__ import annotations

import random

import pytest

from samverkan.model.changes import ChangeError, ChangeSet, UpdateOp, apply
from samverkan.model.entities import Role
from samverkan.rules.base import RunContext
from samverkan.rules.catalogue import representation
from samverkan.rules.engine import check, load_profile
from samverkan.synthetic import AS_OF, PROFILE, generate
from samverkan.whatif.rank import _removal, candidates


def _json(findings) -> list[dict]:
    return [f.to_json() for f in findings]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_checks_after_removals_and_moves_find_what_checks_without_remembered_matches_find(seed, monkeypatch):
    data = generate(3, seed, 0.5).data
    profile = load_profile(PROFILE)
    removed = random.Random(seed).sample(candidates(data), 12)
    warm = [_json(check(data, profile, AS_OF))]
    afters = []
    for entity_id in removed:
        try:
            afters.append(apply(data, _removal(entity_id))[0])
        except ChangeError:
            continue
        warm.append(_json(check(afters[-1], profile, AS_OF)))  # matches remembered from every data set before
    assert len(afters) > 6
    members = sorted({m.member for m in data.memberships if isinstance(data.get(m.member), Role)})
    for role_id in random.Random(seed).sample(members, 6):  # the same titles, of another party's organisation
        party = data.get(data.get(role_id).organisation).party
        other = next(o.id for o in data.organisations if o.party != party)
        afters.append(apply(data, ChangeSet(title="moved", source={"document": "test"}, operations=[
            UpdateOp(id=role_id, fields={"organisation": other})]))[0])
        warm.append(_json(check(afters[-1], profile, AS_OF)))
    monkeypatch.setattr(representation, "_MATCHED", {})
    cold = []
    for one in [data, *afters]:
        representation._MATCHED.clear()  # each data set with nothing remembered
        cold.append(_json(check(one, profile, AS_OF)))
    assert warm == cold
    assert any(a != warm[0] for a in warm[1:])  # the removals changed what the rules find


def test_a_members_facts_are_its_titles_party_and_organisations_one_object_for_equal_facts(dataset):
    profile = load_profile("stockholm-2023")
    one, other = RunContext(dataset, profile, AS_OF), RunContext(dataset, profile, AS_OF)
    for m in dataset.memberships:
        facts = one.member_facts(m)
        assert other.member_facts(m) is facts
        role = dataset.get(m.member)
        if not isinstance(role, Role) or m.on_behalf_of:
            continue
        assert facts[0] == (role.title,) and facts[1] == dataset.get(role.organisation).party
        assert [org for org, _kind, _counts in facts[2]] == [o.id for o in one.organisations_of_member(m)]
