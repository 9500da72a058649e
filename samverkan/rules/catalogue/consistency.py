"""SAM070: one fact stated with different values (the data set keeps every statement with its source)."""

from __future__ import annotations

from collections import defaultdict

from samverkan.io.i18n import Msg
from samverkan.model.entities import SourceRef, Statement
from samverkan.model.fields import field_label
from samverkan.rules.base import Example, RunContext, normalise, rule
from samverkan.rules.citations import source_for_people
from samverkan.rules.demand import PlainDemand


def _norm(value) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    try:
        number = float(value)
    except (TypeError, ValueError):
        return normalise(str(value))
    return str(int(number)) if number.is_integer() else str(number)


def _attribute(entity, dotted: str):
    value = entity
    for part in dotted.split("."):
        value = getattr(value, part, None)
        if value is None:
            return None
    return value if isinstance(value, (str, int, float, bool)) else None


def _where(ref: SourceRef, lang: str) -> str:
    """The citation's form (file name kept; the outputs people read put the title in its place)."""
    parts = [ref.document]
    if ref.section:
        parts.append(ref.section)
    if ref.lines:
        parts.append(("lines " if lang == "en" else "rad ") + ref.lines)
    return ", ".join(parts)


@rule(
    "SAM070",
    demand=PlainDemand,
    title=Msg("Inga motstridiga uppgifter om samma sak", "No contradictory statements of one fact"),
    severity="warning",
    clause="(källorna till de motstridiga uppgifterna / the sources of the contradicting statements)",
    description=Msg(
        "Grupperar datamängdens påståenden (statements) per sak och fält, tillsammans med entitetens eget värde för "
        "fältet om det finns. Olika värden: varning, med varje värde, dess ord och dess källa. Regeln gäller "
        "oberoende av profil; hänvisningen är källorna själva.",
        "Groups the data set's statements by subject and field, together with the entity's own value for the "
        "field if it has one. Different values: warning, with each value, its words and its source. The rule applies "
        "whatever the profile; its citation is the sources themselves."),
    failing=Example(
        Msg("Två källor anger olika revisionsintervall för den centrala överenskommelsen: vart tredje och vart "
            "fjärde år.",
            "Two sources state different revision intervals for the central agreement: every third and every "
            "fourth year."),
        edits="""
            - {op: add, section: statements, entity: {id: s3, subject: c-2023, field: revision_interval_years,
                  value: 3, sources: [{document: exempel, lines: '21', quote: vart tredje år}]}}
            - {op: add, section: statements, entity: {id: s4, subject: c-2023, field: revision_interval_years,
                  value: 4, sources: [{document: exempel, lines: '29', quote: vart fjärde år}]}}
        """,
    ),
    generic=True,
)
def contradictions(ctx: RunContext):
    grouped: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    for s in ctx.data.statements:
        grouped[(s.subject, s.field)].append(s)
    for (subject, field), statements in sorted(grouped.items()):
        values: dict[str, list[tuple[str, SourceRef, str]]] = defaultdict(list)
        for s in sorted(statements, key=lambda s: s.id):
            values[_norm(s.value)].append((str(s.value), s.source, s.id))
        entity = ctx.data.get(subject)
        own = _attribute(entity, field) if entity is not None else None
        if own is not None and _norm(own) not in values:
            values[_norm(own)].append((str(own), entity.source, subject))
        if len(values) < 2:
            continue
        listed_sv, listed_en, cites, path = [], [], [], [subject]
        for key in sorted(values, key=lambda k: (len(k), k)):
            raw, ref, sid = values[key][0]
            words = f" \"{ref.quote}\"" if ref.quote else ""
            listed_sv.append(f"{raw}{words} ({source_for_people(ref, 'sv')})")
            listed_en.append(f"{raw}{words} ({source_for_people(ref, 'en')})")
            for _, r, i in values[key]:
                cites.append(_where(r, ctx.lang))
                if i not in path:
                    path.append(i)
        yield ctx.finding("SAM070", subject, Msg(
            f"{ctx.label(subject)}: {field_label(field, 'sv')} anges med olika värden: " + "; ".join(listed_sv),
            f"{ctx.label(subject)}: {field_label(field, 'en')} is stated with different values: "
            + "; ".join(listed_en)),
            Msg("Avgör vilket värde som gäller, rätta texten och behåll bara det beslutade påståendet.",
                "Decide which value applies, correct the text, and keep only the decided statement."),
            citation="; ".join(dict.fromkeys(cites)), path=path)
