"""`samverkan show`: page size and render time for the real data set and large synthetic ones, and, where
Chromium is installed, the time until the page has drawn and what it drew (network off). First, the whole
process: `samverkan show` of a generated data set of 300 agreements (`samverkan generate --agreements 300`),
imports, loading, redaction, the rules and the page included (target: 5 s on the project's 2-core machine),
and the time until that page is interactive in Chromium (target: 3 s). Writes benchmarks/results/show.json.

    .venv/bin/python benchmarks/bench_show.py [--no-browser] [--only-cli]
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import CHROMIUM, block_network, launch  # noqa: E402


def cases():
    from samverkan.store.yaml_io import load_dataset
    from tests.show_data import large_dataset

    real, _ = load_dataset(ROOT / "data" / "stockholm")
    yield "stockholm, --agreement norrmalm-2016", real, {"agreement": "norrmalm-2016"}
    yield "stockholm, all agreements", real, {}
    yield "synthetic 60 agreements x 12 groups", large_dataset(60, 12, 6), {}
    yield "synthetic 200 agreements x 12 groups", large_dataset(200, 12, 6), {}
    yield "synthetic 200, --agreement a000", large_dataset(200, 12, 6), {"agreement": "a000"}


RESULTS = ROOT / "benchmarks" / "results" / "show.json"
CLI_AGREEMENTS = 300
CLI_RUNS = 3


def cli_case(tmp: Path, browser) -> dict:
    """`samverkan show` of 300 generated agreements as a whole process (median of CLI_RUNS), and the page."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    data = tmp / "syntet"
    subprocess.run([sys.executable, "-m", "samverkan.cli", "generate", "--agreements", str(CLI_AGREEMENTS),
                    "--seed", "1", "--out", str(data)], check=True, env=env, capture_output=True)
    page = tmp / "syntet.html"
    seconds, cpu = [], []
    for _ in range(CLI_RUNS):
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "samverkan.cli", "show", str(data), "--as-of", "2025-01-01", "--out",
                        str(page), "--force"], check=True, env=env, capture_output=True)
        seconds.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        # CPU time too: on a shared machine the wall clock says more about the neighbours than about show
        cpu.append(after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime)
    out = {"agreements": CLI_AGREEMENTS, "show_seconds_median": round(statistics.median(seconds), 2),
           "show_seconds": [round(s, 2) for s in seconds], "show_cpu_seconds_median": round(statistics.median(cpu), 2),
           "load_average": round(os.getloadavg()[0], 1), "page_kib": round(page.stat().st_size / 1024)}
    if browser is not None:
        out["interactive_seconds"] = round(in_browser(browser, page)[0], 2)
    return out


def in_browser(browser, path: Path) -> tuple[float, int, int, int, list[str]]:
    page = browser.new_page(viewport={"width": 1500, "height": 950})
    outside = block_network(page)
    started = time.perf_counter()
    page.goto(path.as_uri(), timeout=300_000)
    page.wait_for_selector("body[data-ready=true]", timeout=300_000)
    seconds = time.perf_counter() - started
    nodes, edges, drawn = page.evaluate(
        "() => [samverkan.network.body.data.nodes.length, samverkan.network.body.data.edges.length, "
        "samverkan.drawnCount()]")
    page.close()
    return seconds, nodes, edges, drawn, outside


def main() -> int:
    from samverkan.app import show
    from samverkan.show.render import render

    use_browser = CHROMIUM is not None and "--no-browser" not in sys.argv
    browser = context = None
    if use_browser:
        from playwright.sync_api import sync_playwright

        context = sync_playwright().start()
        browser = launch(context)
    with tempfile.TemporaryDirectory() as tmp:
        whole = cli_case(Path(tmp), browser)
    print(f"samverkan show, {CLI_AGREEMENTS} generated agreements, whole process: {whole['show_seconds_median']} s "
          f"(median of {CLI_RUNS}: {whole['show_seconds']}; CPU {whole['show_cpu_seconds_median']} s; load average "
          f"{whole['load_average']}), page {whole['page_kib']} KiB"
          + (f", interactive in Chromium after {whole['interactive_seconds']} s" if "interactive_seconds" in whole
             else ""), flush=True)
    RESULTS.write_text(json.dumps(whole, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if "--only-cli" in sys.argv:
        if browser is not None:
            browser.close()
            context.stop()
        return 0
    print(f"{'case':40} {'nodes':>6} {'edges':>6} {'collapsed':>9} {'findings':>8} {'html s':>7} {'KiB':>6} "
          f"{'svg s':>6} {'png s':>6}" + (f" {'browser s':>9} {'drawn':>6}" if use_browser else ""))
    with tempfile.TemporaryDirectory() as tmp:
        for name, data, options in cases():
            started = time.perf_counter()
            result = show(data, "html", as_of=dt.date(2017, 1, 1), **options)
            html_s = time.perf_counter() - started
            v = result.view
            started = time.perf_counter()
            render(data, "svg", as_of=dt.date(2017, 1, 1), findings=[], **options)
            svg_s = time.perf_counter() - started
            started = time.perf_counter()
            render(data, "png", as_of=dt.date(2017, 1, 1), findings=[], **options)
            png_s = time.perf_counter() - started
            line = (f"{name:40} {len(v.nodes):>6} {len(v.edges):>6} {str(v.collapsed):>9} {len(v.findings):>8} "
                    f"{html_s:>7.2f} {len(result.content.encode()) / 1024:>6.0f} {svg_s:>6.2f} {png_s:>6.2f}")
            if browser is not None:
                path = Path(tmp) / "page.html"
                path.write_text(result.content, encoding="utf-8")
                seconds, nodes, edges, drawn, outside = in_browser(browser, path)
                assert (nodes, edges) == (len(v.nodes), len(v.edges)), (nodes, edges)
                assert outside == [], outside
                line += f" {seconds:>9.2f} {drawn:>6}"
            print(line, flush=True)
    if browser is not None:
        browser.close()
        context.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
