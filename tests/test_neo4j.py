"""Neo4j push and pull against a real Bolt server; one clear line for every connection problem.

The server is NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) when set, else ArcadeDB's
Bolt plugin from the PyPI package arcadedb-embedded, started here (tests/bolt_server.py). Without
either the server tests are skipped with the reason. The error-line tests need no server.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import uuid

import pytest

from samverkan.model.dataset import DataSet
from samverkan.store import neo4j as ns
from tests.bolt_server import arcadedb_home, from_env, start_arcadedb
from tests.conftest import DATA, ROOT
from tests.exchange_data import HOSTILE, small_dataset


@pytest.fixture(scope="module")
def server():
    found = from_env()
    if found is not None:
        yield found
        return
    if arcadedb_home() is None:
        pytest.skip("NEO4J_URI is not set and no Bolt server is installed (pip install arcadedb-embedded); "
                    "see README, Neo4j")
    started = start_arcadedb()
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture(scope="module")
def driver(server):
    drv = ns.connect(server.uri, server.user, server.password, server.database)
    yield drv
    drv.close()


@pytest.fixture
def name(driver, server):
    """A data set name of this test alone; its nodes are removed afterwards (a push of nothing)."""
    dataset = f"pytest-{uuid.uuid4().hex[:10]}"
    yield dataset
    ns.push_plan(driver, ns.build_plan(DataSet(), dataset), server.uri, server.database)


def push(driver, server, data, dataset) -> ns.PushReport:
    return ns.push_plan(driver, ns.build_plan(data, dataset), server.uri, server.database)


def pull(driver, server, dataset) -> DataSet:
    return ns.pull_dataset(driver, dataset, server.uri, server.database)


def removed(before, after, labels=None) -> int:
    """Nodes in `before`'s data set that `after` no longer has (of `labels`, default all: entities and the
    deadlines derived from them, which change with the data)."""
    def uids(data):
        plan = ns.build_plan(data, "x")
        return {r["uid"] for lab, rows in plan.nodes.items() if labels is None or lab in labels for r in rows}

    return len(uids(before) - uids(after))


def snapshot(driver, server, dataset) -> tuple[list, list]:
    """Every node (labels, properties) and relationship (type, ends, properties) of one data set."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) WHERE n.dataset = $d RETURN labels(n) AS l, properties(n) AS p", {"d": dataset},
        database_=server.database)
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) WHERE r.dataset = $d RETURN type(r) AS t, a.uid AS a, b.uid AS b, properties(r) AS p",
        {"d": dataset}, database_=server.database)
    key = repr
    return (sorted(([sorted(r["l"]), r["p"]] for r in nodes), key=key),
            sorted(([r["t"], r["a"], r["b"], r["p"]] for r in rels), key=key))


def test_push_twice_then_pull_equals_the_model(driver, server, name):
    data = small_dataset()
    plan = ns.build_plan(data, name)
    nodes = sum(len(rows) for rows in plan.nodes.values())
    rels = sum(len(rows) for rows in plan.relationships.values())
    first = push(driver, server, data, name)
    assert (first.nodes, first.relationships) == (nodes, rels)
    before = snapshot(driver, server, name)
    assert len(before[0]) == nodes and len(before[1]) == rels
    assert first.counters["nodes_created"] == nodes and first.counters["relationships_created"] == rels
    second = push(driver, server, data, name)
    assert (second.nodes, second.relationships) == (nodes, rels)
    assert second.counters["nodes_created"] == second.counters["nodes_deleted"] == 0
    assert second.counters["relationships_created"] == second.counters["relationships_deleted"] == 0
    assert snapshot(driver, server, name) == before
    back = pull(driver, server, name)
    assert back == data
    assert back.get("norrmalm-2016/chefsamrad").name == HOSTILE
    assert [s.value for s in back.statements] == [3, "tre år", 2.5, True]


def test_changes_remove_what_is_gone_and_leave_other_data_sets(driver, server, name):
    other = f"{name}-other"
    try:
        data = small_dataset()
        push(driver, server, data, other)
        push(driver, server, data, name)  # the same ids in two data sets
        changed = data.copy_deep()
        changed.memberships = changed.memberships[:1]
        changed.groups = [g for g in changed.groups if g.id != "norrmalm-2016/beredning"]
        changed.reporting_lines = []
        changed.organisations[0].name = "Stockholms stad (ändrad)"
        report = push(driver, server, changed, name)
        assert removed(data, changed, set(ns.NODE_LABELS.values())) == 1
        assert report.counters["nodes_deleted"] == removed(data, changed)
        assert report.counters["relationships_deleted"] >= 3
        assert pull(driver, server, name) == changed
        assert pull(driver, server, other) == data
        plan = ns.build_plan(data, other)
        assert ns.count_dataset(driver, other, server.uri, server.database) == (
            sum(len(r) for r in plan.nodes.values()), sum(len(r) for r in plan.relationships.values()))
    finally:
        push(driver, server, DataSet(), other)
    assert ns.count_dataset(driver, other, server.uri, server.database) == (0, 0)


def _broken_plan(data, name):
    """A plan whose first MEMBER_OF row starts at a node that is not written: that batch fails after the nodes."""
    plan = ns.build_plan(data, name)
    plan.relationships["MEMBER_OF"][0]["src"] = f"{name}:no-such-node"
    return plan


def test_failure_in_one_transaction_leaves_the_database_as_it_was(driver, server, name):
    data = small_dataset()
    push(driver, server, data, name)
    before = ns.count_dataset(driver, name, server.uri, server.database)
    changed = data.copy_deep()
    changed.organisations[0].name = "never written"
    with pytest.raises(ns.Neo4jStoreError) as exc:
        ns.push_plan(driver, _broken_plan(changed, name), server.uri, server.database, batch_size=0)
    assert "rolled back" in exc.value.message.en and "no data was written" in exc.value.message.en
    assert ns.count_dataset(driver, name, server.uri, server.database) == before
    assert pull(driver, server, name) == data


def test_failure_in_batches_says_so_and_a_second_push_repairs(driver, server, name):
    data = small_dataset()
    push(driver, server, data, name)
    changed = data.copy_deep()
    changed.organisations[0].name = "written before the failure"
    changed.groups = [g for g in changed.groups if g.id != "norrmalm-2016/beredning"]
    changed.memberships = [m for m in changed.memberships if m.group != "norrmalm-2016/beredning"]
    changed.reporting_lines = []
    plan = _broken_plan(changed, name)
    with pytest.raises(ns.Neo4jStoreError) as exc:
        ns.push_plan(driver, plan, server.uri, server.database, batch_size=2)
    message = exc.value.message.en
    assert "only 0 of 1 relationships" in message or "relationships could be written" in message
    assert "nothing was removed" in message and "push again" in message
    listed = {d.name: d for d in ns.list_datasets(driver, server.uri, server.database)}
    assert len(listed[name].stamps) == 2  # half old, half new: `neo4j list` shows it
    report = ns.push_plan(driver, ns.build_plan(changed, name), server.uri, server.database, batch_size=2)
    assert report.transactions > 10 and report.counters["nodes_deleted"] == removed(data, changed)
    assert pull(driver, server, name) == changed
    assert len({d.name: d for d in ns.list_datasets(driver, server.uri, server.database)}[name].stamps) == 1


def test_removal_is_by_stamp_in_small_transactions(driver, server, name):
    """Removal deletes what carries an older stamp, `batch_size` at a time, until nothing is left of it."""
    from samverkan.store.yaml_io import load_dataset

    data, _ = load_dataset(DATA)
    push(driver, server, data, name)
    smaller = data.copy_deep()
    smaller.memberships = smaller.memberships[: len(smaller.memberships) // 2]
    smaller.statements = []
    seen = []
    report = ns.push_plan(driver, ns.build_plan(smaller, name), server.uri, server.database, batch_size=3,
                          progress=lambda done, total: seen.append((done, total)))
    gone = len(data.memberships) - len(smaller.memberships)
    assert report.counters["nodes_deleted"] == removed(data, smaller)
    assert removed(data, smaller, set(ns.NODE_LABELS.values())) == len(data.statements)
    assert report.counters["relationships_deleted"] >= gone
    assert pull(driver, server, name) == smaller
    assert seen[-1][0] == seen[-1][1] == ns.build_plan(smaller, name).size
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cypher_script_gives_the_same_database(driver, server, name):
    from samverkan.store.exchange import to_cypher

    data = small_dataset()
    lines = [line for line in to_cypher(data, name).splitlines() if line and not line.startswith("//")]
    begin, commit = lines.index(":begin"), lines.index(":commit")
    for line in lines[:begin]:
        driver.execute_query(line.removesuffix(";"), database_=server.database)

    def work(tx):
        for line in lines[begin + 1:commit]:
            tx.run(line.removesuffix(";")).consume()

    with driver.session(database=server.database) as session:
        session.execute_write(work)
    assert pull(driver, server, name) == data
    report = push(driver, server, data, name)  # push after the script: nothing new
    assert report.counters["nodes_created"] == report.counters["relationships_created"] == 0


def test_real_data_set_round_trip(driver, server, name):
    from samverkan.store.yaml_io import load_dataset

    data, _ = load_dataset(DATA)
    push(driver, server, data, name)
    assert pull(driver, server, name) == data


def test_list_and_drop(driver, server, name):
    other = f"{name}-other"
    push(driver, server, small_dataset(), name)
    push(driver, server, small_dataset(), other)
    listed = {d.name: d for d in ns.list_datasets(driver, server.uri, server.database)}
    plan = ns.build_plan(small_dataset(), name)
    assert listed[name].nodes == sum(map(len, plan.nodes.values())) and listed[name].stamps == (plan.stamp,)
    assert ns.drop_dataset(driver, other, server.uri, server.database, batch_size=4) == (
        sum(map(len, plan.nodes.values())), sum(map(len, plan.relationships.values())))
    assert ns.count_dataset(driver, other, server.uri, server.database) == (0, 0)
    assert pull(driver, server, name) == small_dataset()


def test_pull_of_unknown_data_set_names_those_present(driver, server, name):
    push(driver, server, small_dataset(), name)
    with pytest.raises(ns.Neo4jStoreError) as exc:
        pull(driver, server, f"{name}-missing")
    assert name in exc.value.message.en and "is not in the database" in exc.value.message.en


# --- the command line, against the server ------------------------------------------------------


def run(*args: str, password: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    if password is not None:
        env["NEO4J_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "samverkan.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, stdin=subprocess.DEVNULL, timeout=180)


def assert_one_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_cli_push_and_pull(server, name, tmp_path):
    args = ["--uri", server.uri, "--user", server.user, "--database", server.database]
    pushed = run("neo4j", "push", str(DATA), *args, "--dataset", name, "--show-people", password=server.password)
    assert pushed.returncode == 0, pushed.stderr
    assert f"'{name}'" in pushed.stdout and "noder" in pushed.stdout
    out = tmp_path / "pulled"
    pulled = run("neo4j", "pull", *args, "--dataset", name, "--out", str(out), "--lang", "en",
                 password=server.password)
    assert pulled.returncode == 0, pulled.stderr
    from samverkan.store.yaml_io import load_dataset

    def by_id(folder) -> dict:  # the files' layout may order entities differently; pull_dataset keeps the order
        data = load_dataset(folder)[0]
        return {section: sorted((e.id, e) for e in items) for section, items in data.sections()}

    assert by_id(out) == by_id(DATA)
    (out / "register.yaml").write_text("# mine\n", encoding="utf-8")
    refused = run("neo4j", "pull", *args, "--dataset", name, "--out", str(out), "--lang", "en",
                  password=server.password)
    assert "use --force" in assert_one_line(refused)
    assert (out / "register.yaml").read_text(encoding="utf-8") == "# mine\n"
    forced = run("neo4j", "pull", *args, "--dataset", name, "--out", str(out), "--force", password=server.password)
    assert forced.returncode == 0 and by_id(out) == by_id(DATA)


def test_cli_push_leaves_people_out_by_default(server, name, tmp_path):
    """Without --show-people the database gets role titles instead of names and no contact details; pull reads
    back what was pushed."""
    from samverkan.store.yaml_io import load_dataset
    from tests.test_privacy import assert_no_people

    args = ["--uri", server.uri, "--user", server.user, "--database", server.database, "--dataset", name]
    assert run("neo4j", "push", str(DATA), *args, password=server.password).returncode == 0
    out = tmp_path / "pulled"
    pulled = run("neo4j", "pull", *args, "--out", str(out), password=server.password)
    assert pulled.returncode == 0, pulled.stderr
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.yaml")))
    assert_no_people(text)
    people = load_dataset(out)[0].people
    assert len(people) == 7 and all(p.contact is None and p.name.startswith("[") for p in people)


@pytest.mark.parametrize("which", ["real", "generated"])
def test_cli_check_reads_from_neo4j(server, name, which, tmp_path):
    """check --from-neo4j reads the data set in pages into the model and finds what check finds on the files."""
    folder = DATA
    if which == "generated":
        folder = tmp_path / "syntet"
        made = run("generate", "--agreements", "12", "--seed", "5", "--violation-rate", "0.3", "--out", str(folder))
        assert made.returncode == 0, made.stderr
    args = ["--uri", server.uri, "--user", server.user, "--database", server.database]
    assert run("neo4j", "push", str(folder), *args, "--dataset", name, password=server.password).returncode == 0
    for day in ("2020-01-01", "2024-01-01", "2025-06-01"):
        common = ["--as-of", day, "--format", "json"]
        from_files = run("check", str(folder), *common)
        from_db = run("check", "--from-neo4j", server.uri, "--user", server.user, "--database", server.database,
                      "--dataset", name, "--batch-size", "40", *common, password=server.password)
        assert from_db.returncode == from_files.returncode and from_db.returncode in (0, 1), from_db.stderr
        assert from_db.stdout == from_files.stdout
        assert day != "2025-06-01" or json.loads(from_db.stdout), "nothing to compare"
    missing = run("check", "--neo4j", server.uri, "--user", server.user, "--database", server.database,
                  "--lang", "en", password=server.password)
    assert "--neo4j needs --dataset" in assert_one_line(missing)


def test_pull_reads_in_pages_of_the_batch_size(driver, server, name, monkeypatch):
    """Each page is one read of at most `batch_size` records; the model is the same whatever the size."""
    from samverkan.store.yaml_io import load_dataset

    data, _ = load_dataset(DATA)
    push(driver, server, data, name)
    pages: list[int] = []
    real_pages = ns._pages

    def counted(session, match, dataset, batch_size):
        for rows in real_pages(session, match, dataset, batch_size):
            pages.append(len(rows))
            yield rows

    monkeypatch.setattr(ns, "_pages", counted)
    for size in (7, 0, 100_000):
        pages.clear()
        assert ns.pull_dataset(driver, name, server.uri, server.database, batch_size=size) == data
        assert sum(pages) == sum(1 for _ in data.entities())
        if size == 7:
            assert max(pages) == 7 and len(pages) > sum(1 for _ in data.entities()) // 7


def test_cli_list_and_drop(server, name):
    args = ["--uri", server.uri, "--user", server.user, "--database", server.database]
    assert run("neo4j", "push", str(DATA), *args, "--dataset", name, password=server.password).returncode == 0
    listed = run("neo4j", "list", *args, password=server.password)
    assert listed.returncode == 0 and any(line.startswith(f"{name}: ") for line in listed.stdout.splitlines())
    unconfirmed = run("neo4j", "drop", *args, "--dataset", name, "--lang", "en", password=server.password)
    assert "confirm with --yes" in assert_one_line(unconfirmed)
    missing = run("neo4j", "drop", *args, "--dataset", f"{name}-no", "--yes", "--lang", "en",
                  password=server.password)
    assert f"'{name}-no' is not in the database" in assert_one_line(missing)
    dropped = run("neo4j", "drop", *args, "--dataset", name, "--yes", "--lang", "en", password=server.password)
    assert dropped.returncode == 0 and f"Removed '{name}'" in dropped.stdout, dropped.stderr
    assert name not in run("neo4j", "list", *args, password=server.password).stdout


def test_cli_progress_lines(server, name):
    args = ["--uri", server.uri, "--user", server.user, "--database", server.database, "--dataset", name]
    quiet = run("neo4j", "push", str(DATA), *args, "--batch-size", "100", password=server.password)
    assert quiet.returncode == 0 and quiet.stderr == ""
    shown = run("neo4j", "push", str(DATA), *args, "--batch-size", "100", "--progress", "--lang", "en",
                password=server.password)
    lines = shown.stderr.splitlines()
    assert shown.returncode == 0 and len(lines) > 3 and all(" records" in line for line in lines)
    total = lines[-1].split(" of ")[1].split()[0]
    assert lines[-1] == f"neo4j push: {total} of {total} records"


def test_cli_wrong_password_and_missing_database(server):
    if server.kind == "NEO4J_URI" and not server.password:
        pytest.skip("NEO4J_PASSWORD is not set: a wrong password cannot be told from the right one")
    wrong = run("neo4j", "push", str(DATA), "--uri", server.uri, "--user", server.user,
                "--database", server.database, password=server.password + "-wrong")
    assert "godtog inte användarnamnet eller lösenordet" in assert_one_line(wrong)
    missing = run("neo4j", "push", str(DATA), "--uri", server.uri, "--user", server.user,
                  "--database", "nosuchdatabase", "--lang", "en", password=server.password)
    assert "the database 'nosuchdatabase' does not exist" in assert_one_line(missing)


# --- error lines that need no server -----------------------------------------------------------


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("lang, words", [("sv", "kan inte nå Neo4j"), ("en", "cannot reach Neo4j")])
def test_cli_unreachable_server_is_one_line(lang, words):
    uri = f"bolt://127.0.0.1:{closed_port()}"
    result = run("neo4j", "push", str(DATA), "--uri", uri, "--user", "neo4j", "--lang", lang, password="x")
    line = assert_one_line(result)
    assert words in line and uri in line


def test_cli_pull_unreachable_and_bad_uri(tmp_path):
    uri = f"neo4j://127.0.0.1:{closed_port()}"
    out = str(tmp_path / "pulled")  # a folder of the test's own: a shared /tmp may hold a file of that name
    line = assert_one_line(run("neo4j", "pull", "--uri", uri, "--user", "neo4j", "--dataset", "x", "--out", out,
                               "--lang", "en", password="x"))
    assert "cannot reach Neo4j" in line
    line = assert_one_line(run("neo4j", "push", str(DATA), "--uri", "ftp://127.0.0.1", "--user", "neo4j",
                               "--lang", "en", password="x"))
    assert "cannot connect to ftp://127.0.0.1" in line


@pytest.mark.parametrize("uri", ["http://localhost:7474", "https://example.org:7473/browser/"])
def test_cli_web_address_is_one_line(uri):
    for command in (["neo4j", "push", str(DATA)], ["neo4j", "pull", "--dataset", "x", "--out", "pulled"],
                    ["neo4j", "list"], ["check", "--dataset", "x"]):
        option = "--neo4j" if command[0] == "check" else "--uri"
        line = assert_one_line(run(*command, option, uri, "--user", "neo4j", "--lang", "en", password="x"))
        assert "use bolt:// or neo4j://, port 7687" in line and uri in line


def test_cli_silent_server_times_out_in_one_line():
    """A port that accepts connections and never answers (a firewall, a wrong service): one line after --timeout."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        uri = f"bolt://127.0.0.1:{silent.getsockname()[1]}"
        result = run("neo4j", "push", str(DATA), "--uri", uri, "--user", "neo4j", "--timeout", "1", "--lang", "en",
                     password="x")
    line = assert_one_line(result)
    assert uri in line and ("cannot reach Neo4j" in line or "did not answer in time" in line)


def test_cli_needs_a_password_from_the_environment():
    line = assert_one_line(run("neo4j", "push", str(DATA), "--uri", "bolt://127.0.0.1:1", "--user", "neo4j"))
    assert "NEO4J_PASSWORD" in line
    result = run("neo4j", "push", "--help")
    assert "--password" not in result.stdout


def test_load_from_neo4j_unreachable():
    with pytest.raises(ns.Neo4jStoreError) as exc:
        ns.load_from_neo4j(f"bolt://127.0.0.1:{closed_port()}", "neo4j", "x", password="x")
    assert "Connection refused" in exc.value.message.en
