"""Extract reads a sentence wrapped in a narrow column, a chair told in a sentence of its own, a list of roles
each with the groups it sits in, and names of groups that go on in lower case. Each reading has its own short
text, written for this test with invented places; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.document import Document
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain


def test_a_short_line_under_a_heading_that_goes_on_in_lower_case_is_a_wrapped_sentence():
    text = ("Samverkan i Åby\n\n3. Organisation\n\n3.1 Styrgruppen\nStyrgruppen består av kommunchefen och\n"
            "lokalpolisområdeschefen.\n\n3.2 Arbetsgruppen\nArbetsgruppen förbereder styrgruppens\n"
            "möten. I den ingår samordnaren och\nkommunpolisen.\n")
    groups = _groups(text)
    assert set(groups) == {"Styrgruppen", "Arbetsgruppen"}
    assert groups["Arbetsgruppen"]["reports_to"] == ["Styrgruppen"]
    assert groups["Arbetsgruppen"]["kind"] == "preparation"


def test_a_sentence_of_a_function_and_convening_alone_names_the_chair():
    text = ("Samverkan i Åby\n\nBeredningsgruppen\n\nI beredningsgruppen ingår samordnaren och kommunpolisen. "
            "Samordnaren sammankallar. Gruppen träffas varje månad.\n")
    assert _groups(text)["Beredningsgruppen"]["chair"] == "samordnare"


def test_a_compound_of_two_short_words_that_ocr_made_of_a_common_word_is_repaired():
    from samverkan.extract.normalise import Normaliser

    normaliser = Normaliser()
    assert normaliser.resolve("kornmun") == "kommun"  # "korn" + "mun", or "kommun" with "rn" for "m"
    assert normaliser.resolve("barnmorska") is None  # a compound no confusion makes a common word of


def test_each_numbered_line_of_a_paragraph_that_opens_with_a_title_is_a_heading():
    from samverkan.extract.meaning.text import units

    text = ("Samverkan i Åby\n\n2. Prioriteringar\n\n2.1 Stölder i handeln. Butikerna ska anmäla mer.\n"
            "2.2 Trygga skolvägar. Fler vuxna ska röra sig ute.\n2.3 Socialchefen ingår i styrgruppen. Hon leder "
            "den.\n")
    headings = [u.text for u in units(Document.from_text("x.txt", text)) if u.kind == "heading"]
    assert headings[-2:] == ["Stölder i handeln", "Trygga skolvägar"]  # a line with a verb is a sentence


def test_a_list_of_roles_seats_each_function_in_the_groups_its_entry_names():
    text = ("Samverkan i Åby\n\n4. Grupper\n\n4.1 Styrgruppen träffas fyra gånger per år.\n"
            "4.2 Samordningsgruppen träffas varje månad.\n\n5. Roller\n\n5.1 Kommundirektören\n"
            "    Är ordförande i styrgruppen och ansvarar för budgeten.\n5.2 Polischefen\n"
            "    Sitter i styrgruppen.\n5.3 Kultur- och fritidschefen\n    Ingår i samordningsgruppen vid behov.\n"
            "5.4 Samordnaren\n    Leder samordningsgruppen och är föredragande i styrgruppen.\n"
            "5.5 Fältassistenterna\n    Deltar i samordningsgruppen. En av fältassistenterna för anteckningar.\n")
    groups = _groups(text)
    assert groups["Styrgruppen"]["members"] == ["kommundirektör", "polischef", "samordnare"]
    assert groups["Styrgruppen"]["chair"] == "kommundirektör"
    assert groups["Samordningsgruppen"]["members"] == ["kultur- och fritidschef", "samordnare", "fältassistent"]
    assert groups["Samordningsgruppen"]["chair"] == "samordnare"


def test_a_theme_with_its_place_in_lower_case_is_part_of_a_groups_name():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "Arbetsgruppen Trygg på nätet – träffas varje månad och lämnar sina iakttagelser till styrgruppen. "
            "Fältassistenterna deltar i arbetsgruppen Trygg på nätet när det behövs.\n")
    groups = _groups(text)
    assert set(groups) == {"Styrgruppen", "Arbetsgruppen Trygg på nätet"}
    assert groups["Arbetsgruppen Trygg på nätet"]["reports_to"] == ["Styrgruppen"]


def test_keeping_a_board_informed_is_a_report_to_it():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen. Styrgruppen håller "
            "kommunstyrelsen informerad genom en rapport varje år.\n")
    assert _groups(text)["Styrgruppen"]["reports_to"] == ["kommunstyrelsen"]


def test_whatever_a_group_sends_on_to_another_is_a_report_to_it():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "I nattgruppen möts nattvandrare och poliser. Gruppen leds av samordnaren och skickar det den får "
            "veta vidare till styrgruppen.\n")
    assert _groups(text)["Nattgruppen"]["reports_to"] == ["Styrgruppen"]


def test_a_years_wheel_of_meetings_gives_each_group_its_meetings_a_year():
    text = ("# Samverkan i Åby\n\n## Grupper\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "Samordningsgruppen består av samordnaren och kommunpolisen.\n\n## Årshjul\n\n"
            "| Grupp | jan | feb | mar | apr | maj | jun | jul | aug | sep | okt | nov | dec |\n"
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
            "| Styrgruppen | | x | | | x | | | | x | | | |\n"
            "| Samordningsgruppen | 2 | 2 | 1 | 1 | 1 | 1 | | | 1 | 1 | 1 | 1 |\n"
            "| Lägesbild tas fram | | | | | | | | | | x | | |\n")
    groups = _groups(text)
    assert set(groups) == {"Styrgruppen", "Samordningsgruppen"}
    assert groups["Styrgruppen"]["frequency_per_year"] == 3
    assert groups["Samordningsgruppen"]["frequency_per_year"] == 12


def test_a_clause_after_a_semicolon_that_names_no_group_goes_on_about_the_group_before():
    text = ("Samverkan i Åby\n\nOrganisation\n\nAnsvaret bärs av ledningsgruppen för trygghet, där kommundirektören, "
            "polischefen och Åbyhems vd tillsammans fattar besluten; ordförandeskapet skiftar varje år mellan "
            "kommundirektören och polischefen, gruppen möts sex gånger om året och den lämnar en redovisning till "
            "kommunstyrelsen.\n")
    group = _groups(text)["Ledningsgruppen för trygghet"]
    assert group["members"] == ["kommundirektör", "polischef", "vd för Åbyhem"]  # "tillsammans": how they act
    assert group["chair"] == ["kommundirektör", "polischef"]
    assert group["chair_alternating"] is True
    assert group["frequency_per_year"] == 6
    assert group["reports_to"] == ["kommunstyrelsen"]


def test_the_group_a_passive_of_preparing_names_as_agent_prepares_and_many_of_a_function_are_the_function():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen. Styrgruppens möten "
            "förbereds av den operativa samverkansgruppen, i vilken samordnaren möter två fältassistenter från "
            "socialförvaltningen, medan räddningstjänsten kallas in när ett ärende berör den.\n")
    group = _groups(text)["Operativa samverkansgruppen"]
    assert group["kind"] == "preparation"
    assert group["reports_to"] == ["Styrgruppen"]
    assert group["members"] == ["samordnare", "fältassistent", "räddningstjänsten"]


def test_a_network_under_a_group_where_people_gather_and_what_comes_up_is_brought_back():
    text = ("Samverkan i Åby\n\nStyrgruppens möten förbereds av den operativa samverkansgruppen, i vilken "
            "samordnaren och kommunpolisen möts. Under den operativa samverkansgruppen verkar Skolnätverket, där "
            "rektorerna, elevhälsans kuratorer och kommunpolisen samlas en gång per termin, och där det som kommer "
            "fram återförs till den operativa samverkansgruppen.\n")
    group = _groups(text)["Skolnätverket"]
    assert group["members"] == ["rektor", "kurator", "kommunpolis"]
    assert group["reports_to"] == ["Operativa samverkansgruppen"]


def test_an_open_meeting_the_parties_invite_to_after_a_long_aside_with_its_chair_and_where_its_views_go():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "Parterna bjuder två gånger om året, på våren och på hösten, in boende, föreningar och handlare till "
            "Trygghetsdialogen, ett öppet möte som leds av kommunpolisen och vars synpunkter tas om hand av "
            "styrgruppen.\n")
    group = _groups(text)["Trygghetsdialogen"]
    assert group["members"] == ["boende", "förening", "handlare"]
    assert group["chair"] == "kommunpolis"
    assert group["reports_to"] == ["Styrgruppen"]


def test_areas_the_parties_first_of_all_devote_themselves_to():
    text = ("Samverkan i Åby\n\nBakgrund\n\nParterna har enats om att i första hand ägna sig åt att förhindra att "
            "unga dras in i brott, åt tryggheten i Norrby och Söderby och åt stölderna i centrala Åby.\n")
    assert [a.casefold() for a in _plain(text)["priority_areas"]] == [
        "att förhindra att unga dras in i brott", "tryggheten i norrby och söderby", "stölderna i centrala åby"]


def test_a_title_of_two_lines_whose_second_says_what_for_is_one_title():
    text = ("Åby kommun\nKommunledningskontoret\n\n\nÖverenskommelse om samverkan mellan Åby kommun och Polisen\n"
            "för ett tryggare Åby\n\n\nParter\n\nÖverenskommelsen ingås mellan Åby kommun och lokalpolisområde Åby.\n")
    assert list(_plain(text)["agreement"]) == [
        "Överenskommelse om samverkan mellan Åby kommun och Polisen för ett tryggare Åby"]


def test_a_group_that_goes_through_things_every_week_meets_every_week():
    text = ("Samverkan i Åby\n\nNattgruppen\n\nI nattgruppen ingår samordnaren och kommunpolisen. Gruppen går varje "
            "vecka igenom helgens händelser.\n")
    assert _groups(text)["Nattgruppen"]["frequency_per_year"] == 52


def test_the_head_of_a_forvaltning_by_its_genitive_is_the_head_for_it():
    from samverkan.extract.meaning.phrases import member

    assert member("kultur- och fritidsförvaltningens förvaltningschef") \
        == "förvaltningschef för kultur- och fritidsförvaltningen"
    assert member("socialförvaltningens fältsekreterare") == "fältsekreterare"  # a function of it: as before


def test_a_clause_that_opens_with_a_word_for_a_group_is_about_that_group_not_the_one_before():
    text = ("Samverkan i Åby\n\nI brottsförebyggande rådet sitter kommundirektören och fem förtroendevalda.\n\n"
            "Styrgruppen består av kommundirektören och polischefen. Styrgruppen lämnar en lägesrapport till "
            "brottsförebyggande rådet vid varje rådsmöte, och rådet rapporterar i sin tur till kommunstyrelsen en "
            "gång om året.\n")
    groups = _groups(text)
    council = next(name for name in groups if name.casefold().startswith("brottsförebyggande"))
    assert groups["Styrgruppen"]["reports_to"] == [council]
    assert groups[council]["reports_to"] == ["kommunstyrelsen"]


def test_an_area_that_is_a_clause_after_its_verb_counts_its_words_from_the_clause():
    text = ("Samverkan i Åby\n\nInriktning\nParterna är överens om att under perioden lägga kraften på\n"
            "  - stölderna i handeln,\n  - att förhindra att barn och unga lockas till kriminella nätverk,\n"
            "  - våld i nära relationer.\n")
    assert "att förhindra att barn och unga lockas till kriminella nätverk" in [
        a.casefold() for a in _plain(text)["priority_areas"]]
