"""`samverkan show`: the view model (levels, colours, people, findings, escaping), determinism, offline
assets, the static pictures and the command line. The browser tests are in test_show_browser.py."""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from html import unescape

import pytest
from typer.testing import CliRunner

from samverkan.app import show
from samverkan.cli import app
from samverkan.show.graph_view import build_view
from samverkan.show.html_page import render_html
from samverkan.show.style import GROUP_FILL, PARTY_COLOUR, SEVERITY_BORDER
from samverkan.show.svg import render_png, render_svg
from tests.show_data import (
    HOSTILE_AGREEMENT,
    HOSTILE_GROUP,
    HOSTILE_LINK,
    HOSTILE_ORG,
    PERSON_CONTACT,
    PERSON_NAME,
    large_dataset,
    small_dataset,
    small_findings,
)

N = "norrmalm-x"
C = "central-x"


@pytest.fixture(scope="module")
def small():
    return small_dataset()


@pytest.fixture(scope="module")
def view(small):
    return build_view(small, small_findings(), agreement=N)


def payload(html: str) -> dict:
    text = re.search(r'<script type="application/json" id="samverkan-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(text)


# --- the view model ------------------------------------------------------------------------------


def test_levels_follow_the_governance_hierarchy(view):
    lv = {n.id: n.level for n in view.nodes}
    # city-wide groups above local ones; the political bodies above the groups that report to them
    assert lv["kommunstyrelsen"] < lv[f"{C}/styrgrupp"] < lv[f"{C}/beredningsgrupp"] < lv[f"{N}/chefsamrad"]
    assert lv["sdn-norrmalm"] < lv[f"{N}/chefsamrad"]
    # local steering, then preparation, then forums/councils/coordinators, working groups, activities
    assert lv[f"{N}/chefsamrad"] < lv[f"{N}/beredningsgrupp"] < lv[f"{N}/forum-a"]
    assert lv[f"{N}/forum-a"] == lv[f"{N}/forum-b"] == lv[f"{N}/tsr"] == lv[f"{N}/samordnare"]
    assert lv[f"{N}/forum-a"] < lv[f"{N}/arbetsgrupp"] < lv[f"{N}/aktivitet-1"]
    # every member sits below every group it is a member of
    members = {(e.source, e.target) for e in view.edges if e.relation == "member_of"}
    assert members
    for member, group in members:
        assert lv[member] > lv[group], (member, group)


def test_positions_are_rows_by_level_inside_agreement_blocks(view):
    by_level: dict[tuple[str, int], set[int]] = {}
    for n in view.nodes:
        by_level.setdefault((n.block, n.level), set()).add(n.y)
    higher = {n.id: n.y for n in view.nodes}
    assert higher["sdn-norrmalm"] < higher[f"{N}/chefsamrad"] < higher[f"{N}/beredningsgrupp"]
    # no two nodes on one spot
    assert len({(n.x, n.y) for n in view.nodes}) == len(view.nodes)
    for a, rect in view.blocks.items():
        for n in view.nodes:
            if n.block == a:
                assert rect.x <= n.x <= rect.x + rect.width and rect.y <= n.y <= rect.y + rect.height


def test_shapes_and_colours_by_kind_and_party(view):
    node = {n.id: n for n in view.nodes}
    assert node[f"{N}/chefsamrad"].shape == "box" and node[f"{N}/forum-a"].shape == "ellipse"
    assert node[f"{N}/chefsamrad"].colours == GROUP_FILL["steering"]
    assert node[f"{N}/forum-b"].colours == GROUP_FILL["forum"]
    assert node["sdf-norrmalm/trygghetssamordnare"].party == "city"
    assert node["sdf-norrmalm/trygghetssamordnare"].colours[:2] == PARTY_COLOUR["city"]
    assert node["lpo-norrmalm/kommunpolis"].colours[:2] == PARTY_COLOUR["police"]
    assert node["ext-fastighetsagare"].colours[:2] == PARTY_COLOUR["other"]
    assert node["sdn-norrmalm"].kind == "political_body" and node["sdn-norrmalm"].shape == "hexagon"


def test_edges_styled_by_relation(view):
    styles = {(e.source, e.target): e.style for e in view.edges}
    assert styles[(f"{N}/beredningsgrupp", f"{N}/chefsamrad")] == "reports_to"
    assert styles[("sdf-norrmalm/stadsdelsdirektor", f"{N}/chefsamrad")] == "chair_of"
    assert styles[("lpo-norrmalm/kommunpolis", f"{N}/chefsamrad")] == "member_of"
    assert styles[("sdf-norrmalm", f"{N}/tsr")] == "accountable_for"
    assert styles[(f"{N}/aktivitet-1", f"{N}/forum-a")] == "part_of"


def test_tooltip_holds_members_chair_frequency_source_and_findings(view):
    title = view.node(f"{N}/chefsamrad").title
    assert "Medlemmar (4):" in title
    assert "kommunpolis, Lokalpolisområde Norrmalm – föredragande" in title
    assert "stadsdelsdirektör, Norrmalms stadsdelsförvaltning – beslutsfattare, alternerande ordförande" in title
    assert "Ordförande: " in title
    assert "Mötesfrekvens: ”minst två (2) gånger varje halvår” (minst 4 gånger per år)" in title
    assert "Källa: 004_test.txt, avsnitt 6. Samverkansforum, rad 94–101" in title
    assert "Rapporterar till: Norrmalms stadsdelsnämnd; Stadsövergripande beredningsgrupp" in title
    bg = view.node(f"{N}/beredningsgrupp").title
    assert "Fynd (1):" in bg and "✖ fel SAM010: Beredningsgrupp saknar ansvarig part" in bg
    assert "→ Ange sammankallande" in bg
    assert "Ansvarig (sammankallande): Norrmalm" not in bg
    forum = view.node(f"{N}/forum-a").title
    assert "Ansvarig (sammankallande): preventionssamordnare, Norrmalms stadsdelsförvaltning" in forum


def test_english_words(small):
    v = build_view(small, small_findings(), agreement=N, lang="en")
    title = v.node(f"{N}/chefsamrad").title
    assert "Members (4):" in title and "rapporteur" in title and "Meeting frequency" in title
    assert "✖ error SAM010" in v.node(f"{N}/beredningsgrupp").title


def test_findings_mark_nodes_by_severity(view):
    node = {n.id: n for n in view.nodes}
    bg = node[f"{N}/beredningsgrupp"]
    assert bg.severity == "error" and bg.border == SEVERITY_BORDER["error"] and bg.label.startswith("✖1\n")
    assert node[f"{N}/aktivitet-1"].severity == "warning"
    # a path marks every node on it
    for n in (f"{N}/arbetsgrupp", f"{N}/forum-a", f"{N}/chefsamrad"):
        assert node[n].severity == "info"
    assert node[f"{N}/tsr"].severity is None and node[f"{N}/tsr"].border[1] == 1
    # a finding about the agreement itself is listed, on no node
    agreement_level = [f for f in view.findings if f.rule == "SAM002"]
    assert agreement_level and agreement_level[0].nodes == ()
    assert [f.severity for f in view.findings] == sorted((f.severity for f in view.findings),
                                                         key=["error", "warning", "info"].index)


def test_person_names_hidden_unless_asked(small):
    html = render_html(build_view(small, small_findings(), agreement=N))
    for secret in (PERSON_NAME, "anna-berg", PERSON_CONTACT, "example.se"):
        assert secret not in html
    assert "namngiven person" in html and "stadsdelsdirektör" in html
    shown = render_html(build_view(small, small_findings(), agreement=N, show_people=True))
    assert PERSON_NAME in shown and "person/anna-berg" in shown
    assert PERSON_CONTACT not in shown and "example.se" not in shown  # contact details: never


def test_escaping_in_the_page(tmp_path):
    data = small_dataset(hostile=True)
    html = render_html(build_view(data, small_findings(), agreement=N))
    for raw in (HOSTILE_ORG, HOSTILE_GROUP, HOSTILE_AGREEMENT, "<img", "<b onmouseover", "<script>window"):
        assert raw not in html, raw
    # the heading, the title and the filter show the text, escaped
    assert "&lt;script&gt;window.__pwned = true&lt;/script&gt; Överenskommelse" in html
    assert html.count("&lt;script&gt;window.__pwned") >= 3
    # in the JSON for vis-network: no raw '<' '>' '&' at all
    data_json = re.search(r'id="samverkan-data">(.*?)</script>', html, re.S).group(1)
    assert not set("<>&") & set(data_json)
    p = payload(html)
    labels = {n["id"]: n["label"] for n in p["nodes"]}
    assert labels["ext-fastighetsagare"].replace("\n", " ") == HOSTILE_ORG
    # tooltips are plain text: our page never switches to vis-network's raw-innerHTML popup, so even a title that
    # holds "href" (only data can put it there) stays text
    assert any("href" in n.get("title", "") for n in p["nodes"])
    assert HOSTILE_LINK not in html and "<a " not in html
    clean = payload(render_html(build_view(small_dataset(), small_findings(), agreement=N)))
    assert all("href" not in n.get("title", "") for n in clean["nodes"])


def test_own_script_never_writes_html():
    from samverkan.show import html_page

    js = (html_page.HERE / "assets" / "show.js").read_text(encoding="utf-8")
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "document.write" not in js


def test_page_is_offline_and_self_contained(small, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    html = render_html(build_view(small, small_findings(), agreement=N))
    assert list(tmp_path.iterdir()) == []  # nothing (no lib/ folder) is written into the working directory
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html)
    for host in ("cdnjs.cloudflare.com", "cdn.jsdelivr.net", "unpkg.com", "bootstrap"):
        assert host not in html
    assert "sourceMappingURL" not in html
    assert "vis.Network" in html and "vis-network" in html
    # the Content-Security-Policy names our two scripts by hash and nothing else may run
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1]
    assert len(re.findall(r"'sha256-", csp)) == 2


def test_same_input_same_bytes(small):
    first = render_html(build_view(small, small_findings(), agreement=N))
    second = render_html(build_view(small_dataset(), small_findings(), agreement=N))
    assert first == second
    # the order of entities in the files does not matter either
    shuffled = small.model_copy(update={
        "memberships": list(reversed(small.memberships)), "groups": list(reversed(small.groups)),
        "reporting_lines": list(reversed(small.reporting_lines)), "roles": list(reversed(small.roles)),
    })
    assert render_html(build_view(shuffled, list(reversed(small_findings())), agreement=N)) == first


def test_whole_data_set_and_no_engine(small):
    v = build_view(small, None)
    assert not v.findings_available and all(n.severity is None for n in v.nodes)
    assert [a for a, _ in v.agreements] == [C, N]
    html = render_html(v)
    assert 'id="no-engine"' in html


def test_large_data_set_collapses_members_and_clusters_agreements():
    data = large_dataset(agreements=30, groups_per=12, members_per_group=6)
    v = build_view(data, [], collapse_above=300)
    assert v.collapsed and v.folded_members > 0
    assert {n.kind for n in v.nodes} <= {"steering", "preparation", "coordinators", "council", "forum", "working",
                                         "political_body"}
    steering = v.node("a000/styrgrupp")
    assert "6 medlemmar" in steering.label and "Medlemmar (6):" in steering.title
    assert all(e.relation == "reports_to" for e in v.edges)
    p = payload(render_html(v))
    assert p["collapsed"] is True and len(p["agreements"]) == 30
    small_enough = build_view(data, [], agreement="a003", collapse_above=300)
    assert not small_enough.collapsed and any(n.kind == "role" for n in small_enough.nodes)


def test_empty_and_cyclic_data_sets():
    from samverkan.model.dataset import DataSet

    empty = build_view(DataSet(), [])
    assert empty.nodes == [] and render_html(empty) and render_svg(empty) and render_png(empty)
    src = [{"document": "d"}]
    cyclic = DataSet.model_validate({
        "organisations": [{"id": "x", "name": "X", "kind": "city", "sources": src}],
        "agreements": [{"id": "a", "title": "A", "level": "local", "parties": ["x"], "sources": src}],
        "groups": [{"id": f"a/g{i}", "name": f"G{i}", "agreement": "a", "kind": "working", "level": "local",
                    "sources": src} for i in (1, 2)],
        "reporting_lines": [{"from": "a/g1", "to": "a/g2", "sources": src},
                            {"from": "a/g2", "to": "a/g1", "sources": src}],
    })
    v = build_view(cyclic, [], agreement="a")
    assert len(v.nodes) == 2 and len({n.y for n in v.nodes}) == 2
    assert render_html(v) == render_html(build_view(cyclic, [], agreement="a"))


def test_unknown_agreement_is_a_key_error(small):
    with pytest.raises(KeyError):
        build_view(small, [], agreement="nope")


# --- static pictures ----------------------------------------------------------------------------


def test_svg_is_valid_escaped_and_deterministic():
    data = small_dataset(hostile=True)
    v = build_view(data, small_findings(), agreement=N)
    svg = render_svg(v)
    assert svg == render_svg(build_view(small_dataset(hostile=True), small_findings(), agreement=N))
    root = ET.fromstring(svg.encode("utf-8"))  # well-formed XML: nothing from the data broke out
    ns = "{http://www.w3.org/2000/svg}"
    texts = ["".join(t.itertext()) for t in root.iter(f"{ns}text")]
    assert "<img src=x" in texts  # the hostile name is drawn as text (wrapped over two lines)
    assert not list(root.iter(f"{ns}script")) and not list(root.iter(f"{ns}image"))
    assert "onerror=" not in re.sub(r"&lt;img src=x", "", svg).replace("onerror=alert(1)&gt;", "")
    nodes = [g for g in root.iter(f"{ns}g") if "node" in (g.get("class") or "").split()]
    assert len(nodes) == len(v.nodes)
    assert PERSON_NAME not in svg


def test_png_is_a_png_and_deterministic(view):
    png = render_png(view)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    assert png == render_png(view)
    assert b"Matplotlib" not in png  # no version stamp


# --- the real data set --------------------------------------------------------------------------


def test_norrmalm_2016_shows_its_structure_and_findings(dataset):
    agreement = "norrmalm-2016"
    result = show(dataset, "html", agreement=agreement, as_of=dt.date(2017, 1, 1))
    v = result.view
    drawn = {n.id for n in v.nodes}
    groups = [g for g in dataset.groups if g.agreement == agreement]
    assert {g.id for g in groups} <= drawn
    assert {a.id for a in dataset.activities if a.agreement == agreement} <= drawn
    kinds = {g.kind for g in groups}
    assert {"steering", "preparation", "forum"} <= kinds
    # who is accountable for each group and forum: drawn as edges where the data names someone
    accountable = {e.target for e in v.edges if e.relation == "accountable_for"}
    named = {r.subject for r in dataset.responsibilities if r.kind == "accountable"}
    assert {g.id for g in groups if g.id in named} <= accountable
    assert v.findings_available
    if v.findings:
        assert any(n.severity for n in v.nodes) or all(not f.nodes for f in v.findings)
    steering = next(g for g in groups if g.kind == "steering")
    members = [m for m in dataset.memberships if m.group == steering.id]
    title = v.node(steering.id).title
    assert f"({len(members)}):" in title
    for person in dataset.people:
        assert person.name not in result.content
        if person.contact:
            assert person.contact not in result.content


# --- the command line ---------------------------------------------------------------------------


runner = CliRunner()


def test_cli_writes_html_svg_png(data_dir, tmp_path):
    target = tmp_path / "n.html"
    args = ["show", str(data_dir), "--agreement", "norrmalm-2016", "--as-of", "2017-01-01"]
    r = runner.invoke(app, [*args, "--out", str(target)])
    assert r.exit_code == 0, r.output
    assert "Skrev" in r.output and target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    again = runner.invoke(app, [*args, "--out", str(target)])  # same bytes: no question asked
    assert again.exit_code == 0
    for fmt in ("svg", "png"):
        out = tmp_path / f"n.{fmt}"
        r = runner.invoke(app, [*args, "--format", fmt, "--out", str(out), "--lang", "en"])
        assert r.exit_code == 0, r.output
        assert "Wrote" in r.output and out.stat().st_size > 1000


def test_cli_bad_input_gives_messages_not_tracebacks(data_dir, tmp_path):
    cases = [
        (["--agreement", "norrmalm-2061"], "menade du norrmalm-2016"),
        (["--format", "pdf"], "--format"),
        (["--as-of", "2017-13-01"], "inget datum"),
        (["--profile", "nope"], "profil"),
    ]
    for extra, expected in cases:
        r = runner.invoke(app, ["show", str(data_dir), "--out", str(tmp_path / "x.html"), *extra])
        assert r.exit_code == 2, (extra, r.output)
        assert expected in r.output, (extra, r.output)
        assert "Traceback" not in r.output
    (tmp_path / "other.html").write_text("something else", encoding="utf-8")
    r = runner.invoke(app, ["show", str(data_dir), "--out", str(tmp_path / "other.html"), "--as-of", "2017-01-01"])
    assert r.exit_code == 2 and "--force" in r.output
    r = runner.invoke(app, ["show", str(data_dir), "--out", str(tmp_path / "other.html"), "--as-of", "2017-01-01",
                            "--force"])
    assert r.exit_code == 0


def test_a_local_view_lists_no_finding_of_an_agreement_it_does_not_draw():
    """A city-wide group that every district reports to sits in each district's view: the findings of the other
    districts whose path passes it stay off that view (they are on their own district's), its own stay on."""
    from samverkan.app import run_rules
    from samverkan.show.graph_view import view_builder
    from samverkan.synthetic import AS_OF, generate

    data = generate(8, 2, violation_rate=0.5).data
    findings = run_rules(data, as_of=AS_OF).findings
    builder = view_builder(data)
    local = sorted(a.id for a in data.agreements if a.level == "local")
    views = {a: build_view(data, findings, agreement=a, builder=builder) for a in local}
    passing = 0
    for a, v in views.items():
        drawn = {agreement for agreement, _ in v.agreements}
        assert {f.agreement for f in v.findings} <= drawn | {a, None}
        # every finding of the agreement is listed on its own view
        assert sum(1 for f in findings if f.agreement == a) == sum(1 for f in v.findings if f.agreement == a)
        nodes = {n.id for n in v.nodes}
        passing += sum(1 for f in findings if f.agreement in set(local) - {a}
                       and {f.subject, *f.path} & nodes)
    assert passing > 0, "no finding of one district passes a node drawn on another's view: the test shows nothing"


def test_a_long_list_is_cut_in_the_tooltip_and_whole_in_the_pane():
    """The city-wide group every local group reports to: its tooltip names the first TOOLTIP_LIST and how many
    more, the properties pane names them all."""
    from samverkan.show.graph_view import TOOLTIP_LIST
    from samverkan.synthetic import generate

    data = generate(TOOLTIP_LIST + 5, 1).data
    local = sorted(a.id for a in data.agreements if a.level == "local")[0]
    view = build_view(data, [], agreement=local)
    receivers = [n for n in view.nodes if "Tar emot rapporter från: " in n.info]
    assert receivers
    for n in receivers:
        line = next(x for x in n.info.splitlines() if x.startswith("Tar emot rapporter från: "))
        names = line.split(": ", 1)[1].split("; ")
        short = next(x for x in n.title.splitlines() if x.startswith("Tar emot rapporter från: "))
        if len(names) > TOOLTIP_LIST:
            assert short.endswith(f"… och {len(names) - TOOLTIP_LIST} till")
            assert short.split(": ", 1)[1].split("; ")[:TOOLTIP_LIST - 1] == names[:TOOLTIP_LIST - 1]
        else:
            assert short == line
    assert any(len(n.info) > len(n.title) for n in receivers)
    # the page sends the pane's text only where it differs from the tooltip (show.js reads the title otherwise)
    sent = {n["id"]: n for n in payload(render_html(view))["nodes"]}
    for n in view.nodes:
        assert sent[n.id].get("info", sent[n.id]["title"]) == n.info
        assert ("info" in sent[n.id]) == (n.info != n.title)
