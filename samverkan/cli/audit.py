"""`samverkan audit`: every district at a date, for the browser and for Excel."""

from __future__ import annotations

import gc
from functools import partial
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
    counted,
    fail,
    h,
    load_or_exit,
    optional_date,
    out,
    parse_date_option,
    problems_exit,
)
from samverkan.io.gcpause import gc_paused
from samverkan.io.i18n import Msg


def _comparison(since: str | None, against: Path | None, day, lang: str):
    """The date of the earlier audit (--since) or its findings (--against), checked; exit 2 on a bad option."""
    if since is not None and against is not None:
        raise fail(Msg("ange --since eller --against, inte båda", "give --since or --against, not both"), lang)
    earlier_day = optional_date(since, "--since", lang)
    if earlier_day is not None and earlier_day >= day:
        raise fail(Msg(f"--since {earlier_day} ska ligga före --as-of {day}",
                       f"--since {earlier_day} must be before --as-of {day}"), lang)
    if against is None:
        return earlier_day, None
    from samverkan.audit.change import FindingsFileError, load_findings

    try:
        return earlier_day, load_findings(against)
    except FindingsFileError as exc:
        raise fail(exc.msg, lang) from None


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
    since: Annotated[str | None, typer.Option("--since", help=h(
        "jämför med en granskning per detta datum (ÅÅÅÅ-MM-DD): åtgärdade, nya och kvarstående fynd per stadsdel",
        "compare with an audit at this date (YYYY-MM-DD): findings resolved, new and unchanged per district"))] = None,
    against: Annotated[Path | None, typer.Option("--against", help=h(
        "jämför med findings.json från en tidigare granskning", "compare with the findings.json of an earlier "
        "audit"))] = None,
    show_people: ShowPeople = False,
    lang: Lang = "sv",
) -> None:
    day = parse_date_option(as_of, "--as-of", lang)
    earlier_day, earlier_findings = _comparison(since, against, day, lang)
    if out_dir is None:
        raise fail(Msg("ange --out MAPP", "give --out FOLDER"), lang)
    if out_dir.exists() and not out_dir.is_dir():
        raise fail(Msg(f"--out: {out_dir} är en fil, inte en mapp", f"--out: {out_dir} is a file, not a folder"), lang)
    from samverkan import app as use_case

    data = load_or_exit(path, lang)
    redaction = use_case.redaction(data, show_people, lang)
    data = data if redaction is None else redaction.dataset(data, in_place=True)  # the original is not needed again
    from samverkan.audit.files import REPORT, write_audit
    from samverkan.rules.engine import ConfigError

    try:
        loaded = use_case.choose_profile(data, day, profile)
    except ConfigError as exc:
        raise problems_exit(exc, lang, Msg("profilen kunde inte läsas; inget gjordes.",
                                          "the profile could not be read; nothing was done.")) from None
    try:
        result = use_case.audit_since(data, as_of=day, profile=loaded, explicit_profile=profile is not None,
                                      lang=lang, waivers=use_case.private_waivers(waivers, redaction, lang),
                                      since=earlier_day, earlier_findings=earlier_findings,
                                      label=against.name if against is not None else "")
    except ConfigError as exc:
        raise problems_exit(exc, lang, Msg("undantagsfilen kunde inte läsas; inget gjordes.",
                                          "the waiver file could not be read; nothing was done.")) from None
    from samverkan.audit.graphs import district_graphs

    gc.freeze()  # the audit lives until the process exits: the collections its pages trigger need not walk it
    # and none while drawing: a page's objects go by reference counting (301 pages leave some 200 in cycles), and
    # the collector's passes over them cost about a twentieth of the audit
    with gc_paused():
        try:
            from samverkan.io.outputs import OutputRefused, inputs_of, refuse_inputs, refuse_links

            def refuse(targets: list[Path]) -> None:
                """Not over an input, nor through a linked subfolder (vis-network/ would land elsewhere)."""
                refuse_inputs(targets, inputs_of(path, waivers, profile, against))
                refuse_links(out_dir, targets)

            pages = district_graphs(data, result)
            draw = counted(lambda page: page(), len(pages), Msg("Ritar stadsdelarnas grafer",
                                                                "Drawing the districts' graphs"), lang)
            graphs = {key: partial(draw, page) for key, page in pages.items()}
            written = write_audit(result, out_dir, graphs, before_write=refuse)
        except OutputRefused as exc:
            raise fail(exc.message, lang) from None
        except OSError as exc:
            raise fail(Msg(f"kunde inte skriva i {out_dir}: {exc.strerror or exc}",
                           f"could not write into {out_dir}: {exc.strerror or exc}"), lang) from None
    s, f = result.status_counts, result.severity_counts
    if result.note:
        out.print(result.note)
    out.print(Msg(
        f"Granskning per {day} (profil {loaded.name}): {len(result.rows)} stadsdelsförvaltningar; "
        "lokal överenskommelse "
        f"i kraft {s['in_force']}, finns men ej inlagd {s['not_on_file']}, utgången {s['expired']}, "
        f"saknas {s['missing']}; "
        f"fynd: {f['error']} fel, {f['warning']} varningar, {f['info']} info.",
        f"Audit at {day} (profile {loaded.name}): {len(result.rows)} district administrations; local agreement "
        f"in force {s['in_force']}, exists but not on file {s['not_on_file']}, expired {s['expired']}, "
        f"missing {s['missing']}; "
        f"findings: {f['error']} errors, {f['warning']} warnings, {f['info']} info.",
    ).get(lang))
    for target in written:
        if target.name != REPORT:
            out.print(Msg(f"Skrev {target}", f"Wrote {target}").get(lang))
    if result.comparison is not None:
        t = result.comparison.totals
        out.print(Msg(f"Sedan {result.comparison.since}: {t['resolved']} åtgärdade, {t['new']} nya, "
                      f"{t['unchanged']} kvarstår.",
                      f"Since {result.comparison.since}: {t['resolved']} resolved, {t['new']} new, "
                      f"{t['unchanged']} unchanged.").get(lang))
    out.print(Msg(f"Rapport: {out_dir / REPORT}", f"Report: {out_dir / REPORT}").get(lang))
