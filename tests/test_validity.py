"""One notion of validity and succession (samverkan/model/validity.py): nothing else compares dates of validity,
and its answers hold together over generated registers (merges, splits, extensions, gaps)."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan.model import validity
from samverkan.model.dataset import DataSet

ROOT = Path(__file__).resolve().parent.parent / "samverkan"
DATE_FIELDS = {"valid_from", "valid_to"}
SRC = [{"document": "test"}]


def _compares_validity(node: ast.Compare) -> bool:
    if all(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops):
        return False  # 'is None': whether a date is known, not a comparison of dates
    return any(isinstance(n, ast.Attribute) and n.attr in DATE_FIELDS
               for side in [node.left, *node.comparators] for n in ast.walk(side))


def test_only_the_validity_module_compares_valid_from_and_valid_to():
    offenders = []
    for path in sorted(ROOT.rglob("*.py")):
        if path == ROOT / "model" / "validity.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare) and _compares_validity(node):
                offenders.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}")
    assert offenders == [], "compare validity dates in samverkan/model/validity.py only: " + ", ".join(offenders)


def test_the_check_itself_sees_a_comparison():
    tree = ast.parse("a.valid_to < day\nb.valid_from is None\n")
    found = [n for n in ast.walk(tree) if isinstance(n, ast.Compare)]
    assert [_compares_validity(n) for n in found] == [True, False]


# --- generated registers ----------------------------------------------------------------------------------

DAY0 = dt.date(2010, 1, 1)
days = st.integers(min_value=0, max_value=5000).map(lambda n: DAY0 + dt.timedelta(days=n))


@st.composite
def registers(draw):
    """Districts that merge, split or simply go on; local agreements with gaps and extensions; a city-wide
    agreement and maybe its revision."""
    n = draw(st.integers(1, 4))
    orgs, agreements, statements = [], [], []
    change = draw(days)
    for i in range(n):
        fate = draw(st.sampled_from(["stays", "merges", "splits"]))
        org = {"id": f"sdf-{i}", "name": f"D{i}", "kind": "district_administration", "sources": SRC}
        if fate != "stays":
            org["valid_to"] = change.isoformat()
            succ = ["sdf-m"] if fate == "merges" else [f"sdf-{i}a", f"sdf-{i}b"]
            org["successors"] = succ
            for s in succ:
                if not any(o["id"] == s for o in orgs):
                    orgs.append({"id": s, "name": s, "kind": "district_administration", "sources": SRC,
                                 "valid_from": (change + dt.timedelta(days=1)).isoformat()})
        orgs.append(org)
        for k in range(draw(st.integers(0, 2))):
            start = draw(days)
            a = {"id": f"a-{i}-{k}", "title": "L", "level": "local", "parties": [f"sdf-{i}"],
                 "valid_from": start.isoformat(), "sources": SRC,
                 "on_file": draw(st.booleans())}
            if draw(st.booleans()):
                a["valid_to"] = (start + dt.timedelta(days=draw(st.integers(30, 1500)))).isoformat()
                if draw(st.booleans()):
                    a["extension"] = {"period_years": 2, "consult_months_before": 6, "text": "två år"}
                    statements.append({"id": f"x-{i}-{k}", "subject": a["id"], "field": "extended_to",
                                       "value": draw(days).isoformat(), "sources": SRC})
                    if draw(st.booleans()):
                        statements.append({"id": f"c-{i}-{k}", "subject": a["id"], "field": "extension_consulted",
                                           "value": draw(days).isoformat(), "sources": SRC})
            agreements.append(a)
    c_start = draw(days)
    agreements.append({"id": "c-1", "title": "C", "level": "central", "parties": ["sdf-0"],
                       "valid_from": c_start.isoformat(), "until_further_notice": True, "sources": SRC})
    if draw(st.booleans()):
        agreements.append({"id": "c-2", "title": "C2", "level": "central", "parties": ["sdf-0"], "revises": "c-1",
                           "valid_from": (c_start + dt.timedelta(days=draw(st.integers(1, 2000)))).isoformat(),
                           "until_further_notice": True, "sources": SRC})
    return DataSet.model_validate({"organisations": orgs, "agreements": agreements, "statements": statements})


@settings(max_examples=60, deadline=None)
@given(registers(), days)
def test_status_and_in_force_agree(data, day):
    for a in data.agreements:
        status = validity.status(data, a, day)
        assert validity.in_force(data, a, day) == (status == "in_force")
        if status == "in_force":
            assert validity.started(a, day)
            end = validity.end_of(data, a)
            assert a.until_further_notice or end is None or day <= end
        if validity.replaced_by(data, a, day) is not None:
            assert status in ("replaced", "not_yet")


@settings(max_examples=60, deadline=None)
@given(registers())
def test_extensions_never_shorten_and_only_valid_ones_count(data):
    for a in data.agreements:
        end = validity.end_of(data, a)
        if a.valid_to is None:
            assert end is None
            continue
        assert end >= a.valid_to
        counted = [e for e in validity.extensions(data, a) if e.valid]
        assert end == max([a.valid_to, *(e.extended_to for e in counted)])
        for e in counted:
            assert e.extended_to <= validity.add_years(e.from_end, a.extension.period_years)


@settings(max_examples=60, deadline=None)
@given(registers(), days)
def test_one_governing_city_wide_agreement_and_a_revision_ends_the_revised(data, day):
    central = validity.governing_central(data, day)
    in_force = [a for a in data.agreements if a.level == "central" and validity.in_force(data, a, day)]
    assert (central is None) == (not in_force)
    assert len(in_force) <= 1  # a revision in force ends the text it revises
    revised = data.get("c-2")
    if revised is not None and validity.started(revised, day):
        assert not validity.in_force(data, data.get("c-1"), day)
        assert [x.id for x in validity.lineage(data, revised)] == ["c-2", "c-1"]


@settings(max_examples=60, deadline=None)
@given(registers(), days)
def test_district_state_is_one_of_four_and_matches_its_agreements(data, day):
    for org in validity.organisations_on(data, day, "district_administration"):
        state = validity.district_state(data, org.id, day)
        assert state.state in validity.DISTRICT_STATES
        own = [a for a in data.agreements if org.id in a.parties and a.level == "local"]
        current = [a for a in own if validity.in_force(data, a, day)]
        assert list(state.in_force) == sorted(current, key=lambda a: a.id)
        if state.state == validity.ON_FILE:
            assert any(a.on_file for a in current)
        elif state.state == validity.KNOWN_NOT_ON_FILE:
            assert current and not any(a.on_file for a in current)
        else:
            assert not current
        if state.via is not None:  # found through a predecessor: the district has none of its own
            assert not own and state.via in {p.id for p in validity.predecessors(data, org.id)}


@settings(max_examples=60, deadline=None)
@given(registers(), days)
def test_successors_exist_and_predecessors_point_back(data, day):
    for org in data.organisations:
        for succ in validity.successors_on(data, org.id, day):
            assert validity.exists_on(succ, day)
            assert org.id in {p.id for p in validity.predecessors(data, succ.id)}
