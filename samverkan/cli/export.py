"""`samverkan export`: a data set in an exchange format."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from samverkan import app as use_case
from samverkan.cli.common import (
    DataPath,
    Force,
    Lang,
    ShowPeople,
    app,
    check_choice,
    fail,
    h,
    inputs_of,
    load_or_exit,
    out,
    write_files_safely,
    write_text_safely,
)
from samverkan.io.i18n import Msg


@app.command(help=h(
    "Exportera grafen: graphml/gexf (Gephi, yEd), json (node-link), cytoscape (Cytoscape.js och Cytoscape), "
    "cypher (samma satser som neo4j push), csv (neo4j-admin import; --out är då en mapp), turtle (RDF med W3C "
    "ORG) eller xlsx (arbetsboken som `samverkan import` läser tillbaka).",
    "Export the graph: graphml/gexf (Gephi, yEd), json (node-link), cytoscape (Cytoscape.js and Cytoscape), "
    "cypher (the statements of neo4j push), csv (neo4j-admin import; --out is then a folder), turtle (RDF with "
    "W3C ORG) or xlsx (the workbook `samverkan import` reads back)."))
def export(
    path: DataPath,
    fmt: Annotated[str, typer.Option("--format", "-f", help=h(
        "graphml, gexf, json, cytoscape, cypher, csv, turtle eller xlsx",
        "graphml, gexf, json, cytoscape, cypher, csv, turtle or xlsx"))],
    out_path: Annotated[Path, typer.Option("--out", help=h("fil (mapp för csv); - för standard ut",
                                                           "file (folder for csv); - for standard output"))],
    dataset: Annotated[str | None, typer.Option("--dataset", help=h(
        "datamängdens namn (cypher, csv); standard mappens namn", "the data set's name (cypher, csv); default the "
        "folder's name"))] = None,
    force: Force = False,
    show_people: ShowPeople = False,
    lang: Lang = "sv",
) -> None:
    from samverkan.store import cytoscape, exchange, rdf
    from samverkan.store.neo4j import Neo4jStoreError

    check_choice(fmt, (*exchange.FORMATS, "cytoscape", "turtle", "xlsx"), "--format", lang)
    data = use_case.for_output(load_or_exit(path, lang), show_people, lang)
    if fmt == "xlsx":
        from samverkan.store.workbook.writer import export_workbook

        if str(out_path) == "-" or out_path.is_dir():
            raise fail(Msg("--out: ange en fil, t.ex. avtal.xlsx", "--out: give a file, e.g. agreements.xlsx"), lang)
        content = export_workbook(data, lang)
        write_text_safely(out_path, content, force, lang, inputs_of(path))
        out.print(Msg(f"Skrev {out_path} ({len(content)} byte); läs tillbaka med: samverkan import {out_path} "
                      "--out MAPP",
                      f"Wrote {out_path} ({len(content)} bytes); read it back with: samverkan import {out_path} "
                      "--out FOLDER").get(lang))
        return
    try:
        if fmt == "csv":
            files = exchange.to_csv(data, dataset)
        else:
            text = {"graphml": exchange.to_graphml, "gexf": exchange.to_gexf, "json": exchange.to_json,
                    "cypher": lambda d: exchange.to_cypher(d, dataset), "turtle": rdf.to_turtle,
                    "cytoscape": lambda d: cytoscape.to_cytoscape(d, lang)}[fmt](data)
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
