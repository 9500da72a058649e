"""Extract reads what auditors are sent besides agreements proper (issue 15): a spreadsheet saved as
semicolon-separated text, a Word file that lost its numbering, a news article, an interview transcript. Each
reading has its own short text, written for this test with invented names; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.document import Document, read_document
from samverkan.extract.formats import delimited_text
from samverkan.extract.formats import tabbed_text as formats_tabbed
from samverkan.extract.record import recognise
from tests.extract_text import plain as _plain

SHEET = "\n".join([
    "Samverkan Åby.xlsx - Blad1;;;;",
    "Uppgift;Värde;;;Kommentar",
    "Avtalets namn;Trygga Åby tillsammans;;;beslutat i mars",
    "Kommunens dnr;KS 2026/17;;;",
    "Part;Åby kommun;212000-9999;;",
    "Part;Polismyndigheten, Polisregion Nord, lokalpolisområde Åby;202100-0076;;",
    "Gäller fr.o.m.;2026-03-01;;;",
    "Gäller t.o.m.;2028-02-29;;;gäller avtalet, inte bilagorna",
    ";;;;",
    "Prioriteringar;;;;",
    "Nr;Område;Mål;Ansvarig;",
    "1;Klotter i centrum;Mindre klotter;Tekniska kontoret;",
    "2;Unga i riskzon;Färre unga i kriminalitet;Socialtjänsten;",
    ";;;;",
    "Grupp;Deltagare;Ordförande;Möten;Kommentar",
    "Ledningsgruppen;kommunchef;kommunchef;4 ggr/år;",
    ";lokalpolisområdeschef;;;",
    ";socialchef;;;",
    "Åby BRÅ;politiker;KSO;2 ggr/år;ingår inte i överenskommelsen",
])


def _sheet(tmp_path, text: str = SHEET) -> dict:
    path = tmp_path / "blad.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return recognise(read_document(path)).to_plain()


def test_a_semicolon_export_is_read_as_tables_line_for_line():
    lines = delimited_text(SHEET).split("\n")
    assert len(lines) == len(SHEET.split("\n"))  # every fact keeps the line it stands on
    assert lines[0] == ""  # the export's sheet-name line is no text of the agreement
    assert lines[2] == "Avtalets namn: Trygga Åby tillsammans | beslutat i mars"
    assert lines[15] == "Ledningsgruppen | kommunchef, lokalpolisområdeschef, socialchef | kommunchef | 4 ggr/år"
    assert lines[16] == lines[17] == ""  # the merged cells' rows joined the row above


def test_prose_with_semicolons_is_no_export():
    prose = "\n".join(["Vi ses i mars; sedan i juni; sist i oktober."] * 3 + ["Inget mer.", "Slut; klart."])
    assert delimited_text(prose) is None


def test_a_spreadsheet_states_title_dates_parties_areas_and_groups(tmp_path):
    plain = _sheet(tmp_path)
    (title, facts), = plain["agreement"].items()
    assert title == "Trygga Åby tillsammans"
    assert (facts["valid_from"], facts["valid_to"], facts["dnr"]) == ("2026-03-01", "2028-02-29", ["KS 2026/17"])
    assert set(plain["parties"]) == {"Åby kommun", "lokalpolisområde Åby"}
    assert set(plain["priority_areas"]) == {"Klotter i centrum", "Unga i riskzon"}
    group = plain["groups"]["Ledningsgruppen"]
    assert set(group["members"]) == {"kommunchef", "lokalpolisområdeschef", "socialchef"}
    assert group["frequency_per_year"] == 4
    assert "Åby BRÅ" not in plain["groups"]  # its row's note puts it outside the agreement


def test_a_start_on_its_own_row_over_the_end_row():
    text = "Avtal om samverkan i Åby\n\nGiltig från: 2026-05-01\nGiltig till: 2027-04-30 (avtalet)\n"
    facts = next(iter(recognise(Document.from_text("x.txt", text)).to_plain()["agreement"].values()))
    assert (facts["valid_from"], facts["valid_to"]) == ("2026-05-01", "2027-04-30")


def test_a_word_list_saved_as_text_keeps_its_symbol_bullets_and_the_paragraph_after_it():
    text = ("Avtal om samverkan i Åby\n\nOrganisation\n\tLedningsgrupp\n\t\tLedningsgruppen består av:\n"
            "\t\to\tkommunchefen (ordförande)\n\t\to\tlokalpolisområdeschefen\n"
            "\t\tLedningsgruppen träffas fyra gånger per år.\n\n\tSkolgrupp\n\t\tDeltagare:\n"
            "\t\t\t§\trektorerna\n\t\t\t§\tskolkuratorerna\n")
    groups = _plain(text)["groups"]
    lead = groups["Ledningsgrupp"]
    assert set(lead["members"]) == {"kommunchef", "lokalpolisområdeschef"}
    assert lead["frequency_per_year"] == 4  # the line after the list, no deeper than its bullets, is no item's
    assert set(groups["Skolgrupp"]["members"]) == {"rektor", "skolkurator"}


def test_one_group_for_each_place_a_list_after_a_colon_names():
    text = ("Avtal om samverkan i Norrdal\n\n4.2 Lokala team\nI varje kommun finns ett lokalt team för unga: "
            "Unga Åby, Unga Nyby och Unga Öby. Varje team består av fältassistenter och kommunpolisen. "
            "Teamen träffas varannan vecka.\n")
    groups = _plain(text)["groups"]
    assert set(groups) == {"Unga Åby", "Unga Nyby", "Unga Öby"}
    assert set(groups["Unga Nyby"]["members"]) == {"fältassistent", "kommunpolis"}
    assert groups["Unga Öby"]["frequency_per_year"] == 26


def test_a_name_under_the_kind_of_document_and_over_who_it_is_between():
    text = ("REGIONAL ÖVERENSKOMMELSE\n\nTrygga barn i norra Åbydalen\nÖverenskommelse mellan regionen, "
            "kommunerna och polisen\n\n1 Parter\n\nÅby kommun och Polisen i Åby.\n")
    assert next(iter(_plain(text)["agreement"])) == "Trygga barn i norra Åbydalen"


# --- a news article -----------------------------------------------------------------------------------------

ARTICLE = """<html><head><title>Nytt avtal klart – Åby kommun</title></head><body><main><article>
<h1>Kommunen och polisen skriver under</h1>
<p><strong>Klotter och rån. Det är frågorna som Åby kommun och polisen ska arbeta med de kommande två åren.</strong></p>
<p>Avtalet, som fått namnet <em>Trygga gator i Åby</em>, gäller under 2026 och 2027. Det undertecknades av
kommunstyrelsens ordförande Olle Påhittsson och Rut Fiktivsdotter, chef för lokalpolisområde Åby.</p>
<p>Högst upp finns en gemensam styrgrupp. Styrgruppen leds av kommundirektören och ses fyra gånger om året.</p>
<p>I vardagen är det en liten samordnargrupp som sköter arbetet: kommunpolisen och kommunens
trygghetssamordnare, som ses varje vecka.</p>
<h2>Två frågor i fokus</h2>
<p>Först och främst handlar avtalet om klotter i centrum, som kostar mycket. Det andra området är rån mot unga.</p>
<p>Nere i hamnen, där oron har varit störst, får den lokala arbetsgruppen Trygg Hamn en fastare form. Gruppen
samlas varannan vecka och leds av kommunens områdessamordnare. Med vid bordet sitter fältassistenter och
krögarna.</p>
<p>Förr styrdes arbetet av ett trygghetsråd som träffades varje månad. Trygghetsrådet läggs nu ned.
Polisens medborgarlöfte är inte en del av avtalet. Kommunens brottsförebyggande råd, där politiker sitter,
påverkas inte heller.</p>
</article></main></body></html>"""


def test_a_news_article_names_the_agreement_its_parties_signers_and_groups(tmp_path):
    path = tmp_path / "nyhet.html"
    path.write_text(ARTICLE, encoding="utf-8")
    plain = recognise(read_document(path)).to_plain()
    assert next(iter(plain["agreement"])) == "Trygga gator i Åby"  # "som fått namnet *X*"
    # "Åby kommun och polisen": the police is the one police area the article names, if only as whose chief signs
    assert set(plain["parties"]) == {"Åby kommun", "lokalpolisområde Åby"}
    assert plain["signatories"]["Rut Fiktivsdotter"]["title"] == "chef för lokalpolisområde Åby"  # a bare office
    groups = plain["groups"]
    assert set(groups) == {"Styrgruppen", "Samordnargrupp", "Trygg Hamn"}  # "en gemensam", "en liten": described,
    # not named; an ended council and one the agreement leaves alone are none of its groups
    hamn = groups["Trygg Hamn"]  # the subject after a fronted place; the name in apposition to its group word
    assert (hamn["kind"], hamn["frequency_per_year"], hamn["chair"]) == ("working", 26, "områdessamordnare")
    assert set(plain["priority_areas"]) == {"Klotter i centrum", "Rån mot unga"}  # counted one a sentence
    assert set(groups["Samordnargrupp"]["members"]) == {"kommunpolis", "trygghetssamordnare"}  # a cleft sentence
    assert groups["Styrgruppen"]["frequency_per_year"] == 4 and "members" not in groups["Styrgruppen"]


def test_where_a_function_sits_that_only_says_which_one():
    from samverkan.extract.meaning.phrases import member

    assert member("distriktssköterskan från den lokala vårdcentralen") == "distriktssköterska"
    assert member("områdeschefen för primärvården i Norrdal") == "områdeschef för primärvården"
    assert member("personal från fritidsgårdarna") == "fritidsgårdarna"  # the places they come from, as written
    assert member("företrädare för fastighetsägarna") == "fastighetsägare"  # people, listed one by one
    assert member("representanter för bostadsbolagen") == "bostadsbolag"  # many companies, listed as each is


def test_a_body_each_party_has_or_a_region_has_is_named_without_its_place():
    text = ("Avtal om samverkan i Norrdal\n\nLedningsgruppen rapporterar till hälso- och sjukvårdsnämnden i Region "
            "Norrdal och till socialnämnden i respektive kommun.\n")
    assert set(_plain(text)["groups"]["Ledningsgruppen"]["reports_to"]) == {"hälso- och sjukvårdsnämnden",
                                                                            "socialnämnden"}


# --- an interview transcript ----------------------------------------------------------------------------------

TRANSCRIPT = """INTERVJU 2 AV 4

Revisor: Vad heter avtalet?

Samordnaren: Det heter ... vänta. "Tryggt i Åby". Kommunen har diarienummer KS 2026/9.

Revisor: Och vilka är parter?

Samordnaren: Det är Åby kommun och lokalpolisområde Åby.

Revisor: Vem skrev under?

Samordnaren: Det var kommundirektören, Eva Låtsasdotter ... nej, förlåt, det har jag fel på. Det var
kommunstyrelsens ordförande, Karin Påhittsdotter, som skrev under.

Revisor: Vilka grupper finns?

Samordnaren: Högst upp har vi styrgruppen. Där sitter kommunchefen och lokalpolisområdeschefen,
och så socialchefen. De träffas fyra gånger per år.

Revisor: Under styrgruppen?

Samordnaren: Då har vi arbetsgruppen, AG kallar vi den. Det är jag, fältassistenterna – fältarna alltså –
och områdespolisen. Det är jag som kallar och leder mötena. Vi ses en gång i månaden – nej förresten,
varannan vecka. Det som kommer upp där tar jag med till styrgruppen.
"""


def test_a_transcript_is_read_as_its_speakers_mean_it():
    from samverkan.extract.transcript import as_spoken

    lines = as_spoken(TRANSCRIPT.split("\n"))
    assert len(lines) == len(TRANSCRIPT.split("\n"))
    assert lines[2] == "## Vad heter avtalet?"  # the interviewer's question heads the answer under it
    assert lines[12] == "Det var"  # what the speaker took back is not said, the lines keep their places
    assert "Det är samordnaren som kallar" in lines[23]  # "jag" is the speaker, named by function
    assert "en gång i månaden" not in lines[23] and lines[24].startswith("varannan vecka")
    assert as_spoken(["Ordförande: Eva", "", "Deltagare: A, B"]) == ["Ordförande: Eva", "", "Deltagare: A, B"]


def test_an_interview_states_the_agreement_and_its_groups():
    plain = _plain(TRANSCRIPT)
    assert next(iter(plain["agreement"])) == "Tryggt i Åby"  # the answer to "Vad heter avtalet?"
    assert plain["signatories"]["Karin Påhittsdotter"]["title"] == "kommunstyrelsens ordförande"
    assert "Eva Låtsasdotter" not in plain["signatories"]  # taken back
    steering = plain["groups"]["Styrgruppen"]
    assert set(steering["members"]) == {"kommunchef", "lokalpolisområdeschef", "socialchef"}  # "och så"
    work = plain["groups"]["Arbetsgruppen"]  # "Under styrgruppen?" asks about another group than it names
    assert set(work["members"]) == {"samordnare", "fältassistent", "områdespolis"}
    assert (work["chair"], work["frequency_per_year"]) == ("samordnare", 26)
    assert [r.casefold() for r in work["reports_to"]] == ["styrgruppen"]


def test_a_list_of_areas_without_what_qualifies_them():
    from samverkan.extract.meaning.priorities import area_list

    assert area_list("klotter, mest kring torget, och så rån mot unga, som ökat") == ["klotter", "rån mot unga"]


def test_a_group_that_prepares_matters_for_another_named_by_the_initials_of_its_heading():
    text = ("Avtal om samverkan i Norrdal\n\n4.1 Regional ledningsgrupp (RLG)\nRLG möts fyra gånger per år.\n\n"
            "4.2 Samordningsgruppen\nÄrenden till RLG bereds av Samordningsgruppen. I den ingår enhetscheferna "
            "för barn och unga i de tre kommunerna och kommunpoliserna i Åby, Nyby och Öby.\n")
    group = _plain(text)["groups"]["Samordningsgruppen"]
    assert [r.split(" (")[0] for r in group["reports_to"]] == ["Regional ledningsgrupp"]  # "RLG" is it
    assert set(group["members"]) == {"enhetschef för barn och unga", "kommunpolis"}


def test_a_meeting_the_parties_arrange_and_where_its_views_go():
    text = ("Avtal om samverkan i Åby\n\nMedborgardialog\n\nVår och höst anordnar parterna en öppen medborgardialog, "
            "dit boende och föreningar bjuds in. Synpunkterna tas om hand av Trygghetsgruppen.\n")
    group = _plain(text)["groups"]["Medborgardialog"]
    assert (group["frequency_per_year"], group["reports_to"]) == (2, ["Trygghetsgruppen"])


def test_a_spoken_frequency_after_a_correction():
    text = ("Avtal om samverkan i Åby\n\nNätverket Unga i Åby består av rektorerna och fältassistenterna. "
            "Det är varannan månad sedan i höstas.\n")
    assert _plain(text)["groups"]["Nätverket Unga i Åby"]["frequency_per_year"] == 6


def test_an_export_with_windows_line_ends_or_a_nul_is_read_or_left_as_written():
    assert delimited_text("a;b;c\r\n" * 5).split("\n")[0] == "a | b | c"
    text = "a;b;c\nd;e\x00;f\n" * 3
    out = delimited_text(text)  # never an error, and never a line moved
    assert out is None or len(out.split("\n")) == len(text.split("\n"))


TABBED = ("Samverkan i Åby\n\nKontor Åby\t\tDnr 2026/4\n\nOrganisation\n\n"
          "Grupp\tDeltagare\tOrdförande\tMöten\n"
          "Styrgruppen\tkommundirektör, lokalpolisområdeschef\tkommundirektör\tfyra gånger om året\n"
          "Torggruppen\tfältassistenter, områdespoliser\tkommunpolis\tvarje vecka\n\n"
          "Torggruppen leddes tidigare av en fältassistent.\n")


def test_a_table_with_tabs_between_its_cells_is_read_as_a_table(tmp_path):
    lines = formats_tabbed(TABBED).split("\n")
    assert lines[6] == "Grupp | Deltagare | Ordförande | Möten"
    assert lines[2] == "Kontor Åby\t\tDnr 2026/4"  # two cells apart by tabs in one line: no table
    path = tmp_path / "tabb.txt"
    path.write_text(TABBED, encoding="utf-8")
    groups = recognise(read_document(path)).to_plain()["groups"]
    assert groups["Styrgruppen"]["members"] == ["kommundirektör", "lokalpolisområdeschef"]
    # the table tells how the group is; a past-tense sentence after it tells its history, not its end
    assert groups["Torggruppen"]["chair"] == "kommunpolis"
    assert groups["Torggruppen"]["frequency_per_year"] == 52


def test_lines_with_a_tab_list_marker_are_no_table():
    text = "Syftet är att\n\to\tse läget\n\to\tdela ansvaret\n\to\tfölja upp\n"
    assert formats_tabbed(text) == text
