"""Packaging: what the default install lacks fails clearly, and the code runs on the lowest versions it declares."""

from __future__ import annotations

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
    import networkx as nx

    from samverkan.store import exchange
    from samverkan.store.yaml_io import load_dataset

    data = load_dataset(DATA)[0]
    current = exchange.to_json(data)
    real = nx.node_link_data

    def old_signature(g, *, source="source", target="target", name="id", key="key", link="links"):
        return real(g, source=source, target=target, name=name, key=key, edges=link)

    monkeypatch.setattr(nx, "node_link_data", old_signature)
    with pytest.raises(TypeError):
        nx.node_link_data(nx.MultiDiGraph(), edges="edges")
    assert exchange.to_json(data) == current
