"""A rule is declared once: its examples run, its docs are generated, and a rule registered at runtime shows
up everywhere rules are listed (explain, --select, SARIF, docs)."""

from __future__ import annotations

import json

import pytest

from samverkan.findings.formats import to_sarif
from samverkan.io.i18n import Msg
from samverkan.rules import docs
from samverkan.rules.base import RULES, Example, RunContext, rule
from samverkan.rules.demand import PlainDemand
from samverkan.rules.engine import check, select_rules, selects
from samverkan.rules.examples import example_data, run_example, world
from samverkan.rules.explain import explain
from samverkan.rules.profile import Profile, load_profile
from tests.conftest import ROOT


@pytest.mark.parametrize("code", sorted(RULES))
def test_the_failing_example_gives_the_finding_and_the_passing_one_does_not(code):
    r = RULES[code]
    assert r.failing.edits.strip() or r.failing.waivers.strip(), f"{code}: a failing example changes something"
    assert run_example(code, r.failing), f"{code}: the failing example gives no {code} finding"
    assert run_example(code, r.passing) == [], f"{code}: the passing example gives a {code} finding"


def test_examples_do_not_change_the_example_world():
    before = world().model_dump(mode="json")
    for r in RULES.values():
        example_data(r.failing)
    assert world().model_dump(mode="json") == before


def test_rule_pages_and_the_readme_table_are_current():
    stale = [str(path.relative_to(ROOT)) for path, text in docs.generated(ROOT).items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    assert not stale, f"run `make docs`: {stale} are not generated from the current rule declarations"
    pages = {p.stem for p in (ROOT / "docs" / "rules").glob("*.md")}
    assert pages == set(RULES), "docs/rules/ holds a page for every rule and nothing else"


def test_a_full_code_selects_only_itself_and_a_prefix_selects_its_family():
    assert selects("SAM02", "SAM020") and selects("SAM02", "SAM021")
    assert selects("SAM099", "SAM099") and not selects("SAM099", "SAM0991")
    assert not selects("SAM09", "SAM100") and selects("ALL", "SAM001")
    assert select_rules(select="SAM09", ignore="SAM099") == ["SAM090", "SAM098"]


NO_FREQUENCY = """
    - {op: update, id: a-2023/styrgrupp, fields: {frequency: null}}
"""


@pytest.fixture
def runtime_rule():
    """SAM900, declared in one place at runtime: a steering or preparation group with no meeting frequency."""

    @rule("SAM900", title=Msg("Gruppen har en mötesfrekvens", "The group has a meeting frequency"),
          severity="info", clause="(exempel / example)", generic=True, demand=PlainDemand,
          description=Msg("En grupp utan angiven mötesfrekvens.", "A group with no meeting frequency stated."),
          failing=Example(Msg("Den lokala styrgruppen anger ingen mötesfrekvens.",
                              "The local steering group states no meeting frequency."), edits=NO_FREQUENCY))
    def no_frequency(ctx: RunContext):
        for g in ctx.groups:
            if g.frequency is None and g.kind in ("steering", "preparation"):
                yield ctx.finding("SAM900", g.id, Msg(f"{g.name} saknar mötesfrekvens", f"{g.name} has no frequency"),
                                  Msg("Ange hur ofta gruppen möts.", "State how often the group meets."),
                                  citation=ctx.cite_source(g))

    yield RULES["SAM900"]
    del RULES["SAM900"]


def test_a_rule_registered_at_runtime_is_everywhere(runtime_rule, tmp_path):
    profile: Profile = load_profile("stockholm-2023")
    assert "SAM900" in select_rules(select="SAM9")
    text = explain("SAM900", profile, "en")
    assert "The group has a meeting frequency" in text and "frequency: null" in text
    findings = run_example("SAM900", runtime_rule.failing)
    assert [f.rule for f in findings] == ["SAM900"]
    assert run_example("SAM900", runtime_rule.passing) == []
    sarif = json.loads(to_sarif(findings, codes=["SAM900"], profile="stockholm-2023", as_of="2024-01-01", lang="en"))
    assert [r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]] == ["SAM900"]
    page = docs.rule_page(runtime_rule)
    assert page.startswith("# SAM900: The group has a meeting frequency") and "frequency: null" in page
    assert "[SAM900](docs/rules/SAM900.md)" in docs.rule_table()
    everything = check(example_data(runtime_rule.failing), profile, select="ALL", lang="en")
    assert "SAM900" in {f.rule for f in everything}
