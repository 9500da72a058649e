"""What-if for remiss reviewers: the real change sets against the real data set, impact, CLI behaviour."""

from __future__ import annotations

import datetime as dt
import gc
import json

import pytest
from typer.testing import CliRunner

from samverkan.cli import app
from samverkan.model.changes import apply, inverse
from samverkan.store.changeset_io import read_changeset
from samverkan.whatif.compare import compare, diff_findings, finding_key, impact
from samverkan.whatif.rank import rank
from tests.conftest import DATA, seed_line

CHANGES = DATA / "changes"
HL = CHANGES / "hl-remiss-2019.yaml"
REVISION = CHANGES / "revision-2023.yaml"


def run(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args])


def what_if(dataset, path):
    applied = read_changeset(dataset, path)
    cs = applied.file.changeset
    return applied, compare(applied.before, applied.after, profile_before=cs.base_profile,
                            profile_after=applied.profile, as_of=cs.as_of, lang="en")


def find(deltas, rule: str, subject: str, words: str = ""):
    return [d for d in deltas if d.finding.rule == rule and d.finding.subject == subject
            and words in d.finding.message_en]


# --- the Hägersten-Liljeholmen remiss response (seed 001) ---------------------------------------------


@pytest.fixture(scope="module")
def hl(dataset):
    return what_if(dataset, HL)


def test_hl_structure_is_the_three_proposals(hl):
    applied, w = hl
    assert w.plan() == {"add": 3, "update": 2, "remove": 0}
    # proposal 1, lines 28-31: "fasta lokala arbetsgrupper på operativ nivå kring barn och unga"
    assert "fasta lokala arbetsgrupper på" in seed_line("001", 28)
    group = applied.after.get("stockholm-2019/lokal-arbetsgrupp-barn-och-unga")
    assert group.standing and group.template and group.kind == "working"
    assert group.source.document.startswith("001") and group.source.lines == "28-35"
    wanted = {r.organisation or r.title or r.organisation_kind for r in group.requirements}
    assert wanted == {"local_police_area", "socialtjänst", "fältarbetare", "utbildningsforvaltningen"}
    # proposal 2, lines 65-67: "ska utbildningsförvaltningen vara representerad ... i de lokala styr- och
    # beredningsgrupperna"
    assert "utbildningsförvaltningen vara" in seed_line("001", 65)
    for template in ("stockholm-2019/lokal-styrgrupp", "stockholm-2019/lokal-beredningsgrupp"):
        necessity = {r.organisation: r.necessity for r in applied.after.get(template).requirements if r.organisation}
        assert necessity["utbildningsforvaltningen"] == "required"
    # proposal 3, lines 76-79: the officials' styrgrupp reports back to the political bodies
    assert "regelbundet återrapporterar" in seed_line("001", 78)
    assert applied.after.get("stockholm-2019/styrgrupp~>ks-trygghetsutskott") is not None


def test_hl_resolves_the_political_anchoring_of_the_central_styrgrupp(hl):
    _, w = hl
    [resolved] = find(w.findings.resolved, "SAM081", "stockholm-2019/styrgrupp")
    assert resolved.cause == "change"  # the new demand (line 76-79) is met by the proposal itself
    assert "001_4881a4aa871a676f.txt" in resolved.finding.citation
    assert not find(w.findings.introduced, "SAM081", "stockholm-2019/styrgrupp")


def test_hl_makes_missing_utbildningsforvaltningen_an_error_where_it_was_a_recommendation(hl):
    _, w = hl
    [changed] = find(w.findings.changed, "SAM030", "norrmalm-2016/chefsamrad", "education")
    assert (changed.before.severity, changed.after.severity) == ("warning", "error")
    assert changed.cause == "profile"
    assert "63-67" in changed.after.citation
    # and the local beredningsgrupp, where 2019 asked nothing of it
    [new] = find(w.findings.introduced, "SAM030", "norrmalm-2016/beredningsgrupp", "education")
    assert new.finding.severity == "error" and new.cause == "profile"


def test_hl_newly_demands_a_standing_youth_group_with_school(hl):
    _, w = hl
    [youth] = find(w.findings.introduced, "SAM080", "norrmalm-2016/samverkansforum-ungdomar")
    assert youth.finding.severity == "warning" and "school" in youth.finding.message_en
    assert "28-35" in youth.finding.citation


def test_hl_exit_status_is_1_for_the_new_errors(hl):
    _, w = hl
    assert w.exit_code == 1
    assert all(d.after.severity == "error" for d in w.findings.new_errors())


# --- the 2023 revision (seed 002) ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def revision(dataset):
    return what_if(dataset, REVISION)


def test_revision_is_read_against_the_data_set_without_the_adopted_2023_agreement(dataset, revision):
    applied, w = revision
    assert dataset.get("stockholm-2023") is not None
    assert applied.before.get("stockholm-2023") is None and applied.after.get("stockholm-2023") is None
    assert not any(e.id.startswith("stockholm-2023") for e in applied.before.entities())


def test_revision_turns_six_priority_areas_into_the_five_of_seed_002(dataset, revision):
    applied, w = revision
    assert len(applied.before.priority_areas_of("stockholm-2019")) == 6
    expected = [seed_line("002", n).lstrip("- ").strip() for n in range(43, 48)]  # lines 43-47
    names = [p.name for p in applied.after.priority_areas_of("stockholm-2019")]
    assert sorted(names) == sorted(expected)
    # the same five the data set transcribes for the adopted revision
    assert sorted(names) == sorted(p.name for p in dataset.priority_areas_of("stockholm-2023"))
    removed = [c for c in w.changes if c.action == "remove"]
    assert [c.id for c in removed] == ["stockholm-2019/pa-valdsbejakande-extremism"]
    styrgrupp = next(c for c in w.changes if c.id == "stockholm-2019/styrgrupp")
    assert styrgrupp.fields[0].items() == (["stockholm-2019/pa-valdsbejakande-extremism"], [])


def test_revision_local_organisation_reports_both_ways(revision):
    # seed 002 line 51: "rapporterar ... till lokal styrgrupp samt den stadsövergripande beredningsgruppen"
    assert "till lokal styrgrupp samt den stadsövergripande beredningsgruppen" in seed_line("002", 51)
    applied, _ = revision
    targets = {r.to for r in applied.after.reporting_lines if r.from_ == "stockholm-2019/lokal-samverkansorganisation"}
    assert targets == {"stockholm-2019/lokal-styrgrupp", "stockholm-2019/beredningsgrupp"}


def test_the_contradictory_revision_interval_is_in_the_data_not_the_change(revision):
    # seed 002 line 21 "vart tredje år", line 29 "vart fjärde år": said of the 2019 agreement, so the data set
    # holds both statements already; the revision neither introduces nor resolves the contradiction
    assert "vart tredje år" in seed_line("002", 21) and "vart fjärde år" in seed_line("002", 29)
    applied, w = revision
    assert {s.id for s in applied.after.statements} >= {"stockholm-2019/revision-interval/line-21",
                                                          "stockholm-2019/revision-interval/line-29"}
    assert not find(w.findings.introduced, "SAM070", "stockholm-2019")
    assert not find(w.findings.resolved, "SAM070", "stockholm-2019")


def test_revision_demands_change_with_the_profile(revision):
    _, w = revision
    # extremism is no longer a city-wide area: the 2019 recommendation for Norrmalm goes
    [gone] = find(w.findings.resolved, "SAM050", "norrmalm-2016", "extremism")
    assert gone.cause == "profile"
    # the local organisation must report to the city-wide beredningsgrupp too (line 51)
    [dual] = find(w.findings.introduced, "SAM021", "norrmalm-2016")
    assert dual.cause == "profile" and dual.finding.severity == "error" and "51" in dual.finding.citation
    assert w.exit_code == 1


# --- apply then inverse, on the real change sets ------------------------------------------------------


@pytest.mark.parametrize("path", [HL, REVISION], ids=["hl", "revision"])
def test_real_change_sets_apply_then_inverse_give_back_the_model(dataset, path):
    applied = read_changeset(dataset, path)
    cs = applied.file.changeset
    undo = inverse(applied.before, cs, profile=cs.base_profile)
    back, profile = apply(applied.after, undo)
    assert back == applied.before
    assert profile == cs.base_profile


# --- impact -------------------------------------------------------------------------------------------


def test_impact_of_the_district_administration_reports_every_group_it_is_accountable_for(dataset):
    # seed 004: "Aktivitetsansvarig Stadsdelsförvaltningen" (lines 1450, 1611, 1778) and Norrmalms
    # stadsdelsförvaltning for the trygghets- och säkerhetsråd (line 1096)
    assert "Stadsdelsförvaltningen" in seed_line("004", 1450)
    accountable = sorted(r.subject for r in dataset.responsibilities
                         if r.holder == "sdf-norrmalm" and r.kind == "accountable")
    assert len(accountable) == 4
    w = impact(dataset, "sdf-norrmalm", profile="stockholm-2023", as_of=dt.date(2024, 1, 1), lang="en")
    lost = {d.finding.subject for d in w.findings.introduced if d.finding.rule == "SAM010"}
    assert set(accountable) <= lost
    assert w.exit_code == 1
    removed = {c.id for c in w.changes if c.action == "remove"}
    assert {f"{s}~accountable~sdf-norrmalm" for s in accountable} <= removed


def test_impact_of_the_kommunpolis_reports_the_groups_it_carries(dataset):
    # seed 004 line 1924: the beredningsgrupp is "Kommunpolis och trygghets- och säkerhetssamordnare"
    assert "Deltagare: Kommunpolis" in seed_line("004", 1924)
    w = impact(dataset, "lpo-norrmalm/kommunpolis", profile="stockholm-2023", as_of=dt.date(2024, 1, 1), lang="en")
    subjects = {d.finding.subject for d in [*w.findings.introduced, *w.findings.changed]}
    assert {"norrmalm-2016/beredningsgrupp", "norrmalm-2016/samordnare"} <= subjects


def test_rank_puts_the_parties_of_the_local_agreement_first(dataset):
    r = rank(dataset, profile="stockholm-2023", as_of=dt.date(2024, 1, 1))
    top = [e.id for e in r.entries[:2]]
    assert set(top) == {"sdf-norrmalm", "lpo-norrmalm"}
    assert all(e.score == 3 * e.counts["error"] + e.counts["warning"] for e in r.entries)
    assert r.entries == sorted(r.entries, key=lambda e: (-e.score, -e.counts["error"], e.id))
    assert r.candidates >= 40 and r.seconds > 0
    from samverkan.whatif.report import render_ranking_text

    text = render_ranking_text(r, 3, "sv")
    assert text.count("\n 1 ") + text.count("\n 2 ") + text.count("\n 3 ") == 3 and "kandidater prövade." in text


# --- matching ------------------------------------------------------------------------------------------


def test_findings_match_by_key_and_pair_when_only_the_severity_changes(dataset):
    from samverkan.rules.base import Finding

    def f(severity, message, subject="g"):
        return Finding(rule="SAM030", severity=severity, agreement="a", subject=subject, message=message,
                       message_sv=message, message_en=message)

    before = [f("warning", "g lacks X (recommended)"), f("error", "g lacks Y (required)"), f("info", "z", "h")]
    after = [f("error", "g lacks X (required)"), f("error", "g lacks Y (required)"), f("info", "new", "k")]
    d = diff_findings(before, after)
    assert [finding_key(x.finding) for x in d.unchanged] == [finding_key(before[1])]
    assert [(x.before.severity, x.after.severity) for x in d.changed] == [("warning", "error")]
    assert [x.finding.subject for x in d.resolved] == ["h"] and [x.finding.subject for x in d.introduced] == ["k"]
    assert [x.after.subject for x in d.new_errors()] == ["g"]


# --- the command line ---------------------------------------------------------------------------------


def test_cli_diff_hl_in_swedish_with_citations():
    result = run("diff", DATA, "--change", HL)
    assert result.exit_code == 1, result.output
    text = result.stdout
    assert "Lösta fynd" in text and "Nya fynd" in text and "Oförändrade fynd" in text
    assert "SAM081  Styrgrupp för den övergripande samverkansöverenskommelsen" in text  # by name, not id
    assert ("Hägersten-Liljeholmens stadsdelsnämnd, protokoll 8/2019 § 6 (2019-08-29), avsnitt Punkt 3, "
            "rad 76–79") in text
    assert ".txt" not in text  # documents by their titles, never their file names
    assert "varning → fel SAM030  Chefsamrådet saknar" in text
    assert ("+ rapporteringslinje Styrgrupp för den övergripande samverkansöverenskommelsen → Kommunstyrelsens "
            "trygghetsutskott") in text  # an entity without a name by the names of its parts
    assert "Plan: 3 att lägga till, 2 att ändra, 0 att ta bort." in text


def test_cli_diff_json_is_deterministic_and_complete():
    first = run("diff", DATA, "--change", HL, "--format", "json")
    second = run("diff", DATA, "--change", HL, "--format", "json")
    assert first.exit_code == second.exit_code == 1
    assert first.stdout == second.stdout
    doc = json.loads(first.stdout)
    assert doc["plan"] == {"add": 3, "update": 2, "remove": 0}
    assert doc["profile"] == {"before": "stockholm-2019", "after": "remiss-hl-2019"}
    assert doc["source"] == {"document": "001_4881a4aa871a676f.txt", "dnr": "HL 2019/310", "date": "2019-08-29"}
    cited = {c["id"]: c["citation"] for c in doc["changes"]}
    assert cited["stockholm-2019/styrgrupp~>ks-trygghetsutskott"] == "001_4881a4aa871a676f.txt, rad 70-84"
    assert doc["summary"]["resolved"] >= 1 and doc["exit_code"] == 1


def test_cli_diff_markdown_and_english():
    result = run("diff", DATA, "--change", REVISION, "--format", "markdown", "--lang", "en")
    assert result.exit_code == 1
    assert "# Proposed change: " in result.stdout and "```diff" in result.stdout
    assert "- prioriterat område" not in result.stdout
    assert '- priority area "Arbetet mot våldsbejakande extremism"' in result.stdout


def test_cli_diff_html_is_self_contained_escaped_and_deterministic(tmp_path):
    hostile = tmp_path / "hostile.yaml"
    hostile.write_text(HL.read_text(encoding="utf-8").replace(
        "title: Hägersten-Liljeholmens", "title: <script>alert(1)</script> Hägersten-Liljeholmens"), encoding="utf-8")
    first = run("diff", DATA, "--change", hostile, "--format", "html")
    second = run("diff", DATA, "--change", hostile, "--format", "html")
    assert first.stdout == second.stdout
    page = first.stdout
    assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "") and "https://" not in page
    assert page.count("<svg") == 2  # stockholm-2019 before and after
    assert "#16a34a" in page  # the added groups and reporting lines are highlighted


def test_cli_diff_against_another_data_set(tmp_path):
    result = run("diff", DATA, "--against", DATA, "--profile", "stockholm-2023", "--as-of", "2024-01-01",
                 "--format", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["plan"] == {"add": 0, "update": 0, "remove": 0}
    assert doc["summary"]["introduced"] == doc["summary"]["resolved"] == 0


@pytest.mark.parametrize("body, line, words", [
    ("operations:\n  - {op: update, id: stockholm-2019/lokal-styrgrup, fields: {note: x}}\n", 4,
     "stockholm-2019/lokal-styrgrupp"),
    ("operations:\n  - {op: add, section: group, entity: {}}\n", 4, "groups"),
    ("operations:\n  - {op: remove, id: stockholm-2019/styrgrupp}\n", 4, "cascade"),
    ("operations:\n  - op: add\n    section: memberships\n    entity: {group: stockholm-2019/styrgrupp, "
     "member: po-sy/polisomradeschef, sources: [{document: x}]}\n", 6, "po-syd/polisomradeschef"),
    ("operations:\n  - {op: set_profile, name: remiss-hl-2091}\n", 4, "remiss-hl-2019"),
    ("base_without: [stockholm-2032]\noperations: []\n", 3, "stockholm-2023"),
])
def test_cli_invalid_change_sets_give_located_errors_and_exit_2(tmp_path, body, line, words):
    path = tmp_path / "bad.yaml"
    path.write_text("title: t\nsource: {document: x}\n" + body, encoding="utf-8")
    result = run("diff", DATA, "--change", path)
    assert result.exit_code == 2
    assert f"{path}:{line}:" in result.stderr and words in result.stderr
    assert "Traceback" not in result.output


def test_cli_diff_needs_exactly_one_of_change_and_against():
    assert run("diff", DATA).exit_code == 2
    assert run("diff", DATA, "--change", HL, "--against", DATA).exit_code == 2


def test_cli_impact_remove_and_rank():
    result = run("impact", DATA, "--remove", "sdf-norrmalm", "--as-of", "2024-01-01")
    assert result.exit_code == 1 and "Påverkan om Norrmalm stadsdelsförvaltning försvinner" in result.stdout
    unknown = run("impact", DATA, "--remove", "sdf-norrmalmm")
    assert unknown.exit_code == 2 and "sdf-norrmalm" in unknown.stderr
    ranked = run("impact", DATA, "--rank", "--top", "3", "--as-of", "2024-01-01", "--format", "json")
    assert ranked.exit_code == 0
    assert gc.isenabled()  # the ranking runs without the cyclic GC, and gives it back
    doc = json.loads(ranked.stdout)
    assert len(doc["entries"]) == 3 and doc["weights"] == {"error": 3, "warning": 1, "info": 0}
