"""The real data set loads and says what the source documents say; bad input is reported precisely."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from samverkan.model.entities import Agreement, Group, Role
from samverkan.model.graph import edges_of, members_of, reporting_chain
from samverkan.store.schema import schema_json
from samverkan.store.yaml_io import LoadError, data_files, load_dataset, write_dataset
from tests.conftest import DATA, ROOT, seed_line

# --- facts from the documents ------------------------------------------------------------------


def test_central_styrgrupp_2019_members_follow_seed_003(dataset, graph):
    # seed 003 lines 126-131: "Styrgruppen ska besta av bitrddande stadsdirektor, cheferna for polisomrédde
    # syd, city och nord, férvaltningschef trafikkontoret, ... utbildningsforvaltningen, ... sidkerhetsdirektor"
    assert "bitrddande stadsdirektor" in seed_line("003", 126)
    assert "sidkerhetsdirektor" in seed_line("003", 130)
    members = members_of(graph, "stockholm-2019/styrgrupp")
    assert set(members) == {
        "stadsledningskontoret/bitradande-stadsdirektor",
        "po-syd/polisomradeschef",
        "po-city/polisomradeschef",
        "po-nord/polisomradeschef",
        "trafikkontoret/forvaltningschef",
        "socialforvaltningen/forvaltningschef",
        "utbildningsforvaltningen/forvaltningschef",
        "stockholms-stad/sdf-forvaltningschef",
        "stadsledningskontoret/sakerhetsdirektor",
    }
    assert len(members_of(graph, "stockholm-2019/styrgrupp", party="police")) == 3
    styrgrupp = dataset.get("stockholm-2019/styrgrupp")
    assert styrgrupp.frequency.per_year == 4 and styrgrupp.frequency.minimum  # "minst fyra ganger per ar", l. 131-132


def test_priority_areas_2023_are_the_five_of_seed_002(dataset):
    expected = [seed_line("002", n).lstrip("- ").strip() for n in range(43, 48)]
    assert [p.name for p in dataset.priority_areas_of("stockholm-2023")] == expected
    assert len(dataset.priority_areas_of("stockholm-2019")) == 6  # seed 000 lines 83-87


def test_revision_interval_of_2019_kept_as_two_statements(dataset):
    # seed 002 line 21 "vart tredje år", line 29 "vart fjärde år", both said of the 2019 agreement ("Den nu
    # gällande samverkansöverenskommelse ... undertecknades i november 2019"): both kept, neither picked
    assert "vart tredje år" in seed_line("002", 21) and "vart fjärde år" in seed_line("002", 29)
    values = sorted(s.value for s in dataset.statements if s.subject == "stockholm-2019"
                    and s.field == "revision_interval_years")
    assert values == [3, 4]
    assert dataset.get("stockholm-2023").revision_interval_years is None
    assert dataset.get("stockholm-2023").revises == "stockholm-2019"


def test_norrmalm_chefsamrad_decision_makers_and_alternating_chair(dataset):
    # seed 004 lines 71-75: Beslutsfattare: Lokalpolisområdets chef, Norrmalms stadsdelsdirektör;
    # lines 88-89: the chair alternates between them
    assert "Beslutsfattare" in seed_line("004", 71)
    assert "alternera" in seed_line("004", 88)
    decision = [m for m in dataset.memberships
                if m.group == "norrmalm-2016/chefsamrad" and m.capacity == "decision_maker"]
    holders = {dataset.organisation_of(m.member).id for m in decision}
    assert holders == {"sdf-norrmalm", "lpo-norrmalm"}
    assert {m.chair for m in decision} == {"alternating"}
    titles = {dataset.get(m.member).title.lower() for m in decision if isinstance(dataset.get(m.member), Role)}
    assert any("stadsdelsdirektör" in t for t in titles) and any("lokalpolisområde" in t for t in titles)


def test_norrmalm_agreement_period_and_extension(dataset):
    # seed 004 lines 60-63: 2016-06-01 .. 2018-05-31, extension two years, samråd six months before
    assert "2016-06-01 till och med 2018-05-31" in seed_line("004", 60)
    agreement = dataset.get("norrmalm-2016")
    assert isinstance(agreement, Agreement)
    assert (agreement.valid_from, agreement.valid_to) == (dt.date(2016, 6, 1), dt.date(2018, 5, 31))
    assert agreement.extension.period_years == 2 and agreement.extension.consult_months_before == 6
    assert set(agreement.parties) == {"sdf-norrmalm", "lpo-norrmalm"}
    present = {a.number for a in agreement.annexes if a.present}
    assert present == {2, 3, 4, 5, 6}  # bilagor 1 and 7 are listed (lines 50-56) but not attached


def test_norrmalm_forums_have_frequency_words_kept(dataset):
    forums = [g for g in dataset.groups_of("norrmalm-2016") if g.kind == "forum"]
    assert len(forums) >= 3
    for forum in forums:
        assert forum.frequency is not None and forum.frequency.text, forum.id
    words = {g.frequency.text for g in forums}
    assert any("ej juli" in w for w in words)  # seed 004 line 1316


def test_register_over_time(dataset):
    def sdfs(day):
        return len(dataset.organisations_on(day, "district_administration"))

    assert sdfs(dt.date(2019, 12, 1)) == 14
    assert sdfs(dt.date(2021, 1, 1)) == 13
    assert sdfs(dt.date(2024, 1, 1)) == 11
    assert len(dataset.organisations_on(dt.date(2019, 12, 1), "local_police_area")) == 7  # seed 003 l. 78
    assert len(dataset.organisations_on(dt.date(2025, 6, 1), "local_police_area")) == 8
    enskede = [o.id for o in dataset.organisations if "sdf-enskede-arsta-vantor" in o.covers]
    assert sorted(enskede) == ["lpo-farsta", "lpo-globen"]  # covered by two LPOs
    jarva_from = {o.id for o in dataset.organisations if "sdf-jarva" in o.successors}
    assert jarva_from == {"sdf-rinkeby-kista", "sdf-spanga-tensta"}


def test_every_entity_cites_a_source_that_exists(dataset):
    known = {p.name for p in (ROOT / "data" / "seeds").glob("*.txt")} | {
        f"reference/{p.name}" for p in (ROOT / "data" / "reference").glob("*.md")}
    for entity in dataset.entities():
        for source in entity.sources:
            assert source.document in known, (entity.id, source.document)
            if source.lines and source.document.endswith(".txt"):
                start, end = source.line_range()
                total = len((ROOT / "data" / "seeds" / source.document).read_text(encoding="utf-8").splitlines())
                assert 1 <= start <= end <= total, (entity.id, source.lines)


# --- the graph ---------------------------------------------------------------------------------


def test_graph_counts_agree_with_model(dataset, graph):
    node_sections = ("organisations", "people", "roles", "agreements", "priority_areas", "groups", "activities")
    assert graph.number_of_nodes() == sum(len(getattr(dataset, s)) for s in node_sections)
    assert len(list(edges_of(graph, "member_of"))) == len(dataset.memberships)
    informs = sum(1 for line in dataset.reporting_lines if line.kind == "informs")
    assert len(list(edges_of(graph, "reports_to"))) == len(dataset.reporting_lines) - informs
    assert len(list(edges_of(graph, "informs"))) == informs == 1  # the lägesbild shown to the trygghetsråd
    raci = sum(len(list(edges_of(graph, r))) for r in
               ("accountable_for", "responsible_for", "consulted_on", "informed_of"))
    assert raci == len(dataset.responsibilities)
    assert len(list(edges_of(graph, "holds"))) == sum(1 for r in dataset.roles if r.holder)
    assert len(list(edges_of(graph, "party_to"))) == sum(len(a.parties) for a in dataset.agreements)


def test_reporting_chain_of_central_beredningsgrupp(graph):
    chain = reporting_chain(graph, "stockholm-2019/lokal-arbetsgrupp", "stockholm-2019/styrgrupp")
    assert chain.stop == "reached"
    assert chain.path == ("stockholm-2019/lokal-arbetsgrupp", "stockholm-2019/lokal-beredningsgrupp",
                          "stockholm-2019/lokal-styrgrupp", "stockholm-2019/beredningsgrupp",
                          "stockholm-2019/styrgrupp")


# --- round trip, schema, summary -----------------------------------------------------------------


def test_written_back_and_reloaded_is_equal(dataset, tmp_path):
    write_dataset(dataset, tmp_path)
    reloaded, _ = load_dataset(tmp_path)
    assert reloaded == dataset
    with pytest.raises(FileExistsError):
        write_dataset(dataset, tmp_path)  # never overwrites


@pytest.mark.parametrize(("kind", "name", "files"), [
    ("data", "dataset.schema.json", lambda: data_files(DATA)),
    ("changeset", "changeset.schema.json", lambda: sorted((DATA / "changes").glob("*.yaml"))),
])
def test_committed_schemas_are_current_and_named_by_every_file(kind, name, files):
    assert (ROOT / "schema" / name).read_text(encoding="utf-8") == schema_json(kind)
    paths = files()
    assert paths
    for path in paths:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=") and first.endswith(f"schema/{name}")
        target = (path.parent / first.split("=", 1)[1]).resolve()
        assert target == (ROOT / "schema" / name).resolve(), path


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "samverkan.cli", *args], capture_output=True, text=True, cwd=ROOT)


def test_summary_json_lists_the_agreements_with_group_counts(dataset):
    result = run_cli("summary", str(DATA), "--format", "json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    ids = [a["id"] for a in summary["agreements"]]
    # Järva's agreement is known from seed 002 line 75, its text not on file
    assert ids == ["jarva-lokal", "norrmalm-2016", "stockholm-2019", "stockholm-2023"]
    for entry in summary["agreements"]:
        assert entry["groups"] == len(dataset.groups_of(entry["id"]))
    assert summary["counts"]["agreements"] == 4


# --- bad input: file, line, everything at once, exit 2, no traceback ------------------------------

BASE = """\
organisations:
  - id: stockholms-stad
    name: Stockholms stad
    kind: city
    sources: [{document: x}]
  - id: sdf-norrmalm
    name: Norrmalm
    kind: district_administration
    parent: stockholms-stad
    sources: [{document: x}]
"""


def load_problems(tmp_path: Path, files: dict[str, str | bytes]) -> list:
    for name, content in files.items():
        target = tmp_path / name
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load_dataset(tmp_path)
    return info.value.problems


def test_duplicate_id_names_file_and_line(tmp_path):
    problems = load_problems(tmp_path, {"a.yaml": BASE, "b.yaml": BASE.split("  - id: sdf")[0]})
    assert [(Path(p.file).name, p.line) for p in problems] == [("b.yaml", 2)]
    assert "stockholms-stad" in problems[0].message.en


def test_dangling_reference_suggests_the_close_id(tmp_path):
    problems = load_problems(tmp_path, {"a.yaml": BASE.replace("parent: stockholms-stad", "parent: stockholm-stad")})
    (problem,) = problems
    assert (Path(problem.file).name, problem.line) == ("a.yaml", 9)
    assert "stockholms-stad" in problem.suggestion.en and "menade du" in problem.suggestion.sv


def test_bad_dates_and_unknown_field_and_bad_frequency_all_reported_together(tmp_path):
    text = BASE + """\
  - id: sdf-x
    name: X
    kind: district_administration
    valid_from: 2020-01-01
    valid_to: 2019-01-01
    sources: [{document: x}]
roles:
  - id: r
    title: t
    organisation: sdf-x
    holdr: p
    sources: [{document: x}]
groups:
  - id: g
    name: G
    kind: steering
    level: local
    agreement: nowhere
    frequency: {per_year: 0, text: aldrig}
    sources: [{document: x}]
"""
    problems = load_problems(tmp_path, {"a.yaml": text})
    lines = {p.line: p for p in problems}
    assert set(lines) == {15, 21, 29}
    assert "valid_to" in lines[15].message.en
    assert "holdr" in lines[21].message.en and "holder" in lines[21].suggestion.en
    assert "per_year" in lines[29].message.en


def test_yaml_syntax_error_and_non_yaml_file(tmp_path):
    problems = load_problems(tmp_path, {
        "a.yaml": BASE,
        "broken.yaml": "groups:\n  - id: x\n    name: [unclosed\n",
        "notes.yml": "just some words\n",
        "binary.yaml": b"\xff\xfe\x00garbage",
    })
    by_file = {Path(p.file).name: p for p in problems}
    assert set(by_file) == {"broken.yaml", "notes.yml", "binary.yaml"}
    assert by_file["broken.yaml"].line == 4 and "syntax" in by_file["broken.yaml"].message.en
    assert by_file["notes.yml"].line == 1 and "not a data file" in by_file["notes.yml"].message.en
    assert "UTF-8" in by_file["binary.yaml"].message.en


def test_python_tags_are_refused(tmp_path):
    evil = BASE + "people:\n  - !!python/object/apply:os.system ['echo pwned']\n"
    (problem,) = load_problems(tmp_path, {"a.yaml": evil})
    assert "tag" in problem.message.en and problem.line == 12


def test_cli_reports_bad_input_with_exit_2_and_no_traceback(tmp_path):
    (tmp_path / "a.yaml").write_text(BASE.replace("kind: city", "kind: town"), encoding="utf-8")
    result = run_cli("summary", str(tmp_path), "--lang", "en")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{tmp_path / 'a.yaml'}:4:" in result.stderr
    assert "1 error(s); nothing was done." in result.stderr
    sv = run_cli("summary", str(tmp_path))
    assert "1 fel; inget gjordes." in sv.stderr


def test_model_forbids_unknown_fields_and_derives_ids():
    from samverkan.model.entities import Membership

    m = Membership.model_validate({"group": "g", "member": "r", "sources": [{"document": "x"}]})
    assert m.id == "g~r"
    with pytest.raises(ValidationError):
        Group.model_validate({"id": "g", "name": "G", "kind": "steering", "level": "local", "agreement": "a",
                              "sources": [{"document": "x"}], "colour": "red"})


def test_impossible_date_is_located_not_a_crash(tmp_path):
    text = BASE.replace("    parent: stockholms-stad\n", "    parent: stockholms-stad\n    valid_from: 2020-13-01\n")
    (problem,) = load_problems(tmp_path, {"a.yaml": text})
    assert problem.line == 10 and "valid_from" in problem.message.en
    assert "ÅÅÅÅ-MM-DD" in problem.message.sv


def test_parent_of_a_sensible_kind(tmp_path):
    text = BASE + """\
  - id: lpo-x
    name: LPO X
    kind: local_police_area
    parent: sdf-norrmalm
    sources: [{document: x}]
"""
    (problem,) = load_problems(tmp_path, {"a.yaml": text})
    assert problem.line == 14 and "local_police_area" in problem.message.en and "police_area" in problem.suggestion.en


def test_a_loaded_data_set_holds_each_short_string_once_in_lists_and_inner_models_too(dataset):
    """The load interns the short strings of every field that can hold text, the items of lists and the fields of
    the models inside an entity included (a reference is the very string of the id it names), and gives every
    model, inner ones too, the one shared set of fields given of its combination."""
    from pydantic import BaseModel

    strings: dict[str, int] = {}
    sets: dict[frozenset, int] = {}
    seen = 0

    def walk(value):
        nonlocal seen
        if isinstance(value, str) and len(value) < 120:
            seen += 1
            assert strings.setdefault(value, id(value)) == id(value), value
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, BaseModel):
            fields = value.__pydantic_fields_set__
            assert sets.setdefault(frozenset(fields), id(fields)) == id(fields)
            for item in value.__dict__.values():
                walk(item)

    for entity in dataset.entities():
        walk(entity)
    assert seen > 2 * len(strings)  # the data repeats its strings: each is held once
    inner = [g.frequency for g in dataset.groups if g.frequency is not None]
    assert inner and all(isinstance(f, BaseModel) for f in inner)
