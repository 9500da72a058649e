"""`samverkan audit`: every district at a date, for the browser and for Excel."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from samverkan.cli.common import (
    DataPath,
    Lang,
    ProfileOption,
    ShowPeople,
    WaiversOption,
    app,
    check_lang,
    fail,
    h,
    load_or_exit,
    out,
    parse_date_option,
    problems_exit,
)
from samverkan.io.i18n import Msg


@app.command(help=h(
    "Granska alla stadsdelar per ett datum: report.html, matrix.xlsx, findings.json och findings.csv i --out.",
    "Audit every district at a date: report.html, matrix.xlsx, findings.json and findings.csv in --out.",
))
def audit(
    path: DataPath,
    as_of: Annotated[str | None, typer.Option("--as-of", help=h("granskningsdatum ÅÅÅÅ-MM-DD",
                                                                 "audit date YYYY-MM-DD"))] = None,
    profile: ProfileOption = None,
    out_dir: Annotated[Path | None, typer.Option("--out", help=h(
        "mapp att skriva i; andra filer där lämnas orörda", "folder to write into; other files there stay"))] = None,
    waivers: WaiversOption = None,
    show_people: ShowPeople = False,
    lang: Lang = "sv",
) -> None:
    lang = check_lang(lang)
    day = parse_date_option(as_of, "--as-of", lang)
    if out_dir is None:
        raise fail(Msg("ange --out MAPP", "give --out FOLDER"), lang)
    if out_dir.exists() and not out_dir.is_dir():
        raise fail(Msg(f"--out: {out_dir} är en fil, inte en mapp", f"--out: {out_dir} is a file, not a folder"), lang)
    from samverkan import app
    from samverkan.audit.files import REPORT, write_audit
    from samverkan.rules.engine import ConfigError

    data = app.for_output(load_or_exit(path, lang), show_people, lang)
    try:
        loaded = app.choose_profile(data, day, profile)
    except ConfigError as exc:
        raise problems_exit(exc, lang, Msg("profilen kunde inte läsas; inget gjordes.",
                                          "the profile could not be read; nothing was done.")) from None
    try:
        result = app.audit(data, as_of=day, profile=loaded, lang=lang, waivers=waivers)
    except ConfigError as exc:
        raise problems_exit(exc, lang, Msg("undantagsfilen kunde inte läsas; inget gjordes.",
                                          "the waiver file could not be read; nothing was done.")) from None
    from samverkan.audit.graphs import district_graphs

    try:
        from samverkan.io.outputs import OutputRefused, inputs_of, refuse_inputs

        written = write_audit(result, out_dir, district_graphs(data, result),
                              before_write=lambda targets: refuse_inputs(targets, inputs_of(path, waivers, profile)))
    except OutputRefused as exc:
        raise fail(exc.message, lang) from None
    except OSError as exc:
        raise fail(Msg(f"kunde inte skriva i {out_dir}: {exc.strerror or exc}",
                       f"could not write into {out_dir}: {exc.strerror or exc}"), lang) from None
    s, f = result.status_counts, result.severity_counts
    out.print(Msg(
        f"Granskning per {day} (profil {loaded.name}): {len(result.rows)} stadsdelsförvaltningar; "
        "lokal överenskommelse "
        f"i kraft {s['in_force']}, utgången {s['expired']}, saknas {s['missing']}; "
        f"fynd: {f['error']} fel, {f['warning']} varningar, {f['info']} info.",
        f"Audit at {day} (profile {loaded.name}): {len(result.rows)} district administrations; local agreement "
        f"in force {s['in_force']}, expired {s['expired']}, missing {s['missing']}; "
        f"findings: {f['error']} errors, {f['warning']} warnings, {f['info']} info.",
    ).get(lang))
    for target in written:
        if target.name != REPORT:
            out.print(Msg(f"Skrev {target}", f"Wrote {target}").get(lang))
    out.print(Msg(f"Rapport: {out_dir / REPORT}", f"Report: {out_dir / REPORT}").get(lang))
