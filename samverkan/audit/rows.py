"""The audit model behind `samverkan audit`: the districts at a date, their agreements and findings.

Rows are the districts (SDFs) the register has at the audit date, each with the local agreements
whose parties include it or one of its predecessors, a status (in force, expired, missing) and the
findings attributed to it; one more row holds the city-wide agreement and whatever belongs to no
district. The renderers (audit_html, audit_xlsx, audit_files) only read this model.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from samverkan.io.i18n import Msg
from samverkan.model import validity
from samverkan.model.dataset import DataSet
from samverkan.model.entities import Agreement, Organisation
from samverkan.model.names import named
from samverkan.rules.severity import SEVERITIES, SEVERITY_RANK

STATUSES = validity.DISTRICT_STATES
"""in_force (on file), not_on_file (known to exist, text not on file), expired, missing (none known)."""
CITYWIDE = "citywide"
"""The key of the row for the city-wide agreement and findings attributed to no district."""


@dataclass(frozen=True)
class RuleInfo:
    code: str
    title: str
    severity: str
    clause: str
    chain: bool = False
    """Its findings' paths are chains (shown with arrows)."""


@dataclass(frozen=True)
class OrgRef:
    id: str
    name: str
    short: str
    valid_to: dt.date | None = None


@dataclass(frozen=True)
class AgreementInfo:
    """One agreement of a row and where it stands at the audit date."""

    id: str
    title: str
    level: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    """The last day, counting recorded extensions."""
    until_further_notice: bool
    status: str  # in_force | not_on_file | expired | not_yet | replaced
    parties: tuple[OrgRef, ...]
    on_file: bool = True
    via: tuple[OrgRef, ...] = ()
    """The predecessors through which the agreement belongs to the row (empty: the row's own party)."""


@dataclass
class Cell:
    rule: str
    count: int = 0
    severity: str | None = None
    waived: int = 0

    def add(self, finding: Any) -> None:
        if getattr(finding, "waived", False):
            self.waived += 1
            return
        self.count += 1
        if self.severity is None or SEVERITY_RANK[finding.severity] < SEVERITY_RANK[self.severity]:
            self.severity = finding.severity


@dataclass
class Row:
    key: str
    """The district's organisation id, or CITYWIDE."""
    name: str
    short: str
    kind: str  # district | citywide
    anchor: str
    predecessors: list[OrgRef] = field(default_factory=list)
    agreements: list[AgreementInfo] = field(default_factory=list)
    status: str = "missing"
    findings: list[Any] = field(default_factory=list)
    cells: dict[str, Cell] = field(default_factory=dict)
    graph_file: str | None = None
    next_deadline: Any = None
    """The first deadline of the row's agreements on or after the audit date (samverkan.audit.year)."""

    def findings_for(self, rule: str) -> list[Any]:
        return [f for f in self.findings if f.rule == rule]

    @property
    def rules_with_findings(self) -> list[str]:
        return sorted({f.rule for f in self.findings})

    @property
    def active_findings(self) -> list[Any]:
        return [f for f in self.findings if not getattr(f, "waived", False)]

    @property
    def worst(self) -> str | None:
        severities = [f.severity for f in self.active_findings]
        return min(severities, key=SEVERITY_RANK.__getitem__, default=None)


@dataclass
class Audit:
    as_of: dt.date
    profile: str
    lang: str
    dataset: str
    rules: list[RuleInfo]
    rows: list[Row]
    """The districts at the audit date, by name."""
    citywide: Row
    findings: list[Any]
    """Every finding once, in the engine's order (agreement, rule, subject)."""
    labels: dict[str, str]
    """A readable name for every id a finding mentions."""
    note: str = ""
    """Said at the top of every output when no governing text was on file (profile.governing_note)."""
    upcoming: list[Any] = field(default_factory=list)
    """The deadlines of the next twelve months (samverkan.audit.year)."""
    comparison: Any = None
    """The change since an earlier audit, when one was given (samverkan.audit.change.Comparison)."""

    @property
    def all_rows(self) -> list[Row]:
        return [*self.rows, self.citywide]

    @property
    def status_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for row in self.rows:
            counts[row.status] += 1
        return counts

    @property
    def severity_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(SEVERITIES, 0)
        for f in self.findings:
            if not getattr(f, "waived", False):
                counts[f.severity] += 1
        return counts

    @property
    def waived_count(self) -> int:
        return sum(1 for f in self.findings if getattr(f, "waived", False))

    @property
    def lacking(self) -> list[Row]:
        """Districts without an agreement in force and on file at the date."""
        return [r for r in self.rows if r.status != validity.ON_FILE]

    def label(self, entity_id: str | None) -> str:
        if not entity_id:
            return ""
        return self.labels.get(entity_id, entity_id)


def anchor(text: str) -> str:
    """An HTML id / file-name safe form of an id."""
    return re.sub(r"[^a-z0-9-]+", "-", text.lower()).strip("-") or "x"


def valid_until(data: DataSet, agreement: Agreement) -> dt.date | None:
    """The last day of validity, counting recorded extensions within the agreement's terms (validity.end_of)."""
    return validity.end_of(data, agreement)


def agreement_status(data: DataSet, agreement: Agreement, day: dt.date) -> str:
    """in_force | not_on_file | expired | not_yet | replaced (validity.status; an agreement in force whose text
    is not on file is 'not_on_file')."""
    found = validity.status(data, agreement, day)
    if found == "in_force" and not agreement.on_file:
        return validity.KNOWN_NOT_ON_FILE
    return found


def row_status(agreements: Iterable[AgreementInfo]) -> str:
    """The state of the city-wide row from its agreements (a district's comes from validity.district_state)."""
    statuses = {a.status for a in agreements}
    for state in validity.DISTRICT_STATES:
        if state in statuses:
            return state
    return validity.NONE_KNOWN


def all_predecessors(data: DataSet, org_id: str) -> list[Organisation]:
    """Every organisation that became this one, directly or through earlier mergers (nearest first)."""
    return validity.predecessors(data, org_id)


def short_name(org: Organisation) -> str:
    """'Norra innerstaden' for 'Norra innerstaden stadsdelsförvaltning' (the register's short name first)."""
    if org.short_name:
        return org.short_name
    for suffix in (" stadsdelsförvaltning", " stadsdelsnämnd"):
        if org.name.endswith(suffix) and len(org.name) > len(suffix):
            return org.name[: -len(suffix)]
    return org.name


def _ref(data: DataSet, org_id: str) -> OrgRef:
    org = data.get(org_id)
    if isinstance(org, Organisation):
        return OrgRef(org.id, org.name, short_name(org), org.valid_to)
    return OrgRef(org_id, org_id, org_id)


def _info(data: DataSet, agreement: Agreement, day: dt.date, via: Sequence[str] = ()) -> AgreementInfo:
    return AgreementInfo(
        id=agreement.id, title=agreement.title, level=agreement.level, valid_from=agreement.valid_from,
        valid_to=valid_until(data, agreement), until_further_notice=agreement.until_further_notice,
        status=agreement_status(data, agreement, day), on_file=agreement.on_file,
        parties=tuple(_ref(data, p) for p in agreement.parties),
        via=tuple(_ref(data, v) for v in via),
    )


def _labels(data: DataSet, findings: Iterable[Any]) -> dict[str, str]:
    """What people call each entity the findings name (samverkan.model.names); ids without a name stay."""
    ids: set[str] = set()
    for f in findings:
        ids.update(x for x in (f.subject, f.agreement, *f.path) if x)
    return {entity_id: named(data, entity_id) or entity_id for entity_id in sorted(ids)}


def _rows_of_parties(parties: Sequence[str], owners: Mapping[str, list[Row]], position: Mapping[int, int]) -> list[Row]:
    """The rows whose district (or one of its predecessors) is among the parties, in the rows' order (`position`:
    id of a row → its place): found through the owners' index, not by asking every row about every agreement."""
    found = {id(row): row for p in parties for row in owners.get(p, [])}
    return sorted(found.values(), key=lambda row: position[id(row)])


def build_audit(
    data: DataSet,
    as_of: dt.date,
    findings: Sequence[Any],
    rules: Mapping[str, Any],
    *,
    profile: str,
    lang: str = "sv",
) -> Audit:
    """The audit model from a data set, the findings of one run of the rules and the rule catalogue."""
    districts = sorted(data.organisations_on(as_of, "district_administration"), key=lambda o: (o.name, o.id))
    rows: list[Row] = []
    owners: dict[str, list[Row]] = defaultdict(list)
    for district in districts:
        predecessors = [OrgRef(p.id, p.name, short_name(p), p.valid_to) for p in all_predecessors(data, district.id)]
        row = Row(key=district.id, name=district.name, short=short_name(district), kind="district",
                  anchor=anchor(district.id), predecessors=predecessors)
        rows.append(row)
        owners[district.id].append(row)
        for p in row.predecessors:
            owners[p.id].append(row)

    central: list[AgreementInfo] = []
    position = {id(row): i for i, row in enumerate(rows)}
    for agreement in sorted(data.agreements, key=lambda a: (a.valid_from or dt.date.min, a.id)):
        if agreement.level == "central":
            central.append(_info(data, agreement, as_of))
            continue
        for row in _rows_of_parties(agreement.parties, owners, position):
            own = {row.key, *(p.id for p in row.predecessors)}
            parties = [p for p in agreement.parties if p in own]
            via = [p for p in parties if p != row.key]
            row.agreements.append(_info(data, agreement, as_of, via if row.key not in parties else ()))
    for row in rows:
        row.status = validity.district_state(data, row.key, as_of).state

    citywide = Row(key=CITYWIDE, name="", short="", kind="citywide", anchor=CITYWIDE,
                   agreements=[a for a in central if a.status == "in_force"] or central[-1:])
    citywide.status = row_status(citywide.agreements)

    by_id = {a.id: a for a in data.agreements}
    for finding in findings:
        targets = list(owners.get(finding.subject, []))
        agreement = by_id.get(finding.agreement or "")
        if not targets and agreement is not None and agreement.level == "local":
            for party in agreement.parties:
                targets.extend(r for r in owners.get(party, []) if r not in targets)
        for row in targets or [citywide]:
            row.findings.append(finding)

    rule_infos = [
        RuleInfo(code=code, title=_text(rule.title, lang), severity=rule.severity, clause=_text(rule.clause, lang),
                 chain=getattr(rule, "path_is_chain", False))
        for code, rule in sorted(rules.items())
    ]
    known = {r.code for r in rule_infos}
    for code in sorted({f.rule for f in findings} - known):
        rule_infos.append(RuleInfo(code=code, title=code, severity="", clause=""))
    for row in [*rows, citywide]:
        row.cells = {r.code: Cell(r.code) for r in rule_infos}
        for finding in row.findings:
            row.cells[finding.rule].add(finding)

    return Audit(as_of=as_of, profile=profile, lang=lang, dataset=data.name, rules=rule_infos, rows=rows,
                 citywide=citywide, findings=list(findings), labels=_labels(data, findings))


def _text(value: Any, lang: str) -> str:
    if isinstance(value, Msg):
        return value.get(lang)
    if hasattr(value, "get") and not isinstance(value, (str, dict)):
        return value.get(lang)
    return "" if value is None else str(value)
