"""`samverkan extract`: a model draft from an agreement document."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from samverkan.cli.common import (
    Lang,
    app,
    err,
    fail,
    h,
    load_or_exit,
    out,
    register_option,
)
from samverkan.io.i18n import Msg

Register = register_option("datamängd vars register namnen slås upp i",
                           "data set whose register the names are resolved against")


@app.command(help=h(
    "Läs en överenskommelse (.txt, .md, .pdf) och skriv ett utkast till datamängd och extraction.md i --out.",
    "Read an agreement (.txt, .md, .pdf) and write a draft data set and extraction.md into --out."))
def extract(
    file: Annotated[Path, typer.Argument(help=h("dokumentet", "the document"))],
    out_dir: Annotated[Path | None, typer.Option("--out", help=h("mapp för utkastet", "folder for the draft"))] = None,
    register: Register = None,
    force: Annotated[bool, typer.Option("--force", help=h(
        "skriv över en befintlig mapp", "overwrite an existing folder"))] = False,
    lang: Lang = "sv",
) -> None:
    if out_dir is None:
        raise fail(Msg("ange --out MAPP", "give --out FOLDER"), lang)
    from samverkan.extract.document import ExtractError
    from samverkan.extract.run import run_extract

    data = load_or_exit(register, lang) if register is not None else None
    from samverkan.io.outputs import OutputRefused, inputs_of, refuse_inputs

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
