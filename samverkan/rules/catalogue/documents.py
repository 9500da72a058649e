"""SAM060, SAM061: the agreement has the parts its profile requires, and is signed by the heads of both parties."""

from __future__ import annotations

from functools import partial

from pydantic import Field

from samverkan.io.i18n import Msg
from samverkan.model.entities import Agreement, AgreementLevel, Party
from samverkan.rules.base import Example, Finding, RunContext, rule, text_mentions, title_matches
from samverkan.rules.catalogue.accountability import within_parties
from samverkan.rules.catalogue.representation import PARTY_NAMES
from samverkan.rules.demand import Demand, PartSpec

PART_NAMES = {
    "annex:framework_agreement": Msg("samverkansavtalet", "the framework agreement"),
    "annex:contacts": Msg("kontaktuppgifter", "contact details"),
    "annex:situation_picture": Msg("en lägesbild", "a situation picture"),
    "annex:action_plan": Msg("en åtgärdsplan/handlingsplan", "an action plan"),
    "annex:structure": Msg("en samverkansstruktur", "a cooperation structure"),
    "annex:follow_up_plan": Msg("en uppföljningsplan", "a follow-up plan"),
    "annex:communication_plan": Msg("en kommunikationsplan", "a communication plan"),
    "annex:priority_areas": Msg("prioriterade samverkansområden", "priority areas"),
    "problems": Msg("de problem samverkan ska inriktas på", "the problems the cooperation focuses on"),
    "causes": Msg("problemens troliga orsaker (orsaksanalys)", "the problems' probable causes (causal analysis)"),
    "measurable_goals": Msg("avgränsade och mätbara mål med uppföljningsindikatorer",
                            "delimited, measurable goals with follow-up indicators"),
    "documentation": Msg("hur arbetet dokumenteras", "how the work is documented"),
    "follow_up": Msg("hur uppföljningen görs", "how follow-up is carried out"),
    "period": Msg("den period överenskommelsen gäller", "the period the agreement covers"),
    "contacts": Msg("parternas kontaktpersoner", "the parties' contact persons"),
}
DOCUMENTATION_TERMS = ("minnesanteckning", "protokoll", "dokumenter", "dokumentation")
CAUSE_TERMS = ("orsak",)


def has_part(ctx: RunContext, a: Agreement, part: str) -> bool:
    items = ctx.items_by_agreement.get(a.id, [])
    annexes = [x for x in a.annexes if x.present]
    statements = {s.field for s in ctx.statements_by_subject.get(a.id, []) if s.value not in (False, "", 0)}
    if part.startswith("annex:"):
        return any(x.kind == part[6:] for x in annexes)
    if part == "problems":
        return any(i.problems for i in items) or any(x.kind == "situation_picture" for x in annexes)
    if part == "causes":
        return "causal_analysis" in statements or any(text_mentions(x.title, CAUSE_TERMS) for x in annexes)
    if part == "measurable_goals":
        return any(i.goal and i.follow_up for i in items)
    if part == "documentation":
        texts = [c.text for i in items for c in i.commitments] + [x.title for x in annexes] + [a.note or ""]
        return "documentation" in statements or any(text_mentions(t, DOCUMENTATION_TERMS) for t in texts)
    if part == "follow_up":
        return any(x.kind == "follow_up_plan" for x in annexes) or any(i.follow_up for i in items)
    if part == "period":
        return a.valid_from is not None and (a.valid_to is not None or a.until_further_notice)
    if part == "contacts":
        return any(x.kind == "contacts" for x in annexes) or any(i.contacts for i in items)
    raise ValueError(part)


class PartsDemand(Demand):
    level: AgreementLevel
    parts: list[PartSpec] = Field(min_length=1)


class SignatureDemand(Demand):
    level: AgreementLevel | None = None
    heads: dict[Party, list[str]] = Field(min_length=1)


@rule(
    "SAM060",
    reads="Activity Agreement(parent parties replaces revises) Group Statement",
    demand=PartsDemand,
    title=Msg("Överenskommelsen har de delar profilen kräver", "The agreement has the parts its profile requires"),
    severity="error",
    clause="003_6a855a06a73e563a.txt, Mål, rad 59-62; reference/bra_model.md, rad 7-16",
    description=Msg(
        "Prövar varje del profilen kräver för överenskommelser på en nivå: bilagor av ett visst slag (lägesbild, "
        "åtgärdsplan, uppföljningsplan, kommunikationsplan, kontakter), och innehåll: problem, orsaker, mätbara mål "
        "med uppföljning, dokumentation, uppföljning, period. En bilaga som räknas upp men inte bifogats "
        "(present: false) är alltid ett fel. Orsaksanalys och dokumentation kan också registreras som påståenden "
        "(statements) med fälten 'causal_analysis' och 'documentation'.",
        "Checks every part the profile requires of agreements at a level: annexes of a kind (situation picture, "
        "action plan, follow-up plan, communication plan, contacts) and content: problems, causes, measurable goals "
        "with follow-up, documentation, follow-up, period. An annex that is listed but not attached (present: false) "
        "is always an error. A causal analysis and the documentation can also be recorded as statements with the "
        "fields 'causal_analysis' and 'documentation'."),
    failing=Example(
        Msg("Den lokala överenskommelsen saknar lägesbild och orsaksanalys bland bilagorna.",
            "The local agreement lacks a situation picture and a causal analysis among its annexes."),
        edits="""
            - {op: update, id: a-2023, fields: {annexes: [{number: 1, title: Kontaktuppgifter, kind: contacts},
                    {number: 4, title: Åtgärdsplan, kind: action_plan}, {number: 5, title: Uppföljningsplan,
                      kind: follow_up_plan}, {number: 6, title: Kommunikationsplan, kind: communication_plan}]}}
        """,
    ),
)
def required_parts(ctx: RunContext):
    demands = ctx.demands("SAM060")
    if not demands:
        return
    for a in ctx.agreements:
        yield from ctx.per_unit("SAM060", a.id, partial(_annexes_missing, ctx, a), ("annexes",))
    for n, demand in enumerate(demands):
        for a in ctx.agreements:
            if a.level == demand.level:
                yield from ctx.per_unit("SAM060", a.id, partial(_parts_lacking, ctx, demand, a), (n,))


def _annexes_missing(ctx: RunContext, a: Agreement) -> list[Finding]:
    """A finding per annex an agreement lists but does not attach."""
    found: list[Finding] = []
    for annex in a.annexes:
        if annex.present:
            continue
        number = f"{annex.number} " if annex.number is not None else ""
        if annex.kind == "framework_agreement":
            ref = a.parent or a.parent_dnr or "?"
            found.append(ctx.finding("SAM060", a.id, Msg(
                f"{a.id}: bilaga {number}\"{annex.title}\" (ramavtalet, {ref}) räknas upp men är inte bifogad",
                f"{a.id}: annex {number}\"{annex.title}\" (the framework agreement, {ref}) is listed but not "
                "attached"),
                Msg("Bifoga ramavtalet eller hänvisa till det med diarienummer.",
                    "Attach the framework agreement or refer to it by its registry number."),
                citation=ctx.cite_source(a, prefer=("bilagor",)), agreement=a.id, severity="info",
                path=[a.id, *([a.parent] if a.parent else [])]))
            continue
        found.append(ctx.finding("SAM060", a.id, Msg(
            f"{a.id}: bilaga {number}\"{annex.title}\" räknas upp men är inte bifogad",
            f"{a.id}: annex {number}\"{annex.title}\" is listed but not attached"),
            Msg(f"Ta fram och bifoga \"{annex.title}\", eller stryk den ur förteckningen över bilagor.",
                f"Draw up and attach \"{annex.title}\", or strike it from the list of annexes."),
            citation=ctx.cite_source(a, prefer=("bilagor",)), agreement=a.id, severity="error",
            path=[a.id]))
    return found


def _parts_lacking(ctx: RunContext, demand: PartsDemand, a: Agreement) -> list[Finding]:
    """A finding per part of the demand an agreement lacks."""
    found: list[Finding] = []
    for spec in demand.parts:
        if has_part(ctx, a, spec.part):
            continue
        if spec.part.startswith("annex:") and any(x.kind == spec.part[6:] for x in a.annexes):
            continue  # listed but not attached: reported above
        label = spec.label.msg() if spec.label else PART_NAMES[spec.part]
        required = spec.necessity == "required"
        found.append(ctx.finding("SAM060", a.id, Msg(
            f"{a.id} saknar {label.sv} ({'krävs' if required else 'rekommenderas'})",
            f"{a.id} lacks {label.en} ({'required' if required else 'recommended'})"),
            Msg(f"Komplettera överenskommelsen med {label.sv}.", f"Complete the agreement with {label.en}."),
            demand=demand, citation=ctx.cite(spec.citation or demand.citation), agreement=a.id,
            severity=demand.severity or ("error" if required else "warning"), path=[a.id]))
    return found


@rule(
    "SAM061",
    reads="Agreement Organisation Person Role Statement",
    demand=SignatureDemand,
    title=Msg("Undertecknad av cheferna för båda parter", "Signed by the heads of both parties"),
    severity="error",
    clause="reference/bra_model.md, Who signs, rad 18-22",
    description=Msg(
        "Överenskommelsen ska vara undertecknad för varje part (staden, polisen) av en funktion med en av profilens "
        "chefstitlar. Ingen undertecknare registrerad: varning. En part utan undertecknare: fel. Undertecknad av "
        "någon annan än chefen: varning.",
        "The agreement is signed for each party (city, police) by a function with one of the profile's head titles. "
        "No signatory recorded: warning. A party without a signatory: error. Signed by someone other than the head: "
        "warning."),
    failing=Example(
        Msg("Den lokala överenskommelsen är undertecknad av stadsdelsdirektören men inte av polisens chef.",
            "The local agreement is signed by the district director but not by the police chief."),
        edits="""
            - {op: update, id: a-2023, fields: {signatories: [sdf-a/stadsdelsdirektor]}}
        """,
    ),
)
def signed_by_heads(ctx: RunContext):
    for n, demand in enumerate(ctx.demands("SAM061")):
        for a in ctx.agreements:
            if not demand.level or a.level == demand.level:
                yield from ctx.per_unit("SAM061", a.id, partial(_signatures, ctx, demand, a), (n,))


def _signatures(ctx: RunContext, demand: SignatureDemand, a: Agreement) -> list[Finding]:
    """The findings about who signed one agreement."""
    return list(_signature_findings(ctx, demand, a))


def _signature_findings(ctx: RunContext, demand: SignatureDemand, a: Agreement):
    if not a.signatories:
        yield ctx.finding("SAM061", a.id, Msg(f"{a.id}: inga undertecknare är registrerade",
                                              f"{a.id}: no signatories are recorded"),
                          Msg("Registrera vilka funktioner som undertecknade (signatories).",
                              "Record which functions signed (signatories)."),
                          demand=demand, agreement=a.id, severity="warning", path=[a.id])
        return
    parties = set(a.parties)
    for s in a.signatories:
        org = ctx.organisation_of(s)
        if org is not None and not within_parties(ctx, org, parties):
            yield ctx.finding("SAM061", a.id, Msg(
                f"{a.id}: undertecknaren {ctx.label(s)} har ingen roll hos någon av parterna "
                f"({', '.join(sorted(parties))})",
                f"{a.id}: the signatory {ctx.label(s)} holds no role in any of the parties "
                f"({', '.join(sorted(parties))})"),
                Msg("Rätta undertecknaren, eller lägg till den part hen företräder.",
                    "Correct the signatory, or add the party they represent."),
                demand=demand, agreement=a.id, path=[a.id, s, org.id])
    for party, titles in sorted(demand.heads.items()):
        signers = [s for s in a.signatories if ctx.party_of(s) == party]
        name = PARTY_NAMES[party]
        heads = " / ".join(titles)
        if not signers:
            yield ctx.finding("SAM061", a.id, Msg(f"{a.id} är inte undertecknad för {name.sv}",
                                                  f"{a.id} is not signed for {name.en}"),
                              Msg(f"Låt {heads} underteckna.", f"Have the {heads} sign."),
                              demand=demand, agreement=a.id, path=[a.id, *a.signatories])
            continue
        if not any(title_matches(t, title) for s in signers for t in titles for title in ctx.titles_of(s)):
            who = ", ".join(ctx.label(s) for s in signers)
            yield ctx.finding("SAM061", a.id, Msg(
                f"{a.id} är undertecknad för {name.sv} av {who}, inte av chefen ({heads})",
                f"{a.id} is signed for {name.en} by {who}, not by the head ({heads})"),
                Msg(f"Låt {heads} underteckna, eller dokumentera delegationen.",
                    f"Have the {heads} sign, or document the delegation."),
                demand=demand, agreement=a.id, severity="warning", path=[a.id, *signers])
