"""Older Word documents (.doc), OpenDocument text (.odt) and RTF read through LibreOffice: converted to .docx
in a folder of our own, then read as Word shows it (`extract.word`)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from samverkan.extract.formats import FormatError
from samverkan.io.i18n import Msg

CONVERTED = (".doc", ".odt", ".rtf")
TIMEOUT_S = 180  # LibreOffice's first start in a fresh profile takes seconds; a hung conversion is not waited on


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_of(data: bytes, suffix: str) -> bytes:
    """The document converted to .docx by LibreOffice (headless, a fresh profile). FormatError when LibreOffice
    is missing or cannot read it."""
    program = soffice()
    if program is None:
        raise FormatError(Msg(
            f"{suffix}-filer läses genom LibreOffice, som inte är installerat: installera det "
            "(Debian/Ubuntu: apt-get install libreoffice-writer-nogui) eller spara dokumentet som .docx",
            f"{suffix} files are read through LibreOffice, which is not installed: install it "
            "(Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or save the document as .docx"))
    with tempfile.TemporaryDirectory(prefix="samverkan-office-") as folder:
        work = Path(folder)
        # a copy under a plain name: the user's file is never opened by LibreOffice (no lock file beside it)
        source = work / f"dokument{suffix}"
        source.write_bytes(data)
        command = [program, "--headless", "--norestore", f"-env:UserInstallation={(work / 'profil').as_uri()}",
                   "--convert-to", "docx", "--outdir", str(work / "ut"), str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=TIMEOUT_S, check=False)
        except (subprocess.TimeoutExpired, OSError):
            pass
        converted = work / "ut" / "dokument.docx"
        if not converted.is_file():
            raise FormatError(Msg(
                "LibreOffice kunde inte läsa dokumentet; öppna det i Word eller LibreOffice och spara det som .docx",
                "LibreOffice could not read the document; open it in Word or LibreOffice and save it as .docx"))
        return converted.read_bytes()
