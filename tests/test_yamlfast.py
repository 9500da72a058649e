"""The fast YAML path agrees with the located reader: wherever it answers, it answers the same data, and the
data sets it loads equal those of the located path, with the same positions."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan.io.yamlfast import maybe_different, parse_plain
from samverkan.io.yamlsource import LocatedMap, LocatedSeq, YamlProblem, load_located
from samverkan.store.yaml_io import load_dataset
from tests.conftest import DATA

pytestmark = pytest.mark.skipif(parse_plain("a: 1\n") is None, reason="yaml-rs is not installed")

SCALARS = [
    "x", "sdf-norrmalm", "Polisen & staden", "a: b", "1", "010", "-5", "+3", "1.5", "1e3", ".5", "1_000", "0x1f",
    "0X1F",
    "0o17", "0b101", ".inf", "-.Inf", ".nan", "~", "null", "Null", "true", "True", "FALSE", "yes", "no", "on",
    "2018-02-30", "2016-06-01", "12:30", "004_f4e994a290e1df75.txt", "*a", "&a x", "!!str 5", "!tag x", "<<", "?",
    "|", ">", "%", "@x", "`x", "'quoted'", '"dq \\t"', "'it''s'", "ö å ä", "→", "\u202e", "\t", "x # note", "",
    "- a", "[a, b]", "{a: 1}", "---", "...",
]


def _plain(node):
    """The located tree as plain data, keys as they are (yamlsource.to_plain turns them into text)."""
    if isinstance(node, LocatedMap):
        return {k: _plain(v) for k, v in node.items()}
    if isinstance(node, LocatedSeq):
        return [_plain(v) for v in node]
    return node


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


keys = st.sampled_from(["id", "name", "kind", "members", "1", "a b", "sources", "x"])
scalars = st.sampled_from(SCALARS)


@st.composite
def documents(draw, depth: int = 0) -> str:
    """Block-style YAML built from mappings, sequences and the scalars above (many of them risky)."""
    lines = []
    indent = "  " * depth
    for key in draw(st.lists(keys, min_size=1, max_size=4, unique=True)):
        shape = draw(st.sampled_from(["scalar", "scalar", "list", "map"] if depth < 2 else ["scalar"]))
        if shape == "scalar":
            lines.append(f"{indent}{key}: {draw(scalars)}")
        elif shape == "list":
            lines.append(f"{indent}{key}:")
            lines += [f"{indent}  - {draw(scalars)}" for _ in range(draw(st.integers(0, 3)))]
        else:
            lines.append(f"{indent}{key}:")
            lines.append(draw(documents(depth + 1)))
    return "\n".join(lines)


@settings(max_examples=400, deadline=None)
@given(documents())
def test_fast_path_answers_only_what_the_located_reader_answers_the_same(text):
    fast = parse_plain(text + "\n")
    if fast is None:
        return
    located = load_located(text + "\n")  # raises (and fails the test) if the located reader refuses the text
    assert _same(fast, _plain(located)), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab:-_ \n0x1.&*!|>'\"[]{},#?<\t\\é")), max_size=60))
def test_fast_path_on_token_soup(text):
    fast = parse_plain(text)
    if fast is None:
        return
    try:
        located = load_located(text)
    except YamlProblem:
        pytest.fail(f"fast path accepted text the located reader refuses: {text!r}")
    assert _same(fast, _plain(located)), text


@pytest.mark.parametrize("text", [
    "k: &a 1\nj: *a\n", "k: !!str 5\n", "k: 0X1F\n", "k: 0b101\n", "k: 1_000\n", "k: .inf\n", "<<: {a: 1}\n",
    "k: 1\nk: 2\n", "a: 1\n---\nb: 2\n", "k: x\tz\n", "\ufeffk: x\n",
])
def test_what_the_parsers_read_differently_goes_to_the_located_reader(text):
    assert parse_plain(text) is None


def test_quoted_indicators_do_not_count_but_token_starts_do():
    assert not maybe_different("quote: 'Polisen&staden'\nfile: 004_f4e994a290e1df75.txt\n")
    assert maybe_different("quote: Polisen & staden\n")  # conservative: '& ' could start an anchor elsewhere


def test_real_data_set_loads_the_same_by_both_paths(monkeypatch):
    fast_data, fast_sources = load_dataset(DATA)
    import samverkan.io.yamlfast as yamlfast

    monkeypatch.setattr(yamlfast, "yaml_rs", None)
    slow_data, slow_sources = load_dataset(DATA)
    assert fast_data == slow_data
    for fast_entity, slow_entity in zip(fast_data.entities(), slow_data.entities(), strict=True):
        assert fast_sources.where(fast_entity.id) == slow_sources.where(slow_entity.id)
        for field in (None, "name", "id", "members"):
            assert fast_sources.locate(fast_entity, field, "?") == slow_sources.locate(slow_entity, field, "?")


def test_a_generated_data_set_takes_the_fast_path_and_equals_the_located_load(tmp_path, monkeypatch):
    from samverkan.store.yaml_io import write_dataset
    from samverkan.synthetic import generate

    write_dataset(generate(agreements=3, seed=5).data, tmp_path)
    fast_data, fast_sources = load_dataset(tmp_path)
    assert fast_sources.unlocated, "the generated files should all be read by the fast path"
    import samverkan.io.yamlfast as yamlfast

    monkeypatch.setattr(yamlfast, "yaml_rs", None)
    slow_data, slow_sources = load_dataset(tmp_path)
    assert fast_data == slow_data
    entity = fast_data.memberships[0]
    assert fast_sources.where(entity.id) == slow_sources.where(entity.id)


def _joined(pieces) -> dict:
    doc: dict = {}
    for key, first, value in pieces:
        if first:
            assert isinstance(doc[key], list) and len(doc[key]) == first
            doc[key] += value
        else:
            assert key not in doc
            doc[key] = value
    return doc


def _pieces_or_none(text: str, piece_chars: int):
    from samverkan.io.yamlfast import NotPlain, parse_pieces

    try:
        return _joined(parse_pieces(text, piece_chars))
    except NotPlain:
        return None


@settings(max_examples=300, deadline=None)
@given(documents(), st.integers(1, 80))
def test_a_document_read_in_pieces_is_the_document_read_whole(text, piece_chars):
    whole = parse_plain(text + "\n")
    pieces = _pieces_or_none(text + "\n", piece_chars)
    if pieces is not None:  # the pieces may give up where the whole parses (a cut they cannot vouch for)
        assert whole is not None and _same(pieces, whole), text


@pytest.mark.parametrize("text", [
    "roles:\n  - id: a\n    note: \"one\n  - two\"\n  - id: b\n",  # a cut inside a quoted scalar
    "roles:\n  - id: a\n    note: [x,\n  - y]\n  - id: b\n",  # inside a flow sequence
    "roles:\n  - id: a\npeople:\n  - id: p\nroles:\n  - id: b\n",  # a section twice: a duplicate key
])
def test_a_cut_the_pieces_cannot_vouch_for_goes_to_the_located_reader(text):
    assert _pieces_or_none(text, 1) is None


def test_a_long_section_is_read_in_runs_of_items_with_their_indexes():
    items = "".join(f"  - id: r{i}\n    sources:\n      - document: d\n" for i in range(50))
    text = f"# comment\norganisations:\n  - id: o\nroles:\n{items}people: []\n"
    from samverkan.io.yamlfast import parse_pieces

    pieces = list(parse_pieces(text, piece_chars=200))
    assert [k for k, _, _ in pieces].count("roles") > 5
    assert [(k, first) for k, first, _ in pieces if k == "roles"][1][1] > 0
    assert _joined(pieces) == parse_plain(text)


def _huge_reference(text: str) -> bool:
    """What _huge_number means, as regular expressions over the text."""
    import re

    if re.search(r"[0-9]{20}", text):
        return True
    for found in re.finditer(r"[eE][-+]?[0-9]{3}", text):
        start = found.start()
        while start > 0 and text[start - 1] not in " \n[{,":
            start -= 1
        if re.fullmatch(r"[-+]?[0-9._]*", text[start:found.start()]):
            return True
    return False


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789eE+-._ \n[{,:xé→\ud800")), max_size=80))
def test_huge_numbers_are_found_by_their_shape_as_by_regular_expressions(text):
    from samverkan.io.yamlfast import _huge_number

    assert _huge_number(text) == _huge_reference(text), text


@pytest.mark.parametrize("text", ["k: 1e400\n", "k: -1.5E+308\n", "k: [1, 2e999]\n", "k: 12345678901234567890\n",
                                  "k: é1e400\n", "k: x1e400\n", "k: lekoinge-2024.txt\n", "k: 1.0e12\n"])
def test_huge_numbers_by_example(text):
    from samverkan.io.yamlfast import _huge_number

    assert _huge_number(text) == _huge_reference(text)


@settings(max_examples=600, deadline=None)
@given(st.text(max_size=60) | st.text(alphabet=st.sampled_from(list("ab \n\t\r\x00\x7f\x85\xa0åÅ→\u202e\ufeff\ud800")),
                                      max_size=40))
def test_printable_by_bytes_as_by_text(text):
    """The scan's test of printable characters (on the UTF-8 bytes) means what str.isprintable says of the text
    without its line breaks."""
    from samverkan.io.yamlfast import _printable, _utf8

    assert _printable(_utf8(text)) == text.replace("\n", "").isprintable(), repr(text)
