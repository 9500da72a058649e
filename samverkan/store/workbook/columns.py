"""The workbook's declaration, in one place: its sheets, their columns (Swedish and English labels), the entity field
each column holds, how its cells read and write (`kind`), and the words of every closed list of values.

The writer (`writer.py`), the template (`template.py`) and the reader (`reader.py`) all walk this table; nothing
else names a sheet or a column.

Column kinds:
- `id`: the entity's id (derived from the row when empty; the user need not touch it);
- `text`, `int`, `float`, `date`, `bool`: one value (text kept exactly as written);
- `choice`: one of `CHOICES[column.choices]`, written as its word, read from the word (either language), the
  internal value or an alias (`ansvarig` for the RACI letter A);
- `ref`, `refs`: one reference / a list of references (one per line) to entities of the sections in `refs`,
  written as a readable label (`labels.py`) or the id where a label would not lead back to it;
- `texts`: a list of texts, one per line;
- `holder_org`, `holder_role`, `holder_person`: three columns that together name one member or holder
  (an organisation; a function (role) of it; or a person);
- `reports`: the groups and organisations a group reports to, for reporting lines with nothing but sources;
- `parent`: in a sheet of sub-rows (bilagor, krav, kontakter, åtaganden), the entity the row belongs to;
- `value`, `value_type`: a statement's value and its type (text, heltal, decimaltal, ja/nej);
- `row`, `document`, `section`, `lines`, `quote`, `sheet`, `label`: the Källor sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from samverkan.io.i18n import Msg
from samverkan.model.fields import CHOICES, choice_word  # noqa: F401  (the words of closed lists live with the fields)

YES = ("ja", "yes", "true", "sant", "1", "x")
NO = ("nej", "no", "false", "falskt", "0")


def choice_value(name: str, text: str) -> str | None:
    """The internal value of a word of a closed list (either language, the value itself or an alias)."""
    wanted = " ".join(text.split()).casefold()
    for v, sv, en, aliases in CHOICES[name]:
        if wanted in (v.casefold(), sv.casefold(), en.casefold(), *(a.casefold() for a in aliases)):
            return v
    return None


@dataclass(frozen=True)
class Column:
    key: str
    sv: str
    en: str
    kind: str = "text"
    choices: str | None = None
    refs: tuple[str, ...] = ()
    required: bool = False
    template: bool = True
    """Shown in the blank template (the reader takes every column of the sheet, in any order, shown or not)."""
    width: int = 18

    def label(self, lang: str) -> str:
        return self.en if lang == "en" else self.sv


@dataclass(frozen=True)
class Sheet:
    key: str
    sv: str
    en: str
    section: str
    """The entity section the rows are (a sheet of sub-rows: the section of the entity they belong to)."""
    columns: tuple[Column, ...]
    list_field: str | None = None
    """For a sheet of sub-rows: the list field of the parent entity the rows fill (annexes, requirements, ...)."""
    template: bool = True
    label: str = ""
    """The entity field that is its readable label in references and in Källor (its name or title)."""

    def name(self, lang: str) -> str:
        return self.en if lang == "en" else self.sv

    def column(self, key: str, kind: str | None = None) -> Column | None:
        for c in self.columns:
            if c.key == key and (kind is None or c.kind == kind):
                return c
        return None


ID = Column("id", "Id (fylls i av verktyget)", "Id (filled in by the tool)", "id", width=30)
NOTE = Column("note", "Anteckning", "Note", width=40)
HOLDER = ("organisations", "roles", "people")
WORK = ("groups", "activities")


def _holder(key: str) -> tuple[Column, ...]:
    return (Column(key, "Organisation", "Organisation", "holder_org", refs=("organisations",), width=32),
            Column(key, "Funktion", "Function", "holder_role", refs=("roles",), width=30),
            Column(key, "Person", "Person", "holder_person", refs=("people",), template=False))


def _frequency(template: bool = True) -> tuple[Column, ...]:
    return (Column("frequency.text", "Mötesfrekvens (dokumentets ord)", "Meeting frequency (the document's words)",
                   width=30, template=template),
            Column("frequency.per_year", "Möten per år", "Meetings per year", "float", template=template),
            Column("frequency.minimum", "Minst", "At least", "bool", template=False))


def _work_item(group: bool) -> tuple[Column, ...]:
    return (
        ID,
        Column("agreement", "Överenskommelse", "Agreement", "ref", refs=("agreements",), width=30),
        Column("name", "Namn", "Name", required=True, width=30),
        *((Column("kind", "Slag", "Kind", "choice", "group_kind", required=True),
           Column("level", "Nivå", "Level", "choice", "level", template=False),
           Column("standing", "Stående", "Standing", "bool", template=False),
           Column("template", "Mall för lokala grupper", "Template for local groups", "bool", template=False))
          if group else
          (Column("forum", "Forum", "Forum", "ref", refs=("groups",), width=30),)),
        *_frequency(),
        Column("reports", "Rapporterar till", "Reports to", "reports", refs=("groups", "organisations"), width=30),
        Column("goal", "Mål", "Goal", template=False, width=30),
        Column("purpose", "Syfte", "Purpose", width=40),
        Column("problems", "Problem", "Problems", "texts", template=False),
        Column("term", "Period", "Term", template=False),
        Column("priority_areas", "Prioriterade områden", "Priority areas", "refs", refs=("priority_areas",),
               width=30),
        Column("follow_up", "Uppföljning", "Follow-up", "texts", template=False, width=30),
        NOTE,
    )


SHEETS: tuple[Sheet, ...] = (
    Sheet("agreements", "Överenskommelse", "Agreement", "agreements", label="title", columns=(
        ID,
        Column("title", "Titel", "Title", required=True, width=50),
        Column("level", "Nivå", "Level", "choice", "level"),
        Column("parties", "Parter", "Parties", "refs", refs=("organisations",), required=True, width=36),
        Column("valid_from", "Gäller från", "Valid from", "date", width=12),
        Column("valid_to", "Gäller till", "Valid to", "date", width=12),
        Column("until_further_notice", "Tills vidare", "Until further notice", "bool", template=False),
        Column("extension.text", "Förlängning (dokumentets ord)", "Extension (the document's words)", width=40),
        Column("extension.period_years", "Förlängs med år", "Extended by years", "float"),
        Column("extension.consult_months_before", "Samråd månader före utgång", "Consultation months before end",
               "int"),
        Column("extension.condition", "Villkor för förlängning", "Condition of extension", template=False),
        Column("revision_interval_years", "Revideras vart n:e år", "Revised every n years", "int", template=False),
        Column("dnr", "Diarienummer", "Registration numbers (dnr)", "texts"),
        Column("signatories", "Undertecknare", "Signatories", "refs", refs=("roles", "people"), width=36),
        Column("parent", "Överordnad överenskommelse", "Parent agreement", "ref", refs=("agreements",), width=30),
        Column("parent_dnr", "Överordnad överenskommelse (dnr)", "Parent agreement (dnr)"),
        Column("replaces", "Ersätter", "Replaces", "ref", refs=("agreements",), template=False),
        Column("replaces_dnr", "Ersätter (dnr)", "Replaces (dnr)", template=False),
        Column("revises", "Reviderar", "Revises", "ref", refs=("agreements",), template=False),
        Column("on_file", "Texten inlagd", "Text on file", "bool", template=False),
        Column("goal", "Syfte och mål", "Purpose and goal", width=40),
        Column("document", "Dokument", "Document", "document", width=30),
        NOTE,
    )),
    Sheet("annexes", "Bilagor", "Annexes", "agreements", list_field="annexes", template=False, columns=(
        Column("agreement", "Överenskommelse", "Agreement", "parent", refs=("agreements",), required=True, width=30),
        Column("number", "Nummer", "Number", "int"),
        Column("title", "Titel", "Title", required=True, width=40),
        Column("kind", "Slag", "Kind", "choice", "annex_kind"),
        Column("present", "Bifogad", "Attached", "bool"),
    )),
    Sheet("priority_areas", "Prioriterade områden", "Priority areas", "priority_areas", label="name", columns=(
        ID,
        Column("agreement", "Överenskommelse", "Agreement", "ref", refs=("agreements",), width=30),
        Column("name", "Namn", "Name", required=True, width=36),
        Column("corresponds_to", "Motsvarar (stadsövergripande)", "Corresponds to (city-wide)", "refs",
               refs=("priority_areas",), width=36),
    )),
    Sheet("groups", "Grupper", "Groups", "groups", label="name", columns=_work_item(group=True)),
    Sheet("activities", "Aktiviteter", "Activities", "activities", label="name", template=False,
          columns=_work_item(group=False)),
    Sheet("memberships", "Medlemmar", "Members", "memberships", columns=(
        Column("group", "Grupp", "Group", "ref", refs=WORK, required=True, width=30),
        *_holder("member"),
        Column("capacity", "Roll i gruppen", "Capacity", "choice", "capacity"),
        Column("chair", "Ordförande", "Chair", "choice", "chair"),
        Column("condition", "Villkor", "Condition"),
        Column("on_behalf_of", "För", "On behalf of", "ref", refs=("organisations",), template=False),
        NOTE,
        Column("id", "Id (om ett eget)", "Id (if its own)", "id", template=False, width=30),
    )),
    Sheet("responsibilities", "Ansvar", "Responsibilities", "responsibilities", columns=(
        Column("subject", "Grupp eller aktivitet", "Group or activity", "ref", refs=WORK, required=True, width=30),
        *_holder("holder"),
        Column("kind", "Bokstav (RACI)", "Letter (RACI)", "choice", "raci", required=True),
        NOTE,
        Column("id", "Id (om ett eget)", "Id (if its own)", "id", template=False, width=30),
    )),
    Sheet("reporting_lines", "Rapportering", "Reporting", "reporting_lines", template=False, columns=(
        Column("from", "Från", "From", "ref", refs=WORK, required=True, width=30),
        Column("to", "Till", "To", "ref", refs=("groups", "organisations"), required=True, width=30),
        Column("kind", "Slag", "Kind", "choice", "line_kind"),
        Column("what", "Vad", "What", width=40),
        *_frequency(),
        Column("id", "Id (om ett eget)", "Id (if its own)", "id", width=30),
    )),
    Sheet("requirements", "Krav på medlemmar", "Member requirements", "groups", list_field="requirements",
          template=False, columns=(
              Column("group", "Grupp", "Group", "parent", refs=("groups",), required=True, width=30),
              Column("title", "Funktion", "Function", width=30),
              Column("organisation", "Organisation", "Organisation", "ref", refs=("organisations",), width=30),
              Column("organisation_kind", "Slag av organisation", "Kind of organisation", "choice",
                     "organisation_kind"),
              Column("necessity", "Ska eller bör", "Required or recommended", "choice", "necessity"),
              NOTE,
          )),
    Sheet("contacts", "Kontakter", "Contacts", "groups", list_field="contacts", template=False, columns=(
        Column("item", "Grupp eller aktivitet", "Group or activity", "parent", refs=WORK, required=True, width=30),
        Column("party", "Part", "Party", "choice", "party", required=True),
        *_holder("holder"),
    )),
    Sheet("commitments", "Åtaganden", "Commitments", "groups", list_field="commitments", template=False, columns=(
        Column("item", "Grupp eller aktivitet", "Group or activity", "parent", refs=WORK, required=True, width=30),
        Column("party", "Part", "Party", "choice", "party", required=True),
        Column("text", "Åtagande", "Commitment", required=True, width=60),
    )),
    Sheet("statements", "Uppgifter", "Statements", "statements", template=False, columns=(
        ID,
        Column("subject", "Avser", "Subject", "ref", refs=("*",), required=True, width=30),
        Column("field", "Fält", "Field", required=True),
        Column("value", "Värde", "Value", "value", required=True, width=30),
        Column("value_type", "Typ av värde", "Type of value", "value_type", "value_type"),
    )),
    Sheet("situation_pictures", "Lägesbilder", "Situation pictures", "situation_pictures", label="title",
          template=False, columns=(
              ID,
              Column("agreement", "Överenskommelse", "Agreement", "ref", refs=("agreements",), width=30),
              Column("title", "Titel", "Title", required=True, width=36),
              Column("date", "Datum", "Date", "date", width=12),
              Column("areas", "Prioriterade områden", "Priority areas", "refs", refs=("priority_areas",), width=30),
              Column("basis", "Underlag", "Basis", "texts", width=36),
              NOTE,
          )),
    Sheet("action_items", "Åtgärdsplan", "Action plan", "action_items", label="measure", template=False, columns=(
        ID,
        Column("agreement", "Överenskommelse", "Agreement", "ref", refs=("agreements",), width=30),
        Column("measure", "Åtgärd", "Measure", required=True, width=40),
        Column("area", "Prioriterat område", "Priority area", "ref", refs=("priority_areas",), width=30),
        Column("work_item", "Grupp eller aktivitet", "Group or activity", "ref", refs=WORK, width=30),
        *_holder("owner"),
        Column("indicators", "Indikatorer", "Indicators", "texts", width=30),
        Column("target", "Mål", "Target", width=30),
        Column("status", "Status", "Status", "choice", "action_status"),
        Column("due", "Klar senast", "Due", "date", width=12),
        NOTE,
    )),
    Sheet("promises", "Medborgarlöften", "Citizen promises", "promises", label="promise", template=False, columns=(
        ID,
        Column("promise", "Löfte", "Promise", required=True, width=40),
        Column("police_area", "Lokalpolisområde", "Local police area", "ref", refs=("organisations",),
               required=True, width=30),
        Column("district", "Stadsdelsförvaltning", "District administration", "ref", refs=("organisations",),
               required=True, width=30),
        Column("agreement", "Överenskommelse", "Agreement", "ref", refs=("agreements",), width=30),
        Column("period_from", "Från", "From", "date", required=True, width=12),
        Column("period_to", "Till", "To", "date", required=True, width=12),
        Column("status", "Status", "Status", "choice", "promise_status"),
        Column("followed_up", "Följdes upp", "Followed up", "date", width=12),
        NOTE,
    )),
    Sheet("follow_up_items", "Uppföljningsplan", "Follow-up plan", "follow_up_items", label="name", template=False,
          columns=(
              ID,
              Column("agreement", "Överenskommelse", "Agreement", "ref", refs=("agreements",), width=30),
              Column("name", "Vad som följs upp", "What is followed up", required=True, width=36),
              Column("subject", "Slag", "Kind", "choice", "follow_up_subject"),
              Column("responsible", "Ansvariga", "Responsible", "refs", refs=(*HOLDER, "groups"), width=36),
              Column("method", "Hur", "How", width=30),
              *_frequency(),
              Column("due_day", "Senast varje år (MM-DD)", "By each year (MM-DD)"),
              NOTE,
          )),
    Sheet("meetings", "Möten", "Meetings", "meetings", template=False, columns=(
        Column("group", "Grupp", "Group", "ref", refs=("groups",), required=True, width=30),
        Column("date", "Datum", "Date", "date", required=True, width=12),
        NOTE,
        Column("id", "Id (om ett eget)", "Id (if its own)", "id", width=30),
    )),
    Sheet("organisations", "Organisationer", "Organisations", "organisations", label="name", columns=(
        ID,
        Column("name", "Namn", "Name", required=True, width=40),
        Column("kind", "Slag", "Kind", "choice", "organisation_kind", required=True),
        Column("party", "Part", "Party", "choice", "party", template=False),
        Column("parent", "Överordnad", "Parent", "ref", refs=("organisations",), width=30),
        Column("short_name", "Kortnamn", "Short name", template=False),
        Column("other_names", "Andra namn", "Other names", "texts", template=False),
        Column("org_number", "Organisationsnummer", "Organisation number", template=False),
        Column("valid_from", "Finns från", "Exists from", "date", template=False),
        Column("valid_to", "Finns till", "Exists until", "date", template=False),
        Column("successors", "Efterträdare", "Successors", "refs", refs=("organisations",), template=False),
        Column("covers", "Täcker (stadsdelar)", "Covers (districts)", "refs", refs=("organisations",),
               template=False),
        NOTE,
    )),
    Sheet("roles", "Funktioner", "Functions", "roles", label="title", columns=(
        ID,
        Column("organisation", "Organisation", "Organisation", "ref", refs=("organisations",), required=True,
               width=40),
        Column("title", "Funktion", "Function", required=True, width=36),
        Column("holder", "Innehavare", "Holder", "ref", refs=("people",), template=False),
        NOTE,
    )),
    Sheet("people", "Personer", "People", "people", label="name", template=False, columns=(
        ID,
        Column("name", "Namn", "Name", required=True, width=30),
        Column("contact", "Kontaktuppgifter", "Contact details", width=30),
    )),
    Sheet("sources", "Källor", "Sources", "", columns=(
        Column("sheet", "Blad", "Sheet", "sheet", width=22),
        Column("label", "Avser (namn eller rad N)", "Refers to (name or row N)", "label", width=36),
        Column("id", "Id", "Id", "row", width=30),
        Column("document", "Dokument", "Document", "document", required=True, width=30),
        Column("section", "Avsnitt", "Section", "section", width=30),
        Column("lines", "Rader eller sida", "Lines or page", "lines", width=10),
        Column("quote", "Citat", "Quote", "quote", width=60),
    )),
)

BY_KEY = {s.key: s for s in SHEETS}
ENTITY_SHEETS = [s for s in SHEETS if s.section and s.list_field is None]
"""The sheets whose rows are entities, in the order their ids are settled (a reference may point back only)."""
ID_ORDER = ("organisations", "people", "roles", "agreements", "priority_areas", "groups", "activities",
            "situation_pictures", "action_items", "promises", "follow_up_items", "memberships", "responsibilities",
            "reporting_lines", "meetings", "statements")
AGREEMENT_PARTS = ("priority_areas", "groups", "activities", "situation_pictures", "action_items", "follow_up_items")
"""Sections whose rows belong to an agreement (the workbook's one agreement when the cell is empty)."""
INSTRUCTIONS = Msg("Instruktioner", "Instructions")
LISTS = Msg("Listor", "Lists")
"""The sheet of drop-down lists the template writes; the reader skips it."""


def sheet_of_section(section: str) -> Sheet:
    for s in SHEETS:
        if s.section == section and s.list_field is None:
            return s
    raise KeyError(section)
