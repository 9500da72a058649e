"""`samverkan show`: the view of a data set and its findings, and the page or picture drawn from it.

The findings come in (`samverkan.app.show` runs the rules); nothing here runs them or reads files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from samverkan.model.dataset import DataSet
from samverkan.show.graph_view import COLLAPSE_ABOVE, View, build_view

FORMATS = ("html", "svg", "png")


@dataclass(frozen=True)
class Rendered:
    content: str | bytes
    view: View


def render(data: DataSet, fmt: str = "html", findings: list | None = None, *, agreement: str | None = None,
           profile: str | None = None, as_of: dt.date | None = None, show_people: bool = False, lang: str = "sv",
           collapse_above: int = COLLAPSE_ABOVE) -> Rendered:
    """The page (html: str), or the picture (svg: str, png: bytes) of one agreement or all of them, with the
    findings of a run of the rules (`samverkan.app.show`); None draws the graph without findings."""
    view = build_view(data, findings, agreement=agreement, show_people=show_people, lang=lang,
                      profile=profile if findings is not None else None, as_of=as_of, collapse_above=collapse_above)
    if fmt == "html":
        from samverkan.show.html_page import render_html

        return Rendered(render_html(view), view)
    from samverkan.show.svg import render_png, render_svg

    return Rendered(render_svg(view) if fmt == "svg" else render_png(view), view)
