"""Reading one input file the user named, safely: a regular file, below a size limit, UTF-8 text.

Every reader of a file (the YAML of data sets, change sets, profiles and waivers; the documents of
`extract`) goes through `read_bytes` and `decode`, so a folder, a FIFO (which would block), a symlink loop,
an unreadable or a huge file, a binary file or one saved in another encoding gives one located problem
(file, line where there is one, what is wrong and what to do) instead of a hang, a traceback or a memory
blow-up. Depends on nothing in samverkan but `i18n`.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from samverkan.io.i18n import Msg

LIMIT_ENV = "SAMVERKAN_MAX_FILE_MB"
"""Environment variable that raises (or lowers) the size limits, in megabytes, for every kind of input."""
LIMITS_MB = {"text": 5, "pdf": 50, "workbook": 20}
"""Default limits: a YAML or text file of 5 MB is 60 times the largest real data file (and takes about
0.4 GB to parse); a PDF may carry images; a workbook (.xlsx) is compressed XML."""

_MAGIC = [  # (prefix, what it is)
    (b"\x89PNG\r\n\x1a\n", Msg("en PNG-bild", "a PNG image")),
    (b"\xff\xd8\xff", Msg("en JPEG-bild", "a JPEG image")),
    (b"GIF8", Msg("en GIF-bild", "a GIF image")),
    (b"PK\x03\x04", Msg("ett ZIP-arkiv (t.ex. .docx, .xlsx, .odt)", "a ZIP archive (e.g. .docx, .xlsx, .odt)")),
    (b"\x1f\x8b", Msg("en gzip-komprimerad fil", "a gzip-compressed file")),
    (b"\x7fELF", Msg("ett program (ELF)", "a program (ELF)")),
    (b"MZ", Msg("ett Windows-program", "a Windows program")),
    (b"%PDF-", Msg("en PDF-fil", "a PDF file")),
    (b"\xd0\xcf\x11\xe0", Msg("ett äldre Office-dokument (.doc, .xls)", "an older Office document (.doc, .xls)")),
]


@dataclass(frozen=True)
class Problem:
    """What is wrong with an input file: line and column (1-based) where there is one, message, what to do."""

    line: int | None
    column: int | None
    message: Msg
    suggestion: Msg


class InputFileError(Exception):
    def __init__(self, problem: Problem):
        super().__init__(problem.message.en)
        self.problem = problem


def limit_bytes(kind: str = "text") -> int:
    """The size limit for a kind of input ('text' or 'pdf'), from SAMVERKAN_MAX_FILE_MB if it is set."""
    value = os.environ.get(LIMIT_ENV, "").strip()
    try:
        mb = float(value) if value else LIMITS_MB[kind]
    except ValueError:
        mb = LIMITS_MB[kind]
    return int(mb * 1_000_000)


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f}".rstrip("0").rstrip(".")


def read_bytes(path: Path, kind: str = "text", what: Msg = Msg("filen", "the file")) -> bytes:
    """The bytes of a regular file below the size limit of `kind`; InputFileError otherwise (never blocks)."""
    try:
        info = os.stat(path)  # follows symlinks: a loop is ELOOP, a dangling link ENOENT
    except FileNotFoundError:
        raise InputFileError(Problem(None, None, Msg("filen finns inte", "the file does not exist"),
                                     Msg("kontrollera sökvägen", "check the path"))) from None
    except OSError as exc:
        raise InputFileError(_os_problem(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputFileError(Problem(None, None, Msg("är en mapp, inte en fil", "is a folder, not a file"),
                                     Msg("ange en fil", "give a file")))
    if not stat.S_ISREG(info.st_mode):
        kind_name = (Msg("en namngiven rörledning (FIFO)", "a named pipe (FIFO)") if stat.S_ISFIFO(info.st_mode)
                     else Msg("en socket", "a socket") if stat.S_ISSOCK(info.st_mode)
                     else Msg("en enhetsfil", "a device file"))
        raise InputFileError(Problem(None, None, Msg(f"är {kind_name.sv}, inte en vanlig fil",
                                                     f"is {kind_name.en}, not a regular file"),
                                     Msg("spara innehållet i en vanlig fil och ange den",
                                         "save the content to a regular file and give that")))
    limit = limit_bytes(kind)
    if info.st_size > limit:
        size = f"{_mb(info.st_size)} MB" if _mb(info.st_size) != _mb(limit) else f"{info.st_size} byte"
        raise InputFileError(Problem(None, None, Msg(
            f"{what.sv} är {size}, mer än gränsen {_mb(limit)} MB",
            f"{what.en} is {size}s, more than the limit of {_mb(limit)} MB".replace("MBs", "MB")),
            Msg(f"dela upp den i mindre filer, eller höj gränsen med {LIMIT_ENV}={int(info.st_size / 1e6) + 1}",
                f"split it into smaller files, or raise the limit with {LIMIT_ENV}={int(info.st_size / 1e6) + 1}")))
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)  # the file may have grown since stat
    except OSError as exc:
        raise InputFileError(_os_problem(exc)) from None
    if len(data) > limit:
        raise InputFileError(Problem(None, None, Msg(f"{what.sv} är större än gränsen {_mb(limit)} MB",
                                                     f"{what.en} is larger than the limit of {_mb(limit)} MB"),
                                     Msg(f"höj gränsen med {LIMIT_ENV}", f"raise the limit with {LIMIT_ENV}")))
    return data


def _os_problem(exc: OSError) -> Problem:
    if exc.errno == errno.ELOOP:
        return Problem(None, None, Msg("symboliska länkar i en slinga", "symbolic links in a loop"),
                       Msg("rätta länken så att den pekar på en fil", "fix the link so that it points to a file"))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Problem(None, None, Msg("saknar behörighet att läsa filen", "no permission to read the file"),
                       Msg("ändra filens rättigheter (chmod u+r) eller kör som en användare som får läsa den",
                           "change its permissions (chmod u+r) or run as a user who may read it"))
    if exc.errno == errno.EISDIR:
        return Problem(None, None, Msg("är en mapp, inte en fil", "is a folder, not a file"),
                       Msg("ange en fil", "give a file"))
    reason = exc.strerror or type(exc).__name__
    return Problem(None, None, Msg(f"kan inte läsa filen: {reason}", f"cannot read the file: {reason}"),
                   Msg("kontrollera filen och sökvägen", "check the file and the path"))


def sniff(data: bytes) -> Msg | None:
    """What a binary file is (by its first bytes), or None when it may be text."""
    for prefix, name in _MAGIC:
        if data.startswith(prefix):
            return name
    return None


def decode(data: bytes, save_as: Msg = Msg("spara filen som UTF-8", "save the file as UTF-8")) -> str:
    """UTF-8 text (a UTF-8 byte order mark is fine and kept); InputFileError with the line of the first
    byte that is not UTF-8, and a guess of what the file is (UTF-16, Latin-1/Windows-1252, binary)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problem = _undecodable(data, exc, save_as)
    else:
        if "\x00" not in text:
            return text
        problem = _undecodable(data, None, save_as)
    raise InputFileError(problem)


def _undecodable(data: bytes, exc: UnicodeDecodeError | None, save_as: Msg) -> Problem:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(data):
        width = "32" if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")) else "16"
        return Problem(1, 1, Msg(f"filen är kodad som UTF-{width}, inte UTF-8",
                                 f"the file is encoded as UTF-{width}, not UTF-8"), save_as)
    name = sniff(data)
    if name is not None:
        return Problem(None, None, Msg(f"filen är {name.sv}, inte text", f"the file is {name.en}, not text"),
                       Msg("ange rätt fil", "give the right file"))
    start = exc.start if exc is not None else data.index(b"\x00")
    line = data.count(b"\n", 0, start) + 1
    line_start = data.rfind(b"\n", 0, start) + 1
    column = len(data[line_start:start].decode("utf-8", "replace")) + 1
    byte = data[start]
    if exc is None or b"\x00" in data[:8192]:
        return Problem(line, column, Msg(f"filen är binär, inte text (byte 0x{byte:02X})",
                                         f"the file is binary, not text (byte 0x{byte:02X})"),
                       Msg("ange en textfil", "give a text file"))
    guess = Msg("", "")
    try:
        legacy = data.decode("cp1252")
    except UnicodeDecodeError:
        legacy = None
    if legacy is not None and any(c in legacy for c in "åäöÅÄÖéü"):
        guess = Msg("; den verkar vara sparad som Latin-1/Windows-1252",
                    "; it seems to be saved as Latin-1/Windows-1252")
    return Problem(line, column, Msg(f"filen är inte UTF-8 (byte 0x{byte:02X}){guess.sv}",
                                     f"the file is not UTF-8 (byte 0x{byte:02X}){guess.en}"), save_as)


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a byte order mark: mostly text with a NUL in every other byte."""
    head = data[:4096]
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return (even.count(0) > 0.4 * len(even)) != (odd.count(0) > 0.4 * len(odd))
