"""Extract reads groups by meaning (issue 15): names of any form, members in any sentence or list shape,
chairs, meetings and reporting; each text here was written for this test, none comes from the corpus."""

from __future__ import annotations

import pytest

from samverkan.extract.document import Document
from samverkan.extract.meaning.phrases import member, members
from samverkan.extract.record import recognise
from tests.extract_text import groups as _groups


@pytest.mark.parametrize(("written", "listed"), [
    ("biträdande kommundirektören", "biträdande kommundirektör"),  # the head noun, not the first word
    ("de tre rektorerna från Exempelskolorna", "rektor"),  # many people: where they sit is no part
    ("en samordnare från kulturförvaltningen", "samordnare från kulturförvaltningen"),  # one person, told apart
    ("chefen för fritidsavdelningen inom kulturförvaltningen", "chef för fritidsavdelningen"),
    ("handläggare från socialförvaltningen", "socialförvaltningen"),  # case workers stand for their office
    # one person by function and workplace: a unit or a named organisation tells the person apart, the party as a
    # whole (named by what it is) does not
    ("en utredare från miljöförvaltningen", "utredare från miljöförvaltningen"),
    ("en värdinna från Låtsashem", "värdinna från Låtsashem"),
    ("en handläggare från kommunen", "handläggare"),
    ("en gruppchef från lokalpolisområdet", "gruppchef"),
    ("analytiker från polisen", "analytiker"),
    ("en utredare från polisens grova brott", "utredare från polisens grova brott"),
    # a named organisation's genitive before one person's function: the function for it; before many: where
    ("Påhittsbyggens fastighetschef", "fastighetschef för Påhittsbyggen"),
    ("Exempelhus trygghetsansvarige", "trygghetsansvarig för Exempelhus"),
    ("Låtsashems bovärdar", "bovärd"),
    ("Kommunens kultursekreterare", "kultursekreterare"),  # a body by what it is, capitalised where a line starts
    ("Kommunstyrelsens ordförande", "kommunstyrelsens ordförande"),  # an office of a body keeps it
    # the chief of a party as a whole by its kind: the compound the language has; of a unit: "chef för"
    ("chefen för lokalpolisområdet", "lokalpolisområdeschef"),
    ("chefen för miljöförvaltningen", "chef för miljöförvaltningen"),
    ("ungdomsmottagningen", "ungdomsmottagningen"),  # an organisation keeps its definite form
    ("nämndens sekreterare", "sekreterare"),  # a party's genitive
    ("lokala utvecklare", "lokal utvecklare"),
    ("kommunpolisen som föredragande", "kommunpolis"),
    ("boende", "boende"),  # a participle as a noun stays
    ("kulturförvaltningens ungdomsgrupp", "kulturförvaltningens ungdomsgrupp"),  # a unit keeps whose it is
    ("skolornas elevhälsa", "skolornas elevhälsa"),
    ("Nybystads Energi AB", "Nybystads Energi AB"),  # a name, though its first word looks like a city's genitive
    ("ledamöter från de partier som sitter i fullmäktige", "ledamot"),  # where many sit is no part
    ("enhetschefen för familjeomsorgen, Region Exempel", "enhetschef för familjeomsorgen"),  # whose, after a comma
    ("elevhälsans kuratorer", "kurator"),  # a unit's genitive before many people: where they sit
    ("lärarna för mellanstadieskolorna i bostadsområdet", "lärare"),
    ("representanter för kontoren", "kontor"),  # a neuter noun's definite plural: many, each listed alike
    ("förvaltningen", "förvaltningen"),  # a definite singular stays
    ("därutöver större fastighetsägare", "fastighetsägare"),  # an adverb and a size say not who
    ("en ungdomssamordnare per kommun", "ungdomssamordnare"),  # one from each of several places
    ("skolsköterskor från respektive skola", "skolsköterska"),
    ("projektledaren för den aktuella mässan", "projektledare"),  # which one each time is no part
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
    ("bara tre personer – socialchefen, kommunpolisen och rektorn – och de beslutar",  # whom the count was
     ["socialchef", "kommunpolis", "rektor"]),
    ("fältsekreterarna och Åbyhem, det kommunala bostadsbolaget,", ["fältsekreterare", "Åbyhem"]),
    ("kommundirektören, som är ordförande, socialchefen och polischefen", ["kommundirektör", "socialchef",
                                                                          "polischef"]),
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
    # "fritidsgårdarna": the place units as written, as services and units keep their form (corpus README)
    assert groups["Samverkansgrupp Centrum"]["members"] == ["rektor", "fritidsgårdarna", "Hembolaget"]


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


MEETINGS = """Överenskommelse om trygghet i Exempelby

Organisation
Högst upp finns Trygghetsrådet. Kommunchefen sitter i rådet. Det gör också polisområdeschefen. Därtill ingår
socialchefen. Rådet sammanträder tre gånger per år.

Under rådet finns Områdesmötet. Det hålls varannan månad. Dit kommer fältassistenterna och kommunpolisen.
Rektorerna är också kallade, liksom Exempelhem. Frågor som mötet inte kan lösa tas upp i Trygghetsrådet.

Inför varje möte skickar samordnaren ut en dagordning. Ett gemensamt möte med föreningarna hålls en gång per år.
"""


def test_a_named_meeting_is_a_group_and_its_members_come_sentence_by_sentence():
    groups = _groups(MEETINGS)
    assert sorted(groups) == ["Områdesmötet", "Trygghetsrådet"]  # "varje möte", "ett gemensamt möte": no groups
    council = groups["Trygghetsrådet"]  # "X sitter i rådet. Det gör också Y. Därtill ingår Z."
    assert council["members"] == ["kommunchef", "polisområdeschef", "socialchef"]
    meeting = groups["Områdesmötet"]  # "Dit kommer …", "… är också kallade, liksom …", "tas upp i"
    assert meeting["members"] == ["fältassistent", "kommunpolis", "rektor", "Exempelhem"]
    assert (meeting["frequency_per_year"], meeting["reports_to"]) == (6, ["Trygghetsrådet"])


HEADINGS = """Överenskommelse om trygghet i Exempelby

Hur arbetet bedrivs
Ledningsgruppen för trygghet
Kommunchefen och lokalpolisområdeschefen utgör ledningsgruppen för trygghet. De träffas fyra gånger per år.

NTS
Varje vecka hålls ett NTS-möte där fältsekreterarna, kommunpolisen och räddningstjänsten går igenom
helgens händelser. Även Exempelhem är med. Mötet leds av trygghetssamordnaren.

Kontaktvägar
Allmänheten når kommunpolisen via polisens växel, som är öppen dygnet runt.

Rapportering
Organisationen rapporterar enligt följande: NTS och Kontaktvägar rapporterar till ledningsgruppen för
trygghet.
"""


def test_a_heading_with_no_group_word_names_a_group_only_when_the_text_bears_it_out():
    groups = _groups(HEADINGS)
    assert sorted(groups) == ["Ledningsgruppen för trygghet", "NTS"]  # "Kontaktvägar", "Rapportering": no group
    lead = groups["Ledningsgruppen för trygghet"]  # its own heading, straight under the section heading
    assert (lead["members"], lead["frequency_per_year"]) == (["kommunchef", "lokalpolisområdeschef"], 4)
    nts = groups["NTS"]  # "ett NTS-möte där A, B och C går igenom …" is the heading's group
    assert nts["members"] == ["fältsekreterare", "kommunpolis", "räddningstjänsten", "Exempelhem"]
    assert (nts["chair"], nts["frequency_per_year"]) == ("trygghetssamordnare", 52)
    assert nts["reports_to"] == ["Ledningsgruppen för trygghet"]  # after "enligt följande:"


def test_groups_named_one_after_another_share_the_sentence():
    text = """Överenskommelse om trygghet i Exempelby

Styrgruppen består av kommunchefen och lokalpolisområdeschefen.
Arbetsgrupp Centrum består av fältassistenterna och kommunpolisen.
Arbetsgrupp Hamnen består av fritidsledarna och kommunpolisen.
Arbetsgrupp Centrum och Arbetsgrupp Hamnen rapporterar till styrgruppen, som i sin tur rapporterar till
kommunstyrelsen.
"""
    groups = _groups(text)
    assert groups["Arbetsgrupp Centrum"]["reports_to"] == groups["Arbetsgrupp Hamnen"]["reports_to"] == ["Styrgruppen"]
    assert groups["Styrgruppen"]["reports_to"] == ["kommunstyrelsen"]


RULED = """Överenskommelse om trygghet i Exempelby

Organisation

Forum           Deltagare                        Ordförande      Träffas
--------------  -------------------------------  --------------  --------------
Strategiskt     kommunchef                       kommunchef      fyra gånger
samråd          polisområdeschef                                 per år
--------------  -------------------------------  --------------  --------------
Operativt       kommunpolis                      kommunpolis     varannan vecka
möte            enhetschefer från socialtjänsten
                och fritid
--------------  -------------------------------  --------------
Skolforum       rektorer, kommunpolis            rektor
--------------  -------------------------------  --------------  --------------
"""


def test_a_table_with_a_rule_under_every_row_and_a_merged_cell():
    groups = _groups(RULED)
    assert sorted(groups) == ["Operativt möte", "Skolforum", "Strategiskt samråd"]  # names over two lines
    assert groups["Strategiskt samråd"]["frequency_per_year"] == 4
    # a plural function over two places: one function in each
    assert groups["Operativt möte"]["members"] == ["kommunpolis", "enhetschef från socialtjänsten",
                                                   "enhetschef från fritid"]
    assert groups["Skolforum"]["frequency_per_year"] == 26  # no rule under the cell above: it spans this row


def test_an_html_cell_that_spans_rows_belongs_to_each():
    from samverkan.extract.formats import html_text

    markup = """<table><tr><th>Grupp</th><th>Vilka är med</th><th>Leds av</th><th>Hur ofta</th></tr>
<tr><td>Samordningsgruppen</td><td>kommunpolis, fältsekreterare</td><td rowspan="2">samordnaren</td>
<td rowspan="2">varje månad</td></tr>
<tr><td>Nattvandrarnätverket</td><td>föreningar, kommunpolis</td></tr></table>"""
    lines = [line for line in html_text(markup).splitlines() if line.strip()]
    assert lines[-1].split(" | ")[-2:] == ["samordnaren", "varje månad"]
    groups = _groups("Överenskommelse om trygghet i Exempelby\n\n" + "\n\n".join(lines) + "\n")
    network = groups["Nattvandrarnätverket"]
    assert (network["members"], network["frequency_per_year"]) == (["förening", "kommunpolis"], 12)


def test_an_open_meeting_is_a_forum_whatever_sentence_says_so():
    text = """Överenskommelse om trygghet i Exempelby

Kvällsträffen
En gång i månaden hålls Kvällsträffen. Den är öppen för föreningar och näringsidkare i centrum.

Medborgardialog
Medborgardialog hålls vid behov med alla som bor i kommunen och leds av kommunpolisen.

Skolgruppen består av rektorerna och fältassistenterna. Skolgruppen återkopplar till Kvällsträffen.
"""
    groups = _groups(text)
    evening = groups["Kvällsträffen"]  # "öppen för" in the second sentence outweighs the first's default
    assert (evening["kind"], evening["frequency_per_year"]) == ("forum", 12)
    dialogue = groups["Medborgardialog"]
    assert (dialogue["kind"], dialogue["chair"]) == ("forum", "kommunpolis")
    assert "members" not in dialogue  # "alla som bor i kommunen" is nobody in particular
    assert groups["Skolgruppen"]["reports_to"] == ["Kvällsträffen"]  # "återkopplar till"


def test_a_named_gathering_of_outside_actors_is_a_forum_and_tillsammans_med_lists_its_members():
    text = """Överenskommelse om trygghet i Exempelby

§ 5 Nattlivssamverkan Torget
Parterna driver Nattlivssamverkan Torget tillsammans med krögare, ordningsvakter och
tillståndsenheten. Träffar hålls varannan månad. Kommunpolisen är sammankallande.
"""
    group = _groups(text)["Nattlivssamverkan Torget"]
    assert (group["kind"], group["members"]) == ("forum", ["krögare", "ordningsvakt", "tillståndsenheten"])
    assert (group["chair"], group["frequency_per_year"]) == ("kommunpolis", 6)


@pytest.mark.parametrize(("written", "listed"), [
    ("rektorerna för de tre skolorna i Norrby", "rektor"),  # many people at many places: where they sit
    ("rektorerna för mellanstadieskolorna", "rektor"),
    ("enhetschefen för fältsekreterarna", "enhetschef för fältsekreterarna"),  # one chief: what she leads
    ("socialtjänstens enhetschef", "enhetschef"),  # an organisation's genitive before a function
    ("kommunstyrelsens ordförande", "kommunstyrelsens ordförande"),  # a title of its own
    ("räddningstjänstens chef", "räddningstjänstens chef"),  # "chef" alone would name no one
    ("polisen i trygghetsfrågor", "polisen"),
    ("fältassistenter från socialförvaltningens ungdomsenhet", "fältassistent"),
    ("poliser från lokalpolisområde Norrby", "lokalpolisområde Norrby"),  # a name as a whole, not "Norrby"
    ("en företrädare för varje bostadsbolag", "bostadsbolag"),
    ("LPO-chefen", "LPO-chef"),
])
def test_a_member_without_the_seat_of_many(written, listed):
    assert member(written) == listed


def test_a_list_ends_before_the_area_it_is_in_and_keeps_a_group_that_takes_part():
    assert members("boende, butiksägare och hyresvärdar i Norrby och Söderby") == [
        "boende", "butiksägare", "hyresvärd"]
    assert members("kommunpolisen, Norrbyhem och nattvandrargruppen") == [
        "kommunpolis", "Norrbyhem", "nattvandrargruppen"]
    assert members("rektorerna och styrgruppen") == ["rektor"]  # a group word alone is the group itself
    assert members("kommunpolisen samt en representant vardera från socialtjänsten och Svenska kyrkan") == [
        "kommunpolis", "socialtjänsten", "Svenska kyrkan"]


DEFINED = """Överenskommelse om trygghet i Norrby

Organisation
Dessa forum finns för samverkan:

Ledningsgrupp – beslutar om inriktningen. Ledamöter är stadsdirektören och polisområdeschefen.
Ordförandeskapet innehas av stadsdirektören. Gruppen sammanträder fem gånger om året.

Ungdomsnätverket – följer läget bland unga. Deltagare är kommunpolisen, ungdomsmottagningen och
nattvandrargruppen. Leds av kommunpolisen. Ses varje tisdag. Avrapporterar till ledningsgruppen.
"""


def test_a_definition_list_of_groups_and_sentences_without_a_subject():
    groups = _groups(DEFINED)
    assert "Forum för samverkan" not in groups and set(groups) == {"Ledningsgrupp", "Ungdomsnätverket"}
    lead = groups["Ledningsgrupp"]
    assert (lead["members"], lead["chair"], lead["frequency_per_year"]) == (
        ["stadsdirektör", "polisområdeschef"], "stadsdirektör", 5)
    young = groups["Ungdomsnätverket"]  # "Deltagare är …": the group in the list is a member, not the subject
    assert young["members"] == ["kommunpolis", "ungdomsmottagningen", "nattvandrargruppen"]
    assert (young["chair"], young["frequency_per_year"], young["reports_to"]) == (
        "kommunpolis", 52, ["Ledningsgrupp"])


BY_REFERENCE = """Överenskommelse om trygghet i Norrby

Det uppsökande arbetet i Norrby sköts av Norrbyteamet. I teamet arbetar kommunpolisen, två
fältassistenter och Norrbyhem. Teamet har avstämning varannan torsdag.

I Söderby finns Söderbyteamet, sammansatt på samma sätt som teamet i Norrby men med Söderbyhem i stället
för Norrbyhem. Ärenden som teamet inte kan lösa eskaleras till styrgruppen.

Styrgruppen består av stadsdirektören och polisområdeschefen och lämnar en årlig rapport till
kommunstyrelsen.
"""


def test_members_by_reference_the_agent_of_a_passive_and_escalation():
    groups = _groups(BY_REFERENCE)
    north = groups["Norrbyteamet"]  # "sköts av Norrbyteamet. I teamet arbetar …"
    assert (north["members"], north["frequency_per_year"]) == (["kommunpolis", "fältassistent", "Norrbyhem"], 26)
    south = groups["Söderbyteamet"]
    assert south["members"] == ["kommunpolis", "fältassistent", "Söderbyhem"]
    assert south["reports_to"] == ["Styrgruppen"]  # "eskaleras till"
    assert groups["Styrgruppen"]["reports_to"] == ["kommunstyrelsen"]  # "lämnar en årlig rapport till"


MERGED_HEADER = """# Samverkansavtal Exempelby

| Forum | Sammansättning | | Möten | |
|---|---|---|---|---|
| | Deltagare | Ordförande | Hur ofta | Rapporterar till |
| Styrgrupp Exempelby | kommundirektör, polisområdeschef | kommundirektör | sex gånger per år | kommunstyrelsen |
"""


def test_a_table_whose_column_names_stand_under_merged_header_cells():
    group = _groups(MERGED_HEADER)["Styrgrupp Exempelby"]
    assert (group["members"], group["chair"], group["frequency_per_year"], group["reports_to"]) == (
        ["kommundirektör", "polisområdeschef"], "kommundirektör", 6, ["kommunstyrelsen"])


@pytest.mark.parametrize(("text", "per_year"), [
    ("Gruppen ses varje onsdag.", 52),
    ("Gruppen ses varannan måndag.", 26),
    ("Gruppen träffas inför varje ny termin.", 2),
    ("Nätverket träffas inför påsklovet, inför sommarlovet och inför höstlovet.", 3),
    ("Gruppen träffas var sjätte vecka.", 9),
    ("Rådet sammanträder tertialvis.", 3),
])
def test_meetings_a_year_by_weekday_term_occasion_and_nth_week(text, per_year):
    from samverkan.extract.meaning.frequency import per_year as read

    assert read(text).value == per_year


MORE_WORDINGS = """Överenskommelse om trygghet i Norrby

Styrgruppen består av stadsdirektören och polisområdeschefen, som leder gruppen växelvis ett år i taget.
Styrgruppen svarar inför kommunstyrelsen.

Skolrådet
Representerade i rådet är rektorerna för de fyra skolorna i Norrby, kommunpolisen i lokalpolisområde Norrby och
elevhälsan. Kommunpolisen håller i mötena. Rådet träffas en gång i månaden under läsåret, det vill säga nio
gånger per år.

Samverkansgruppen
I gruppen finns representanter från socialförvaltningen och Norrbyhem. Återrapportering sker till
styrgruppen.
"""


def test_chairs_members_and_meetings_in_still_other_wordings():
    groups = _groups(MORE_WORDINGS)
    steering = groups["Styrgruppen"]  # "A och B, som leder gruppen växelvis"
    assert steering["chair"] == ["stadsdirektör", "polisområdeschef"] and steering["chair_alternating"] is True
    assert steering["reports_to"] == ["kommunstyrelsen"]  # "svarar inför"
    school = groups["Skolrådet"]  # "Representerade i rådet är …"; the seats of many; the party's own area
    assert school["members"] == ["rektor", "kommunpolis", "elevhälsan"]
    assert (school["chair"], school["frequency_per_year"]) == ("kommunpolis", 9)  # the restated count
    joint = groups["Samverkansgruppen"]
    assert joint["members"] == ["socialförvaltningen", "Norrbyhem"]
    assert joint["reports_to"] == ["Styrgruppen"]  # "Återrapportering sker till"


def test_line_breaks_inside_an_html_cell_part_its_items_not_the_row():
    from samverkan.extract.formats import html_text

    markup = """<table><tr><th>Grupp</th><th>Deltagare</th><th>Möten</th></tr>
<tr><td>Trygghetsgruppen</td><td>kommunpolisen<br>fältassistenterna<br/>Norrbyhem</td><td>varje månad</td></tr>
<tr><td>Skolgruppen</td><td><p>rektorerna</p><p>skolsköterskorna</p></td><td>varannan månad</td></tr></table>"""
    lines = [line for line in html_text(markup).splitlines() if line.strip()]
    assert len(lines) == 3
    groups = _groups("Överenskommelse om trygghet i Exempelby\n\n" + "\n\n".join(lines) + "\n")
    assert groups["Trygghetsgruppen"]["members"] == ["kommunpolis", "fältassistent", "Norrbyhem"]
    assert (groups["Skolgruppen"]["members"], groups["Skolgruppen"]["frequency_per_year"]) == (
        ["rektor", "skolsköterska"], 6)


QUESTIONS = """# Samverkansavtal Exempelby

## Vilka är med?

- Ledningsgruppen: kommundirektören, lokalpolisområdeschefen och socialchefen.
- Trygghetsgruppen Centrum: kommunpolisen, fältassistenterna och Centrumhem.

## Vem leder?

- Ledningsgruppen: kommundirektören.
- Trygghetsgruppen Centrum: kommunpolisen.

## Hur ofta ses vi?

- Ledningsgruppen: fyra gånger per år.
- Trygghetsgruppen Centrum: varannan vecka.
"""


def test_facts_of_each_group_under_headings_that_name_the_field():
    groups = _groups(QUESTIONS)
    lead, centre = groups["Ledningsgruppen"], groups["Trygghetsgruppen Centrum"]
    assert (lead["members"], lead["chair"], lead["frequency_per_year"]) == (
        ["kommundirektör", "lokalpolisområdeschef", "socialchef"], "kommundirektör", 4)
    assert (centre["members"], centre["chair"], centre["frequency_per_year"]) == (
        ["kommunpolis", "fältassistent", "Centrumhem"], "kommunpolis", 26)


def test_a_sentence_for_a_name_a_coordinating_function_and_a_pronoun_about_no_group():
    text = """Överenskommelse om samverkan i Exempelby

Organisation

Samverkansgrupp Norr. Här ingår kommunpolisen, fältassistenterna och Norrbyhem.

Kommunen har gett stadsbyggnadskontoret ansvar för belysningen. Den ses över varje år.

Kommunen har inrättat en samordningsfunktion för det brottsförebyggande arbetet. Den består av
trygghetssamordnaren och en analytiker och rapporterar till kommundirektören.
"""
    groups = _groups(text)
    north = groups["Samverkansgrupp Norr"]  # "Den ses över varje år" is about the lighting, not the group
    assert north["members"] == ["kommunpolis", "fältassistent", "Norrbyhem"] and "frequency_per_year" not in north
    function = groups["Samordningsfunktion"]
    assert (function["kind"], function["members"]) == ("coordinators", ["trygghetssamordnare", "analytiker"])


def test_a_chair_in_brackets_members_by_party_and_a_table_of_meeting_forms():
    text = """Överenskommelse om samverkan i Exempelby

Styrgrupp
Styrgruppen består av:
- kommundirektören (ordförande)
- lokalpolisområdeschefen
- trygghetssamordnaren (sekreterare)

Samverkansgrupp
I samverkansgruppen ingår från kommunen: fältassistenterna och fritidsledarna; från polisen:
kommunpolisen och områdespoliserna.

Mötesform        Deltagande funktioner              Frekvens
Nattforum        krögare, ordningsvakter            två gånger per år
"""
    groups = _groups(text)
    steering = groups["Styrgrupp"]
    assert (steering["chair"], steering["members"]) == (
        "kommundirektör", ["kommundirektör", "lokalpolisområdeschef", "trygghetssamordnare"])
    assert groups["Samverkansgrupp"]["members"] == ["fältassistent", "fritidsledare", "kommunpolis", "områdespolis"]
    assert (groups["Nattforum"]["members"], groups["Nattforum"]["frequency_per_year"]) == (
        ["krögare", "ordningsvakt"], 2)


def test_a_group_named_in_the_genitive_or_a_fronted_phrase_and_a_jointly_led_council():
    text = """Överenskommelse om samverkan i Exempelby

Så är samverkan organiserad
Kommunen och polisen har en gemensam styrgrupp. Styrgruppens ordförande är kommundirektören.
Styrgruppens ledamöter är kommundirektören, lokalpolisområdeschefen och skolchefen. Till
styrgruppen adjungeras vid behov räddningschefen. Styrgruppen sammanträder varannan månad.

Ett operativt råd leds gemensamt av kommunpolisen och trygghetssamordnaren. Rådet möts en gång i veckan.
"""
    groups = _groups(text)
    steering = next(g for name, g in groups.items() if "styrgrupp" in name.casefold())
    assert (steering["chair"], steering["frequency_per_year"]) == ("kommundirektör", 6)
    assert steering["members"] == ["kommundirektör", "lokalpolisområdeschef", "skolchef", "räddningschef"]
    council = next(g for name, g in groups.items() if "råd" in name.casefold())
    assert (council["chair"], council["frequency_per_year"]) == (["kommunpolis", "trygghetssamordnare"], 52)


def test_groups_as_items_of_a_list_and_a_chair_alternating_between_the_two_members():
    text = """Överenskommelse om samverkan i Exempelby

Samverkan sker i följande grupper:
- Styrgruppen, med kommundirektören och lokalpolisområdeschefen, träffas fyra gånger per år och leds växelvis
  av dem.
- Samverkansgrupp Norr: kommunpolisen, fältassistenterna och Norrbyhem; träffas varje månad; leds av
  kommunpolisen; rapporterar till styrgruppen.
"""
    groups = _groups(text)
    assert set(groups) == {"Styrgruppen", "Samverkansgrupp Norr"}  # "följande grupper" names none
    steering = groups["Styrgruppen"]
    assert steering["chair"] == ["kommundirektör", "lokalpolisområdeschef"] and steering["chair_alternating"]
    north = groups["Samverkansgrupp Norr"]
    assert (north["members"], north["chair"], north["frequency_per_year"], north["reports_to"]) == (
        ["kommunpolis", "fältassistent", "Norrbyhem"], "kommunpolis", 12, ["Styrgruppen"])


def test_an_html_table_with_an_empty_corner_and_header_cells_over_two_columns():
    from samverkan.extract.formats import html_text

    markup = """<h2>Organisation</h2><table>
<tr><th></th><th>Styrgrupp</th><th>Arbetsgrupp Norr</th></tr>
<tr><td>Deltagare</td><td>kommundirektör, polisområdeschef</td><td>kommunpolis, fältassistenter</td></tr>
<tr><td>Möten</td><td>fyra gånger per år</td><td>varje vecka</td></tr></table>
<h2>Forum</h2><table>
<tr><th rowspan="2">Forum</th><th colspan="2">Sammansättning</th><th colspan="2">Mötesformer</th></tr>
<tr><th>Deltagare</th><th>Ordförande</th><th>Hur ofta</th><th>Rapporterar till</th></tr>
<tr><td>Trygghetsforum</td><td>boende, föreningar</td><td>kommunpolis</td><td>två gånger per år</td>
<td>Styrgrupp</td></tr></table>"""
    groups = _groups("Överenskommelse om trygghet i Exempelby\n\n" + html_text(markup))
    assert (groups["Styrgrupp"]["members"], groups["Styrgrupp"]["frequency_per_year"]) == (
        ["kommundirektör", "polisområdeschef"], 4)  # the corner cell keeps the columns in place
    assert (groups["Arbetsgrupp Norr"]["members"], groups["Arbetsgrupp Norr"]["frequency_per_year"]) == (
        ["kommunpolis", "fältassistent"], 52)
    forum = groups["Trygghetsforum"]
    assert (forum["chair"], forum["frequency_per_year"], forum["reports_to"]) == ("kommunpolis", 2, ["Styrgrupp"])


def test_paragraphs_inside_a_word_table_cell_are_its_items():
    import io

    import docx

    from samverkan.extract.word import docx_text

    document = docx.Document()
    document.add_paragraph("Överenskommelse om trygghet i Exempelby")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Grupp", "Deltagare", "Möten"], strict=True):
        cell.text = text
    row = table.rows[1].cells
    row[0].text = "Trygghetsgruppen"
    row[1].text = "kommunpolisen"
    row[1].add_paragraph("fältassistenterna")
    row[1].add_paragraph("Norrbyhem")
    row[2].text = "varje månad"
    buffer = io.BytesIO()
    document.save(buffer)
    group = _groups(docx_text(buffer.getvalue()))["Trygghetsgruppen"]
    assert (group["members"], group["frequency_per_year"]) == (["kommunpolis", "fältassistent", "Norrbyhem"], 12)


def test_an_empty_word_table_cell_keeps_the_columns_in_place():
    import io

    import docx

    from samverkan.extract.word import docx_text

    document = docx.Document()
    document.add_paragraph("Överenskommelse om trygghet i Exempelby")
    table = document.add_table(rows=3, cols=4)
    rows = [["Grupp", "Deltagare", "Ordförande", "Möten"],
            ["Trygghetsgruppen", "kommunpolisen, fältassistenterna", "", "varannan vecka"],  # no chair
            ["Skolgruppen", "rektorerna", "rektorerna", "rektorerna"]]  # equal neighbours, no merged cell
    for row, values in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    text = docx_text(buffer.getvalue())
    assert "Trygghetsgruppen | kommunpolisen, fältassistenterna |  | varannan vecka" in text.splitlines()
    assert "Skolgruppen | rektorerna | rektorerna | rektorerna" in text.splitlines()
    group = _groups(text)["Trygghetsgruppen"]
    assert (group["members"], group["frequency_per_year"]) == (["kommunpolis", "fältassistent"], 26)
    assert "chair" not in group  # the meetings did not move into the chair's column


PROSE_MORE = """Överenskommelse om samverkan i Exempelby

Styrning
Arbetet styrs av en ledningsgrupp med representanter för båda parterna. Från kommunen deltar
kommundirektören och socialdirektören, från polisen lokalpolisområdeschefen. Gruppen möts
kvartalsvis. Kommundirektören är ordförande och lokalpolisområdeschefen vice ordförande.

Det operativa arbetet samordnas i Trygghetsgruppen, där kommunens trygghetssamordnare och
kommunpolisen är sammankallande. Övriga deltagare är fältassistenter och Exempelhem. Frågor som
kräver beslut tas vidare till ledningsgruppen.

Varje termin bjuder parterna in till ett öppet trygghetsmöte för boende i Norrby. Mötet leds av
områdespolisen.

Nätverket för unga ses en gång i månaden. I nätverket ingår fritidsgårdarna och ungdomsmottagningen.
"""


def test_members_by_party_joint_conveners_and_a_meeting_that_is_no_group():
    groups = _groups(PROSE_MORE)
    lead = groups["Ledningsgrupp"]  # "båda parterna" is no member; "från polisen X" is X
    assert (lead["members"], lead["chair"]) == (
        ["kommundirektör", "socialdirektör", "lokalpolisområdeschef"], "kommundirektör")
    safety = groups["Trygghetsgruppen"]  # "…, där A och B är sammankallande. Övriga deltagare är …"
    assert safety["chair"] == ["trygghetssamordnare", "kommunpolis"]  # not the open meeting's områdespolis
    assert safety["members"] == ["trygghetssamordnare", "kommunpolis", "fältassistent", "Exempelhem"]
    assert safety["reports_to"] == ["Ledningsgrupp"]  # "tas vidare till"
    assert groups["Nätverket för unga"]["frequency_per_year"] == 12  # the name ends before its verb


def test_levels_a_group_after_finns_a_genitive_plural_in_a_list_and_a_group_that_prepares_for_another():
    text = """Överenskommelse om samverkan i Exempelby

Strategisk nivå
På strategisk nivå finns ledningsgruppen. Där ingår kommundirektören och polisområdeschefen.

Taktisk nivå
Den taktiska gruppen består av säkerhetschefen, skolornas kuratorer och kommunpolisen och
förbereder ledningsgruppens möten.
"""
    groups = _groups(text)
    lead = next(g for name, g in groups.items() if name.casefold() == "ledningsgruppen")
    assert lead["members"] == ["kommundirektör", "polisområdeschef"]
    tactical = next(g for name, g in groups.items() if "taktisk" in name.casefold())
    assert tactical["members"] == ["säkerhetschef", "kurator", "kommunpolis"]  # "skolornas" is no verb
    assert tactical["kind"] == "preparation" and tactical["reports_to"] == ["Ledningsgruppen"]


def test_a_section_heading_is_no_group_and_its_sentences_go_on_with_the_paragraphs_group():
    text = """Överenskommelse om samverkan i Exempelby

4 ORGANISATION

Ledningsgruppen består av stadsdirektören, NBAB:s verkställande direktör och polisområdeschefen.
Stadsdirektören är ordförande. Ledningsgruppen sammanträder fyra gånger per år.

Arbetsgruppen leds av kommunens trygghetssamordnare och består i övrigt av kommunpolisen och
fältassistenterna.

5 Giltighet och uppföljning
Parterna stämmer av arbetet varje år och redovisar resultatet för kommunstyrelsen.
"""
    groups = _groups(text)
    assert set(groups) == {"Ledningsgruppen", "Arbetsgruppen"}
    lead = groups["Ledningsgruppen"]
    assert lead["members"] == ["stadsdirektör", "verkställande direktör", "polisområdeschef"]
    assert lead["chair"] == "stadsdirektör"  # the paragraph's group, not the heading "ORGANISATION"
    assert groups["Arbetsgruppen"]["members"] == ["trygghetssamordnare", "kommunpolis", "fältassistent"]


CHART = """Överenskommelse om samverkan i Exempelby

Organisation

Styrgrupp (kommundirektör, lokalpolisområdeschef)
├── Samordningsgrupp (trygghetssamordnare, kommunpolis)
│   ├── Arbetsgrupp skola
│   └── Arbetsgrupp centrum
└── Brottsförebyggande rådet

Styrgruppen träffas fyra gånger per år. Samordningsgruppen träffas varje vecka och rapporterar till
styrgruppen. Arbetsgrupp skola består av rektorerna och skolpolisen och träffas en gång per månad.
Arbetsgrupp centrum består av kommunpolisen och Centrumhem.
"""


def test_an_organisation_chart_drawn_as_text_names_its_groups_and_their_members():
    groups = _groups(CHART)
    assert groups["Styrgrupp"]["members"] == ["kommundirektör", "lokalpolisområdeschef"]  # the name without brackets
    assert groups["Samordningsgrupp"]["members"] == ["trygghetssamordnare", "kommunpolis"]
    assert groups["Samordningsgrupp"]["reports_to"] == ["Styrgrupp"]
    school, centre = groups["Arbetsgrupp skola"], groups["Arbetsgrupp centrum"]  # two groups, not one
    assert (school["members"], school["frequency_per_year"]) == (["rektor", "skolpolis"], 12)
    assert centre["members"] == ["kommunpolis", "Centrumhem"]


def test_english_labels_in_a_mixed_document():
    text = """# Samverkansavtal Exempelby

## Governance / Styrning

### Steering group / Styrgrupp
- Members: kommundirektören, lokalpolisområdeschefen
- Chair: kommundirektören
- Meetings: fyra gånger per år
- Reports to: kommunstyrelsen
"""
    group = _groups(text)["Styrgrupp"]
    assert (group["members"], group["chair"], group["frequency_per_year"], group["reports_to"]) == (
        ["kommundirektör", "lokalpolisområdeschef"], "kommundirektör", 4, ["kommunstyrelsen"])


@pytest.mark.parametrize(("name", "kind"), [
    ("Chefsgruppen", "steering"), ("Ledningsrådet", "steering"), ("Lokalt ledningsforum", "steering"),
    ("Taktisk grupp", "preparation"), ("Brottsförebyggande rådet", "council"), ("Operativ grupp", "working"),
    ("Rådet för trygghet", "council"), ("Grupp för råd och stöd", "working"),  # the noun before its phrase
])
def test_the_kind_a_groups_name_tells(name, kind):
    from samverkan.extract.meaning.phrases import group_kind

    assert group_kind(name) == kind


def test_parts_of_a_party_in_brackets_and_a_chair_alternating_between_the_parties():
    text = """Överenskommelse om samverkan i Exempelby

Samverkansgruppen består av representanter från kommunen (socialtjänst, skola och fritid) och polisen.

Ledningsgruppen, som utgörs av kommundirektören och lokalpolisområdeschefen, sammanträder två gånger per
termin. Ordförandeskapet alternerar årsvis mellan kommunen och polisen.

Till varje möte kallas även en representant för Räddningstjänsten Syd.
"""
    groups = _groups(text)
    assert groups["Samverkansgruppen"]["members"] == ["socialtjänst", "skola", "fritid", "polisen"]
    lead = groups["Ledningsgruppen"]  # "varje möte" is no group the sentence is about
    assert lead["members"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert lead["chair"] == ["kommundirektör", "lokalpolisområdeschef"] and lead["chair_alternating"] is True


@pytest.mark.parametrize(("written", "listed"), [
    ("Region Gotlands verksamhetschef för vuxenpsykiatrin", "verksamhetschef för vuxenpsykiatrin"),  # a name's
    ("Exempelhems trygghetsvärd", "trygghetsvärd för Exempelhem"),  # genitive before a function says whose;
    # one person of a name's is listed with it (tests/corpus/README.md)
    ("ABCD:s verkställande direktör", "verkställande direktör"),
    ("Region Exempel läns samordnare för suicidprevention", "samordnare för suicidprevention"),
    ("fältgruppens samordnare", "fältgruppens samordnare"),  # a unit's genitive tells the function apart
    ("ordföranden i Exempelby Företagarförening", "ordförande i Exempelby Företagarförening"),
    ("en kurator från varje gymnasieskola", "kurator"),  # one at each of many places
    ("rektorerna för stadens grundskolor", "rektor"),
])
def test_a_function_without_its_owner(written, listed):
    assert member(written) == listed


def test_a_word_for_people_names_a_body_only_where_it_acts_as_one():
    about = ("Avtal om trygghet\n\nLägesbild\nUngdomsgruppen 13–16 år står för en stor del av skadegörelsen. "
             "Målgruppen består av unga mellan 12 och 18 år.\n\n")
    assert _groups(about) == {}
    body = about + ("Organisation\nUngdomsgruppen består av fritidschefen, kommunpolisen och en fältassistent. "
                    "Gruppen träffas varannan vecka.\n")
    groups = _groups(body)
    assert list(groups) == ["Ungdomsgruppen"]
    assert groups["Ungdomsgruppen"]["members"] == ["fritidschef", "kommunpolis", "fältassistent"]
    assert groups["Ungdomsgruppen"]["frequency_per_year"] == 26


def test_a_chair_named_in_words_is_the_function():
    groups = _groups("Avtal om samverkan\n\n3. Styrgrupp\nStyrgruppen består av förvaltningschefen och "
                     "polisområdeschefen. Ordförande är förvaltningschefen. Styrgruppen möts sex gånger per år.\n\n"
                     "4. Arbetsgrupp\nArbetsgruppen består av två fältassistenter och kommunpolisen. Kommunpolisen "
                     "är ordförande.\n")
    assert groups["Styrgrupp"]["chair"] == "förvaltningschef"
    assert groups["Arbetsgrupp"]["chair"] == "kommunpolis"


def test_a_heading_with_a_short_form_names_a_group_without_a_group_word():
    groups = _groups("Avtal om samverkan\n\nGemensam lägesbild (GLB)\nGLB möts varje vecka och består av "
                     "kommunpolisen, säkerhetssamordnaren och räddningstjänsten. Mötet leds av kommunpolisen.\n")
    g = groups["Gemensam lägesbild"]
    assert g["members"] == ["kommunpolis", "säkerhetssamordnare", "räddningstjänsten"]
    assert g["chair"] == "kommunpolis"
    assert g["frequency_per_year"] == 52
    assert g["kind"] == "working"  # coordinating by no name, and with others than the coordinators


def test_bodies_placed_in_a_forum_and_a_forum_open_to_outside_actors():
    groups = _groups("Avtal om samverkan\n\nInledning\nÄven Exempelregionen och Kustbevakningen deltar i "
                     "dialogforumet, utan att vara parter.\n\nDialogforum\nTre gånger per år bjuder parterna in "
                     "till ett dialogforum. Forumet är öppet för föreningar och företagare.\n")
    g = groups["Dialogforum"]  # the heading names it whole
    assert g["members"] == ["Exempelregionen", "Kustbevakningen", "förening", "företagare"]
    assert g["frequency_per_year"] == 3
    assert g["kind"] == "forum"


def test_who_is_chair_says_more_than_who_leads_and_a_seasons_weeks():
    groups = _groups("Avtal om samverkan\n\nLedning\nFörvaltningen och polisen leder arbetet gemensamt i en "
                     "styrgrupp. Styrgruppen består av förvaltningschefen och polisområdeschefen. Ordförande för "
                     "styrgruppen är polisområdeschefen. Den möts varannan vecka från maj till och med augusti.\n")
    g = groups["Styrgruppen"]
    assert g["chair"] == "polisområdeschef"
    assert g["frequency_per_year"] == 9  # 26 a year for four months of twelve


def test_a_compound_with_a_linking_vowel_and_monthly_meetings_over_a_school_year():
    groups = _groups("Avtal om samverkan\n\nSkolgruppen\nSkolgruppen består av kulturskolechefen och "
                     "kommunpolisen. Den träffas en gång i månaden under läsåret.\n")
    g = groups["Skolgruppen"]
    assert g["members"] == ["kulturskolechef", "kommunpolis"]  # "kulturskola" with the linking "e"
    assert g["frequency_per_year"] == 10


def test_a_pipe_table_row_without_a_name_goes_on_with_the_row_above():
    text = """# Samverkansavtal Exempelby

## Organisation

| Forum | Vilka deltar | Ordf. | Träffas |
|-------|--------------|-------|---------|
| Styrgrupp | kommundirektör, lokalpolis- | kommundirektör | 4 ggr/år |
| | områdeschef, socialchef | | |
| Trygghetsteam | kommunpolis | – | varannan vecka |
| | fältassistenter | | |
"""
    groups = _groups(text)
    assert sorted(groups) == ["Styrgrupp", "Trygghetsteam"]
    assert (groups["Styrgrupp"]["members"], groups["Styrgrupp"]["chair"]) == (
        ["kommundirektör", "lokalpolisområdeschef", "socialchef"], "kommundirektör")  # "Ordf." is the chair
    team = groups["Trygghetsteam"]
    assert (team["members"], team["frequency_per_year"]) == (["kommunpolis", "fältassistent"], 26)
    assert "chair" not in team  # its cell with a dash is empty


# --- groups described the ways outsiders, outlines, glossaries and summaries describe them (issue 15) ---------

OUTSIDER = """Samverkan i Exby

Organisation

Den strategiska nivån utgörs av Trygghetsrådet. Där möts kommunchefen och polischefen; sedan 2023 deltar även
räddningschefen. De träffas sex gånger om året och kommunchefen håller i ordförandeklubban. Rådet redovisar för
kommunstyrelsen.

Under rådet finns en beredande grupp som i kommunens papper kallas PG. Den ger underlag till Trygghetsrådet. Från
kommunen deltar den lokala samordnaren, från polisen kommunpolisen. Samordnaren kallar till mötena, som hålls
varannan månad.

Det operativa arbetet samordnas i Fredagsmötet. Mötet hålls varje fredag. Dit kommer fältassistenterna och
kommunpolisen, och när det behövs också Exbyhems bovärdar. Det är kommunpolisen som leder mötet.
"""


def test_an_outsiders_paragraph_per_forum():
    groups = _groups(OUTSIDER)
    council = groups["Trygghetsrådet"]
    assert council["members"] == ["kommunchef", "polischef", "räddningschef"]  # the clause after ";" too
    assert council["chair"] == "kommunchef" and council["frequency_per_year"] == 6
    assert council["kind"] == "steering" and council["reports_to"] == ["kommunstyrelsen"]
    prep = groups["PG"]  # "en beredande grupp som … kallas PG": the name it goes by
    assert prep["kind"] == "preparation" and prep["reports_to"] == ["Trygghetsrådet"]
    assert prep["members"] == ["lokal samordnare", "kommunpolis"]
    assert prep["chair"] == "lokal samordnare"  # "Samordnaren": the member it names
    meeting = groups["Fredagsmötet"]  # the place of "samordnas i"
    assert meeting["frequency_per_year"] == 52 and meeting["chair"] == "kommunpolis"  # a cleft
    assert meeting["members"] == ["fältassistent", "kommunpolis", "bovärd"]


PURPOSE_FIRST = """Samverkan i Exby

Ledning

För att cheferna ska kunna besluta om resurser finns en chefsgrupp, Trygghetsgruppen Exby. Kommunen representeras
av kommundirektören, polisen av lokalpolisområdeschefen. Kommundirektören och lokalpolisområdeschefen turas om att
vara ordförande. Gruppen sammanträder tre gånger per termin.

Med uppgift att förbereda ärenden till Trygghetsgruppen Exby har parterna inrättat EBS. De ses varannan vecka.

Att unga fångas upp tidigt är syftet med en tredje grupp, som består av fältsekreterare och skolkuratorer.
Gruppen, som kallas Fältteamet, träffas varje vecka och lyfter ärenden till EBS.
"""


def test_a_group_introduced_by_its_purpose_before_its_name():
    groups = _groups(PURPOSE_FIRST)
    chiefs = groups["Trygghetsgruppen Exby"]  # in apposition to "en chefsgrupp"
    assert chiefs["kind"] == "steering" and chiefs["members"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert chiefs["chair"] == ["kommundirektör", "lokalpolisområdeschef"] and chiefs["frequency_per_year"] == 6
    initials = groups["EBS"]  # set up by the sentence, known only by its initials
    assert initials["kind"] == "preparation" and initials["reports_to"] == ["Trygghetsgruppen Exby"]
    assert initials["frequency_per_year"] == 26
    team = groups["Fältteamet"]  # "en tredje grupp, som …" named in the next sentence
    assert team["members"] == ["fältsekreterare", "skolkurator"] and team["reports_to"] == ["EBS"]
    assert "Grupp" not in groups


GLOSSARY = """Samverkansavtal för Exby

Ordlista
Lägesbild: en beskrivning av brott och otrygghet som parterna tar fram varje år.
Trygghetsmötet: ett möte där parterna två gånger om året hör invånarna.
OSG: en operativ samverkansgrupp för centrum, se nedan.

Så arbetar vi
OSG samlas var fjärde vecka. Där möts kommunens säkerhetssamordnare och kommunpolisen. OSG redovisar för
kommunstyrelsen. Till trygghetsmötet bjuds föreningar och företagare in.
"""


def test_groups_defined_in_a_glossary():
    groups = _groups(GLOSSARY)
    assert set(groups) == {"Trygghetsmötet", "OSG"}  # the lägesbild is a term, no group
    osg = groups["OSG"]
    assert osg["kind"] == "working" and osg["frequency_per_year"] == 13
    assert osg["members"] == ["säkerhetssamordnare", "kommunpolis"] and osg["reports_to"] == ["kommunstyrelsen"]
    assert groups["Trygghetsmötet"]["frequency_per_year"] == 2
    assert groups["Trygghetsmötet"]["members"] == ["förening", "företagare"]


INITIALS = """Samverkan i Exby

3.1 LG
LG består av SDF (2), LPO (2) och TK (1). LG träffas en gång i kvartalet.

3.2 AG
I AG ingår SDF (1) och LPO (1). Gruppen ger underlag till LG och har två möten per termin.

LG står för ledningsgruppen och AG för arbetsgruppen för trygghet.
"""


def test_groups_known_by_initials_explained_at_the_end():
    groups = _groups(INITIALS)
    assert groups["LG"]["kind"] == "steering"  # what the initials stand for
    assert groups["LG"]["members"] == ["SDF", "LPO", "TK"]  # head counts drop, two letters are a name
    assert groups["AG"]["kind"] == "preparation" and groups["AG"]["reports_to"] == ["LG"]
    assert groups["AG"]["frequency_per_year"] == 4


OUTLINE = """Samverkan i Exby

Organisation

Nivå 1 – strategisk
    Exbyberedningen
        kommundirektör (ordförande)
        polischef
        räddningschef, Exby räddningstjänst
        möten fyra gånger om året; ansvarar inför kommunstyrelsen

Nivå 2 – operativ
    Områdesgruppen Norr
        kommunpolis, fältassistenter
        var fjärde vecka; är underställd Exbyberedningen
"""


def test_an_organisation_written_as_an_indented_outline_by_level():
    groups = _groups(OUTLINE)
    top = groups["Exbyberedningen"]
    assert top["kind"] == "steering"  # the strategic level decides, whatever the name's word
    assert top["members"] == ["kommundirektör", "polischef", "räddningschef"] and top["chair"] == "kommundirektör"
    assert top["frequency_per_year"] == 4 and top["reports_to"] == ["kommunstyrelsen"]
    area = groups["Områdesgruppen Norr"]
    assert area["kind"] == "working" and area["frequency_per_year"] == 13
    assert area["reports_to"] == ["Exbyberedningen"]


SUMMARY = """Samverkan i Exby – sammanfattning

Samverkansformer (ordf. = ordförande, rapp. = rapporterar till)

* Styrgrupp Trygg i Exby – kommundir. (ordf.), polischef; 4 ggr/år; rapp. KS
* Torgsamverkan – kommunpolis, torghandlarna; under sommaren (juni–augusti) varje vecka; ordf. växlar mellan
  kommunpolis och torgchef; rapp. Styrgrupp Trygg i Exby
* Trygghetsvandringar – öppna för alla; ingen fast tid
"""


def test_groups_as_fragments_after_their_names():
    groups = _groups(SUMMARY)
    assert set(groups) == {"Styrgrupp Trygg i Exby", "Torgsamverkan"}  # the walks tell nothing of a group
    top = groups["Styrgrupp Trygg i Exby"]
    assert top["members"] == ["kommundirektör", "polischef"] and top["chair"] == "kommundirektör"
    assert top["frequency_per_year"] == 4 and top["reports_to"] == ["KS"]  # the document's key to "rapp."
    market = groups["Torgsamverkan"]
    assert market["frequency_per_year"] == 13 and market["chair"] == ["kommunpolis", "torgchef"]
    assert market["chair_alternating"] is True and market["reports_to"] == ["Styrgrupp Trygg i Exby"]


def test_a_forum_for_those_it_turns_to():
    text = ("Samverkan i Exby\n\nTrygghetsforum\n\nTvå gånger per år bjuder parterna in till ett trygghetsforum. "
            "Forumet vänder sig till boende, föreningar och fastighetsägare i stadsdelarna.\n")
    assert _groups(text)["Trygghetsforum"]["members"] == ["boende", "förening", "fastighetsägare"]


def test_an_unmarked_styrgrupp_heading_is_of_the_documents_level():
    text = ("Samverkansöverenskommelse för Exby stadsdel\n\nStyrgrupp\n\nStyrgruppen ska bestå av stadsdelsdirektören "
            "och lokalpolisområdeschefen. Styrgruppen ska sammanträda fyra gånger per år.\n\nLokal arbetsgrupp\n\n"
            "Arbetsgruppen ska bestå av fältassistenter och kommunpolisen.\n")
    groups = _groups(text)
    assert groups["Styrgrupp"]["level"] == "local"  # the agreement's level, not "central" for its word
    assert groups["Lokal arbetsgrupp"]["level"] == "local"
    central = text.replace("för Exby stadsdel", "för hela staden mellan Exby stad och polisområde Exby")
    assert _groups(central)["Styrgrupp"]["level"] == "central"


def test_a_styrgrupp_of_a_lower_level_under_the_strategic_group_prepares():
    text = ("Samverkan i Exby\n\nLedningsgruppen\nLedningsgruppen består av kommundirektören och polischefen.\n\n"
            "Operativ styrgrupp\nDen operativa styrgruppen omsätter ledningsgruppens beslut. I den ingår "
            "säkerhetschefen och kommunpolisen. Gruppen träffas varje månad och återrapporterar till "
            "ledningsgruppen.\n\nStyrgruppen för skolan\nStyrgruppen för skolan består av skolchefen och "
            "polischefen. Den rapporterar till ledningsgruppen.\n")
    groups = _groups(text)
    assert groups["Operativ styrgrupp"]["kind"] == "preparation"
    assert groups["Styrgruppen för skolan"]["kind"] == "steering"  # no lower level in its name


@pytest.mark.parametrize(("sentences", "name", "expected"), [
    ("Styrgruppen har sex möten om året. Kommunen representeras i styrgruppen av kommundirektören och polisen av "
     "lokalpolisområdeschefen.", "Styrgruppen", {"members": ["kommundirektör", "lokalpolisområdeschef"]}),
    ("Samverkansgruppen sammanträder en gång i kvartalet. Från kommunen deltar fältsekreterarna och från polisen "
     "kommunpolisen.", "Samverkansgruppen", {"members": ["fältsekreterare", "kommunpolis"]}),
    ("Arbetsgruppen möts två gånger per månad och har fältassistenter och skolkuratorer som deltagare.",
     "Arbetsgruppen", {"members": ["fältassistent", "skolkurator"], "frequency_per_year": 24}),
    ("I trygghetsrådet sitter kommunalrådet och kommunpolisen. Rådet möts tre gånger per termin och "
     "ordförandeskapet innehas av kommunalrådet.", "Trygghetsrådet",
     {"members": ["kommunalråd", "kommunpolis"], "chair": "kommunalråd"}),  # a politician, no council
    ("Nätverket för fastighetsägare träffas varannan månad. Deltagare är bostadsbolagen och trygghetssamordnaren, "
     "som också leder mötena.", "Nätverket för fastighetsägare", {"chair": "trygghetssamordnare"}),
    ("Torgsamverkan är ett samarbete mellan torghandlarna, kommunens marknadsenhet och polisen. Mötena hålls fyra "
     "gånger per år.", "Torgsamverkan", {"members": ["torghandlare", "kommunens marknadsenhet", "polisen"],
                                        "frequency_per_year": 4}),  # no group word: what the sentence says it is
])
def test_members_chairs_and_names_in_more_wordings(sentences, name, expected):
    groups = _groups("Samverkan i Exby\n\nOrganisation\n\n" + sentences + "\n")
    assert set(groups) == {name}
    assert {k: groups[name].get(k) for k in expected} == expected


@pytest.mark.parametrize(("text", "count"), [
    ("möts fyra gånger per kalenderår", 4),
    ("träffas två träffar per halvår", 4),
    ("har tre möten per termin", 6),
    ("möts en förmiddag i månaden", 12),
    ("sammanträder årsvis", 1),
    ("träffas under badsäsongen (juni–augusti) varje vecka, annars vid behov", 13),  # the season in brackets
])
def test_meetings_a_year_as_a_count_in_a_period_or_a_season_in_brackets(text, count):
    from samverkan.extract.meaning.frequency import per_year

    assert per_year(text).value == count


@pytest.mark.parametrize(("sentence", "group"), [
    ("Arbetsgruppen består av fältassistenter och kommunpolisen. Arbetsgruppens arbete redovisas för styrgruppen.",
     "Arbetsgruppen"),  # the group's work, in the passive
    ("Arbetsgruppen består av fältassistenter och kommunpolisen. Styrgruppen tar emot rapporter från "
     "arbetsgruppen.", "Arbetsgruppen"),  # the other way round
    ("Arbetsgruppen består av fältassistenter och kommunpolisen och arbetar på uppdrag av styrgruppen.",
     "Arbetsgruppen"),
    ("Under styrgruppen finns en arbetsgrupp som består av fältassistenter och kommunpolisen.", "Arbetsgrupp"),
    ("Styrgruppen har tillsatt en arbetsgrupp med fältassistenter och kommunpolisen.", "Arbetsgrupp"),
])
def test_a_group_works_for_another_in_more_wordings(sentence, group):
    text = "Samverkan i Exby\n\nOrganisation\n\nStyrgruppen består av kommundirektören och polischefen. " + sentence
    groups = _groups(text + "\n")
    assert groups[group]["reports_to"] == ["Styrgruppen"]
    assert groups[group]["members"] == ["fältassistent", "kommunpolis"]
    assert groups["Styrgruppen"]["members"] == ["kommundirektör", "polischef"]  # none of the other's


@pytest.mark.parametrize(("text", "count"), [
    ("1 g/mån utom juli", 11),  # a table's short form, less the month it skips
    ("3 ggr/termin", 6),
    ("2 ggr/v", 104),
])
def test_meetings_a_year_in_a_tables_short_forms(text, count):
    from samverkan.extract.meaning.frequency import per_year

    assert per_year(text).value == count


def test_one_sentence_defines_two_groups_on_either_side_of_medan():
    text = ("Samverkan i Exby\n\nOrganisation\n\nArbetet leds av Styrgruppen för Exby, som består av kommundirektören "
            "och polischefen och som sammanträder fyra gånger per år under ledning av kommundirektören, medan "
            "Arbetsgruppen Exby, där fältassistenterna och kommunpolisen ingår, träffas varje månad och bereder de "
            "ärenden som ska behandlas av styrgruppen.\n")
    groups = _groups(text)
    steering, working = groups["Styrgruppen för Exby"], groups["Arbetsgruppen Exby"]
    assert steering["members"] == ["kommundirektör", "polischef"]
    assert steering["chair"] == "kommundirektör" and steering["frequency_per_year"] == 4
    assert working["members"] == ["fältassistent", "kommunpolis"] and working["frequency_per_year"] == 12
    assert working["reports_to"] == ["Styrgruppen för Exby"] and working["kind"] == "preparation"


def test_a_named_meeting_held_at_a_frequency_is_a_group_with_members_in_relative_clauses():
    text = ("Samverkan i Exby\n\nDialog\n\nStyrgruppen består av kommundirektören och polischefen. Därutöver "
            "genomförs två gånger per år Exbysamtalet, till vilket boende och föreningar inbjuds och vid vilket "
            "kommunpolisen medverkar. Synpunkterna överlämnas till styrgruppen.\n")
    talk = _groups(text)["Exbysamtalet"]
    assert talk["members"] == ["boende", "förening", "kommunpolis"]
    assert talk["frequency_per_year"] == 2 and talk["kind"] == "forum"
    assert talk["reports_to"] == ["Styrgruppen"]


def test_a_place_held_at_a_frequency_is_no_group():
    text = ("Samverkan i Exby\n\nTrygghet\n\nStyrgruppen består av kommundirektören och polischefen. Två gånger per "
            "år hålls en trygghetsvandring i Hässleholmen.\n")
    assert "Hässleholmen" not in _groups(text)


def test_questions_and_answers_about_a_group():
    text = ("# Frågor och svar\n\n## Vem bestämmer över arbetet?\n\nDet gör Ledningsgruppen för Exby. Där sitter "
            "kommundirektören och polischefen.\n\n## Hur ofta träffas ledningsgruppen?\n\nFyra gånger om året.\n\n"
            "## Kan jag vara med?\n\nJa. Två gånger per år hålls Exbydialogen. Till den bjuds föreningar in.\n\n"
            "## Vem leder Exbydialogen?\n\nTrygghetssamordnaren. Vad dialogen ger förs vidare till "
            "ledningsgruppen.\n")
    groups = _groups(text, "x.md")
    assert set(groups) == {"Ledningsgruppen för Exby", "Exbydialogen"}  # no "Vad dialogen"
    lead, talk = groups["Ledningsgruppen för Exby"], groups["Exbydialogen"]
    assert lead["members"] == ["kommundirektör", "polischef"] and lead["frequency_per_year"] == 4
    assert talk["chair"] == "trygghetssamordnare" and talk["reports_to"] == ["Ledningsgruppen för Exby"]


def test_minutes_list_who_is_present_one_a_line_with_names_and_marks():
    text = ("Protokoll\n\nSTYRGRUPPEN EXBY\n\nNärvarande:   kommundirektör Anna Påhittad (ordf.)\n"
            "              förvaltningschef för vård och omsorg Sara Fiktivsdotter\n"
            "              Exby Köpmannaförening\n"
            "Adjungerad:   trygghetssamordnare Kim Prövadotter\n\n"
            "§ 1  Styrgruppen lämnar en årlig redovisning till kommunstyrelsen.\n")
    group = _groups(text)["STYRGRUPPEN EXBY"]
    assert group["members"] == ["kommundirektör", "förvaltningschef för vård och omsorg", "Exby Köpmannaförening",
                                "trygghetssamordnare"]
    assert group["chair"] == "kommundirektör" and group["reports_to"] == ["kommunstyrelsen"]


def test_a_table_row_reports_to_a_group_by_its_initials_and_ansvarig_leads():
    text = ("Samverkan i Exby\n\nOrganisation\n\n| Forum | Deltagare | Ansvarig | Mötesfrekvens | Rapporterar till |\n"
            "|---|---|---|---|---|\n| Taktiska gruppen (TG) | samordnaren, kommunpolisen | samordnaren | 1 g/mån | "
            "kommunstyrelsen |\n| Exbynätverket | fältassistenter, kommunpolisen | kommunpolisen | varannan vecka | "
            "TG |\n\nUppföljning\n\nTG följer upp arbetet. Polisens medborgarlöfte regleras inte av detta avtal.\n")
    groups = _groups(text)
    assert groups["Exbynätverket"]["reports_to"] == ["Taktiska gruppen (TG)"]
    assert groups["Exbynätverket"]["chair"] == "kommunpolis"
    assert "Taktiska gruppen (TG)" in groups  # the medborgarlöfte, not TG, is put outside the agreement


def test_a_horizontal_rule_parts_forums_as_a_blank_line_does():
    text = ("STYRGRUPPEN\nNärvarande:   kommundirektör\n              lokalpolisområdeschef\n\n"
            "Nästa möte: 2025-03-17\n\n--------------------\nSAMRÅDET MED HANDELN\n"
            "Närvarande:   näringslivschef\n              kommunpolis\n")
    groups = {name.casefold(): fields for name, fields in _groups(text).items()}
    assert "kommunpolis" in groups["samrådet med handeln"]["members"]
    assert "kommunpolis" not in groups["styrgruppen"]["members"]


def test_a_function_for_two_groups_of_people_stays_whole():
    assert members("kulturförvaltningens enhet för barn och unga, kommunpolisen") == [
        "kulturförvaltningens enhet för barn och unga", "kommunpolis"]


TABLE_WITH_BLANK_ROWS = """Överenskommelse om trygghet i Exempelby

Grupp             Deltagare             Ordförande       Möten
----------------  --------------------  ---------------  ------------
Ledningsgruppen   kommundirektör        kommundirektör   fyra gånger
                  polisområdeschef                       per år

Trygghetsteam     kommunpolis           kommunpolis      varje
Norra Exempelby   fritidsledare                          vecka

Skolgruppen       rektor                rektor           vid behov
                  kommunpolis

Gruppernas arbete följs upp varje år.
"""


def test_a_table_whose_rows_blank_lines_part():
    groups = _groups(TABLE_WITH_BLANK_ROWS)
    assert sorted(groups) == ["Ledningsgruppen", "Skolgruppen", "Trygghetsteam Norra Exempelby"]
    assert groups["Trygghetsteam Norra Exempelby"]["members"] == ["kommunpolis", "fritidsledare"]
    assert groups["Trygghetsteam Norra Exempelby"]["frequency_per_year"] == 52
    assert groups["Skolgruppen"]["members"] == ["rektor", "kommunpolis"]


def test_a_thing_handed_on_in_the_passive_is_not_the_groups_report():
    groups = _groups("""Överenskommelse om trygghet i Exempelby

Arbetsgruppen består av kommunpolisen och fältassistenterna. Den träffas varje månad och rapporterar till
styrgruppen. En samlad årlig uppföljning redovisas för kommunfullmäktige i mars.
""")
    assert groups["Arbetsgruppen"]["reports_to"] == ["styrgruppen"]


def test_a_clause_about_where_ends_a_list_of_members():
    assert members("föreningar, butiksägare och näringsidkare där frågor om centrum tas upp") == [
        "förening", "butiksägare", "näringsidkare"]
    assert members("föreningar, näringsidkare och andra som verkar i centrum") == ["förening", "näringsidkare"]


def test_a_heading_of_a_bare_group_word_and_the_words_that_name_it():
    groups = _groups("""Överenskommelse om trygghet i Exempelby

5 Organisation

5.1 Styrgrupp
Styrgruppen består av kommundirektören och lokalpolisområdeschefen.

5.2 Team fritid–polis
I teamet ingår fritidsledarna och områdespoliserna. Teamet träffas en gång i månaden.
""")
    assert groups["Team fritid–polis"]["members"] == ["fritidsledare", "områdespolis"]
    assert groups["Team fritid–polis"]["frequency_per_year"] == 12


def test_a_group_coordinated_by_a_function_and_views_taken_on_to_another():
    groups = _groups("""Överenskommelse om trygghet i Exempelby

Arbetsgruppen består av fritidsledarna, kommunpolisen och säkerhetssamordnaren. Gruppen träffas varje
månad och samordnas av säkerhetssamordnaren.

Medborgarforum Exempelby är öppet för föreningar och boende. Forumet träffas två gånger per år. Frågor från
forumet tas med till arbetsgruppen.
""")
    assert groups["Arbetsgruppen"]["chair"] == "säkerhetssamordnare"
    assert groups["Medborgarforum Exempelby"]["reports_to"] == ["Arbetsgruppen"]


def test_members_who_take_part_and_do_more_or_take_part_when_needed():
    text = ("Organisation\n\nTrygghetsgruppen\nTrygghetsgruppen träffas varje månad. Kommunpolisen och "
            "fältsekreteraren medverkar och redovisar läget. Skolkuratorn deltar vid behov.\n")
    assert _groups(text)["Trygghetsgruppen"]["members"] == ["kommunpolis", "fältsekreterare", "skolkurator"]


@pytest.mark.parametrize(("written", "listed"), [
    ("fältarna", "fältare"),  # an agent noun's plural the dictionary does not know: its singular in -are
    ("SBF", "SBF"),  # a short form the document defines is no word to inflect
    ("avdelningschef SBF", "avdelningschef SBF"),  # a function and the unit it heads, by its short form
])
def test_a_short_form_stays_as_written(written, listed):
    assert member(written) == listed


@pytest.mark.parametrize(("written", "per_year"), [
    ("Mötesplan: februari, maj och november.", 3),  # a meeting in each month named
    ("Nätverket ses i april och i oktober.", 2),
    ("Forumet hålls varje vår och höst.", 2),  # a meeting in each part of the year named
    ("Rådet träffas en gång på våren och en gång på hösten.", 2),
    ("Gruppen träffas varje onsdag under juni, juli och augusti.", 13),  # a season named month by month
    ("Gruppen träffas varje månad utom juni och juli.", 10),  # months left out are no meetings
    ("Planen följs upp den 3 maj och den 8 november 2026.", None),  # dates are no meeting plan
])
def test_meetings_in_months_or_seasons_named(written, per_year):
    from samverkan.extract.meaning.frequency import per_year as read

    found = read(written)
    assert (found.value if found else None) == per_year


def test_an_invitation_in_seasons_to_a_forum_described_in_a_relative_clause():
    text = ("Samverkan i Exempelby\n\n4.3 Trygghetsdialogen Exempelby\nFritidsförvaltningen bjuder höst och vår in "
            "till Trygghetsdialogen Exempelby, som är öppen för föreningar och boende.\n")
    forum = _groups(text)["Trygghetsdialogen Exempelby"]
    assert forum["frequency_per_year"] == 2
    assert forum["members"] == ["förening", "boende"]


def test_coordinators_are_who_the_work_is_coordinated_by():
    under_heading = ("Organisation\n\n3.2 Samordnare\nDet dagliga arbetet samordnas av kommunens "
                     "trygghetsstrateg och kommunpolisen. Samordnarna träffas varje vecka.\n")
    assert _groups(under_heading)["Samordnare"]["members"] == ["trygghetsstrateg", "kommunpolis"]
    in_prose = ("Så arbetar vi\n\nStyrgruppen består av kommundirektören och lokalpolisområdeschefen.\n\n"
                "Det praktiska arbetet samordnas av kommunens brottssamordnare och kommunpolisen. De två "
                "samordnarna träffas varannan vecka och rapporterar till styrgruppen.\n")
    found = _groups(in_prose)
    assert found["Samordnarna"]["members"] == ["brottssamordnare", "kommunpolis"]
    assert found["Samordnarna"]["kind"] == "coordinators"
    assert found["Samordnarna"]["frequency_per_year"] == 26
    assert found["Styrgruppen"].get("chair") is None  # "Det praktiska arbetet" is no pronoun for the group


def test_many_people_at_places_in_an_area_who_take_part_when_needed():
    text = ("Organisation\n\nArbetsgrupp unga\nArbetsgruppen leds av kommunpolisen. Fritidsledarna deltar. "
            "Kuratorer för skolorna i kommundelen deltar vid behov.\n")
    assert _groups(text)["Arbetsgrupp unga"]["members"] == ["fritidsledare", "kurator"]


def test_chiefs_listed_between_dashes_form_a_group():
    text = ("Så samarbetar vi\n\nVi som är chefer – stadsdirektören, socialchefen och chefen för lokalpolisområdet "
            "– bildar tillsammans Ledningsgruppen Exempelby. Vi ses två gånger per termin.\n")
    found = _groups(text)["Ledningsgruppen Exempelby"]
    assert found["members"] == ["stadsdirektör", "socialchef", "lokalpolisområdeschef"]  # the compound (README)
    assert found["frequency_per_year"] == 4


def test_a_team_where_the_work_is_done_and_its_members_who_work_there():
    text = ("Så samarbetar vi\n\nDet förebyggande arbetet gör vi i Fältteamet. Där arbetar våra tre "
            "fältsekreterare och kommunpolisen sida vid sida. Teamet träffas varje vecka; fältsamordnaren håller i "
            "mötena.\n")
    team = _groups(text)["Fältteamet"]
    assert team["members"] == ["fältsekreterare", "kommunpolis"]
    assert (team["chair"], team["frequency_per_year"]) == ("fältsamordnare", 52)


def test_a_gathering_a_function_convenes_and_leads_after_a_fronted_adverb():
    text = ("Sommarens arbete\n\nTorget är fullt av folk på sommaren. Därför kallar kommunpolisen till och leder "
            "Torgsamverkan varje fredag under juni och juli. Med där är handlarna vid Stora torget och "
            "fastighetsägarna.\n")
    gathering = _groups(text)["Torgsamverkan"]
    assert (gathering["chair"], gathering["frequency_per_year"]) == ("kommunpolis", 9)
    assert gathering["members"] == ["handlare", "fastighetsägare"]
    assert gathering["kind"] == "forum"


def test_signatures_inside_a_sentence():
    text = ("Överenskommelse om trygghet i Exempelby\n\nVi skriver under\n\nExempelby den 3 mars 2026. För kommunen "
            "skriver Eva Påhittad, kommunstyrelsens ordförande, under, och för polisen Nils Låtsasson, "
            "lokalpolisområdeschef i lokalpolisområde Exempelby.\n")
    signed = recognise(Document.from_text("x.txt", text, None)).to_plain()["signatories"]
    assert {n: s["title"] for n, s in signed.items()} == {"Eva Påhittad": "kommunstyrelsens ordförande",
                                                         "Nils Låtsasson": "lokalpolisområdeschef"}


def test_groups_a_proposal_sets_up_and_invites_to():
    text = ("Ärendet\n\nEnligt förslaget styrs arbetet av en styrgrupp där kommundirektören och "
            "lokalpolisområdeschefen ingår. Kommundirektören och lokalpolisområdeschefen föreslås vara ordförande "
            "varannan gång.\n\nUnder styrgruppen inrättas en arbetsgrupp för trygga skolvägar, bestående av "
            "trafikplaneraren (sammankallande) och kommunpolisen. Arbetsgruppen ska ses varannan månad.\n\n"
            "Två gånger om året bjuds föreningar och företagare in till Trygghetsrådet Exempelby, där kommunpolisen "
            "redovisar läget.\n")
    found = _groups(text)
    assert found["Styrgrupp"]["chair"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert found["Styrgrupp"]["chair_alternating"] is True
    work = found["Arbetsgrupp för trygga skolvägar"]
    assert (work["chair"], work["members"], work["frequency_per_year"]) == (
        "trafikplanerare", ["trafikplanerare", "kommunpolis"], 6)
    council = found["Trygghetsrådet Exempelby"]
    assert (council["kind"], council["frequency_per_year"]) == ("council", 2)
    assert council["members"][:2] == ["förening", "företagare"]


SLIDE_GROUPS = """-- Bild 4 av 6 --

Styrgrupp

  • Kommundirektör
  • Lokalpolisområdeschef
  • Socialchef

  Ordf. växlar årsvis mellan kommundirektör och LPO-chef
  4 möten/år → rapport till kommunstyrelsen

-- Bild 5 av 6 --

Skolnätverket

  Kuratorer, elevhälsan, kommunpolis, fältassistenter
  2 ggr/termin · leds av skolchef
  Frågor som kräver beslut → Styrgrupp
"""


def test_a_slide_deck_s_fragments_labels_and_arrows():
    found = _groups(SLIDE_GROUPS)
    steering = found["Styrgrupp"]
    # "LPO-chef": the member it stands for (a bullet's capital is the line's)
    assert [c.casefold() for c in steering["chair"]] == ["kommundirektör", "lokalpolisområdeschef"]
    assert (steering["frequency_per_year"], steering["reports_to"]) == (4, ["kommunstyrelsen"])
    network = found["Skolnätverket"]
    assert network["members"] == ["kurator", "elevhälsan", "kommunpolis", "fältassistent"]
    assert (network["chair"], network["frequency_per_year"], network["reports_to"]) == ("skolchef", 4, ["Styrgrupp"])


def test_a_question_label_with_its_answer_in_a_column():
    text = ("Arbetsgrupp centrum\n\n  Vem?      kommunpolis (sammankallande), fältassistenter\n"
            "  När?      var tredje vecka\n")
    group = _groups(text)["Arbetsgrupp centrum"]
    assert (group["members"], group["chair"], group["frequency_per_year"]) == (
        ["kommunpolis", "fältassistent"], "kommunpolis", 17)


def test_a_line_of_a_meeting_s_date_and_place_names_no_members():
    text = "STYRGRUPPEN\nSammanträde 2025-03-01, stadshuset, sal Eken\n\nNärvarande:   kommundirektör\n"
    assert "stadshuset" not in _groups(text).get("Styrgruppen", {}).get("members", [])


def test_a_group_the_people_of_the_sentence_before_form_and_one_a_passive_names_with_an_article():
    formed = ("Det löpande arbetet\nKommunpolisen och brottssamordnaren ansvarar gemensamt för planerna.\n"
              "De bildar arbetsgruppen för trygghet, som även omfattar en fältassistent. Arbetsgruppen träffas "
              "varannan vecka.\n")
    assert sorted(_groups(formed)["Arbetsgruppen för trygghet"]["members"]) == ["brottssamordnare", "fältassistent",
                                                                                  "kommunpolis"]
    passive = ("Så leds arbetet\n\nDet praktiska arbetet sköts av en samverkansgrupp med fritidsledaren och "
               "kommunpolisen. Samverkansgruppen möts varje vecka.\n")
    assert _groups(passive)["Samverkansgruppen"]["members"] == ["fritidsledare", "kommunpolis"]


@pytest.mark.parametrize(("written", "listed"), [
    ("kuratorer för låg- och mellanstadieskolor", "kurator"),  # many people at places of many kinds
    ("handlare vid torget", "handlare"),  # actors outside the parties are many: where they are is no part
])
def test_where_many_sit_is_no_part_of_them(written, listed):
    assert member(written) == listed


def test_a_markdown_table_with_line_breaks_in_cells_and_cells_that_say_see_above():
    groups = _groups("""# Samverkansavtal för Exempelby

## Organisation

| Grupp | Deltagare | Ordförande | Möten | Rapporterar till |
|---|---|---|---|---|
| Chefsgruppen | kommundirektör<br>polisområdeschef<br/>miljöchef | miljöchef / polisområdeschef, växlar varje år \
| fyra gånger per år | kommunfullmäktige |
| Torggruppen | Exempelbyhem AB<br>butiksägare | se ovan | varannan månad | dito |
""", "x.md")
    assert groups["Chefsgruppen"]["members"] == ["kommundirektör", "polisområdeschef", "miljöchef"]
    assert groups["Chefsgruppen"]["chair"] == ["miljöchef", "polisområdeschef"]
    assert groups["Chefsgruppen"]["chair_alternating"] is True
    assert groups["Torggruppen"]["members"] == ["Exempelbyhem AB", "butiksägare"]
    assert groups["Torggruppen"]["reports_to"] == ["kommunfullmäktige"]


def test_a_group_that_prepares_anothers_meetings_and_a_follow_up_handed_on():
    groups = _groups("""Samverkansavtal för Exempelby

Organisation

Chefsgruppen består av kommundirektören och polisområdeschefen och träffas fyra gånger per år.
Samordningsgruppen består av säkerhetssamordnaren, områdespolisen och fritidschefen. Samordningsgruppen
bereder chefsgruppens möten. Samordningsgruppen gör varje år en sammanställning, som diskuteras i
chefsgruppen och sedan redovisas för kommunfullmäktige.
""")
    assert groups["Samordningsgruppen"]["kind"] == "preparation"
    assert groups["Samordningsgruppen"]["reports_to"] == ["Chefsgruppen"]


def test_a_group_named_by_an_acronym_in_apposition_with_its_chair_inside_the_list():
    groups = _groups("""Avtal om trygghet i Åby

Organisation

Enligt avtalet ligger ansvaret på en ledningsgrupp för trygghet, LGT, i vilken ingår kommundirektören, som
också är ordförande, lokalpolisområdeschefen, socialchefen och kulturchefen. LGT ska sammanträda fyra gånger
om året. LGT:s möten förbereds av samordningsgruppen. Den sammankallas av säkerhetssamordnaren och består i
övrigt av områdespolisen och fritidschefen.
""")
    assert groups["LGT"]["members"] == ["kommundirektör", "lokalpolisområdeschef", "socialchef", "kulturchef"]
    assert groups["LGT"]["chair"] == "kommundirektör"
    assert groups["Samordningsgruppen"]["kind"] == "preparation"
    assert groups["Samordningsgruppen"]["reports_to"] == ["LGT"]
    assert groups["Samordningsgruppen"]["members"] == ["säkerhetssamordnare", "områdespolis", "fritidschef"]


def test_a_group_met_as_special_takes_its_later_name_and_a_where_clause_gives_its_members():
    groups = _groups("""Avtal om trygghet i Åby

Organisation

För torget föreslås en särskild torggrupp, som leds av områdespolisen och där fritidsledarna, kommunens
ordningsvakter och en representant för Åby Handel deltar. Torggruppen ska mötas en gång i månaden under
perioden maj–augusti och i övrigt när läget kräver det.
""")
    assert groups["Torggruppen"]["chair"] == "områdespolis"
    assert groups["Torggruppen"]["members"] == ["fritidsledare", "ordningsvakt", "Åby Handel"]  # not the chair
    assert groups["Torggruppen"]["frequency_per_year"] == 4  # monthly in four months


def test_who_meets_after_the_time_and_a_name_that_takes_part_when_needed():
    groups = _groups("""# Samverkansavtal för Åby

## Organisation

Operativ grupp

Varje onsdag eftermiddag möts områdespolisen, kommunens säkerhetssamordnare, fritidsledarna och Åbyhems
bovärdar för att gå igenom läget. Norra Åbys Räddningstjänst deltar när det behövs.

Trygghetsrådet

I Trygghetsrådet sitter förtroendevalda tillsammans med områdespolisen och representanter för Svenska kyrkan.
Rådet leds av kommunstyrelsens ordförande.

Bostadsgruppen

Kulturchefen och Åbyhems vd utgör tillsammans bostadsgruppen.
""", "x.md")
    assert groups["Operativ grupp"]["members"] == ["områdespolis", "säkerhetssamordnare", "fritidsledare", "bovärd",
                                                  "Norra Åbys Räddningstjänst"]
    assert groups["Trygghetsrådet"]["members"] == ["förtroendevald", "områdespolis", "Svenska kyrkan"]
    assert groups["Bostadsgruppen"]["members"] == ["kulturchef", "vd för Åbyhem"]  # a vd is nothing without whose


SLIDES = """--- Bild 1 ---
Tryggt Åby 2026
Samverkansöverenskommelse Åby kommun – Polisen

--- Bild 2 ---
Förkortningar
KD = kommundirektör
KSO = kommunstyrelsens ordförande
TLG = taktisk ledningsgrupp

--- Bild 3 ---
Så styrs arbetet
Styrgrupp → inriktning och resurser
TLG → bereder ärenden till styrgruppen

--- Bild 4 ---
Deltagare:
Styrgrupp: KD (ordf.), lokalpolisområdeschef, kulturchef
TLG: säkerhetssamordnare (sammankallande), områdespolis

--- Bild 5 ---
Träffas:
Styrgrupp – 4 ggr/år
TLG – varannan vecka

--- Bild 6 ---
Underskrift
KSO Eva Påhittad · lokalpolisområdeschef Jon Uppdiktad
"""


def test_a_presentations_slides_with_its_own_key_to_short_forms():
    plain = recognise(Document.from_text("x.txt", SLIDES, None)).to_plain()
    groups = plain["groups"]
    assert groups["Styrgrupp"]["members"] == ["KD", "lokalpolisområdeschef", "kulturchef"]
    assert groups["Styrgrupp"]["chair"] == "KD"  # an acronym, not a party's name
    assert groups["Styrgrupp"]["frequency_per_year"] == 4
    assert groups["TLG"]["kind"] == "preparation"
    assert groups["TLG"]["chair"] == "säkerhetssamordnare"
    assert groups["TLG"]["frequency_per_year"] == 26
    assert groups["TLG"]["reports_to"] == ["Styrgrupp"]
    assert {k: v["title"] for k, v in plain["signatories"].items()} == {
        "Eva Påhittad": "kommunstyrelsens ordförande", "Jon Uppdiktad": "lokalpolisområdeschef"}


def test_a_chain_of_reporting_counted_members_and_a_slide_of_what_is_left_out():
    text = SLIDES.replace("TLG → bereder", "Torgteam → det dagliga arbetet på torget\nTLG → bereder").replace(
        "TLG: säkerhetssamordnare", "Torgteam: områdespolis ×2, fritidsledare\nTLG: säkerhetssamordnare") + """
--- Bild 7 ---
Rapportering
Torgteam → TLG → Styrgrupp → KS

--- Bild 8 ---
Inte en del av överenskommelsen
• Åbys trygghetsråd (politiskt)
"""
    groups = recognise(Document.from_text("x.txt", text, None)).to_plain()["groups"]
    assert groups["Torgteam"]["reports_to"] == ["TLG"]
    assert groups["Styrgrupp"]["reports_to"] == ["KS"]
    assert groups["Torgteam"]["members"] == ["områdespolis", "fritidsledare"]
    assert not any("trygghetsråd" in name.casefold() for name in groups)


def test_groups_defined_in_contract_language():
    groups = _groups("""SAMVERKANSAVTAL för Åby

§ 5 Organisation

5.1 Parterna åtar sig att inrätta en ledningsgrupp för trygghet, i vilken för kommunens del ska ingå
kommundirektören samt för polisens del lokalpolisområdeschefen, och vilken ska sammanträda minst fyra gånger
per kalenderår. Ordförandeskapet i ledningsgruppen innehas under udda år av kommundirektören och under jämna år
av lokalpolisområdeschefen.
5.2 Parterna bemannar en samordningsgrupp, benämnd Tryggt i Åby, med uppgift att bereda ärenden till
ledningsgruppen, i vilken grupp ingår kommunens säkerhetssamordnare och områdespolisen. Företrädare för
Åbyhem får adjungeras när frågor om bostäder behandlas. Samordningsgruppen sammanträder varannan vecka.
5.3 Därtill inrättas en arbetsgrupp för trafiksäkerhet, i vilken polisens trafikgrupp och, utan att därigenom
bli part i avtalet, Trafikverket deltar.
""")
    assert groups["Ledningsgrupp för trygghet"]["members"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert groups["Ledningsgrupp för trygghet"]["chair"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert groups["Ledningsgrupp för trygghet"]["chair_alternating"] is True
    assert groups["Tryggt i Åby"]["frequency_per_year"] == 26  # "Samordningsgruppen" is the group named so
    assert groups["Tryggt i Åby"]["members"] == ["säkerhetssamordnare", "områdespolis", "Åbyhem"]
    assert groups["Arbetsgrupp för trafiksäkerhet"]["members"] == ["polisens trafikgrupp", "Trafikverket"]


def test_a_report_on_an_agreement_tells_its_groups():
    groups = _groups("""Granskning av samverkan

3.2 Organisation

Styrgruppen är den strategiska nivån. Enligt överenskommelsen består den av kommundirektören och
lokalpolisområdeschefen. Vidare anges att ett samverkansforum för Norrby och Söderby ska finnas, öppet för
föreningar och fastighetsägare. Forumet ska ledas av stadens områdesutvecklare.

Stadens brottsförebyggande råd har ingen uppgift enligt den gällande överenskommelsen.
""")
    assert groups["Styrgruppen"]["members"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert groups["Samverkansforum för Norrby och Söderby"]["members"] == ["förening", "fastighetsägare"]
    assert groups["Samverkansforum för Norrby och Söderby"]["chair"] == "områdesutvecklare"
    assert not any("råd" in name for name in groups)


def test_a_minutes_decision_clauses_each_say_something_of_their_own():
    text = ("Minnesanteckningar\n\n4. Organisation\n\nBeslutades\n"
            "att bilda Styrgruppen Trygga Åby, med kommundirektören och lokalpolisområdeschefen som ledamöter,\n"
            "att Styrgruppen Trygga Åby träffas fyra gånger per år,\n"
            "att fältgruppen, med fältassistenterna och områdespoliserna, träffas varje vecka.\n")
    groups = _groups(text)
    steering = groups["Styrgruppen Trygga Åby"]
    assert sorted(steering["members"]) == ["kommundirektör", "lokalpolisområdeschef"]
    assert steering["frequency_per_year"] == 4


def test_initials_in_brackets_show_how_far_a_groups_name_goes():
    groups = _groups("Arbetet på torget sköts av Lokal grupp torget (LGT). LGT träffas varje vecka och leds av "
                     "kommunpolisen.\n")
    assert "Lokal grupp torget" in groups and groups["Lokal grupp torget"]["frequency_per_year"] == 52


def test_the_group_a_passive_says_prepares_anothers_meetings_reports_to_it():
    groups = _groups("Styrgruppen träffas fyra gånger per år.\n\nStyrgruppens möten förbereds av "
                     "beredningsgruppen, som består av säkerhetschefen och kommunpolisen.\n")
    prep = groups["Beredningsgruppen"]
    assert sorted(prep["members"]) == ["kommunpolis", "säkerhetschef"]
    assert prep["reports_to"] == ["Styrgruppen"]
    assert "members" not in groups["Styrgruppen"]


def test_a_group_the_agreement_ends_or_replaces_is_not_listed():
    groups = _groups("Organisation\n\nSamverkansrådet, som har träffats varje månad, upphör den 30 juni 2026. "
                     "Chefsgruppen, där kommundirektören och polischefen har mötts, ersätts av Styrgruppen Åby. "
                     "Styrgruppen Åby består av kommundirektören och lokalpolisområdeschefen och träffas fyra gånger "
                     "per år. Arbetsgrupperna träffas varje månad och upphör när uppdraget är slutfört.\n")
    assert "Samverkansrådet" not in groups and "Chefsgruppen" not in groups
    assert groups["Styrgruppen Åby"]["frequency_per_year"] == 4 and "Arbetsgrupperna" in groups


def test_an_open_council_named_by_a_places_genitive_and_the_months_it_meets():
    groups = _groups("Forum Åbys torg är ett öppet samråd för butiksägare och föreningar. Forumet leds av "
                     "kommunens centrumutvecklare och sammanträder i mars, juni och oktober.\n")
    forum = groups["Forum Åbys torg"]
    assert sorted(forum["members"]) == ["butiksägare", "förening"]
    assert forum["frequency_per_year"] == 3


def test_what_each_party_undertakes_to_put_into_the_groups():
    text = ("5. Organisation\n\nStyrgruppen träffas fyra gånger per år. Nybyteamet ses varje vecka och rapporterar "
            "till styrgruppen.\n\n6. Åtaganden\n\nKommunen åtar sig att\n\n"
            "  • delta i styrgruppen genom socialchefen,\n"
            "  • avsätta två fältassistenter och en kurator till nybyteamet.\n\n"
            "Polisen åtar sig att\n\n"
            "  • låta kommunpolisen ingå i nybyteamet och leda det tillsammans med kommunens fältledare,\n"
            "  • till styrgruppen avdela\n"
            "      – lokalpolisområdeschefen,\n"
            "      – vid behov en utredare.\n")
    groups = _groups(text)
    assert sorted(groups["Styrgruppen"]["members"]) == ["lokalpolisområdeschef", "socialchef", "utredare"]
    team = groups["Nybyteamet"]
    assert sorted(team["members"]) == ["fältassistent", "kommunpolis", "kurator"]
    assert team["chair"] == ["kommunpolis", "fältledare"]


def test_those_who_lead_a_group_named_as_the_object_chair_it_and_a_report_month_is_no_target():
    groups = _groups("Organisation\n\nStyrgruppen Åby består av kommundirektören och polischefen och träffas fyra "
                     "gånger per år. Kommundirektören och polischefen leder styrgruppen växelvis. Styrgruppen lämnar "
                     "en rapport till kommunstyrelsen i maj och i november.\n")
    g = groups["Styrgruppen Åby"]
    assert sorted(g["chair"]) == ["kommundirektör", "polischef"] and g["chair_alternating"] is True
    assert g["reports_to"] == ["kommunstyrelsen"]


def test_a_beredning_is_a_group_and_fronted_verbs_and_appointing_participles_are_no_members():
    groups = _groups("Beredningen består av säkerhetschefen och kommunpolisen och tar fram underlag till "
                     "styrgruppens möten. Styrgruppen träffas sex gånger per år.\n\n"
                     "Trygghetsmötet hålls varje måndag. Deltar gör områdespolisen och fältassistenterna. "
                     "Säkerhetschefen håller i mötet.\n\n"
                     "Brottsförebyggande rådet består av tre förtroendevalda utsedda av kommunstyrelsen och träffas "
                     "två gånger per år.\n")
    assert groups["Beredningen"]["reports_to"] == ["Styrgruppen"]
    assert groups["Beredningen"]["kind"] == "preparation"
    meeting = groups["Trygghetsmötet"]
    assert sorted(meeting["members"]) == ["fältassistent", "områdespolis"] and meeting["chair"] == "säkerhetschef"
    assert groups["Brottsförebyggande rådet"]["members"] == ["förtroendevald"]


def test_a_chair_after_its_verb_a_clause_of_calling_and_who_can_be_invited():
    groups = _groups("Trygghetsrådet består av kommundirektören och polischefen. Enligt avtalet är kommundirektören "
                     "rådets ordförande.\n\nFältgruppen består av fältassistenterna, Karlstads bilkårsförening och "
                     "Åbyhem; gruppen ses varje vecka och säkerhetschefen kallar. Rektorer kan bjudas in.\n")
    assert groups["Trygghetsrådet"]["chair"] == "kommundirektör"
    field = groups["Fältgruppen"]
    assert field["chair"] == "säkerhetschef"
    assert sorted(field["members"]) == ["Karlstads bilkårsförening", "fältassistent", "rektor", "Åbyhem"]


def test_a_group_said_to_be_the_samordningsfunktion_coordinates_and_views_handed_on_are_reports():
    groups = _groups("Samordningsgruppen är kommunens samordningsfunktion. Där möts trygghetssamordnaren, "
                     "kommunpolisen och säkerhetschefen varannan vecka.\n\n"
                     "Trygghetsrådet består av tre förtroendevalda och träffas två gånger per år. Synpunkter från "
                     "rådet lämnas till kommunstyrelsen.\n")
    assert groups["Samordningsgruppen"]["kind"] == "coordinators"
    assert groups["Trygghetsrådet"]["reports_to"] == ["kommunstyrelsen"]


def test_the_heads_of_two_bodies_are_one_each():
    assert members("kommundirektören och förvaltningscheferna för socialförvaltningen och bildningsförvaltningen") \
        == ["kommundirektör", "förvaltningschef för socialförvaltningen", "förvaltningschef för bildningsförvaltningen"]


def test_a_group_meeting_before_each_meeting_of_another_meets_as_often_and_a_meeting_place_is_a_forum():
    groups = _groups("Styrgruppen består av kommundirektören och polischefen och träffas fem gånger per år.\n\n"
                     "Beredningsgruppen består av kommunpolisen och säkerhetschefen. Gruppen ses en vecka före varje "
                     "möte i styrgruppen.\n\nTorgforum är en mötesplats för handlare och fastighetsägare. Det leds av "
                     "centrumutvecklaren.\n")
    assert groups["Beredningsgruppen"]["frequency_per_year"] == 5
    assert sorted(groups["Torgforum"]["members"]) == ["fastighetsägare", "handlare"]


def test_an_adverb_between_is_and_chair_still_names_the_chair():
    groups = _groups("Avtal om trygghet i Åby\n\nOrganisation\n\nArbetsgruppen möts varje vecka. Kommunpolisen är "
                     "dessutom ordförande i arbetsgruppen.\n")
    assert groups["Arbetsgruppen"]["chair"] == "kommunpolis"


def test_the_chair_of_a_clause_after_och_not_of_the_sentences_first_clause():
    groups = _groups("Avtal om trygghet i Åby\n\nOrganisation\n\nArbetsgruppen möts varje vecka. I gruppen ingår "
                     "fältsekreterarna. Även Åbyhem är med, och kommunpolisen håller i mötena.\n")
    assert groups["Arbetsgruppen"]["chair"] == "kommunpolis"
    assert groups["Arbetsgruppen"]["members"] == ["fältsekreterare", "Åbyhem"]


def test_a_chair_that_goes_by_turns_between_the_two_members():
    groups = _groups("Avtal om trygghet i Åby\n\nOrganisation\n\nStyrgruppen består av kommundirektören och "
                     "polischefen. Ordförandeskapet går på tur mellan dem.\n")
    assert groups["Styrgruppen"]["chair"] == ["kommundirektör", "polischef"]
    assert groups["Styrgruppen"]["chair_alternating"] is True


def test_a_function_that_is_a_member_of_a_group_with_the_chair_some_years():
    groups = _groups("Avtal om trygghet i Åby\n\nOrganisation\n\nStyrgruppen möts varje månad. Kommundirektören "
                     "ingår i styrgruppen. Polischefen ansvarar för polisens del och är den andra medlemmen i "
                     "styrgruppen, med ordförandeskapet jämna år.\n")
    assert groups["Styrgruppen"]["members"] == ["kommundirektör", "polischef"]


def test_those_who_take_part_besides_the_leaders_make_the_leaders_members():
    groups = _groups("Avtal om trygghet i Åby\n\nOrganisation\n\nArbetsgruppen leds av kommunpolisen, och i den "
                     "ingår därutöver fältsekreterare. Arbetsgruppen träffas varje vecka.\n")
    assert groups["Arbetsgruppen"]["members"] == ["kommunpolis", "fältsekreterare"]


def test_a_member_marked_chair_by_a_relative_clause_inside_the_list():
    groups = _groups("Avtal om trygghet i Åby\n\nOrganisation\n\nI styrgruppen ingår kommundirektören, som är "
                     "ordförande, polischefen och socialchefen. Styrgruppen möts fyra gånger per år.\n")
    assert groups["Styrgruppen"]["members"] == ["kommundirektör", "polischef", "socialchef"]
    assert groups["Styrgruppen"]["chair"] == "kommundirektör"


def test_a_chair_in_the_last_clause_and_a_report_target_before_what_is_reported():
    groups = _groups("Avtal om trygghet i Åby\n\nOrganisation\n\nLöftet följs upp av Trygghetsgruppen, där "
                     "kommunpolisen och fältsekreterarna sitter. Gruppen ses en gång i månaden och "
                     "trygghetssamordnaren leder den. Varje halvår redovisar Trygghetsgruppen till kommunstyrelsen "
                     "hur det går.\n")
    assert groups["Trygghetsgruppen"]["chair"] == "trygghetssamordnare"
    assert groups["Trygghetsgruppen"]["reports_to"] == ["kommunstyrelsen"]


def test_items_marked_with_arrowheads_are_a_list():
    from samverkan.extract.meaning.text import BULLET
    assert BULLET.match("  ▸ Trygghet i centrum").group("text") == "Trygghet i centrum"


def test_a_chair_that_rotates_between_the_municipalities_is_one_of_their_directors():
    groups = _groups("Avtal om trygghet i Åby och Nyby\n\nOrganisation\n\nLedningsgruppen består av en kommundirektör "
                     "från varje kommun och polischefen. Ordförande är en av kommundirektörerna: uppdraget roterar "
                     "mellan kommunerna ett år i sänder. Ledningsgruppen redovisar arbetet för respektive "
                     "kommunstyrelse.\n")
    assert groups["Ledningsgruppen"]["chair"] == "kommundirektör"
    assert groups["Ledningsgruppen"]["chair_alternating"] is True
    assert groups["Ledningsgruppen"]["reports_to"] == ["kommunstyrelse"]


def test_members_one_or_the_other():
    assert members("en fältsekreterare eller socialsekreterare från varje kommun", prose=False) == [
        "fältsekreterare", "socialsekreterare"]


def test_a_relative_clause_saying_whom_a_forum_is_open_for_keeps_its_list():
    groups = _groups("Avtal om trygghet i Åby\n\nOrganisation\n\nKommunen bjuder vår och höst in till Trygghetsforum "
                     "Åby, som är öppet för föreningar, fastighetsägare och boende.\n")
    assert groups["Trygghetsforum Åby"]["members"] == ["förening", "fastighetsägare", "boende"]


def test_verbs_of_a_relative_clause_joined_by_eller_are_no_list():
    assert members("alla som bor eller verkar i kommunen", prose=False) == []


def test_a_capitalised_compound_of_ledning_or_funktion_names_a_body():
    text = ("Organisation\n\nTrygghetsledningen leds av kommundirektören och består av kommundirektören och "
            "polischefen. Den träffas sex gånger per år och rapporterar till kommunstyrelsen.\n\n"
            "Kontaktfunktionen består av två handläggare från socialtjänsten och rapporterar till "
            "Trygghetsledningen.\n\nInledningen ovan beskriver läget.\n")
    groups = _groups(text)
    assert groups["Trygghetsledningen"]["frequency_per_year"] == 6
    assert groups["Trygghetsledningen"]["reports_to"] == ["kommunstyrelsen"]
    assert groups["Kontaktfunktionen"]["reports_to"] == ["Trygghetsledningen"]
    assert not any("nledning" in name for name in groups if name != "Trygghetsledningen")


LAYOUT = """    Organisation

    Grupp           Deltagare                Ordförande         Möten            Rapporterar till
    -------------------------------------------------------------------------------------------
    Styrgrupp       Kommundirektör           Kommundirektör     Sex gånger       Kommunstyrelsen
                    Polischef                                   per år

    Arbetsgrupp     Fältassistent            Kommunpolis        Varje vecka      Styrgrupp
    för unga        Kommunpolis
                    Ansvarig för


    Åby kommun                                                        Sida 1 av 2
    ___________________________________________________________________________
    Avtal om trygghet 2026                                       KS 2026/0042


                    förebyggande
                    insatser
                    Fritidsgårdens
                    personal

    Ordförandeskapet i styrgruppen innehas under hela perioden av kommundirektören.

    Åby kommun                                                        Sida 2 av 2
    ___________________________________________________________________________
    Avtal om trygghet 2026                                       KS 2026/0042
"""


def test_a_layout_table_goes_on_past_a_page_break_and_its_cells_broken_over_lines_are_whole():
    groups = _groups(LAYOUT)
    work = groups["Arbetsgrupp för unga"]  # the name and the last members after the footer and the next header
    assert work["members"] == ["fältassistent", "kommunpolis", "ansvarig för förebyggande insatser",
                               "fritidsgårdens personal"]
    assert (work["chair"], work["reports_to"]) == ("kommunpolis", ["Styrgrupp"])
    assert groups["Styrgrupp"]["chair"] == "kommundirektör"  # "innehas under hela perioden av"


def test_a_semicolon_parts_two_main_clauses_and_a_relative_in_vilken_names_no_chair():
    text = ("Organisation\n\nSamverkan leds av en ledningsgrupp, Trygga Åby, i vilken stadsdirektören, som är "
            "ordförande, polischefen och skolchefen ingår och som sammanträder fyra gånger per år; ledningsgruppens "
            "möten förbereds av kommunpolisen och kommunens strateg, vilka tillsammans utgör samordnarna och som "
            "träffas varje månad.\n\nTrygghetsrådet består av kommunalrådet och polischefen. Ordförandeskapet "
            "roterar och innehas ett år i taget av kommunalrådet respektive polischefen.\n")
    groups = _groups(text)
    assert groups["Trygga Åby"]["chair"] == "stadsdirektör"
    assert groups["Trygga Åby"]["frequency_per_year"] == 4
    assert groups["Samordnarna"]["frequency_per_year"] == 12
    assert groups["Trygghetsrådet"]["chair"] == ["kommunalråd", "polischef"]


def test_members_who_meet_in_a_group_fronted_with_its_spelled_out_abbreviation():
    text = ("Samverkansavtal för Åby\n\nSamverkan sker i flera grupper.\n\n"
            "I Fältgruppen (samordning av fältarbete) möts närpoliserna, fritidsledarna och skolkuratorerna "
            "varje måndag för att planera veckan. Fältgruppen rapporterar till styrgruppen.\n")
    group = _groups(text)["Fältgruppen"]
    assert group["members"] == ["närpolis", "fritidsledare", "skolkurator"]  # weekday and purpose end the list
    assert group["frequency_per_year"] == 52


def test_a_group_a_change_log_says_has_been_replaced_is_not_listed():
    groups = _groups("Organisation\n\nVersion 2.0: Ungdomsrådet har ersatts av Fältgruppen. Kvartersgruppen har "
                     "avvecklats.\n\nFältgruppen består av fritidsledare och närpoliser och träffas varje vecka.\n")
    assert "Ungdomsrådet" not in groups and "Kvartersgruppen" not in groups
    assert groups["Fältgruppen"]["frequency_per_year"] == 52


def test_members_invited_to_a_meeting_in_a_clause_opened_by_dit():
    groups = _groups("Samverkansavtal för Åby\n\nTorgforum Åby är ett öppet forum dit butiksägare, församlingar och "
                     "idrottsföreningar bjuds in. Forumet hålls två gånger per år.\n")
    assert groups["Torgforum Åby"]["members"] == ["butiksägare", "församling", "idrottsförening"]


@pytest.mark.parametrize(("written", "listed"), [
    ("fritidsledare från Åbyns fritidsgård", "fritidsledare"),  # a noun in -are without an article: many
    ("bovärdar från Åbyhem AB", "bovärd"),  # many, at a company named by its AB
    ("spelledare från stadsdelens ungdomsgårdar", "spelledare"),  # a genitive and a plural: where they are
    ("näringsidkare i de centrala kvarteren", "näringsidkare"),  # where many are, by an adjective
    ("en samordnare från kulturförvaltningen", "samordnare från kulturförvaltningen"),  # one, told apart
    ("länsrådet vid LST", "länsråd"),  # the one person the definite form names
    ("ordföranden i Åby Idrottsförening", "ordförande i Åby Idrottsförening"),  # an office of a body keeps it
    ("KD från var och en av kommunerna", "KD"),  # "var och en": no verb, no part
    ("LPO:s KP", "KP"),  # a short form of a function, whose body the short owner only says
    ("kommunernas säkerhetssamordnare", "säkerhetssamordnare"),  # the parties' genitive, plural
    ("närpolisen med längst tjänstgöring i Åby", "närpolis"),  # which one of them, no part of the function
    ("ett kalenderår i taget", None),  # a time, no one
])
def test_more_members_as_a_reader_lists_them(written, listed):
    assert member(written) == listed


def test_an_open_forums_cell_lists_the_actors_it_is_open_to():
    assert members("Öppet för föreningar, trossamfund och näringsidkare i Åby") == [
        "förening", "trossamfund", "näringsidkare"]


def test_a_key_in_columns_names_groups_by_initials_and_one_group_per_place():
    text = ("Regional överenskommelse om samverkan i Åby län\n\nFörkortningar\n\nI texten används:\n\n"
            "  SF    säkerhetsföreträdare\n  LLG   Länets ledningsgrupp\n  KAG   kommunal arbetsgrupp\n\n"
            "Organisation\n\nLLG består av SF från var och en av kommunerna och länsrådet vid LST. LLG "
            "sammanträder fyra gånger per år.\n\nI varje kommun finns en KAG: KAG Åby, KAG Öby och KAG Ändby. En "
            "KAG består av kommunens SF, en rektor och räddningstjänsten. SF leder KAG, som möts varje månad. "
            "Varje KAG rapporterar till LLG.\n")
    groups = _groups(text)
    assert groups["LLG"]["kind"] == "steering" and groups["LLG"]["members"] == ["SF", "länsråd"]
    assert "KAG" not in groups
    for place in ("Åby", "Öby", "Ändby"):
        group = groups[f"KAG {place}"]
        assert group["members"] == ["SF", "rektor", "räddningstjänsten"]
        assert group["chair"] == "SF" and group["frequency_per_year"] == 12 and group["reports_to"] == ["LLG"]


def test_a_minutes_decisions_item_by_item():
    text = ("PROTOKOLL\n\nProtokoll från uppstartsmöte om samverkan i Åby\n\n"
            "Punkt 3: Styrgruppens sammansättning\nMötet beslutade att Styrgruppen Tryggt i Åby ska bestå av "
            "kommundirektören och lokalpolisområdeschefen.\n\n"
            "Punkt 4: Ordförande i styrgruppen\nMötet beslutade att ordförandeskapet innehas av kommundirektören "
            "under 2025 och "
            "av lokalpolisområdeschefen under 2026, och därefter växelvis.\n\n"
            "Punkt 5: Beredning\nMötet beslutade att inrätta en beredningsgrupp, som förbereder styrgruppens möten. "
            "I beredningsgruppen ingår säkerhetssamordnaren och kommunpolisen.\n\n"
            "Punkt 6: Återrapportering\nMötet beslutade att styrgruppen rapporterar till kommunstyrelsen.\n")
    groups = _groups(text)
    assert set(groups) == {"Styrgruppen Tryggt i Åby", "Beredningsgrupp"}  # the heading's "Beredning" is it
    steering = groups["Styrgruppen Tryggt i Åby"]
    assert steering["members"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert steering["chair"] == ["kommundirektör", "lokalpolisområdeschef"] and steering["chair_alternating"]
    assert steering["reports_to"] == ["kommunstyrelsen"]
    assert groups["Beredningsgrupp"]["reports_to"] == ["Styrgruppen Tryggt i Åby"]


def test_an_e_mails_people_by_function_and_its_quoted_mail_left_out():
    text = ("Från: Eva Påhittsdotter <eva@example.se>\nSkickat: den 3 mars 2025 10:00\n"
            "Till: Nils Låtsasson <nils@example.se>\nKopia: Ali Fiktivsson <ali@example.se>; Sara Diktsdotter\n"
            "Ämne: SV: Avtalet\n\nHej Nils,\n\nAli, som är vår lokalpolisområdeschef, har läst utkastet. "
            "Vi bestämde:\n\n  * Chefsgruppen: du och Ali. Fyra möten per år.\n"
            "  * Samordnarparet: jag och Sara (trygghetssamordnare). Vi ses varje vecka och bereder chefsgruppens "
            "möten.\n"
            "  * Ali och du skriver under.\n\nHälsningar\n\nEva Påhittsdotter\nKommunpolis\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Nils Låtsasson\n\n> - Trafikgruppen vill jag ha kvar.\n>\n"
            "> Nils Låtsasson\n> Kommundirektör\n")
    plain = _plain_of(text)
    groups = plain["groups"]
    assert groups["Chefsgruppen"]["members"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert groups["Samordnarparet"]["kind"] == "coordinators"
    assert groups["Samordnarparet"]["members"] == ["kommunpolis", "trygghetssamordnare"]
    assert groups["Samordnarparet"]["frequency_per_year"] == 52
    assert groups["Samordnarparet"]["reports_to"] == ["Chefsgruppen"]
    assert "Trafikgruppen" not in groups  # the quoted mail is what was said before
    assert {k: v["title"] for k, v in plain["signatories"].items()} == {
        "Ali Fiktivsson": "lokalpolisområdeschef", "Nils Låtsasson": "kommundirektör"}


def _plain_of(text: str) -> dict:
    return recognise(Document.from_text("x.txt", text, None)).to_plain()
def test_a_named_meeting_the_parties_invite_to_at_a_frequency_is_a_forum():
    text = ("Samverkan i Påhittby\n\nStyrgruppen består av kommundirektören och lokalpolisområdeschefen.\n\n"
            "Varje vår och höst bjuder kommunen och polisen in till Trygghetssamtalet i Folkets hus. Mötet är "
            "öppet för invånare i allmänhet och i synnerhet för handlare och fastighetsägare.\n\n"
            "Två gånger per termin bjuder vi in till Grannkaféet, ett öppet samtal för boende och föreningar.\n")
    found = _groups(text)
    assert found["Trygghetssamtalet"]["frequency_per_year"] == 2
    assert found["Trygghetssamtalet"]["kind"] == "forum"
    assert found["Trygghetssamtalet"]["members"] == ["invånare", "handlare", "fastighetsägare"]
    assert found["Grannkaféet"]["members"] == ["boende", "förening"]
    assert found["Grannkaféet"]["frequency_per_year"] == 4


def test_an_invitation_without_a_frequency_names_no_group():
    text = ("Samverkan i Påhittby\n\nStyrgruppen består av kommundirektören och lokalpolisområdeschefen. "
            "Kommunen bjuder in till Invigningen i Folkets hus.\n")
    assert "Invigningen" not in _groups(text)


def test_an_invitation_to_a_named_forum_gives_it_its_frequency_and_the_list_ends_at_a_new_clause():
    text = ("Organisation\n\nStyrgruppen består av kommundirektören och lokalpolisområdeschefen.\n\n"
            "Varje halvår bjuder vi och kommunen tillsammans med stiftelsen in till Trygghetsforum Norrby. Forumet "
            "är öppet för handlare, boende i centrum och föreningar, och kommunens brottssamordnare leder det.\n")
    forum = _groups(text)["Trygghetsforum Norrby"]
    assert forum["frequency_per_year"] == 2
    assert forum["members"] == ["handlare", "boende", "förening"]
    assert forum["chair"] == "brottssamordnare"


def test_a_group_named_for_the_people_the_sentence_before_made_its_subject():
    text = ("Organisation\n\nStyrgruppen består av kommundirektören och lokalpolisområdeschefen.\n\n"
            "Under styrgruppen arbetar kommunpolisen och kommunens brottssamordnare sida vid sida. De kallas i "
            "avtalet för Tvåmannagruppen och träffas var tredje vecka. De bereder styrgruppens möten.\n")
    pair = _groups(text)["Tvåmannagruppen"]
    assert pair["members"] == ["kommunpolis", "brottssamordnare"]
    assert pair["frequency_per_year"] == 17
    assert pair["reports_to"] == ["Styrgruppen"]


def test_a_name_in_apposition_to_a_definite_group_word_and_a_relative_aside_inside_the_list():
    text = ("Uppföljning\n\nLöftet följs upp i det lokala trygghetsrådet, Påhittbys TR, som samlas tre gånger per "
            "år. I rådet sitter kommunalrådet, som leder mötena, lokalpolisområdeschefen och fritidschefen.\n")
    council = _groups(text)["Påhittbys TR"]
    assert council["members"] == ["kommunalråd", "lokalpolisområdeschef", "fritidschef"]
    assert council["frequency_per_year"] == 3


def test_a_group_that_leads_the_cooperation_is_the_subject_and_chiefs_with_a_vd_decide():
    text = ("Organisation\n\nSamarbetet leds av Trygghetskommittén. Där ingår kommundirektören, polischefen och "
            "Påhitthems vd. Rådet möts sex gånger per år.\n")
    found = _groups(text)["Trygghetskommittén"]
    assert found["members"] == ["kommundirektör", "polischef", "vd för Påhitthem"]  # as the corpus README lists it
    assert found["frequency_per_year"] == 6
    led = _groups("Organisation\n\nArbetsgruppen leds av kommunpolisen och träffas varje vecka.\n")
    assert led["Arbetsgruppen"]["chair"] == "kommunpolis"  # a person's "leds av" is still a chair


def test_the_antecedent_of_a_relative_forms_the_group_and_a_kind_word_finds_the_group_it_named():
    text = ("Organisation\n\nArbetet styrs av en styrgrupp, Påhittby Tryggt, i vilken kommundirektören och "
            "polischefen ingår; styrgruppens möten förbereds av kommunpolisen och kommunens brottssamordnare, vilka "
            "tillsammans utgör samordnarna och som träffas varannan vecka.\n")
    pair = _groups(text)["Samordnarna"]
    assert pair["members"] == ["kommunpolis", "brottssamordnare"]
    assert pair["reports_to"] == ["Påhittby Tryggt"]


def test_roles_described_one_by_one_give_chairs_by_years_meetings_and_preparation():
    text = ("Roller och ansvar\n\nKommundirektören ingår i styrgruppen, som hon leder jämna år. Polischefen är den "
            "andra medlemmen i styrgruppen, med ordförandeskapet udda år.\n\nBrottssamordnaren håller i "
            "beredningsgruppen, som bereder alla ärenden som ska upp i styrgruppen, och sammankallar den var "
            "tredje vecka.\n\nFältassistenterna arbetar på kvällarna. De ingår i Nattgruppen, där även skolornas "
            "kuratorer deltar.\n")
    found = _groups(text)
    assert found["Styrgruppen"]["chair"] == ["kommundirektör", "polischef"]
    assert found["Styrgruppen"]["chair_alternating"] is True
    prep = found["Beredningsgruppen"]
    assert (prep["chair"], prep["frequency_per_year"], prep["reports_to"]) == ("brottssamordnare", 17, ["Styrgruppen"])
    assert found["Nattgruppen"]["members"] == ["fältassistent", "kurator"]


def test_the_two_sides_that_meet_in_a_where_clause_are_members():
    text = ("Organisation\n\n### Grannrådet\n\nGrannrådet är ett rådgivande organ där förtroendevalda från "
            "nämnden och representanter för handeln träffar kommunpolisen och fritidschefen. Rådet träffas "
            "fyra gånger per år.\n")
    assert _groups(text)["Grannrådet"]["members"] == ["förtroendevald", "handeln", "kommunpolis", "fritidschef"]


def test_what_a_forum_brings_forth_goes_to_the_group_it_reports_to():
    text = ("Organisation\n\nStyrgruppen består av kommundirektören och polischefen. Styrgruppen sammanträder en gång "
            "per kvartal och lämnar efter varje halvår en kort skriftlig lägesrapport till kommunstyrelsen.\n\n"
            "Beredningsgruppen består av kommunpolisen och brottssamordnaren och träffas varje månad.\n\n"
            "Två gånger per år bjuder kommunen in till Grannforum Påhittby. Forumet är öppet för boende och "
            "föreningar. "
            "Synpunkter från forumet tas om hand av beredningsgruppen.\n\n"
            "Företagarträffen är ett öppet möte för handlare, som hålls två gånger per år. Det som kommer fram "
            "där tar brottssamordnaren med sig till beredningsgruppen.\n")
    found = _groups(text)
    assert found["Styrgruppen"]["reports_to"] == ["kommunstyrelsen"]
    assert found["Grannforum Påhittby"]["reports_to"] == ["Beredningsgruppen"]
    assert found["Företagarträffen"]["reports_to"] == ["Beredningsgruppen"]


def test_a_long_sentence_whose_relative_clauses_go_on_about_the_groups_named_before_them():
    text = ("Organisation\n\nArbetet leds av en styrgrupp, Påhittby Tryggt, i vilken kommundirektören och polischefen "
            "ingår; styrgruppens möten förbereds av kommunpolisen och brottssamordnaren, vilka tillsammans utgör "
            "samordnarna och som träffas varannan vecka.\n\nDet dagliga arbetet bedrivs i ett skolnätverk, "
            "där fritidsledarna, en skolsköterska från varje skola och en områdespolis deltar, vilket leds av en av "
            "fritidsledarna, träffas varje tisdag under terminerna och lyfter det som kräver beslut till "
            "samordnarna, vilka också varje vår och höst bjuder in handlare, bostadsrättsföreningar och boende "
            "till ett öppet Grannmöte Påhittby torg, vars synpunkter samordnarna för vidare till Påhittby Tryggt.\n")
    found = _groups(text)
    network = found["Skolnätverk"]
    assert network["members"] == ["fritidsledare", "skolsköterska", "områdespolis"]
    assert (network["frequency_per_year"], network["reports_to"]) == (40, ["Samordnarna"])
    meeting = found["Grannmöte Påhittby torg"]
    assert (meeting["kind"], meeting["frequency_per_year"]) == ("forum", 2)
    assert meeting["members"] == ["handlare", "bostadsrättsförening", "boende"]
    assert meeting["reports_to"] == ["Påhittby Tryggt"]


def test_the_people_a_group_is_said_to_be_a_body_with_are_members():
    text = ("Organisation\n\n**Trygghetsrådet** är stadens råd med förtroendevalda och representanter för "
            "räddningstjänsten och handeln. Rådet träffas två gånger per år.\n")
    assert _groups(text)["Trygghetsrådet"]["members"] == ["förtroendevald", "räddningstjänsten", "handeln"]


def test_a_headerless_table_of_labels_and_values_under_a_group_heading_is_that_groups_fields():
    text = ("# Bilaga 2\n\n## Samordningsgruppen Påhittby\n\n| | |\n|---|---|\n"
            "| Uppdrag | Förbereder ledningsgruppens sammanträden |\n| Kallar | Brottssamordnaren |\n"
            "| Ingår | Brottssamordnare, områdespolis, fältsekreterare |\n| Träffas | Varannan månad |\n"
            "| Rapporterar till | Ledningsgruppen i Påhittby kommun |\n\n"
            "## Ledningsgruppen\n\n| | |\n|---|---|\n| Deltagare | Kommundirektör, polischef |\n")
    found = _groups(text, "x.md")
    group = found["Samordningsgruppen Påhittby"]
    assert group["members"] == ["brottssamordnare", "områdespolis", "fältsekreterare"]
    assert (group["chair"], group["frequency_per_year"]) == ("brottssamordnare", 6)
    assert group["kind"] == "preparation"  # its task says it prepares another's meetings
    assert found["Ledningsgruppen"]["members"] == ["kommundirektör", "polischef"]
    assert not any("förbereder" in name.casefold() for name in found)


def test_a_body_a_group_reports_to_drops_the_place_that_only_says_whose_it_is():
    text = ("Organisation\n\nStyrgruppen träffas fyra gånger per år och rapporterar till "
            "polisområdesledningen i Påhittby.\n")
    assert _groups(text)["Styrgruppen"]["reports_to"] == ["polisområdesledningen"]


def test_a_group_given_initials_in_apposition_as_the_place_of_the_work_and_its_meetings_where_others_take_part():
    text = ("Organisation\n\nDet dagliga arbetet sker i den lokala gruppen, LoG. Brottssamordnaren kallar till "
            "och leder mötena, där även områdespolisen, fritidsförvaltningens fältteam och rektorerna deltar. "
            "LoG träffas varannan vecka och rapporterar till styrgruppen.\n")
    group = _groups(text)["LoG"]
    assert group["chair"] == "brottssamordnare"
    assert group["members"] == ["brottssamordnare", "områdespolis", "fritidsförvaltningens fältteam", "rektor"]
    assert (group["frequency_per_year"], group["reports_to"]) == (26, ["styrgruppen"])


def test_a_slide_heading_with_initials_before_the_name_and_question_labels():
    slides = "".join(f"--- Bild {n} ---\n{body}\n\n" for n, body in enumerate([
        "Tryggt Åby\nÅby kommun och polisen", "LG – Ledningsgrupp Tryggt Åby\n  Vilka?   KD · LPOC · SOC\n"
        "  Ordf.?   KD/LPOC – växlar varje år\n  Hur ofta?   6 ggr/år", "Nästa steg\n  Första LG-möte i mars"], 1))
    group = _groups(slides)["LG"]
    assert (group["kind"], group["members"]) == ("steering", ["KD", "LPOC", "SOC"])
    assert (group["chair"], group["chair_alternating"], group["frequency_per_year"]) == (["KD", "LPOC"], True, 6)


def test_roles_a_party_commits_to_in_a_group_it_names_or_named_just_before():
    text = ("Åtaganden\n\nKommunen åtar sig att\n\n  1. låta socialchefen ingå i den nya samordningsgruppen för "
            "arbetet, Samordningsgrupp Åby, och att socialchefen är dess ordförande;\n"
            "  2. låta nämndsekreteraren vara sekreterare i Samordningsgrupp Åby;\n"
            "  3. avdela fältsekreteraren till arbetsgruppen och låta fältsekreteraren vara sammankallande där.\n\n"
            "Möten\n\nSamordningsgrupp Åby träffas sex gånger per år och redovisar för styrgruppen och för "
            "nämnden. Arbetsgruppen träffas varje vecka.\n")
    found = _groups(text)
    group = found["Samordningsgrupp Åby"]
    assert (group["chair"], group["members"]) == ("socialchef", ["socialchef", "nämndsekreterare"])
    assert group["reports_to"] == ["styrgruppen", "nämnden"]
    assert found["Arbetsgruppen"]["chair"] == "fältsekreterare"


def test_a_fronted_bare_group_word_is_the_group_being_told_about_and_a_network_hands_its_questions_on():
    text = ("Organisation\n\n    Kommunstyrelsen\n        ^\n    Styrgruppen för Åby\n        ^\n    Arbetsgruppen\n\n"
            "Styrgruppen för Åby är beslutande. Gruppen möts fyra gånger per år. I gruppen ingår kommundirektören "
            "och polischefen.\n\nNätverket Unga Åby består av fritidsledarna och kommunpolisen. Nätverket ses "
            "varje månad och för sina frågor vidare till Arbetsgruppen.\n")
    found = _groups(text)
    assert found["Styrgruppen för Åby"]["members"] == ["kommundirektör", "polischef"]
    assert "members" not in found.get("Arbetsgruppen", {})
    assert found["Nätverket Unga Åby"]["reports_to"] == ["Arbetsgruppen"]


def test_a_group_told_in_running_prose_its_chair_taking_part_too_an_invitation_in_a_second_clause_and_a_summary_sent():
    text = ("Inför mässor\n\nInför varje mässa samlas Mässgruppen, och det sker vid behov. Det är kommunens "
            "näringslivsutvecklare som kallar till mötena. Med i gruppen är också kommunpolisen, och dessutom "
            "bjuds projektledaren för den aktuella mässan in. Efteråt skickar näringslivsutvecklaren en sammanfattning "
            "till Samordningsgruppen.\n")
    group = _groups(text)["Mässgruppen"]
    assert group["chair"] == "näringslivsutvecklare"
    assert group["members"] == ["näringslivsutvecklare", "kommunpolis", "projektledare"]
    assert (group["frequency_per_year"], group["reports_to"]) == (None, ["Samordningsgruppen"])


def test_a_forum_named_by_a_word_after_its_capitalised_compound_that_a_commitment_invites_to_and_meets_in_weeks():
    text = ("Åtaganden\n\nKommunen åtar sig att\n\n  1. bjuda in handlare och föreningar till Vinterforum torget, "
            "som kommunens kulturstrateg leder.\n\nMöten\n\nVinterforum torget hålls varje onsdag under veckorna "
            "2–11 i biblioteket.\n")
    forum = _groups(text)["Vinterforum torget"]
    assert (forum["kind"], forum["chair"], forum["frequency_per_year"]) == ("forum", "kulturstrateg", 10)
    assert forum["members"] == ["handlare", "förening"]


def test_slides_name_groups_by_initials_in_apposition_list_one_member_a_line_and_draw_reports_as_arrows():
    slides = "".join(f"--- Bild {n} ---\n{body}\n\n" for n, body in enumerate([
        "Tryggt Åby\nÅby kommun och polisen",
        "Så hänger det ihop\n  Överst sitter ledningsgruppen, LG.\n"
        "  Under LG: den operativa gruppen, OG – gör jobbet.\n"
        "  OG → LG\n  LG → KS (rapport 2 ggr/år)",
        "LG – Ledningsgrupp Åby\n  Vilka?   KD · LPOC\n  Hur ofta?   4 ggr/år\n"
        "Talaranteckningar: Här sitter cheferna, korta möten.",
        "OG – Operativ grupp\n  BRS (sammankallande)\n  KP\n  fältare\n  Åbybo (bovärd)\n  2 ggr/mån\n  → LG"], 1))
    found = _groups(slides)
    assert set(found) == {"LG", "OG"}  # "Under LG" is where, no group
    assert (found["LG"]["members"], found["LG"]["frequency_per_year"]) == (["KD", "LPOC"], 4)
    og = found["OG"]
    assert (og["chair"], og["members"]) == ("BRS", ["BRS", "KP", "fältare", "Åbybo"])
    assert (og["frequency_per_year"], og["reports_to"]) == (24, ["LG"])


def test_a_where_clause_adds_only_the_main_clauses_subject_and_a_member_clause_after_och_stays_one_list():
    text = ("Organisation\n\nPolischefen är ordförande i Skolgruppen. Fritidsledarna arbetar kvällstid. De ingår i "
            "Skolgruppen, där även kuratorerna och bovärdarna deltar.\n\nI Trygghetsrådet sitter två "
            "förtroendevalda, och kommunpolisen deltar för polisens räkning. Trygghetsrådet träffas två gånger "
            "per år.\n")
    found = _groups(text)
    assert found["Skolgruppen"]["members"] == ["fritidsledare", "kurator", "bovärd"]  # the chair takes no part
    assert found["Trygghetsrådet"]["members"] == ["förtroendevald", "kommunpolis"]


def test_a_group_named_in_full_as_a_successor_keeps_that_name_when_told_of_by_its_word_alone():
    text = ("Organisation\n\nKvällsgruppen upphör vid årsskiftet och ersätts av Torggruppen Norr–Söder. "
            "Torggruppen leds av kommunpolisen. I den ingår i övrigt fältassistenter och Åbyhem. Gruppen ses "
            "varannan vecka.\n")
    found = _groups(text)
    assert set(found) == {"Torggruppen Norr–Söder"}
    assert found["Torggruppen Norr–Söder"]["members"] == ["kommunpolis", "fältassistent", "Åbyhem"]


def test_these_bodies_put_outside_the_agreement_are_all_the_groups_the_sentence_before_named():
    text = ("Organisation\n\nDet regionala avtalet styrs av en regional ledningsgrupp med länspolismästaren och "
            "landshövdingen och bereds av den regionala samordningsgruppen. Dessa organ omfattas inte av denna "
            "överenskommelse.\n\nArbetsgruppen Torget består av fältassistenter och områdespoliser och ses varje "
            "vecka.\n")
    assert set(_groups(text)) == {"Arbetsgruppen Torget"}


def test_a_heading_of_local_coordinators_names_them_when_the_text_bears_it_out():
    text = ("3. Organisation\n\n3.1 Lokala samordnare\nFältsamordnaren och kommunpolisen är lokala samordnare. De "
            "ses varannan vecka och ansvarar inför styrgruppen.\n")
    found = _groups(text)["Lokala samordnare"]
    assert (found["kind"], found["members"], found["frequency_per_year"]) == (
        "coordinators", ["fältsamordnare", "kommunpolis"], 26)


@pytest.mark.parametrize(("written", "listed"), [
    ("socialnämndens ordförande", "socialnämndens ordförande"),  # an office keeps its body
    ("nämndens presidium", "nämndens presidium"),
    ("kommunens säkerhetschef", "säkerhetschef"),  # a function drops the party's genitive
])
def test_an_office_of_a_body_keeps_the_body_a_function_drops_it(written, listed):
    assert member(written) == listed


def test_members_as_before_one_who_convenes_and_those_who_reinforce_them():
    text = ("Organisation\n\nBeredningsgruppen består som tidigare av säkerhetschefen, som kallar, och "
            "kommunpolisen, förstärkta med fältsekreterare, och träffas varje vecka.\n")
    found = _groups(text)["Beredningsgruppen"]
    assert found["members"] == ["säkerhetschef", "kommunpolis", "fältsekreterare"]
    assert (found["chair"], found["frequency_per_year"]) == ("säkerhetschef", 52)


def test_a_participle_names_who_convenes_and_a_target_denied_is_no_target():
    text = ("Organisation\n\nStyrgruppen består av kommundirektören.\n\nBeredningsgruppen består av kommunpolisen."
            "\n\nSkolgruppen består av kuratorer och fritidsledare, sammankallade av en samordnare, och lämnar sina "
            "lägesöversikter till beredningsgruppen och inte direkt till styrgruppen.\n")
    found = _groups(text)["Skolgruppen"]
    assert (found["members"], found["chair"]) == (["kurator", "fritidsledare"], "samordnare")
    assert found["reports_to"] == ["Beredningsgruppen"]


def test_a_decision_clause_adds_its_subject_as_a_member():
    text = ("Organisation\n\nStyrgruppen består av kommundirektören och polischefen.\n\nBeslutades\n"
            "  att socialchefen ingår i styrgruppen från och med nästa möte.\n")
    assert _groups(text)["Styrgruppen"]["members"] == ["kommundirektör", "polischef", "socialchef"]


def test_a_follow_up_in_the_past_tense_names_members_and_chairs_of_the_groups_it_reports_on():
    text = ("Organisation\n\nUnder året fanns Samverkansgruppen Åby, där fältassistenter och bovärdar skulle ses "
            "varje vecka. Gruppen sammankallades av kommunpolisen.\n\nTorggruppen skulle mötas varje månad. "
            "Ordförande var säkerhetschefen.\n")
    found = _groups(text)
    assert found["Samverkansgruppen Åby"]["members"] == ["fältassistent", "bovärd"]
    assert found["Samverkansgruppen Åby"]["chair"] == "kommunpolis"
    assert found["Torggruppen"]["chair"] == "säkerhetschef"


def test_a_name_of_lower_case_words_ending_in_a_group_word():
    text = ("Samverkan i Exby\n\nOrganisation\n\nArbetet leds av en tvärsektoriell ledningsgrupp där kommundirektören "
            "och lokalpolisområdeschefen ingår. Gruppen, som här benämns Gemensamma trygghetsrådet, leds av "
            "kommundirektören och möts sex gånger om året.\n\nFältgruppen träffas varje vecka och rapporterar till "
            "Gemensamma trygghetsrådet.\n")
    groups = _groups(text)
    council = groups["Gemensamma trygghetsrådet"]  # not "Gemensamma": the name runs to its group word
    assert council["members"] == ["kommundirektör", "lokalpolisområdeschef"] and council["frequency_per_year"] == 6
    assert groups["Fältgruppen"]["reports_to"] == ["Gemensamma trygghetsrådet"]
    assert "Gemensamma" not in groups


def test_a_pair_named_by_a_common_noun_after_an_inverted_verb():
    text = ("Samverkan i Exby\n\nOrganisation\n\nStyrgruppen leds av kommundirektören och möts fyra gånger om året.\n\n"
            "Varje måndag stämmer kommunens brottsförebyggare och kommunpolisen av läget. Gemensamt kallas de "
            "samordningsgruppen, och de förbereder styrgruppens möten.\n")
    group = _groups(text)["Samordningsgruppen"]
    assert group["members"] == ["brottsförebyggare", "kommunpolis"] and group["reports_to"] == ["Styrgruppen"]


def test_a_pair_is_not_named_by_a_common_noun_that_is_no_group_word():
    text = ("Samverkan i Exby\n\nOrganisation\n\nVarje måndag stämmer kommunens brottsförebyggare och kommunpolisen "
            "av läget. Tillsammans kallas de ofta hjältar, och de förbereder styrgruppens möten.\n")
    assert "hjältar" not in _groups(text)


def test_the_frequency_of_meeting_not_of_reporting_in_one_sentence():
    text = ("Samverkan i Exby\n\nOrganisation\n\nStyrgruppen består av kommundirektören och "
            "lokalpolisområdeschefen. Styrgruppen träffas varannan månad och informerar kommunstyrelsen "
            "två gånger om året.\n")
    assert _groups(text)["Styrgruppen"]["frequency_per_year"] == 6


def test_a_group_with_no_connection_to_the_cooperation_is_left_out():
    text = ("Samverkan i Exby\n\nOrganisation\n\nStyrgruppen leds av kommundirektören och möts fyra gånger om året.\n\n"
            "Inom kommunen finns Beredskapsnätverket, där varje förvaltning ingår. Nätverket leds av "
            "beredskapschefen. Det har ingen koppling till samverkan med polisen.\n")
    assert "Beredskapsnätverket" not in _groups(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("ordförandena i kulturnämnden och miljönämnden samt polischefen",
     ["ordförande i kulturnämnden", "ordförande i miljönämnden", "polischef"]),
    ("cheferna för skolförvaltningen, vårdförvaltningen och stadsbyggnadsförvaltningen",
     ["chef för skolförvaltningen", "chef för vårdförvaltningen", "chef för stadsbyggnadsförvaltningen"]),
    ("rektorerna i området och polisen", ["rektor", "polisen"]),  # a place and a party: two members
])
def test_a_plural_role_is_shared_out_over_bodies_of_one_kind(text, expected):
    assert members(text) == expected


def test_a_group_that_gets_another_groups_reports_is_where_they_go():
    text = ("Samverkan i Exby\n\nOrganisation\n\nLedningsgruppen (LG) består av kommundirektören och "
            "lokalpolisområdeschefen och möts fyra gånger om året.\n\nTrygghetsrådet (TR) leds av kommunstyrelsens "
            "ordförande. TR får LG:s lägesrapporter men fattar inga beslut.\n")
    assert _groups(text)["Ledningsgruppen"]["reports_to"] == ["Trygghetsrådet"]


CUT_AFTER_COMMA = """Avtal om samverkan

1 Parter
Åby kommun och Polismyndigheten, lokalpolisområde Åby.

2 Organisation
2.1 Styrgrupp
Styrgruppen består av kommundirektören, lokalpolisområdeschefen,

Åby kommun | Polismyndigheten                                  Sida 1 av 2

Avtal om samverkan 2026                                        Dnr KS 2026/0042

kultur- och fritidschefen och miljöchefen. Kommundirektören är ordförande.

3 Giltighet
Avtalet gäller under 2026.

Åby kommun | Polismyndigheten                                  Sida 2 av 2

Avtal om samverkan 2026                                        Dnr KS 2026/0042
"""


def test_a_member_list_cut_after_a_comma_by_a_page_break_goes_on_after_the_header():
    groups = _groups(CUT_AFTER_COMMA)
    assert set(groups["Styrgrupp"]["members"]) == {"kommundirektör", "lokalpolisområdeschef",
                                                    "kultur- och fritidschef", "miljöchef"}


WE_FORM = """Överenskommelse om samverkan

Parter är Åby kommun och Polismyndigheten, lokalpolisområde Åby.

## Så arbetar vi

**Chefsgruppen.** Kommundirektören och lokalpolisområdeschefen leder arbetet tillsammans med kulturchefen och
miljöchefen. Vi träffas tre gånger om året.

**Områdesgruppen.** Här sitter vi som möter invånarna varje dag: kommunpolisen, fritidsledarna och en
bovärd från Åbyhem. Fritidschefen kallar oss. Vi berättar för chefsgruppen vad vi har sett sedan sist.

**Kvällsteamet.** Nattvandrarna och fältarbetarna träffas varje vecka. Vi leds av en av fältarbetarna och vi
rapporterar till områdesgruppen.
"""


def test_those_who_lead_the_work_together_with_others_are_all_members():
    groups = _groups(WE_FORM, "x.md")
    assert set(groups["Chefsgruppen"]["members"]) == {"kommundirektör", "lokalpolisområdeschef", "kulturchef",
                                                      "miljöchef"}


def test_we_who_sit_here_are_the_list_after_the_colon_and_who_calls_us_leads():
    group = _groups(WE_FORM, "x.md")["Områdesgruppen"]
    assert set(group["members"]) >= {"kommunpolis", "fritidsledare", "bovärd från Åbyhem"}
    assert group["chair"] == "fritidschef"


def test_telling_a_group_what_we_have_seen_reports_to_the_group_alone():
    assert _groups(WE_FORM, "x.md")["Områdesgruppen"]["reports_to"] == ["Chefsgruppen"]


def test_we_after_and_starts_a_new_clause_and_is_no_chair():
    assert _groups(WE_FORM, "x.md")["Kvällsteamet"]["chair"] == "fältarbetare"


def test_who_the_daily_coordination_is_done_by_are_the_coordinators():
    text = ("Överenskommelse om samverkan\n\nParter är Åby kommun och Polismyndigheten, lokalpolisområde Åby.\n\n"
            "3. Organisation\n\n3.1 Samordningsfunktion\n"
            "Den löpande samordningen sköts av trygghetssamordnaren och kommunpolisen, som talas vid varje vecka.\n")
    assert set(_groups(text)["Samordningsfunktion"]["members"]) == {"trygghetssamordnare", "kommunpolis"}


def test_a_pair_who_have_contact_every_week_meet_weekly():
    text = ("Överenskommelse om samverkan\n\nParter är Åby kommun och Polismyndigheten, lokalpolisområde Åby.\n\n"
            "3. Organisation\n\n3.1 Samordningsfunktion\n"
            "Samordningen sköts av trygghetssamordnaren och kommunpolisen, som har kontakt varje vecka.\n")
    assert _groups(text)["Samordningsfunktion"]["frequency_per_year"] == 52


LEAD_TOGETHER = """Avtal om samverkan

1. Parter
Åby kommun och Polismyndigheten, lokalpolisområde Åby.

2. Organisation

2.1 Styrgrupp
Kommunchefen och lokalpolisområdeschefen leder den gemensamt och turas om att vara ordförande.
Förvaltningscheferna för kulturförvaltningen och för miljöförvaltningen är också med.

2.2 Ledningsgrupp
Kommunchefen och polischefen leder gruppen tillsammans och växlar som ordförande. Med i gruppen finns också
räddningschefen och säkerhetschefen.

2.3 Torggruppen
Här sitter Åbyhem, Åby Energi och räddningstjänsten tillsammans med kommunpolisen, som sammankallar.
"""


def test_the_two_who_lead_a_group_together_are_members_of_it():
    groups = _groups(LEAD_TOGETHER)
    assert set(groups["Styrgrupp"]["members"]) >= {"kommunchef", "lokalpolisområdeschef"}
    assert set(groups["Ledningsgrupp"]["members"]) >= {"kommunchef", "polischef"}


def test_who_else_is_in_the_group_is_listed_after_med_i_gruppen_finns():
    assert set(_groups(LEAD_TOGETHER)["Ledningsgrupp"]["members"]) >= {"räddningschef", "säkerhetschef"}


def test_chiefs_of_two_bodies_each_after_a_repeated_for_are_one_chief_each():
    members = _groups(LEAD_TOGETHER)["Styrgrupp"]["members"]
    assert "förvaltningschef för kulturförvaltningen" in members
    assert "förvaltningschef för miljöförvaltningen" in members
    assert not any(m.startswith("för ") for m in members)


def test_who_convenes_after_tillsammans_med_is_the_chair_not_the_list_before():
    assert _groups(LEAD_TOGETHER)["Torggruppen"]["chair"] == "kommunpolis"


def test_those_who_form_a_network_under_its_heading_are_its_members():
    text = ("Avtal om samverkan\n\n1. Parter\nÅby kommun och Polismyndigheten, lokalpolisområde Åby.\n\n"
            "2. Organisation\n\n2.1 Idrottsnätverket\n"
            "Tränarna i kommunens idrottsföreningar bildar tillsammans med fritidsledarna ett nätverk som talar om "
            "trygghet på anläggningarna. Nätverket samlas två gånger per år.\n")
    assert set(_groups(text)["Idrottsnätverket"]["members"]) == {"tränare", "fritidsledare"}


def test_a_list_led_in_as_outside_the_agreement_gives_no_groups_or_members():
    groups = _groups("""Samverkansöverenskommelse för Åby

Trygghetsforum Åby
Tre gånger om året bjuder parterna in till Trygghetsforum Åby, som är öppet för föreningar och
näringsidkare. Kommunpolisen sammankallar.

Övriga sammanhang som inte är grupper i denna överenskommelse:
  - Åbyhems egen säkerhetsgrupp, som leds av bolagets driftchef.
  - Arbetsgruppen kring Åby sporthall, där fritidsledarna ingår.
""")
    assert "Trygghetsforum Åby" in groups
    assert not any("säkerhetsgrupp" in n.casefold() or "arbetsgrupp" in n.casefold() for n in groups)
    assert not any("säkerhet" in m or "fritid" in m for m in groups["Trygghetsforum Åby"].get("members", []))


def test_a_body_that_is_not_a_group_within_the_agreement_is_outside():
    groups = _groups("""Samverkansöverenskommelse för Åby

Ledningsgruppen består av kommundirektören och lokalpolisområdeschefen och träffas fyra gånger per år.

Näringslivsnätverket Åby, där företagarna i centrum ingår, är en viktig samarbetspartner. Nätverket har egna
möten och är inte en grupp inom denna överenskommelse.
""")
    assert "Ledningsgruppen" in groups
    assert not any("näringslivsnätverk" in n.casefold() for n in groups)


def test_a_chair_field_that_names_no_one_gives_no_chair():
    group = _groups("""Överenskommelse om trygghet i Exempelby

Samordnarna
Deltagare: säkerhetssamordnaren och kommunpolisen
Ordförande: Ingen – de delar ansvaret
Möten: varje vecka
""")["Samordnarna"]
    assert "chair" not in group and group["members"] == ["säkerhetssamordnare", "kommunpolis"]


def test_bodies_under_a_heading_of_the_parties_own_operations_are_no_groups():
    groups = _groups("""Samverkansavtal för Åby

Parternas egna verksamheter

Båda parterna bidrar med sina ordinarie verksamheter. Socialtjänstens fältgrupp arbetar uppsökande på kvällar,
mest i Nyby och Åby, och har en egen ledning inom sektor socialtjänst. Polisområdets ledningsgrupp beslutar om
hur polisens resurser fördelas mellan lokalpolisområdena.

Organisation

Ansvaret ligger hos Styrgruppen för trygghet. I den sitter kommundirektören och lokalpolisområdeschefen.
Gruppen leds av kommundirektören och träffas tre gånger per år.

Under styrgruppen finns Samverkansgruppen Åby. Där möts kommunpolisen, stadens trygghetssamordnare, en
fältsekreterare från socialtjänstens fältgrupp och en områdespolis. Gruppen träffas varannan vecka.
""")
    assert set(groups) == {"Styrgruppen för trygghet", "Samverkansgruppen Åby"}


def test_a_group_word_alone_means_the_agreements_group_not_a_body_put_outside():
    groups = _groups("""Samverkansavtal för Åby

Parternas egna verksamheter

Polisområdets ledningsgrupp beslutar om hur polisens resurser fördelas mellan lokalpolisområdena.

Organisation

Ansvaret ligger hos Ledningsgruppen för trygghet. I den sitter kommundirektören och lokalpolisområdeschefen.
Gruppen leds av kommundirektören och träffas tre gånger per år.

Under ledningsgruppen finns Samverkansgruppen Åby. Gruppen träffas varannan vecka.
""")
    assert groups["Samverkansgruppen Åby"]["reports_to"] == ["Ledningsgruppen för trygghet"]


def test_the_meeting_at_which_a_group_treats_something_is_no_part_of_its_name():
    groups = _groups("""Samverkansavtal för Åby

Organisation

Ansvaret ligger hos Styrgruppen för trygghet. I den sitter kommundirektören och lokalpolisområdeschefen.
Gruppen träffas tre gånger per år.

Uppföljning

Planen följs upp varje år och behandlas av Styrgruppen för trygghet vid höstmötet.
""")
    assert set(groups) == {"Styrgruppen för trygghet"}


def test_a_network_no_part_of_the_organisation_the_agreement_describes_is_no_group():
    groups = _groups("""Samverkansavtal för Åby

Bakgrund

Kommunen deltar också i Länsstyrelsen Åbys regionala nätverk för trygghetsfrågor, där länets kommuner,
polisområdet och regionen möts några gånger per år för att utbyta erfarenheter.
Nätverket är inte en del av den organisation som beskrivs i denna överenskommelse.

Organisation

Styrgruppen leds av kommundirektören och träffas fyra gånger per år.
""")
    assert not any("nätverk" in name.casefold() for name in groups)


def test_a_meeting_the_heading_names_said_with_its_kind_is_the_headings_group():
    groups = _groups("""Överenskommelse om samverkan i Åby

4.1 Styrgruppen

Styrgruppen består av kommunchefen och lokalpolisområdeschefen. Den möts fyra gånger per år.

4.2 Trygghetskafé

Vår och höst bjuder parterna in boende och föreningar till ett öppet trygghetskafé. Kommunpolisen leder kaféet.
""")
    assert list(groups) == ["Styrgruppen", "Trygghetskafé"]
    assert groups["Trygghetskafé"]["chair"] == "kommunpolis" and groups["Trygghetskafé"]["frequency_per_year"] == 2


def test_what_a_group_gave_taken_on_to_another_is_reported_to_it():
    groups = _groups("""5.1 Styrgruppen

Styrgruppen består av kommunchefen och lokalpolisområdeschefen.

5.2 Trygghetsforum Åby

Trygghetsforum Åby är öppet för föreningar. Kommunpolisen leder forumet och tar med förslagen till styrgruppen.
""")
    assert groups["Trygghetsforum Åby"]["reports_to"] == ["Styrgruppen"]


def test_chiefs_who_change_as_chair_chair_in_turns():
    groups = _groups("""5.1 Styrgruppen
Styrgruppen styr arbetet. Den består av kommunchefen, lokalpolisområdeschefen och socialchefen. Kommunchefen och
lokalpolisområdeschefen växlar som ordförande, ett år i taget. Styrgruppen möts fyra gånger per år.
""")
    assert groups["Styrgruppen"]["chair"] == ["kommunchef", "lokalpolisområdeschef"]


def test_an_html_accordions_caption_is_a_line_of_its_own(tmp_path):
    from samverkan.extract.document import read_document
    from samverkan.extract.normalise import Normaliser

    page = tmp_path / "sida.html"
    page.write_text("<html><head><title>Trygghet i Exempelby</title></head><body>"
                    "<h1>Överenskommelse om samverkan i Exempelby</h1>"
                    "<details><summary>Styrgrupp</summary>Styrgruppen består av kommundirektören och "
                    "polisområdeschefen. Den möts fyra gånger per år.</details>"
                    "<details><summary>Trygghetsteam</summary>Teamet består av fältassistenterna och "
                    "kommunpolisen och träffas varje vecka.</details></body></html>", encoding="utf-8")
    groups = recognise(read_document(page, Normaliser())).to_plain()["groups"]
    assert groups["Styrgrupp"]["frequency_per_year"] == 4
    assert groups["Trygghetsteam"]["members"] == ["fältassistent", "kommunpolis"]


REPORTING_LIST = """<html><body>
<h2>Organisation</h2>
<table>
<tr><td>Grupp</td><td>Deltagare</td><td>Möten</td></tr>
<tr><td>Ledningsgruppen</td><td>Kommundirektör (ordf.), polisområdeschef</td><td>Fyra gånger per år</td></tr>
<tr><td>Vintersamverkan Exempelbacken</td><td>Kommunpolis, fältsekreterare</td><td>Varje vecka</td></tr>
<tr><td>Medborgarmötet</td><td>Öppet för föreningar</td><td>En gång per år</td></tr>
</table>
<h2>Rapportering</h2>
<ol>
<li>Ledningsgruppen rapporterar till kommunstyrelsen.</li>
<li>Vintersamverkan lämnar efter säsongen en rapport till ledningsgruppen.</li>
<li>Förslag från Medborgarmötet förs vidare till ledningsgruppen.</li>
</ol>
</body></html>
"""


def test_a_list_of_reporting_lines_by_short_names_and_handed_on_views(tmp_path):
    from samverkan.extract.document import read_document

    page = tmp_path / "rapportering.html"
    page.write_text(REPORTING_LIST, encoding="utf-8")
    groups = recognise(read_document(page)).to_plain()["groups"]
    # the first word of a longer name, a verb after it; a group's views handed on, the group after "från"
    assert groups["Vintersamverkan Exempelbacken"]["reports_to"] == ["Ledningsgruppen"]
    assert groups["Medborgarmötet"]["reports_to"] == ["Ledningsgruppen"]
