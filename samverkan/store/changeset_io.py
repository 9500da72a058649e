"""Reading a change set (YAML) and applying it to a data set, with every problem located in the file.

A change set file is a mapping with `title`, `source` {document, dnr, date}, optional `description`,
`base_profile` and `as_of`, and `operations`: a list of mappings, each with `op` (add, remove, update,
set_profile) and that operation's fields. Problems are reported like the data set loader's: file, line,
column, what is wrong and what to do. The data set's files are never written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from samverkan.io.i18n import Msg
from samverkan.io.yamlsource import Located, LocatedMap, LocatedSeq, to_plain, walk
from samverkan.model.changes import OP_TYPES, ChangeError, ChangeProblem, ChangeSet, apply, base_of
from samverkan.model.dataset import DataSet
from samverkan.model.entities import ENTITY_TYPES
from samverkan.model.validate import suggest
from samverkan.store.yaml_io import LoadError, entity_problems, parse_yaml


@dataclass
class ChangeSetFile:
    """A change set read from a file, with its YAML nodes to point at."""

    display: str
    changeset: ChangeSet
    root: LocatedMap

    def op_node(self, index: int) -> LocatedMap:
        return self.root["operations"][index]

    def locate(self, index: int | None, path: tuple = ()) -> tuple[int | None, int | None]:
        """1-based line and column of operation `index` (and a path inside it); the file's top without one."""
        if index is None:
            return None, None
        _node, line, col = walk(self.op_node(index), path)
        if not path:
            line, col = self.root["operations"].lc.item(index)
        return line + 1, col + 1

    def located(self, problem: ChangeProblem) -> list[Located]:
        prefix = self._prefix(problem.operation)
        if problem.error is not None and problem.operation is not None:
            node, _line, _col = walk(self.op_node(problem.operation), problem.path)
            if not isinstance(node, LocatedMap):
                node = self.op_node(problem.operation)
            return [Located(p.file, p.line, p.column, Msg(prefix.sv + p.message.sv, prefix.en + p.message.en),
                            p.suggestion)
                    for p in entity_problems(self.display, node, problem.error, problem.entity_type)]
        line, col = self.locate(problem.operation, problem.path)
        return [Located(self.display, line, col, Msg(prefix.sv + problem.message.sv, prefix.en + problem.message.en),
                        problem.suggestion)]

    def _prefix(self, index: int | None) -> Msg:
        if index is None:
            return Msg("efter ändringarna: ", "after the changes: ")
        op = self.changeset.operations[index]
        return Msg(f"operation {index + 1} ({op.op}): ", f"operation {index + 1} ({op.op}): ")


def load_changeset(path: str | Path) -> ChangeSetFile:
    """Read and validate the form of a change set file. Raises LoadError with every problem found."""
    path = Path(path)
    display = str(path)
    if not (path.exists() or path.is_symlink()):  # anything else there (a folder, a FIFO) is reported by the reader
        example = "data/stockholm/changes/hl-remiss-2019.yaml"
        raise LoadError([Located(display, None, None, Msg("filen finns inte", "the file does not exist"),
                                 Msg(f"ange en ändringsfil (YAML), t.ex. {example}",
                                     f"give a change set file (YAML), e.g. {example}"))])
    doc, problems = parse_yaml(path, display)
    if problems:
        raise LoadError(problems)
    if not isinstance(doc, LocatedMap):
        raise LoadError([Located(display, 1, 1, Msg(
            "en ändringsfil är en mappning med 'title', 'source' och 'operations'",
            "a change set is a mapping with 'title', 'source' and 'operations'"))])
    header = {str(k): to_plain(v) for k, v in doc.items() if k != "operations"}
    try:
        ChangeSet.model_validate({**header, "operations": []})
    except ValidationError as exc:
        problems += entity_problems(display, doc, exc, ChangeSet)
    operations = doc.get("operations")
    ops = []
    if operations is None:
        line, col = doc.lc.line, doc.lc.col
        problems.append(Located(display, line + 1, col + 1, Msg("'operations' saknas", "'operations' is missing"),
                                Msg("lägg till operations: [ ... ]", "add operations: [ ... ]")))
    elif not isinstance(operations, LocatedSeq):
        line, col = doc.lc.key("operations")
        problems.append(Located(display, line + 1, col + 1, Msg(
            "'operations' ska vara en lista", "'operations' must be a list")))
    else:
        for i, node in enumerate(operations):
            line, col = operations.lc.item(i)
            op, op_problems = _operation(display, node, line, col)
            problems += op_problems
            ops.append(op)
    if problems:
        raise LoadError(problems)
    changeset = ChangeSet.model_validate({**header, "operations": []})
    changeset.operations = ops
    return ChangeSetFile(display, changeset, doc)


def _operation(display: str, node, line: int, col: int):
    if not isinstance(node, LocatedMap):
        return None, [Located(display, line + 1, col + 1, Msg(
            "varje operation ska vara en mappning med 'op'", "each operation must be a mapping with 'op'"))]
    kind = node.get("op")
    if not isinstance(kind, str | None):  # a list or a mapping where a word belongs
        kind = "[…]" if isinstance(kind, list) else "{…}" if isinstance(kind, dict) else str(kind)
    if kind not in OP_TYPES:
        where = node.lc.key("op") if "op" in node else (node.lc.line, node.lc.col)
        close = suggest(str(kind), list(OP_TYPES)) if kind is not None else None
        return None, [Located(
            display, where[0] + 1, where[1] + 1,
            Msg(f"okänd operation '{kind}'", f"unknown operation '{kind}'") if kind is not None
            else Msg("operationen saknar 'op'", "the operation has no 'op'"),
            Msg(f"menade du '{close}'?", f"did you mean '{close}'?") if close
            else Msg("välj op: " + ", ".join(OP_TYPES), "choose op: " + ", ".join(OP_TYPES)))]
    problems = []
    section = node.get("section")
    if kind == "add" and "section" in node and (not isinstance(section, str) or section not in ENTITY_TYPES):
        sline, scol = node.lc.value("section")
        shown = section if isinstance(section, str) else "[…]" if isinstance(section, list) else \
            "{…}" if isinstance(section, dict) else str(section)
        close = suggest(shown, list(ENTITY_TYPES)) if isinstance(section, str) else None
        problems.append(Located(
            display, sline + 1, scol + 1,
            Msg(f"okänt avsnitt '{shown}'", f"unknown section '{shown}'"),
            Msg(f"menade du '{close}'?", f"did you mean '{close}'?") if close else
            Msg("tillåtna avsnitt: " + ", ".join(ENTITY_TYPES), "allowed sections: " + ", ".join(ENTITY_TYPES))))
        return None, problems
    cls = OP_TYPES[kind]
    try:
        return cls.model_validate(to_plain(node)), []
    except ValidationError as exc:
        return None, entity_problems(display, node, exc, cls)


def apply_changeset(data: DataSet, cs_file: ChangeSetFile) -> tuple[DataSet, str | None]:
    """Apply a loaded change set; raises LoadError with the located problems of its operations."""
    try:
        return apply(data, cs_file.changeset)
    except ChangeError as exc:
        raise LoadError([loc for p in exc.problems for loc in cs_file.located(p)]) from None


@dataclass
class Applied:
    """A change set read and applied: the model it is written against, the model after it, its profile."""

    file: ChangeSetFile
    before: DataSet
    after: DataSet
    profile: str | None


def read_changeset(data: DataSet, path: str | Path) -> Applied:
    """Load a change set, take away its `base_without` and apply it. Raises LoadError."""
    cs_file = load_changeset(path)
    try:
        before = base_of(data, cs_file.changeset)
    except ChangeError as exc:
        items = cs_file.root["base_without"]
        problems = []
        for p in exc.problems:
            line, col = items.lc.item(p.operation) if p.operation is not None else cs_file.root.lc.key("base_without")
            problems.append(Located(cs_file.display, line + 1, col + 1,
                                    Msg("base_without: " + p.message.sv, "base_without: " + p.message.en),
                                    p.suggestion))
        raise LoadError(problems) from None
    after, profile = apply_changeset(before, cs_file)
    return Applied(cs_file, before, after, profile)
