"""Personal data out of every output: a redacted copy of a data set, made once before anything is written.

People (`Person`) are the only personal data in the model: a name, maybe contact details, and an id that
usually spells the name (`person/maria-stigle`). Unless the user asks for them (`--show-people`), the CLI
hands every command a copy made here, so no writer needs a special case:

- a person's name becomes the titles of the roles they hold, in brackets (`[kommunpolis]`), or `[person]`;
- their contact details are dropped;
- their id becomes `person/<the id of the first role they hold>` (or `person/<n>`), everywhere it occurs,
  derived ids of memberships and responsibilities included;
- the name, its surname and the contact details (whole, and any e-mail address or phone number in them) are
  replaced in every other string of the data set as well: source quotes and notes often repeat them. Names
  match in any case, with or without diacritics (Skjöld, SKJOLD), in NFD as in NFC, and in the genitive
  (Gauffins); e-mail addresses in any case; phone numbers in any format (+46 8 508 090 62 = 08-508 09062);
- waivers (`waiver`): the reason is redacted like any text, the decider (a person's name by nature) hidden.

One `Redaction` built from several data sets (a data set and the same with a change set applied) gives the
same person the same words and id in all of them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, fields, is_dataclass, replace
from functools import cache
from itertools import accumulate, compress, count, repeat
from operator import attrgetter

from pydantic import BaseModel
from pydantic_core import to_json

from samverkan.io.i18n import Msg
from samverkan.model.dataset import DataSet
from samverkan.model.entities import ENTITY_TYPES, Person, copy_with
from samverkan.model.references import OPTIONAL, REQUIRED, references_of, targets_in
from samverkan.model.wordsets import WordSet

NO_ROLE = Msg("person", "person")
CONTACT_HIDDEN = Msg("[kontaktuppgift dold]", "[contact details hidden]")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\+?\d[\d \-]{5,}\d")
PHONE_ANY = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d \-()/.]{5,}\d(?!\w)")
"""A phone number in any common format: +46 8 508 090 62, (08) 508 090 62, 08-508 09062, 0046 8 50809062."""
DECIDER_HIDDEN = Msg("[beslutsfattare dold]", "[decision-maker hidden]")


def phone_key(text: str) -> str | None:
    """A phone number's digits in national form (+46 8… and 0046 8… as 08…); None for fewer than 7 digits."""
    digits = re.sub(r"\D", "", text)
    if text.lstrip().startswith(("+46", "0046")):
        digits = "0" + digits[4 if text.lstrip().startswith("0046") else 2:]
    return digits if len(digits) >= 7 else None


def nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _genitive(name: str) -> list[str]:
    """A name and its Swedish genitive (Gauffin → Gauffins; Lindqvist, Gauss, Marx take no s)."""
    return [name] if name[-1:].lower() in "sxz" else [name, name + ("S" if name.isupper() else "s")]

_REMEMBERED = 120
"""Strings up to this length are redacted once a redaction (see Redaction.text); longer ones seldom repeat."""

ID_TAIL = r"(?![a-z0-9_.\-])"  # an id ends where no slug character follows ('/' may: a longer id goes first)


@dataclass(frozen=True)
class Pseudonym:
    original_id: str
    id: str
    label: str


class Redaction:
    """The pseudonyms of every person in the given data sets, and the means to apply them."""

    def __init__(self, *datasets: DataSet, lang: str = "sv"):
        self.lang = lang
        # id(entity) → (entity, its redacted version), when several data sets share entities; one data set (a
        # check) keeps none: at 3000 agreements the memo held 400,000 entries and every original entity alive
        self._done: dict[int, tuple] | None = {} if len(datasets) > 1 else None
        self.people: dict[str, Pseudonym] = {}
        # ids a pseudonym must not take: every other entity's (a person's own id is free, so redacting a
        # redacted data set changes nothing)
        people_ids = [{p.id for p in d.people} for d in datasets]
        given: set[str] = set()

        def taken(i: str) -> bool:  # asked of each pseudonym, not a set of all 40,000 ids at 300 agreements
            return i in given or any(i in d.by_id and i not in own for d, own in zip(datasets, people_ids,
                                                                                       strict=True))
        names: dict[str, str] = {}
        surnames: dict[str, str] = {}
        contacts: dict[str, str] = {}
        phones: set[str] = set()
        hidden = CONTACT_HIDDEN.get(lang)
        held_titles: dict[str, list[str]] = {}
        for data in datasets:
            roles_held: dict[str, list] = {}
            for role in data.roles:
                if role.holder:
                    roles_held.setdefault(role.holder, []).append(role)
            for person in sorted(data.people, key=lambda p: p.id):
                if person.id not in self.people:  # the first data set names the pseudonym
                    held = sorted(roles_held.get(person.id, []), key=lambda r: r.id)
                    titles = held_titles[person.id] = list(dict.fromkeys(r.title for r in held))
                    label = self._label(titles)
                    base = f"person/{held[0].id}" if held else f"person/{len(self.people) + 1}"
                    new_id, n = base, 1
                    while taken(new_id):
                        n += 1
                        new_id = f"{base}-{n}"
                    given.add(new_id)
                    self.people[person.id] = Pseudonym(person.id, new_id, label)
                label = self.people[person.id].label  # every data set's name and contact details are hidden
                name = nfc(person.name.strip())
                if name and name != label:  # a redacted name is left as it is
                    for form in _genitive(name):
                        names[form] = label
                    parts = name.split()
                    if len(parts) > 1 and len(parts[-1]) > 2 and parts[-1].replace("-", "").isalpha():
                        for form in (*_genitive(parts[-1]), *_genitive(parts[-1].upper())):
                            surnames.setdefault(form, label)
                if person.contact:
                    contact = nfc(person.contact)
                    contacts[contact] = hidden
                    for found in (*EMAIL.findall(contact), *PHONE.findall(contact)):
                        contacts[found.strip()] = hidden
                    self_phones = {k for f in PHONE_ANY.findall(contact) for k in [phone_key(f)] if k}
                    phones.update(self_phones)
        self._ids = {p.original_id: p.id for p in self.people.values()}
        self._back = {p.id: p.original_id for p in self.people.values()}
        self._names = names
        self._surnames = surnames
        self._contacts = contacts
        self._phones = phones
        self._hidden = hidden
        self._id_words = WordSet(self._ids, tail=ID_TAIL)
        # a name is a word of its own: Ann is not hidden in Johann, nor Berg in Östberg
        self._name_words = WordSet(names, ignore_case=True, ignore_accents=True, head=r"(?<!\w)", tail=r"(?!\w)")
        self._surname_words = WordSet(surnames, ignore_accents=True, head=r"(?<!\w)", tail=r"(?!\w)")  # Berg, berg
        self._contact_words = WordSet(contacts, ignore_case=True)
        self._any_words = WordSet([*self._ids, *names, *surnames, *contacts], ignore_case=True, ignore_accents=True)
        self._folded_names = {self._name_words.fold(k): v for k, v in names.items()}
        self._folded_surnames = {self._surname_words.fold(k): v for k, v in surnames.items()}
        self._folded_contacts = {self._contact_words.fold(k): v for k, v in contacts.items()}
        self._texts: dict[str, str] = {}
        """Short strings redacted so far: the entities walked repeat their ids, documents, sections, titles."""
        self._labels_without_people(held_titles)

    def _label(self, titles: list[str]) -> str:
        return "[" + (", ".join(titles) if titles else NO_ROLE.get(self.lang)) + "]"

    def _labels_without_people(self, titles: dict[str, list[str]]) -> None:
        """A label (what a person's name becomes) made again of only the titles that name no person: a role's title
        may ("samordnare, ersätter Maria Stigle"), and the label would carry the name into every output."""
        renamed = {}
        for person_id, pseudonym in self.people.items():
            if self.text(pseudonym.label) != nfc(pseudonym.label):
                kept = [t for t in titles.get(person_id, []) if self.text(t) == nfc(t)]
                renamed[pseudonym.label] = self._label(kept)
                self.people[person_id] = replace(pseudonym, label=renamed[pseudonym.label])
        for words in (self._names, self._surnames, self._folded_names, self._folded_surnames) if renamed else ():
            for key, label in words.items():
                words[key] = renamed.get(label, label)
        self._texts.clear()

    def __bool__(self) -> bool:
        return bool(self.people)

    def id(self, entity_id: str) -> str:
        """The pseudonymous id of a person (any other id as it is)."""
        return self._ids.get(entity_id, entity_id)

    def original_id(self, entity_id: str) -> str:
        """The id in the data files behind a pseudonymous one (for locating it in them)."""
        return self._back.get(entity_id, entity_id)

    def original_ids(self) -> dict[str, str]:
        """Pseudonymous id → the id in the data files (original_id for every person), for a caller that keeps
        the mapping and lets the redaction go."""
        return dict(self._back)

    def text(self, value: str) -> str:
        """A string with every person's id, name, surname and contact details replaced."""
        if not self.people or not value:
            return value
        done = self._texts.get(value)
        if done is None:
            done = self._text(value)
            if len(value) <= _REMEMBERED:
                self._texts[value] = done
        return done

    def _text(self, value: str) -> str:
        value = nfc(value)
        if not self._any_words.search(value) and (not self._phones or self._phone_sub(value) == value):
            return value  # no word of any kind in it (one scan of the union instead of four), nor a phone number
        value = self._contact_words.sub(lambda found: self._folded_contacts[self._contact_words.fold(found)], value)
        if self._phones:
            value = self._phone_sub(value)
        value = self._id_words.sub(self._ids.__getitem__, value)
        value = self._name_words.sub(lambda found: self._folded_names.get(self._name_words.fold(found), found), value)
        return self._surname_words.sub(lambda found: self._folded_surnames[self._surname_words.fold(found)], value)

    def _phone_sub(self, value: str) -> str:
        return PHONE_ANY.sub(lambda m: self._hidden if phone_key(m.group()) in self._phones else m.group(), value)

    def waiver(self, waiver):
        """A waiver as the outputs show it: its reason redacted, its decider hidden, its subject pseudonymous."""
        return waiver.model_copy(update={"reason": self.text(waiver.reason), "subject": self.id(waiver.subject),
                                         "decided_by": DECIDER_HIDDEN.get(self.lang)})

    def plain(self, value):
        """Any JSON-like value (dicts, lists, strings) with every string redacted; keys stay."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {k: self.plain(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return type(value)(self.plain(v) for v in value)
        return value

    def _model(self, values: dict, model: BaseModel) -> BaseModel:
        """A model with the given field values, redacted: a shallow copy holding only what changed (the rest is
        shared with the original, unlike a copy built again from its dump), or the model itself."""
        update = {}
        own = model.__dict__
        for key, value in values.items():
            new = self._value(value)
            old = own[key]
            if new is not old and new != old:
                update[key] = new
        return copy_with(model, update) if update else model

    def _value(self, value):
        """Any field value with every string in it redacted; the same object when nothing in it changes."""
        if value is None or type(value) in _NO_TEXT:
            return value
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, BaseModel):
            return self._model(value.__dict__, value)
        if is_dataclass(value):
            update = {name: new for name in _field_names(type(value))
                      for old in [getattr(value, name)] for new in [self._value(old)] if new is not old and new != old}
            return replace(value, **update) if update else value
        if isinstance(value, (list, tuple)):
            new = [self._value(v) for v in value]
            return type(value)(new) if new != list(value) else value
        if isinstance(value, dict):
            new = {k: self._value(v) for k, v in value.items()}
            return new if new != value else value
        return value

    def _may_mention(self, entity) -> bool:
        """Whether an entity may hold a person's id, name or contact details: a search of its JSON (at C speed)
        for any of them, ignoring case; an escape in the JSON sends it to the exact check."""
        blob = nfc(entity.model_dump_json(by_alias=True, exclude_none=True))
        return "\\" in blob or self._any_words.search(blob) or bool(
            self._phones and any(phone_key(m) in self._phones for m in PHONE_ANY.findall(blob)))

    def _mentioning(self, items: list, batch: int = 1000) -> set[int]:
        """The positions of the entities that may mention a person (as _may_mention), a batch at a time."""
        return {start + i for start in range(0, len(items), batch)
                for i in self._mentioning_batch(items[start:start + batch])}

    def _mentioning_batch(self, items: list) -> set[int]:
        """The positions of the entities that may mention a person (as _may_mention), found in one search of
        the JSON text of the batch (one serialisation, fold and scan instead of one per entity; whole sections at
        once held 300 MB more at 3000 agreements). Each entity's text starts at its `{"id":` (a string's quotes
        are escaped, and no part of an entity has an id: were one to, the count would tell, and the batch would
        be searched entity by entity, as text whose folding changes its length is)."""
        joined = to_json(items, by_alias=True, exclude_none=True).decode()
        starts = _starts(joined, len(items))
        hits = self._hits(joined, starts) if starts is not None else None
        if hits is None:
            return {i for i, entity in enumerate(items) if self._may_mention(entity)}
        hits.update(bisect_right(starts, m.start()) - 1 for m in re.finditer(r"\\", joined))
        return hits

    def _hits(self, joined: str, starts: list[int]) -> set[int] | None:
        """The pieces of a joined text (each from its start) holding a person's words or phone number, found in
        one fold and scan; None when the text cannot be searched whole (not NFC, or its folding changes its length)."""
        folded = self._any_words.searchable(joined) if unicodedata.is_normalized("NFC", joined) else None
        if folded is None:
            return None
        hits = {bisect_right(starts, end) - 1 for end in self._any_words.ends(folded)}
        if self._phones:
            hits.update(bisect_right(starts, m.start()) - 1 for m in PHONE_ANY.finditer(joined)
                        if phone_key(m.group()) in self._phones)
        return hits

    def dataset(self, data: DataSet, *, in_place: bool = False, for_rules: bool = False) -> DataSet:
        """A redacted copy of a data set (the original is not changed). An entity the data sets redacted here
        before share (a data set before and after a change) is redacted once, to the same object.
        `in_place`: the data set itself becomes the redacted one, each entity replaced as it is redacted, so the
        original is freed as the copy is made (a caller done with the original: 3000 agreements, 40 MB less).
        `for_rules`: only what the rules decide or sort by is redacted (`_decisive`); the rest of the text waits
        for what is output, which the caller redacts (`shown`): not marked as redacted."""
        if not self.people:
            return data
        index = _Reindex(data) if in_place else None
        if in_place:
            data.forget_indexes()  # they hold the originals (the index by id is kept, patched as they go)
        sections = {}
        for section, items in data.sections():
            known = self._known(items)  # redacted before, as part of another of the data sets
            todo = [i for i in range(len(items)) if i not in known] if known else range(len(items))
            entities = [items[i] for i in todo] if known else items
            if section == "people":
                mentioning = range(len(entities))
            elif for_rules:
                mentioning = self._decisive(section, entities)
            else:
                mentioning = self._mentioning(entities)
            redacted = items if in_place else list(items)
            for i, new in known.items():
                if index is not None:
                    index.replace(redacted[i], new)
                redacted[i] = new
            walk = self._for_rules if for_rules else self._entity
            # only the entities that may change are walked; with one data set, only they are visited
            for k in (range(len(todo)) if self._done is not None else sorted(mentioning)):
                i = todo[k]
                new = walk(section, items[i]) if k in mentioning else items[i]
                if self._done is not None:
                    self._done[id(items[i])] = (items[i], new)
                if index is not None and new is not items[i]:
                    index.replace(items[i], new)
                redacted[i] = new
            if index is not None:
                index.section_done()
            sections[section] = redacted
        if in_place:
            data.name = self.text(data.name)
            data._redacted = not for_rules
            index.give(data)
            return data
        out = DataSet(name=self.text(data.name), **sections)
        out._redacted = not for_rules
        return out

    def _decisive(self, section: str, items: list) -> set[int]:
        """The positions of the entities whose redaction could change what the rules find or the order they say
        it in: those referring to a person (their references and derived ids become pseudonyms, which sort
        otherwise), those of a section rules read whole as values (`DECIDED_WHOLE`), and those with a person in a
        field rules match, shorten or sort (`DECIDED_BY`). Every other text reaches the outputs only as the rules
        quote it, and is redacted there."""
        if section in DECIDED_WHOLE:
            return self._mentioning(items)
        people = self._ids
        found = set()
        for ref in _person_references(ENTITY_TYPES[section]):
            values = list(map(attrgetter(ref.field), items))  # a field of every entity at C speed (map, compress)
            if ref.how in (REQUIRED, OPTIONAL):
                found.update(compress(count(), map(people.__contains__, values)))
            else:
                found.update(i for i in compress(count(), values)
                             if any(t in people for t in targets_in(items[i], ref)))
        for field in DECIDED_BY.get(section, ()):
            values = list(map(attrgetter(field), items))
            given = list(compress(count(), values))
            found.update(given[k] for k in self._holding(list(compress(values, values))))
        return found

    def _holding(self, values: list) -> set[int]:
        """The positions of the values that may hold a person (as `_holds_person`), the texts searched at once
        (one fold and scan), each the line of its own."""
        texts = all(map(isinstance, values, repeat(str)))
        starts = list(accumulate(map((1).__add__, map(len, values)), initial=0))[:-1] if texts else None
        hits = self._hits("\n".join(values), starts) if texts else None
        if hits is None:
            return {k for k, value in enumerate(values) if self._holds_person(value)}
        return hits

    def _holds_person(self, value) -> bool:
        """Whether a text (or the texts in a list or model) may hold a person's id, name, surname or contact
        details (as `text` would replace them; an escape in the JSON of a list or model counts)."""
        value = nfc(value if isinstance(value, str) else to_json(value, by_alias=True, exclude_none=True).decode())
        return "\\" in value or self._any_words.search(value) or bool(
            self._phones and any(phone_key(m) in self._phones for m in PHONE_ANY.findall(value)))

    def repeatable(self) -> bool:
        """Whether redacting again what was redacted changes nothing: no pseudonym, label or hidden mark holds
        a person's id, name or contact details (a pseudonym a longer form of another person's id, a role's title
        a surname). Only then can part of a data set be redacted before the rules and the findings after."""
        marks = {self._hidden, *(p.id for p in self.people.values()), *(p.label for p in self.people.values())}
        return all(self.text(mark) == nfc(mark) for mark in marks)

    def shown(self, value: str) -> str:
        """A text of the output of a data set redacted `for_rules`, as `text` redacts it; the text itself, not
        normalised, when it holds no person."""
        done = self.text(value)
        return value if done == nfc(value) else done

    def _known(self, items: list) -> dict[int, object]:
        """Position → redacted version of the entities redacted before (when several data sets share them)."""
        if not self._done:
            return {}
        known = {}
        for i, entity in enumerate(items):
            done = self._done.get(id(entity))
            if done is not None and done[0] is entity:
                known[i] = done[1]
        return known

    def _for_rules(self, section: str, entity):
        """An entity as the rules see it (`dataset(for_rules=True)`): its id, references to people and the fields
        rules decide by redacted (a section of `DECIDED_WHOLE` all of it; a person named by roles, without contact
        details); the rest of its text is redacted where it is output."""
        if section in DECIDED_WHOLE:
            return self._entity(section, entity)
        own = entity.__dict__
        keys = ("id", *(r.field for r in _person_references(type(entity))), *DECIDED_BY.get(section, ()))
        given = {key: own[key] for key in keys}
        if section == "people":
            pseudonym = self.people.get(entity.id)
            given.update({"contact": None, **({"name": pseudonym.label} if pseudonym is not None else {})})
        return self._model(given, entity)

    def _entity(self, section: str, entity):
        """An entity that may mention a person, redacted (a person: named by roles, without contact details)."""
        given = {}
        if section == "people":
            pseudonym = self.people.get(entity.id)
            given = {"contact": None, **({"name": pseudonym.label} if pseudonym is not None else {})}
        return self._model({**entity.__dict__, **given}, entity)


class _Reindex:
    """A data set's index by id kept through its redaction in place, rather than built again after (40,000
    entities at 300 agreements): an entity whose id stays is put in its original's place at once; a person's
    pseudonym is a new id (and a membership's that names the person), put in at the end of the section, after
    all of the section's old ids have gone (a pseudonym may be another person's old id). Any id that is not the
    original's, or is taken, drops the index: it is built anew when first asked for."""

    def __init__(self, data: DataSet):
        index = data.__dict__.get("by_id")
        unique = index is not None and len(index) == sum(len(items) for _, items in data.sections())
        self.index: dict | None = index if unique else None
        self.moved: list[tuple] = []

    def replace(self, old, new) -> None:
        if self.index is None:
            return
        if old.id != new.id:
            self.moved.append((old, new))
        elif self.index.get(old.id) is old:
            self.index[old.id] = new
        else:
            self.index = None

    def section_done(self) -> None:
        moved, self.moved = self.moved, []
        if self.index is None:
            return
        for old, _ in moved:
            if self.index.pop(old.id, None) is not old:
                self.index = None
                return
        for _, new in moved:
            if self.index.setdefault(new.id, new) is not new:
                self.index = None
                return

    def give(self, data: DataSet) -> None:
        """The index to the redacted data set (the order of its keys does not matter to a lookup)."""
        if self.index is not None and len(self.index) == sum(len(items) for _, items in data.sections()):
            data.__dict__["by_id"] = self.index


DECIDED_WHOLE = frozenset({"statements"})
"""Sections whose text rules compare as values (a fact stated twice), lower-case and sort: redacted whole before
the rules even when the rest of the text waits for the output (`Redaction.dataset(for_rules=True)`)."""

DECIDED_BY: dict[str, tuple[str, ...]] = {
    "organisations": ("name", "short_name"),
    "roles": ("title",),
    "priority_areas": ("name",),
    "groups": ("name", "requirements"),
    "activities": ("name",),
    "memberships": ("condition",),
    "action_items": ("measure",),
}
"""Per section, the fields whose text rules match against the profile's names and titles (a group's
requirements name titles too), sort (a membership's condition) or shorten (an action item's measure): an entity
with a person in one is redacted before the rules."""


@cache
def _person_references(entity_type: type) -> tuple:
    """The references of an entity type that may point at a person."""
    return tuple(r for r in references_of(entity_type) if any(issubclass(Person, t) for t in r.targets))


_NO_TEXT = frozenset({bool, int, float, dt.date})
"""Field values that hold no string (exactly these types: a subclass takes the general way)."""


@cache
def _field_names(dataclass_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(dataclass_type))


_ENTITY_START = '{"id":'


def _starts(text: str, count: int) -> list[int] | None:
    """The offsets of the `count` entities' texts in the JSON text of a list of them, or None if it holds another
    number of `{"id":`."""
    starts = []
    found = text.find(_ENTITY_START)
    while found >= 0:
        starts.append(found)
        found = text.find(_ENTITY_START, found + len(_ENTITY_START))
    return starts if len(starts) == count else None


def is_redacted(data: DataSet) -> bool:
    """Whether a data set holds no personal data to hide: it has no people, or it is a copy made here."""
    return data._redacted or not data.people


def redact(data: DataSet, lang: str = "sv") -> DataSet:
    """A copy of a data set without personal data (see the module's docstring)."""
    return Redaction(data, lang=lang).dataset(data)
