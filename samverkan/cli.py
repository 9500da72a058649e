"""The command line: a thin typer app that wires loaders, rules and visualize together.

User-facing text is Swedish by default and English with `--lang en`; help text follows `--lang`
too (it is picked before typer parses, from the command line or SAMVERKAN_LANG).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from samverkan.i18n import Msg

HELP_LANG = "en" if ("--lang=en" in sys.argv or ("--lang" in sys.argv and "en" in sys.argv)
                     or os.environ.get("SAMVERKAN_LANG") == "en") else "sv"


def h(sv: str, en: str) -> str:
    """Help text in the language of this invocation."""
    return en if HELP_LANG == "en" else sv


app = typer.Typer(
    help=h(
        "samverkan: samverkansöverenskommelserna mellan Stockholms stad och Polisregion Stockholm som en graf, "
        "med kontroller av att styrningen hänger ihop.",
        "samverkan: the cooperation agreements between Stockholms stad and Polisregion Stockholm as a graph, "
        "checked for governance that holds together.",
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

# Data text may hold '[...]': never read it as rich markup, never colour numbers in it.
out = Console(soft_wrap=True, markup=False, highlight=False)
err = Console(stderr=True, soft_wrap=True, markup=False, highlight=False)

Lang = Annotated[str, typer.Option("--lang", help=h("språk: sv eller en", "language: sv or en"))]
DataPath = Annotated[Path, typer.Argument(help=h("mappen med datamängden", "the data set folder"))]
Format = Annotated[str, typer.Option("--format", "-f", help=h("utdataformat", "output format"))]
WaiversOption = Annotated[Path | None, typer.Option("--waivers", help=h(
        "YAML-fil med godtagna fynd (rule, subject, reason, decided_by, expires)",
        "YAML file of accepted findings (rule, subject, reason, decided_by, expires)"))]
ProfileOption = Annotated[str | None, typer.Option("--profile", help=h(
    "profil (namn eller fil); standard: profilen för den stadsövergripande överenskommelse som gäller vid --as-of "
    "(stockholm-2019, stockholm-2023)", "profile (name or file); default: the profile of the city-wide agreement in "
    "force at --as-of (stockholm-2019, stockholm-2023)"))]
ShowPeople = Annotated[bool, typer.Option("--show-people", help=h(
    "visa personnamn och kontaktuppgifter (personuppgifter); annars står rollernas titlar i deras ställe",
    "show person names and contact details (personal data); otherwise the titles of their roles stand in "
    "their place"))]


def private(data, show_people: bool, lang: str):
    """The data set as every output sees it: without personal data unless --show-people
    (samverkan.model.privacy; names become role titles, contact details go)."""
    if show_people:
        return data
    from samverkan.model.privacy import redact

    return redact(data, lang)


def fail(message: Msg, lang: str, code: int = 2) -> typer.Exit:
    err.print(message.get(lang))
    return typer.Exit(code)


def problems_exit(exc, lang: str, what: Msg) -> typer.Exit:
    """Print every located problem of invalid input (data set, change set, profile, waivers), then `what`;
    exit status 2."""
    for problem in exc.problems[:MAX_PROBLEMS_SHOWN]:
        err.print(problem.render(lang))
    hidden = len(exc.problems) - MAX_PROBLEMS_SHOWN
    if hidden > 0:
        err.print(Msg(f"… och {hidden} fel till (rätta dem ovan först)",
                      f"… and {hidden} more problems (fix the ones above first)").get(lang))
    return fail(what, lang)


MAX_PROBLEMS_SHOWN = 200


def check_lang(lang: str) -> str:
    if lang not in ("sv", "en"):
        raise fail(Msg(f"okänt språk '{lang}': välj sv eller en", f"unknown language '{lang}': choose sv or en"), "sv")
    return lang


def check_choice(value: str, choices: tuple[str, ...], option: str, lang: str) -> str:
    if value not in choices:
        raise fail(Msg(f"{option}: okänt värde '{value}'; välj {', '.join(choices)}",
                       f"{option}: unknown value '{value}'; choose {', '.join(choices)}"), lang)
    return value


def load_or_exit(path: Path, lang: str):
    """Load a data set; on invalid input print every problem (file:line:col) and exit 2."""
    return load_with_sources_or_exit(path, lang)[0]


def load_with_sources_or_exit(path: Path, lang: str):
    """A data set and where each entity sits in its files (SourceMap); exit 2 on invalid input."""
    from samverkan.loaders.yaml_io import LoadError, load_dataset

    try:
        return load_dataset(path, for_process_lifetime=_WHOLE_PROCESS)
    except LoadError as exc:
        count = len(exc.problems)
        raise problems_exit(exc, lang, Msg(f"{count} fel; inget gjordes.", f"{count} error(s); nothing was done.")) \
            from None


def inputs_of(*paths) -> tuple:
    """The existing input files and folders among a command's arguments (see samverkan.outputs)."""
    from samverkan.outputs import inputs_of as existing

    return tuple(existing(*paths))


def write_text_safely(target: Path, text: str | bytes, force: bool, lang: str, inputs: tuple = ()) -> None:
    """Write a file, never overwriting a different existing file unless --force or the user agrees."""
    write_files_safely({target: text}, force, lang, inputs)


def write_files_safely(files: dict[Path, str | bytes], force: bool, lang: str, inputs: tuple = ()) -> None:
    """Write files, never overwriting different existing ones unless --force or the user agrees (asked once,
    on a terminal); nothing is written when the answer is no. No file may be one of the command's `inputs` or
    lie inside an input folder (refused even with --force); each is written atomically (samverkan.outputs)."""
    from samverkan.outputs import OutputRefused, refuse_inputs, write_all

    try:
        refuse_inputs(files, inputs)
    except OutputRefused as exc:
        raise fail(exc.message, lang) from None
    for t in files:
        if t.is_dir():
            raise fail(Msg(f"--out: {t} är en mapp; ange en fil", f"--out: {t} is a folder; give a file"), lang)
    clash = [t for t, text in files.items()
             if t.exists() and t.read_bytes() != (text.encode("utf-8") if isinstance(text, str) else text)]
    if clash and not force:
        more = Msg(f" (och {len(clash) - 1} till)", f" (and {len(clash) - 1} more)") if len(clash) > 1 else Msg("", "")
        if not sys.stdin.isatty() or not typer.confirm(
            Msg(f"{clash[0]}{more.sv} finns redan. Skriva över?", f"{clash[0]}{more.en} exists. Overwrite?").get(lang)
        ):
            raise fail(Msg(f"{clash[0]}{more.sv} finns redan; använd --force för att skriva över",
                           f"{clash[0]}{more.en} exists; use --force to overwrite"), lang)
    write_all(files)


# --- foundation: summary, schema ----------------------------------------------------------------


@app.command(help=h("Antal entiteter per slag och per överenskommelse.", "Counts per entity kind and per agreement."))
def summary(path: DataPath, fmt: Format = "text", show_people: ShowPeople = False, lang: Lang = "sv") -> None:
    from samverkan.model.summary import summarise

    lang = check_lang(lang)
    check_choice(fmt, ("text", "json"), "--format", lang)
    data = private(load_or_exit(path, lang), show_people, lang)
    result = summarise(data)
    if fmt == "json":
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
        return
    t = Msg
    out.print(t(f"Datamängd: {result['dataset']}", f"Data set: {result['dataset']}").get(lang))
    counts = Table(t("Entiteter", "Entities").get(lang), t("Antal", "Count").get(lang))
    for kind, n in result["counts"].items():
        counts.add_row(kind, str(n))
    out.print(counts)
    agreements = Table(
        "id", t("nivå", "level").get(lang), t("giltig", "valid").get(lang), t("grupper", "groups").get(lang),
        t("aktiviteter", "activities").get(lang), t("prioriterade områden", "priority areas").get(lang),
        t("medlemskap", "memberships").get(lang), title=t("Överenskommelser", "Agreements").get(lang),
    )
    for a in result["agreements"]:
        valid = f"{a['valid_from'] or '?'} – {a['valid_to'] or t('tills vidare', 'until further notice').get(lang)}"
        agreements.add_row(a["id"], a["level"], valid, str(a["groups"]), str(a["activities"]),
                           str(a["priority_areas"]), str(a["memberships"]))
    out.print(agreements)


@app.command(help=h("Skriv JSON Schema för datafilerna eller ändringsfilerna (för YAML-redigerare).",
                    "Write the JSON Schema of the data files or the change sets (for YAML editors)."))
def schema(
    kind: Annotated[str, typer.Option("--kind", help=h("data eller changeset", "data or changeset"))] = "data",
    out_file: Annotated[Path | None, typer.Option("--out", help=h("fil att skriva", "file to write"))] = None,
    force: Annotated[bool, typer.Option("--force", help=h("skriv över", "overwrite"))] = False,
    lang: Lang = "sv",
) -> None:
    from samverkan.loaders.schema import SCHEMAS, schema_json

    lang = check_lang(lang)
    check_choice(kind, tuple(SCHEMAS), "--kind", lang)
    text = schema_json(kind)
    if out_file is None:
        sys.stdout.write(text)
    else:
        write_text_safely(out_file, text, force, lang)


def parse_date_option(value: str | None, option: str, lang: str):
    """An ISO date option, or a clear error (exit 2) when it is missing or not a date."""
    import datetime as dt

    if not value:
        raise fail(Msg(f"ange {option} ÅÅÅÅ-MM-DD", f"give {option} YYYY-MM-DD"), lang)
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise fail(Msg(f"{option}: '{value}' är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2024-01-01",
                       f"{option}: '{value}' is not a date; write YYYY-MM-DD, e.g. 2024-01-01"), lang) from None


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
    data = private(load_or_exit(path, lang), show_people, lang)
    from samverkan.rules.engine import ConfigError, load_profile, profile_for
    from samverkan.visualize.audit import run_audit
    from samverkan.visualize.audit_files import REPORT, write_audit

    try:
        loaded = load_profile(profile or profile_for(data, day))
    except ConfigError as exc:
        raise problems_exit(exc, lang, Msg("profilen kunde inte läsas; inget gjordes.",
                                          "the profile could not be read; nothing was done.")) from None
    profile = loaded.name
    try:
        result = run_audit(data, day, loaded, lang, waivers=waivers)
    except ConfigError as exc:
        raise problems_exit(exc, lang, Msg("undantagsfilen kunde inte läsas; inget gjordes.",
                                          "the waiver file could not be read; nothing was done.")) from None
    from samverkan.visualize.audit_graphs import district_graphs

    try:
        from samverkan.outputs import OutputRefused, inputs_of, refuse_inputs

        written = write_audit(result, out_dir, district_graphs(data, result),
                              before_write=lambda targets: refuse_inputs(targets, inputs_of(path, waivers, profile)))
    except OutputRefused as exc:
        raise fail(exc.message, lang) from None
    except OSError as exc:
        raise fail(Msg(f"kunde inte skriva i {out_dir}: {exc.strerror or exc}",
                       f"could not write into {out_dir}: {exc.strerror or exc}"), lang) from None
    s, f = result.status_counts, result.severity_counts
    out.print(Msg(
        f"Granskning per {day} (profil {profile}): {len(result.rows)} stadsdelsförvaltningar; lokal överenskommelse "
        f"i kraft {s['in_force']}, utgången {s['expired']}, saknas {s['missing']}; "
        f"fynd: {f['error']} fel, {f['warning']} varningar, {f['info']} info.",
        f"Audit at {day} (profile {profile}): {len(result.rows)} district administrations; local agreement "
        f"in force {s['in_force']}, expired {s['expired']}, missing {s['missing']}; "
        f"findings: {f['error']} errors, {f['warning']} warnings, {f['info']} info.",
    ).get(lang))
    for target in written:
        if target.name != REPORT:
            out.print(Msg(f"Skrev {target}", f"Wrote {target}").get(lang))
    out.print(Msg(f"Rapport: {out_dir / REPORT}", f"Report: {out_dir / REPORT}").get(lang))


# --- neo4j and exchange formats (issue 8): `neo4j push`, `neo4j pull`, `export` --------------------

neo4j_app = typer.Typer(
    help=h("Dela modellen via en Neo4j-databas (push och pull).",
           "Share the model through a Neo4j database (push, pull)."),
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(neo4j_app, name="neo4j")


@neo4j_app.callback()
def neo4j_group(lang: Lang = "sv") -> None:
    # accepts --lang before the subcommand too (`samverkan neo4j --help --lang en`)
    check_lang(lang)

Neo4jUri = Annotated[str, typer.Option("--uri", envvar="NEO4J_URI", help=h(
    "serverns adress, t.ex. neo4j://localhost:7687 (eller NEO4J_URI)",
    "the server's address, e.g. neo4j://localhost:7687 (or NEO4J_URI)"))]
Neo4jUser = Annotated[str, typer.Option("--user", envvar="NEO4J_USER", help=h(
    "användarnamn (eller NEO4J_USER); lösenordet läses från NEO4J_PASSWORD eller frågas efter",
    "user name (or NEO4J_USER); the password is read from NEO4J_PASSWORD or asked for"))]
Neo4jDatabase = Annotated[str, typer.Option("--database", envvar="NEO4J_DATABASE", help=h(
    "databasen på servern", "the database on the server"))]
Force = Annotated[bool, typer.Option("--force", help=h("skriv över befintliga filer", "overwrite existing files"))]


def neo4j_password(lang: str) -> str:
    """NEO4J_PASSWORD, or a hidden prompt; never a command-line option (it would show in `ps` and history)."""
    password = os.environ.get("NEO4J_PASSWORD")
    if password is not None:
        return password
    if sys.stdin.isatty():
        return typer.prompt(Msg("Lösenord för Neo4j", "Neo4j password").get(lang), hide_input=True)
    raise fail(Msg("inget lösenord: sätt miljövariabeln NEO4J_PASSWORD", "no password: set the environment variable "
                   "NEO4J_PASSWORD"), lang)


def load_data_or_neo4j(path: Path | None, uri: str | None, dataset: str | None, user: str | None,
                       database: str, lang: str):
    """(data set, SourceMap) from its folder, or (data set, None) with --neo4j URI --dataset NAME straight from
    the database (for check)."""
    if uri is None:
        if path is None:
            raise fail(Msg("ange mappen med datamängden, eller --neo4j URI --dataset NAMN",
                           "give the data set folder, or --neo4j URI --dataset NAME"), lang)
        return load_with_sources_or_exit(path, lang)
    if path is not None:
        raise fail(Msg("ange antingen en mapp eller --neo4j, inte båda", "give either a folder or --neo4j, not both"),
                   lang)
    if not dataset:
        raise fail(Msg("--neo4j behöver --dataset NAMN", "--neo4j needs --dataset NAME"), lang)
    from samverkan.loaders.neo4j_store import Neo4jStoreError, load_from_neo4j
    from samverkan.model.validate import validate

    password = neo4j_password(lang)
    try:
        data = load_from_neo4j(uri, user or "neo4j", dataset, database, password)
    except Neo4jStoreError as exc:
        raise fail(exc.message, lang) from None
    problems = validate(data)
    for problem in problems:
        where = f"{uri} {dataset}" + (f" {problem.entity.id}" if problem.entity is not None else "")
        err.print(f"{where}: {problem.message.get(lang)}")
    if problems:
        raise fail(Msg(f"{len(problems)} fel; inget gjordes.", f"{len(problems)} error(s); nothing was done."), lang)
    return data, None


@neo4j_app.command("push", help=h(
    "Skriv datamängden till Neo4j: samma innehåll efter varje push; andra datamängder i databasen lämnas orörda.",
    "Write the data set to Neo4j: the same content after every push; other data sets in the database stay as "
    "they are."))
def neo4j_push(
    path: DataPath,
    uri: Neo4jUri,
    user: Neo4jUser,
    database: Neo4jDatabase = "neo4j",
    dataset: Annotated[str | None, typer.Option("--dataset", help=h(
        "namn på datamängden i databasen; standard mappens namn", "the data set's name in the database; default "
        "the folder's name"))] = None,
    show_people: ShowPeople = False,
    lang: Lang = "sv",
) -> None:
    lang = check_lang(lang)
    data = private(load_or_exit(path, lang), show_people, lang)
    from samverkan.loaders.neo4j_store import Neo4jStoreError, push

    password = neo4j_password(lang)
    try:
        report = push(data, uri, user, password, database, dataset)
    except Neo4jStoreError as exc:
        raise fail(exc.message, lang) from None
    c = report.counters
    out.print(Msg(
        f"Datamängden '{report.dataset}' i databasen '{report.database}': {report.nodes} noder, "
        f"{report.relationships} relationer (nya: {c['nodes_created']} noder, {c['relationships_created']} relationer; "
        f"borttagna: {c['nodes_deleted']} noder, {c['relationships_deleted']} relationer).",
        f"Data set '{report.dataset}' in database '{report.database}': {report.nodes} nodes, "
        f"{report.relationships} relationships (new: {c['nodes_created']} nodes, {c['relationships_created']} "
        f"relationships; removed: {c['nodes_deleted']} nodes, {c['relationships_deleted']} relationships).",
    ).get(lang))


@neo4j_app.command("pull", help=h(
    "Läs en datamängd från Neo4j till YAML-filer (register.yaml och en fil per överenskommelse) i --out.",
    "Read a data set from Neo4j into YAML files (register.yaml and one file per agreement) in --out."))
def neo4j_pull(
    uri: Neo4jUri,
    user: Neo4jUser,
    dataset: Annotated[str, typer.Option("--dataset", help=h("datamängdens namn i databasen",
                                                             "the data set's name in the database"))],
    out_dir: Annotated[Path, typer.Option("--out", help=h("mapp att skriva i", "folder to write into"))],
    database: Neo4jDatabase = "neo4j",
    force: Force = False,
    lang: Lang = "sv",
) -> None:
    lang = check_lang(lang)
    if out_dir.exists() and not out_dir.is_dir():
        raise fail(Msg(f"--out: {out_dir} är en fil, inte en mapp", f"--out: {out_dir} is a file, not a folder"), lang)
    from samverkan.loaders.neo4j_store import Neo4jStoreError, load_from_neo4j
    from samverkan.loaders.yaml_io import dataset_files

    password = neo4j_password(lang)
    try:
        data = load_from_neo4j(uri, user, dataset, database, password)
    except Neo4jStoreError as exc:
        raise fail(exc.message, lang) from None
    files = {out_dir / rel: text for rel, text in dataset_files(data).items()}
    from samverkan.outputs import OutputRefused, refuse_foreign_yaml

    try:
        refuse_foreign_yaml(out_dir, files)  # a data set there would mix with it; --force does not change that
    except OutputRefused as exc:
        raise fail(exc.message, lang) from None
    write_files_safely(files, force, lang)
    entities = sum(1 for _ in data.entities())
    out.print(Msg(f"Skrev {len(files)} filer med {entities} entiteter i {out_dir}",
                  f"Wrote {len(files)} files with {entities} entities into {out_dir}").get(lang))


@app.command(help=h(
    "Exportera grafen: graphml/gexf (Gephi, yEd), json (node-link), cypher (samma satser som neo4j push), "
    "csv (neo4j-admin import; --out är då en mapp) eller turtle (RDF med W3C ORG).",
    "Export the graph: graphml/gexf (Gephi, yEd), json (node-link), cypher (the statements of neo4j push), "
    "csv (neo4j-admin import; --out is then a folder) or turtle (RDF with W3C ORG)."))
def export(
    path: DataPath,
    fmt: Annotated[str, typer.Option("--format", "-f", help=h("graphml, gexf, json, cypher, csv eller turtle",
                                                              "graphml, gexf, json, cypher, csv or turtle"))],
    out_path: Annotated[Path, typer.Option("--out", help=h("fil (mapp för csv); - för standard ut",
                                                           "file (folder for csv); - for standard output"))],
    dataset: Annotated[str | None, typer.Option("--dataset", help=h(
        "datamängdens namn (cypher, csv); standard mappens namn", "the data set's name (cypher, csv); default the "
        "folder's name"))] = None,
    force: Force = False,
    show_people: ShowPeople = False,
    lang: Lang = "sv",
) -> None:
    lang = check_lang(lang)
    from samverkan.loaders import exchange, rdf
    from samverkan.loaders.neo4j_store import Neo4jStoreError

    check_choice(fmt, (*exchange.FORMATS, "turtle"), "--format", lang)
    data = private(load_or_exit(path, lang), show_people, lang)
    try:
        if fmt == "csv":
            files = exchange.to_csv(data, dataset)
        else:
            text = {"graphml": exchange.to_graphml, "gexf": exchange.to_gexf, "json": exchange.to_json,
                    "cypher": lambda d: exchange.to_cypher(d, dataset), "turtle": rdf.to_turtle}[fmt](data)
    except Neo4jStoreError as exc:
        raise fail(exc.message, lang) from None
    if fmt != "csv":
        if str(out_path) == "-":
            sys.stdout.write(text)
            return
        if out_path.is_dir():
            raise fail(Msg(f"--out: {out_path} är en mapp; ange en fil", f"--out: {out_path} is a folder; give a file"),
                       lang)
        write_text_safely(out_path, text, force, lang, inputs_of(path))
        out.print(Msg(f"Skrev {out_path} ({len(text.encode())} byte)", f"Wrote {out_path} ({len(text.encode())} bytes)")
                  .get(lang))
        return
    if out_path.exists() and not out_path.is_dir():
        raise fail(Msg(f"--out: {out_path} är en fil; csv skrivs i en mapp", f"--out: {out_path} is a file; csv is "
                       "written into a folder"), lang)
    write_files_safely({out_path / name: text for name, text in files.items()}, force, lang, inputs_of(path))
    out.print(Msg(f"Skrev {len(files)} filer i {out_path}; importkommandot står i import.txt",
                  f"Wrote {len(files)} files into {out_path}; the import command is in import.txt").get(lang))


# --- show: the interactive governance graph for planners (issue 4) ---------------------------------


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
    import datetime as dt

    lang = check_lang(lang)
    from samverkan.visualize.show import FORMATS, render

    check_choice(fmt, FORMATS, "--format", lang)
    day = parse_date_option(as_of, "--as-of", lang) if as_of is not None else dt.date.today()
    target = out_file or Path(f"graph.{fmt}")
    if target.is_dir():
        raise fail(Msg(f"--out: {target} är en mapp; ange en fil", f"--out: {target} is a folder; give a file"), lang)
    data = private(load_or_exit(path, lang), show_people, lang)
    ids = sorted(a.id for a in data.agreements)
    if agreement is not None and agreement not in ids:
        from samverkan.model.validate import suggest

        close = suggest(agreement, ids)
        hint = Msg(f"; menade du {close}?", f"; did you mean {close}?") if close else Msg(
            f"; finns: {', '.join(ids)}", f"; there are: {', '.join(ids)}")
        raise fail(Msg(f"--agreement: okänd överenskommelse '{agreement}'{hint.sv}",
                       f"--agreement: unknown agreement '{agreement}'{hint.en}"), lang)
    try:
        from samverkan.rules.yamlconf import ConfigError
    except ImportError:  # no rules engine: the graph is drawn without findings
        ConfigError = ()  # noqa: N806
    try:
        result = render(data, fmt, agreement=agreement, profile=profile, as_of=day, show_people=show_people,
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


# --- check and explain: the rules (issue 3) ---------------------------------------------------------

CHECK_FORMATS = ("text", "json", "markdown", "sarif", "junit")


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
    neo4j: Annotated[str | None, typer.Option("--neo4j", help=h(
        "läs datamängden från Neo4j på denna adress (med --dataset; lösenord i NEO4J_PASSWORD)",
        "read the data set from Neo4j at this address (with --dataset; password in NEO4J_PASSWORD)"))] = None,
    dataset: Annotated[str | None, typer.Option("--dataset", help=h(
        "datamängdens namn i Neo4j", "the data set's name in Neo4j"))] = None,
    neo4j_user: Annotated[str, typer.Option("--user", envvar="NEO4J_USER", help=h(
        "användarnamn för Neo4j", "Neo4j user name"))] = "neo4j",
    neo4j_database: Annotated[str, typer.Option("--database", envvar="NEO4J_DATABASE", help=h(
        "databasen i Neo4j", "the database in Neo4j"))] = "neo4j",
    show_people: ShowPeople = False,
    lang: Lang = "sv",
) -> None:
    import datetime as dt

    lang = check_lang(lang)
    check_choice(fmt, CHECK_FORMATS, "--format", lang)
    day = parse_date_option(as_of, "--as-of", lang) if as_of is not None else dt.date.today()
    from samverkan.rules import formats
    from samverkan.rules.engine import CheckError, ConfigError, check, load_profile, profile_for, select_rules

    data, sources = load_data_or_neo4j(path, neo4j, dataset, neo4j_user, neo4j_database, lang)
    if not show_people:
        from samverkan.model.privacy import Redaction

        redaction = Redaction(data, lang=lang)
        data = redaction.dataset(data)
        locate = (lambda entity_id: sources.where(redaction.original_id(entity_id))) if sources else None
    else:
        locate = sources.where if sources else None
    try:
        prof = load_profile(profile or profile_for(data, day))
    except ConfigError as exc:
        raise problems_exit(exc, lang, Msg("profilen kunde inte läsas; inget gjordes.",
                                          "the profile could not be read; nothing was done.")) from None
    try:
        findings = check(data, prof, day, lang=lang, select=select, ignore=ignore, agreement=agreement,
                         waivers=waivers)
        codes = select_rules(select, ignore)
    except ConfigError as exc:
        raise problems_exit(exc, lang, Msg("undantagsfilen kunde inte läsas; inget gjordes.",
                                          "the waiver file could not be read; nothing was done.")) from None
    except CheckError as exc:
        raise fail(exc.msg, lang) from None
    titles = {a.id: a.title for a in data.agreements}
    if fmt == "text":
        formats.render_text(findings, out, titles=titles, profile=prof.name, as_of=day, lang=lang)
    elif fmt == "json":
        sys.stdout.write(formats.to_json(findings))
    elif fmt == "markdown":
        sys.stdout.write(formats.to_markdown(findings, titles=titles, dataset=data.name, profile=prof.name,
                                             as_of=day, lang=lang))
    elif fmt == "sarif":
        from samverkan import __version__

        sys.stdout.write(formats.to_sarif(findings, codes=codes, profile=prof.name, as_of=day, lang=lang,
                                          locate=locate, version=__version__))
    else:
        sys.stdout.write(formats.to_junit(findings, profile=prof.name, as_of=day, lang=lang))
    if any(f.severity == "error" and not f.waived for f in findings):
        raise typer.Exit(1)


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
    lang = check_lang(lang)
    from samverkan.rules.engine import DEFAULT_PROFILE, RULES, ConfigError, load_profile
    from samverkan.rules.explain import explain as explain_rule
    from samverkan.rules.yamlconf import closest

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


# --- what-if for remiss reviewers: diff and impact (issue 6) ---------------------------------------

WHATIF_FORMATS = ("text", "json", "markdown", "html")
WhatIfProfile = Annotated[str | None, typer.Option("--profile", help=h(
    "profil före ändringen (namn eller fil); standard: ändringsfilens base_profile, annars profilen för den "
    "stadsövergripande överenskommelse som gäller vid --as-of", "profile before the change (name or file); default: "
    "the change set's base_profile, else the profile of the city-wide agreement in force at --as-of"))]
WhatIfAsOf = Annotated[str | None, typer.Option("--as-of", help=h(
    "datum att pröva per, ÅÅÅÅ-MM-DD; standard: ändringsfilens as_of, annars i dag",
    "date to check at, YYYY-MM-DD; default: the change set's as_of, else today"))]
WhatIfOut = Annotated[Path | None, typer.Option("--out", help=h("fil att skriva (annars standard ut)",
                                                                "file to write (else standard output)"))]
WhatIfForce = Annotated[bool, typer.Option("--force", help=h("skriv över --out", "overwrite --out"))]


def _whatif_write(w, fmt: str, lang: str, out_file: Path | None, force: bool, inputs: tuple = ()) -> None:
    from samverkan.visualize import whatif_report as report

    if fmt == "html":
        from samverkan.visualize.diff_page import render_diff_page

        text = render_diff_page(w, lang)
    elif fmt == "json":
        text = report.render_json(w)
    elif fmt == "markdown":
        text = report.render_markdown(w, lang)
    else:
        text = report.render_text(w, lang)
    if out_file is None:
        sys.stdout.write(text)
    else:
        write_text_safely(out_file, text, force, lang, inputs)


def private_pair(before, after, show_people: bool, lang: str):
    """One Redaction for two data sets (a person gets the same words in both); with --show-people one that
    changes nothing."""
    from samverkan.model.privacy import Redaction

    return Redaction(lang=lang) if show_people else Redaction(before, after, lang=lang)


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
    out_file: WhatIfOut = None,
    force: WhatIfForce = False,
    show_people: ShowPeople = False,
    lang: Lang = "sv",
) -> None:
    import datetime as dt

    lang = check_lang(lang)
    check_choice(fmt, WHATIF_FORMATS, "--format", lang)
    if (change is None) == (against is None):
        raise fail(Msg("ange antingen --change FIL eller --against MAPP",
                       "give either --change FILE or --against FOLDER"), lang)
    day = parse_date_option(as_of, "--as-of", lang) if as_of is not None else None
    from samverkan.loaders.yaml_io import LoadError
    from samverkan.rules.engine import profile_for
    from samverkan.rules.whatif import citations_of, compare

    data = load_or_exit(path, lang)
    if change is not None:
        from samverkan.loaders.changeset_io import read_changeset
        from samverkan.model.changes import SetProfileOp

        try:
            applied = read_changeset(data, change)
        except LoadError as exc:
            raise problems_exit(exc, lang, Msg(f"{len(exc.problems)} fel i ändringsfilen; inget gjordes.",
                                               f"{len(exc.problems)} error(s) in the change set; nothing was done.")) \
                from None
        cs = applied.file.changeset
        before_profile = profile or cs.base_profile or profile_for(data, day or cs.as_of or dt.date.today())
        set_at = [(i, op) for i, op in enumerate(cs.operations) if isinstance(op, SetProfileOp)]
        where = None
        if set_at:
            where = (applied.file.display, *applied.file.locate(set_at[-1][0], ("name",)))
        base_where = None
        if profile is None and cs.base_profile:
            line, col = applied.file.root.lc.value("base_profile")
            base_where = (applied.file.display, line + 1, col + 1)
        _whatif_profiles([(before_profile, base_where), (applied.profile or before_profile, where)], lang)
        seen = private_pair(applied.before, applied.after, show_people, lang)
        w = compare(seen.dataset(applied.before), seen.dataset(applied.after), profile_before=before_profile,
                    profile_after=applied.profile or before_profile, as_of=day or cs.as_of or dt.date.today(),
                    lang=lang, title=seen.text(cs.title), source=seen.plain(cs.source.model_dump(mode="json")),
                    citations={seen.id(k): seen.text(v) for k, v in citations_of(cs, lang).items()},
                    base_without=[seen.id(i) for i in cs.base_without], mode="change")
    else:
        other = load_or_exit(against, lang)
        before_profile = profile or profile_for(data, day or dt.date.today())
        _whatif_profiles([(before_profile, None)], lang)
        seen = private_pair(data, other, show_people, lang)
        data, other = seen.dataset(data), seen.dataset(other)
        w = compare(data, other, profile_before=before_profile, as_of=day or dt.date.today(), lang=lang,
                    title=f"{data.name} → {other.name}", mode="against")
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
    out_file: WhatIfOut = None,
    force: WhatIfForce = False,
    show_people: ShowPeople = False,
    lang: Lang = "sv",
) -> None:
    import datetime as dt

    lang = check_lang(lang)
    check_choice(fmt, ("text", "json") if rank_all else WHATIF_FORMATS, "--format", lang)
    if (remove is None) == (not rank_all):
        raise fail(Msg("ange antingen --remove ID eller --rank", "give either --remove ID or --rank"), lang)
    day = parse_date_option(as_of, "--as-of", lang) if as_of is not None else dt.date.today()
    from samverkan.rules.engine import profile_for
    from samverkan.rules.whatif import impact as impact_of
    from samverkan.rules.whatif import rank

    data = load_or_exit(path, lang)
    profile = profile or profile_for(data, day)
    _whatif_profiles([(profile, None)], lang)
    seen = private_pair(data, data, show_people, lang)
    data, remove = seen.dataset(data), seen.id(remove) if remove is not None else None
    if rank_all:
        from samverkan.visualize import whatif_report as report

        ranking = rank(data, profile=profile, as_of=day, lang=lang)
        text = report.render_ranking_json(ranking, top) if fmt == "json" else report.render_ranking_text(
            ranking, top, lang)
        if out_file is None:
            sys.stdout.write(text)
        else:
            write_text_safely(out_file, text, force, lang, inputs_of(path, profile))
        return
    from samverkan.model.changes import ChangeError

    try:
        w = impact_of(data, remove, profile=profile, as_of=day, lang=lang)
    except ChangeError as exc:
        for problem in exc.problems:
            hint = f" ({problem.suggestion.get(lang)})" if problem.suggestion else ""
            err.print(f"--remove: {problem.message.get(lang)}{hint}")
        raise fail(Msg("inget gjordes.", "nothing was done."), lang) from None
    _whatif_write(w, fmt, lang, out_file, force, inputs_of(path, profile))
    raise typer.Exit(w.exit_code)


# --- extract (issue 7) --------------------------------------------------------------------------


@app.command(help=h(
    "Läs en överenskommelse (.txt, .md, .pdf) och skriv ett utkast till datamängd och extraction.md i --out.",
    "Read an agreement (.txt, .md, .pdf) and write a draft data set and extraction.md into --out."))
def extract(
    file: Annotated[Path, typer.Argument(help=h("dokumentet", "the document"))],
    out_dir: Annotated[Path | None, typer.Option("--out", help=h("mapp för utkastet", "folder for the draft"))] = None,
    register: Annotated[Path | None, typer.Option("--register", help=h(
        "datamängd vars register namnen slås upp i", "data set whose register the names are resolved against"))] = None,
    force: Annotated[bool, typer.Option("--force", help=h(
        "skriv över en befintlig mapp", "overwrite an existing folder"))] = False,
    lang: Lang = "sv",
) -> None:
    lang = check_lang(lang)
    if out_dir is None:
        raise fail(Msg("ange --out MAPP", "give --out FOLDER"), lang)
    from samverkan.loaders.extract.document import ExtractError
    from samverkan.loaders.extract.run import run_extract

    data = load_or_exit(register, lang) if register is not None else None
    from samverkan.outputs import OutputRefused, inputs_of, refuse_inputs

    try:
        refuse_inputs([out_dir / "register.yaml", out_dir / "agreements", out_dir / "extraction.md"],
                      inputs_of(file, register))
        result = run_extract(file, out_dir, data, force, lang, register)
    except OutputRefused as exc:
        raise fail(exc.message, lang) from None
    except ExtractError as exc:
        raise fail(exc.message, lang) from None
    except OSError as exc:
        raise fail(Msg(f"kunde inte skriva i {out_dir}: {exc.strerror or exc}",
                       f"could not write into {out_dir}: {exc.strerror or exc}"), lang) from None
    d, review = result.draft, sum(r.resolution.how in ("unresolved", "ambiguous") for r in result.draft.resolved)
    counts = ", ".join(f"{k} {len(v)}" for k, v in d.data.sections() if v)
    out.print(Msg(f"Utkast {d.agreement_id} i {out_dir}: {counts}.", f"Draft {d.agreement_id} in {out_dir}: {counts}."
                  ).get(lang))
    out.print(Msg(f"Att granska: {review} olösta eller tvetydiga namn, {len(d.drafted)} utkastentiteter, "
                  f"{len(d.notes)} anmärkningar; se {result.report}",
                  f"To review: {review} unresolved or ambiguous names, {len(d.drafted)} draft entities, "
                  f"{len(d.notes)} notes; see {result.report}").get(lang))
    if result.load_problems:
        for problem in result.load_problems:
            err.print(problem)
        raise fail(Msg("utkastet laddas inte; se extraction.md", "the draft does not load; see extraction.md"), lang)


# --- generate (issue 9) ---------------------------------------------------------------------------


@app.command(help=h(
    "Skapa en påhittad datamängd formad som den verkliga (register, stadsövergripande överenskommelse och N lokala) "
    "med kända överträdelser av varje regel; skriver datafilerna och injected.json i --out.",
    "Create an invented data set shaped like the real one (register, city-wide agreement and N local ones) with known "
    "violations of every rule; writes the data files and injected.json into --out."))
def generate(
    agreements: Annotated[int | None, typer.Option("--agreements", help=h(
        "antal lokala överenskommelser (minst 1)", "number of local agreements (at least 1)"))] = None,
    seed: Annotated[int, typer.Option("--seed", help=h(
        "slumpfrö: samma frö ger samma filer", "random seed: the same seed gives the same files"))] = 0,
    violation_rate: Annotated[float, typer.Option("--violation-rate", help=h(
        "andel lokala överenskommelser med en överträdelse av varje regel (0–1)",
        "share of local agreements with a violation of each rule (0–1)"))] = 0.1,
    out_dir: Annotated[Path | None, typer.Option("--out", help=h("mapp att skriva i", "folder to write into"))] = None,
    force: Annotated[bool, typer.Option("--force", help=h(
        "skriv över filer från en tidigare körning", "overwrite files of an earlier run"))] = False,
    lang: Lang = "sv",
) -> None:
    lang = check_lang(lang)
    if agreements is None or agreements < 1:
        raise fail(Msg(f"--agreements: ange ett antal lokala överenskommelser, minst 1 (fick {agreements})",
                       f"--agreements: give a number of local agreements, at least 1 (got {agreements})"), lang)
    if not 0 <= violation_rate <= 1:
        raise fail(Msg(f"--violation-rate: ange en andel mellan 0 och 1 (fick {violation_rate})",
                       f"--violation-rate: give a share between 0 and 1 (got {violation_rate})"), lang)
    if out_dir is None:
        raise fail(Msg("ange --out MAPP", "give --out FOLDER"), lang)
    if out_dir.exists() and not out_dir.is_dir():
        raise fail(Msg(f"--out: {out_dir} är en fil, inte en mapp", f"--out: {out_dir} is a file, not a folder"), lang)
    from samverkan import synthetic
    from samverkan.loaders.yaml_io import dataset_files
    from samverkan.outputs import OutputRefused, refuse_foreign_yaml

    result = synthetic.generate(agreements, seed, violation_rate)
    files = {out_dir / rel: text for rel, text in dataset_files(result.data).items()}
    files[out_dir / "injected.json"] = result.manifest()
    try:
        refuse_foreign_yaml(out_dir, files)  # a data set there would mix with it; --force does not change that
    except OutputRefused as exc:
        raise fail(exc.message, lang) from None
    try:
        write_files_safely(files, force, lang)
    except OSError as exc:
        raise fail(Msg(f"kunde inte skriva i {out_dir}: {exc.strerror or exc}",
                       f"could not write into {out_dir}: {exc.strerror or exc}"), lang) from None
    entities = sum(1 for _ in result.data.entities())
    out.print(Msg(
        f"Skrev {len(files)} filer i {out_dir}: {agreements} lokala överenskommelser, {entities} entiteter, "
        f"{len(result.injected)} kända överträdelser (injected.json). Granska med: samverkan check {out_dir} "
        f"--as-of {synthetic.AS_OF}",
        f"Wrote {len(files)} files into {out_dir}: {agreements} local agreements, {entities} entities, "
        f"{len(result.injected)} known violations (injected.json). Check with: samverkan check {out_dir} "
        f"--as-of {synthetic.AS_OF}").get(lang))


_WHOLE_PROCESS = False
"""True when the command is the whole process (`main`), so what it loads lives until exit; not under a test runner."""


def main() -> None:
    global _WHOLE_PROCESS
    _WHOLE_PROCESS = True
    app()


if __name__ == "__main__":
    main()
