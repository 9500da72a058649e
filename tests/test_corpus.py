"""The development corpus of `samverkan extract` (tests/corpus/): every gold file parses, names an existing
document, uses only the known sections, fields and kinds, and its literal strings occur in its text, so a gold
cannot drift silently from the document it describes."""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rapidfuzz import fuzz
from ruamel.yaml import YAML

CORPUS = Path(__file__).resolve().parent / "corpus"
TEXT_SUFFIXES = {".txt", ".md", ".html"}
# documents as users' word processors save them, read as extract reads them
FILE_SUFFIXES = {".docx", ".pdf", ".odt", ".rtf", ".doc"}
FOLDERS = ("dev", "heldout", "blind")  # tuned on; never tuned on; written without looking at the extractor
TOP = {"document", "lines", "damaged", "sections"}
FIELDS = {
    "agreement": {"valid_from", "valid_to", "level", "dnr"},
    "parties": {"party", "org_number"},
    "signatories": {"title"},
    "priority_areas": set(),
    "groups": {"kind", "members", "chair", "chair_alternating", "frequency_per_year", "reports_to"},
}
KINDS = {"steering", "preparation", "working", "forum", "council", "coordinators"}
PARTY = {"city", "police", "other"}
LEVEL = {"local", "central"}
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
ORDINALS = ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde",
            "elfte", "tolfte", "trettonde", "fjortonde", "femtonde", "sextonde", "sjuttonde", "artonde", "nittonde",
            "tjugonde", "tjugoförsta", "tjugoandra", "tjugotredje", "tjugofjärde", "tjugofemte", "tjugosjätte",
            "tjugosjunde", "tjugoåttonde", "tjugonionde", "trettionde", "trettioförsta"]
TEENS = ["tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"]
TENS = ["tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"]
UNITS = ["", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"]


def year_in_words(year: int) -> str:
    """The last two digits of a year 2010–2099 in words ("tjugosju" for 2027)."""
    n = year - 2000
    return TEENS[n - 10] if n < 20 else TENS[n // 10 - 2] + UNITS[n % 10]


def texts() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (CORPUS / folder).iterdir()
                  if p.suffix in TEXT_SUFFIXES | FILE_SUFFIXES)


def golds() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (CORPUS / folder).glob("*.gold.yaml"))


def load(gold: Path) -> dict:
    return YAML(typ="safe").load(gold.read_text(encoding="utf-8"))


def plain(path: Path) -> str:
    """The document's words, case folded, white space collapsed, tags and entities removed from HTML; a Word,
    PDF or OpenDocument file's words as extract reads them."""
    text = source(path)
    if path.suffix == ".html":
        text = re.sub(r"(?s)<(script|style).*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = text.replace("*", "").replace("|", " ")
    return " ".join(text.split()).casefold()


def source(path: Path) -> str:
    """The document's text as extract decodes it: a text file's characters (a web page in the encoding it
    declares), a Word, PDF or OpenDocument file's words as extract reads them."""
    from samverkan.extract.document import decode_document

    return _file_text(path) if path.suffix in FILE_SUFFIXES else decode_document(path.read_bytes(), path.suffix)


def scanned(path: Path) -> bool:
    """Whether the document is a PDF with pages of images only (read by OCR)."""
    from samverkan.extract.formats import pdf_pages

    return path.suffix == ".pdf" and bool(pdf_pages(path.read_bytes(), ocr=False)[1])


def broken_in_cells(path: Path) -> str:
    """The words a table written with spaces broke at a cell's line end, joined ("fritids-" over "gårdarna" in the
    same column): the gold names them whole."""
    lines = path.read_text(encoding="utf-8").splitlines()
    words = []
    for line, below in zip(lines, lines[1:], strict=False):
        for m in re.finditer(r"\S+(?:\s\S+)*", line):
            rest = below[m.start():].split()
            if m.group().endswith("-") and rest and below[m.start() - 1:m.start()] in ("", " ") \
                    and rest[0][:1].islower():
                words.append(m.group().split()[-1][:-1] + rest[0])
    return " ".join(words).casefold()


def grid_cells_read_down(path: Path) -> str:
    """Each cell of a ruled grid table ("+----+" between rows, "|" between columns) read down its lines and
    joined: the gold names a group whole that the grid broke over two lines of its first column."""
    cells: dict[int, list[str]] = {}
    out = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), "+"]:
        if line.lstrip().startswith("|"):
            for k, cell in enumerate(line.strip().strip("|").split("|")):
                cells.setdefault(k, []).append(cell.strip())
            continue
        out += [" ".join(" ".join(c) for c in cells.values())]
        cells = {}
    return re.sub(r"(\w)-\s+(?=[a-zåäö])", r"\1", " ".join(" ".join(out).split())).casefold()


def columns_read_down(path: Path) -> str:
    """A page in two columns of text (a wide gap on most lines) read column by column, each column's lines joined:
    the gold names an item whole that the layout wrapped within its column."""
    lines = path.read_text(encoding="utf-8").splitlines()
    split = [re.split(r"(?<=\S)\s{4,}(?=\S)", line, maxsplit=1) for line in lines]
    if sum(len(s) == 2 for s in split) < len(lines) // 3:
        return ""
    left = " ".join(s[0] for s in split if s and s[0].strip())
    right = " ".join(s[1] if len(s) == 2 else s[0] for s in split if len(s) == 2 or s and s[0].startswith(" " * 20))
    return " ".join(re.sub(r"(\w)-\s+(?=[a-zåäö])", r"\1", f"{left} {right}").split()).casefold()


def occurs(needle: str, hay: str, damaged: bool) -> bool:
    needle = " ".join(str(needle).split()).casefold().strip(" .,;:")
    if needle in hay:
        return True
    return damaged and fuzz.partial_ratio(needle, hay) >= 85


STOPWORDS = {"för", "och", "från", "med", "till", "vid", "den", "det", "inom", "hos"}


def stem(word: str) -> str:
    """Enough of a word to find its inflected forms: "skola" in "skolor", "förälder" in "föräldrar"."""
    cut = max(4, len(word) - 3)
    return word[: cut - 1] if cut >= len(word) and word[-1] in "aeiouyåäö" else word[:cut]


def mentioned(phrase: str, hay: str, damaged: bool) -> bool:
    """A normalised mention (nominative singular, e.g. "lokalpolisområdeschef") is in the text when each of its
    words' stems begins a word of the text ("rektor" in "rektorerna", not in "direktören"); in a damaged text a
    close match of the whole phrase will do."""
    words = [w for w in re.findall(r"\w+", phrase.casefold()) if w not in STOPWORDS and len(w) > 1]
    if words and all(re.search(r"(?<!\w)" + re.escape(stem(w)), hay) for w in words):
        return True
    return damaged and (fuzz.partial_ratio(phrase.casefold(), hay) >= 85
                        or fuzz.partial_ratio(_folded(phrase), _folded(hay)) >= 85)


def _folded(text: str) -> str:
    """Text as OCR that lost diacritics and spaces reads it: "enhet schefen for" for "enhetschefen för"."""
    return re.sub(r"\W+", "", text.casefold().translate(str.maketrans("åäöé", "aaoe")))


def _year_bound(day: dt.date, hay: str) -> bool:
    """A validity in whole years ("2025–2027", "2025-2027", "för år 2024") starts on 1 January and ends on 31
    December; a year inside a date ("2025-01-01") is none."""
    whole = (day.month, day.day) in ((1, 1), (12, 31))
    after_year = r"(?<=(?<!\d)\d{4}-)"  # "2025-2027": a range spelt with a plain hyphen
    before_year = r"(?=-\d{4}(?!\d))"
    year = rf"(?:{after_year}|(?<![\d/.-])){day.year}(?:{before_year}|(?![\d/-]|\.\d))"
    return whole and re.search(year, hay) is not None


def _years_after(start: object, end: dt.date, hay: str) -> bool:
    """An end given as whole years from a spelt start ("från den 1 april 2025 och två år framåt"): the day
    before the anniversary, with that number of years in the text."""
    if start is None:
        return False
    first = dt.date.fromisoformat(str(start))
    for n, word in enumerate(("ett", "två", "tre", "fyra", "fem"), 1):
        anniversary = first.replace(year=first.year + n) - dt.timedelta(days=1)
        if anniversary == end and re.search(rf"\b(?:{word}|{n})\s+år\b", hay):
            return True
    return False


def date_spellings(day: dt.date) -> list[str]:
    d, m, y = day.day, day.month, day.year
    month = MONTHS[m - 1]
    return [day.isoformat(), f"{d} {month} {y}", f"{d}:e {month} {y}", f"{d}:a {month} {y}",
            f"{ORDINALS[d - 1]} {month} {y}", f"{d}.{m}.{y}", f"{d:02}.{m:02}.{y}", f"{d}/{m} {y}",
            f"{d}/{m}/{y}", f"{y}{m:02}{d:02}", f"{d} {month} år {y}"] + [
        f"{ORDINALS[d - 1]} {month} {prefix}{year_in_words(y)}" for prefix in ("tjugohundra", "tvåtusen")
        if 2010 <= y <= 2099]


def test_years_in_words_past_the_twenties() -> None:
    assert [year_in_words(y) for y in (2012, 2020, 2028, 2030, 2041)] == [
        "tolv", "tjugo", "tjugoåtta", "trettio", "fyrtioett"]
    assert "första januari tvåtusentrettio" in date_spellings(dt.date(2030, 1, 1))


def _file_text(path: Path) -> str:
    from samverkan.extract.document import missing_tool, read_text

    tool = missing_tool(path)
    if tool:
        pytest.skip(f"{path.name} is read through {tool}, which is not installed (.ci/run installs it)")
    text = read_text(path)
    if path.suffix == ".pdf":  # also each table cell's words whole (a layout read runs a cell's lines into others)
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            cells = [cell for page in pdf.pages for table in page.extract_tables() for row in table
                     for cell in row if cell]
        text += "\n" + "\n".join(" ".join(cell.split()) for cell in cells)
    return text


@pytest.mark.parametrize("path", texts(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_text_has_a_gold(path: Path) -> None:
    gold = path.with_name(path.stem + ".gold.yaml")
    assert gold.exists(), f"no gold for {path.name}"
    if path.suffix in TEXT_SUFFIXES:  # a Word or PDF file has pages, not lines
        from samverkan.extract.formats import html_text

        text = source(path)
        lines = text.count("\n") + 1
        # a page's lines as shown, not its markup's (a style sheet's, or all on one line as Google Docs saves it)
        shown = html_text(text).count("\n") + 1 if path.suffix == ".html" else lines
        assert (15 if path.suffix == ".html" else 40) <= shown <= 260, f"{path.name}: {shown} lines"


@pytest.mark.parametrize("gold", golds(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold(gold: Path) -> None:
    data = load(gold)
    assert set(data) <= TOP and "sections" in data, set(data) - TOP
    doc = gold.with_name(data["document"])
    assert doc.exists() and doc.suffix in TEXT_SUFFIXES | FILE_SUFFIXES and doc.stem + ".gold.yaml" == gold.name
    # a scan's words are an image: what OCR makes of them is no test of its gold (and differs between versions)
    words = not scanned(doc)
    hay, damaged = plain(doc) if words else "", bool(data.get("damaged"))
    if doc.suffix == ".txt":  # also a table's words broken at a cell's line end, joined, and columns read down
        hay += " " + broken_in_cells(doc) + " " + columns_read_down(doc) + " " + grid_cells_read_down(doc)
    if damaged and words:  # also the words broken at line ends, joined
        joined = re.sub(r"(\w)-\n\s*(?=[a-zåäö])", r"\1", source(doc))
        hay += " " + " ".join(joined.split()).casefold()
    sections = data["sections"]
    assert set(sections) <= set(FIELDS), set(sections) - set(FIELDS)
    count = 0
    for section, entities in sections.items():
        for name, fields in (entities or {}).items():
            count += 1
            fields = fields or {}
            assert set(fields) <= FIELDS[section], (section, name, set(fields) - FIELDS[section])
            if not words:
                continue
            if section != "agreement":
                assert occurs(name, hay, damaged), f"{section} {name!r} not in {doc.name}"
            else:
                assert mentioned(name, hay, damaged), f"title {name!r} not in {doc.name}"
            check = globals()[f"_check_{section}"]
            check(name, fields, hay, damaged)
    groups = sections.get("groups") or {}
    assert groups, f"{gold.name}: no groups"
    assert 5 <= count <= 40, f"{gold.name}: {count} entities"


def _check_agreement(name: str, fields: dict, hay: str, damaged: bool) -> None:
    assert fields.get("level") in LEVEL
    for key in ("valid_from", "valid_to"):
        value = fields.get(key)
        if value is None:
            continue
        day = dt.date.fromisoformat(str(value))
        spelt = any(occurs(s, hay, damaged) for s in date_spellings(day))
        spelt = spelt or key == "valid_to" and _years_after(fields.get("valid_from"), day, hay)
        assert spelt or _year_bound(day, hay), f"{key} {value} not spelt in text"
    if fields.get("valid_to") is None and "valid_to" in fields:
        assert "tills vidare" in hay or "tillsvidare" in hay or damaged
    dnr = fields.get("dnr")
    for item in dnr if isinstance(dnr, list) else [dnr] if dnr else []:
        assert occurs(item, hay, damaged), f"dnr {item} not in text"


def _check_parties(name: str, fields: dict, hay: str, damaged: bool) -> None:
    assert fields.get("party") in PARTY, name
    if "org_number" in fields:
        assert occurs(fields["org_number"], hay, damaged), fields["org_number"]


def _check_signatories(name: str, fields: dict, hay: str, damaged: bool) -> None:
    assert mentioned(fields["title"], hay, damaged), (name, fields["title"])


def _check_priority_areas(name: str, fields: dict, hay: str, damaged: bool) -> None:
    assert not fields


def _check_groups(name: str, fields: dict, hay: str, damaged: bool) -> None:
    assert fields.get("kind") in KINDS, (name, fields.get("kind"))
    for member in fields.get("members") or []:
        assert mentioned(member, hay, damaged), f"{name}: member {member!r}"
    chair = fields.get("chair")
    for item in chair if isinstance(chair, list) else [chair] if chair else []:
        assert mentioned(item, hay, damaged), f"{name}: chair {item!r}"
    if "chair_alternating" in fields:
        assert fields["chair_alternating"] is True
    if "frequency_per_year" in fields:
        value = fields["frequency_per_year"]
        assert value is None or (isinstance(value, (int, float)) and 0 < value <= 52), value
    for target in fields.get("reports_to") or []:
        assert mentioned(target, hay, damaged), f"{name}: reports_to {target!r}"


def test_corpus_size_and_split() -> None:
    dev = [p for p in texts() if p.parent.name == "dev"]
    held = [p for p in texts() if p.parent.name in ("heldout", "blind")]
    assert len(dev) + len(held) >= 30 and len(held) >= 9


def test_make_formats(tmp_path: Path) -> None:
    pytest.importorskip("docx")
    script = CORPUS / "make_formats.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True)
    made = sorted(p.name for p in tmp_path.iterdir())
    assert any(n.endswith(".docx") for n in made) and any(n.endswith(".scan.pdf") for n in made), made
    for path in tmp_path.iterdir():
        assert path.stat().st_size > 1000
    from pypdf import PdfReader

    text_pdf = next(p for p in tmp_path.iterdir() if p.name.endswith(".pdf") and not p.name.endswith(".scan.pdf"))
    assert "samverkan" in " ".join(page.extract_text() for page in PdfReader(text_pdf).pages).casefold()
    again = tmp_path / "again"
    again.mkdir()
    subprocess.run([sys.executable, str(script), str(again)], check=True)
    for path in again.iterdir():
        if path.suffix == ".docx" or path.name.endswith(".scan.pdf"):
            continue
        assert path.read_bytes() == (tmp_path / path.name).read_bytes(), f"{path.name} not deterministic"
