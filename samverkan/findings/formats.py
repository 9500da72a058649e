"""Findings as text (grouped by agreement, coloured on a terminal), JSON, Markdown, SARIF 2.1.0 and JUnit XML.

Every format is deterministic: the same findings give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from itertools import groupby

from samverkan.io.i18n import Msg
from samverkan.io.sanitise import for_xml
from samverkan.rules.base import RULES, Finding
from samverkan.rules.citations import for_people
from samverkan.rules.severity import SARIF_LEVEL, SEVERITY_STYLE, SEVERITY_WORDS, counts

FORMATS = ("text", "json", "markdown", "sarif", "junit")
Locate = Callable[[str], tuple[str, int | None] | None]
Names = Callable[[str], "str | None"]  # an id → what people call it (None: no name to show)


def summary_line(findings: list[Finding], profile: str, as_of, lang: str) -> str:

    c = counts(findings)
    waived = Msg(f", {c['waived']} undantagna", f", {c['waived']} waived") if c["waived"] else Msg("", "")
    return Msg(
        f"{c['error']} fel, {c['warning']} varningar, {c['info']} info{waived.sv} (profil {profile}, per {as_of})",
        f"{c['error']} errors, {c['warning']} warnings, {c['info']} info{waived.en} (profile {profile}, as of {as_of})",
    ).get(lang)


def _heading(agreement: str | None, names: Names, lang: str) -> str:
    if agreement is None:
        return Msg("Datamängden och registret", "The data set and the register").get(lang)
    return names(agreement) or agreement


def _in_words(ids: list[str], names: Names, heading: str | None) -> list[str]:
    """The named entities among `ids` but the heading's agreement, by name, each once, in order."""
    return list(dict.fromkeys(n for n in map(names, (i for i in ids if i != heading)) if n))


def _by_agreement(findings: list[Finding]):
    return groupby(findings, key=lambda f: f.agreement)


def render_text(findings: list[Finding], console, *, names: Names, profile: str, as_of, lang: str) -> None:
    """Print findings grouped by agreement; rich colours them on a terminal and prints plain text when piped."""
    from rich.text import Text

    words = {
        "source": Msg("Stöd", "Clause"), "fix": Msg("Åtgärd", "Fix"), "path": Msg("Väg", "Path"),
        "waived": Msg("UNDANTAGEN", "WAIVED"), "involves": Msg("Berör", "Involves"),
    }
    if not findings:
        console.print(Msg("Inga fynd.", "No findings.").get(lang), markup=False, highlight=False)
    for agreement, group in _by_agreement(findings):
        console.print(Text(_heading(agreement, names, lang), style="bold underline"))
        for f in group:
            line = Text("  ")
            if f.waived:
                line.append(f"{words['waived'].get(lang)} ", style="dim")
            else:
                line.append(f"{SEVERITY_WORDS[f.severity].get(lang).upper():<9}", style=SEVERITY_STYLE[f.severity])
            line.append(f"{f.rule}  ", style="bold")
            line.append(f.message, style="dim" if f.waived else "")
            console.print(line)
            indent = " " * 11
            if f.waived and f.waiver_reason:
                console.print(Text(f"{indent}{words['waived'].get(lang).lower()}: {f.waiver_reason}", style="dim"))
            if f.citation:
                console.print(Text(f"{indent}{words['source'].get(lang)}: {for_people(f.citation, lang)}",
                                   style="dim"))
            if f.suggestion:
                console.print(Text(f"{indent}{words['fix'].get(lang)}: {f.suggestion}", style="green"))
            shown = _in_words(f.path, names, agreement)
            if len(shown) > 1:
                if RULES[f.rule].path_is_chain if f.rule in RULES else False:
                    console.print(Text(f"{indent}{words['path'].get(lang)}: {' → '.join(shown)}", style="dim"))
                else:
                    console.print(Text(f"{indent}{words['involves'].get(lang)}: {'; '.join(shown)}", style="dim"))
        console.print("")
    console.print(Text(summary_line(findings, profile, as_of, lang), style="bold"))


def to_json(findings: list[Finding]) -> str:
    return "".join(json_pieces(findings))


def write_json(findings: list[Finding], stream) -> None:
    """`to_json` written piece by piece: at national scale the text whole, and the pieces it is joined from, came to
    about 40 MB at the end of a check, when its memory peaks."""
    for piece in json_pieces(findings):
        stream.write(piece)


def json_pieces(findings: list[Finding]):
    """The findings as one JSON list (indent 2, as `json.dumps` writes it), a finding at a time."""
    if not findings:
        yield "[]\n"
        return
    yield "["
    for i, f in enumerate(findings):
        # a list of one at the top level indents its item as the whole list's items are: keep "\n  {...}"
        yield ("," if i else "") + json.dumps([f.to_json()], ensure_ascii=False, indent=2)[1:-2]
    yield "\n]\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(findings: list[Finding], *, names: Names, dataset: str, profile: str, as_of,
                lang: str) -> str:
    head = Msg(f"# Kontroll av {dataset}", f"# Check of {dataset}").get(lang)
    cols = Msg("| Regel | Allvar | Subjekt | Fynd | Stöd | Åtgärd |",
               "| Rule | Severity | Subject | Finding | Clause | Fix |")
    lines = [head, "", summary_line(findings, profile, as_of, lang), ""]
    if not findings:
        lines += [Msg("Inga fynd.", "No findings.").get(lang), ""]
    for agreement, group in _by_agreement(findings):
        lines += [f"## {_cell(_heading(agreement, names, lang))}", "", cols.get(lang), "|---|---|---|---|---|---|"]
        for f in group:
            severity = SEVERITY_WORDS[f.severity].get(lang).lower()
            if f.waived:
                severity += Msg(f" (undantagen: {f.waiver_reason})", f" (waived: {f.waiver_reason})").get(lang)
            subject = names(f.subject) or f.subject
            lines.append(f"| {f.rule} | {_cell(severity)} | {_cell(subject)} | {_cell(f.message)} | "
                         f"{_cell(for_people(f.citation, lang))} | {_cell(f.suggestion)} |")
        lines.append("")
    return "\n".join(lines)


def fingerprint(f: Finding) -> str:
    key = "\x1f".join([f.rule, f.agreement or "", f.subject, f.message_en])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def to_sarif(findings: list[Finding], *, codes: list[str], profile: str, as_of, lang: str,
             locate: Locate | None = None, version: str = "") -> str:
    """SARIF 2.1.0: one run, the rule catalogue as rules[], waived findings with an external suppression."""
    used = sorted(set(codes) | {f.rule for f in findings})
    index = {code: i for i, code in enumerate(used)}
    rules = []
    for code in used:
        r = RULES[code]
        rules.append({
            "id": code,
            "name": r.title.en,
            "shortDescription": {"text": r.title.get(lang)},
            "fullDescription": {"text": r.description.get(lang)},
            "defaultConfiguration": {"level": SARIF_LEVEL[r.severity]},
            "help": {"text": f"{r.description.get(lang)} ({r.clause})"},
            "properties": {"clause": r.clause, "family": r.family},
        })
    results = []
    for f in findings:
        location: dict = {"logicalLocations": [{"fullyQualifiedName": f.subject, "kind": "object"}]}
        where = locate(f.subject) if locate else None
        if where is not None:
            uri, line = where
            physical: dict = {"artifactLocation": {"uri": uri}}
            if line:
                physical["region"] = {"startLine": line}
            location = {"physicalLocation": physical, **location}
        result = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": SARIF_LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [location],
            "partialFingerprints": {"samverkan/v1": fingerprint(f)},
            "properties": {"agreement": f.agreement, "citation": f.citation, "suggestion": f.suggestion,
                           "path": list(f.path), "severity": f.severity},
        }
        if f.waived:
            result["suppressions"] = [{"kind": "external", "status": "accepted",
                                       "justification": f.waiver_reason or ""}]
        results.append(result)
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "samverkan", "version": version, "rules": rules}},
            "invocations": [{"executionSuccessful": True,
                             "properties": {"profile": profile, "asOf": str(as_of), "lang": lang}}],
            "results": results,
        }],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def to_junit(findings: list[Finding], *, profile: str, as_of, lang: str) -> str:
    """JUnit XML: a test suite per agreement, a test case per finding; errors and warnings fail, waived skip."""
    import xml.etree.ElementTree as ET

    root = ET.Element("testsuites", name="samverkan")
    total = failures = skipped = 0
    groups = [(a, list(g)) for a, g in _by_agreement(findings)] or [(None, [])]
    for agreement, group in groups:
        suite = ET.SubElement(root, "testsuite", name=agreement or "samverkan")
        props = ET.SubElement(suite, "properties")
        ET.SubElement(props, "property", name="profile", value=profile)
        ET.SubElement(props, "property", name="as_of", value=str(as_of))
        n_fail = n_skip = 0
        if not group:
            ET.SubElement(suite, "testcase", classname="samverkan", name="check")
        for f in group:
            case = ET.SubElement(suite, "testcase", classname=f.rule, name=f.subject)
            body = "\n".join(x for x in (f.message, f.citation, f.suggestion) if x)
            if f.waived:
                ET.SubElement(case, "skipped", message=f.waiver_reason or "").text = body
                n_skip += 1
            elif f.severity in ("error", "warning"):
                ET.SubElement(case, "failure", type=f.severity, message=f.message).text = body
                n_fail += 1
            else:
                ET.SubElement(case, "system-out").text = body
        cases = max(len(group), 1)
        suite.set("tests", str(cases))
        suite.set("failures", str(n_fail))
        suite.set("skipped", str(n_skip))
        total += cases
        failures += n_fail
        skipped += n_skip
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("skipped", str(skipped))
    ET.indent(root)
    return for_xml('<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n")
