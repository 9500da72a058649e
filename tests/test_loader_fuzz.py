"""Whatever is in a data file, loading it gives a data set or located problems, never a crash."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan.store.yaml_io import LoadError, load_dataset
from tests.conftest import DATA

REAL = (DATA / "agreements" / "norrmalm-2016.yaml").read_text(encoding="utf-8").splitlines(keepends=True)
TOKENS = ["organisations:\n", "groups:\n", "  - id: x\n", "    name: X\n", "    kind: steering\n", "- ", ": ", "[",
          "]", "{", "}", "!!python/object:os.system ", "&a ", "*a ", "<<: *a\n", "2020-02-30", "null", "~", "yes",
          "\t", "'", '"', "#", "\n", "    ", "valid_from: ", "sources: [{document: x}]\n", "\ufeff", "\x00"]


def load_text(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "a.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            load_dataset(tmp)
        except LoadError as exc:
            assert exc.problems and all(p.file.endswith("a.yaml") for p in exc.problems)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), max_size=40))
def test_token_soup_never_crashes(tokens):
    load_text("".join(tokens))


@settings(max_examples=100, deadline=None)
@given(st.integers(0, len(REAL) - 1), st.integers(0, 40), st.text(max_size=12))
def test_a_damaged_real_file_never_crashes(line, column, garbage):
    damaged = list(REAL)
    text = damaged[line]
    damaged[line] = text[:column] + garbage + text[column:]
    load_text("".join(damaged))
