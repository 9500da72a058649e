"""The rule engine: run every selected rule of the catalogue over a data set, for one profile, at one date.

`check(data, profile, as_of)` returns the findings sorted by (agreement, rule, subject, message). Rules run
when the profile has a demand for them (generic rules always run). Other packages call `check` and read
`RULES`; both are a public interface.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from samverkan.io.gcpause import gc_paused
from samverkan.io.i18n import Msg
from samverkan.io.yamlconf import ConfigError, ConfigProblem, closest
from samverkan.model.dataset import DataSet
from samverkan.rules.base import FINDING_KEYS, Finding, Rule, RunContext, Units
from samverkan.rules.catalogue import RULES
from samverkan.rules.profile import (
    DEFAULT_PROFILE,
    Demand,
    Profile,
    governing_note,
    list_profiles,
    load_profile,
    profile_for,
)
from samverkan.rules.severity import SEVERITIES, counts
from samverkan.rules.waivers import Waiver, apply_waivers, load_waivers

__all__ = [
    "DEFAULT_PROFILE", "FINDING_KEYS", "RULES", "SEVERITIES", "CheckError", "ConfigError", "ConfigProblem", "Demand",
    "Finding", "Profile", "Rule", "RunContext", "Units", "Waiver", "check", "counts", "list_profiles", "load_profile",
    "load_waivers", "profile_for", "governing_note", "select_rules",
]


class CheckError(ValueError):
    """Invalid arguments to a check (unknown rule selector or agreement); the CLI exits with status 2."""

    def __init__(self, message: Msg):
        self.msg = message
        super().__init__(message.en)


def _split(codes: Iterable[str] | str | None) -> list[str] | None:
    if codes is None:
        return None
    if isinstance(codes, str):
        codes = [codes]
    out = [c.strip().upper() for part in codes for c in part.split(",") if c.strip()]
    return out


def selects(selector: str, code: str) -> bool:
    """Whether a selector enables a code: 'ALL', the code itself, or a prefix that is not itself a code
    ('SAM02' selects SAM020 and SAM021; 'SAM099' selects SAM099 but never a later SAM0991)."""
    if selector == "ALL" or selector == code:
        return True
    return code.startswith(selector) and selector not in RULES and not selector[-3:].isdigit()


def select_rules(select: Iterable[str] | str | None = None, ignore: Iterable[str] | str | None = None) -> list[str]:
    """The codes enabled by Ruff-style selectors: codes or prefixes ('SAM01', 'ALL'); the more specific wins,
    ignore wins at equal specificity."""
    sel, ign = _split(select), _split(ignore) or []
    return list(_selected(None if sel is None else tuple(sel), tuple(ign), tuple(RULES)))


@lru_cache(maxsize=4096)
def _selected(sel: tuple[str, ...] | None, ign: tuple[str, ...], codes: tuple[str, ...]) -> tuple[str, ...]:
    """`select_rules` for the rules `codes` (`impact --rank` asks for the same few selections thousands of
    times; a rule registered later is a new `codes`)."""
    for selector in [*(sel or []), *ign]:
        if selector != "ALL" and not any(selects(selector, code) for code in RULES):
            close = closest(selector, list(RULES))
            hint = Msg(f"; menade du {close}?", f"; did you mean {close}?") if close else Msg("", "")
            raise CheckError(Msg(f"okänd regel eller prefix '{selector}'{hint.sv}",
                                 f"unknown rule or prefix '{selector}'{hint.en}"))

    def specificity(code: str, selectors: list[str]) -> int:
        return max((0 if s == "ALL" else len(s) for s in selectors if selects(s, code)), default=-1)

    enabled = []
    for code in sorted(codes):
        s = specificity(code, list(sel)) if sel is not None else 0
        i = specificity(code, list(ign))
        if s >= 0 and s > i:
            enabled.append(code)
    return tuple(enabled)


def check(
    data: DataSet,
    profile: str | Path | Profile | None = None,
    as_of: dt.date | None = None,
    *,
    lang: str = "sv",
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str | None = None,
    agreement: str | None = None,
    waivers: str | Path | list[Waiver] | None = None,
    graph=None,
    words: bool = True,
    units: Units | None = None,
) -> list[Finding]:
    """Run the rules over a data set. Raises ConfigError (broken profile or waivers) or CheckError.

    `words=False` leaves in the messages the ids the rules put there (`names.in_words` puts them in words):
    cheaper, for comparing the findings of two versions of a data set. `units` remembers, or gives back after a
    change, what the rules' parts per unit gave (`RunContext.per_unit`)."""
    as_of = as_of or dt.date.today()
    if not isinstance(profile, Profile):
        profile = load_profile(profile or profile_for(data, as_of))
    if agreement is not None and not any(a.id == agreement for a in data.agreements):
        close = closest(agreement, [a.id for a in data.agreements])
        hint = Msg(f"; menade du {close}?", f"; did you mean {close}?") if close else Msg("", "")
        raise CheckError(Msg(f"okänd överenskommelse '{agreement}'{hint.sv}",
                             f"unknown agreement '{agreement}'{hint.en}"))
    enabled = select_rules(select, ignore)
    waiver_list = load_waivers(waivers) if isinstance(waivers, (str, Path)) else list(waivers or [])
    if waiver_list and not words:
        raise ValueError("a waiver's `match` reads the messages in words: check(words=False) takes no waivers")
    findings: list[Finding] = []
    with gc_paused():  # the run's indexes and memories, hundreds of thousands of objects, are kept to its end
        ctx = RunContext(data, profile, as_of, lang, graph, words, units)
        for code in enabled:
            r = RULES[code]
            if r.generic or profile.demands_for(code):
                findings.extend(r.check(ctx))
        if waiver_list:
            findings = apply_waivers(ctx, findings, waiver_list, set(enabled))
        del ctx  # its indexes go by reference counting here: the next collection would walk them all
    if agreement is not None:
        findings = [f for f in findings if f.agreement == agreement]
    return settled(findings)


def settled(findings: Iterable[Finding]) -> list[Finding]:
    """Findings without repeats, in the order every output lists them (by agreement, rule, subject, message)."""
    unique = {(f.sort_key(), f.severity, tuple(f.path), f.citation): f for f in findings}
    return sorted(unique.values(), key=Finding.sort_key)
