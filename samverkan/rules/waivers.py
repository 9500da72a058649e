"""Waivers: accepted findings (rule, subject, reason, decided_by, expires) and SAM098/SAM099 about them.

A waiver file is YAML: `waivers:` with a list of entries. An entry matches the findings of its rule and
subject (optionally only one agreement, or only messages containing `match`). Matched findings are kept and
marked waived. An expired waiver waives nothing and is itself a finding (SAM099); a waiver that matches no
finding is one too (SAM098).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError

from samverkan.io.i18n import Msg
from samverkan.io.yamlconf import ConfigError, ConfigProblem, locate_error, plain, read_yaml
from samverkan.rules.base import CODE_PATTERN, Finding, RunContext, normalise


class Waiver(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rule: str = Field(pattern=CODE_PATTERN)
    subject: str = Field(min_length=1)
    reason: str = Field(min_length=1)
    decided_by: str = Field(min_length=1)
    expires: dt.date | None = None
    agreement: str | None = None
    match: str | None = Field(default=None, description="Only findings whose message contains these words.")
    _where: str = PrivateAttr(default="")

    def matches(self, f: Finding) -> bool:
        if f.rule != self.rule or f.subject != self.subject:
            return False
        if self.agreement is not None and f.agreement != self.agreement:
            return False
        if self.match:
            words = normalise(self.match)
            return words in normalise(f.message_sv) or words in normalise(f.message_en)
        return True

    def describe(self) -> str:
        return f"{self.rule} {self.subject}"


def load_waivers(path: str | Path) -> list[Waiver]:
    from samverkan.io.yamlsource import LocatedMap, LocatedSeq

    path = Path(path)
    display = str(path)
    doc = read_yaml(path)
    if doc is None:
        raise ConfigError([ConfigProblem(display, 1, 1, Msg("undantagsfilen är tom", "the waiver file is empty"),
                                         Msg("skriv 'waivers: []' om det inte finns några undantag",
                                             "write 'waivers: []' when there are no waivers"))])
    items = doc.get("waivers") if isinstance(doc, LocatedMap) else doc
    if isinstance(doc, LocatedMap) and set(doc) - {"waivers"}:
        key = sorted(set(doc) - {"waivers"})[0]
        line, col = doc.lc.key(key)
        raise ConfigError([ConfigProblem(display, line + 1, col + 1,
                                         Msg(f"okänd nyckel '{key}'", f"unknown key '{key}'"),
                                         Msg("filen har bara nyckeln 'waivers'",
                                             "the file has only the key 'waivers'"))])
    if items is None:
        return []
    if not isinstance(items, LocatedSeq):
        raise ConfigError([ConfigProblem(display, 1, 1, Msg("'waivers' ska vara en lista", "'waivers' must be a list"),
                                         Msg("- {rule, subject, reason, decided_by, expires}",
                                             "- {rule, subject, reason, decided_by, expires}"))])
    waivers, problems = [], []
    for i, node in enumerate(items):
        line, col = items.lc.item(i)
        if not isinstance(node, LocatedMap):
            problems.append(ConfigProblem(display, line + 1, col + 1, Msg("varje undantag är en mappning",
                                                                          "each waiver is a mapping")))
            continue
        try:
            w = Waiver.model_validate(plain(node))
        except ValidationError as exc:
            problems += locate_error(display, node, (), exc)
            continue
        w._where = f"{display}:{line + 1}"
        waivers.append(w)
    if problems:
        raise ConfigError(problems)
    return waivers


def apply_waivers(ctx: RunContext, findings: list[Finding], waivers: list[Waiver], enabled: set[str]) -> list[Finding]:
    """Mark waived findings; add SAM099 for expired waivers and SAM098 for waivers that match nothing."""
    out = list(findings)
    for w in waivers:
        expired = w.expires is not None and w.expires < ctx.as_of
        hits = [i for i, f in enumerate(out) if w.matches(f) and f.rule not in ("SAM098", "SAM099")]
        agreement = w.agreement or (out[hits[0]].agreement if hits else ctx.data.agreement_of(w.subject))
        if expired:
            if "SAM099" in enabled:
                out.append(ctx.finding("SAM099", w.subject, Msg(
                    f"Undantaget för {w.describe()} gick ut {w.expires} (beslut: {w.decided_by}); "
                    f"{len(hits)} fynd gäller igen",
                    f"The waiver for {w.describe()} expired on {w.expires} (decided by {w.decided_by}); "
                    f"{len(hits)} finding(s) apply again"),
                    Msg("Åtgärda fynden, eller förnya undantaget med ett nytt beslut och nytt slutdatum.",
                        "Fix the findings, or renew the waiver with a new decision and a new expiry date."),
                    citation=w._where, agreement=agreement, path=[w.subject]))
            continue
        if not hits:
            if w.rule in enabled and "SAM098" in enabled:
                out.append(ctx.finding("SAM098", w.subject, Msg(
                    f"Undantaget för {w.describe()} (beslut: {w.decided_by}) matchar inget fynd",
                    f"The waiver for {w.describe()} (decided by {w.decided_by}) matches no finding"),
                    Msg("Ta bort undantaget; det det gällde är åtgärdat eller har bytt namn.",
                        "Remove the waiver; what it covered has been fixed or renamed."),
                    citation=w._where, agreement=agreement, path=[w.subject]))
            continue
        until = Msg(f", t.o.m. {w.expires}", f", until {w.expires}") if w.expires else Msg("", "")
        reason = f"{w.reason} ({w.decided_by}{until.get(ctx.lang)})"
        for i in hits:
            if not out[i].waived:
                out[i] = out[i].model_copy(update={"waived": True, "waiver_reason": reason})
    return out
