"""Import cost: a command imports the heavy libraries only when it uses them (issue 9). Each command runs as its
own process, as a user runs it, and reports the modules it imported."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import DATA

HEAVY = {
    "neo4j": "the Neo4j driver (neo4j push/pull, --neo4j)",
    "openpyxl": "the Excel matrix (audit)",
    "pypdf": "PDF text (extract)",
    "matplotlib": "PNG pictures (show --format png)",
    "networkx": "the drawn and exported graph (show, export, impact)",
    "jinja2": "HTML templates",
    "rdflib": "the RDF export",
    "ruamel": "writing YAML",
}

RUN = """
import json, sys
sys.argv = ["samverkan", *json.loads(sys.argv[1])]
from samverkan.cli import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})), file=sys.stderr)
"""


def imported_by(*args: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", RUN, json.dumps(list(args))], capture_output=True, text=True,
                          timeout=120, check=False)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("args", [
    ("check", str(DATA), "--as-of", "2024-01-01"),
    ("check", str(DATA), "--as-of", "2024-01-01", "--format", "json"),
    ("check", str(DATA), "--as-of", "2024-01-01", "--format", "sarif"),
    ("summary", str(DATA)),
    ("explain", "SAM030"),
    ("--help",),
    ("check", "--help"),
], ids=lambda a: " ".join(a[:1] + a[-2:]) if len(a) > 1 else a[0])
def test_light_commands_import_no_heavy_library(args):
    heavy = {name: why for name, why in HEAVY.items() if name in imported_by(*args)}
    assert not heavy, f"`samverkan {' '.join(args)}` imports {heavy}"


def test_the_commands_that_draw_do_import_what_they_need(tmp_path):
    # the guard above is only meaningful if the names are the modules the drawing commands really load
    modules = imported_by("show", str(DATA), "--as-of", "2024-01-01", "--out", str(tmp_path / "g.html"))
    assert {"networkx", "jinja2"} <= modules
    assert "pyvis" not in modules  # vis-network is vendored (samverkan/show/assets/vis-network), not pyvis' copy
