"""The one table of severities: their order, words, symbols and what other formats call them."""

from __future__ import annotations

from typing import Literal

from samverkan.io.i18n import Msg

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
"""Most severe first."""
SEVERITY_RANK: dict[str, int] = {s: i for i, s in enumerate(SEVERITIES)}
SEVERITY_WORDS: dict[str, Msg] = {
    "error": Msg("fel", "error"),
    "warning": Msg("varning", "warning"),
    "info": Msg("info", "info"),
}
SEVERITY_PLURAL: dict[str, Msg] = {
    "error": Msg("fel", "errors"),
    "warning": Msg("varningar", "warnings"),
    "info": Msg("info", "info"),
}
SEVERITY_SYMBOL: dict[str, str] = {"error": "✖", "warning": "▲", "info": "ℹ"}
SEVERITY_STYLE: dict[str, str] = {"error": "bold red", "warning": "yellow", "info": "cyan"}
"""Terminal colours (rich styles)."""
SARIF_LEVEL: dict[str, str] = {"error": "error", "warning": "warning", "info": "note"}


def worst(severities) -> str | None:
    """The most severe of `severities`, or None when there are none."""
    return min(severities, key=SEVERITY_RANK.__getitem__, default=None)


def counts(findings) -> dict[str, int]:
    """Unwaived findings per severity, and the number waived."""
    out = dict.fromkeys(SEVERITIES, 0)
    out["waived"] = 0
    for f in findings:
        if f.waived:
            out["waived"] += 1
        else:
            out[f.severity] += 1
    return out
