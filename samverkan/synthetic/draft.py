"""The data set under construction: plain dicts per section (cheap to build and to change), validated once.

Builders add entities here; the violations change or drop them (a dropped entity is marked and left out
when the DataSet is built, so dropping is O(1) however large the lists are).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from samverkan.model.dataset import DataSet
from samverkan.model.entities import ENTITY_TYPES

DROPPED = "__dropped__"


def source(document: str, section: str, first: int, length: int = 3) -> list[dict]:
    """The sources of one entity: a fictional document, a section and a line range."""
    return [{"document": document, "section": section, "lines": f"{first}-{first + length}"}]


@dataclass
class Draft:
    sections: dict[str, list[dict]] = field(default_factory=lambda: {s: [] for s in ENTITY_TYPES})
    by_id: dict[str, dict] = field(default_factory=dict)

    def add(self, section: str, item: dict) -> dict:
        self.sections[section].append(item)
        if "id" in item:
            self.by_id[item["id"]] = item
        return item

    def has(self, entity_id: str) -> bool:
        return entity_id in self.by_id

    @staticmethod
    def drop(item: dict) -> None:
        item[DROPPED] = True

    def to_dataset(self, name: str) -> DataSet:
        sections = {s: [x for x in items if DROPPED not in x] for s, items in self.sections.items()}
        return DataSet.model_validate({"name": name, **sections})
