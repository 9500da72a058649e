"""Personal data: the names and contact details of the real data set's people appear in no output unless
--show-people, for every command and format (neo4j push: tests/test_neo4j.py). The data set used here is the
real one with a person made accountable and a member (tests/hostile_data.people_dataset), so findings, plans
and graphs have people to name."""

from __future__ import annotations

import json
import re
import zipfile

import pytest
from typer.testing import CliRunner

from samverkan.cli import app
from samverkan.model.privacy import Redaction, redact
from tests.conftest import DATA, ROOT
from tests.hostile_data import NAME_VARIANTS, people_dataset, planted_dataset, variants_dataset

AS_OF = "2019-12-01"  # a city-wide agreement governs: the rules that name people run
GOVERNED = ["--as-of", AS_OF]


def _secrets() -> list[str]:
    from samverkan.store.yaml_io import load_dataset

    people = load_dataset(DATA)[0].people
    assert len(people) == 7
    found = set()
    for p in people:
        found |= {p.name, p.name.split()[-1], p.id, p.id.split("/")[-1]}
        if p.contact:
            found |= set(re.findall(r"[\w.+-]+@[\w.-]+", p.contact)) | set(re.findall(r"\d[\d \-]{5,}\d", p.contact))
    return sorted(found)


SECRETS = _secrets()
NAMES = [s for s in SECRETS if " " in s and "@" not in s and not s[0].isdigit()]


def people_in(text: str) -> list[str]:
    low = text.lower()
    return [s for s in SECRETS if s.lower() in low]


def assert_no_people(text: str) -> None:
    assert people_in(text) == [], "personal data in the output"


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code in (0, 1), (result.exit_code, result.output)
    return result.output


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return people_dataset(tmp_path_factory.mktemp("people") / "data")


@pytest.fixture(scope="module")
def change(tmp_path_factory):
    path = tmp_path_factory.mktemp("change") / "change.yaml"
    path.write_text(json.dumps({
        "title": "Johanna Engman lämnar, Maria Stigle tar över", "source": {"document": "test"}, "as_of": AS_OF,
        "operations": [
            {"op": "update", "id": "sdf-norrmalm/stadsdelsdirektor", "fields": {"holder": "person/maria-stigle"}},
            {"op": "add", "section": "memberships", "entity": {
                "group": "norrmalm-2016/chefsamrad", "member": "person/towe-skjold",
                "sources": [{"document": "test", "quote": "Towe Skjöld"}]}},
        ]}, ensure_ascii=False), encoding="utf-8")
    return path


def both(*args: str) -> tuple[str, str]:
    return run(*args), run(*args, "--show-people")


def test_redaction_replaces_every_trace(dataset):
    hidden = redact(dataset)
    assert_no_people(hidden.model_dump_json())
    assert len(hidden.people) == 7 and all(p.contact is None for p in hidden.people)
    assert {p.name for p in hidden.people} >= {"[kommunpolis]", "[stadsdelsdirektör]"}
    role = hidden.get("lpo-norrmalm/kommunpolis")
    assert role.holder == "person/lpo-norrmalm/kommunpolis" and hidden.get(role.holder) is not None
    assert redact(hidden) == hidden  # idempotent: a pulled, redacted data set stays as it is
    r = Redaction(dataset, lang="en")
    assert r.original_id(r.id("person/mans-gauffin")) == "person/mans-gauffin"
    assert "contact details hidden" in r.text("ring 072-208 98 84")
    assert people_in(dataset.model_dump_json())  # the test would see them


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "sarif", "junit"])
def test_check(data, fmt):
    hidden, shown = both("check", str(data), *GOVERNED, "--format", fmt)
    assert_no_people(hidden)
    assert "Måns Gauffin" in shown or "person/mans-gauffin" in shown
    if fmt == "sarif":  # findings about a person still point at the data files
        assert json.loads(hidden)["runs"][0]["results"] and '"uri"' in hidden


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_summary(data, fmt):
    assert_no_people(run("summary", str(data), "--format", fmt))


def _export_formats() -> list[str]:
    from samverkan.store import exchange

    formats = [f for f in exchange.FORMATS if f != "csv"]
    try:
        import samverkan.store.rdf  # noqa: F401  (another part of the project may add it)

        formats.append("turtle")
    except ImportError:
        pass
    return formats


@pytest.mark.parametrize("fmt", _export_formats())
def test_export(data, fmt):
    hidden, shown = both("export", str(data), "--format", fmt, "--out", "-")
    assert_no_people(hidden)
    assert all(name in shown for name in NAMES)


def test_export_csv(data, tmp_path):
    for flag, out in (([], tmp_path / "hidden"), (["--show-people"], tmp_path / "shown")):
        run("export", str(data), "--format", "csv", "--out", str(out), *flag)
    assert_no_people("".join(p.read_text(encoding="utf-8") for p in (tmp_path / "hidden").iterdir()))
    assert all(name in (tmp_path / "shown" / "nodes_Person.csv").read_text(encoding="utf-8")
               for name in NAMES) if (tmp_path / "shown" / "nodes_Person.csv").exists() else people_in(
        "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "shown").iterdir()))


@pytest.mark.parametrize("fmt", ["html", "svg"])
def test_show(data, tmp_path, fmt):
    for flag, name in (([], "hidden"), (["--show-people"], "shown")):
        run("show", str(data), "--agreement", "norrmalm-2016", "--as-of", AS_OF, "--format", fmt,
            "--out", str(tmp_path / f"{name}.{fmt}"), *flag)
    assert_no_people((tmp_path / f"hidden.{fmt}").read_text(encoding="utf-8"))
    assert people_in((tmp_path / f"shown.{fmt}").read_text(encoding="utf-8"))


def _folder_text(folder) -> str:
    parts = []
    for p in sorted(p for p in folder.rglob("*") if p.is_file()):
        if p.suffix == ".xlsx":
            with zipfile.ZipFile(p) as z:
                parts += [z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")]
        else:
            parts.append(p.read_text(encoding="utf-8"))
    return "\n".join(parts)


def test_audit(data, tmp_path):
    run("audit", str(data), *GOVERNED, "--out", str(tmp_path / "hidden"))
    run("audit", str(data), *GOVERNED, "--out", str(tmp_path / "shown"), "--show-people")
    assert_no_people(_folder_text(tmp_path / "hidden"))
    assert "Måns Gauffin" in (tmp_path / "shown" / "findings.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_diff(data, change, fmt):
    hidden, shown = both("diff", str(data), "--change", str(change), "--format", fmt)
    assert_no_people(hidden)
    assert "person/maria-stigle" in shown or "Maria Stigle" in shown


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_impact_remove(data, fmt):
    hidden, shown = both("impact", str(data), "--remove", "person/mans-gauffin", "--as-of", AS_OF,
                         "--format", fmt)
    assert_no_people(hidden)
    assert people_in(shown)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_impact_rank(data, fmt):
    # the ranking lists roles and organisations, never people; the flag changes nothing there
    assert_no_people(run("impact", str(data), "--rank", "--top", "40", "--as-of", AS_OF, "--format", fmt))


# --- round two (issue 22): how names are also written, waivers, messages -------------------------------------


def _fold(text: str) -> str:
    import unicodedata

    from samverkan.model.wordsets import ACCENTS

    return unicodedata.normalize("NFC", text).lower().translate(ACCENTS)


PHONE_KEYS = {"0722089884", "0850809062"}


def assert_no_variants(text: str) -> None:
    """No name in any case, NFD or without diacritics, no phone number in any format, no e-mail in any case."""
    from samverkan.model.privacy import PHONE_ANY, phone_key

    folded = _fold(text)
    found = [s for s in SECRETS if _fold(s) in folded]
    found += [m for m in PHONE_ANY.findall(text) if phone_key(m) in PHONE_KEYS]
    assert found == [], "personal data in the output"


@pytest.mark.parametrize("variant", NAME_VARIANTS)
def test_redaction_catches_every_spelling(dataset, variant):
    from samverkan.model.privacy import Redaction

    redacted = Redaction(dataset).text(f"Se {variant} i protokollet.")
    assert_no_variants(redacted)
    assert redacted.startswith("Se ") and "[" in redacted and redacted.endswith(" i protokollet.")


def test_redaction_leaves_other_words(dataset):
    from samverkan.model.privacy import Redaction

    r = Redaction(dataset)
    for text in ("möte 2019-11-04 kl 10, dnr 2019/1234-56", "Mariaberget och Skjoldsgatan", "engmanska metoden"):
        assert r.text(text) == text


@pytest.fixture(scope="module")
def variants(tmp_path_factory):
    return variants_dataset(tmp_path_factory.mktemp("variants") / "data")


@pytest.mark.parametrize("args", [["check", *GOVERNED, "--format", "json"], ["export", "--format", "json",
                                  "--out", "-"], ["export", "--format", "graphml", "--out", "-"]])
def test_outputs_hide_every_spelling(variants, args):
    hidden = run(args[0], str(variants), *args[1:])
    assert_no_variants(hidden)
    assert people_in(run(args[0], str(variants), *args[1:], "--show-people"))


@pytest.fixture(scope="module")
def waivers(tmp_path_factory):
    path = tmp_path_factory.mktemp("waivers") / "waivers.yaml"
    path.write_text(
        "waivers:\n"
        "  - {rule: SAM090, subject: stadsledningskontoret/stadsdirektor, reason: 'Godtaget efter samtal med Måns "
        "Gauffin, +46 72 208 98 84', decided_by: Maria Stigle, expires: 2099-01-01}\n"
        "  - {rule: SAM090, subject: ingenting, reason: Maria Stigles beslut, decided_by: Anna Beslutsdóttir, "
        "expires: 2099-01-01}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "sarif", "junit"])
def test_waivers_are_redacted(data, waivers, fmt):
    hidden, shown = both("check", str(data), *GOVERNED, "--format", fmt, "--waivers", str(waivers))
    assert_no_variants(hidden)
    assert "Beslutsdóttir" not in hidden and "Beslutsd" not in hidden
    assert "Måns Gauffin" in shown and "Anna Beslutsdóttir" in shown


def test_waivers_in_the_audit(data, waivers, tmp_path):
    run("audit", str(data), *GOVERNED, "--waivers", str(waivers), "--out", str(tmp_path / "hidden"))
    text = _folder_text(tmp_path / "hidden")
    assert_no_variants(text)
    assert "Beslutsd" not in text and "Godtaget efter samtal" in text


def test_messages_neither_echo_nor_suggest_people(data, tmp_path):
    result = CliRunner().invoke(app, ["impact", str(data), "--remove", "person/mans-gaufin", "--as-of", AS_OF])
    assert result.exit_code == 2 and "gaufin" not in result.output.lower(), result.output
    broken = tmp_path / "broken"
    import shutil

    shutil.copytree(data, broken)
    for path in broken.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("holder: person/mans-gauffin", "holder: person/mans-gaufin"), encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(broken), "--as-of", AS_OF])
    assert result.exit_code == 2 and "holder" in result.output, result.output
    assert_no_variants(result.output)
    assert "gaufin" not in result.output.lower()


def test_extraction_report_hides_people_unless_asked(tmp_path):
    """extraction.md names no person and gives no contact detail of the document or the register by default;
    --show-people keeps them (the draft's data files always keep them: they are the data)."""
    seed = next((ROOT / "data" / "seeds").glob("004_*.txt"))
    hidden, shown = tmp_path / "hidden", tmp_path / "shown"
    run("extract", str(seed), "--register", str(DATA), "--out", str(hidden))
    run("extract", str(seed), "--register", str(DATA), "--out", str(shown), "--show-people")
    assert_no_people((hidden / "extraction.md").read_text(encoding="utf-8"))
    assert people_in((shown / "extraction.md").read_text(encoding="utf-8"))


def test_one_search_per_section_finds_what_the_search_per_entity_finds(variants):
    """The redaction looks for people in a section's JSON joined into one text: it must pick every entity the
    search of each entity's own JSON picks (name variants, phone numbers, escapes), and may pick no other."""
    from samverkan.store.yaml_io import load_dataset

    data, _ = load_dataset(variants)
    r = Redaction(data)
    picked = 0
    for section, items in data.sections():
        one_by_one = {i for i, entity in enumerate(items) if r._may_mention(entity)}
        assert r._mentioning(items) == r._mentioning(items, batch=7) == one_by_one, section
        picked += len(one_by_one)
    assert picked > 10


def test_a_batch_whose_entity_starts_cannot_be_told_is_searched_entity_by_entity():
    """The batch's text is cut where each entity's `{"id":` starts; any other count of them is not trusted."""
    from samverkan.model.privacy import _starts

    text = '[{"id":"a","note":"{\\"id\\":"},{"id":"b"}]'
    assert _starts(text, 2) == [1, text.index('{"id":"b"')]
    assert _starts(text, 3) is None and _starts('[{"id":"a","x":{"id":"y"}}]', 1) is None


def test_the_redacted_copy_equals_one_built_again_from_each_entity_dump(variants):
    """The redaction copies only what changes and shares the rest; the copy must equal the plain definition:
    every entity dumped, every string redacted, validated again (people without contact, named by roles)."""
    from samverkan.model.dataset import DataSet
    from samverkan.store.yaml_io import load_dataset

    data, _ = load_dataset(variants)
    r = Redaction(data)
    reference = {}
    for section, items in data.sections():
        reference[section] = []
        for entity in items:
            plain = entity.model_dump(by_alias=True)
            if section == "people":
                plain.update(contact=None, name=r.people[plain["id"]].label)
            reference[section].append(type(entity).model_validate(r.plain(plain)))
    copy = r.dataset(data)
    assert copy == DataSet(name=r.text(data.name), **reference)
    assert [e.model_dump_json() for e in copy.entities()] == [
        e.model_dump_json() for e in DataSet(name="x", **reference).entities()]
    assert sum(a is not b for a, b in zip(copy.entities(), data.entities(), strict=True)) > 10


def test_a_redaction_in_place_keeps_the_index_by_id_as_it_would_be_built_again(variants):
    """`check` redacts in place and keeps the data set's index by id, patched entity by entity (people and the
    memberships naming them get new ids): it must hold what building it again from the redacted lists holds."""
    from samverkan.store.yaml_io import load_dataset

    data, _ = load_dataset(variants)
    before = set(data.by_id)
    shown = Redaction(data).dataset(data, in_place=True)
    kept = shown.__dict__["by_id"]
    shown.forget_indexes()
    again = shown.by_id
    assert kept == again and all(kept[i] is entity for i, entity in again.items())
    assert any("~person/" in i and i not in before for i in again)  # a membership's id changed with its person


def test_a_redacted_copy_has_the_fields_given_a_copy_would_and_shares_the_set_of_its_combination(variants):
    """A redacted entity's set of fields given is its original's with the fields the redaction changed (what
    `exclude_unset` reads), one shared set per combination rather than one per copy."""
    from samverkan.store.yaml_io import load_dataset

    data, _ = load_dataset(variants)
    originals = list(data.entities())
    copy = Redaction(data).dataset(data)
    changed = [(a, b) for a, b in zip(originals, copy.entities(), strict=True) if a is not b]
    assert len(changed) > 10
    sets = {}
    for a, b in changed:
        updated = {k for k, v in b.__dict__.items() if v != a.__dict__[k]}
        assert updated and b.__pydantic_fields_set__ == a.__pydantic_fields_set__ | updated
        assert sets.setdefault(frozenset(b.__pydantic_fields_set__), b.__pydantic_fields_set__) \
            is b.__pydantic_fields_set__


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    return planted_dataset(tmp_path_factory.mktemp("planted") / "data")


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "sarif", "junit"])
def test_a_person_planted_in_every_text_reaches_no_output_of_check(planted, fmt, lang):
    """`check` redacts before the rules only what they decide by, the rest as the findings quote it: a person in
    every free-text field (names, titles, notes, quotes, sections, frequencies, annexes ...) reaches no format."""
    for day in (AS_OF, "2024-01-01"):
        args = ["check", str(planted), "--as-of", day, "--format", fmt, "--lang", lang]
        assert_no_variants(run(*args))
        assert people_in(run(*args, "--show-people"))


def _findings(path, day: str, lang: str, *, for_rules: bool) -> tuple[list[dict], int]:
    """The findings as JSON of a data set redacted whole before the rules, or only for them and the findings
    after; and how many findings the redaction after changed."""
    import datetime as dt

    from samverkan import app
    from samverkan.store.yaml_io import load_dataset

    data, _ = load_dataset(path)
    redaction = Redaction(data, lang=lang)
    assert redaction.repeatable()
    data = redaction.dataset(data, in_place=True, for_rules=for_rules)
    found = app.run_rules(data, as_of=dt.date.fromisoformat(day), lang=lang).findings
    shown = app.shown_findings(found, redaction) if for_rules else found
    return [f.to_json() for f in shown], sum(a is not b for a, b in zip(found, shown, strict=False))


@pytest.mark.parametrize("day", ["2019-06-01", AS_OF, "2024-01-01"])
def test_redacting_the_findings_after_the_rules_gives_what_redacting_all_before_gives(planted, variants, day):
    """The same findings, byte for byte, whether the whole data set is redacted before the rules or only what
    they decide or sort by (ids, references, names, titles, statements ...) and the findings after."""
    redacted_after = 0
    for path in (DATA, variants, planted):
        for lang in ("sv", "en"):
            whole, _ = _findings(path, day, lang, for_rules=False)
            partly, changed = _findings(path, day, lang, for_rules=True)
            assert partly == whole, (path, lang)
            redacted_after += changed
    assert redacted_after > 0  # the planted people reach findings only through the redaction after the rules


def test_a_label_names_no_person_even_when_a_title_does(planted):
    """A person's name becomes the titles of the roles they hold; a title that names a person is left out."""
    from samverkan.store.yaml_io import load_dataset

    r = Redaction(load_dataset(planted)[0])
    for pseudonym in r.people.values():
        assert_no_variants(pseudonym.label)
    assert r.repeatable()


def test_redacting_twice_must_give_what_redacting_once_gives_for_the_findings_to_be_redacted_after(dataset):
    """A pseudonym that is another person's id would be redacted again in the findings: not repeatable, and
    `check` then redacts the whole data set before the rules."""
    from samverkan.model.dataset import DataSet

    src = [{"document": "x"}]
    data = DataSet.model_validate({"name": "x", "people": [{"id": "person/2", "name": "Ann Ek", "sources": src},
                                                           {"id": "person/b", "name": "Bo Ek", "sources": src}]})
    r = Redaction(data)
    assert r.id("person/2") == "person/1" and r.id("person/b") == "person/2"
    assert not r.repeatable()
    assert Redaction(dataset).repeatable()


def test_a_title_naming_the_person_is_left_out_of_the_label_and_one_naming_no_one_kept_as_written():
    """The label replaces the name everywhere: a title that names the person would bring the name back."""
    from samverkan.model.dataset import DataSet

    src = [{"document": "x"}]
    nfd = "samordnare fo\u0308r trygghet"
    data = DataSet.model_validate({
        "name": "x",
        "organisations": [{"id": "org", "name": "Org", "kind": "city", "sources": src}],
        "people": [{"id": "person/ann-ek", "name": "Ann Ek", "sources": src}],
        "roles": [{"id": "org/a", "title": nfd, "organisation": "org", "holder": "person/ann-ek", "sources": src},
                  {"id": "org/b", "title": "ersätter ANN EK", "organisation": "org", "holder": "person/ann-ek",
                   "sources": src}]})
    r = Redaction(data)
    assert r.people["person/ann-ek"].label == f"[{nfd}]"
    assert r.text("Ann Ek ringer") == f"[{nfd}] ringer"
    assert r.repeatable()
