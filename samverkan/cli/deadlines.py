"""`samverkan deadlines`: every date that matters, from the documents' own terms, as text, JSON or a calendar."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from samverkan.cli.common import (
    DataPath,
    Force,
    Format,
    Lang,
    OutFile,
    ShowPeople,
    app,
    check_choice,
    fail,
    h,
    inputs_of,
    load_or_exit,
    optional_date,
    write_text_safely,
)
from samverkan.io.i18n import Msg
from samverkan.io.sanitise import for_terminal

FORMATS = ("text", "json", "ics")


def _checked(fmt: str, start: str | None, end: str | None, lang: str):
    """(first, last) day of --from and --to, once --format and both dates are checked; exit 2 otherwise."""
    check_choice(fmt, FORMATS, "--format", lang)
    first = optional_date(start, "--from", lang)
    last = optional_date(end, "--to", lang)
    if first and last and last < first:
        raise fail(Msg(f"--to {last} ligger före --from {first}", f"--to {last} is before --from {first}"), lang)
    return first, last


@app.command(help=h(
    "Tidsgränserna ur dokumentens egna villkor: utgång, sista dag för samråd om förlängning, revidering, "
    "lägesbildens uppdatering, uppföljning, rapporter, medborgarlöften; med källhänvisning. --format ics ger en "
    "kalender som Outlook kan importera.",
    "The deadlines from the documents' own terms: expiry, last day for consultation on extension, revision, "
    "situation picture updates, follow-up, reports, citizen promises; with their citations. --format ics gives a "
    "calendar Outlook imports."))
def deadlines(
    path: DataPath,
    start: Annotated[str | None, typer.Option("--from", help=h("första dag, ÅÅÅÅ-MM-DD", "first day, YYYY-MM-DD"))]
    = None,
    end: Annotated[str | None, typer.Option("--to", help=h("sista dag, ÅÅÅÅ-MM-DD", "last day, YYYY-MM-DD"))] = None,
    fmt: Format = "text",
    out_file: OutFile = None,
    force: Force = False,
    show_people: ShowPeople = False,
    lang: Lang = "sv",
) -> None:
    from samverkan.deadlines import deadlines as derive
    from samverkan.deadlines.derive import last_named_date
    from samverkan.deadlines.render import to_ics, to_json, to_text

    first, last = _checked(fmt, start, end, lang)
    from samverkan import app as use_case

    data = use_case.for_output(load_or_exit(path, lang), show_people, lang)
    items = derive(data, first, last)
    if fmt == "ics":
        name = Msg(f"Tidsgränser: {data.name}", f"Deadlines: {data.name}").get(lang)
        body: str | bytes = to_ics(items, lang, last_named_date(data), name)
    else:
        body = to_json(items, lang) if fmt == "json" else for_terminal(to_text(items, lang))
    if out_file is None:
        if isinstance(body, bytes):
            sys.stdout.buffer.write(body)
            sys.stdout.flush()
        else:
            sys.stdout.write(body)
        return
    try:
        write_text_safely(out_file, body, force, lang, inputs_of(path))
    except OSError as exc:
        raise fail(Msg(f"kunde inte skriva {out_file}: {exc.strerror or exc}",
                       f"could not write {out_file}: {exc.strerror or exc}"), lang) from None
