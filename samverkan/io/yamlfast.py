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

try:
    import yaml_rs
except ImportError:  # the fast path is an optimisation: without it every file takes the located path
    yaml_rs = None

_TOKEN_START = frozenset(" \n[{,")
_INDICATORS = "!&*|>%@`?"  # tag, anchor, alias, block scalars, directive, reserved, complex key
_SPECIAL_FLOAT = re.compile(r"\.(?:inf|Inf|INF|nan|NaN|NAN)")
_EXPONENT = re.compile(r"[eE][-+]?[0-9]{3}")  # 1e400 is infinite; yamlsource refuses it, and 20 digits
_MANTISSA = re.compile(r"[-+]?[0-9._]*")
_DIGITS_20 = re.compile(r"[0-9]{20}")
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


def _huge_number(text: str) -> bool:
    """A number too large for yamlsource: 20 digits anywhere, or an exponent of three digits in a token that starts
    like a number (anywhere, 'lekoinge-2024.txt' or '004_f4e994a….txt' sent every file down the located path, and
    a national register past its size limit). A literal scan and a look back: one pattern with lookbehinds tried
    at every character took 0.5 s at 300 agreements, as long as parsing them."""
    if _DIGITS_20.search(text) is not None:
        return True
    for found in _EXPONENT.finditer(text):
        start = found.start()
        while start > 0 and text[start - 1] not in _TOKEN_START:
            start -= 1
        if _MANTISSA.fullmatch(text, start, found.start()):
            return True
    return False


def maybe_different(text: str) -> bool:
    """Whether the two parsers might read `text` differently (see the module's docstring). Conservative."""
    return (
        not text.replace("\n", "").isprintable()  # tabs, CR, control characters, a BOM, unusual spaces
        or "\\" in text or "<<" in text
        or any(_at_token_start(text, c) for c in _INDICATORS if c in text)
        or (_RADIX.search(text) is not None
            and any(_at_token_start(text, p, signed=True) for p in ("0x", "0X", "0b", "0B", "0o", "0O") if p in text))
        or _SPECIAL_FLOAT.search(text) is not None or _huge_number(text)
        or text.startswith(("---", "...")) or "\n---" in text or "\n..." in text
        or ("_" in text and _number_with_separator(text))
    )


def parse_plain(text: str):
    """The document as plain dicts, lists and scalars, or None when the located reader must decide."""
    if yaml_rs is None or not text or maybe_different(text) or _COMPACT_NESTING.search(text):
        return None
    try:
        doc = yaml_rs.loads(text, parse_datetime=False)
    except Exception:  # noqa: BLE001 - whatever yaml-rs refuses, the located reader reports with its position
        return None
    if not isinstance(doc, dict) or not all(isinstance(k, str) for k in doc):
        return None  # not a data file's shape: the located reader says why, with a line
    return doc
