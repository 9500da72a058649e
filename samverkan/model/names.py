"""What people call an entity, and the same words put in place of ids in a text meant for people."""

from __future__ import annotations

import re
from functools import lru_cache

from samverkan.model.entities import Agreement, Organisation, Person, Role
from samverkan.model.fields import value_word

# An id as entities.Id allows it, ending in a letter or digit (so a sentence's full stop stays outside).
ID_TOKEN = re.compile(r"(?<![\w\-/.~>])[a-z0-9](?:[a-z0-9\-_./~>]*[a-z0-9])?(?![\w\-/~>])")


def name_of(data, entity_id: str | None, *, within: str | None = None) -> str:
    """The entity's name as its document writes it; a role with its organisation; a group, activity or area
    of another agreement than `within` with that agreement's title. Unknown ids come back as they are."""
    entity = data.get(entity_id) if entity_id else None
    if entity is None:
        return entity_id or ""
    if isinstance(entity, Role):
        org = data.get(entity.organisation)
        return f"{entity.title} ({_org_name(org)})" if isinstance(org, Organisation) else entity.title
    if isinstance(entity, Organisation):
        return entity.name
    if isinstance(entity, Agreement):
        return entity.title
    name = getattr(entity, "name", None) or getattr(entity, "title", None)
    if not isinstance(name, str) or not name:
        return entity_id
    home = getattr(entity, "agreement", None)
    if within is not None and isinstance(home, str) and home != within:
        agreement = data.get(home)
        if isinstance(agreement, Agreement):
            return f"{name} ({agreement.title})"
    return name


THIS_AGREEMENT = {"sv": "överenskommelsen", "en": "the agreement"}


def in_words(data, text: str, *, within: str | None = None, lang: str = "sv") -> str:
    """`text` with every id of an entity replaced by its name (people's ids are left to the redaction); the
    agreement `within` itself, whose title heads the findings, is "the agreement"."""
    if not text:
        return text
    known = getattr(data, "by_id", None)  # a DataSet's index: most tokens are words, not ids, and go untouched
    if not isinstance(known, dict):
        known = None
    elif known.keys().isdisjoint(ID_TOKEN.findall(text)):
        return text

    def named(match: re.Match) -> str:
        token = match.group(0)
        if known is not None and token not in known:
            return token
        entity = data.get(token)
        if entity is None or isinstance(entity, Person) or not _has_name(entity):
            return token
        if token == within and isinstance(entity, Agreement):
            words = THIS_AGREEMENT.get(lang, THIS_AGREEMENT["sv"])
            starts = match.start() == 0 or text[:match.start()].rstrip().endswith((".", "!", "?"))
            return words[0].upper() + words[1:] if starts else words
        return name_of(data, token, within=within)

    return ID_TOKEN.sub(named, text)


def mentions(text: str, ids: set[str] | frozenset[str]) -> bool:
    """Whether `in_words` would look up one of `ids` in `text`."""
    return bool(ids) and not ids.isdisjoint(ids_in(text))


@lru_cache(maxsize=1 << 16)
def ids_in(text: str) -> frozenset[str]:
    """The tokens of `text` that `in_words` looks up (`impact --rank` asks of the same messages for every
    candidate that recomputes them: remembered)."""
    return frozenset(ID_TOKEN.findall(text))


DERIVED_PARTS = re.compile(r"(~>|~)")
PART_JOINS = {"~>": " → ", "~": " · "}


def parts_in_words(data, entity_id: str, lang: str = "sv") -> str:
    """An entity without a name (a membership, a reporting line, a responsibility) in words: what its id is made
    of, each part by the name of the entity it is, or the word of the field value it is."""
    entity = data.get(entity_id)
    out = []
    for part in DERIVED_PARTS.split(entity_id):
        if part in PART_JOINS:
            out.append(PART_JOINS[part])
        elif data.get(part) is not None:
            out.append(name_of(data, part))
        else:
            fields = [f for f, v in getattr(entity, "__dict__", {}).items() if v == part]
            out.append(next((w for f in fields for w in [value_word(entity, f, part, lang)] if w), part))
    return "".join(out)


def _has_name(entity) -> bool:
    fields = type(entity).model_fields  # a model without the attribute answers getattr slowly, by an exception
    return any(a in fields and isinstance(getattr(entity, a), str) for a in ("name", "title"))


def _org_name(org: Organisation) -> str:
    return org.name


def named(data, entity_id: str | None) -> str | None:
    """The name people call the entity, or None for an entity without one (a statement, a membership) and for
    a person (people are named only where the redaction allows)."""
    entity = data.get(entity_id) if entity_id else None
    if entity is None or isinstance(entity, Person) or not _has_name(entity):
        return None
    return name_of(data, entity_id)
