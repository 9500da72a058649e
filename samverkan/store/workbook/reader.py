"""A workbook (or several) back into a data set (`samverkan import`): every problem at once, as Blad!C7 with what
to do; nothing is returned unless the whole data set holds together.

Three passes over the rows the table of `columns.py` describes: (1) every entity's id, from its Id cell or derived
from its name, and the names that lead to it (`Index`); (2) each row's fields, references resolved by name or id;
(3) Källor, each source attached to the row it names. Then pydantic and `model.validate`, whose problems are
located back at the row and column they come from.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pydantic import ValidationError

from samverkan.io.i18n import Msg
from samverkan.io.suggest import suggest
from samverkan.io.yamlsource import SWEDISH_ERRORS, InputError, Located
from samverkan.model.dataset import DataSet
from samverkan.model.entities import (
    DERIVED_IDS,
    ENTITY_TYPES,
    Annex,
    Commitment,
    Contact,
    MemberRequirement,
    SourceRef,
)
from samverkan.model.fields import ENTITY_WORDS
from samverkan.model.validate import validate
from samverkan.store.workbook import cells
from samverkan.store.workbook.cells import CellError
from samverkan.store.workbook.columns import (
    AGREEMENT_PARTS,
    BY_KEY,
    CHOICES,
    ID_ORDER,
    SHEETS,
    Column,
    Sheet,
    choice_value,
    sheet_of_section,
)
from samverkan.store.workbook.index import index_entity, index_of
from samverkan.store.workbook.labels import Index, norm
from samverkan.store.workbook.sheets import Books, Row

ID_PREFIX = {"priority_areas": "pa-", "situation_pictures": "lagesbild-", "action_items": "atgard-",
             "follow_up_items": "uppfoljning-"}
"""What a derived id starts with after '<agreement>/', where a name alone could clash with a group's."""
SUB_MODELS = {"annexes": Annex, "requirements": MemberRequirement, "contacts": Contact, "commitments": Commitment}


class WorkbookError(InputError):
    """Every problem of the workbooks read, in sheet and row order."""

    def __init__(self, problems: list[Located]):
        self.problems = problems
        Exception.__init__(self, "\n".join(p.render("en") for p in problems))


def slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:80].strip("-") or "x"


class Reader:
    """`register`: a data set the workbook's rows may name (by name or id) without holding them; the data set read
    is then only what the workbook adds to it, checked together with it."""

    def __init__(self, rows: dict[str, list[Row]], register: DataSet | None = None) -> None:
        self.problems: list[Located] = []
        self.rows = rows
        self.register = register
        self.index = index_of(register) if register is not None else Index()
        self.by_id: dict[str, Row] = {}
        self.in_book: dict[tuple[str, str], Row] = {}
        """(workbook, id) → row: a sub-row or source belongs to the row of its own workbook first."""

    def problem(self, where: str, message: Msg, suggestion: Msg | None = None) -> None:
        self.problems.append(Located(where, None, None, message, suggestion))

    # --- pass 1: ids and names -------------------------------------------------------------------

    def text(self, row: Row, column: Column | None) -> str | None:
        return cells.read_text(row.get(column))

    def settle_ids(self) -> None:
        agreements = self.rows["agreements"]
        for section in ID_ORDER:
            sheet = sheet_of_section(section)
            for row in self.rows[sheet.key]:
                if type_of(section) in DERIVED_IDS:
                    continue
                given = self.text(row, sheet.column("id"))
                entity_id = given.strip() if given and given.strip() else self.derive(section, sheet, row, agreements)
                if entity_id is None:
                    continue
                if not given:
                    base, n = entity_id, 1
                    while entity_id in self.index.section and self.by_id.get(entity_id) is not None and \
                            self.by_id[entity_id].values != row.values:
                        n += 1
                        entity_id = f"{base}-{n}"
                row.id = entity_id
                self.by_id.setdefault(entity_id, row)
                self.in_book.setdefault((row.book, entity_id), row)

                def get(f, row=row, sheet=sheet, section=section, entity_id=entity_id):
                    if f == "id":
                        return entity_id
                    if section == "roles" and f == "organisation":
                        return self.quiet_ref(row, sheet.column("organisation"), ("organisations",))
                    column = sheet.column(f)
                    if column is not None and column.kind == "texts":
                        return cells.read_texts(row.get(column))
                    return self.text(row, column)

                if self.register is not None:
                    self.index.own.add(entity_id)
                index_entity(self.index, section, get)

    def quiet_ref(self, row: Row, column: Column | None, sections: tuple[str, ...]) -> str | None:
        text = self.text(row, column)
        return self.index.resolve(text, sections)[0] if text else None

    def only_agreement(self) -> str | None:
        ids = [r.id for r in self.rows["agreements"] if r.id]
        return ids[0] if len(set(ids)) == 1 else None

    def derive(self, section: str, sheet: Sheet, row: Row, agreements: list[Row]) -> str | None:
        name = self.text(row, sheet.column(sheet.label)) if sheet.label else None
        if section == "organisations":
            return slug(name) if name else None
        if section == "people":
            return f"person/{slug(name)}" if name else None
        if section == "roles":
            org = self.quiet_ref(row, sheet.column("organisation"), ("organisations",))
            return f"{org}/{slug(name)}" if org and name else None
        if section == "agreements":
            return self.derive_agreement(sheet, row, name)
        if section in AGREEMENT_PARTS:
            column = sheet.column("agreement")
            agreement = self.quiet_ref(row, column, ("agreements",)) if row.get(column) else self.only_agreement()
            prefix = ID_PREFIX.get(section, "")
            return f"{agreement}/{prefix}{slug(name)}" if agreement and name else None
        if section == "promises":
            district = self.quiet_ref(row, sheet.column("district"), ("organisations",))
            return f"{district}/lofte-{slug(name)}" if district and name else None
        if section == "statements":
            subject = self.quiet_ref(row, sheet.column("subject"), ("*",))
            field_name = self.text(row, sheet.column("field"))
            return f"{subject}/{slug(field_name)}" if subject and field_name else None
        return None

    def derive_agreement(self, sheet: Sheet, row: Row, title: str | None) -> str | None:
        """'<district>-<year>' for a district's agreement (norrmalm-2016), else the title as a slug."""
        parties = [self.index.resolve(t, ("organisations",))[0] for t in cells.read_texts(
            row.get(sheet.column("parties")))]
        year = None
        try:
            start = cells.read_date(row.get(sheet.column("valid_from")))
            year = start.year if start else None
        except CellError:
            pass
        districts = [p for p in parties if p and self._kind(p) == "district_administration"]
        if districts and year:
            return f"{districts[0].removeprefix('sdf-')}-{year}"
        return slug(title) if title else None

    def _kind(self, org_id: str) -> str | None:
        row = self.by_id.get(org_id)
        if row is None:
            known = self.register.get(org_id) if self.register is not None else None
            return getattr(known, "kind", None)
        text = self.text(row, BY_KEY["organisations"].column("kind"))
        return choice_value("organisation_kind", text) if text else None

    # --- pass 2: fields --------------------------------------------------------------------------

    def ref(self, row: Row, column: Column, text: str, sections: tuple[str, ...]) -> str | None:
        found, candidates = self.index.resolve(text, sections)
        if found:
            return found
        what = ENTITY_WORDS.get(sections[0], Msg("post", "entry")) if sections != ("*",) else Msg("post", "entry")
        if candidates:
            self.problem(row.where(column), Msg(
                f"flera heter '{text}': " + ", ".join(candidates), f"several are called '{text}': " +
                ", ".join(candidates)), Msg("skriv id:t i stället för namnet", "write the id instead of the name"))
            return None
        close = self.index.close(text, sections)
        home = sheet_of_section(sections[0]) if sections != ("*",) else None
        hint = Msg(f"lägg till den i bladet {home.sv} eller rätta namnet" if home else "rätta namnet",
                   f"add it to the sheet {home.en} or correct the name" if home else "correct the name")
        if self.register is None:
            hint = Msg(hint.sv + "; finns den i registret: läs in med --register MAPP",
                       hint.en + "; if it is in the register: import with --register FOLDER")
        self.problem(row.where(column), Msg(f"okänd {what.sv} '{text}'", f"unknown {what.en} '{text}'"),
                     Msg(f"menade du '{close}'?", f"did you mean '{close}'?") if close else hint)
        return None

    def holder(self, row: Row, sheet: Sheet, key: str) -> str | None:
        org_col = sheet.column(key, "holder_org")
        role_col = sheet.column(key, "holder_role")
        person_col = sheet.column(key, "holder_person")
        org_text, role_text, person_text = (self.text(row, c) for c in (org_col, role_col, person_col))
        if person_text:
            return self.ref(row, person_col, person_text, ("people",))
        org = self.ref(row, org_col, org_text, ("organisations",)) if org_text else None
        if role_text:
            if org_text and org is None:
                return None
            role, candidates = self.index.role_in(org or "", role_text)
            if role:
                return role
            org_name = self.index.display.get(org or "", org_text or "")
            if candidates:
                self.problem(row.where(role_col), Msg(f"flera funktioner heter '{role_text}' hos {org_name}",
                                                      f"several functions are called '{role_text}' at {org_name}"),
                             Msg("skriv funktionens id", "write the function's id"))
                return None
            if not org_text:
                self.problem(row.where(org_col or role_col),
                             Msg("organisationen saknas", "the organisation is missing"),
                             Msg(f"skriv organisationen där funktionen '{role_text}' finns",
                                 f"write the organisation the function '{role_text}' belongs to"))
                return None
            close = self.index.close_role(org, role_text)
            self.problem(row.where(role_col), Msg(f"okänd funktion '{role_text}' hos {org_name}",
                                                  f"unknown function '{role_text}' at {org_name}"),
                         Msg(f"menade du '{close}'? Annars: lägg till funktionen i bladet Funktioner",
                             f"did you mean '{close}'? Otherwise add the function to the sheet Functions")
                         if close else Msg("lägg till funktionen i bladet Funktioner",
                                           "add the function to the sheet Functions"))
            return None
        if org:
            return org
        if not org_text:
            self.problem(row.where(org_col), Msg("vem som avses saknas", "who is meant is missing"),
                         Msg("skriv en organisation, och funktionen där, eller en person",
                             "write an organisation, and the function there, or a person"))
        return None

    def cell_value(self, row: Row, sheet: Sheet, column: Column):
        raw = row.get(column)
        kind = column.kind
        if kind in ("text", "document"):
            return cells.read_text(raw)
        if kind in ("int", "float"):
            return cells.read_number(raw, integer=kind == "int")
        if kind == "date":
            return cells.read_date(raw)
        if kind == "value":
            return cells.read_value(raw, self.value_type(row, sheet))
        if kind == "bool":
            return cells.read_bool(raw)
        if kind in ("choice", "value_type"):
            if raw is None:
                return None
            text = cells.read_text(raw).strip()
            value = choice_value(column.choices, text)
            if value is None:
                words = ", ".join(sv for _, sv, _, _ in CHOICES[column.choices])
                raise CellError(Msg(f"'{text}' är inget av de tillåtna värdena", f"'{text}' is not one of the "
                                    "allowed values"), Msg(f"välj ett av: {words}", f"choose one of: {words}"))
            return value
        if kind == "texts":
            return cells.read_texts(raw) or None
        if kind in ("ref", "parent"):
            text = cells.read_text(raw)
            return self.ref(row, column, text, column.refs) if text and text.strip() else None
        if kind in ("refs", "reports"):
            found = [self.ref(row, column, t, column.refs) for t in cells.read_texts(raw)]
            return [f for f in found if f] if all(found) else None
        raise ValueError(kind)

    def build_rows(self) -> None:
        self.extra_lines: list[tuple[dict, Row, Column]] = []
        for section in ID_ORDER:
            sheet = sheet_of_section(section)
            for row in self.rows[sheet.key]:
                self.build(row, sheet, section)
        for sheet in SHEETS:
            if sheet.list_field:
                for row in self.rows[sheet.key]:
                    self.build_sub(row, sheet)

    def build(self, row: Row, sheet: Sheet, section: str) -> None:
        """Pass 2 for one row: its fields into `row.plain`; `row.ok` when every cell is read and every name found."""
        plain: dict = {"id": row.id} if row.id else {}
        ok = True
        holders_done: set[str] = set()
        for column in sheet.columns:
            if column.kind == "id":
                self.given_id(plain, row, column, section)
            elif column.kind.startswith("holder_"):
                if column.key not in holders_done:  # one holder from its organisation, function and person cells
                    holders_done.add(column.key)
                    ok = self.build_holder(plain, row, sheet, column.key) and ok
            elif column.kind == "value":  # read even when empty: its type cell may still be wrong
                readable, value = self.read_cell(row, sheet, column)
                if value is not None:
                    plain["value"] = value
                ok = readable and ok
            elif column.kind != "value_type" and row.get(column) is not None:
                ok = self.build_field(plain, row, sheet, column) and ok
        self.defaults(plain, row, sheet, section)
        row.plain = plain
        row.ok = ok

    def given_id(self, plain: dict, row: Row, column: Column, section: str) -> None:
        """An entity whose id is derived (a membership, say) still keeps an id written in its Id cell."""
        if type_of(section) in DERIVED_IDS:
            given = self.text(row, column)
            if given and given.strip():
                plain["id"] = given.strip()

    def build_holder(self, plain: dict, row: Row, sheet: Sheet, key: str) -> bool:
        """The field `key` from its holder cells, when any is filled; False when they name no one known."""
        if all(row.get(c) is None for c in sheet.columns if c.key == key):
            return True
        value = self.holder(row, sheet, key)
        if value is None:
            return False
        plain[key] = value
        return True

    def build_field(self, plain: dict, row: Row, sheet: Sheet, column: Column) -> bool:
        """One filled cell into the row's fields; False when it cannot be read or a name in it is not found."""
        readable, value = self.read_cell(row, sheet, column)
        if value is None:
            return readable and column.kind not in ("ref", "refs", "reports", "parent")
        if column.kind == "reports":
            self.extra_lines.extend(({"from": plain.get("id"), "to": target}, row, column) for target in value)
        elif column.kind == "document":
            row.document = value
        else:
            _set(plain, column.key, value)
        return True

    def read_cell(self, row: Row, sheet: Sheet, column: Column) -> tuple[bool, object]:
        """(readable, value) of a cell; a cell that cannot be read is reported and gives (False, None)."""
        try:
            return True, self.cell_value(row, sheet, column)
        except CellError as exc:
            self.problem(row.where(column), exc.message, exc.suggestion)
            return False, None

    def value_type(self, row: Row, sheet: Sheet) -> str | None:
        """The type chosen in the row's Typ cell, which says how to read its Värde cell."""
        kind_text = cells.read_text(row.get(sheet.column("value_type")))
        kind = choice_value("value_type", kind_text) if kind_text else None
        if kind_text and kind is None:
            raise CellError(Msg(f"okänd typ '{kind_text}'", f"unknown type '{kind_text}'"),
                            Msg("välj text, heltal, decimaltal eller ja/nej",
                                "choose text, integer, decimal or yes/no"))
        return kind

    def defaults(self, plain: dict, row: Row, sheet: Sheet, section: str) -> None:
        """What an empty cell means where the model has no default: the workbook's one agreement, its level."""
        if section in AGREEMENT_PARTS and "agreement" not in plain:
            only = self.only_agreement()
            if only:
                plain["agreement"] = only
        if section == "groups" and "level" not in plain and plain.get("agreement") in self.by_id:
            agreement_row = self.by_id[plain["agreement"]]
            level = self.text(agreement_row, BY_KEY["agreements"].column("level"))
            plain["level"] = (choice_value("level", level) if level else None) or "local"
        elif section == "groups" and "level" not in plain and self.register is not None:
            known = self.register.get(plain.get("agreement"))
            plain["level"] = getattr(known, "level", "local")
        if section == "agreements" and "level" not in plain:
            plain["level"] = "local"

    def build_sub(self, row: Row, sheet: Sheet) -> None:
        plain: dict = {}
        parent = None
        for column in sheet.columns:
            if column.kind.startswith("holder_"):
                if "holder" not in plain and any(row.get(c) is not None for c in sheet.columns
                                                 if c.kind.startswith("holder_")):
                    value = self.holder(row, sheet, column.key)
                    if value is None:
                        return
                    plain["holder"] = value
                continue
            if row.get(column) is None:
                continue
            _, value = self.read_cell(row, sheet, column)
            if value is None:
                return
            if column.kind == "parent":
                parent = value
            else:
                _set(plain, column.key, value)
        parent_column = next(c for c in sheet.columns if c.kind == "parent")
        if parent is None:
            only = self.only_agreement() if parent_column.refs == ("agreements",) else None
            if only is None:
                self.problem(row.where(parent_column), Msg(f"'{parent_column.sv}' saknas",
                                                           f"'{parent_column.en}' is missing"),
                             Msg("skriv vilken raden hör till", "write what the row belongs to"))
                return
            parent = only
        try:
            SUB_MODELS[sheet.list_field].model_validate(plain)
        except ValidationError as exc:
            self.pydantic(row, sheet, exc)
            return
        owner = self.in_book.get((row.book, parent)) or self.by_id.get(parent)
        if owner is not None:
            owner.plain.setdefault(sheet.list_field, []).append(plain)

    # --- pass 3: sources -------------------------------------------------------------------------

    def attach_sources(self, entities: dict) -> None:
        """Each Källor row to the row it names: by id (in the same workbook first), or by sheet and name."""
        sheet = BY_KEY["sources"]
        col = {c.kind: c for c in sheet.columns}
        names = {norm(n): s for s in SHEETS for n in (s.sv, s.en)}
        for row in self.rows["sources"]:
            target = None
            given = self.text(row, col["row"])
            if given and given.strip():
                target = entities.get((row.book, given.strip())) or entities.get(given.strip())
                if target is None:
                    close = suggest(given.strip(), [k for k in entities if isinstance(k, str)])
                    self.problem(row.where(col["row"]), Msg(f"inget på raderna har id '{given}'",
                                                            f"no row has the id '{given}'"),
                                 Msg(f"menade du '{close}'?", f"did you mean '{close}'?") if close else
                                 Msg("rätta id:t, eller töm det och fyll i Blad och Avser",
                                     "correct the id, or empty it and fill in Sheet and Refers to"))
                    continue
            else:
                target = self.source_target(row, col, names)
                if target is None:
                    continue
            source = {k: cells.read_text(row.get(col[k])) for k in ("document", "section", "lines", "quote")}
            source = {k: v for k, v in source.items() if v is not None}
            try:
                SourceRef(**source)
            except ValidationError as exc:
                self.pydantic(row, sheet, exc)
                continue
            target.plain.setdefault("sources", []).append(source)

    def source_target(self, row: Row, col: dict, names: dict) -> Row | None:
        sheet_text = self.text(row, col["sheet"])
        label = self.text(row, col["label"])
        if not sheet_text or not label:
            self.problem(row.where(col["row"]), Msg("källan säger inte vilken rad den gäller",
                                                    "the source does not say which row it belongs to"),
                         Msg("fyll i Blad och Avser (radens namn eller 'rad N'), eller Id",
                             "fill in Sheet and Refers to (the row's name or 'row N'), or Id"))
            return None
        home = names.get(norm(sheet_text))
        if home is None or not home.section or home.list_field:
            self.problem(row.where(col["sheet"]), Msg(f"'{sheet_text}' är inget blad med rader som har källor",
                                                      f"'{sheet_text}' is not a sheet whose rows have sources"),
                         Msg("skriv bladets namn, t.ex. Grupper", "write the sheet's name, e.g. Groups"))
            return None
        numbered = re.fullmatch(r"(?:rad|row)\s*(\d+)", label.strip(), re.IGNORECASE)
        if numbered:
            hits = [r for r in self.rows[home.key] if r.number == int(numbered.group(1))]
            if hits:
                return hits[0]
            self.problem(row.where(col["label"]), Msg(f"bladet {home.sv} har ingen rad {numbered.group(1)}",
                                                      f"the sheet {home.en} has no row {numbered.group(1)}"),
                         Msg("rätta radnumret", "correct the row number"))
            return None
        found = self.ref(row, col["label"], label, (home.section,))
        return self.by_id.get(found) if found else None

    # --- the data set ----------------------------------------------------------------------------

    def pydantic(self, row: Row, sheet: Sheet, exc: ValidationError) -> None:
        errors = exc.errors()
        if len(errors) > 1:  # an id is missing because what it is derived from is: report that
            errors = [e for e in errors if not (e["type"] == "missing" and tuple(e["loc"]) == ("id",))]
        for err in errors:
            loc = [str(p) for p in err["loc"] if not (isinstance(p, str) and p[:1].isupper())]
            dotted = ".".join(p for p in loc if not p.isdigit())
            column = next((c for c in sheet.columns if c.key == dotted), None) or next(
                (c for c in sheet.columns if loc and c.key.split(".")[0] == loc[0]), None)
            label = column.sv if column else dotted
            label_en = column.en if column else dotted
            if err["type"] == "missing":
                self.problem(row.where(column), Msg(f"'{label}' saknas", f"'{label_en}' is missing"),
                             Msg("fyll i cellen", "fill in the cell"))
            elif dotted == "id" and err["type"] == "string_pattern_mismatch":
                self.problem(row.where(column), Msg(f"id:t '{err.get('input')}' har fel form",
                                                    f"the id '{err.get('input')}' has the wrong form"),
                             Msg("töm cellen så sätter verktyget ett id, eller skriv bara a–z, 0–9 och - _ . / ~",
                                 "empty the cell and the tool sets an id, or write only a-z, 0-9 and - _ . / ~"))
            else:
                value = repr(err.get("input"))[:80]
                template = SWEDISH_ERRORS.get(err["type"])
                try:
                    words = template.format(**err.get("ctx", {})) if template else err["msg"]
                except (KeyError, IndexError):
                    words = err["msg"]
                self.problem(row.where(column), Msg(f"'{label}' {words} (värde: {value})",
                                                    f"'{label_en}': {err['msg']} (value: {value})"),
                             Msg("rätta cellen", "correct the cell"))

    def dataset(self, name: str) -> DataSet:
        """The three passes, then pydantic and `model.validate`; every problem is left in `self.problems`."""
        self.settle_ids()
        self.build_rows()
        self.known_not_on_file()
        entities = self.entity_rows()
        lines = self.line_rows(entities)
        self.attach_sources(entities)
        sections, origin = self.validated(lines)
        data = DataSet(name=name, **sections)
        checked = data
        if self.register is not None:
            data = self.without_register(data, origin)
            checked = DataSet(name=name, **{s: [*getattr(self.register, s), *getattr(data, s)] for s in ENTITY_TYPES})
        if not self.problems:
            self.locate(validate(checked), origin, name)
        return data

    def entity_rows(self) -> dict:
        """Id, and (workbook, id), → the row of every entity read; a derived id (a membership's) is settled here."""
        entities: dict = {}
        for section in ID_ORDER:
            for row in self.rows[sheet_of_section(section).key]:
                if not row.ok:
                    continue
                entity_id = row.plain.get("id")
                if entity_id is None and type_of(section) in DERIVED_IDS:
                    entity_id = row.id = _derived_id(section, row.plain)
                if entity_id:
                    entities.setdefault((row.book, entity_id), row)
                    entities.setdefault(entity_id, row)
        return entities

    def line_rows(self, entities: dict) -> list[Row]:
        """A row for each reporting line of a 'Rapporterar till' cell, added to `entities` for Källor."""
        lines = []
        for plain, row, column in self.extra_lines:
            line_row = Row(row.book, row.sheet, row.sheet_name, row.number, {}, row.letters, plain=plain, ok=True,
                           column=column)
            lines.append(line_row)
            entities.setdefault((row.book, f"{plain['from']}~>{plain['to']}"), line_row)
            entities.setdefault(f"{plain['from']}~>{plain['to']}", line_row)
        return lines

    def validated(self, lines: list[Row]) -> tuple[dict[str, list], dict[int, tuple[Row, Sheet]]]:
        """The entities of the rows read, by section, and the row and sheet each came from (by `id()`)."""
        sections: dict[str, list] = {s: [] for s in ENTITY_TYPES}
        origin: dict[int, tuple[Row, Sheet]] = {}
        seen: dict[str, object] = {}
        for section in ID_ORDER:
            sheet = sheet_of_section(section)
            rows = self.rows[sheet.key] + (lines if section == "reporting_lines" else [])
            for row in rows:
                if not row.ok:
                    continue
                if "sources" not in row.plain:
                    row.plain["sources"] = [{"document": self.default_document(row, section) or row.book}]
                try:
                    entity = type_of(section).model_validate(row.plain)
                except ValidationError as exc:
                    self.pydantic(row, sheet, exc)
                    continue
                if entity.id in seen and seen[entity.id] == entity:
                    continue  # the same register row in two workbooks
                seen[entity.id] = entity
                sections[section].append(entity)
                origin[id(entity)] = (row, sheet)
        return sections, origin

    def locate(self, problems, origin: dict, name: str) -> None:
        """`validate`'s problems, each at the row and column its entity and field come from."""
        for problem in problems:
            row, sheet = origin.get(id(problem.entity), (None, None))
            column = None
            if sheet is not None and problem.field:
                column = row.column or next(
                    (c for c in sheet.columns if c.key == problem.field), None)
            where = row.where(column) if row else (
                f"{self.register.name}: {problem.entity.id}" if self.register is not None and problem.entity
                else name)
            self.problem(where, problem.message, problem.suggestion)

    def without_register(self, data: DataSet, origin: dict) -> DataSet:
        """The rows that add to the register: a row equal to a register entity is the register's; a row with a
        register entity's id and other values is a problem (the register is changed in its own files)."""
        sections = {}
        for section, items in data.sections():
            kept = []
            for entity in items:
                known = self.register.get(entity.id)
                if known is None:
                    kept.append(entity)
                elif known != entity:
                    row, sheet = origin[id(entity)]
                    self.problem(row.where(sheet.column("id")), Msg(
                        f"'{entity.id}' finns redan i registret {self.register.name}, med andra uppgifter",
                        f"'{entity.id}' is already in the register {self.register.name}, with other values"),
                        Msg("ändra den i registrets filer, ge raden ett eget namn, eller läs in utan --register",
                            "change it in the register's files, give the row a name of its own, or import without "
                            "--register"))
            sections[section] = kept
        return DataSet(name=data.name, **sections)

    def known_not_on_file(self) -> None:
        """An agreement row with an empty 'Texten inlagd' and nothing in the workbook that belongs to it (no group,
        activity or priority area): a document says it exists, its text is not entered (`on_file: false`)."""
        owners = {row.plain.get("agreement") for key in (*AGREEMENT_PARTS, "promises") for row in self.rows[key]}
        for row in self.rows["agreements"]:
            if row.ok and "on_file" not in row.plain and row.plain.get("id") not in owners:
                row.plain["on_file"] = False

    def default_document(self, row: Row, section: str) -> str | None:
        """A row without a source in Källor: the document of its agreement (the column Dokument)."""
        agreement = row.plain.get("id") if section == "agreements" else row.plain.get("agreement")
        if agreement is None and section in ("memberships", "responsibilities", "reporting_lines", "meetings"):
            owner = self.by_id.get(row.plain.get("group") or row.plain.get("subject") or row.plain.get("from"))
            agreement = owner.plain.get("agreement") if owner else None
        agreement_row = self.by_id.get(agreement) if agreement else None
        if agreement_row is None:
            return None
        document = agreement_row.document
        if document:
            return document
        sources = agreement_row.plain.get("sources") or []
        return sources[0]["document"] if sources else None


def _set(plain: dict, path: str, value) -> None:
    head, _, tail = path.partition(".")
    if tail:
        plain.setdefault(head, {})[tail] = value
    else:
        plain[head] = value


def type_of(section: str):
    return ENTITY_TYPES[section]


def _derived_id(section: str, plain: dict) -> str | None:
    """The id of an entity named by its fields (a membership by group and member); None when one is missing."""
    try:
        return type_of(section).derived_id(plain)
    except KeyError:
        return None


def workbook_files(path: Path) -> list[Path]:
    """The workbooks to read: the file, or every .xlsx in the folder (not Office's '~$' lock files)."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix.lower() == ".xlsx" and not p.name.startswith("~$"))
    return [path]


def read_workbooks(paths: list[Path], name: str = "dataset", register: DataSet | None = None) -> DataSet:
    """The data set of one or more workbooks (with a register: what they add to it); WorkbookError with every
    problem otherwise."""
    if not paths:
        raise WorkbookError([Located(name, None, None, Msg("inga arbetsböcker (.xlsx) i mappen",
                                                           "no workbooks (.xlsx) in the folder"))])
    books = Books()
    for path in paths:
        books.read_book(path)
    # What cannot be read (a file, a sheet, a formula) is reported alone: rows read in part would bury it under
    # their consequences (a name missing, a source whose row is gone), as a compiler stops after syntax errors.
    if books.problems:
        raise WorkbookError(books.problems)
    reader = Reader(books.rows, register)
    if not any(reader.rows[s.key] for s in SHEETS):
        raise WorkbookError([Located(", ".join(p.name for p in paths), None, None, Msg(
            "arbetsboken har inga rader att läsa in", "the workbook has no rows to import"), Msg(
            "fyll i bladen Överenskommelse, Grupper och Medlemmar (se bladet Instruktioner)",
            "fill in the sheets Agreement, Groups and Members (see the sheet Instructions)"))])
    data = reader.dataset(name)
    if reader.problems:
        raise WorkbookError(reader.problems)
    return data


__all__ = ["WorkbookError", "read_workbooks", "workbook_files"]
