"""`samverkan report`: the yearly account to the kommunstyrelse, as a Word document or a web page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from samverkan.cli.common import (
    DataPath,
    Force,
    Lang,
    ProfileOption,
    ShowPeople,
    WaiversOption,
    app,
    fail,
    h,
    inputs_of,
    load_or_exit,
    out,
    problems_exit,
    write_text_safely,
)
from samverkan.io.i18n import Msg

SUFFIXES = (".docx", ".html")


@app.command(help=h(
    "Årlig redovisning till kommunstyrelsen: överenskommelser i kraft, utgångna och som ska förnyas, fynd per "
    "stadsdel och deras förändring under året, uppföljning av lägesbild, åtgärdsplaner och medborgarlöften. "
    "--out rapport.docx (Word, går att redigera) eller rapport.html.",
    "Yearly account to the kommunstyrelse: agreements in force, expired and due, findings by district and their "
    "change over the year, follow-up of situation pictures, action plans and citizen promises. --out rapport.docx "
    "(Word, editable) or rapport.html."))
def report(
    path: DataPath,
    year: Annotated[int | None, typer.Option("--year", help=h("året att redovisa, t.ex. 2024",
                                                              "the year to account for, e.g. 2024"))] = None,
    out_file: Annotated[Path | None, typer.Option("--out", help=h("rapport.docx eller rapport.html",
                                                                  "rapport.docx or rapport.html"))] = None,
    profile: ProfileOption = None,
    waivers: WaiversOption = None,
    force: Force = False,
    show_people: ShowPeople = False,
    lang: Lang = "sv",
) -> None:
    if year is None or not 1900 <= year <= 2999:
        raise fail(Msg(f"--year: ange ett år, t.ex. 2024 (fick {year})",
                       f"--year: give a year, e.g. 2024 (got {year})"), lang)
    if out_file is None or out_file.suffix.lower() not in SUFFIXES:
        raise fail(Msg("--out: ange en fil som slutar på .docx (Word) eller .html, t.ex. rapport.docx",
                       "--out: give a file ending in .docx (Word) or .html, e.g. rapport.docx"), lang)
    from samverkan import app as use_case

    data = use_case.for_output(load_or_exit(path, lang), show_people, lang)
    from samverkan.annual import content
    from samverkan.rules.engine import ConfigError

    try:
        result = use_case.annual(data, year, profile=profile, lang=lang, waivers=waivers)
    except ConfigError as exc:
        raise problems_exit(exc, lang, Msg("profilen eller undantagsfilen kunde inte läsas; inget gjordes.",
                                          "the profile or the waiver file could not be read; nothing was done.")) \
            from None
    blocks = content(result)
    if out_file.suffix.lower() == ".docx":
        from samverkan.annual.docx import render_docx

        body: str | bytes = render_docx(blocks, year, lang)
    else:
        from samverkan.annual.html import render_html

        body = render_html(blocks, lang)
    try:
        write_text_safely(out_file, body, force, lang, inputs_of(path, waivers, profile))
    except OSError as exc:
        raise fail(Msg(f"kunde inte skriva {out_file}: {exc.strerror or exc}",
                       f"could not write {out_file}: {exc.strerror or exc}"), lang) from None
    s, f = result.end.status_counts, result.end.severity_counts
    out.print(Msg(
        f"Årlig redovisning {year}: {len(result.end.rows)} stadsdelsförvaltningar, lokal överenskommelse i kraft "
        f"{s['in_force']}, finns men ej inlagd {s.get('not_on_file', 0)}, utgången {s['expired']}, saknas "
        f"{s['missing']}; fynd {f['error']} fel, {f['warning']} "
        f"varningar, {f['info']} info. Skrev {out_file}",
        f"Annual account {year}: {len(result.end.rows)} district administrations, local agreement in force "
        f"{s['in_force']}, exists but not on file {s.get('not_on_file', 0)}, expired {s['expired']}, missing "
        f"{s['missing']}; findings {f['error']} errors, "
        f"{f['warning']} warnings, {f['info']} info. Wrote {out_file}").get(lang))
