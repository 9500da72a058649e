"""The words of the audit outputs (report, matrix, CSV) in Swedish and English."""

from __future__ import annotations

from samverkan.io.i18n import Msg
from samverkan.rules.severity import SEVERITY_PLURAL, SEVERITY_SYMBOL, SEVERITY_WORDS  # noqa: F401  (re-exported)

WORDS: dict[str, Msg] = {
    "title": Msg("Granskning av samverkansöverenskommelserna", "Audit of the cooperation agreements"),
    "subtitle": Msg("Stockholms stad och Polisregion Stockholm, per {date}",
                    "Stockholms stad and Polisregion Stockholm, at {date}"),
    "meta": Msg("Datamängd: {dataset} · profil: {profile} · granskningsdatum: {date}",
                "Data set: {dataset} · profile: {profile} · audit date: {date}"),
    "summary": Msg("Sammanfattning", "Summary"),
    "districts_at": Msg("Stadsdelsförvaltningar vid datumet", "District administrations at the date"),
    "agreements_in_force": Msg("Lokal överenskommelse i kraft", "Local agreement in force"),
    "agreements_expired": Msg("Lokal överenskommelse utgången", "Local agreement expired"),
    "agreements_not_on_file": Msg("Lokal överenskommelse finns, ej inlagd",
                                  "Local agreement exists, not on file"),
    "agreements_missing": Msg("Lokal överenskommelse saknas", "Local agreement missing"),
    "findings": Msg("Fynd", "Findings"),
    "waived": Msg("undantagna", "waived"),
    "waived_one": Msg("undantagen", "waived"),
    "citywide_agreement": Msg("Stadsövergripande överenskommelse", "City-wide agreement"),
    "none_in_force": Msg("ingen i kraft vid datumet", "none in force at the date"),
    "lacking": Msg("Stadsdelar utan giltig lokal överenskommelse", "Districts without a valid local agreement"),
    "lacking_none": Msg("Alla stadsdelar har en lokal överenskommelse i kraft.",
                        "Every district has a local agreement in force."),
    "representation": Msg("Grupper som saknar den representation som krävs (SAM030)",
                          "Groups lacking the required representation (SAM030)"),
    "representation_none": Msg("Inga fynd om representation vid datumet.",
                               "No representation findings at the date."),
    "matrix": Msg("Matris: stadsdelar × regler", "Matrix: districts × rules"),
    "matrix_help": Msg(
        "Varje ruta visar det allvarligaste fyndet och antalet fynd; klicka för att se fynden. "
        "· betyder inga fynd.",
        "Each cell shows the worst severity and the number of findings; click it to see them. "
        "· means no findings.",
    ),
    "district": Msg("Stadsdel", "District"),
    "agreement": Msg("Överenskommelse", "Agreement"),
    "agreement_status": Msg("Lokal överenskommelse", "Local agreement"),
    "predecessors": Msg("Föregångare", "Predecessors"),
    "formed_from": Msg("Bildad av: {names}", "Formed from: {names}"),
    "until": Msg("t.o.m. {date}", "until {date}"),
    "citywide_row": Msg("Stadsövergripande", "City-wide"),
    "citywide_section": Msg("Stadsövergripande överenskommelse och fynd utan stadsdel",
                            "City-wide agreement and findings outside any district"),
    "rules": Msg("Regler", "Rules"),
    "rule": Msg("Regel", "Rule"),
    "code": Msg("Kod", "Code"),
    "rule_title": Msg("Titel", "Title"),
    "clause": Msg("Klausul", "Clause"),
    "default_severity": Msg("Standardallvarlighet", "Default severity"),
    "severity": Msg("Allvarlighet", "Severity"),
    "count": Msg("Antal", "Count"),
    "subject": Msg("Gäller", "Subject"),
    "message": Msg("Meddelande", "Message"),
    "citation": Msg("Källa", "Citation"),
    "suggestion": Msg("Åtgärd", "Suggestion"),
    "path": Msg("Väg", "Path"),
    "chain": Msg("Kedja", "Chain"),
    "involves": Msg("Berör", "Involves"),
    "waiver": Msg("Undantag", "Waiver"),
    "yes": Msg("ja", "yes"),
    "no": Msg("nej", "no"),
    "valid": Msg("Giltighet", "Validity"),
    "status": Msg("Status", "Status"),
    "via": Msg("via föregångare {names}", "through predecessor {names}"),
    "no_agreement_on_file": Msg("Ingen lokal överenskommelse finns i datamängden.",
                                "No local agreement on file."),
    "no_findings": Msg("Inga fynd.", "No findings."),
    "graph": Msg("Styrningsgraf", "Governance graph"),
    "graph_short": Msg("(graf)", "(graph)"),
    "graph_dt": Msg("Graf", "Graph"),
    "graph_node": Msg("Visa i styrningsgrafen", "Show in the governance graph"),
    "rules_link": Msg("Vad koderna betyder: Regler.", "What the codes mean: Rules."),
    "graph_open": Msg("Öppna styrningsgrafen för {name}", "Open the governance graph of {name}"),
    "keep_together": Msg(
        "Rapporten och styrningsgraferna (graph-*.html) hör ihop med mappen {folder} bredvid dem: graferna ritas "
        "med filerna där. Flytta, kopiera eller skicka hela granskningsmappen, inte en sida för sig.",
        "The report and the governance graphs (graph-*.html) belong with the folder {folder} beside them: the "
        "graphs are drawn with the files there. Move, copy or send the whole audit folder, not a page on its own."),
    "contents": Msg("Innehåll", "Contents"),
    "footer": Msg(
        "Skapad av samverkan från datamängden {dataset} med profilen {profile}, per {date}. "
        "Sidan fungerar utan nätverk och kan skrivas ut.",
        "Made by samverkan from the data set {dataset} with the profile {profile}, at {date}. "
        "The page works offline and prints.",
    ),
    "until_further_notice": Msg("tills vidare", "until further notice"),
    "open_end": Msg("?", "?"),
    # sheets and files
    "sheet_matrix": Msg("Matris", "Matrix"),
    "sheet_findings": Msg("Fynd", "Findings"),
    "sheet_rules": Msg("Regler", "Rules"),
    "findings_total": Msg("Fynd totalt", "Findings in total"),
    # the auditor's year (audit/year.py): deadlines and the change since an earlier audit
    "upcoming": Msg("Kommande", "Upcoming"),
    "upcoming_help": Msg("Tidsgränser de närmaste tolv månaderna ({start} – {end}), ur dokumentens egna villkor.",
                         "Deadlines in the next twelve months ({start} – {end}), from the documents' own terms."),
    "upcoming_none": Msg("Inga tidsgränser de närmaste tolv månaderna.", "No deadlines in the next twelve months."),
    "date": Msg("Datum", "Date"),
    "what": Msg("Vad", "What"),
    "how": Msg("Hur", "How"),
    "source": Msg("Källa", "Source"),
    "next_deadline": Msg("Nästa tidsgräns", "Next deadline"),
    "change": Msg("Förändring sedan {since}", "Change since {since}"),
    "change_help": Msg("Sedan {since}: {resolved} fynd åtgärdade, {new} nya, {unchanged} kvarstår.",
                       "Since {since}: {resolved} findings resolved, {new} new, {unchanged} unchanged."),
    "resolved": Msg("Åtgärdade", "Resolved"),
    "new": Msg("Nya", "New"),
    "unchanged": Msg("Kvarstår", "Unchanged"),
}

STATUS_WORDS: dict[str, Msg] = {
    "in_force": Msg("i kraft", "in force"),
    "expired": Msg("utgången", "expired"),
    "not_on_file": Msg("finns, ej inlagd", "exists, not on file"),
    "missing": Msg("saknas", "missing"),
    "not_yet": Msg("ännu inte i kraft", "not yet in force"),
    "replaced": Msg("ersatt", "replaced"),
}


def w(key: str, lang: str, **values: object) -> str:
    msg = WORDS[key]
    return msg.format(**values).get(lang) if values else msg.get(lang)


def severity_word(severity: str | None, lang: str) -> str:
    msg = SEVERITY_WORDS.get(severity or "")
    return msg.get(lang) if msg else (severity or "")


def status_word(status: str, lang: str) -> str:
    return STATUS_WORDS[status].get(lang)


def cell_text(severity: str | None, count: int, lang: str) -> str:
    """A matrix cell in words: 'fel (2)'; empty when there is nothing."""
    if not count or severity is None:
        return ""
    return f"{severity_word(severity, lang)} ({count})"
