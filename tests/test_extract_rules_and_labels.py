"""Extract reads what real auditors are handed (issue 15): minutes and reports that name the agreement in
passing, mandates whose labels each author words differently, chairing given as rules, and members as counts per
organisation in nested lists. Each text was written for its test."""

from __future__ import annotations

from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain


def _agreement(text: str) -> tuple[str, dict]:
    return next(iter(_plain(text)["agreement"].items()))


# --- the agreement a document names in passing -----------------------------------------------------------------

def test_minutes_about_a_body_name_the_agreement_in_apposition():
    text = ("Arbetsgruppen för samverkan skola–polis, första mötet\n\n"
            "§ 1  Bakgrund\nSamordnaren berättade om överenskommelsen \"Trygga skolor i Åby\", som Åby kommun och "
            "Polismyndigheten, lokalpolisområde Åby har ingått. Överenskommelsen är registrerad hos kommunen under "
            "dnr KS 2026/0101 och hos polisen under A 100.200/2026.\n")
    title, fields = _agreement(text)
    assert title == "Trygga skolor i Åby"
    assert fields["dnr"] == ["KS 2026/0101", "A 100.200/2026"]
    assert {name: f["party"] for name, f in _plain(text)["parties"].items()} == {
        "Åby kommun": "city", "lokalpolisområde Åby": "police"}


def test_a_report_names_the_agreement_unmarked_before_a_relative_clause():
    text = ("NYBY TRYGGHETSRÅD\nÅrsrapport 2025\n\nDnr KS 2026/0009\n\n"
            "Rådets arbete vilar på samverkansöverenskommelsen Tryggt i Nyby, som Nyby kommun och Polisen i Nyby "
            "slöt 2024. Överenskommelsen, med kommunens dnr KS 2024/0777, gäller under perioden 2025–2026.\n")
    title, fields = _agreement(text)
    assert title == "Tryggt i Nyby"
    assert fields["dnr"] in ("KS 2024/0777", ["KS 2024/0777"])


def test_an_annex_names_its_agreement_in_italics():
    text = ("# Mandat för grupperna\n\nBilagan hör till överenskommelsen *Tillsammans i Öby*, som gäller 2026.\n")
    assert _agreement(text)[0] == "Tillsammans i Öby"


def test_attendance_lines_name_no_party():
    text = ("Samverkansgruppen, möte\n\nNärvarande:\n  Eva Låtsas        socialchef, Öby kommun\n\n"
            "§ 1\nMötet noterade att överenskommelsen \"Trygg i Öby\", som Öby kommun och Polisen i Öby har "
            "ingått, gäller.\n")
    assert set(_plain(text)["parties"]) == {"Öby kommun", "Polisen i Öby"}


# --- priority areas in the prose of a report ------------------------------------------------------------------

def _areas(text: str) -> list[str]:
    return [name.casefold() for name in _plain(text).get("priority_areas", {})]


def test_a_correlative_list_of_areas():
    text = ("3. Vad vi ska arbeta med\n\nParterna ska ägna kraft åt dels att tidigt möta unga i riskzon, dels åt "
            "otryggheten vid torget och dels åt att minska langningen, framför allt via nätet.\n")
    assert _areas(text) == ["att tidigt möta unga i riskzon", "otryggheten vid torget", "att minska langningen"]


def test_areas_the_parties_point_out_as_their_focus():
    text = "I avtalet pekar parterna ut cykelstölder, klotter och bedrägerier mot äldre som de tre fokusområdena.\n"
    assert _areas(text) == ["cykelstölder", "klotter", "bedrägerier mot äldre"]
    text = "Analysen pekar ut tre områden som parterna prioriterar, nämligen klotter, buskörning samt inbrott.\n"
    assert _areas(text) == ["klotter", "buskörning", "inbrott"]


# --- mandates with labels worded each their own way ------------------------------------------------------------

def test_bold_labels_of_several_words_name_their_fields(tmp_path):
    text = ("# Mandat\n\n## Styrgruppen för trygghet (SGT)\n\n**Ordförande:** kommundirektören\n"
            "**Ledamöter:** kommundirektören och lokalpolisområdeschefen\n"
            "**Återkoppling till:** kommunstyrelsen, i samband med årsredovisningen\n\n"
            "## Arbetsgrupp Torget\n\n**Beställare:** SGT\n**Den som kallar:** fältsekreteraren\n"
            "**I gruppen:** områdespoliser och fältsekreterare\n**Så ofta:** var tredje vecka\n"
            "**Lämnar underlag till:** SGT\n\n## Torgdialogen\n\n**Vem kan komma:** boende och näringsidkare\n"
            "**Mötesledare:** kommunpolisen\n**Det som kommer fram tas om hand av:** Arbetsgrupp Torget\n")
    groups = _groups(text, "x.md")
    steering = next(g for name, g in groups.items() if name.startswith("Styrgruppen"))
    assert steering["reports_to"] == ["kommunstyrelsen"]
    work = groups["Arbetsgrupp Torget"]
    assert work["chair"] == "fältsekreterare"
    assert work["members"] == ["områdespolis", "fältsekreterare"]
    assert work["frequency_per_year"] == 17
    assert work["reports_to"][0].startswith("Styrgruppen för trygghet")  # "SGT", the heading's initials
    dialogue = groups["Torgdialogen"]
    assert dialogue["chair"] == "kommunpolis"
    assert {"boende", "näringsidkare"} <= set(dialogue["members"])
    assert dialogue["reports_to"] == ["Arbetsgrupp Torget"]


def test_a_plural_group_word_names_no_group():
    text = "# Uppdrag för arbetsgrupperna\n\nHär beskrivs arbetet i Åby: klotter, inbrott och buskörning.\n"
    assert not _groups(text, "x.md")


# --- members as counts per organisation --------------------------------------------------------------------------

def test_nested_lists_of_members_per_organisation():
    text = ("Styrgruppen\n\nStyrgruppen har fem ledamöter:\n"
            "- Från kommunen (2):\n  - kommundirektören, som är ordförande\n  - socialchefen\n"
            "- Öbyhem AB (1):\n  - trygghetsvärd\n"
            "- Adjungerad (1): en representant för Räddningstjänsten Öby\n"
            "- Adjungeras vid behov\n  - rektor vid berörd skola\n"
            "- Ersättare: biträdande kommundirektör\n\n"
            "Arbetsgruppen Torget\n\nArbetsgruppen Torget möts varje vecka.\n\n"
            "- Polisen (2): områdespoliser\n- Öbyhem AB (1): bovärd\n")
    groups = _groups(text)
    steering = groups["Styrgruppen"]
    assert steering["members"] == ["kommundirektör", "socialchef", "trygghetsvärd från Öbyhem AB",
                                   "Räddningstjänsten Öby", "rektor"]
    assert steering["chair"] == "kommundirektör"
    assert groups["Arbetsgruppen Torget"]["members"] == ["områdespolis", "bovärd från Öbyhem AB"]


# --- members and chairs given as rules ---------------------------------------------------------------------------

def test_members_each_party_is_represented_by():
    text = ("Styrgruppen\nKommunen företräds där av kommunchefen och socialchefen, polisen av "
            "lokalpolisområdeschefen och bolaget av sin vd.\n\n"
            "Samordningsgruppen\nDess kärna är kommunens samordnare och kommunpolisen. Därtill hör bolagets "
            "trygghetsansvarige. För mötena gäller att polisen kallar: kommunpolisen skickar kallelsen, och "
            "samordnaren är mötesordförande.\n")
    groups = _groups(text)
    assert groups["Styrgruppen"]["members"] == ["kommunchef", "socialchef", "lokalpolisområdeschef", "vd"]
    coordination = groups["Samordningsgruppen"]
    assert coordination["members"][:3] == ["samordnare", "kommunpolis", "trygghetsansvarig"]
    assert coordination["chair"] == "samordnare"


def test_a_chair_by_rule_names_a_function_or_none():
    text = ("Samordningsgruppen\nSamordningsgruppen möts varje månad.\n\n"
            "Arbetsgrupp Torget\nI arbetsgruppen möts områdespoliser, bovärdar och fältsekreterare. "
            "Mötena leds av den part som är värd; värdskapet går runt mellan parterna. "
            "Gruppen tar med sig sina iakttagelser till samordningsgruppen.\n\n"
            "Skolforum\nEtt forum för rektorer och kuratorer hålls en gång per termin. Det leds av den rektor vars "
            "skola står värd. Frågor som kräver beslut förs till samordningsgruppen.\n")
    groups = _groups(text)
    work = groups["Arbetsgrupp Torget"]
    assert "chair" not in work and work["chair_alternating"] is True
    assert work["reports_to"] == ["Samordningsgruppen"]
    assert groups["Skolforum"]["chair"] == "rektor"
    assert groups["Skolforum"]["reports_to"] == ["Samordningsgruppen"]


# --- minutes of a body's meeting ---------------------------------------------------------------------------------

def test_the_items_of_a_bodys_minutes_are_about_it():
    text = ("Samverkansgruppen för Öby, första sammanträdet\n\n"
            "Närvarande:\n  Eva Låtsasdotter        kommundirektör, Öby kommun\n\n"
            "Övriga närvarande:\n  Per Testsson        utredare, Länsstyrelsen Öby\n\n"
            "§ 1  Val av ordförande\nTill ordförande valdes Eva Låtsasdotter. Mötet beslutade att "
            "ordförandeskapet därefter skiftar mellan kommundirektören och polischefen vid varje årsskifte.\n\n"
            "§ 2  Sekreterare\nSekreterare: Lisa Exempelsdotter.\nMötet beslutade att samordnaren för protokoll och "
            "att hon ingår i gruppen.\n\n"
            "§ 3  Sammansättning\nMötet beslutade att gruppen utgörs av kommundirektören och polischefen. "
            "Kommunpolisen är föredragande och ingår också, liksom samordnaren.\n\n"
            "§ 4  Torggruppen\nMötet beslutade att inrätta en taktisk grupp med namnet Torggruppen. Den "
            "sammankallas av kommunpolisen.\n\n"
            "§ 5  Skolfrågor\nMötet uppdrog åt Eva Låtsasdotter att leda en arbetsgrupp för skolfrågorna, "
            "Skolsamverkan Öby. I den ingår kuratorer från elevhälsan och en områdespolis. Arbetsgruppen ses "
            "varannan vecka.\n")
    groups = _groups(text)
    body = groups["Samverkansgruppen för Öby"]
    assert body["chair"] == ["kommundirektör", "polischef"] and body["chair_alternating"] is True
    assert body["members"] == ["kommundirektör", "samordnare", "polischef", "kommunpolis"]
    assert groups["Torggruppen"]["kind"] == "preparation"
    assert groups["Skolsamverkan Öby"]["members"] == ["kurator", "områdespolis"]
    assert groups["Skolsamverkan Öby"]["frequency_per_year"] == 26
    assert set(groups) == {"Samverkansgruppen för Öby", "Torggruppen", "Skolsamverkan Öby"}


# --- a council's report on its year ------------------------------------------------------------------------------

def test_a_councils_report_in_past_and_present_tense():
    text = ("ÖBY BROTTSFÖREBYGGANDE RÅD\nÅrsberättelse 2025\n\nINLEDNING\n\n"
            "Öby brottsförebyggande råd (ÖBR) är kommunens forum för brottsförebyggande frågor.\n\n"
            "RÅDET UNDER ÅRET\n\nRådet har under året letts av kommunstyrelsens ordförande. Vice ordförande har "
            "varit polischefen. Arbetsordningen föreskriver fyra ordinarie sammanträden per år. Rådet lämnar sin "
            "verksamhetsberättelse till kommunstyrelsen.\n\nSTYRGRUPPEN\n\nStyrgruppen består av kommunchefen och "
            "polischefen.\n\nARBETSGRUPPERNA\n\n"
            "Arbetsgruppen Unga och droger sammanträdde varje månad. I gruppen ingår i dag fältsekreterare och "
            "en områdespolis. Arbetsgruppen Centrum samlar citysamordnaren och en områdespolis, och ordförande "
            "har varit citysamordnaren. Iakttagelserna från vandringarna har förts vidare till styrgruppen.\n")
    groups = _groups(text)
    council = groups["Öby brottsförebyggande råd"]
    assert council["chair"] == "kommunstyrelsens ordförande"
    assert council["frequency_per_year"] == 4 and council["reports_to"] == ["kommunstyrelsen"]
    assert groups["Arbetsgruppen Unga och droger"]["members"] == ["fältsekreterare", "områdespolis"]
    assert "reports_to" not in groups["Arbetsgruppen Unga och droger"]  # "ARBETSGRUPPERNA" is none of them
    assert groups["Arbetsgruppen Centrum"]["chair"] == "citysamordnare"
    assert [t.casefold() for t in groups["Arbetsgruppen Centrum"]["reports_to"]] == ["styrgruppen"]


def test_a_name_goes_on_to_the_lower_case_word_before_its_verb():
    text = "Nätverket Unga vuxna är öppet för föreningar och samlas vår och höst.\n"
    assert list(_groups(text)) == ["Nätverket Unga vuxna"]


def test_the_coordinators_of_a_report_and_a_heading_over_what_a_council_shall_do():
    text = ("Överenskommelse om samverkan\n\nSTYRGRUPPEN\n\nStyrgruppen består av kommunchefen och polischefen.\n\n"
            "SAMORDNARNA\n\nDen brottsförebyggande samordnaren och kommunpolisen har tillsammans utgjort "
            "samordningsfunktionen. De har stämt av läget varje vecka och berett styrgruppens möten.\n\n"
            "Rådets uppdrag\n\nRådet ska\n  – samordna arbetet mellan förvaltningarna,\n  – fördela medlen.\n")
    groups = _groups(text)
    coordinators = groups["Samordningsfunktionen"]
    assert coordinators["kind"] == "coordinators"
    assert coordinators["members"] == ["brottsförebyggande samordnare", "kommunpolis"]
    assert coordinators["frequency_per_year"] == 52 and len(coordinators["reports_to"]) == 1
    assert len(groups) == 2  # "Rådet ska" over its tasks names no group


def test_a_secretary_in_a_report_and_a_unit_named_by_two_nouns():
    text = ("Samverkansgruppen\n\nSamverkansgruppen består av kommunpolisen, enhetschefen för Fält och fritid "
            "och en fältsekreterare. Den brottsförebyggande samordnaren har varit sekreterare.\n")
    assert _groups(text)["Samverkansgruppen"]["members"] == [
        "kommunpolis", "enhetschef för Fält och fritid", "fältsekreterare", "brottsförebyggande samordnare"]


FORUM_BLOCKS = ("Samverkan i Åby\n\n4. Våra möten\n\n"
                "Forum: Ledningsgrupp för trygghet\n"
                "Deltagare: Kommundirektör, lokalpolisområdeschef, socialchef\n"
                "Ansvarig: Kommundirektör\n"
                "Frekvens: Fyra gånger per år\n"
                "Redovisning: Till kommunstyrelsen.\n\n"
                "Forum: Torggruppen\n"
                "Deltagare: Fältassistenter, kommunpolis, en enhetschef från socialtjänstens barn och unga\n"
                "Ansvarig: Kommunpolis\n"
                "Frekvens: Varje vecka\n"
                "Redovisning: Till ledningsgruppen för trygghet.\n\n"
                "5. Uppföljning\n\nUppföljning sker varje år.\n")


def test_labelled_blocks_each_opened_by_a_name_label_are_groups_of_their_own():
    groups = _groups(FORUM_BLOCKS)
    assert set(groups) == {"Ledningsgrupp för trygghet", "Torggruppen"}
    assert groups["Ledningsgrupp för trygghet"]["members"] == ["kommundirektör", "lokalpolisområdeschef",
                                                               "socialchef"]
    assert groups["Ledningsgrupp för trygghet"]["reports_to"] == ["kommunstyrelsen"]  # "Redovisning:" reports
    assert groups["Torggruppen"]["chair"] == "kommunpolis"
    assert groups["Torggruppen"]["reports_to"] == ["Ledningsgrupp för trygghet"]
    # a unit named by two nouns after its organisation's genitive is one member
    assert "enhetschef från socialtjänstens barn och unga" in groups["Torggruppen"]["members"]


def test_a_police_party_listed_without_an_organisation_number_is_a_party():
    text = ("Samverkansöverenskommelse för Åby\n\n1. Parter\n\n"
            "- Åby kommun, genom kommunstyrelsen, org.nr 212000-9999\n"
            "- Polismyndigheten, Polisregion Nord, Lokalpolisområde Åby\n\n"
            "2. Giltighet\n\nÖverenskommelsen gäller från och med den 1 mars 2026 till och med den 28 februari "
            "2027.\n\n"
            "3. Bilagor\n\nBilaga 1 Lägesbild\n")
    parties = _plain(text)["parties"]
    assert set(parties) == {"Åby kommun", "Lokalpolisområde Åby"}
    assert parties["Åby kommun"]["org_number"] == "212000-9999"


def test_a_long_numbered_title_under_the_priorities_heading_is_an_area():
    text = ("Avtal om samverkan\n\n2. Parter\n\nÅby kommun och Polismyndigheten, lokalpolisområde Åby.\n\n"
            "4. Lokala prioriteringar\n\n"
            "4.1 Langning och missbruk av alkohol kring Järnvägstorget och Nybybadets parkering\n"
            "4.2 Unga som samlas vid busstationen sent på kvällarna, framför allt under helgerna\n"
            "4.3 Skadegörelse på skolor\n\n5. Uppföljning\n\nAvtalet följs upp i december.\n")
    areas = _areas(text)
    assert areas[0] == "langning och missbruk av alkohol kring järnvägstorget och nybybadets parkering"
    assert len(areas) == 3 and areas[1].startswith("unga som samlas vid busstationen")
