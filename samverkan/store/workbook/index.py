"""The one way both directions fill an `Index`: the same names from a data set (writer) and from rows (reader)."""

from __future__ import annotations

from collections.abc import Callable

from samverkan.store.workbook.columns import ID_ORDER
from samverkan.store.workbook.labels import LABEL_FIELD, Index


def index_entity(index: Index, section: str, get: Callable[[str], object]) -> None:
    """Add one entity; `get(field)` reads a field of it (an attribute, or a cell already read)."""
    entity_id = get("id")
    if section == "organisations":
        index.add(section, entity_id, [get("name"), get("short_name"), *(get("other_names") or [])])
    elif section == "roles":
        index.add_role(entity_id, get("title") or "", get("organisation") or "")
    elif section in LABEL_FIELD:
        index.add(section, entity_id, [get(LABEL_FIELD[section])])
    else:
        index.add(section, entity_id, [])


def index_of(data) -> Index:
    index = Index()
    for section in ID_ORDER:
        for entity in getattr(data, section):
            index_entity(index, section, lambda f, e=entity: getattr(e, f, None))
    return index
