"""`samverkan extract`: document → draft data set folder with extraction.md (the CLI only wires this up)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from samverkan.extract.build import Draft, build_draft
from samverkan.extract.coverage import Coverage, coverage
from samverkan.extract.document import ExtractError, read_document
from samverkan.extract.normalise import Normaliser
from samverkan.extract.record import Record, recognise
from samverkan.extract.report import render_report
from samverkan.io.i18n import Msg
from samverkan.model.dataset import DataSet

REPORT = "extraction.md"
WORKBOOK = "draft.xlsx"
"""The draft as the workbook of `samverkan import`, for review in Excel: what was not in the register is marked."""


@dataclass
class ExtractResult:
    record: Record
    draft: Draft
    written: list[Path]
    report: Path
    load_problems: list[str]
    coverage: Coverage


def prepare_out(out: Path, force: bool) -> None:
    """Refuse a non-empty folder unless --force; with --force replace only an earlier extraction: only the
    files its manifest lists are removed, and a folder holding anything else (a data set, a file of the
    user's, a symlinked subfolder) is refused even then, never emptied."""
    from samverkan.io.outputs import written_before

    if out.exists() and not out.is_dir():
        raise ExtractError(Msg(f"--out: {out} är en fil, inte en mapp", f"--out: {out} is a file, not a folder"))
    if out.is_dir() and any(out.iterdir()):
        if not force:
            raise ExtractError(Msg(
                f"--out: mappen {out} finns redan och är inte tom; använd --force för att skriva över",
                f"--out: the folder {out} exists and is not empty; use --force to overwrite"))
        own = written_before(out) or set()
        folders = {p for f in own for p in f.parents}
        foreign = sorted(p for p in out.rglob("*") if p.is_symlink() or (p not in own and p not in folders))
        if foreign or out / REPORT not in own:
            shown = foreign[0] if foreign else out
            raise ExtractError(Msg(
                f"--out: mappen {out} är inget tidigare utkast från samverkan extract ({shown}); den töms inte "
                "ens med --force: välj en tom mapp",
                f"--out: the folder {out} is not an earlier draft of samverkan extract ({shown}); it is not "
                "emptied even with --force: choose an empty folder"))
        for old in sorted(own):
            if old.is_file():
                old.unlink()


def register_texts(register: DataSet | None) -> list[str]:
    if register is None:
        return []
    return [*(o.name for o in register.organisations), *(r.title for r in register.roles)]


def draft_workbook(draft: Draft, lang: str) -> bytes:
    """The draft as a workbook; every cell naming an entity that was not in the register is marked."""
    from samverkan.store.workbook.writer import export_workbook

    why = Msg("Utkast: namnet fanns inte i registret. Kontrollera det; lägg till det i registret eller rätta "
              "namnet.", "Draft: the name was not in the register. Check it; add it to the register or correct "
              "the name.").get(lang)
    return export_workbook(draft.data, lang, {entity_id: why for entity_id in draft.drafted})


def _without_people(text: str, draft: DataSet, register: DataSet | None, lang: str) -> str:
    """The report as people read it by default: the names of the draft's and the register's people replaced by
    the titles of their roles, contact details left out (the draft's data files keep them: they are the data)."""
    from samverkan.model.privacy import Redaction

    return Redaction(draft, *([register] if register is not None else []), lang=lang).text(text)


def run_extract(file: Path, out: Path, register: DataSet | None, force: bool = False, lang: str = "sv",
                register_path: Path | None = None, show_people: bool = False) -> ExtractResult:
    from samverkan.io.outputs import MANIFEST, manifest_text, write_all
    from samverkan.store.yaml_io import LoadError, dataset_files, load_dataset

    prepare_out(out, force)
    doc = read_document(file, Normaliser(register_texts(register)))
    record = recognise(doc)
    found = coverage(record)
    if found.empty:
        raise ExtractError(Msg(
            f"{file}: inga parter, ingen giltighetstid, inga grupper och inga prioriterade områden hittades; är det "
            "en samverkansöverenskommelse? (är det en inskannad bild, kör OCR; inget utkast skrevs)",
            f"{file}: no parties, no validity, no groups and no priority areas were found; is it a cooperation "
            "agreement? (if it is a scanned image, run OCR; no draft was written)"))
    draft = build_draft(record, register)
    out.mkdir(parents=True, exist_ok=True)
    written = write_all({out / rel: text for rel, text in dataset_files(draft.data).items()})
    written += write_all({out / WORKBOOK: draft_workbook(draft, lang)})
    problems: list[str] = []
    try:
        load_dataset(out)
    except LoadError as exc:
        problems = [p.render(lang) for p in exc.problems]
    where = Msg(
        f"Registret: `{register_path}` (de entiteter utkastet behöver är kopierade till register.yaml)."
        if register_path else "Inget register angavs: alla parter, roller och organisationer är utkast.",
        f"Register: `{register_path}` (the entities the draft needs are copied into register.yaml)."
        if register_path else "No register was given: every party, role and organisation is a draft.",
    ).get(lang)
    report = out / REPORT
    text = render_report(record, draft, str(file), where, lang, problems, found)
    write_all({report: text if show_people else _without_people(text, draft.data, register, lang),
               out / MANIFEST: manifest_text(out, [*written, report])})
    return ExtractResult(record, draft, written, report, problems, found)
