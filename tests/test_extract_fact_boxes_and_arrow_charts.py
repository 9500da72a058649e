"""Extract reads a web page's fact box, a name a sentence writes with its topic, a chart of names joined by arrows,
lists parted by semicolons and a memo's wrapped list of numbers (issue 15). The texts are written for these tests."""

from __future__ import annotations

from samverkan.extract.document import Document
from samverkan.extract.formats import html_text
from samverkan.extract.meaning.groups.words import field_of
from samverkan.extract.meaning.phrases import members
from samverkan.extract.record import recognise
from tests.extract_text import groups, plain


def _md(text: str) -> dict:
    return recognise(Document.from_text("x.md", text)).to_plain()


# --- a web page's fact box --------------------------------------------------------------------------------------

def test_a_fact_box_gives_the_parties_and_the_signers_but_not_its_contacts():
    page = ("<html><body><main><h1>Trygghet i Åby</h1><p>Stadsdelsnämnden och polisen samarbetar.</p>"
            "<aside class=\"fakta\"><h2>I korthet</h2><ul><li>Parter: Åby stadsdelsnämnd och Polismyndigheten, "
            "lokalpolisområde Åby</li><li>Undertecknad av: stadsdelsdirektör Eva Påhittad och "
            "lokalpolisområdeschef Bo Låtsas</li><li>Kontakt: Ulla Exempel, trygghetssamordnare</li></ul>"
            "</aside></main></body></html>")
    text = html_text(page)
    assert "Parter: Åby stadsdelsnämnd och Polismyndigheten, lokalpolisområde Åby" in text
    assert "Undertecknad av: stadsdelsdirektör Eva Påhittad och lokalpolisområdeschef Bo Låtsas" in text
    assert "Ulla Exempel" not in text  # the rest of the box is the page's furniture


# --- the title --------------------------------------------------------------------------------------------------

def test_a_name_a_sentence_writes_with_its_topic_in_lower_case_is_the_title():
    text = ("# Polisen och vi\n\nI mars 2026 skrev nämnden och polisen under Avtal om gemensamt arbete för en "
            "tryggare Åbyhamn. Det gäller i två år.\n\n## Vad vi gör\n\nVi arbetar mot klotter.\n")
    assert list(_md(text)["agreement"]) == ["Avtal om gemensamt arbete för en tryggare Åbyhamn"]


def test_a_bold_label_that_leads_a_notice_in_is_no_title():
    text = ("# Polisen och vi\n\nStyrgruppen möts fyra gånger per år.\n\n**Omfattas inte av överenskommelsen:** "
            "skolornas egna trygghetsråd.\n")
    assert "Omfattas inte av överenskommelsen:" not in _md(text).get("agreement", {})


# --- dnr --------------------------------------------------------------------------------------------------------

def test_a_label_late_on_a_page_lists_both_parties_numbers_on_its_line():
    filler = "".join(f"Stycke {k} om arbetet i Åby och vad parterna gör tillsammans.\n\n" for k in range(30))
    text = (f"Samverkansavtal för Åby 2026\n\n{filler}"
            "Diarienummer: ÅBY 2026/0114 (förvaltningen), A 301.552/2026 (polisen)\n")
    assert next(iter(plain(text)["agreement"].values()))["dnr"] == ["ÅBY 2026/0114", "A 301.552/2026"]


def test_a_memos_list_of_numbers_wrapped_after_whose_the_next_is():
    text = ("BESLUTSUNDERLAG                    Dnr KS 2026/0210\n\nFörslag till beslut\n\nKommunstyrelsen godkänner "
            "\"Avtal om trygghet i Åby\".\n\nAvtalet har kommunens diarienummer KS 2026/0210 och polisens\n"
            "diarienummer A 112.004/2026. Det gäller i två år från den 1 maj 2026.\n")
    assert next(iter(plain(text)["agreement"].values()))["dnr"] == ["KS 2026/0210", "A 112.004/2026"]


# --- groups -----------------------------------------------------------------------------------------------------

def test_a_tables_plural_heading_gives_the_kind_of_rows_named_without_a_group_word():
    text = ("## Arbetsgrupper i området\n\n| Grupp | Vilka deltar | Hur ofta |\n|---|---|---|\n"
            "| Krogsamverkan Åby torg | Krögare, ordningsvakter och kommunpolisen | Varje månad |\n")
    assert groups(text)["Krogsamverkan Åby torg"]["kind"] == "working"


def test_a_label_that_says_what_is_left_out_gives_no_members():
    assert field_of("ingar inte i overenskommelsen") is None
    text = ("## Åby trygghetsråd\n\nRådet är öppet för föreningar och näringsidkare. Trygghetssamordnaren är "
            "ordförande. Rådet träffas två gånger per termin.\n\n**Ingår inte i överenskommelsen:** "
            "idrottssamverkan kring Åbyvallen och kommunens krisledningsorganisation.\n")
    assert groups(text)["Åby trygghetsråd"]["members"] == ["förening", "näringsidkare"]


def test_a_chart_of_names_joined_by_arrows_gives_whom_each_reports_to():
    text = ("Organisation\n\n  Kommunstyrelsen\n        ▲  lägesbild i maj\n        │\n  Styrgruppen Åby\n"
            "        ▲  underlag\n        │\n  Samordningsgruppen\n        ▲                          ▲\n"
            "        │                          │\n  Fältteam Åby                Skolsamverkan Öby\n\n"
            "Fältteam Åby består av fältassistenterna och kommunpolisen och möts varje vecka.\n\n"
            "Skolsamverkan Öby består av rektorerna och kuratorerna och möts varje månad.\n")
    found = groups(text)
    assert [r.casefold() for r in found["Styrgruppen Åby"]["reports_to"]] == ["kommunstyrelsen"]
    assert found["Samordningsgruppen"]["reports_to"] == ["Styrgruppen Åby"]
    assert found["Fältteam Åby"]["reports_to"] == ["Samordningsgruppen"]
    assert found["Skolsamverkan Öby"]["reports_to"] == ["Samordningsgruppen"]
    assert "Kommunstyrelsen" not in found  # the top is only reported to


def test_a_group_that_gathers_its_chair_in_a_relative_clause():
    text = ("Nattgruppen Åby samlar kommunpolisen, som är mötesledare, och i övrigt ordningsvakter och "
            "fältassistenterna. Gruppen ses varannan vecka.\n")
    found = groups(text)["Nattgruppen Åby"]
    assert found["chair"] == "kommunpolis"
    assert "kommunpolis" in found["members"]


def test_no_one_named_by_a_negative_is_a_member():
    assert members("inga förtroendevalda") == []


# --- priority areas ---------------------------------------------------------------------------------------------

def test_areas_parted_by_semicolons_when_an_area_has_commas_of_its_own():
    text = ("Avtal om samverkan i Åby\n\nPrioriteringar\nAvtalet pekar ut tre prioriterade områden: klotter, "
            "särskilt vid skolorna och stationen; unga som dricker alkohol; samt otrygghet i Åby och Öby "
            "på kvällarna.\n")
    assert set(plain(text)["priority_areas"]) == {"Klotter", "Unga som dricker alkohol",
                                                  "Otrygghet i Åby och Öby på kvällarna"}


def test_a_row_of_names_side_by_side_without_arrows_is_no_chart():
    from samverkan.extract.meaning.chart import arrowed

    lines = list(enumerate(["Grupp       Deltagare       Ordförande       Möten", "Styrgruppen   A och B   A   4"], 1))
    assert arrowed(lines, lines) == lines
