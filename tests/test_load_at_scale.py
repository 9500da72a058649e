"""Loading large data sets: a broken file is reported without burying it under the references into it, the CLI
shows a bounded number of problems, and a valid file above the located reader's size limit still loads."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from samverkan.cli import common as cli
from samverkan.store.yaml_io import LoadError, load_dataset, write_dataset
from samverkan.synthetic import generate


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated")
    write_dataset(generate(agreements=4, seed=3).data, folder)
    return folder


def copy_of(generated, tmp_path):
    for source in generated.rglob("*.yaml"):
        target = tmp_path / source.relative_to(generated)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
    return tmp_path


def test_an_unreadable_register_is_the_only_problem_not_every_reference_into_it(generated, tmp_path):
    folder = copy_of(generated, tmp_path)
    register = folder / "register.yaml"
    register.write_text(register.read_text(encoding="utf-8") + "  - id: [unclosed\n", encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_dataset(folder)
    assert [p.file for p in caught.value.problems] == [str(register)]


def test_the_cli_shows_a_bounded_number_of_problems(generated, tmp_path, monkeypatch):
    folder = copy_of(generated, tmp_path)
    # every membership of one agreement points at a role that does not exist: dozens of located problems
    agreement = sorted((folder / "agreements").glob("*.yaml"))[0]
    broken = agreement.read_text(encoding="utf-8").replace("member: ", "member: nobody-")
    assert broken.count("nobody-") > 20
    agreement.write_text(broken, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_dataset(folder)
    total = len(caught.value.problems)
    shown_at_most = 10
    monkeypatch.setattr(cli, "MAX_PROBLEMS_SHOWN", shown_at_most)
    result = CliRunner().invoke(cli.app, ["summary", str(folder), "--lang", "en"])
    assert result.exit_code == 2
    shown = [line for line in result.output.splitlines() if line.startswith(str(folder))]
    assert len(shown) == shown_at_most
    assert f"and {total - shown_at_most} more problems" in result.output
    assert f"{total} error(s)" in result.output


def test_a_valid_file_above_the_located_limit_loads_by_the_fast_path(generated, tmp_path, monkeypatch):
    pytest.importorskip("yaml_rs")
    folder = copy_of(generated, tmp_path)
    size_mb = (folder / "register.yaml").stat().st_size / 1_000_000
    monkeypatch.setenv("SAMVERKAN_MAX_FILE_MB", str(size_mb / 2))
    data, _ = load_dataset(folder)
    assert len(data.agreements) == 5
    # the same file with a problem meets the limit, which says how to raise it
    register = folder / "register.yaml"
    register.write_text(register.read_text(encoding="utf-8").replace("kind: ", "kind: x", 1), encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_dataset(folder)
    assert any("SAMVERKAN_MAX_FILE_MB" in (p.suggestion.en if p.suggestion else "") + p.message.en
               for p in caught.value.problems)
