"""`samverkan schema`: the JSON Schema of the data files and change sets."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from samverkan.cli.common import (
    Lang,
    app,
    check_choice,
    h,
    write_text_safely,
)


@app.command(help=h("Skriv JSON Schema för datafilerna eller ändringsfilerna (för YAML-redigerare).",
                    "Write the JSON Schema of the data files or the change sets (for YAML editors)."))
def schema(
    kind: Annotated[str, typer.Option("--kind", help=h("data eller changeset", "data or changeset"))] = "data",
    out_file: Annotated[Path | None, typer.Option("--out", help=h("fil att skriva", "file to write"))] = None,
    force: Annotated[bool, typer.Option("--force", help=h("skriv över", "overwrite"))] = False,
    lang: Lang = "sv",
) -> None:
    from samverkan.store.schema import SCHEMAS, schema_json

    check_choice(kind, tuple(SCHEMAS), "--kind", lang)
    text = schema_json(kind)
    if out_file is None:
        sys.stdout.write(text)
    else:
        write_text_safely(out_file, text, force, lang)
