"""Defaults from a config file in the working directory: `samverkan.toml`, else `[tool.samverkan]` in
`pyproject.toml`. Keys: profile, data, lang. An unknown key or a wrong value is a ConfigFileError with file and
line. Command-line options win over `SAMVERKAN_LANG`, which wins over the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from samverkan.io.i18n import Msg

KEYS = ("data", "lang", "profile")
LANGS = ("sv", "en")


class ConfigFileError(Exception):
    def __init__(self, message: Msg):
        self.message = message
        super().__init__(message.en)


@dataclass(frozen=True)
class Config:
    source: Path | None = None
    profile: str | None = None
    data: str | None = None
    lang: str | None = None


def _line_of(text: str, key: str, section: str | None) -> int:
    """The line of `key = ...` (inside `[section]` when given); 1 when it cannot be told."""
    inside = section is None
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = section is None or stripped == f"[{section}]"
            continue
        if inside and re.match(rf'^["\']?{re.escape(key)}["\']?\s*=', stripped):
            return number
    return 1


def find_config(folder: Path | None = None) -> tuple[Path, dict, str | None] | None:
    """(file, its samverkan table, the table's section name) from the working directory, or None."""
    import tomllib

    folder = Path.cwd() if folder is None else folder
    for name, section in (("samverkan.toml", None), ("pyproject.toml", "tool.samverkan")):
        path = folder / name
        if not path.is_file():
            continue
        try:
            doc = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigFileError(Msg(f"{path.name}: går inte att läsa som TOML: {exc}",
                                      f"{path.name}: cannot be read as TOML: {exc}")) from None
        table = doc if section is None else doc.get("tool", {}).get("samverkan")
        if table is None:
            continue
        return path, table, section
    return None


def load_config(folder: Path | None = None) -> Config:
    """The defaults of the config file in `folder` (the working directory), or no defaults."""
    found = find_config(folder)
    if found is None:
        return Config()
    path, table, section = found
    text = path.read_text(encoding="utf-8")
    where = f"[{section}] " if section else ""
    for key, value in table.items():
        line = _line_of(text, key, section)
        if key not in KEYS:
            raise ConfigFileError(Msg(
                f"{path.name}:{line}: {where}okänd nyckel '{key}'; kända: {', '.join(KEYS)}",
                f"{path.name}:{line}: {where}unknown key '{key}'; known: {', '.join(KEYS)}"))
        if not isinstance(value, str) or not value.strip():
            raise ConfigFileError(Msg(f"{path.name}:{line}: {key} ska vara en text, t.ex. {key} = \"...\"",
                                      f"{path.name}:{line}: {key} must be a string, e.g. {key} = \"...\""))
        if key == "lang" and value not in LANGS:
            raise ConfigFileError(Msg(f"{path.name}:{line}: lang = '{value}': välj sv eller en",
                                      f"{path.name}:{line}: lang = '{value}': choose sv or en"))
    return Config(path, table.get("profile"), table.get("data"), table.get("lang"))
