"""No finding on the real data set changes silently: the findings at three dates against a golden file."""

from __future__ import annotations

import json

from tests.golden.regenerate import GOLDEN, findings_at_dates, render


def test_real_findings_match_the_golden_file():
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    actual = json.loads(render(findings_at_dates()))
    for day in expected:
        gone = [f for f in expected[day]["findings"] if f not in actual[day]["findings"]]
        new = [f for f in actual[day]["findings"] if f not in expected[day]["findings"]]
        assert (expected[day]["profile"], gone, new) == (actual[day]["profile"], [], []), (
            f"the findings at {day} changed. If that is intended, run `python -m tests.golden.regenerate`, "
            "read the diff of tests/golden/stockholm-findings.json and explain each change in the commit message")
    assert expected == actual
