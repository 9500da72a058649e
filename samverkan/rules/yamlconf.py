"""Reading the rules' own YAML files (profiles, waivers) with problems located by file, line and column."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from samverkan.i18n import Msg


@dataclass(frozen=True)
class ConfigProblem:
    file: str
    line: int | None
    column: int | None
    message: Msg
    suggestion: Msg | None = None

    def render(self, lang: str = "sv") -> str:
        where = self.file + (f":{self.line}" if self.line else "") + (f":{self.column}" if self.column else "")
        text = f"{where}: {self.message.get(lang)}"
        if self.suggestion:
            text += f" ({self.suggestion.get(lang)})"
        return text


class ConfigError(Exception):
    """A broken profile or waiver file; the CLI prints the problems and exits with status 2."""

    def __init__(self, problems: list[ConfigProblem]):
        self.problems = problems
        super().__init__("\n".join(p.render("en") for p in problems))


def closest(wrong: str, candidates: list[str]) -> str | None:
    from rapidfuzz import process

    match = process.extractOne(wrong, candidates, score_cutoff=70)
    return match[0] if match else None


def read_yaml(path: Path):
    """Parse one YAML file with line information; refuse tags; raise ConfigError on any problem."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    display = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([ConfigProblem(display, None, None,
                                         Msg("filen finns inte", "the file does not exist"))]) from None
    except (UnicodeDecodeError, OSError) as exc:
        raise ConfigError([ConfigProblem(display, None, None, Msg(f"kan inte läsa filen: {exc}",
                                                                  f"cannot read the file: {exc}"))]) from None
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        doc = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = (exc.problem or exc.context or "").strip()
        raise ConfigError([ConfigProblem(display, mark.line + 1 if mark else None, mark.column + 1 if mark else None,
                                         Msg(f"YAML-syntaxfel: {problem}", f"YAML syntax error: {problem}"),
                                         Msg("rätta syntaxen på den raden", "fix the syntax on that line"))]) from None
    except YAMLError as exc:
        raise ConfigError([ConfigProblem(display, None, None, Msg(f"YAML-fel: {exc}", f"YAML error: {exc}"))]) from None
    tag = _first_tag(doc)
    if tag:
        raise ConfigError([ConfigProblem(display, tag[0], None, Msg(f"YAML-taggen {tag[1]} är inte tillåten",
                                                                    f"the YAML tag {tag[1]} is not allowed"))])
    return doc


def _first_tag(node, line: int | None = None):
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    value = getattr(getattr(node, "tag", None), "value", None)
    if value and value.startswith("!"):
        return line, value
    if isinstance(node, CommentedMap):
        for key, child in node.items():
            found = _first_tag(child, node.lc.key(key)[0] + 1)
            if found:
                return found
    elif isinstance(node, CommentedSeq):
        for i, child in enumerate(node):
            found = _first_tag(child, node.lc.item(i)[0] + 1)
            if found:
                return found
    return None


def plain(node):
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(node, CommentedMap):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, CommentedSeq):
        return [plain(v) for v in node]
    return node


def _walk(node, loc: tuple) -> tuple[int, int]:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    line, col = getattr(node, "lc", None) and (node.lc.line, node.lc.col) or (0, 0)
    current = node
    for part in loc:
        if isinstance(current, CommentedMap) and part in current:
            line, col = current.lc.key(part)
            current = current[part]
        elif isinstance(current, CommentedSeq) and isinstance(part, int) and part < len(current):
            line, col = current.lc.item(part)
            current = current[part]
        else:
            break
    return line, col


def locate_error(display: str, node, prefix: tuple, exc: ValidationError | None,
                 err: dict | None = None) -> list[ConfigProblem]:
    """Pydantic errors as located problems: each error's location walked into the YAML node."""
    errors = [err] if err is not None else (exc.errors() if exc is not None else [])
    problems = []
    for e in errors:
        loc = prefix + tuple(p for p in e["loc"] if not (isinstance(p, str) and p[:1].isupper()))
        line, col = _walk(node, loc)
        dotted = ".".join(str(p) for p in loc) or "?"
        suggestion = None
        if e["type"] == "extra_forbidden":
            message = Msg(f"okänd nyckel '{dotted}'", f"unknown key '{dotted}'")
            suggestion = Msg("ta bort nyckeln eller rätta stavningen", "remove the key or fix its spelling")
        elif e["type"] == "missing":
            message = Msg(f"nyckeln '{dotted}' saknas", f"the key '{dotted}' is missing")
            suggestion = Msg("lägg till den", "add it")
        else:
            message = Msg(f"{dotted}: {e['msg']} (värde: {e.get('input')!r})",
                          f"{dotted}: {e['msg']} (value: {e.get('input')!r})")
        problems.append(ConfigProblem(display, line + 1, col + 1, message, suggestion))
    return problems
