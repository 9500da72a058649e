"""References as people write them: an organisation by its name, a function as 'Titel (Organisation)', a group by
its name; the id where a name would not lead back to the one entity (two groups called 'Styrgrupp').

`Index` is built the same way by the writer (from a data set) and the reader (from the rows' names), and the
writer writes a name only where `Index.resolve` gives back the entity, so every reference reads back exactly.
"""

from __future__ import annotations

from samverkan.io.suggest import suggest

LABEL_FIELD = {"organisations": "name", "people": "name", "roles": "title", "agreements": "title",
               "priority_areas": "name", "groups": "name", "activities": "name", "situation_pictures": "title",
               "action_items": "measure", "promises": "promise", "follow_up_items": "name"}


def norm(text: str) -> str:
    return " ".join(text.split()).casefold()


class Index:
    """Every entity's id and section, and the names that lead to it."""

    def __init__(self) -> None:
        self.section: dict[str, str] = {}
        self.display: dict[str, str] = {}
        self._by_label: dict[str, dict[str, list[str]]] = {}
        self.role_org: dict[str, str] = {}
        self.role_title: dict[str, str] = {}
        self.own: set[str] = set()
        """The workbook's own entities: a name shared with the register's means the workbook's."""

    def add(self, section: str, entity_id: str, labels: list[str]) -> None:
        self.section.setdefault(entity_id, section)
        if labels and labels[0]:
            self.display.setdefault(entity_id, labels[0])
        table = self._by_label.setdefault(section, {})
        for label in dict.fromkeys(norm(x) for x in labels if x):
            ids = table.setdefault(label, [])
            if entity_id not in ids:  # the same register row in several workbooks
                ids.append(entity_id)

    def add_role(self, entity_id: str, title: str, organisation: str) -> None:
        self.role_org.setdefault(entity_id, organisation)
        self.role_title.setdefault(entity_id, title)
        org_name = self.display.get(organisation, organisation)
        self.add("roles", entity_id, [f"{title} ({org_name})"])

    def _sections(self, sections: tuple[str, ...]) -> list[str]:
        return list(self._by_label) if sections == ("*",) else list(sections)

    def resolve(self, text: str, sections: tuple[str, ...]) -> tuple[str | None, list[str]]:
        """(id, []) when the text names one entity of these sections; (None, the ids it could mean) otherwise."""
        wanted = text.strip()
        kinds = self._sections(sections)
        if self.section.get(wanted) in kinds:
            return wanted, []
        hits = list(dict.fromkeys(i for s in kinds for i in self._by_label.get(s, {}).get(norm(wanted), [])))
        if len(hits) > 1 and self.own:
            own = [i for i in hits if i in self.own]
            hits = own if own else hits
        if len(hits) == 1:
            return hits[0], []
        return None, hits

    def role_in(self, organisation: str, title: str) -> tuple[str | None, list[str]]:
        """The function of an organisation with this title (or this id)."""
        wanted = title.strip()
        if wanted in self.role_org and (not organisation or self.role_org[wanted] == organisation):
            return wanted, []
        hits = [r for r, org in self.role_org.items()
                if org == organisation and norm(self.role_title[r]) == norm(wanted)]
        if len(hits) > 1 and self.own:
            hits = [r for r in hits if r in self.own] or hits
        return (hits[0], []) if len(hits) == 1 else (None, hits)

    def label(self, entity_id: str, sections: tuple[str, ...]) -> str:
        """What the writer puts in a cell for a reference: the name if it leads back here, else the id."""
        shown = self.display.get(entity_id)
        if shown and "\n" not in shown and self.resolve(shown, sections)[0] == entity_id:
            return shown
        return entity_id

    def role_label(self, role_id: str) -> str:
        """The function column beside its organisation: the title if it leads back here, else the id."""
        title = self.role_title.get(role_id)
        org = self.role_org.get(role_id, "")
        if title and "\n" not in title and self.role_in(org, title)[0] == role_id:
            return title
        return role_id

    def close(self, text: str, sections: tuple[str, ...]) -> str | None:
        """The name (or id) closest to a text that names nothing: for 'menade du …?'."""
        kinds = self._sections(sections)
        candidates = [self.display.get(i, i) for i, s in self.section.items() if s in kinds]
        return suggest(text.strip(), candidates) if candidates else None

    def close_role(self, organisation: str, title: str) -> str | None:
        titles = [self.role_title[r] for r, org in self.role_org.items() if org == organisation]
        return suggest(title.strip(), titles) if titles else None
