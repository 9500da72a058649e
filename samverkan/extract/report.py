"""extraction.md: every extracted fact with its lines and words, what was resolved how, and what was not."""

from __future__ import annotations

from samverkan.extract.build import Draft
from samverkan.extract.record import Record

SECTION_TITLES = {
    "agreement": ("Överenskommelsen", "The agreement"), "parties": ("Parter", "Parties"),
    "signatories": ("Underskrifter", "Signatories"), "contacts": ("Kontaktpersoner", "Contact persons"),
    "priority_areas": ("Prioriterade områden", "Priority areas"), "groups": ("Grupper", "Groups"),
    "plans": ("Åtgärdsplaner", "Action plans"), "work_items": ("Forum och aktiviteter", "Forums and activities"),
    "structure": ("Samverkansstruktur (översikt)", "Cooperation structure (overview)"),
    "follow_up_plan": ("Uppföljningsplan", "Follow-up plan"),
}
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
                  load_problems: list[str] | None = None) -> str:
    t = (lambda sv, en: en) if lang == "en" else (lambda sv, en: sv)
    doc = record.document
    lines = [f"# {t('Extraktion', 'Extraction')}: {doc.name}", ""]
    lines.append(t(f"Källa: `{source}` ({len(doc)} rader). Varje fakta anges med radnummer och dokumentets ord; "
                   "granska utkastet innan det används.",
                   f"Source: `{source}` ({len(doc)} lines). Every fact is given with its line numbers and the "
                   "document's words; review the draft before using it."))
    if out_note:
        lines += ["", out_note]
    lines += ["", f"## {t('Att granska', 'To review')}", ""]
    review = _review(record, draft, t, lang)
    lines += review or [t("Inget olöst.", "Nothing unresolved.")]
    if load_problems is not None:
        lines += ["", f"## {t('Laddning', 'Loading')}", ""]
        if load_problems:
            lines.append(t("Utkastet laddas inte av `samverkan check`:",
                           "The draft does not load with `samverkan check`:"))
            lines += [f"- {p}" for p in load_problems]
        else:
            lines.append(t("Utkastet laddas (`samverkan check` kan köras på mappen).",
                           "The draft loads (`samverkan check` can run on the folder)."))
    lines += ["", f"## {t('Extraherade fakta', 'Extracted facts')}", ""]
    for section, (sv, en) in SECTION_TITLES.items():
        items = record.section(section)
        if not items:
            continue
        lines += [f"### {t(sv, en)}", "", f"| {t('post', 'item')} | {t('fält', 'field')} | {t('värde', 'value')} | "
                  f"{t('rader', 'lines')} | {t('dokumentets ord', 'the words')} |", "|---|---|---|---|---|"]
        for item in items:
            for name, fld in item.fields.items():
                if name == "name":
                    continue
                lines.append(f"| {_cell(item.name, 60)} | {name} | {_cell(fld.value)} | {fld.span} | "
                             f"{_cell(doc.quote(fld.span, 200), 200)} |")
        lines.append("")
    if draft is not None:
        lines += [f"## {t('Namn och vad de blev', 'Names and what they became')}", "",
                  f"| {t('sammanhang', 'context')} | {t('namn i dokumentet', 'name in the document')} | "
                  f"{t('blev', 'became')} | {t('hur', 'how')} | {t('rader', 'lines')} |", "|---|---|---|---|---|"]
        for r in draft.resolved:
            lines.append(f"| {_cell(r.context, 50)} | {_cell(r.mention, 80)} | {_cell(r.resolution.ids or '–')} | "
                         f"{t(*HOW[r.resolution.how])} | {r.span} |")
        lines.append("")
        if draft.copied:
            lines += [f"## {t('Kopierat från registret', 'Copied from the register')}", "",
                      ", ".join(f"`{i}`" for i in sorted(draft.copied)), ""]
    if doc.corrections:
        lines += [f"## {t('OCR-rättningar', 'OCR corrections')}", "",
                  f"| {t('rad', 'line')} | {t('skrivet', 'written')} | {t('läst som', 'read as')} |", "|---|---|---|"]
        lines += [f"| {c.line} | {_cell(c.original)} | {_cell(c.resolved)} |" for c in doc.corrections]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _review(record: Record, draft: Draft | None, t, lang: str) -> list[str]:
    out = []
    for note in [*record.notes, *(draft.notes if draft else [])]:
        where = f" ({t('rad', 'line')} {note.span})" if note.span else ""
        out.append(f"- **{note.kind}**{where}: {note.message.get(lang)}")
    if draft is not None:
        for r in draft.resolved:
            res = r.resolution
            if res.how == "unresolved":
                out.append(t(f"- **ej löst** (rad {r.span}, {r.context}): '{r.mention}' finns inte i registret och "
                             "blev ingenting i utkastet", f"- **unresolved** (line {r.span}, {r.context}): "
                             f"'{r.mention}' is not in the register and became nothing in the draft"))
            elif res.how == "ambiguous":
                out.append(t(f"- **tvetydigt** (rad {r.span}, {r.context}): '{r.mention}' kan vara {res.detail}",
                             f"- **ambiguous** (line {r.span}, {r.context}): '{r.mention}' may be {res.detail}"))
        for eid in draft.drafted:
            out.append(t(f"- **utkast**: `{eid}` skapades eftersom namnet inte finns i registret",
                         f"- **draft**: `{eid}` was created because the name is not in the register"))
    return out
