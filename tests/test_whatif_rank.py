"""`impact --rank` checks only the scope of each removal: it must rank exactly as checking the whole data set
after every removal does (the same entries, scores, counts, subjects, order and skips)."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan.model.changes import ChangeError, ChangeSet, UpdateOp, apply, changed_fields
from samverkan.rules.engine import check
from samverkan.synthetic import AS_OF, PROFILE, generate
from samverkan.whatif.compare import finding_key
from samverkan.whatif.rank import _removal, candidates, rank, rank_every_rule
from samverkan.whatif.scope import Scopes
from tests.rules_data import REAL_PROFILES


def assert_same_ranking(data, profile: str, as_of: dt.date) -> None:
    fast = rank(data, profile=profile, as_of=as_of, lang="en")
    reference = rank_every_rule(data, profile=profile, as_of=as_of, lang="en")
    assert fast.candidates == reference.candidates > 0
    assert fast.skipped == reference.skipped
    assert [e.to_json() for e in fast.entries] == [e.to_json() for e in reference.entries]
    assert any(e.score > 0 for e in reference.entries)  # the comparison is about something


@pytest.mark.parametrize(("profile", "day"), REAL_PROFILES)
def test_the_ranking_of_the_real_data_equals_checking_everything_per_candidate(dataset, profile, day):
    assert_same_ranking(dataset, profile, day)


@pytest.mark.parametrize(("agreements", "seed", "violation_rate"), [(2, 0, 0.1), (3, 1, 0.5), (3, 2, 1.0)])
def test_the_ranking_of_generated_data_equals_checking_everything_per_candidate(agreements, seed, violation_rate):
    data = generate(agreements, seed, violation_rate).data
    assert_same_ranking(data, PROFILE, AS_OF)


def test_the_ranking_equals_checking_everything_when_some_scopes_are_the_whole_data_set():
    """A scope holding more than half the data set is checked as the whole (whose check is done first): a ranking
    mixing both kinds of scope is still exact."""
    data = generate(8, 5, 0.5).data
    scopes = Scopes(data)
    whole = [2 * len(scopes.ids(i)) > len(data.by_id) for i in candidates(data)]
    assert any(whole) and not all(whole)
    assert_same_ranking(data, PROFILE, AS_OF)


def test_candidates_that_cannot_be_removed_are_skipped_alike():
    data = generate(2, 4).data
    local = next(a for a in data.agreements if a.level == "local")
    data, _ = apply(data, ChangeSet(title="one party", source={"document": "test"},
                                    operations=[UpdateOp(id=local.id, fields={"parties": local.parties[:1]})]))
    fast = rank(data, profile=PROFILE, as_of=AS_OF)
    assert local.parties[0] in dict(fast.skipped)  # the last party of an agreement
    assert_same_ranking(data, PROFILE, AS_OF)


def test_a_scope_holds_what_the_removal_touches_and_little_else():
    data = generate(6, 3).data
    scopes = Scopes(data)
    role = next(r.id for r in data.roles if r.id.startswith("sdf-") and r.id in candidates(data))
    ids = scopes.ids(role)
    after, _ = apply(data, _removal(role))
    gone = set(data.by_id) - set(after.by_id)
    assert gone <= ids
    assert len(ids) < len(data.by_id) / 2
    # the scope's findings about the local agreements the removal touches are the whole data set's findings
    touched = {data.agreement_of(i) for i in scopes.touched(role)} - {None, *(a.id for a in data.central_agreements)}
    assert touched
    whole = {finding_key(f) for f in check(data, PROFILE, AS_OF) if f.agreement in touched}
    part = {finding_key(f) for f in check(scopes.dataset(ids), PROFILE, AS_OF) if f.agreement in touched}
    assert whole == part


def test_a_removal_from_a_scope_is_what_apply_makes_of_it():
    data = generate(3, 1, 0.5).data
    scopes = Scopes(data)
    compared, cleared = 0, 0
    for entity_id in candidates(data)[::2]:
        part = scopes.dataset(scopes.ids(entity_id))
        try:
            expected, _ = apply(part, _removal(entity_id))
        except ChangeError:
            continue
        removal = scopes.without(part, entity_id)
        assert removal.data == expected
        assert [e.id for e in removal.data.entities()] == [e.id for e in expected.entities()]
        assert removal.types == {type(part.get(i)) for i in set(part.by_id) - set(expected.by_id)}
        assert removal.cleared == {(type(new), name) for new in expected.entities() if new is not part.get(new.id)
                                   for name in changed_fields(part.get(new.id), new)}
        compared += 1
        cleared += bool(removal.cleared)
    assert compared > 20 and cleared > 0
