"""`samverkan neo4j push|pull`: share the model through a Neo4j database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from samverkan import app as use_case
from samverkan.cli.common import (
    DataPath,
    Force,
    Lang,
    Neo4jDatabase,
    Neo4jUri,
    Neo4jUser,
    ShowPeople,
    app,
    check_lang,
    fail,
    h,
    load_or_exit,
    neo4j_password,
    out,
    write_files_safely,
)
from samverkan.io.i18n import Msg

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
    data = use_case.for_output(load_or_exit(path, lang), show_people, lang)
    from samverkan.store.neo4j import Neo4jStoreError, push

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
    from samverkan.store.neo4j import Neo4jStoreError, load_from_neo4j
    from samverkan.store.yaml_io import dataset_files

    password = neo4j_password(lang)
    try:
        data = load_from_neo4j(uri, user, dataset, database, password)
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
