"""What the yearly account says, as blocks (headings, paragraphs, tables) both renderers (docx, html) draw."""

from __future__ import annotations

from dataclasses import dataclass, field

from samverkan.annual.model import AnnualReport
from samverkan.audit.rows import STATUSES
from samverkan.audit.words import severity_word, status_word, w
from samverkan.deadlines.render import summary
from samverkan.io.i18n import Msg


@dataclass(frozen=True)
class Block:
    kind: str  # title | h1 | h2 | p | table
    text: str = ""
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = field(default_factory=tuple)


STATUS_OF_MEASURE = {"planned": Msg("planerad", "planned"), "ongoing": Msg("pågår", "ongoing"),
                     "done": Msg("genomförd", "done"), "cancelled": Msg("avbruten", "cancelled"),
                     "unknown": Msg("ej angiven", "not stated")}
FOLLOW_UP_RULES = ("SAM100", "SAM101", "SAM102", "SAM103")


def content(r: AnnualReport) -> list[Block]:
    lang = r.lang

    def t(sv: str, en: str) -> str:
        return en if lang == "en" else sv

    first, last = r.first_day, r.last_day
    s0, s1 = r.start.status_counts, r.end.status_counts
    f0, f1 = r.start.severity_counts, r.end.severity_counts
    total = r.comparison.totals
    blocks = [
        Block("title", t(f"Samverkan mellan Stockholms stad och Polisregion Stockholm: årlig redovisning {r.year}",
                         f"Cooperation between Stockholms stad and Polisregion Stockholm: annual account {r.year}")),
        Block("p", t(f"Underlag till kommunstyrelsen. Granskning per {first} (profil {r.start.profile}) och per {last} "
                     f"(profil {r.end.profile}) av datamängden {r.dataset}. Texten kan redigeras fritt.",
                     f"Basis for the kommunstyrelse. Audit at {first} (profile {r.start.profile}) and at {last} "
                     f"(profile {r.end.profile}) of the data set {r.dataset}. The text may be edited freely.")),
        *(Block("p", f"{day}: {note}") for day, note in ((first, r.start.note), (last, r.end.note)) if note),
        Block("h1", t("1. Sammanfattning", "1. Summary")),
        Block("table", header=(t("Mått", "Measure"), str(first), str(last)), rows=(
            (t("Stadsdelsförvaltningar", "District administrations"), str(len(r.start.rows)), str(len(r.end.rows))),
            *((w(f"agreements_{status}", lang), str(s0.get(status, 0)), str(s1.get(status, 0)))
              for status in STATUSES),
            *((t(f"Fynd: {severity_word(s, 'sv')}", f"Findings: {severity_word(s, 'en')}"), str(f0[s]), str(f1[s]))
              for s in ("error", "warning", "info")),
        )),
        Block("p", t(f"Sedan {first}: {total['resolved']} fynd åtgärdade, {total['new']} nya och {total['unchanged']} "
                     "kvarstår.",
                     f"Since {first}: {total['resolved']} findings resolved, {total['new']} new and "
                     f"{total['unchanged']} unchanged.")),
        Block("h1", t("2. Överenskommelser", "2. Agreements")),
        Block("h2", t(f"I kraft {last}", f"In force on {last}")),
    ]
    in_force = [(row.short or t("Stadsövergripande", "City-wide"), a.title, _period(a, lang),
                 status_word(a.status, lang))
                for row in r.end.all_rows for a in row.agreements if a.status in ("in_force", "not_on_file")]
    blocks.append(_table_or(in_force, (t("Stadsdel", "District"), t("Överenskommelse", "Agreement"),
                                       t("Giltighet", "Validity"), t("Status", "Status")), t("Ingen.", "None.")))
    blocks.append(Block("h2", t(f"Utgångna under {r.year}", f"Expired in {r.year}")))
    blocks.append(_table_or([(who, a.title, str(a.valid_to)) for who, a in r.expired_in_year],
                            (t("Gäller", "Concerns"), t("Överenskommelse", "Agreement"), t("Sista dag", "Last day")),
                            t("Ingen överenskommelse gick ut under året.", "No agreement expired during the year.")))
    blocks.append(Block("h2", t(f"Tidsgränser {r.year}–{r.year + 1}", f"Deadlines {r.year}–{r.year + 1}")))
    blocks.append(_table_or([(str(d.date), summary(d, lang), d.how.get(lang), d.citation(lang)) for d in r.due],
                            (t("Datum", "Date"), t("Vad", "What"), t("Hur", "How"), t("Källa", "Source")),
                            t("Inga utgångar, samråd eller revideringar under perioden.",
                              "No expiry, consultation or revision in the period.")))
    blocks.append(Block("h1", t("3. Fynd per stadsdel och förändring under året",
                                "3. Findings by district and their change over the year")))
    rows = []
    for d in r.districts:
        rows.append((d.name or t("Stadsövergripande", "City-wide"),
                     status_word(d.status_start, lang) if d.name else "", status_word(d.status_end, lang)
                     if d.name else "", str(d.end["error"]), str(d.end["warning"]), str(d.end["info"]),
                     str(d.change["resolved"]), str(d.change["new"]), str(d.change["unchanged"])))
    blocks.append(Block("table", header=(
        t("Stadsdel", "District"), t(f"Överenskommelse {first}", f"Agreement {first}"),
        t(f"Överenskommelse {last}", f"Agreement {last}"), t("Fel", "Errors"), t("Varningar", "Warnings"),
        t("Info", "Info"), t("Åtgärdade", "Resolved"), t("Nya", "New"), t("Kvarstår", "Unchanged")),
        rows=tuple(rows)))
    blocks.append(Block("h1", t("4. Uppföljning: lägesbild, åtgärdsplan, medborgarlöften",
                                "4. Follow-up: situation picture, action plan, citizen promises")))
    blocks.append(Block("p", t(
        "Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete kräver en lägesbild, en åtgärdsplan och "
        "uppföljning. Per lokal överenskommelse som gällde under året:",
        "Lag (2023:196) on municipalities' responsibility for crime prevention requires a situation picture, an "
        "action plan and follow-up. For each local agreement in force during the year:")))
    follow = []
    for f in r.follow_up:
        picture = str(f.latest_picture) if f.latest_picture else t("saknas", "none")
        if f.picture_undated and f.latest_picture:
            picture += t(" (odaterad; räknas från överenskommelsens start)", " (undated; counts from the start)")
        statuses = ", ".join(f"{STATUS_OF_MEASURE[k].get(lang)} {n}" for k, n in f.measures_by_status.items())
        follow.append((f.district, picture, t(f"{f.measures} ({f.measures_complete} med ansvarig och indikator)",
                                              f"{f.measures} ({f.measures_complete} with owner and indicator)"),
                       statuses, t(f"{f.promises} ({f.promises_followed_up} uppföljda)",
                                   f"{f.promises} ({f.promises_followed_up} followed up)"), str(f.meetings)))
    blocks.append(_table_or(follow, (t("Stadsdel", "District"), t("Senaste lägesbild", "Latest situation picture"),
                                     t("Åtgärder", "Measures"), t("Status", "Status"),
                                     t("Medborgarlöften", "Citizen promises"), t("Möten registrerade", "Meetings"
                                                                                  " on file")),
                            t("Ingen lokal överenskommelse gällde under året.", "No local agreement was in force "
                                                                                 "during the year.")))
    names = {row.key: row.short or t("Stadsövergripande", "City-wide") for row in r.end.all_rows}
    follow_findings = [(names[row.key], f.rule, f.message, readable(f.citation)) for row in r.end.all_rows
                       for f in row.active_findings if f.rule in FOLLOW_UP_RULES]
    blocks.append(Block("p", t(f"Fynd om uppföljningen per {last}: {len(follow_findings)}.",
                               f"Follow-up findings at {last}: {len(follow_findings)}.")))
    if follow_findings:
        blocks.append(Block("table", header=(t("Stadsdel", "District"), t("Regel", "Rule"),
                                             t("Meddelande", "Message"), t("Källa", "Source")),
                            rows=tuple(follow_findings)))
    blocks.append(Block("h1", t("5. Nya fynd under året", "5. New findings during the year")))
    new = [(names[key], f.rule, severity_word(f.severity, lang), f.message, readable(f.citation))
           for key, change in r.comparison.by_row.items() for f in change.new]
    blocks.append(_table_or(new, (t("Stadsdel", "District"), t("Regel", "Rule"), t("Allvarlighet", "Severity"),
                                  t("Meddelande", "Message"), t("Källa", "Source")),
                            t("Inga nya fynd.", "No new findings.")))
    return blocks


def readable(citation: str) -> str:
    """A finding's citation with document file names replaced by the documents' titles."""
    from samverkan.deadlines.derive import document_titles

    for document, title in document_titles().items():
        citation = citation.replace(document, title)
    return citation


def _period(a, lang: str) -> str:
    end = str(a.valid_to) if a.valid_to else ("until further notice" if lang == "en" else "tills vidare")
    return f"{a.valid_from or '?'} – {end}"


def _table_or(rows, header: tuple[str, ...], empty: str) -> Block:
    if not rows:
        return Block("p", empty)
    return Block("table", header=header, rows=tuple(tuple(row) for row in rows))
