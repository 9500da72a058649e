"""The options before the command: `--version`, a global `--lang`, and the config file's defaults."""

from __future__ import annotations

from typing import Annotated

import typer

from samverkan.cli.common import app, check_lang, fail, h

DEFAULTED = {"data": "path", "profile": "profile"}
"""Config key → the parameter name it gives a default to, in every command that has it."""


def _version(value: bool) -> None:
    if value:
        from samverkan import __version__

        print(f"samverkan {__version__}")
        raise typer.Exit(0)


def _defaults(command, values: dict[str, str]) -> dict:
    """click's default_map for a command tree: each parameter named in `values`, where the command has it."""
    found = {}
    for name, sub in getattr(command, "commands", {}).items():
        if getattr(sub, "commands", None):
            found[name] = _defaults(sub, values)
        else:
            params = {p.name for p in sub.params}
            found[name] = {k: v for k, v in values.items() if k in params}
    return found


@app.callback()
def root(
    ctx: typer.Context,
    lang: Annotated[str | None, typer.Option("--lang", help=h(
        "språk för hjälp och utdata i alla kommandon: sv eller en (eller SAMVERKAN_LANG)",
        "language of help and output in every command: sv or en (or SAMVERKAN_LANG)"))] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help=h(
        "visa versionen och avsluta", "show the version and exit"))] = False,
) -> None:
    from samverkan.io.config import ConfigFileError, load_config

    if lang is not None:
        ctx.meta["samverkan.lang"] = check_lang(lang)
    try:
        config = load_config()
    except ConfigFileError as exc:
        from samverkan.cli.common import HELP_LANG  # the command's own --lang is not parsed yet

        raise fail(exc.message, lang or HELP_LANG) from None
    ctx.meta["samverkan.config"] = config
    values = {param: getattr(config, key) for key, param in DEFAULTED.items() if getattr(config, key)}
    if values:
        ctx.default_map = {**(ctx.default_map or {}), **_defaults(ctx.command, values)}
