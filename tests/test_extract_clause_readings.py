"""Extract reads more of Swedish sentence structure: a name that goes on in lower case up to its verb, "för" as
the verb "föra", "håller X informerad" as a report, a chair told in a clause after a semicolon and who "därutöver
sitter" in a group beside its chair. Each reading has its own short text, written for this test with invented
places; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.document import Document
from samverkan.extract.meaning import frequency
from samverkan.extract.meaning.phrases import member, members
from samverkan.extract.normalise import Normaliser
from samverkan.extract.record import recognise
from tests.extract_text import groups as _groups


def test_a_name_goes_on_in_lower_case_up_to_its_verb():
    text = ("Samverkan i Åby\n\nNätverket Äldre boende är öppet för föreningar och trossamfund. "
            "Det samlas vår och höst.\n")
    groups = _groups(text)
    assert list(groups) == ["Nätverket Äldre boende"]
    assert groups["Nätverket Äldre boende"]["frequency_per_year"] == 2


def test_a_name_stops_before_a_lower_case_verb():
    text = "Samverkan i Åby\n\nTeam Centrum träffas varje vecka och leds av en gruppchef.\n"
    assert list(_groups(text)) == ["Team Centrum"]


def test_for_with_a_possessive_is_the_verb_fora_and_no_part_of_a_name():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "Nätverket Äldre boende är öppet för föreningar. Nätverket för sina iakttagelser vidare till "
            "styrgruppen.\n")
    groups = _groups(text)
    assert set(groups) == {"Styrgruppen", "Nätverket Äldre boende"}
    assert groups["Nätverket Äldre boende"]["reports_to"] == ["Styrgruppen"]


def test_keeping_a_group_informed_is_a_report_to_it():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "I samordningsgruppen ingår kommunpolisen och samordnaren. De träffas varje måndag och håller "
            "styrgruppen löpande informerad.\n")
    assert _groups(text)["Samordningsgruppen"]["reports_to"] == ["Styrgruppen"]


def test_a_chair_in_a_clause_after_a_semicolon():
    text = ("Samverkan i Åby\n\nNätverket Äldre boende är öppet för föreningar. Det samlas vår och höst; "
            "kommunens folkhälsostrateg är sammankallande.\n")
    assert _groups(text)["Nätverket Äldre boende"]["chair"] == "folkhälsostrateg"


def test_who_sits_in_the_group_besides_its_chair_makes_the_chair_a_member():
    text = ("Samverkan i Åby\n\nTaktiska gruppen bereder styrgruppens möten. Den sammankallas av "
            "samordnaren; därutöver sitter kommunpolisen och en säkerhetsstrateg i gruppen.\n")
    group = _groups(text)["Taktiska gruppen"]
    assert group["chair"] == "samordnare"
    assert group["members"] == ["samordnare", "kommunpolis", "säkerhetsstrateg"]


def test_a_name_said_to_be_the_council_is_the_group_and_its_word_names_it_later():
    text = ("Samverkan i Åby\n\nEnligt överenskommelsen är Åby BRÅ det övergripande samrådet mellan parterna. "
            "I rådet sitter kommunstyrelsens ordförande, som också leder rådets arbete, kommundirektören och "
            "lokalpolisområdeschefen. Rådet sammanträder fyra gånger om året och lämnar varje år en "
            "verksamhetsberättelse till kommunstyrelsen.\n\n"
            "Under rådet finns Chefsgruppen, där kommundirektören och socialchefen deltar.\n")
    groups = _groups(text)
    assert set(groups) == {"Åby BRÅ", "Chefsgruppen"}
    council = groups["Åby BRÅ"]
    assert council["kind"] == "council"
    assert council["members"] == ["kommunstyrelsens ordförande", "kommundirektör", "lokalpolisområdeschef"]
    assert council["chair"] == "kommunstyrelsens ordförande"
    assert council["frequency_per_year"] == 4
    assert council["reports_to"] == ["kommunstyrelsen"]
    assert groups["Chefsgruppen"]["reports_to"] == ["Åby BRÅ"]


def test_a_short_name_takes_the_full_name_written_before_it_in_brackets():
    text = ("ÅBY KOMMUN\n\nVerksamhetsplan för Brottsförebyggande rådet i Åby kommun (Åby BRÅ)\n\nSamverkan\n\n"
            "Åby BRÅ är det lokala rådet för samverkan. Rådet träffas varje kvartal.\n\n"
            "Under rådet finns Chefsgruppen, där kommundirektören och socialchefen deltar. Den informerar "
            "Åby BRÅ vid varje sammanträde.\n")
    groups = _groups(text)
    full = "Brottsförebyggande rådet i Åby kommun (Åby BRÅ)"
    assert set(groups) == {full, "Chefsgruppen"}
    assert groups[full]["frequency_per_year"] == 4
    assert groups["Chefsgruppen"]["reports_to"] == [full]


def test_a_predicate_group_word_after_a_group_name_stays_that_group():
    text = "Samverkan i Åby\n\nStyrgruppen är den grupp som beslutar. Den består av kommundirektören och polischefen.\n"
    assert list(_groups(text)) == ["Styrgruppen"]


def test_which_side_of_the_elected_says_which_of_many():
    assert members("två ledamöter av kommunstyrelsen från oppositionen och kommundirektören") == [
        "ledamot av kommunstyrelsen", "kommundirektör"]


def test_a_kind_line_over_a_name_with_a_tagline_joins_it_whole():
    text = ("ÅBY KOMMUN                          Dnr KS 2026/0001\n\n"
            "                 SAMVERKANSÖVERENSKOMMELSE\n"
            "          Trygga Åby – polis och kommun i samverkan\n\n\n"
            "1  Parter\n\nÖverenskommelsen ingås mellan Åby kommun och Lokalpolisområde Åby.\n")
    agreement = recognise(Document.from_text("x.txt", text)).to_plain()["agreement"]
    assert list(agreement) == ["Samverkansöverenskommelse Trygga Åby – polis och kommun i samverkan"]


def test_a_group_after_a_verb_that_takes_no_object_is_its_subject():
    text = ("Samverkan i Åby\n\nNärmast verksamheten arbetar Ungdomsteamet Åby: fältassistenter, "
            "socialsekreterare och områdespoliser. Teamet leds av enhetschefen för fältverksamheten och ses "
            "varannan vecka. Det som kommer upp där lämnas till styrgruppen.\n\n"
            "Styrgruppen består av kommundirektören och polischefen.\n")
    group = _groups(text)["Ungdomsteamet Åby"]
    assert group["members"] == ["fältassistent", "socialsekreterare", "områdespolis"]
    assert group["chair"] == "enhetschef för fältverksamheten"
    assert group["frequency_per_year"] == 26
    assert group["reports_to"] == ["Styrgruppen"]


def test_a_pair_named_after_a_sentence_meets_as_often_as_that_sentence_says():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "Varje tisdag stämmer trygghetssamordnaren och kommunpolisen av veckan. Tillsammans kallas de "
            "samordnarfunktionen, och det är de som för frågor vidare till styrgruppen.\n")
    group = _groups(text)["Samordnarfunktionen"]
    assert group["members"] == ["trygghetssamordnare", "kommunpolis"]
    assert group["frequency_per_year"] == 52
    assert group["reports_to"] == ["Styrgruppen"]


def test_who_they_have_with_them_are_members_too():
    text = ("Samverkan i Åby\n\nYtterst ansvarar en ledningsgrupp, Ledningsgruppen Trygga Åby. Där möts "
            "kommundirektören och lokalpolisområdeschefen, och med sig har de socialchefen och skolchefen.\n")
    assert _groups(text)["Ledningsgruppen Trygga Åby"]["members"] == [
        "kommundirektör", "lokalpolisområdeschef", "socialchef", "skolchef"]


def test_chairs_by_half_year_take_turns():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och lokalpolisområdeschefen. "
            "Ordförandeskapet i styrgruppen delas. Kommundirektören leder mötena under årets första halvår, "
            "lokalpolisområdeschefen under det andra.\n")
    group = _groups(text)["Styrgruppen"]
    assert group["chair"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert group["chair_alternating"] is True


def test_what_is_seen_there_goes_on_to_the_group_it_is_handed_to():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "Runt torget finns Torggruppen. Med i gruppen är fältassistenterna och en områdespolis. "
            "Iakttagelserna därifrån går vidare till styrgruppen.\n")
    assert _groups(text)["Torggruppen"]["reports_to"] == ["Styrgruppen"]


def test_a_body_not_in_the_new_agreement_is_outside():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "Kommunens brottsförebyggande råd, där förtroendevalda sitter, fortsätter sitt arbete som förut. "
            "Rådet ingår inte i den nya överenskommelsen.\n")
    assert list(_groups(text)) == ["Styrgruppen"]


NEWS = ("Kommun och polis skriver under\n\n"
        "I dag undertecknade Åby kommun och Polisen en ny samverkansöverenskommelse. Den heter \"Trygga Åby\" "
        "och gäller i tre år från den 1 februari 2026.\n\n"
        "Överenskommelsen skrevs under av kommunstyrelsens ordförande Eva Påhittad och Jon Diktad, som är chef "
        "för lokalpolisområde Åby.\n\n"
        "– Nu blir det tydligare vem som gör vad, säger Jon Diktad, lokalpolisområdeschef.\n")


def test_the_police_area_whose_chief_signed_is_the_police_party():
    plain = recognise(Document.from_text("x.txt", NEWS)).to_plain()
    assert {k.casefold(): v["party"] for k, v in plain["parties"].items()} == {
        "åby kommun": "city", "lokalpolisområde åby": "police"}


def test_a_signer_called_only_chef_takes_the_title_the_text_gives_him_elsewhere():
    plain = recognise(Document.from_text("x.txt", NEWS)).to_plain()
    assert plain["signatories"]["Jon Diktad"]["title"] == "lokalpolisområdeschef"
    assert plain["signatories"]["Eva Påhittad"]["title"] == "kommunstyrelsens ordförande"


SCANNED_TABLE = (
    "Samverkan i Åby\n\nOrganisation\n\n"
    "GRUPP            DELTAGARE                       ORDF.          MÖTEN       RAPP. TILL\n"
    "---------------------------------------------------------------------------------------\n"
    "Styrgruppen      kommundirektör, polischef       kommundir.     4 ggr/år    kommun-\n"
    "                                                                            styrelsen\n"
    "Arbetsgruppen Torget områdespolis,fältassistent,bovärd, vaktbolaget områdespolis 1 ggr/vecka Styrgruppen\n"
    "Skolgruppen      rektor,skolsköterska,  ▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓  l ggr/mån    Styr-\n"
    "                 kornmunpolis                                under läsår   gruppen\n"
    "---------------------------------------------------------------------------------------\n\n"
    "Kommentar till tabellen: Skolgruppen leds av kommunpolisen. Arbetsgruppen Torget sammanställer en uppföljning "
    "som redovisas för styrgruppen och därefter för kommunstyrelsen.\n")


def _scanned() -> dict:
    doc = Document.from_text("x.txt", SCANNED_TABLE, normaliser=Normaliser())
    return recognise(doc).to_plain()["groups"]


def test_a_scanned_row_whose_columns_ran_together_is_read_by_what_each_cell_holds():
    group = _scanned()["Arbetsgruppen Torget"]
    assert group["members"] == ["områdespolis", "fältassistent", "bovärd", "vaktbolaget"]
    assert group["chair"] == "områdespolis"
    assert group["frequency_per_year"] == 52
    assert group["reports_to"] == ["Styrgruppen"]


def test_a_report_column_headed_rapp_till_is_read():
    assert _scanned()["Styrgruppen"]["reports_to"] == ["kommunstyrelsen"]


def test_meetings_read_one_column_early_past_a_smudge_and_a_word_hyphenated_in_its_cell():
    group = _scanned()["Skolgruppen"]
    assert group["members"] == ["rektor", "skolsköterska", "kommunpolis"]
    assert group["frequency_per_year"] == 10
    assert group["chair"] == "kommunpolis"
    assert group["reports_to"] == ["Styrgruppen"]


MINUTES = ("Mötesanteckningar\n\nStyrgruppen Trygg i Åby – möte 4/2026\n\n"
           "§ 4  Översyn\n"
           "Enligt överenskommelsen har styrgruppen hittills bestått av kommundirektören, polischefen och "
           "fritidschefen, med kommundirektören som ordförande.\n\n"
           "Beslutades\n"
           "  att socialchefen ingår i styrgruppen från nästa möte och att fritidschefen samtidigt lämnar "
           "gruppen,\n\n"
           "  att ordförandeskapet i styrgruppen från och med den 1 januari 2027\n"
           "  växlar årsvis mellan kommundirektören och polischefen,\n\n"
           "  att SSPF-gruppen finns kvar i nuvarande form – skolkuratorer, socialsekreterare och\n"
           "  fritidsledare, sammankallade av en SSPF-samordnare, en gång i månaden under läsåret – men\n"
           "  lämnar sina ärendeöversikter till styrgruppen.\n\n"
           "§ 6  Rapport\n"
           "Styrgruppens årsrapport lämnas, liksom tidigare år, till kommunstyrelsen i februari.\n\n"
           "§ 7  Övriga frågor\n"
           "Per Påhittsson (polischef) påminde om att överenskommelsen, som han och kommunstyrelsens ordförande "
           "Ulla Exempeldotter undertecknade, gäller till utgången av 2027.\n")


def test_members_so_far_with_the_changes_the_minutes_decide():
    group = _groups(MINUTES)["Styrgruppen Trygg i Åby"]
    assert group["members"] == ["kommundirektör", "polischef", "socialchef"]
    assert group["chair"] == ["kommundirektör", "polischef"]
    assert group["chair_alternating"] is True


def test_a_groups_report_handed_on_in_the_passive_is_its_report():
    assert _groups(MINUTES)["Styrgruppen Trygg i Åby"]["reports_to"] == ["kommunstyrelsen"]


def test_the_people_of_a_group_in_an_aside_between_dashes():
    group = _groups(MINUTES)["SSPF-gruppen"]
    assert group["members"] == ["skolkurator", "socialsekreterare", "fritidsledare"]
    assert group["frequency_per_year"] == 10


def test_he_who_signed_is_the_subject_of_the_sentence():
    signatories = recognise(Document.from_text("x.txt", MINUTES)).to_plain()["signatories"]
    assert signatories["Per Påhittsson"]["title"] == "polischef"
    assert signatories["Ulla Exempeldotter"]["title"] == "kommunstyrelsens ordförande"


FOLLOW_UP = ("Uppföljning av samverkan i Åby 2025\n\n"
             "1. Överenskommelsen i korthet\n\n"
             "Under året gällde Samverkansöverenskommelsen för ett tryggare Åby (dnr KS 2024/1), som Åby kommun "
             "och Polismyndigheten, lokalpolisområde Åby, ingick i december 2024.\n\n"
             "2. Organisation\n\n"
             "I styrgruppen skulle kommundirektören, lokalpolisområdeschefen och socialdirektören mötas "
             "kvartalsvis. Styrgruppen lämnade, som överenskommelsen anger, en lägesrapport till kommunstyrelsen i "
             "september.\n\n"
             "Under styrgruppen finns den taktiska gruppen, TG, som förbereder styrgruppens möten. Den består av "
             "trygghetsstrategen och kommunpolisen. Trygghetsstrategen var sammankallande.\n\n"
             "På den operativa nivån verkade två arbetsgrupper:\n\n"
             "  - Arbetsgruppen Norr, där områdespoliser och fältassistenter skulle ses varje vecka. Gruppen leddes\n"
             "    av en av områdespoliserna och rapporterade till TG.\n"
             "  - Arbetsgruppen Syd, med representanter för kvinnojouren. Gruppen skulle mötas\n"
             "    en gång per månad. Ordförande var chefen för enheten för våld i nära relationer.\n\n"
             "3. Rekommendationer\n\n"
             "Rapportförfattarna rekommenderar att kommunens säkerhetschef adjungeras till styrgruppen.\n")


def test_the_parties_of_an_agreement_named_as_the_object_of_who_concluded_it():
    parties = recognise(Document.from_text("x.txt", FOLLOW_UP)).to_plain()["parties"]
    assert {k.casefold(): v["party"] for k, v in parties.items()} == {
        "åby kommun": "city", "lokalpolisområde åby": "police"}


def test_a_follow_up_told_in_modals_and_the_past_still_says_who_and_how():
    groups = _groups(FOLLOW_UP)
    assert groups["Styrgruppen"]["members"] == ["kommundirektör", "lokalpolisområdeschef", "socialdirektör"]
    assert groups["Styrgruppen"]["frequency_per_year"] == 4
    assert groups["Styrgruppen"]["reports_to"] == ["kommunstyrelsen"]
    assert groups["TG"]["chair"] == "trygghetsstrateg"


def test_groups_counted_before_a_list_are_none_and_each_item_keeps_its_own_chair():
    groups = _groups(FOLLOW_UP)
    assert "Arbetsgrupper" not in groups
    assert groups["Arbetsgruppen Norr"]["chair"] == "områdespolis"
    assert groups["Arbetsgruppen Syd"]["chair"] == "chef för enheten för våld i nära relationer"


def test_what_a_report_recommends_is_no_fact():
    assert "säkerhetschef" not in _groups(FOLLOW_UP)["Styrgruppen"]["members"]


PAGE_BREAK_TABLE = (
    "Samverkan i Åby\n\n5  Organisation för samverkan\n"
    "Samverkan organiseras i tre grupper enligt tabellen nedan.\n\n"
    "Grupp              Deltagare                      Ordförande         Möten            Rapporterar till\n"
    "-----------------  -----------------------------  -----------------  ---------------  ----------------\n"
    "Styrgruppen        kommundirektör,                kommundirektör     4 ggr/år         kommunstyrelsen\n"
    "                   lokalpolisområdeschef,\n"
    "                   socialchef\n"
    "Beredningsgruppen  trygghetssamordnare,           kommunpolis        varje månad      Styrgruppen\n"
    "                   kommunpolis,\n\n"
    "_____________\n"
    "¹ Inbjudna deltar som gäster.\n\n"
    "Samverkansöverenskommelse Åby 2025–2028                                          Sida 3 av 5\n\n"
    "Samverkansöverenskommelse Åby 2025–2028                          Åby kommun | Polisen\n\n"
    "Grupp              Deltagare                      Ordförande         Möten            Rapporterar till\n"
    "-----------------  -----------------------------  -----------------  ---------------  ----------------\n"
    "                   enhetschef för fält-\n"
    "                   verksamheten, analytiker\n"
    "Skolnätverket      rektor, skolkurator,           rektor             en gång per      Beredningsgruppen\n"
    "                   områdespolis                                      termin\n")


def test_a_row_cut_by_a_page_break_goes_on_under_the_repeated_header():
    groups = _groups(PAGE_BREAK_TABLE)
    assert groups["Beredningsgruppen"]["members"] == [
        "trygghetssamordnare", "kommunpolis", "enhetschef för fältverksamheten", "analytiker"]
    assert groups["Skolnätverket"]["members"] == ["rektor", "skolkurator", "områdespolis"]


def test_an_aside_in_brackets_before_a_groups_colon_and_a_clause_without_som():
    text = ("Samverkan i Åby\n\nPå sommaren har vi dessutom Sommargruppen (badplatserna!): fältassistenter, "
            "områdespolisen och de ordningsvakter stan hyr in. Den träffas varje vecka från juni till augusti.\n")
    group = _groups(text)["Sommargruppen"]
    assert group["members"] == ["fältassistent", "områdespolis", "ordningsvakt"]
    assert group["frequency_per_year"] == 13


def test_a_signature_line_after_a_lead_in_with_a_colon():
    text = ("Samverkan i Åby\n\n1. Parter\n\nÖverenskommelsen ingås mellan Åby kommun och Lokalpolisområde Åby.\n\n"
            "5. Underskrift\n\n"
            "Planerat 28/11 på stadshuset: Eva Påhittad, kommunstyrelsens ordförande, för stan och\n"
            "Jon Diktad, lokalpolisområdeschef, för LPO:t.\n")
    signatories = recognise(Document.from_text("x.txt", text)).to_plain()["signatories"]
    assert {k: v["title"] for k, v in signatories.items()} == {
        "Eva Påhittad": "kommunstyrelsens ordförande", "Jon Diktad": "lokalpolisområdeschef"}


def test_a_form_of_cooperation_held_at_a_frequency_with_the_parties_commitments_to_it():
    text = ("Samverkan i Åby\n\nPolisen åtar sig att\n\n"
            "  1. avdela kommunpolisen till samordningsgruppen och låta kommunpolisen leda den\n"
            "     kvällssamverkan som beskrivs nedan;\n"
            "  2. låta två områdespoliser arbeta i kvällssamverkan varannan fredag mellan kl. 19 och 23.\n\n"
            "Kommunen åtar sig att\n\n"
            "  1. låta fältsekreterarna delta i kvällssamverkan och bjuda in AB Åbyhem att\n"
            "     delta med sina bovärdar.\n\n"
            "När vi ses\n\n"
            "Samordningsgruppen träffas varje månad.\n\n"
            "Kvällssamverkan genomförs varannan fredag kl. 19–23 med samling på polisstationen.\n"
            "Erfarenheterna från kvällarna lämnas till samordningsgruppen.\n")
    group = _groups(text)["Kvällssamverkan"]
    assert group["members"] == ["kommunpolis", "områdespolis", "fältsekreterare", "AB Åbyhem"]
    assert group["chair"] == "kommunpolis"
    assert group["frequency_per_year"] == 26
    assert group["reports_to"] == ["Samordningsgruppen"]


def test_the_area_of_a_unit_and_of_places_with_their_centre_say_only_where():
    assert member("en enhetschef från socialtjänsten i Åby") == "enhetschef från socialtjänsten"
    assert members("kommunpolisen, städernas trygghetssamordnare och fastighetsägare i Åby centrum och "
                   "Nybys centrum") == ["kommunpolis", "trygghetssamordnare", "fastighetsägare"]


def test_the_place_the_last_of_a_list_are_around_says_only_where():
    assert members("kommunens centrumutvecklare, en områdespolis och fastighetsägare runt torget") == [
        "centrumutvecklare", "områdespolis", "fastighetsägare"]


def test_a_cells_bare_month_range_is_the_season_of_its_meetings():
    assert frequency.per_year("varje vecka\njuni–augusti").value == 13
    assert frequency.per_year("varje vecka").value == 52


def test_two_signatures_on_one_line_each_after_its_party():
    text = ("Samverkan i Åby\n\n1. Parter\n\nÖverenskommelsen ingås mellan Åby kommun och Lokalpolisområde Åby.\n\n"
            "**Underskrifter**\n\n"
            "För kommunen: Eva Påhittad, kommundirektör. För polisen: Jon Diktad, lokalpolisområdeschef.\n")
    signatories = recognise(Document.from_text("x.txt", text)).to_plain()["signatories"]
    assert {k: v["title"] for k, v in signatories.items()} == {
        "Eva Påhittad": "kommundirektör", "Jon Diktad": "lokalpolisområdeschef"}


def test_a_headings_kind_is_the_group_its_first_sentence_says_it_is():
    text = ("Samverkan i Åby\n\nSamverkansforum\n"
            "Skolornas trygghetsråd är det gemensamma forumet. I rådet sitter skolcheferna, rektorerna och "
            "kommunpolisen. Skolchefen för den kommunala grundskolan är sammankallande. Rådet träffas varje månad.\n")
    groups = _groups(text)
    assert list(groups) == ["Skolornas trygghetsråd"]
    assert groups["Skolornas trygghetsråd"]["members"] == ["skolchef", "rektor", "kommunpolis"]
    assert groups["Skolornas trygghetsråd"]["chair"] == "skolchef"  # which of the members leads


def test_the_group_the_daily_coordination_is_left_to_coordinates_though_it_also_prepares():
    text = ("Samverkan i Åby\n\nLedningsgruppen består av kommundirektören och polischefen.\n\n"
            "Det dagliga samordnandet sköts av en liten grupp som kallas SAMO. Den består av kommunens "
            "trygghetssamordnare och de två kommunpoliserna. SAMO förbereder ledningsgruppens möten.\n")
    group = _groups(text)["SAMO"]
    assert group["kind"] == "coordinators"
    assert group["reports_to"] == ["Ledningsgruppen"]


def test_a_named_places_function_with_its_kind_before_it_and_one_of_each():
    assert member("fritidsgården Fyrens föreståndare", True) == "föreståndare för Fyren"
    assert members("kommunpolisen, en fritidsledare per fritidsgård och fältassistenterna") == [
        "kommunpolis", "fritidsledare", "fältassistent"]


def test_seeing_that_a_body_gets_the_report_is_reporting_to_it():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen. Den sammanträder fyra "
            "gånger per år och svarar för att kommunstyrelsen får den årliga redovisningen.\n")
    assert _groups(text)["Styrgruppen"]["reports_to"] == ["kommunstyrelsen"]


def test_where_a_member_is_in_the_centre_or_at_the_station_is_no_part_of_it():
    assert members("fastighetsägare, butiksägare och Åbytrafiken vid resecentrum") == [
        "fastighetsägare", "butiksägare", "Åbytrafiken"]
    assert members("krögare, ordningsvakter och polisen i city") == ["krögare", "ordningsvakt", "polisen"]


def test_many_people_of_a_name_that_is_also_a_common_word_are_the_function():
    assert members("områdespolisen, fritidsledarna och Åbybostäders områdesvärdar") == [
        "områdespolis", "fritidsledare", "områdesvärd"]
    assert members("områdespolisen, fritidsledarna och Lägenheters områdesvärdar") == [
        "områdespolis", "fritidsledare", "områdesvärd"]


def test_the_areas_a_function_is_for_stay_with_it():
    assert members("kommundirektören, förvaltningscheferna för socialförvaltningen och förskola och skola, samt "
                   "kommunens säkerhetschef") == [
        "kommundirektör", "förvaltningschef för socialförvaltningen", "förvaltningschef för förskola och skola",
        "säkerhetschef"]
    assert members("kommundirektören, sektorchefen för utbildning, kultur och fritid samt polischefen") == [
        "kommundirektör", "sektorchef för utbildning, kultur och fritid", "polischef"]


def test_what_the_chair_takes_to_another_group_is_the_groups_report():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "I den operativa gruppen deltar områdespoliserna och fältsekreterarna. Gruppen träffas varje vecka och "
            "leds av kommunpolisen, som också tar med sig de frågor som gruppen inte själv kan lösa till "
            "styrgruppen.\n")
    assert _groups(text)["Operativa gruppen"]["reports_to"] == ["Styrgruppen"]
    assert member("områdespolis för centrum") == "områdespolis"


def test_observations_and_proposals_taken_up_in_another_group_are_a_report_to_it():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "Handelssamrådet består av näringslivschefen och kommunpolisen. Det träffas varannan månad. "
            "Iakttagelser och förslag från samrådet tas upp i styrgruppen.\n")
    assert _groups(text)["Handelssamrådet"]["reports_to"] == ["Styrgruppen"]


def _title(text: str) -> list[str]:
    return list(recognise(Document.from_text("x.txt", text)).to_plain()["agreement"])


def test_a_line_under_the_title_joins_when_it_says_what_it_is_about_not_who_or_when():
    parties = "\n\n1. Parter\n\nÖverenskommelsen ingås mellan Åby kommun, Nyby kommun och Lokalpolisområde Åby.\n"
    assert _title("ÖVERENSKOMMELSE OM SAMVERKAN\nmellan Åby kommun och Lokalpolisområde Åby\n2020–2023" + parties) \
        == ["Överenskommelse om samverkan"]
    assert _title("SAMVERKANSÖVERENSKOMMELSE 2024–2027\nför ett tryggare Åby" + parties) \
        == ["Samverkansöverenskommelse 2024–2027 för ett tryggare Åby"]
    assert _title("GEMENSAM SAMVERKANSÖVERENSKOMMELSE FÖR ÅBY OCH NYBY\nom brottsförebyggande arbete" + parties) \
        == ["Gemensam samverkansöverenskommelse för Åby och Nyby om brottsförebyggande arbete"]


def test_a_place_inside_a_name_stays():
    assert member("företrädare för city i samverkan") == "city i samverkan"


def test_the_chair_and_the_other_ledamoter_are_all_members_and_one_added_later_too():
    groups = _groups("Organisation\n\nLedningsgruppen\nKulturchefen är ordförande och övriga ledamöter är "
                     "lokalpolisområdeschefen och fritidschefen. [Ändring 3] Från 2027 tillkommer kommunens "
                     "trygghetschef som ledamot. Ledningsgruppen möts fyra gånger per år.\n")
    group = groups["Ledningsgruppen"]
    assert group["members"] == ["kulturchef", "lokalpolisområdeschef", "fritidschef", "trygghetschef"]
    assert group["chair"] == "kulturchef"


def test_prose_groups_with_inverted_members_a_relative_convener_and_a_chair_by_term():
    text = ("Så arbetar vi\n\n"
            "Varje vår och höst bjuder vi in till **Trygghetsmötet**, ett öppet möte i Folkets hus. Där träffar "
            "boende, föreningar och handlare kommunpolisen och kommunens brottsförebyggare för att prata om läget. "
            "Synpunkterna från mötet tar vi med oss till ledningsgruppen för trygghet.\n\n"
            "Ytterst ansvarar **Ledningsgruppen för trygghet**. Där sitter kommundirektören och "
            "lokalpolisområdeschefen tillsammans med kulturchefen. Ordförandeskapet delas så att kommundirektören "
            "leder mötena under vårterminen och lokalpolisområdeschefen under hösten. Ledningsgruppen ses en gång "
            "i kvartalet.\n\n"
            "Det löpande arbetet hålls ihop av kommunens brottsförebyggare och kommunpolisen, som tillsammans utgör "
            "**samordnarparet**. De stämmer av med varandra varje vecka.\n\n"
            "I **Lokala gruppen Norrby–Söderby** träffas fältsekreterare, områdespoliser och Låtsasbo AB, "
            "tillsammans med kommunpolisen, som också kallar till mötena. Gruppen träffas varannan vecka.\n")
    groups = _groups(text)
    meeting = groups["Trygghetsmötet"]
    assert meeting["members"] == ["boende", "förening", "handlare", "kommunpolis", "brottsförebyggare"]
    assert meeting["reports_to"] == ["Ledningsgruppen för trygghet"]
    steering = groups["Ledningsgruppen för trygghet"]
    assert steering["chair"] == ["kommundirektör", "lokalpolisområdeschef"] and steering["chair_alternating"]
    assert groups["Samordnarparet"]["members"] == ["brottsförebyggare", "kommunpolis"]
    local = groups["Lokala gruppen Norrby–Söderby"]
    assert local["members"] == ["fältsekreterare", "områdespolis", "Låtsasbo AB", "kommunpolis"]
    assert local["chair"] == "kommunpolis"


def test_minutes_decisions_found_a_group_add_members_name_the_chair_and_plan_dated_meetings():
    text = ("ÅBY KOMMUN                                      PROTOKOLL 2/2026\n\n"
            "Ledningsgruppen Tryggt Åby\n\n"
            "§ 2  Ordförande\n"
            "Ledningsgruppen beslutade\n"
            "att utse Eva Exempelsdotter, kulturchef, till ordförande,\n"
            "att utse Nils Påhittsson till vice ordförande.\n\n"
            "§ 3  Sammansättning\n"
            "I överenskommelsen står att ledningsgruppen utgörs av kulturchefen och lokalpolisområdeschefen.\n"
            "Ledningsgruppen beslutade\n"
            "att fritidschefen ingår i ledningsgruppen från och med detta möte,\n"
            "att kommunpolisen deltar vid samtliga möten.\n"
            "Frågan om att bjuda in räddningstjänsten bordlades till nästa sammanträde.\n\n"
            "§ 4  Mötesplan\n"
            "Ledningsgruppen beslutade\n"
            "att sammanträda den 3 februari, 5 maj och 6 oktober 2026.\n\n"
            "§ 5  Åby nattgrupp\n"
            "Ledningsgruppen beslutade\n"
            "att inrätta Åby nattgrupp (ÅNG), sammankallad av trygghetschefen,\n"
            "att nattvandrarna och områdespoliserna ska delta i gruppen,\n"
            "att gruppen träffas varje fredag och lämnar en avrapportering inför varje ledningsgruppsmöte.\n\n"
            "§ 6  Fritidsnätverket\n"
            "Fritidschefen berättade om Nätverket fritid–polis, där fritidsledarna och kommunpolisen redan i dag "
            "träffas. Ledningsgruppen beslutade att nätverket leds av fritidschefen.\n")
    groups = _groups(text)
    steering = groups["Ledningsgruppen Tryggt Åby"]
    assert steering["chair"] == "kulturchef"
    assert steering["members"] == ["kulturchef", "lokalpolisområdeschef", "fritidschef", "kommunpolis"]
    assert steering["frequency_per_year"] == 3
    night = groups["Åby nattgrupp"]
    assert night["chair"] == "trygghetschef" and night["members"] == ["nattvandrare", "områdespolis"]
    assert night["frequency_per_year"] == 52 and night["reports_to"] == ["Ledningsgruppen Tryggt Åby"]
    network = groups["Nätverket fritid–polis"]
    assert network["members"] == ["fritidsledare", "kommunpolis"] and network["chair"] == "fritidschef"
    assert "Ledningsgruppen beslutade" not in groups


def test_areas_the_parties_chose_named_in_a_sentence_a_long_one_too():
    text = ("Genomgång\n\nDe fokusområden som parterna valt är rån och hot mot unga kring Åby centrum och "
            "pendeltågets stationer, langning av alkohol och bedrägerier mot äldre.\n")
    plain = recognise(Document.from_text("x.txt", text)).to_plain()
    assert list(plain["priority_areas"]) == [
        "Rån och hot mot unga kring Åby centrum och pendeltågets stationer", "Langning av alkohol",
        "Bedrägerier mot äldre"]


def test_footnotes_are_read_where_their_marks_stand():
    text = ("4 Organisation\n\n"
            "4.1 Ledningsgrupp\n"
            "Arbetet leds av en ledningsgrupp där kulturchefen och lokalpolisområdeschefen tillsammans med\n"
            "övriga förvaltningschefer¹ ingår. Ledningsgruppen sammanträder en gång per kvartal.\n\n"
            "4.2 Samordnare\n"
            "Kommunens trygghetssamordnare och kommunpolisen samordnar det gemensamma arbetet, bereder\n"
            "frågor inför ledningsgruppen och håller kontakt varje vecka.\n\n"
            "4.3 Arbetsgrupp Norrby\n"
            "I Norrby finns en arbetsgrupp med fältsekreterare, områdespoliser och de stora hyresvärdarna i\n"
            "området². Gruppen leds av trygghetssamordnaren och träffas regelbundet³.\n\n"
            "____________________\n"
            "¹ Med övriga förvaltningschefer avses socialchefen och chefen för\n"
            "  utbildningsförvaltningen.\n"
            "² I dag Låtsasbo AB och Exempelhem. Fler hyresvärdar kan bjudas in.\n"
            "³ Enligt mötesplanen varannan vecka.\n")
    groups = _groups(text)
    assert groups["Ledningsgrupp"]["members"] == ["kulturchef", "lokalpolisområdeschef", "socialchef",
                                                  "chef för utbildningsförvaltningen"]
    pair = groups["Samordnare"]
    assert pair["kind"] == "coordinators" and pair["members"] == ["trygghetssamordnare", "kommunpolis"]
    assert pair["frequency_per_year"] == 52 and pair["reports_to"] == ["Ledningsgrupp"]
    local = groups["Arbetsgrupp Norrby"]
    assert local["members"] == ["fältsekreterare", "områdespolis", "Låtsasbo AB", "Exempelhem"]
    assert local["frequency_per_year"] == 26


def test_a_member_cut_from_a_clause_or_bracket_is_no_one_and_an_afterthought_drops():
    assert members("lokalpolisområdeschef (Nyby och Åby) och fältassistent") == ["lokalpolisområdeschef",
                                                                                 "fältassistent"]
    assert members("enhetschef (Nyby, fältassistent") == ["enhetschef", "fältassistent"]
    assert members("Åby), fältassistent") == ["fältassistent"]
    assert members("kyrkan, där föreningarna också deltar") == ["kyrkan"]
    assert members("fältassistenter och när det behövs också Nybyhems bovärdar") == ["fältassistent", "bovärd"]
    assert members("rektor och kuratorn redan i dag") == ["rektor", "kurator"]
    assert members("kommunpolis, fältassistent tillsammans, socialsekreterare v.b.") == [
        "kommunpolis", "fältassistent", "socialsekreterare"]


def _md_groups(text: str) -> dict:
    return recognise(Document.from_text("x.md", text)).to_plain().get("groups", {})


def test_a_table_of_groups_and_prose_descriptions_reads_each_row_as_a_section():
    text = ("# Samverkan i Åby\n\n## Organisation\n\n| Grupp | Beskrivning |\n|---|---|\n"
            "| Styrgrupp | Här fattas besluten. Kommundirektören och polischefen möts tillsammans med "
            "socialchefen och samordnaren. Polischefen är ordförande. Gruppen träffas fyra gånger per år. |\n"
            "| Arbetsgrupp Unga | Arbetar med unga i riskzon. I gruppen sitter fältassistenten och kommunpolisen. "
            "Gruppen ses varje månad och återkopplar till styrgruppen. |\n\n"
            "Samverkan följs upp varje år.\n")
    groups = _md_groups(text)
    assert set(groups) == {"Styrgrupp", "Arbetsgrupp Unga"}
    steering = groups["Styrgrupp"]
    assert steering["members"] == ["kommundirektör", "polischef", "socialchef", "samordnare"]
    assert steering["chair"] == "polischef" and steering["frequency_per_year"] == 4
    young = groups["Arbetsgrupp Unga"]
    assert young["members"] == ["fältassistent", "kommunpolis"]
    assert young["frequency_per_year"] == 12 and young["reports_to"] == ["Styrgrupp"]


def test_a_table_of_groups_with_field_columns_is_no_table_of_descriptions():
    text = ("# Samverkan i Åby\n\n| Grupp | Deltagare | Mötesfrekvens |\n|---|---|---|\n"
            "| Styrgrupp | kommundirektör, polischef | fyra gånger per år |\n")
    assert _md_groups(text)["Styrgrupp"]["members"] == ["kommundirektör", "polischef"]


def test_an_item_naming_a_group_ending_on_its_people_in_brackets():
    text = ("# Samverkan i Åby\n\n## Organisation\n\n"
            "- **Skola–fritid** – stöttar elever på högstadiet. Träffas varannan vecka och återrapporterar "
            "till styrgruppen (rektorer, fritidsledare, kommunpolis).\n"
            "- **Styrgrupp** – beslutar om inriktningen. Sammanträder två gånger per år "
            "(kommundirektör, polischef).\n")
    groups = _md_groups(text)
    school = groups["Skola–fritid"]
    assert school["members"] == ["rektor", "fritidsledare", "kommunpolis"]
    assert school["frequency_per_year"] == 26 and school["reports_to"] == ["Styrgrupp"]
    assert groups["Styrgrupp"]["members"] == ["kommundirektör", "polischef"]


def test_an_item_with_brackets_but_no_meetings_is_no_group():
    text = ("# Samverkan i Åby\n\n## Prioriteringar\n\n"
            "- **Trygghet i centrum** – insatser kring torget (fastighetsägare, handlare, kommunpolis).\n")
    assert _md_groups(text) == {}


def test_a_group_with_an_adjective_and_its_people_after_med():
    text = ("Samverkan i Åby\n\nVid behov samlas en särskild krisgrupp med säkerhetschefen, kommunpolisen och "
            "socialjouren för att hantera allvarliga händelser.\n")
    assert _groups(text)["Krisgrupp"]["members"] == ["säkerhetschef", "kommunpolis", "socialjouren"]


def test_fora_vidare_before_its_object_hands_it_on_and_names_no_group():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "I arbetsgruppen ingår fältassistenten och kommunpolisen. Arbetsgruppen för vidare det som kräver "
            "beslut till styrgruppen.\n")
    groups = _groups(text)
    assert set(groups) == {"Styrgruppen", "Arbetsgruppen"}
    assert groups["Arbetsgruppen"]["reports_to"] == ["Styrgruppen"]


def test_those_appointed_to_a_group_are_its_members():
    text = ("Samverkan i Åby\n\nStyrgrupp\nStyrgruppen leds av kommundirektören. Till styrgruppen utses "
            "polischefen och socialchefen.\n\nArbetsgrupp\nArbetsgruppen leds av kommunpolisen. Av kommunen utses "
            "samordnaren och en fältassistent till gruppen.\n")
    groups = _groups(text)
    assert groups["Styrgrupp"]["members"] == ["polischef", "socialchef"]
    assert groups["Arbetsgrupp"]["members"] == ["samordnare", "fältassistent"]


def test_a_group_gathering_some_with_another_has_them_all_as_members():
    text = ("Samverkan i Åby\n\nSkolgruppen samlar rektorer och kuratorer med kommunpolisen en gång per termin.\n")
    assert _groups(text)["Skolgruppen"]["members"] == ["rektor", "kurator", "kommunpolis"]


def test_making_something_ready_for_a_group_reports_to_it():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "Samordningsgruppen består av samordnaren och kommunpolisen. Den tar fram en lägesbild inför "
            "styrgruppen.\n")
    assert _groups(text)["Samordningsgruppen"]["reports_to"] == ["Styrgruppen"]
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen. Den tar fram en "
            "handlingsplan till hösten.\n")
    assert "reports_to" not in _groups(text)["Styrgruppen"]


def test_who_holds_a_forum_leads_it():
    text = ("Samverkan i Åby\n\nVår och höst anordnas Trygghetsforum Åby, till vilket föreningar bjuds in. "
            "Forumet hålls av samordnaren.\n")
    assert _groups(text)["Trygghetsforum Åby"]["chair"] == "samordnare"

def test_a_body_that_is_no_part_of_the_agreement_is_outside():
    text = ("Samverkan i Åby\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "Åby Trygghetsforum, där föreningar träffas, drivs av kommunen och är inte en del av denna "
            "överenskommelse.\n")
    assert list(_groups(text)) == ["Styrgruppen"]


def test_coordinators_told_apart_by_their_office_still_coordinate():
    text = ("Samverkan i Åby\n\nOrganisation\n\nGrupp | Deltagare | Ordförande | Träffas | Rapporterar till\n"
            "Styrgruppen | kommundirektör, lokalpolisområdeschef | kommundirektör | fyra gånger om året | "
            "kommunstyrelsen\n"
            "Samordningsgruppen | säkerhetssamordnare, kommunpolis, trygghetssamordnare från skolförvaltningen | "
            "kommunpolis | varannan vecka | Styrgruppen\n"
            "Torggruppen | fältassistenter, områdespoliser | kommunpolis | varje vecka | Samordningsgruppen\n")
    assert _groups(text)["Samordningsgruppen"]["kind"] == "coordinators"


def test_a_council_of_chiefs_told_apart_by_where_they_work_decides_and_the_turns_drop_the_years():
    text = ("Samverkan i Åby\n\nTrygghetsrådet är det beslutande organet. Rådet består av kommundirektören, "
            "lokalpolisområdeschefen och räddningschefen i Åbydalens räddningsförbund. Ordförandeskapet växlar "
            "mellan kommundirektören och lokalpolisområdeschefen år för år. Rådet möts två gånger per år.\n")
    group = _groups(text)["Trygghetsrådet"]
    assert group["kind"] == "steering"
    assert group["chair"] == ["kommundirektör", "lokalpolisområdeschef"]


def test_a_group_by_initials_spelled_out_in_brackets_that_meets_is_a_group():
    text = ("Samverkan i Åby\n\nOrganisation\n\nStyrgruppen består av kommundirektören och polischefen.\n\n"
            "SSPF Åby (skola, socialtjänst, polis och fritid) träffas varje månad. Deltagare är skolkuratorer "
            "och områdespoliser.\n")
    group = _groups(text)["SSPF Åby"]
    assert group["frequency_per_year"] == 12
    assert group["members"] == ["skolkurator", "områdespolis"]


def test_a_group_by_initials_is_the_group_a_following_gruppen_means():
    text = ("Samverkan i Åby\n\nBeredningsgruppen består av samordnaren och kommunpolisen. Den träffas varje månad.\n\n"
            "Torggruppen träffas varje vecka och rapporterar till beredningsgruppen.\n\n"
            "SSPF Åby (skola, socialtjänst, polis och fritid) träffas varannan vecka. Deltagare är skolkuratorer "
            "och områdespoliser. Gruppen lämnar en lägesbild till beredningsgruppen inför varje möte.\n")
    assert _groups(text)["SSPF Åby"]["reports_to"] == ["Beredningsgruppen"]


def test_a_corresponding_group_under_a_groups_heading_is_that_group():
    text = ("Samverkan i Åby\n\nOrganisation\n\nBeredningsgruppen\nBeredningsgruppen består av samordnaren och "
            "kommunpolisen.\n\nOperativ grupp Öby\nMotsvarande grupp för Öby möts var fjärde vecka och rapporterar "
            "till beredningsgruppen. Här deltar fältassistenter och fritidsgårdarnas personal.\n")
    groups = _groups(text)
    assert "Motsvarande grupp" not in groups
    assert groups["Operativ grupp Öby"]["frequency_per_year"] == 13


def test_many_people_from_a_body_its_owners_genitive_makes_definite_are_the_function():
    assert members("kommunpolisen, ordningsvakter från kommunens upphandlade bevakningsbolag och "
                   "fältsekreterarna") == ["kommunpolis", "ordningsvakt", "fältsekreterare"]
    assert members("en samordnare från kommunens socialtjänst") == ["samordnare från kommunens socialtjänst"]


def test_a_footnote_mark_after_the_stop_is_read_like_one_on_the_word():
    text = ("4 Organisation\n\n"
            "4.1 Ledningsgrupp\n"
            "I ledningsgruppen ingår kulturchefen, lokalpolisområdeschefen och\n"
            "övriga förvaltningschefer.¹ Ledningsgruppen sammanträder en gång per kvartal.\n\n"
            "4.2 Arbetsgrupp Norrby\n"
            "I Norrby finns en arbetsgrupp med fältsekreterare och de stora hyresvärdarna i området,² och\n"
            "trygghetssamordnaren leder den.\n\n"
            "____________________\n"
            "¹ Med övriga förvaltningschefer avses socialchefen och chefen för utbildningsförvaltningen.\n"
            "² I dag Låtsasbo AB och Exempelhem.\n")
    groups = _groups(text)
    assert groups["Ledningsgrupp"]["members"] == ["kulturchef", "lokalpolisområdeschef", "socialchef",
                                                  "chef för utbildningsförvaltningen"]
    assert groups["Arbetsgrupp Norrby"]["members"] == ["fältsekreterare", "Låtsasbo AB", "Exempelhem"]
