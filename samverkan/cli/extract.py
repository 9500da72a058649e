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
    "Läs en överenskommelse (.txt, .md, .html, .docx, .doc, .odt, .rtf, .pdf, inskannad PDF) och skriv ett "
    "utkast till datamängd och extraction.md i --out. Slutkod 0: utkast skrivet; 1: tunt utkast (få uppgifter "
    "hittades); 2: inget att extrahera eller dokumentet kan inte läsas.",
    "Read an agreement (.txt, .md, .html, .docx, .doc, .odt, .rtf, .pdf, scanned PDF) and write a draft data "
    "set and extraction.md into --out. Exit 0: draft written; 1: thin draft (few elements found); 2: nothing to "
    "extract or the document cannot be read."))
def extract(
    file: Annotated[Path, typer.Argument(help=h("dokumentet", "the document"))],
    out_dir: Annotated[Path | None, typer.Option("--out", help=h("mapp för utkastet", "folder for the draft"))] = None,
    register: Register = None,
    force: Annotated[bool, typer.Option("--force", help=h(
        "skriv över en befintlig mapp", "overwrite an existing folder"))] = False,
    show_people: Annotated[bool, typer.Option("--show-people", help=h(
        "visa personnamn och kontaktuppgifter i extraction.md; annars står rollernas titlar i deras ställe "
        "(utkastets datafiler behåller dem)",
        "show person names and contact details in extraction.md; otherwise the titles of their roles stand in "
        "their place (the draft's data files keep them)"))] = False,
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
        result = run_extract(file, out_dir, data, force, lang, register, show_people)
    except OutputRefused as exc:
        raise fail(exc.message, lang) from None
    except ExtractError as exc:
        raise fail(exc.message, lang) from None
    except OSError as exc:
        raise fail(Msg(f"kunde inte skriva i {out_dir}: {exc.strerror or exc}",
                       f"could not write into {out_dir}: {exc.strerror or exc}"), lang) from None
    d, review = result.draft, sum(r.resolution.how in ("unresolved", "ambiguous") for r in result.draft.resolved)
    copied = set(d.copied)  # the register's entities are context, not what the document says
    counts = ", ".join(f"{k} {n}" for k, v in d.data.sections() if (n := sum(e.id not in copied for e in v)))
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
    if result.coverage.thin:
        found = ", ".join(result.coverage.found)
        err.print(Msg(f"Tunt utkast: bara {found or 'nästan inget'} hittades; läs dokumentet och komplettera "
                      f"(se {result.report})",
                      f"Thin draft: only {found or 'almost nothing'} was found; read the document and complete it "
                      f"(see {result.report})").get(lang))
        raise typer.Exit(1)
