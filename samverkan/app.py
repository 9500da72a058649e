"""The use cases: what `check`, `show` and `audit` do, with the choices every command shares made once.

A command module (`samverkan.cli`) parses options and calls one function here. The function chooses the date
and the profile (`choose_date`, `choose_profile`), hides personal data once (`for_output`), runs the rules once
(`run_rules`) and hands the findings to the feature that renders them; no renderer runs the rules itself.
Errors are the rules' own (ConfigError for a profile or waiver file, CheckError for a selector); the CLI
turns them into messages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from samverkan.model.dataset import DataSet
from samverkan.rules.base import Finding
from samverkan.rules.profile import Profile


def choose_date(as_of: dt.date | None) -> dt.date:
    """The date a run looks at: the one asked for, else today."""
    return as_of or dt.date.today()


def choose_profile(data: DataSet, as_of: dt.date, profile: str | Path | Profile | None = None) -> Profile:
    """The profile a run uses: the one asked for (name, file or loaded), else the profile of the city-wide
    agreement in force at the date (`samverkan.rules.profile.profile_for`)."""
    from samverkan.rules.profile import load_profile, profile_for

    if isinstance(profile, Profile):
        return profile
    return load_profile(profile or profile_for(data, as_of))


def for_output(data: DataSet, show_people: bool, lang: str) -> DataSet:
    """The data set as every output sees it: without personal data unless `show_people` (one redaction pass)."""
    if show_people:
        return data
    from samverkan.model.privacy import redact

    return redact(data, lang)


@dataclass(frozen=True)
class Checked:
    """One run of the rules: what was checked, with which profile, at which date, and what was found."""

    data: DataSet
    profile: Profile
    as_of: dt.date
    findings: list[Finding]
    codes: list[str]
    """The rules the selection enabled."""

    @property
    def unwaived(self) -> list[Finding]:
        return [f for f in self.findings if not f.waived]

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.unwaived)


def run_rules(data: DataSet, *, as_of: dt.date | None = None, profile: str | Path | Profile | None = None,
              lang: str = "sv", select: Any = None, ignore: Any = None, agreement: str | None = None,
              waivers: Any = None) -> Checked:
    """Run the selected rules once over a data set (already as outputs see it)."""
    from samverkan.rules.engine import check, select_rules

    day = choose_date(as_of)
    loaded = choose_profile(data, day, profile)
    findings = check(data, loaded, day, lang=lang, select=select, ignore=ignore, agreement=agreement,
                     waivers=waivers)
    return Checked(data, loaded, day, findings, select_rules(select, ignore))


def rules_run(profile: Profile) -> dict[str, Any]:
    """The rules a profile runs (demanded by it, or generic): a matrix has a column for each."""
    from samverkan.rules.catalogue import RULES

    return {code: r for code, r in sorted(RULES.items()) if r.generic or profile.demands_for(code)}


def show(data: DataSet, fmt: str = "html", *, agreement: str | None = None, as_of: dt.date | None = None,
         profile: str | Path | Profile | None = None, show_people: bool = False, lang: str = "sv"):
    """The graph page or picture of one agreement or all, with the findings of one run of the rules."""
    from samverkan.show.render import render

    checked = run_rules(data, as_of=as_of, profile=profile, lang=lang)
    return render(data, fmt, checked.unwaived, agreement=agreement, profile=checked.profile.name,
                  as_of=checked.as_of, show_people=show_people, lang=lang)


def audit(data: DataSet, *, as_of: dt.date, profile: str | Path | Profile | None = None, lang: str = "sv",
          waivers: Any = None):
    """The audit model of every district at a date (`samverkan.audit.rows.Audit`), from one run of the rules."""
    from samverkan.audit.rows import build_audit

    checked = run_rules(data, as_of=as_of, profile=profile, lang=lang, waivers=waivers)
    return build_audit(data, checked.as_of, checked.findings, rules_run(checked.profile),
                       profile=checked.profile.name, lang=lang)
