"""OCR repair on sentences written for these tests: the damage of scanned agreements is mended where the
dictionary proves the repaired word and the damaged one is no word; clean text, numbers, codes and names stay."""

from __future__ import annotations

import pytest

from samverkan.extract.document import Document
from samverkan.extract.meaning.text import units
from samverkan.extract.normalise import Normaliser
from samverkan.extract.record import recognise


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser()


def _lines(text: str, normaliser: Normaliser) -> list[str]:
    return Document.from_text("x.txt", text, normaliser).lines


@pytest.mark.parametrize(("written", "meant"), [
    ("poIisen", "polisen"), ("Ieds", "leds"), ("tiII", "till"),              # a capital I read for l
    ("sk0lan", "skolan"), ("ti11", "till"), ("fö1jer", "följer"),            # a digit read for a letter
    ("fa\u0308ltassistenten", "fältassistenten"), ("ska¨rgården", "skärgården"),  # diacritics beside the letter
    ("omra\u0308det", "området"),                                            # the dots for the ring
    ("sam\u00adverkan", "samverkan"), ("trygg¬heten", "tryggheten"),         # soft hyphen, "¬" inside a word
])
def test_damaged_words_are_repaired(normaliser, written, meant):
    assert _lines(f"Arbetet {written} nu", normaliser) == [f"Arbetet {meant} nu"]


@pytest.mark.parametrize("text", ["KS2023/118", "A015.194/2016", "E10", "1gång", "2019-05-28", "556677-8899",
                                  "Inga", "Ivar", "IKEA", "frän"])
def test_numbers_codes_names_and_words_stay(normaliser, text):
    assert _lines(f"Mötet {text} tlll rektorn", normaliser) == [f"Mötet {text} till rektorn"]


def test_a_clean_text_is_left_byte_identical(normaliser):
    clean = ("Kommun X                                   Sida 1 (2)\n\nSamverkansgruppen i Knalleland leds av "
             "kommunpolisen. Ida Påhittad och Ivar\nFiktivsson är sekre-\nterare. Gruppen träffas varannan "
             "vecka (KS2023/118, org nr 212000-0142)\noch rapporterar till styrgruppen.\n\nKommun X"
             "                                   Sida 2 (2)\n")
    doc = Document.from_text("x.txt", clean, normaliser)
    assert "\n".join(doc.lines) + "\n" == clean and not doc.corrections


def test_a_hyphenated_word_is_repaired_whole_and_its_halves_never_apart(normaliser):
    lines = _lines("Överens-\nkornmelsen gäller. Kommunpolisen är sek-\nreterare och samord-\nnar mötena.",
                   normaliser)
    assert lines == ["Överens-", "kommelsen gäller. Kommunpolisen är sek-", "reterare och samord-",
                     "nar mötena."]


def test_a_table_cell_hyphenated_in_the_first_column_keeps_its_halves(normaliser):
    text = ("GRUPP            MÖTEN\n-----------------------------\nSkolgr-          varje vecka, tlll rektorn\n"
            "uppen            och kuratorn\n")
    lines = _lines(text, normaliser)
    assert lines[2].startswith("Skolgr-  ") and lines[3].startswith("uppen  ")


def test_a_table_row_goes_on_where_its_first_cell_broke_a_word():
    text = ("Organisation\n\nGRUPP            DELTAGARE                  MÖTEN\n"
            "---------------------------------------------------------\n"
            "Styrgruppen      kommundirektör, polischef  4 ggr/år\n"
            "Beredningsgr-    säkerhetschef, enhetschef  varannan\n"
            "uppen            för fältverksamheten       vecka\n"
            "---------------------------------------------------------\n")
    groups = recognise(Document.from_text("x.txt", text)).to_plain()["groups"]
    assert set(groups) == {"Styrgruppen", "Beredningsgruppen"}
    assert groups["Beredningsgruppen"]["members"] == ["säkerhetschef", "enhetschef för fältverksamheten"]
    assert groups["Beredningsgruppen"]["frequency_per_year"] == 26


def test_soft_hyphen_and_not_sign_at_a_line_end_are_hyphenation(normaliser):
    text = "Styrgruppen leds av lokal\u00ad\npolisområdeschefen och social¬\nchefen."
    assert _lines(text, normaliser) == ["Styrgruppen leds av lokal-", "polisområdeschefen och social-", "chefen."]


def test_a_compound_whose_first_part_lost_its_diacritic(normaliser):
    text = ("Styrgruppen for samverkan ska sammantrada fyra ganger per ar. Den aterrapporterar till namnden "
            "vad som gors pa plats och for fragor fran parterna vidare.")
    assert "Den återrapporterar till nämnden" in _lines(text, normaliser)[0]


def test_a_sentence_runs_on_across_a_repeated_page_header():
    text = ("Kommun Y                         Sida 1 (2)\n\nParter\nKommun Y och Lokalpolisområde Y.\n\nStyrgrupp\n"
            "Styrgruppen består av kommundirektören och rapporterar till\n\n"
            "Kommun Y                         Sida 2 (2)\n\nkommunstyrelsen.\n")
    sentences = [u.text for u in units(Document.from_text("x.txt", text))]
    assert "Styrgruppen består av kommundirektören och rapporterar till kommunstyrelsen." in sentences


def test_damage_of_several_kinds_keeps_the_validity(normaliser):
    text = ("Samverkansavtal\n\nParter\nKommun Z och Lokalpolisområde Z.\n\nAvtalstid\n"
            "Avtalet gäIler fra\u030an och med den 1 mars 2025 ti11 och med den 28 februari 2027.\n")
    agreement = next(iter(recognise(Document.from_text("x.txt", text, normaliser)).to_plain()["agreement"]
                          .values()))
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2025-03-01", "2027-02-28")


def test_a_word_parted_by_a_space_is_joined_only_in_a_damaged_text(normaliser):
    damaged = "Styrgruppen möts tlll hösten. Styr gruppen och samverk ansgruppen rapporterar till nämnden."
    assert _lines(damaged, normaliser) == [
        "Styrgruppen möts till hösten. Styrgruppen och samverkansgruppen rapporterar till nämnden."]
    # two words whose whole the text never writes, or a piece of two letters, stay as written
    damaged = "Rektorn möts tlll hösten; ordföranden styr gruppen som går in till skolan, intill parken."
    assert _lines(damaged, normaliser) == [damaged.replace("tlll", "till")]
    clean = "Styrgruppen möts i höst. Ordföranden styr gruppen och samverk ansgruppen."
    assert _lines(clean, normaliser) == [clean]


def _damaged(sentence: str, normaliser: Normaliser) -> str:
    """The sentence as repaired in a text whose other lines OCR damaged ("tlll" for "till")."""
    return _lines(f"Gruppen rapporterar tlll nämnden.\n{sentence}", normaliser)[1]


@pytest.mark.parametrize(("written", "meant"), [
    ("Styrgruppen ar ansvarig för lägesbilden.", "Styrgruppen är ansvarig för lägesbilden."),  # after a subject
    ("Ordförande ar kommundirektören.", "Ordförande är kommundirektören."),   # a participle used as a noun
    ("Den ar en fortsättning.", "Den är en fortsättning."),                   # a pronoun
    ("Avtalet gäller i tre ar.", "Avtalet gäller i tre år."),                  # after a number
    ("Gruppen möts fyra gånger per ar.", "Gruppen möts fyra gånger per år."),  # after "per"
    ("Arbetet följs upp under ar 2026.", "Arbetet följs upp under år 2026."),  # before a year
    ("Det andra ar som avtalet gäller.", "Det andra år som avtalet gäller."),  # after an ordinal
    ("Polisen deltar och ar med.", "Polisen deltar och ar med."),              # unsure: left as written
])
def test_ar_is_year_or_verb_by_its_context(normaliser, written, meant):
    assert _damaged(written, normaliser) == meant


@pytest.mark.parametrize(("written", "meant"), [
    ("Nätverket bestar av rektorerna.", "Nätverket består av rektorerna."),  # a verb after its subject
    ("Den gar till nämnden.", "Den går till nämnden."),
    ("Vi såg tre bestar i sagan.", "Vi såg tre bestar i sagan."),            # no subject before it: kept
])
def test_a_verb_that_lost_its_diacritic_after_its_subject(normaliser, written, meant):
    assert _damaged(written, normaliser) == meant


def test_ar_across_a_line_break_and_in_a_clean_text(normaliser):
    assert _damaged("Ordförande\nar kommundirektören.", normaliser) == "Ordförande"
    assert _lines("Gruppen rapporterar tlll nämnden. Ordförande\nar kommundirektören.", normaliser)[1] == \
        "är kommundirektören."
    clean = "Tomten omfattar fem ar. Ordförande ar kommundirektören."  # no damage: "ar" is a word, kept
    assert _lines(clean, normaliser) == [clean]


@pytest.mark.parametrize(("written", "meant"), [
    ("poiisen", "polisen"),          # no compound of "poi" and "isen": a rare short part is no part
    ("arsskiftet", "årsskiftet"),    # no compound of "ars" and "kiftet": a part that lost its å/ä/ö is none
    ("trygghetsfragor", "trygghetsfrågor"),
])
def test_loose_compounds_no_longer_hide_damage(normaliser, written, meant):
    assert not normaliser.known(written)
    assert _damaged(f"Arbetet med {written} nu.", normaliser) == f"Arbetet med {meant} nu."


@pytest.mark.parametrize("word", ["trygghetssamordnaren", "medborgardialogen", "samverkansgruppen",
                                  "fältsekreterarna", "stadsområdesdirektör", "ordningsvaktssamordnaren",
                                  "skolforum", "grundskolechefen"])
def test_real_compounds_stay_accepted(normaliser, word):
    assert normaliser.known(word)


@pytest.mark.parametrize("name", ["01_jarva_prose.txt", "17_skarpnack_prose_words.txt", "28_lulea_prosa.txt",
                                  "46_ostersund_kapslad.txt", "55_falun_ungdomsgruppen.txt",
                                  "71_karlskrona_etiketter.html", "52_kiruna_versaler.txt"])
def test_correct_swedish_text_passes_unchanged(normaliser, name):
    from pathlib import Path

    from samverkan.extract.formats import html_text

    text = (Path(__file__).parent / "corpus" / "dev" / name).read_text(encoding="utf-8")
    text = html_text(text) if name.endswith(".html") else text
    doc = Document.from_text(name, text, normaliser)
    assert doc.corrections == [] and doc.lines == doc.raw


def test_a_word_broken_at_a_line_end_without_a_hyphen_is_joined_in_a_damaged_text(normaliser):
    text = ("Organisation\nSamverkansgruppen möts tlll hösten. I samverkans\n"
            "gruppen ingår kommunpolisen och trygghets\nsamordnaren. Trygghetssamordnaren leder den.")
    sentences = [u.text for u in units(Document.from_text("x.txt", text, normaliser))]
    assert "I samverkansgruppen ingår kommunpolisen och trygghetssamordnaren." in sentences
    clean = "Samverkansgruppen möts i höst. I samverkans\ngruppen ingår kommunpolisen."  # no damage: as written
    assert _lines(clean, normaliser) == clean.split("\n")


def test_a_title_repeated_beside_the_page_numbers_is_a_running_header():
    text = ("Avtal Exempelby 2025\n\nSAMVERKANSAVTAL FÖR ETT TRYGGT EXEMPELBY\n\n"
            "Styrgruppen möts varje månad.\n\n"
            "Avtal Exempelby 2025\nExempelby kommun        Sida 1 av 2\n\nAvtal Exempelby 2025\n\n"
            "Styrgruppen rapporterar till kommunstyrelsen.\n\n"
            "Avtal Exempelby 2025\nExempelby kommun        Sida 2 av 2\n")
    doc = Document.from_text("x.txt", text)
    assert {doc.line(n) for n in doc.noise} == {"Avtal Exempelby 2025", "Exempelby kommun        Sida 1 av 2",
                                                 "Exempelby kommun        Sida 2 av 2"}
    assert 1 in doc.noise and 3 not in doc.noise


def test_a_damaged_texts_word_in_capitals_numbers_and_leading_one_are_repaired(normaliser):
    text = ("OVERENSKOMMELSE OM TRYGGHET\nDnr KS 2026/O12 gäller tlll 2028-06-3l.\n"
            "Polisen genom 1okalpolis-\nomrade Åby. SSBF och IKEA stannar, liksom 1gång.")
    assert _lines(text, normaliser) == ["ÖVERENSKOMMELSE OM TRYGGHET", "Dnr KS 2026/012 gäller till 2028-06-31.",
                                        "Polisen genom lokalpolis-", "område Åby. SSBF och IKEA stannar, liksom 1gång."]


def test_the_rule_between_two_columns_is_no_word(normaliser):
    text = "Styrgruppen tlll kommunen, |\nbestår av socialchefen. Arbets- I\ngruppen träffas.\n| a | b |"
    assert _lines(text, normaliser) == ["Styrgruppen till kommunen,", "består av socialchefen. Arbets-",
                                        "gruppen träffas.", "| a | b |"]


def test_a_clean_texts_capitals_and_numbers_stay(normaliser):
    clean = "SAMVERKANSAVTALET I KORTHET\nBilaga O1 och punkt 3l gäller. Vi I\n"
    doc = Document.from_text("x.txt", clean, normaliser)
    assert "\n".join(doc.lines) + "\n" == clean


LOST = ("Overenskommelsen galler fran och med i ar for kommunen och polisen pa orten.\n"
        "Lokala styr gruppen beslutar om arbetet. Styrgruppen leds av kommunchefen.\n")


def _lost(sentence: str, normaliser: Normaliser) -> str:
    """The sentence as repaired in a text that lost its å/ä/ö."""
    return _lines(LOST + sentence, normaliser)[2]


@pytest.mark.parametrize(("written", "meant"), [
    ("Parterna ar kommunen ochPolismyndigheten.", "Parterna är kommunen och Polismyndigheten."),  # a capital inside
    ("I gruppen ingar barn- ochutbildningschefen.", "I gruppen ingår barn- och utbildningschefen."),  # a small word
    ("Gruppen leds avkommunpolisen.", "Gruppen leds av kommunpolisen."),
    ("Gruppen traffas tre gangerper ar.", "Gruppen träffas tre gånger per år."),  # "per" then decides "år"
    ("De utgortillsammans samordnarna.", "De utgör tillsammans samordnarna."),  # a verb in the present first
    ("Lokalastyrgruppen leder arbetet.", "Lokala styrgruppen leder arbetet."),  # the text writes the two apart
])
def test_words_run_together_are_parted_in_a_text_that_lost_its_diacritics(normaliser, written, meant):
    assert _lost(written, normaliser) == meant


@pytest.mark.parametrize(("written", "meant"), [
    ("Polisen deltar genom lokalpolis omrade Nyby.", "Polisen deltar genom lokalpolisområde Nyby."),
    ("I gruppen ingar falt assistenterna.", "I gruppen ingår fältassistenterna."),  # the first piece restored
    ("Ordforande skapet roterar.", "Ordförandeskapet roterar."),
])
def test_a_word_parted_by_a_space_that_lost_its_diacritics_is_joined(normaliser, written, meant):
    assert _lost(written, normaliser) == meant


@pytest.mark.parametrize(("written", "meant"), [
    ("For ordningen finns en grupp. I den ingar poliser.", "För ordningen finns en grupp. I den ingår poliser."),
    ("Avtalet galler fran och med i dag.", "Avtalet gäller från och med i dag."),  # a small word stays apart
    ("Vid samverkansmoten deltar rektorerna.", "Vid samverkansmöten deltar rektorerna."),  # "-en" is no word here
    ("Nyby centrum under sommaren.", "Nyby centrum under sommaren."),  # a name beside a word stays apart
])
def test_small_words_stay_apart_and_compounds_whole(normaliser, written, meant):
    assert _lost(written, normaliser) == meant


def test_words_run_together_stay_in_a_clean_text(normaliser):
    clean = "Parterna är kommunen ochPolismyndigheten. Gruppen leds avkommunpolisen."
    assert _lines(clean, normaliser) == [clean]


def test_an_agent_nouns_stem_that_is_a_verb_too_begins_a_compound(normaliser):
    assert _lost("Samordnarparet traffas varje vecka.", normaliser) == "Samordnarparet träffas varje vecka."


def test_words_run_together_stay_in_a_damaged_text_that_kept_its_diacritics(normaliser):
    assert _damaged("Gruppen möts 1 gång/månadvid behov.", normaliser) == "Gruppen möts 1 gång/månadvid behov."


@pytest.mark.parametrize("clean", [
    "Polisen och kommunen följer upp skoterkörning på isen och Bygdemöten i byarna.",
    "Kommunen ansvarar för skoterparkering vid Bygdemöten och vid vägarbete i centrum.",
])
def test_a_rare_word_is_no_damage_and_a_clean_text_keeps_its_words(clean):
    """A word the dictionary lacks whose nearest word differs only in å/ä/ö ("sköterkörning") is a rare word,
    not a misreading: the text is no damaged one, so neither it nor a capitalised word is rewritten."""
    normaliser = Normaliser()
    doc = Document.from_text("x.txt", clean, normaliser)
    assert doc.lines == [clean] and not doc.corrections and not normaliser.damaged
