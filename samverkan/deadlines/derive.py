"""The deadlines of a data set, each from a term in the data and cited to the clause that states it."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from samverkan.deadlines.dates import effective_end
from samverkan.io.i18n import Msg
from samverkan.model import validity
from samverkan.model.dataset import DataSet
from samverkan.model.entities import Agreement, Entity, Frequency, Organisation, ReportingLine, SourceRef
from samverkan.model.months import add_months, day_in, months_between_events
from samverkan.rules.base import normalise

KINDS = ("expiry", "consultation", "revision", "situation_picture", "follow_up", "report", "promise", "action")
"""The kinds of deadline, in the order a day's deadlines are listed."""
MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


@dataclass(frozen=True)
class Deadline:
    """One date that matters: what falls due, for which agreement, how it was computed and where it is written."""

    date: dt.date
    kind: str
    agreement: str | None
    subject: str
    what: Msg
    how: Msg
    source: SourceRef | None
    party: str = ""
    """Who it concerns, for people: the district (or the city-wide agreement), never an id."""

    def sort_key(self) -> tuple:
        return (self.date, KINDS.index(self.kind), self.agreement or "", self.subject)

    @property
    def uid(self) -> str:
        """Stable across runs: derived from what the deadline is, not from when it was computed."""
        digest = hashlib.sha256(f"{self.kind}|{self.subject}|{self.date.isoformat()}".encode()).hexdigest()
        return f"{digest[:24]}@samverkan"

    def citation(self, lang: str = "sv") -> str:
        """'document title, section, rad 59-63: "quoted words"' ('' when the data names no source); the
        document's title where a bundled profile names it, else its file name."""
        ref = self.source
        if ref is None:
            return ""
        parts = [document_titles().get(ref.document, ref.document), *([ref.section] if ref.section else [])]
        if ref.lines:
            parts.append(("lines " if lang == "en" else "rad ") + ref.lines)
        text = ", ".join(parts)
        return f'{text}: "{ref.quote}"' if ref.quote else text

    def to_json(self, lang: str = "sv") -> dict:
        return {"date": self.date.isoformat(), "kind": self.kind, "agreement": self.agreement,
                "subject": self.subject, "party": self.party, "what": self.what.get(lang),
                "how": self.how.get(lang), "citation": self.citation(lang),
                "document": self.source.document if self.source else None, "uid": self.uid}


@lru_cache(maxsize=1)
def document_titles() -> dict[str, str]:
    """Document file name → title, as the bundled profiles name the documents they cite."""
    from samverkan.rules.profile import list_profiles, load_profile

    titles: dict[str, str] = {}
    for name in list_profiles():
        for document, title in load_profile(name).documents.items():
            titles.setdefault(document, title)
    return titles


def pick_source(entity: Entity, words: Iterable[str] = (), text: str | None = None) -> SourceRef:
    """The source of `entity` that states the term: one whose quote is in the clause `text`, else one whose
    quote or section holds one of `words`, else the first."""
    if text:
        clause = normalise(text)
        for ref in entity.sources:
            if ref.quote and normalise(ref.quote) and normalise(ref.quote) in clause:
                return ref
    wanted = [normalise(w) for w in words]
    for ref in entity.sources:
        if any(w in normalise(f"{ref.quote or ''} {ref.section or ''}") for w in wanted):
            return ref
    return entity.sources[0]


def party_label(data: DataSet, agreement: Agreement | None) -> str:
    """A short name for people: the district of a local agreement, 'Stadsövergripande' for a city-wide one."""
    if agreement is None:
        return ""
    if agreement.level == "central":
        return f"Stadsövergripande (från {agreement.valid_from})" if agreement.valid_from else "Stadsövergripande"
    for party in agreement.parties:
        org = data.get(party)
        if isinstance(org, Organisation) and org.kind == "district_administration":
            return org.short_name or org.name.removesuffix(" stadsdelsförvaltning")
    org = data.get(agreement.parties[0])
    return org.name if isinstance(org, Organisation) else agreement.title


def _name(data: DataSet, entity_id: str | None) -> str:
    entity = data.get(entity_id)
    for attr in ("name", "title"):
        value = getattr(entity, attr, None)
        if isinstance(value, str) and value:
            return value
    return entity_id or ""


class _Builder:
    def __init__(self, data: DataSet, horizon: dt.date):
        self.data = data
        self.horizon = horizon

    def make(self, day, kind, agreement: Agreement | None, subject, what, how, source) -> Deadline:
        return Deadline(day, kind, agreement.id if agreement else None, subject, what, how, source,
                        party_label(self.data, agreement))

    def end_of(self, agreement: Agreement) -> dt.date:
        return effective_end(self.data, agreement) or self.horizon

    def recurring(self, anchor: dt.date, months: int, until: dt.date) -> Iterator[dt.date]:
        """anchor + months, + 2 × months, … up to `until` (the agreement's end or the horizon)."""
        step = 1
        while (day := add_months(anchor, months * step)) <= until:
            yield day
            step += 1

    # --- the terms ---

    def validity(self, a: Agreement) -> Iterator[Deadline]:
        if a.valid_to is None:
            return
        clause = a.extension.text if a.extension else None
        source = pick_source(a, ("löper", "giltig", "tid"), clause)
        yield self.make(a.valid_to, "expiry", a, a.id,
                        Msg("Överenskommelsen löper ut", "The agreement expires"),
                        Msg(f"sista giltighetsdag enligt överenskommelsen ({a.valid_to})",
                            f"last day of validity under the agreement ({a.valid_to})"), source)
        ext = a.extension
        if ext is not None and ext.consult_months_before is not None:
            n = ext.consult_months_before
            yield self.make(add_months(a.valid_to, -n), "consultation", a, a.id,
                            Msg("Sista dag för samråd om förlängning", "Last day for consultation on extension"),
                            Msg(f"{n} månader före utgången {a.valid_to}", f"{n} months before expiry on {a.valid_to}"),
                            pick_source(a, ("samråd", "förläng"), ext.text))

    def revision(self, a: Agreement) -> Iterator[Deadline]:
        """Every interval the texts state (a revision carries the interval of the text it revises), each once,
        counted from this agreement's start."""
        if a.valid_from is None:
            return
        stated: dict[float, tuple[Entity, SourceRef]] = {}
        for text in validity.lineage(self.data, a):
            if text.revision_interval_years:
                stated.setdefault(text.revision_interval_years, (text, pick_source(text, ("revider",))))
            for s in sorted(self.data.statements, key=lambda s: s.id):
                if s.subject == text.id and s.field == "revision_interval_years" and \
                        isinstance(s.value, int | float) and not isinstance(s.value, bool) and s.value > 0:
                    stated.setdefault(s.value, (s, s.sources[0]))
            if stated:
                break
        several = len(stated) > 1
        for years, (entity, source) in sorted(stated.items()):
            for day in self.recurring(a.valid_from, round(years * 12), self.end_of(a)):
                yield self.make(day, "revision", a, entity.id,
                                Msg(f"Revidering ska ske (vart {_ordinal(years, 'sv')} år)",
                                    f"Revision due (every {_ordinal(years, 'en')} year)"),
                                Msg(f"{years:g} år efter {a.valid_from}" + (
                                    "; texten anger intervallet på flera sätt" if several else ""),
                                    f"{years:g} years after {a.valid_from}" + (
                                    "; the text states the interval in more than one way" if several else "")),
                                source)

    def follow_up(self, agreement: Agreement) -> Iterator[Deadline]:
        for item in self.data.follow_up_items:
            if item.agreement != agreement.id or agreement.valid_from is None:
                continue
            end = self.end_of(agreement)
            kind = "situation_picture" if item.subject == "situation_picture" else "follow_up"
            what = (Msg("Lägesbilden ska vara uppdaterad", "The situation picture is due for update")
                    if kind == "situation_picture" else Msg(
                        item.name if item.name.lower().startswith("uppföljning") else f"Uppföljning: {item.name}",
                        f"Follow-up: {item.name}"))
            source = pick_source(item, (), item.frequency.text if item.frequency else None)
            if item.due_day:
                month, day = (int(x) for x in item.due_day.split("-"))
                for year in range(agreement.valid_from.year, end.year + 1):
                    due = day_in(year, month, day)
                    if validity.before(agreement.valid_from, due) and not validity.before(end, due):
                        yield self.make(due, kind, agreement, item.id, what, Msg(
                            f"senast {due.day} {MONTHS_SV[due.month - 1]} varje år",
                            f"by {due.day} {MONTHS_EN[due.month - 1]} each year"), source)
                continue
            if item.frequency is None or item.frequency.per_year is None:
                continue
            months = months_between_events(item.frequency.per_year)
            anchor, after = agreement.valid_from, Msg(f"överenskommelsens start {agreement.valid_from}",
                                                      f"the agreement's start on {agreement.valid_from}")
            if kind == "situation_picture":
                pictures = [sp.date or agreement.valid_from for sp in self.data.situation_pictures
                            if sp.agreement == agreement.id]
                if pictures and max(pictures) > anchor:
                    anchor = max(pictures)
                    after = Msg(f"den senaste lägesbilden {anchor}", f"the latest situation picture of {anchor}")
            for due in self.recurring(anchor, months, end):
                yield self.make(due, kind, agreement, item.id, what, Msg(
                    f"{_frequency_words(item.frequency, 'sv')}: var {months}:e månad från {after.sv}",
                    f"{_frequency_words(item.frequency, 'en')}: every {months} months from {after.en}"), source)

    @cached_property
    def lines_of(self) -> dict[str | None, list[ReportingLine]]:
        """agreement → its reporting lines with a yearly frequency, in the data set's order (found once)."""
        lines: dict[str | None, list[ReportingLine]] = defaultdict(list)
        for line in self.data.reporting_lines:
            if line.frequency is not None and line.frequency.per_year is not None:
                lines[self.data.agreement_of(line.from_)].append(line)
        return lines

    def reports(self, agreement: Agreement) -> Iterator[Deadline]:
        if agreement.valid_from is None:
            return
        for line in self.lines_of.get(agreement.id, []):
            months = months_between_events(line.frequency.per_year)
            what = Msg(f"Rapport från {_name(self.data, line.from_)} till {_name(self.data, line.to)}",
                       f"Report from {_name(self.data, line.from_)} to {_name(self.data, line.to)}")
            for due in self.recurring(agreement.valid_from, months, self.end_of(agreement)):
                yield self.make(due, "report", agreement, line.id, what, Msg(
                    f"{_frequency_words(line.frequency, 'sv')}: var {months}:e månad från {agreement.valid_from}",
                    f"{_frequency_words(line.frequency, 'en')}: every {months} months from {agreement.valid_from}"),
                    pick_source(line, (), line.frequency.text))

    def promises(self) -> Iterator[Deadline]:
        for p in self.data.promises:
            a = self.data.get(p.agreement)
            yield self.make(p.period_to, "promise", a if isinstance(a, Agreement) else None, p.id,
                            Msg(f"Medborgarlöftet ska följas upp: {p.promise}", f"Follow up the promise: {p.promise}"),
                            Msg(f"löftets period slutar {p.period_to}", f"the promise's period ends on {p.period_to}"),
                            p.sources[0])

    def actions(self) -> Iterator[Deadline]:
        for item in self.data.action_items:
            if item.due is None:
                continue
            a = self.data.get(item.agreement)
            yield self.make(item.due, "action", a if isinstance(a, Agreement) else None, item.id,
                            Msg(f"Åtgärden ska vara genomförd: {item.measure}", f"Measure due: {item.measure}"),
                            Msg("åtgärdsplanens datum", "the action plan's date"), item.sources[0])


def _ordinal(years: float, lang: str) -> str:
    words = {"sv": {1: "", 2: "andra", 3: "tredje", 4: "fjärde", 5: "femte"},
             "en": {1: "", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}}[lang]
    return words.get(int(years), f"{years:g}:e" if lang == "sv" else f"{years:g}th") if years == int(years) \
        else f"{years:g}"


def _frequency_words(freq: Frequency, lang: str) -> str:
    return f"”{freq.text}”" if lang == "sv" else f"“{freq.text}”"


def last_named_date(data: DataSet) -> dt.date:
    """The last date the data set itself names (the fixed point of deterministic output: not today)."""
    days = [d for a in data.agreements for d in (a.valid_from, a.valid_to) if d]
    days += [sp.date for sp in data.situation_pictures if sp.date]
    days += [p.period_to for p in data.promises] + [m.date for m in data.meetings]
    days += [i.due for i in data.action_items if i.due]
    return max(days, default=dt.date(2000, 1, 1))


def horizon(data: DataSet) -> dt.date:
    """How far recurring terms of an agreement in force until further notice are listed when no --to is given:
    one revision interval (at least a year) past the last date the data set names, whatever today is."""
    years = max((a.revision_interval_years or 0 for a in data.agreements), default=0)
    return add_months(last_named_date(data), 12 * max(1, years))


def deadlines(data: DataSet, start: dt.date | None = None, end: dt.date | None = None) -> list[Deadline]:
    """Every deadline from `start` to `end` (both included; open when None), sorted by date."""
    b = _Builder(data, end or max(horizon(data), add_months(start, 12) if start else dt.date.min))
    found: list[Deadline] = []
    for a in sorted(data.agreements, key=lambda a: a.id):
        for gen in (b.validity(a), b.revision(a), b.follow_up(a), b.reports(a)):
            found.extend(gen)
    found.extend(b.promises())
    found.extend(b.actions())
    unique = {(d.kind, d.subject, d.date): d for d in found}
    return sorted((d for d in unique.values() if (start is None or d.date >= start) and (end is None or d.date <= end)),
                  key=Deadline.sort_key)


def next_deadline(data: DataSet, agreement_ids: Iterable[str], after: dt.date) -> Deadline | None:
    """The first deadline on or after `after` of any of the agreements (the audit matrix's column)."""
    return next_deadlines(data, after)(agreement_ids)


NEXT_MONTHS = 12 * 5
"""How far ahead `next_deadline` looks."""


def next_deadlines(data: DataSet, after: dt.date, upcoming: list[Deadline] | None = None,
                   ) -> Callable[[Iterable[str]], Deadline | None]:
    """agreement ids → `next_deadline` of them; the deadlines of the next NEXT_MONTHS are derived once for all
    (or given: `deadlines(data, after, add_months(after, NEXT_MONTHS))`)."""
    if upcoming is None:
        upcoming = deadlines(data, after, add_months(after, NEXT_MONTHS))

    def first(agreement_ids: Iterable[str]) -> Deadline | None:
        wanted = set(agreement_ids)
        return next((d for d in upcoming if d.agreement in wanted), None)

    return first
