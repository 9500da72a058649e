"""`samverkan explain CODE`: what a rule checks, why, what the active profile demands, and two examples."""

from __future__ import annotations

from samverkan.io.i18n import Msg
from samverkan.rules.catalogue import RULES
from samverkan.rules.demand import Demand, MemberSpec
from samverkan.rules.profile import Profile
from samverkan.rules.severity import SEVERITY_WORDS as SEVERITY

NECESSITY = {"required": Msg("krävs", "required"), "recommended": Msg("rekommenderas", "recommended")}


def _member(spec: MemberSpec, lang: str) -> str:
    if spec.label:
        text = spec.label.msg().get(lang)
    else:
        parts = [*spec.titles, *spec.title_terms, *spec.organisations, *spec.organisation_kinds]
        if spec.party:
            parts.append(spec.party)
        if spec.any_of:
            parts.append(Msg(" eller ", " or ").get(lang).join(_member(a, lang) for a in spec.any_of))
        text = ", ".join(parts)
    return f"{text} ({NECESSITY[spec.necessity].get(lang)})"


def _details(d: Demand, lang: str) -> list[str]:
    t = Msg
    out: list[str] = []
    level = getattr(d, "level", None)
    kinds = getattr(d, "kinds", None)
    if level or kinds:
        scope = " ".join(x for x in [level or "", "/".join(kinds or [])] if x)
        out.append(t("grupper: ", "groups: ").get(lang) + scope)
    if getattr(d, "members", None):
        out += ["- " + _member(m, lang) for m in d.members]
    if getattr(d, "min_per_year", None):
        out.append(t(f"minst {d.min_per_year:g} möten per år",
                     f"at least {d.min_per_year:g} meetings a year").get(lang))
    if getattr(d, "areas", None):
        out.append(t("prioriterade områden", "priority areas").get(lang) + f" ({NECESSITY[d.necessity].get(lang)}):")
        out += [f"- {a.name}" + (f"  [{', '.join(a.keywords)}]" if a.keywords else "") for a in d.areas]
    if getattr(d, "parts", None):
        out += [f"- {p.part} ({NECESSITY[p.necessity].get(lang)})" for p in d.parts]
    if getattr(d, "heads", None):
        out += [f"- {party}: {', '.join(titles)}" for party, titles in sorted(d.heads.items())]
    if getattr(d, "topic_terms", None):
        out.append(t("ämnesord: ", "topic words: ").get(lang) + ", ".join(d.topic_terms))
    if getattr(d, "exempt_kinds", None):
        out.append(t("undantagna slag: ", "exempt kinds: ").get(lang) + ", ".join(d.exempt_kinds))
    if getattr(d, "necessity", None) and not getattr(d, "areas", None):
        out.append(NECESSITY[d.necessity].get(lang))
    if d.severity:
        out.append(t("allvarsgrad: ", "severity: ").get(lang) + SEVERITY[d.severity].get(lang))
    return out


def explain(code: str, profile: Profile, lang: str = "sv") -> str:
    """The explanation of one rule under one profile, as plain text."""
    r = RULES[code]
    t = Msg
    lines = [
        f"{r.code} — {r.title.get(lang)}",
        t(f"Standardallvar: {SEVERITY[r.severity].sv}. Familj: {r.family}.",
          f"Default severity: {SEVERITY[r.severity].en}. Family: {r.family}.").get(lang),
        "",
        t("Vad regeln prövar", "What it checks").get(lang),
        "  " + r.description.get(lang),
        "",
        t("Varför (klausul)", "Why (clause)").get(lang),
        "  " + r.clause,
        "",
    ]
    demands = profile.demands_for(code)
    lines.append(t(f"Vad profilen {profile.name} kräver", f"What the profile {profile.name} demands").get(lang))
    if r.generic and not demands:
        lines.append("  " + t("Regeln gäller oberoende av profil; hänvisningen kommer från datamängdens egna källor.",
                              "The rule applies whatever the profile; its citation comes from the data's own "
                              "sources.").get(lang))
    elif not demands:
        lines.append("  " + t("Inget: profilen har inget krav för regeln, så den körs inte.",
                              "Nothing: the profile has no demand for this rule, so it does not run.").get(lang))
    for d in demands:
        title = d.title.msg().get(lang) if d.title else d.id
        lines.append(f"  [{d.id}] {title}")
        if d.citation:
            lines.append("    " + d.citation.render(lang))
            if d.citation.quote:
                lines.append(f"    \"{' '.join(d.citation.quote.split())}\"")
        lines += ["    " + x for x in _details(d, lang)]
    lines += [
        "",
        t("Exempel som klarar regeln", "Passing example").get(lang),
        "  " + r.passing.get(lang),
        t("Exempel som inte klarar regeln", "Failing example").get(lang),
        "  " + r.failing.get(lang),
        *example_yaml(r.failing, lang),
    ]
    return "\n".join(lines) + "\n"


def example_yaml(example, lang: str) -> list[str]:
    """The edits and waivers of an example as indented YAML lines, each under a heading."""
    import textwrap

    out = []
    for heading, text in ((Msg("Ändringar i exempelvärlden:", "Edits to the example world:"), example.edits),
                          (Msg("Undantag:", "Waivers:"), example.waivers)):
        if text.strip():
            out.append("  " + heading.get(lang))
            out += ["    " + line for line in textwrap.dedent(text).strip().splitlines()]
    return out
