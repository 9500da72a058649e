"""`samverkan import`: a workbook (or a folder of workbooks) back into data files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from samverkan.cli.common import (
    Force,
    Lang,
    app,
    fail,
    h,
    inputs_of,
    out,
    problems_exit,
    register_option,
    write_files_safely,
)
from samverkan.io.i18n import Msg

Register = register_option(
    "datamängden arbetsboken bygger på: dess organisationer, funktioner och överenskommelser får nämnas, och "
    "bara det arbetsboken lägger till skrivs (lägg sedan mappen i datamängden)",
    "the data set the workbook builds on: its organisations, functions and agreements may be named, and only "
    "what the workbook adds is written (then put the folder into the data set)")


@app.command("import", help=h(
    "Läs en arbetsbok (.xlsx från `samverkan template` eller `export --format xlsx`), eller en mapp med en "
    "arbetsbok per överenskommelse, och skriv datafilerna i --out. Alla fel visas på en gång som Blad!Cell; "
    "då skrivs ingenting (exit 2).",
    "Read a workbook (.xlsx from `samverkan template` or `export --format xlsx`), or a folder with one workbook "
    "per agreement, and write the data files into --out. Every problem is shown at once as Sheet!Cell; then "
    "nothing is written (exit 2)."))
def import_workbook(
    source: Annotated[Path, typer.Argument(help=h("arbetsboken (.xlsx) eller en mapp med arbetsböcker",
                                                  "the workbook (.xlsx) or a folder of workbooks"))],
    out_dir: Annotated[Path | None, typer.Option("--out", help=h("mapp att skriva datafilerna i",
                                                                 "folder to write the data files into"))] = None,
    register: Register = None,
    force: Force = False,
    lang: Lang = "sv",
) -> None:
    if out_dir is None:
        raise fail(Msg("ange --out MAPP", "give --out FOLDER"), lang)
    if out_dir.exists() and not out_dir.is_dir():
        raise fail(Msg(f"--out: {out_dir} är en fil, inte en mapp", f"--out: {out_dir} is a file, not a folder"), lang)
    if not source.exists():
        raise fail(Msg(f"{source}: filen finns inte", f"{source}: the file does not exist"), lang)
    from samverkan.cli.common import load_or_exit
    from samverkan.io.outputs import OutputRefused, refuse_foreign_yaml
    from samverkan.store.workbook.reader import WorkbookError, read_workbooks, workbook_files
    from samverkan.store.yaml_io import dataset_files

    base = load_or_exit(register, lang) if register is not None else None
    books = workbook_files(source)
    try:
        data = read_workbooks(books, name=out_dir.resolve().name, register=base)
    except WorkbookError as exc:
        count = len(exc.problems)
        raise problems_exit(exc, lang, Msg(f"{count} fel; inget skrevs.", f"{count} error(s); nothing was written.")) \
            from None
    files = {out_dir / rel: text for rel, text in dataset_files(data).items()}
    try:
        refuse_foreign_yaml(out_dir, files)
    except OutputRefused as exc:
        raise fail(exc.message, lang) from None
    try:
        write_files_safely(files, force, lang, inputs_of(source, register))
    except OSError as exc:
        raise fail(Msg(f"kunde inte skriva i {out_dir}: {exc.strerror or exc}",
                       f"could not write into {out_dir}: {exc.strerror or exc}"), lang) from None
    entities = sum(1 for _ in data.entities())
    out.print(Msg(f"Skrev {len(files)} filer i {out_dir} ({len(data.agreements)} överenskommelser, {entities} "
                  f"poster) från {len(books)} arbetsbok/arbetsböcker. Granska med: samverkan check {out_dir}",
                  f"Wrote {len(files)} files into {out_dir} ({len(data.agreements)} agreements, {entities} "
                  f"entities) from {len(books)} workbook(s). Check with: samverkan check {out_dir}").get(lang))
