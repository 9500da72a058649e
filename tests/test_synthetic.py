"""Synthetic data sets (samverkan.synthetic, `samverkan generate`): deterministic, loadable, clean where no
violation is injected, every injected violation found, shaped like the real data, no real names."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from samverkan.cli import app
from samverkan.rules.engine import RULES, check, profile_for
from samverkan.store.yaml_io import dataset_files, load_dataset
from samverkan.synthetic import AS_OF, PROFILE, RULES_INJECTED, generate, injections_per_rule

ROOT = Path(__file__).resolve().parent.parent
WAIVER_RULES = {"SAM098", "SAM099"}
runner = CliRunner()


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run_generate(folder: Path, *args: str):
    return runner.invoke(app, ["generate", "--out", str(folder), *args])


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("syntet") / "out"
    result = run_generate(folder, "--agreements", "14", "--seed", "7")
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture(scope="module")
def clean():
    return generate(12, 3, violation_rate=0)


def test_same_seed_same_bytes_other_seed_other_bytes(written, tmp_path):
    again = tmp_path / "again"
    assert run_generate(again, "--agreements", "14", "--seed", "7").exit_code == 0
    assert tree(again) == tree(written)
    other = tmp_path / "other"
    assert run_generate(other, "--agreements", "14", "--seed", "8").exit_code == 0
    assert tree(other) != tree(written)
    assert generate(5, 1).injected == generate(5, 1).injected
    assert generate(5, 1).data == generate(5, 1).data and generate(5, 1).data != generate(5, 2).data


def test_no_hash_order_leaks_into_the_files(tmp_path):
    for hash_seed in ("1", "2"):
        subprocess.run([sys.executable, "-m", "samverkan.cli", "generate", "--agreements", "3", "--seed", "4",
                        "--out", str(tmp_path / hash_seed)], check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": hash_seed})
    assert tree(tmp_path / "1") == tree(tmp_path / "2")


def test_the_written_folder_loads_and_is_the_generated_data_set(written):
    data, _ = load_dataset(written)
    assert dataset_files(data) == dataset_files(generate(14, 7).data)  # the same entities, file by file
    manifest = json.loads((written / "injected.json").read_text(encoding="utf-8"))
    assert manifest["as_of"] == AS_OF.isoformat() and manifest["profile"] == PROFILE
    assert [tuple(x.values()) for x in manifest["injected"]] == generate(14, 7).injected


def test_the_city_wide_agreement_picks_the_synthetic_profile(clean):
    assert profile_for(clean.data, AS_OF) == PROFILE
    assert profile_for(clean.data, dt.date(2031, 6, 30)) == PROFILE


@pytest.mark.parametrize("day", [AS_OF, dt.date(2026, 7, 1), dt.date(2033, 12, 31)])
def test_without_violations_the_check_finds_nothing(clean, day):
    assert clean.injected == []
    assert check(clean.data, None, day, lang="en") == []


def test_every_injected_violation_is_found_and_every_rule_is_injected():
    s = generate(14, 11)
    assert {code for code, _, _ in s.injected} == set(RULES_INJECTED) <= set(RULES) - WAIVER_RULES
    assert len(s.injected) == len(RULES_INJECTED) * injections_per_rule(14, 0.1)
    findings = check(s.data, None, AS_OF, lang="en")
    found = {(f.rule, f.subject, f.agreement) for f in findings}
    assert [i for i in s.injected if i not in found] == []
    # what else is found follows from an injection (an expired agreement leaves its district without one; a
    # role dropped from a group may then take part nowhere)
    injected_agreements = {a for _, _, a in s.injected}
    assert all(f.agreement in injected_agreements or f.rule == "SAM090" for f in findings)


def test_check_on_the_written_folder_without_options_finds_the_injected_violations(written):
    result = runner.invoke(app, ["check", str(written), "--format", "json"])
    assert result.exit_code == 1, result.output
    found = {(f["rule"], f["subject"], f["agreement"]) for f in json.loads(result.stdout)}
    manifest = json.loads((written / "injected.json").read_text(encoding="utf-8"))
    assert all((x["rule"], x["subject"], x["agreement"]) in found for x in manifest["injected"])
    result = runner.invoke(app, ["check", str(written), "--as-of", AS_OF.isoformat(), "--lang", "en"])
    assert result.exit_code == 1 and f"profile {PROFILE}, as of {AS_OF}" in result.stdout


def test_the_rate_sets_how_many_agreements_get_each_violation():
    assert injections_per_rule(300, 0.1) == 30 and injections_per_rule(14, 0.1) == 1
    assert injections_per_rule(5, 0.01) == 1 and injections_per_rule(5, 0) == 0 and injections_per_rule(5, 1) == 5
    s = generate(20, 2, violation_rate=0.25)
    assert Counter(code for code, _, _ in s.injected) == {code: 5 for code in RULES_INJECTED}


def test_each_local_agreement_has_the_stated_shape(clean):
    data = clean.data
    local = [a for a in data.agreements if a.level == "local"]
    assert len(local) == 12 and len([a for a in data.agreements if a.level == "central"]) == 1
    by_agreement: dict[str, Counter] = {a.id: Counter() for a in local}
    used_roles: dict[str, set[str]] = {a.id: set() for a in local}
    role_ids = {r.id for r in data.roles}
    for section, items in data.sections():
        for e in items:
            a = data.agreement_of(e.id)
            if a in by_agreement:
                by_agreement[a][section] += 1
                for ref in (getattr(e, "member", None), getattr(e, "holder", None)):
                    if ref in role_ids:
                        used_roles[a].add(ref)
    for a in local:
        used_roles[a.id].update(a.signatories)
        n = by_agreement[a.id]
        assert 6 <= n["groups"] <= 7 and 4 <= n["activities"] <= 6 and 5 <= n["priority_areas"] <= 6, (a.id, n)
        assert 34 <= n["memberships"] <= 48 and 15 <= n["responsibilities"] <= 25, (a.id, n)
        assert 8 <= n["reporting_lines"] <= 9 and 20 <= len(used_roles[a.id]) <= 30, (a.id, n, used_roles[a.id])
    kinds = Counter(o.kind for o in data.organisations)
    assert kinds["district_administration"] == 12 and 4 <= kinds["local_police_area"] <= 12
    assert kinds["police_area"] == 3 and kinds["political_body"] == 12 + 2


def real_names() -> set[str]:
    data, _ = load_dataset(ROOT / "data" / "stockholm")
    generic = {"specialist_administration", "city_office"}
    names = {o.name for o in data.organisations if o.kind not in generic and not o.id.startswith(("kommun", "ks-"))}
    names |= {p.name for p in data.people}
    for o in data.organisations:
        if o.kind == "district_administration":
            names.add(o.name.removesuffix(" stadsdelsförvaltning"))
        if o.kind in ("local_police_area", "police_area"):
            names.add(o.name.split(" ", 1)[1])
    return {n for n in names if len(n) > 3 and n not in ("City", "Nord", "Syd")} | {"Stockholm"}


def test_no_real_names(written):
    text = "\n".join(content.decode("utf-8") for content in tree(written).values())
    lowered = text.lower()
    assert [n for n in sorted(real_names()) if re.search(rf"\b{re.escape(n.lower())}\b", lowered)] == []
    people = {p.name for p in load_dataset(written)[0].people}
    assert people and all(re.fullmatch(r"Person \d{4}", name) for name in people)


@pytest.mark.parametrize(("args", "words"), [
    (["--agreements", "0"], "at least 1"),
    (["--agreements", "3", "--violation-rate", "1.5"], "between 0 and 1"),
    (["--agreements", "3"], "give --out"),
])
def test_bad_input_is_one_line_and_status_2(args, words, tmp_path):
    out = [] if "give --out" in words else ["--out", str(tmp_path / "x")]
    result = runner.invoke(app, ["generate", *args, *out, "--lang", "en"])
    assert result.exit_code == 2 and words in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_out_must_be_a_folder_without_other_data(tmp_path):
    file = tmp_path / "file.txt"
    file.write_text("x", encoding="utf-8")
    result = run_generate(file, "--agreements", "2", "--lang", "en")
    assert result.exit_code == 2 and "is a file" in result.output
    assert run_generate(tmp_path / "a", "--agreements", "2").exit_code == 0
    assert run_generate(tmp_path / "a", "--agreements", "2").exit_code == 0  # the same files again
    result = run_generate(tmp_path / "a", "--agreements", "3", "--seed", "1", "--force", "--lang", "en")
    assert result.exit_code == 2 and "choose an empty folder" in result.output


def test_generate_rejects_bad_arguments():
    with pytest.raises(ValueError):
        generate(0, 1)
    with pytest.raises(ValueError):
        generate(3, 1, violation_rate=-0.1)
