"""Words for people: citations by the documents' titles (file names only in JSON), fields by their Swedish or
English labels, in every text output."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from samverkan.cli import app
from samverkan.model.fields import FIELD_LABELS, field_label
from samverkan.rules.citations import bundled_titles, for_people
from tests.conftest import DATA

TRAFIK = "003_6a855a06a73e563a.txt"


def test_citation_by_title_section_and_lines():
    assert for_people(f"{TRAFIK}, Styrgrupp, rad 131-132") == (
        "Trafiknämndens remissvar 2019, avsnitt Styrgrupp, rad 131–132")
    assert for_people(f"{TRAFIK}, Styrgrupp, rad 131-132", "en") == (
        "Trafiknämndens remissvar 2019, section Styrgrupp, lines 131–132")
    # a section with a comma or a semicolon, one line, several places in one document
    assert for_people("004_f4e994a290e1df75.txt, Bilaga 4, Platssamverkan Klara, rad 1786") == (
        "Lokal samverkansöverenskommelse Norrmalm 2016-2018, avsnitt Bilaga 4, Platssamverkan Klara, rad 1786")
    assert for_people(f"{TRAFIK}, Styrgrupp; Beredningsgrupp, rad 131-145") == (
        "Trafiknämndens remissvar 2019, avsnitt Styrgrupp; Beredningsgrupp, rad 131–145")
    two = for_people("002_516b9ddd6da302d4.txt, Sammanfattning, rad 21; 002_516b9ddd6da302d4.txt, Bakgrund, rad 29")
    assert two == ("Järva stadsdelsförvaltnings tjänsteutlåtande om revideringen (2023-10-26), avsnitt Sammanfattning, "
                   "rad 21; avsnitt Bakgrund, rad 29")
    # what names no known file stays as it is; a profile's own titles win
    assert for_people("Dnr KS 2019/656") == "Dnr KS 2019/656"
    assert for_people("x.txt, A, rad 1", titles={"x.txt": "Egen text"}) == "Egen text, avsnitt A, rad 1"
    assert for_people("") == ""


def test_every_cited_document_of_the_data_set_has_a_title(dataset):
    cited = {s.document for e in dataset.entities() for s in e.sources}
    untitled = sorted(d for d in cited if d.endswith((".txt", ".md")) and d not in bundled_titles())
    assert untitled == []


def test_field_labels():
    assert field_label("revision_interval_years") == "revisionsintervall (år)"
    assert field_label("frequency.per_year", "en") == "meeting frequency (times a year)"
    assert field_label("frequency") == "mötesfrekvens"
    assert field_label("unknown_field") == "unknown field"
    assert all(m.sv and m.en and "_" not in m.sv for m in FIELD_LABELS.values())


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_check_outputs_cite_titles_and_json_keeps_files(fmt):
    result = CliRunner().invoke(app, ["check", str(DATA), "--as-of", "2019-12-01", "--format", fmt])
    assert result.exit_code == 1, result.output
    assert "Trafiknämndens remissvar 2019, avsnitt" in result.stdout
    assert ".txt" not in result.stdout
    raw = CliRunner().invoke(app, ["check", str(DATA), "--as-of", "2019-12-01", "--format", "json"])
    assert any(TRAFIK in f["citation"] for f in json.loads(raw.stdout))


def test_diff_plan_in_field_labels_whole():
    result = CliRunner().invoke(app, ["diff", str(DATA), "--change", str(DATA / "changes" / "revision-2023.yaml")])
    text = result.stdout
    assert "~ mötesfrekvens: (inget) → {mötesfrekvens (gånger per år): 1.0, " in text
    assert "+ prioriterade områden: [" in text and "~ namn: " in text and "~ källor:" in text
    for key in ("revision_interval_years", "per_year", "priority_areas", "sources", "name:"):
        assert key not in text, key
    assert "…" not in text  # nothing cut mid-value


# --- entities by name, not by id ---

def test_diff_and_impact_name_entities_without_a_name_by_their_parts():
    diff = CliRunner().invoke(app, ["diff", str(DATA), "--change", str(DATA / "changes" / "revision-2023.yaml")])
    assert "+ rapporteringslinje Lokal samverkansorganisation → Lokal styrgrupp" in diff.stdout
    impact = CliRunner().invoke(app, ["impact", str(DATA), "--remove", "sdf-norrmalm/stadsdelsdirektor",
                                      "--as-of", "2024-01-01"])
    assert "- medlemskap Chefsamrådet · stadsdelsdirektör (Norrmalm stadsdelsförvaltning)" in impact.stdout
    for text in (diff.stdout, impact.stdout):
        assert "~>" not in text and "/chefsamrad~" not in text

def test_ids_in_a_message_become_names(dataset):
    from samverkan.model.names import in_words, name_of

    text = "norrmalm-2016/chefsamrad rapporterar till stockholm-2019/styrgrupp; se norrmalm-2016."
    out = in_words(dataset, text, within="norrmalm-2016")
    assert out.startswith("Chefsamrådet rapporterar till Styrgrupp för den övergripande samverkansöverenskommelsen "
                          "(Övergripande samverkansöverenskommelse")  # another agreement's group names its agreement
    assert out.endswith("; se överenskommelsen.")  # the agreement whose findings these are
    assert in_words(dataset, "norrmalm-2016 gäller inte", within="norrmalm-2016", lang="en").startswith(
        "The agreement gäller")
    assert name_of(dataset, "lpo-norrmalm/kommunpolis") == "kommunpolis (Lokalpolisområde Norrmalm)"
    # what is no entity's id stays; a person's id is left to the redaction, a date or dnr to itself
    person = dataset.people[0].id
    plain = f"{person} och 320-845/2015 och okänd-grupp"
    assert in_words(dataset, plain) == plain


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_check_text_and_markdown_name_no_entity_by_its_id(dataset, lang):
    """Every id of a named entity (agreement, group, role, organisation, area) is absent from what people read."""
    import re

    from samverkan.model.entities import Person

    named = {e.id for e in dataset.entities()
             if not isinstance(e, Person) and any(isinstance(getattr(e, a, None), str) for a in ("name", "title"))}
    runner = CliRunner()
    for fmt in ("text", "markdown"):
        r = runner.invoke(app, ["check", str(DATA), "--as-of", "2024-01-01", "--lang", lang, "--format", fmt])
        assert r.exit_code == 1, r.output
        read = re.sub(r"\((profil|profile) [\w-]+,", "", r.stdout)  # the profile's name is what --profile takes
        tokens = set(re.findall(r"[a-z0-9][a-z0-9\-_./~>]*[a-z0-9]", read))
        assert not tokens & {i for i in named if "-" in i or "/" in i}, sorted(tokens & named)[:10]


def test_values_of_closed_lists_by_their_words(dataset):
    from samverkan.model.fields import value_word

    sdf = dataset.get("sdf-norrmalm")
    assert value_word(sdf, "kind", sdf.kind) == "stadsdelsförvaltning"
    assert value_word(sdf, "kind", sdf.kind, "en") == "district administration"
    assert value_word(sdf, "party", sdf.party) == "staden"
    assert value_word(sdf, "name", sdf.name) is None  # free text is its own word
    group = dataset.get("norrmalm-2016/chefsamrad")
    assert value_word(group, "kind", group.kind) == "styrgrupp"  # the same field name, another list


def test_impact_report_shows_values_in_words():
    r = CliRunner().invoke(app, ["impact", str(DATA), "--remove", "sdf-norrmalm", "--as-of", "2024-01-01"])
    assert r.exit_code == 1
    assert "slag: stadsdelsförvaltning" in r.stdout and "district_administration" not in r.stdout
    assert "efterträdare: [Norra innerstaden stadsdelsförvaltning]" in r.stdout


def test_impact_ranking_names_what_it_affects():
    r = CliRunner().invoke(app, ["impact", str(DATA), "--rank", "--top", "3", "--as-of", "2024-01-01"])
    assert r.exit_code == 0, r.output
    assert "Norrmalm stadsdelsförvaltning (sdf-norrmalm)" in r.stdout  # the name, and the id --remove takes
    affects = [line for line in r.stdout.splitlines() if "berör:" in line]
    assert affects and not any("norrmalm-2016" in line or "/" in line for line in affects)
    assert "Chefsamrådet" in "".join(affects)


def test_summary_names_sections_agreements_and_levels_in_words():
    r = CliRunner().invoke(app, ["summary", str(DATA)])
    assert r.exit_code == 0, r.output
    assert "funktioner" in r.stdout and "prioriterade områden" in r.stdout and "priority_areas" not in r.stdout
    assert "Samverkansöverenskommelse mellan Norrmalms stadsdelsförvaltning" in r.stdout
    assert " local " not in r.stdout and "lokal" in r.stdout  # the id stays beside the title: --agreement takes it
