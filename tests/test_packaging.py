"""Packaging: what the default install lacks fails clearly, and the code runs on the lowest versions it declares."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib

import pytest

from tests.conftest import DATA, ROOT

WITHOUT_MATPLOTLIB = """
import sys
sys.modules["matplotlib"] = None  # as in an install without the png extra: `import matplotlib` raises ImportError
sys.argv = ["samverkan", *sys.argv[1:]]
from samverkan.cli import main
main()
"""


def test_png_without_matplotlib_says_how_to_get_it(tmp_path):
    out = tmp_path / "g.png"
    result = subprocess.run([sys.executable, "-c", WITHOUT_MATPLOTLIB, "show", str(DATA), "--format", "png", "--out",
                             str(out), "--lang", "en"], capture_output=True, text=True, cwd=ROOT, timeout=180)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == ("--format png needs matplotlib, which is not installed: "
                                     "pip install 'samverkan[png]' (or choose --format svg)")
    assert not out.exists()
    svg = subprocess.run([sys.executable, "-c", WITHOUT_MATPLOTLIB, "show", str(DATA), "--format", "svg", "--out",
                          str(tmp_path / "g.svg")], capture_output=True, text=True, cwd=ROOT, timeout=180)
    assert svg.returncode == 0, svg.stderr


def test_matplotlib_is_the_png_extra_only():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(d.startswith("matplotlib") for d in project["dependencies"])
    assert any(d.startswith("matplotlib") for d in project["optional-dependencies"]["png"])


def test_json_export_on_networkx_before_3_4(monkeypatch):
    """networkx 3.2 and 3.3 (the declared minimum is 3.2) call node_link_data's keyword `link`, not `edges`:
    `export --format json` crashed there. The same document either way."""
    import inspect

    import networkx as nx

    from samverkan.store import exchange
    from samverkan.store.yaml_io import load_dataset

    data = load_dataset(DATA)[0]
    current = exchange.to_json(data)
    real = nx.node_link_data
    if "edges" not in inspect.signature(real).parameters:  # this is networkx 3.2 or 3.3 itself (make test-min)
        assert json.loads(current)["edges"] and current == exchange.to_json(data)
        return

    def old_signature(g, *, source="source", target="target", name="id", key="key", link="links"):
        return real(g, source=source, target=target, name=name, key=key, edges=link)

    monkeypatch.setattr(nx, "node_link_data", old_signature)
    with pytest.raises(TypeError):
        nx.node_link_data(nx.MultiDiGraph(), edges="edges")
    assert exchange.to_json(data) == current


# --- the lowest declared versions (`make test-min`) -----------------------------------------------------


def test_lower_bounds_are_read_from_pyproject():
    """The constraints `make test-min` installs are pyproject's own lower bounds, one per dependency."""
    from packaging.requirements import Requirement
    from packaging.version import Version

    from tests.lower_bounds import constraints

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    pinned = constraints()
    assert len(pinned) == len(declared)
    for requirement, line in zip(declared, pinned, strict=True):
        req = Requirement(requirement)
        name, _, version = line.partition("==")
        assert name == req.name
        floors = [s.version for s in req.specifier if s.operator in (">=", "==")]
        assert floors, f"{req.name} declares no lowest version"
        assert Version(version) == Version(floors[0])
        assert req.specifier.contains(version), f"{req.name}'s lowest version {version} is outside {req.specifier}"


def test_lower_bounds_keep_markers_and_refuse_a_dependency_without_one():
    from tests.lower_bounds import NoLowerBound, lowest

    assert lowest("foo[bar] >= 1.2, <2 ; python_version < '3.12'") == "foo==1.2; python_version < '3.12'"
    assert lowest("pyvis==0.3.2") == "pyvis==0.3.2"
    with pytest.raises(NoLowerBound):
        lowest("requests")


def test_installed_versions_are_compared_with_the_lowest():
    from tests.lower_bounds import constraints, not_at_lowest

    frozen = "\n".join(line.split(";")[0] for line in constraints())
    assert not_at_lowest(frozen) == []
    first = constraints()[0].split("==")[0]
    bumped = frozen.replace(constraints()[0].split(";")[0], f"{first}==999")
    assert not_at_lowest(bumped) == [f"{first}: 999, lowest declared {constraints()[0].split('==')[1]}"]


def test_make_test_min_installs_what_lower_bounds_reads():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = makefile[makefile.index("\ntest-min:"):].split("\n\n")[0]
    assert "-m tests.lower_bounds >" in target and "-c $(MIN_VENV)/constraints-min.txt" in target
    assert "--check" in target and 'pytest -m "not slow"' in target
    test_target = makefile[makefile.index("\ntest:"):].split("\n\n")[0]
    assert "test-min" not in test_target and "lower_bounds" not in test_target
