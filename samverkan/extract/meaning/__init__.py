"""Reading by meaning: sentence-, list- and table-level readers that work on any agreement, whatever its layout.

They run after the readers of the Stockholm template (samverkan.extract.recognisers) and add what those did
not find: a section the template readers filled is kept as they read it, a group they read is not read twice.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from samverkan.extract.document import Document, Span
from samverkan.extract.meaning import agreement as ag
from samverkan.extract.meaning.dates import year_span
from samverkan.extract.meaning.groups import GroupReader
from samverkan.extract.meaning.letter import in_words
from samverkan.extract.meaning.parties import BARE_POLICE, parties
from samverkan.extract.meaning.priorities import priority_areas
from samverkan.extract.meaning.text import fold, units
from samverkan.extract.meaning.title import ABOUT, amended, annex, decided, enclosure, kind_only, quoted
from samverkan.extract.meaning.title import title as document_title
from samverkan.extract.record import Field, Item, Record
from samverkan.extract.sections import annex_headings

DEFAULT_TITLE = "Samverkansöverenskommelse"
GROUP_FIELDS = ("kind", "members", "chair", "chair_alternating", "frequency_per_year", "reports_to")


def recognise(doc: Document, record: Record) -> None:
    parts = in_words(doc, units(doc))  # a letter's "jag", "du", "Peter" by function and name
    _agreement(doc, record, parts)
    template = [i.name for i in record.section("parties")]
    if not annex_headings(doc) or not template or _bare_police(template) or not _names_police(template):
        # the Stockholm template's reader's, if any, unless it names the police only as the authority a sentence
        # names a unit of, or not at all (a police party listed without an organisation number)
        found = parties(parts, doc)
        if found and (not template or not annex_headings(doc) or not _bare_police([i.name for i in found])):
            record.items = [i for i in record.items if i.section != "parties"] + found
    if not record.section("signatories"):
        record.items += ag.signatories(doc, parts)
    if not record.section("priority_areas"):
        record.items += priority_areas(doc, parts)
    _groups(doc, record, parts)
    names = [i.name for i in record.section("parties")]
    item = record.first("agreement")
    if item is not None and "level" not in item.fields:
        item.fields["level"] = Field(ag.level(names, " ".join(doc.line(n) for n in doc.head(60)), item.name), item.span)
    for group in record.section("groups"):  # "Styrgrupp" in a local agreement is local, in a city-wide one central
        if group.fields.pop("_level_of_document", None) is not None and item is not None:
            group.fields["level"] = Field(item.get("level"), group.span)


def _names_police(names: list[str]) -> bool:
    return any(re.search(r"(?i)polis|^lpo\b", n) for n in names)


def _bare_police(names: list[str]) -> bool:
    """Whether parties name the police only as the authority ("Polismyndigheten"), no police area."""
    police = [n for n in names if re.search(r"(?i)polis|^lpo\b", n)]
    return bool(police) and all(n in BARE_POLICE for n in police)


def _document_type(doc: Document, item: Item) -> bool:
    """The default title, or the bare word for one inside a letterhead block ("Nyby kommun" /
    "SAMVERKANSÖVERENSKOMMELSE" / "Diarienummer: …"), which says what kind of document this is; standing apart
    at the top (over a "mellan …" line) it is the title."""
    start = item.span.start
    return item.name == DEFAULT_TITLE or fold(item.name) == fold(DEFAULT_TITLE) and start > 1 \
        and bool(doc.line(start - 1).strip())


def _agreement(doc: Document, record: Record, parts) -> None:
    item = record.first("agreement")
    title = document_title(doc, parts)
    if item is None:
        item = title or Item("agreement", DEFAULT_TITLE, Span(1, 1))
        record.items.insert(0, item)
    elif title is not None and fold(title.name) != fold(item.name) and (
            _document_type(doc, item) or _goes_on(item.name, title.name) or _kind_over(item.name, title.name)
            or kind_only(item.name) and title.span.start in doc.noise  # the name a running header gives
            or ABOUT.match(item.name)):  # a letter's heading about the agreement ("Förlängning av …")
        item.name = title.name
        item.span = title.span
    dnr, where = ag.dnr(doc, title.span.start if title else None, title.span if quoted(doc, title) else None,
                        first=enclosure(doc) or 1)
    if not dnr and (decided(doc, title) or annex(parts)):  # a case adopting it or an annex to it, no number of
        # its own: the case's or the annex's number is its
        dnr, where = ag.dnr(doc)
    have = item.get("dnr")
    if dnr and (len(dnr) >= len(have if isinstance(have, list) else [have] if have else [])
                or amended(doc, title)):  # an amendment: the numbers given with the name of the agreement
        # it changes ("Tilläggsavtal till "X" (dnr …)"), not the letterhead's, which are the amendment's own
        item.fields["dnr"] = Field(dnr, where)  # read by its label, in full ("ÖST 2018/1.2/144")
    if "valid_from" not in item.fields:
        start, end, where, until = ag.validity(parts)
        if not start and not end and title is not None and (years := year_span(title.name)):
            start, end, where = years[0], years[1], title.span  # only the title says when: "Avtal 2025–2027"
        elif not start and end and title is not None and (years := year_span(title.name)) and years[1] == end:
            start = years[0]  # "gäller till utgången av 2027" in "Avtal 2025–2027": the title's years say from when
        elif not start and not end and title is not None and (period := ag.period_under_title(doc, title.span)):
            start, end, where = period  # or a line of the title page: "2025–2028"
        if start:
            item.fields["valid_from"] = Field(start, where)
        if until or end:
            item.fields["valid_to"] = Field(end, where)
        if end:
            item.fields.pop("until_further_notice", None)  # "tills vidare, dock längst till …" ends then
        if until and start:
            item.fields["until_further_notice"] = Field(True, where)


def _goes_on(line: str, title: str) -> bool:
    """The template's reader takes one line; the title may go on ("SAMVERKANSÖVERENSKOMMELSE" / "om trygghet i
    Nyby") or start on the line above ("Lokal" / "samverkansöverenskommelse"), but not go into the line of
    parties under it ("mellan X och Y")."""
    return bool(re.search(r"(?:^|\s)" + re.escape(fold(line)) + r"(?:\s(?!mellan\b)|$)", fold(title)))


def _kind_over(line: str, title: str) -> bool:
    """The template's reader took a line saying only the kind of document ("GEMENSAM SAMVERKANSÖVERENSKOMMELSE");
    the title is the line under it, not that line gone on into its parties."""
    return kind_only(line) and not fold(title).startswith(fold(line))


def _overlaps(a: Span, b: Span) -> bool:
    return a.start <= b.end and b.start <= a.end


def _complete(item: Item, fields: dict, group) -> None:
    """A group a template reader found but could not read (its section is prose, not the template's labelled
    lists: no members or chairs; a purpose it took from the first sentence is no reading) gets the fields read
    from the words; a chair it only knew to be there ("yes") gives way to the function read."""
    if item.section != "groups" or any(k in item.fields for k in ("members", "chairs")):
        return
    for key, value in fields.items():
        held = item.fields.get(key)
        if held is None or key == "chair" and held.value == "yes":  # "yes": a chair named in words not read
            item.fields[key] = Field(value, group.spans.get(key, group.span))


def _groups(doc: Document, record: Record, parts) -> None:
    reader = GroupReader(doc)
    reader.parties = [i.name for i in record.section("parties")]
    reader.read(parts)
    read = record.section("groups") + record.section("structure") + record.section("work_items")
    written = {g.name: g.name[0].upper() + g.name[1:] for g in reader.groups.values()}  # as its item is named
    for group in reader.groups.values():
        fields = {k: group.fields[k] for k in GROUP_FIELDS if k in group.fields}
        if "reports_to" in fields:
            fields["reports_to"] = [written.get(t, t) for t in fields["reports_to"]]
        if group.excluded or not any(k in fields for k in ("members", "chair", "frequency_per_year", "reports_to")):
            continue
        said = [fold(group.name), *(k for k, g in reader.renamed.items() if g is group)]  # "Ledningsgrupp" … LG-T
        same = [i for i in read if any(fuzz.token_sort_ratio(s, fold(i.name)) >= 85 for s in said)]
        if same:
            if same[0].section == "groups" and fuzz.token_sort_ratio(said[0], fold(same[0].name)) < 85:
                same[0].name = written[group.name]  # the name the text gave the group its heading only named
            _complete(same[0], fields, group)
            continue
        if any(_overlaps(span, i.span) for span in group.spans.values() for i in read):
            continue  # lines the template readers have read already are not read twice
        name = group.name[0].upper() + group.name[1:]
        item = Item("groups", name, group.span)
        for key, value in fields.items():
            item.fields[key] = Field(value, group.spans.get(key, group.span))
        record.items.append(item)
