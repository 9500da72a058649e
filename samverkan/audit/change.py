"""Change since the last audit: per district, the findings resolved, new and unchanged between two runs.

A finding is the same finding when its rule, subject and English words (with their dates left out: "due by
2016-12-01" may move) are; not its agreement, which for a district's finding is the city-wide agreement in force
and changes with a revision.
The earlier findings are attributed to the later audit's rows, so a district that merged since then shows its
predecessors' findings under its new name.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from samverkan.audit.rows import Audit, build_audit
from samverkan.io.i18n import Msg
from samverkan.model.dataset import DataSet


def identity(finding: Any) -> tuple[str, str, str]:
    return (finding.rule, finding.subject, re.sub(r"\d{4}-\d{2}-\d{2}", "", finding.message_en))


@dataclass
class Change:
    resolved: list[Any] = field(default_factory=list)
    new: list[Any] = field(default_factory=list)
    unchanged: list[Any] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"resolved": len(self.resolved), "new": len(self.new), "unchanged": len(self.unchanged)}


@dataclass
class Comparison:
    since: str
    """What the audit is compared with, for people: a date or a file name."""
    by_row: dict[str, Change]
    """Row key (district id or CITYWIDE) → its change."""

    @property
    def totals(self) -> dict[str, int]:
        total = {"resolved": 0, "new": 0, "unchanged": 0}
        for change in self.by_row.values():
            for key, n in change.counts().items():
                total[key] += n
        return total


def _active(findings: Sequence[Any]) -> list[Any]:
    return [f for f in findings if not getattr(f, "waived", False)]


def compare(data: DataSet, after: Audit, before: Sequence[Any], rules: Mapping[str, Any], since: str) -> Comparison:
    """The change from the findings `before` to the audit `after`, per row of `after`."""
    earlier = build_audit(data, after.as_of, _active(before), rules, profile=after.profile, lang=after.lang)
    earlier_rows = {r.key: r for r in earlier.all_rows}
    by_row: dict[str, Change] = {}
    for row in after.all_rows:
        then_row = earlier_rows.get(row.key)
        by_row[row.key] = _change(_active(then_row.findings) if then_row else [], _active(row.findings))
    return Comparison(since, by_row)


def _change(then: Sequence[Any], now: Sequence[Any]) -> Change:
    """Matched by identity, counting repeats (two equal findings before and one now: one resolved)."""
    earlier: dict[tuple, list[Any]] = defaultdict(list)
    for f in then:
        earlier[identity(f)].append(f)
    change = Change()
    for f in now:
        matches = earlier.get(identity(f))
        if matches:
            matches.pop(0)
            change.unchanged.append(f)
        else:
            change.new.append(f)
    change.resolved = [f for key in sorted(earlier) for f in earlier[key]]
    return change


class FindingsFileError(ValueError):
    def __init__(self, message: Msg):
        self.msg = message
        super().__init__(message.en)


def load_findings(path: Path) -> list[Any]:
    """The findings of an earlier audit (its findings.json, or `check --format json`); a clear error otherwise."""
    from pydantic import ValidationError

    from samverkan.rules.base import Finding

    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise FindingsFileError(Msg(f"{path}: kunde inte läsas ({exc})", f"{path}: could not be read ({exc})")) \
            from None
    except json.JSONDecodeError as exc:
        raise FindingsFileError(Msg(
            f"{path}:{exc.lineno}:{exc.colno}: ingen giltig JSON ({exc.msg}); ange findings.json från en tidigare "
            "granskning", f"{path}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg}); give the findings.json of "
            "an earlier audit")) from None
    if not isinstance(raw, list):
        raise FindingsFileError(Msg(f"{path}: väntade en lista med fynd (findings.json från samverkan audit)",
                                    f"{path}: expected a list of findings (findings.json of samverkan audit)"))
    findings = []
    for n, item in enumerate(raw, 1):
        try:
            findings.append(Finding.model_validate(item))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(x) for x in first["loc"])
            raise FindingsFileError(Msg(
                f"{path}: fynd nummer {n}: {where}: {first['msg']}; ange findings.json från en tidigare granskning",
                f"{path}: finding number {n}: {where}: {first['msg']}; give the findings.json of an earlier "
                "audit")) from None
    return findings
