"""`samverkan neo4j push|pull|list|drop`: share the model through a Neo4j database."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from samverkan import app as use_case
from samverkan.cli.common import (
    BatchSize,
    DataPath,
    Force,
    Lang,
    Neo4jDatabase,
    Neo4jDataset,
    Neo4jUri,
    Neo4jUser,
    ShowPeople,
    app,
    fail,
    h,
    load_or_exit,
    neo4j_password,
    out,
    write_files_safely,
)
from samverkan.io.i18n import Msg

neo4j_app = typer.Typer(
    help=h("Dela modellen via en Neo4j-databas (push, pull, list, drop).",
           "Share the model through a Neo4j database (push, pull, list, drop)."),
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(neo4j_app, name="neo4j")


@neo4j_app.callback()
def neo4j_group(lang: Lang = "sv") -> None:
    """Accepts --lang before the subcommand too (`samverkan neo4j --help --lang en`); the option checks it."""


Timeout = Annotated[float, typer.Option("--timeout", min=0.1, help=h(
    "sekunder att vänta på servern", "seconds to wait for the server"))]
ShowProgress = Annotated[bool, typer.Option("--progress", help=h(
    "visa förloppet på standard fel även när det inte är en terminal",
    "show progress on standard error even when it is not a terminal"))]


def _progress(enabled: bool, lang: str):
    """A progress callback on stderr: a bar on a terminal, a line per transaction with --progress."""
    from samverkan.cli.common import err

    if err.is_terminal:
        from rich.progress import Progress

        bar = Progress(console=err, transient=True)
        task = bar.add_task(Msg("Skriver", "Writing").get(lang), total=None)
        bar.start()

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)
            if done >= total:
                bar.stop()

        return update, bar.stop
    if not enabled:
        return None, lambda: None

    def line(done: int, total: int) -> None:
        print(Msg(f"neo4j push: {done} av {total} poster", f"neo4j push: {done} of {total} records").get(lang),
              file=sys.stderr, flush=True)

    return line, lambda: None


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
    batch_size: BatchSize = 5000,
    progress: ShowProgress = False,
    timeout: Timeout = 10.0,
    lang: Lang = "sv",
) -> None:
    data = use_case.for_output(load_or_exit(path, lang), show_people, lang)
    from samverkan.store.neo4j import Neo4jStoreError, check_uri, push

    try:
        check_uri(uri)
    except Neo4jStoreError as exc:
        raise fail(exc.message, lang) from None
    password = neo4j_password(lang)
    update, stop = _progress(progress, lang)
    try:
        report = push(data, uri, user, password, database, dataset, batch_size, update, timeout)
    except Neo4jStoreError as exc:
        stop()
        raise fail(exc.message, lang) from None
    stop()
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
    dataset: Neo4jDataset,
    out_dir: Annotated[Path, typer.Option("--out", help=h("mapp att skriva i", "folder to write into"))],
    database: Neo4jDatabase = "neo4j",
    force: Force = False,
    batch_size: BatchSize = 5000,
    timeout: Timeout = 10.0,
    lang: Lang = "sv",
) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise fail(Msg(f"--out: {out_dir} är en fil, inte en mapp", f"--out: {out_dir} is a file, not a folder"), lang)
    from samverkan.store.neo4j import Neo4jStoreError, check_uri, load_from_neo4j
    from samverkan.store.yaml_io import dataset_files

    try:
        check_uri(uri)
    except Neo4jStoreError as exc:
        raise fail(exc.message, lang) from None
    password = neo4j_password(lang)
    try:
        data = load_from_neo4j(uri, user, dataset, database, password, timeout, batch_size)
    except Neo4jStoreError as exc:
        raise fail(exc.message, lang) from None
    files = {out_dir / rel: text for rel, text in dataset_files(data).items()}
    from samverkan.io.outputs import OutputRefused, refuse_foreign_yaml

    try:
        refuse_foreign_yaml(out_dir, files)  # a data set there would mix with it; --force does not change that
    except OutputRefused as exc:
        raise fail(exc.message, lang) from None
    write_files_safely(files, force, lang)
    entities = sum(1 for _ in data.entities())
    out.print(Msg(f"Skrev {len(files)} filer med {entities} entiteter i {out_dir}",
                  f"Wrote {len(files)} files with {entities} entities into {out_dir}").get(lang))


@contextmanager
def _connected(uri: str, user: str, database: str, timeout: float, lang: str):
    """A driver to the server, closed at the end; a store error, connecting or in the block, is one line, exit 2."""
    from samverkan.store.neo4j import Neo4jStoreError, check_uri, connect

    try:
        check_uri(uri)
        password = neo4j_password(lang)
        driver = connect(uri, user, password, database, timeout)
    except Neo4jStoreError as exc:
        raise fail(exc.message, lang) from None
    try:
        yield driver
    except Neo4jStoreError as exc:
        raise fail(exc.message, lang) from None
    finally:
        driver.close()


@neo4j_app.command("list", help=h(
    "Visa datamängderna i databasen med antal noder; fler än en stämpel betyder att en push inte blev klar.",
    "List the data sets in the database with their node counts; more than one stamp means a push did not "
    "finish."))
def neo4j_list(
    uri: Neo4jUri,
    user: Neo4jUser,
    database: Neo4jDatabase = "neo4j",
    timeout: Timeout = 10.0,
    lang: Lang = "sv",
) -> None:
    from samverkan.store.neo4j import list_datasets

    with _connected(uri, user, database, timeout, lang) as driver:
        found = list_datasets(driver, uri, database)
    if not found:
        out.print(Msg(f"Databasen '{database}' har inga datamängder.",
                      f"The database '{database}' holds no data sets.").get(lang))
        return
    for d in found:
        unfinished = Msg(" (push ej klar: kör push igen)", " (push not finished: push again)").get(lang) \
            if len(d.stamps) > 1 else ""
        out.print(Msg(f"{d.name}: {d.nodes} noder, stämpel {', '.join(d.stamps)}{unfinished}",
                      f"{d.name}: {d.nodes} nodes, stamp {', '.join(d.stamps)}{unfinished}").get(lang))


@neo4j_app.command("drop", help=h(
    "Ta bort en datamängd ur databasen (dess noder och relationer); andra datamängder lämnas orörda.",
    "Remove a data set from the database (its nodes and relationships); other data sets stay as they are."))
def neo4j_drop(
    uri: Neo4jUri,
    user: Neo4jUser,
    dataset: Neo4jDataset,
    database: Neo4jDatabase = "neo4j",
    yes: Annotated[bool, typer.Option("--yes", help=h("fråga inte", "do not ask"))] = False,
    batch_size: BatchSize = 5000,
    timeout: Timeout = 10.0,
    lang: Lang = "sv",
) -> None:
    from samverkan.store.neo4j import datasets_in, drop_dataset

    with _connected(uri, user, database, timeout, lang) as driver:
        names = datasets_in(driver, uri, database)
        if dataset not in names:
            raise fail(Msg(f"datamängden '{dataset}' finns inte i databasen '{database}'; där finns: "
                           f"{', '.join(names) or 'inga'}",
                           f"the data set '{dataset}' is not in the database '{database}'; it holds: "
                           f"{', '.join(names) or 'none'}"), lang)
        if not yes:
            if not sys.stdin.isatty():
                raise fail(Msg("drop tar bort data: bekräfta med --yes", "drop deletes data: confirm with --yes"),
                           lang)
            if not typer.confirm(Msg(f"Ta bort '{dataset}' ur '{database}'?",
                                     f"Remove '{dataset}' from '{database}'?").get(lang)):
                raise fail(Msg("inget togs bort", "nothing was removed"), lang)
        nodes, rels = drop_dataset(driver, dataset, uri, database, batch_size)
    out.print(Msg(f"Tog bort '{dataset}' ur '{database}': {nodes} noder, {rels} relationer.",
                  f"Removed '{dataset}' from '{database}': {nodes} nodes, {rels} relationships.").get(lang))
