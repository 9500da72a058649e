"""Readings of round f17b: a margin of line numbers, a project plan's header (dot leaders, roles, a named period,
coded points), a group composed as another less some, substitutes beside members, people named for the body they
represent, a web page's group cards and an annex's table of members; each text here was written for this test,
none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.formats import html_text
from samverkan.extract.meaning.phrases import members
from samverkan.extract.numbered import unnumbered
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain

HEAD = "Överenskommelse om trygghet i Norrby\n\n4. ORGANISATION\n\n"


def test_a_margin_of_running_line_numbers_is_read_without():
    lines = [f"{n:>4}  {text}" if text else f"{n:>4}" for n, text in enumerate(
        ["Överenskommelse om trygghet i Norrby", "", "Styrgruppen", "Styrgruppen består av skolchefen och",
         "kommunpolisen. Skolchefen är ordförande.", "", "Gruppen träffas varje månad.", "", "Underskrifter",
         "Norrby den 1 mars 2026", "  – ett indraget tillägg"], 1)]
    out = unnumbered(lines)
    assert out[0] == "Överenskommelse om trygghet i Norrby"
    assert out[1] == ""
    assert out[10] == "  – ett indraget tillägg"  # the text's own indent stays


def test_a_list_numbered_from_one_is_no_margin():
    lines = ["1 kommunpolisen", "2 skolchefen", "3 fritidschefen"] + ["text"] * 10
    assert unnumbered(lines) == lines


def test_a_person_named_for_the_body_he_represents_is_that_body():
    text = HEAD + """4.1 Ungdomsgruppen
Ungdomsgruppen består av fältsekreteraren och kommunpolisen. I gruppen ingår också Per Exempelsson, som
representerar Norrby idrottsförening. Gruppen träffas varje vecka.
"""
    assert _groups(text)["Ungdomsgruppen"]["members"] == ["fältsekreterare", "kommunpolis",
                                                          "Norrby idrottsförening"]


def test_an_owners_representative_is_the_owner():
    assert members("fritidschefen och räddningstjänstens representant") == ["fritidschef", "räddningstjänsten"]


def test_where_members_are_stationed_only_says_which_ones():
    assert members("områdespoliserna med placering i Norrby och kuratorerna") == ["områdespolis", "kurator"]


def test_a_reference_to_an_annex_is_no_member():
    assert members("se bilaga 2.") == []


def test_a_fact_box_keeps_its_term_and_a_dnr_with_a_slash_after_its_letters():
    page = """<html><body><h1>Överenskommelse om trygghet i Norrby</h1>
<aside><ul><li><strong>Gäller:</strong> i två år från och med den 1 maj 2026</li>
<li><strong>Diarienummer:</strong> KS/2026:41</li><li><a href="/">Kontakta oss</a></li></ul></aside>
<p>Norrby kommun och polisen samverkar.</p></body></html>"""
    text = html_text(page)
    assert "Gäller: i två år från och med den 1 maj 2026" in text
    assert "Diarienummer: KS/2026:41" in text
    assert "Kontakta oss" not in text


def test_a_list_item_with_a_dash_of_its_own_has_one_bullet():
    text = html_text("<html><body><ul><li>– kommunchefen</li><li>– skolchefen</li></ul></body></html>")
    assert "- kommunchefen" in text.splitlines()
    assert "- – kommunchefen" not in text


def test_a_bold_word_for_members_on_its_own_line_leads_their_list():
    text = HEAD + """### Styrgruppen

Beslutar om inriktningen.

**Ledamöter**

- skolchefen, som bidrar med skolans bild
- kommunpolisen, som bidrar med polisens bild och leder gruppen

Möten: fyra gånger per år
"""
    group = _groups(text, "x.md")["Styrgruppen"]
    assert group["members"] == ["skolchef", "kommunpolis"]
    assert group["chair"] == "kommunpolis"  # leading, the relative clause's second verb
    assert group["frequency_per_year"] == 4


def test_a_project_plans_header_dot_leaders_named_period_and_roles():
    text = """PROJEKTPLAN

Överenskommelse om trygghet i Norrby

  Projektägare ....... Eva Exempeldotter, skolchef
  Projektledare ...... Olle Låtsasson, säkerhetssamordnare
  Projekttid ......... 2026-03-01 – 2028-02-29
  Diarienummer ....... KS 2026/77

1  PRIORITERADE OMRÅDEN

  P1  Narkotika bland unga
  P2  Trygghet i centrum

2  ORGANISATION

Styrgruppen
Styrgruppen består av projektägaren, projektledaren och kommunpolisen. Projektägaren är ordförande.

3  GILTIGHET

Överenskommelsen gäller under projekttiden.
"""
    plain = _plain(text)
    agreement = next(iter(plain["agreement"].values()))
    assert agreement["valid_from"] == "2026-03-01"
    assert agreement["valid_to"] == "2028-02-29"
    assert agreement["dnr"] in ("KS 2026/77", ["KS 2026/77"])
    assert list(plain["priority_areas"]) == ["Narkotika bland unga", "Trygghet i centrum"]
    group = plain["groups"]["Styrgruppen"]
    assert group["members"] == ["skolchef", "säkerhetssamordnare", "kommunpolis"]
    assert group["chair"] == "skolchef"


def test_members_beside_their_substitutes_under_whence_they_come():
    text = HEAD + """Styrgruppen
Styrgruppen beslutar om inriktningen.

  Från kommunen deltar
    ordinarie:  skolchefen                  ersättare:  biträdande skolchef
    ordinarie:  socialchefen                ersättare:  enhetschefen för IFO
  från polisen
    ordinarie:  kommunpolisen               ersättare:  en områdespolis

Till dem kommer en fältsekreterare. En gång om året bjuds länsstyrelsens handläggare in till ett av mötena.
Handläggaren är gäst och ingår inte i styrgruppen.
"""
    assert _groups(text)["Styrgruppen"]["members"] == ["skolchef", "socialchef", "kommunpolis", "fältsekreterare"]


def test_a_group_left_out_of_the_organisation_under_the_agreement():
    text = HEAD + """Styrgruppen består av skolchefen och kommunpolisen.

En referensgrupp med föreningar lämnar synpunkter en gång per år. Referensgruppen är inte en del av
samverkansorganisationen enligt denna överenskommelse.
"""
    assert set(_groups(text)) == {"Styrgruppen"}


def test_a_group_composed_as_another_less_some_and_with_others_in_their_place():
    text = HEAD + """4.1 Trygghetsrådet
I Trygghetsrådet ingår skolchefen, socialchefen, kommunpolisen och folkhälsostrategen.

4.2 Samverkansgruppen
Samverkansgruppen är sammansatt som Trygghetsrådet, utom skolchefen och socialchefen, vilkas platser tas av
fältsekreteraren och kuratorn.

4.3 Skolgruppen
Skolgruppen har samma ledamöter som Trygghetsrådet, med undantag av socialchefen. Gruppen kompletteras med
rektorerna.

4.4 Kvällsgruppen
Kvällsgruppen utgår från Trygghetsrådet men utan skolchefen; i stället tillkommer nattvandrarna.
"""
    groups = _groups(text)
    assert groups["Samverkansgruppen"]["members"] == ["kommunpolis", "folkhälsostrateg", "fältsekreterare", "kurator"]
    assert groups["Skolgruppen"]["members"] == ["skolchef", "kommunpolis", "folkhälsostrateg", "rektor"]
    assert groups["Kvällsgruppen"]["members"] == ["socialchef", "kommunpolis", "folkhälsostrateg", "nattvandrare"]


def test_a_statutes_paragraphs_and_a_list_of_substitutes():
    text = HEAD + """Ledningsgruppen

3 §  Ledningsgruppen beslutar om insatserna. I den ingår skolchefen och kommunpolisen.

4 §  För varje ledamot utses en ersättare. Ersättarna är
  - för skolchefen: biträdande skolchef,
  - för kommunpolisen: en områdespolis.

5 §  Skolchefen är ordförande. Ledningsgruppen får bjuda in gäster till sina möten.
"""
    group = _groups(text)["Ledningsgruppen"]
    assert group["members"] == ["skolchef", "kommunpolis"]
    assert group["chair"] == "skolchef"


def test_an_annex_table_of_a_groups_members():
    text = HEAD + """### Sommargruppen Norrby

Ledamöter: se bilaga 1.

Möten: varje vecka i juni, juli och augusti

## Bilaga 1. Sommargruppens sammansättning

| Ledamot | Organisation | Anmärkning |
|---|---|---|
| Områdespolis | Lokalpolisområde Norrby | Sammankallande |
| Hamnkapten | Norrby kommun | |
| Tillståndshandläggare | Länsstyrelsen | Gäst en gång, inte ledamot |
"""
    group = _groups(text, "x.md")["Sommargruppen Norrby"]
    assert group["members"] == ["områdespolis", "hamnkapten"]
    assert group["chair"] == "områdespolis"


def test_a_web_tables_row_whose_last_cell_is_empty_is_a_row():
    page = """<html><body><h1>Överenskommelse om trygghet i Norrby</h1>
<h3>Sommargruppen Norrby</h3><p>Ledamöter: se bilaga 1.</p><p>Möten: varje vecka i juni, juli och augusti</p>
<h2>Bilaga 1. Sommargruppens sammansättning</h2>
<table><thead><tr><th>Ledamot</th><th>Organisation</th><th>Anmärkning</th></tr></thead>
<tbody><tr><td>Områdespolis</td><td>Lokalpolisområde Norrby</td><td>Sammankallande</td></tr>
<tr><td>Hamnkapten</td><td>Norrby kommun</td><td></td></tr>
<tr><td>Fältsekreterare</td><td>Norrby kommun</td><td></td></tr></tbody></table></body></html>"""
    group = _groups(html_text(page), "x.md")["Sommargruppen Norrby"]
    assert group["members"] == ["områdespolis", "hamnkapten", "fältsekreterare"]
