"""`impact --rank`: every role and organisation that takes part removed in turn (with cascade), scored by the
error and warning findings its removal brings.

`rank` checks only the scope of each removal (`whatif.scope`), before and after, and counts the findings that
are in neither the scope before nor the whole data set's findings; checks of one scope are shared by the
candidates that have it. `rank_every_rule` checks the whole data set for every candidate: the reference the
tests hold `rank` to (same entries, same order, same skips).
"""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import ValidationError

from samverkan.model.changes import ChangeError, ChangeSet, RemoveOp, apply
from samverkan.model.dataset import DataSet
from samverkan.model.entities import Organisation, Role
from samverkan.model.names import ids_in, in_words, mentions
from samverkan.model.validate import validate
from samverkan.rules.base import Finding
from samverkan.rules.engine import RULES, Units, check, load_profile
from samverkan.whatif.compare import SEVERITY_WEIGHT, finding_key
from samverkan.whatif.scope import Scopes, Stale


def candidates(data: DataSet) -> list[str]:
    """Every role and organisation that takes part in an agreement: member, holder of a responsibility,
    party, signatory or contact, and the organisations of those roles."""
    ids: set[str] = set()
    for m in data.memberships:
        ids.add(m.member)
    for r in data.responsibilities:
        ids.add(r.holder)
    for a in data.agreements:
        ids.update(a.parties)
        ids.update(a.signatories)
    for item in [*data.groups, *data.activities]:
        ids.update(c.holder for c in item.contacts)
    for entity_id in list(ids):
        entity = data.get(entity_id)
        if isinstance(entity, Role):
            ids.add(entity.organisation)
    return sorted(i for i in ids if isinstance(data.get(i), (Role, Organisation)))


@dataclass(frozen=True)
class RankEntry:
    id: str
    kind: str
    label: str
    score: int
    counts: dict[str, int]
    """Introduced findings per severity."""
    subjects: tuple[str, ...]
    """What the introduced error and warning findings are about."""
    removed: int
    """Entities removed with it (its roles, memberships, responsibilities ...)."""

    def to_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "label": self.label, "score": self.score, "counts": self.counts,
                "subjects": list(self.subjects), "removed": self.removed}


@dataclass
class Ranking:
    entries: list[RankEntry]
    skipped: list[tuple[str, str]]
    """(id, why) for candidates that cannot be removed (e.g. the last party of an agreement)."""
    profile: str
    as_of: dt.date
    candidates: int
    seconds: float

    def to_json(self, top: int | None = None) -> dict:
        return {"profile": self.profile, "as_of": self.as_of.isoformat(), "candidates": self.candidates,
                "weights": SEVERITY_WEIGHT, "entries": [e.to_json() for e in self.entries[:top]],
                "skipped": [{"id": i, "why": w} for i, w in self.skipped]}


def _removal(entity_id: str) -> ChangeSet:
    return ChangeSet(title=entity_id, source={"document": "rank"}, operations=[RemoveOp(id=entity_id, cascade=True)])


def _entry(data: DataSet, entity_id: str, new: list[Finding], removed: int) -> RankEntry:
    counts = {s: sum(1 for f in new if f.severity == s) for s in SEVERITY_WEIGHT}
    score = sum(SEVERITY_WEIGHT[s] * n for s, n in counts.items())
    subjects = tuple(sorted({f.subject for f in new if f.severity in ("error", "warning")}))
    entity = data.get(entity_id)
    label = entity.title if isinstance(entity, Role) else entity.name
    if isinstance(entity, Role):
        org = data.get(entity.organisation)
        label = f"{label}, {org.short_name or org.name}" if isinstance(org, Organisation) else label
    return RankEntry(entity_id, "role" if isinstance(entity, Role) else "organisation", label, score, counts,
                     subjects, removed)


# what one candidate's removal brings: (new findings, entities removed), or raises ChangeError
Trial = Callable[[str], tuple[list[Finding], int]]


def _ranking(data: DataSet, trial: Trial, profile: str, as_of: dt.date, lang: str) -> Ranking:
    started = time.perf_counter()
    entries, skipped = [], []
    every = candidates(data)
    for entity_id in every:
        try:
            new, removed = trial(entity_id)
        except ChangeError as exc:
            skipped.append((entity_id, exc.problems[0].message.get(lang)))
            continue
        entries.append(_entry(data, entity_id, new, removed))
    entries.sort(key=lambda e: (-e.score, -e.counts["error"], e.id))
    return Ranking(entries, skipped, profile, as_of, len(every), time.perf_counter() - started)


class _Before:
    """One scope before any removal, shared by the candidates that have it: its data and its findings (ids left in
    their messages), what its units not whole in it gave, and, as a candidate asks, the ids a finding names and
    the findings in words."""

    def __init__(self, data: DataSet, valid: bool, findings: list[Finding], outside: Stale,
                 own: dict[tuple, object]):
        self.data, self.valid, self.findings = data, valid, findings
        self.raw = {finding_key(f) for f in findings}
        self.outside = outside
        """Whether a unit is not whole in the scope (`Scopes.outside`)."""
        self.own = own
        """What the units not whole in the scope gave in it (`Units.own`)."""
        self._ids = {id(f): f for f in findings}
        self._about: dict[tuple, list[Finding]] | None = None
        self._words: dict[int, str] = {}

    def named(self, f: Finding) -> frozenset[str] | None:
        """The ids the message of `f` names, if `f` is one of these very findings (a check after a removal gives
        back the findings of the units and rules the removal did not reach); else None."""
        return ids_in(f.message_en) if self._ids.get(id(f)) is f else None

    def says(self, key: tuple) -> bool:
        """Whether a finding of the scope, in words, has the key `_key_in_words` (only the findings about the same
        subject are put in words, once)."""
        if self._about is None:
            self._about = defaultdict(list)
            for f in self.findings:
                self._about[f.rule, f.agreement or "", f.subject].append(f)
        for f in self._about.get(key[:3], ()):
            words = self._words.get(id(f))
            if words is None:
                words = self._words[id(f)] = _key_in_words(self.data, f)[3]
            if words == key[3]:
                return True
        return False


def _before(part: DataSet, profile, as_of: dt.date, lang: str, remembered: dict, outside: Stale,
            valid: bool, seats: dict) -> _Before:
    own: dict[tuple, object] = {}
    raw = check(part, profile, as_of, lang=lang, words=False,
                units=Units(remembered, outside, True, own, seats=seats))
    return _Before(part, valid or not validate(part), raw, outside, own)


def _never(_entity_id: str, _reads) -> bool:
    return False


def _key_in_words(data: DataSet, f: Finding) -> tuple:
    return f.rule, f.agreement or "", f.subject, in_words(data, f.message_en, within=f.agreement, lang="en")


def _introduced(after: DataSet, raw: list[Finding], before: _Before, baseline: _Before,
                gone: set[str] | frozenset[str]) -> list[Finding]:
    """The findings of `after` (ids left in their messages) in neither the scope before nor the whole data set
    (`baseline`), as `check` would give them. A message the scope had before, naming nothing removed (`gone`),
    reads as it did then."""
    unique = {}
    for f in raw:
        named = before.named(f)
        if f.waived or (named is not None and gone.isdisjoint(named)):  # a finding of the scope before, given back
            continue
        if named is None and (finding_key(f) in before.raw and not mentions(f.message_en, gone)):
            continue
        key = _key_in_words(after, f)
        if not baseline.says(key) and not before.says(key):
            f = f.model_copy(update={"message_en": key[3]})
            unique[(f.sort_key(), f.severity, tuple(f.path), f.citation)] = f
    return list(unique.values())


def rank(data: DataSet, *, profile: str, as_of: dt.date, lang: str = "sv") -> Ranking:
    """Every candidate removed in turn, scored by the findings its removal brings; only its scope is checked."""
    loaded = load_profile(profile)
    remembered: dict[tuple, object] = {}  # what the rules' parts per unit gave, shared by the scopes (Units)
    seats: dict[tuple, tuple] = {}  # the members' facts per seat, shared likewise (`Units.seats`)
    # the whole data set holds every unit whole: its check remembers them for the scopes
    whole = check(data, loaded, as_of, lang=lang, words=False,
                  units=Units(remembered, _never, record=True, seats=seats))
    valid = not validate(data)  # a scope holds what its entities refer to: valid when the whole data set is
    baseline = _Before(data, valid, whole, _never, {})
    scopes = Scopes(data)
    scoped: dict[frozenset[str], _Before] = {}

    def findings_after(before: _Before, entity_id: str) -> tuple[DataSet, list[Finding], frozenset[str]]:
        """The scope after the removal, its findings (ids left in the messages) and the ids removed: only the
        rules that read what the removal changed run again, the others find what they found before."""
        if before.valid:  # a cascading removal from a valid data set leaves it valid: no need to validate again
            try:
                removal = scopes.without(before.data, entity_id)
            except ValidationError:
                removal = None  # `apply` says why
            if removal is not None:
                again = [code for code, r in RULES.items()
                         if r.reads is None or r.reads.affected(removal.types, removal.cleared)]
                kept = [f for f in before.findings if f.rule not in again]
                units = Units(remembered, before.outside, own=before.own, changed=scopes.changed(removal),
                              seats=seats, touched=removal.removed.union(removal.detached))
                return removal.data, check(removal.data, loaded, as_of, lang=lang, select=again, words=False,
                                           units=units) + kept, removal.removed
        after = apply(before.data, _removal(entity_id))[0]
        return after, check(after, loaded, as_of, lang=lang, words=False), frozenset(before.data.by_id) - set(
            after.by_id)

    # the whole data set is a scope of every removal, already checked: a scope holding more than half of it would
    # cost more checked before and after than the whole checked after
    scoped[frozenset(data.by_id)] = baseline

    def trial(entity_id: str) -> tuple[list[Finding], int]:
        ids = scopes.ids(entity_id)
        if 2 * len(ids) > len(data.by_id):
            ids = frozenset(data.by_id)
        if ids not in scoped:
            scoped[ids] = _before(scopes.dataset(ids), loaded, as_of, lang, remembered, scopes.outside(ids), valid,
                                  seats)
        before = scoped[ids]
        after, raw, gone = findings_after(before, entity_id)
        return _introduced(after, raw, before, baseline, gone), len(gone)

    return _ranking(data, trial, profile, as_of, lang)


def rank_every_rule(data: DataSet, *, profile: str, as_of: dt.date, lang: str = "sv") -> Ranking:
    """The same ranking by checking the whole data set after every removal (slow: the reference for `rank`)."""
    loaded = load_profile(profile)
    baseline = {finding_key(f) for f in check(data, loaded, as_of, lang=lang)}

    def trial(entity_id: str) -> tuple[list[Finding], int]:
        after, _ = apply(data, _removal(entity_id))
        new = [f for f in check(after, loaded, as_of, lang=lang) if finding_key(f) not in baseline and not f.waived]
        return new, len(data.by_id) - len(after.by_id)

    return _ranking(data, trial, profile, as_of, lang)
