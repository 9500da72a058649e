"""The one notion of validity and succession: what is in force, what replaced what, who succeeded whom.

Plain functions over a DataSet and a day (networkx style). Every rule, the audit, show, diff and impact ask
here; no other module compares `valid_from` / `valid_to` (tests/test_validity.py checks that).

- An agreement is in force on D when it has started, has not ended (counting extensions that respect its own
  terms) and has not been replaced or revised by a newer agreement in force on D.
- A revision (`revises`) is the same agreement continued: its structure is the revised one's plus what the
  revision changes (`lineage`, `structure_of`).
- A district's state on D is one of DISTRICT_STATES: an agreement in force whose text is on file, one known to
  exist from a document though its text is not on file, or none known.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from samverkan.model.dataset import DataSet
    from samverkan.model.entities import Agreement, Extension, Organisation

ON_FILE = "in_force"
"""A district state: a local agreement is in force and its text is in the data set."""
KNOWN_NOT_ON_FILE = "not_on_file"
"""A district state: a document says a local agreement exists, but its text is not in the data set."""
EXPIRED = "expired"
"""A district state: the district's latest agreement has run out and none has taken its place."""
NONE_KNOWN = "missing"
"""A district state: no agreement of the district (or its predecessors) is known at all."""
DISTRICT_STATES = (ON_FILE, KNOWN_NOT_ON_FILE, EXPIRED, NONE_KNOWN)

AgreementStatus = Literal["not_yet", "in_force", "expired", "replaced"]


# --- periods ------------------------------------------------------------------------------------------


def within(day: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
    """Whether `day` lies in [start, end], an open bound meaning no limit."""
    return (start is None or start <= day) and (end is None or day <= end)


def before(a: dt.date | None, b: dt.date | None) -> bool:
    """Whether both dates are known and `a` is strictly earlier than `b`."""
    return a is not None and b is not None and a < b


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (earlier if negative), clipped to the month's last day; beyond the calendar,
    its first or last day (a huge stated term must not crash the date arithmetic)."""
    month = day.month - 1 + months
    year = day.year + month // 12
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return dt.date.max if months > 0 else dt.date.min
    month = month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)


def add_years(day: dt.date, years: float) -> dt.date:
    return add_months(day, round(12 * years))


# --- organisations ------------------------------------------------------------------------------------


def exists_on(org: Organisation, day: dt.date) -> bool:
    return within(day, org.valid_from, org.valid_to)


def ceased_by(org: Organisation, day: dt.date) -> bool:
    """Whether the organisation had ended before `day` (not: had not started yet)."""
    return before(org.valid_to, day)


def predecessors(data: DataSet, org_id: str) -> list[Organisation]:
    """Every organisation that became this one, directly or through earlier mergers (nearest first)."""
    seen: dict[str, Organisation] = {}
    queue = [org_id]
    while queue:
        current = queue.pop(0)
        for p in sorted(data.predecessors_by_successor.get(current, []), key=lambda o: (o.name, o.id)):
            if p.id not in seen and p.id != org_id:
                seen[p.id] = p
                queue.append(p.id)
    return list(seen.values())


def successors_on(data: DataSet, org_id: str, day: dt.date) -> list[Organisation]:
    """The organisations that carry on this one's work on `day`, following successors through later changes
    (a split gives several, a merge one)."""
    found: dict[str, Organisation] = {}
    seen = {org_id}
    queue = [org_id]
    while queue:
        org = data.get(queue.pop(0))
        for sid in getattr(org, "successors", []):
            succ = data.get(sid)
            if sid in seen or succ is None:
                continue
            seen.add(sid)
            if exists_on(succ, day):
                found[sid] = succ
            elif not before(day, succ.valid_from):
                queue.append(sid)
    return sorted(found.values(), key=lambda o: o.id)


def organisations_on(data: DataSet, day: dt.date, kind: str | None = None) -> list[Organisation]:
    return [o for o in data.organisations if exists_on(o, day) and (kind is None or o.kind == kind)]


# --- agreements ---------------------------------------------------------------------------------------


def _statement_dates(data: DataSet, subject: str, field: str) -> list[dt.date]:
    out = []
    for s in data.statements_by_subject.get((subject, field), []):
        try:
            out.append(s.value if isinstance(s.value, dt.date) else dt.date.fromisoformat(str(s.value)))
        except ValueError:
            continue
    return sorted(out)


@dataclass(frozen=True)
class ExtensionCheck:
    """One recorded extension ('extended_to') measured against the agreement's own extension terms."""

    extended_to: dt.date
    from_end: dt.date
    """The end it extends."""
    deadline: dt.date | None
    """The last day to consult, by the terms."""
    consulted: dt.date | None
    """The consultation that counts for it (the last one on or before the end it extends)."""
    problem: Literal["", "no_terms", "too_long", "not_consulted", "consulted_late"]

    @property
    def valid(self) -> bool:
        return not self.problem


def extensions(data: DataSet, agreement: Agreement) -> list[ExtensionCheck]:
    """The recorded extensions in order, each against the agreement's terms; the first that breaks them ends
    the chain (a later one cannot extend an end that was never reached)."""
    if agreement.valid_to is None:
        return []
    consulted = _statement_dates(data, agreement.id, "extension_consulted")
    ext: Extension | None = agreement.extension
    out: list[ExtensionCheck] = []
    end = agreement.valid_to
    for target in _statement_dates(data, agreement.id, "extended_to"):
        if not before(end, target):
            continue
        deadline = add_months(end, -ext.consult_months_before) if ext and ext.consult_months_before is not None \
            else None
        counted = [d for d in consulted if not before(end, d)]
        consult = counted[-1] if counted else None
        if ext is None:
            problem = "no_terms"
        elif ext.period_years is not None and before(add_years(end, ext.period_years), target):
            problem = "too_long"
        elif deadline is not None and consult is None:
            problem = "not_consulted"
        elif deadline is not None and before(deadline, consult):
            problem = "consulted_late"
        else:
            problem = ""
        out.append(ExtensionCheck(target, end, deadline, consult, problem))
        if problem:
            break
        end = target
    return out


def end_of(data: DataSet, agreement: Agreement) -> dt.date | None:
    """The last day of validity, counting the recorded extensions that respect the agreement's terms
    (None: no end, or until further notice)."""
    if agreement.valid_to is None:
        return None
    valid = [e.extended_to for e in extensions(data, agreement) if e.valid]
    return max([agreement.valid_to, *valid])


def replaced_by(data: DataSet, agreement: Agreement, day: dt.date) -> Agreement | None:
    """The agreement that has replaced or revised this one by `day`, if any (the earliest to start)."""
    newer = [a for a in data.newer_texts.get(agreement.id, []) if not before(day, a.valid_from)]
    return min(newer, key=lambda a: (a.valid_from or dt.date.min, a.id), default=None)


def started(agreement: Agreement, day: dt.date) -> bool:
    return not before(day, agreement.valid_from)


def status(data: DataSet, agreement: Agreement, day: dt.date) -> AgreementStatus:
    if not started(agreement, day):
        return "not_yet"
    if replaced_by(data, agreement, day) is not None:
        return "replaced"
    if before(end_of(data, agreement), day) and not agreement.until_further_notice:
        return "expired"
    return "in_force"


def in_force(data: DataSet, agreement: Agreement, day: dt.date) -> bool:
    """Is the agreement in force on `day`: started, not ended (extensions within its terms count), not replaced."""
    return status(data, agreement, day) == "in_force"


def expired(data: DataSet, agreement: Agreement, day: dt.date) -> bool:
    return status(data, agreement, day) == "expired"


def lineage(data: DataSet, agreement: Agreement) -> list[Agreement]:
    """The agreement, then the one it revises, and so on: the texts whose structure it carries."""
    chain = [agreement]
    while chain[-1].revises:
        older = data.get(chain[-1].revises)
        if older is None or older in chain or type(older) is not type(agreement):
            break
        chain.append(older)
    return chain


def governing_central(data: DataSet, day: dt.date) -> Agreement | None:
    """The city-wide agreement of the data set in force on `day` (the latest to start, if several), or None."""
    central = [a for a in data.central_agreements if in_force(data, a, day)]
    return max(central, key=lambda a: (a.valid_from or dt.date.min, a.id), default=None)


def agreements_of(data: DataSet, org_ids: Iterable[str], level: str | None = None) -> list[Agreement]:
    index = data.agreement_positions_by_party
    found = sorted({i for org in set(org_ids) for i in index.get(org, ())})  # in data order, each once
    return [a for a in (data.agreements[i] for i in found) if level is None or a.level == level]


@dataclass(frozen=True)
class DistrictState:
    """Where a district stands on a day: its state (one of DISTRICT_STATES) and the agreements behind it."""

    state: str
    in_force: tuple[Agreement, ...] = ()
    """The local agreements of the district in force on the day (on file or not)."""
    latest: Agreement | None = None
    """When none is in force: the latest one of the district, or of its nearest predecessor that had one."""
    via: str | None = None
    """The predecessor through which `latest` was found."""


def district_state(data: DataSet, district_id: str, day: dt.date) -> DistrictState:
    """The state of a district administration on `day`: a local agreement in force and on file, one known to
    exist but not on file, an expired one, or none known (its predecessors' agreements count as its history)."""
    own = agreements_of(data, [district_id], "local")
    current = tuple(sorted((a for a in own if in_force(data, a, day)), key=lambda a: a.id))
    if any(a.on_file for a in current):
        return DistrictState(ON_FILE, current)
    if current:
        return DistrictState(KNOWN_NOT_ON_FILE, current)
    latest = _latest([a for a in own if started(a, day)]) or _latest(own)
    via = None
    if latest is None:
        for pred in predecessors(data, district_id):
            latest = _latest(agreements_of(data, [pred.id], "local"))
            if latest is not None:
                via = pred.id
                break
    return DistrictState(EXPIRED if latest is not None and started(latest, day) else NONE_KNOWN, (), latest, via)


def _latest(agreements: list[Agreement]) -> Agreement | None:
    return max(agreements, key=lambda a: (a.valid_to or dt.date.max, a.valid_from or dt.date.min, a.id), default=None)


@dataclass(frozen=True)
class ExtensionDue:
    """The current period of an agreement that may be extended: its end, the last day to consult on extending
    it, and the consultations recorded for this period."""

    end: dt.date
    deadline: dt.date
    consulted: tuple[dt.date, ...]
    extended: bool
    """Whether the current end comes from a recorded extension."""

    def overdue(self, day: dt.date) -> bool:
        return before(self.deadline, day) and not self.consulted

    def late(self) -> list[dt.date]:
        return [d for d in self.consulted if before(self.deadline, d)]


def extension_due(data: DataSet, agreement: Agreement) -> ExtensionDue | None:
    ext = agreement.extension
    end = end_of(data, agreement)
    if end is None or agreement.until_further_notice or ext is None or ext.consult_months_before is None:
        return None
    valid = [e for e in extensions(data, agreement) if e.valid]
    since = valid[-1].from_end if valid else None
    consulted = tuple(d for d in _statement_dates(data, agreement.id, "extension_consulted")
                      if since is None or before(since, d))
    return ExtensionDue(end, add_months(end, -ext.consult_months_before), consulted, bool(valid))


def statement_dates(data: DataSet, subject: str, field: str) -> list[dt.date]:
    """The dates a field of an entity is stated with, in order (unparseable values left out)."""
    return _statement_dates(data, subject, field)
