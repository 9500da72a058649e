"""A fast writer for data set files that gives ruamel.yaml's bytes (the format of `yaml_io.dump_sections`).

ruamel.yaml's pure-Python emitter takes about 0.4 s per local agreement (20 minutes for 3000), most of it in
per-event bookkeeping (tags, resolver lookups, environment reads). The data files are simple: mappings of
string keys to strings, numbers, booleans, lists and nested mappings, in block style. This module writes
those directly, porting the two decisions of ruamel's emitter that shape the text: the scalar style (plain
unless the string would read back as something else or holds an indicator, then single-quoted) and the
folding of long plain scalars at the line width (Emitter.write_plain). Anything else (line breaks, special
characters, long quoted strings, empty collections, None, nested lists) is handed to ruamel for that one
entity, whose text does not depend on its neighbours. `tests/test_yaml_emit.py` compares both writers.
"""

from __future__ import annotations

import re
from functools import lru_cache

WIDTH = 110
"""The line width of the data files (ruamel's best_width)."""

_PRINTABLE = "\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"
_PLAIN_CHARS = re.compile(rf"(?!---|\.\.\.)(?![ #,\[\]{{}}&*!|>'\"%@`?:\-])[{_PRINTABLE}]*(?<! )\Z")
_QUOTABLE = re.compile(rf"[{_PRINTABLE}]*\Z")


def _plain_ok(text: str) -> bool:
    """Whether ruamel writes `text` as a block plain scalar, if it reads back as a string: no leading indicator,
    no ': ', ' #' or trailing ':', no leading or trailing space, only printable characters, no line breaks."""
    return bool(text) and bool(_PLAIN_CHARS.match(text)) and ": " not in text and " #" not in text \
        and not text.endswith(":")


PLAIN, QUOTED, OTHER = 0, 1, 2
_styles: dict[str, int] = {}


def _style(text: str) -> int:
    style = _styles.get(text)
    if style is None:
        if not text:
            style = OTHER
        elif _reads_as_string(text):
            style = PLAIN if _plain_ok(text) else OTHER
        else:  # reads back as a number, date, boolean or null: quoted
            style = QUOTED if "'" not in text and _QUOTABLE.match(text) else OTHER
        if len(_styles) < 1 << 20:
            _styles[text] = style
    return style


class Fallback(Exception):
    """The value needs ruamel's emitter."""


@lru_cache(maxsize=1)
def _resolver():
    from ruamel.yaml import YAML
    from ruamel.yaml.nodes import ScalarNode

    resolver = YAML().resolver
    first = {k for k in resolver.versioned_resolver if k}
    str_tag = resolver.resolve(ScalarNode, "abc", (True, False))
    return resolver, ScalarNode, first, str_tag


@lru_cache(maxsize=1 << 16)
def _reads_as_string(text: str) -> bool:
    resolver, node, first, str_tag = _resolver()
    if text[0] not in first:
        return True
    return resolver.resolve(node, text, (True, False)) == str_tag


def _plain(text: str, column: int, indent: int, out: list[str]) -> None:
    """ruamel's Emitter.write_plain for a text without line breaks, after 'key:' or '-' at `column`."""
    if column + 1 + len(text) <= WIDTH:  # fits: no column on the way reaches the width
        out.append(" " + text)
        return
    out.append(" ")
    column += 1
    spaces = False
    start = end = 0
    n = len(text)
    while end <= n:
        ch = text[end] if end < n else None
        if spaces:
            if ch != " ":
                if start + 1 == end and column >= WIDTH:
                    out.append("\n" + " " * indent)
                    column = indent
                else:
                    data = text[start:end]
                    column += len(data)
                    out.append(data)
                start = end
        elif ch is None or ch == " ":
            data = text[start:end]
            if len(data) + column > WIDTH and column > indent:
                out.append("\n" + " " * indent)
                column = indent
            column += len(data)
            out.append(data)
            start = end
        if ch is not None:
            spaces = ch == " "
        end += 1


def _scalar(value, column: int, indent: int, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        style = _style(value)
        if style == PLAIN:
            if column + 1 + len(value) <= WIDTH:
                out.append(" " + value)
            else:
                _plain(value, column, indent, out)
        elif style == QUOTED and column + len(value) + 3 <= WIDTH:
            out.append(f" '{value}'")
        else:
            raise Fallback
    elif kind is bool:
        out.append(" true" if value else " false")
    elif kind is int:
        out.append(f" {value}")
    elif kind is float:
        text = repr(value)
        if not _FLOAT.fullmatch(text):
            raise Fallback
        out.append(" " + text)
    else:
        raise Fallback


_FLOAT = re.compile(r"-?\d+\.\d+")
_keys: set[str] = set()


def _mapping(item: dict, indent: int, prefix: str, out: list[str]) -> None:
    """A block mapping whose keys sit at `indent`; the first key follows `prefix` (e.g. '  - ')."""
    lead = prefix
    for key, value in item.items():
        if key not in _keys:
            if type(key) is not str or _style(key) != PLAIN or len(key) > 100:
                raise Fallback
            _keys.add(key)
        out.append(lead + key + ":")
        lead = " " * indent
        kind = type(value)
        if kind is str and _styles.get(value) == PLAIN and indent + len(key) + 2 + len(value) <= WIDTH:
            out.append(" " + value + "\n")
        elif kind is dict:
            if not value:
                raise Fallback
            out.append("\n")
            _mapping(value, indent + 2, " " * (indent + 2), out)
        elif kind is list:
            if not value:
                raise Fallback
            out.append("\n")
            dash = " " * (indent + 2) + "- "
            for element in value:
                if type(element) is dict:
                    if not element:
                        raise Fallback
                    _mapping(element, indent + 4, dash, out)
                elif type(element) is list:
                    raise Fallback
                else:
                    out.append(dash[:-1])
                    _scalar(element, indent + 3, indent + 4, out)
                    out.append("\n")
        else:
            _scalar(value, indent + len(key) + 1, indent + 2, out)
            out.append("\n")


def section_item(item: dict) -> str:
    """One entity of a section as it appears in a data file ('  - id: ...'); raises Fallback if it needs ruamel."""
    out: list[str] = []
    _mapping(item, 4, "  - ", out)
    return "".join(out)
