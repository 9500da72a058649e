"""Malformed inputs for every reader, by class: what tests/test_malformed_input.py and benchmarks/fuzz_inputs.py
feed the CLI.

A reader is a command that reads one kind of file: `dataset` (summary FOLDER), `changeset` (diff --change),
`profile` (explain --profile FILE), `waivers` (check --waivers) and `extract` (a .txt/.md/.pdf document).
A case writes its input below a work folder and gives the command line; `expect` says what must happen:
"error" (exit 2 with a message naming the file), "ok" (it loads: exit 0 or 1) or "any" (either, e.g. a
truncated text that is still text). Every case must finish in bounded time and memory without a traceback.
"""

from __future__ import annotations

import functools
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from samverkan.io.inputs import LIMITS_MB

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "data" / "seeds" / "000_a4b7a08f9bffb6ad.txt").read_text(encoding="utf-8")
READERS = ("dataset", "changeset", "profile", "waivers", "extract")
AS_OF = "2024-01-01"

VALID = {
    "dataset": "organisations:\n  - id: stockholms-stad\n    name: Stockholms stad\n    kind: city\n"
               "    valid_from: 2007-01-01\n    sources: [{document: t, lines: '1-2', quote: 'Stockholms stad'}]\n",
    "changeset": "title: Ny organisation\nsource: {document: t, date: 2020-01-01}\nas_of: 2020-01-01\n"
                 "operations:\n  - op: add\n    lines: 1-2\n    section: organisations\n"
                 "    entity: {id: ny-org, name: Ny, kind: external, sources: [{document: t}]}\n",
    "profile": "title: {sv: Egen profil, en: Own profile}\nextends: stockholm-2023\ndemands:\n"
               "  egen:\n    rule: SAM040\n    citation: {document: t, lines: '1-2'}\n    kinds: [steering]\n"
               "    level: local\n    min_per_year: 4\n",
    "waivers": "waivers:\n  - rule: SAM090\n    subject: stockholms-stad\n    reason: Godtaget\n"
               "    decided_by: Styrgruppen\n    expires: 2030-01-01\n",
    "extract": SEED,
}
TINY_DATASET = VALID["dataset"]  # the data set the change set and waiver cases run against


def tiny_pdf(page_extra: bytes = b"", text: str = "Samverkansöverenskommelse mellan staden och polisen") -> bytes:
    """A minimal PDF with a text layer (one line), built by hand; `page_extra` goes into the page dictionary."""
    content = b"BT /F1 12 Tf 72 720 Td (" + text.encode("latin-1", "replace") + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> " + page_extra + b">>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return _pdf(objects)


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


@functools.cache
def hostile_pdf(kind: str) -> bytes:
    """A small PDF that costs its reader: `bomb` (a flate stream of 100 MB, over pypdf's 75 MB), `length` (a
    declared length of a petabyte), `nested` (50,000 nested arrays in the page's content), `shared` (10 pages
    sharing one 1 MB stream, 4 KB compressed)."""
    import zlib

    text = b"BT /F1 12 Tf 72 720 Td (Samverkan mellan staden och polisen) Tj ET"
    pages = 10 if kind == "shared" else 1
    length, extra = None, b""
    if kind == "bomb":
        content, extra = zlib.compress(text + b" " * 100_000_000, 9), b" /Filter /FlateDecode"
    elif kind == "length":
        content, length = text, 10**15
    elif kind == "nested":
        content = text + b" " + b"[" * 50_000 + b"]" * 50_000
    else:
        ops = b"BT /F1 12 Tf 72 720 Td " + b"(Samverkan mellan staden och polisen) Tj T* " * 25_000 + b"ET"
        content, extra = zlib.compress(ops, 9), b" /Filter /FlateDecode"
    first = 3 + pages
    kids = b" ".join(f"{3 + i} 0 R".encode() for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(pages).encode() + b" >>"]
    objects += [f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {first} 0 R "
                f"/Resources << /Font << /F1 {first + 1} 0 R >> >> >>".encode() for _ in range(pages)]
    objects.append(b"<< /Length " + str(len(content) if length is None else length).encode() + extra
                   + b" >>\nstream\n" + content + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return _pdf(objects)


# --- content of each class, per reader ----------------------------------------------------------

def _random(n: int, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(n)


BINARY = {
    "random-bytes": _random(4096),
    "png-header": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _random(200, 2),
    "zip-header": b"PK\x03\x04\x14\x00\x06\x00" + _random(200, 3),
    "elf-header": b"\x7fELF\x02\x01\x01\x00" + bytes(120),
}

BILLION_LAUGHS = "".join(
    f"{chr(97 + i)}: &{chr(97 + i)} [" + ", ".join([f"*{chr(96 + i)}" if i else '"lol"'] * 9) + "]\n"
    for i in range(9))
MERGE_TRICK = "base: &base {id: x, name: X, kind: city}\norganisations:\n  - <<: *base\n    <<: *base\n"

ODD_IDS = {
    "space": "stockholms stad",
    "slash": "../../etc/passwd",
    "quotes": "it's \"quoted\"",
    "script": "<script>alert(1)</script>",
    "control": "a\x01b\x7fc",
    "rtl": "abc\u202edcba\u200f",
    "long": "x" * 20_000,
}
BAD_DATES = ("2018-02-30", "0000-01-01", "2018-13-01")


def _q(value: str) -> str:
    """A YAML double-quoted scalar (control characters escaped)."""
    out = []
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0:
            out.append(f"\\x{ord(ch):02x}")
        elif ch in "\ufffe\uffff":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def odd_id(reader: str, value: str) -> str:
    q = _q(value)
    return {
        "dataset": VALID["dataset"].replace("id: stockholms-stad", f"id: {q}"),
        "changeset": VALID["changeset"].replace("id: ny-org", f"id: {q}"),
        "profile": VALID["profile"].replace("  egen:", f"  {q}:"),
        "waivers": VALID["waivers"].replace("subject: stockholms-stad", f"subject: {q}"),
        "extract": SEED.replace("Stadsledningskontoret", value, 3),
    }[reader]


def bad_date(reader: str, value: str) -> str:
    return {
        "dataset": VALID["dataset"].replace("valid_from: 2007-01-01", f"valid_from: {value}"),
        "changeset": VALID["changeset"].replace("as_of: 2020-01-01", f"as_of: {value}"),
        "profile": VALID["profile"].replace("title: {sv: Egen profil", f"title: {{sv: {value}"),
        "waivers": VALID["waivers"].replace("expires: 2030-01-01", f"expires: {value}"),
        "extract": SEED.replace("2019-04-29", value),
    }[reader]


TYPE_SWAPS = {  # numbers where text goes and the reverse
    "dataset": [("name: Stockholms stad", "name: 12"), ("id: stockholms-stad", "id: 3.5"),
                ("sources: [", "sources: 7\n    x: ["), ("valid_from: 2007-01-01", "valid_from: sju")],
    "changeset": [("title: Ny organisation", "title: 5"), ("op: add", "op: 1"),
                  ("operations:\n", "operations: 12\nx:\n"), ("date: 2020-01-01", "date: true")],
    "profile": [("title: {sv: Egen profil, en: Own profile}", "title: 5"), ("min_per_year: 4", "min_per_year: fyra"),
                ("rule: SAM040", "rule: 40"), ("extends: stockholm-2023", "extends: 2023")],
    "waivers": [("rule: SAM090", "rule: 90"), ("subject: stockholms-stad", "subject: 12"),
                ("expires: 2030-01-01", "expires: 20300101"), ("waivers:\n", "waivers: 3\nx:\n")],
}


AGREEMENT = ("agreements:\n  - id: a-2020\n    title: A\n    level: central\n    parties: [stockholms-stad]\n"
             "    revision_interval_years: 4\n    extension: {consult_months_before: 6, text: x}\n"
             "    sources: [{document: t}]\n")
NUMBERS = {  # YAML numbers no field can use: infinite, not a number, too large for date arithmetic or int()
    "inf": ".inf", "minus-inf": "-.Inf", "nan": ".NaN", "1e400": "1e400", "digits-40": "9" * 40,
    "digits-5000": "9" * 5000, "years-9000": "9000", "months-30000": "30000",
}


def bad_number(reader: str, value: str) -> str:
    """`value` where each reader has a number (a data set: an agreement's intervals)."""
    if reader == "dataset":
        field = "consult_months_before: 6" if value == "30000" else "revision_interval_years: 4"
        return VALID["dataset"] + AGREEMENT.replace(field, field.split(":")[0] + ": " + value)
    return {
        "changeset": VALID["changeset"].replace("lines: 1-2", f"lines: {value}"),
        "profile": VALID["profile"].replace("min_per_year: 4", f"min_per_year: {value}"),
        "waivers": VALID["waivers"].replace("expires: 2030-01-01", f"expires: {value}"),
        "extract": SEED.replace("2019-04-29", value).replace("fyra år", f"{value} år"),
    }[reader]


COLLECTION_SWAPS = {  # a list or a mapping where a word belongs
    "dataset": [("name: Stockholms stad", "name: [Stockholms stad]"), ("kind: city", "kind: {city: 1}"),
                ("id: stockholms-stad", "id: [stockholms-stad]")],
    "changeset": [("op: add", "op: [add]"), ("op: add", "op: {add: 1}"), ("section: organisations",
                  "section: [organisations]"), ("section: organisations", "section: {organisations: 1}")],
    "profile": [("rule: SAM040", "rule: [SAM040]"), ("level: local", "level: {local: 1}"),
                ("extends: stockholm-2023", "extends: [stockholm-2023]"), ("kinds: [steering]", "kinds: [[steering]]")],
    "waivers": [("rule: SAM090", "rule: [SAM090]"), ("subject: stockholms-stad", "subject: {a: 1}"),
                ("expires: 2030-01-01", "expires: [2030-01-01]"), ("reason: Godtaget", "reason: {a: [1]}")],
}

PROGRAM_TEXT = {  # text that means something to a terminal, an XML parser or a spreadsheet: loads, is inert
    "formula": '=HYPERLINK("https://example.com","x")', "plus": "+1+cmd|' /C calc'!A0", "at": "@SUM(1)",
    "esc": "\x1b[1A\x1b[2Kdold", "c1": "\x9b2J", "nul": "a\x00b\x0b\x0cc\ufffe", "bidi": "\u202egnp.exe",
    "emoji": "file.yaml:100:63: :smile:",
}


def program_text(reader: str, value: str, raw: bool = False) -> str:
    """`value` in a free-text field, as an escaped YAML string (or raw, unescaped: YAML forbids most controls)."""
    q = '"' + value.replace('"', "'") + '"' if raw else _q(value)
    return {
        "dataset": VALID["dataset"].replace("name: Stockholms stad", f"name: {q}"),
        "changeset": VALID["changeset"].replace("title: Ny organisation", f"title: {q}"),
        "profile": VALID["profile"].replace("title: {sv: Egen profil", f"title: {{sv: {q}"),
        "waivers": VALID["waivers"].replace("reason: Godtaget", f"reason: {q}"),
        "extract": SEED.replace("Stadsledningskontoret", value, 3),
    }[reader]


def deep(kind: str, levels: int) -> str:
    if kind == "flow-seq":
        return "organisations: " + "[" * levels + "]" * levels + "\n"
    if kind == "flow-map":
        return "organisations: " + "{a: " * levels + "1" + "}" * levels + "\n"
    if kind == "block-seq":
        return "organisations:\n" + "- " * levels + "x\n"
    if kind == "unclosed":
        return "organisations: " + "[" * levels + "\n"
    return "".join(" " * i + f"k{i}:\n" for i in range(levels)) + " " * levels + "x: 1\n"  # indented mappings


# --- cases ----------------------------------------------------------------------------------------

@dataclass
class Case:
    cls: str
    name: str
    reader: str
    make: Callable[[Path], Path]  # writes the input below a folder, returns what the command is given
    expect: str = "error"  # "error", "ok" or "any"
    suffix: str = ".yaml"
    env: dict | None = None
    needs: str | None = None  # "non-root": skipped (with the reason) when running as root

    @property
    def id(self) -> str:
        return f"{self.cls}/{self.name}/{self.reader}" + ("" if self.suffix in (".yaml", ".txt") else self.suffix)


def _write(data: bytes | str | Callable[[], bytes], name: str = "a") -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        content = data() if callable(data) else data  # built when the case runs (a flate bomb takes a second)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path
    return make


def _sparse(size: int) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / "a"
        with open(path, "wb") as handle:
            handle.write(b"organisations:\n")
            handle.truncate(size)  # a hole: as big as asked on disk, costs nothing to write
        return path
    return make


def _padded(text: str, size: int, doc: bool) -> Callable[[Path], Path]:
    """Valid content grown to `size` bytes with comment lines (YAML) or repeated paragraphs (documents)."""
    def make(folder: Path) -> Path:
        path = folder / "a"
        filler = "\n" + SEED if doc else "# " + "utfyllnad " * 10 + "\n"
        path.write_text(text + filler * ((size - len(text)) // len(filler) + 1), encoding="utf-8")
        return path
    return make


def _long_line(size: int, reader: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / "a"
        if reader == "extract":
            path.write_text(SEED.replace("\n", " ") * (size // len(SEED) + 1), encoding="utf-8")
        else:
            path.write_text("title: " + "x" * size + "\n", encoding="utf-8")
        return path
    return make


def _fifo(folder: Path) -> Path:
    path = folder / "a"
    os.mkfifo(path)
    return path


def _directory(folder: Path) -> Path:
    path = folder / "a"
    path.mkdir()
    return path


def _loop(folder: Path) -> Path:
    path = folder / "a"
    os.symlink(path.name, path)
    return path


def _dangling(folder: Path) -> Path:
    path = folder / "a"
    os.symlink("missing-target", path)
    return path


def _unreadable(folder: Path) -> Path:
    path = folder / "a"
    path.write_text("organisations:\n", encoding="utf-8")
    path.chmod(0)
    return path


def _truncated(text: str, fraction: float, mid_char: bool = False) -> bytes:
    data = text.encode("utf-8")
    cut = int(len(data) * fraction)
    if mid_char:  # inside a multibyte character (å, ä, ö are two bytes)
        cut = next((i + 1 for i in range(cut, len(data)) if data[i] >= 0xC0), cut)
    return data[:cut]


def cases() -> list[Case]:
    """Every class × reader case of the table."""
    out: list[Case] = []
    for reader in READERS:
        doc = reader == "extract"
        sfx = ".txt" if doc else ".yaml"
        text = VALID[reader]
        add = out.append

        add(Case("truncated", "60%", reader, _write(_truncated(text, 0.6)), "any" if doc else "error", sfx))
        add(Case("truncated", "mid-utf8", reader, _write(_truncated(text, 0.5, mid_char=True)), "error", sfx))
        add(Case("truncated", "first-line", reader, _write(text.split("\n")[0][:9]),
                 "any" if doc or reader == "waivers" else "error", sfx))  # 'waivers:' alone is no waivers
        if doc:
            add(Case("truncated", "pdf-half", reader, _write(tiny_pdf()[:300]), "error", ".pdf"))
            add(Case("valid", "pdf", reader, _write(tiny_pdf()), "ok", ".pdf"))
            add(Case("valid", "md", reader, _write(text), "ok", ".md"))
        for name, data in BINARY.items():
            add(Case("binary", name, reader, _write(data), "error", sfx))
            if doc:
                add(Case("binary", name, reader, _write(data), "error", ".pdf"))
        legacy = text if doc else text + "# Södermalm – Kungsholmen\n"
        add(Case("encoding", "latin-1", reader, _write(legacy.encode("latin-1", "replace")), "error", sfx))
        add(Case("encoding", "cp1252", reader, _write(legacy.encode("cp1252", "replace")), "error", sfx))
        add(Case("encoding", "utf-16-bom", reader, _write(text.encode("utf-16")), "error", sfx))
        add(Case("encoding", "utf-16le-no-bom", reader, _write(text.encode("utf-16-le")), "error", sfx))
        add(Case("encoding", "utf-8-bom", reader, _write(b"\xef\xbb\xbf" + text.encode("utf-8")), "ok", sfx))
        limit = LIMITS_MB["text"] * 1_000_000
        add(Case("huge", "just-over-limit", reader, _sparse(limit + 1), "error", sfx))
        add(Case("huge", "200MB", reader, _sparse(200_000_000), "error", sfx))
        add(Case("huge", "10MB-line", reader, _long_line(10_000_000, reader), "error", sfx))
        add(Case("huge", "1MB-line", reader, _long_line(1_000_000, reader), "any", sfx))
        # a valid data file may take the fast reader, which reads larger files than the limit (yaml_io)
        add(Case("huge", "limit-lowered", reader, _padded(text, 600_000, doc),
                 "any" if reader == "dataset" else "error", sfx, env={"SAMVERKAN_MAX_FILE_MB": "0.5"}))
        if doc:
            add(Case("huge", "pdf-over-limit", reader, _sparse(LIMITS_MB["pdf"] * 1_000_000 + 1), "error", ".pdf"))
            add(Case("deep", "pdf-nested-arrays", reader, _write(tiny_pdf(b"/X " + b"[" * 10_000 + b"]" * 10_000)),
                     "any", ".pdf"))
            for cls, kind in (("deep", "nested"), ("huge", "bomb"), ("huge", "length"), ("huge", "shared")):
                name = {"nested": "nested-content", "bomb": "flate-bomb", "length": "declared-length",
                        "shared": "shared-stream"}[kind]
                add(Case(cls, f"pdf-{name}", reader, _write(functools.partial(hostile_pdf, kind)), "error", ".pdf"))
            add(Case("deep", "md-nested-lists", reader,
                     _write("".join("  " * i + "- punkt\n" for i in range(2_000)) + ">" * 10_000 + " citat\n"),
                     "any", ".md"))
            add(Case("deep", "brackets", reader, _write("(" * 10_000 + "[" * 10_000 + SEED), "any", sfx))
        else:
            for kind, levels in (("flow-seq", 10_000), ("flow-map", 10_000), ("block-seq", 10_000),
                                 ("indented-map", 1_500), ("unclosed", 100_000), ("flow-seq", 101)):
                add(Case("deep", f"{kind}-{levels}", reader, _write(deep(kind, levels)), "error", sfx))
            add(Case("alias", "billion-laughs", reader, _write(BILLION_LAUGHS), "error", sfx))
            add(Case("alias", "merge-key", reader, _write(MERGE_TRICK), "error", sfx))
            add(Case("alias", "merge-key-plain", reader, _write("a:\n  <<: {b: 1}\n"), "error", sfx))
            add(Case("alias", "undefined-alias", reader, _write("a: *nothing\n"), "error", sfx))
        for name, value in ODD_IDS.items():
            expect = "any" if reader in ("extract", "waivers", "profile") else "error"  # free text there
            add(Case("odd-id", name, reader, _write(odd_id(reader, value)), expect, sfx))
        for value in BAD_DATES:
            add(Case("bad-date", value, reader, _write(bad_date(reader, value)),
                     "any" if doc or reader == "profile" else "error", sfx))
        for i, (old, new) in enumerate(TYPE_SWAPS.get(reader, [])):
            assert old in text, (reader, old)
            add(Case("type-swap", f"{i}-{new.split(':')[0]}", reader, _write(text.replace(old, new)), "error", sfx))
        for name, value in NUMBERS.items():
            bounded_only = value.isdigit() and len(value) < 30  # a valid YAML integer: only the model bounds it
            add(Case("number", name, reader, _write(bad_number(reader, value)),
                     "any" if doc or (bounded_only and reader != "dataset") else "error", sfx))
        for i, (old, new) in enumerate(COLLECTION_SWAPS.get(reader, [])):
            assert old in text, (reader, old)
            add(Case("collection", f"{i}-{new.split(':')[0].strip()}", reader, _write(text.replace(old, new)),
                     "error", sfx))
        for name, value in PROGRAM_TEXT.items():
            add(Case("program-text", name, reader, _write(program_text(reader, value)), "any" if doc else "ok", sfx))
            if name in ("esc", "c1", "nul"):
                add(Case("program-text", f"{name}-raw", reader, _write(program_text(reader, value, raw=True)),
                         "any" if doc else "error", sfx))
        add(Case("empty", "0-bytes", reader, _write(b""), "error", sfx))
        add(Case("empty", "comment-only", reader, _write("# nothing here\n\n"), "any" if doc else "error", sfx))
        add(Case("empty", "whitespace", reader, _write(" \n\t\n"), "error", sfx))
        add(Case("not-a-file", "directory", reader, _directory, "error", sfx))
        add(Case("not-a-file", "fifo", reader, _fifo, "error", sfx))
        add(Case("not-a-file", "symlink-loop", reader, _loop, "error", sfx))
        add(Case("not-a-file", "dangling-symlink", reader, _dangling, "error", sfx))
        add(Case("not-a-file", "unreadable", reader, _unreadable, "error", sfx, needs="non-root"))
        add(Case("valid", "baseline", reader, _write(text), "ok", sfx))
    return out


# --- how each reader is run ---------------------------------------------------------------------------

def place(case: Case, work: Path) -> tuple[list[str], Path]:
    """Write a case's input below `work` (a fresh folder) and give the command line and the input path."""
    work.mkdir(parents=True, exist_ok=True)
    tiny = work / "tiny"
    if case.reader in ("changeset", "waivers"):
        tiny.mkdir(exist_ok=True)
        (tiny / "register.yaml").write_text(TINY_DATASET, encoding="utf-8")
    folder = work / "in"
    folder.mkdir(exist_ok=True)
    made = case.make(folder)
    target = made.with_name(made.name + case.suffix)
    if made.is_symlink() and made.name == os.readlink(made):  # a loop keeps pointing at itself under its new name
        made.unlink()
        os.symlink(target.name, target)
    else:
        made.rename(target)
    argv = {
        "dataset": ["summary", folder],
        "changeset": ["diff", tiny, "--change", target, "--as-of", AS_OF],
        "profile": ["explain", "SAM040", "--profile", target],
        "waivers": ["check", tiny, "--as-of", AS_OF, "--waivers", target, "--profile", "stockholm-2023"],
        "extract": ["extract", target, "--out", work / "draft"],
    }[case.reader]
    return [str(a) for a in argv], target


# --- the output side: what --out names ------------------------------------------------------------------------

@dataclass
class OutCase:
    """An output target no command may open, replace or write through: `make` prepares it below a work folder
    and gives the command line; `intact` says afterwards that nothing of the user's changed."""

    name: str
    make: Callable[[Path], list[str]]
    intact: Callable[[Path], bool]

    @property
    def id(self) -> str:
        return f"out/{self.name}"


def _data_copy(work: Path) -> Path:
    import shutil

    target = work / "data"
    if not target.exists():
        shutil.copytree(ROOT / "data" / "stockholm", target)
    return target


def _snapshot(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


WRITERS = {  # command line writing one file to TARGET
    "show": ["show", "DATA", "--as-of", AS_OF, "--out", "TARGET"],
    "export": ["export", "DATA", "--format", "graphml", "--out", "TARGET"],
    "diff": ["diff", "DATA", "--change", "DATA/changes/hl-remiss-2019.yaml", "--format", "json", "--out", "TARGET"],
    "impact": ["impact", "DATA", "--remove", "sdf-norrmalm", "--as-of", AS_OF, "--format", "json", "--out", "TARGET"],
    "schema": ["schema", "--out", "TARGET"],
}


def _argv(command: str, data: Path, target: str, *extra: str) -> list[str]:
    return [a.replace("DATA", str(data)).replace("TARGET", target) for a in WRITERS[command]] + list(extra)


def _fifo_out(command: str, force: bool):
    def make(work: Path) -> list[str]:
        data = _data_copy(work)
        os.mkfifo(work / "fifo")
        return _argv(command, data, str(work / "fifo"), *(["--force"] if force else []))
    return make


def _device_out(command: str, device: str):
    return lambda work: _argv(command, _data_copy(work), device, "--force")


def _symlinked_subfolder(work: Path) -> list[str]:
    data = _data_copy(work)
    (work / "snapshot.json").write_text(repr(sorted(_snapshot(data))), encoding="utf-8")
    out = work / "generated"
    out.mkdir()
    (out / "agreements").symlink_to(data / "agreements")
    return ["generate", "--agreements", "1", "--out", str(out), "--force"]


def _hand_added(work: Path) -> list[str]:
    draft = work / "draft"
    if not draft.exists():  # an earlier extraction, then a file of the user's beside its YAML
        from samverkan.extract.run import run_extract

        run_extract(ROOT / "data" / "seeds" / "000_a4b7a08f9bffb6ad.txt", draft, None)
    (draft / "agreements" / "mine.yaml").write_text("# mine\n", encoding="utf-8")
    return ["extract", str(ROOT / "data" / "seeds" / "000_a4b7a08f9bffb6ad.txt"), "--out", str(draft), "--force"]


def out_cases() -> list[OutCase]:
    """FIFOs and device nodes as --out for every single-file writer (with and without --force), a symlinked
    subfolder into another data set, and a hand-added file in a folder --force would replace."""
    import stat

    def still(kind):
        return lambda work, path: kind(os.lstat(path).st_mode)

    out = []
    for command in WRITERS:
        for force in (False, True):
            out.append(OutCase(f"fifo/{command}" + ("/force" if force else ""), _fifo_out(command, force),
                               lambda work: stat.S_ISFIFO(os.lstat(work / "fifo").st_mode)))
        for device in ("/dev/null", "/dev/zero", "/dev/full"):
            out.append(OutCase(f"device{device.replace('/dev', '')}/{command}", _device_out(command, device),
                               lambda work, d=device: stat.S_ISCHR(os.lstat(d).st_mode)))
    out.append(OutCase("symlinked-subfolder/generate", _symlinked_subfolder,
                       lambda work: repr(sorted(_snapshot(work / "data"))) ==
                       (work / "snapshot.json").read_text(encoding="utf-8")))
    out.append(OutCase("hand-added/extract", _hand_added,
                       lambda work: (work / "draft" / "agreements" / "mine.yaml").read_text(encoding="utf-8")
                       == "# mine\n"))
    return out
