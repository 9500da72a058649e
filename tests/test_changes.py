"""Change sets on the model: apply gives a new model, inverse undoes it, cascade, located errors."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan.model.changes import (
    AddOp,
    ChangeError,
    ChangeSet,
    RemoveOp,
    SetProfileOp,
    UpdateOp,
    apply,
    inverse,
    references,
)
from samverkan.model.diff import diff_models, plan_counts
from samverkan.model.entities import Group, Membership
from samverkan.model.validate import validate
from samverkan.store.changeset_io import load_changeset, read_changeset
from samverkan.store.yaml_io import LoadError

SOURCE = {"document": "test"}


def changeset(*ops) -> ChangeSet:
    return ChangeSet(title="test", source=SOURCE, operations=list(ops))


def test_apply_returns_a_new_model_and_leaves_the_input_alone(dataset):
    before = dataset.model_dump()
    cs = changeset(UpdateOp(id="stockholm-2019/styrgrupp", fields={"note": "ändrad"}),
                   RemoveOp(id="po-syd/polisomradeschef", cascade=True),
                   SetProfileOp(name="remiss-hl-2019"))
    after, profile = apply(dataset, cs)
    assert profile == "remiss-hl-2019"
    assert after is not dataset and after != dataset
    assert after.get("stockholm-2019/styrgrupp").note == "ändrad"
    assert dataset.get("stockholm-2019/styrgrupp").note != "ändrad"
    assert dataset.model_dump() == before


def test_cascade_removes_the_links_that_point_at_a_role(dataset):
    role = "stadsledningskontoret/samordnare-trygghetsfragor"
    linked = {e.id for e, _f, _h in references(dataset, {role})}
    assert "stockholm-2019/beredningsgrupp~stadsledningskontoret/samordnare-trygghetsfragor" in linked
    with pytest.raises(ChangeError) as exc:
        apply(dataset, changeset(RemoveOp(id=role)))
    assert "cascade" in exc.value.problems[0].suggestion.en
    after, _ = apply(dataset, changeset(RemoveOp(id=role, cascade=True)))
    assert after.get(role) is None
    assert not any(m.member == role for m in after.memberships)
    assert not any(r.holder == role for r in after.responsibilities)
    assert validate(after) == []


def test_cascade_on_an_organisation_takes_its_roles_and_detaches_requirements(dataset):
    after, _ = apply(dataset, changeset(RemoveOp(id="utbildningsforvaltningen", cascade=True)))
    assert after.get("utbildningsforvaltningen/forvaltningschef") is None
    template = after.get("stockholm-2019/lokal-styrgrupp")
    assert all(r.organisation != "utbildningsforvaltningen" for r in template.requirements)
    changes = {c.id: c for c in diff_models(dataset, after)}
    assert changes["stockholm-2019/lokal-styrgrupp"].action == "update"
    assert changes["stockholm-2019/styrgrupp~utbildningsforvaltningen/forvaltningschef"].action == "remove"
    assert validate(after) == []


def test_every_entity_of_the_real_data_set_can_be_removed_with_cascade_and_restored(dataset):
    for entity in list(dataset.entities())[::7]:
        cs = changeset(RemoveOp(id=entity.id, cascade=True))
        try:
            after, _ = apply(dataset, cs)
        except ChangeError as exc:  # e.g. the last party of an agreement: reported, not crashed
            assert all(p.message.en for p in exc.problems)
            continue
        assert validate(after) == []
        back, _ = apply(after, inverse(dataset, cs))
        assert back == dataset, entity.id


def test_update_of_derived_id_fields_and_the_id_is_refused(dataset):
    membership = dataset.memberships[0]
    with pytest.raises(ChangeError) as exc:
        apply(dataset, changeset(UpdateOp(id=membership.id, fields={"member": "po-syd/polisomradeschef"})))
    assert "remove + add" in exc.value.problems[0].suggestion.en
    with pytest.raises(ChangeError):
        apply(dataset, changeset(UpdateOp(id="stockholm-2019", fields={"id": "x"})))


def test_null_resets_a_field_and_inverse_restores_it(dataset):
    cs = changeset(UpdateOp(id="stockholm-2019/styrgrupp", fields={"frequency": None, "note": None}))
    after, _ = apply(dataset, cs)
    assert after.get("stockholm-2019/styrgrupp").frequency is None
    back, _ = apply(after, inverse(dataset, cs))
    assert back == dataset


def test_plan_counts_of_a_small_change(dataset):
    cs = changeset(
        AddOp(section="memberships", entity={"group": "stockholm-2019/beredningsgrupp",
                                             "member": "po-syd/polisomradeschef", "sources": [SOURCE]}),
        UpdateOp(id="stockholm-2019/lokal-arbetsgrupp", fields={"standing": True}),
        RemoveOp(id="stockholm-2019/beredningsgrupp~>stockholm-2019/styrgrupp"),
    )
    after, _ = apply(dataset, cs)
    changes = diff_models(dataset, after)
    assert plan_counts(changes) == {"add": 1, "update": 1, "remove": 1}
    update = next(c for c in changes if c.action == "update")
    assert [(f.name, f.before, f.after) for f in update.fields] == [("standing", False, True)]


# --- property: apply then inverse gives back the original model ----------------------------------


@st.composite
def operation(draw, state):
    ids = [e.id for e in state.entities()]
    groups = [g.id for g in state.groups]
    roles = [r.id for r in state.roles]
    kind = draw(st.sampled_from(["remove", "remove", "note", "group", "membership", "organisation", "group_add",
                                 "profile"]))
    if kind == "remove":
        return RemoveOp(id=draw(st.sampled_from(ids)), cascade=True)
    if kind == "note":
        entity = draw(st.sampled_from([e for e in state.entities() if "note" in type(e).model_fields]))
        return UpdateOp(id=entity.id, fields={"note": draw(st.none() | st.text(min_size=1, max_size=8))})
    if kind == "group" and groups:
        fields = {
            "standing": draw(st.booleans()),
            "kind": draw(st.sampled_from(["steering", "preparation", "working", "forum"])),
            "frequency": draw(st.none() | st.builds(lambda n: {"per_year": n, "text": f"{n} ggr"},
                                                    st.integers(1, 12))),
            "requirements": draw(st.lists(st.builds(
                lambda k, n: {"organisation_kind": k, "necessity": n},
                st.sampled_from(["company", "district_administration", "local_police_area"]),
                st.sampled_from(["required", "recommended"])), max_size=3)),
        }
        keep = draw(st.lists(st.sampled_from(sorted(fields)), min_size=1, unique=True))
        return UpdateOp(id=draw(st.sampled_from(groups)), fields={k: fields[k] for k in keep})
    if kind == "membership" and groups and roles:
        return AddOp(section="memberships", entity={
            "group": draw(st.sampled_from(groups)), "member": draw(st.sampled_from(roles)),
            "capacity": draw(st.sampled_from(["member", "decision_maker"])), "sources": [SOURCE]})
    if kind == "organisation":
        n = draw(st.integers(0, 999))
        orgs = [o.id for o in state.organisations if o.kind == "external"]
        return AddOp(section="organisations",
                     entity={"id": f"ext-test-{n}", "name": f"Test {n}", "kind": "external",
                             "parent": draw(st.none() | st.sampled_from(orgs)) if orgs else None,
                             "sources": [SOURCE]},
                     before=draw(st.none() | st.sampled_from([o.id for o in state.organisations])))
    if kind == "group_add" and state.agreements:
        n = draw(st.integers(0, 999))
        agreement = draw(st.sampled_from([a.id for a in state.agreements]))
        return AddOp(section="groups", entity={
            "id": f"{agreement}/test-{n}", "name": f"Grupp {n}", "agreement": agreement,
            "kind": "working", "level": "local", "sources": [SOURCE]},
            before=draw(st.none() | st.sampled_from(groups)) if groups else None)
    return SetProfileOp(name=draw(st.sampled_from(["stockholm-2019", "stockholm-2023", "remiss-hl-2019"])))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_apply_then_inverse_gives_back_the_original_model(dataset, data):
    before = dataset.model_dump()
    ops = []
    state = dataset
    for _ in range(data.draw(st.integers(1, 6), label="length")):
        op = data.draw(operation(state))
        try:
            state, _ = apply(dataset, changeset(*ops, op))
        except ChangeError:
            continue  # e.g. a duplicate membership or the last party of an agreement: skipped
        ops.append(op)
    cs = changeset(*ops)
    after, profile = apply(dataset, cs)
    undo = inverse(dataset, cs, profile="stockholm-2019")
    back, back_profile = apply(after, undo)
    assert back == dataset
    assert back_profile == ("stockholm-2019" if profile else None)
    assert dataset.model_dump() == before


# --- the YAML reader -------------------------------------------------------------------------------


def write(tmp_path, text: str):
    path = tmp_path / "change.yaml"
    path.write_text(text, encoding="utf-8")
    return path


HEADER = "title: t\nsource: {document: 001_4881a4aa871a676f.txt, dnr: HL 2019/310, date: 2019-08-29}\n"


def test_update_of_an_unknown_id_names_file_line_and_suggestion(dataset, tmp_path):
    path = write(tmp_path, HEADER + "operations:\n  - op: update\n    id: stockholm-2019/lokal-styrgrup\n"
                                    "    fields: {note: x}\n")
    with pytest.raises(LoadError) as exc:
        read_changeset(dataset, path)
    [problem] = exc.value.problems
    assert (problem.file, problem.line) == (str(path), 5)
    assert "stockholm-2019/lokal-styrgrupp" in problem.suggestion.sv


def test_form_errors_are_all_located(dataset, tmp_path):
    path = write(tmp_path, HEADER + "titel: x\noperations:\n"
                 "  - {op: add, section: group, entity: {}}\n"           # line 5: bad section
                 "  - {op: remov, id: x}\n"                              # line 6: unknown op
                 "  - {op: update, id: x, fields: {}, cascade: true}\n")  # line 7: unknown field, empty fields
    with pytest.raises(LoadError) as exc:
        load_changeset(path)
    lines = {(p.line, p.message.en.split("'")[0]) for p in exc.value.problems}
    assert (3, "unknown field ") in lines
    assert (5, "unknown section ") in lines
    assert (6, "unknown operation ") in lines
    assert any(p.line == 7 and "cascade" in p.message.en for p in exc.value.problems)
    suggestions = " ".join(p.suggestion.en for p in exc.value.problems if p.suggestion)
    assert "'title'" in suggestions and "'groups'" in suggestions and "'remove'" in suggestions


def test_a_result_with_dangling_references_is_located_at_the_operation(dataset, tmp_path):
    path = write(tmp_path, HEADER + "operations:\n"
                 "  - op: add\n    section: memberships\n    entity:\n"
                 "      group: stockholm-2019/styrgrupp\n"
                 "      member: ks-trygghetsutskot\n"                      # line 8
                 "      sources: [{document: x}]\n"
                 "  - op: update\n    id: stockholm-2019/styrgrupp\n    fields:\n"
                 "      priority_areas: [stockholm-2019/pa-unga]\n")       # line 13
    with pytest.raises(LoadError) as exc:
        read_changeset(dataset, path)
    by_line = {p.line: p for p in exc.value.problems}
    assert "ks-trygghetsutskott" in by_line[8].suggestion.en
    assert "stockholm-2019/pa-unga-i-risk" in by_line[13].suggestion.en


def test_unknown_field_in_an_added_entity(dataset, tmp_path):
    path = write(tmp_path, HEADER + "operations:\n"
                 "  - op: add\n    section: groups\n    entity:\n"
                 "      id: stockholm-2019/x\n      name: X\n      agreement: stockholm-2019\n"
                 "      kind: working\n      level: local\n"
                 "      standng: true\n"                                   # line 12
                 "      sources: [{document: x}]\n")
    with pytest.raises(LoadError) as exc:
        read_changeset(dataset, path)
    [problem] = exc.value.problems
    assert problem.line == 12 and "'standing'" in problem.suggestion.en


def test_applying_never_writes_the_data_set(dataset, data_dir, tmp_path):
    stamps = {p: p.stat().st_mtime_ns for p in data_dir.rglob("*.yaml")}
    path = write(tmp_path, HEADER + "operations:\n  - {op: remove, id: stockholm-2019/styrgrupp, cascade: true}\n")
    after = read_changeset(dataset, path).after
    assert after.get("stockholm-2019/styrgrupp") is None
    assert {p: p.stat().st_mtime_ns for p in data_dir.rglob("*.yaml")} == stamps


def test_added_membership_gets_its_derived_id(dataset):
    after, _ = apply(dataset, changeset(AddOp(section="memberships", entity={
        "group": "stockholm-2019/beredningsgrupp", "member": "po-syd/polisomradeschef", "sources": [SOURCE]})))
    membership = after.get("stockholm-2019/beredningsgrupp~po-syd/polisomradeschef")
    assert isinstance(membership, Membership)
    assert isinstance(after.get("stockholm-2019/beredningsgrupp"), Group)


def _detached_either_way(entity, removed):
    from pydantic import ValidationError

    from samverkan.model.changes import cleared, detach, detached_and_cleared

    try:
        slow = detach(entity, removed).model_dump(by_alias=True), cleared(entity, removed)
    except ValidationError:
        slow = "invalid"
    try:
        fast, fields = detached_and_cleared(entity, removed)
        fast = fast.model_dump(by_alias=True), fields
    except ValidationError:
        fast = "invalid"
    return fast, slow


@pytest.mark.parametrize("seed", [0, 1])
def test_a_detached_copy_is_what_detaching_and_validating_again_makes(dataset, seed):
    """`detached_and_cleared` (what `impact --rank` asks per candidate) copies an entity with the removed references
    dropped instead of validating it again: the same entity, the same fields cleared, and refused alike (an
    agreement without parties) for every cascading removal of a generated set and of the real data."""
    from samverkan.model.changes import cascade, reference_index
    from samverkan.synthetic import generate
    from samverkan.whatif.rank import candidates

    compared = 0
    for data in [generate(3, seed, 0.5).data, dataset]:
        index = reference_index(data.entities())
        for entity_id in candidates(data):
            removed = cascade(index, entity_id)
            referrers = {e.id for target in removed for e, _f, _h in index.get(target, [])} - removed
            for i in sorted(referrers):
                fast, slow = _detached_either_way(data.get(i), removed)
                assert fast == slow, (entity_id, i)
                compared += 1
        local = next(a for a in data.agreements if a.level == "local")
        fast, slow = _detached_either_way(local, set(local.parties))  # every party gone
        assert fast == slow == "invalid"
    assert compared > 100
