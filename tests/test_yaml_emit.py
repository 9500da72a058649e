"""The fast data file writer (samverkan.store.yaml_emit) gives ruamel.yaml's bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan.store import yaml_io
from samverkan.store.yaml_io import dataset_files, dump_sections, dump_sections_ruamel, load_dataset
from samverkan.synthetic import generate

ROOT = Path(__file__).resolve().parent.parent


def ruamel_files(data, schema_path=None, monkeypatch=None) -> dict[str, str]:
    monkeypatch.setattr(yaml_io, "dump_sections", dump_sections_ruamel)
    try:
        return dataset_files(data, schema_path)
    finally:
        monkeypatch.undo()


def test_the_real_data_set_is_written_as_ruamel_writes_it(monkeypatch):
    data, _ = load_dataset(ROOT / "data" / "stockholm")
    path = "schema/dataset.schema.json"
    assert dataset_files(data, path) == ruamel_files(data, path, monkeypatch)


def test_a_synthetic_data_set_is_written_as_ruamel_writes_it(monkeypatch):
    data = generate(6, 5).data
    assert dataset_files(data) == ruamel_files(data, None, monkeypatch)


LONG = " ".join(f"ord{i}" for i in range(60))
TRICKY = [
    "", " x", "x ", "a  b", "-", "-x", "- x", "?x", ":x", "x:", "a: b", "a:b", "a #b", "a#b", "#a", "'a'", "it's",
    '"q"', "[a]", "a, b", "{a}", "&a", "*a", "!a", "|a", ">a", "%a", "@a", "`a", "---", "...", "a\nb", "a\u2028b",
    "a\u0085b", "tab\there", "\ufeffbom", "emoji \U0001F600", "å ä ö – é", "70", "40-48", "2024-01-01", "1.5", "1e3",
    "0x1f", "0o17", ".inf", "-.5", "+1", "true", "True", "TRUE", "false", "yes", "no", "on", "off", "null", "Null",
    "~", "<<", "=", LONG, "w" * 130, "k: " + LONG, LONG + " '", "'" + LONG, "a " * 70, "ord " + "x" * 105 + " y",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_strings_come_out_as_ruamel_writes_them(text):
    for item in ({"id": "a", "name": text}, {"id": "a", "sources": [{"document": "d", "quote": text}]},
                 {"id": "a", "follow_up": [text, "x"]}, {"id": "a", "frequency": {"text": text, "per_year": 2.0}},
                 {"id": "a", "ab" * 20: text}):
        sections = {"groups": [item]}
        assert dump_sections(sections) == dump_sections_ruamel(sections), (text, item)


@pytest.mark.parametrize("value", [0, -3, 10**20, 4.0, 0.1, 1e20, -2.5, float("inf"), True, False, None, [], {},
                                   [[1]], [{}], {"a": None}])
def test_other_values_come_out_as_ruamel_writes_them(value):
    sections = {"groups": [{"id": "a", "value": value, "after": "b"}], "roles": [{"id": "r", "title": "t"}]}
    assert dump_sections(sections) == dump_sections_ruamel(sections)
    assert dump_sections(sections, "schema/x.json") == dump_sections_ruamel(sections, "schema/x.json")
