"""The draft a user gets says what the record the benchmark scores says: the agreement's title, its groups with
their kinds and meetings, its priority areas and parties. The benchmark scores the record; this holds the draft to
it, over a spread of the development corpus (every tenth text: prose, tables, web pages, scans, slides)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from samverkan.extract.build import build_draft
from samverkan.extract.document import read_document
from samverkan.extract.normalise import Normaliser
from samverkan.extract.record import recognise

DEV = Path(__file__).resolve().parent / "corpus" / "dev"
TEXTS = [DEV / YAML(typ="safe").load(g.read_text(encoding="utf-8"))["document"]
         for g in sorted(DEV.glob("*.gold.yaml"))][::10]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_the_draft_says_what_the_record_says(path: Path) -> None:
    from samverkan.extract.office import CONVERTED, soffice

    if path.suffix in CONVERTED and soffice() is None:
        pytest.skip(f"{path.name} is read through LibreOffice, which is not installed (.ci/run installs it)")
    record = recognise(read_document(path, Normaliser()))
    draft = build_draft(record, None)
    data = draft.data
    agreement = data.get(draft.agreement_id)
    assert agreement.title == record.first("agreement").name
    groups = {g.name: g for g in data.groups if g.agreement == draft.agreement_id}
    assert sorted(groups) == sorted(i.name for i in record.section("groups"))
    for item in record.section("groups"):
        group = groups[item.name]
        if item.get("kind"):
            assert group.kind == item.get("kind"), item.name
        if "frequency_per_year" in item.fields:
            assert (group.frequency.per_year if group.frequency else None) == item.get("frequency_per_year"), item.name
    assert sorted(p.name for p in data.priority_areas) == sorted(i.name for i in record.section("priority_areas"))
    assert len(agreement.parties) == len(record.section("parties"))
