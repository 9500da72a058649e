"""What is settled once the whole text is read: candidate groups it did not bear out, the kinds of groups by
their members and levels, groups named in the plural."""

from __future__ import annotations

import re

from samverkan.extract.meaning.groups.model import Group
from samverkan.extract.meaning.phrases import GROUP_WORD, OUTSIDE, group_kind
from samverkan.extract.meaning.text import fold

# a name that opens with a neuter group word whose adjective shows the plural, no article before it ("Lokala
# trygghetsforum i Nyby"; the singular is "Lokalt trygghetsforum")
PLURAL_NEUTER_NAME = re.compile(r"(?i)^[a-zåäö]{3,}a\s+(?P<word>[\wåäö-]*(?:forum|råd|nätverk|team))(?:\s|$)")


def _role_word(member: str) -> str:
    """A member's role without the phrase that tells where it sits ("trygghetssamordnare från
    utbildningsförvaltningen", "skolchef för grundskolan"): what the member is."""
    return re.split(r"\s+(?:för|från|på|vid|inom|i|hos)\s+", member)[0]


def _coordinating_pair(g: Group) -> bool:
    """A group of two coordinators, the municipality's samordnare or strateg and a polis, that meets every week
    or more often; not one its name sets at a level ("Den operativa gruppen": of that level's kind)."""
    listed = g.fields.get("members") or []
    if re.search(r"operativ|taktisk|strategisk", g.key):
        return False
    roles = [_role_word(m) for m in listed]
    return len(listed) == 2 and all(re.search(r"(?:samordnare|strateg|polis)$", r) for r in roles) \
        and sum(r.endswith("polis") for r in roles) == 1 and (g.fields.get("frequency_per_year") or 0) >= 52


class Settling:
    """Settles what the whole text tells once it is read."""

    def drop_unconfirmed(self) -> None:
        """A heading's candidate group, or people's ("målgruppen består av …"), that the sentences did not bear
        out is no group; nor is one the text tells of only in the past tense, nor one it only says is informed of
        the work."""
        for g in self.groups.values():
            told = sum(k in g.fields for k in ("members", "chair", "frequency_per_year", "reports_to"))
            if (g.named_by_heading or g.of_people) and told + g.met_in < 2 or g.anonymous and "@" in g.key \
                    or g.people_told and "members" not in g.fields:
                g.excluded = True
            if g.tenses == {"past"}:  # a group told of only in the past tense was, before the agreement
                g.excluded = True
            if g.informed and g.weight < 3 and not any(k in g.fields for k in ("chair", "frequency_per_year",
                                                                              "reports_to")) \
                    and not self.reported_to(g):
                g.excluded = True  # "Brottsförebyggande rådet, där förtroendevalda ingår, informeras om arbetet"

    def reported_to(self, g: Group) -> bool:
        """Whether another group reports to it (by its name or its group word)."""
        return any(fold(target) in (fold(g.name), g.key) or g.has_word(fold(target))
                   for x in self.groups.values() if x is not g for target in x.fields.get("reports_to", []))

    def settle_plurals(self) -> None:
        """Groups named in the plural ("De lokala arbetsgrupperna" over "Lokala arbetsgruppen A", "… B"): no group
        of its own, but what the text says of them all ("Grupperna … rapporterar till X", "Ordförande i respektive
        grupp är Y") holds for each."""
        for g in self.groups.values():
            last = fold(g.name.split()[-1]) if g.name.split() else ""
            plural = PLURAL_GROUP_WORD.search(last)
            neuter = PLURAL_NEUTER_NAME.match(g.name)  # "Lokala trygghetsforum i X" over "Trygghetsforum Norr"
            if plural is None and neuter is None or g.excluded:
                continue
            single = last[:plural.start("ending")] if plural else fold(neuter.group("word"))
            each = [h for h in self.groups.values() if h is not g and not h.excluded and single in fold(h.name)
                    and PLURAL_GROUP_WORD.search(fold(h.name.split()[-1])) is None]
            if len(each) < (2 if plural else 1):
                continue
            for h in each:
                for key in ("reports_to", "frequency_per_year", "chair"):
                    if key in g.fields:
                        h.set(key, g.fields[key], g.spans.get(key, g.span))
            g.excluded = True

    def settle_kinds(self) -> None:
        """A council or working group made up of the parties' chiefs only decides: a steering group; a group that
        coordinates by its name but has others than the coordinators (samordnare, kommunpolis) does the work (the
        samordningsfunktion of lag 2023:196 coordinates, whoever staffs it)."""
        for g in self.groups.values():
            listed = g.fields.get("members") or []
            if g.level_kind is not None:  # "Nivå 1 – strategisk": its level says what it is
                g.fields["kind"] = g.level_kind
                continue
            if g.fields.get("kind") == "steering" and re.search(r"operativ|taktisk", f"{g.key} {g.spelled}") and any(
                    x.fields.get("kind") == "steering"
                    and x.name in {self.resolve(r, g) for r in g.fields.get("reports_to") or []}
                    for x in self.groups.values() if x is not g):
                g.fields["kind"] = "preparation"  # "Operativ styrgrupp" under the strategic group: the middle level
                continue
            if g.prepares and g.fields.get("kind") == "working" and not g.apposed:
                g.fields["kind"] = "preparation"  # "Ledningsgruppens möten förbereds av samverkansgruppen": what
                # it does, whatever its word
            if g.fields.get("kind") in ("working", "preparation") and _coordinating_pair(g):
                g.fields["kind"] = "coordinators"  # "Trygghetsteamet" of a strateg and the kommunpolis, weekly: the
                # pair who coordinate day to day, though it also prepares the steering group's meetings
            spelled = f"{g.key} {fold(g.spelled or '')}"  # "SF" by the key's "Samordningsfunktionen"
            if g.function or re.search(r"(?:samordnar|samordnings)funktion", spelled):  # "Samordningsgruppen är
                # kommunens samordningsfunktion", "Samordnarfunktionen": it coordinates, whoever staffs it
                g.fields["kind"] = "coordinators"
            elif g.fields.get("kind") == "coordinators" and "funktion" not in g.key and any(
                    not re.search(r"(?:samordnare|strateg|polis)$", _role_word(m)) for m in listed):
                # "Samordning centrum" with a trader's association: a working group, or the one that prepares
                g.fields["kind"] = "preparation" if g.prepares or self._between(g) else "working"  # another's
                # meetings, or stands between the steering group it reports to and a working group reporting to it
            elif group_kind(g.name) == "coordinators" and listed and all(
                    re.search(r"(?:samordnare|strateg|polis)$", _role_word(m)) for m in listed):
                g.fields["kind"] = "coordinators"  # "Samordnare": the samordnare and the kommunpolis, though they also
                # prepare the steering group's meetings
            if g.cooperation and g.fields.get("kind") == "forum" and not any(OUTSIDE.search(fold(m)) for m in listed):
                g.fields["kind"] = "working"  # "Ungdomsforum, ett samarbete mellan elevhälsan, fältassistenten och
                # polisen": the parties' own people work together; a forum by its word only
            if any(OUTSIDE.search(fold(m)) for m in g.widened):
                g.fields["kind"] = "forum"  # "samma sammansättning som styrgruppen, utökad med föreningar": the
                # group opened to outside actors meets them, whatever its word
            if g.grouped and g.fields.get("kind") == "forum" and group_kind(g.name) == "working" \
                    and not GROUP_WORD.search(g.name):
                g.fields["kind"] = "working"  # "Nattsamverkan X" of traders and the parties, which the text calls
                # "gruppen": a closed group at work, no open forum (its name says nothing either way)
            chiefs = all(re.search(r"(?i)(?:chef|direktör|\bvd)$", _role_word(m)) for m in listed
                         if m not in g.serving)  # the chiefs decide; their secretary serves them
            if g.fields.get("kind") in ("working", "council") and len(listed) >= 2 and chiefs \
                    and "brottsförebyggande" not in g.name.casefold():
                g.fields["kind"] = "steering"
            elif g.fields.get("kind") == "preparation" and len(listed) >= 2 and chiefs \
                    and not any(x.fields.get("kind") == "steering" for x in self.groups.values()) \
                    and not self._reports_to_group(g):
                g.fields["kind"] = "steering"  # "Trygghetsberedningen" of the chiefs, above all others: it decides

    def _between(self, g: Group) -> bool:
        """Whether a group reports to a steering group and a working group reports to it: the middle level (a
        forum or network that reports to it leaves it a working group)."""
        targets = {self.resolve(r, g) for r in g.fields.get("reports_to") or []}
        above = any(x.name in targets and x.fields.get("kind") == "steering" for x in self.groups.values()
                    if x is not g)
        below = any(g.name in {self.resolve(r, x) for r in x.fields.get("reports_to") or []}
                    for x in self.groups.values() if x is not g and x.fields.get("kind") == "working")
        return above and below

    def _reports_to_group(self, g: Group) -> bool:
        targets = {self.resolve(r, g) for r in g.fields.get("reports_to") or []}
        return any(x.name in targets for x in self.groups.values() if x is not g)


# a group word in the definite plural ("arbetsgrupperna", "nätverken", "råden") or a "grupper": several groups
PLURAL_GROUP_WORD = re.compile(r"(?:grupp|natverk|rad|team|forum)(?P<ending>(?<=grupp)erna|(?<=grupp)er|(?<!grupp)en)$")
