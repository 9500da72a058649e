"""The people of a letter or e-mail in words a reader of agreements knows: "jag", "du", "Peter" become the
function and the whole name ("lokalpolisområdeschef Peter Låtsasson"), as the letter itself tells them: the
sender and the receiver in its header ("Från: …", "Till: …"), a name's function in a signature block (the name on
a line, its function on the next), in brackets ("Amira (trygghetssamordnare)") or in a relative clause ("Peter,
som är vår lokalpolisområdeschef")."""

from __future__ import annotations

import re
from dataclasses import replace

from samverkan.extract.document import Document
from samverkan.extract.meaning.phrases import PERSON
from samverkan.extract.meaning.text import Unit, lemma
from samverkan.extract.thread import is_mail, opening

NAME = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
PERSON_NAME = re.compile(rf"{NAME}(?:\s+{NAME}){{1,2}}")
# "Till: Olle Fiktivsson <olle@…>; Peter Låtsasson <…>": the people a header line names
HEADER = re.compile(r"(?i)^\s*(?P<field>från|from|till|to|kopia|cc)\s*:\s*(?P<value>.+)$")
FUNCTION = r"(?P<function>[a-zåäö]+(?:\s+[a-zåäö]+)?)"
# "Amira (trygghetssamordnare)", "Peter, som ju är vår lokalpolisområdeschef,"
APPOSITION = re.compile(rf"\b(?P<name>{NAME})\s*\({FUNCTION}\)|\b(?P<name2>{NAME}),\s+som\s+(?:ju\s+|också\s+)?är\s+"
                        rf"(?:vår|er|min|din|deras)\s+{FUNCTION.replace('function', 'function2')}\b")
SENDER, RECEIVER = {"från", "from"}, {"till", "to"}
PRONOUNS = {"jag": SENDER, "mig": SENDER, "du": RECEIVER, "dig": RECEIVER}


def _is_function(words: str) -> bool:
    return bool(words) and len(words.split()) <= 3 and bool(PERSON.search(lemma(words.split()[-1])))


def _people(doc: Document) -> tuple[dict[str, str], dict[str, str], dict[str, set[str]]]:
    """The letter's people: whole name → function, first name → whole name, header field → whole names."""
    lines = [re.sub(r"^\s*(?:>\s*)*", "", line).strip() for line in doc.raw]
    functions: dict[str, str] = {}
    fields: dict[str, set[str]] = {}
    for line in opening(lines):
        if m := HEADER.match(line):
            names = {p.group() for p in PERSON_NAME.finditer(re.sub(r"<[^>]*>", "", m.group("value")))}
            fields.setdefault(m.group("field").casefold(), set()).update(names)
    for above, below in zip(lines, lines[1:], strict=False):  # a signature: the name, its function under it
        if PERSON_NAME.fullmatch(above) and _is_function(below.casefold()):
            functions.setdefault(above, below.casefold())
    known = {n for names in fields.values() for n in names} | set(functions)
    first = {}
    for name in known:
        first[name.split()[0]] = name if name.split()[0] not in first else ""  # two Peters: neither
    text = " ".join(lines)
    for m in APPOSITION.finditer(text):
        name, function = m.group("name") or m.group("name2"), m.group("function") or m.group("function2")
        whole = first.get(name) or (name if name in known else "")
        if whole and _is_function(function):
            functions.setdefault(whole, function)
    return functions, {k: v for k, v in first.items() if v}, fields


# "Nu söker vi en trygghetssamordnare", "Vi söker en samordnare som …": the post a job advertisement offers
WANTED = re.compile(r"(?i)\b(?:söker\s+vi|vi\s+söker)\s+(?:nu\s+)?(?:en|ett)\s+(?P<function>[a-zåäö]+)\b")
YOU = re.compile(r"\b(?:[Dd]u|[Dd]ig)\b")


def the_post(units: list[Unit]) -> str | None:
    """The function a job advertisement seeks, whom its "du" means; None in any other document."""
    found = {lemma(m.group("function")) for u in units for m in WANTED.finditer(u.text)}
    found = {f for f in found if _is_function(f)}
    return found.pop() if len(found) == 1 else None


def in_post(units: list[Unit]) -> list[Unit]:
    """The units of a job advertisement with its "du" as the function it seeks ("Du är gruppens sekreterare" →
    "Trygghetssamordnaren är …"); any other document's as they are."""
    post = the_post(units)
    if post is None:
        return units
    definite = post + ("n" if post.endswith("e") else "en")

    def said(m: re.Match) -> str:
        return definite.capitalize() if m.group()[0].isupper() else definite

    new = {id(u): replace(u, text=YOU.sub(said, u.text)) if u.kind != "heading" else u for u in units}
    for unit in new.values():
        unit.items = [new.get(id(i), i) for i in unit.items]
    return [new[id(u)] for u in units]


def in_words(doc: Document, units: list[Unit]) -> list[Unit]:
    """The units of an e-mail with its people in words (see the module's docstring), of a job advertisement with
    its "du" as the post; any other document's as they are."""
    if not is_mail(doc.raw):
        return in_post(units)
    functions, first, fields = _people(doc)
    who = {w: next(iter(names)) for w, f in PRONOUNS.items()
           if len(names := {n for k in f for n in fields.get(k, set())}) == 1}
    refs = {**{n: n for n in functions}, **{f: n for f, n in first.items() if n in functions}, **who}
    refs = {r: n for r, n in refs.items() if n in functions}
    if not refs:
        return units
    rx = re.compile(r"\b(?:" + "|".join(re.escape(r) for r in sorted(refs, key=len, reverse=True)) + r")\b",
                    re.IGNORECASE)

    def said(m: re.Match) -> str:
        ref = m.group()
        name = refs.get(ref) or (refs.get(ref.casefold()) if ref.casefold() in PRONOUNS else None)
        return f"{functions[name]} {name}" if name else ref

    new = {id(u): replace(u, text=rx.sub(said, u.text)) if u.kind != "heading" else u for u in units}
    for unit in new.values():
        unit.items = [new.get(id(i), i) for i in unit.items]
    return [new[id(u)] for u in units]
