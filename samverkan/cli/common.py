"""What every command shares: the typer app, its common options, loading and writing with clear errors.

User-facing text is Swedish by default and English with `--lang en`; help text follows `--lang`
too (it is picked before typer parses, from the command line or SAMVERKAN_LANG).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from samverkan.io.i18n import Msg


def _help_lang(argv: list[str]) -> str:
    """The language of help text: --lang on the command line, else SAMVERKAN_LANG, else the config file."""
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    if os.environ.get("SAMVERKAN_LANG"):
        return os.environ["SAMVERKAN_LANG"]
    from samverkan.io.config import ConfigFileError, load_config

    try:
        return load_config().lang or "sv"
    except (ConfigFileError, OSError):
        return "sv"  # the app's callback reports it


HELP_LANG = "en" if _help_lang(sys.argv[1:]) == "en" else "sv"


def h(sv: str, en: str) -> str:
    """Help text in the language of this invocation."""
    return en if HELP_LANG == "en" else sv


app = typer.Typer(
    help=h(
        "samverkan: samverkansöverenskommelserna mellan Stockholms stad och Polisregion Stockholm som en graf, "
        "med kontroller av att styrningen hänger ihop.",
        "samverkan: the cooperation agreements between Stockholms stad and Polisregion Stockholm as a graph, "
        "checked for governance that holds together.",
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)



class TerminalConsole(Console):
    """The consoles of every command. Data text may hold '[...]' and ':100:': never read it as rich markup
    nor emoji codes (`file.yaml:100:63:` stays a location), never colour numbers in it. Every piece of text
    passes samverkan.io.sanitise.for_terminal on its way out (an ESC or bidi control in a name cannot move
    the cursor or hide a line). Piped into a file or another program, lines are never cut (no width limit)."""

    def __init__(self, **kwargs):
        super().__init__(soft_wrap=True, markup=False, highlight=False, emoji=False, **kwargs)
        if not self.is_terminal and "COLUMNS" not in os.environ:
            self.width = PIPED_WIDTH

    def _render_buffer(self, buffer):
        from rich.segment import Segment

        from samverkan.io.sanitise import for_terminal

        return super()._render_buffer(
            s if s.control else Segment(for_terminal(s.text), s.style, s.control) for s in buffer)


PIPED_WIDTH = 10_000
"""Wide enough for every table row of `summary`: a pipe has no width, and a cut id or date is wrong data."""

out = TerminalConsole()
err = TerminalConsole(stderr=True)


def counted(step, total: int, words: Msg, lang: str):
    """`step` that advances a progress bar on standard error while it is called `total` times; on a terminal
    only (a pipe or a log gets no bar), and the bar goes away when done."""
    if not err.is_terminal or total < 2:
        return step
    from rich.progress import Progress

    bar = Progress(console=err, transient=True)
    task = bar.add_task(words.get(lang), total=total)
    bar.start()

    def advanced(*args, **kwargs):
        try:
            result = step(*args, **kwargs)
        except BaseException:
            bar.stop()
            raise
        bar.advance(task)
        if bar.tasks[0].completed >= total:
            bar.stop()
        return result

    return advanced



def default_lang(ctx: typer.Context | None = None) -> str:
    """The language when a command has no --lang of its own: the global --lang (`samverkan --lang en check`),
    else SAMVERKAN_LANG, else `lang` in the config file, else Swedish."""
    root = ctx.find_root() if ctx is not None else None
    if root is not None and root.meta.get("samverkan.lang"):
        return root.meta["samverkan.lang"]
    if os.environ.get("SAMVERKAN_LANG"):
        return os.environ["SAMVERKAN_LANG"]
    if root is not None and root.meta.get("samverkan.config") is not None:
        return root.meta["samverkan.config"].lang or "sv"
    return "sv"


def _checked_lang(ctx: typer.Context, param: typer.CallbackParam, value: str) -> str:
    """A command's --lang: `default_lang` when not given; sv or en, else exit 2 (every command's first check)."""
    source = ctx.get_parameter_source(param.name)
    if source is None or source.name == "DEFAULT":
        value = default_lang(ctx)
    return check_lang(value)


Lang = Annotated[str, typer.Option("--lang", callback=_checked_lang, help=h(
    "språk: sv eller en (standard: samverkan --lang, SAMVERKAN_LANG eller konfigurationsfilen, annars sv)",
    "language: sv or en (default: samverkan --lang, SAMVERKAN_LANG or the config file, else sv)"))]
DataPath = Annotated[Path, typer.Argument(help=h("mappen med datamängden", "the data set folder"))]
Format = Annotated[str, typer.Option("--format", "-f", help=h("utdataformat", "output format"))]
WaiversOption = Annotated[Path | None, typer.Option("--waivers", help=h(
        "YAML-fil med godtagna fynd (rule, subject, reason, decided_by, expires)",
        "YAML file of accepted findings (rule, subject, reason, decided_by, expires)"))]
ProfileOption = Annotated[str | None, typer.Option("--profile", help=h(
    "profil (namn eller fil); standard: profilen för den stadsövergripande överenskommelse som gäller vid --as-of "
    "(stockholm-2019, stockholm-2023)", "profile (name or file); default: the profile of the city-wide agreement in "
    "force at --as-of (stockholm-2019, stockholm-2023)"))]
ShowPeople = Annotated[bool, typer.Option("--show-people", help=h(
    "visa personnamn och kontaktuppgifter (personuppgifter); annars står rollernas titlar i deras ställe",
    "show person names and contact details (personal data); otherwise the titles of their roles stand in "
    "their place"))]


def fail(message: Msg, lang: str, code: int = 2) -> typer.Exit:
    err.print(message.get(lang))
    return typer.Exit(code)


def problems_exit(exc, lang: str, what: Msg) -> typer.Exit:
    """Print every located problem of invalid input (data set, change set, profile, waivers), then `what`;
    exit status 2."""
    for problem in exc.problems[:MAX_PROBLEMS_SHOWN]:
        err.print(problem.render(lang))
    hidden = len(exc.problems) - MAX_PROBLEMS_SHOWN
    if hidden > 0:
        err.print(Msg(f"… och {hidden} fel till (rätta dem ovan först)",
                      f"… and {hidden} more problems (fix the ones above first)").get(lang))
    return fail(what, lang)


MAX_PROBLEMS_SHOWN = 200


def check_lang(lang: str) -> str:
    if lang not in ("sv", "en"):
        raise fail(Msg(f"okänt språk '{lang}': välj sv eller en", f"unknown language '{lang}': choose sv or en"), "sv")
    return lang


def check_choice(value: str, choices: tuple[str, ...], option: str, lang: str) -> str:
    if value not in choices:
        raise fail(Msg(f"{option}: okänt värde '{value}'; välj {', '.join(choices)}",
                       f"{option}: unknown value '{value}'; choose {', '.join(choices)}"), lang)
    return value


def load_or_exit(path: Path, lang: str):
    """Load a data set; on invalid input print every problem (file:line:col) and exit 2."""
    return load_with_sources_or_exit(path, lang)[0]


def load_with_sources_or_exit(path: Path, lang: str):
    """A data set and where each entity sits in its files (SourceMap); exit 2 on invalid input."""
    from samverkan.store.yaml_io import LoadError, load_dataset

    try:
        return load_dataset(path, for_process_lifetime=WHOLE_PROCESS)
    except LoadError as exc:
        count = len(exc.problems)
        raise problems_exit(exc, lang, Msg(f"{count} fel; inget gjordes.", f"{count} error(s); nothing was done.")) \
            from None


def inputs_of(*paths) -> tuple:
    """The existing input files and folders among a command's arguments (see samverkan.io.outputs)."""
    from samverkan.io.outputs import inputs_of as existing

    return tuple(existing(*paths))


def write_text_safely(target: Path, text: str | bytes, force: bool, lang: str, inputs: tuple = ()) -> None:
    """Write a file, never overwriting a different existing file unless --force or the user agrees."""
    write_files_safely({target: text}, force, lang, inputs)


def write_files_safely(files: dict[Path, str | bytes], force: bool, lang: str, inputs: tuple = ()) -> None:
    """Write files, never overwriting different existing ones unless --force or the user agrees (asked once,
    on a terminal); nothing is written when the answer is no. No file may be one of the command's `inputs` or
    lie inside an input folder, nor be a FIFO or device (refused even with --force, never read); the set is
    written all-or-nothing (samverkan.io.outputs); a write error is one line, exit 2."""
    from samverkan.io.outputs import OutputRefused, refuse_inputs, refuse_special, write_all

    try:
        refuse_inputs(files, inputs)
        refuse_special(files)
    except OutputRefused as exc:
        raise fail(exc.message, lang) from None
    for t in files:
        if t.is_dir():
            raise fail(Msg(f"--out: {t} är en mapp; ange en fil", f"--out: {t} is a folder; give a file"), lang)
    clash = [t for t, text in files.items() if t.exists() and _differs(t, text)]
    if clash and not force:
        more = Msg(f" (och {len(clash) - 1} till)", f" (and {len(clash) - 1} more)") if len(clash) > 1 else Msg("", "")
        if not sys.stdin.isatty() or not typer.confirm(
            Msg(f"{clash[0]}{more.sv} finns redan. Skriva över?", f"{clash[0]}{more.en} exists. Overwrite?").get(lang)
        ):
            raise fail(Msg(f"{clash[0]}{more.sv} finns redan; använd --force för att skriva över",
                           f"{clash[0]}{more.en} exists; use --force to overwrite"), lang)
    try:
        write_all(files)
    except OutputRefused as exc:
        raise fail(exc.message, lang) from None
    except OSError as exc:
        raise write_error(exc, next(iter(files)), lang) from None


def _differs(target: Path, text: str | bytes) -> bool:
    """Whether an existing regular file holds other bytes; read only when the sizes match."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        return target.stat().st_size != len(data) or target.read_bytes() != data
    except OSError:
        return True


def write_error(exc: OSError, target: Path, lang: str) -> typer.Exit:
    """One line for a failed write (disk full, read-only, a parent that is a file); nothing was written."""
    reason = exc.strerror or str(exc)
    if isinstance(exc, (FileExistsError, NotADirectoryError)):
        reason = Msg("en mapp i sökvägen är en fil", "a folder in the path is a file").get(lang)
    return fail(Msg(f"kunde inte skriva {target}: {reason}; inget skrevs",
                    f"could not write {target}: {reason}; nothing was written"), lang)


def optional_date(value: str | None, option: str, lang: str, default=None):
    """The date of an option that may be left out (then `default`); exit 2 when it is not a date."""
    return default if value is None else parse_date_option(value, option, lang)


def parse_date_option(value: str | None, option: str, lang: str):
    """An ISO date option, or a clear error (exit 2) when it is missing or not a date."""
    import datetime as dt

    if not value:
        raise fail(Msg(f"ange {option} ÅÅÅÅ-MM-DD", f"give {option} YYYY-MM-DD"), lang)
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise fail(Msg(f"{option}: '{value}' är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2024-01-01",
                       f"{option}: '{value}' is not a date; write YYYY-MM-DD, e.g. 2024-01-01"), lang) from None


Neo4jUri = Annotated[str, typer.Option("--uri", envvar="NEO4J_URI", help=h(
    "serverns adress, t.ex. neo4j://localhost:7687 (eller NEO4J_URI)",
    "the server's address, e.g. neo4j://localhost:7687 (or NEO4J_URI)"))]
Neo4jUser = Annotated[str, typer.Option("--user", envvar="NEO4J_USER", help=h(
    "användarnamn (eller NEO4J_USER); lösenordet läses från NEO4J_PASSWORD eller frågas efter",
    "user name (or NEO4J_USER); the password is read from NEO4J_PASSWORD or asked for"))]
Neo4jDatabase = Annotated[str, typer.Option("--database", envvar="NEO4J_DATABASE", help=h(
    "databasen på servern", "the database on the server"))]
Neo4jDataset = Annotated[str, typer.Option("--dataset", help=h("datamängdens namn i databasen",
                                                             "the data set's name in the database"))]
Force = Annotated[bool, typer.Option("--force", help=h("skriv över befintliga filer", "overwrite existing files"))]
OutFile = Annotated[Path | None, typer.Option("--out", help=h("fil att skriva (annars standard ut)",
                                                              "file to write (else standard output)"))]


def register_option(sv: str, en: str):
    """The --register option (a data set folder the command builds on); the help says what it is used for."""
    return Annotated[Path | None, typer.Option("--register", help=h(sv, en))]


BatchSize = Annotated[int, typer.Option("--batch-size", min=0, help=h(
    "poster per transaktion med Neo4j (0: allt i en transaktion; en push rullas då tillbaka helt vid fel)",
    "records per transaction with Neo4j (0: all in one transaction; a push is then rolled back whole on "
    "failure)"))]


def neo4j_password(lang: str) -> str:
    """NEO4J_PASSWORD, or a hidden prompt; never a command-line option (it would show in `ps` and history)."""
    password = os.environ.get("NEO4J_PASSWORD")
    if password is not None:
        return password
    if sys.stdin.isatty():
        return typer.prompt(Msg("Lösenord för Neo4j", "Neo4j password").get(lang), hide_input=True)
    raise fail(Msg("inget lösenord: sätt miljövariabeln NEO4J_PASSWORD", "no password: set the environment variable "
                   "NEO4J_PASSWORD"), lang)


def _from_config(param: str) -> bool:
    """Whether the current command's `param` is the config file's default (not given on the command line)."""
    try:
        from typer._click.globals import get_current_context  # typer vendors click from 0.2x on
    except ImportError:  # pragma: no cover
        from click import get_current_context

    ctx = get_current_context(silent=True)
    source = ctx.get_parameter_source(param) if ctx is not None else None
    return source is not None and source.name == "DEFAULT_MAP"


def load_data_or_neo4j(path: Path | None, uri: str | None, dataset: str | None, user: str | None,
                       database: str, lang: str, batch_size: int = 5000):
    """(data set, SourceMap) from its folder, or (data set, None) with --neo4j URI --dataset NAME straight from
    the database, read in pages of `batch_size` records into the model (for check)."""
    if uri is None:
        if path is None:
            raise fail(Msg("ange mappen med datamängden, eller --neo4j URI --dataset NAMN",
                           "give the data set folder, or --neo4j URI --dataset NAME"), lang)
        return load_with_sources_or_exit(path, lang)
    if path is not None and not _from_config("path"):
        raise fail(Msg("ange antingen en mapp eller --neo4j, inte båda", "give either a folder or --neo4j, not both"),
                   lang)
    if not dataset:
        raise fail(Msg("--neo4j behöver --dataset NAMN", "--neo4j needs --dataset NAME"), lang)
    from samverkan.model.validate import validate
    from samverkan.store.neo4j import Neo4jStoreError, load_from_neo4j

    password = neo4j_password(lang)
    try:
        data = load_from_neo4j(uri, user or "neo4j", dataset, database, password, batch_size=batch_size)
    except Neo4jStoreError as exc:
        raise fail(exc.message, lang) from None
    problems = validate(data)
    for problem in problems:
        where = f"{uri} {dataset}" + (f" {problem.entity.id}" if problem.entity is not None else "")
        err.print(f"{where}: {problem.message.get(lang)}")
    if problems:
        raise fail(Msg(f"{len(problems)} fel; inget gjordes.", f"{len(problems)} error(s); nothing was done."), lang)
    return data, None


CHECK_FORMATS = ("text", "json", "markdown", "sarif", "junit")


WHATIF_FORMATS = ("text", "json", "markdown", "html")
WhatIfProfile = Annotated[str | None, typer.Option("--profile", help=h(
    "profil före ändringen (namn eller fil); standard: ändringsfilens base_profile, annars profilen för den "
    "stadsövergripande överenskommelse som gäller vid --as-of", "profile before the change (name or file); default: "
    "the change set's base_profile, else the profile of the city-wide agreement in force at --as-of"))]
WhatIfAsOf = Annotated[str | None, typer.Option("--as-of", help=h(
    "datum att pröva per, ÅÅÅÅ-MM-DD; standard: ändringsfilens as_of, annars i dag",
    "date to check at, YYYY-MM-DD; default: the change set's as_of, else today"))]
WhatIfForce = Annotated[bool, typer.Option("--force", help=h("skriv över --out", "overwrite --out"))]


WHOLE_PROCESS = False
"""True when the command is the whole process (`main`), so what it loads lives until exit; not under a test runner."""
