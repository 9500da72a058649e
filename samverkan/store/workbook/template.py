"""The blank workbook a district fills in for a new agreement (`samverkan template`): the sheets people describe
an agreement in, the columns they need (the table's `template` columns), drop-down lists for every closed list and
for the register's organisations, functions, agreements and groups (sheet Listor), and short instructions with an
example. The register itself is not copied in: `import --register` names it.
"""

from __future__ import annotations

from samverkan.io.i18n import Msg
from samverkan.model.dataset import DataSet
from samverkan.store.workbook.columns import BY_KEY, CHOICES, LISTS, Column, Sheet, choice_word
from samverkan.store.workbook.index import index_of
from samverkan.store.workbook.writer import instructions, new_sheet, save

TEMPLATE_SHEETS = ("agreements", "groups", "memberships", "responsibilities", "priority_areas", "sources",
                   "organisations", "roles")
ROWS = 500
"""Rows that get the drop-down lists."""
LIST_TITLES = {
    "group_kind": Msg("Slag av grupp", "Kind of group"), "capacity": Msg("Roll i gruppen", "Capacity"),
    "chair": Msg("Ordförande", "Chair"), "raci": Msg("Bokstav (RACI)", "Letter (RACI)"), "level": Msg("Nivå", "Level"),
    "party": Msg("Part", "Party"), "organisation_kind": Msg("Slag av organisation", "Kind of organisation"),
    "necessity": Msg("Ska eller bör", "Required or recommended"), "annex_kind": Msg("Slag av bilaga", "Kind of annex"),
    "line_kind": Msg("Slag av rapportering", "Kind of reporting line"),
    "yes_no": Msg("Ja eller nej", "Yes or no"), "organisations": Msg("Organisationer i registret",
                                                                     "Organisations of the register"),
    "functions": Msg("Funktioner i registret", "Functions of the register"),
    "agreements": Msg("Överenskommelser i registret", "Agreements of the register"),
    "groups": Msg("Stadsövergripande grupper", "City-wide groups"),
}

TEXT = {
    "sv": [
        "Samverkansöverenskommelse: mall att fylla i",
        "Fyll i ett blad i taget, en rad per sak. Välj i listorna där det finns en pil. Låt kolumnen Id vara tom: "
        "verktyget sätter id:n.",
        "Överenskommelse: titel, parter (en per rad i cellen: Alt+Enter), gäller från och till (ÅÅÅÅ-MM-DD) och "
        "dokumentet den står i. En rad med bara titel, parter och datum: överenskommelsen finns men innehållet är "
        "inte inlagt.",
        "Grupper: namn, slag, mötesfrekvens med dokumentets ord och antal möten per år, vem gruppen rapporterar till.",
        "Medlemmar: gruppens namn, organisation och funktion, roll i gruppen och om den är ordförande.",
        "Ansvar: vem som är A (ansvarig), R (utför), C (rådfrågas) eller I (informeras) för en grupp.",
        "Källor: var i dokumentet det står, för valfri rad: Blad, Avser (radens namn eller 'rad N'), dokument, "
        "avsnitt, rader eller sida, citat. En rad utan källa får överenskommelsens dokument som källa.",
        "Nya organisationer och funktioner läggs till i bladen Organisationer och Funktioner.",
        "Läs in: samverkan import avtal.xlsx --register data/stockholm --out ny-mapp. Alla fel visas på en gång "
        "som Blad!Cell med vad du ska göra; då skrivs ingenting.",
        "",
        "Exempel, en rad i bladet Medlemmar:",
    ],
    "en": [
        "Cooperation agreement: a form to fill in",
        "Fill in one sheet at a time, one row per thing. Pick from the lists where there is an arrow. Leave the Id "
        "column empty: the tool sets the ids.",
        "Agreement: title, parties (one per line in the cell: Alt+Enter), valid from and to (YYYY-MM-DD) and the "
        "document it is written in. A row with only title, parties and dates: the agreement exists but its content "
        "is not entered.",
        "Groups: name, kind, meeting frequency in the document's words and meetings per year, whom it reports to.",
        "Members: the group's name, organisation and function, capacity and whether it chairs.",
        "Responsibilities: who is A (accountable), R (responsible), C (consulted) or I (informed) for a group.",
        "Sources: where the document says it, for any row: Sheet, Refers to (the row's name or 'row N'), document, "
        "section, lines or page, quote. A row without a source gets the agreement's document as its source.",
        "New organisations and functions are added in the sheets Organisations and Functions.",
        "Read it in: samverkan import agreement.xlsx --register data/stockholm --out new-folder. Every problem is "
        "shown at once as Sheet!Cell with what to do; then nothing is written.",
        "",
        "Example, a row of the sheet Members:",
    ],
}


def _lists(register: DataSet | None, lang: str) -> dict[str, list[str]]:
    """Name of each drop-down list → its words."""
    used = {c.choices for key in TEMPLATE_SHEETS for c in BY_KEY[key].columns if c.template and c.kind == "choice"}
    lists = {name: [choice_word(name, v, lang) for v, *_ in words] for name, words in CHOICES.items() if name in used}
    lists["yes_no"] = ["yes", "no"] if lang == "en" else ["ja", "nej"]
    if register is not None:
        index = index_of(register)
        lists["organisations"] = sorted({index.label(o.id, ("organisations",)) for o in register.organisations},
                                        key=str.casefold)
        lists["functions"] = sorted({r.title for r in register.roles}, key=str.casefold)
        lists["agreements"] = [index.label(a.id, ("agreements",)) for a in register.agreements]
        lists["groups"] = [index.label(g.id, ("groups", "organisations")) for g in register.groups
                           if g.level == "central" and not g.template]
    return lists


def _list_for(sheet: Sheet, column: Column) -> tuple[str | None, bool]:
    """(the list a column picks from, whether only its words are allowed)."""
    if column.kind == "choice":
        return column.choices, True
    if column.kind == "bool":
        return "yes_no", True
    if column.kind in ("holder_org", "refs", "ref") and column.refs == ("organisations",):
        return "organisations", False
    if column.kind == "holder_role":
        return "functions", False
    if column.kind == "ref" and column.refs == ("agreements",) and column.key == "parent":
        return "agreements", False
    if column.kind == "reports":
        return "groups", False
    return None, False


def template_workbook(register: DataSet | None = None, lang: str = "sv") -> bytes:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    wb.remove(wb.active)
    lists = _lists(register, lang)
    ls = wb.create_sheet(LISTS.get(lang))
    where: dict[str, str] = {}
    for i, (name, words) in enumerate(lists.items(), start=1):
        letter = get_column_letter(i)
        ls.cell(row=1, column=i, value=LIST_TITLES.get(name, Msg(name, name)).get(lang)).data_type = "s"
        ls.column_dimensions[letter].width = 30
        for r, word in enumerate(words, start=2):
            ls.cell(row=r, column=i, value=word).data_type = "s"
        if words:
            where[name] = f"{quote_sheetname(ls.title)}!${letter}$2:${letter}${len(words) + 1}"
    group_names = None
    for key in TEMPLATE_SHEETS:
        sheet = BY_KEY[key]
        columns = [c for c in sheet.columns if c.template]
        ws = new_sheet(wb, sheet.name(lang), columns, lang)
        wb.move_sheet(ws, -(len(wb.sheetnames) - 1 - TEMPLATE_SHEETS.index(key)))
        if key == "groups":
            name_col = get_column_letter(columns.index(sheet.column("name")) + 1)
            group_names = f"{quote_sheetname(ws.title)}!${name_col}$2:${name_col}${ROWS}"
        for n, column in enumerate(columns, start=1):
            name, strict = _list_for(sheet, column)
            source = where.get(name) if name else None
            if column.kind == "ref" and column.refs == ("groups", "activities") and group_names:
                source, strict = group_names, False
            if column.kind == "id":
                from openpyxl.styles import Font

                ws.cell(row=1, column=n).font = Font(bold=True, italic=True, color="808080")
            if not source:
                continue
            validation = DataValidation(type="list", formula1=f"={source}", allow_blank=True,
                                        showErrorMessage=True, errorStyle="stop" if strict else "warning")
            validation.error = ("Välj ett värde i listan" if lang == "sv" else "Pick a value from the list") if \
                strict else ("Inte i listan: finns det i bladen Organisationer/Funktioner?" if lang == "sv" else
                             "Not in the list: is it in the sheets Organisations/Functions?")
            letter = get_column_letter(n)
            validation.add(f"{letter}2:{letter}{ROWS}")
            ws.add_data_validation(validation)
    wb.move_sheet(ls, len(wb.sheetnames))
    instructions(wb, lang, TEXT[lang])
    _example(wb, register, lang)
    return save(wb, "samverkan template")


def _example(wb, register: DataSet | None, lang: str) -> None:
    from openpyxl.styles import Font

    from samverkan.store.workbook.writer import put

    ws = wb.worksheets[0]
    sheet = BY_KEY["memberships"]
    columns = [c for c in sheet.columns if c.template]
    district = next((o for o in (register.organisations if register else []) if o.kind ==
                     "district_administration"), None)
    org = district.name if district else ("Exempels stadsdelsförvaltning" if lang == "sv" else "Example district")
    values = {"group": "Lokal styrgrupp" if lang == "sv" else "Local steering group", "holder_org": org,
              "holder_role": "Stadsdelsdirektör", "capacity": choice_word("capacity", "decision_maker", lang),
              "chair": choice_word("chair", "alternating", lang)}
    top = ws.max_row + 1
    for n, column in enumerate(columns, start=1):
        put(ws, top, n, column.label(lang))
        ws.cell(row=top, column=n).font = Font(bold=True)
        put(ws, top + 1, n, values.get(column.kind if column.kind.startswith("holder_") else column.key))
