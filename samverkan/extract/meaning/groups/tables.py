"""Groups read from tables: a group a row or a column, tables of people, participation matrices and their
legend, a year's wheel, tables of activities."""

from __future__ import annotations

import re

from samverkan.extract.meaning import frequency
from samverkan.extract.meaning.groups.model import Group, Mention
from samverkan.extract.meaning.groups.names import mentions, named_whole
from samverkan.extract.meaning.groups.words import (
    LEVEL_KINDS,
    NAMED_SHORT,
    OUTSIDE_AGREEMENT,
    field_of,
    lower_start,
)
from samverkan.extract.meaning.phrases import GROUP_WORD, group_kind, member, members, split_list
from samverkan.extract.meaning.text import Unit, fold, lemma

# "Lägesrapport från styrgruppen till kommunstyrelsen", "Synpunkter från forumet förs till styrgruppen"
HANDED_ON = re.compile(r"(?i)\b(?:\w*rapport\w*|redovisning|synpunkter|underlag|information)\s+från\s+"
                       r"(?P<source>[^,.;]+?)\s+(?:\w+\s+)?till\s+(?P<target>[^,.;]+)$")


class TableReading:
    """Reads groups from table rows and columns."""

    def read_row_or_dates(self, heading_group: Group | None, unit: Unit) -> bool:
        """A row of a table, or a line of a meeting plan's dates under a group's name ("Styrgruppen" / "  onsdag
        11 februari" / …: one meeting each); whether the unit was either."""
        if unit.kind == "row":
            if self.read_chair_terms(heading_group, unit) or self.read_roster(heading_group, unit):
                return True
            if not self.read_label_row(heading_group, unit):
                self.read_table_row(unit)
            return True
        if heading_group is None or unit.kind == "heading" or not (dates := frequency.plan_dates(unit.text)):
            return False
        heading_group.dated += [unit.span] * dates
        return True

    def read_chair_terms(self, heading_group: Group | None, unit: Unit) -> bool:
        """A table of who chairs the heading's group each term ("| År | Ordförande | Vice ordförande |" over
        "| 2026 | kommundirektören | … |"): each row's chair, the chair in turn (a vice chair is none)."""
        if TERM_COLUMN.fullmatch(fold(unit.cells[0]).strip(" :")):
            column = next((k for k, c in enumerate(unit.cells) if k and CHAIR_COLUMN.fullmatch(c.strip())), None)
            self.chair_terms = (heading_group, column, unit.heading) if heading_group and column else None
            return self.chair_terms is not None
        if self.chair_terms is None or unit.heading != self.chair_terms[2]:
            self.chair_terms = None
            return False
        g, column, _ = self.chair_terms
        if not TERM_CELL.fullmatch(unit.cells[0].strip()) or len(unit.cells) <= column:
            return False
        if who := member(re.sub(r"\s*\([^()]*\)", "", unit.cells[column])):
            self._chair_in_turn(g, who, unit.span)
        return True

    def read_roster(self, heading_group: Group | None, unit: Unit) -> bool:
        """A table of one group's members, a function a row ("| Funktion | Organisation | Ersättare |" under "Gruppen
        består av följande funktioner:", or under the group's heading): each row's function is a member of that
        group, chair where its bracket says it leads ("Samordnare (leder mötena)"); the other columns (where the
        person works, a substitute) add no one."""
        if self.roster is not None and unit.heading != self.roster[2]:
            self.roster = None  # a roster under the heading before ends with it
        if unit.header or self.roster is None and _function_column(unit.cells) is not None:  # a tab table's
            # header, unmarked as one
            self.roster = None
            owner = self.told if self.said_before.rstrip().endswith(":") and self.told is not None else heading_group
            owner = owner or self._composed(unit.heading)
            column = _function_column(unit.cells)
            if owner is None or column is None:
                return False
            self.roster = (owner, column, unit.heading, _role_columns(unit.cells))
            return True
        if self.roster is None or unit.heading != self.roster[2]:
            self.roster = None
            return False
        owner, column, _, (role, where, marks) = self.roster
        cell = unit.cells[column].strip() if len(unit.cells) > column else ""
        if (mark := CELL_MARK.search(cell)) is not None:
            cell = cell[:mark.start()]
            if (note := self.cell_note(mark.group("mark"), unit)) is not None:
                cell += f" ({note})"  # "Säkerhetssamordnare *" over "* sammankallande": the note in brackets
        if REPRESENTATIVE_CELL.fullmatch(cell) and where is not None and len(unit.cells) > where:
            cell = re.sub(r"\s*\([^()]*\)", "", unit.cells[where])  # "Representant | Stockholmshem": the company
        who = member(re.sub(r"\s*\([^()]*\)", "", cell))
        if role is not None and len(unit.cells) > role and NO_MEMBER_NOTE.search(unit.cells[role]):
            return True  # "Gäst vid första mötet, inte ledamot": a row of one who is no member
        if who:
            self._add_members(owner, [who], unit.span)
            if (note := re.search(r"\((?P<note>[^()]*)\)", cell)) and REMARK_CHAIR.match(note.group("note")):
                owner.set("chair", who, unit.span)  # "Samordnare (leder mötena)"
            if role is not None and len(unit.cells) > role:
                self._roster_role(owner, who, unit.cells[role], unit)
            if marks is not None and len(unit.cells) > marks and unit.cells[marks].strip() in TICKS:
                self._roster_role(owner, who, "ordförande", unit)  # "| Kommunchef | Kommunen | X |" under "Ordf."
        return True

    def cell_note(self, mark: str, unit: Unit) -> str | None:
        """The note under a table that a mark after a cell refers to ("* sammankallande och mötesledare"), its
        line kept from being read again; None if no line near below opens with the mark."""
        for n in range(unit.span.end + 1, min(len(self.doc), unit.span.end + 15) + 1):
            line = self.doc.line(n).strip()
            if line.startswith(mark) and (text := line[len(mark):]).startswith(" ") and text.strip():
                self.cell_notes.add(n)
                return text.strip()
        return None

    def _composed(self, heading: str) -> Group | None:
        """The group whose members a heading says follow ("Bilaga 1. Sommargruppens sammansättning"), by its name
        or the start of it."""
        if (m := COMPOSITION_HEADING.search(heading)) is None:
            return None
        if (g := self._group_called(m.group("name"))) is not None:
            return g
        start = [g for g in self.groups.values() if fold(g.name).startswith(fold(m.group("name")) + " ")]
        return start[0] if len(start) == 1 else None

    def _roster_role(self, g: Group, who: str, role: str, unit: Unit) -> None:
        """A roster's role cell: "Ordförande", "Sammankallande", "Leder arbetet" make the row's function the
        chair; "Ordförande udda år" (or a second row that chairs) a chair in turn."""
        if not REMARK_CHAIR.match(role.strip()):
            return
        if TERM_ROLE.search(role) or g.fields.get("chair") not in (None, who) and g.spans.get("chair") \
                and g.spans["chair"].start >= self.roster_start(unit):
            self._chair_in_turn(g, who, unit.span)
        else:
            g.set("chair", who, unit.span, force=True)

    def roster_start(self, unit: Unit) -> int:
        """The first line of the roster table the row is in (its header's)."""
        rows = [u for u in self.units if u.kind == "row" and u.heading == unit.heading and u.span.end <= unit.span.end]
        return rows[0].span.start if rows else unit.span.start

    def read_table_row(self, unit: Unit) -> None:
        """A row of a table of groups: one group per row under a header of fields, or (a table turned on its
        side) one field per row for the groups its header names."""
        if _month_header(unit.cells):
            self.header, self.columns, self.table_heading, self.plain = None, [], unit.heading, None
            self.months = True  # "| Grupp | jan | feb | … | dec |": a year's wheel of meetings
            return
        if self.months and unit.heading == self.table_heading and self.header is None:
            self.read_month_row(unit)
            return
        self.months = False
        if self.people is not None and unit.heading == self.table_heading and not unit.header:
            self.read_person_row(unit)
            return
        self.people = None
        if self.named_columns(unit):
            return
        if self.header is None and self.plain is not None and unit.heading == self.table_heading \
                and not (unit.header and _is_group_header(unit.cells)):
            self.read_activity(unit)  # a row of a table of activities, under its header: no header of its own
            return  # (a header of groups further down, as in a PDF's columns read as cells, starts a table of groups)
        if self.header is None or unit.heading != self.table_heading or self._another_header(unit):
            self.header, self.columns, self.table_heading, self.plain = None, [], unit.heading, None
            if (people := _people_columns(unit.cells)) is not None:
                self.people = people  # "| Namn | Titel | Ingår i |": people, each in the groups its row names
            elif _is_group_header(unit.cells):
                self.header = [fold(c) for c in unit.cells]
            elif columns := self._column_groups(unit):
                self.header, self.columns = [], columns
            elif unit.header:
                self.plain = [fold(c) for c in unit.cells]
            return
        if not self.columns and self.header and [fold(c.split("\n")[0]) for c in unit.cells] == self.header:
            self.read_rest_under_header(unit)  # the header again after a page break, the last row going on
            return
        if not self.columns and _sub_header(unit.cells, self.header):  # the column names under merged cells
            self.header = [fold(c) if field_of(fold(c)) else h for c, h in zip(unit.cells, self.header, strict=False)]
            return
        if not self.columns:
            self.read_row(self.header, unit)
            return
        self.read_column_row(unit)

    def _by_its_place(self, name: str) -> Group | None:
        """The one group whose name ends with a row's name of no group ("Åby" for "Lokala trygghetsgruppen
        Åby"): a table of the groups of each place names each by its place, one of groups named alike for places
        ("Lokala trygghetsgruppen Nyby", not "Styrgruppen Trygga Nyby")."""
        if not name[:1].isupper():
            return None
        ends = {fold(g.name)[:-len(name)]: g for g in self.groups.values() if fold(g.name).endswith(" " + fold(name))
                and GROUP_WORD.search(g.name[:-len(name)])}
        alike = [g for kind, g in ends.items() if sum(fold(x.name).startswith(kind) for x in self.groups.values()) >= 2]
        return alike[0] if len(alike) == 1 else None

    def read_person_row(self, unit: Unit) -> None:
        """A row of a table of people ("| Anna A | Säkerhetsstrateg | LG, OG | Sekreterare i LG; leder PG |"): the
        function is a member of each group its groups cell names; a remark that it chairs or calls one (the one
        it names, else the row's only group) makes it that group's chair. A row with no group is a contact only."""
        cells = unit.cells
        who = member(cells[self.people["function"]].strip()) if len(cells) > self.people["function"] else None
        if who is None:
            return
        cell = cells[self.people["groups"]] if len(cells) > self.people["groups"] else ""
        sits_in = [g for g in (self._group_called(w) for w in split_list(cell)) if g is not None and not g.excluded]
        for g in sits_in:
            self._add_members(g, [who], unit.span)
        remark = cells[self.people["remark"]] if "remark" in self.people and len(cells) > self.people["remark"] else ""
        for clause in re.split(r"\s*[;.]\s*", remark):
            if REMARK_CHAIR.match(clause) and (g := self._chaired_in(clause, sits_in)) is not None:
                chair = g.fields.get("chair")
                chairs = [] if chair is None else [chair] if isinstance(chair, str) else list(chair)
                g.set("chair", [*chairs, who] if chairs and who not in chairs else chairs or who, unit.span,
                      force=True)

    def _group_called(self, words: str) -> Group | None:
        """The group words name, by its short form ("OG") or its name."""
        words = words.strip(" .")
        return self.abbreviations.get(words) or (self._known_group(words) if words else None)

    def _chaired_in(self, clause: str, sits_in: list[Group]) -> Group | None:
        """The group a remark of leading is about: the one it names ("sammankallande i OG", "leder platsgruppen"),
        or, when it names nothing but years ("Ordförande 2027"), the row's only group."""
        rest = re.sub(r"^\S+\s*", "", clause.strip())
        if (named := re.match(r"(?i)(?:i|för|av)\s+(?P<g>.+)", rest)) is not None:
            return self._group_called(named.group("g"))
        if re.fullmatch(r"(?i)(?:[\d–-]+|och|,|\s|år|udda|jämna)*", rest):
            return sits_in[0] if len(sits_in) == 1 else None
        return self._group_called(rest)

    def _another_header(self, unit: Unit) -> bool:
        """A header row of other columns under the same heading: another table starts (a register's next sheet)."""
        return unit.header and bool(self.header) and not self.columns and len(unit.cells) != len(self.header)

    def read_column_row(self, unit: Unit) -> None:
        """A row of a table with a group a column: a field of each group ("| Möten | 4 ggr/år | varje vecka |"), or
        a function's marks in a participation matrix."""
        what = field_of(fold(unit.cells[0]))
        if unit.cells[0] and any(unit.cells[1:]) and all(not c or self.legend_mark(c) for c in unit.cells[1:]):
            self.read_matrix_row(unit)  # marks, no values: "Fritidsledare | ● |" is a person, no field "ledare"
        elif what not in (None, "name"):
            for g, value in zip(self.columns, unit.cells[1:], strict=False):
                if g is not None and value:
                    self.read_field(g, what, value, unit.span)

    def read_matrix_row(self, unit: Unit) -> None:
        """A row of a participation matrix ("| Socialchef | ● | | O |" under a header of groups): the function takes
        part in each group its row marks, and chairs the groups a chair's mark marks (by the legend, "O =
        ordförande")."""
        # "Vd, AB Bostäder": a function and whose it is, one person
        who = member(re.sub(r"^(?P<f>[^,]+),\s+(?=[A-ZÅÄÖ][^,]*$)", lambda m: lower_start(m.group("f")) + " för ",
                            unit.cells[0].strip()))
        if who is None:
            return
        for g, cell in zip(self.columns, unit.cells[1:], strict=False):
            if g is None or not cell or self.groups.get(g.key) is not g:
                continue
            if (meaning := self.legend_mark(cell)) == "chair":
                chair = g.fields.get("chair")
                chairs = [] if chair is None else [chair] if isinstance(chair, str) else list(chair)
                g.set("chair", [*chairs, who] if chairs and who not in chairs else chairs or who, unit.span, force=True)
            if meaning in ("chair", "member"):
                self._add_members(g, [who], unit.span)  # one person, read already: no list to read again

    def legend_mark(self, cell: str) -> str | None:
        """What a matrix cell's mark says: "member", "chair" or None (no mark); a footnote's number after it
        ("O ¹") says no more. Ticks are members; a letter means what the document's legend says it means."""
        mark = re.sub(r"\s*[¹²³⁴⁵⁶⁷⁸⁹*]+$", "", cell.strip())
        if self.legend is None:
            self.legend = _legend(self.doc)
        if mark in self.legend:
            return self.legend[mark]
        return "member" if mark.strip("()") in TICKS else None

    def named_columns(self, unit: Unit) -> bool:
        """"| Namn | Grupp Nyby | Grupp Åby |" under a header of something else (the places): the groups, one a
        column, whose fields the rows below give; whether the row named them."""
        if self.header is not None or self.plain is None or unit.heading != self.table_heading \
                or field_of(fold(unit.cells[0])) != "name" or not (columns := self._column_groups(unit)):
            return False
        self.header, self.columns = [], columns
        return True

    def read_month_row(self, unit: Unit) -> None:
        """A row of a year's wheel: the group it names meets once in each month marked ("x") and as many times as
        a number in a month says; a row of anything else (a report, a survey) is no group's."""
        count = 0
        for cell in unit.cells[1:13]:
            mark = cell.strip().casefold()
            count += int(mark) if mark.isdigit() else 1 if mark in ("x", "✓", "✔", "●", "•", "*") else 0
        g = self._known_group(unit.cells[0]) if unit.cells else None
        if g is not None and count and self.groups.get(g.key) is g:
            g.set("frequency_per_year", count, unit.span)

    def read_label_row(self, g: Group | None, unit: Unit) -> bool:
        """A row of a two-column table of labels and values under a group's heading ("| Deltagare | A, B |",
        "| Syfte | Bereder … |"), a table without a header of its own: a labelled line of that group."""
        if g is None or self.header is not None or len(unit.cells) != 2 or not all(unit.cells) \
                or len(unit.cells[0].split()) > 3 or unit.header and field_of(fold(unit.cells[0])) is None:
            return False
        what = field_of(fold(unit.cells[0]))
        if what == "name":
            return False
        if what is not None:
            self.read_field(g, what, unit.cells[1], unit.span)
        elif (kind := group_kind(g.name, unit.cells[1])) != group_kind(g.name):
            g.set("kind", kind, g.span, force=True)  # "| Syfte | Bereder styrgruppens möten |"
        g.set("kind", group_kind(g.name), g.span)
        return True

    def read_activity(self, unit: Unit) -> None:
        """A row of a table of activities ("Aktivitet | Ansvarig | Tidplan") that is about a group the text named:
        its meetings ("Styrgruppens möten", or the group's name alone or before a comma) take the row's
        responsible as chair and its time as frequency; "Rapport från A till B" makes B A's report target."""
        thing = re.sub(r"^[\wåäö]+:\s+", "", unit.cells[0]) if unit.cells else ""  # "Organisation: …"
        cells = dict(zip(self.plain or [], unit.cells, strict=False))
        if handed := HANDED_ON.search(thing):
            source, target = (self._known_group(handed.group(k)) for k in ("source", "target"))
            if source is not None and (name := self.resolve(handed.group("target"), source)):
                source.report_to(name, unit.span)
            return
        meeting = re.match(r"(?P<group>[^,]+?)(?:s\s+(?:möten|sammanträden|träffar)|\s*,|$)", thing)
        g = self._known_group(meeting.group("group")) if meeting else None
        if g is None or len(meeting.group("group").split()) > 4:
            return
        for column, value in cells.items():
            if re.search(r"tidplan|\btid\b|^nar\b|period", column):
                self.read_field(g, "frequency", value, unit.span)
            elif field_of(column) == "chair" and not any(m.start == 0 for m in mentions(value)):  # not "Gruppen X"
                self.read_field(g, "chair", value, unit.span)

    def _column_groups(self, unit: Unit) -> list[Group | None]:
        """The groups a header row names one per column after the first ("| | Styrgrupp | Arbetsgrupp |")."""
        found = [[m for m in mentions(c, True) if not m.bare and m.start == 0] for c in unit.cells[1:]]
        if len(unit.cells) < 2 or field_of(fold(unit.cells[0])) not in (None, "name") \
                or not all(f or not c for f, c in zip(found, unit.cells[1:], strict=True)) or not any(found):
            return []
        groups = []
        for f, cell in zip(found, unit.cells[1:], strict=True):
            g = self.group(named_whole(f[0], cell), unit.span, 3) if f else None
            if g is not None:
                g.set("kind", group_kind(g.name), unit.span)
            groups.append(g)
        return groups

    def read_rest_under_header(self, unit: Unit) -> None:
        """A table's header repeated on the next page, with the lines of the row the page break cut under it
        ("Deltagare" / "enhetschef för fältverksamheten, analytiker"): the fields of that row's group go on."""
        g = self.last_row
        for column, cell in zip(self.header, unit.cells, strict=False):
            rest = cell.split("\n", 1)[1].strip() if "\n" in cell else ""
            if g is not None and rest and (what := field_of(column)) is not None and what != "name":
                if what == "members":
                    self._add_members(g, members(rest), unit.span)
                else:
                    self.read_field(g, what, rest, unit.span)

    def read_row(self, header: list[str], unit: Unit) -> None:
        cells = dict(zip(header, _realigned(unit.cells, header), strict=False))
        names = [" ".join(v.split()) for k, v in cells.items() if field_of(k) == "name" and v]
        names = [v for v in names if not _level_word(v)] or names  # "| Operativ | Ungdomsgruppen |": the level
        # column holds the level, the next the group's name
        name = next((v for v in names if any(not m.bare for m in mentions(v, True))), names[0] if names else None)
        if not name:
            return
        found = mentions(name, True)
        m = found[0] if found else None
        if m is None and (placed := self._by_its_place(name)) is not None:
            g = placed  # "| Åby | … |" under "Lokal grupp": the group named for Åby
        elif m is None or m.start > 0:
            key = fold(" ".join(lemma(w) for w in name.split()))
            g = self.groups.get(key) or Group(key, name, unit.span, 3)
            self.groups[key] = g
        else:
            g = self.group(Mention(m.key, name, m.head, False, 0, len(name), True), unit.span, 3)
            g.name, g.weight = name, 3
        if (short := NAMED_SHORT.search(name)) is not None:
            self.abbreviations[short.group(1)] = g  # "Taktiska gruppen (TG)": later rows report to "TG"
        for column, value in cells.items():
            what = field_of(column)
            if value and what is not None:
                self.read_field(g, what, value, unit.span)
        level = next((LEVEL_KINDS.get(fold(v).strip().rstrip("a")) for k, v in cells.items()
                      if re.fullmatch(r"niva|nivan", k.strip())), None)
        kind = level or _kind_of_heading(g.name, unit.heading) or group_kind(g.name, " ".join(unit.cells))
        g.set("kind", kind, unit.span, force=bool(level))
        g.level_kind = level or g.level_kind  # "| Taktisk | Samordningsgruppen |": the level's kind, as under a heading
        g.tenses.add("present")  # a row of the table of groups tells how it is: "leddes tidigare av …" after it is
        # its history, not its end
        if any(OUTSIDE_AGREEMENT.search(c) for c in unit.cells[1:]) or _left_out(cells):
            g.excluded = True  # a cell of its own row says so ("Ingår inte i överenskommelsen – eget reglemente")
        self.last_row = g


# a heading that names the kind of the groups under it, in the plural ("Arbetsgrupper på plats", "Styrgrupperna")
KINDS_HEADING = re.compile(r"(?i)^(?P<word>[\wåäö-]*grupp)(?:er|erna)\b")


def _kind_of_heading(name: str, heading: str) -> str | None:
    """The kind a table's heading gives its rows ("Arbetsgrupper" over "Nattlivssamverkan X" with the
    restaurants): a row named without a group word of its own is of the kind the heading says."""
    if GROUP_WORD.search(name) or (plural := KINDS_HEADING.match(heading.strip(" #*"))) is None:
        return None
    return group_kind(plural.group("word"))


def _level_word(cell: str) -> bool:
    """Whether a cell holds only a level of the organisation ("Operativ", "Strategisk nivå")."""
    return re.sub(r"\s+niv[aå]n?$", "", fold(cell).strip()).rstrip("a") in LEVEL_KINDS


def _realigned(cells: list[str], header: list[str]) -> list[str]:
    """A row's cells where its columns ran together (a scan): a list ending in a comma goes on in the next cell
    ("A,B, | C" is one list), and a last cell of meetings with a name after it ("1 ggr/vecka Beredningsgruppen")
    is two cells when the header has a column for the name."""
    out: list[str] = []
    for cell in cells:
        if out and out[-1].rstrip().endswith(",") and len(cells) > 1:
            out[-1] = out[-1].rstrip() + " " + cell
        else:
            out.append(cell)
    if len(out) < len(header) and field_of(header[len(out) - 1]) == "frequency" \
            and field_of(header[len(out)]) == "reports" \
            and (tail := re.fullmatch(r"(?s)(?P<when>.*\S)\s+(?P<name>[A-ZÅÄÖ][\wåäö-]+)", out[-1])) \
            and frequency.per_year(tail.group("when")) is not None:
        out[-1:] = [tail.group("when"), tail.group("name")]
    out = out if len(out) == len(header) else cells  # a list going on past a page break keeps its columns
    for k in range(min(len(out), len(header)) - 1):  # a smudged cell: the meetings read one column early
        if field_of(header[k]) == "chair" and field_of(header[k + 1]) == "frequency" \
                and frequency.per_year(out[k]) is not None and frequency.per_year(out[k + 1]) is None:
            out = [*out[:k], "", f"{out[k]} {out[k + 1]}", *out[k + 2:]]
    return out


ENDED = re.compile(r"(?i)(?:avslutad|avslutat|upphört|upphörd|nedlagd|nedlagt|avvecklad|avvecklat|vilande|inaktiv)\b")


def _left_out(cells: dict[str, str]) -> bool:
    """A register's row of a group outside the agreement: "Nej" under "Ingår i överenskommelsen", or a status
    saying the group has ended ("Avslutad", "Nedlagd")."""
    return any(field_of(k) == "belongs" and re.match(r"(?i)nej\b", v.strip()) or field_of(k) == "status"
               and ENDED.match(v.strip()) for k, v in cells.items())


def _sub_header(cells: list[str], header: list[str]) -> bool:
    """A second header row ("| | Deltagare | Ordförande | Hur ofta |") under merged cells ("Sammansättning"):
    no name of its own (empty, or the header's first cell spanning both rows), and two or more cells that name
    a field."""
    own = bool(cells) and (not cells[0].strip() or bool(header) and fold(cells[0]) == header[0])
    return own and sum(field_of(fold(c)) not in (None, "name") for c in cells[1:]) >= 2


MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def _month_header(cells: list[str]) -> bool:
    """Whether a table's header names the twelve months after its first column ("| Grupp | jan | feb | …")."""
    return len(cells) >= 13 and tuple(fold(c.strip())[:3] for c in cells[1:13]) == MONTHS


# a remark that the row's person leads a group: "Ordförande 2027", "sammankallande i OG", "Leder platsgruppen"
REMARK_CHAIR = re.compile(r"(?i)(?:ordförande|sammankallande|mötesledare|leder|leds\s+av)\b|ordf\.")  # not "vice …"
PERSON_COLUMN = re.compile(r"^(?:namn|name|person|kontaktperson)$")
FUNCTION_COLUMN = re.compile(r"^(?:titel|title|funktion|befattning|roll|tjanst|yrkesroll)$")
# the column of which groups a person sits in, not of who sits in a group
GROUPS_COLUMN = re.compile(r"^(?:(?:ingar|sitter|deltar|medverkar|medlem)\s+i|grupper?|i\s+grupp(?:en|erna)?)$")
REMARK_COLUMN = re.compile(r"^(?:anmarkning|kommentar|notering|uppdrag|roll i gruppen|ovrigt)$")
MEMBERS_COLUMN = re.compile(r"^(?:deltagare|ledamot|ledamoter|medlem|medlemmar)$")  # who, a row each
# a members table's columns beside the functions: the role in the group, and where the member works
ROLE_COLUMN = re.compile(r"^(?:roll|uppdrag|funktion)\s+i\s+(?:gruppen|radet|forumet)$|^roll$")
ORGANISATION_COLUMN = re.compile(r"^(?:part|organisation|verksamhet|forvaltning|fran|myndighet|huvudman)$")
# a mark after a cell that a note under the table explains ("Säkerhetssamordnare *", "Kommunpolis †")
CELL_MARK = re.compile(r"\s+(?P<mark>\*{1,3}|[†‡])$")
# a table's column of terms, a row each ("År", "Period") and such a row's term ("2026", "2026–2027", "HT 2026")
TERM_COLUMN = re.compile(r"ar|kalenderar|verksamhetsar|period|tidsperiod|termin")
TERM_CELL = re.compile(r"(?i)(?:(?:vt|ht|hösten|våren)\s*)?(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?")
# a roster's column of marks for who chairs ("| Funktion | Part | Ordf. |" over "| Kommunchef | Kommunen | X |")
CHAIR_COLUMN = re.compile(r"(?i)ordf(?:\.|örande)?|sammankallande")
# "Bilaga 1. Sommargruppens sammansättning": a heading over the members of the group it names
COMPOSITION_HEADING = re.compile(r"(?i)\b(?P<name>[\wåäö-]{3,}?)s\s+(?:sammansättning|ledamöter|deltagare|medlemmar)\b")
NO_MEMBER_NOTE = re.compile(r"(?i)\b(?:inte|ej)\s+(?:ledamot|medlem|deltagare)\b|^\s*gäst\b")
# a cell that is only "Representant": of the organisation in the row's column beside it
REPRESENTATIVE_CELL = re.compile(r"(?i)(?:en\s+|två\s+)?(?:representant(?:er)?|företrädare)")
TERM_ROLE = re.compile(r"(?i)\b(?:udda|jämna|varannat|växelvis|alternerande)\b|\b\d{4}\b")  # a chair for a term



def _people_columns(cells: list[str]) -> dict[str, int] | None:
    """The columns of a header of people ("| Namn | Titel | Organisation | Ingår i | Anmärkning |"): a person's
    name, function and the groups the person sits in (and a remark, if any); None for any other header."""
    found: dict[str, int] = {}
    for k, cell in enumerate(cells):
        head = fold(cell).strip(" :")
        for what, rx in (("name", PERSON_COLUMN), ("function", FUNCTION_COLUMN), ("groups", GROUPS_COLUMN),
                         ("remark", REMARK_COLUMN)):
            if rx.match(head):
                found.setdefault(what, k)
    return found if {"name", "function", "groups"} <= found.keys() else None


def _function_column(cells: list[str]) -> int | None:
    """The column of functions in a header of one group's members ("| Funktion | Organisation | Ersättare |",
    "| Deltagare | Part | Roll |"): the first column, named for a function, or for those who take part beside
    columns of their organisation and role only; no column of people's names or of groups beside it."""
    heads = [fold(c).strip(" :") for c in cells]
    if len(heads) < 2 or not (FUNCTION_COLUMN.match(heads[0]) or MEMBERS_COLUMN.match(heads[0]) and all(
            ROLE_COLUMN.match(h) or ORGANISATION_COLUMN.match(h) or REMARK_COLUMN.match(h) for h in heads[1:])) \
            or any(PERSON_COLUMN.match(h) or GROUPS_COLUMN.match(h) for h in heads):
        return None
    return 0


def _role_columns(cells: list[str]) -> tuple[int | None, int | None, int | None]:
    """A roster header's column of each one's role in the group ("Roll"), of the organisation each comes from
    ("Part", "Organisation") and of the marks of who chairs ("Ordf.", "Ordförande"), past its first column; None
    where it has none."""
    heads = [fold(c).strip(" :") for c in cells]
    role = next((k for k, h in enumerate(heads) if k and (FUNCTION_COLUMN.match(h) or ROLE_COLUMN.match(h))), None)
    if role is None:  # "Anmärkning": a remark may say who leads or who is no member
        role = next((k for k, h in enumerate(heads) if k and REMARK_COLUMN.match(h)), None)
    where = next((k for k, h in enumerate(heads) if k and ORGANISATION_COLUMN.match(h)), None)
    marks = next((k for k, c in enumerate(cells) if k and CHAIR_COLUMN.fullmatch(c.strip())), None)
    return role, where, marks


def _is_group_header(cells: list[str]) -> bool:
    kinds = [field_of(fold(c)) for c in cells]
    return kinds[:1] == ["name"] and len({k for k in kinds if k}) >= 2


TICKS = {"x", "X", "✓", "✔", "●", "•", "*", "✕", "☒", "■"}  # a cell's mark that someone takes part
# a legend's entry under a matrix ("● = ingår   O = ordförande (ingår)   (●) = kallas vid behov")
LEGEND_ENTRY = re.compile(r"(?:^|(?<=\s))(?P<mark>\(?[^\s=]{1,2}\)?)\s*=\s*(?P<meaning>[a-zåäö][a-zåäö ()-]*?)"
                          r"\s*(?=\s{2,}\S+\s*=|$)")


def _legend(doc) -> dict[str, str]:
    """The document's legend to the marks of a matrix: each mark's role, "chair" (ordförande, leder,
    sammankallande) or "member" (any other part: ingår, sekreterare, kallas vid behov); none for "ingår inte"."""
    out: dict[str, str] = {}
    for line in doc.reading:
        entries = list(LEGEND_ENTRY.finditer(line.strip()))
        if not entries or (len(entries) < 2 and entries[0].group("mark").strip("()") not in TICKS):
            continue  # one "A = B" alone is a definition, not a legend
        for entry in entries:
            meaning = entry.group("meaning")
            if re.search(r"\b(?:inte|ej)\b", meaning):
                continue
            chair = re.search(r"ordförande|\bleder\b|sammankallande", meaning)
            out.setdefault(entry.group("mark"), "chair" if chair else "member")
    return out
