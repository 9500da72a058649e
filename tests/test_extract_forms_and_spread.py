"""Readings of agreements written blind (issue 15, dev/162–166): a case system's registration form (ticked
boxes, boxed free text, empty fields, party rows with their numbers), a lägesbild whose organisation is label
blocks, facts spread over sections by aspect, an FAQ page, a school agreement of a kommunalförbund. The texts
are written for these tests."""

from __future__ import annotations

from samverkan.extract.forms import as_filled, box_edges
from samverkan.extract.meaning.phrases import member, members
from samverkan.extract.meaning.text import lemma
from tests.extract_text import plain as _plain


def _groups(text: str, name: str = "x.txt") -> dict[str, dict]:
    return {k: {f: v for f, v in fields.items() if f != "_lines"}
            for k, fields in _plain(text, name).get("groups", {}).items()}


def test_a_form_keeps_only_the_ticked_options_and_unboxes_its_free_text():
    lines = ["Frekvens:     [ ] Varje vecka  [x] Varannan månad  [ ] Vid behov",
             "Områden (markera):",
             "  [X] Klotter i centrum",
             "  [ ] Buskörning",
             "  ☒ Bostadsinbrott",
             "Sammansättning:",
             "  +------------------------------------+",
             "  | Rektor, kurator och en fältassistent |",
             "  +------------------------------------+",
             "Ordförande:   Ej tillämpligt"]
    filled = as_filled(lines)
    assert filled[0] == "Frekvens:     Varannan månad"
    assert filled[2:5] == ["  - Klotter i centrum", "", "  - Bostadsinbrott"]
    assert filled[7].strip() == "Rektor, kurator och en fältassistent"
    assert filled[9] == "Ordförande:"
    assert box_edges(lines) == {7, 9}  # the edges go: the boxed text goes on from its label
    assert len(filled) == len(lines)  # lines keep their numbers


def test_a_table_cell_in_pipes_is_no_box():
    lines = ["| Grupp | Deltagare |", "|-------|-----------|", "| SG    | KD, LPOC  |"]
    assert as_filled(lines) == lines and box_edges(lines) == set()


FORM = """KOMMUNEN                                   Utskrift 2026-03-01
REGISTRERING AV AVTAL

1. AVTALSUPPGIFTER
Avtalets namn:              Tryggt i Låtsasby 2026–2028
Avtalspart (egen):          Låtsasby kommun
Org.nr (egen):              212000-9999
Motpart:                    Polismyndigheten, Polisregion Mitt, Polisområde Påhittlän,
                            lokalpolisområde Låtsasby
Org.nr (motpart):           202100-0076
Giltig fr.o.m.:             2026-03-01
Giltig t.o.m.:              2028-02-29

2. UNDERTECKNANDE
Undertecknat av (egen):     Eva Diktdotter, kommundirektör
Undertecknat av (motpart):  Jan Låtsasson, lokalpolisområdeschef

3. ORGANISATION
3.1 Styrgrupp
Namn:                       Ledningsgruppen för trygghet
Sammansättning (fritext):
  +--------------------------------------------------------------+
  | Kommundirektör (ordf.), lokalpolisområdeschef och socialchef.  |
  +--------------------------------------------------------------+
Mötesfrekvens:              [ ] Månadsvis  [X] Kvartalsvis  [ ] Vid behov
Rapporterar till:           Kommunstyrelsen

3.2 Referensgrupp
Namn:                       Ej tillämpligt
Sammansättning (fritext):   Ej tillämpligt

4. ÖVRIGT (fritext)
  +--------------------------------------------------------------+
  | Räddningstjänsten Påhitt adjungeras till styrgruppen vid behov. |
  +--------------------------------------------------------------+
"""


def test_a_registration_form_gives_the_parties_signatories_and_groups_by_its_fields():
    plain = _plain(FORM)
    parties = {k: {f: v for f, v in p.items() if f != "_lines"} for k, p in plain["parties"].items()}
    assert parties == {"Låtsasby kommun": {"party": "city", "org_number": "212000-9999"},
                       "lokalpolisområde Låtsasby": {"party": "police", "org_number": "202100-0076"}}
    assert {k: v["title"] for k, v in plain["signatories"].items()} == {
        "Eva Diktdotter": "kommundirektör", "Jan Låtsasson": "lokalpolisområdeschef"}
    groups = _groups(FORM)
    assert set(groups) == {"Ledningsgruppen för trygghet"}  # the Referensgrupp left empty is none
    lead = groups["Ledningsgruppen för trygghet"]
    assert lead["members"] == ["kommundirektör", "lokalpolisområdeschef", "socialchef", "Räddningstjänsten Påhitt"]
    assert lead["chair"] == "kommundirektör"
    assert lead["frequency_per_year"] == 4
    assert lead["reports_to"] == ["Kommunstyrelsen"]  # as the form writes it


LABEL_BLOCKS = """6. ORGANISATION

Arbetet bedrivs i tre grupper. Den som är ordförande eller sammankallande anges inom parentes.

  Styrgrupp
    Deltagare:  kommundirektör (ordf.), LPO-chef, socialchef
    Möten:      4 ggr/år
    Rapp. till: KS

  Beredningsgrupp
    Deltagare:  trygghetssamordnare (sammank.), kommunpolis, enhetschef inom IFO
    Möten:      1 g/mån., ej juli
    Uppdrag:    bereder styrgruppens möten och håller ihop planen

  Arbetsgrupp Skola
    Deltagare:  kurator (sammank.), fältassistenter, områdespoliser
    Möten:      varannan v. under terminerna
    Rapp. till: Beredningsgruppen
"""


def test_label_blocks_with_abbreviated_labels_chairs_in_brackets_and_a_task_as_a_clause():
    groups = _groups(LABEL_BLOCKS)
    assert groups["Styrgrupp"]["reports_to"] == ["KS"]
    prep = groups["Beredningsgrupp"]
    assert prep["chair"] == "trygghetssamordnare"  # "(sammank.)"
    assert prep["members"] == ["trygghetssamordnare", "kommunpolis", "enhetschef inom IFO"]
    assert prep["reports_to"] == ["Styrgrupp"]  # "Uppdrag: bereder styrgruppens möten"
    assert prep["kind"] == "preparation" and prep["frequency_per_year"] == 11
    school = groups["Arbetsgrupp Skola"]
    assert school["frequency_per_year"] == 20  # "varannan v." is every other week
    assert school["reports_to"] == ["Beredningsgrupp"]


SPREAD = """SAMVERKANSÖVERENSKOMMELSE

mellan kommunen och polisen om trygghet

1. Organisation

Samverkan sker i Ledningsgruppen, Operativa gruppen och samordnarna.

1.1 Sammansättning

Ledningsgruppen består av kommundirektören, lokalpolisområdeschefen och säkerhetschefen.

I Operativa gruppen deltar säkerhetschefen och kommunpolisen.

Samordnarna är kommunens trygghetssamordnare och kommunpolisen.

1.2 Mötesrytm

  Ledningsgruppen        fyra gånger per år
  Operativa gruppen      var fjärde vecka
  Samordnarna            varje måndag

1.3 Rapportering

Operativa gruppen lämnar sina iakttagelser till Ledningsgruppen varje kvartal, och samordnarna
återrapporterar till Operativa gruppen. Ledningsgruppen redovisar till kommunstyrelsen.

Kommunens råd för folkhälsa, där partierna är företrädda, omfattas inte av denna överenskommelse.

Dnr KS 2026/77            Påhittö tryggt tillsammans 2026–2027            Sida 2 av 3

2. Giltighet

Överenskommelsen gäller till och med den 31 december 2027.

Dnr KS 2026/77            Påhittö tryggt tillsammans 2026–2027            Sida 3 av 3
"""


def test_facts_spread_over_sections_by_aspect():
    groups = _groups(SPREAD)
    assert groups["Ledningsgruppen"]["frequency_per_year"] == 4  # a two-column list under "Mötesrytm"
    assert groups["Operativa gruppen"]["frequency_per_year"] == 13
    assert groups["Samordnarna"]["frequency_per_year"] == 52
    assert groups["Operativa gruppen"]["reports_to"] == ["Ledningsgruppen"]  # "lämnar sina iakttagelser till"
    assert groups["Samordnarna"]["reports_to"] == ["Operativa gruppen"]  # ", och samordnarna återrapporterar"
    # the råd named as the subject is put outside, not the group the sentence before was about
    assert groups["Ledningsgruppen"]["reports_to"] == ["kommunstyrelsen"]
    # the heading names only the kind: the running header says which agreement it is
    assert list(_plain(SPREAD)["agreement"]) == ["Påhittö tryggt tillsammans 2026–2027"]


def test_a_running_header_that_repeats_only_the_kind_gives_no_title():
    text = SPREAD.replace("Påhittö tryggt tillsammans 2026–2027", "Samverkansöverenskommelse 2026–2027")
    assert list(_plain(text)["agreement"]) == ["SAMVERKANSÖVERENSKOMMELSE"]


FAQ = """# Samverkan med polisen

Sedan i höstas finns en ny överenskommelse, som parterna gett namnet ”Trygga Låtsasby 2026–2028”.

## Hur är samarbetet organiserat?

Överst finns Ledningsgruppen. Där sitter kommundirektören och lokalpolisområdeschefen. Gruppen möts fyra gånger
per år, mötena leds av kommundirektören och gruppen redovisar sitt arbete till kommunstyrelsen.

Ledningsgruppens möten förbereds av Samordningsgruppen, som består av trygghetssamordnaren och kommunpolisen.
Trygghetssamordnaren kallar till gruppens möten, som hålls varje månad.

Vår och höst, en gång i april och en gång i oktober, bjuder vi in till ett öppet trygghetsmöte för boende och
företagare. Mötet hålls av kommunpolisen, och det som kommer fram tar Samordningsgruppen med sig.

Överenskommelsen är diarieförd med nummer KS 2025/901.
"""


def test_an_faq_page_names_the_agreement_chairs_and_an_open_meeting_in_everyday_words():
    plain = _plain(FAQ, "x.md")
    assert list(plain["agreement"]) == ["Trygga Låtsasby 2026–2028"]
    assert plain["agreement"]["Trygga Låtsasby 2026–2028"]["dnr"] in (["KS 2025/901"], "KS 2025/901")
    groups = _groups(FAQ, "x.md")
    assert groups["Ledningsgruppen"]["chair"] == "kommundirektör"  # "mötena leds av X och gruppen redovisar"
    assert groups["Samordningsgruppen"]["chair"] == "trygghetssamordnare"  # "kallar till gruppens möten"
    meeting = groups["Öppet trygghetsmöte"]
    assert meeting["kind"] == "forum" and meeting["frequency_per_year"] == 2
    assert meeting["members"] == ["boende", "företagare"]
    assert meeting["chair"] == "kommunpolis"  # "Mötet hålls av"
    assert meeting["reports_to"] == ["Samordningsgruppen"]  # "det som kommer fram tar X med sig"


SCHOOL = """                        ÖVERENSKOMMELSE OM SAMVERKAN

                   Trygg skola i Påhittdalen

                      läsåren 2026/27 och 2027/28

1  Parter

Denna överenskommelse är träffad mellan å ena sidan Utbildningsförbundet Påhittdalen, org.nr 222000-0001,
ett kommunalförbund som ägs av två kommuner, och å andra sidan Polismyndigheten, Polisregion Nord, genom
lokalpolisområde Påhittdalen.

2  Så samverkar vi

2.1  Ledningsgruppen

I Ledningsgruppen ingår förbundsdirektören och lokalpolisområdescheferna i Åby och Öby.

2.2  Elevhälsa och polis

Den grupp som i vardagen kallas EP-gruppen är navet i arbetet. Här möts skolkuratorerna och skolpsykologen
med närpoliserna; en studievägledare deltar när frågor om studieavbrott behandlas. EP-gruppen rapporterar till
Ledningsgruppen.

2.3  Samordnare

Den dagliga kontakten sköts av ett samordnarpar: förbundets trygghetssamordnare och polisens skolpolis. De
stämmer av varje vecka och håller EP-gruppen informerad.
"""


def test_a_school_agreement_of_a_kommunalforbund():
    plain = _plain(SCHOOL)
    assert list(plain["agreement"]) == ["Trygg skola i Påhittdalen"]  # the name under the line of its kind
    parties = {k: v["party"] for k, v in plain["parties"].items()}
    assert parties == {"Utbildningsförbundet Påhittdalen": "city", "lokalpolisområde Påhittdalen": "police"}
    groups = _groups(SCHOOL)
    assert groups["Ledningsgruppen"]["members"] == ["förbundsdirektör", "lokalpolisområdeschef"]
    ep = groups["EP-gruppen"]  # the heading's group, by the name the text says it goes by
    assert ep["members"] == ["skolkurator", "skolpsykolog", "närpolis", "studievägledare"]
    assert ep["reports_to"] == ["Ledningsgruppen"]
    pair = groups["Samordnarpar"]
    assert pair["members"] == ["trygghetssamordnare", "skolpolis"]
    assert pair["reports_to"] == ["EP-gruppen"]  # "håller EP-gruppen informerad"


def test_a_kommunalforbund_beside_a_municipality_stays_a_party_of_its_own():
    text = ("Parter\n\nParter är Åby kommun, Brandförbundet Påhitt och Polismyndigheten genom lokalpolisområde "
            "Åby.\n\nBakgrund\n\nText.\n")
    parties = {k: v["party"] for k, v in _plain(text)["parties"].items()}
    assert parties["Brandförbundet Påhitt"] == "other" and parties["Åby kommun"] == "city"


def test_members_by_unit_place_and_topic():
    assert member("enhetschef inom IFO") == "enhetschef inom IFO"  # a unit tells the person apart
    assert member("en polis inom lokalpolisområdet") == "polis"  # the party as a whole does not
    assert members("kommundirektören och lokalpolisområdescheferna i Åby och Öby") == [
        "kommundirektör", "lokalpolisområdeschef"]
    assert members("elevkårer och föräldraföreningar om tryggheten") == ["elevkår", "föräldraförening"]
    assert member("polisområdeschefen för Polisområde Påhitt syd") == "polisområdeschef"
    assert lemma("föräldraföreningar") == "föräldraförening"  # a compound linked by the plural's -a
    assert lemma("nattvandrarföreningarna") == "nattvandrarförening"  # an agent noun in -are without its -e


def test_a_placement_after_a_semicolon_is_read_in_its_own_clause():
    text = ("Organisation\n\nArbetet styrs av Styrgruppen, i vilken kommundirektören och lokalpolisområdeschefen "
            "ingår.\n\nKommunens politiska beredning har en egen ordning och omfattas inte av denna "
            "överenskommelse; Räddningstjänsten Påhitt bjuds in till styrgruppen när bränder behandlas.\n")
    groups = _groups(text)
    assert groups["Styrgruppen"]["members"] == ["kommundirektör", "lokalpolisområdeschef", "Räddningstjänsten Påhitt"]


def test_a_nickname_of_two_words_in_brackets_is_no_part_of_the_party():
    text = ("Parter\n\nParter är Påhitt kommun och Polismyndigheten, Polisregion Mitt, lokalpolisområde Påhitt "
            "(nedan LPO Påhitt).\n\nBakgrund\n\nText.\n")
    assert set(_plain(text)["parties"]) == {"Påhitt kommun", "lokalpolisområde Påhitt"}


def test_an_area_in_a_sentence_keeps_the_clause_saying_whom_it_is_about():
    text = ("2  Vad vi ska arbeta med\n\nParterna ska under perioden särskilt arbeta med klotter i centrum, med "
            "bedrägerier mot äldre samt med tidigt stöd till unga som riskerar att hamna i missbruk och "
            "kriminalitet.\n\n3  Annat\n\nText.\n")
    assert list(_plain(text)["priority_areas"]) == [
        "Klotter i centrum", "Bedrägerier mot äldre",
        "Tidigt stöd till unga som riskerar att hamna i missbruk och kriminalitet"]
