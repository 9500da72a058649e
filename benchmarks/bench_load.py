"""Benchmark: load + validate + graph build of the real data set and of synthetic ones of growing size.

The synthetic data sets copy the real Norrmalm agreement (its roles, people and the two parties) N
times under new ids, so the shape is real. Prints seconds per size and the ratio to the previous size (≈ the size ratio
when the work grows linearly). Run: `.venv/bin/python benchmarks/bench_load.py`.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from samverkan.model.dataset import DataSet  # noqa: E402
from samverkan.model.graph import build_graph  # noqa: E402
from samverkan.store.yaml_io import load_dataset, write_dataset  # noqa: E402

DATA = ROOT / "data" / "stockholm"
LOCAL_FILES = {"norrmalm-2016.yaml", "norrmalm.yaml"}
LOCAL_ORGS = {"sdf-norrmalm", "lpo-norrmalm", "sdn-norrmalm"}


def synthetic(copies: int, folder: Path) -> None:
    """Write the real data set plus `copies` renamed copies of the Norrmalm agreement and its register."""
    data, source_map = load_dataset(DATA)
    local = {e.id for e in data.entities()
             if Path(source_map.where(e.id)[0]).name in LOCAL_FILES and e.id.split("/")[0] != "ext"}
    local |= LOCAL_ORGS
    local = {i for i in local if not i.startswith("ext-")}
    sections: dict[str, list] = {s: [e.model_dump(mode="json", by_alias=True) for e in items]
                                 for s, items in data.sections()}

    def rename(value, n):
        if isinstance(value, str):
            return f"{value}-x{n}" if value in local else value
        if isinstance(value, list):
            return [rename(v, n) for v in value]
        if isinstance(value, dict):
            return {k: rename(v, n) for k, v in value.items()}
        return value

    originals = {s: [e for e in items if e["id"] in local or (s in DERIVED and _belongs(e, local))]
                 for s, items in sections.items()}
    for n in range(copies):
        for section, items in originals.items():
            for item in items:
                copy = rename(item, n)
                if section in DERIVED:
                    copy.pop("id", None)
                copy.pop("successors", None) if section == "organisations" else None
                sections[section].append(copy)
    write_dataset(DataSet.model_validate({"name": "synthetic", **sections}), folder)


DERIVED = {"memberships", "responsibilities", "reporting_lines"}


def _belongs(item: dict, local: set[str]) -> bool:
    return any(item.get(k) in local for k in ("group", "subject", "from", "member", "holder"))


def measure(folder: Path) -> tuple[float, int]:
    start = time.perf_counter()
    data, _ = load_dataset(folder)
    graph = build_graph(data)
    return time.perf_counter() - start, graph.number_of_nodes() + graph.number_of_edges()


def main() -> None:
    seconds, size = measure(DATA)
    print(f"real data set: {seconds:.3f} s for {size} nodes+edges")
    print(f"{'copies':>7} {'nodes+edges':>12} {'seconds':>8} {'ratio':>6}")
    previous = None
    for copies in (10, 40, 160):
        with tempfile.TemporaryDirectory() as tmp:
            synthetic(copies, Path(tmp))
            seconds, size = measure(Path(tmp))
        ratio = f"{seconds / previous:.2f}" if previous else "-"
        print(f"{copies:>7} {size:>12} {seconds:>8.3f} {ratio:>6}")
        previous = seconds


if __name__ == "__main__":
    main()
