"""Safe YAML with positions, and problems located by file, line and column.

Shared by every reader of the project's YAML (data sets, change sets, profiles, waivers): it depends on
nothing else in samverkan but `i18n`, so loaders and rules can both use it.

libyaml (PyYAML's C parser) composes the node tree; we construct LocatedMap/LocatedSeq from it: plain
dicts and lists that also carry their positions, so callers locate problems with `node.lc.key(k)`,
`node.lc.value(k)` and `node.lc.item(i)` (the interface of ruamel's round-trip nodes, without their cost),
and pydantic validates them as they are.
Scalars follow the YAML 1.2 core schema: `yes`/`no`/`on`/`off` stay text, dates stay text (pydantic
validates them, so a bad date gets a line). Tags other than the core ones are refused, duplicate keys
are errors: nothing in a file can construct an object.
"""


from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from samverkan.io.i18n import Msg

CORE = "tag:yaml.org,2002:"
ALLOWED_TAGS = {CORE + t for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")}
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(
    r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$"
)

_PLAIN = "tag:samverkan,plain"  # a plain scalar without a tag: typed by `_scalar`, not by PyYAML's resolver
_STR, _SEQ, _MAP = CORE + "str", CORE + "seq", CORE + "map"
# A plain scalar starting with none of these is text: the common case skips the regular expressions.
_MAYBE_TYPED = frozenset("~nNtTfF+-.0123456789")

try:
    _BaseLoader = yaml.CSafeLoader
except AttributeError:  # PyYAML without libyaml: still correct, only slower
    _BaseLoader = yaml.SafeLoader


class _Loader(_BaseLoader):
    """libyaml composing nodes, with PyYAML's YAML 1.1 resolver (a Python call per scalar) replaced by
    a constant: scalars are typed once, by the YAML 1.2 core schema in `_scalar`."""

    def descend_resolver(self, current_node, current_index):
        pass  # path resolvers are not used; the base class's bookkeeping costs a call per node

    def ascend_resolver(self):
        pass

    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode:
            return _PLAIN if implicit[0] else _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP


ALLOWED_TAGS = ALLOWED_TAGS | {_PLAIN}


class Positions:
    """0-based positions of a node and of its keys and values (mapping) or items (sequence)."""

    __slots__ = ("line", "col", "_of")

    def __init__(self, line: int, col: int):
        self.line, self.col, self._of = line, col, {}

    def key(self, key) -> tuple[int, int]:
        return self._of[key][:2]

    def value(self, key) -> tuple[int, int]:
        return self._of[key][2:]

    def item(self, index: int) -> tuple[int, int]:
        return self._of[index]


class LocatedMap(dict):
    """A YAML mapping: a dict with `.lc` positions."""

    __slots__ = ("lc",)


class LocatedSeq(list):
    """A YAML sequence: a list with `.lc` positions."""

    __slots__ = ("lc",)


class YamlProblem(Exception):
    """A problem at a place in the text: 1-based line and column, and what is wrong (sv, en)."""

    def __init__(self, line: int | None, column: int | None, sv: str, en: str, kind: str):
        super().__init__(en)
        self.line, self.column, self.sv, self.en, self.kind = line, column, sv, en, kind


def _scalar(node: yaml.ScalarNode):
    value = node.value
    if node.tag is not _PLAIN and (node.style or node.tag == _STR):
        return value  # quoted, block or explicitly text
    if value and value[0] not in _MAYBE_TYPED:
        return value
    if _NULL.match(value):
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.match(value):
        if len(value) > MAX_NUMBER_CHARS:
            raise _not_a_number(node)
        return int(value, 0) if value.lstrip("+-")[:2] in ("0o", "0x") else int(value)
    if _FLOAT.match(value):
        number = float(value) if value[-1].isdigit() or value[-1] == "." else math.nan  # .inf, .nan: refused
        if not math.isfinite(number):
            raise _not_a_number(node)
        return number
    return value


MAX_NUMBER_CHARS = 30
"""A plain integer longer than this is refused where it is read: no count, year or interval needs it, and
Python's int() itself refuses more than 4,300 digits."""


def _not_a_number(node: yaml.ScalarNode) -> YamlProblem:
    """.inf, .nan, 1e400 (infinite as a float) and integers of more than MAX_NUMBER_CHARS characters."""
    mark = node.start_mark
    shown = node.value if len(node.value) <= 40 else node.value[:30] + "…"
    return YamlProblem(mark.line + 1, mark.column + 1, f"talet {shown} är oändligt, inget tal eller för stort",
                       f"the number {shown} is infinite, not a number or too large", "number")


def _refuse_tag(node: yaml.Node):
    mark = node.start_mark
    raise YamlProblem(mark.line + 1, mark.column + 1, f"YAML-taggen {node.tag} är inte tillåten",
                      f"the YAML tag {node.tag} is not allowed", "tag")


def _construct(node: yaml.Node, depth: int):
    if node.tag not in ALLOWED_TAGS:
        _refuse_tag(node)
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node)
    mark = node.start_mark
    depth += 1
    if depth > MAX_DEPTH:
        raise _too_deep(mark)
    if isinstance(node, yaml.SequenceNode):
        seq = LocatedSeq()
        seq.lc = positions = Positions(mark.line, mark.column)
        of = positions._of
        for i, child in enumerate(node.value):
            seq.append(_construct(child, depth))
            child_mark = child.start_mark
            of[i] = (child_mark.line, child_mark.column)
        return seq
    mapping = LocatedMap()
    mapping.lc = positions = Positions(mark.line, mark.column)
    of = positions._of
    for key_node, value_node in node.value:
        key_mark = key_node.start_mark
        if isinstance(key_node, yaml.ScalarNode) and key_node.tag is _PLAIN and key_node.value == "<<":
            raise YamlProblem(key_mark.line + 1, key_mark.column + 1,
                              "YAML-sammanslagning (<<) används inte i datafiler",
                              "YAML merge keys (<<) are not used in data files", "tag")
        key = _scalar(key_node) if key_node.tag in ALLOWED_TAGS and isinstance(key_node, yaml.ScalarNode) \
            else _construct(key_node, depth)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise YamlProblem(key_mark.line + 1, key_mark.column + 1,
                              "en nyckel ska vara text", "a key must be text", "syntax")
        if key in mapping:
            raise YamlProblem(key_mark.line + 1, key_mark.column + 1,
                              f"nyckeln '{key}' förekommer två gånger", f"the key '{key}' occurs twice", "duplicate")
        mapping[key] = _construct(value_node, depth)
        value_mark = value_node.start_mark
        of[key] = (key_mark.line, key_mark.column, value_mark.line, value_mark.column)
    return mapping


def load_located(text: str):
    """Parse one YAML document into LocatedMap/LocatedSeq/scalars with positions; raise YamlProblem.

    Bounded work for hostile text: aliases are refused (no "billion laughs"), nesting deeper than MAX_DEPTH
    is refused (libyaml's composer recurses in C and would crash the process on ~50,000 levels)."""
    if _alias_possible(text) or (len(text) > _CHEAP_DEPTH and _depth_bound(text) > _CHEAP_DEPTH):
        _scan(text)  # only text that may hold an alias or nest very deeply pays for a second pass
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = (exc.problem or exc.context or "").strip()
        raise YamlProblem(mark.line + 1 if mark else None, mark.column + 1 if mark else None,
                          f"YAML-syntaxfel: {problem}", f"YAML syntax error: {problem}", "syntax") from None
    except yaml.reader.ReaderError as exc:
        raise _reader_problem(text, exc) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(None, None, f"YAML-fel: {exc}", f"YAML error: {exc}", "syntax") from None
    return None if node is None else _construct(node, 0)


MAX_DEPTH = 100
"""How deeply mappings and sequences may nest (the real files need fewer than ten levels)."""
_CHEAP_DEPTH = 10_000
"""Text shorter than this cannot nest deeper than libyaml's composer can take (it crashes at ~50,000)."""


def _alias_possible(text: str) -> bool:
    """Whether a `*` starts a token somewhere (an alias does); str.find runs at C speed."""
    i = text.find("*")
    while i >= 0:
        if i == 0 or text[i - 1] in " \n[{,":
            return True
        i = text.find("*", i + 1)
    return False


def _depth_bound(text: str) -> int:
    """An upper bound of the nesting depth: each flow level needs a bracket, each block level a column or two."""
    return text.count("[") + text.count("{") + 2 * len(max(text.splitlines(), key=len))


def _too_deep(mark) -> YamlProblem:
    return YamlProblem(mark.line + 1, mark.column + 1, f"för djupt nästlad YAML (mer än {MAX_DEPTH} nivåer)",
                       f"YAML nested too deeply (more than {MAX_DEPTH} levels)", "depth")


def _scan(text: str) -> None:
    """One pass over libyaml's events (no nodes are built): refuse aliases and nesting deeper than MAX_DEPTH
    before the composer sees them. Syntax errors are left to the composer, which reports them."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_BaseLoader):
            kind = type(event)
            if kind is yaml.AliasEvent:
                mark = event.start_mark
                raise YamlProblem(mark.line + 1, mark.column + 1,
                                  f"YAML-alias (*{event.anchor}) används inte i datafiler",
                                  f"YAML aliases (*{event.anchor}) are not used in data files", "alias")
            if kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                depth += 1
                if depth > MAX_DEPTH:
                    raise _too_deep(event.start_mark)
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                depth -= 1
    except yaml.YAMLError:
        return


def _reader_problem(text: str, exc) -> YamlProblem:
    """A character YAML does not allow (a control character, say), at its line and column."""
    position = min(max(exc.position, 0), len(text))
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    char = exc.character if isinstance(exc.character, str) else chr(exc.character or 0)
    return YamlProblem(line, column, f"tecknet U+{ord(char):04X} är inte tillåtet i YAML",
                       f"the character U+{ord(char):04X} is not allowed in YAML", "character")


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
    if isinstance(node, LocatedMap):
        return {str(k): to_plain(v) for k, v in node.items()}
    if isinstance(node, LocatedSeq):
        return [to_plain(v) for v in node]
    return node


def walk(node, loc) -> tuple[object, int, int]:
    """Follow a location (keys and indexes, e.g. a pydantic error's) into a node as far as it exists:
    the deepest node reached and the 0-based line and column of the last step."""
    line, col = (node.lc.line, node.lc.col) if hasattr(node, "lc") else (0, 0)
    for part in loc:
        if isinstance(node, LocatedMap) and part in node:
            line, col = node.lc.key(part)
            node = node[part]
        elif isinstance(node, LocatedSeq) and isinstance(part, int) and 0 <= part < len(node):
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
    """Read and parse one YAML file: (node tree or None, problems). Never raises for bad input.

    The file must be a regular UTF-8 file below the size limit (see `samverkan.io.inputs`)."""
    from samverkan.io.inputs import InputFileError, decode, read_bytes

    display = display or str(path)
    try:
        text = decode(read_bytes(path), Msg("spara filen som UTF-8 YAML", "save the file as UTF-8 YAML"))
    except InputFileError as exc:
        p = exc.problem
        return None, [Located(display, p.line, p.column, p.message, p.suggestion)]
    try:
        return load_located(text), []
    except YamlProblem as problem:
        hint = {
            "syntax": Msg("rätta syntaxen på den raden (indrag, kolon, citattecken)",
                          "fix the syntax on that line (indentation, colons, quotes)"),
            "tag": Msg("ta bort taggen; filerna är ren YAML", "remove the tag; the files are plain YAML"),
            "duplicate": Msg("ta bort eller byt namn på den ena", "remove or rename one of them"),
            "alias": Msg("skriv ut värdet på varje ställe i stället för *alias", "write the value out at each place "
                         "instead of an *alias"),
            "depth": Msg("filerna behöver ett tiotal nivåer; rätta hakparenteserna och indragen",
                         "the files need about ten levels; fix the brackets and the indentation"),
            "character": Msg("ta bort tecknet; är det rätt fil?", "remove the character; is it the right file?"),
            "number": Msg("skriv ett vanligt tal, eller sätt värdet inom citattecken om det är text",
                          "write an ordinary number, or put the value in quotes if it is text"),
        }[problem.kind]
        return None, [Located(display, problem.line, problem.column, Msg(problem.sv, problem.en), hint)]


SWEDISH_ERRORS = {
    "literal_error": "ska vara en av {expected}",
    "greater_than": "ska vara större än {gt}",
    "greater_than_equal": "ska vara minst {ge}",
    "less_than_equal": "ska vara högst {le}",
    "less_than": "ska vara mindre än {lt}",
    "finite_number": "ska vara ett ändligt tal",
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
    "string_too_long": "är för lång (högst {max_length} tecken)",
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


PERSONAL = {"Person"}
"""Entities whose values an error message never shows (samverkan.model.privacy: personal data)."""
PERSONAL_FIELDS = {"contact", "decided_by", "holder"}
"""Fields of other entities (a role's holder, a waiver's decider) whose values are never shown either."""


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
        if err["type"] in ("extra_forbidden", "unexpected_keyword_argument"):  # a model; a dataclass
            match = process.extractOne(str(loc[-1]), list(known), score_cutoff=70) if known else None
            message = Msg(f"okänt fält '{dotted}'{where}", f"unknown field '{dotted}'{where_en}")
            suggestion = (Msg(f"menade du '{match[0]}'?", f"did you mean '{match[0]}'?") if match else
                          Msg("ta bort fältet eller rätta stavningen", "remove the field or fix its spelling"))
        elif err["type"] == "missing":
            message = Msg(f"fältet '{dotted}' saknas{where}", f"field '{dotted}' is missing{where_en}")
            suggestion = Msg("lägg till fältet", "add the field")
        elif what in PERSONAL or (loc and loc[-1] in PERSONAL_FIELDS):  # never echo what may be personal data
            message = Msg(f"{dotted}: {_swedish(err)}", f"{dotted}: {err['msg']}")
        else:
            value = repr(err.get("input"))
            value = value if len(value) <= 120 else value[:100] + f"… ({len(value)} tecken/characters)"
            message = Msg(f"{dotted}: {_swedish(err)} (värde: {value})", f"{dotted}: {err['msg']} (value: {value})")
        problems.append(Located(display, line + 1, col + 1, message, suggestion))
    return problems
