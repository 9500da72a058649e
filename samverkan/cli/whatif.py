"""`samverkan diff` and `samverkan impact`: what-if for remiss reviewers."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from samverkan import app as use_case
from samverkan.cli.common import (
    WHATIF_FORMATS,
    DataPath,
    Lang,
    OutFile,
    ProfileOption,
    ShowPeople,
    WhatIfAsOf,
    WhatIfForce,
    WhatIfProfile,
    app,
    check_choice,
    err,
    fail,
    h,
    inputs_of,
    load_or_exit,
    optional_date,
    problems_exit,
    write_text_safely,
)
from samverkan.io.gcpause import gc_paused
from samverkan.io.i18n import Msg
from samverkan.io.sanitise import for_terminal
from samverkan.model.names import named


def _whatif_write(w, fmt: str, lang: str, out_file: Path | None, force: bool, inputs: tuple = ()) -> None:
    from samverkan.whatif import report

    if fmt == "html":
        from samverkan.whatif.page import render_diff_page

        text = render_diff_page(w, lang)
    elif fmt == "json":
        text = report.render_json(w)
    elif fmt == "markdown":
        text = for_terminal(report.render_markdown(w, lang))
    else:
        text = for_terminal(report.render_text(w, lang))
    if out_file is None:
        sys.stdout.write(text)
    else:
        write_text_safely(out_file, text, force, lang, inputs)


def _whatif_profiles(names: list[tuple[str, object]], lang: str) -> None:
    """Load each profile once; a broken or unknown one exits 2 (at its line in the change set if it came from one)."""
    from samverkan.rules.engine import ConfigError, load_profile

    for name, where in names:
        try:
            load_profile(name)
        except ConfigError as exc:
            for problem in exc.problems:
                text = problem.render(lang)
                if where is not None:
                    file, line, col = where
                    text = f"{file}:{line}:{col}: " + text
                err.print(text)
            raise fail(Msg("profilen kunde inte läsas; inget gjordes.",
                           "the profile could not be read; nothing was done."), lang) from None


@app.command(help=h(
    "Vad ändras om förslaget antas? Fynd som löses, tillkommer, ändras och består, och entiteter som läggs till, "
    "ändras och tas bort, per överenskommelse. Slutstatus 0: inga nya fel, 1: nya fel, 2: ogiltig indata.",
    "What changes if the proposal is adopted? Findings resolved, introduced, changed and unchanged, and entities "
    "added, changed and removed, per agreement. Exit status 0: no new errors, 1: new errors, 2: invalid input.",
))
def diff(
    path: DataPath,
    change: Annotated[Path | None, typer.Option("--change", help=h(
        "ändringsfil (YAML), t.ex. data/stockholm/changes/hl-remiss-2019.yaml",
        "change set file (YAML), e.g. data/stockholm/changes/hl-remiss-2019.yaml"))] = None,
    against: Annotated[Path | None, typer.Option("--against", help=h(
        "jämför med en annan datamängd i stället för en ändringsfil", "compare with another data set instead"))] = None,
    profile: WhatIfProfile = None,
    as_of: WhatIfAsOf = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help=h(
        "text, json, markdown eller html", "text, json, markdown or html"))] = "text",
    out_file: OutFile = None,
    force: WhatIfForce = False,
    show_people: ShowPeople = False,
    lang: Lang = "sv",
) -> None:
    check_choice(fmt, WHATIF_FORMATS, "--format", lang)
    if (change is None) == (against is None):
        raise fail(Msg("ange antingen --change FIL eller --against MAPP",
                       "give either --change FILE or --against FOLDER"), lang)
    day = optional_date(as_of, "--as-of", lang)
    from samverkan.store.yaml_io import LoadError

    data = load_or_exit(path, lang)
    if change is not None:
        from samverkan.model.changes import SetProfileOp
        from samverkan.store.changeset_io import read_changeset

        try:
            applied = read_changeset(data, change)
        except LoadError as exc:
            raise problems_exit(exc, lang, Msg(f"{len(exc.problems)} fel i ändringsfilen; inget gjordes.",
                                               f"{len(exc.problems)} error(s) in the change set; nothing was done.")) \
                from None
        cs = applied.file.changeset
        before_profile, after_profile, day = use_case.change_profiles(data, cs, profile, day)
        set_at = [(i, op) for i, op in enumerate(cs.operations) if isinstance(op, SetProfileOp)]
        where = None
        if set_at:
            where = (applied.file.display, *applied.file.locate(set_at[-1][0], ("name",)))
        base_where = None
        if profile is None and cs.base_profile:
            line, col = applied.file.root.lc.value("base_profile")
            base_where = (applied.file.display, line + 1, col + 1)
        _whatif_profiles([(before_profile, base_where), (after_profile, where)], lang)
        w = use_case.diff_change(applied, profile_before=before_profile, profile_after=after_profile, as_of=day,
                                 show_people=show_people, lang=lang)
    else:
        other = load_or_exit(against, lang)
        day = use_case.choose_date(day)
        before_profile = use_case.choose_profile_name(data, day, profile)
        _whatif_profiles([(before_profile, None)], lang)
        w = use_case.diff_against(data, other, profile=before_profile, as_of=day, show_people=show_people, lang=lang)
    _whatif_write(w, fmt, lang, out_file, force, inputs_of(path, change, against, profile))
    raise typer.Exit(w.exit_code)


@app.command(help=h(
    "Vad går sönder om en roll, organisation eller grupp försvinner (--remove ID), eller vilka är de enskilda "
    "felpunkterna (--rank): varje roll och organisation som deltar, rangordnad efter vad som går sönder utan den.",
    "What breaks if a role, organisation or group disappears (--remove ID), or which are the single points of "
    "failure (--rank): every role and organisation that takes part, ranked by what breaks without it.",
))
def impact(
    path: DataPath,
    remove: Annotated[str | None, typer.Option("--remove", help=h(
        "id:t som tas bort (med allt som behöver det)", "the id to remove (with everything that needs it)"))] = None,
    rank_all: Annotated[bool, typer.Option("--rank", help=h(
        "pröva varje roll och organisation i tur och ordning", "try every role and organisation in turn"))] = False,
    top: Annotated[int, typer.Option("--top", min=1, help=h("antal i rangordningen", "entries in the ranking"))] = 10,
    profile: ProfileOption = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help=h(
        "datum att pröva per, ÅÅÅÅ-MM-DD (standard i dag)", "date to check at, YYYY-MM-DD (default today)"))] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help=h(
        "text, json, markdown eller html (--rank: text eller json)",
        "text, json, markdown or html (--rank: text or json)"))] = "text",
    out_file: OutFile = None,
    force: WhatIfForce = False,
    show_people: ShowPeople = False,
    lang: Lang = "sv",
) -> None:
    import datetime as dt

    check_choice(fmt, ("text", "json") if rank_all else WHATIF_FORMATS, "--format", lang)
    if (remove is None) == (not rank_all):
        raise fail(Msg("ange antingen --remove ID eller --rank", "give either --remove ID or --rank"), lang)
    day = optional_date(as_of, "--as-of", lang, dt.date.today())
    data = load_or_exit(path, lang)
    profile = use_case.choose_profile_name(data, day, profile)
    _whatif_profiles([(profile, None)], lang)
    if rank_all:
        from samverkan.whatif import report

        # no collections while ranking: what it keeps (scopes, units, what their parts gave) grows to millions of
        # objects that each full collection walks again, and what it drops goes by reference counting
        with gc_paused():
            ranking = use_case.impact(data, None, profile=profile, as_of=day, show_people=show_people, lang=lang,
                                      rank_all=True)
        text = report.render_ranking_json(ranking, top) if fmt == "json" else for_terminal(
            report.render_ranking_text(ranking, top, lang, names=partial(named, data)))
        if out_file is None:
            sys.stdout.write(text)
        else:
            write_text_safely(out_file, text, force, lang, inputs_of(path, profile))
        return
    from samverkan.model.changes import ChangeError

    try:
        w = use_case.impact(data, remove, profile=profile, as_of=day, show_people=show_people, lang=lang)
    except ChangeError as exc:
        for problem in exc.problems:
            hint = f" ({problem.suggestion.get(lang)})" if problem.suggestion else ""
            err.print(f"--remove: {problem.message.get(lang)}{hint}")
        raise fail(Msg("inget gjordes.", "nothing was done."), lang) from None
    _whatif_write(w, fmt, lang, out_file, force, inputs_of(path, profile))
    raise typer.Exit(w.exit_code)
