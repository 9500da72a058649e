"""Personal data out of every output: a redacted copy of a data set, made once before anything is written.

People (`Person`) are the only personal data in the model: a name, maybe contact details, and an id that
usually spells the name (`person/maria-stigle`). Unless the user asks for them (`--show-people`), the CLI
hands every command a copy made here, so no writer needs a special case:

- a person's name becomes the titles of the roles they hold, in brackets (`[kommunpolis]`), or `[person]`;
- their contact details are dropped;
- their id becomes `person/<the id of the first role they hold>` (or `person/<n>`), everywhere it occurs,
  derived ids of memberships and responsibilities included;
- the name, its surname and the contact details (whole, and any e-mail address or phone number in them) are
  replaced in every other string of the data set as well: source quotes and notes often repeat them.

One `Redaction` built from several data sets (a data set and the same with a change set applied) gives the
same person the same words and id in all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from samverkan.i18n import Msg
from samverkan.model.dataset import DataSet

NO_ROLE = Msg("person", "person")
CONTACT_HIDDEN = Msg("[kontaktuppgift dold]", "[contact details hidden]")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\+?\d[\d \-]{5,}\d")
ID_TAIL = r"(?![a-z0-9_.\-])"  # an id ends where no slug character follows ('/' may: a longer id goes first)


@dataclass(frozen=True)
class Pseudonym:
    original_id: str
    id: str
    label: str


def _alternation(words: Iterable[str], flags: int = 0, tail: str = "") -> re.Pattern | None:
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not unique:
        return None
    return re.compile("(?:" + "|".join(re.escape(w) for w in unique) + ")" + tail, flags)


class Redaction:
    """The pseudonyms of every person in the given data sets, and the means to apply them."""

    def __init__(self, *datasets: DataSet, lang: str = "sv"):
        self.lang = lang
        self.people: dict[str, Pseudonym] = {}
        # ids a pseudonym must not take: every other entity's (a person's own id is free, so redacting a
        # redacted data set changes nothing)
        taken = {e.id for d in datasets for e in d.entities() if e.id not in {p.id for p in d.people}}
        names: dict[str, str] = {}
        surnames: dict[str, str] = {}
        contacts: dict[str, str] = {}
        hidden = CONTACT_HIDDEN.get(lang)
        for data in datasets:
            for person in sorted(data.people, key=lambda p: p.id):
                if person.id not in self.people:  # the first data set names the pseudonym
                    held = sorted((r for r in data.roles if r.holder == person.id), key=lambda r: r.id)
                    titles = list(dict.fromkeys(r.title for r in held))
                    label = "[" + (", ".join(titles) if titles else NO_ROLE.get(lang)) + "]"
                    base = f"person/{held[0].id}" if held else f"person/{len(self.people) + 1}"
                    new_id, n = base, 1
                    while new_id in taken:
                        n += 1
                        new_id = f"{base}-{n}"
                    taken.add(new_id)
                    self.people[person.id] = Pseudonym(person.id, new_id, label)
                label = self.people[person.id].label  # every data set's name and contact details are hidden
                name = person.name.strip()
                if name and name != label:  # a redacted name is left as it is
                    names[name] = label
                    parts = name.split()
                    if len(parts) > 1 and len(parts[-1]) > 2 and parts[-1].replace("-", "").isalpha():
                        surnames.setdefault(parts[-1], label)
                if person.contact:
                    contacts[person.contact] = hidden
                    for found in (*EMAIL.findall(person.contact), *PHONE.findall(person.contact)):
                        contacts[found.strip()] = hidden
        self._ids = {p.original_id: p.id for p in self.people.values()}
        self._back = {p.id: p.original_id for p in self.people.values()}
        self._names = names
        self._surnames = surnames
        self._contacts = contacts
        self._id_re = _alternation(self._ids, tail=ID_TAIL)
        self._name_re = _alternation(names, re.IGNORECASE, tail=r"(?!\w)")
        self._surname_re = _alternation(surnames, tail=r"(?!\w)")
        self._contact_re = _alternation(contacts)
        self._lower_names = {k.lower(): v for k, v in names.items()}

    def __bool__(self) -> bool:
        return bool(self.people)

    def id(self, entity_id: str) -> str:
        """The pseudonymous id of a person (any other id as it is)."""
        return self._ids.get(entity_id, entity_id)

    def original_id(self, entity_id: str) -> str:
        """The id in the data files behind a pseudonymous one (for locating it in them)."""
        return self._back.get(entity_id, entity_id)

    def text(self, value: str) -> str:
        """A string with every person's id, name, surname and contact details replaced."""
        if not self.people or not value:
            return value
        if self._contact_re is not None:
            value = self._contact_re.sub(lambda m: self._contacts[m.group(0)], value)
        if self._id_re is not None:
            value = self._id_re.sub(lambda m: self._ids[m.group(0)], value)
        if self._name_re is not None:
            value = self._name_re.sub(lambda m: self._lower_names[m.group(0).lower()], value)
        if self._surname_re is not None:
            value = self._surname_re.sub(lambda m: self._surnames[m.group(0)], value)
        return value

    def plain(self, value):
        """Any JSON-like value (dicts, lists, strings) with every string redacted; keys stay."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {k: self.plain(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return type(value)(self.plain(v) for v in value)
        return value

    def dataset(self, data: DataSet) -> DataSet:
        """A redacted copy of a data set (the original is not changed)."""
        if not self.people:
            return data
        plain = data.model_dump(by_alias=True)
        for person in plain.get("people", []):
            pseudonym = self.people.get(person["id"])
            person["contact"] = None
            if pseudonym is not None:
                person["name"] = pseudonym.label
        return DataSet.model_validate(self.plain(plain))


def redact(data: DataSet, lang: str = "sv") -> DataSet:
    """A copy of a data set without personal data (see the module's docstring)."""
    return Redaction(data, lang=lang).dataset(data)
