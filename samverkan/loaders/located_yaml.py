"""Fast, safe YAML reading that keeps the line and column of every key and item.

libyaml (PyYAML's C parser) composes the node tree; we construct ruamel's CommentedMap/CommentedSeq
from it with ruamel's `.lc` positions filled in, so callers locate problems with `node.lc.key(k)`,
`node.lc.value(k)` and `node.lc.item(i)` as with ruamel's own (much slower) round-trip loader.

Scalars follow the YAML 1.2 core schema: `yes`/`no`/`on`/`off` stay text, dates stay text (pydantic
validates them, so a bad date gets a line). Tags other than the core ones are refused, duplicate keys
are errors: nothing in a data file can construct an object.
"""

from __future__ import annotations

import re

import yaml
from ruamel.yaml.comments import CommentedMap, CommentedSeq

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
