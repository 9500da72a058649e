"""Safe YAML with positions, and problems located by file, line and column.

Shared by every reader of the project's YAML (data sets, change sets, profiles, waivers): it depends on
nothing else in samverkan but `i18n`, so loaders and rules can both use it.

libyaml (PyYAML's C parser) composes the node tree; we construct ruamel's CommentedMap/CommentedSeq
from it with ruamel's `.lc` positions filled in, so callers locate problems with `node.lc.key(k)`,
`node.lc.value(k)` and `node.lc.item(i)` as with ruamel's own (much slower) round-trip loader.
Scalars follow the YAML 1.2 core schema: `yes`/`no`/`on`/`off` stay text, dates stay text (pydantic
validates them, so a bad date gets a line). Tags other than the core ones are refused, duplicate keys
are errors: nothing in a file can construct an object.
"""


from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from samverkan.i18n import Msg

CORE = "tag:yaml.org,2002:"
ALLOWED_TAGS = {CORE + t for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")}
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(
    r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$"
)

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML without libyaml: still correct, only slower
    _Loader = yaml.SafeLoader


class YamlProblem(Exception):
    """A problem at a place in the text: 1-based line and column, and what is wrong (sv, en)."""

    def __init__(self, line: int | None, column: int | None, sv: str, en: str, kind: str):
        super().__init__(en)
        self.line, self.column, self.sv, self.en, self.kind = line, column, sv, en, kind


def _scalar(node: yaml.ScalarNode):
    value = node.value
    if node.style or node.tag == CORE + "str":  # libyaml gives "" for plain, the pure parser None
        return value  # quoted, block or explicitly text
    if _NULL.match(value):
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.match(value):
        return int(value, 0) if value.lstrip("+-")[:2] in ("0o", "0x") else int(value)
    if _FLOAT.match(value):
        return float(value.replace("inf", "Infinity").replace("Inf", "Infinity").replace("INF", "Infinity"))
    return value


def _construct(node: yaml.Node):
    if node.tag not in ALLOWED_TAGS:
        mark = node.start_mark
        raise YamlProblem(mark.line + 1, mark.column + 1, f"YAML-taggen {node.tag} är inte tillåten",
                          f"the YAML tag {node.tag} is not allowed", "tag")
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node)
    if isinstance(node, yaml.SequenceNode):
        seq = CommentedSeq()
        seq._yaml_set_line_col(node.start_mark.line, node.start_mark.column)
        for i, child in enumerate(node.value):
            seq.append(_construct(child))
            seq.lc.add_idx_line_col(i, [child.start_mark.line, child.start_mark.column])
        return seq
    mapping = CommentedMap()
    mapping._yaml_set_line_col(node.start_mark.line, node.start_mark.column)
    for key_node, value_node in node.value:
        if key_node.tag == CORE + "merge":
            raise YamlProblem(key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                              "YAML-sammanslagning (<<) används inte i datafiler",
                              "YAML merge keys (<<) are not used in data files", "tag")
        key = _construct(key_node)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise YamlProblem(key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                              "en nyckel ska vara text", "a key must be text", "syntax")
        if key in mapping:
            raise YamlProblem(key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                              f"nyckeln '{key}' förekommer två gånger", f"the key '{key}' occurs twice", "duplicate")
        mapping[key] = _construct(value_node)
        mapping.lc.add_kv_line_col(key, [key_node.start_mark.line, key_node.start_mark.column,
                                         value_node.start_mark.line, value_node.start_mark.column])
    return mapping


def load_located(text: str):
    """Parse one YAML document into CommentedMap/CommentedSeq/scalars with positions; raise YamlProblem."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = (exc.problem or exc.context or "").strip()
        raise YamlProblem(mark.line + 1 if mark else None, mark.column + 1 if mark else None,
                          f"YAML-syntaxfel: {problem}", f"YAML syntax error: {problem}", "syntax") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(None, None, f"YAML-fel: {exc}", f"YAML error: {exc}", "syntax") from None
    return None if node is None else _construct(node)


@dataclass(frozen=True)
class Located:
    """A problem at a place in a file; what every loader reports to the user."""

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


class InputError(Exception):
    """Invalid input: one or more located problems. The CLI prints them and exits with status 2."""

    def __init__(self, problems: list[Located]):
        self.problems = sorted(problems, key=lambda p: (p.file, p.line or 0, p.column or 0))
        super().__init__("\n".join(p.render("en") for p in self.problems))


def to_plain(node):
    """Plain dicts and lists of a located node tree."""
    if isinstance(node, CommentedMap):
        return {str(k): to_plain(v) for k, v in node.items()}
    if isinstance(node, CommentedSeq):
        return [to_plain(v) for v in node]
    return node


def walk(node, loc) -> tuple[object, int, int]:
    """Follow a location (keys and indexes, e.g. a pydantic error's) into a node as far as it exists:
    the deepest node reached and the 0-based line and column of the last step."""
    line, col = (node.lc.line, node.lc.col) if hasattr(node, "lc") else (0, 0)
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            line, col = node.lc.key(part)
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            line, col = node.lc.item(part)
            node = node[part]
        else:
            break
    return node, line, col


def locate(node, loc) -> tuple[int, int]:
    """The 0-based line and column of a location inside a node (see `walk`)."""
    _, line, col = walk(node, loc)
    return line, col


def read_located(path: Path, display: str | None = None):
    """Read and parse one YAML file: (node tree or None, problems). Never raises for bad input."""
    display = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [Located(display, None, None, Msg("filen finns inte", "the file does not exist"),
                              Msg("kontrollera sökvägen", "check the path"))]
    except UnicodeDecodeError as exc:
        return None, [Located(display, None, None, Msg(
            f"filen är inte UTF-8-text ({exc.reason})", f"the file is not UTF-8 text ({exc.reason})"),
            Msg("spara filen som UTF-8 YAML", "save the file as UTF-8 YAML"))]
    except OSError as exc:
        return None, [Located(display, None, None, Msg(f"kan inte läsa filen: {exc.strerror}",
                                                       f"cannot read the file: {exc.strerror}"))]
    try:
        return load_located(text), []
    except YamlProblem as problem:
        hint = {
            "syntax": Msg("rätta syntaxen på den raden (indrag, kolon, citattecken)",
                          "fix the syntax on that line (indentation, colons, quotes)"),
            "tag": Msg("ta bort taggen; filerna är ren YAML", "remove the tag; the files are plain YAML"),
            "duplicate": Msg("ta bort eller byt namn på den ena", "remove or rename one of them"),
        }[problem.kind]
        return None, [Located(display, problem.line, problem.column, Msg(problem.sv, problem.en), hint)]


SWEDISH_ERRORS = {
    "literal_error": "ska vara en av {expected}",
    "greater_than": "ska vara större än {gt}",
    "greater_than_equal": "ska vara minst {ge}",
    "string_pattern_mismatch": "har fel form (väntat mönster {pattern})",
    "string_type": "ska vara text",
    "int_parsing": "ska vara ett heltal",
    "int_type": "ska vara ett heltal",
    "float_parsing": "ska vara ett tal",
    "bool_parsing": "ska vara true eller false",
    "list_type": "ska vara en lista",
    "model_type": "ska vara en mappning",
    "dict_type": "ska vara en mappning",
    "date_from_datetime_parsing": "ska vara ett datum ÅÅÅÅ-MM-DD",
    "date_parsing": "ska vara ett datum ÅÅÅÅ-MM-DD",
    "date_type": "ska vara ett datum ÅÅÅÅ-MM-DD",
    "too_short": "är för kort (minst {min_length})",
    "value_error": "{error}",
}


def _swedish(err: dict) -> str:
    """pydantic's message in Swedish where we know the error type; its English words otherwise."""
    template = SWEDISH_ERRORS.get(err["type"])
    if template is None:
        return err["msg"]
    try:
        return template.format(**err.get("ctx", {}))
    except (KeyError, IndexError):
        return err["msg"]


def pydantic_problems(display: str, node, exc: ValidationError | None = None, *, what: str = "",
                      known: list[str] | tuple[str, ...] = (), prefix: tuple = (),
                      errors: list[dict] | None = None) -> list[Located]:
    """pydantic errors as located problems: each error's location walked into the YAML node.

    `what` names the thing validated (e.g. 'Role') in messages; `known` are its fields, for a
    "did you mean" on an unknown one; `prefix` is prepended to each error location.
    """
    from rapidfuzz import process

    problems = []
    where = f" i {what}" if what else ""
    where_en = f" in {what}" if what else ""
    for err in errors if errors is not None else (exc.errors() if exc is not None else []):
        loc = prefix + tuple(p for p in err["loc"] if not (isinstance(p, str) and p[:1].isupper()))
        line, col = locate(node, loc)
        dotted = ".".join(str(p) for p in loc) or what or "?"
        suggestion = None
        if err["type"] == "extra_forbidden":
            match = process.extractOne(str(loc[-1]), list(known), score_cutoff=70) if known else None
            message = Msg(f"okänt fält '{dotted}'{where}", f"unknown field '{dotted}'{where_en}")
            suggestion = (Msg(f"menade du '{match[0]}'?", f"did you mean '{match[0]}'?") if match else
                          Msg("ta bort fältet eller rätta stavningen", "remove the field or fix its spelling"))
        elif err["type"] == "missing":
            message = Msg(f"fältet '{dotted}' saknas{where}", f"field '{dotted}' is missing{where_en}")
            suggestion = Msg("lägg till fältet", "add the field")
        else:
            message = Msg(f"{dotted}: {_swedish(err)} (värde: {err.get('input')!r})",
                          f"{dotted}: {err['msg']} (value: {err.get('input')!r})")
        problems.append(Located(display, line + 1, col + 1, message, suggestion))
    return problems
