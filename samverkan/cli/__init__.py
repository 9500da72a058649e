"""The command line: one thin module per command; each registers itself on the typer app of `common`.

User-facing text is Swedish by default and English with `--lang en`; help text follows `--lang`
too (it is picked before typer parses, from the command line or SAMVERKAN_LANG).
"""

import sys

from samverkan.cli import (  # noqa: F401  (importing a command module registers it)
    audit,
    check,
    common,
    deadlines,
    export,
    extract,
    generate,
    import_workbook,
    neo4j,
    report,
    root,
    schema,
    show,
    summary,
    template,
    whatif,
)
from samverkan.cli.common import app

__all__ = ["app", "main"]


def main() -> None:
    common.WHOLE_PROCESS = True
    try:
        app(prog_name="samverkan")
        sys.stdout.flush()
    except OSError as exc:  # standard output: a full disk, a closed pipe (files written are handled per command)
        _output_failed(exc)


def _output_failed(exc: OSError) -> None:
    """Standard output could not be written: one line on standard error (nothing for a reader that went away,
    as in `| head`), exit 2; standard output goes to /dev/null so the interpreter's last flush stays quiet."""
    import errno
    import os

    from samverkan.io.i18n import Msg

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except OSError:
        pass
    if exc.errno != errno.EPIPE:
        reason = exc.strerror or str(exc)
        sys.stderr.write(Msg(f"kunde inte skriva till standard ut: {reason}",
                             f"could not write to standard output: {reason}").get(common.HELP_LANG) + "\n")
    raise SystemExit(2)
