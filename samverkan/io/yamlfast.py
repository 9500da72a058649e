"""The fast path of reading YAML: plain data from yaml-rs (a parser in Rust, 5-8x faster than libyaml
building Python nodes), for text that holds nothing it could read differently from `yamlsource`.

`yamlsource` stays the reference: it gives positions, and it refuses tags, aliases, merge keys and
duplicate keys. `parse_plain` returns None, and the caller reads the file with `yamlsource`, whenever
the text might hold one of those, or a scalar form where the two parsers' YAML 1.2 core schemas differ
(`0X1F`, `0b101`, `1_000`, `.inf`), or more than one document, or anything yaml-rs rejects. The test is
a conservative scan of the raw text: an `&` in a quoted sentence sends the file down the slow path,
never the other way round. tests/test_yamlfast.py checks the agreement on generated text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

try:
    import yaml_rs
except ImportError:  # the fast path is an optimisation: without it every file takes the located path
    yaml_rs = None

_TOKEN_START = frozenset(" \n[{,")
_INDICATORS = "!&*|>%@`?"  # tag, anchor, alias, block scalars, directive, reserved, complex key
_SPECIAL_FLOAT = re.compile(r"\.(?:inf|Inf|INF|nan|NaN|NAN)")
# 1e400 is infinite; yamlsource refuses it, and 20 digits. The shape of a text: see _huge_number.
_SHAPES = bytes(48 if 48 <= b <= 57 else 101 if b in b"eE" else 43 if b in b"+-" else 32 for b in range(256))
_TOKEN_START_BYTES = frozenset(b" \n[{,")
_MANTISSA_BYTES = re.compile(rb"[-+]?[0-9._]*")
_MANTISSA_CHARS = frozenset(b"-+0123456789._")
_RADIX = re.compile(r"0[xXbBoO]")  # a literal first character: re scans for it at C speed
_NUMBER = re.compile(r"[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9_]+)?")
# Sequences nested on one line ("- - - x"): the only block nesting that grows linearly with the text; yaml-rs
# recurses on it and crashes the process at ~20,000 levels. Flow nesting it refuses itself (at ~256 levels).
_COMPACT_NESTING = re.compile("- +" * 16)  # written out: a literal start lets re skip ahead at C speed


def _at_token_start(text: str, needle: str, signed: bool = False) -> bool:
    """Whether `needle` occurs where a token starts (after a space, a line break, `[`, `{` or `,`), or, with
    `signed`, after a sign there. str.find runs at C speed; only the occurrences are looked at."""
    i = text.find(needle)
    while i >= 0:
        before = i - 1 if signed and i > 0 and text[i - 1] in "+-" else i
        if before == 0 or text[before - 1] in _TOKEN_START:
            return True
        i = text.find(needle, i + 1)
    return False


def _number_with_separator(text: str) -> bool:
    i = text.find("_")
    while i >= 0:
        if i > 0 and text[i - 1].isdigit():
            start = i
            while start > 0 and text[start - 1] not in _TOKEN_START:
                start -= 1
            end = i
            while end < len(text) and text[end] not in " \n,]}#":
                end += 1
            if _NUMBER.fullmatch(text, start, end):
                return True
        i = text.find("_", i + 1)
    return False


def _huge_number(text: str, raw: bytes | None = None) -> bool:
    """A number too large for yamlsource: 20 digits anywhere, or an exponent of three digits in a token that starts
    like a number (anywhere, 'lekoinge-2024.txt' or '004_f4e994a….txt' sent every file down the located path, and
    a national register past its size limit). Both are found in the text's shape (its UTF-8 bytes with every digit
    made 0, e and E e, signs +, anything else a space: bytes.translate and bytes.find, at C speed): regular
    expressions that try every digit and every e took as long as parsing the files. Each candidate exponent is then
    looked back on, to its token's start. `raw`: the text's UTF-8 bytes, when the caller has them."""
    raw = _utf8(text) if raw is None else raw
    shape = raw.translate(_SHAPES)
    if b"0" * 20 in shape:
        return True
    for needle in (b"e000", b"e+000"):
        found = shape.find(needle)
        while found >= 0:
            start = found
            while start > 0 and raw[start - 1] not in _TOKEN_START_BYTES:
                if raw[start - 1] not in _MANTISSA_CHARS:  # a letter: no number ('…a73e563a.txt'), look no further
                    break
                start -= 1
            else:
                if _MANTISSA_BYTES.fullmatch(raw, start, found):
                    return True
            found = shape.find(needle, found + 1)
    return False


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


_PRINTABLE_ASCII = bytes(range(0x20, 0x7F)) + b"\n"


def _printable(raw: bytes) -> bool:
    """Whether every character but line breaks is printable: the printable ASCII bytes and line breaks deleted
    (bytes.translate, at C speed), what is left (control characters, anything not ASCII) is asked as text; a
    multi-byte character loses none of its bytes, all of them above 0x7F. str.isprintable over the whole text
    looked every character up and took a third of the scan."""
    return raw.translate(None, _PRINTABLE_ASCII).decode("utf-8", "surrogatepass").isprintable()


def maybe_different(text: str, raw: bytes | None = None) -> bool:
    """Whether the two parsers might read `text` differently (see the module's docstring). Conservative.
    `raw`: the text's UTF-8 bytes, when the caller has them."""
    raw = _utf8(text) if raw is None else raw
    return (
        not _printable(raw)  # tabs, CR, control characters, a BOM, unusual spaces
        or "\\" in text or "<<" in text
        or any(_at_token_start(text, c) for c in _INDICATORS if c in text)
        or (_RADIX.search(text) is not None
            and any(_at_token_start(text, p, signed=True) for p in ("0x", "0X", "0b", "0B", "0o", "0O") if p in text))
        or _SPECIAL_FLOAT.search(text) is not None or _huge_number(text, raw)
        or text.startswith(("---", "...")) or "\n---" in text or "\n..." in text
        or ("_" in text and _number_with_separator(text))
    )


def parse_plain(text: str):
    """The document as plain dicts, lists and scalars, or None when the located reader must decide."""
    if not _fast(text):
        return None
    return _mapping(text)


class NotPlain(Exception):
    """The text is for the located reader (see parse_plain)."""


PIECE_CHARS = 1_000_000
"""Pieces of about this many characters are parsed one at a time: the plain data of a 21 MB register (3000
agreements) is ten times its size, and a caller that turns each piece into entities and drops it never holds it all."""

_KEY_START = re.compile(r"[^\s#-]")  # a line starting so in column 0 starts a key of the document
_TOP_KEY = re.compile(r"\n[^\s#-]")  # a literal first character: re skips ahead at C speed (not so after a ^)


def parse_pieces(text: str, piece_chars: int = PIECE_CHARS,
                 raw: bytes | None = None) -> Iterator[tuple[str, int, object]]:
    """The document as (key, index of the value's first item, value) in file order, a large document piece by
    piece: its top-level keys apart, and a long list of one key in runs of items cut where an item starts at the
    list's indentation. Raises NotPlain, possibly after some pieces, when the located reader must decide: a
    cut inside a quoted or flow scalar leaves a piece that does not parse, and a key that comes back later is a
    duplicate the located reader reports. `raw`: the text's UTF-8 bytes, when the caller has them."""
    if not _fast(text, raw):
        raise NotPlain
    if len(text) <= piece_chars:
        for key, value in _mapping_or_raise(text).items():
            yield key, 0, value
        return
    starts = [m.start() + 1 for m in _TOP_KEY.finditer(text)]
    # comments before the first key go with it
    starts = [0, *(starts if _KEY_START.match(text) else starts[1:])]
    seen: set[str] = set()
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        for key, first, value in _key_pieces(text, start, end, piece_chars):
            if key in seen and first == 0:
                raise NotPlain
            seen.add(key)
            yield key, first, value


def _key_pieces(text: str, start: int, end: int, piece_chars: int) -> Iterator[tuple[str, int, object]]:
    """One top-level key of the text (text[start:end]), its list in runs of items when long."""
    head_end = text.find("\n", start, end) + 1
    head = text[start:head_end] if head_end else ""
    if end - start <= piece_chars or not head.rstrip().endswith(":"):  # short, or a value on the key's line
        yield _single(text[start:end])
        return
    item = re.compile(r"^ *- ", re.MULTILINE).search(text, head_end, end)
    if item is None:
        yield _single(text[start:end])
        return
    starts_item = "\n" + item.group()  # a line starting with an item at the list's indentation
    cuts = [head_end]
    while (found := text.find(starts_item, max(cuts[-1] + piece_chars, item.start()) - 1, end)) >= 0:
        cuts.append(found + 1)  # the first item starting a piece's length or more after the last cut
    first = 0
    for cut, stop in zip(cuts, [*cuts[1:], end], strict=True):
        key, _, value = _single(head + text[cut:stop])
        if not isinstance(value, list):
            raise NotPlain
        yield key, first, value
        first += len(value)


def _single(text: str) -> tuple[str, int, object]:
    doc = _mapping_or_raise(text)
    if len(doc) != 1:
        raise NotPlain
    key, value = next(iter(doc.items()))
    return key, 0, value


def _fast(text: str, raw: bytes | None = None) -> bool:
    return (yaml_rs is not None and bool(text) and not maybe_different(text, raw)
            and not _COMPACT_NESTING.search(text))


def _mapping(text: str):
    try:
        doc = yaml_rs.loads(text, parse_datetime=False)
    except Exception:  # noqa: BLE001 - whatever yaml-rs refuses, the located reader reports with its position
        return None
    if not isinstance(doc, dict) or not all(isinstance(k, str) for k in doc):
        return None  # not a data file's shape: the located reader says why, with a line
    return doc


def _mapping_or_raise(text: str) -> dict:
    doc = _mapping(text)
    if doc is None:
        raise NotPlain
    return doc
