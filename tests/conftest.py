"""Shared fixtures: the real data set, the real source documents, and a folder for test output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# `make test` draws the same examples on every run, so a submission's result does not depend on luck;
# HYPOTHESIS_PROFILE=explore draws new ones (with SAMVERKAN_PROPERTY_SCALE for more of them) to hunt.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "stockholm"
SEEDS = ROOT / "data" / "seeds"
OUTPUT = ROOT / "test-output"


SLOW_MODULES = {
    "test_malformed_input", "test_determinism", "test_show_browser", "test_audit_browser", "test_neo4j",
    "test_shacl", "test_load_at_scale", "test_loader_fuzz", "test_properties", "test_import_cost",
    "test_safe_writes", "test_hostile_html", "test_yamlfast", "test_extract", "test_workbook", "test_conventions",
    "test_graph_page_browser", "test_neo4j_queries", "test_whatif_rank",
}
"""Test files that start many processes, a browser, a server, LibreOffice or Tesseract: marked `slow`, so
`make test-fast` leaves them out (`make test` runs everything)."""


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.module.__name__.rsplit(".", 1)[-1] in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)


def seed_line(name: str, line: int) -> str:
    """The text of one line of a source document (1-based), for tests that cite the seeds."""
    path = next(SEEDS.glob(f"{name}*"))
    return path.read_text(encoding="utf-8").splitlines()[line - 1]


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def dataset():
    from samverkan.store.yaml_io import load_dataset

    data, _ = load_dataset(DATA)
    return data


@pytest.fixture(scope="session")
def graph(dataset):
    from samverkan.model.graph import build_graph

    return build_graph(dataset)


@pytest.fixture(scope="session")
def output_dir() -> Path:
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session (tests using it are marked `needs_chromium`)."""
    from tests.browser import CHROMIUM, launch

    if CHROMIUM is None:
        pytest.skip("no chromium found (Debian: apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (dev extras)")
    with sync_api.sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()
