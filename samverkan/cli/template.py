"""`samverkan template`: the blank workbook for entering an agreement."""

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
    load_or_exit,
    out,
    register_option,
    write_text_safely,
)
from samverkan.io.i18n import Msg

Register = register_option("datamängden vars organisationer och funktioner listorna ska visa",
                           "the data set whose organisations and functions the lists show")


@app.command(help=h(
    "Skriv en tom arbetsbok att fylla i för en ny överenskommelse (blad Instruktioner, Överenskommelse, Grupper, "
    "Medlemmar, Ansvar, Prioriterade områden, Källor), med listor att välja i; med --register även registrets "
    "organisationer, funktioner och grupper. Läs in med `samverkan import`.",
    "Write a blank workbook to fill in for a new agreement (sheets Instructions, Agreement, Groups, Members, "
    "Responsibilities, Priority areas, Sources), with lists to pick from; with --register also the register's "
    "organisations, functions and groups. Read it in with `samverkan import`."))
def template(
    out_path: Annotated[Path | None, typer.Option("--out", help=h(
        "arbetsboken att skriva, t.ex. avtal.xlsx", "the workbook to write, e.g. agreement.xlsx"))] = None,
    register: Register = None,
    force: Force = False,
    lang: Lang = "sv",
) -> None:
    if out_path is None or str(out_path) == "-":
        raise fail(Msg("ange --out FIL, t.ex. avtal.xlsx", "give --out FILE, e.g. agreement.xlsx"), lang)
    from samverkan.store.workbook.template import template_workbook

    data = load_or_exit(register, lang) if register is not None else None
    content = template_workbook(data, lang)
    write_text_safely(out_path, content, force, lang, inputs_of(register))
    out.print(Msg(f"Skrev {out_path}. Fyll i den och läs in med: samverkan import {out_path}"
                  + (f" --register {register}" if register else "") + " --out MAPP",
                  f"Wrote {out_path}. Fill it in and read it with: samverkan import {out_path}"
                  + (f" --register {register}" if register else "") + " --out FOLDER").get(lang))
