"""`samverkan generate`: a synthetic data set of a given size."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from samverkan.cli.common import (
    Lang,
    app,
    fail,
    h,
    out,
    write_files_safely,
)
from samverkan.io.i18n import Msg


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
    from samverkan.io.outputs import OutputRefused, refuse_foreign_yaml
    from samverkan.store.yaml_io import dataset_files

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
