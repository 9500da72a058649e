"""One cell's value both ways: what the writer puts in a cell, and what the reader takes out of it.

The writer checks each value against the reader (`text_cell`, `texts_cell`, `number_cell`): where the plain
form would not read back as the same value (an empty text, a text that looks like JSON, a list item with a line
break, a float Excel would round, an integer beyond 15 digits), it writes an explicit form the reader also
understands (a JSON string or list; a number as text). So the round trip is exact whatever the text holds.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re

from samverkan.io.i18n import Msg
from samverkan.store.workbook.columns import NO, YES


class CellError(Exception):
    """A cell that cannot be read as its column asks: what is wrong and what to do."""

    def __init__(self, message: Msg, suggestion: Msg | None = None):
        super().__init__(message.en)
        self.message = message
        self.suggestion = suggestion


# --- text ------------------------------------------------------------------------------------------


def read_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) >= 2 and value[0] == value[-1] == '"':
            try:
                decoded = json.loads(value)
            except ValueError:
                return value
            return decoded if isinstance(decoded, str) else value
        return value
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def text_cell(value: str | None) -> str | None:
    if value is None:
        return None
    plain_ok = value != "" and read_text(value) == value  # an empty cell reads as nothing, not as ''
    return value if plain_ok else json.dumps(value, ensure_ascii=False)


def read_texts(value) -> list[str]:
    text = read_text(value)
    if text is None:
        return []
    if text.startswith("["):
        try:
            decoded = json.loads(text)
        except ValueError:
            decoded = None
        if isinstance(decoded, list) and all(isinstance(x, str) for x in decoded):
            return decoded
    return [line.strip() for line in text.splitlines() if line.strip()]


def texts_cell(items: list[str]) -> str | None:
    if not items:
        return None
    joined = "\n".join(items)
    return joined if read_texts(joined) == items else json.dumps(items, ensure_ascii=False)


# --- numbers, dates, yes/no ------------------------------------------------------------------------

_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")


def read_number(value, integer: bool) -> int | float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellError(Msg("väntade ett tal, fick ja/nej", "expected a number, got yes/no"),
                        Msg("skriv ett tal", "write a number"))
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if not _NUMBER.match(text):
            raise CellError(Msg(f"'{value}' är inget tal", f"'{value}' is not a number"),
                            Msg("skriv ett tal, t.ex. 4 eller 0,5", "write a number, e.g. 4 or 0.5"))
        text = text.replace(",", ".")
        value = int(text) if integer and re.fullmatch(r"[+-]?\d+", text) else float(text)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        raise CellError(Msg("väntade ett tal, fick ett datum", "expected a number, got a date"),
                        Msg("formatera cellen som tal och skriv talet", "format the cell as a number and write it"))
    if integer:
        if isinstance(value, float):
            if not value.is_integer():
                raise CellError(Msg(f"väntade ett heltal, fick {value}", f"expected a whole number, got {value}"),
                                Msg("skriv ett heltal", "write a whole number"))
            value = int(value)
        return value
    if not isinstance(value, (int, float)):
        raise CellError(Msg("väntade ett tal", "expected a number"), Msg("skriv ett tal", "write a number"))
    return float(value)


def number_cell(value: int | float | None):
    """A number as Excel keeps it (15 significant digits, as openpyxl writes it), or as text where it would not."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value if abs(value) < 10**15 else str(value)
    if math.isfinite(value) and float(f"{value:.15g}") == value:
        return value
    return repr(value)


def read_date(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.time() != dt.time():
            raise CellError(Msg(f"{value} har ett klockslag", f"{value} has a time of day"),
                            Msg("skriv bara datumet, ÅÅÅÅ-MM-DD", "write the date only, YYYY-MM-DD"))
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise CellError(Msg(f"'{value}' är inget datum", f"'{value}' is not a date"),
                            Msg("skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-01-01",
                                "write the date as YYYY-MM-DD, e.g. 2024-01-01")) from None
    raise CellError(Msg(f"väntade ett datum, fick {value!r}", f"expected a date, got {value!r}"),
                    Msg("skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-01-01",
                        "write the date as YYYY-MM-DD, e.g. 2024-01-01"))


def read_bool(value) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().casefold()
        if word in YES:
            return True
        if word in NO:
            return False
    raise CellError(Msg(f"'{value}' är varken ja eller nej", f"'{value}' is neither yes nor no"),
                    Msg("skriv ja eller nej", "write yes or no"))


def bool_cell(value: bool | None, lang: str) -> str | None:
    if value is None:
        return None
    return ("yes" if value else "no") if lang == "en" else ("ja" if value else "nej")


# --- a statement's value ----------------------------------------------------------------------------


def value_type_of(value) -> str:
    return "bool" if isinstance(value, bool) else "int" if isinstance(value, int) else (
        "float" if isinstance(value, float) else "str")


def value_cell(value, lang: str):
    kind = value_type_of(value)
    if kind == "bool":
        return bool_cell(value, lang)
    if kind in ("int", "float"):
        return number_cell(value)
    return text_cell(value)


def read_value(value, kind: str | None):
    """A statement's value as its type column says, or as the cell holds it when the type is empty."""
    if kind is None:
        if isinstance(value, (bool, int, float)):
            return value
        if isinstance(value, (dt.date, dt.datetime)):
            return read_text(value)
        return read_text(value)
    if kind == "bool":
        return read_bool(value)
    if kind in ("int", "float"):
        return read_number(value, integer=kind == "int")
    return read_text(value)
