"""`samverkan show` in one call: findings from the rules engine, the view, and the page or picture.

The CLI loads the data set and passes it in; nothing here reads files of the data set.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from samverkan.model.dataset import DataSet
from samverkan.show.graph_view import COLLAPSE_ABOVE, View, build_view

FORMATS = ("html", "svg", "png")


def collect_findings(data: DataSet, profile: str | None, as_of: dt.date, lang: str) -> list | None:
    """The rule findings (unwaived), or None when the rules engine is not installed.

    Raises the engine's ConfigError for a profile that cannot be read.
    """
    try:
        from samverkan.rules.engine import check
    except ImportError:
        return None
    findings = check(data, profile, as_of, lang=lang)
    return [f for f in findings if not getattr(f, "waived", False)]


def default_profile(data: DataSet, as_of: dt.date) -> str | None:
    """The profile the rules engine chooses for the date (None when the engine is not installed)."""
    try:
        from samverkan.rules.engine import profile_for
    except ImportError:
        return None
    return profile_for(data, as_of)


@dataclass(frozen=True)
class Rendered:
    content: str | bytes
    view: View


def render(data: DataSet, fmt: str = "html", *, agreement: str | None = None, profile: str | None = None,
           as_of: dt.date | None = None, show_people: bool = False, lang: str = "sv",
           collapse_above: int = COLLAPSE_ABOVE, findings: list | None = None) -> Rendered:
    """The page (html: str), or the picture (svg: str, png: bytes) of one agreement or all of them."""
    as_of = as_of or dt.date.today()
    profile = profile or default_profile(data, as_of)
    if findings is None:
        findings = collect_findings(data, profile, as_of, lang)
    view = build_view(data, findings, agreement=agreement, show_people=show_people, lang=lang,
                      profile=profile if findings is not None else None, as_of=as_of, collapse_above=collapse_above)
    if fmt == "html":
        from samverkan.show.html_page import render_html

        return Rendered(render_html(view), view)
    from samverkan.show.svg import render_png, render_svg

    return Rendered(render_svg(view) if fmt == "svg" else render_png(view), view)
