"""Names in the document → ids of organisations and roles in a register; what does not resolve is said so.

A mention is first taken apart ("Socialförvaltningen/EU-teamet", "Civilsamhället (Röda Korset, RFSL)",
"Ordförandena i funktionshinderrådet, pensionärsrådet"), then each part is matched: an organisation by its
name, short name or other names; a role by its title among the roles of the organisation the mention names
or, failing that, of the party it is listed for. A near tie between two candidates is ambiguous, not a guess.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from samverkan.extract.fields import split_commas
from samverkan.model.dataset import DataSet
from samverkan.model.entities import Organisation, Role
from samverkan.model.names import name_of

PLURALS = [("chefer", "chef"), ("törer", "tör"), ("torer", "tor"), ("rer", "r"), ("oner", "on"), ("tare", "tare"),
           ("anter", "ant"), ("ansvarige", "ansvarig"), ("poliser", "polis"), ("samordnarna", "samordnare"),
           ("ordförandena", "ordförande")]
SYNONYMS = {
    "lokalpolisområdets chef": "lokalpolisområdeschef",
    "ts-samordnare": "trygghets- och säkerhetssamordnare",
    "polis i yttre tjänst": "personal i yttre tjänst",
    "poliser i yttre tjänst": "personal i yttre tjänst",
    "nämndpresidie": "nämndpresidiet",
    "preventionssmordnare": "preventionssamordnare",
    "skola": "rektor",
}
GENERIC_ORGS = {
    "stadsdelsförvaltningen": "city", "stadsdelsförvaltning": "city", "sdf": "city", "förvaltningen": "city",
    "kommunen": "city", "polisen": "police", "polis": "police", "lokalpolisområdet": "police",
    "lokalpolisområde": "police",
}
HEAD_OF = {"police_area": "polisområdeschef", "local_police_area": "lokalpolisområdeschef",
           "district_administration": "stadsdelsdirektör", "specialist_administration": "förvaltningschef",
           "police_region": "regionpolischef"}
QUALIFIERS = re.compile(
    r"(?i)\s+(?:för|inom|hos|vid|från|i)\s+(?:det\s+|den\s+)?(?:\w+s?\s+)?"
    r"(?:stadsdels\w*|lokalpolisområde\w*|polis\w*|sdf)\b.*$"
)
LOOSE = re.compile(r"(?i)\s+(?:på|för|inom|hos|vid|i|från|eller)\s+.*$")


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60] or "x"


def key(text: str) -> str:
    return " ".join(re.sub(r"[”“\"'()]", " ", text).casefold().split()).strip(" .,:;")


def singular(title: str) -> str:
    words = title.split()
    if not words:
        return title
    first = words[0]
    for plural, one in PLURALS:
        if first.endswith(plural) and len(first) > len(plural) + 2:
            first = first[: -len(plural)] + one
            break
    return " ".join([first, *words[1:]])


@dataclass
class Resolution:
    mention: str
    ids: list[str] = field(default_factory=list)
    how: str = "register"  # register | draft | unresolved | ambiguous
    detail: str = ""


class Resolver:
    """Resolves mentions against a register (or none); parties maps 'city'/'police' to the party's org id."""

    def __init__(self, register: DataSet | None, parties: dict[str, str]):
        self.register = register or DataSet()
        self.parties = parties
        self.orgs = list(self.register.organisations)
        self.roles = list(self.register.roles)
        self.org_names: list[tuple[str, Organisation]] = []
        for org in self.orgs:
            for name in [org.name, org.short_name, *org.other_names]:
                if name:
                    self.org_names.append((key(name), org))

    # --- organisations -------------------------------------------------------------------------

    def organisation(self, mention: str) -> Organisation | None:
        text = key(mention)
        generic = GENERIC_ORGS.get(text)
        if generic and generic in self.parties:
            return self._org(self.parties[generic])
        best: tuple[float, Organisation] | None = None
        for name, org in self.org_names:
            score = max(fuzz.ratio(text, name), fuzz.ratio(_genitive(text), name), fuzz.ratio(text, _word_order(name)),
                        fuzz.ratio(_genitive(text), _word_order(name)))
            if score >= 92 and (best is None or score > best[0]):
                best = (score, org)
        return best[1] if best else None

    def _org(self, org_id: str) -> Organisation | None:
        found = self.register.get(org_id)
        return found if isinstance(found, Organisation) else None

    def org_in(self, mention: str) -> Organisation | None:
        """An organisation named inside a longer mention ("Preventionssamordnare Norrmalms stadsdelsförvaltning")."""
        text = key(mention)
        hits = []
        for name, org in self.org_names:
            if len(name) < 4:
                continue
            for variant in {name, _word_order(name), _genitive_of(_word_order(name))}:
                if re.search(rf"(?:^|\s){re.escape(variant)}(?:s)?(?:\s|$)", text):
                    hits.append((len(variant), org))
        if hits:
            return max(hits, key=lambda h: h[0])[1]
        return None

    # --- roles ---------------------------------------------------------------------------------

    def role(self, mention: str, org: Organisation | None, party: str | None) -> Resolution:
        strip = org or (self._org(self.parties[party]) if party in self.parties else None)
        exact = self.title_of(mention, None, qualifiers=False)
        title = self.title_of(mention, strip)
        variants = [exact, title, LOOSE.sub("", title)]
        scopes = [self._scope(org, party)]
        if org is not None and party in self.parties:
            scopes.append({self.parties[party]})
        for scope in scopes:
            for variant in dict.fromkeys(v for v in variants if v):
                found = self._match(variant, scope, org, party, mention)
                if found.how != "unresolved":
                    return found
        return Resolution(mention, [], "unresolved", title)

    def _match(self, title: str, scope, org, party, mention) -> Resolution:
        scored = []
        for role in self.roles:
            if scope is not None and role.organisation not in scope:
                continue
            a, b = key(title), key(role.title)
            score = max(fuzz.ratio(a, b), fuzz.ratio(singular(a), b))
            if score >= 88:
                scored.append((score, role))
        scored.sort(key=lambda sr: (-sr[0], sr[1].id))
        if not scored:
            return Resolution(mention, [], "unresolved", title)
        best = [r for s, r in scored if s >= scored[0][0] - 2]
        if len({r.organisation for r in best}) > 1 and len(best) > 1:
            preferred = [r for r in best if org is not None and r.organisation == org.id]
            preferred = preferred or [r for r in best if party and r.organisation == self.parties.get(party)]
            preferred = preferred or [r for r in best if party is None and r.organisation in self.parties.values()]
            if len(preferred) == 1:
                return Resolution(mention, [preferred[0].id], "register")
            return Resolution(mention, [], "ambiguous", ", ".join(name_of(self.register, r.id) for r in best))
        return Resolution(mention, [best[0].id], "register")

    def _scope(self, org: Organisation | None, party: str | None) -> set[str] | None:
        if org is not None:
            return {org.id}
        if party in self.parties:
            return {self.parties[party]}
        return None

    def title_of(self, mention: str, org: Organisation | None, qualifiers: bool = True) -> str:
        """The title in a mention, without the organisation it names ("Kommunpolis Norrmalm" → "kommunpolis")."""
        text = key(mention)
        if qualifiers:
            text = QUALIFIERS.sub("", text)
            text = re.sub(r"\s+(?:med\s+ansvar|eller\s+motsvarande)\b.*$", "", text)
            names = {key(o.name) for o in [org, *[self._org(i) for i in self.parties.values()]] if o is not None}
            for variant in sorted({v for name in names for v in _variants(name)}, key=len, reverse=True):
                text = re.sub(rf"(?:^|\s){re.escape(variant)}(?=\s|$)", " ", text)
            text = re.sub(r"(?:^|\s)(sdf|polisens|stadsdelsförvaltningens|stadsdelsförvaltnings)(?=\s|$)", " ", text)
        text = " ".join(text.split())
        if org is not None and re.fullmatch(r"chef(?:en|erna)?(?:\s+för)?", text) and org.kind in HEAD_OF:
            text = HEAD_OF[org.kind]  # "chef för polisområde syd" → polisområdeschef (of po-syd)
        text = SYNONYMS.get(text, text)
        return SYNONYMS.get(singular(text), singular(text))

    # --- a whole mention -----------------------------------------------------------------------

    def parts(self, mention: str) -> list[tuple[str, Organisation | None]]:
        """A mention taken apart: (part, organisation it belongs to) pairs."""
        text = " ".join(mention.split()).strip(" .")
        head, inner = text, []
        found = re.match(r"^(?P<head>[^(:]+?)\s*(?:\((?P<paren>[^)]*)\)|:\s*(?P<colon>.+))$", text)
        if found:
            head = found.group("head").strip()
            inner = split_commas(found.group("paren") or found.group("colon") or "")
            inner = [p.strip() for part in inner for p in re.split(r"/|\s+&\s+|(?<!-)\s+och\s+", part) if p.strip()]
        pieces = [p.strip() for p in head.split("/") if p.strip()] if "/" in head else [head]
        org = self.organisation(pieces[0])
        out: list[tuple[str, Organisation | None]] = []
        if org is not None:
            out.append((pieces[0], None))
            out += [(p, org) for p in pieces[1:] + inner]
            return out
        if len(pieces) > 1:
            out += [(p, None) for p in pieces]
        else:
            distributed = re.match(r"(?i)^(?P<head>\w+)\s+i\s+(?P<rest>.+,.+)$", head)
            if distributed:
                out += [(f"{singular(distributed.group('head'))} i {x}", None)
                        for x in split_commas(distributed.group("rest"))]
            else:
                out.append((head, None))
        out += [(p, None) for p in inner if self.organisation(p) is not None]
        if inner and not any(self.organisation(p) for p in inner) and not out[0][0]:
            out += [(p, None) for p in inner]
        return out

    def resolve(self, mention: str, party: str | None) -> list[Resolution]:
        results = []
        for part, org in self.parts(mention):
            direct = self.organisation(part)
            if direct is not None and (org is None or direct.id != org.id):
                results.append(Resolution(part, [direct.id], "register"))
                continue
            owner = org or self.org_in(part)
            results.append(self.role(part, owner, party))
        return results


def _variants(name: str) -> list[str]:
    """A name with and without the genitive s on its words, and its distinctive single words."""
    words = name.split()
    out = {name}
    if words:
        out |= {" ".join([words[0] + "s", *words[1:]]), " ".join([*words[:-1], words[-1] + "s"])}
        generic = ("stadsdelsförvaltning", "stadsdelsnämnd", "lokalpolisområde", "polisområde")
        for w in words:
            if len(w) >= 4 and w not in generic:
                out |= {w, w + "s"}
    return sorted(out, key=len, reverse=True)


def _genitive(text: str) -> str:
    """ "norrmalms stadsdelsförvaltning" → "norrmalm stadsdelsförvaltning" (the register's form)."""
    words = text.split()
    return " ".join([w[:-1] if w.endswith("s") and i == 0 and len(words) > 1 else w for i, w in enumerate(words)])


def _genitive_of(name: str) -> str:
    words = name.split()
    if not words:
        return name
    return " ".join([words[0] + ("" if words[0].endswith("s") else "s"), *words[1:]])


def _word_order(name: str) -> str:
    """ "norrmalm stadsdelsförvaltning" ↔ "norrmalms stadsdelsförvaltning"; "lokalpolisområde norrmalm" as is."""
    words = name.split()
    if len(words) == 2 and words[1] in ("stadsdelsförvaltning", "stadsdelsnämnd"):
        return f"{words[0]} {words[1]}"
    return name


__all__ = ["Resolution", "Resolver", "Role", "slug", "key", "singular"]
