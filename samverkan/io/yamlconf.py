"""Reading the rules' own YAML files (profiles, waivers) with problems located by file, line and column.

A thin layer over `samverkan.io.yamlsource`, which every reader of the project's YAML shares.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from samverkan.io.suggest import suggest as closest
from samverkan.io.yamlsource import InputError, pydantic_problems, read_located
from samverkan.io.yamlsource import Located as ConfigProblem
from samverkan.io.yamlsource import to_plain as plain

__all__ = ["ConfigError", "ConfigProblem", "closest", "locate_error", "plain", "read_yaml"]


class ConfigError(InputError):
    """A broken profile or waiver file; the CLI prints the problems and exits with status 2."""


def read_yaml(path: Path):
    """Parse one YAML file with line information; refuse tags; raise ConfigError on any problem."""
    doc, problems = read_located(path)
    if problems:
        raise ConfigError(problems)
    return doc


def locate_error(display: str, node, prefix: tuple, exc: ValidationError | None,
                 err: dict | None = None) -> list[ConfigProblem]:
    """Pydantic errors as located problems: each error's location walked into the YAML node."""
    return pydantic_problems(display, node, exc, prefix=prefix, errors=[err] if err is not None else None)
