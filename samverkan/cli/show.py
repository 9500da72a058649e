"""`samverkan show`: the interactive governance graph for planners."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from samverkan.cli.common import (
    DataPath,
    Lang,
    ProfileOption,
    ShowPeople,
    app,
    check_choice,
    fail,
    h,
    inputs_of,
    load_or_exit,
    optional_date,
    out,
    problems_exit,
    write_text_safely,
)
from samverkan.io.i18n import Msg


@app.command(help=h(
    "Rita styrningen som en interaktiv graf (HTML som fungerar offline) eller som bild (svg, png): grupper, "
    "medlemmar, ansvar, rapportvägar och fynd.",
    "Draw the governance as an interactive graph (HTML that works offline) or as a picture (svg, png): groups, "
    "members, accountability, reporting lines and findings.",
))
def show(
    path: DataPath,
    agreement: Annotated[str | None, typer.Option("--agreement", help=h(
        "visa en överenskommelse (id), med det den rapporterar till", "show one agreement (id), with what it "
        "reports to"))] = None,
    profile: ProfileOption = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help=h(
        "datum för fynden ÅÅÅÅ-MM-DD; standard i dag", "date of the findings YYYY-MM-DD; default today"))] = None,
    out_file: Annotated[Path | None, typer.Option("--out", help=h(
        "fil att skriva; standard graph.html (graph.svg, graph.png)", "file to write; default graph.html "
        "(graph.svg, graph.png)"))] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help=h("html, svg eller png", "html, svg or png"))] = "html",
    show_people: ShowPeople = False,
    force: Annotated[bool, typer.Option("--force", help=h("skriv över en befintlig fil", "overwrite an existing file"))
                     ] = False,
    lang: Lang = "sv",
) -> None:
    from samverkan import app as use_case
    from samverkan.show.render import FORMATS

    check_choice(fmt, FORMATS, "--format", lang)
    if fmt == "png":
        try:
            import matplotlib  # noqa: F401  (the png extra)
        except ImportError:
            raise fail(Msg("--format png behöver matplotlib, som inte är installerat: pip install 'samverkan[png]' "
                           "(eller välj --format svg)",
                           "--format png needs matplotlib, which is not installed: pip install 'samverkan[png]' "
                           "(or choose --format svg)"), lang) from None
    day = optional_date(as_of, "--as-of", lang)
    target = out_file or Path(f"graph.{fmt}")
    if target.is_dir():
        raise fail(Msg(f"--out: {target} är en mapp; ange en fil", f"--out: {target} is a folder; give a file"), lang)
    data = use_case.for_output(load_or_exit(path, lang), show_people, lang)
    ids = sorted(a.id for a in data.agreements)
    if agreement is not None and agreement not in ids:
        from samverkan.model.validate import suggest

        close = suggest(agreement, ids)
        hint = Msg(f"; menade du {close}?", f"; did you mean {close}?") if close else Msg(
            f"; finns: {', '.join(ids)}", f"; there are: {', '.join(ids)}")
        raise fail(Msg(f"--agreement: okänd överenskommelse '{agreement}'{hint.sv}",
                       f"--agreement: unknown agreement '{agreement}'{hint.en}"), lang)
    from samverkan.io.yamlconf import ConfigError

    try:
        result = use_case.show(data, fmt, agreement=agreement, profile=profile, as_of=day, show_people=show_people,
                          lang=lang)
    except ConfigError as exc:
        raise problems_exit(exc, lang, Msg("profilen kunde inte läsas; inget gjordes.",
                                           "the profile could not be read; nothing was done.")) from None
    content = result.content
    write_text_safely(target, content, force, lang, inputs_of(path, profile))
    size = len(content.encode("utf-8")) if isinstance(content, str) else len(content)
    v = result.view
    found = Msg(f", {len(v.findings)} fynd", f", {len(v.findings)} findings") if v.findings_available else Msg(
        " (regelkontrollen saknas: inga fynd)", " (no rule checks: no findings)")
    out.print(Msg(f"Skrev {target} ({size} byte; {len(v.nodes)} noder, {len(v.edges)} kanter{found.sv})",
                  f"Wrote {target} ({size} bytes; {len(v.nodes)} nodes, {len(v.edges)} edges{found.en})").get(lang))
