"""report.html: the audit as one self-contained page (inline CSS, no scripts, no network; prints well)."""

from __future__ import annotations

from urllib.parse import quote

from samverkan.audit.rows import SEVERITIES, Audit, OrgRef, Row
from samverkan.audit.words import (
    SEVERITY_PLURAL,
    SEVERITY_SYMBOL,
    severity_word,
    status_word,
    w,
)

TEMPLATE = "audit_report.html.j2"


def year_context(audit: Audit) -> dict:
    """What the included section of samverkan.audit.year (change, Kommande) reads."""
    from samverkan.audit.year import UPCOMING_MONTHS
    from samverkan.deadlines.render import summary
    from samverkan.model.months import add_months

    return {"yw": lambda key, **values: w(key, audit.lang, **values),
            "upcoming_end": add_months(audit.as_of, UPCOMING_MONTHS),
            "deadline_summary": lambda d: summary(d, audit.lang)}
REPRESENTATION_RULE = "SAM030"


def finding_anchor(row: Row, code: str) -> str:
    return f"f-{row.anchor}-{code.lower()}"


def render_report(audit: Audit) -> str:
    """The report page; byte-identical for the same audit."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("samverkan.audit", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    from samverkan.rules.citations import for_people
    from samverkan.show.html_page import SHARED_FOLDER

    env.filters["fragment"] = lambda value: quote(str(value), safe="")
    env.filters["cite"] = lambda value: for_people(value or "", audit.lang)
    lang = audit.lang
    titles = {r.code: r.title for r in audit.rules}

    def period(a) -> str:
        start = str(a.valid_from) if a.valid_from else "?"
        end = str(a.valid_to) if a.valid_to else w("until_further_notice", lang)
        return f"{start} – {end}"

    def names(refs: list[OrgRef] | tuple[OrgRef, ...]) -> str:
        return ", ".join(f"{r.short} ({w('until', lang, date=r.valid_to)})" if r.valid_to else r.short for r in refs)

    def row_name(row: Row) -> str:
        return row.short if row.kind == "district" else w("citywide_row", lang)

    representation = [(row, f) for row in audit.all_rows for f in row.active_findings
                      if f.rule == REPRESENTATION_RULE]
    page = env.get_template(TEMPLATE).render(
        audit=audit,
        lang=lang,
        severities=SEVERITIES,
        symbol=SEVERITY_SYMBOL,
        representation=representation,
        chain_rules={r.code for r in audit.rules if r.chain},
        w=lambda key, **values: w(key, lang, **values),
        sev_word=lambda s: severity_word(s, lang),
        plural=lambda s: SEVERITY_PLURAL[s].get(lang),
        status=lambda s: status_word(s, lang),
        rule_title=lambda code: titles.get(code, code),
        period=period,
        names=names,
        row_name=row_name,
        finding_anchor=finding_anchor,
        shared_folder=SHARED_FOLDER,
        **year_context(audit),
    )
    return "\n".join(line.rstrip() for line in page.splitlines()) + "\n"
