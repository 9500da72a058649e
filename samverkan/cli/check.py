"""`samverkan check` and `samverkan explain`: the rules."""

from __future__ import annotations

import gc
import sys
from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from samverkan.cli.common import (
    CHECK_FORMATS,
    BatchSize,
    Lang,
    ProfileOption,
    ShowPeople,
    WaiversOption,
    app,
    check_choice,
    fail,
    h,
    load_data_or_neo4j,
    optional_date,
    out,
    problems_exit,
)
from samverkan.io.gcpause import gc_paused
from samverkan.io.i18n import Msg
from samverkan.io.sanitise import for_terminal
from samverkan.model.names import named


@app.command("check", help=h(
    "Kontrollera överenskommelserna mot en profil: varje fynd med hänvisning och åtgärd. "
    "Slutstatus 0: inga fel, 1: fel, 2: ogiltig indata eller profil.",
    "Check the agreements against a profile: every finding with its clause and a fix. "
    "Exit status 0: no errors, 1: errors, 2: invalid input or profile.",
))
def check_command(
    path: Annotated[Path | None, typer.Argument(help=h(
        "mappen med datamängden (eller --neo4j)", "the data set folder (or --neo4j)"))] = None,
    profile: ProfileOption = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help=h(
        "granskningsdatum ÅÅÅÅ-MM-DD (standard i dag)", "audit date YYYY-MM-DD (default today)"))] = None,
    agreement: Annotated[str | None, typer.Option("--agreement", help=h(
        "bara fynd för en överenskommelse", "only findings of one agreement"))] = None,
    select: Annotated[list[str] | None, typer.Option("--select", help=h(
        "regler eller prefix att köra, t.ex. SAM01,SAM030", "rules or prefixes to run, e.g. SAM01,SAM030"))] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help=h(
        "regler eller prefix att hoppa över", "rules or prefixes to skip"))] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help=h(
        "text, json, markdown, sarif eller junit", "text, json, markdown, sarif or junit"))] = "text",
    waivers: WaiversOption = None,
    neo4j: Annotated[str | None, typer.Option("--neo4j", "--from-neo4j", help=h(
        "läs datamängden från Neo4j på denna adress (med --dataset; lösenord i NEO4J_PASSWORD)",
        "read the data set from Neo4j at this address (with --dataset; password in NEO4J_PASSWORD)"))] = None,
    dataset: Annotated[str | None, typer.Option("--dataset", help=h(
        "datamängdens namn i Neo4j", "the data set's name in Neo4j"))] = None,
    neo4j_user: Annotated[str, typer.Option("--user", envvar="NEO4J_USER", help=h(
        "användarnamn för Neo4j", "Neo4j user name"))] = "neo4j",
    neo4j_database: Annotated[str, typer.Option("--database", envvar="NEO4J_DATABASE", help=h(
        "databasen i Neo4j", "the database in Neo4j"))] = "neo4j",
    batch_size: BatchSize = 5000,
    show_people: ShowPeople = False,
    lang: Lang = "sv",
) -> None:
    check_choice(fmt, CHECK_FORMATS, "--format", lang)
    day = optional_date(as_of, "--as-of", lang)
    from samverkan import app as use_case
    from samverkan.findings import formats
    from samverkan.rules.engine import CheckError, ConfigError

    data, sources = load_data_or_neo4j(path, neo4j, dataset, neo4j_user, neo4j_database, lang, batch_size)
    if fmt != "sarif":
        sources = None  # only SARIF says where a finding sits in the files: the others let the source map go
    # the redaction and the rules build and keep hundreds of thousands of objects, none of them cyclic garbage:
    # no collection walks them while they are built, and none after (they live until the process ends)
    with gc_paused():
        redaction = later = None
        if not show_people:
            from samverkan.model.privacy import Redaction

            redaction = Redaction(data, lang=lang)
            # only what the rules decide or sort by before them, the rest as the findings quote it (`later`); all
            # of it with waivers, whose `match` reads the messages as shown
            later = redaction if waivers is None and redaction.repeatable() else None
            data = redaction.dataset(data, in_place=True, for_rules=later is not None)  # the original is not needed
            originals = redaction.original_ids() if sources else {}
            locate = (lambda entity_id: sources.where(originals.get(entity_id, entity_id))) if sources else None
        else:
            locate = sources.where if sources else None
        try:
            prof = use_case.choose_profile(data, use_case.choose_date(day), profile)
        except ConfigError as exc:
            raise problems_exit(exc, lang, Msg("profilen kunde inte läsas; inget gjordes.",
                                              "the profile could not be read; nothing was done.")) from None
        try:
            shown_waivers = use_case.private_waivers(waivers, redaction, lang)
            redaction = None  # done with unless `later`: its word automata (35 MB at national scale) are freed
            run = use_case.run_rules(data, as_of=day, profile=prof, lang=lang, select=select, ignore=ignore,
                                     agreement=agreement, waivers=shown_waivers)
        except ConfigError as exc:
            raise problems_exit(exc, lang, Msg("undantagsfilen kunde inte läsas; inget gjordes.",
                                              "the waiver file could not be read; nothing was done.")) from None
        except CheckError as exc:
            raise fail(exc.msg, lang) from None
        findings, codes, day = run.findings, run.codes, run.as_of
        names = partial(named, data)
        if later is not None:
            findings = use_case.shown_findings(findings, later)
            names = partial(_shown_name, later.shown, names)
        gc.freeze()
    note = run.note
    if note is not None:  # on stderr: stdout stays the format's own (JSON, SARIF, JUnit parse it)
        sys.stderr.write(f"{note.get(lang)}\n")
    if fmt == "text":
        formats.render_text(findings, out, names=names, profile=prof.name, as_of=day, lang=lang)
    elif fmt == "json":
        formats.write_json(findings, sys.stdout)
    elif fmt == "markdown":
        sys.stdout.write(for_terminal((f"> {note.get(lang)}\n\n" if note is not None else "")
                                      + formats.to_markdown(findings, names=names, dataset=data.name,
                                                            profile=prof.name, as_of=day, lang=lang)))
    elif fmt == "sarif":
        from samverkan import __version__

        sys.stdout.write(formats.to_sarif(findings, codes=codes, profile=prof.name, as_of=day, lang=lang,
                                          locate=locate, version=__version__))
    else:
        sys.stdout.write(formats.to_junit(findings, profile=prof.name, as_of=day, lang=lang))
    if run.has_errors:
        raise typer.Exit(1)


def _shown_name(shown, names, entity_id: str | None) -> str | None:
    name = names(entity_id)
    return shown(name) if name else name


@app.command(help=h(
    "Förklara en regel: vad den prövar, varför, vad profilen kräver, och exempel.",
    "Explain a rule: what it checks, why, what the profile demands, and examples.",
))
def explain(
    code: Annotated[str, typer.Argument(help=h("regelkoden, t.ex. SAM030", "the rule code, e.g. SAM030"))],
    profile: Annotated[str | None, typer.Option("--profile", help=h(
        "profil (namn eller fil); standard stockholm-2023", "profile (name or file); default stockholm-2023"))] = None,
    lang: Lang = "sv",
) -> None:
    from samverkan.io.yamlconf import closest
    from samverkan.rules.engine import DEFAULT_PROFILE, RULES, ConfigError, load_profile
    from samverkan.rules.explain import explain as explain_rule

    code = code.strip().upper()
    if code not in RULES:
        close = closest(code, list(RULES))
        hint = Msg(f"; menade du {close}?", f"; did you mean {close}?") if close else Msg(
            "; regler: " + ", ".join(sorted(RULES)), "; rules: " + ", ".join(sorted(RULES)))
        raise fail(Msg(f"okänd regel '{code}'{hint.sv}", f"unknown rule '{code}'{hint.en}"), lang)
    try:
        prof = load_profile(profile or DEFAULT_PROFILE)
    except ConfigError as exc:
        raise problems_exit(exc, lang, Msg("profilen kunde inte läsas.", "the profile could not be read.")) from None
    sys.stdout.write(explain_rule(code, prof, lang))
