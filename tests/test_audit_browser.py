"""report.html in headless Chromium with the network off: the matrix as the DOM has it, links, a screenshot."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.browser import block_network, needs_chromium

pytestmark = needs_chromium
DATES = {"2019-12-01": 14, "2024-01-01": 11}
NOT_ON_FILE = {"2019-12-01": 0, "2024-01-01": 1}
"""Districts whose agreement a document says exists but whose text is not on file (Järva from 2023, 002:75)."""


@pytest.mark.parametrize("day", DATES)
def test_report_in_chromium_offline(browser, dataset, tmp_path, output_dir, day):
    from samverkan.app import audit as run_audit
    from samverkan.audit.files import write_audit
    from samverkan.audit.graphs import district_graphs

    audit = run_audit(dataset, as_of=dt.date.fromisoformat(day))
    write_audit(audit, tmp_path, district_graphs(dataset, audit))
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    outside = block_network(page)
    page.goto((tmp_path / "report.html").as_uri())
    page.wait_for_load_state("load")

    districts = DATES[day]
    rules = len(audit.rules)
    assert rules >= 10
    assert page.locator("table.matrix tbody tr.district").count() == districts
    assert page.locator("table.matrix tbody tr.citywide").count() == 1
    assert page.locator("table.matrix thead th.rule").count() == rules
    cells = page.eval_on_selector_all("table.matrix tbody tr",
                                      "rows => rows.map(r => r.querySelectorAll('td.cell').length)")
    assert cells == [rules] * (districts + 1)
    # the red cells: SAM001 for every district without an agreement (one known but not on file is an info);
    # each links to an existing section of findings
    red = page.locator("table.matrix tr.district td.cell.sev-error[data-rule='SAM001']")
    assert red.count() == districts - NOT_ON_FILE[day]
    norrmalm = "sdf-norrmalm" if day == "2019-12-01" else "sdf-norra-innerstaden"
    expired = page.locator(f"table.matrix tr[data-key='{norrmalm}']")
    assert expired.locator("td.status").inner_text() == "utgången"
    assert expired.locator("td.cell[data-rule='SAM002']").get_attribute("data-severity") == "error"
    assert page.locator("table.matrix tr.district td.status-missing").count() == districts - 1 - NOT_ON_FILE[day]
    assert page.locator("table.matrix tr.district td.status-not_on_file").count() == NOT_ON_FILE[day]
    broken = page.eval_on_selector_all(
        "a[href^='#']", "as => as.map(a => a.getAttribute('href').slice(1)).filter(id => !document.getElementById(id))")
    assert broken == []
    graphs = page.eval_on_selector_all("a.graphlink, .graphlink a", "as => as.map(a => a.getAttribute('href'))")
    assert graphs and all((tmp_path / g.partition("#")[0]).is_file() for g in graphs)
    first = red.first.locator("a")
    target = first.get_attribute("href")
    first.click()
    assert page.evaluate("location.hash") == target
    assert page.locator(f"{target} + ol.findings li").count() >= 1
    assert page.locator("dd.citation").count() >= districts
    # the summary figures as the page shows them
    assert page.inner_text("#fig-districts .n") == str(districts)
    assert int(page.inner_text("#fig-expired .n")) == 1

    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(output_dir / f"audit-report-{day}.png"), full_page=False)
    page.emulate_media(media="print")
    page.screenshot(path=str(output_dir / f"audit-report-{day}-print.png"), full_page=False)
    page.pdf(path=str(output_dir / f"audit-report-{day}.pdf"), landscape=True, print_background=True)
    page.close()
    assert outside == [], f"the report asked the network for {outside}"
