"""Extract reads an organisation written as a tree of bullets (a group's name, labels under it, items under the
labels), a Word list's levels, a table's dnr column, a page header's columns and a signature cell with the party
above its signing line. Each reading has its own short text, written for this test with invented places; none
comes from the corpus."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

from samverkan.extract.document import Document
from samverkan.extract.meaning.agreement import dnr, signatories
from samverkan.extract.meaning.groups.words import parenthesised_members
from samverkan.extract.meaning.text import units
from samverkan.extract.word import docx_text
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain

TREE = """# Överenskommelse om samverkan i Åby

## Organisation

- **Ledningsgruppen**
  - Ledamöter:
    - kommunchefen, som är ordförande
    - polischefen
    - skolchefen
  - Mötesregler
    - sex gånger per år
    - rapporterar till kommunstyrelsen
- **Daglig samordning**
  - Deltagare
    - säkerhetssamordnaren
    - kommunpolisen
  - Mötesregler
    - avstämning varje vecka
    - förbereder ledningsgruppens möten
- **Bygdeforum Åby**
  - Deltagare
    - öppet för boende och föreningar i Åby och Berga
    - kommunpolisen och säkerhetssamordnaren deltar alltid
    - adjungerad vid behov: en brandman från räddningstjänsten
  - Mötesregler
    - två gånger per år
    - ingen fast ordförande; mötet leds av den förening som är värd
"""


def test_the_items_under_a_members_label_of_a_tree_are_the_groups_members():
    lead = _groups(TREE)["Ledningsgruppen"]
    assert lead["members"] == ["kommunchef", "polischef", "skolchef"]
    assert lead["chair"] == "kommunchef"
    assert lead["frequency_per_year"] == 6


def test_a_label_over_items_of_its_own_is_no_member():
    for g in _groups(TREE).values():
        assert not {"ledamöter", "deltagare", "mötesregler"} & {m.casefold() for m in g.get("members", [])}


def test_a_name_of_common_words_over_a_list_of_its_members_is_a_group():
    daily = _groups(TREE)["Daglig samordning"]
    assert daily["members"] == ["säkerhetssamordnare", "kommunpolis"]
    assert daily["frequency_per_year"] == 52


def test_a_members_item_says_whom_a_forum_is_open_to_and_who_always_takes_part():
    forum = _groups(TREE)["Bygdeforum Åby"]
    assert set(forum["members"]) == {"boende", "förening", "kommunpolis", "säkerhetssamordnare",
                                     "brandman från räddningstjänsten"}


def test_no_fixed_chair_names_no_chair():
    assert "chair" not in _groups(TREE)["Bygdeforum Åby"]
    text = ("## Bygdeforum Åby\n\nForumet har ingen fast ordförande; mötet leds av den förening som är värd. "
            "Forumet möts två gånger per år.\n")
    assert "chair" not in _groups(text)["Bygdeforum Åby"]


def test_a_dash_role_in_a_members_item_is_the_chair_and_a_member():
    text = "## Ledningsgruppen\n\nLedningsgruppen består av:\n\n- kommunchefen – ordförande\n- polischefen\n"
    lead = _groups(text)["Ledningsgruppen"]
    assert lead["members"] == ["kommunchef", "polischef"] and lead["chair"] == "kommunchef"


def test_an_item_of_a_members_list_says_how_its_member_takes_part():
    text = ("## Bygdeforum Åby\n\nI forumet deltar:\n\n- öppet för boende och föreningar\n"
            "- adjungerad vid behov: en brandman från räddningstjänsten\n"
            "- kommunpolisen och fritidsledaren deltar alltid\n")
    assert set(_groups(text)["Bygdeforum Åby"]["members"]) == {
        "boende", "förening", "brandman från räddningstjänsten", "kommunpolis", "fritidsledare"}


def test_always_after_the_verb_is_no_member():
    text = "## Trygghetsrådet\n\nI rådet deltar alltid kommunchefen och rektorn.\n"
    assert _groups(text)["Trygghetsrådet"]["members"] == ["kommunchef", "rektor"]


def test_a_bracket_that_spells_out_initials_lists_no_members():
    assert parenthesised_members("SSPF Åby (skola, socialtjänst, polis och fritid)") == ("SSPF Åby", None)
    assert parenthesised_members("Styrgrupp (kommunchef, polischef)") == ("Styrgrupp", "kommunchef, polischef")


def _listed(*levels: int) -> bytes:
    """A document whose paragraphs are the items of one numbered list at the given levels."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    body = document.element.body
    for k, level in enumerate(levels):
        body.insert(len(body) - 1, parse_xml(
            f'<w:p {w}><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            f'<w:r><w:t>punkt {k}</w:t></w:r></w:p>'))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_word_list_keeps_its_levels_as_indentation():
    lines = [line for line in docx_text(_listed(0, 1, 2, 1, 0)).splitlines() if line]
    assert lines == ["- punkt 0", "  - punkt 1", "    - punkt 2", "  - punkt 3", "- punkt 4"]


def test_a_tables_diarienummer_column_gives_the_dnr_and_no_party():
    text = ("# Samverkansavtal för Åby\n\nPart | Diarienummer\nÅby kommun | KS 2026/0031\nÅbyhem AB | –\n"
            "Polismyndigheten | A 123.456/2026\n\n## Parter\n\n- Åby kommun\n- Polismyndigheten, lokalpolisområde "
            "Åby\n- Åbyhem AB\n")
    doc = Document.from_text("x.md", text)
    assert dnr(doc)[0] == ["KS 2026/0031", "A 123.456/2026"]
    assert "Diarienummer" not in _plain(text)["parties"]


def test_a_tab_parts_a_page_headers_columns_no_title():
    text = "Åby kommun\t\tSamverkansavtal 2026–2028\n\n# Samverkansavtal för trygghet i Åby\n\nText.\n"
    assert list(_plain(text)["agreement"]) == ["Samverkansavtal för trygghet i Åby"]


def test_a_signature_cells_signer_follows_its_signing_line():
    text = ("## Underskrifter\n\nÅby kommun, Åby den ……… 2026, ______________, Eva Exempel, Kommunstyrelsens "
            "ordförande | Polismyndigheten, Berga den ……… 2026, ______________, Per Påhittad, "
            "Lokalpolisområdeschef\n")
    doc = Document.from_text("x.md", text)
    found = {i.name: i.fields["title"].value for i in signatories(doc, units(doc))}
    assert found == {"Eva Exempel": "kommunstyrelsens ordförande", "Per Påhittad": "lokalpolisområdeschef"}
    text = ("## Underskrifter\n\nFör Åby kommun | För Polismyndigheten\n______________, Eva Exempel, Kommundirektör"
            " | ______________, Per Påhittad, Lokalpolisområdeschef\n")
    doc = Document.from_text("x.md", text)
    assert {i.name for i in signatories(doc, units(doc))} == {"Eva Exempel", "Per Påhittad"}


def test_a_contact_label_in_italics_names_no_signatory():
    text = ("## Underskrifter\n\n| För Åby kommun | För Polismyndigheten |\n|---|---|\n| Eva Exempel | Per Påhittad |\n"
            "| kommundirektör | lokalpolisområdeschef |\n\n*Kontaktperson: Lisa Låtsas, samordnare, Åby kommun.*\n")
    doc = Document.from_text("x.md", text)
    assert "Lisa Låtsas" not in {i.name for i in signatories(doc, units(doc))}
