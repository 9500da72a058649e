"""Headless Chromium for the browser tests and benchmarks: where it is, how it starts, and pages opened
from disk with the network off (every request that is not file:// is aborted and recorded)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CANDIDATES = ("/usr/bin/chromium", shutil.which("chromium") or "", shutil.which("chromium-browser") or "")
CHROMIUM = next((p for p in CANDIDATES if p and Path(p).exists()), None)
# without the background-networking flags Chromium keeps trying hosts this closed network refuses
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]

needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no chromium found (Debian: apt-get install chromium)")


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)


def block_network(page) -> list[str]:
    """Abort every request that is not file://; the returned list fills with the URLs that were tried."""
    outside: list[str] = []

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    return outside
