"""The command line: one thin module per command; each registers itself on the typer app of `common`.

User-facing text is Swedish by default and English with `--lang en`; help text follows `--lang`
too (it is picked before typer parses, from the command line or SAMVERKAN_LANG).
"""

from samverkan.cli import (  # noqa: F401  (importing a command module registers it)
    audit,
    check,
    common,
    export,
    extract,
    generate,
    neo4j,
    root,
    schema,
    show,
    summary,
    whatif,
)
from samverkan.cli.common import app

__all__ = ["app", "main"]


def main() -> None:
    common.WHOLE_PROCESS = True
    app(prog_name="samverkan")
