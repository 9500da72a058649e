"""What-if reports as text, Markdown and JSON: the finding delta and a Terraform-like structural plan.

Text and Markdown group everything per agreement: the structural changes (`+` add, `~` change, `-` remove,
only the changed fields shown), then the findings resolved, introduced and changed with their citations,
then the unchanged ones; a `Plan:` line ends the report. Every format is deterministic.
"""

from __future__ import annotations

import json
from typing import Any

from samverkan.io.i18n import Msg
from samverkan.model.diff import REGISTER, EntityChange
from samverkan.model.fields import ENTITY_WORDS, FIELD_LABELS, field_label, value_word
from samverkan.model.names import in_words, name_of, parts_in_words
from samverkan.rules.citations import document_title, for_people, place
from samverkan.whatif.compare import Delta, WhatIf
from samverkan.whatif.rank import Ranking

SEVERITY: dict[str, Msg] = {"error": Msg("fel", "error"), "warning": Msg("varning", "warning"),
                            "info": Msg("info", "info")}
KIND_WORDS: dict[str, Msg] = {
    "resolved": Msg("Lösta fynd", "Resolved findings"),
    "introduced": Msg("Nya fynd", "Introduced findings"),
    "changed": Msg("Ändrade fynd", "Changed findings"),
    "unchanged": Msg("Oförändrade fynd", "Unchanged findings"),
}
MARK = {"resolved": "✓", "introduced": "✗", "changed": "~", "unchanged": "·"}
CAUSE: dict[tuple[str, str], Msg] = {
    ("resolved", "change"): Msg("löst av ändringen", "resolved by the change"),
    ("resolved", "profile"): Msg("krävs inte längre av profilen", "no longer demanded by the profile"),
    ("introduced", "change"): Msg("orsakat av ändringen", "caused by the change"),
    ("introduced", "profile"): Msg("nytt krav i profilen, uppfylls inte", "a new demand of the profile, not met"),
    ("changed", "change"): Msg("ändrat av ändringen", "changed by the change"),
    ("changed", "profile"): Msg("kravet i profilen är ändrat", "the profile's demand changed"),
    ("stricter", "profile"): Msg("skärpt krav i profilen", "a stricter demand of the profile"),
    ("milder", "profile"): Msg("mildare krav i profilen", "a milder demand of the profile"),
}


def severity_words(d: Delta, lang: str) -> str:
    """'fel', or 'varning → fel' for a finding whose severity changed."""
    if d.kind == "changed" and d.before.severity != d.after.severity:
        return f"{SEVERITY[d.before.severity].get(lang)} → {SEVERITY[d.after.severity].get(lang)}"
    return SEVERITY[d.finding.severity].get(lang)


def cause_words(d: Delta, lang: str) -> str:
    """Why a finding is on its list, in words ('' for unchanged ones)."""
    kind = d.kind
    if kind == "changed" and d.cause == "profile" and d.before.severity != d.after.severity:
        kind = "stricter" if SEVERITY_RANK[d.after.severity] < SEVERITY_RANK[d.before.severity] else "milder"
    words = CAUSE.get((kind, d.cause or ""))
    return words.get(lang) if words else ""
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def t(sv: str, en: str, lang: str) -> str:
    return en if lang == "en" else sv


def _value(value: Any, lang: str = "sv", parent: str = "") -> str:
    """A field value in words, whole: nested fields by their labels (`samverkan.model.fields`), yes/no, none."""
    if isinstance(value, dict) and parent == "sources." and value.get("document"):
        quote = f" ”{value['quote']}”" if value.get("quote") else ""
        return place(value["document"], value.get("section"), value.get("lines"), lang) + quote
    if isinstance(value, dict):
        return "{" + ", ".join(f"{field_label(parent + k if parent + k in FIELD_LABELS else k, lang)}: "
                               f"{_value(v, lang)}" for k, v in value.items() if v not in (None, [])) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_value(v, lang, parent) for v in value) + "]"
    if value is None:
        return t("(inget)", "(none)", lang)
    if isinstance(value, bool):
        return t("ja", "yes", lang) if value else t("nej", "no", lang)
    return str(value)


class _BothSides:
    """The entities of both sides, the newer first: what a report names exists on at least one of them."""

    def __init__(self, w: WhatIf):
        self.w = w

    def get(self, entity_id):
        return self.w.after.get(entity_id) or self.w.before.get(entity_id)


def _words(w: WhatIf, text: str, lang: str, within: str | None = None) -> str:
    """`text` with the ids of named entities in words (samverkan.model.names)."""
    return in_words(_BothSides(w), text, within=within, lang=lang)


def _field_value(entity: object, field: str, value: Any, lang: str) -> str:
    """A field's value in words: a closed list's value by its word (`stadsdelsförvaltning`, not the value)."""
    return value_word(entity, field, value, lang) or _value(value, lang, field + ".")


def _agreement_heading(w: WhatIf, agreement: str, lang: str) -> str:
    if agreement == REGISTER:
        return t("Registret (organisationer, roller, personer)", "The register (organisations, roles, people)", lang)
    return name_of(_BothSides(w), agreement)


def _header_lines(w: WhatIf, lang: str) -> list[str]:
    lines = []
    if w.mode == "impact":
        gone = name_of(_BothSides(w), w.subject)
        lines.append(t(f"Påverkan om {gone} försvinner", f"Impact if {gone} disappears", lang))
    elif w.mode == "against":
        lines.append(t(f"Jämförelse: {w.before.name} → {w.after.name}", f"Comparison: {w.before.name} → {w.after.name}",
                       lang))
    else:
        lines.append(t(f"Ändringsförslag: {w.title}", f"Proposed change: {w.title}", lang))
    if w.source:
        bits = [document_title(w.source["document"]) if w.source.get("document") else None]
        if w.source.get("dnr"):
            bits.append(f"dnr {w.source['dnr']}")
        if w.source.get("date"):
            bits.append(str(w.source["date"]))
        lines.append(t("Källa: ", "Source: ", lang) + " · ".join(b for b in bits if b))
    if w.base_without:
        gone = ", ".join(w.base_without)
        lines.append(t(f"Läses mot datamängden utan {gone} (base_without)",
                       f"Read against the data set without {gone} (base_without)", lang))
    profile = w.profile_before if w.profile_before == w.profile_after else f"{w.profile_before} → {w.profile_after}"
    day = w.as_of.isoformat()
    lines.append(t(f"Profil: {profile} · per {day}", f"Profile: {profile} · as of {day}", lang))
    return lines


def summary_line(w: WhatIf, lang: str) -> str:
    c = w.findings.counts()
    b, a = w.totals["before"], w.totals["after"]
    return t(
        f"Fynd: lösta {c['resolved']}, nya {c['introduced']}, ändrade {c['changed']}, oförändrade {c['unchanged']} "
        f"(fel {b['error']} → {a['error']}, varningar {b['warning']} → {a['warning']}, info {b['info']} → {a['info']})",
        f"Findings: resolved {c['resolved']}, introduced {c['introduced']}, changed {c['changed']}, "
        f"unchanged {c['unchanged']} (errors {b['error']} → {a['error']}, warnings {b['warning']} → {a['warning']}, "
        f"info {b['info']} → {a['info']})", lang)


def plan_line(w: WhatIf, lang: str) -> str:
    p = w.plan()
    return t(f"Plan: {p['add']} att lägga till, {p['update']} att ändra, {p['remove']} att ta bort.",
             f"Plan: {p['add']} to add, {p['update']} to change, {p['remove']} to destroy.", lang)


def verdict_line(w: WhatIf, lang: str) -> str:
    n = len(w.findings.new_errors())
    if n == 1:
        return t("Ändringen inför ett nytt fel.", "The change introduces one new error.", lang)
    if n:
        return t(f"Ändringen inför {n} nya fel.", f"The change introduces {n} new errors.", lang)
    return t("Ändringen inför inga nya fel.", "The change introduces no new errors.", lang)


def _change_lines(w: WhatIf, c: EntityChange, lang: str) -> list[str]:
    head = f"  {c.marker} {ENTITY_WORDS[c.section].get(lang)} "
    both = _BothSides(w)
    head += f'"{name_of(both, c.id)}"' if c.label != c.id else \
        parts_in_words(both, c.id, lang) if both.get(c.id) is not None else _words(w, c.id, lang)
    if c.id in w.citations:
        head += f"  [{for_people(w.citations[c.id], lang)}]"
    lines = [head]
    entity = _BothSides(w).get(c.id)
    if c.action == "update":
        for f in c.fields:
            items = f.items()
            if items is not None and (items[0] or items[1]):
                lines.append(f"      ~ {field_label(f.name, lang)}:")
                lines += [f"          - {_value(i, lang, f.name + '.')}" for i in items[0]]
                lines += [f"          + {_value(i, lang, f.name + '.')}" for i in items[1]]
            else:
                before, after = (_field_value(entity, f.name, v, lang) for v in (f.before, f.after))
                lines.append(f"      ~ {field_label(f.name, lang)}: {before} → {after}")
    else:
        shown = list(c.values)
        for k, v in shown[:8]:
            shown_value = field_label(v, lang) if k == "field" and isinstance(v, str) else \
                _field_value(entity, k, v, lang)
            lines.append(f"      {c.marker} {field_label(k, lang)}: {shown_value}")
        if len(shown) > 8:
            lines.append(t(f"      ({len(shown) - 8} fält till)", f"      ({len(shown) - 8} more fields)", lang))
    return [lines[0], *(_words(w, line, lang) for line in lines[1:])]


def _finding_lines(d: Delta, lang: str, full: bool = True) -> list[str]:
    f = d.finding
    severity = severity_words(d, lang)
    lines = [f"  {MARK[d.kind]} {severity} {f.rule}  {f.message}"]  # the message names its subject
    if not full:
        return lines  # one line each, whole: a message cut mid-word misleads
    if d.kind == "changed" and d.before.message != d.after.message:
        lines.append(t(f"      förut: {d.before.message}", f"      before: {d.before.message}", lang))
    if f.citation:
        cited = for_people(f.citation, lang)
        lines.append(t(f"      stöd: {cited}", f"      clause: {cited}", lang))
    if cause_words(d, lang):
        lines.append(f"      ({cause_words(d, lang)})")
    if d.kind in ("introduced", "changed") and f.suggestion:
        lines.append(t(f"      åtgärd: {f.suggestion}", f"      fix: {f.suggestion}", lang))
    return lines


def render_text(w: WhatIf, lang: str = "sv") -> str:
    out = [*_header_lines(w, lang), "", summary_line(w, lang)]
    for agreement in w.agreements():
        changes = [c for c in w.changes if c.agreement == agreement]
        deltas = {k: [d for d in getattr(w.findings, k) if d.agreement == agreement]
                  for k in ("resolved", "introduced", "changed", "unchanged")}
        out += ["", f"── {_agreement_heading(w, agreement, lang)} " + "─" * 8]
        if changes:
            out.append(t("Struktur:", "Structure:", lang))
            for c in changes:
                out += _change_lines(w, c, lang)
        for kind in ("resolved", "introduced", "changed", "unchanged"):
            if deltas[kind]:
                out.append(f"{KIND_WORDS[kind].get(lang)} ({len(deltas[kind])}):")
                for d in deltas[kind]:
                    out += _finding_lines(d, lang, full=kind != "unchanged")
    out += ["", plan_line(w, lang), verdict_line(w, lang)]
    return "\n".join(out) + "\n"


# --- Markdown ----------------------------------------------------------------------------------------


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(w: WhatIf, lang: str = "sv") -> str:
    header = _header_lines(w, lang)
    out = [f"# {_md(header[0])}", ""]
    out += [f"- {_md(line)}" for line in header[1:]]
    out += [f"- {_md(summary_line(w, lang))}", f"- **{_md(plan_line(w, lang))}** {_md(verdict_line(w, lang))}", ""]
    cols = t("| | allvarlighet | regel | ämne | fynd | stöd | orsak |",
             "| | severity | rule | subject | finding | clause | cause |", lang)
    for agreement in w.agreements():
        out += [f"## {_md(_agreement_heading(w, agreement, lang))}", ""]
        changes = [c for c in w.changes if c.agreement == agreement]
        if changes:
            out += [f"### {t('Struktur', 'Structure', lang)}", "", "```diff"]
            for c in changes:
                out += [line[2:] if line.startswith("  ") else line for line in _change_lines(w, c, lang)]
            out += ["```", ""]
        for kind in ("resolved", "introduced", "changed", "unchanged"):
            deltas = [d for d in getattr(w.findings, kind) if d.agreement == agreement]
            if not deltas:
                continue
            out += [f"### {KIND_WORDS[kind].get(lang)} ({len(deltas)})", "", cols, "|---|---|---|---|---|---|---|"]
            for d in deltas:
                f = d.finding
                severity = severity_words(d, lang)
                cause = cause_words(d, lang)
                subject = name_of(_BothSides(w), f.subject)
                out.append(f"| {MARK[d.kind]} | {severity} | {f.rule} | {_md(subject)} | {_md(f.message)} | "
                           f"{_md(for_people(f.citation, lang))} | {cause} |")
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# --- JSON --------------------------------------------------------------------------------------------


def render_json(w: WhatIf) -> str:
    return json.dumps(w.to_json(), ensure_ascii=False, indent=2) + "\n"


# --- the ranking of single points of failure ---------------------------------------------------------


def render_ranking_text(r: Ranking, top: int | None, lang: str = "sv", names=None) -> str:
    """The ranking for people: each candidate by name with the id `impact --remove` takes, what it affects by
    name (`names`: an id → its name or None, samverkan.model.names.named)."""
    named_as = names or (lambda _id: None)
    entries = r.entries[:top] if top else r.entries
    out = [t(f"Enskilda felpunkter: vad som går sönder utan varje roll och organisation (profil {r.profile}, "
             f"per {r.as_of.isoformat()})",
             f"Single points of failure: what breaks without each role and organisation (profile {r.profile}, "
             f"as of {r.as_of.isoformat()})", lang),
           t("Poäng = 3 × nya fel + 1 × nya varningar.", "Score = 3 × new errors + 1 × new warnings.", lang), ""]
    head = t("nr  poäng  fel  varn  namn (id för impact --remove)",
             " #  score  err  warn  name (id for impact --remove)", lang)
    out.append(head)
    for i, e in enumerate(entries, 1):
        out.append(f"{i:>2}  {e.score:>5}  {e.counts['error']:>3}  {e.counts['warning']:>4}  "
                   f"{named_as(e.id) or e.label} ({e.id})")
        affected = list(dict.fromkeys(n for n in map(named_as, e.subjects) if n))
        if affected:
            shown = "; ".join(affected[:4]) + (f" (+{len(affected) - 4})" if len(affected) > 4 else "")
            out.append(f"{'':>20}{t('berör', 'affects', lang)}: {shown}")
    for entity_id, why in r.skipped:
        who = named_as(entity_id) or entity_id
        out.append(t(f"hoppade över {who}: {why}", f"skipped {who}: {why}", lang))
    # no run time here: the same input gives the same bytes (the time is in Ranking.seconds)
    out += ["", t(f"{r.candidates} kandidater prövade.", f"{r.candidates} candidates tried.", lang)]
    return "\n".join(out) + "\n"


def render_ranking_json(r: Ranking, top: int | None) -> str:
    return json.dumps(r.to_json(top), ensure_ascii=False, indent=2) + "\n"
