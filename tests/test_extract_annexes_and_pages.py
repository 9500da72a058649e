"""Extract reads shapes of agreement seen in annexes, web pages, printed pledges and shared agreements (issue 15);
each text here was written for this test, none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.document import Document
from samverkan.extract.record import recognise


def _plain(text: str, name: str = "x.md") -> dict:
    return recognise(Document.from_text(name, text, None)).to_plain()


def test_an_annexs_lettered_section_number_is_no_part_of_the_groups_name():
    text = ("# Samverkansavtal för Åby\n\n## Bilaga A Organisation\n\n### A1.1 Ledningsgruppen\n\n"
            "Ledningsgruppen består av kommundirektören och lokalpolisområdeschefen och träffas fyra gånger per år."
            "\n\n### A1.2 Fältgruppen\n\nFältgruppen består av fältassistenterna och närpoliserna.\n")
    groups = _plain(text)["groups"]
    assert set(groups) == {"Ledningsgruppen", "Fältgruppen"}
    assert groups["Ledningsgruppen"]["members"] == ["kommundirektör", "lokalpolisområdeschef"]


def test_a_law_that_applies_since_a_date_gives_the_agreement_no_start():
    text = ("# Samverkansavtal för Åby\n\n## Bakgrund\n\nSedan den 1 juli 2023 gäller lagen om kommuners ansvar, och "
            "detta avtal är en del av det arbetet.\n\n## Giltighet\n\nAvtalet gäller från och med den 1 mars 2026 "
            "till och med den 28 februari 2028.\n")
    agreement = _plain(text)["agreement"]["Samverkansavtal för Åby"]
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2026-03-01", "2028-02-28")


def test_labelled_fields_whose_values_are_sentences_or_bare_counts():
    text = ("# Samverkansavtal för Åby\n\n## Organisation\n\n### Ledningsgruppen\n\n"
            "- **Ledamöter:** kommundirektören och polischefen.\n"
            "- **Ordförande:** ordförandeskapet växlar: polischefen är ordförande 2025 och kommundirektören 2026.\n"
            "- **Möten:** fyra per år.\n"
            "- **Återrapportering:** Ledningsgruppen lämnar två gånger om året en rapport till kommunstyrelsen.\n")
    group = _plain(text)["groups"]["Ledningsgruppen"]
    assert group["chair"] == ["polischef", "kommundirektör"] and group["chair_alternating"] is True
    assert group["frequency_per_year"] == 4
    assert group["reports_to"] == ["kommunstyrelsen"]


def test_a_cover_page_that_gives_the_kind_then_the_place_and_years_its_footer_states_as_one():
    text = ("\n                 MEDBORGARLÖFTE\n\n               ÅBY 2027–2028\n\n\n"
            "         Åby kommun och Lokalpolisområde Åby\n\n"
            "Vi lovar att\n\n  •  vara synliga i centrum varje fredag.\n\nLöftet gäller 2027–2028.\n\n"
            "Medborgarlöfte Åby 2027–2028                          2\n")
    plain = _plain(text, "x.txt")
    assert list(plain["agreement"]) == ["Medborgarlöfte Åby 2027–2028"]
    assert set(plain["parties"]) == {"Åby kommun", "Lokalpolisområde Åby"}


def test_a_beredning_of_the_chiefs_above_all_others_decides_and_its_short_name_is_the_same_group():
    text = ("Medborgarlöfte Åby 2027\n\nUppföljning\n\nFrämst ansvarar Åbyberedningen för att löftet hålls. "
            "Beredningen består av kommundirektören och polischefen, och det är polischefen som är ordförande. "
            "Beredningen sammanträder en gång per tertial.\n")
    groups = _plain(text, "x.txt")["groups"]
    assert list(groups) == ["Åbyberedningen"]
    group = groups["Åbyberedningen"]
    assert (group["kind"], group["chair"], group["frequency_per_year"]) == ("steering", "polischef", 3)


def test_the_group_a_task_rests_on_is_what_the_next_den_is_about():
    text = ("Medborgarlöfte Åby 2027\n\nUppföljning\n\nArbetet i vardagen vilar på fältgruppen för Åby centrum. "
            "Den träffas varannan vecka, och i den ingår fritidsledarna och närpoliserna.\n")
    group = _plain(text, "x.txt")["groups"]["Fältgruppen för Åby centrum"]
    assert group["frequency_per_year"] == 26


def test_an_open_meeting_we_invite_to_is_for_those_who_can_ask_there():
    text = ("Medborgarlöfte Åby 2027\n\nUppföljning\n\nVår och höst bjuder vi in till Torgdialogen, ett öppet möte i "
            "biblioteket där boende, butiksägare och föreningar i Åby kan ställa frågor.\n")
    group = _plain(text, "x.txt")["groups"]["Torgdialogen"]
    assert (group["kind"], group["frequency_per_year"]) == ("forum", 2)
    assert group["members"] == ["boende", "butiksägare", "förening"]


def test_a_convener_besides_whom_others_take_part_and_a_report_before_each_meeting_of_another():
    text = ("Samverkansavtal för Åby\n\nOrganisation\n\nLedningsgruppen består av kommundirektören och polischefen. "
            "Fältgruppen träffas varje vecka, med närpolisen som sammankallande, och utöver honom ingår "
            "fritidsledarna och en kurator. Fältgruppen redovisar inför varje möte i Ledningsgruppen vad som gjorts.\n")
    group = _plain(text, "x.txt")["groups"]["Fältgruppen"]
    assert group["chair"] == "närpolis"
    assert group["members"] == ["närpolis", "fritidsledare", "kurator"]
    assert group["reports_to"] == ["Ledningsgruppen"]


def test_a_kind_over_a_subtitle_the_document_never_states_as_one_keeps_the_kind():
    text = "# Samverkansavtal\n\n**Åby 2026**\n\n## Parter\n\nÅby kommun och Lokalpolisområde Åby.\n"
    assert list(_plain(text)["agreement"]) == ["Samverkansavtal"]


def test_a_web_page_naming_the_agreement_in_apposition_its_number_and_who_signed():
    text = ("# Trygghet i Åby\n\nSamarbetet med lokalpolisområde Åby har funnits länge. Åby kommun och polisen skrev "
            "i fjol under avtalet **Tryggt i Åby**, som gäller 2026–2027 och är registrerat under KS 2025/77.\n")
    plain = _plain(text)
    assert list(plain["agreement"]) == ["Tryggt i Åby"]
    assert plain["agreement"]["Tryggt i Åby"]["dnr"] == ["KS 2025/77"]
    assert set(plain["parties"]) == {"Åby kommun", "lokalpolisområde Åby"}


def test_areas_a_second_sentence_counts_after_one_about_where_the_effort_goes():
    text = ("# Samverkansavtal för Åby\n\nVi lägger kraften där den gör mest nytta. Det blir i år två saker:\n\n"
            "- färre inbrott i villaområdena, samt\n- att förebygga bedrägerier mot äldre.\n")
    assert list(_plain(text)["priority_areas"]) == ["Färre inbrott i villaområdena", "Bedrägerier mot äldre"]


def test_a_list_under_a_sentence_with_a_clause_of_chairing_and_a_body_that_gets_a_report():
    text = ("# Trygghet i Åby\n\n## Organisation\n\n"
            "Överst finns **styrgruppen**, där beslut om budget och mål fattas:\n\n"
            "- kommundirektören\n- polischefen\n- miljöchefen och skolchefen\n"
            "- ordförandeskapet skiftar varje år mellan kommundirektören och polischefen\n\n"
            "Styrgruppen möts fyra gånger per år. Kommunfullmäktige får en årlig rapport från den.\n")
    group = _plain(text, "x.html")["groups"]["Styrgruppen"]
    assert group["members"] == ["kommundirektör", "polischef", "miljöchef", "skolchef"]
    assert group["chair"] == ["kommundirektör", "polischef"] and group["chair_alternating"] is True
    assert group["reports_to"] == ["kommunfullmäktige"]


def test_a_name_by_initials_that_bodies_work_in_and_a_list_an_unfinished_sentence_opens():
    text = ("# Trygghet i Åby\n\n## Organisation\n\nUnder styrgruppen arbetar **Fältgruppen**. Varje onsdag går "
            "gruppen igenom helgens händelser. Med i gruppen är\n\n- kommunens fältsekreterare, som också leder "
            "mötena,\n- närpoliserna och\n- Åbyhem, som äger hyreshusen.\n\nSkola och polis samarbetar dessutom i "
            "**SSPF Åby**, som tar hand om unga i riskzon. Där träffas kuratorer och närpoliser varje månad. "
            "Rektorn samordnar och håller i mötena. Även SSPF-gruppen rapporterar till styrgruppen.\n")
    groups = _plain(text, "x.html")["groups"]
    assert groups["Fältgruppen"]["members"] == ["fältsekreterare", "närpolis", "Åbyhem"]
    assert (groups["Fältgruppen"]["chair"], groups["Fältgruppen"]["frequency_per_year"]) == ("fältsekreterare", 52)
    sspf = groups["SSPF Åby"]
    assert sspf["members"] == ["kurator", "närpolis"] and sspf["chair"] == "rektor"
    assert sspf["reports_to"] == ["styrgruppen"] and "SSPF-gruppen" not in groups


def test_a_topical_line_under_a_title_in_capitals_joins_it():
    text = ("SAMVERKANSAVTAL FÖR ÅBY OCH NYBY\nom trygghet i centrum\n\n1. Parter\n\n"
            "Avtalet har träffats mellan Åby kommun, Nyby kommun och Lokalpolisområde Åby.\n")
    # the line says what the agreement is about (tests/corpus/README.md, "agreement title and the line under it")
    assert list(_plain(text, "x.txt")["agreement"]) == ["Samverkansavtal för Åby och Nyby om trygghet i centrum"]


def test_areas_of_two_clauses_parted_by_medan_one_with_the_verb_left_out():
    text = ("Samverkansavtal för Åby och Nyby\n\n2. Inriktning\n\n"
            "Arbetet ska inriktas på inbrott i villaområden och på trafiken vid skolorna, med särskild tyngd vid "
            "morgnarna, medan Åby därutöver prioriterar klotter i centrum och Nyby buskörning i hamnen, då "
            "sommaren är lång; annat hanteras i ordinarie verksamhet.\n")
    assert list(_plain(text, "x.txt")["priority_areas"]) == [
        "Inbrott i villaområden", "Trafiken vid skolorna", "Klotter i centrum", "Buskörning i hamnen"]


def test_a_council_beside_the_agreement_is_what_the_next_radet_is_about():
    text = ("Avtal för Åby\n\nOrganisation\n\nHögst upp finns Trygghetsrådet, som fattar beslut. Där sitter "
            "kommundirektören och polischefen.\n\nVid sidan av organisationen finns kommunens brottsförebyggande råd "
            "med förtroendevalda. Rådet regleras inte av överenskommelsen.\n")
    groups = _plain(text, "x.txt")["groups"]
    assert list(groups) == ["Trygghetsrådet"]


def test_a_joint_group_named_in_apposition_and_a_preparing_group_whose_chair_comes_first():
    text = ("Samverkansavtal för Åby och Nyby\n\n3. Organisation\n\nHögst upp finns en för båda kommunerna gemensam "
            "ledningsgrupp, Ledningsgruppen Åby–Nyby, som fattar beslut och i vilken kommundirektörerna och "
            "polischefen sitter. I Åby bereds ledningsgruppens möten av en taktisk grupp, TG Åby, som träffas "
            "varje månad och där kommunens säkerhetschef är ordförande och i övrigt närpolisen och en kurator "
            "deltar.\n")
    groups = _plain(text, "x.txt")["groups"]
    assert groups["Ledningsgruppen Åby–Nyby"]["members"] == ["kommundirektör", "polischef"]
    tg = groups["TG Åby"]
    assert (tg["chair"], tg["members"]) == ("säkerhetschef", ["säkerhetschef", "närpolis", "kurator"])
    assert tg["reports_to"] == ["Ledningsgruppen Åby–Nyby"]


def test_a_function_pair_set_to_form_a_group_no_group_not_set_up_and_questions_handed_on_to_two():
    text = ("Avtal för Åby och Nyby\n\nOrganisation\n\nLedningsgruppen består av kommundirektörerna. I Åby finns "
            "Fältgruppen Åby, som träffas varannan vecka, medan Nyby har valt att inte inrätta någon taktisk grupp "
            "utan låter trygghetssamordnaren och närpolisen bilda Samordningsfunktionen Nyby, som stämmer av läget "
            "varje vecka och själv tar upp sina frågor i ledningsgruppen. Gemensamt är Ungdomsnätverket Åby, där "
            "fältsekreterarna möts varje månad. Frågor som kräver beslut förs från nätverket vidare till Fältgruppen "
            "Åby när de gäller Åby och till Samordningsfunktionen Nyby när de gäller Nyby. Kommunens trygghetsråd, där "
            "förtroendevalda ingår, arbetar vid sidan av detta avtal och berörs inte av det.\n")
    groups = _plain(text, "x.txt")["groups"]
    assert set(groups) == {"Ledningsgruppen", "Fältgruppen Åby", "Samordningsfunktionen Nyby", "Ungdomsnätverket Åby"}
    coordinators = groups["Samordningsfunktionen Nyby"]
    assert coordinators["members"] == ["trygghetssamordnare", "närpolis"]
    assert coordinators["reports_to"] == ["Ledningsgruppen"]
    assert groups["Ungdomsnätverket Åby"]["reports_to"] == ["Fältgruppen Åby", "Samordningsfunktionen Nyby"]


def test_a_news_item_told_group_by_group_in_everyday_words():
    text = ("# Nytt medborgarlöfte för Åby 2028\n\nLöftet för 2028 riktar in sig på klotter i centrum och på "
            "inbrott i förråd.\n\n## Hur går det till?\n\nTre gånger under året sitter kommundirektören ner med "
            "polischefen och chefen för kultur och fritid i det som kallas **Chefsgruppen Åby** och går igenom "
            "läget. Det är kommundirektören som är ordförande där.\n\nNärpolisen, fritidsledarna och kuratorerna "
            "träffas varannan vecka – gruppen kallar sig **Fredagsgruppen** – för att planera. Närpolisen kallar "
            "till mötena, och vid behov bjuds Åbyhem in. Det som gruppen inte kan lösa tar den vidare till "
            "chefsgruppen.\n\nDen som bor här kan också vara med: varje vår och höst bjuder vi in till "
            "**Torgmöte Åby**, ett öppet möte för boende och butiksägare.\n")
    plain = _plain(text, "x.html")
    assert list(plain["priority_areas"]) == ["Klotter i centrum", "Inbrott i förråd"]
    chiefs = plain["groups"]["Chefsgruppen Åby"]
    assert chiefs["members"] == ["kommundirektör", "polischef", "chef för kultur och fritid"]
    assert (chiefs["chair"], chiefs["frequency_per_year"]) == ("kommundirektör", 3)
    friday = plain["groups"]["Fredagsgruppen"]
    assert friday["members"] == ["närpolis", "fritidsledare", "kurator", "Åbyhem"]
    assert (friday["chair"], friday["frequency_per_year"]) == ("närpolis", 26)
    assert friday["reports_to"] == ["Chefsgruppen Åby"]
    forum = plain["groups"]["Torgmöte Åby"]
    assert (forum["kind"], forum["members"], forum["frequency_per_year"]) == ("forum", ["boende", "butiksägare"], 2)


def test_a_convener_in_a_list_after_av_a_genitive_with_a_colon_and_each_reporting_to_its_own_board():
    text = ("Samverkansavtal för Åby\n\nOrganisation\n\nLedningsgruppen (LG) består av de två "
            "kommundirektörerna, och vad som beslutas där redovisar var och en av dem därefter för sin egen "
            "kommunstyrelse. Taktiska gruppen (TG) bereder LG:s sammanträden. Fältgruppen består av närpolisen, "
            "som är sammankallande, fritidsledarna och Åbyhem.\n")
    groups = _plain(text, "x.txt")["groups"]
    assert groups["Taktiska gruppen"]["reports_to"] == ["Ledningsgruppen"]
    assert groups["Fältgruppen"]["chair"] == "närpolis"
    assert groups["Ledningsgruppen"]["reports_to"] == ["kommunstyrelse"]
    assert groups["Ledningsgruppen"]["members"] == ["kommundirektör"]
