"""extraction.md: every extracted fact with its lines and words, what was resolved how, and what was not."""

from __future__ import annotations

from samverkan.extract import confidence
from samverkan.extract.build import Draft, Resolved
from samverkan.extract.coverage import KINDS, Coverage
from samverkan.extract.record import Record
from samverkan.model.fields import choice_word, field_label
from samverkan.model.names import name_of

SECTION_TITLES = {
    "agreement": ("Överenskommelsen", "The agreement"), "parties": ("Parter", "Parties"),
    "signatories": ("Underskrifter", "Signatories"), "contacts": ("Kontaktpersoner", "Contact persons"),
    "priority_areas": ("Prioriterade områden", "Priority areas"), "groups": ("Grupper", "Groups"),
    "plans": ("Åtgärdsplaner", "Action plans"), "work_items": ("Forum och aktiviteter", "Forums and activities"),
    "structure": ("Samverkansstruktur (översikt)", "Cooperation structure (overview)"),
    "follow_up_plan": ("Uppföljningsplan", "Follow-up plan"),
}
NOTE_WORDS = {"missing": ("saknas", "missing"), "unresolved": ("ej löst", "unresolved"),
              "ambiguous": ("tvetydigt", "ambiguous"), "corrected": ("rättat", "corrected"),
              "warning": ("varning", "warning"), "contradiction": ("motsägelse", "contradiction")}
HOW = {"register": ("registret", "register"), "draft": ("UTKAST", "DRAFT"), "unresolved": ("ej löst", "unresolved"),
       "ambiguous": ("tvetydigt", "ambiguous")}


def _cell(value: object, limit: int = 160) -> str:
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    elif isinstance(value, dict):
        value = "; ".join(f"{k} {v}" for k, v in value.items())
    text = " ".join(str(value).split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_report(record: Record, draft: Draft | None, source: str, out_note: str | None, lang: str = "sv",
                  load_problems: list[str] | None = None, found: Coverage | None = None) -> str:
    """extraction.md for a record and the draft built from it, in Swedish or English."""
    t = (lambda sv, en: en) if lang == "en" else (lambda sv, en: sv)
    doc = record.document
    lines = [f"# {t('Extraktion', 'Extraction')}: {doc.name}", ""]
    lines.append(t(f"Källa: `{source}` ({len(doc)} rader). Varje fakta anges med radnummer och dokumentets ord; "
                   "granska utkastet innan det används.",
                   f"Source: `{source}` ({len(doc)} lines). Every fact is given with its line numbers and the "
                   "document's words; review the draft before using it."))
    if out_note:
        lines += ["", out_note]
    if found is not None:
        lines += _coverage(found, t, lang)
    lines += _uncertain_section(record, t)
    lines += ["", f"## {t('Att granska', 'To review')}", ""]
    review = _review(record, draft, t, lang)
    lines += review or [t("Inget olöst.", "Nothing unresolved.")]
    if load_problems is not None:
        lines += _loading(load_problems, t)
    lines += ["", f"## {t('Extraherade fakta', 'Extracted facts')}", ""]
    lines += _facts(record, t)
    if draft is not None:
        lines += _names(draft, t)
    if doc.corrections:
        lines += _corrections(doc, t)
    return "\n".join(lines).rstrip() + "\n"


def _uncertain_section(record: Record, t) -> list[str]:
    """What to compare with the document first, under its heading; nothing when there is nothing."""
    repaired, kinds = _repaired(record, t), _least_sure(record, t)
    if not repaired and not kinds:
        return []
    lines = ["", f"## {t('Osäkert', 'Uncertain')}", ""]
    if kinds:
        lines += [t("Slag av fakta som oftast blir fel i texter som verktyget inte skrivits för (andel rätt i "
                    "testtexter som aldrig använts för att finjustera det); granska dem först:",
                    "Kinds of fact most often wrong in texts the tool was not written for (the share right in test "
                    "texts never used to tune it); review them first:"), "", *kinds, ""]
    if repaired:
        lines += [t("Fakta på rader som OCR-rättats; jämför med dokumentet:",
                    "Facts on lines changed by OCR repair; compare with the document:"), "", *repaired]
    return lines


def _loading(load_problems: list[str], t) -> list[str]:
    """Whether the draft loads with `samverkan check`, and if not, why."""
    lines = ["", f"## {t('Laddning', 'Loading')}", ""]
    if load_problems:
        lines.append(t("Utkastet laddas inte av `samverkan check`:",
                       "The draft does not load with `samverkan check`:"))
        lines += [f"- {p}" for p in load_problems]
    else:
        lines.append(t("Utkastet laddas (`samverkan check` kan köras på mappen).",
                       "The draft loads (`samverkan check` can run on the folder)."))
    return lines


def _facts(record: Record, t) -> list[str]:
    """A table per section of the record: each field with its lines, confidence and the document's words."""
    lines: list[str] = []
    for section, (sv, en) in SECTION_TITLES.items():
        items = record.section(section)
        if not items:
            continue
        lines += [f"### {t(sv, en)}", "", f"| {t('post', 'item')} | {t('fält', 'field')} | {t('värde', 'value')} | "
                  f"{t('rader', 'lines')} | {t('säkerhet', 'confidence')} | {t('dokumentets ord', 'the words')} |",
                  "|---|---|---|---|---|---|"]
        for item in items:
            lines += _fact_rows(record, item, t)
        lines.append("")
    return lines


def _fact_rows(record: Record, item, t) -> list[str]:
    """The rows of one item: one per field but its name, or one for the item itself when it has no fields."""
    doc = record.document
    rows = []
    if not item.fields:
        rows.append(f"| {_cell(item.name, 60)} | – | – | {_where(doc, item.span, t)} | "
                    f"{_confidence(item.section, '', t)} | {_cell(doc.quote(item.span, 200), 200)} |")
    for name, fld in item.fields.items():
        if name == "name":
            continue
        rows.append(f"| {_cell(item.name, 60)} | {t(*_field(name))} | {_cell(_value(name, fld.value, t))} | "
                    f"{_where(doc, fld.span, t)} | {_confidence(item.section, name, t)} | "
                    f"{_cell(doc.quote(fld.span, 200), 200)} |")
    return rows


CHOICE_OF_FIELD = {"kind": "group_kind", "party": "party", "level": "level"}
"""The fields whose values are a closed list's (model/fields.CHOICES): shown as its words, not as stored."""


def _value(name: str, value: object, t) -> object:
    """A field's value as a reader says it: a kind, side or level by its word, yes or no for a flag."""
    if isinstance(value, bool):
        return t("ja", "yes") if value else t("nej", "no")
    if name in CHOICE_OF_FIELD and isinstance(value, str):
        return t(choice_word(CHOICE_OF_FIELD[name], value, "sv"), choice_word(CHOICE_OF_FIELD[name], value, "en"))
    return value


def _field(name: str) -> tuple[str, str]:
    """A field's Swedish and English names."""
    return field_label(name, "sv"), field_label(name, "en")


def _context(r: Resolved, t) -> str:
    """Where a mention was: its item's name as written, or the name of the field it fills in the user's language."""
    return t(*_field(r.context)) if r.field else r.context


def _names(draft: Draft, t) -> list[str]:
    """What each name in the document became in the draft, and what was copied from the register."""
    lines = [f"## {t('Namn och vad de blev', 'Names and what they became')}", "",
             f"| {t('sammanhang', 'context')} | {t('namn i dokumentet', 'name in the document')} | "
             f"{t('blev', 'became')} | {t('hur', 'how')} | {t('rader', 'lines')} |", "|---|---|---|---|---|"]
    for r in draft.resolved:
        became = [name_of(draft.data, i) for i in r.resolution.ids]
        lines.append(f"| {_cell(_context(r, t), 50)} | {_cell(r.mention, 80)} | {_cell(became or '–')} | "
                     f"{t(*HOW[r.resolution.how])} | {r.span} |")
    lines.append("")
    if draft.copied:
        lines += [f"## {t('Kopierat från registret', 'Copied from the register')}", "",
                  "; ".join(sorted(name_of(draft.data, i) for i in draft.copied)), ""]
    return lines


def _corrections(doc, t) -> list[str]:
    """The OCR corrections: each line's written and read words."""
    return [f"## {t('OCR-rättningar', 'OCR corrections')}", "",
            f"| {t('rad', 'line')} | {t('skrivet', 'written')} | {t('läst som', 'read as')} |", "|---|---|---|",
            *(f"| {c.line} | {_cell(c.original)} | {_cell(c.resolved)} |" for c in doc.corrections), ""]


SURE = 0.9  # a kind of fact measured right less often than this is listed to review first


def _confidence(section: str, field: str, t) -> str:
    value = confidence.of(section, field)
    if value is None:
        return t("ej mätt", "not measured")
    word = t("hög", "high") if value >= 0.95 else t("medel", "medium") if value >= 0.85 else t("låg", "low")
    return f"{word} ({value:.2f})"


def _where(doc, span, t) -> str:
    page = doc.page_of(span.start)
    return f"{t('s.', 'p.')} {page}, {span}" if page else str(span)


def _repaired(record: Record, t) -> list[str]:
    """The facts whose lines OCR repair changed, one by one."""
    out = []
    for item in record.items:
        for name, fld in item.fields.items():
            if record.document.corrections_in(fld.span):
                out.append(f"- {_cell(item.name, 60)} · {name} = {_cell(fld.value, 80)} "
                           f"({t('rad', 'line')} {_where(record.document, fld.span, t)}: "
                           f"”{_cell(record.document.quote(fld.span, 120), 120)}”)")
    return out[:200]


def _least_sure(record: Record, t) -> list[str]:
    """The kinds of fact in the draft measured right less often than `SURE`, least sure first, with the items
    that have one."""
    held: dict[tuple[str, str], list[str]] = {}
    for item in record.items:
        for name in ["", *item.fields]:
            if name != "name":
                held.setdefault((item.section, name), []).append(item.name)
    sure = {kind: confidence.of(*kind) for kind in held}
    doubtful = sorted((value, kind) for kind, value in sure.items() if value is not None and value < SURE)
    out = []
    for value, (section, name) in doubtful:
        what = t(*SECTION_TITLES.get(section, (section, section))) + (f" · {t(*_field(name))}" if name else "")
        items = list(dict.fromkeys(held[section, name]))
        share = t(f"{round(100 * value)} % rätt", f"{round(100 * value)}% right")
        out.append(f"- {what} ({share}): {_cell(', '.join(items), 200)}")
    return out


def _coverage(found: Coverage, t, lang: str) -> list[str]:
    lines = ["", f"## {t('Hittat', 'Found')}", "", f"| {t('slag', 'kind')} | {t('antal', 'count')} |", "|---|---|"]
    lines += [f"| {label.get(lang)} | {found.counts.get(kind, 0)} |" for kind, label, _ in KINDS]
    if found.thin:
        lines += ["", t("**Tunt utkast**: bara ett fåtal av de uppgifter en överenskommelse brukar ha hittades. "
                        "Läs dokumentet och komplettera utkastet för hand.",
                        "**Thin draft**: only a few of the elements an agreement usually has were found. Read the "
                        "document and complete the draft by hand.")]
    missing = found.missing()
    if missing:
        lines += ["", f"## {t('Att leta efter', 'What to look for')}", "",
                  t("Hittades inte; leta efter dem i dokumentet:", "Not found; look for them in the document:"), ""]
        lines += [f"- {m.get(lang)}" for m in missing]
    return lines


def _review(record: Record, draft: Draft | None, t, lang: str) -> list[str]:
    out = []
    for note in [*record.notes, *(draft.notes if draft else [])]:
        where = f" ({t('rad', 'line')} {note.span})" if note.span else ""
        out.append(f"- **{t(*NOTE_WORDS.get(note.kind, (note.kind, note.kind)))}**{where}: {note.message.get(lang)}")
    if draft is not None:
        for r in draft.resolved:
            res = r.resolution
            if res.how == "unresolved":
                out.append(t(f"- **ej löst** (rad {r.span}, {_context(r, t)}): '{r.mention}' finns inte i registret "
                             "och blev ingenting i utkastet", f"- **unresolved** (line {r.span}, {_context(r, t)}): "
                             f"'{r.mention}' is not in the register and became nothing in the draft"))
            elif res.how == "ambiguous":
                out.append(t(f"- **tvetydigt** (rad {r.span}, {_context(r, t)}): '{r.mention}' kan vara {res.detail}",
                             f"- **ambiguous** (line {r.span}, {_context(r, t)}): '{r.mention}' may be {res.detail}"))
        for eid in draft.drafted:
            name = name_of(draft.data, eid)
            out.append(t(f"- **utkast**: ”{name}” skapades eftersom namnet inte finns i registret",
                         f"- **draft**: “{name}” was created because the name is not in the register"))
    return out
