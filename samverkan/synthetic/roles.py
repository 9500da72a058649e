"""Roles (posts) created when first used, about half of them held by a numbered placeholder person."""

from __future__ import annotations

import random

from samverkan.synthetic.draft import Draft, source
from samverkan.synthetic.names import People

HELD = 0.5
"""The share of roles with a recorded holder."""


class Roles:
    def __init__(self, draft: Draft, people: People, rng: random.Random):
        self.draft = draft
        self.people = people
        self.rng = rng

    def get(self, id: str, title: str, document: str, line: int) -> str:
        """The role `id` (organisation/slug), created with `title` the first time it is asked for."""
        if not self.draft.has(id):
            item = {"id": id, "title": title, "organisation": id.split("/", 1)[0],
                    "sources": source(document, "Kontaktuppgifter", line, 1)}
            if self.rng.random() < HELD:
                item["holder"] = self.person(document, line)
            self.draft.add("roles", item)
        return id

    def person(self, document: str, line: int) -> str:
        person_id, name = self.people.take()
        self.draft.add("people", {"id": person_id, "name": name,
                                  "sources": source(document, "Kontaktuppgifter", line, 1)})
        return person_id

    def holder_of(self, role_id: str, document: str, line: int) -> str:
        """The person holding a role, recorded now if the role had none."""
        role = self.draft.by_id[role_id]
        if "holder" not in role:
            role["holder"] = self.person(document, line)
        return role["holder"]
