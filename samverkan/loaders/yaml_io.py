"""Reading and writing a data set as a folder of YAML files.

A data set is a folder of YAML files. Each file is a mapping whose keys are entity sections
(`organisations`, `roles`, `agreements`, `groups`, ...; see `ENTITY_TYPES`), each a list of entities.
Sub-folders are read too, except `changes/` (change sets) and files named `waivers*.yaml`.
Only safe YAML: tags are refused. Every problem of a load is reported at once, with file, line and
column.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from samverkan.i18n import Msg
from samverkan.model.dataset import DataSet
from samverkan.model.entities import DERIVED_IDS, ENTITY_TYPES, Entity
from samverkan.model.validate import suggest, validate

SKIPPED_DIRS = {"changes", ".git"}
SCHEMA_MODELINE = "# yaml-language-server: $schema={path}\n"
SCHEMA_FILE = "schema/dataset.schema.json"
PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")}


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


class LoadError(Exception):
    """Invalid input: one or more located problems. The CLI prints them and exits with status 2."""

    def __init__(self, problems: list[Located]):
        self.problems = sorted(problems, key=lambda p: (p.file, p.line or 0, p.column or 0))
        super().__init__("\n".join(p.render("en") for p in self.problems))


@dataclass
class SourceMap:
    """Where each loaded entity (by object identity) and each of its fields sits in the files."""

    entities: dict[int, tuple[str, CommentedMap]] = field(default_factory=dict)

    def locate(self, entity: Entity | None, field_name: str | None, fallback: str):
        if entity is None or id(entity) not in self.entities:
            return fallback, None, None
        file, node = self.entities[id(entity)]
        key = "from" if field_name == "from" else field_name
        if key and key in node:
            line, col = node.lc.key(key)
        else:
            line, col = node.lc.line, node.lc.col
        return file, line + 1, col + 1


class _TextDatesConstructor(RoundTripConstructor):
    """Keeps dates as text so that pydantic validates them and a bad date gets a file and line."""


_TextDatesConstructor.add_constructor("tag:yaml.org,2002:timestamp", RoundTripConstructor.construct_yaml_str)


def safe_yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _TextDatesConstructor
    yaml.allow_duplicate_keys = False
    return yaml


def parse_yaml(path: Path, display: str) -> tuple[object | None, list[Located]]:
    """Parse one file with the round-trip (line-keeping) parser; refuse tags."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return None, [Located(display, None, None, Msg(
            f"filen är inte UTF-8-text ({exc.reason})", f"the file is not UTF-8 text ({exc.reason})"),
            Msg("spara filen som UTF-8 YAML", "save the file as UTF-8 YAML"))]
    try:
        doc = safe_yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = (exc.problem or exc.context or "").strip()
        return None, [Located(
            display,
            mark.line + 1 if mark else None,
            mark.column + 1 if mark else None,
            Msg(f"YAML-syntaxfel: {problem}", f"YAML syntax error: {problem}"),
            Msg("rätta syntaxen på den raden (indrag, kolon, citattecken)",
                "fix the syntax on that line (indentation, colons, quotes)"),
        )]
    except (YAMLError, ValueError) as exc:
        return None, [Located(display, None, None, Msg(f"YAML-fel: {exc}", f"YAML error: {exc}"),
                              Msg("rätta filen", "fix the file"))]
    tagged = _first_tag(doc)
    if tagged is not None:
        line, tag = tagged
        return None, [Located(display, line, None, Msg(
            f"YAML-taggen {tag} är inte tillåten", f"the YAML tag {tag} is not allowed"),
            Msg("ta bort taggen; datafiler är ren YAML", "remove the tag; data files are plain YAML"))]
    return doc, []


def _first_tag(node, line: int | None = None):
    tag = getattr(node, "tag", None)
    value = getattr(tag, "value", None)
    if value and value not in PLAIN_TAGS:
        return line, value
    if isinstance(node, CommentedMap):
        for key, child in node.items():
            found = _first_tag(child, _line_of(node, key, line))
            if found:
                return found
    elif isinstance(node, CommentedSeq):
        for i, child in enumerate(node):
            found = _first_tag(child, _line_of(node, i, line))
            if found:
                return found
    return None


def _line_of(node, key, default: int | None) -> int | None:
    """1-based line of a mapping key or sequence item; ruamel keeps none for some tagged nodes."""
    position = node.lc.data.get(key) if getattr(node.lc, "data", None) else None
    if position:
        return position[0] + 1
    return default if default is not None else node.lc.line + 1


def data_files(root: Path) -> list[Path]:
    files = [
        p
        for p in sorted(root.rglob("*"))
        if p.suffix in {".yaml", ".yml"}
        and p.is_file()
        and not (set(p.relative_to(root).parts[:-1]) & SKIPPED_DIRS)
        and not p.name.startswith("waivers")
    ]
    return files


def _to_plain(node):
    if isinstance(node, CommentedMap):
        return {str(k): _to_plain(v) for k, v in node.items()}
    if isinstance(node, CommentedSeq):
        return [_to_plain(v) for v in node]
    return node


def _pydantic_location(node: CommentedMap, loc: tuple) -> tuple[int, int]:
    """Walk a pydantic error location into the YAML node to find its line and column (0-based)."""
    line, col = node.lc.line, node.lc.col
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


def _pydantic_problems(display: str, node: CommentedMap, exc: ValidationError, cls: type) -> list[Located]:
    problems = []
    known = list(cls.model_fields) + ["from"]
    for err in exc.errors():
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p[0].isupper()))
        line, col = _pydantic_location(node, loc)
        dotted = ".".join(str(p) for p in loc) or cls.__name__
        suggestion = None
        if err["type"] == "extra_forbidden":
            close = suggest(str(loc[-1]), known)
            message = Msg(f"okänt fält '{dotted}' i {cls.__name__}", f"unknown field '{dotted}' in {cls.__name__}")
            suggestion = (
                Msg(f"menade du '{close}'?", f"did you mean '{close}'?")
                if close
                else Msg("ta bort fältet; se `samverkan schema`", "remove the field; see `samverkan schema`")
            )
        elif err["type"] == "missing":
            message = Msg(f"fältet '{dotted}' saknas i {cls.__name__}",
                          f"field '{dotted}' is missing in {cls.__name__}")
            suggestion = Msg("lägg till fältet", "add the field")
        else:
            message = Msg(f"{dotted}: {_swedish(err)} (värde: {err.get('input')!r})",
                          f"{dotted}: {err['msg']} (value: {err.get('input')!r})")
        problems.append(Located(display, line + 1, col + 1, message, suggestion))
    return problems


def load_dataset(root: str | Path) -> tuple[DataSet, SourceMap]:
    """Load and validate a data set folder. Raises LoadError with every problem found."""
    root = Path(root)
    if not root.is_dir():
        raise LoadError([Located(str(root), None, None, Msg(
            "mappen finns inte", "the folder does not exist"),
            Msg("ange mappen med datamängdens YAML-filer", "give the folder holding the data set's YAML files"))])
    files = data_files(root)
    if not files:
        raise LoadError([Located(str(root), None, None, Msg(
            "inga YAML-filer i mappen", "no YAML files in the folder"))])
    problems: list[Located] = []
    sections: dict[str, list[Entity]] = {s: [] for s in ENTITY_TYPES}
    source_map = SourceMap()
    invalid_ids: set[str] = set()
    for path in files:
        display = str(path)
        doc, parse_problems = parse_yaml(path, display)
        problems += parse_problems
        if parse_problems:
            continue
        if doc is None:
            continue
        if not isinstance(doc, CommentedMap):
            problems.append(Located(display, 1, 1, Msg(
                "filen är inte en datafil: väntade en mappning med avsnitt som 'organisations:' eller 'groups:'",
                "the file is not a data file: expected a mapping with sections such as 'organisations:' or 'groups:'"),
                Msg("se `samverkan schema` för formatet", "see `samverkan schema` for the format")))
            continue
        for key, items in doc.items():
            line, col = doc.lc.key(key)
            if key not in ENTITY_TYPES:
                close = suggest(str(key), list(ENTITY_TYPES))
                problems.append(Located(display, line + 1, col + 1, Msg(
                    f"okänt avsnitt '{key}'", f"unknown section '{key}'"),
                    Msg(f"menade du '{close}'?", f"did you mean '{close}'?") if close else
                    Msg("tillåtna avsnitt: " + ", ".join(ENTITY_TYPES),
                        "allowed sections: " + ", ".join(ENTITY_TYPES))))
                continue
            if items is None:
                continue
            if not isinstance(items, CommentedSeq):
                problems.append(Located(display, line + 1, col + 1, Msg(
                    f"avsnittet '{key}' ska vara en lista", f"section '{key}' must be a list")))
                continue
            cls = ENTITY_TYPES[key]
            for i, node in enumerate(items):
                if not isinstance(node, CommentedMap):
                    iline, icol = items.lc.item(i)
                    problems.append(Located(display, iline + 1, icol + 1, Msg(
                        f"varje post i '{key}' ska vara en mappning", f"each item of '{key}' must be a mapping")))
                    continue
                try:
                    entity = cls.model_validate(_to_plain(node))
                except ValidationError as exc:
                    problems += _pydantic_problems(display, node, exc, cls)
                    if isinstance(node.get("id"), str):
                        invalid_ids.add(node["id"])  # reported once, not again by every reference to it
                    continue
                sections[key].append(entity)
                source_map.entities[id(entity)] = (display, node)
    data = DataSet(name=root.resolve().name, **sections)
    for problem in validate(data, unresolved_ok=invalid_ids):
        file, line, col = source_map.locate(problem.entity, problem.field, str(root))
        problems.append(Located(file, line, col, problem.message, problem.suggestion))
    if problems:
        raise LoadError(problems)
    return data, source_map


# --- writing -------------------------------------------------------------------------------------


def entity_to_plain(entity: Entity) -> dict:
    plain = entity.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    if type(entity) in DERIVED_IDS and plain.get("id") == type(entity).derived_id(plain):
        del plain["id"]
    ordered = {"id": plain.pop("id")} if "id" in plain else {}
    ordered.update(plain)
    return ordered


def _file_of(data: DataSet, entity: Entity) -> str:
    agreement = data.agreement_of(entity.id)
    return f"agreements/{agreement.replace('/', '_')}.yaml" if agreement else "register.yaml"


def dump_sections(sections: dict[str, list[dict]], schema_path: str | None = None) -> str:
    yaml = YAML()
    yaml.width = 110
    yaml.indent(mapping=2, sequence=4, offset=2)
    buffer = io.StringIO()
    if schema_path:
        buffer.write(SCHEMA_MODELINE.format(path=schema_path))
    yaml.dump({k: v for k, v in sections.items() if v}, buffer)
    return buffer.getvalue()


def write_dataset(data: DataSet, out: str | Path, schema_path: str | None = None) -> list[Path]:
    """Write a data set as register.yaml plus one file per agreement. Returns the files written.

    Refuses to overwrite existing files; the caller asks the user first and removes them.
    """
    out = Path(out)
    layout: dict[str, dict[str, list[dict]]] = {}
    for section, items in data.sections():
        for entity in items:
            layout.setdefault(_file_of(data, entity), {s: [] for s in ENTITY_TYPES})[section].append(
                entity_to_plain(entity)
            )
    written = []
    for rel in sorted(layout):
        target = out / rel
        if target.exists():
            raise FileExistsError(target)
    for rel, sections in sorted(layout.items()):
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        depth = len(Path(rel).parts) - 1
        target.write_text(dump_sections(sections, ("../" * depth + schema_path) if schema_path else None),
                          encoding="utf-8")
        written.append(target)
    return written


def iter_problems(problems: Iterable[Located], lang: str) -> Iterable[str]:
    for p in problems:
        yield p.render(lang)
