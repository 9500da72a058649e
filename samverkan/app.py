"""The use cases: what `check`, `show`, `audit`, `diff` and `impact` do, with the choices every command shares
made once.

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
    from samverkan.rules.profile import load_profile

    if isinstance(profile, Profile):
        return profile
    return load_profile(choose_profile_name(data, as_of, profile))


def choose_profile_name(data: DataSet, as_of: dt.date, profile: str | None = None) -> str:
    """The name (or file) of the profile a run uses, without loading it."""
    from samverkan.rules.profile import profile_for

    return profile or profile_for(data, as_of)


def for_output(data: DataSet, show_people: bool, lang: str) -> DataSet:
    """The data set as every output sees it: without personal data unless `show_people` (one redaction pass)."""
    if show_people:
        return data
    from samverkan.model.privacy import redact

    return redact(data, lang)


def shown_findings(findings: list[Finding], redaction) -> list[Finding]:
    """The findings of a data set redacted `for_rules` (`Redaction.dataset`) as the outputs show them: every
    text and id in them redacted, then without repeats and in order again (a redacted message may repeat another
    or sort otherwise)."""
    from samverkan.rules.engine import settled

    shown = redaction.shown
    texts = ("subject", "message", "message_sv", "message_en", "citation", "suggestion")
    out = []
    for f in findings:
        update = {key: new for key in texts for old in [getattr(f, key)] for new in [shown(old)] if new is not old}
        path = [shown(p) for p in f.path]
        if any(new is not old for new, old in zip(path, f.path, strict=True)):
            update["path"] = path
        if f.agreement and shown(f.agreement) is not f.agreement:
            update["agreement"] = shown(f.agreement)
        if f.waiver_reason and shown(f.waiver_reason) is not f.waiver_reason:
            update["waiver_reason"] = shown(f.waiver_reason)
        out.append(f.model_copy(update=update) if update else f)
    return settled(out)


def redaction(data: DataSet, show_people: bool, lang: str):
    """The redaction every output of one data set goes through (None with `show_people`): its `dataset`, and
    `waiver` for the waivers shown with it."""
    if show_people:
        return None
    from samverkan.model.privacy import Redaction

    return Redaction(data, lang=lang)


def private_waivers(path: Path | None, redaction, lang: str):
    """The waivers of --waivers as every output sees them: with a redaction each reason is redacted and each
    decider hidden. Raises ConfigError for an invalid file."""
    if path is None:
        return None
    from samverkan.rules.waivers import load_waivers

    waivers = load_waivers(path)
    return waivers if redaction is None else [redaction.waiver(w) for w in waivers]


def redaction_for(before: DataSet, after: DataSet, show_people: bool, lang: str):
    """One redaction for two data sets compared (a person gets the same words in both); with `show_people`
    one that changes nothing."""
    from samverkan.model.privacy import Redaction

    return Redaction(lang=lang) if show_people else Redaction(before, after, lang=lang)


@dataclass(frozen=True)
class Checked:
    """One run of the rules: what was checked, with which profile, at which date, and what was found."""

    data: DataSet
    profile: Profile
    as_of: dt.date
    findings: list[Finding]
    codes: list[str]
    """The rules the selection enabled."""
    note: Any = None
    """A Msg every output shows when no governing text was on file at the date (profile.governing_note)."""

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
    from samverkan.rules.engine import check, governing_note, select_rules

    day = choose_date(as_of)
    loaded = choose_profile(data, day, profile)
    findings = check(data, loaded, day, lang=lang, select=select, ignore=ignore, agreement=agreement,
                     waivers=waivers)
    return Checked(data, loaded, day, findings, select_rules(select, ignore),
                   governing_note(data, day, loaded.name))


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
    from samverkan.audit.year import add_upcoming

    checked = run_rules(data, as_of=as_of, profile=profile, lang=lang, waivers=waivers)
    result = build_audit(data, checked.as_of, checked.findings, rules_run(checked.profile),
                         profile=checked.profile.name, lang=lang)
    result.note = checked.note.get(lang) if checked.note is not None else ""
    add_upcoming(result, data)
    return result


def audit_since(data: DataSet, *, as_of: dt.date, profile: Profile, explicit_profile: bool, lang: str = "sv",
                waivers: Any = None, since: dt.date | None = None, earlier_findings: list | None = None,
                label: str = ""):
    """The audit at `as_of`, compared with an earlier one: the audit at `since` (under the text that governed
    then, unless a profile was asked for) or the findings of an earlier audit's findings.json."""
    from samverkan.audit.year import add_change

    result = audit(data, as_of=as_of, profile=profile, lang=lang, waivers=waivers)
    if since is not None:
        earlier = audit(data, as_of=since, profile=profile if explicit_profile else None, lang=lang, waivers=waivers)
        earlier_findings, label = earlier.findings, str(since)
    if earlier_findings is not None:
        add_change(result, data, earlier_findings, rules_run(profile), label)
    return result


def change_profiles(data: DataSet, changeset, profile: str | None = None,
                    as_of: dt.date | None = None) -> tuple[str, str, dt.date]:
    """The profiles before and after a change set, and the date: the ones asked for, else the change set's own
    (`base_profile`, a `set_profile` operation, `as_of`), else as for any run."""
    from samverkan.model.changes import SetProfileOp

    day = choose_date(as_of or changeset.as_of)
    before = choose_profile_name(data, day, profile or changeset.base_profile)
    set_to = [op.name for op in changeset.operations if isinstance(op, SetProfileOp)]
    return before, (set_to[-1] if set_to else before), day


def diff_change(applied, *, profile_before: str, profile_after: str, as_of: dt.date, show_people: bool = False,
                lang: str = "sv"):
    """What a change set changes (`samverkan.whatif.compare.WhatIf`): both sides seen through one redaction."""
    from samverkan.whatif.compare import citations_of, compare

    cs = applied.file.changeset
    seen = redaction_for(applied.before, applied.after, show_people, lang)
    return compare(seen.dataset(applied.before), seen.dataset(applied.after), profile_before=profile_before,
                   profile_after=profile_after, as_of=as_of, lang=lang, title=seen.text(cs.title),
                   source=seen.plain(cs.source.model_dump(mode="json")),
                   citations={seen.id(k): seen.text(v) for k, v in citations_of(cs, lang).items()},
                   base_without=[seen.id(i) for i in cs.base_without], mode="change")


def diff_against(data: DataSet, other: DataSet, *, profile: str | None = None, as_of: dt.date | None = None,
                 show_people: bool = False, lang: str = "sv"):
    """What differs between two data sets, checked under one profile."""
    from samverkan.whatif.compare import compare

    day = choose_date(as_of)
    profile = choose_profile_name(data, day, profile)
    seen = redaction_for(data, other, show_people, lang)
    data, other = seen.dataset(data), seen.dataset(other)
    return compare(data, other, profile_before=profile, as_of=day, lang=lang,
                   title=f"{data.name} → {other.name}", mode="against")


def impact(data: DataSet, remove: str | None, *, profile: str | None = None, as_of: dt.date | None = None,
           show_people: bool = False, lang: str = "sv", rank_all: bool = False):
    """What breaks without one entity (`remove`), or the ranking of every role and organisation (`rank_all`)."""
    from samverkan.whatif.compare import impact as impact_of
    from samverkan.whatif.rank import rank

    day = choose_date(as_of)
    profile = choose_profile_name(data, day, profile)
    seen = redaction_for(data, data, show_people, lang)
    data = seen.dataset(data)
    if rank_all:
        return rank(data, profile=profile, as_of=day, lang=lang)
    return impact_of(data, seen.id(remove), profile=profile, as_of=day, lang=lang)


def annual(data: DataSet, year: int, *, profile: str | Path | Profile | None = None, lang: str = "sv",
           waivers: Any = None):
    """The yearly account (`samverkan.annual.AnnualReport`): audits on 1 January and 31 December, each under the
    profile of the city-wide agreement then in force unless one is asked for."""
    from samverkan.annual import build_annual

    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    start = audit(data, as_of=first, profile=profile, lang=lang, waivers=waivers)
    end_profile = choose_profile(data, last, profile)
    end = audit(data, as_of=last, profile=end_profile, lang=lang, waivers=waivers)
    return build_annual(data, year, start, end, rules_run(end_profile))
