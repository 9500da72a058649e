"""Citations in people's words: "Trafiknämndens remissvar 2019, avsnitt Styrgrupp, rad 131–132".

A finding's `citation` (and a source reference) names the document by its file name, which JSON keeps; every
output people read (text, Markdown, HTML, Excel, CSV, the graph page) shows the document's title instead, from
the `documents` of the bundled profiles and of the profile in use. A document without a title stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from samverkan.io.i18n import Msg

SECTION = Msg("avsnitt", "section")
LINE = Msg("rad", "line")
LINES = Msg("rad", "lines")
_LINES = re.compile(r"^(?:rad|lines) (\d+)(?:-(\d+))?$")
_FILE = r"[\w./-]+\.(?:txt|md|pdf)"
_NEXT = re.compile(rf"; (?={_FILE}(?:,|;|$))")
_DESCRIPTION = re.compile(r" \((?=[^)]*[a-zåäö]{3})[^)]*\)$")  # "(sammanfattar …)", not "(2019-04-29)"


@cache
def bundled_titles() -> dict[str, str]:
    """File name → title, from the `documents` of every bundled profile."""
    from samverkan.rules.profile import list_profiles, load_profile

    titles: dict[str, str] = {}
    for name in list_profiles():
        titles.update(load_profile(name).documents)
    return titles


def document_titles(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The bundled titles, with those of the profile in use (`extra`) winning."""
    return {**bundled_titles(), **(extra or {})}


def document_title(document: str, titles: Mapping[str, str] | None = None) -> str:
    """A document's title for people, without the describing remark in brackets; the name itself if untitled."""
    title = (titles if titles is not None else bundled_titles()).get(document)
    return _DESCRIPTION.sub("", title) if title else document


def place(document: str | None, section: str | None, lines: str | None, lang: str,
          titles: Mapping[str, str] | None = None) -> str:
    """One place in a document, in words: title, section, line range (with an en dash); no title for None."""
    parts = [document_title(document, titles)] if document is not None else []
    if section:
        parts.append(f"{SECTION.get(lang)} {section}")
    if lines:
        start, _, end = lines.partition("-")
        parts.append(f"{LINES.get(lang)} {start}–{end}" if end and end != start else f"{LINE.get(lang)} {start}")
    return ", ".join(parts)


def for_people(citation: str, lang: str = "sv", titles: Mapping[str, str] | None = None) -> str:
    """A citation as `Citation.render` and the rules write it ("file, section, rad 1-2"; several joined by
    "; ") in people's words. Text that names no known document file is returned as it is."""
    if not citation:
        return ""
    out, previous = [], None
    for part in _NEXT.split(citation):
        document = part.partition(", ")[0]
        out.append(_one(part, lang, titles, same=document == previous))  # one title for places in one document
        previous = document
    return "; ".join(out)


def _one(text: str, lang: str, titles: Mapping[str, str] | None, same: bool = False) -> str:
    document, _, rest = text.partition(", ")
    if not re.fullmatch(_FILE, document):
        return text
    bits = rest.split(", ") if rest else []
    found = _LINES.match(bits[-1]) if bits else None
    lines = None
    if found:
        bits.pop()
        lines = f"{found.group(1)}-{found.group(2)}" if found.group(2) else found.group(1)
    return place(None if same and (bits or lines) else document, ", ".join(bits) or None, lines, lang, titles)


def source_for_people(ref, lang: str = "sv", titles: Mapping[str, str] | None = None) -> str:
    """A `SourceRef` (document, section, lines) in people's words."""
    return place(ref.document, ref.section, ref.lines, lang, titles)
