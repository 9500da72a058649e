"""Which group a sentence is about: its subject, the agent of a passive, a relative clause, a fronted place,
a pronoun or bare group word for a group before, or each of several groups."""

from __future__ import annotations

import re

from samverkan.extract.meaning import frequency
from samverkan.extract.meaning.groups.model import Group, Mention
from samverkan.extract.meaning.groups.names import DETERMINERS, GENITIVE, indefinite_mention, mentions, opens_with_group
from samverkan.extract.meaning.groups.words import (
    ABBREVIATION,
    ANAPHOR,
    GENITIVE_WORD,
    MEETS,
    MEMBER_AFTER,
    NAMED_SHORT,
    PREPARES,
    PRONOUN,
    RELATIVE,
    REPORTS,
    finite,
    until_verb,
)
from samverkan.extract.meaning.phrases import GROUP_WORD, PERSON, group_kind
from samverkan.extract.meaning.text import Unit, fold, lemma

# a thing handed on with no one said to hand it ("En samlad uppföljning redovisas för …", "Uppföljningen lämnas
# till …"): the group of the sentences before is not said to report; "Synpunkter från rådet lämnas …" says who
THING_PASSIVE = re.compile(r"(?i)^(?!(?:\S+\s+){1,2}från\s)(?:(?:en|ett)\s+)?(?:[a-zåäö-]+\s+){0,2}[a-zåäö-]+"
                           r"(?:en|et|ing|else|rapport)\s+"
                           r"(?:[a-zåäö]+s\s+(?:[\wåäö]+\s+){0,3}?(?:och|samt)\s+)?"  # "görs i januari och redovisas"
                           r"(?:redovisas|rapporteras|återrapporteras|lämnas|skickas|överlämnas|presenteras|delges)\b")
# "Det dagliga arbetet …", "Den gemensamma lägesbilden …": an article before its noun, no pronoun for a group
ARTICLE_PHRASE = re.compile(r"(?i)^(?:den|det|de)\s+[a-zåäö]+[ae]\s+[a-zåäö]+(?:en|et|na)\b")
# "Till forumet bjuds …": one word for a group, then the verb
FRONTED_WORD = re.compile(r"(?i)^(?:i|till)\s+(?P<word>[\wåäö-]+)\s+(?=(?:bjuds|kallas|ingår|deltar|sitter|medverkar|"
                          r"adjungeras)\b)")
THERE_TOO = re.compile(r"(?i)^(?:där|här)\s+(?:sitter|ingår|deltar|medverkar|finns)\s+(?:också|även)\b")
WHERE_TAKING_PART = re.compile(r"(?i),\s*där\s+[^.;]{0,200}?\b(?:deltar|ingår|sitter|medverkar)\b")
PLACE_THEN_WHERE = re.compile(r"(?i)(?:\s+(?:för|mot|i)\s+[\wåäö-]+)?(?=\s*,?\s*där\s)")
PLACE_PASSIVE = re.compile(r"(?i)\b(?:[a-zåäö]{3,}(?<!leds)s|sker|bedrivs|(?:gör|bedriver|utför|driver)\s+"
                           r"(?:vi|parterna|man))\s+(?:främst\s+|huvudsakligen\s+)?i\s+(?:en\s+|ett\s+|den\s+|det\s+)?$")
# "Här ingår A, B och enhetschefen för fältgruppen": the place the heading names, its people after the verb
HERE_TAKING_PART = re.compile(r"(?i)här\s+(?:ingår|deltar|sitter|medverkar|möts|träffas|samlas)\b")
# "leds mötena i stället av B": what a sentence says replaces what was said before
INSTEAD = re.compile(r"(?i)\bi\s+stället\b")
# the group led: "A leder styrgruppen", "A håller i samordningsgruppen"
LEADS = re.compile(r"(?i)^[^.;]+?\s+(?:leder|sammankallar|kallar\s+till|håller\s+i)\s+(?:den\s+|det\s+)?$")
# "Dessutom ingår A, som leder Y": what a member leads says who the member is; the sentence is not about Y
RELATIVE_LEADS = re.compile(r"(?i),\s+som\s+(?:också\s+|även\s+)?(?:leder|sammankallar|kallar\s+till|håller\s+i)\s+"
                            r"(?:den\s+|det\s+)?$")
# "Mötena leds av A, som också är ordförande i polisens X": a role elsewhere says who A is; X is no subject
RELATIVE_ROLE = re.compile(r"(?i),\s+som\s+(?:också\s+|även\s+|dessutom\s+)?(?:är|blir)\s+(?:ordförande|sammankallande|"
                           r"sekreterare|ledamot|medlem)\s+(?:i|för)\s+(?:[\wåäö]+s\s+)?(?:den\s+|det\s+)?$")
ROLE_FIRST = re.compile(r"(?i)^(?:ordförande|sammankallande|ledamöter(?:na)?|deltagare|medlemmar(?:na)?)\s+är\s")
ROLE_OF = re.compile(r"(?i)^\s*(?:ordförande|sammankallande|sekreterare|föredragande|ledamöter|deltagare|"
                     r"medlemmar|mötesledare)\s+(?:i|för)\s+(?:den\s+|det\s+)?$")
PLACED_IN = re.compile(r"(?i)\b(?:(?:deltar|ingår|sitter|medverkar|representeras|företräds)\s+(?:också\s+|även\s+)?"
                       r"(?:regelbundet\s+)?|"  # "A deltar regelbundet i forumet"
                       r"är\s+(?:(?:den|en)\s+)?(?:[\wåäö]+a\s+)?(?:medlem(?:men)?|ledamot(?:en)?)\s+)i\s+"
                       r"(?:den\s+|det\s+)?$|"  # "… är den andra medlemmen i styrgruppen"
                       r"\bbjuds\s+(?:[\wåäö-]+,?\s+){1,8}in\s+till\s+(?:den\s+|det\s+)?$|"  # "bjuds A in till X"
                       # "A adjungeras till arbetsgruppen vid behov", "B kan kallas in till X"
                       r"\b(?:(?:kan|får|ska)\s+(?:adjungeras|kallas\s+in|bjudas\s+in)|adjungeras|kallas\s+in|bjuds\s+in)"
                       r"\s+(?:(?:vid\s+behov|även|också)\s+)?till\s+(?:den\s+|det\s+)?$|"
                       r"(?:^|[:;]\s+)(?:[\wåäö]+,?\s+){0,10}?bjuder\s+(?:vi|parterna|kommunen|polisen|de|man)\s+"
                       r"(?:[\wåäö]+\s+)?in\s+till\s+$|"  # "Vår och höst bjuder vi in till X": what is held
                       # "bjuder parterna två gånger per år, vår och höst, in till X"
                       r"\bbjuder\s+(?:[\wåäö-]+,?\s+){1,8}in\s+till\s+$")
FRONTED = re.compile(r"(?i)(?:i|till|inom)\s+(?:den\s+|det\s+)?")
OWNED_ROLE = re.compile(r"(?i)\s+(?:ordförande|sammankallande|sekreterare|ledamöter|deltagare|medlemmar|möten|"
                        r"sammanträden|sammansättning|arbete|resultat|förslag|underlag|"
                        r"\w*rapport(?:en|er|erna)?|\w*redovisning(?:en|ar|arna)?)\b")  # "Styrgruppens årsrapport …"
# "Styrgruppen har tillsatt en arbetsgrupp med …": a group the subject sets up, which works for it
# (also after a phrase of time: "har inför sommaren tillsatt en …")
SETS_UP = re.compile(r"(?i)^\s*(?:har\s+(?:[\wåäö]+\s+){0,4}?)?"
                     r"(?:tillsatt|tillsätter|inrättat|inrättar|bildat|bildar|utsett|utser)\s+(?P<article>en|ett)\s+$")
HANDED_FROM = re.compile(r"(?i)\b(?:förs|lämnas|skickas|lyfts)\s+från\s+(?:den\s+|det\s+)?$")
# the agent of a passive ("utförs av X"), or the one a task rests on ("Genomförandet ligger på X", "vilar på X")
# (a particle verb's too: "hålls ihop av X", "tas fram av X")
PASSIVE_AGENT = re.compile(r"(?i)\b(?!leds|sammankallas|ledas)[a-zåäö]{3,}s\s+(?:(?:ihop|samman|fram)\s+)?av\s+"
                           r"(?:en\s+|ett\s+)?$|"
                           r"\b(?:ligger|vilar|faller)\s+(?:främst\s+|huvudsakligen\s+|ytterst\s+)?(?:på|hos)\s+$")
# "Samverkan leds av Trygghetsrådet": a chair's verb whose agent is a group and whose subject is none
LED_BY = re.compile(r"(?i)^(?:\S+\s+){1,4}(?:leds|styrs)\s+(?:gemensamt\s+|ytterst\s+)?av\s+$")
# words before a group that leave it the subject: "Det gör styrgruppen", "De två samordnarna träffas …"
OPENERS = DETERMINERS | {"det gör", "så gör", "det är", "de två", "de tre", "de fyra", "de båda"} \
    | {f"{p} {v}" for p in ("de", "den", "det", "dessa") for v in ("heter", "kallas")} \
    | {f"vi kallar {p}" for p in ("dem", "den", "det")}  # "De heter Ledningsgruppen": a name given to them
# "Båda arbetsgrupperna", "Samtliga nätverken": every group of that word, as the subject (folded text)
# "varje lokal grupp", "de lokala grupperna", "alla lokala grupper": each group the same words introduced
# a group's unit called in to another's meetings, no more said ("Fältgruppen bjuds in vid behov")
CALLED_IN = re.compile(r"(?i)\s+(?:bjuds\s+in|adjungeras|kallas\s+in)(?:\s+vid\s+behov|\s+när\s+[^.;]+)?[\s.]*$")
EACH_KIND = re.compile(r"(?i)\b(?:de|alla|samtliga|varje|var\s+och\s+en\s+av\s+de)\s+(?P<adj>[a-zåäö]{3,}?)a?\s+"
                       r"(?P<word>grupp|nätverk|team|råd|forum)(?:erna|er|en|et|na)?\b")
EACH_OF = re.compile(r"(?:bada|bagge|alla|samtliga|de\s+(?:tva|tre|fyra))\s+(?P<word>[a-z-]{3,40}?(?:grupp|natverk|"
                     r"forum|rad|team))(?:erna|en|na)\b")
MADE_OF = re.compile(r"(?i),?\s+(?:bestående|sammansatt|sammansatta)\s+av\s")  # a group and its members after it


def _of_heading(text: str, first: Mention, heading: Group) -> bool:
    """Whether a sentence's subject is a word for the kind of the heading's group: "6. Brommas
    grannsamverkansnätverk" … "ett nätverk där …", "Nätverket …"; "Sommargruppen X" … "En säsongsgrupp som …"."""
    if (indefinite_mention(text, first) or first.key == fold(first.head)) \
            and any(p.endswith(fold(first.head)) for p in heading.key.split()):
        return True
    return first.start <= 4 and indefinite_mention(text, first) and (base := _base_word(first.head)) is not None \
        and any(p.endswith(base) for p in heading.key.split())


def _base_word(head: str) -> str | None:
    """The plain group word a compound ends in ("säsongsgrupp" → "grupp", "trygghetsråd" → "rad"), or None."""
    return next((w for w in ("grupp", "natverk", "forum", "team", "rad") if fold(head).endswith(w)), None)


def _owner(text: str, named: list[Mention]) -> Mention | None:
    """The group whose role or meetings a sentence opens with ("Styrgruppens ordförande är …"), unless it says
    who prepares them ("Rådets möten förbereds av samordningsgruppen, som …": about that group)."""
    owner = next((m for m in named if m.start == 0 and GENITIVE.search(text[m.start:m.end])
                  and OWNED_ROLE.match(text, m.end)), None)
    if owner is not None and (prepared := PREPARES.match(text)) and prepared.group("passive"):
        return None
    return owner


class SubjectReading:
    """Reads which group a sentence is about."""

    def shortened(self, text: str) -> Group | None:
        """The group a sentence opens with by the first word of its longer name, a verb after it ("Kvällssamverkan
        lämnar …" for "Kvällssamverkan Centrum och Hamnen"): when that word starts no other group's name."""
        words = text.split(maxsplit=2)
        if len(words) < 2 or not words[0][:1].isupper() or len(words[0]) < 6 or not finite(words[1]) \
                or any(m.start == 0 for m in mentions(text, True)):
            return None
        first = [g for g in self.groups.values() if g.weight >= 2 and " " in g.name
                 and fold(g.name.split()[0]) == fold(words[0])]
        return first[0] if len(first) == 1 else None

    def known_word(self, word: str) -> Group | None:
        """The group one word names: its name ("trygghetsmötet"), or its group word ("forumet") for the one group
        whose name ends in it."""
        g = next((x for x in self.groups.values() if fold(x.name) == fold(word)), None)
        found = mentions(word) if g is None else []
        if found and found[0].bare:  # the group being told about first ("… LG är styrande. I gruppen ingår …")
            g = next((x for x in [self.topic, *reversed(list(self.groups.values()))]
                      if x is not None and x.has_word(found[0].head)), None)
        return g

    def read_each(self, unit: Unit) -> bool:
        """"Varje lokal grupp rapporterar till X": the sentence read for each group so introduced; whether it was.
        The paragraph goes on about each ("Områdespolisen leder gruppens möten."), unless a sentence fronts the
        place of one ("I Åby leds mötena i stället av B"): that one's, instead of what was said for all."""
        if len(each := self.each_of_kind(unit)) < 2:
            each = self._each_going_on(unit)
            if (one := self._each_at_place(unit, each)) is not None:
                if INSTEAD.search(unit.text):
                    one.fields.pop("chair", None)  # "i stället": what it says replaces what held for all
                self.read_sentence(one, unit)
                return True
            if len(each) < 2 or mentions(unit.text) and not all(m.bare for m in mentions(unit.text)):
                return False
        said = Unit(unit.kind, EACH_KIND.sub("gruppen", unit.text, count=1), unit.span, unit.heading)
        for g in each:
            self.read_sentence(g, said)
        self.each = (each, unit)
        return True

    def _each_going_on(self, unit: Unit) -> list[Group]:
        """The groups the paragraph's sentence before was read for each of, if this sentence is in its paragraph."""
        if self.each is None:
            return []
        groups, before = self.each
        if before.span.end > unit.span.start or any(not self.doc.line(n).strip()
                                                    for n in range(before.span.end, unit.span.start + 1)):
            self.each = None
            return []
        return groups

    @staticmethod
    def _each_at_place(unit: Unit, each: list[Group]) -> Group | None:
        """The one of the groups read for each whose place a sentence fronts ("I Åby, där …, leds …")."""
        fronted = re.match(r"(?i)(?:i|på|för)\s+(?P<place>(?-i:[A-ZÅÄÖ])[\wåäö–-]+)[\s,]", unit.text)
        if fronted is None:
            return None
        return next((g for g in each if g.name.split()[-1] == fronted.group("place")), None)

    def each_of_kind(self, unit: Unit) -> list[Group]:
        """The groups a sentence speaks of together by the words that introduced them ("En lokal grupp i varje
        kommun" … "Varje lokal grupp rapporterar till X", "deltar i de lokala grupperna"): each group named since
        the text first used those words."""
        m = EACH_KIND.search(unit.text)
        if m is None:
            return []
        said = re.compile(r"(?i)\b" + re.escape(lemma(m.group("adj"))) + r"[a-zåäö]?\s+" + re.escape(m.group("word"))
                          + r"\b")
        if listed := self._listed_groups(re.compile(said.pattern[:-2] + r"(?:er|erna|en|et)?\b"), unit):
            return listed  # "Det finns tre lokala grupper:" over their names: those
        intro = next((u.span.start for u in self.units if u.span.start < unit.span.start and said.search(u.text)), None)
        if intro is None:
            return []
        return [g for g in self.groups.values() if intro <= g.span.start < unit.span.start and g.weight >= 2
                and not g.excluded and any(k != "kind" for k in g.fields) and said.fullmatch(g.name) is None
                and g.name[:1].isupper()]  # not a heading's name the text said nothing about

    def _listed_groups(self, said: re.Pattern, unit: Unit) -> list[Group]:
        """The groups a list names, one an item, under the last sentence before `unit` in the words `said`."""
        lead = next((u for u in reversed(self.units) if u.span.start < unit.span.start and u.items
                     and said.search(u.text)), None)
        if lead is None or not all(opens_with_group(item.text) for item in lead.items):
            return []
        found = [self._known_group(item.text.strip("*_ ")) for item in lead.items]
        return [g for g in found if g is not None] if len(found) >= 2 else []

    def coordinated(self, text: str) -> list[Group]:
        """The groups named one after another at the start of a sentence ("A, B och C rapporterar …")."""
        found: list[Group] = []
        at, low = 0, fold(text)
        if (every := EACH_OF.match(low)) is not None:  # "Båda arbetsgrupperna redovisar …": each so named
            return [g for g in self.groups.values() if any(p.endswith(every.group("word")) for p in g.key.split())]
        while True:
            g = next((g for g in sorted(self.groups.values(), key=lambda g: -len(g.name))
                      if low.startswith(fold(g.name), at) and g not in found), None)
            if g is None:
                return found
            found.append(g)
            sep = re.match(r"\s*(?:,\s*|\s(?:och|samt)\s+)", low[at + len(g.name):])
            if sep is None:
                return found
            at += len(g.name) + sep.end()

    def topic_of(self, unit: Unit, heading_group: Group | None, previous: Unit | None) -> tuple[Group | None, int]:
        """The group a sentence is about, and where the words about it start (a relative clause's start)."""
        found = mentions(unit.text)
        named = [m for m in found if not m.bare]
        subjects = [m for m in named if m.subject]
        self.named_before.update((m.key, m) for m in named if " " in m.name and m.name[:1].isupper())
        known = next((g for g in self.groups.values() if g.weight >= 3 and re.match(re.escape(fold(g.name)) + r"\b",
                                                                                     fold(unit.text))), None) \
            or self.shortened(unit.text)
        if known is not None and not any(m.start == 0 and len(m.name) >= len(known.name) for m in named):
            self.topic = known  # "Operativ samordning informerar …": a group a table or heading named
            return known, 0
        if found and found[0].bare and found[0].subject and found[0].start < 15:  # "Frågor som mötet … tas upp i
            subjects = [m for m in subjects if m.start < found[0].start                # Trygghetsrådet"
                        or not unit.text[:m.start].rstrip().casefold().endswith(" i")]
        if (listing := MEMBER_AFTER.search(unit.text)) is not None:  # "Deltagare är A, B och fältgruppen"
            at = next(listing.start(k) for k, v in listing.groupdict().items() if v)
            if not listing.group("list12") or any(m.end <= at for m in named):  # "I centrum arbetar
                # Arbetsgruppen C": a place, no group, before the verb; no list of a group's members after it
                subjects = [m for m in subjects if not _listed_at(unit.text, at, m)]
        made_of = next((m for m in named if m.start and MADE_OF.match(unit.text, m.end)), None)
        if made_of is not None:  # "Till X knyts en samordnarfunktion bestående av A och B": the group A and B make
            self.topic = self.group(made_of, unit.span, 2)
            return self.topic, made_of.start
        if (about := self._said_to_be(unit, subjects, heading_group)) is not None:
            return about, 0  # "Det är en arbetsgrupp med …"
        return self._subject(unit, found, named, subjects, heading_group, previous)

    def _said_to_be(self, unit: Unit, subjects: list[Mention], heading_group: Group | None) -> Group | None:
        """The group "Det är en arbetsgrupp med fasta deltagare: …" is about: the heading's (or the one told of);
        where its name has no group word, the word it is said to be says its kind."""
        if not _says_what_it_is(unit.text, subjects) or (about := heading_group or self.topic) is None:
            return None
        self.topic = about
        if not GROUP_WORD.search(fold(about.name)):
            about.spelled, about.apposed = subjects[0].head, True
            about.set("kind", group_kind(subjects[0].head), unit.span, force=True)
        return about

    def _subject(self, unit: Unit, found: list[Mention], named: list[Mention], subjects: list[Mention],
                 heading_group: Group | None, previous: Unit | None) -> tuple[Group | None, int]:
        """The group of a sentence by its subject, the agent of its passive, a role or a relative clause."""
        subjects = [m for m in _true_subjects(unit.text, subjects) if not _several(unit.text, m)
                    and not RELATIVE_ROLE.search(unit.text[:m.start])]
        if (abbr := ABBREVIATION.match(unit.text) or self._inverted_short(unit.text)) \
                and abbr.group(1) in self.abbreviations:
            self.topic = self.abbreviations[abbr.group(1)]  # "LG träffas varje kvartal"
            return self.topic, 0
        if subjects and self.topic is not None and _inverted_pronoun(unit.text, subjects[0].start):
            return self.topic, 0  # "Till skillnad från X är den underställd Y": "den", the group before, is its subject
        if subjects:
            first = subjects[0]
            if (made := self.set_up(unit, found, first)) is not None:
                return made
            if heading_group is not None and (_of_heading(unit.text, first, heading_group)
                                              or first.start == 0 and CALLED_IN.match(unit.text, first.end)):
                return heading_group, 0  # "Fältgruppen bjuds in vid behov": a unit the heading's group calls in
            g = self.group(first, unit.span, 2 if first.start == 0 or unit.text[:first.start].strip() == "" else 1)
            if short := NAMED_SHORT.match(unit.text, first.end):
                self.abbreviations[short.group(1)] = g  # "Ledningsgruppen (LG)"
            self.topic = g
            return g, 0
        if (fronted := self.fronted(unit, named)) is not None:  # "I styrgruppen ingår …", "Till forumet bjuds …"
            self.topic = fronted
            return fronted, 0
        placed = next((m for m in named if PLACED_IN.search(unit.text[:m.start])), None)
        if placed is not None:  # "Även Länsstyrelsen och Trafikverket deltar i samverkansforumet"
            self.topic = self.group(placed, unit.span, 1)
            clause = unit.text.rfind("; ", 0, placed.start)  # "X omfattas inte …; Y bjuds in till styrgruppen":
            return self.topic, clause + 2 if clause >= 0 else 0  # the clause that places Y, not the one before
        owner = _owner(unit.text, named)
        if owner is not None:  # "Styrgruppens ordförande är …", "Rådets ledamöter är …"
            self.topic = self.groups.get(owner.key) or self._alias(owner) \
                or self.group(Mention(owner.key, owner.name[:-1], owner.head, False, 0, owner.end - 1, True),
                              unit.span, 1)
            return self.topic, 0
        if (agent := self._agent(unit, found, named)) is not None:
            self.topic = agent
            return self.topic, 0
        place = next((m for m in named if PLACE_PASSIVE.search(unit.text[:m.start])  # ", OpG": its name
                      and re.fullmatch(r"(?:,\s*[A-ZÅÄÖ][\wåäö-]*)?[\s.]*", unit.text[m.end:])), None)
        if place is not None:  # "Det dagliga arbetet samordnas i Lägesbildsmötet."
            self.topic = self.group(place, unit.span, 1)
            return self.topic, 0
        role = next((m for m in named if ROLE_OF.search(unit.text[:m.start]) or LEADS.search(unit.text[:m.start])
                     and not RELATIVE_LEADS.search(unit.text[:m.start])), None)
        if role is not None:  # "Sammankallande för samverkansgruppen är …", "A och B leder styrgruppen växelvis"
            self.topic = self.group(role, unit.span, 1)
            return self.topic, 0
        fresh = next((m for m in found if m.bare and re.search(r"(?i)\b(?:en|ett)\s+(?:[\wåäö-]+\s+)?$", unit.text[
            :m.start]) and RELATIVE.match(unit.text, m.end)
                      and not named and heading_group is None), None)
        if fresh is not None:  # "… är syftet med en tredje grupp, som består av …": a group the text names later
            self.topic = Group(f"{fresh.key} @{unit.span.start}", fresh.name, unit.span, 1, anonymous=True)
            self.groups[self.topic.key] = self.topic
            return self.topic, fresh.end
        if not _opens_with_anaphor(unit.text) and (described := self._relative(unit, named)) is not None:
            return described  # "Gruppen leds av …, rapporterar till X, som …": the group before, not X
        listing, report = MEMBER_AFTER.search(unit.text), REPORTS.search(unit.text)
        at = next((listing.start(k) for k, v in listing.groupdict().items() if v), 0) if listing else None
        where = WHERE_TAKING_PART.search(unit.text)  # "…, där A, socialtjänstens fältgrupp och B deltar"
        others = [m for m in named if not (at is not None and _listed_at(unit.text, at, m)
                                           or report and m.start > report.start()
                                           or where and where.start() < m.start < where.end())]  # not a member or
        # the target
        return self._unnamed(unit, found, others, heading_group, previous), 0

    @staticmethod
    def _inverted_short(text: str) -> re.Match | None:
        """A short form right after the verb a fronted phrase puts first ("Från och med 2026 träffas LG …"): the
        subject, inverted."""
        words = text.split()
        verb = next((i for i, w in enumerate(words[1:], 1) if finite(w)), None)
        if verb is None or verb + 1 >= len(words) or any(finite(w) for w in words[:verb]):
            return None
        return ABBREVIATION.fullmatch(words[verb + 1].strip(",.;:"))

    def _agent(self, unit: Unit, found: list[Mention], named: list[Mention]) -> Group | None:
        """The group that does what a passive says: the one a thing is handed on from ("Frågor förs från
        nätverket vidare till …"), or the agent ("Det förebyggande arbetet utförs av Araby-teamet.")."""
        handed = next((m for m in found if HANDED_FROM.search(unit.text[:m.start])), None)
        if handed is not None:
            return self.by_bare(handed.head) if handed.bare else self.group(handed, unit.span, 1)
        agent = next((m for m in named if (PASSIVE_AGENT.search(unit.text[:m.start]) or LED_BY.match(
            unit.text[:m.start]) and not mentions(unit.text[:m.start]))
                      # "Gruppen träffas … (…, då arbetet sköts av X)": an aside's agent is no subject of the sentence
                      and unit.text.count("(", 0, m.start) <= unit.text.count(")", 0, m.start)
                      and not GENITIVE.search(unit.text[m.start:m.end])
                      and not (re.search(r"\s(?:en|ett)\s+$", unit.text[:m.start])  # "av en styrgrupp, Åby Trygg,":
                               and re.match(r"\s*,", unit.text[m.end:]))), None)     # the name it is given decides
        g = self.group(agent, unit.span, 1) if agent is not None else None
        if g is not None and LED_BY.match(unit.text[:agent.start]):  # "Samverkan leds av Trygghetsrådet": it decides
            g.set("kind", "steering", unit.span, force=True)
        return g

    def _relative(self, unit: Unit, named: list[Mention]) -> tuple[Group, int] | None:
        """The group a relative clause goes on about ("… görs av styrgruppen för samverkan, som består av …", "…
        bedrivs i en samverkansgrupp för unga, där A och B deltar"), and where the clause starts."""
        relative = next((m for m in named if RELATIVE.match(unit.text, m.end)), None)
        if relative is not None:
            return self._described_after(unit, relative), relative.end
        for m in named:
            if PLACE_PASSIVE.search(unit.text[:m.start]) and (where := PLACE_THEN_WHERE.match(unit.text, m.end)):
                self.topic = self.group(m, unit.span, 1)
                return self.topic, where.end()
        return None

    def _described_after(self, unit: Unit, relative: Mention) -> Group:
        """The group a relative clause describes ("…, som består av …"); a meeting the words before it hold
        ("X bjuder vår och höst in till Y, som …") is the group's too."""
        self.topic = self.group(relative, unit.span, 1)
        before = unit.text[:relative.start]
        if MEETS.search(before) and (freq := frequency.per_year(before)) is not None:
            self.topic.set("frequency_per_year", freq.value, unit.span)
        return self.topic

    def fronted(self, unit: Unit, named: list[Mention]) -> Group | None:
        """The group a sentence places its verb's subject in, fronted: "I styrgruppen ingår …", "Till styrgruppen
        adjungeras …", or by one word for a group named before ("Till forumet bjuds …")."""
        if (lead := FRONTED_WORD.match(unit.text)) is not None and (g := self.known_word(lead.group("word"))):
            return g
        first = next((m for m in named[:1] if FRONTED.fullmatch(unit.text[:m.start])
                      and finite(unit.text[m.end:].split()[0] if unit.text[m.end:].split() else "")), None)
        return self.group(first, unit.span, 1) if first is not None else None

    def set_up(self, unit: Unit, found: list[Mention], first: Mention) -> tuple[Group, int] | None:
        """The group a subject sets up ("Styrgruppen har tillsatt en arbetsgrupp med A och B"), which works for
        it, and where the words about it start; None if the sentence sets up none."""
        made = next((m for m in found if m.start > first.end and not m.bare
                     and SETS_UP.match(unit.text[first.end:m.start])), None)
        if made is None:
            return None
        owner = self.group(first, unit.span, 1)
        self.topic = self.group(made, unit.span, 1)
        self.topic.set("reports_to", [owner.name], unit.span)
        return self.topic, first.end + SETS_UP.match(unit.text[first.end:made.start]).start("article")

    def _unnamed(self, unit: Unit, found: list[Mention], named: list[Mention], heading_group: Group | None,
                 previous: Unit | None) -> Group | None:
        """The group of a sentence that names none as its subject: by "Den"/"Gruppen", its heading or the
        sentences before."""
        if ANAPHOR.match(unit.text) and not (ARTICLE_PHRASE.match(unit.text) and not any(m.start < 30 for m in found)):
            bare = [m for m in found if m.bare and m.start < 12]
            about_none = previous is not None and previous.kind == "sentence" and self.told is None
            if about_none and (not bare and PRONOUN.match(unit.text) or bare and not any(
                    p.endswith(fold(bare[0].head)) for g in self.groups.values() for p in g.key.split())):
                return None  # "Den", "Mötet" after a sentence about no group ("… ett öppet möte") is no group
            objects = [m for m in found if not m.bare and not m.subject]  # "… rapporterar till samordningsgruppen"
            return self.by_bare(bare[0].head, frozenset(self._named_groups(objects))) if bare else self.by_bare("")
        if found and found[0].bare and found[0].subject and found[0].start < 15:  # "Frågor som mötet …"
            return self.by_bare(found[0].head)
        verb_first = finite(unit.text.split()[0]) if unit.text.split() else False  # "Avrapporterar till …"
        adjacent = previous is not None and unit.span.start <= previous.span.end + 1
        if heading_group is not None and heading_group.named_by_heading and adjacent and self.told is not None \
                and self.told is not heading_group and not named:
            return self.told  # "4 ORGANISATION" … "Styrgruppen består av …. Kommundirektören är ordförande."
        people_first = _person_subject(unit.text) or bool(HERE_TAKING_PART.match(unit.text))
        if heading_group is not None and (not named or verb_first or all(self._same(m, heading_group) for m in named)
                                          or not any(m.subject for m in named) and people_first):
            return heading_group  # "… bjuder parterna in till ett trygghetsforum" under "Trygghetsforum"; "A och B
            # samordnar …, bereder frågor inför styrgruppen" under "Samordnare": people its subject, a group only after
            # a preposition
        if named and not verb_first:
            return None
        if previous is not None and self.topic is not None and (unit.span.start <= previous.span.end + 1 or (
                not named and (ROLE_FIRST.match(unit.text)
                               or self.after_lone and (people_first or THERE_TOO.match(unit.text))))) \
                and not THING_PASSIVE.match(unit.text):
            return self.topic  # "Ledamöter är …" in the next paragraph of the same section: its group's
        return None

    def _named_groups(self, named: list[Mention]) -> list[str]:
        """The keys of the groups the mentions name."""
        return [g.key for m in named if (g := self.groups.get(m.key) or self._alias(m)) is not None]

    @staticmethod
    def _about(g: Group, text: str) -> bool:
        """Whether a sentence's subject is the group ("Rådet regleras inte …", "Krogsamverkan X …"), not something
        else the sentence puts outside ("Polisens medborgarlöfte regleras inte …" after a sentence about it)."""
        head, words = until_verb(text), text.split()
        pronoun = PRONOUN.match(text) and len(words) > 1 and finite(words[1]) \
            or _inverted_pronoun(text, min(len(text), 40))  # "Den regleras …", "Till dess ingår det inte …";
        # not "Det av X …"
        named = mentions(head, True)
        if named and not pronoun and all(not m.bare and m.key != g.key and fold(m.name) not in fold(g.name)
                                         and fold(g.name) not in fold(m.name) and not g.has_word(m.key)
                                         for m in named):  # "Ungdomsrådet" is "Nybys ungdomsråd" by its word
            return False  # "Kommunens råd för trygghet … omfattas inte": another body, named as the subject
        if named and _another_word(g, named[0]):
            return False  # "Nätverket … ingår inte …" after a sentence about Trygghetsdialog X: another body
        return bool(pronoun or ANAPHOR.match(text) and not PRONOUN.match(text) or named
                    or fold(g.name) in fold(head) or not re.match(r"[A-ZÅÄÖ]", text))


def _another_word(g: Group, m: Mention) -> bool:
    """Whether a subject is a bare word for another kind of group than g's own word ("Nätverket" for "Trygghetsdialog
    X"); "Gruppen" may stand for any group, and a group whose name has no group word may be called by any."""
    own = GROUP_WORD.search(g.name) or GROUP_WORD.search(fold(g.name))
    return m.bare and m.start == 0 and fold(m.head) != "grupp" and own is not None and not g.has_word(m.head)


def _person_subject(text: str) -> bool:
    """Whether a sentence opens with people by their functions ("Kommunens samordnare och kommunpolisen …")."""
    words = re.findall(r"[\wåäöÅÄÖ-]+", text)[:4]
    return bool(words) and any(PERSON.search(lemma(w.casefold())) for w in words[:3])


def _listed_at(text: str, at: int, m: Mention) -> bool:
    """Whether a group is one of the members a list from `at` names ("Deltagare är A, B och fältgruppen"),
    not the place the list takes part in ("deltar parterna i X-rådet"); "någon från utredningsgruppen" is one."""
    before = text[at:m.start].split()
    while len(before) > 1 and GENITIVE_WORD.fullmatch(before[-1]):
        before.pop()  # "en fältsekreterare från socialtjänstens fältgrupp": the unit's owner is part of it
    return m.start >= at and (not before or before[-1].endswith(",")
                              or before[-1].casefold() in {"och", "samt", "från"})


EXISTENTIAL_THERE = re.compile(r"(?i)det\s+(?:finns|fanns|bildas|inrättas)\s")  # "Det finns en styrgrupp": no pronoun


def _says_what_it_is(text: str, subjects: list[Mention]) -> bool:
    """Whether a sentence opens "Det/Den är en <group word>": what the group told of is, its pronoun the subject,
    no group of its own (a cleft names one definite: "Det är styrgruppen som …")."""
    opener = text[:subjects[0].start].strip().casefold() if subjects else ""
    return bool(re.fullmatch(r"(?:det|den)\s+är\s+(?:en|ett)(?:\s+[a-zåäö]+)?", opener)) \
        and indefinite_mention(text, subjects[0])


def _true_subjects(text: str, subjects: list[Mention]) -> list[Mention]:
    """The groups a sentence names as its subject, none when a word for the group before opens it ("Nätverket
    träffas … och informerar den operativa styrgruppen": about the network)."""
    opener = text[:subjects[0].start].strip().casefold() if subjects else ""
    if ANAPHOR.match(text) and opener not in OPENERS and not EXISTENTIAL_THERE.match(text) \
            and not re.fullmatch(r"(?:den|det|de)(?:\s+[a-zåäö]+t)?(?:\s+[a-zåäö]+[ae])+", opener) \
            and not ARTICLE_PHRASE.match(opener):  # "Den tidigare gruppen …"; "Den nya samordnaren och B utgör X":
        return []  # an article before a person, no pronoun for the group before ("Det politiskt tillsatta rådet"
    # too: an adverb before the adjective)
    return subjects


def _inverted_pronoun(text: str, before: int) -> bool:
    """Whether a pronoun is the subject after a fronted phrase and its verb, before `before` ("Till skillnad från
    övriga grupper är den underställd …"; not "Därför är den taktiska gruppen …", where "den" is an article)."""
    if re.match(r"(?i)(?:den|det|de)\s", text):
        return False
    words = text[:before].split()
    return any(w.casefold() in ("den", "det") and finite(words[i - 1]) and not ARTICLE_PHRASE.match(
        " ".join(words[i:i + 3])) and words[i + 1].casefold() not in ("en", "ett")  # "är det en X som": a cleft's
               for i, w in enumerate(words[:-1]) if i >= 2)  # "ska det övergripande ansvaret"


def _several(text: str, m: Mention) -> bool:
    """Whether a mention is several groups by their common word ("de lokala grupperna behöver …"), no one group's
    name: a plural after "de", in lower case."""
    return m.name.islower() and m.name.endswith("erna") and bool(re.search(r"(?i)\bde\s+$", text[:m.start]))


def _opens_with_anaphor(text: str) -> bool:
    """Whether a sentence's subject is a group word for the group before ("Gruppen leds …", "Rådet …"); a
    pronoun may open a sentence about the group it forms ("De bildar arbetsgruppen, som …")."""
    return bool(ANAPHOR.match(text)) and not PRONOUN.match(text)
