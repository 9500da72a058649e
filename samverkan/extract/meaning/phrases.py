"""Noun phrases of agreements: group names, lists of members, functions and organisations, normalised the way a
reader lists them (a function in the nominative singular, an organisation as written)."""

from __future__ import annotations

import re

from samverkan.extract.meaning.text import fold, lemma

# the last part of a word that makes it the name of a group ("styrgruppen", "trygghetsrådet", "LÖK-nätverket")
GROUP_WORD = re.compile(
    r"(?i)\b(?P<word>[\wåäöÅÄÖ-]*?(?:grupp|samråd|råd|forum|nätverk|team|kommitté)|samordnarna(?=\b))"
    r"(?P<ending>en|et|er|erna|ens|ets|s|na|ernas|ets)?\b")
GROUP_ADJECTIVE = re.compile(r"(?i)^(?:[\wåäö]+(?:isk|iv|al|ell|ande|ende|ig|ad|ral|ag)[at]?|lokal[at]?|"
                             r"central[at]?|gemensamm?[at]?|särskild[at]?|nya?)$")
NOT_GROUP = re.compile(r"(?i)^(?:kriminella|kriminellt|sociala|ge|gav|samråd)$")
ORG_TAIL = re.compile(r"(?i)(?:förvaltning|nämnd|kontor|tjänst|enhet|myndighet|styrelse|utskott|liv|vård|kassa|verk|"
                      r"avdelning|region|kommun|stad|bolag|område|förbund|mission|kyrka|församling)"
                      r"(?:en|et|n|s)?$|^(?:lokal)?polisen$")
PARTY_GENITIVE = re.compile(r"(?i)^(?:kommunens|stadens|polisens|stadsdelsförvaltningens|förvaltningens|"
                            r"stadsdelsnämndens|nämndens|lokalpolisområdets|[\wåäö]*förvaltningens)$")
DETERMINER = re.compile(r"(?i)^(?:en|ett|den|det|de|dess|alla|samtliga|berörda|två|tre|fyra|fem|några|övriga|"
                        r"respektive)\s+")
REPRESENTATIVE = re.compile(r"(?i)^(?:(?:en|två|tre)\s+)?(?:representant(?:er(?:na)?)?|företrädare)\s+(?:för|från)\s+")
SPLIT = re.compile(r"\s*,\s*|\s+(?:och|samt|liksom)\s+|\s*;\s*")
TRAILING = re.compile(r"(?i)\s*(?:\([^)]*\)|,?\s*(?:tillsammans med|i området|i stadsdelen|vid behov)\b.*)$")


def split_list(text: str) -> list[str]:
    """"A, B och C" → [A, B, C]; "individ- och familjeomsorg" stays whole."""
    protected = re.sub(r"-\s+(och|eller)\s+", r"-§\1§", text)
    parts = [p.replace("§och§", " och ").replace("§eller§", " eller ") for p in SPLIT.split(protected)]
    return [p.strip(" .:;") for p in parts if p.strip(" .:;")]


def member(text: str) -> str | None:
    """One member as a reader lists it: "lokalpolisområdeschefen" → "lokalpolisområdeschef", "rektorerna i
    området" → "rektor", "en representant för Svenska Bostäder" → "Svenska Bostäder"."""
    text = " ".join(text.split()).strip(" .,:;\"”“'*_")
    text = TRAILING.sub("", text)
    text = REPRESENTATIVE.sub("", text)
    text = DETERMINER.sub("", text)
    text = REPRESENTATIVE.sub("", text)
    words = text.split()
    if not words or len(words) > 9:
        return None
    if len(words) >= 2 and PARTY_GENITIVE.match(words[0]) and not ORG_TAIL.search(words[-1]):
        words = words[1:]
    if _proper(words):
        return " ".join(words)
    first = words[0]
    if ORG_TAIL.search(first) and (fold(first).endswith(("en", "et")) or first[:1].isupper()) \
            and len(words) == 1 or ORG_TAIL.search(words[-1]) and len(words) > 1 and words[0].endswith("s"):
        return " ".join(words) if first[:1].isupper() and first[1:].islower() is False else _lower_first(words)
    if ORG_TAIL.search(first) and fold(first).endswith(("en", "et")):
        return _lower_first(words)
    if len(words) > 1 and first.casefold().endswith("s") and not first.casefold().endswith("ss"):
        return " ".join([first.lower(), *words[1:]])  # a genitive ("fritidsgårdens föreståndare")
    return " ".join([lemma(first), *words[1:]])


def _lower_first(words: list[str]) -> str:
    first = words[0]
    if first[:1].isupper() and _looks_proper(first):
        return " ".join(words)
    return " ".join([first.lower(), *words[1:]])


def _looks_proper(word: str) -> bool:
    """A capitalised word that is a name rather than a common word at the start of a list item."""
    return word[:1].isupper() and word.casefold() in {"kriminalvården", "försäkringskassan", "kronofogden",
                                                       "skatteverket", "tullverket", "länsstyrelsen"}


def _proper(words: list[str]) -> bool:
    """Two or more capitalised words ("Svenska Bostäder", "Stockholms Stadsmission"), or one capitalised word
    after the first ("City i Samverkan")."""
    caps = [w[:1].isupper() for w in words]
    return sum(caps) >= 2 or (len(words) > 1 and any(caps[1:])) or (len(words) == 1 and _looks_proper(words[0]))


def members(text: str) -> list[str]:
    out: list[str] = []
    for part in split_list(text):
        found = member(part)
        if found and found.casefold() not in {m.casefold() for m in out} and not GROUP_WORD.fullmatch(found):
            out.append(found)
    return out


def group_kind(name: str, context: str = "") -> str:
    low = fold(name)
    if re.search(r"styrgrupp|ledningsgrupp|chefs?samrad|ledning\b|styrelse", low):
        return "steering"
    if re.search(r"bered|taktisk", low) or re.search(r"\bbereder\b|\bförbereder\b", context):
        return "preparation"
    if re.search(r"samordn", low):
        return "coordinators"
    if re.search(r"forum", low):
        return "forum"
    if re.search(r"rad(et|en|ets)?$|\brad\b|brå\b", low) and "samrad" not in low:
        return "council"
    return "working"
