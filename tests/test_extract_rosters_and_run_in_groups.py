"""Members and chairs written in tables, brackets and person entries, groups whose heading runs into their paragraph,
a group made of another's members "utökad med" outside actors, chairs taken in turn or said of each group, and a
document named by its first sentence: readings checked on texts written for these tests."""

from __future__ import annotations

from samverkan.extract.document import Document, read_document
from samverkan.extract.meaning.phrases import member, members
from samverkan.extract.normalise import Normaliser
from samverkan.extract.record import recognise


def _read(text: str, name: str = "x.txt") -> dict:
    return recognise(Document.from_text(name, text, normaliser=Normaliser())).to_plain()


def _groups(text: str, name: str = "x.txt") -> dict:
    return _read(text, name).get("groups", {})


def test_liksom_after_a_comma_adds_a_member():
    assert members("samordnaren, kommunpolisen, liksom fritidsledarna på Nybygården") == [
        "samordnare", "kommunpolis", "fritidsledare"]


def test_a_person_named_after_a_genitive_function_is_listed_by_function():
    assert member("kommunstyrelsens ordförande Maja Exempelsdotter") == "kommunstyrelsens ordförande"
    assert member("vd för Västerby Bostäder") == "vd för Västerby Bostäder"  # a company, no person's name


def test_a_function_compounded_with_a_short_form_is_no_name():
    assert member("BRÅ-samordnaren", prose=True) == "BRÅ-samordnare"


def test_a_function_for_a_school_by_its_name_keeps_the_school():
    assert member("rektorn för Västerbygymnasiet") == "rektor för Västerbygymnasiet"


ENTRIES = """\
Överenskommelse om samverkan i Västerby

Styrgruppen

Styrgruppen beslutar om den gemensamma planen. I styrgruppen ingår:

- kommundirektör (kommunen)
- lokalpolisområdeschef (polisen)
- trygghetsstrateg (kommunen), sekreterare

Operativa gruppen

Den operativa gruppen följer läget. Gruppen består av:

- Maja Exempelsdotter, trygghetsstrateg
- Leo Påhittsson, enhetschef för fältverksamheten
"""


def test_list_items_of_a_person_and_a_role_after_a_comma():
    groups = _groups(ENTRIES)
    assert groups["Styrgruppen"]["members"] == ["kommundirektör", "lokalpolisområdeschef", "trygghetsstrateg"]
    assert groups["Operativa gruppen"]["members"] == ["trygghetsstrateg", "enhetschef för fältverksamheten"]


RUN_IN = """\
Överenskommelse om samverkan i Västerby, Österby och Norrby

Lokala grupper

I varje kommundel finns en lokal grupp. Ordförande i respektive grupp är kommunens trygghetsstrateg. De lokala
grupperna rapporterar till kommunstyrelsen i var och en av de tre kommunerna.

Gruppen Västerby. Här deltar trygghetsstrategen och kommunpolisen, liksom rektorn för Västerbyskolan. Gruppen
möts varje månad.

Gruppen Österby. Trygghetsstrategen, kommunpolisen och kommunens fältassistent ingår, liksom en representant för
Österby Hem. Gruppen möts varannan månad.
"""


def test_a_groups_name_alone_leads_its_paragraph():
    assert _groups(RUN_IN)["Gruppen Västerby"]["members"] == ["trygghetsstrateg", "kommunpolis",
                                                              "rektor för Västerbyskolan"]


def test_members_before_ingar_then_liksom_more():
    assert _groups(RUN_IN)["Gruppen Österby"]["members"] == ["trygghetsstrateg", "kommunpolis", "fältassistent",
                                                             "Österby Hem"]


def test_the_chair_said_for_each_group_before_they_are_named():
    groups = _groups(RUN_IN)
    assert [groups[n].get("chair") for n in ("Gruppen Västerby", "Gruppen Österby")] == ["trygghetsstrateg"] * 2


def test_a_report_to_the_body_each_municipality_has():
    groups = _groups(RUN_IN)
    assert [groups[n].get("reports_to") for n in ("Gruppen Västerby", "Gruppen Österby")] == [["kommunstyrelsen"]] * 2


WIDENED = """\
Överenskommelse om samverkan i Västerby

Ledningsgruppen

Ledningsgruppen består av kommundirektören, lokalpolisområdeschefen och socialchefen. Den möts fyra gånger per år.

Utökad ledningsgrupp

En gång per år hålls ett utökat ledningsmöte, Utökat ledningsforum, med samma sammansättning som
ledningsgruppen, utökad med fastighetsägare och Västerby företagarförening.

Skolgruppen

Rektorerna för kommunens skolor, en kurator från elevhälsoteamet och polisens ungdomsutredare träffas varannan
månad i Skolgruppen. Fritidsgruppen bjuds in vid behov. Enhetschefen för fritidsgruppen leder mötena.
"""


def test_a_group_widened_with_outside_actors_is_a_forum():
    groups = _groups(WIDENED)
    widened = next(g for name, g in groups.items() if name.casefold().startswith("utökat"))
    assert widened["kind"] == "forum"
    assert widened["members"][-2:] == ["fastighetsägare", "Västerby företagarförening"]


def test_a_unit_named_after_a_persons_function_is_no_group():
    school = _groups(WIDENED)["Skolgruppen"]
    assert school["members"][:3] == ["rektor", "kurator från elevhälsoteamet", "ungdomsutredare"]
    assert school["chair"] == "enhetschef för fritidsgruppen"


def test_a_unit_called_in_under_a_groups_heading_takes_part_in_it():
    assert "fritidsgruppen" in _groups(WIDENED)["Skolgruppen"]["members"]


ROSTER = """\
Överenskommelse om samverkan i Västerby

Styrgrupp

Gruppen har följande sammansättning:

Funktion\tOrganisation\tRoll i gruppen
Kommundirektör\tVästerby kommun\tOrdförande
Lokalpolisområdeschef\tLokalpolisområde Västerby\tVice ordförande
Socialchef\tVästerby kommun\tLedamot
Trygghetsstrateg\tVästerby kommun\tSekreterare
Representant\tRäddningstjänsten Västerby\tAdjungeras vid behov

Styrgruppen möts fyra gånger per år.
"""


def _roster(tmp_path) -> dict:
    path = tmp_path / "roster.txt"  # read as a file is: a Word table saved as text, its cells between tabs
    path.write_text(ROSTER, encoding="utf-8")
    return recognise(read_document(path, Normaliser())).to_plain()["groups"]


def test_a_roster_tables_role_column_names_the_chair(tmp_path):
    assert _roster(tmp_path)["Styrgrupp"]["chair"] == "kommundirektör"


def test_a_roster_tables_representative_stands_for_the_organisation_beside_it(tmp_path):
    assert _roster(tmp_path)["Styrgrupp"]["members"][-1] == "Räddningstjänsten Västerby"


PARITY = """\
# Överenskommelse om samverkan i Västerby

### 5.2 Ledningsgruppen

Ledningsgruppen ansvarar för att planen genomförs. Den består av
kommundirektören, lokalpolisområdeschefen och socialchefen.
Trygghetsstrategen är sekreterare och ingår i gruppen. Ordförandeskapet roterar mellan
parterna: kommundirektören leder mötena under udda år och lokalpolisområdeschefen under
jämna år. Ledningsgruppen möts varannan månad.
"""


def test_who_chairs_in_which_years_said_before_the_years():
    assert _groups(PARITY, "x.md")["Ledningsgruppen"]["chair"] == ["kommundirektör", "lokalpolisområdeschef"]


SELF_NAMED = """\
                              SAMVERKANSÖVERENSKOMMELSE

Västerby kommun  KS 2026/00311      Polismyndigheten  A 123.456/2026
Österby kommun  2026-KS-042


Denna överenskommelse om gemensamt arbete mot brott i Västerby och Österby (nedan kallad överenskommelsen)
är träffad mellan de tre parter som anges nedan.

1. PARTER

Västerby kommun, Österby kommun och Polismyndigheten, lokalpolisområde Västerby.
"""


def test_a_first_sentence_that_defines_the_document_names_it():
    assert next(iter(_read(SELF_NAMED)["agreement"])) == \
        "överenskommelse om gemensamt arbete mot brott i Västerby och Österby"


def test_a_letterheads_numbers_beside_their_parties():
    facts = next(iter(_read(SELF_NAMED)["agreement"].values()))
    assert facts["dnr"] == ["KS 2026/00311", "A 123.456/2026", "2026-KS-042"]


VALIDITY = """\
<html><body>
<h1>Samarbete med polisen</h1>
<p>Från den 1 mars 2026 gäller en ny <strong>Lokal samverkansöverenskommelse för Västerby</strong> mellan Västerby
stadsdelsnämnd och Polismyndigheten, lokalpolisområde Västerby. Här berättar vi hur arbetet går till.</p>
<h2>Om överenskommelsen</h2>
<p>Överenskommelsen är tecknad mellan Västerby stadsdelsnämnd och lokalpolisområde Västerby. Den gäller till och
med den 28 februari 2029.</p>
<p>Prioriterade områden under perioden:</p>
<ol><li>Trygghet kring S:t Olofs torg, särskilt kvällstid</li><li>Unga som far illa</li></ol>
</body></html>
"""


def _page(tmp_path) -> dict:
    path = tmp_path / "page.html"
    path.write_text(VALIDITY, encoding="utf-8")
    return recognise(read_document(path, Normaliser())).to_plain()


def test_a_start_said_before_the_agreements_name_and_its_end_in_the_next_section(tmp_path):
    facts = next(iter(_page(tmp_path)["agreement"].values()))
    assert (facts.get("valid_from"), facts.get("valid_to")) == ("2026-03-01", "2029-02-28")


def test_a_colon_inside_a_word_cuts_no_priority(tmp_path):
    assert set(_page(tmp_path)["priority_areas"]) == {"Trygghet kring S:t Olofs torg", "Unga som far illa"}


PLAN = """\
Överenskommelse om samverkan i Västerby

Prioriterade problem

1. Klotter och skadegörelse i centrum
2. Langning av alkohol till unga

Åtgärdsplan

| Problem | Åtgärd | Ansvarig |
|---------|--------|----------|
| Klotter | Snabb sanering | Kommunen |
| Langning | Kontroller vid affärer | Polisen |
"""


def test_a_plan_of_actions_repeats_the_areas_listed_before():
    assert set(_read(PLAN, "x.md")["priority_areas"]) == {"Klotter och skadegörelse i centrum",
                                                          "Langning av alkohol till unga"}
