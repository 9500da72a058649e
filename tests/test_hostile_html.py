"""Hostile text in every HTML (and SVG) output: show, audit (report and graph pages), diff and impact, made by
the command line from a copy of the real data set with payloads in names, titles, sources, statements, notes
and an id (tests/hostile_data.py), and a change set with the same.

Statically: nothing loads from the network, no element or attribute comes from the data, every HTML page has a
Content-Security-Policy. In Chromium (network blocked and recorded): no payload runs (a window flag, a dialog),
no request leaves the page, the payloads show as text, and vis-network's tooltips (strings, set with innerText)
show every node's title literally."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import openpyxl
import pytest
from typer.testing import CliRunner

from samverkan.cli import app
from samverkan.show.html_page import SHARED_CSS, SHARED_JS
from tests.browser import block_network, needs_chromium
from tests.hostile_data import HOSTILE_ID, PAYLOADS, hostile_changeset, hostile_dataset

AS_OF = ["--as-of", "2017-01-01"]
SHOW_PAGES = ("show.html", "show-people.html", "show-all.html", "audit/graph-sdf-norrmalm.html")
OTHER_PAGES = ("audit/report.html", "diff.html", "impact.html", "rapport.html")
SHARED_PAGES = ("audit/graph-sdf-norrmalm.html",)
"""Pages that load the one copy of vis-network their folder holds (samverkan.show.html_page.shared_files)."""
SUMMARIES = ("audit/report.html", "rapport.html")
"""Pages that name agreements and districts, not groups: fewer of the payloads show (as text) there."""
EXTERNAL = re.compile(r"^\s*(https?:|//|javascript:|data:text/html|file:|ftp:)", re.IGNORECASE)
TRAP = """
window.__fired = [];
for (const name of ["alert", "confirm", "prompt", "open"]) {
  window[name] = (m) => { window.__fired.push(name + ":" + m); };
}
"""


def _run(*args: str) -> None:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code in (0, 1), result.output


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    data = hostile_dataset(root / "data")
    change = hostile_changeset(root / "change.yaml", data)
    out = root / "out"
    _run("show", str(data), *AS_OF, "--agreement", "norrmalm-2016", "--out", str(out / "show.html"))
    _run("show", str(data), *AS_OF, "--agreement", "norrmalm-2016", "--out", str(out / "show-people.html"),
         "--show-people")
    _run("show", str(data), *AS_OF, "--out", str(out / "show-all.html"))
    _run("show", str(data), *AS_OF, "--agreement", "norrmalm-2016", "--format", "svg", "--out",
         str(out / "show.svg"), "--show-people")
    _run("audit", str(data), *AS_OF, "--out", str(out / "audit"), "--show-people")
    _run("diff", str(data), "--change", str(change), "--format", "html", "--out", str(out / "diff.html"),
         "--show-people")
    _run("impact", str(data), "--remove", "sdf-norrmalm", *AS_OF, "--format", "html", "--out",
         str(out / "impact.html"))
    _run("report", str(data), "--year", "2017", "--out", str(out / "rapport.html"), "--show-people")
    return out


class Elements(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "script", "body", "aside", "header", "h1", "h2", "h3",
                "p", "span", "ul", "ol", "li", "label", "input", "section", "button", "div", "noscript", "svg",
                "rect", "ellipse", "path", "circle", "line", "polygon", "g", "text", "tspan", "defs", "marker",
                "table", "thead", "tbody", "tr", "th", "td", "a", "nav", "code", "pre", "details", "summary", "dl",
                "dt", "dd", "br", "small", "strong", "em", "figure", "figcaption", "i", "b", "main", "footer",
                "sup", "abbr", "caption", "colgroup", "col", "hr"}


@pytest.mark.parametrize("name", [*SHOW_PAGES, *OTHER_PAGES])
def test_html_is_static_and_offline(pages, name):
    text = (pages / name).read_text(encoding="utf-8")
    parser = Elements()
    parser.feed(text)
    csp = [a.get("content", "") for t, a in parser.tags if t == "meta" and a.get("http-equiv") ==
           "Content-Security-Policy"]
    assert len(csp) == 1 and "default-src 'none'" in csp[0], "a page without a Content-Security-Policy"
    for tag, attrs in parser.tags:
        if tag == "link":  # the shared stylesheet, nothing else
            assert name in SHARED_PAGES and attrs == {"rel": "stylesheet", "href": SHARED_CSS}, f"<link> in {name}"
            continue
        assert tag in ALLOWED_TAGS, f"<{tag}> in {name}"
        for key, value in attrs.items():
            assert not key.startswith("on"), f"<{tag} {key}> in {name}"
            if key in ("src", "href", "xlink:href", "action", "formaction", "srcset", "poster", "data"):
                assert not EXTERNAL.match(value or ""), f"<{tag} {key}={value}> in {name}"
        if tag == "script":
            assert "src" not in attrs or (name in SHARED_PAGES and attrs == {"src": SHARED_JS})
        if tag == "a":
            # a place in the page, a graph page of the audit (at a node), or the report (at a section)
            assert attrs.get("href", "").startswith("#") or re.fullmatch(
                r"graph-[\w-]+\.html(#node=[\w%.~-]+)?|report\.html#[\w-]+", attrs["href"])
    scripts = sum(1 for t, _ in parser.tags if t == "script")
    assert scripts == (3 if name in SHOW_PAGES else 0)
    assert "{{ 7*7 }}" in text or "{{ 7*7 }}" in text.replace("\\u003c", "<") or name in SUMMARIES


def test_svg_is_static(pages):
    root = ET.parse(pages / "show.svg").getroot()
    allowed = {"svg", "title", "desc", "defs", "marker", "g", "rect", "ellipse", "circle", "line", "path",
               "polygon", "polyline", "text", "tspan", "style"}
    for el in root.iter():
        tag = el.tag.split("}")[-1]
        assert tag in allowed, tag
        for key in el.attrib:
            assert not key.split("}")[-1].startswith("on") and "href" not in key, (tag, key)
    text = "".join(root.itertext())
    assert PAYLOADS["script"] in text and PAYLOADS["img"] in text  # as text, not as elements


# --- in Chromium -----------------------------------------------------------------------------------


def _open(browser, path, show: bool):
    page = browser.new_page(viewport={"width": 1500, "height": 950})
    page.add_init_script(TRAP)
    outside = block_network(page)
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    if show:
        page.wait_for_selector("body[data-ready=true]", timeout=30_000)
    else:
        page.wait_for_load_state("load")
    return page, outside, dialogs, errors


def _assert_clean(page, outside, dialogs, errors) -> None:
    page.wait_for_timeout(150)
    assert outside == [], f"the page asked the network for {outside}"
    assert dialogs == [] and page.evaluate("() => window.__fired") == []
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert errors == [], errors
    assert page.evaluate("""() => document.querySelectorAll(
        'img, iframe, link:not([rel=stylesheet][href="vis-network/vis-network.min.css"]), object, embed, [onerror], '
        + '[onload], [onmouseover], a[href^="javascript"]').length""") == 0
    assert page.evaluate("() => getComputedStyle(document.body).display") != "none"


def _shown_payloads(page) -> list[str]:
    text = page.evaluate("() => document.body.innerText")
    return [k for k, v in PAYLOADS.items() if v in text]


def _hover(page, node_id: str) -> str:
    page.evaluate("(id) => samverkan.network.focus(id, {scale: 1.2, animation: false})", node_id)
    x, y = page.evaluate("""(id) => {
        const n = samverkan.network, p = n.canvasToDOM(n.getPosition(id));
        const r = document.getElementById("graph").getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }""", node_id)
    page.mouse.move(x - 40, y - 40)
    page.mouse.move(x, y, steps=4)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    return tooltip.inner_text()


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@needs_chromium
@pytest.mark.parametrize("name", SHOW_PAGES)
def test_show_pages_in_chromium(browser, pages, name):
    page, *trace = _open(browser, pages / name, show=True)
    try:
        shown = _shown_payloads(page)
        assert "script" in shown and len(shown) >= 3, shown
        nodes = page.evaluate("""() => samverkan.allNodes.get().filter(n => /[<>&"'{$\\u202e]/.test(n.title))
                                 .map(n => [n.id, n.title, typeof n.title])""")
        assert len(nodes) >= 5 and all(kind == "string" for _, _, kind in nodes)
        ids = [n for n, _, _ in nodes]
        wanted = [i for i in ids if i == HOSTILE_ID] + [i for i in ids if i != HOSTILE_ID][:5]
        visible = set(page.evaluate("() => samverkan.network.body.data.nodes.getIds()"))
        hovered = 0
        for node_id, title, _ in nodes:
            if node_id not in wanted or node_id not in visible:
                continue
            text = _hover(page, node_id)
            assert _norm(text) == _norm(title), "the tooltip is not the title as text"
            assert page.evaluate("() => document.querySelectorAll('div.vis-tooltip *:not(br)').length") == 0
            hovered += 1
        assert hovered >= 3
        if name != "show-all.html":
            assert any(PAYLOADS["template"].split(" {%")[0] in t for _, t, _ in nodes)  # '{{ 7*7 }}' literally
        _assert_clean(page, *trace)
    finally:
        page.close()


@needs_chromium
@pytest.mark.parametrize("name", OTHER_PAGES)
def test_other_pages_in_chromium(browser, pages, name):
    page, *trace = _open(browser, pages / name, show=False)
    try:
        shown = _shown_payloads(page)
        assert len(shown) >= (2 if name == "rapport.html" else 3), shown  # it names agreements and districts only
        # hover every SVG node and link: nothing from the data reacts
        for locator in page.locator("svg g, a").all()[:60]:
            if locator.is_visible():
                locator.hover(force=True, timeout=3_000)
        for link in page.locator("a[href^='#']").all()[:20]:
            link.click()
        _assert_clean(page, *trace)
    finally:
        page.close()


def test_the_audit_matrix_keeps_hostile_text_as_text(pages):
    """The matrix, written by our own xlsx writer, is well-formed with every payload in it, and no cell is a
    formula: each payload reads back literally as a string."""
    book = openpyxl.load_workbook(pages / "audit" / "matrix.xlsx")
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert {cell.data_type for cell in cells} <= {"s", "n"}
    texts = [cell.value for cell in cells if isinstance(cell.value, str)]
    for payload in PAYLOADS.values():
        assert any(payload in text for text in texts), payload[:30]
