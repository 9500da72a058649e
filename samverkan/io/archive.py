"""Office files with the same bytes for the same content (a leaf module): a .xlsx or .docx is a zip archive, and zip
stores the time each entry was written; Office documents also carry their own created and modified times.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
"""The earliest time zip can store: every entry gets it."""


def fixed_zip(blob: bytes, mode: int = 0o600) -> bytes:
    """The same archive with every entry dated ZIP_TIME, compressed, with the file permissions `mode`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(blob)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = mode << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def xlsx_bytes(wb, title: str, moment: dt.datetime) -> bytes:
    """An openpyxl workbook's bytes: written by 'samverkan', created and modified at `moment` (never openpyxl's
    'modified = now'), every zip entry with a fixed time."""
    from openpyxl.writer.excel import ExcelWriter

    wb.properties.creator = "samverkan"
    wb.properties.lastModifiedBy = "samverkan"
    wb.properties.title = title
    wb.properties.created = moment
    wb.properties.modified = moment
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as archive:  # fixed_zip compresses it, once
        ExcelWriter(wb, archive).save()
    return fixed_zip(raw.getvalue())
