"""What-if: the findings a change resolves, introduces, changes and leaves; what breaks without an entity.

The findings of two models are matched by `finding_key` (rule, agreement, subject, English message); what
is left on both sides is paired when rule, agreement and subject agree and the messages are near (a
finding whose severity or count changed). When the change also switches the profile, the model before
is checked under both profiles, so that each finding says whether the new demands or the structural
change caused it, and the new demands that the change itself meets count as resolved.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Literal

from pydantic import ValidationError
from rapidfuzz import fuzz

from samverkan.model.changes import AddOp, ChangeSet, RemoveOp, apply
from samverkan.model.dataset import DataSet
from samverkan.model.diff import EntityChange, diff_models, plan_counts
from samverkan.model.entities import ENTITY_TYPES
from samverkan.rules.base import Finding
from samverkan.rules.engine import check, load_profile

SEVERITY_WEIGHT = {"error": 3, "warning": 1, "info": 0}
"""How much one introduced finding weighs in `impact --rank`."""
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
NEAR = 80
"""Least rapidfuzz ratio between two messages of one rule and subject to count as the same finding changed."""

Kind = Literal["resolved", "introduced", "changed", "unchanged"]
Cause = Literal["change", "profile"]


def finding_key(f: Finding) -> tuple[str, str, str, str]:
    """What makes two findings of two runs the same finding."""
    return (f.rule, f.agreement or "", f.subject, f.message_en)


@dataclass(frozen=True)
class Delta:
    """One finding across the change: before and/or after, and what caused the difference."""

    kind: Kind
    before: Finding | None
    after: Finding | None
    cause: Cause | None = None

    @property
    def finding(self) -> Finding:
        return self.after or self.before  # type: ignore[return-value]

    @property
    def agreement(self) -> str:
        return self.finding.agreement or ""

    @property
    def counts_as_error(self) -> bool:
        """An error the change brings (introduced, or changed into an error), not waived."""
        return (self.kind in ("introduced", "changed") and self.after is not None
                and self.after.severity == "error" and not self.after.waived
                and not (self.before is not None and self.before.severity == "error"))

    def sort_key(self) -> tuple:
        f = self.finding
        return (f.agreement or "", SEVERITY_ORDER[f.severity], f.rule, f.subject, f.message_en)

    def to_json(self) -> dict:
        out: dict = {"kind": self.kind}
        if self.cause:
            out["cause"] = self.cause
        if self.kind == "changed":
            out["before"] = self.before.to_json()
            out["after"] = self.after.to_json()
        else:
            out["finding"] = self.finding.to_json()
        return out


@dataclass
class FindingDiff:
    resolved: list[Delta] = field(default_factory=list)
    introduced: list[Delta] = field(default_factory=list)
    changed: list[Delta] = field(default_factory=list)
    unchanged: list[Delta] = field(default_factory=list)

    def all(self) -> list[Delta]:
        return [*self.resolved, *self.introduced, *self.changed, *self.unchanged]

    def counts(self) -> dict[str, int]:
        return {k: len(getattr(self, k)) for k in ("resolved", "introduced", "changed", "unchanged")}

    def new_errors(self) -> list[Delta]:
        return [d for d in [*self.introduced, *self.changed] if d.counts_as_error]


def _index(findings: list[Finding]) -> dict[tuple, list[Finding]]:
    index: dict[tuple, list[Finding]] = defaultdict(list)
    for f in findings:
        index[finding_key(f)].append(f)
    return index


def _triple(f: Finding) -> tuple:
    return (f.rule, f.agreement, f.subject)


def _split_exact(before: list[Finding], after: list[Finding]) -> tuple[list[Delta], list[Finding], list[Finding]]:
    """The findings equal in both runs, and what is left of each side."""
    after_index = _index(after)
    unchanged, left_before = [], []
    for f in before:
        matches = after_index.get(finding_key(f))
        if matches:
            unchanged.append(Delta("unchanged", f, matches.pop(0)))
        else:
            left_before.append(f)
    return unchanged, left_before, [f for fs in after_index.values() for f in fs]


def _pair_near(left_before: list[Finding], left_after: list[Finding]) -> list[tuple[int, int]]:
    """Pairs (i, j) of what is left, by rule, agreement and subject: the only one on each side, or near
    messages, the nearest first."""
    per_before = Counter(_triple(f) for f in left_before)
    per_after = Counter(_triple(f) for f in left_after)
    candidates = []
    for i, b in enumerate(left_before):
        for j, a in enumerate(left_after):
            if _triple(b) == _triple(a):
                score = fuzz.ratio(b.message_en, a.message_en)
                if score >= NEAR or per_before[_triple(b)] == per_after[_triple(a)] == 1:
                    candidates.append((-score, finding_key(b), finding_key(a), i, j))
    pairs, used_b, used_a = [], set(), set()
    for _score, _kb, _ka, i, j in sorted(candidates):
        if i not in used_b and j not in used_a:
            used_b.add(i)
            used_a.add(j)
            pairs.append((i, j))
    return pairs


def diff_findings(before: list[Finding], after: list[Finding], demanded: list[Finding] | None = None) -> FindingDiff:
    """Match the findings of two runs. `demanded`: the model before checked under the profile after.

    Without `demanded` (one profile) every difference is caused by the change.
    """
    out = FindingDiff()
    out.unchanged, left_before, left_after = _split_exact(before, after)
    demanded_keys = {finding_key(f) for f in demanded} if demanded is not None else None

    def cause_of(f: Finding) -> Cause:
        return "profile" if demanded_keys is not None and finding_key(f) in demanded_keys else "change"

    pairs = _pair_near(left_before, left_after)
    out.changed = [Delta("changed", left_before[i], left_after[j], cause_of(left_after[j])) for i, j in pairs]
    used_b, used_a = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, f in enumerate(left_before):
        if i not in used_b:
            dropped = demanded_keys is not None and finding_key(f) not in demanded_keys
            out.resolved.append(Delta("resolved", f, None, "profile" if dropped else "change"))
    if demanded is not None:  # new demands the change itself meets
        seen = {finding_key(f) for f in [*before, *after]}
        for f in demanded:
            if finding_key(f) not in seen:
                out.resolved.append(Delta("resolved", f, None, "change"))
                seen.add(finding_key(f))
    out.introduced = [Delta("introduced", None, f, cause_of(f)) for j, f in enumerate(left_after) if j not in used_a]
    for name in ("resolved", "introduced", "changed", "unchanged"):
        getattr(out, name).sort(key=Delta.sort_key)
    return out


@dataclass
class WhatIf:
    """Everything a reviewer reads about one change: the structural plan and the finding delta."""

    before: DataSet
    after: DataSet
    profile_before: str
    profile_after: str
    as_of: dt.date
    changes: list[EntityChange]
    findings: FindingDiff
    totals: dict[str, dict[str, int]]
    """{'before': {severity: n}, 'after': {severity: n}}."""
    title: str | None = None
    source: dict | None = None
    citations: dict[str, str] = field(default_factory=dict)
    """Entity id → where in the source the operation that touched it comes from."""
    base_without: list[str] = field(default_factory=list)
    """Ids taken away from the data set before the change (the change set's base_without)."""
    mode: str = "change"
    """'change' (a change set), 'against' (two data sets) or 'impact' (an entity removed)."""
    subject: str | None = None

    @property
    def exit_code(self) -> int:
        """0 when the change introduces no error finding, 1 when it does."""
        return 1 if self.findings.new_errors() else 0

    def plan(self) -> dict[str, int]:
        return plan_counts(self.changes)

    def agreements(self) -> list[str]:
        """Every agreement with a structural change or a finding, register ('') first."""
        keys = {c.agreement for c in self.changes} | {d.agreement for d in self.findings.all()}
        return sorted(keys)

    def to_json(self) -> dict:
        counts = self.findings.counts()
        return {
            "format_version": "1",
            "mode": self.mode,
            "title": self.title,
            "subject": self.subject,
            "source": self.source,
            "base_without": list(self.base_without),
            "profile": {"before": self.profile_before, "after": self.profile_after},
            "as_of": self.as_of.isoformat(),
            "plan": self.plan(),
            "summary": {**counts, "new_errors": len(self.findings.new_errors()), "totals": self.totals},
            "changes": [{**c.to_json(), "citation": self.citations.get(c.id)} for c in self.changes],
            "findings": {k: [d.to_json() for d in getattr(self.findings, k)]
                         for k in ("resolved", "introduced", "changed", "unchanged")},
            "exit_code": self.exit_code,
        }


def _totals(findings: list[Finding]) -> dict[str, int]:
    out = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        if not f.waived:
            out[f.severity] += 1
    return out


def compare(before: DataSet, after: DataSet, *, profile_before: str, profile_after: str | None = None,
            as_of: dt.date, lang: str = "sv", select=None, ignore=None, waivers=None,
            before_findings: list[Finding] | None = None, **extra) -> WhatIf:
    """Check both models and match their findings. Raises the engine's ConfigError or CheckError."""
    profile_after = profile_after or profile_before
    options = {"lang": lang, "select": select, "ignore": ignore, "waivers": waivers}
    p_before = load_profile(profile_before)
    p_after = p_before if profile_after == profile_before else load_profile(profile_after)
    found_before = before_findings if before_findings is not None else check(before, p_before, as_of, **options)
    found_after = check(after, p_after, as_of, **options)
    demanded = None if profile_after == profile_before else check(before, p_after, as_of, **options)
    return WhatIf(before=before, after=after, profile_before=profile_before, profile_after=profile_after,
                  as_of=as_of, changes=diff_models(before, after),
                  findings=diff_findings(found_before, found_after, demanded),
                  totals={"before": _totals(found_before), "after": _totals(found_after)}, **extra)


def citations_of(changeset: ChangeSet, lang: str = "sv") -> dict[str, str]:
    """Entity id → the citation of the (last) operation that adds, updates or removes it."""
    out = {}
    for op in changeset.operations:
        if isinstance(op, AddOp):
            try:
                entity_id = ENTITY_TYPES[op.section].model_validate(op.entity).id
            except ValidationError:
                continue
        else:
            entity_id = getattr(op, "id", None)
        if entity_id and (op.lines or op.document):
            out[entity_id] = op.cite(changeset.source, lang)
    return out


# --- impact ------------------------------------------------------------------------------------------


def impact(data: DataSet, entity_id: str, *, profile: str, as_of: dt.date, lang: str = "sv",
           before_findings: list[Finding] | None = None) -> WhatIf:
    """What breaks when one entity disappears (with everything that needs it). Raises ChangeError."""
    changeset = ChangeSet(title=f"utan {entity_id}", source={"document": "impact"},
                          operations=[RemoveOp(id=entity_id, cascade=True)])
    after, _ = apply(data, changeset)
    return compare(data, after, profile_before=profile, as_of=as_of, lang=lang, before_findings=before_findings,
                   mode="impact", subject=entity_id, title=changeset.title)
