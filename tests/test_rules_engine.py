"""The engine's public interface: codes, the finding JSON, selection, profiles, waivers, formats, the CLI."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from samverkan.cli import app
from samverkan.rules.engine import (
    DEFAULT_PROFILE,
    FINDING_KEYS,
    RULES,
    CheckError,
    ConfigError,
    Finding,
    check,
    list_profiles,
    load_profile,
    select_rules,
)
from tests.rules_data import AS_OF, changed, clean, find

CODES = ["SAM001", "SAM002", "SAM010", "SAM011", "SAM020", "SAM021", "SAM030", "SAM031", "SAM040", "SAM050",
         "SAM051", "SAM060", "SAM061", "SAM070", "SAM080", "SAM081", "SAM090", "SAM098", "SAM099", "SAM100",
         "SAM101", "SAM102", "SAM103"]


def broken():
    """The clean data set with a few problems: an expired agreement, a group without chair, an empty group."""
    def fn(s):
        find(s, "agreements", "a-2023").update(valid_from="2016-06-01", valid_to="2018-05-31")
        for m in s["memberships"]:
            if m["group"] == "c-2023/styrgrupp":
                m.pop("chair", None)
        s["groups"].append({"id": "a-2023/tom", "name": "Tom", "agreement": "a-2023", "kind": "working",
                            "level": "local", "sources": [{"document": "t"}]})
    return changed(fn)


# --- the public interface --------------------------------------------------------------------------


def test_codes_and_finding_keys_are_pinned():
    assert sorted(RULES) == CODES
    assert FINDING_KEYS == ("rule", "severity", "agreement", "subject", "message", "message_sv", "message_en",
                            "citation", "path", "suggestion")
    assert DEFAULT_PROFILE == "stockholm-2023"
    assert list_profiles() == ["bra-model", "remiss-hl-2019", "stockholm-2019", "stockholm-2023", "syntet-2023",
                             "utan-styrande-text"]
    for code, r in RULES.items():
        assert r.code == code and r.severity in ("error", "warning", "info") and callable(r.check)


def test_finding_json_shape_and_sorting():
    findings = check(broken(), "stockholm-2023", AS_OF)
    assert findings and findings == sorted(findings, key=Finding.sort_key)
    for f in findings:
        j = f.to_json()
        assert list(j) == list(FINDING_KEYS)
        assert isinstance(j["path"], list) and all(isinstance(p, str) for p in j["path"])
        assert j["message"] == j["message_sv"] and j["suggestion"] and j["citation"]
    en = check(broken(), "stockholm-2023", AS_OF, lang="en")
    assert [f.message for f in en] == [f.message_en for f in findings]


def test_the_findings_json_is_one_list_indented_by_two_written_a_finding_at_a_time():
    """`write_json` (what `check --format json` writes) gives the text `json.dumps` gives of the whole list."""
    import io

    from samverkan.findings.formats import to_json, write_json

    findings = check(broken(), "stockholm-2023", AS_OF)
    findings[0] = findings[0].model_copy(update={"waived": True, "waiver_reason": 'beslut "a"\nrad två'})
    for some in (findings, findings[:1], []):
        whole = json.dumps([f.to_json() for f in some], ensure_ascii=False, indent=2) + "\n"
        written = io.StringIO()
        write_json(some, written)
        assert to_json(some) == written.getvalue() == whole
        assert json.loads(whole) == [f.to_json() for f in some]
    assert len(findings) > 2


def test_default_date_is_today_and_the_run_is_deterministic():
    a = [f.to_json() for f in check(broken())]
    b = [f.to_json() for f in check(broken(), DEFAULT_PROFILE, dt.date.today())]
    assert json.dumps(a, ensure_ascii=False) == json.dumps(b, ensure_ascii=False)


def test_select_and_ignore_like_ruff():
    assert select_rules() == CODES
    assert select_rules(["SAM01"]) == ["SAM010", "SAM011"]
    assert select_rules("SAM0", ["SAM02", "SAM090"]) == [c for c in CODES if c.startswith("SAM0")
                                                          and not c.startswith("SAM02") and c != "SAM090"]
    assert select_rules("SAM1") == ["SAM100", "SAM101", "SAM102", "SAM103"]
    assert select_rules(["SAM020"], ["SAM02"]) == ["SAM020"]  # the more specific selector wins
    assert select_rules(["SAM010,SAM011"]) == ["SAM010", "SAM011"]
    with pytest.raises(CheckError) as exc:
        select_rules(["SAM99"])
    assert "SAM99" in exc.value.msg.en


def test_agreement_filter_and_unknown_agreement():
    fs = check(broken(), "stockholm-2023", AS_OF, agreement="a-2023")
    assert fs and {f.agreement for f in fs} == {"a-2023"}
    with pytest.raises(CheckError):
        check(broken(), "stockholm-2023", AS_OF, agreement="a-2032")


# --- profiles --------------------------------------------------------------------------------------


def test_profiles_extend_and_override_single_demands():
    base, p23, remiss = (load_profile(n) for n in ("stockholm-2019", "stockholm-2023", "remiss-hl-2019"))
    assert p23.chain == ["stockholm-2023", "stockholm-2019"] and remiss.chain == ["remiss-hl-2019", "stockholm-2019"]
    assert base.demands["priority-areas"].severity == "info" and p23.demands["priority-areas"].severity is None
    assert len(p23.demands["priority-areas"].areas) == 5 and len(base.demands["priority-areas"].areas) == 6
    # an override that names only the citation keeps the inherited rule and level
    assert p23.demands["central-parts"].level == "central" and p23.demands["central-parts"].citation.lines == "53-55"
    edu = [m for m in remiss.demands["local-steering-members"].members
           if m.organisations == ["utbildningsforvaltningen"]]
    assert edu[0].necessity == "required" and edu[0].citation.document.startswith("001_")
    for name in list_profiles():
        profile = load_profile(name)
        if not profile.documents:  # no governing text: the agreements are judged by their own terms and sources
            assert all(d.citation is None for d in profile.demands.values()), name
            continue
        for d in profile.demands.values():
            assert d.citation and d.citation.document and d.citation.lines, (name, d.id)


@pytest.mark.parametrize(("text", "line", "words"), [
    ("title: {sv: a, en: b}\ndemands:\n  x:\n    rule: SAM040\n    levl: local\n", 5, "levl"),
    ("title: {sv: a, en: b}\nextends: nowhere\n", 2, "nowhere"),
    ("title: {sv: a, en: b}\ndemands: [\n", 3, "YAML"),
    ("title: {sv: a, en: b}\ndemnds: {}\n", 2, "demnds"),
    ("title: {sv: a, en: b}\ndemands:\n  x: {rule: SAM999}\n", 3, "SAM999"),
    ("title: {sv: a, en: b}\ndemands:\n  x:\n    rule: SAM040\n    level: local\n    kinds: [steering]\n"
     "    min_per_year: -1\n", 7, "min_per_year"),
])
def test_a_broken_profile_names_file_and_line(tmp_path, text, line, words):
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_profile(str(path))
    assert any(p.file == str(path) and p.line == line and words in p.render("en") for p in exc.value.problems)


def test_extends_cycle_and_unknown_profile(tmp_path):
    (tmp_path / "a.yaml").write_text("title: {sv: a, en: a}\nextends: b\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("title: {sv: b, en: b}\nextends: a\n", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_profile(str(tmp_path / "a.yaml"))
    assert "cycle" in exc.value.problems[0].render("en")
    with pytest.raises(ConfigError) as exc:
        load_profile("stockholm-2032")
    assert "stockholm-2023" in exc.value.problems[0].render("en")


def test_a_profile_file_extending_a_bundled_one(tmp_path):
    path = tmp_path / "local.yaml"
    path.write_text("title: {sv: lokal, en: local}\nextends: stockholm-2023\ndemands:\n"
                    "  central-steering-frequency:\n    min_per_year: 6\n  priority-areas: null\n", encoding="utf-8")
    p = load_profile(str(path))
    assert p.demands["central-steering-frequency"].min_per_year == 6 and "priority-areas" not in p.demands
    [f] = check(clean(), p, AS_OF, select=["SAM040"], lang="en")
    assert "at least 6 is required" in f.message_en


# --- waivers ---------------------------------------------------------------------------------------


def write_waivers(tmp_path, text: str):
    path = tmp_path / "waivers.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_waivers_waive_expire_and_match_nothing(tmp_path):
    path = write_waivers(tmp_path, """waivers:
  - rule: SAM010
    subject: c-2023/styrgrupp
    reason: Ordförande utses vid första mötet
    decided_by: Styrgruppen 2024-01-10
    expires: 2024-06-30
  - rule: SAM090
    subject: a-2023/tom
    reason: Gruppen bildas 2024
    decided_by: Chefsamrådet
    expires: 2023-12-31
  - rule: SAM030
    subject: a-2023/styrgrup
    reason: felstavat
    decided_by: x
""")
    fs = check(broken(), "stockholm-2023", AS_OF, waivers=path, lang="en")
    waived = [f for f in fs if f.waived]
    assert [(f.rule, f.subject) for f in waived] == [("SAM010", "c-2023/styrgrupp")]
    assert waived[0].waiver_reason == "Ordförande utses vid första mötet (Styrgruppen 2024-01-10, until 2024-06-30)"
    assert waived[0].to_json()["waived"] is True and "waived" not in fs[0].to_json() or fs[0].waived
    expired = [f for f in fs if f.rule == "SAM099"]
    assert len(expired) == 1 and expired[0].subject == "a-2023/tom" and expired[0].citation.endswith(":7")
    assert any(f.rule == "SAM090" and f.subject == "a-2023/tom" and not f.waived for f in fs)
    unmatched = [f for f in fs if f.rule == "SAM098"]
    assert len(unmatched) == 1 and unmatched[0].subject == "a-2023/styrgrup"
    # a waiver of a rule that did not run is not reported as matching nothing
    assert not [f for f in check(broken(), "stockholm-2023", AS_OF, waivers=path, select=["SAM01"]) if
                f.rule == "SAM098"]


def test_a_broken_waiver_file_is_located(tmp_path):
    path = write_waivers(tmp_path, "waivers:\n  - rule: SAM010\n    subject: x\n    reason: r\n")
    with pytest.raises(ConfigError) as exc:
        check(clean(), "stockholm-2023", AS_OF, waivers=path)
    assert exc.value.problems[0].line == 2 and "decided_by" in exc.value.problems[0].render("en")


# --- formats and the command ---------------------------------------------------------------------


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture()
def data_dir_small(tmp_path):
    from samverkan.store.yaml_io import write_dataset

    target = tmp_path / "data"
    write_dataset(broken(), target)
    return target


def test_cli_exit_codes_and_json(data_dir_small, tmp_path):
    r = run("check", str(data_dir_small), "--as-of", "2024-01-01", "--format", "json")
    assert r.exit_code == 1, r.output
    body = json.loads(r.stdout)
    assert body and list(body[0]) == list(FINDING_KEYS)
    again = run("check", str(data_dir_small), "--as-of", "2024-01-01", "--format", "json")
    assert again.stdout == r.stdout
    ok = run("check", str(data_dir_small), "--as-of", "2024-01-01", "--select", "SAM040", "--format", "json")
    assert ok.exit_code == 0 and json.loads(ok.stdout) == []
    assert run("check", str(data_dir_small), "--select", "SAM77").exit_code == 2
    assert run("check", str(data_dir_small), "--profile", "nope").exit_code == 2
    assert run("check", str(data_dir_small), "--as-of", "2024-13-01").exit_code == 2
    assert run("check", str(data_dir_small), "--agreement", "zzz").exit_code == 2
    assert run("check", str(tmp_path / "missing")).exit_code == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: {sv: a, en: b}\ndemands:\n  x: {rule: SAM040, level: lokal}\n", encoding="utf-8")
    r = run("check", str(data_dir_small), "--profile", str(bad))
    assert r.exit_code == 2 and f"{bad}:3" in r.output and "Traceback" not in r.output


def test_cli_text_is_grouped_and_plain_when_piped(data_dir_small):
    r = run("check", str(data_dir_small), "--as-of", "2024-01-01", "--lang", "en")
    lines = r.stdout.splitlines()
    assert "\x1b[" not in r.stdout
    assert lines[0] == "Lokal A" and "Central" in lines  # headings: the titles, not the ids
    assert "a-2023" not in r.stdout
    assert "ERROR    SAM002" in r.stdout and "Clause: " in r.stdout and "Fix: " in r.stdout
    assert lines[-1].startswith("4 errors, 1 warnings, 0 info (profile stockholm-2023, as of 2024-01-01)")


def test_sarif_and_junit(data_dir_small, tmp_path):
    waivers = write_waivers(tmp_path, "waivers:\n  - {rule: SAM090, subject: a-2023/tom, reason: kommer, "
                                      "decided_by: chefsamrådet}\n")
    r = run("check", str(data_dir_small), "--as-of", "2024-01-01", "--format", "sarif", "--waivers", str(waivers))
    sarif = json.loads(r.stdout)
    assert sarif["version"] == "2.1.0"
    run0 = sarif["runs"][0]
    ids = [x["id"] for x in run0["tool"]["driver"]["rules"]]
    assert ids == sorted(ids) and "SAM020" in ids
    results = run0["results"]
    waived = [x for x in results if "suppressions" in x]
    assert len(waived) == 1 and waived[0]["suppressions"][0]["justification"].startswith("kommer")
    expired = next(x for x in results if x["ruleId"] == "SAM002")
    loc = expired["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].endswith("a-2023.yaml") and loc["region"]["startLine"] >= 1
    assert all(ids[x["ruleIndex"]] == x["ruleId"] for x in results)
    r = run("check", str(data_dir_small), "--as-of", "2024-01-01", "--format", "junit", "--waivers", str(waivers))
    root = ET.fromstring(r.stdout.split("\n", 1)[1])
    assert root.tag == "testsuites" and int(root.get("failures")) == 4 and int(root.get("skipped")) == 1
    md = run("check", str(data_dir_small), "--as-of", "2024-01-01", "--format", "markdown").stdout
    assert md.startswith("# Kontroll av data") and "| SAM002 | fel |" in md


def test_explain(data_dir_small):
    r = run("explain", "sam030", "--lang", "en")
    assert r.exit_code == 0
    assert r.stdout.startswith("SAM030 — The group has the roles and organisations its profile requires")
    assert "[local-steering-members]" in r.stdout and "003_6a855a06a73e563a.txt, Lokal styrgrupp, lines 152-158" \
        in r.stdout and "Passing example" in r.stdout and "Failing example" in r.stdout
    r = run("explain", "SAM080", "--profile", "remiss-hl-2019")
    assert "fältarbetare (krävs)" in r.stdout and "001_4881a4aa871a676f.txt" in r.stdout
    assert "körs inte" in run("explain", "SAM080").stdout
    for code in ("SAM098", "SAM099", "SAM070"):
        assert run("explain", code).exit_code == 0
    r = run("explain", "SAM31")
    assert r.exit_code == 2 and "SAM031" in r.output


def test_findings_keep_their_ids_with_words_off_and_read_the_same_once_put_in_words(dataset):
    from samverkan.model.names import in_words
    from samverkan.rules.waivers import Waiver

    day = dt.date(2024, 1, 1)
    worded = check(dataset, "stockholm-2023", day, lang="en")
    raw = check(dataset, "stockholm-2023", day, lang="en", words=False)
    assert sorted(f.message_en for f in worded) == sorted(
        in_words(dataset, f.message_en, within=f.agreement, lang="en") for f in raw)
    assert {f.message_en for f in raw} != {f.message_en for f in worded}  # ids were left in some
    waiver = Waiver(rule="SAM030", subject="x", reason="r", decided_by="stadsledningskontoret")
    with pytest.raises(ValueError, match="words=False"):
        check(dataset, "stockholm-2023", day, words=False, waivers=[waiver])


def test_a_title_spelled_near_the_wanted_one_matches_and_the_letters_alone_never_turn_one_away(dataset):
    """`title_matches` asks rapidfuzz only when the letters two titles share could give a ratio of 90 (a ratio is
    200 · common subsequence / both lengths, and no subsequence has more of a letter than either title): on every
    pair of the real titles and of their misspellings, a pair it turns away has a ratio under 90."""
    from collections import Counter

    from rapidfuzz import fuzz

    from samverkan.rules.base import normalise, title_matches

    titles = sorted({normalise(r.title) for r in dataset.roles})
    spelled = [t[:i] + t[i + 1:] for t in titles for i in (1, len(t) // 2)] + [t[::-1] for t in titles[:5]]
    turned_away = near = 0
    for t in titles:
        for r in titles + spelled:
            ratio = fuzz.ratio(t, r)
            if 200 * (Counter(t) & Counter(r)).total() < 90 * (len(t) + len(r)):
                turned_away += 1
                assert ratio < 90, (t, r)
            near += ratio >= 90 and t != r
    assert turned_away > 100 and near > 10
    assert title_matches("lokalpolisområdeschef", "Lokalpolisomrdeschef")  # a letter missing: still the title
