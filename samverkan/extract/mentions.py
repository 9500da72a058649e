"""Lists of participants → mentions of roles and organisations."""

from __future__ import annotations

import re

from samverkan.extract.fields import collapse_repeat, split_commas

HEADS = (
    "stadsdelsdirektör", "lokalpolisområdeschef", "kommunpolis", "trygghets-", "säkerhets", "preventionssamordnare",
    "samordnare", "förvaltningschef", "säkerhetsdirektör", "biträdande", "avdelningschef", "kommunikatör",
    "enhetschef", "chef ", "en funktion", "representant", "gruppchef", "insatsledare", "socialsekreterare",
    "rektor", "stadens ", "polisområdeschef", "stadsdirektör",
)
ORG_ENDINGS = ("förvaltningen", "kontoret", "bostadsbolag", "bolagen", "rådet")


def _starts_mention(text: str) -> bool:
    low = text.casefold()
    first = low.split()[0] if low.split() else ""
    return low.startswith(HEADS) or first.endswith(ORG_ENDINGS)


def split_and(item: str) -> list[str]:
    """Split "A och B" where B begins a new mention ("kommunpolis och en funktion med mandat ...")."""
    depth = 0
    for match in re.finditer(r"[()]| och ", item):
        token = match.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and not item[: match.start()].endswith("-"):
            right = item[match.end():]
            if _starts_mention(right):
                return [item[: match.start()].strip(), *split_and(right)]
    return [item]


def split_party_genitive(item: str) -> list[str]:
    """ "tillsynsansvarig polisens gruppchef ..." (a comma lost) → two mentions."""
    found = re.search(r"\s(polisens|stadsdelsförvaltningens)\s", item)
    if found and found.start() > 0:
        return [item[: found.start()].strip(), item[found.start():].strip()]
    return [item]


def split_mentions(text: str) -> list[str]:
    out = []
    for item in split_commas(text):
        for part in split_and(item):
            out += split_party_genitive(collapse_repeat(part))
    return [" ".join(p.split()).strip(" .") for p in out if p.strip(" .")]
