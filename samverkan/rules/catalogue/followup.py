"""SAM100–SAM103: follow-up as Lag (2023:196) asks for it: a lägesbild kept up to date, an åtgärdsplan whose
measures have an owner and an indicator, medborgarlöften followed up, groups meeting as often as agreed.

The rules read the data's own terms (the uppföljningsplan's follow_up_items, the groups' frequency) and cite
them; they run whatever the profile (generic). Meetings are judged only for years in which the group's minutes
are on file (at least one meeting recorded): the absence of records is not taken as the absence of meetings.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from samverkan.io.i18n import Msg
from samverkan.model import validity
from samverkan.model.entities import Agreement, Promise
from samverkan.model.months import add_months, months_between_events
from samverkan.rules.base import Example, RunContext, rule
from samverkan.rules.demand import PlainDemand

PICTURE_EVERY_QUARTER = """
    - {op: add, section: follow_up_items, entity: {id: a-2023/uppfoljning-lagesbild, agreement: a-2023,
          name: Lägesbild, subject: situation_picture, frequency: {per_year: 4, text: varje kvartal},
          sources: [{document: exempel}]}}
"""
PROMISE = """
    - {{op: add, section: promises, entity: {{id: a-2023/lofte, promise: Fler trygghetsvandringar, police_area: lpo-a,
          district: sdf-a, period_from: 2023-01-01, period_to: 2023-06-30, {extra}, sources: [{{document: exempel}}]}}}}
"""


def meetings(*dates: str) -> str:
    """Edits adding the local steering group's meetings on these dates."""
    return "".join(f"\n    - {{op: add, section: meetings, entity: {{group: a-2023/styrgrupp, date: {d}, "
                   f"sources: [{{document: exempel}}]}}}}" for d in dates) + "\n"


@rule(
    "SAM100",
    reads="Agreement(parent parties replaces revises) FollowUpItem SituationPicture Statement",
    demand=PlainDemand,
    title=Msg("Lägesbilden är så aktuell som överenskommelsen kräver",
              "The situation picture is as recent as the agreement demands"),
    severity="warning",
    clause="(överenskommelsens uppföljningsplan / the agreement's follow-up plan); Lag (2023:196) 4 § (lägesbild)",
    description=Msg(
        "För varje överenskommelse i kraft vid datumet som anger hur ofta lägesbilden ska uppdateras (follow_up_items "
        "med subject situation_picture och en frekvens): den senaste lägesbilden (en odaterad räknas från "
        "överenskommelsens start) plus intervallet ligger inte före datumet. Annars: varning, med källan till kravet.",
        "For every agreement in force at the date that says how often its situation picture is updated "
        "(follow_up_items with subject situation_picture and a frequency): the latest situation picture (an undated "
        "one counts from the agreement's start) plus the interval is not before the date. Otherwise: warning, citing "
        "the demand."),
    failing=Example(
        Msg("Lägesbilden ska uppdateras varje kvartal; ingen finns sedan starten 2023-09-01.",
            "The situation picture is to be updated every quarter; there is none since the start on 2023-09-01."),
        edits=PICTURE_EVERY_QUARTER,
    ),
    passing=Example(
        Msg("Varje kvartal; senaste lägesbild 2023-11-15.", "Every quarter; latest situation picture 2023-11-15."),
        edits=PICTURE_EVERY_QUARTER + """
    - {op: add, section: situation_pictures, entity: {id: a-2023/lagesbild, title: Lägesbild, agreement: a-2023,
          date: 2023-11-15, sources: [{document: exempel}]}}
""",
    ),
    generic=True,
)
def situation_picture_recent(ctx: RunContext):
    pictures = defaultdict(list)
    for sp in ctx.data.situation_pictures:
        pictures[sp.agreement].append(sp)
    for item in sorted(ctx.data.follow_up_items, key=lambda i: i.id):
        a = ctx.data.get(item.agreement)
        if item.subject != "situation_picture" or item.frequency is None or item.frequency.per_year is None:
            continue
        if not isinstance(a, Agreement) or a.id not in ctx.agreement_ids \
                or not validity.in_force(ctx.data, a, ctx.as_of):
            continue
        months = months_between_events(item.frequency.per_year)
        dated = sorted(((sp.date or a.valid_from or dt.date.min), sp.id) for sp in pictures.get(a.id, []))
        latest, subject = dated[-1] if dated else (a.valid_from, a.id)
        if latest is None:
            continue
        due = add_months(latest, months)
        if due >= ctx.as_of:
            continue
        since = Msg(f"lägesbilden från {latest}", f"the situation picture of {latest}") if dated else \
            Msg(f"överenskommelsens start {latest} (ingen lägesbild finns)",
                f"the agreement's start on {latest} (no situation picture on file)")
        yield ctx.finding("SAM100", subject, Msg(
            f"{ctx.label(a.id)}: lägesbilden ska uppdateras \"{item.frequency.text}\" men senaste är {since.sv}; "
            f"den skulle ha uppdaterats senast {due}",
            f"{ctx.label(a.id)}: the situation picture is to be updated \"{item.frequency.text}\" but the latest is "
            f"{since.en}; it was due by {due}"),
            Msg("Uppdatera den gemensamma lägesbilden, låt styrgruppen besluta om den, datera den och bifoga den "
                "överenskommelsen (lägg in den som situation_pictures med datum).",
                "Update the joint situation picture, have the steering group decide on it, date it and attach it to "
                "the agreement (add it as situation_pictures with its date)."),
            citation=ctx.cite_source(item, prefer=["9.", "lägesbild", "uppdater"]), agreement=a.id,
            path=[subject, item.id] if subject != a.id else [a.id, item.id])


@rule(
    "SAM101",
    reads="ActionItem Agreement(parent parties replaces revises) Statement",
    demand=PlainDemand,
    title=Msg("Varje åtgärd har en ansvarig funktion och en indikator",
              "Every measure has an owner function and an indicator"),
    severity="warning",
    clause="(åtgärdsplanen / the action plan); Lag (2023:196): åtgärdsplan och uppföljning",
    description=Msg(
        "För varje åtgärd i åtgärdsplanen (action_items) i en överenskommelse som granskas och inte är avbruten: den "
        "har en ansvarig (owner, en roll eller organisation) och minst en indikator (indicators). Saknas något: "
        "varning.",
        "For every measure of the action plan (action_items) of an agreement under audit that is not cancelled: it "
        "has an owner (a role or organisation) and at least one indicator. Either missing: warning."),
    failing=Example(
        Msg("Åtgärden 'Trygghetsvandringar' har ingen ansvarig och ingen indikator.",
            "The measure 'Trygghetsvandringar' has no owner and no indicator."),
        edits="""
            - {op: add, section: action_items, entity: {id: a-2023/atgard, agreement: a-2023,
                  measure: Trygghetsvandringar, sources: [{document: exempel}]}}
        """,
    ),
    passing=Example(
        Msg("'Trygghetsvandringar': ansvarig trygghetssamordnaren; indikator 'Andel som känner sig trygga'.",
            "'Trygghetsvandringar': owner the safety coordinator; indicator 'Andel som känner sig trygga'."),
        edits="""
            - {op: add, section: action_items, entity: {id: a-2023/atgard, agreement: a-2023,
                  measure: Trygghetsvandringar, owner: sdf-a/trygghetssamordnare,
                  indicators: [Andel som känner sig trygga], sources: [{document: exempel}]}}
        """,
    ),
    generic=True,
)
def measure_owned_and_measured(ctx: RunContext):
    for item in sorted(ctx.data.action_items, key=lambda i: i.id):
        if item.agreement not in ctx.agreement_ids or item.status == "cancelled":
            continue
        missing_sv = [w for w, gap in (("ansvarig funktion", item.owner is None),
                                       ("indikator", not item.indicators)) if gap]
        missing_en = [w for w, gap in (("owner function", item.owner is None),
                                       ("indicator", not item.indicators)) if gap]
        if not missing_sv:
            continue
        measure = item.measure if len(item.measure) <= 80 else item.measure[:77].rstrip() + "…"
        yield ctx.finding("SAM101", item.id, Msg(
            f"Åtgärden \"{measure}\" saknar " + " och ".join(missing_sv),
            f"The measure \"{measure}\" has no " + " and no ".join(missing_en)),
            Msg("Ange vilken funktion som ansvarar för åtgärden och hur den följs upp (en indikator med källa).",
                "Name the function responsible for the measure and how it is followed up (an indicator and its "
                "source)."),
            citation=ctx.cite_source(item), agreement=item.agreement,
            path=[item.id, *([item.work_item] if item.work_item else [])])


def _agreement_of_promise(ctx: RunContext, p: Promise) -> str | None:
    """The promise's agreement, else the local agreement under audit of its district."""
    if p.agreement:
        return p.agreement
    for a in ctx.agreements_by_party.get(p.district, []):
        if a.id in ctx.agreement_ids and a.level == "local":
            return a.id
    return None


@rule(
    "SAM102",
    reads="Agreement(parent parties replaces revises) Organisation Promise Statement",
    demand=PlainDemand,
    title=Msg("Ett medborgarlöfte vars period har gått ut är uppföljt",
              "A citizen promise whose period has ended is followed up"),
    severity="warning",
    clause="(medborgarlöftet / the citizen promise)",
    description=Msg(
        "För varje medborgarlöfte (promises) vars period slutade före datumet: det har ett datum för uppföljning "
        "(followed_up) eller en status som visar utfallet (fulfilled, partly_fulfilled, not_fulfilled). Annars: "
        "varning.",
        "For every citizen promise whose period ended before the date: it has a follow-up date (followed_up) or a "
        "status that records the outcome (fulfilled, partly_fulfilled, not_fulfilled). Otherwise: warning."),
    failing=Example(
        Msg("Ett medborgarlöfte för första halvåret 2023, status 'ongoing', ingen uppföljning.",
            "A citizen promise for the first half of 2023, status 'ongoing', no follow-up."),
        edits=PROMISE.format(extra="status: ongoing"),
    ),
    passing=Example(
        Msg("Samma löfte, uppföljt 2023-08-15.", "The same promise, followed up on 2023-08-15."),
        edits=PROMISE.format(extra="followed_up: 2023-08-15"),
    ),
    generic=True,
)
def promise_followed_up(ctx: RunContext):
    for p in sorted(ctx.data.promises, key=lambda p: p.id):
        if p.period_to >= ctx.as_of or p.followed_up is not None:
            continue
        if p.status in ("fulfilled", "partly_fulfilled", "not_fulfilled"):
            continue
        yield ctx.finding("SAM102", p.id, Msg(
            f"Medborgarlöftet \"{p.promise}\" ({ctx.name(p.police_area)} och {ctx.name(p.district)}, "
            f"{p.period_from} – {p.period_to}) är inte uppföljt",
            f"The citizen promise \"{p.promise}\" ({ctx.name(p.police_area)} and {ctx.name(p.district)}, "
            f"{p.period_from} – {p.period_to}) has not been followed up"),
            Msg("Följ upp löftet tillsammans med polisen, redovisa utfallet för invånarna och ange datum och status.",
                "Follow up the promise together with the police, report the outcome to the residents and record the "
                "date and status."),
            citation=ctx.cite_source(p), agreement=_agreement_of_promise(ctx, p), path=[p.id, p.district])


def _days_in_force(data, a: Agreement, year: int) -> tuple[int, int]:
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    start = max(first, a.valid_from or first)
    end = min(last, validity.end_of(data, a) or last)
    return max(0, (end - start).days + 1), (last - first).days + 1


@rule(
    "SAM103",
    reads="Agreement(parent parties replaces revises) Group(priority_areas) Meeting Statement",
    demand=PlainDemand,
    title=Msg("Gruppen har mötts så ofta som överenskommelsen anger", "The group met as often as agreed"),
    severity="warning",
    clause="(gruppens mötesfrekvens i överenskommelsen / the group's meeting frequency in the agreement)",
    description=Msg(
        "För varje stående grupp med en mötesfrekvens och varje helt år före datumet för vilket gruppens möten finns "
        "registrerade (meetings; minst ett möte det året): antalet möten är minst frekvensen gånger den del av året "
        "överenskommelsen gällde (avrundat nedåt). Färre: varning.",
        "For every standing group with a meeting frequency and every whole year before the date for which its "
        "meetings are on file (meetings; at least one that year): the number of meetings is at least the frequency "
        "times the part of the year the agreement was in force (rounded down). Fewer: warning."),
    failing=Example(
        Msg("Styrgruppen ska mötas fyra gånger per år; protokollen för 2024 visar ett möte.",
            "The steering group is to meet four times a year; the minutes of 2024 show one meeting."),
        edits=meetings("2024-03-01"), as_of="2025-01-01",
    ),
    passing=Example(
        Msg("Fyra möten 2024.", "Four meetings in 2024."),
        edits=meetings("2024-03-01", "2024-05-15", "2024-09-10", "2024-11-20"), as_of="2025-01-01",
    ),
    generic=True,
)
def met_as_agreed(ctx: RunContext):
    held: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for m in ctx.data.meetings:
        held[m.group][m.date.year] += 1
    for g in sorted(ctx.groups, key=lambda g: g.id):
        if g.id not in held or not g.standing or g.frequency is None or g.frequency.per_year is None:
            continue
        a = ctx.data.get(g.agreement)
        if not isinstance(a, Agreement):
            continue
        for year in sorted(held[g.id]):
            if dt.date(year, 12, 31) >= ctx.as_of:
                continue
            days, of = _days_in_force(ctx.data, a, year)
            expected = int(g.frequency.per_year * days / of)
            count = held[g.id][year]
            if count >= expected:
                continue
            yield ctx.finding("SAM103", g.id, Msg(
                f"{ctx.label(g.id)} ska mötas \"{g.frequency.text}\" ({expected} gånger {year} under "
                f"överenskommelsens tid) men har registrerade möten bara {count} gånger",
                f"{ctx.label(g.id)} is to meet \"{g.frequency.text}\" ({expected} times in {year} while the agreement "
                f"ran) but has meetings on file only {count} times"),
                Msg("Kalla till de möten som överenskommelsen anger, eller besluta om en annan frekvens och skriv in "
                    "den; för in alla hållna möten (datum ur protokollen).",
                    "Convene the meetings the agreement sets, or decide on another frequency and write it in; record "
                    "every meeting held (dates from the minutes)."),
                citation=ctx.cite_source(g, prefer=["mötesfrekvens", "frekvens", "styrgrupp"]), agreement=g.agreement,
                path=[g.id, a.id])
