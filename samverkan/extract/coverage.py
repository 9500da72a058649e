"""What an extraction found of the elements every agreement has, and what a reader should look for by hand.

An extraction that found none of parties, validity, groups and priority areas is no extraction (exit 2, no
draft is written); one that found three kinds or fewer is thin (the draft is written, exit 1)."""

from __future__ import annotations

from dataclasses import dataclass

from samverkan.extract.record import Record
from samverkan.io.i18n import Msg

CORE = ("parties", "validity", "groups", "priority_areas")
THIN = 3  # kinds found at most, of KINDS, for a thin extraction

KINDS: list[tuple[str, Msg, Msg]] = [
    ("parties", Msg("parter", "parties"),
     Msg("parterna: 'Parter', 'mellan … och …', organisationsnummer", "the parties: 'Parter', 'mellan … och …', "
         "organisation numbers")),
    ("validity", Msg("giltighetstid", "validity"),
     Msg("giltighetstiden: 'gäller från … till …', 'giltighetstid', 'tills vidare'",
         "the validity: 'gäller från … till …', 'giltighetstid', 'tills vidare'")),
    ("groups", Msg("grupper", "groups"),
     Msg("grupperna: styrgrupp, ledningsgrupp, chefssamråd, beredningsgrupp, arbetsgrupp, råd, forum",
         "the groups: styrgrupp, ledningsgrupp, chefssamråd, beredningsgrupp, arbetsgrupp, råd, forum")),
    ("members", Msg("gruppers medlemmar", "members of groups"),
     Msg("vilka som ingår i grupperna: 'består av', 'ingår', 'deltar'",
         "who sits in the groups: 'består av', 'ingår', 'deltar'")),
    ("chairs", Msg("ordförande/sammankallande", "chairs/conveners"),
     Msg("vem som leder grupperna: 'ordförande', 'leds av', 'sammankallande'",
         "who chairs the groups: 'ordförande', 'leds av', 'sammankallande'")),
    ("frequencies", Msg("mötesfrekvenser", "meeting frequencies"),
     Msg("hur ofta grupperna träffas: 'gånger per år', 'kvartalsvis', 'varje månad'",
         "how often the groups meet: 'gånger per år', 'kvartalsvis', 'varje månad'")),
    ("reporting", Msg("rapportvägar", "reporting lines"),
     Msg("vart grupperna rapporterar: 'rapporterar till', 'återrapporterar', 'lyfts till'",
         "where the groups report: 'rapporterar till', 'återrapporterar', 'lyfts till'")),
    ("priority_areas", Msg("prioriterade områden", "priority areas"),
     Msg("de prioriterade områdena: 'prioriterade områden', 'insatsområden', 'fokusområden'",
         "the priority areas: 'prioriterade områden', 'insatsområden', 'fokusområden'")),
    ("signatories", Msg("underskrifter", "signatories"),
     Msg("underskrifterna: namn och titel sist i dokumentet", "the signatures: names and titles at the end")),
]


@dataclass
class Coverage:
    counts: dict[str, int]

    @property
    def found(self) -> list[str]:
        return [k for k, _, _ in KINDS if self.counts.get(k)]

    @property
    def empty(self) -> bool:
        return not any(self.counts.get(k) for k in CORE)

    @property
    def thin(self) -> bool:
        return not self.empty and len(self.found) <= THIN

    def missing(self) -> list[Msg]:
        return [hint for k, _, hint in KINDS if not self.counts.get(k)]


def coverage(record: Record) -> Coverage:
    groups = record.section("groups") + record.section("structure") + record.section("work_items")
    agreement = record.first("agreement")

    def having(*keys: str) -> int:
        return sum(1 for g in groups if any(g.get(k) not in (None, "", []) or k in g.fields and k.startswith("freq")
                                            for k in keys))

    counts = {
        "parties": len(record.section("parties")),
        "validity": int(bool(agreement and (agreement.get("valid_from") or agreement.get("until_further_notice")))),
        "groups": len(groups),
        "members": having("members", "participants", "police_participants", "district_participants"),
        "chairs": having("chair", "chair_between", "chairs", "owner"),
        "frequencies": having("frequency", "frequency_per_year", "frequency_text"),
        "reporting": having("reports_to"),
        "priority_areas": len(record.section("priority_areas")),
        "signatories": len(record.section("signatories")),
    }
    return Coverage(counts)
