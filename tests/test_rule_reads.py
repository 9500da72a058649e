"""Every rule reads no more than it declares (`reads=`): traced on the real data under four profiles, on
generated data sets and on every rule's examples. `impact --rank` relies on it to leave a rule out after a
removal that changed nothing it reads."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan.model.entities import Agreement, Membership, Role
from samverkan.model.references import clearable
from samverkan.rules.engine import RULES
from samverkan.rules.examples import example_data
from samverkan.rules.profile import load_profile
from samverkan.rules.reads import Reads
from samverkan.synthetic import AS_OF, PROFILE, generate
from tests.rule_reads import traced_reads
from tests.rules_data import GENERATED_SETS, REAL_PROFILES


def undeclared(data, profile: str, as_of: dt.date) -> dict[str, set[str]]:
    """Rule code → what it read without declaring it ('Type' or 'Type.field')."""
    out: dict[str, set[str]] = {}
    for code, reads in traced_reads(data, load_profile(profile), as_of).items():
        declared = RULES[code].reads
        if declared is None:
            continue
        missing = {kind.__name__ for kind, _ in reads if kind not in declared.types}
        missing |= {f"{kind.__name__}.{field}" for kind, field in reads
                    if field in clearable(kind) and (kind, field) not in declared.follows}
        if missing:
            out[code] = missing
    return out


@pytest.mark.parametrize(("profile", "day"), REAL_PROFILES)
def test_rules_read_what_they_declare_on_the_real_data(dataset, profile, day):
    assert undeclared(dataset, profile, day) == {}


@pytest.mark.parametrize(("agreements", "seed", "violation_rate"), GENERATED_SETS)
def test_rules_read_what_they_declare_on_generated_data(agreements, seed, violation_rate):
    assert undeclared(generate(agreements, seed, violation_rate).data, PROFILE, AS_OF) == {}


@pytest.mark.parametrize("code", sorted(RULES))
def test_rules_read_what_they_declare_on_their_examples(code):
    for example in (RULES[code].failing, RULES[code].passing):
        assert undeclared(example_data(example), example.profile, dt.date.fromisoformat(example.as_of)) == {}


def test_the_tracer_sees_a_read_that_is_not_declared():
    r = RULES["SAM050"]  # reads agreements and priority areas, no memberships
    assert Membership not in r.reads.types
    data = generate(2, 0).data
    traced = traced_reads(data, load_profile(PROFILE), AS_OF)
    assert any(kind is Membership for kind, _ in traced["SAM030"])
    assert not any(kind is Membership for kind, _ in traced["SAM050"])


def test_a_declaration_names_types_and_the_references_a_removal_can_clear():
    reads = Reads.parse("Agreement(parties) Role")
    assert reads.types == {Agreement, Role}
    assert reads.follows == {(Agreement, "parties"), (Role, "holder")}  # no brackets: every clearable one
    assert reads.affected({Role}, set()) and reads.affected(set(), {(Agreement, "parties")})
    assert not reads.affected({Membership}, {(Agreement, "signatories")})
    with pytest.raises(ValueError, match="not a reference a removal can clear"):
        Reads.parse("Agreement(title)")
    with pytest.raises(ValueError, match="unknown entity type"):
        Reads.parse("Agreemnt")


def test_equal_declarations_are_one_object_and_others_differ():
    """`impact --rank` keys its units by a rule's reads, compared by identity."""
    assert Reads.parse("Agreement(parties) Role") is Reads.parse("Role  Agreement(parties)")
    assert Reads.parse("Agreement(parties) Role") is Reads.parse("Agreement(parties) Role(holder)")
    assert Reads.parse("Agreement(parties) Role") != Reads.parse("Agreement Role")
