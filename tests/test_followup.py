"""Follow-up objects (lägesbild, åtgärdsplan, medborgarlöften, uppföljningsplan, meetings) and SAM100–SAM103."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from samverkan.cli import app
from samverkan.model.entities import Meeting, Promise
from samverkan.rules.engine import check
from samverkan.synthetic import AS_OF, generate

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def words(text: str) -> str:
    return " ".join(re.sub(r"[-\s]+", " ", text).split()).lower()


def test_norrmalm_bilagor_3_4_6_are_transcribed_with_sources(dataset, seeds_dir):
    assert [sp.id for sp in dataset.situation_pictures] == ["norrmalm-2016/lagesbild"]
    assert len(dataset.situation_pictures[0].areas) == 5
    items = {i.id: i for i in dataset.action_items}
    assert len(items) == 5 and all(i.owner and i.indicators for i in items.values())
    assert items["norrmalm-2016/atgard-ungdomar-samverkansforum"].owner == "sdf-norrmalm/preventionssamordnare"
    plan = {f.subject: f for f in dataset.follow_up_items}
    assert set(plan) == {"structure", "situation_picture", "forums", "communication"}
    assert plan["structure"].due_day == "05-31" and plan["situation_picture"].frequency.per_year == 2
    # every quote is in the lines it cites
    for entity in [*dataset.situation_pictures, *dataset.action_items, *dataset.follow_up_items]:
        for ref in entity.sources:
            lines = (seeds_dir / ref.document).read_text(encoding="utf-8").split("\n")
            first, last = ref.line_range()
            assert ref.quote and words(ref.quote) in words(" ".join(lines[first - 1:last])), (entity.id, ref.lines)


def codes(findings, prefix="SAM10"):
    return [(f.rule, f.subject) for f in findings if f.rule.startswith(prefix)]


def test_sam100_norrmalm_lagesbild_due_half_a_year_after_the_start(dataset):
    assert codes(check(dataset, "stockholm-2019", dt.date(2016, 12, 1))) == []
    [f] = [f for f in check(dataset, "stockholm-2019", dt.date(2017, 1, 1), lang="en") if f.rule == "SAM100"]
    assert f.subject == "norrmalm-2016/lagesbild" and "due by 2016-12-01" in f.message_en
    assert "9. Uppdateringar" in f.citation and "163-165" in f.citation
    # expired: no longer an update to ask for
    assert codes(check(dataset, "stockholm-2019", dt.date(2018, 6, 1))) == []


def test_sam100_a_dated_update_resolves_it(dataset):
    data = dataset.copy_deep()
    data.situation_pictures.append(data.situation_pictures[0].model_copy(
        update={"id": "norrmalm-2016/lagesbild-2016-11", "date": dt.date(2016, 11, 15)}))
    assert codes(check(data, "stockholm-2019", dt.date(2017, 5, 1))) == []
    [f] = codes(check(data, "stockholm-2019", dt.date(2017, 6, 1)))
    assert f == ("SAM100", "norrmalm-2016/lagesbild-2016-11")


def test_sam101_measure_without_owner_or_indicator(dataset):
    data = dataset.copy_deep()
    data.action_items[0].owner = None
    data.action_items[1].indicators = []
    data.action_items[2].owner, data.action_items[2].status = None, "cancelled"
    found = [f for f in check(data, "stockholm-2019", dt.date(2016, 9, 1), lang="en") if f.rule == "SAM101"]
    assert [f.subject for f in found] == sorted([data.action_items[0].id, data.action_items[1].id])
    assert all("Bilaga 4" in f.citation for f in found)
    assert any("no owner function" in f.message_en for f in found) and any("no indicator" in f.message_en
                                                                            for f in found)


def promise(**kw) -> Promise:
    base = {"id": "p/1", "promise": "Fler poliser vid Sergels torg", "police_area": "lpo-norrmalm",
            "district": "sdf-norrmalm", "period_from": "2017-01-01", "period_to": "2017-06-30",
            "sources": [{"document": "medborgarlofte.pdf", "section": "Löfte", "lines": "1-3"}]}
    return Promise.model_validate({**base, **kw})


def test_sam102_a_promise_past_its_period_is_followed_up(dataset):
    data = dataset.copy_deep()
    data.promises = [promise(), promise(id="p/2", followed_up="2017-08-01"), promise(id="p/3", status="fulfilled"),
                     promise(id="p/4", period_to="2017-12-31")]
    found = [f for f in check(data, "stockholm-2019", dt.date(2017, 9, 1)) if f.rule == "SAM102"]
    assert [(f.subject, f.agreement) for f in found] == [("p/1", "norrmalm-2016")]  # the district's agreement
    assert "medborgarlofte.pdf" in found[0].citation


def test_sam103_meetings_on_file_fewer_than_the_frequency(dataset):
    data = dataset.copy_deep()
    chef = "norrmalm-2016/chefsamrad"  # 4 a year; in force 2016-06-01: 2 expected in 2016, 4 in 2017
    data.meetings = [Meeting.model_validate({"group": chef, "date": d, "sources": [{"document": "protokoll"}]})
                     for d in ("2016-09-01", "2016-12-01", "2017-03-01", "2017-09-01")]
    found = [f for f in check(data, "stockholm-2019", dt.date(2018, 1, 1), lang="en") if f.rule == "SAM103"]
    assert [(f.subject, "4 times in 2017" in f.message_en, "only 2 times" in f.message_en) for f in found] == [
        (chef, True, True)]
    # a year not yet over is not judged; groups without minutes on file are not judged
    assert [f for f in check(data, "stockholm-2019", dt.date(2017, 12, 31)) if f.rule == "SAM103"] == []


def test_synthetic_follow_up_violations_are_each_found():
    s = generate(6, 5)
    injected = [i for i in s.injected if i[0].startswith("SAM10")]
    assert {i[0] for i in injected} == {"SAM100", "SAM101", "SAM102", "SAM103"}
    found = {(f.rule, f.subject, f.agreement) for f in check(s.data, None, AS_OF)}
    assert [i for i in injected if i not in found] == []
    assert codes(check(generate(4, 5, violation_rate=0).data, None, dt.date(2031, 1, 1))) == []


@pytest.mark.parametrize("field, value, words_", [
    ("owner: sdf-norrmalm/preventionssamordnare", "owner: sdf-norrmalm/preventionsamordnare", "preventionssamordnare"),
    ("due_day: \"05-31\"", "due_day: \"31-05\"", "due_day"),
])
def test_a_bad_follow_up_reference_is_located_and_exit_2(tmp_path, field, value, words_):
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "stockholm", folder)
    target = folder / "agreements" / "norrmalm-2016.yaml"
    text = target.read_text(encoding="utf-8")
    assert field in text
    target.write_text(text.replace(field, value, 1), encoding="utf-8")
    result = runner.invoke(app, ["check", str(folder)])
    assert result.exit_code == 2 and "norrmalm-2016.yaml:" in result.output and words_ in result.output
    assert "Traceback" not in result.output
