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


@dataclass
class ExtractResult:
    record: Record
    draft: Draft
    written: list[Path]
    report: Path
    load_problems: list[str]
    coverage: Coverage


def prepare_out(out: Path, force: bool) -> None:
    """Refuse a non-empty folder unless --force; with --force replace only an earlier extraction: a folder
    that holds anything an extraction does not write (a data set, say) is refused even then, never emptied."""
    if out.exists() and not out.is_dir():
        raise ExtractError(Msg(f"--out: {out} är en fil, inte en mapp", f"--out: {out} is a file, not a folder"))
    if out.is_dir() and any(out.iterdir()):
        if not force:
            raise ExtractError(Msg(
                f"--out: mappen {out} finns redan och är inte tom; använd --force för att skriva över",
                f"--out: the folder {out} exists and is not empty; use --force to overwrite"))
        own = [out / REPORT, out / "register.yaml", *sorted((out / "agreements").glob("*.yaml"))]
        foreign = sorted(p for p in out.rglob("*") if p not in own and not (p.is_dir() and p == out / "agreements"))
        if foreign or not (out / REPORT).is_file():
            shown = foreign[0] if foreign else out
            raise ExtractError(Msg(
                f"--out: mappen {out} är inget tidigare utkast från samverkan extract ({shown}); den töms inte "
                "ens med --force: välj en tom mapp",
                f"--out: the folder {out} is not an earlier draft of samverkan extract ({shown}); it is not "
                "emptied even with --force: choose an empty folder"))
        for old in own:
            if old.is_file():
                old.unlink()


def register_texts(register: DataSet | None) -> list[str]:
    if register is None:
        return []
    return [*(o.name for o in register.organisations), *(r.title for r in register.roles)]


def run_extract(file: Path, out: Path, register: DataSet | None, force: bool = False, lang: str = "sv",
                register_path: Path | None = None) -> ExtractResult:
    from samverkan.io.outputs import write_all
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
    write_all({report: render_report(record, draft, str(file), where, lang, problems, found)})
    return ExtractResult(record, draft, written, report, problems, found)
