"""Extraction (issues 7 and 15): frequency phrases, OCR repair, the seeds against their hand-written
expectations, reading by meaning, every format (txt, md, html, docx, text PDF, scanned PDF), the draft data set
and its report, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from samverkan.cli import app
from samverkan.extract.document import Document
from samverkan.extract.frequency import parse_frequency
from samverkan.extract.normalise import Normaliser
from samverkan.extract.record import recognise
from samverkan.extract.score import score

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "seeds"
FIXTURES = ROOT / "tests" / "fixtures" / "extract"
SEED_004 = SEEDS / "004_f4e994a290e1df75.txt"
runner = CliRunner()


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser()


# --- frequency phrases ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "per_year", "minimum"), [
    ("minst två (2) gånger varje halvår", 4, True),
    ("1 gång/ månad (ej juli)", 11, False),
    ("4 gånger/år", 4, False),
    ("2 gånger/år i juni respektive december", 2, False),
    ("1 gång/månad (ej juni-aug)", 9, False),
    ("vid behov", None, False),
    ("minst fyra gånger per år", 4, True),
    ("vid minst två tillfällen per år", 2, True),
    ("2 gånger/år i juni respektive december med start 17 juni 2016", 2, False),
    ("1 gång/ mån med start när en samverkan initieras. Möten kan hållas oftare vid behov", 12, True),
    ("1 gång/månadvid när samverkan initieras", 12, False),
    ("4 gånger/år inför chefssamråd, samt vid behov", 4, True),
    ("4 gånger/år eller fler vid behov", 4, True),
    ("Vid chefsamråd en (1) gång/år senast 31 maj varje år.", 1, False),
    ("1gång/termin", 2, False),
    ("1 gång/månad (ej juli och augusti)", 10, False),
])
def test_frequency_phrases(text, per_year, minimum):
    found = parse_frequency(text)
    assert found is not None
    assert found.per_year == per_year
    assert found.minimum is minimum
    assert found.text == " ".join(text.split())


def test_no_frequency():
    assert parse_frequency("Respektive part bär sina egna personalkostnader") is None


# --- OCR normalisation ------------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "meant"), [
    ("6vergripande", "övergripande"),
    ("Trafikndmnden", "Trafiknämnden"),
    ("forvaltningschef", "förvaltningschef"),
    ("lokalpolisomrdde", "lokalpolisområde"),
    ("sdkerhetsfragor", "säkerhetsfrågor"),
    ("tillféllen", "tillfällen"),
])
def test_ocr_words_resolve_with_original_kept(normaliser, written, meant):
    # the second line's ordinary word shows the OCR damage that lets a capitalised word be repaired too
    doc = Document.from_text("x.txt", f"ord {written} ord\nvi sarnmanträder\n", normaliser)
    assert doc.lines[0] == f"ord {meant} ord"
    assert doc.raw[0] == f"ord {written} ord"
    assert [(c.line, c.original, c.resolved) for c in doc.corrections if c.line == 1] == [(1, written, meant)]


@pytest.mark.parametrize("word", ["Jernhusen", "Hufvudstaden", "Åhléns", "Klarabergsviadukten", "RFSL"])
def test_names_outside_the_vocabulary_stay(normaliser, word):
    doc = Document.from_text("x.txt", word, normaliser)
    assert doc.lines[0] == word and not doc.corrections


def test_words_the_dictionary_accepts_stay(normaliser):
    text = "Avtalet gäller sidan 3 till 2020 och for sure pa svenska."  # "for", "pa": words of wordfreq's list
    doc = Document.from_text("x.txt", text, normaliser)
    assert doc.lines[0] == text and not doc.corrections


@pytest.mark.parametrize(("written", "meant"), [
    ("tlll", "till"), ("sarnmanträder", "sammanträder"), ("ﬁnns", "finns"), ("Styrgruppen", "Styrgruppen"),
])
def test_ocr_damage_repaired_only_to_dictionary_words(normaliser, written, meant):
    doc = Document.from_text("x.txt", f"Gruppen {written} nu", normaliser)
    assert doc.lines[0] == f"Gruppen {meant} nu"


@pytest.mark.parametrize("text", ["1gång/termin", "2016-06-01", "A015.194/2016", "212000-0142", "SSBF", "RFSL"])
def test_numbers_and_acronyms_are_never_touched(normaliser, text):
    doc = Document.from_text("x.txt", f"ord {text} ord", normaliser)
    assert doc.lines[0] == f"ord {text} ord"


def test_lost_diacritics_restored_only_where_the_document_lost_them(normaliser):
    damaged = "Styrgruppen for samverkan ska sammantrada fyra ganger per ar. Den ska ga igenom fragor fran " \
              "parterna och redovisa for namnden vad som gors pa plats. Det sker for varje fran och pa."
    doc = Document.from_text("x.txt", damaged, Normaliser())
    assert "Styrgruppen för samverkan" in doc.lines[0] and "frågor från" in doc.lines[0]
    assert " per år." in doc.lines[0]  # "ar" is "är" or "år": after "per", the year (more in test_ocr_repair)
    clean = "Gruppen för samverkan träffas fyra gånger per år för att gå igenom frågor från parterna; for example."
    doc = Document.from_text("x.txt", clean, Normaliser())
    assert doc.lines[0] == clean


# --- the seeds against the hand-written expectations --------------------------------------------------


# seed 003 is OCR text that lost its diacritics; the repair never touches digits ("polis 1 Stockholms stad"
# stays) nor ambiguous words ("per ar"), so a few of its facts keep the document's spelling
SEED_TARGETS = {"003_6a855a06a73e563a": (0.9, 0.85), "004_f4e994a290e1df75": (0.95, 0.95)}


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.yaml")), ids=lambda p: p.stem)
def test_seed_extraction_meets_precision_and_recall(fixture, normaliser):
    expected = YAML(typ="safe").load(fixture.read_text(encoding="utf-8"))
    doc = Document.from_text(expected["document"], (SEEDS / expected["document"]).read_text(encoding="utf-8"),
                             normaliser)
    total, _ = score(expected["sections"], recognise(doc).to_plain(), tuple(expected["lines"]))
    precision, recall = SEED_TARGETS.get(fixture.stem, (0.9, 0.9))
    assert total.precision >= precision, total.spurious()
    assert total.recall >= recall, total.missed()


def test_seed_004_key_facts(normaliser):
    doc = Document.from_text(SEED_004.name, SEED_004.read_text(encoding="utf-8"), normaliser)
    plain = recognise(doc).to_plain()
    agreement = plain["agreement"]["Samverkansöverenskommelse"]
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2016-06-01", "2018-05-31")
    assert agreement["annexes_present"] == [2, 3, 4, 5, 6]
    assert plain["groups"]["Chefsamrådet"]["chair"] == "alternating"
    assert plain["work_items"]["Platssamverkan Klara"]["frequency"] == 12
    assert plain["structure"]["Aktivitet/metod 1: Platssamverkan Klara"]["frequency"] == 9


# --- the command --------------------------------------------------------------------------------------


def _extract(*args: str):
    return runner.invoke(app, ["extract", *args])


@pytest.fixture(scope="module")
def draft_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("extract") / "d"
    result = _extract(str(SEED_004), "--register", str(ROOT / "data" / "stockholm"), "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


def test_draft_loads_and_cites_the_input(draft_dir):
    from samverkan.store.yaml_io import load_dataset

    data, _ = load_dataset(draft_dir)
    agreement = data.get("norrmalm-2016")
    assert agreement is not None and agreement.parties == ["sdf-norrmalm", "lpo-norrmalm"]
    assert agreement.signatories == ["lpo-norrmalm/lokalpolisomradeschef", "sdf-norrmalm/stadsdelsdirektor"]
    for entity in data.entities():
        if data.agreement_of(entity.id) == "norrmalm-2016":
            assert entity.sources[0].document == SEED_004.name
            assert entity.sources[0].lines
    kinds = sorted(g.kind for g in data.groups_of("norrmalm-2016"))
    assert kinds == ["coordinators", "council", "forum", "forum", "forum", "preparation", "steering"]
    assert [a.name for a in data.activities_of("norrmalm-2016")] == ["Tobakstillsyn"]
    # the city-wide agreements of the register come along whole: the local one is checked against them
    assert {a.id for a in data.agreements} == {"norrmalm-2016", "stockholm-2019", "stockholm-2023"}
    assert "stockholm-2019/styrgrupp" in {g.id for g in data.groups}
    chair = {m.member: m.chair for m in data.memberships if m.group == "norrmalm-2016/chefsamradet"}
    assert chair["lpo-norrmalm/lokalpolisomradeschef"] == chair["sdf-norrmalm/stadsdelsdirektor"] == "alternating"
    own = [s for s in data.statements if data.agreement_of(s.subject) == "norrmalm-2016"]
    assert {s.field for s in own} == {"frequency.per_year", "participants.police", "participants"}


def test_report_lists_facts_and_what_did_not_resolve(draft_dir):
    report = (draft_dir / "extraction.md").read_text(encoding="utf-8")
    assert "| Samverkansöverenskommelse | gäller från | 2016-06-01 | 60 |" in report
    assert "Ansvariga för forum enligt punkten 6" in report and "ej löst" in report
    assert "tvetydigt" in report
    assert "Utkastet laddas" in report


def test_out_is_not_overwritten_without_force(draft_dir):
    result = _extract(str(SEED_004), "--out", str(draft_dir))
    assert result.exit_code == 2
    assert "--force" in result.output
    result = _extract(str(SEED_004), "--out", str(draft_dir), "--force", "--register", str(ROOT / "data" / "stockholm"))
    assert result.exit_code == 0, result.output


def test_without_register_everything_is_draft(tmp_path):
    result = _extract(str(SEED_004), "--out", str(tmp_path / "d"), "--lang", "en")
    assert result.exit_code == 0, result.output
    report = (tmp_path / "d" / "extraction.md").read_text(encoding="utf-8")
    assert "No register was given" in report
    assert "“Norrmalms stadsdelsförvaltning” was created" in report, report
    assert "sdf-norrmalm" not in report.split("## Extracted facts")[0]  # people read names, not ids


def test_ocr_document_draft(tmp_path):
    result = _extract(str(SEEDS / "003_6a855a06a73e563a.txt"), "--register", str(ROOT / "data" / "stockholm"),
                      "--out", str(tmp_path / "d"))
    assert result.exit_code == 0, result.output
    from samverkan.store.yaml_io import load_dataset

    data, _ = load_dataset(tmp_path / "d")
    styrgrupp = data.get("stockholm-2019/styrgrupp")
    assert styrgrupp is not None and styrgrupp.frequency.per_year == 4
    members = {m.member for m in data.memberships if m.group == styrgrupp.id}
    assert {"po-syd/polisomradeschef", "trafikkontoret/forvaltningschef",
            "stadsledningskontoret/bitradande-stadsdirektor"} <= members
    local = data.get("stockholm-2019/lokal-styrgrupp")
    assert local.template
    assert {r.organisation for r in local.requirements} >= {"utbildningsforvaltningen", "trafikkontoret"}
    assert "6vergripande→övergripande" in (tmp_path / "d" / "extraction.md").read_text(encoding="utf-8").replace(
        "| 6vergripande | övergripande |", "6vergripande→övergripande")


# --- PDF ----------------------------------------------------------------------------------------------


def _pdf_of(text: str, target: Path) -> Path:
    import fpdf
    pdf = fpdf.FPDF()
    pdf.set_auto_page_break(True, 10)
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)
    for line in text.translate(str.maketrans({"–": "-", "”": '"', "•": "-", "’": "'"})).split("\n"):
        pdf.cell(0, 3.5, line.rstrip(), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))
    return target


def test_pdf_round_trip(tmp_path, normaliser):
    pdf = _pdf_of(SEED_004.read_text(encoding="utf-8"), tmp_path / "seed.pdf")
    result = _extract(str(pdf), "--register", str(ROOT / "data" / "stockholm"), "--out", str(tmp_path / "d"))
    assert result.exit_code == 0, result.output
    from samverkan.extract.document import read_document

    expected = YAML(typ="safe").load((FIXTURES / "004_f4e994a290e1df75.yaml").read_text(encoding="utf-8"))
    total, _ = score(expected["sections"], recognise(read_document(pdf, normaliser)).to_plain())
    assert total.precision >= 0.9 and total.recall >= 0.9


# --- bad input ----------------------------------------------------------------------------------------


def _one_line_error(result) -> str:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    return lines[0]


def test_missing_file(tmp_path):
    assert "finns inte" in _one_line_error(_extract(str(tmp_path / "nope.txt"), "--out", str(tmp_path / "d")))


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    assert "ingen text" in _one_line_error(_extract(str(tmp_path / "empty.txt"), "--out", str(tmp_path / "d")))


def test_unsupported_extension(tmp_path):
    (tmp_path / "a.pages").write_bytes(b"PK\x03\x04")
    line = _one_line_error(_extract(str(tmp_path / "a.pages"), "--out", str(tmp_path / "d"), "--lang", "en"))
    assert "not supported" in line and ".docx" in line and ".odt" in line


def test_broken_docx(tmp_path):
    (tmp_path / "a.docx").write_bytes(b"PK\x03\x04")
    line = _one_line_error(_extract(str(tmp_path / "a.docx"), "--out", str(tmp_path / "d"), "--lang", "en"))
    assert "Word file cannot be read" in line


def test_nothing_to_extract_is_exit_2_without_a_draft(tmp_path):
    (tmp_path / "list.txt").write_text("Inköpslista\n\nMjölk, bröd och ost. Glöm inte kaffet.\n", encoding="utf-8")
    line = _one_line_error(_extract(str(tmp_path / "list.txt"), "--out", str(tmp_path / "d")))
    assert "inga parter" in line and "inget utkast" in line
    assert not (tmp_path / "d").exists()


def test_not_utf8(tmp_path):
    (tmp_path / "a.txt").write_bytes("Överenskommelse".encode("latin-1"))
    assert "UTF-8" in _one_line_error(_extract(str(tmp_path / "a.txt"), "--out", str(tmp_path / "d")))


def test_broken_pdf(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4\nthis is not a pdf\n")
    assert "PDF" in _one_line_error(_extract(str(tmp_path / "a.pdf"), "--out", str(tmp_path / "d")))


def test_encrypted_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter

    plain = _pdf_of("Samverkansöverenskommelse\nhemlig\n", tmp_path / "plain.pdf")
    writer = PdfWriter()
    for page in PdfReader(str(plain)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="hemligt", algorithm="RC4-128")
    with open(tmp_path / "locked.pdf", "wb") as fh:
        writer.write(fh)
    line = _one_line_error(_extract(str(tmp_path / "locked.pdf"), "--out", str(tmp_path / "d"), "--lang", "en"))
    assert "encrypted" in line


def test_pdf_without_text_layer(tmp_path):
    import fpdf
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    pdf.output(str(tmp_path / "scan.pdf"))
    assert "OCR" in _one_line_error(_extract(str(tmp_path / "scan.pdf"), "--out", str(tmp_path / "d")))


def test_out_is_a_file(tmp_path):
    (tmp_path / "f").write_text("x", encoding="utf-8")
    assert "fil" in _one_line_error(_extract(str(SEED_004), "--out", str(tmp_path / "f")))


# --- the draft's check finds what the hand-made data set finds ------------------------------------------


def test_draft_check_equals_hand_made():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_extract_check", ROOT / "benchmarks" / "bench_extract_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # the draft of seed 004 finds what the hand-made agreement finds, at three dates, up to one finding in ten
    # (what is left: the trygghetsråd's follow-up line to the coordinators, 004:2114-2157, is not read)
    assert module.compare() >= 0.9


# --- reading by meaning (issue 15) ------------------------------------------------------------------------

CORPUS = ROOT / "tests" / "corpus"


def _plain(text: str, normaliser=None) -> dict:
    return recognise(Document.from_text("x.txt", text, normaliser)).to_plain()


@pytest.mark.parametrize(("text", "per_year"), [
    ("Gruppen träffas kvartalsvis.", 4), ("Gruppen träffas varje månad utom juli.", 11),
    ("Rådet möts en gång per termin.", 2), ("Teamet träffas varannan vecka.", 26),
    ("Gruppen sammanträder fyra gånger per år.", 4), ("Gruppen träffas 6 ggr/år.", 6),
    ("Gruppen träffas varje vecka under terminerna.", 40), ("Gruppen träffas vid behov.", None),
])
def test_frequency_in_any_wording(text, per_year):
    from samverkan.extract.meaning.frequency import per_year as read

    assert read(text).value == per_year


@pytest.mark.parametrize(("text", "dates"), [
    ("gäller från och med den första januari tjugohundratjugotvå till och med den trettioförsta december "
     "tjugohundratjugofyra", ["2022-01-01", "2024-12-31"]),
    ("gäller från den 1 mars 2021 till och med den 28 februari 2023", ["2021-03-01", "2023-02-28"]),
    ("löper 2021-07-01 – 2024-06-30", ["2021-07-01", "2024-06-30"]),
])
def test_dates_in_numbers_or_words(text, dates):
    from samverkan.extract.meaning.dates import find_dates

    assert [d for d, _, _ in find_dates(text, end=True)] == dates


PROSE = """Överenskommelse om samverkan i Exempelby

Parterna är Exempelby stadsdelsnämnd och Lokalpolisområde Exempelby.

Arbetet leds av en ledningsgrupp. I ledningsgruppen ingår stadsdelsdirektören, lokalpolisområdeschefen och
kommunpolisen. Ordförandeskapet innehas växelvis av stadsdelsdirektören och lokalpolisområdeschefen.
Ledningsgruppen träffas kvartalsvis och rapporterar till stadsdelsnämnden.

Under ledningsgruppen finns en arbetsgrupp där fältassistenter och områdespoliser deltar. Den träffas varje
månad utom juli och återrapporterar till ledningsgruppen.

Överenskommelsen gäller från den 1 januari 2024 och tills vidare.
"""


def test_groups_read_from_prose():
    groups = _plain(PROSE)["groups"]
    lead = groups["Ledningsgruppen"]
    assert lead["members"] == ["stadsdelsdirektör", "lokalpolisområdeschef", "kommunpolis"]
    assert lead["chair"] == ["stadsdelsdirektör", "lokalpolisområdeschef"] and lead["chair_alternating"] is True
    assert (lead["frequency_per_year"], lead["reports_to"], lead["kind"]) == (4, ["stadsdelsnämnden"], "steering")
    work = next(v for k, v in groups.items() if k.casefold().startswith("arbetsgrupp"))
    assert work["members"] == ["fältassistent", "områdespolis"]
    assert (work["frequency_per_year"], work["reports_to"]) == (11, ["Ledningsgruppen"])


def test_validity_until_further_notice_and_parties():
    plain = _plain(PROSE)
    agreement = next(iter(plain["agreement"].values()))
    assert agreement["valid_from"] == "2024-01-01" and agreement["valid_to"] is None
    assert agreement["level"] == "local"
    assert {k: v["party"] for k, v in plain["parties"].items()} == {
        "Exempelby stadsdelsnämnd": "city", "Lokalpolisområde Exempelby": "police"}


def test_damaged_text_does_not_lose_the_validity(normaliser):
    damaged = PROSE.replace("gäller från den 1 januari 2024 och tills vidare",
                            "gäller frän den 1 januari 2024 och tlll vidare").replace("Ledningsgruppen träffas",
                                                                                      "Ledningsgruppen trdffas")
    agreement = next(iter(_plain(damaged, normaliser)["agreement"].values()))
    assert agreement["valid_from"] == "2024-01-01"
    assert _plain(damaged, normaliser)["groups"]["Ledningsgruppen"]["frequency_per_year"] == 4


def test_meaning_readers_reach_the_corpus_targets_on_dev():
    """The development corpus as a whole (the held-out part is measured by the benchmark, never here)."""
    from samverkan.extract.document import read_document
    from samverkan.extract.office import CONVERTED, soffice

    total = None
    for gold in sorted((CORPUS / "dev").glob("*.gold.yaml")):
        expected = YAML(typ="safe").load(gold.read_text(encoding="utf-8"))
        if expected["document"].endswith(CONVERTED) and soffice() is None:
            continue  # read through LibreOffice, not installed here: its own tests say so
        found, _ = score(expected["sections"], recognise(read_document(gold.parent / expected["document"],
                                                                       Normaliser())).to_plain())
        if total is None:
            total = found
        else:
            total.expected += found.expected
            total.extracted += found.extracted
    assert total is not None
    assert total.recall >= 0.6 and total.precision >= 0.8, (total.recall, total.precision)


# --- every format gives a draft that loads ------------------------------------------------------------------


@pytest.fixture(scope="module")
def made_formats(tmp_path_factory) -> Path:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_formats", CORPUS / "make_formats.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path_factory.mktemp("formats")
    assert module.main([str(out)]) == 0
    return out


def _loads(folder: Path) -> None:
    result = runner.invoke(app, ["check", str(folder)])
    assert result.exit_code in (0, 1), result.output


def _gold_recall(document: Path, gold: Path) -> float:
    from samverkan.extract.document import read_document

    expected = YAML(typ="safe").load(gold.read_text(encoding="utf-8"))
    total, _ = score(expected["sections"], recognise(read_document(document, Normaliser())).to_plain())
    return total.recall


@pytest.mark.parametrize("name", ["01_jarva_prose.txt", "04_sodertalje.md", "06_malmo_web.html",
                                  "71_karlskrona_etiketter.html", "73_nykoping_radbrytning.md",
                                  "74_motala_ar_ocr.txt", "76_norrmalm_gemener.txt"])
def test_text_formats_give_a_draft_that_loads(tmp_path, name):
    result = _extract(str(CORPUS / "dev" / name), "--out", str(tmp_path / "d"))
    assert result.exit_code == 0, result.output
    _loads(tmp_path / "d")
    assert "## Hittat" in (tmp_path / "d" / "extraction.md").read_text(encoding="utf-8")


def test_html_furniture_is_not_read():
    from samverkan.extract.formats import html_text

    text = html_text((CORPUS / "dev" / "06_malmo_web.html").read_text(encoding="utf-8"))
    assert "Cookies" not in text and "Start" not in text.split("\n")[0]
    assert "- Gängkriminalitet och skjutvapenvåld" in text


@pytest.mark.parametrize(("made", "text"), [
    ("02_sodermalm_numbered.docx", "02_sodermalm_numbered"),
    ("11_rinkeby_kista_columns.pdf", "11_rinkeby_kista_columns"),
])
def test_docx_and_text_pdf_give_a_draft_that_loads(tmp_path, made_formats, made, text):
    result = _extract(str(made_formats / made), "--out", str(tmp_path / "d"))
    assert result.exit_code == 0, result.output
    _loads(tmp_path / "d")
    # a PDF's columns come back narrower than the text's (0.70 of the gold for the columns text, 0.87 as .txt)
    assert _gold_recall(made_formats / made, CORPUS / "dev" / f"{text}.gold.yaml") >= 0.65


def test_scanned_pdf_through_tesseract(tmp_path, made_formats):
    from samverkan.extract.formats import tesseract

    if tesseract() is None:
        pytest.skip("tesseract with the Swedish model (tesseract-ocr-swe) is not installed")
    scan = made_formats / "02_sodermalm_numbered.scan.pdf"
    result = _extract(str(scan), "--out", str(tmp_path / "d"))
    assert result.exit_code in (0, 1), result.output
    _loads(tmp_path / "d")
    assert _gold_recall(scan, CORPUS / "dev" / "02_sodermalm_numbered.gold.yaml") >= 0.5


def test_summary_does_not_count_the_register(tmp_path):
    result = _extract(str(SEED_004), "--register", str(ROOT / "data" / "stockholm"), "--out", str(tmp_path / "d"))
    assert result.exit_code == 0, result.output
    from samverkan.store.yaml_io import load_dataset

    data, _ = load_dataset(tmp_path / "d")
    said = dict(pair.rsplit(" ", 1) for pair in result.output.split(": ", 1)[1].split(".")[0].split(", "))
    assert int(said["agreements"]) == 1 < len(data.agreements)  # the city-wide ones came along as context


def test_thin_draft_is_exit_1(tmp_path):
    (tmp_path / "thin.txt").write_text("Överenskommelse\n\nParterna är Exempelby kommun och Lokalpolisområde "
                                       "Exempelby.\n", encoding="utf-8")
    result = _extract(str(tmp_path / "thin.txt"), "--out", str(tmp_path / "d"))
    assert result.exit_code == 1, result.output
    _loads(tmp_path / "d")
    report = (tmp_path / "d" / "extraction.md").read_text(encoding="utf-8")
    assert "Tunt utkast" in report and "## Att leta efter" in report


def test_same_input_same_files(tmp_path):
    for out in ("a", "b"):
        assert _extract(str(CORPUS / "dev" / "01_jarva_prose.txt"), "--out", str(tmp_path / out)).exit_code == 0
    for path in sorted((tmp_path / "a").rglob("*")):
        if path.is_file():
            other = tmp_path / "b" / path.relative_to(tmp_path / "a")
            data = path.read_bytes().replace(str(tmp_path / "a").encode(), b"")
            assert data == other.read_bytes().replace(str(tmp_path / "b").encode(), b""), path.name


def test_score_matches_a_reported_to_group_by_the_name_the_expectation_gives_it():
    expected = {"groups": {"Styrgrupp": {"kind": "steering"},
                           "Arbetsgrupp": {"reports_to": ["Styrgrupp", "stadsdelsnämnden"]}}}
    extracted = {"groups": {"Styrgruppen": {"kind": "steering"},
                            "Arbetsgruppen": {"reports_to": ["Styrgruppen", "stadsdelsnämnden"]}}}
    total, _ = score(expected, extracted)
    assert (total.precision, total.recall) == (1.0, 1.0)
    extracted["groups"]["Arbetsgruppen"]["reports_to"] = ["Ledningsgruppen", "stadsdelsnämnden"]
    total, _ = score(expected, extracted)
    assert total.missed() == [("groups", "arbetsgrupp", "reports_to", "styrgrupp")]
    assert total.spurious() == [("groups", "arbetsgrupp", "reports_to", "ledningsgruppen")]


def test_score_pairs_the_one_agreement_whatever_title_it_was_given():
    expected = {"agreement": {"Överenskommelse om samverkan i Nyby": {"valid_from": "2025-01-01", "level": "local"}}}
    extracted = {"agreement": {"Samverkansavtal": {"valid_from": "2025-01-01", "level": "central"}}}
    total, _ = score(expected, extracted)
    assert total.missed() == [("agreement", "överenskommelse om samverkan i nyby", "", ""),
                              ("agreement", "överenskommelse om samverkan i nyby", "level", "local")]
    assert total.spurious() == [("agreement", "samverkansavtal", "", ""),
                                ("agreement", "överenskommelse om samverkan i nyby", "level", "central")]
    two = {"agreement": {"Samverkansavtal": {"valid_from": "2025-01-01"}, "Bilaga": {"valid_from": "2025-01-01"}}}
    total, _ = score(expected, two)
    assert ("agreement", "överenskommelse om samverkan i nyby", "valid_from", "2025-01-01") in total.missed()


def test_score_pairs_a_group_named_by_a_shorter_form_only_when_it_is_the_only_one():
    expected = {"groups": {"Styrgruppen Trygga Nyby": {"members": ["kommundirektör", "lokalpolisområdeschef"]},
                           "Arbetsgruppen Centrum": {"reports_to": ["Styrgruppen Trygga Nyby"]}}}
    extracted = {"groups": {"Styrgruppen": {"members": ["kommundirektör", "rektor"]},
                            "Arbetsgruppen Centrum": {"reports_to": ["Styrgruppen"]}}}
    total, _ = score(expected, extracted)
    assert total.missed() == [("groups", "styrgruppen trygga nyby", "", ""),
                              ("groups", "styrgruppen trygga nyby", "members", "lokalpolisområdeschef")]
    assert total.spurious() == [("groups", "styrgruppen", "", ""),
                                ("groups", "styrgruppen trygga nyby", "members", "rektor")]
    expected["groups"]["Styrgruppen Skolan"] = {"members": ["rektor"]}  # two groups it could be short for: none
    total, _ = score(expected, extracted)
    assert ("groups", "styrgruppen", "members", "kommundirektör") in total.spurious()
    assert ("groups", "arbetsgruppen centrum", "reports_to", "styrgruppen") in total.spurious()


def test_confidence_is_the_share_right_measured_on_texts_never_tuned_on(tmp_path):
    from samverkan.extract import confidence
    from samverkan.extract.calibration import MEASURED

    drafted, right = MEASURED["groups.members"]
    assert confidence.of("groups", "members") == round((right + 1) / (drafted + 2), 2) < 1
    assert confidence.of("contacts") is None  # no gold lists contacts: not measured
    golds = [YAML(typ="safe").load(p.read_text(encoding="utf-8"))
             for name in ("heldout", "blind") for p in sorted((CORPUS / name).glob("*.gold.yaml"))]
    kinds = {f"{s}.{f}" for g in golds for s, entities in g["sections"].items()
             for fields in entities.values() for f in (fields or {})}
    assert kinds <= set(MEASURED)  # every kind of fact the never-tuned golds list has its measure
    text = ("Samverkansöverenskommelse för Nyby\n\nParter är Nyby kommun och lokalpolisområde Nyby. "
            "Överenskommelsen gäller från den 1 januari 2026 till den 31 december 2027.\n\n"
            "Styrgruppen består av kommundirektören och lokalpolisområdeschefen. Den träffas fyra gånger per år "
            "och leds av kommundirektören. Prioriterade områden är bostadsinbrott och trafiksäkerhet.\n")
    (tmp_path / "nyby.txt").write_text(text, encoding="utf-8")
    assert _extract(str(tmp_path / "nyby.txt"), "--out", str(tmp_path / "d")).exit_code == 0
    report = (tmp_path / "d" / "extraction.md").read_text(encoding="utf-8")
    members = confidence.of("groups", "members")
    word = "hög" if members >= 0.95 else "medel" if members >= 0.85 else "låg"
    assert f"| Styrgruppen | medlemmar | kommundirektör; lokalpolisområdeschef | 5 | {word} ({members:.2f}) |" in report
    doubtful = [line for line in report.splitlines() if line.startswith("- ") and "% rätt" in line]
    shares = [int(line.split("(")[1].split(" %")[0]) for line in doubtful]
    assert shares == sorted(shares) and all(s < 100 * 0.9 for s in shares)  # least sure first, only the unsure
    assert any("Grupper · medlemmar" in line for line in doubtful) == (members < 0.9)


def test_the_drafts_title_is_the_title_read(tmp_path):
    """The agreement in the draft carries the title the reader settled on, not the word for the kind of document
    a first pass starts from (the draft carried "Samverkansöverenskommelse" for most texts before)."""
    text = tmp_path / "avtal.txt"
    text.write_text(
        "Överenskommelse om samverkan för ett tryggare Nyby\n\n"
        "Parter\nNyby kommun och lokalpolisområde Nyby.\n\n"
        "Giltighet\nÖverenskommelsen gäller från den 1 mars 2025 till den 28 februari 2027.\n\n"
        "Organisation\nStyrgruppen består av kommundirektören och lokalpolisområdeschefen och möts fyra gånger "
        "per år.\n", encoding="utf-8")
    result = _extract(str(text), "--out", str(tmp_path / "d"))
    assert result.exit_code in (0, 1), result.output
    from samverkan.store.yaml_io import load_dataset

    data, _ = load_dataset(tmp_path / "d")
    assert [a.title for a in data.agreements] == ["Överenskommelse om samverkan för ett tryggare Nyby"]
    report = (tmp_path / "d" / "extraction.md").read_text(encoding="utf-8")
    assert "| Samverkansöverenskommelse |" not in report


def test_the_report_gives_kinds_sides_and_levels_in_words(tmp_path):
    text = tmp_path / "avtal.txt"
    text.write_text(
        "Samverkansöverenskommelse för Nyby\n\nParter\nNyby kommun och lokalpolisområde Nyby.\n\n"
        "Styrgruppen består av kommundirektören och lokalpolisområdeschefen, som är ordförande växelvis.\n",
        encoding="utf-8")
    for lang, words, stored in (("sv", ["| styrgrupp |", "| polisen |", "| lokal |", "| ja |"], ["| steering |"]),
                                ("en", ["| steering group |", "| the police |", "| local |", "| yes |"],
                                 ["| police |", "| True |"])):
        out = tmp_path / lang
        result = _extract(str(text), "--out", str(out), "--lang", lang)
        assert result.exit_code in (0, 1), result.output
        report = (out / "extraction.md").read_text(encoding="utf-8")
        assert all(w in report for w in words), report
        assert not any(s in report for s in stored), report


def test_a_group_read_without_its_kind_still_makes_a_draft():
    """Whatever a reader leaves out, the draft is built: a group without a kind takes the one its name says."""
    from samverkan.extract.build import build_draft
    from samverkan.extract.document import Span
    from samverkan.extract.record import Item, Record

    doc = Document.from_text("avtal.txt", "Samverkansöverenskommelse\nParter: Nyby kommun och lokalpolisområde Nyby\n"
                                          "Beredningsgruppen Nyby möts varje månad.\nStyrgruppen möts fyra gånger.\n")
    record = Record(doc, [Item("agreement", "Samverkansöverenskommelse", Span(1, 1)),
                          Item("groups", "Beredningsgruppen Nyby", Span(3, 3)),
                          Item("groups", "Styrgruppen", Span(4, 4))])
    draft = build_draft(record, None)
    assert sorted((g.name, g.kind) for g in draft.data.groups) == [("Beredningsgruppen Nyby", "preparation"),
                                                                   ("Styrgruppen", "steering")]


def test_the_draft_meets_as_often_as_the_record_settled_on():
    """Where both passes read a group's meetings, the draft takes the one the record scores (read by meaning)."""
    from samverkan.extract.build import build_draft
    from samverkan.extract.document import Span
    from samverkan.extract.record import Item, Record

    doc = Document.from_text("avtal.txt", "Samverkansöverenskommelse\nStyrgruppen möts en gång om året.\n"
                                          "Styrgruppen möts därefter fyra gånger per år.\n"
                                          "Arbetsgruppen ses varje vecka.\n")
    steering, working = Item("groups", "Styrgruppen", Span(2, 2)), Item("groups", "Arbetsgruppen", Span(4, 4))
    steering.set("frequency", 1, Span(2, 2))
    steering.set("frequency_text", "en gång om året", Span(2, 2))
    steering.set("frequency_per_year", 4, Span(3, 3))
    working.set("frequency_per_year", 52, Span(4, 4))
    draft = build_draft(Record(doc, [Item("agreement", "Samverkansöverenskommelse", Span(1, 1)), steering, working]),
                        None)
    meets = {g.name: (g.frequency.per_year, g.frequency.text) for g in draft.data.groups}
    assert meets == {"Styrgruppen": (4, "Styrgruppen möts därefter fyra gånger per år."),
                     "Arbetsgruppen": (52, "Arbetsgruppen ses varje vecka.")}


def test_the_names_table_says_which_field_a_name_fills_in_the_users_language(tmp_path):
    """The names table's context for a party, a signatory or a report target is the field's name, in English
    under --lang en; a group's members keep the group's name as written."""
    text = tmp_path / "avtal.txt"
    text.write_text(
        "Samverkansöverenskommelse för Nyby\n\nParter\nNyby kommun och lokalpolisområde Nyby.\n\n"
        "Styrgruppen består av kommundirektören och lokalpolisområdeschefen. Styrgruppen rapporterar till "
        "kommunstyrelsen.\n\nUnderskrifter\n\nAnna Fiktivsdotter, kommundirektör\n"
        "Erik Påhittsson, lokalpolisområdeschef\n", encoding="utf-8")
    for lang, contexts, other in (("sv", ["| parter |", "| rapporterar till |", "| undertecknare |"], "| parties |"),
                                  ("en", ["| parties |", "| reports to |", "| signatories |"], "| parter |")):
        out = tmp_path / lang
        assert _extract(str(text), "--out", str(out), "--lang", lang).exit_code in (0, 1)
        table = (out / "extraction.md").read_text(encoding="utf-8").split("## ")
        names = next(part for part in table if part.startswith(("Namn och vad de blev", "Names and what they")))
        assert all(c in names for c in contexts), names
        assert other not in names and "| Styrgruppen |" in names, names


def test_a_committee_reported_to_loads_whoever_the_city_party_is(tmp_path):
    """A report to a committee drafts the committee under the city's party only where a committee may sit (under
    a municipality): a förvaltning as the city's party gets a committee without a parent, and the draft loads."""
    text = tmp_path / "avtal.txt"
    text.write_text(
        "Samverkansöverenskommelse för Nyby\n\nParter\nSocialförvaltningen Nyby och lokalpolisområde Nyby.\n\n"
        "Styrgruppen består av förvaltningsdirektören och lokalpolisområdeschefen. Styrgruppen rapporterar till "
        "kommunstyrelsen.\n", encoding="utf-8")
    out = tmp_path / "utkast"
    assert _extract(str(text), "--out", str(out)).exit_code in (0, 1)
    _loads(out)
    drafted = YAML(typ="safe").load((out / "register.yaml").read_text(encoding="utf-8"))["organisations"]
    committee = next(o for o in drafted if o["name"] == "kommunstyrelsen")
    assert committee["kind"] == "political_body" and "parent" not in committee, committee


def test_missing_tool_names_what_a_document_needs(tmp_path, made_formats, monkeypatch):
    from samverkan.extract.document import missing_tool

    (tmp_path / "avtal.odt").write_bytes(b"PK")
    assert missing_tool(made_formats / "11_rinkeby_kista_columns.pdf") is None  # a text PDF needs no OCR
    monkeypatch.setenv("PATH", str(tmp_path))  # neither LibreOffice nor Tesseract on it
    assert missing_tool(tmp_path / "avtal.odt") == "LibreOffice"
    assert missing_tool(made_formats / "02_sodermalm_numbered.scan.pdf").startswith("Tesseract")
    assert missing_tool(made_formats / "11_rinkeby_kista_columns.pdf") is None


WORD_WEB_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)">
</head>
<body lang=SV>
<p class=MsoNormal>Överenskommelsen gäller från och med 2026-01-01 till och med 2027-12-31.<o:p></o:p></p>
</body>
</html>
"""


def test_a_web_page_is_read_in_the_encoding_it_declares(tmp_path):
    from samverkan.extract.document import read_text

    page = tmp_path / "avtal.htm"
    page.write_bytes(WORD_WEB_PAGE.encode("cp1252"))  # as Word saves "Webbsida, filtrerad"
    assert "Överenskommelsen gäller från och med 2026-01-01" in read_text(page)
    undeclared = tmp_path / "utan.html"  # the same bytes without the declaration: no guessing
    undeclared.write_bytes(WORD_WEB_PAGE.replace("; charset=windows-1252", "").encode("cp1252"))
    result = _extract(str(undeclared), "--out", str(tmp_path / "d"))
    assert result.exit_code == 2 and "Windows-1252" in result.output and "Traceback" not in result.output
