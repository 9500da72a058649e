"""Extract reads groups by meaning (issue 15): names of any form, members in any sentence or list shape,
chairs, meetings and reporting; each text here was written for this test, none comes from the corpus."""

from __future__ import annotations

import pytest

from samverkan.extract.document import Document
from samverkan.extract.meaning.phrases import member, members
from samverkan.extract.record import recognise


def _groups(text: str) -> dict:
    return recognise(Document.from_text("x.txt", text, None)).to_plain().get("groups", {})


@pytest.mark.parametrize(("written", "listed"), [
    ("biträdande kommundirektören", "biträdande kommundirektör"),  # the head noun, not the first word
    ("de tre rektorerna från Exempelskolorna", "rektor"),  # many people: where they sit is no part
    ("en samordnare från kulturförvaltningen", "samordnare från kulturförvaltningen"),  # one person, told apart
    ("chefen för fritidsavdelningen inom kulturförvaltningen", "chef för fritidsavdelningen"),
    ("handläggare från socialförvaltningen", "socialförvaltningen"),  # case workers stand for their office
    ("ungdomsmottagningen", "ungdomsmottagningen"),  # an organisation keeps its definite form
    ("nämndens sekreterare", "sekreterare"),  # a party's genitive
    ("lokala utvecklare", "lokal utvecklare"),
    ("kommunpolisen som föredragande", "kommunpolis"),
    ("boende", "boende"),  # a participle as a noun stays
])
def test_a_member_as_a_reader_lists_it(written, listed):
    assert member(written) == listed


@pytest.mark.parametrize(("text", "listed"), [
    ("parternas chefer, det vill säga kommundirektören och polisområdeschefen",
     ["kommundirektör", "polisområdeschef"]),
    ("enhetschefen för kultur och fritid samt två fältsekreterare", ["enhetschef för kultur och fritid",
                                                                     "fältsekreterare"]),
    ("rektorerna, Hembolaget, fältassistenterna, samt kommunens säkerhetschef",
     ["rektor", "Hembolaget", "fältassistent", "säkerhetschef"]),
])
def test_a_list_of_members(text, listed):
    assert members(text, prose=False) == listed


LABELLED = """Överenskommelse om trygghet i Norrby

3.1 Ledningsgrupp Norrby
- Deltagare: stadsdelsdirektören, lokalpolisområdeschefen och chefen för fritidsavdelningen
- Ordförande: lokalpolisområdeschefen
- Möten: varannan månad
- Rapporterar till: stadsdelsnämnden

3.2 Samrådsgrupp Skolgatan
  Medlemmar ........ rektorerna, fältassistenterna, Hembolaget
  Sammankallande ... fältassistenternas enhetschef
  Möten ............ en gång per termin och vid behov
"""


def test_labelled_lines_under_a_group_heading():
    groups = _groups(LABELLED)
    lead = groups["Ledningsgrupp Norrby"]
    assert lead["members"] == ["stadsdelsdirektör", "lokalpolisområdeschef", "chef för fritidsavdelningen"]
    assert (lead["chair"], lead["frequency_per_year"], lead["reports_to"]) == (
        "lokalpolisområdeschef", 6, ["stadsdelsnämnden"])
    school = groups["Samrådsgrupp Skolgatan"]  # dotted labels, all in one paragraph
    assert school["members"] == ["rektor", "fältassistent", "Hembolaget"]
    assert (school["chair"], school["frequency_per_year"]) == ("fältassistenternas enhetschef", 2)


PROSE = """Överenskommelse om trygghet i Norrby

3.3 Trygghetsrådet
Kommundirektören och polisområdeschefen bildar tillsammans trygghetsrådet. Kommundirektören och
polisområdeschefen turas om att leda mötena. Rådet sammanträder kvartalsvis.

3.4 Kvällsnätverket
Stadsdelsförvaltningen samordnar ett nätverk där föreningar, företagare och boende deltar. Nätverket träffas
varje månad utom juli och informerar trygghetsrådet om läget.

Uppföljning
Uppföljningen görs av arbetsgruppen för unga, som består av två fältsekreterare och kommunpolisen och
träffas varannan vecka.

Ett ungdomsteam med fältassistenterna och områdespoliserna arbetar på kvällstid. Teamet återrapporterar till
trygghetsrådet.

Under trygghetsrådet finns Trygga gator-gruppen, där nattvandrare och fältassistenter deltar.
"""


def test_groups_in_prose_of_any_shape():
    groups = _groups(PROSE)
    council = groups["Trygghetsrådet"]  # "A och B bildar …", "turas om att leda"
    assert council["members"] == ["kommundirektör", "polisområdeschef"]
    assert council["chair"] == ["kommundirektör", "polisområdeschef"] and council["chair_alternating"] is True
    assert council["frequency_per_year"] == 4
    network = groups["Kvällsnätverket"]  # "ett nätverk" under its heading; a network of outside actors
    assert (network["kind"], network["chair"], network["members"]) == (
        "forum", "stadsdelsförvaltningen", ["förening", "företagare", "boende"])
    # the sentence opens with "Nätverket": what it names later ("trygghetsrådet") does not take it over
    assert (network["frequency_per_year"], network["reports_to"]) == (11, ["Trygghetsrådet"])
    assert "reports_to" not in council and "frequency_per_year" in council
    young = groups["Arbetsgruppen för unga"]  # a relative clause about a group named after a preposition
    assert (young["members"], young["frequency_per_year"]) == (["fältsekreterare", "kommunpolis"], 26)
    team = groups["Ungdomsteam"]  # "ett ungdomsteam med A och B"
    assert (team["members"], team["reports_to"]) == (["fältassistent", "områdespolis"], ["Trygghetsrådet"])
    streets = groups["Trygga gator-gruppen"]  # a hyphenated name with a capitalised word before it
    assert streets["members"] == ["nattvandrare", "fältassistent"]


def test_another_bodys_group_is_a_report_target_not_a_group():
    text = """Överenskommelse om trygghet i Norrby

Styrgruppen består av kommundirektören och polisområdeschefen. Den rapporterar till kommunstyrelsen och till
polisområdets ledningsgrupp. Resultatet redovisas för regionens ledningsgrupp.
"""
    groups = _groups(text)
    assert list(groups) == ["Styrgruppen"]
    assert groups["Styrgruppen"]["reports_to"] == ["kommunstyrelsen", "polisområdets ledningsgrupp"]


def test_a_group_after_its_verb_is_its_object():
    text = """Överenskommelse om trygghet i Norrby

Styrgruppen består av kommundirektören och polisområdeschefen.

Kommunpolisen träffar styrgruppen varje månad. Varje kvartal träffas styrgruppen.
"""
    steering = _groups(text)["Styrgruppen"]
    assert steering["frequency_per_year"] == 4  # not the 12 of "Kommunpolisen träffar styrgruppen varje månad"


TURNED = """# Samverkansavtal Exempelby

## Så styrs arbetet

|                   | Styrgrupp                              | Arbetsgrupp trygghet                 |
|-------------------|----------------------------------------|--------------------------------------|
| Deltagare         | kommundirektören, polisområdeschefen   | kommunpolisen, fältassistenterna     |
| Ordförande        | växelvis kommundirektören och polisområdeschefen | kommunpolisen              |
| Möten             | fyra gånger per år                     | varje vecka                          |
| Återrapportering  | kommunstyrelsen                        | styrgruppen                          |

Beredningsgrupp: säkerhetssamordnaren, kommunpolisen och en rektor. Gruppen träffas varje månad.
"""


def test_a_padded_table_with_one_group_per_column_and_a_group_named_as_a_label():
    groups = recognise(Document.from_text("x.md", TURNED, None)).to_plain()["groups"]
    steering, work = groups["Styrgrupp"], groups["Arbetsgrupp trygghet"]
    assert (steering["members"], steering["chair"], steering["chair_alternating"]) == (
        ["kommundirektör", "polisområdeschef"], ["kommundirektör", "polisområdeschef"], True)
    assert (steering["frequency_per_year"], steering["reports_to"]) == (4, ["kommunstyrelsen"])
    assert (work["members"], work["chair"], work["frequency_per_year"], work["reports_to"]) == (
        ["kommunpolis", "fältassistent"], "kommunpolis", 52, ["Styrgrupp"])
    assert groups["Beredningsgrupp"]["members"] == ["säkerhetssamordnare", "kommunpolis", "rektor"]


WEB = """<html><body>
<nav>Start | Om oss | Kontakt</nav>
<h1>Samverkan för trygghet i Exempelby</h1>
<h2>Organisation</h2>
<table>
<tr><th>Grupp</th><th>Deltagare</th><th>Ordförande</th><th>Möten</th></tr>
<tr><td>Styrgrupp</td><td>Kommundirektör, polisområdeschef</td><td>Kommundirektör</td><td>Fyra gånger per år</td></tr>
<tr><td>Trygghetsteam</td><td>Fältassistenter, områdespoliser</td><td>Kommunpolis</td><td>Varje vecka</td></tr>
</table>
<p><strong>Samverkansgrupp Centrum:</strong> rektorerna, fritidsgårdarna och Hembolaget.</p>
</body></html>
"""


def test_an_html_table_of_groups(tmp_path):
    from samverkan.extract.document import read_document
    from samverkan.extract.normalise import Normaliser

    page = tmp_path / "sida.html"
    page.write_text(WEB, encoding="utf-8")
    groups = recognise(read_document(page, Normaliser())).to_plain()["groups"]
    assert groups["Styrgrupp"]["members"] == ["kommundirektör", "polisområdeschef"]
    assert (groups["Trygghetsteam"]["chair"], groups["Trygghetsteam"]["frequency_per_year"]) == ("kommunpolis", 52)
    assert groups["Samverkansgrupp Centrum"]["members"] == ["rektor", "fritidsgård", "Hembolaget"]


def test_a_group_the_text_puts_outside_the_agreement_is_not_listed():
    text = """Överenskommelse om trygghet i Norrby

Styrgruppen består av kommundirektören och polisområdeschefen och träffas kvartalsvis.

Kommunen har också ett kulturråd som leds av kulturchefen och träffas två gånger per år. Rådet regleras inte
av denna överenskommelse.
"""
    assert list(_groups(text)) == ["Styrgruppen"]


def test_a_secretary_and_labelled_paragraphs_after_the_group_is_named():
    text = """Överenskommelse om trygghet i Norrby

Samverkansrådet leder arbetet.
Deltagare: kommundirektören och polisområdeschefen.
Möten: en gång i månaden, men inte i juli.
Sekreterare i rådet är kommunens säkerhetssamordnare.
"""
    council = _groups(text)["Samverkansrådet"]
    assert council["members"] == ["kommundirektör", "polisområdeschef", "säkerhetssamordnare"]
    assert council["frequency_per_year"] == 11


def test_the_name_column_that_names_a_group():
    text = """Överenskommelse om trygghet i Norrby

Nivå         Forum                 Deltagare                          Möten
Strategisk   Ledningsgrupp Norrby  kommundirektör, polisområdeschef   fyra gånger per år
Operativ     Trygghetsteam Norrby  fältassistenter, områdespoliser    varje vecka
"""
    groups = _groups(text)
    assert sorted(groups) == ["Ledningsgrupp Norrby", "Trygghetsteam Norrby"]
    assert groups["Trygghetsteam Norrby"]["frequency_per_year"] == 52


def test_more_sentence_shapes():
    text = """Överenskommelse om trygghet i Norrby

Strategisk samverkansgrupp
Kommundirektören och polisområdeschefen utgör den strategiska samverkansgruppen. Kommunpolisen deltar som
föredragande. Ordförande i gruppen är polisområdeschefen, och kommundirektören är vice ordförande. Gruppen
rapporterar årligen till ledningen för Polisområde Väst och till den regionala samverkansgruppen för hela länet.

Sommarnätverket
Sommarnätverket, som omfattar även fältassistenterna och bostadsbolaget Hembolaget, träffas inför sommarlovet
och vid behov i övrigt. Där deltar föreningar tillsammans med parterna.
"""
    groups = _groups(text)
    strategic = groups["Strategisk samverkansgrupp"]
    assert strategic["kind"] == "steering"  # the strategic level decides
    assert strategic["members"] == ["kommundirektör", "polisområdeschef", "kommunpolis"]
    assert strategic["chair"] == "polisområdeschef"
    assert strategic["reports_to"] == ["Polisområde Väst", "regionala samverkansgruppen"]
    summer = groups["Sommarnätverket"]
    assert summer["members"][:2] == ["fältassistent", "Hembolaget"] and "part" not in summer["members"]
    assert summer["frequency_per_year"] == 1  # once a year, "inför sommarlovet"; "vid behov" only adds


def test_a_council_of_the_chiefs_is_a_steering_group_a_crime_prevention_council_is_not():
    text = """Överenskommelse om trygghet i Norrby

Samverkansrådet består av kommundirektören och polisområdeschefen och träffas kvartalsvis.

Det brottsförebyggande rådet består av förtroendevalda och representanter för polisen och föreningslivet. Rådet
träffas två gånger per år.
"""
    groups = _groups(text)
    assert groups["Samverkansrådet"]["kind"] == "steering"
    assert next(v for k, v in groups.items() if "rådet" in k and k != "Samverkansrådet")["kind"] == "council"


def test_participles_roles_and_open_forums():
    text = """Lokal samverkansöverenskommelse för Västerby

Arbetet leds av en styrgrupp bestående av stadsdelsdirektören och lokalpolisområdeschefen.

Samverkansgruppen har följande sammansättning:
- fältassistenter
- en representant för Västerbyhem

Sammankallande för samverkansgruppen är trygghetssamordnaren. Gruppen för samordning har kommunpolisen som
ordförande.

Torggruppen är öppen för boende, föreningar och näringsidkare och hålls två gånger per år.
"""
    groups = _groups(text)
    assert groups["Styrgrupp"]["members"] == ["stadsdelsdirektör", "lokalpolisområdeschef"]
    assert groups["Samverkansgruppen"]["members"] == ["fältassistent", "Västerbyhem"]
    assert groups["Samverkansgruppen"]["chair"] == "trygghetssamordnare"
    assert groups["Gruppen för samordning"]["chair"] == "kommunpolis"
    meeting = groups["Torggruppen"]  # open to outside actors: a forum
    assert (meeting["kind"], meeting["members"], meeting["frequency_per_year"]) == (
        "forum", ["boende", "förening", "näringsidkare"], 2)


def test_groups_of_people_the_agreement_is_about_are_no_bodies():
    text = """Överenskommelse om samverkan i Österby

Målgruppen är unga mellan 12 och 18 år, och riskgrupperna består av unga som rekryteras till kriminella
nätverk. Ungdomsgrupper som samlas vid torget ska mötas av vuxna.
"""
    assert _groups(text) == {}


def test_groups_as_the_items_of_a_list_and_their_abbreviations():
    text = """Samverkansavtal mellan Sydby kommun och Lokalpolisområde Sydby

Samverkan sker i tre forum:
- Ledningsgruppen (LG), där kommundirektören och lokalpolisområdeschefen ingår. LG träffas varje kvartal.
- Den taktiska gruppen, som består av säkerhetschefen och kommunpolisen. Gruppen möts varannan månad.
- Områdesgruppen Sydby centrum, där fältassistenter och områdespoliser deltar.

Den taktiska gruppen återrapporterar till LG.
"""
    groups = _groups(text)
    assert groups["Ledningsgruppen"]["members"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert groups["Ledningsgruppen"]["frequency_per_year"] == 4
    tactical = groups["Taktiska gruppen"]
    assert (tactical["members"], tactical["frequency_per_year"], tactical["reports_to"]) == (
        ["säkerhetschef", "kommunpolis"], 6, ["Ledningsgruppen"])
    assert groups["Områdesgruppen Sydby centrum"]["members"] == ["fältassistent", "områdespolis"]


@pytest.mark.parametrize(("text", "meetings"), [
    ("Gruppen träffas fyra gånger årligen.", 4), ("Gruppen träffas var tredje månad.", 4),
    ("Gruppen träffas var sjätte vecka.", 9), ("Rådet möts tre gånger per läsår.", 3),
    ("Gruppen träffas en gång i månaden med undantag för juli.", 11),
    ("Gruppen träffas en gång i månaden, men inte i juli.", 11), ("Gruppen träffas årligen.", 1),
])
def test_meetings_a_year_in_more_wordings(text, meetings):
    from samverkan.extract.meaning.frequency import per_year

    assert per_year(text).value == meetings


def test_a_chair_and_members_in_one_sentence():
    text = """Överenskommelse om samverkan i Nordby

Arbetsgruppen leds av en av kommunpoliserna och består därutöver av fältsekreterare och en fritidsledare.
"""
    work = _groups(text)["Arbetsgruppen"]
    assert (work["chair"], work["members"]) == ("kommunpolis", ["fältsekreterare", "fritidsledare"])


def test_reporting_in_more_wordings():
    text = """Överenskommelse om samverkan i Västby

Styrgruppen består av kommundirektören och polisområdeschefen och är underställd kommunstyrelsen.

Arbetsgruppen består av fältassistenter och områdespoliser. Gruppen avrapporterar löpande till styrgruppen.
"""
    groups = _groups(text)
    assert groups["Styrgruppen"]["reports_to"] == ["kommunstyrelsen"]
    assert groups["Arbetsgruppen"]["reports_to"] == ["Styrgruppen"]


def test_members_in_an_apposition_and_before_a_frequency():
    text = """Överenskommelse om samverkan i Östby

Chefssamrådet, med stadsdelsdirektören, lokalpolisområdeschefen och skolchefen, träffas sex gånger per år.

Trygghetsforum Östby samlar boende, föreningar och polisen två gånger per år.
"""
    groups = _groups(text)
    assert groups["Chefssamrådet"]["members"] == ["stadsdelsdirektör", "lokalpolisområdeschef", "skolchef"]
    forum = groups["Trygghetsforum Östby"]
    assert (forum["members"], forum["frequency_per_year"]) == (["boende", "förening", "polisen"], 2)
