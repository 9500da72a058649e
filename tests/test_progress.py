"""Long runs show their progress on standard error, on a terminal only."""

from __future__ import annotations

import io

from rich.console import Console

from samverkan.cli import common
from samverkan.io.i18n import Msg


def test_counted_steps_draw_a_bar_on_a_terminal_and_return_what_the_step_returns(monkeypatch):
    screen = io.StringIO()
    monkeypatch.setattr(common, "err", Console(file=screen, force_terminal=True, width=80))
    step = common.counted(lambda n: n * 2, 3, Msg("Ritar", "Drawing"), "en")
    assert [step(n) for n in range(3)] == [0, 2, 4]
    assert "Drawing" in screen.getvalue()


def test_no_bar_in_a_pipe(monkeypatch):
    screen = io.StringIO()
    monkeypatch.setattr(common, "err", Console(file=screen, force_terminal=False))
    double = lambda n: n * 2  # noqa: E731
    assert common.counted(double, 300, Msg("Ritar", "Drawing"), "sv") is double
    assert screen.getvalue() == ""
