"""The layout shows the architecture: imports only point down the layers, renderers do not run the rules,
and validity is computed in one place. Reads the source with `ast`; runs in well under a second."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "samverkan"

LAYERS = {"cli": 5, "app": 4, "features": 3, "rules": 2, "model": 1, "io": 0}
FEATURES = {"store", "findings", "show", "audit", "whatif", "extract", "synthetic", "deadlines", "annual"}
RENDERERS = {"findings", "show", "audit.html", "audit.xlsx", "audit.files", "audit.graphs", "whatif.page",
             "whatif.report"}
"""Modules that turn findings into something people read; they are handed findings, never run the rules."""


def layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "samverkan" or len(parts) == 1:
        return None
    top = parts[1]
    if top in FEATURES:
        return "features"
    return top if top in LAYERS else None


@cache
def modules() -> dict[str, ast.Module]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        out[name] = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return out


def imports(tree: ast.Module) -> list[tuple[str, int]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found += [(node.module, node.lineno)]
            found += [(f"{node.module}.{a.name}", node.lineno) for a in node.names]
        elif isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names]
    return [(m, line) for m, line in found if m.startswith("samverkan.")]


def known(name: str, all_modules: dict) -> bool:
    return name in all_modules


def test_every_module_belongs_to_a_layer():
    stray = [m for m in modules() if m != "samverkan" and layer(m) is None]
    assert not stray, f"modules outside the layers {sorted(LAYERS)} and features {sorted(FEATURES)}: {stray}"


def test_imports_only_point_down_the_layers():
    all_modules = modules()
    upward = []
    for name, tree in all_modules.items():
        here = layer(name)
        if here is None:
            continue
        for target, line in imports(tree):
            if not known(target, all_modules):
                continue
            there = layer(target)
            if there is not None and LAYERS[there] > LAYERS[here]:
                upward.append(f"{name}:{line} ({here}) imports {target} ({there})")
    assert not upward, "\n".join(upward)


def test_features_do_not_import_each_other_in_a_cycle():
    all_modules = modules()
    edges: dict[str, set[str]] = {}
    for name, tree in all_modules.items():
        if layer(name) != "features":
            continue
        mine = name.split(".")[1]
        for target, _ in imports(tree):
            if known(target, all_modules) and layer(target) == "features" and target.split(".")[1] != mine:
                edges.setdefault(mine, set()).add(target.split(".")[1])

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        return any(n == goal or (n not in seen and reaches(n, goal, seen | {n})) for n in edges.get(start, ()))

    cycles = sorted(f for f in edges if reaches(f, f, {f}))
    assert not cycles, f"features in an import cycle: {cycles} ({edges})"


def test_no_renderer_runs_the_rules():
    offenders = []
    for name, tree in modules().items():
        rel = name.removeprefix("samverkan.")
        if not any(rel == r or rel.startswith(r + ".") for r in RENDERERS):
            continue
        offenders += [f"{name}:{line} imports {target}" for target, line in imports(tree)
                      if target.startswith("samverkan.rules.engine") or target.startswith("samverkan.rules.catalogue")
                      or target == "samverkan.app"]
    assert not offenders, "\n".join(offenders)
