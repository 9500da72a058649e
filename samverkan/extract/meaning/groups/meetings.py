"""How often a group meets: the frequency a sentence gives (`meeting_frequency`), the other group a group
calls together, and meetings set by another group's."""

from __future__ import annotations

import re

from samverkan.extract.meaning import frequency
from samverkan.extract.meaning.groups.model import Group
from samverkan.extract.meaning.groups.names import mentions
from samverkan.extract.meaning.groups.words import MEETS, finite

# "A kallar till B": B meets when A calls it
CALLS_TO = re.compile(r"(?i)\b(?:kallar|sammankallar)\s+(?:in\s+)?till\s+(?=[\wåäö-]*(?:grupp|forum|råd|nätverk|team))")


class MeetingReading:
    """Reads how often a group meets where another group's meetings say it."""

    def settle_meetings(self) -> None:
        """A group that meets before each meeting of another ("ses två veckor före varje möte i styrgruppen")
        meets as often as that group; one whose meetings a plan dates, two or more, as often as the plan lists
        where the text gives no count ("Extra möte kan kallas in vid behov" adds to them)."""
        for g in self.groups.values():
            if len(g.dated) >= 2 and g.fields.get("frequency_per_year") is None:
                g.set("frequency_per_year", len(g.dated), g.dated[0] | g.dated[-1], force=True)
            other = next((x for x in self.groups.values() if x.name == self.resolve(g.meets_before, g)), None) \
                if g.meets_before and "frequency_per_year" not in g.fields else None
            if other is not None and other is not g and "frequency_per_year" in other.fields:
                g.set("frequency_per_year", other.fields["frequency_per_year"], g.span)

    def _called_to(self, g: Group, text: str) -> Group | None:
        """"Styrgruppen kallar till forumet två gånger per år": the other group a group calls together, whose
        meetings the sentence's frequency counts; None when it calls no other."""
        if (calls := CALLS_TO.search(text)) is None:
            return None
        found = [m for m in mentions(text[calls.end():]) if not m.bare][:1]
        other = (self.groups.get(found[0].key) or self._alias(found[0])) if found else None
        return other if other is not None and other is not g else None


# "A och B adjungeras vid behov", "vid behov deltar C": who takes part when needed, not how often the group meets
TAKES_PART_AS_NEEDED = re.compile(r"(?i)\b(?:adjungeras|deltar|ingår|medverkar|närvarar|bjuds\s+in)\s+"
                                  r"(?:även\s+|också\s+)?vid\s+behov\b|"
                                  r"\bvid\s+behov\s+(?:adjungeras|deltar|ingår|medverkar|närvarar|bjuds\s+in)\b")


# "bör träffas oftare än två gånger per år": a count compared with, not how often it meets
COMPARED = re.compile(r"(?i)\b(?:oftare|tätare|glesare|mer\s+sällan|mindre\s+ofta)\s+än\s+[^.;,]*|"
                      r"\bi\s+stället\s+för\s+[^.;,]*")  # "varannan vecka i stället för varje månad": the old way
_COUNT = r"\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv"
# "från sex till fyra (möten) per år": a count changed, the new one with the period it shares with the old
CHANGED_COUNT = re.compile(rf"(?i)\bfrån\s+(?:{_COUNT})\s+till\s+(?P<new>{_COUNT})"
                           r"(?:\s+(?P<noun>gånger|möten|träffar))?\s+(?P<per>(?:per|om|i|varje)\s+[\wåäö]+)")


def meeting_frequency(text: str) -> frequency.PerYear | None:
    """How often a sentence says its group meets: read in the verb phrase of meeting when the sentence joins
    another verb phrase with a count of its own ("möts kvartalsvis och informerar nämnden en gång om året")."""
    text = COMPARED.sub("", TAKES_PART_AS_NEEDED.sub("", text))
    text = CHANGED_COUNT.sub(lambda m: f"{m.group('new')} {m.group('noun') or 'gånger'} {m.group('per')}", text)
    cuts = [m.start() for m in re.finditer(r"\s(?:och|samt)\s+([\wåäö]+)", text) if finite(m.group(1))]
    phrases = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)] if cuts else []
    for phrase in phrases:
        if MEETS.search(phrase) and (freq := frequency.per_year(phrase)) is not None:
            return freq
    return frequency.per_year(text)
