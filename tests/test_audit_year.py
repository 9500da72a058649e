"""The auditor's year in `samverkan audit`: change since an earlier audit (--since, --against) per district in
report.html and matrix.xlsx, the "Kommande" section and the matrix's next-deadline column."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from typer.testing import CliRunner

from samverkan.app import audit as run_audit
from samverkan.app import rules_run
from samverkan.audit.change import compare
from samverkan.cli import app
from samverkan.rules.engine import load_profile

runner = CliRunner()


def audit(folder, *args):
    result = runner.invoke(app, ["audit", "data/stockholm", "--out", str(folder), *args])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def since(tmp_path_factory):
    folder = tmp_path_factory.mktemp("since")
    audit(folder, "--as-of", "2024-01-01", "--since", "2020-01-01")
    return folder


def change_table(html: str) -> dict[str, tuple[int, int, int]]:
    table = html[html.index('<table class="change">'):]
    table = table[:table.index("</table>")]
    rows = re.findall(r'<tr data-key="([^"]+)">.*?<td>(\d+)</td><td>(\d+)</td><td>(\d+)</td></tr>', table)
    return {key: (int(a), int(b), int(c)) for key, a, b, c in rows}


def test_change_per_district_in_the_report(since, dataset):
    html = (since / "report.html").read_text(encoding="utf-8")
    assert "Förändring sedan 2020-01-01" in html
    table = change_table(html)
    later, earlier = run_audit(dataset, as_of=dt.date(2024, 1, 1)), run_audit(dataset, as_of=dt.date(2020, 1, 1))
    expected = compare(dataset, later, earlier.findings, rules_run(load_profile("stockholm-2023")), "x")
    assert table == {k: (len(c.resolved), len(c.new), len(c.unchanged)) for k, c in expected.by_row.items()}
    # the same SAM001 finding of a district that did not change is unchanged, not resolved and new
    assert table["sdf-bromma"] == (0, 0, 1)
    # merged districts: their predecessors' findings are resolved, the new district's is new
    assert table["sdf-jarva"] == (2, 1, 0)
    # every row's now = new + unchanged
    for row in later.all_rows:
        assert sum(table[row.key][1:]) == len(row.active_findings)


def test_change_and_next_deadline_in_the_matrix(since):
    from openpyxl import load_workbook

    ws = load_workbook(since / "matrix.xlsx")["Matris"]
    header = [c.value for c in ws[1]]
    assert header[-4:] == ["Nästa tidsgräns", "Åtgärdade (2020-01-01)", "Nya (2020-01-01)", "Kvarstår (2020-01-01)"]
    html = (since / "report.html").read_text(encoding="utf-8")
    table = change_table(html)
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert tuple(rows["Järva stadsdelsförvaltning"][-3:]) == table["sdf-jarva"]


def test_against_an_earlier_findings_json_is_the_same_as_since(since, tmp_path):
    earlier = tmp_path / "earlier"
    audit(earlier, "--as-of", "2020-01-01")
    later = tmp_path / "later"
    result = audit(later, "--as-of", "2024-01-01", "--against", str(earlier / "findings.json"))
    table = change_table((later / "report.html").read_text(encoding="utf-8"))
    assert table == change_table((since / "report.html").read_text(encoding="utf-8"))
    totals = [sum(v[i] for v in table.values()) for i in range(3)]
    assert f"{totals[0]} åtgärdade, {totals[1]} nya, {totals[2]} kvarstår" in result.output


def test_kommande_and_the_next_deadline_column(tmp_path):
    from openpyxl import load_workbook

    audit(tmp_path, "--as-of", "2017-06-01")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    upcoming = html[html.index('<h2 id="upcoming">'):]
    upcoming = upcoming[:upcoming.index("</section>")]
    assert "2017-06-01 – 2018-06-01" in upcoming
    assert "<td>2017-11-30</td><td>Norrmalm: Sista dag för samråd om förlängning</td>" in upcoming
    assert "<td>2018-05-31</td><td>Norrmalm: Överenskommelsen löper ut</td>" in upcoming
    assert "Förändring sedan" not in html  # no comparison asked for
    ws = load_workbook(tmp_path / "matrix.xlsx")["Matris"]
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert [c.value for c in ws[1]][-1] == "Nästa tidsgräns"
    assert rows["Norrmalm stadsdelsförvaltning"][-1] == "2017-06-01 Lägesbilden ska vara uppdaterad"
    assert rows["Bromma stadsdelsförvaltning"][-1] in (None, "")


def test_same_input_same_bytes_with_since(since, tmp_path):
    audit(tmp_path, "--as-of", "2024-01-01", "--since", "2020-01-01")
    for name in ("report.html", "matrix.xlsx", "findings.json"):
        assert (tmp_path / name).read_bytes() == (since / name).read_bytes(), name


def test_bad_against_file_and_options_exit_2(tmp_path):
    bad = tmp_path / "findings.json"
    bad.write_text('[{"rule": "SAM001",\n "severity": ', encoding="utf-8")
    result = runner.invoke(app, ["audit", "data/stockholm", "--as-of", "2024-01-01", "--out", str(tmp_path / "o"),
                                 "--against", str(bad)])
    assert result.exit_code == 2 and "findings.json:2:" in result.output and "Traceback" not in result.output
    bad.write_text(json.dumps([{"rule": "SAM001"}]), encoding="utf-8")
    result = runner.invoke(app, ["audit", "data/stockholm", "--as-of", "2024-01-01", "--out", str(tmp_path / "o"),
                                 "--against", str(bad)])
    assert result.exit_code == 2 and "fynd nummer 1" in result.output
    for args in (["--since", "2024-06-01"], ["--since", "2017-01-01", "--against", str(bad)], ["--since", "x"]):
        result = runner.invoke(app, ["audit", "data/stockholm", "--as-of", "2024-01-01", "--out",
                                     str(tmp_path / "o"), *args])
        assert result.exit_code == 2 and "Traceback" not in result.output, args
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("day", ["2016-06-01", "2017-06-01", "2021-03-15"])
def test_kommande_is_the_twelve_months_of_deadlines_and_each_row_its_first(dataset, day):
    """The audit derives five years of deadlines once and reads both from them: the same as deriving each."""
    from samverkan.deadlines import deadlines, next_deadline
    from samverkan.model.months import add_months

    as_of = dt.date.fromisoformat(day)
    result = run_audit(dataset, as_of=as_of)
    assert result.upcoming == deadlines(dataset, as_of, add_months(as_of, 12))
    assert any(row.next_deadline for row in result.all_rows)
    for row in result.all_rows:
        ids = [a.id for a in row.agreements]
        assert row.next_deadline == (next_deadline(dataset, ids, as_of) if ids else None)
