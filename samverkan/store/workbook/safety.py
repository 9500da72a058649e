"""What is checked before a workbook is handed to openpyxl: that it is a regular file below the size limit, an
.xlsx (a zip holding xl/workbook.xml, not an .xls, .ods, .csv or anything else renamed), that the sizes its zip
declares unpacked stay below a limit (a zip bomb is refused before a byte is unpacked; Python's zipfile never
unpacks more than an entry declares), that no XML part declares a DOCTYPE (entity expansion) and that no sheet has
more rows than the limit (counted by streaming the sheet, stopping at the limit).
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path
from xml.etree.ElementTree import iterparse

from samverkan.io.i18n import Msg
from samverkan.io.inputs import InputFileError, read_bytes

MAX_UNPACKED = 100_000_000
"""Bytes the zip may declare unpacked, all parts together (the Stockholm data set: about 1 MB)."""
MAX_ROWS = 50_000
"""Rows per sheet (the Stockholm data set's largest sheet, Källor: under 500)."""
ROWS_ENV = "SAMVERKAN_MAX_ROWS"


def max_rows() -> int:
    try:
        return int(os.environ.get(ROWS_ENV, "") or MAX_ROWS)
    except ValueError:
        return MAX_ROWS


class Refused(Exception):
    """The file is not a workbook that may be opened: what is wrong and what to do."""

    def __init__(self, message: Msg, suggestion: Msg | None = None):
        super().__init__(message.en)
        self.message = message
        self.suggestion = suggestion


SAVE_AS = Msg("öppna den i Excel eller LibreOffice och spara som Excel-arbetsbok (.xlsx)",
              "open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)")


def workbook_bytes(path: Path) -> bytes:
    """The bytes of a file that may safely be opened as a workbook; Refused otherwise."""
    try:
        data = read_bytes(path, "workbook", Msg("arbetsboken", "the workbook"))
    except InputFileError as exc:
        raise Refused(exc.problem.message, exc.problem.suggestion) from None
    if not data.startswith(b"PK"):
        raise Refused(_what_else(data), SAVE_AS)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise Refused(Msg("filen är en skadad zip-fil, inte en läsbar arbetsbok",
                          "the file is a damaged zip file, not a readable workbook"), SAVE_AS) from None
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names:
        kind = (Msg("ett OpenDocument-kalkylark (.ods)", "an OpenDocument spreadsheet (.ods)")
                if "content.xml" in names else Msg("ett zip-arkiv", "a zip archive"))
        raise Refused(Msg(f"filen är {kind.sv}, inte en Excel-arbetsbok", f"the file is {kind.en}, not an Excel "
                          "workbook"), SAVE_AS)
    unpacked = sum(i.file_size for i in infos)
    if unpacked > MAX_UNPACKED:
        raise Refused(Msg(f"arbetsboken packas upp till {unpacked:,} byte, mer än gränsen {MAX_UNPACKED:,} "
                          "(en zip-bomb eller en mycket stor arbetsbok)".replace(",", " "),
                          f"the workbook unpacks to {unpacked:,} bytes, more than the limit of {MAX_UNPACKED:,} "
                          "(a zip bomb or a very large workbook)"),
                      Msg("dela upp den i flera arbetsböcker, en per överenskommelse",
                          "split it into several workbooks, one per agreement"))
    if any(i.flag_bits & 0x1 for i in infos):
        raise Refused(Msg("arbetsboken är krypterad", "the workbook is encrypted"),
                      Msg("spara den utan lösenord", "save it without a password"))
    try:
        for info in infos:
            if info.filename.endswith((".xml", ".rels")):
                with archive.open(info) as part:
                    head = part.read(4096)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise Refused(Msg(f"delen {info.filename} deklarerar en DOCTYPE, vilket en arbetsbok inte gör",
                                      f"the part {info.filename} declares a DOCTYPE, which a workbook does not"),
                                  SAVE_AS)
        _count_rows(archive)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise Refused(Msg(f"arbetsboken är skadad ({exc})", f"the workbook is damaged ({exc})"), SAVE_AS) from None
    return data


def _what_else(data: bytes) -> Msg:
    if not data:
        return Msg("filen är tom", "the file is empty")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return Msg("filen är en äldre Excel-fil (.xls, Excel 97–2003) eller en lösenordsskyddad arbetsbok, "
                   "inte en .xlsx", "the file is an older Excel file (.xls, Excel 97-2003) or a password-protected "
                   "workbook, not an .xlsx")
    head = data[:4096]
    if b"\x00" not in head:
        try:
            text = head.decode("utf-8")
        except UnicodeDecodeError:
            text = head.decode("latin-1")
        if text.lstrip().startswith("<"):
            return Msg("filen är XML eller HTML, inte en .xlsx", "the file is XML or HTML, not an .xlsx")
        if any(sep in text for sep in (",", ";", "\t")):
            return Msg("filen är text (troligen CSV), inte en .xlsx", "the file is text (CSV, it seems), not an "
                       ".xlsx")
        return Msg("filen är text, inte en .xlsx", "the file is text, not an .xlsx")
    return Msg("filen är ingen Excel-arbetsbok (.xlsx)", "the file is not an Excel workbook (.xlsx)")


_REL = re.compile(r'Id="([^"]+)"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="([^"]+)"')
_SHEET = re.compile(r'<(?:\w+:)?sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]+)"')


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Zip part of each sheet → its name (from xl/workbook.xml and its relationships)."""
    try:
        rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
        book = archive.read("xl/workbook.xml").decode("utf-8", "replace")
    except KeyError:
        return {}
    targets = {}
    for m in _REL.finditer(rels):
        rid, target = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        targets[rid] = target.lstrip("/") if target.startswith("/") else "xl/" + target
    return {targets[rid]: name for name, rid in _SHEET.findall(book) if rid in targets}


def _count_rows(archive: zipfile.ZipFile) -> None:
    limit = max_rows()
    for part, name in _sheet_parts(archive).items():
        if part not in archive.namelist():
            continue
        rows = 0
        with archive.open(part) as stream:
            try:
                for _, element in iterparse(stream, events=("end",)):
                    if element.tag.endswith("}row") or element.tag == "row":
                        rows += 1
                        if rows > limit:
                            raise Refused(
                                Msg(f"bladet {name} har fler än {limit:,} rader".replace(",", " "),
                                    f"the sheet {name} has more than {limit:,} rows"),
                                Msg(f"dela upp arbetsboken, eller höj gränsen med {ROWS_ENV}=N",
                                    f"split the workbook, or raise the limit with {ROWS_ENV}=N"))
                    element.clear()
            except SyntaxError:
                raise Refused(Msg(f"bladet {name} är inte läsbar XML", f"the sheet {name} is not readable XML"),
                              SAVE_AS) from None
