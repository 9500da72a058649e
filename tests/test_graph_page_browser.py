"""The graph page as a planner uses it, in headless Chromium at laptop size (1366×768) with the network off:
a legible first view, the properties pane, search, neighbourhoods, `#node=` links, PNG export, the outline,
printing to PDF, and axe-core (vendored in tests/vendor/) on the graph page, the audit report and the diff
page. Screenshots go to test-output/."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from urllib.parse import quote

import pytest

from samverkan.app import show
from samverkan.show.html_page import LABEL_PX
from tests.browser import block_network, needs_chromium
from tests.conftest import DATA

pytestmark = needs_chromium
LAPTOP = {"width": 1366, "height": 768}
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
NORRMALM = "norrmalm-2016"
CHEFSAMRAD = "norrmalm-2016/chefsamrad"


@pytest.fixture(scope="module")
def norrmalm(dataset, tmp_path_factory):
    result = show(dataset, "html", agreement=NORRMALM, as_of=dt.date(2019, 12, 1))
    path = tmp_path_factory.mktemp("graph") / "norrmalm.html"
    path.write_text(result.content, encoding="utf-8")
    return path, result.view


def _open(browser, path: Path, fragment: str = "", **context):
    ctx = browser.new_context(viewport=LAPTOP, **context)
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    outside = block_network(page)
    page.goto(path.as_uri() + fragment)
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)
    page.errors, page.outside = errors, outside
    return page


def _clean(page) -> None:
    assert page.outside == [] and page.errors == [], (page.outside, page.errors)
    page.context.close()


def _on_screen(page, node_id: str) -> tuple[float, float]:
    return tuple(page.evaluate("""(id) => {
        const n = samverkan.network, p = n.canvasToDOM(n.getPosition(id));
        const r = document.getElementById("graph").getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }""", node_id))


def _canvas_centre(page) -> tuple[float, float]:
    box = page.locator("#graph").bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def _inside_viewport(page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    return (box is not None and box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= LAPTOP["width"]
            and box["y"] + box["height"] <= LAPTOP["height"])


def test_first_view_labels_are_legible(browser, norrmalm, output_dir):
    path, view = norrmalm
    page = _open(browser, path)
    try:
        scale = page.evaluate("() => samverkan.network.getScale()")
        assert scale * LABEL_PX >= 12, f"labels are {scale * LABEL_PX:.1f} px at the first view"
        # the first view shows the top of the agreement: its steering group is on the canvas
        x, y = _on_screen(page, view.home)
        box = page.locator("#graph").bounding_box()
        assert view.home == CHEFSAMRAD
        assert box["x"] < x < box["x"] + box["width"] and box["y"] < y < box["y"] + box["height"]
        page.screenshot(path=str(output_dir / "graph-norrmalm-first-view.png"))
        _clean(page)
    finally:
        page.context.close()


def test_click_shows_the_node_whole_beside_the_canvas(browser, norrmalm, output_dir):
    path, view = norrmalm
    node = view.node(CHEFSAMRAD)
    assert len(node.findings) >= 3
    page = _open(browser, path)
    try:
        page.mouse.click(*_on_screen(page, CHEFSAMRAD))
        assert page.inner_text("#details h3") == "Chefsamrådet"
        assert _inside_viewport(page, "#details h3")
        items = page.locator("#details ol.findings li")
        assert items.count() == len(node.findings)
        for i in node.findings:  # every finding whole, not cut
            assert view.findings[i].message in page.inner_text("#details")
        # the pane scrolls on its own: the last finding can be brought into the viewport
        items.last.scroll_into_view_if_needed()
        assert _inside_viewport(page, "#details ol.findings li:last-child")
        assert page.evaluate("location.hash") == "#node=" + quote(CHEFSAMRAD, safe="")
        page.screenshot(path=str(output_dir / "graph-norrmalm-selected.png"))
        _clean(page)
    finally:
        page.context.close()


def test_search_finds_and_centres(browser, norrmalm, output_dir):
    path, _ = norrmalm
    page = _open(browser, path)
    try:
        page.fill("#search-input", "Chefsamrådet")
        page.press("#search-input", "Enter")
        assert page.evaluate("() => samverkan.network.getSelectedNodes()") == [CHEFSAMRAD]
        assert page.locator("#search-results button").first.inner_text() == "Chefsamrådet"
        (x, y), (cx, cy) = _on_screen(page, CHEFSAMRAD), _canvas_centre(page)
        assert abs(x - cx) < 2 and abs(y - cy) < 2
        assert page.evaluate("() => samverkan.network.getScale()") * LABEL_PX >= 12
        # by function and by id too
        assert CHEFSAMRAD in page.evaluate("() => samverkan.search('chefsamrad')")
        roles = page.evaluate("() => samverkan.search('kommunpolis')")
        assert roles and page.evaluate("(id) => samverkan.allNodes.get(id).kind", roles[0]) == "role"
        page.screenshot(path=str(output_dir / "graph-norrmalm-search.png"))
        _clean(page)
    finally:
        page.context.close()


def test_fragment_opens_at_the_node(browser, norrmalm):
    path, view = norrmalm
    target = "norrmalm-2016/beredningsgrupp"
    page = _open(browser, path, "#node=" + quote(target, safe=""))
    try:
        assert page.evaluate("() => samverkan.network.getSelectedNodes()") == [target]
        assert page.inner_text("#details h3") == view.node(target).info.split("\n")[0]
        (x, y), (cx, cy) = _on_screen(page, target), _canvas_centre(page)
        assert abs(x - cx) < 2 and abs(y - cy) < 2
        # a later link on the same page moves the selection
        page.evaluate("(id) => { location.hash = '#node=' + encodeURIComponent(id); }", CHEFSAMRAD)
        page.wait_for_function("(id) => samverkan.network.getSelectedNodes()[0] === id", arg=CHEFSAMRAD)
        _clean(page)
    finally:
        page.context.close()


def test_neighbourhood_outline_and_png(browser, norrmalm, output_dir):
    path, view = norrmalm
    page = _open(browser, path)
    try:
        forum = next(n for n in view.nodes if n.kind == "forum" and n.agreement == NORRMALM)
        page.evaluate("(id) => samverkan.focusNode(id)", forum.id)
        page.click("#show-neighbourhood")
        drawn = set(page.evaluate("() => samverkan.network.body.data.nodes.getIds()"))
        assert forum.id in drawn and CHEFSAMRAD in drawn and len(drawn) < len(view.nodes)
        # every drawn node touches the forum or lies on its chain upwards
        edges = page.evaluate("() => samverkan.allEdges.get()")
        touching = {e["to"] for e in edges if e["from"] == forum.id} | {e["from"] for e in edges if e["to"] == forum.id}
        assert touching <= drawn
        page.screenshot(path=str(output_dir / "graph-norrmalm-neighbourhood.png"))
        page.click("#show-all")
        assert page.evaluate("() => samverkan.network.body.data.nodes.length") == len(view.nodes)
        # the outline: every node as a button; the keyboard selects one
        page.click("#outline > summary")
        buttons = page.locator("#outline button[data-node]")
        assert buttons.count() == len(view.nodes)
        page.locator(f"#outline button[data-node='{CHEFSAMRAD}']").focus()
        page.keyboard.press("Enter")
        assert page.evaluate("() => samverkan.network.getSelectedNodes()") == [CHEFSAMRAD]
        assert page.inner_text("#details h3") == "Chefsamrådet"
        # PNG export: a download of the canvas as drawn
        with page.expect_download() as download:
            page.click("#export-png")
        data = Path(download.value.path()).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5_000
        assert download.value.suggested_filename.endswith(".png")
        _clean(page)
    finally:
        page.context.close()


def test_clusters_are_badged_by_their_worst_finding(browser, tmp_path):
    from samverkan.show.graph_view import build_view
    from samverkan.show.html_page import render_html
    from tests.show_data import large_dataset

    data = large_dataset(agreements=12, groups_per=12, members_per_group=6)
    findings = [{"rule": "SAM010", "severity": "error", "agreement": "a003", "subject": "a003/styrgrupp",
                 "message": "m", "citation": "", "path": [], "suggestion": ""}]
    view = build_view(data, findings, collapse_above=100)
    path = tmp_path / "clusters.html"
    path.write_text(render_html(view), encoding="utf-8")
    page = _open(browser, path)
    try:
        label, border = page.evaluate("""() => { const n = samverkan.network.body.nodes['cluster:a003'].options;
                                               return [n.label, n.color.border]; }""")
        assert label.startswith("✖1\n")
        clean = page.evaluate("() => samverkan.network.body.nodes['cluster:a004'].options.label")
        assert "✖" not in clean and border != page.evaluate(
            "() => samverkan.network.body.nodes['cluster:a004'].options.color.border")
        _clean(page)
    finally:
        page.context.close()


def test_graph_prints_title_legend_and_drawing(browser, norrmalm, output_dir):
    from pypdf import PdfReader

    path, view = norrmalm
    page = _open(browser, path)
    try:
        pdf = page.pdf(prefer_css_page_size=True, print_background=True)
        (output_dir / "graph-norrmalm.pdf").write_bytes(pdf)
        reader = PdfReader(io.BytesIO(pdf))
        box = reader.pages[0].mediabox
        assert float(box.width) > float(box.height), "not landscape"
        assert len(reader.pages) == 1
        text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
        assert "Norrmalm" in text and "Styrningsgraf" in text
        for legend in ("styrgrupp", "rapporterar till", "staden", "polisen"):
            assert legend in text, legend
        assert "Chefsamrådet" in text  # the drawing itself, as vector text
        page.emulate_media(media="print")
        page.screenshot(path=str(output_dir / "graph-norrmalm-print.png"))
        _clean(page)
    finally:
        page.context.close()


def _axe(browser, path: Path, ready: str | None, shot: Path) -> list[dict]:
    ctx = browser.new_context(viewport=LAPTOP, bypass_csp=True)
    page = ctx.new_page()
    block_network(page)
    try:
        page.goto(path.as_uri())
        if ready:
            page.wait_for_selector(ready, timeout=30_000)
        page.screenshot(path=str(shot))
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
        return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"][:3]]}
                for v in result["violations"] if v["impact"] in ("serious", "critical")]
    finally:
        ctx.close()


def test_axe_finds_nothing_serious(browser, dataset, norrmalm, tmp_path, output_dir):
    from samverkan.app import audit as run_audit
    from samverkan.audit.files import write_audit
    from samverkan.audit.graphs import district_graphs
    from tests.test_whatif import run

    audit = run_audit(dataset, as_of=dt.date(2019, 12, 1))
    write_audit(audit, tmp_path / "audit", district_graphs(dataset, audit))
    diff = run("diff", DATA, "--change", DATA / "changes" / "hl-remiss-2019.yaml", "--format", "html")
    diff_page = tmp_path / "diff.html"
    diff_page.write_text(diff.stdout, encoding="utf-8")
    pages = {"graph": (norrmalm[0], "body[data-ready=true]"), "report": (tmp_path / "audit" / "report.html", None),
             "diff": (diff_page, None)}
    found = {name: _axe(browser, path, ready, output_dir / f"laptop-{name}.png")
             for name, (path, ready) in pages.items()}
    assert found == {name: [] for name in pages}


def test_report_links_open_the_graph_at_the_node_and_back(browser, dataset, tmp_path):
    from samverkan.app import audit as run_audit
    from samverkan.audit.files import write_audit
    from samverkan.audit.graphs import district_graphs

    audit = run_audit(dataset, as_of=dt.date(2019, 12, 1))
    write_audit(audit, tmp_path, district_graphs(dataset, audit))
    ctx = browser.new_context(viewport=LAPTOP)
    page = ctx.new_page()
    outside = block_network(page)
    try:
        page.goto((tmp_path / "report.html").as_uri())
        link = page.locator("dd.graphlink a[href*='#node=norrmalm-2016%2Fchefsamrad']").first
        link.click()
        page.wait_for_selector("body[data-ready=true]", timeout=30_000)
        assert page.evaluate("() => samverkan.network.getSelectedNodes()") == [CHEFSAMRAD]
        assert page.inner_text("#details h3") == "Chefsamrådet"
        back = page.locator("#report-link")
        href = back.get_attribute("href")
        assert href.startswith("report.html#")
        back.click()
        page.wait_for_load_state("load")
        assert page.evaluate("location.hash") == href.removeprefix("report.html")
        assert page.locator(href.removeprefix("report.html")).count() == 1
        assert outside == []
    finally:
        ctx.close()


def test_report_prints_compactly(browser, dataset, tmp_path, output_dir):
    from pypdf import PdfReader

    from samverkan.app import audit as run_audit
    from samverkan.audit.files import write_audit

    audit = run_audit(dataset, as_of=dt.date(2019, 12, 1))
    write_audit(audit, tmp_path)
    ctx = browser.new_context(viewport=LAPTOP)
    page = ctx.new_page()
    block_network(page)
    try:
        page.goto((tmp_path / "report.html").as_uri())
        pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    finally:
        ctx.close()
    (output_dir / "audit-report-2019-12-01-compact.pdf").write_bytes(pdf)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    sections = [r for r in audit.all_rows if r.findings]
    # districts follow one another: fewer pages than sections with findings (it was one page or more each)
    assert len(pages) < len(sections), len(pages)
    # the matrix on one page: a page with every row of it
    names = [r.short for r in audit.rows]
    assert any(all(name in text for name in names) and "SAM001" in text for text in pages)


def test_audit_pages_draw_from_the_folder_they_share_and_say_why_not_alone(browser, dataset, tmp_path):
    """An audit's graph pages load vis-network from vis-network/ beside them: in the folder a page draws its
    graph with that script and stylesheet, offline and within its Content-Security-Policy; copied out alone it
    draws nothing and says which folder it needs."""
    from samverkan.app import audit as run_audit
    from samverkan.audit.files import write_audit
    from samverkan.audit.graphs import district_graphs

    audit = run_audit(dataset, as_of=dt.date(2019, 12, 1))
    write_audit(audit, tmp_path / "audit", district_graphs(dataset, audit))
    page_file = tmp_path / "audit" / "graph-sdf-norrmalm.html"
    violations: list[str] = []
    page = _open(browser, page_file)
    try:
        page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
        nodes, edges = page.evaluate("() => [samverkan.network.body.data.nodes.length, "
                                     "samverkan.network.body.data.edges.length]")
        assert nodes > 10 and edges > 10
        # vis-network's stylesheet applies: its tooltip class is positioned and hidden
        assert page.evaluate("""() => { const d = document.createElement('div'); d.className = 'vis-tooltip';
            document.body.append(d); const s = getComputedStyle(d); return [s.position, s.visibility]; }""") == [
            "absolute", "hidden"]
        # the canvas holds a drawing: more than a handful of distinct colours
        colours = page.evaluate("""() => {
            const c = document.querySelector('#graph canvas'), d = c.getContext('2d').getImageData(0, 0, c.width,
                c.height).data, seen = new Set();
            for (let i = 0; i < d.length; i += 16) seen.add(d[i] << 16 | d[i + 1] << 8 | d[i + 2]);
            return seen.size; }""")
        assert colours > 5
        assert page.locator("#no-vis").is_hidden()
        _clean(page)
    finally:
        page.context.close()
    assert violations == []

    alone = tmp_path / "alone" / page_file.name
    alone.parent.mkdir()
    alone.write_bytes(page_file.read_bytes())
    ctx = browser.new_context(viewport=LAPTOP)
    lone = ctx.new_page()
    try:
        block_network(lone)
        lone.goto(alone.as_uri())
        lone.wait_for_load_state("load")
        note = lone.locator("#no-vis")
        assert note.is_visible() and "vis-network" in note.inner_text()
    finally:
        ctx.close()
