"""`samverkan show` pages in headless Chromium with the network off: what vis-network drew, tooltips,
filters, clusters, and hostile names that must stay text. Screenshots go to test-output/."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samverkan.app import show
from samverkan.show.graph_view import build_view
from samverkan.show.html_page import render_html
from tests.browser import block_network, needs_chromium
from tests.show_data import (
    HOSTILE_AGREEMENT,
    HOSTILE_GROUP,
    HOSTILE_LINK,
    HOSTILE_ORG,
    large_dataset,
    small_dataset,
    small_findings,
)

pytestmark = needs_chromium

# a trap for anything that would run: alert/confirm/prompt and uncaught errors set window flags
TRAP = """
window.__fired = [];
for (const name of ["alert", "confirm", "prompt"]) {
  window[name] = (m) => { window.__fired.push(name + ":" + m); };
}
window.addEventListener("error", (e) => { window.__fired.push("error:" + (e.message || e.type)); }, true);
"""


class Page:
    """A page opened from disk with every request that is not file:// aborted and recorded."""

    def __init__(self, browser, path: Path):
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1500, "height": 950})
        self.page.add_init_script(TRAP)
        self.outside = block_network(self.page)
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready=true]", timeout=30_000)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def drawn(self) -> tuple[int, int]:
        """Nodes and edges in the DataSets vis-network draws from."""
        data = "samverkan.network.body.data"
        return tuple(self.js(f"() => [{data}.nodes.length, {data}.edges.length]"))

    def node_point(self, node_id: str) -> tuple[float, float]:
        """Where a node is on the screen."""
        return tuple(self.js("""(id) => {
            const n = samverkan.network, p = n.canvasToDOM(n.getPosition(id));
            const r = document.getElementById("graph").getBoundingClientRect();
            return [r.left + p.x, r.top + p.y];
        }""", node_id))

    def hover_tooltip(self, node_id: str) -> str:
        self.js("(id) => samverkan.network.focus(id, {scale: 1.2, animation: false})", node_id)
        x, y = self.node_point(node_id)
        self.page.mouse.move(x - 40, y - 40)
        self.page.mouse.move(x, y, steps=4)
        tooltip = self.page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=5_000)
        return tooltip.inner_text()

    def calm(self) -> None:
        """No tooltip, side bar at the top: ready for a screenshot."""
        box = self.page.locator("#graph").bounding_box()
        self.page.mouse.move(box["x"] + 3, box["y"] + box["height"] - 3, steps=3)
        self.page.locator("div.vis-tooltip").wait_for(state="hidden", timeout=5_000)
        self.js("() => { document.getElementById('sidebar').scrollTop = 0; }")

    def clean(self) -> None:
        assert self.outside == [], f"the page asked the network for {self.outside}"
        assert self.dialogs == [] and self.js("() => window.__fired") == []
        assert self.errors == [], self.errors

    def close(self) -> None:
        self.page.close()


def test_small_page_draws_everything_offline(browser, tmp_path, output_dir):
    view = build_view(small_dataset(), small_findings(), agreement="norrmalm-x")
    path = tmp_path / "small.html"
    path.write_text(render_html(view), encoding="utf-8")
    page = Page(browser, path)
    try:
        assert page.drawn() == (len(view.nodes), len(view.edges))
        assert page.js("() => samverkan.drawnCount()") == len(view.nodes)
        # the tooltip as vis-network shows it on hover: the members and their capacity
        text = page.hover_tooltip("norrmalm-x/chefsamrad")
        assert "Medlemmar (4):" in text
        assert "kommunpolis, Lokalpolisområde Norrmalm – föredragande" in text
        assert "minst två (2) gånger varje halvår" in text
        # a click shows the same text in the side panel
        x, y = page.node_point("norrmalm-x/beredningsgrupp")
        page.page.mouse.click(x, y)
        assert "SAM010" in page.page.inner_text("#details")
        # a finding in the list selects its node
        page.page.click("#findings button[data-node='norrmalm-x/beredningsgrupp']")
        assert page.js("() => samverkan.network.getSelectedNodes()") == ["norrmalm-x/beredningsgrupp"]
        # filters: roles off, then the local agreement off
        roles = sum(1 for n in view.nodes if n.kind == "role")
        page.page.uncheck("input[data-filter=kind][value=role]")
        nodes, edges = page.drawn()
        assert nodes == len(view.nodes) - roles and edges < len(view.edges)
        page.page.check("input[data-filter=kind][value=role]")
        page.page.uncheck("input[data-filter=agreement][value='norrmalm-x']")
        central = {n.id for n in view.nodes if "central-x" in n.agreements and "norrmalm-x" not in n.agreements}
        assert page.drawn()[0] == len(central)
        page.page.check("input[data-filter=agreement][value='norrmalm-x']")
        page.page.uncheck("input[data-filter=relation][value=member_of]")
        assert page.drawn() == (len(view.nodes), len(view.edges) - sum(e.style == "member_of" for e in view.edges))
        page.page.check("input[data-filter=relation][value=member_of]")
        page.js("() => { samverkan.network.unselectAll(); samverkan.network.fit({animation: false}); }")
        page.calm()
        page.page.screenshot(path=str(output_dir / "show-small.png"))
        page.clean()
    finally:
        page.close()


def test_hostile_names_stay_text(browser, tmp_path, output_dir):
    view = build_view(small_dataset(hostile=True), small_findings(), agreement="norrmalm-x")
    path = tmp_path / "hostile.html"
    path.write_text(render_html(view), encoding="utf-8")
    page = Page(browser, path)
    try:
        assert page.drawn() == (len(view.nodes), len(view.edges))
        assert page.page.inner_text("#heading") == HOSTILE_AGREEMENT
        assert page.page.locator("#filter-agreements label", has_text=HOSTILE_AGREEMENT).count() == 1
        labels = page.js("() => samverkan.allNodes.get().map(n => n.label.replace(/\\n/g, ' '))")
        assert HOSTILE_ORG in labels
        for node_id, hostile in (("ext-fastighetsagare", HOSTILE_ORG), ("norrmalm-x/forum-b", HOSTILE_GROUP),
                                 ("norrmalm-x/forum-a", HOSTILE_LINK)):
            text = page.hover_tooltip(node_id)
            assert hostile in text
            assert page.js("() => document.querySelectorAll('div.vis-tooltip *:not(br)').length") == 0
            page.page.mouse.click(*page.node_point(node_id))
            assert hostile in page.page.inner_text("#details")
        # nothing from the data became an element, ran, or asked the network for 'x'
        assert page.js("() => document.querySelectorAll('img, b, a, [onerror], [onmouseover], [href]').length") == 0
        assert page.js("() => typeof window.__pwned") == "undefined"
        page.page.wait_for_timeout(200)
        page.page.screenshot(path=str(output_dir / "show-hostile.png"))
        page.clean()
    finally:
        page.close()


def test_norrmalm_2016_page(browser, dataset, tmp_path, output_dir):
    """The issue's done-when: the real Norrmalm agreement, offline, with its structure and findings."""
    result = show(dataset, "html", agreement="norrmalm-2016", as_of=dt.date(2017, 1, 1))
    view = result.view
    path = tmp_path / "norrmalm-2016.html"
    path.write_text(result.content, encoding="utf-8")
    page = Page(browser, path)
    try:
        assert page.drawn() == (len(view.nodes), len(view.edges))
        groups = [g for g in dataset.groups if g.agreement == "norrmalm-2016"]
        ids = set(page.js("() => samverkan.network.body.data.nodes.getIds()"))
        assert {g.id for g in groups} <= ids
        steering = next(g for g in groups if g.kind == "steering")
        members = [m for m in dataset.memberships if m.group == steering.id]
        title = page.js("(id) => samverkan.allNodes.get(id).title", steering.id)
        assert f"({len(members)}):" in title
        tooltip = page.hover_tooltip(steering.id)
        first_member = view.node(steering.id).title.split("):\n", 1)[1].splitlines()[0].removeprefix("  • ")
        assert first_member in tooltip
        marked = page.js("() => samverkan.allNodes.get({filter: n => n.severity}).map(n => n.id)")
        assert marked or not any(f.nodes for f in view.findings)
        assert page.page.locator("#findings li.finding").count() == len(view.findings)
        page.page.screenshot(path=str(output_dir / "show-norrmalm-2016-tooltip.png"))
        page.js("() => { samverkan.network.unselectAll(); samverkan.network.fit({animation: false}); }")
        page.calm()
        page.page.screenshot(path=str(output_dir / "show-norrmalm-2016.png"))
        page.clean()
    finally:
        page.close()


def test_large_page_clusters_agreements(browser, tmp_path, output_dir):
    data = large_dataset(agreements=40, groups_per=12, members_per_group=6)
    view = build_view(data, [], collapse_above=300)
    assert view.collapsed
    path = tmp_path / "large.html"
    path.write_text(render_html(view), encoding="utf-8")
    page = Page(browser, path)
    try:
        assert page.drawn() == (len(view.nodes), len(view.edges))
        anchors = sum(1 for n in view.nodes if n.agreement is None)
        assert page.js("() => samverkan.drawnCount()") == 40 + anchors
        page.js("() => samverkan.network.fit({animation: false})")  # the first view is the top agreement's
        page.page.screenshot(path=str(output_dir / "show-large-clustered.png"))
        x, y = page.node_point("cluster:a007")
        page.page.mouse.click(x, y)
        per_agreement = sum(1 for n in view.nodes if n.agreement == "a007")
        assert page.js("() => samverkan.drawnCount()") == 40 + anchors - 1 + per_agreement
        assert page.js("() => samverkan.network.body.nodes['cluster:a007'] === undefined") is True
        # opened nodes go back to their computed positions
        pos = page.js("() => samverkan.network.getPosition('a007/styrgrupp')")
        node = view.node("a007/styrgrupp")
        assert (round(pos["x"]), round(pos["y"])) == (node.x, node.y)
        page.page.click("#open-all")
        assert page.js("() => samverkan.drawnCount()") == len(view.nodes)
        page.page.click("#close-all")
        assert page.js("() => samverkan.drawnCount()") == 40 + anchors
        page.clean()
    finally:
        page.close()
