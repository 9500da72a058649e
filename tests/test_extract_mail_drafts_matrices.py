"""Extract reads e-mails with an agreement pasted in them, Word drafts exported with their tracked changes, annexes
with a ruled responsibility matrix, agreements of several municipalities with a local group in each, and
plain-language versions (issue 15): each reading here has its own short text, written for this test with invented
names; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.document import Document
from samverkan.extract.meaning import frequency
from samverkan.extract.meaning.phrases import member, members
from samverkan.extract.meaning.text import units
from tests.extract_text import groups as _groups
from tests.extract_text import plain as _plain

# --- e-mails and drafts ----------------------------------------------------------------------------------------

MAIL = """Från: Kim Påhittad <kim@aby.example>
Skickat: den 2 mars 2026 09:12
Till: Registrator <reg@aby.example>
Ämne: Avtalet med polisen

Hej! Här är avtalet, klistrat nedan. Samverkan är viktig för oss.

Hälsningar
Kim

------------------------------------------------------------

SAMVERKANSÖVERENSKOMMELSE FÖR ETT TRYGGT ÅBY 2026–2027

1. Parter
Överenskommelsen är träffad mellan Åby kommun och Polismyndigheten genom lokalpolisområde Åby.
"""


def test_an_e_mails_title_is_that_of_the_document_pasted_under_a_rule():
    assert next(iter(_plain(MAIL)["agreement"])) == "Samverkansöverenskommelse för ett tryggt Åby 2026–2027"


def test_word_tracked_changes_read_as_the_text_stands_after_them():
    text = ("Avtal_Aby_rev3.docx\n\nÖverenskommelse om samverkan i Åby\n\n5 Organisation\n\n5.1 Styrgruppen\n\n"
            "Styrgruppen består av kommunchefen[Borttaget: och skolchefen][Infogat:\n, socialchefen samt "
            "Åby Bostäders vd]. Ordförande är [Borttaget:\nsocialchefen][Infogat: kommunchefen]. Styrgruppen "
            "träffas [Borttaget: sex][Infogat: fyra] gånger per år.\n\n[Formaterat: Tabell]\n")
    doc = Document.from_text("x.txt", text)
    assert "Borttaget" not in "\n".join(doc.lines) and "skolchefen" not in "\n".join(doc.lines)
    plain = _plain(text)
    assert next(iter(plain["agreement"])) == "Överenskommelse om samverkan i Åby"  # not the file's name
    g = plain["groups"]["Styrgruppen"]
    assert g["members"] == ["kommunchef", "socialchef", "vd för Åby Bostäder"]
    assert g["chair"] == "kommunchef" and g["frequency_per_year"] == 4


def test_an_insertion_glued_to_a_word_keeps_the_space_its_colon_stood_for():
    doc = Document.from_text("x.txt", "Gruppen består av samordnaren[Infogat: och kommunpolisen].\n")
    assert doc.lines[0] == "Gruppen består av samordnaren och kommunpolisen."


def test_an_insertion_keeps_the_space_before_its_end_and_its_own_line_breaks():
    doc = Document.from_text("x.txt", "Gruppen rapporterar [Infogat: varje år ]till nämnden. [Infogat: 5.3 Rådet\n\n"
                                      "Rådet möts två gånger per år.]\nSlut.\n")
    assert doc.lines[:4] == ["Gruppen rapporterar varje år till nämnden. 5.3 Rådet", "",
                             "Rådet möts två gånger per år.", "Slut."]


def test_moved_text_stands_where_it_went_not_where_it_was():
    doc = Document.from_text("x.txt", "1. [Flyttat (till): Klotter vid skolorna]\n2. Trafik\n"
                                      "[Flyttat (från): 3. Klotter vid skolorna]\n")
    assert doc.lines == ["1. Klotter vid skolorna", "2. Trafik", ""]


COMMENTED = """Överenskommelse om samverkan i Åby

Styrgruppen består av kommunchefen och lokalpolisområdeschefen. Ordförande är kommunchefen[AB1].
Styrgruppen möts fyra gånger per år.[CD1]

-----------------------------------
Kommentarer

[AB1] Alva Bok, 2026-03-01: Vi föreslog först att ordförandeskapet skulle växla mellan
parterna.
[CD1] Cilla Dal, 2026-03-02: Räcker det? Arbetsgruppen Åby borde vara med.
   Svar AB: Nej.
"""


def test_word_comments_printed_after_the_text_and_their_marks_go():
    doc = Document.from_text("x.txt", COMMENTED)
    text = "\n".join(doc.lines)
    assert "[AB1]" not in text and "Alva Bok" not in text and "Kommentarer" not in text and "Svar" not in text
    assert len(doc.lines) == len(COMMENTED.splitlines())
    g = _groups(COMMENTED)
    assert list(g) == ["Styrgruppen"] and g["Styrgruppen"]["chair"] == "kommunchef"
    assert "chair_alternating" not in g["Styrgruppen"]


def test_a_bracketed_code_without_a_printed_comment_stays():
    assert Document.from_text("x.txt", "Se avsnitt [B2] nedan.\n").lines == ["Se avsnitt [B2] nedan."]


def test_a_file_name_with_spaces_over_the_text_is_no_title():
    text = "Avtal Åby 2026 rev3 (AB CD).docx\n\nÖverenskommelse om samverkan i Åby\n\n1. Parter\n"
    assert next(iter(_plain(text)["agreement"])) == "Överenskommelse om samverkan i Åby"


# --- annexes and ruled matrices --------------------------------------------------------------------------------

ANNEX = """ÅBY KOMMUN                                  POLISMYNDIGHETEN
                                            Dnr KS-2026-00077

Bilaga 3 Ansvar och roller

Denna bilaga hör till Samverkansöverenskommelse för ett tryggare Åby 2026–2028, som har ingåtts mellan
Åby kommun och Polismyndigheten, lokalpolisområde Åby.

+------------------+---------------+-------------------+--------------+
| Grupp            | Ansvarar      | Deltar            | Träffas      |
+------------------+---------------+-------------------+--------------+
| Ledande          | Kommunchef    | Kommunchef        | Fyra gånger  |
| gruppen (LG)     | och LPO-chef, | LPO-chef          | per år       |
|                  | växelvis ett  | Åbyhems vd        |              |
|                  | år i taget    |                   |              |
+------------------+---------------+-------------------+--------------+
| Torggruppen      | Kommunpolis   | Kommunpolis       | Varannan     |
|                  |               | Fältsekreterare   | vecka        |
|                  |               | Personal från     |              |
|                  |               | Åbys fritidsgård  |              |
+------------------+---------------+-------------------+--------------+
| Torgforum        | Kommunpolis   | Öppet för         | Vår och höst |
|                  |               | handlare och      |              |
|                  |               | föreningar; från  |              |
|                  |               | parterna deltar   |              |
|                  |               | kommunpolisen     |              |
+------------------+---------------+-------------------+--------------+

Torggruppen och Torgforum lämnar sina iakttagelser till LG, som rapporterar till kommunstyrelsen.
"""


def test_a_grid_table_ruled_under_every_row_is_one_row_per_rule_its_cells_going_on_over_lines():
    rows = [u for u in units(Document.from_text("x.txt", ANNEX)) if u.kind == "row"]
    first = next(r for r in rows if r.cells[0].startswith("Ledande"))
    assert first.cells[0] == "Ledande gruppen (LG)"  # a name broken at a lower-case line goes on
    assert first.cells[1] == "Kommunchef och LPO-chef, växelvis ett år i taget"  # an open line end goes on
    assert first.cells[2].split("\n") == ["Kommunchef", "LPO-chef", "Åbyhems vd"]  # a capital starts an item


def test_a_responsibility_matrix_read_as_a_table_of_groups():
    groups = _groups(ANNEX)
    lg = groups["Ledande gruppen (LG)"]
    assert lg["chair"] == ["kommunchef", "LPO-chef"] and lg["chair_alternating"] is True  # "Ansvarar" leads
    assert lg["members"] == ["kommunchef", "LPO-chef", "vd för Åbyhem"] and lg["frequency_per_year"] == 4
    assert lg["reports_to"] == ["kommunstyrelsen"]  # the relative clause after "LG, som …" is LG's
    torg = groups["Torggruppen"]
    assert torg["members"] == ["kommunpolis", "fältsekreterare", "Åbys fritidsgård"]
    assert torg["reports_to"] == ["Ledande gruppen (LG)"] and torg["kind"] == "working"
    assert groups["Torgforum"]["members"] == ["handlare", "förening", "kommunpolis"]
    assert groups["Torgforum"]["reports_to"] == ["Ledande gruppen (LG)"]


def test_an_annexs_title_and_parties_are_the_agreement_it_belongs_to():
    plain = _plain(ANNEX)
    title, fields = next(iter(plain["agreement"].items()))
    assert title == "Samverkansöverenskommelse för ett tryggare Åby 2026–2028"
    assert fields["dnr"] == ["KS-2026-00077"]
    assert set(plain["parties"]) == {"Åby kommun", "lokalpolisområde Åby"}  # not the letterhead's authority


def test_members_after_a_fronted_phrase_and_its_verb_in_a_clause_of_their_own():
    assert members("handlare och föreningar; från parterna deltar samordnaren och kommunpolisen", prose=False) == [
        "handlare", "förening", "samordnare", "kommunpolis"]


# --- several municipalities, a group in each -------------------------------------------------------------------

SHARED = """Gemensam överenskommelse om samverkan i Åby och Nyby

Artikel 1 – Ledning

Över kommunerna finns Fjällrådet. Rådet utgörs av kommuncheferna och polisområdeschefen. Kommunpolisen för
området är rådets sekreterare. Fjällrådet sammanträder i mars och oktober.

Artikel 2 – En lokal grupp i varje kommun

2.1 Åby. Den lokala gruppen heter Trygga Åby. Där möts trygghetssamordnaren, fältassistenterna och en
representant för Åbyhem. Gruppen ses varannan vecka.

2.2 Nyby. Samverkansgruppen Nyby leds av folkhälsosamordnaren och har i övrigt följande deltagare: en
områdespolis och en rektor. Under sommaren adjungeras en företrädare för Nyby byalag. Gruppen träffas en gång
i månaden, juli undantagen.

2.3 Övre Åby. Övreåbygruppen är sammansatt på samma sätt som Trygga Åby, med den skillnaden att Nybyhem deltar
i stället för Åbyhem.

2.4 Gemensamt. Kommunpolisen deltar i de lokala grupperna vid behov. Varje lokal grupp rapporterar till
Fjällrådet.
"""


def test_a_local_group_in_each_municipality_named_by_heter_and_spoken_of_together():
    groups = _groups(SHARED)
    assert set(groups) == {"Fjällrådet", "Trygga Åby", "Samverkansgruppen Nyby", "Övreåbygruppen"}
    assert groups["Fjällrådet"]["kind"] == "steering"  # its secretary serves the chiefs who decide
    assert groups["Fjällrådet"]["members"] == ["kommunchef", "polisområdeschef", "kommunpolis"]
    assert groups["Trygga Åby"]["members"] == ["trygghetssamordnare", "fältassistent", "Åbyhem", "kommunpolis"]
    nyby = groups["Samverkansgruppen Nyby"]
    assert nyby["members"] == ["folkhälsosamordnare", "områdespolis", "rektor", "Nyby byalag", "kommunpolis"]
    assert nyby["frequency_per_year"] == 11
    assert groups["Övreåbygruppen"]["members"] == [
        "trygghetssamordnare", "fältassistent", "Nybyhem", "kommunpolis"]
    assert all(g["reports_to"] == ["Fjällrådet"] for name, g in groups.items() if name != "Fjällrådet")


def test_a_numbered_paragraphs_run_in_heading_is_a_heading():
    found = units(Document.from_text("x.txt", "3.2 Nyby. Gruppen i Nyby ses varje vecka.\n"))
    assert [(u.kind, u.text) for u in found] == [("heading", "Nyby"), ("sentence", "Gruppen i Nyby ses varje vecka.")]


def test_a_title_line_under_a_kind_goes_on_with_a_long_topical_line():
    text = ("GEMENSAM ÖVERENSKOMMELSE\nom brottsförebyggande och trygghetsskapande samverkan i Åby, Nyby och "
            "Övre Åby med omnejd\n2026–2029\n\nÅby kommun och Nyby kommun samverkar med polisen.\n")
    assert next(iter(_plain(text)["agreement"])) == ("Gemensam överenskommelse om brottsförebyggande och "
                                                     "trygghetsskapande samverkan i Åby, Nyby och Övre Åby med "
                                                     "omnejd")


def test_a_registrys_code_after_the_number_is_part_of_the_dnr():
    text = "Åby kommun\nDnr 2026/41 KS\n\nSamverkansavtal för Åby\n\nÅby kommun och Polisen i Åby samverkar.\n"
    assert next(iter(_plain(text)["agreement"].values()))["dnr"] == ["2026/41 KS"]


# --- plain language --------------------------------------------------------------------------------------------

PLAIN = """Kommunen och polisen jobbar ihop

Avtalet heter "Tryggt i Åby".

Vi som har skrivit under

Vi som har skrivit under är Åby kommun och polisen.
Egentligen heter det lokalpolisområde Åby.
Kommunen har gett avtalet ett nummer: KS 2026/12.

Det här jobbar vi mest med

Vi har valt två saker.
Den första saken är klotter på skolor.
Den andra saken är fart på gatorna.

Vem bestämmer?

Det finns en styrgrupp.
Där sitter kommunchefen och chefen för lokalpolisområdet.
De som leder mötena är kommunchefen och lokalpolisområdeschefen.
De turas om.

Vem gör jobbet?

Torgteamet är ute på torget.
I teamet finns fältassistenter.
Och någon från bostadsbolaget Åbyhem.
En av fältassistenterna håller i teamets möten.
Teamet träffas en gång i månaden.
I juli har teamet uppehåll.
"""


def test_plain_language_parties_areas_and_number():
    plain = _plain(PLAIN)
    assert set(plain["parties"]) == {"Åby kommun", "lokalpolisområde Åby"}
    assert {a.casefold() for a in plain["priority_areas"]} == {"klotter på skolor", "fart på gatorna"}  # no question
    assert next(iter(plain["agreement"].values()))["dnr"] == ["KS 2026/12"]


def test_plain_language_groups():
    groups = _groups(PLAIN)
    assert groups["Styrgrupp"]["members"] == ["kommunchef", "lokalpolisområdeschef"]
    assert groups["Styrgrupp"]["chair"] == ["kommunchef", "lokalpolisområdeschef"]
    assert groups["Styrgrupp"]["chair_alternating"] is True  # "De turas om."
    team = groups["Torgteamet"]
    assert team["members"] == ["fältassistent", "Åbyhem"] and team["chair"] == "fältassistent"
    assert team["frequency_per_year"] == 11  # a pause in July said in a sentence of its own


def test_a_pause_in_named_months_and_a_month_left_out_after_a_comma():
    assert frequency.paused_months("I juli och augusti har gruppen uppehåll.") == 2
    assert frequency.paused_months("I juli träffas vi på torget.") == 0
    assert frequency.per_year("en gång i månaden, juli undantagen").value == 11
    assert frequency.per_year("varje vecka när skolan är igång").value == 40


# --- sentences of everyday prose -------------------------------------------------------------------------------

def test_a_place_fronted_before_the_verb_leaves_the_group_its_subject():
    text = ("Samverkan i Åby\n\nOrganisation\n\nI centrum arbetar Arbetsgruppen Torget. Här deltar "
            "fältsekreterarna och områdespoliserna. Gruppen leds av kommunpolisen och träffas varannan vecka.\n")
    g = _groups(text)["Arbetsgruppen Torget"]
    assert g["members"] == ["fältsekreterare", "områdespolis"] and g["chair"] == "kommunpolis"


def test_a_groups_short_form_in_brackets_after_an_agent_names_it_later():
    text = ("Samverkan i Åby\n\nOrganisation\n\nArbetet styrs av Ledningsgruppen för Åby (LGÅ). LGÅ sammanträder "
            "fyra gånger om året.\n\nLGÅ:s möten bereds av Beredningsgruppen. Den består av samordnaren och "
            "kommunpolisen. Samordnaren kallar till möten.\n")
    g = _groups(text)["Beredningsgruppen"]
    assert g["kind"] == "preparation" and g["reports_to"] == ["Ledningsgruppen för Åby"]
    assert g["chair"] == "samordnare"


def test_efforts_gathered_around_areas_lead_into_them():
    text = ("Samverkan i Åby\n\nFokusområden\n\nParterna ska samla sina insatser kring klotter, "
            "trafiken vid skolorna och våld i nära relationer.\n")
    assert {a.casefold() for a in _plain(text)["priority_areas"]} == {
        "klotter", "trafiken vid skolorna", "våld i nära relationer"}


def test_functions_by_a_two_word_name_one_of_many_and_an_area_by_its_kind():
    assert member("Åby Bostäders vd") == "vd för Åby Bostäder"
    assert member("en av fältassistenterna") == "fältassistent"
    assert member("kommunpolisen för inlandet") == "kommunpolis"
    assert member("fritidsledare från fritidsgården Kulan") == "fritidsledare"  # many, at a place by its name
    assert member("chefen för socialförvaltningen") == "chef för socialförvaltningen"  # a unit stays


THREAD = """Från: Kim Påhittad <kim@aby.example>
Skickat: den 4 mars 2026 10:00
Till: Registrator <reg@aby.example>
Ämne: VB: SV: Avtalet

Hej! Tråden nedan för diariet. Lägesbilden har dnr KS 2025/0999.

Kim Påhittad
Trygghetssamordnare

Den 2 mars 2026 skrev Ola Låtsasson <ola@polis.example>:

> Hej! Jag klistrar in texten här.
>
>> ----------------------------------------------------------
>> ÖVERENSKOMMELSE OM SAMVERKAN I ÅBY
>>
>> Kommunens dnr: KS 2026/0042
>>
>> 1. Parter
>> Åby kommun och Polismyndigheten genom lokalpolisområde Åby.
>>
>> 2. Organisation
>> Styrgruppen består av kommundirektören och
>> lokalpolisområdeschefen. Gruppen träffas fyra gånger per år.
>
> [KP] Trafikgruppen vill jag ha kvar.
>
>> Samordnarna, kommunpolisen och trygghetssamordnaren,
>> ses varje vecka och förbereder styrgruppens möten.
>> ----------------------------------------------------------
>
> Ola Låtsasson
> Kommunpolis
"""


def test_an_agreement_pasted_into_a_quoted_mail_of_a_thread_is_read_through_its_quote_marks():
    plain = _plain(THREAD)
    (title, agreement), = plain["agreement"].items()
    assert title.casefold() == "överenskommelse om samverkan i åby"
    assert agreement["dnr"] == ["KS 2026/0042"]  # not the mail's
    groups = plain["groups"]
    assert groups["Styrgruppen"]["members"] == ["kommundirektör", "lokalpolisområdeschef"]
    assert groups["Styrgruppen"]["frequency_per_year"] == 4
    assert "Trafikgruppen" not in groups  # a reply's comment between the document's lines is no part of it
    assert "signatories" not in plain or "Kim Påhittad" not in plain["signatories"]


def test_a_thread_without_a_pasted_document_keeps_its_quoted_mail_out():
    from samverkan.extract.thread import read_through

    assert read_through(MAIL.splitlines()) is None  # pasted unquoted: read as before
    assert read_through(["Från: A", "Till: B", "Ämne: C", "", "> ----------", "> kort", "> ----------"]) is None
