"""The Cypher queries shipped in docs/queries give, on a pushed data set, what `check` finds for their rule.

Each query runs against a real Bolt server (tests/test_neo4j.py's server) on the real data set and on a small
generated one with injected violations, at several dates, and its answer is compared with check's findings of
the same date: SAM010 (no accountable party), SAM020 (reporting chains that stop), SAM030 (the education
administration in the local steering group); and the next deadlines with what `samverkan deadlines` lists.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest

from samverkan.cli import app
from samverkan.model.dataset import DataSet
from samverkan.rules.engine import check, load_profile, profile_for
from samverkan.store import neo4j as ns
from tests.conftest import DATA, ROOT
from tests.test_neo4j import driver, server  # noqa: F401  (the module's Bolt server and driver fixtures)

QUERIES = ROOT / "docs" / "queries"
DAYS = (dt.date(2017, 1, 1), dt.date(2020, 1, 1), dt.date(2024, 1, 1), dt.date(2025, 6, 1))


def _generated() -> DataSet:
    from samverkan.synthetic import generate

    return generate(agreements=6, seed=3, violation_rate=0.5).data


def folder_of(data: DataSet, tmp: Path) -> Path:
    """The data set's folder, as `samverkan deadlines` reads it (the real one, or the generated one written)."""
    if data.name == "stockholm":
        return DATA
    from samverkan.store.yaml_io import dataset_files

    for rel, text in dataset_files(data).items():
        (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp / rel).write_text(text, encoding="utf-8")
    return tmp


@pytest.fixture(scope="module", params=["real", "generated"])
def pushed(request, driver, server):  # noqa: F811
    from samverkan.store.yaml_io import load_dataset

    data = load_dataset(DATA)[0] if request.param == "real" else _generated()
    name = f"pytest-q-{uuid.uuid4().hex[:8]}"
    ns.push_plan(driver, ns.build_plan(data, name), server.uri, server.database)
    yield data, name
    ns.drop_dataset(driver, name, server.uri, server.database)


def query(driver, server, file: str, **params) -> list[dict]:  # noqa: F811
    text = (QUERIES / file).read_text(encoding="utf-8")
    records, _, _ = driver.execute_query(text, params, database_=server.database)
    return [r.data() for r in records]


def findings(data: DataSet, day: dt.date, rule: str):
    return [f for f in check(data, as_of=day, select=rule) if not f.waived]


def applies(data: DataSet, day: dt.date, rule: str) -> bool:
    """Whether the profile of that date has the rule (a date before any city-wide text has no SAM010...)."""
    if load_profile(profile_for(data, day)).demands_for(rule):
        return True
    assert not findings(data, day, rule)
    return False


def test_every_query_is_documented():
    names = sorted(p.name for p in QUERIES.glob("*.cypher"))
    assert names == ["chain-to-the-top.cypher", "education-in-local-steering.cypher", "next-deadlines.cypher",
                     "no-accountable-party.cypher"]
    doc = (ROOT / "docs" / "neo4j.md").read_text(encoding="utf-8")
    assert all(f"queries/{n}" in doc for n in names)


@pytest.mark.parametrize("day", DAYS)
def test_no_accountable_party_equals_sam010(driver, server, pushed, day):  # noqa: F811
    data, name = pushed
    if not applies(data, day, "SAM010"):
        return
    profile = load_profile(profile_for(data, day))
    exempt = sorted({k for d in profile.demands_for("SAM010") for k in d.exempt_kinds})
    got = [r["id"] for r in query(driver, server, "no-accountable-party.cypher", dataset=name, as_of=day,
                                  exempt_kinds=exempt)]
    expected = sorted({f.subject for f in findings(data, day, "SAM010")
                       if f.severity == "error" and ("no accountable party" in f.message_en)})
    assert got == expected
    if day == DAYS[-1]:
        assert expected, "nothing to compare"


@pytest.mark.parametrize("day", DAYS)
def test_chain_to_the_top_equals_sam020(driver, server, pushed, day):  # noqa: F811
    data, name = pushed
    if not applies(data, day, "SAM020"):
        return
    rows = query(driver, server, "chain-to-the-top.cypher", dataset=name, as_of=day)
    stops = [f for f in findings(data, day, "SAM020") if f.severity == "error" and "cycle" not in f.message_en]
    assert [r["stops_at"] for r in rows] == sorted({f.subject for f in stops})
    if day == DAYS[-1]:
        assert stops, "nothing to compare"
    by_stop = {r["stops_at"]: r for r in rows}
    names = {g.id: g.name for g in data.groups}
    for f in stops:  # the chain check shows starts at one of the query's groups, and both aim at one top
        assert f.path[0] in by_stop[f.subject]["groups"]
        assert f"central steering group {names[by_stop[f.subject]['should_reach']]}" in f.message_en


@pytest.mark.parametrize("day", DAYS)
def test_education_in_local_steering_equals_sam030(driver, server, pushed, day):  # noqa: F811
    data, name = pushed
    if not applies(data, day, "SAM030"):
        return
    rows = query(driver, server, "education-in-local-steering.cypher", dataset=name, as_of=day)
    lacking = sorted({r["steering_group"] for r in rows if not r["education_is_member"]})
    expected = sorted({f.subject for f in findings(data, day, "SAM030")
                       if "the education administration (" in f.message_en})
    assert lacking == expected
    if day == DAYS[-1]:  # both data sets have local agreements in force then; in the real one a group lacks it
        assert rows and (expected or data.name != "stockholm"), "nothing to compare"


@pytest.mark.parametrize("day", DAYS)
def test_next_deadlines_equal_the_deadlines_command(driver, server, pushed, day, tmp_path):  # noqa: F811
    from typer.testing import CliRunner

    from samverkan.deadlines.derive import horizon

    data, name = pushed
    until = min(day.replace(year=day.year + 2), horizon(data))  # the push lists as far as the command without --to
    rows = query(driver, server, "next-deadlines.cypher", dataset=name, as_of=day, until=until)
    result = CliRunner().invoke(app, ["deadlines", str(folder_of(data, tmp_path)), "--from", str(day), "--to",
                                      str(until), "--format", "json", "--show-people"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    titles = {a.id: a.title for a in data.agreements}
    assert [(r["date"].to_native(), r["kind"], r["party"] or "", r["what"], r["how"], r["citation"],
             r["agreement"], r["subject"]) for r in rows] == \
        [(dt.date.fromisoformat(d["date"]), d["kind"], d["party"], d["what"], d["how"], d["citation"],
          titles.get(d["agreement"]), d["subject"]) for d in listed]
    if day == (DAYS[1] if data.name == DATA.name else DAYS[2]):  # the real terms fall due 2020-2023
        assert listed, "nothing to compare"


def test_queries_need_only_their_parameters():
    for path in sorted(Path(QUERIES).glob("*.cypher")):
        text = path.read_text(encoding="utf-8")
        assert "$dataset" in text and "$as_of" in text, path.name
