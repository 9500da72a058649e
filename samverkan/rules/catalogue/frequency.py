"""SAM040: meeting frequency is at least the profile's minimum, with the original words quoted."""

from __future__ import annotations

from pydantic import Field

from samverkan.io.i18n import Msg
from samverkan.model.entities import AgreementLevel, GroupKind
from samverkan.rules.base import Example, RunContext, rule
from samverkan.rules.demand import Demand


def per_year(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


class FrequencyDemand(Demand):
    level: AgreementLevel
    kinds: list[GroupKind] = Field(min_length=1)
    min_per_year: float = Field(gt=0)


@rule(
    "SAM040",
    reads="Agreement(parent parties replaces revises) Group(priority_areas) Statement",
    demand=FrequencyDemand,
    title=Msg("Mötesfrekvensen når profilens minimum", "Meeting frequency is at least the profile's minimum"),
    severity="error",
    clause="003_6a855a06a73e563a.txt, Styrgrupp/Lokal styrgrupp, rad 131-132, 157-158",
    description=Msg(
        "Jämför varje grupps möten per år med profilens minimum för grupper av samma slag och nivå, och citerar "
        "både överenskommelsens och den styrande textens ord. För få: fel. Ingen frekvens eller bara 'vid behov': "
        "varning.",
        "Compares each group's meetings per year with the profile's minimum for groups of its kind and level, "
        "quoting both the agreement's and the governing text's words. Too few: error. No frequency, or only "
        "'as needed': warning."),
    failing=Example(
        Msg("Den centrala styrgruppen möts två gånger per år; profilen kräver fler.",
            "The central steering group meets twice a year; the profile asks for more."),
        edits="""
            - {op: update, id: c-2023/styrgrupp, fields: {frequency: {per_year: 2, text: två gånger
                      per år}}}
        """,
    ),
)
def minimum_frequency(ctx: RunContext):
    for demand in ctx.demands("SAM040"):
        quote = demand.citation.quote if demand.citation and demand.citation.quote else None
        rule_words = Msg(f" (\"{quote}\")", f" (\"{quote}\")") if quote else Msg("", "")
        need = per_year(demand.min_per_year)
        for g in ctx.groups:
            if g.level != demand.level or g.kind not in demand.kinds:
                continue
            f = g.frequency
            if f is None:
                yield ctx.finding("SAM040", g.id, Msg(
                    f"{ctx.label(g.id)}: ingen mötesfrekvens anges; minst {need} gånger per år krävs{rule_words.sv}",
                    f"{ctx.label(g.id)}: no meeting frequency is stated; at least {need} a year is required"
                    f"{rule_words.en}"),
                    Msg(f"Skriv in att {g.name} möts minst {need} gånger per år.",
                        f"State that {g.name} meets at least {need} times a year."),
                    demand=demand, severity="warning", path=[g.id])
            elif f.per_year is None:
                yield ctx.finding("SAM040", g.id, Msg(
                    f"{ctx.label(g.id)} möts bara \"{f.text}\"; minst {need} gånger per år krävs{rule_words.sv}",
                    f"{ctx.label(g.id)} meets only \"{f.text}\"; at least {need} a year is required{rule_words.en}"),
                    Msg(f"Fastställ minst {need} möten per år.", f"Fix at least {need} meetings a year."),
                    demand=demand, severity="warning", path=[g.id])
            elif f.per_year < demand.min_per_year:
                yield ctx.finding("SAM040", g.id, Msg(
                    f"{ctx.label(g.id)} möts {per_year(f.per_year)} gånger per år (\"{f.text}\"); minst {need} krävs"
                    f"{rule_words.sv}",
                    f"{ctx.label(g.id)} meets {per_year(f.per_year)} times a year (\"{f.text}\"); at least {need} is "
                    f"required{rule_words.en}"),
                    Msg(f"Öka till minst {need} möten per år.", f"Raise it to at least {need} meetings a year."),
                    demand=demand, path=[g.id])
