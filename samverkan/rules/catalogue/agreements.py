"""SAM001, SAM002: the register at the audit date: one local agreement per district, agreements in force."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from samverkan.io.i18n import Msg
from samverkan.model import validity
from samverkan.model.entities import Agreement, Organisation, OrganisationKind
from samverkan.model.fields import field_named
from samverkan.rules.base import Example, RunContext, rule
from samverkan.rules.citations import document_titles, source_for_people
from samverkan.rules.demand import Demand


def valid_until(ctx: RunContext, agreement: Agreement) -> dt.date | None:
    """The last day of validity, counting recorded extensions that respect the agreement's terms."""
    return validity.end_of(ctx.data, agreement)


def in_force(ctx: RunContext, agreement: Agreement) -> bool:
    return validity.in_force(ctx.data, agreement, ctx.as_of)


class RegisterDemand(Demand):
    district_kind: OrganisationKind = "district_administration"


class ValidityDemand(Demand):
    expiry_warning_months: int = Field(default=6, ge=0)


@rule(
    "SAM001",
    reads="Agreement(parent parties replaces revises) Organisation Statement",
    demand=RegisterDemand,
    title=Msg("Varje stadsdelsförvaltning har en lokal överenskommelse i kraft",
              "Every district administration has one local agreement in force"),
    severity="error",
    clause="003_6a855a06a73e563a.txt, Samverkansorganisation, rad 77-78",
    description=Msg(
        "För varje stadsdelsförvaltning som finns i registret på granskningsdagen (--as-of): exakt en lokal "
        "överenskommelse där förvaltningen är part ska gälla den dagen. Ingen: fel (med den senaste som löpt ut, "
        "eller föregångarens). Flera: fel. Lokalpolisområdet som är part ska täcka stadsdelsområdet: varning.",
        "For every district administration the register holds on the audit date (--as-of): exactly one local "
        "agreement with the administration as a party is in force that day. None: error (naming the latest that "
        "expired, or the predecessor's). Several: error. The local police area that is a party should cover the "
        "district: warning."),
    failing=Example(
        Msg("Den lokala överenskommelsen för A gick ut 2018-05-31, så stadsdelsförvaltningen A har ingen i kraft.",
            "The local agreement for A expired on 2018-05-31, so district administration A has none in force."),
        edits="""
            - {op: update, id: a-2023, fields: {valid_from: '2016-06-01', valid_to: '2018-05-31'}}
        """,
    ),
)
def one_local_agreement(ctx: RunContext):
    central = ctx.central_in_force
    for demand in ctx.demands("SAM001"):
        for sdf in sorted(validity.organisations_on(ctx.data, ctx.as_of, demand.district_kind), key=lambda o: o.id):
            state = validity.district_state(ctx.data, sdf.id, ctx.as_of)
            current = list(state.in_force)
            where = central.id if central else None
            name = ctx.label(sdf.id)
            if len(current) > 1:
                ids = ", ".join(a.id for a in current)
                yield ctx.finding("SAM001", sdf.id, Msg(
                    f"{name} har {len(current)} lokala överenskommelser i kraft {ctx.as_of}: {ids}",
                    f"{name} has {len(current)} local agreements in force on {ctx.as_of}: {ids}"),
                    Msg("Avsluta eller slå ihop överenskommelserna så att en gäller.",
                        "End or merge the agreements so that one applies."),
                    demand=demand, agreement=where, path=[sdf.id, *(a.id for a in current)])
                continue
            if state.state == validity.ON_FILE:
                yield from _coverage(ctx, demand, sdf, current[0])
                continue
            if state.state == validity.KNOWN_NOT_ON_FILE:
                known = current[0]
                titles = document_titles(ctx.profile.documents)
                source = Msg(*(source_for_people(known.source, lang, titles) for lang in ("sv", "en")))
                yield ctx.finding("SAM001", sdf.id, Msg(
                    f"{name}: den lokala överenskommelsen {known.id} finns enligt {source.sv} men är ej inlagd i "
                    "datamängden, så dess innehåll kan inte granskas",
                    f"{name}: the local agreement {known.id} exists according to {source.en} but is not on file in "
                    "the data set, so its content cannot be checked"),
                    Msg("Begär in överenskommelsens text och lägg in den i datamängden.",
                        "Ask for the agreement's text and add it to the data set."),
                    demand=demand, agreement=where, severity="info", path=[sdf.id, known.id])
                continue
            latest, via = state.latest, state.via or ""
            if latest is None:
                message = Msg(f"{name} har ingen lokal samverkansöverenskommelse i kraft {ctx.as_of}; "
                              "datamängden innehåller ingen för förvaltningen",
                              f"{name} has no local cooperation agreement in force on {ctx.as_of}; "
                              "the data set holds none for the administration")
                path = [sdf.id]
            else:
                end = valid_until(ctx, latest)
                if not validity.started(latest, ctx.as_of):
                    state_msg = Msg(f"{latest.id} börjar gälla först {latest.valid_from}",
                                    f"{latest.id} only takes effect on {latest.valid_from}")
                else:
                    state_msg = Msg(f"den senaste, {latest.id}, gällde till {end}",
                                    f"the latest, {latest.id}, ran until {end}")
                if via:
                    state_msg = Msg(f"för föregångaren {ctx.label(via)}: {state_msg.sv}",
                                    f"the predecessor {ctx.label(via)}: {state_msg.en}")
                message = Msg(f"{name} har ingen lokal samverkansöverenskommelse i kraft {ctx.as_of}; {state_msg.sv}",
                              f"{name} has no local cooperation agreement in force on {ctx.as_of}; {state_msg.en}")
                path = [sdf.id, *([via] if via else []), latest.id]
            lpos = sorted(o.id for o in ctx.covering.get(sdf.id, [])
                          if o.kind == "local_police_area" and o.exists_on(ctx.as_of))
            partner = Msg(f" med {', '.join(lpos)}", f" with {', '.join(lpos)}") if lpos else Msg("", "")
            yield ctx.finding("SAM001", sdf.id, message, Msg(
                f"Teckna en lokal samverkansöverenskommelse för {sdf.name}{partner.sv} och lägg in den i datamängden.",
                f"Sign a local cooperation agreement for {sdf.name}{partner.en} and add it to the data set."),
                demand=demand, agreement=where, path=path)


def _latest(agreements: list[Agreement]) -> Agreement | None:
    return max(agreements, key=lambda a: (a.valid_to or dt.date.max, a.valid_from or dt.date.min, a.id), default=None)


def _coverage(ctx: RunContext, demand, sdf: Organisation, agreement: Agreement):
    parties = [o for p in agreement.parties for o in [ctx.data.get(p)] if isinstance(o, Organisation)]
    if not any(o.party == "police" for o in parties):
        yield ctx.finding("SAM001", sdf.id, Msg(
            f"{agreement.id}: överenskommelsen för {ctx.label(sdf.id)} har ingen part från polisen",
            f"{agreement.id}: the agreement for {ctx.label(sdf.id)} has no police party"),
            Msg("Lägg till lokalpolisområdet som täcker stadsdelsområdet som part.",
                "Add the local police area covering the district as a party."),
            demand=demand, agreement=agreement.id, path=[agreement.id, sdf.id])
    lpos = [o for o in parties if o.kind == "local_police_area"]
    if lpos and not any(sdf.id in lpo.covers for lpo in lpos) and any(lpo.covers for lpo in lpos):
        names = ", ".join(ctx.label(lpo.id) for lpo in lpos)
        yield ctx.finding("SAM001", sdf.id, Msg(
            f"{agreement.id}: lokalpolisområdet {names} täcker enligt registret inte {ctx.label(sdf.id)}",
            f"{agreement.id}: the local police area {names} does not cover {ctx.label(sdf.id)} in the register"),
            Msg("Kontrollera parterna eller registrets 'covers'.", "Check the parties or the register's 'covers'."),
            demand=demand, agreement=agreement.id, severity="warning", path=[agreement.id, sdf.id])


@rule(
    "SAM002",
    reads="Agreement(parent parties replaces revises) Organisation Statement",
    demand=ValidityDemand,
    title=Msg("Överenskommelsen gäller, revideras i tid och förlängs efter samråd i tid",
              "The agreement is in force, revised in time, and extended after timely consultation"),
    severity="error",
    clause="000_a4b7a08f9bffb6ad.txt, Förslag till beslut, rad 5-8; 003_6a855a06a73e563a.txt, rad 180-182",
    description=Msg(
        "För varje överenskommelse som inte ersatts på granskningsdagen: har den löpt ut (fel; med dess "
        "förlängningsregel och sista dag för samråd), har en part upphört (fel), är revisionen försenad enligt "
        "revisionsintervallet (varning), har sista dag för samråd om förlängning passerat utan att samråd "
        "registrerats (varning), eller närmar sig slutdagen (info). Förlängningar och samråd registreras som "
        "påståenden (statements) med fälten 'extended_to' och 'extension_consulted'.",
        "For every agreement not replaced by the audit date: has it expired (error; with its extension rule and "
        "the last day for consultation), has a party ceased to exist (error), is its revision overdue by its "
        "revision interval (warning), has the last day to consult on an extension passed with no consultation "
        "recorded (warning), or is its end near (info). Extensions and consultations are recorded as statements "
        "with the fields 'extended_to' and 'extension_consulted'."),
    failing=Example(
        Msg("Den centrala överenskommelsen gäller från 2018-01-01 och ska revideras vart fjärde år; 2024 är "
            "revisionen försenad.",
            "The central agreement is valid from 2018-01-01 and is to be revised every fourth year; in 2024 the "
            "revision is overdue."),
        edits="""
            - {op: update, id: c-2023, fields: {valid_from: '2018-01-01'}}
        """,
    ),
)
def agreement_in_force(ctx: RunContext):
    for demand in ctx.demands("SAM002"):
        for a in ctx.current_agreements:
            yield from _validity(ctx, demand, a)
            yield from _parties(ctx, demand, a)
            yield from _revision(ctx, demand, a)


def _validity(ctx: RunContext, demand, a: Agreement):
    cite = ctx.cite_source(a, prefer=("tid", "giltig", "löptid")) or demand.cite(ctx.lang)
    end = valid_until(ctx, a)
    if not validity.started(a, ctx.as_of):
        yield ctx.finding("SAM002", a.id, Msg(
            f"{a.id} gäller inte ännu {ctx.as_of}: börjar gälla {a.valid_from}",
            f"{a.id} is not in force yet on {ctx.as_of}: takes effect {a.valid_from}"),
                          Msg("Granska med ett senare --as-of eller mot den överenskommelse som gäller nu.",
                              "Audit with a later --as-of or against the agreement in force now."),
                          demand=demand, citation=cite, severity="info")
        return
    yield from _extension_terms(ctx, demand, a, cite)
    ext = a.extension
    consulted = validity.statement_dates(ctx.data, a.id, "extension_consulted")
    due = validity.extension_due(ctx.data, a)
    deadline = due.deadline if due else None
    if validity.expired(ctx.data, a, ctx.as_of):
        extra = Msg("", "")
        if ext is not None:
            years = _num(ext.period_years)
            by = f" senast {deadline}" if deadline else ""
            by_en = f" no later than {deadline}" if deadline else ""
            if consulted:
                extra = Msg(f"; samråd registrerat {consulted[-1]} men ingen giltig förlängning",
                            f"; consultation recorded on {consulted[-1]} but no valid extension")
            else:
                cond = Msg(f" (villkor: {ext.condition})", f" (condition: {ext.condition})") if ext.condition \
                    else Msg("", "")
                extra = Msg(f"; den kunde förlängas {years} år i taget efter samråd{by}{cond.sv}, men varken samråd "
                            "eller förlängning finns registrerat",
                            f"; it could be extended by {years} years at a time after consultation{by_en}{cond.en}, "
                            "but neither consultation nor extension is recorded")
        for pid in a.parties:
            org = ctx.data.get(pid)
            if isinstance(org, Organisation) and validity.ceased_by(org, ctx.as_of):
                succ = ", ".join(org.successors)
                then = Msg(f"; efterträdare: {succ}", f"; successor: {succ}") if succ else Msg("", "")
                extra = Msg(f"{extra.sv}. Parten {pid} upphörde {org.valid_to}{then.sv}",
                            f"{extra.en}. The party {pid} ceased on {org.valid_to}{then.en}")
        yield ctx.finding("SAM002", a.id, Msg(
            f"{a.id} gäller inte {ctx.as_of}: den löpte ut {end} och har inte ersatts{extra.sv}",
            f"{a.id} is not in force on {ctx.as_of}: it expired on {end} and has not been replaced{extra.en}"),
            Msg(f"Teckna en ny överenskommelse (med {field_named('replaces').sv} ifyllt) eller registrera "
                f"förlängningen ({field_named('extended_to').sv}) med beslutet som källa.",
                f"Sign a new agreement (with {field_named('replaces').en} filled in) or record the extension "
                f"({field_named('extended_to').en}) with the decision as its source."),
            demand=demand, citation=cite, path=[a.id])
        return
    if due is None or due.extended:
        return
    late = due.late()
    if due.overdue(ctx.as_of):
        yield ctx.finding("SAM002", a.id, Msg(
            f"{a.id} löper ut {end}; samråd om förlängning skulle ha skett senast {deadline} men inget samråd "
            "är registrerat",
            f"{a.id} expires on {end}; consultation on an extension was due by {deadline} but none is recorded"),
            Msg(f"Samråd mellan parterna nu och dokumentera beslutet ({field_named('extension_consulted').sv}), "
                "eller förbered en ny överenskommelse.",
                "Consult between the parties now and document the decision "
                f"({field_named('extension_consulted').en}), or prepare a new agreement."),
            demand=demand, citation=cite, severity="warning", path=[a.id])
    elif late:
        yield ctx.finding("SAM002", a.id, Msg(
            f"{a.id}: samrådet om förlängning skedde {late[0]}, efter sista dagen {deadline}",
            f"{a.id}: the consultation on an extension took place on {late[0]}, after the last day {deadline}"),
            Msg("Pröva om förlängningen är giltig; annars teckna en ny överenskommelse.",
                "Check whether the extension is valid; otherwise sign a new agreement."),
            demand=demand, citation=cite, severity="warning", path=[a.id])
    elif validity.within(ctx.as_of, validity.add_months(due.deadline, -demand.expiry_warning_months), due.deadline) \
            and not due.consulted:
        yield ctx.finding("SAM002", a.id, Msg(
            f"{a.id} löper ut {end}; samråd om förlängning måste ske senast {deadline}",
            f"{a.id} expires on {end}; consultation on an extension must take place by {deadline}"),
            Msg("Planera samrådet mellan parterna.", "Plan the consultation between the parties."),
            demand=demand, citation=cite, severity="info", path=[a.id])


_EXTENSION_PROBLEM = {
    "no_terms": Msg("överenskommelsen saknar förlängningsregel", "the agreement has no extension clause"),
    "too_long": Msg("förlängningen är längre än de {years} år som överenskommelsen tillåter",
                    "the extension is longer than the {years} years the agreement allows"),
    "not_consulted": Msg("inget samråd är registrerat före sista dagen {deadline}",
                         "no consultation is recorded before the last day {deadline}"),
    "consulted_late": Msg("samrådet skedde {consulted}, efter sista dagen {deadline}",
                          "the consultation took place on {consulted}, after the last day {deadline}"),
}


def _extension_terms(ctx: RunContext, demand, a: Agreement, cite: str):
    """A recorded extension that breaks the agreement's own terms is reported and does not count."""
    years = _num(a.extension.period_years) if a.extension else "?"
    for e in validity.extensions(ctx.data, a):
        if e.valid:
            continue
        why = _EXTENSION_PROBLEM[e.problem]
        fill = {"years": years, "deadline": e.deadline, "consulted": e.consulted}
        yield ctx.finding("SAM002", a.id, Msg(
            f"{a.id}: förlängningen från {e.from_end} till {e.extended_to} räknas inte: {why.sv.format(**fill)}",
            f"{a.id}: the extension from {e.from_end} to {e.extended_to} does not count: {why.en.format(**fill)}"),
            Msg("Förläng enligt överenskommelsens villkor (samråd i tid, högst den tillåtna tiden) eller teckna "
                "en ny överenskommelse.",
                "Extend by the agreement's own terms (timely consultation, at most the allowed length) or sign "
                "a new agreement."),
            demand=demand, citation=cite, severity="error", path=[a.id])


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else str(value)


def _parties(ctx: RunContext, demand, a: Agreement):
    if not in_force(ctx, a):
        return
    for pid in a.parties:
        org = ctx.data.get(pid)
        if isinstance(org, Organisation) and validity.ceased_by(org, ctx.as_of):
            succ = ", ".join(org.successors)
            then = Msg(f"; efterträdare: {succ}", f"; successor: {succ}") if succ else Msg("", "")
            yield ctx.finding("SAM002", a.id, Msg(
                f"{a.id} gäller men parten {ctx.label(pid)} finns inte {ctx.as_of} (upphörde {org.valid_to}){then.sv}",
                f"{a.id} is in force but the party {ctx.label(pid)} does not exist on {ctx.as_of} "
                f"(ended {org.valid_to}){then.en}"),
                Msg("Teckna om överenskommelsen med efterträdaren.", "Re-sign the agreement with the successor."),
                demand=demand, path=[a.id, pid, *org.successors])


def _years(value) -> int | None:
    """A stated revision interval in whole years, within the model's bound (MAX_YEARS), else None."""
    from samverkan.model.entities import MAX_YEARS

    text = str(value).strip()
    if isinstance(value, bool) or len(text) > 10 or not text.replace(".", "", 1).isdigit():
        return None
    years = int(float(text))
    return years if 0 < years <= MAX_YEARS else None


def _revision(ctx: RunContext, demand, a: Agreement):
    if a.valid_from is None:
        return
    intervals: list[int] = []
    for text in validity.lineage(ctx.data, a):  # a revision keeps the interval of the text it revises
        stated = {years for s in ctx.statements_by_subject.get(text.id, [])
                  if s.field == "revision_interval_years" for years in [_years(s.value)] if years}
        intervals = sorted({*stated, *([text.revision_interval_years] if text.revision_interval_years else [])})
        if intervals:
            break
    if not intervals:
        return
    years = intervals[0]
    revised = max([a.valid_from, *validity.statement_dates(ctx.data, a.id, "revised_on")])
    due = validity.add_months(revised, 12 * years)
    if not validity.before(due, ctx.as_of) or not in_force(ctx, a):
        return
    which = Msg("", "")
    if len(intervals) > 1:
        which = Msg(f" (det kortaste av de angivna intervallen {', '.join(map(str, intervals))} år)",
                    f" (the shortest of the stated intervals {', '.join(map(str, intervals))} years)")
    yield ctx.finding("SAM002", a.id, Msg(
        f"Revisionen av {a.id} är försenad: vart {years}:e år{which.sv} från {revised} gav {due}",
        f"The revision of {a.id} is overdue: every {years} years{which.en} from {revised} made it due on {due}"),
        Msg(f"Revidera överenskommelsen, eller registrera revisionen ({field_named('revised_on').sv}).",
            f"Revise the agreement, or record the revision ({field_named('revised_on').en})."),
        demand=demand, severity="warning", path=[a.id])
