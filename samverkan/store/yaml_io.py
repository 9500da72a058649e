"""Reading and writing a data set as a folder of YAML files.

A data set is a folder of YAML files. Each file is a mapping whose keys are entity sections
(`organisations`, `roles`, `agreements`, `groups`, ...; see `ENTITY_TYPES`), each a list of entities.
Sub-folders are read too, except `changes/` (change sets) and files named `waivers*.yaml`.
Only safe YAML: tags are refused. Every problem of a load is reported at once, with file, line and
column.
"""

from __future__ import annotations

import gc
import io
from dataclasses import dataclass, field
from pathlib import Path
from sys import intern
from types import UnionType
from typing import Annotated, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from samverkan.io.gcpause import gc_paused
from samverkan.io.i18n import Msg
from samverkan.io.inputs import limit_bytes
from samverkan.io.yamlfast import NotPlain, parse_pieces
from samverkan.io.yamlsource import InputError, Located, LocatedMap, LocatedSeq, pydantic_problems, read_located
from samverkan.model.dataset import DataSet
from samverkan.model.entities import DERIVED_IDS, ENTITY_TYPES, Entity, share_fields_set
from samverkan.model.validate import suggest, validate

SKIPPED_DIRS = {"changes", ".git"}
SCHEMA_MODELINE = "# yaml-language-server: $schema={path}\n"
SCHEMA_FILE = "schema/dataset.schema.json"


class LoadError(InputError):
    """An invalid data set: every located problem of the load."""


@dataclass
class SourceMap:
    """Where each loaded entity (by object identity) and each of its fields sits in the files.

    Entities read by the fast path (samverkan.io.yamlfast) have no positions yet; the first question about one
    reads their files again with positions, so a check that asks for none (text, json) never pays for them.
    """

    entities: dict[int, tuple[str, LocatedMap | None]] = field(default_factory=dict)
    by_id: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    unlocated: dict[str, list[tuple[str, int, list[Entity | str]]]] = field(default_factory=dict)
    """File → runs of (section, index of the run's first item, its entities, or their ids once settled), in file
    order, for the files read by the fast path; their parsed nodes are not kept (holding every file's plain data
    until exit doubled the peak memory of a load)."""
    settled: dict[str, tuple[str, LocatedMap | None]] = field(default_factory=dict)
    """Entity id → (file, node), for the entities `settle` let go."""

    def add(self, entity: Entity, file: str, node: LocatedMap) -> None:
        self.entities[id(entity)] = (file, node)
        self.by_id.setdefault(entity.id, (file, node.lc.line + 1))

    def settle(self) -> None:
        """After a load without problems (every id once): hold the ids of the entities not yet placed, not the
        entities (a redacted copy replaces tens of thousands of them at national scale; kept here, they would
        stay alive for nothing)."""
        self.unlocated = {file: [(section, first, [e.id for e in items]) for section, first, items in runs]
                          for file, runs in self.unlocated.items()}

    def _position(self) -> None:
        """Read the files the fast path read again, with positions, and place their entities."""
        for file, runs in self.unlocated.items():
            doc, problems = read_located(Path(file), file)
            for section, first, items in runs:
                located = doc.get(section) if isinstance(doc, LocatedMap) and not problems else None
                for index, entity in enumerate(items, first):
                    node = located[index] if isinstance(located, LocatedSeq) and index < len(located) else None
                    # not a mapping: the file changed since it was loaded, the entity's position is unknown
                    self._place(entity, file, node if isinstance(node, LocatedMap) else None)
        self.unlocated = {}

    def _place(self, entity: Entity | str, file: str, node: LocatedMap | None) -> None:
        entity_id = entity if isinstance(entity, str) else entity.id
        if isinstance(entity, str):
            self.settled[entity_id] = (file, node)
        else:
            self.entities[id(entity)] = (file, node)
        self.by_id.setdefault(entity_id, (file, node.lc.line + 1 if node is not None else None))

    def where(self, entity_id: str) -> tuple[str, int] | None:
        """(file, 1-based line) of an entity, the file relative to the working folder where it lies below it."""
        if self.unlocated:
            self._position()
        found = self.by_id.get(entity_id)
        if found is None:
            return None
        file, line = found
        path = Path(file)
        if path.is_absolute() and path.is_relative_to(Path.cwd()):
            path = path.relative_to(Path.cwd())
        return path.as_posix(), line or 1

    def locate(self, entity: Entity | None, field_name: str | None, fallback: str):
        if self.unlocated:
            self._position()
        found = None if entity is None else self.entities.get(id(entity)) or self.settled.get(entity.id)
        if found is None:
            return fallback, None, None
        file, node = found
        if node is None:
            return file, None, None
        key = "from" if field_name == "from" else field_name
        if key and key in node:
            line, col = node.lc.key(key)
        else:
            line, col = node.lc.line, node.lc.col
        return file, line + 1, col + 1


def parse_yaml(path: Path, display: str):
    """Parse one file keeping lines and columns; refuse tags and duplicate keys (see samverkan.io.yamlsource)."""
    return read_located(path, display)


def data_files(root: Path) -> list[Path]:
    files = [
        p
        for p in sorted(root.rglob("*"))
        if p.suffix in {".yaml", ".yml"}
        and not p.is_dir()  # a FIFO, a broken link or a link loop is read, and reported, rather than skipped
        and not (set(p.relative_to(root).parts[:-1]) & SKIPPED_DIRS)
        and not p.name.startswith("waivers")
    ]
    return files


def entity_problems(display: str, node, exc: ValidationError, cls: type) -> list[Located]:
    """The validation errors of one entity (or other pydantic model) read from a YAML node, located."""
    return pydantic_problems(display, node, exc, what=cls.__name__, known=[*cls.model_fields, "from"])


def load_dataset(root: str | Path, *, for_process_lifetime: bool = False) -> tuple[DataSet, SourceMap]:
    """Load and validate a data set folder. Raises LoadError with every problem found.

    `for_process_lifetime`: the data set lives until the process exits (a CLI command). Everything alive is then
    moved out of the cyclic GC's reach (gc.freeze), so the collections that the rules' and the graph's
    allocations trigger no longer walk the whole data set: half a second at 300 agreements.
    """
    with gc_paused():
        loaded = _load_dataset(Path(root))
        if for_process_lifetime:  # before the GC runs again: its first collection would walk all of it once more
            gc.freeze()
    return loaded


def _load_dataset(root: Path) -> tuple[DataSet, SourceMap]:
    if not root.is_dir():
        raise LoadError([Located(str(root), None, None, Msg(
            "är inte en mapp", "is not a folder") if root.exists() else Msg(
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
    unread: list[str] = []
    for path in files:
        display = str(path)
        runs = _fast_entities(path, display)
        if runs is not None:
            for key, _, entities in runs:
                sections[key] += entities
            source_map.unlocated[display] = runs
            continue
        doc, parse_problems = parse_yaml(path, display)
        problems += parse_problems
        if parse_problems or not isinstance(doc, LocatedMap):
            unread.append(display)
        if parse_problems:
            continue
        if doc is None:
            problems.append(Located(display, 1, 1, Msg("filen är tom", "the file is empty"), Msg(
                "fyll i avsnitt som 'organisations:' eller ta bort filen",
                "fill in sections such as 'organisations:' or remove the file")))
            continue
        if not isinstance(doc, LocatedMap):
            problems.append(Located(display, 1, 1, Msg(
                "filen är inte en datafil: väntade en mappning med avsnitt som 'organisations:' eller 'groups:'",
                "the file is not a data file: expected a mapping with sections such as 'organisations:' or 'groups:'"),
                Msg("se `samverkan schema` för formatet", "see `samverkan schema` for the format")))
            continue
        for key, _, entity, node in _entities_of(display, doc, problems, invalid_ids):
            sections[key].append(entity)
            source_map.add(entity, display, node)
    data = DataSet(name=root.resolve().name, **sections)
    # With a file unread, references into it cannot resolve: thousands of "unknown id" would bury its problem,
    # so they are checked once every file reads (as a compiler stops after syntax errors).
    for problem in validate(data, unresolved_ok=invalid_ids, references=not unread):
        file, line, col = source_map.locate(problem.entity, problem.field, str(root))
        problems.append(Located(file, line, col, problem.message, problem.suggestion))
    if problems:
        raise LoadError(problems)
    source_map.settle()
    return data, source_map


class _NeedsPositions(Exception):
    """A file read by the fast path has a problem: it is read again with positions to report it."""


def _at(node, key) -> tuple[int, int]:
    """The 1-based line and column of a key (mapping) or an index (sequence) of a located node."""
    if not isinstance(node, (LocatedMap, LocatedSeq)):
        raise _NeedsPositions
    line, col = node.lc.key(key) if isinstance(node, LocatedMap) else node.lc.item(key)
    return line + 1, col + 1


def _fast_entities(path: Path, display: str) -> list[tuple[str, int, list[Entity]]] | None:
    """The entities of a file read by the fast path, piece by piece, as runs of (section, index of the first,
    entities) (see _plain_run), or None: anything unusual (not a small regular UTF-8 file, text the fast parser
    cannot vouch for, a problem) takes the located reader, which reports what is wrong."""
    try:
        if not path.is_file() or path.stat().st_size > max(FAST_PATH_MAX_BYTES, limit_bytes()):
            return None  # the located reader refuses it, with the size and how to raise the limit
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    try:
        return [_plain_run(key, value, first) for key, first, value in parse_pieces(text, raw=raw)
                if value is not None]
    except (NotPlain, _NeedsPositions):
        return None  # a problem: the file is read again, with positions, to report it


def _plain_run(key: str, items, first: int) -> tuple[str, int, list[Entity]]:
    """The entities of one piece of a file read by the fast path: (section, index in it of the first, entities).
    Raises _NeedsPositions at the first problem (the located reader reports it), and gives up each item once its
    entity is built: a national register's plain data would otherwise sit beside all its entities (3000
    agreements: 290 MB more at the peak)."""
    cls = ENTITY_TYPES.get(key)
    if cls is None or type(items) is not list:
        raise _NeedsPositions
    validate = cls.__pydantic_validator__.validate_python  # what model_validate calls, without its Python frame
    entities = []
    for i, node in enumerate(items):
        if type(node) is not dict:
            raise _NeedsPositions
        try:
            entity = validate(node)
        except ValidationError:
            raise _NeedsPositions from None
        _lighten(entity)
        items[i] = None
        entities.append(entity)
    return key, first, entities


FAST_PATH_MAX_BYTES = 64_000_000
"""The located reader's size limit (samverkan.io.inputs) bounds its memory, about 80 bytes per byte of text. The fast
path takes about 14 (a 21 MB register of 3000 districts: 290 MB), so it reads larger files: a valid national
register loads without raising the limit; a file that large with a problem meets the located reader's limit."""


def _entities_of(display: str, doc: LocatedMap, problems: list[Located], invalid_ids: set[str]) -> list[tuple]:
    """(section, index in it, entity, node) of every valid entity of one file read with positions; its problems go
    to `problems`."""
    found: list[tuple] = []
    for key, items in doc.items():
        if key not in ENTITY_TYPES:
            close = suggest(str(key), list(ENTITY_TYPES))
            problems.append(Located(display, *_at(doc, key), Msg(
                f"okänt avsnitt '{key}'", f"unknown section '{key}'"),
                Msg(f"menade du '{close}'?", f"did you mean '{close}'?") if close else
                Msg("tillåtna avsnitt: " + ", ".join(ENTITY_TYPES),
                    "allowed sections: " + ", ".join(ENTITY_TYPES))))
            continue
        if items is None:
            continue
        if not isinstance(items, list):
            problems.append(Located(display, *_at(doc, key), Msg(
                f"avsnittet '{key}' ska vara en lista", f"section '{key}' must be a list")))
            continue
        cls = ENTITY_TYPES[key]
        for i, node in enumerate(items):
            if not isinstance(node, dict):
                problems.append(Located(display, *_at(items, i), Msg(
                    f"varje post i '{key}' ska vara en mappning", f"each item of '{key}' must be a mapping")))
                continue
            try:
                entity = cls.model_validate(node)  # a LocatedMap is a dict: no copy needed
            except ValidationError as exc:
                problems += entity_problems(display, node, exc, cls)
                if isinstance(node.get("id"), str):
                    invalid_ids.add(node["id"])  # reported once, not again by every reference to it
                continue
            _lighten(entity)
            found.append((key, i, entity, node))
    return found


_SHORT = 120


def _lighten(entity: Entity) -> None:
    """Make a loaded entity smaller: the set of fields given, one per combination instead of one per model (nothing
    here reads it: it serves `exclude_unset`), and its short strings (ids, references, names, in lists and in the
    models inside it too) and its sources' documents, sections and lines interned, since every file repeats them.
    3000 agreements: about 40 % less memory. Only the fields that can hold text are looked at (an enumeration's
    values are pydantic's own, one object each)."""
    _light(entity)
    setattr_ = object.__setattr__  # a SourceRef is frozen for callers, not for its loader
    for source in entity.sources:
        setattr_(source, "document", intern(source.document))
        if source.section is not None:
            setattr_(source, "section", intern(source.section))
        if source.lines is not None:
            setattr_(source, "lines", intern(source.lines))


def _light(value):
    """A field's value made smaller (see _lighten): a short string interned, a list or a model lightened in place."""
    kind = type(value)
    if kind is str:
        return intern(value) if len(value) < _SHORT else value
    if kind is list:
        for i, item in enumerate(value):
            value[i] = _light(item)
    elif isinstance(value, BaseModel):
        share_fields_set(value)
        values = value.__dict__
        for key in _TEXT_FIELDS.get(kind) or _text_fields(kind):
            item = values[key]
            if type(item) is str:  # most are: no call for them
                if len(item) < _SHORT:
                    values[key] = intern(item)
            elif item:
                values[key] = _light(item)
    return value


_TEXT_FIELDS: dict[type, tuple[str, ...]] = {}


def _text_fields(cls: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a model whose value may hold a string other than an enumeration's: a string, a model, or a
    list or optional one of these."""
    def text(annotation) -> bool:
        if annotation is str or (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return True
        origin = get_origin(annotation)
        if origin is Annotated:
            return text(get_args(annotation)[0])
        return origin in (Union, UnionType, list) and any(text(a) for a in get_args(annotation))

    unique = {"id"} if cls in DERIVED_IDS else set()  # made of what it joins, one object each: nothing to share
    _TEXT_FIELDS[cls] = found = tuple(name for name, info in cls.model_fields.items()
                                      if text(info.annotation) and name not in unique)
    return found


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
    """The text of one data file in ruamel.yaml's block style (width 110, sequences indented by 2), written
    entity by entity by the fast writer of `yaml_emit`; an entity it cannot write goes through ruamel."""
    from samverkan.store.yaml_emit import Fallback, section_item

    filled = {k: v for k, v in sections.items() if v}
    if not filled:
        return dump_sections_ruamel(sections, schema_path)
    parts = [SCHEMA_MODELINE.format(path=schema_path)] if schema_path else []
    for key, items in filled.items():
        parts.append(f"{key}:\n")
        for item in items:
            try:
                parts.append(section_item(item))
            except Fallback:
                parts.append(dump_sections_ruamel({key: [item]}).split("\n", 1)[1])
    return "".join(parts)


def dump_sections_ruamel(sections: dict[str, list[dict]], schema_path: str | None = None) -> str:
    """The same text through ruamel.yaml alone: the reference for the fast writer (about 100x slower)."""
    from ruamel.yaml import YAML  # only writing needs ruamel (it keeps the layout people are used to)

    yaml = YAML()
    yaml.width = 110
    yaml.indent(mapping=2, sequence=4, offset=2)
    buffer = io.StringIO()
    if schema_path:
        buffer.write(SCHEMA_MODELINE.format(path=schema_path))
    yaml.dump({k: v for k, v in sections.items() if v}, buffer)
    return buffer.getvalue()


def dataset_files(data: DataSet, schema_path: str | None = None) -> dict[str, str]:
    """A data set rendered as files: relative path → YAML text (register.yaml plus one file per agreement).

    `schema_path` (relative to the folder) is named on each file's first line for YAML editors.
    """
    with gc_paused():  # as in loading: millions of small objects, none cyclic (3000 agreements: 34 s -> 14 s)
        layout: dict[str, dict[str, list[dict]]] = {}
        for section, items in data.sections():
            for entity in items:
                rel = _file_of(data, entity)
                if rel not in layout:
                    layout[rel] = {s: [] for s in ENTITY_TYPES}
                layout[rel][section].append(entity_to_plain(entity))
        files = {}
        for rel in sorted(layout):
            depth = len(Path(rel).parts) - 1
            files[rel] = dump_sections(layout[rel], ("../" * depth + schema_path) if schema_path else None)
        return files


def write_dataset(data: DataSet, out: str | Path, schema_path: str | None = None) -> list[Path]:
    """Write a data set as register.yaml plus one file per agreement. Returns the files written.

    Refuses to overwrite existing files (FileExistsError, before anything is written); the caller asks the
    user first.
    """
    out = Path(out)
    files = {out / rel: text for rel, text in dataset_files(data, schema_path).items()}
    for target in files:
        if target.exists():
            raise FileExistsError(target)
    from samverkan.io.outputs import write_all  # all or nothing; never a FIFO or device

    return write_all(files)
