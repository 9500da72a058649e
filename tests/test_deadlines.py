"""`samverkan deadlines`: the dates come from the documents' terms, cite them, and render deterministically."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from samverkan.cli import app
from samverkan.deadlines import deadlines
from samverkan.deadlines.dates import effective_end
from samverkan.model.months import add_months

runner = CliRunner()


def by_kind(items, kind, agreement):
    return [d for d in items if d.kind == kind and d.agreement == agreement]


def test_norrmalm_consultation_and_expiry_come_from_section_4(dataset):
    items = deadlines(dataset)
    [consult] = by_kind(items, "consultation", "norrmalm-2016")
    [expiry] = by_kind(items, "expiry", "norrmalm-2016")
    assert consult.date == dt.date(2017, 11, 30) and expiry.date == dt.date(2018, 5, 31)
    for d in (consult, expiry):
        assert d.source.document.startswith("004_") and d.source.section == "4. Tid" and d.source.lines == "59-63"
    assert consult.what.sv == "Sista dag för samråd om förlängning" and "6 månader" in consult.how.sv


def test_the_terms_not_constants_decide(dataset):
    """Change the agreement's terms and the deadlines follow."""
    data = dataset.copy_deep()
    norrmalm = next(a for a in data.agreements if a.id == "norrmalm-2016")
    norrmalm.valid_to = dt.date(2019, 8, 31)
    norrmalm.extension.consult_months_before = 3
    [consult] = by_kind(deadlines(data), "consultation", "norrmalm-2016")
    assert consult.date == dt.date(2019, 5, 31)
    norrmalm.extension = None
    assert by_kind(deadlines(data), "consultation", "norrmalm-2016") == []


def test_revision_of_the_city_wide_agreements(dataset):
    items = deadlines(dataset)
    # the 2019 text: "åtminstone var fjärde år" (003), and seed 002 states it twice, differently (3 and 4 years)
    r2019 = by_kind(items, "revision", "stockholm-2019")
    assert [(d.date, d.source.document[:3], d.source.lines) for d in r2019] == [
        (dt.date(2022, 11, 4), "002", "21"), (dt.date(2023, 11, 4), "003", "180-182")]
    assert all("flera sätt" in d.how.sv for d in r2019) and "fjärde" in r2019[1].what.sv
    # the 2023 revision carries the interval of the text it revises, counted from its own start
    r2023 = by_kind(items, "revision", "stockholm-2023")
    assert [d.date for d in r2023] == [dt.date(2027, 1, 1), dt.date(2028, 1, 1)]


def test_situation_picture_every_half_year_within_the_agreement(dataset):
    pictures = by_kind(deadlines(dataset), "situation_picture", "norrmalm-2016")
    assert [d.date for d in pictures] == [dt.date(2016, 12, 1), dt.date(2017, 6, 1), dt.date(2017, 12, 1)]
    assert all("9." in d.source.section or "Bilaga 6" in d.source.section for d in pictures)


def test_yearly_follow_up_by_a_fixed_day(dataset):
    structure = [d for d in by_kind(deadlines(dataset), "follow_up", "norrmalm-2016") if d.date.month == 5]
    assert [d.date for d in structure] == [dt.date(2017, 5, 31), dt.date(2018, 5, 31)]
    assert "31 maj" in structure[0].source.quote


def test_window_and_order(dataset):
    items = deadlines(dataset, dt.date(2017, 6, 1), dt.date(2017, 12, 31))
    assert items and all(dt.date(2017, 6, 1) <= d.date <= dt.date(2017, 12, 31) for d in items)
    assert [d.date for d in items] == sorted(d.date for d in items)


def test_month_arithmetic_and_end():
    assert add_months(dt.date(2018, 5, 31), -6) == dt.date(2017, 11, 30)
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2016, 6, 1), 6) == dt.date(2016, 12, 1)


def test_a_successor_ends_the_agreement_it_replaces(dataset):
    s2019 = next(a for a in dataset.agreements if a.id == "stockholm-2019")
    assert effective_end(dataset, s2019) == dt.date(2023, 12, 31)


def cli(*args):
    return runner.invoke(app, ["deadlines", "data/stockholm", *args])


def test_json_has_citations_and_uids():
    result = cli("--format", "json", "--from", "2017-11-01", "--to", "2018-06-30")
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    consult = next(i for i in items if i["kind"] == "consultation")
    assert consult["date"] == "2017-11-30" and "4. Tid" in consult["citation"] and consult["uid"].endswith("@samverkan")
    assert len({i["uid"] for i in items}) == len(items)


def test_ics_parses_and_is_byte_identical(tmp_path):
    from icalendar import Calendar

    first, second = (cli("--format", "ics") for _ in range(2))
    assert first.exit_code == 0, first.output
    assert first.stdout_bytes == second.stdout_bytes
    cal = Calendar.from_ical(first.stdout_bytes)
    events = cal.walk("VEVENT")
    assert events and all(e.get("DTSTART") and e.get("UID") and e.get("SUMMARY") and e.get("DTSTAMP") for e in events)
    consult = [e for e in events if e.decoded("DTSTART") == dt.date(2017, 11, 30)]
    summaries = [str(e["SUMMARY"]) for e in consult]
    assert summaries == ["Norrmalm: Sista dag för samråd om förlängning"]
    description = str(consult[0]["DESCRIPTION"])
    assert "4. Tid" in description and "Lokal samverkansöverenskommelse Norrmalm 2016-2018" in description
    assert b"f4e994a290e1df75" not in first.stdout_bytes  # documents by their titles, not their file names
    # written to a file: the same bytes
    out = tmp_path / "tider.ics"
    assert cli("--format", "ics", "--out", str(out)).exit_code == 0
    assert out.read_bytes() == first.stdout_bytes


def test_uid_is_stable_when_other_deadlines_change(dataset):
    data = dataset.copy_deep()
    before = {d.uid for d in deadlines(data) if d.agreement == "norrmalm-2016"}
    next(a for a in data.agreements if a.id == "stockholm-2019").revision_interval_years = 5
    after = {d.uid for d in deadlines(data) if d.agreement == "norrmalm-2016"}
    assert before == after


@pytest.mark.parametrize("args, words", [
    (["--from", "2017-13-01"], "--from"),
    (["--from", "2018-01-01", "--to", "2017-01-01"], "före"),
    (["--format", "pdf"], "--format"),
])
def test_bad_options_exit_2_with_a_message(args, words):
    result = cli(*args)
    assert result.exit_code == 2 and words in result.output and "Traceback" not in result.output


def test_english(tmp_path):
    result = cli("--lang", "en", "--from", "2017-11-30", "--to", "2017-11-30")
    assert "Last day for consultation on extension" in result.stdout and "lines 59-63" in result.stdout
