"""The names a group goes by: short forms, the names the text gives it later, and names without a group word
that a sentence sets up, holds or works in."""

from __future__ import annotations

import re
from dataclasses import replace

from samverkan.extract.document import Span
from samverkan.extract.meaning import frequency
from samverkan.extract.meaning.groups.model import Group, Mention
from samverkan.extract.meaning.groups.names import mentions, named_whole
from samverkan.extract.meaning.groups.words import ABBREVIATION, NAMED_SHORT
from samverkan.extract.meaning.phrases import group_kind, members
from samverkan.extract.meaning.text import Unit, fold

# "… som i kommunens dokument kallas BG", "Gruppen, som kallas Ungdomsteamet": the name a group goes by
NAMED_AS = re.compile(r"(?i)\b(?:kallas|kallad|kallat|benämns|benämnd|benämnt|(?:går\s+under|med)\s+namnet|"
                      r"kallar\s+sig|heter|"
                      # "en styrgrupp som vi kallar X": the name the writers give it
                      r"(?<=som\s)(?:vi|parterna|man)\s+(?:kallar|benämner)(?:\s+för)?|"
                      r"nedan|härefter)\s+"  # "ledningsgruppen, nedan LG-Trygg"
                      # "benämns Strategiska samverkansgruppen": a capital, lower-case words, a group word last
                      r"(?P<name>(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?-i:[a-zåäö])[\wåäö-]+){0,2}?\s+(?-i:[a-zåäö])"
                      r"[\wåäö-]*(?:gruppen|rådet|forumet|nätverket|teamet)\b"
                      r"|(?-i:[A-ZÅÄÖ]{2,6})\b(?!-)|(?-i:[A-ZÅÄÖ])[\wåäö-]+"
                      r"(?:\s+(?:(?:i|på|för)\s+)?(?-i:[A-ZÅÄÖ])[\wåäö-]+)*)")  # "benämnd Trygg i Nyby"
# "Den grupp som i vardagen kallas X": the group of the heading above, by the name it goes by
CALLED_BY_HEADING = re.compile(r"(?i)^(?:den|denna|det|detta)\s+(?:grupp|forum|nätverk|team|råd)\w*\s+som\s+"
                               r"(?:[\wåäö]+\s+){0,2}?(?:kallas|benämns|går\s+under\s+namnet)\s")
# "… finns en chefsgrupp, Trygghetsgruppen Nyköping.", "i det lokala brottsförebyggande rådet, Nybys BRÅ, som":
# a name in apposition to a group word; "en ledningsgrupp för trygghet, LGT, …"; "en för båda kommunerna gemensam
# ledningsgrupp, Ledningsgruppen Åby–Nyby, …": words between, a dash inside
APPOSITION = re.compile(r"(?i)\b(?:en|ett|den|det)\s+(?:[\wåäö-]+\s+){0,4}?[\wåäö-]*(?:grupp|råd|forum|nätverk|team)"
                        r"(?:e[nt]|n)?(?:\s+(?:för|mot|om)\s+[a-zåäö-]+)?\s*,\s*"
                        r"(?P<name>(?-i:[A-ZÅÄÖ])[\wåäö–-]*(?:gruppen|rådet|forumet|nätverket|teamet)"
                        r"(?:\s+(?:för|mot|om|i|kring)\s+[\wåäö-]+){1,3}"  # "Ledningsgruppen för trygghet i Nyby"
                        r"|(?-i:[A-ZÅÄÖ])[\wåäö–-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö–-]+)*"
                        # "en arbetsgrupp, Nykter trafik Nyby,": a name of its own, the place it serves last
                        r"|(?-i:[A-ZÅÄÖ])[\wåäö–-]+(?:\s+(?-i:[a-zåäö])[\wåäö–-]+){1,2}\s+(?-i:[A-ZÅÄÖ])[\wåäö–-]+)"
                        r"\s*(?:[,.;]|$)")
# "… arbetar Trygga Nyby, en arbetsgrupp där …": a name of its own before the word for its kind, in apposition (not
# a place after a preposition: "i Nyby, en …")
NAME_APPOSED = re.compile(r"(?<!\bi\s)(?<!\bpå\s)(?<!\bvid\s)(?<!\binom\s)(?<!\bför\s)(?<!\bfrån\s)(?<!\btill\s)"
                          r"(?<!\bmed\s)(?<!\bav\s)(?<!\bhos\s)"
                          r"\b(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:(?:i|på|för)\s+)?[A-ZÅÄÖ][\wåäö-]+){0,3})\s*,\s*"
                          r"(?:en|ett)\s+(?:[a-zåäö-]+\s+){0,2}?(?P<word>[a-zåäö-]*(?:grupp|råd|forum|nätverk|team))"
                          r"(?=[\s,.;]|$)")
# "… har parterna inrättat NTS.": a group known only by its initials, set up by the sentence
ESTABLISHED = re.compile(r"(?i)\b(?:inrätta[rt]?|bilda[rt]?|tillsatt|tillsätter|skapat)\s+"
                         r"(?P<name>(?-i:[A-ZÅÄÖ]{2,6}))\s*[.;]?$")
# "… sköts av det vi kallar Samordningen": a name the writers give something, no group word needed
CALLED_BY_US = re.compile(r"(?i)\b(?:det|den|de|dem)\s+(?:som\s+)?(?:vi|parterna|man)\s+(?:kallar|benämner)"
                          r"(?:\s+för)?\s+"
                          r"(?P<name>(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+){0,2})(?=\s*[,.;:!]|$)")
# "Kom till Trygghetsdialogen! Det är ett öppet möte …": a name the sentence before ends on, said by a pronoun
# to be a meeting or a group
PRONOUN_IS_A = re.compile(r"^(?:Det|Den)\s+är\s+(?:ett|en)\s+(?:[\wåäö-]+\s+)?(?:möte|mötesforum|forum|träff|nätverk|"
                          r"samråd|samarbete|grupp|team)\b")
ENDS_ON_NAME = re.compile(r"\s(?P<name>(?-i:[A-ZÅÄÖ])[a-zåäöé-]{4,}(?:et|en))\s*[!.]?$")
# "LG står för ledningsgruppen och TSG för trygghetssamordningsgruppen": what the initials say the group is
STANDS_FOR = re.compile(r"(?P<short>\b[A-ZÅÄÖ]{2,6})\s+(?:står\s+)?för\s+(?P<long>[\wåäö][\wåäö -]*?)"
                        r"(?=\s+(?:och|samt)\s+[A-ZÅÄÖ]{2,6}\s|[.,;]|$)")
# "Krogsamverkan City är ett samarbete mellan …": a name without a group word, said to be a group
IS_A = re.compile(r"^(?!(?:Det|Den|Detta|Denna|Här|Där)\s)"  # "Det är en arbetsgrupp": a pronoun, no name
                  r"(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ0-9][\wåäö-]*){0,3})\s+är\s+(?:ett|en)\s+"
                  r"(?:[\wåäö-]+\s+)?(?:samarbete|samverkan|samverkansforum|forum|nätverk|grupp|mötesforum|samråd|"
                  r"team|arbetsgrupp|samverkansgrupp)\b")
# "Nyby BRÅ är det övergripande samrådet", "Enligt avtalet är Nyby BRÅ det lokala rådet": a name without a group
# word said to be the group a definite group word names; the subject before or after a fronted phrase and "är"
# (a word in lower case between capitals: "Trygg city Nyby")
_PROPER = r"(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:[a-zåäö]+\s+)?[A-ZÅÄÖ0-9][\wåäö-]*){0,3})"
# "… är överenskommelsens forum för centrum": the agreement's own, by its genitive
_THE_GROUP = r"\s+(?:(?:det|den)\s+(?:[a-zåäö-]+\s+){0,2}[a-zåäö-]*(?:gruppen|rådet|forumet|nätverket|teamet)|" \
    r"(?:överenskommelsens|avtalets|parternas)\s+(?:[a-zåäö-]+a\s+)?[a-zåäö-]*(?:grupp|råd|forum|nätverk|team))\b"
IS_THE = re.compile(r"^" + _PROPER + r"\s+är" + _THE_GROUP)
IS_THE_INVERTED = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+){0,3}?\s+är\s+" + _PROPER + _THE_GROUP)
# "Två gånger per år hålls Trygghetsdialogen, …": a name without a group word, held as a recurring meeting
HELD = re.compile(r"\b(?:genomförs|hålls|anordnas|arrangeras|äger\s+rum)\b(?:[^.;]*?\s)?(?<!\bi\s)(?<!\bpå\s)"
                  r"(?<!\bav\s)(?<!\bmed\s)(?<!\boch\s)(?<!\bsamt\s)(?<!\bvid\s)(?<!\bför\s)"
                  r"(?P<name>(?-i:[A-ZÅÄÖ])[a-zåäö-]{4,}(?:et|en))(?=\s*[,.;]|$)")
# "A, B och C samarbetar dessutom i SSPF Nyby, som …": a name by initials that bodies work together in
WORKED_IN = re.compile(r"(?i)\b(?:samarbetar|samverkar|möts|träffas|arbetar)\s+(?:\w+\s+)?i\s+"
                       r"(?P<name>(?-i:[A-ZÅÄÖ]{2,6})(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)?)(?=\s*[,.;]|$)")
# "SSPF Nyby (skola, socialtjänst, polis och fritid) träffas …": a name by initials, the bodies its letters stand
# for in brackets, then that it meets
INITIALS_MEET = re.compile(r"^(?P<name>(?-i:[A-ZÅÄÖ]{2,6})(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)?)\s*\([^()]{3,80}\)\s+"
                           r"(?:träffas|möts|ses|sammanträder|samlas)\b")
# "Kvällssamverkan genomförs varannan fredag …": a form of cooperation by its name, held at a frequency
HELD_FIRST = re.compile(r"^(?P<name>[A-ZÅÄÖ][a-zåäö]{3,}(?:samverkan|samarbetet|samarbete))\s+"
                        r"(?:genomförs|hålls|äger\s+rum|pågår|sker)\b")
# "Kommunpolisen kallar till och leder Strandsamverkan varje måndag": a name a function leads, at a frequency
HELD_ACTIVE = re.compile(r"\b(?:leder|anordnar|arrangerar|sammankallar|driver|kallar\s+till)\s+(?:och\s+[a-zåäö]+\s+)?"
                         r"[*_]{0,2}(?P<name>(?-i:[A-ZÅÄÖ])[a-zåäö-]{5,})[*_]{0,2}(?=\s+(?:varje|var|en|två|"
                         r"[a-zåäö]+vis)\b|\s*[,.;]|$)")
# "Två gånger om året har vi Trygghetskväll i Nyby.": a name the writers say they have, at a frequency
HELD_OURS = re.compile(r"\b(?:har|håller|ordnar)\s+(?:vi|parterna)\s+(?:också\s+|även\s+)?[*_]{0,2}"
                       r"(?P<name>(?-i:[A-ZÅÄÖ])[a-zåäö-]{5,}(?:\s+(?:i|på|för)\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)?)"
                       r"[*_]{0,2}(?=\s*[,.;]|$)")
# "Vår och höst bjuder vi in till Trygghetskaféet i …", "bjuder in boende till ett öppet Trygghetsforum X": a
# meeting the parties invite to; its name, a capitalised word or a group's name, follows "till"
INVITE_VERB = re.compile(r"\b(?:bjuder|bjöd|bjuds|inbjuder|inbjuds)\b")
INVITED_TO = re.compile(r"\btill\s+(?:(?:ett|en)\s+)?(?:(?:öppe[nt]|gemensam[mt]?|stor[at]?)\s+)?[*_]{0,2}")
# a meeting invited to by its kind, in lower case ("till ett öppet trygghetsmöte", "till en höstträff")
INVITED_MEETING = re.compile(r"till\s+(?:(?:ett|en)\s+)?(?P<name>(?:(?:öppe[nt]|gemensam[mt]?|stor[at]?)\s+)?"
                             r"[a-zåäö]{2,}(?:möte|träff|dialog|kafé|café)(?:t|et|en|n)?)\b")
MEETING_ADJECTIVE = re.compile(r"(?i)^(?:öppe[nt]|gemensam[mt]?|stor[at]?)\s+")  # "en öppen trygghetsträff"
INVITED_NAME = re.compile(r"(?-i:[A-ZÅÄÖ])[a-zåäöé-]{4,}(?:et|en)(?=[*_]{0,2}(?:\s*[,.;:]|\s+(?:i|på|vid)\s|$))")
# ", i det följande även kallad den strategiska gruppen": another name the text uses for the group from here on
CALLED_HERE = re.compile(r"(?i)\b(?:i\s+det\s+följande|nedan|härefter)\s+(?:även\s+|också\s+)?(?:kallad|kallat|"
                         r"kallade|benämnd|benämnt|benämns|kallas)\s+(?P<alias>(?:den|det)\s+[^,.;]+)")
# a group's initials in apposition after it, before a stop or a dash ("den taktiska gruppen, TG – bereder …")
INITIALS_AFTER = re.compile(r",\s*(?P<short>[A-ZÅÄÖ](?:[A-ZÅÄÖ]|[a-zåäö](?=[A-ZÅÄÖ])){1,5})(?=\s*(?:[.;–—]|\s-\s|$)|"
                            r"\s+(?:kallar|kallas)\s+(?:vi|man|den|det)\b)")  # "operativa gruppen, OG kallar vi den"

# a heading that describes a group by the article and its kind ("Den operativa gruppen"): no name of its own
DESCRIBED = re.compile(r"(?i)^(?:den|det|de|denna|detta)\s+")


class NameReading:
    """Reads the names a group goes by."""

    def read_named(self, unit: Unit, heading_group: Group | None = None) -> bool:
        """A group without a group word that the sentence sets up, says is one or holds as a meeting ("… har
        parterna inrättat NTS", "Nyby BRÅ är det övergripande samrådet", "Två gånger per år hålls X"); whether the
        unit was such a sentence. A meeting the heading names, said with what kind it is ("en öppen
        trygghetsträff" under "Trygghetsträff"), is the heading's group."""
        made = ESTABLISHED.search(unit.text) or CALLED_BY_US.search(unit.text)  # "… har parterna inrättat NTS."
        if made is None and (made := IS_A.match(unit.text) or IS_THE.match(unit.text)
                             or IS_THE_INVERTED.match(unit.text)) is not None and mentions(made.group("name")):
            made = None  # "Styrgruppen är en grupp …": a group word names it already
        meeting = self.held(unit.text) if made is None else made.group("name")
        meeting = meeting or self._named_before(unit)
        worked = None
        if meeting is None and (worked := self.worked_in(unit.text)) is not None:
            meeting = worked.group("name")  # "A, B och C samarbetar i SSPF Nyby"
            if worked.re is INITIALS_MEET:  # the bodies its letters stand for are no members
                unit = replace(unit, text=re.sub(r"\s*\([^()]*\)", "", unit.text, count=1))
        if meeting is None:
            return False
        if isinstance(meeting, str) and heading_group is not None \
                and fold(MEETING_ADJECTIVE.sub("", meeting)) == fold(heading_group.name):
            meeting = heading_group.name
        self.topic = self.named(meeting, unit.span) if isinstance(meeting, str) else self.group(meeting, unit.span, 2)
        self.topic.weight = max(self.topic.weight, 3 if made is not None and made.re is not ESTABLISHED else 2)
        _held_by_us(self.topic, unit, made)
        if worked is not None and worked.re is INITIALS_MEET and not self.topic.called:
            self.topic.called = "grupp"  # "SSPF Nyby (…) träffas …. Gruppen lämnar …": a group by what it does
        if made is not None and made.re in (IS_THE, IS_THE_INVERTED):  # "… det övergripande samrådet": "samrådet",
            self.topic.called = next((m.key for m in mentions(unit.text[made.end("name"):made.end()])), "")  # "rådet"
        if made is not None and made.re is CALLED_BY_US and (listed := re.match(r"\s*:\s*(?P<list>[^.;]+)",
                                                                                 unit.text[made.end():])):
            self._add_members(self.topic, members(listed.group("list")), unit.span)  # "det vi kallar X: A och B"
        self.read_sentence(self.topic, unit)
        self.told = self.topic
        return True

    def _named_before(self, unit: Unit) -> Mention | str | None:
        """"Kom till Trygghetsdialogen! Det är ett öppet möte …": the name without a group word that the sentence
        before, in the same paragraph, ends on, when this one says by a pronoun that it is a meeting or a group."""
        if not PRONOUN_IS_A.match(unit.text) or len(self.paragraph) < 2:
            return None
        if (named := ENDS_ON_NAME.search(self.paragraph[-2].text)) is None:
            return None
        found = [m for m in mentions(named.group("name"), True) if not m.bare]
        return found[0] if found else named.group("name")

    def called(self, unit: Unit, heading_group: Group | None) -> Unit:
        """"Den grupp som dagligen kallas X är …": under a heading naming the group, the heading's group goes by X;
        elsewhere the sentence says "X är …" (the group before it is not the one meant)."""
        if not CALLED_BY_HEADING.match(unit.text) or (called := NAMED_AS.search(unit.text)) is None:
            return unit
        if heading_group is not None and heading_group.named_by_heading \
                and fold(heading_group.name) == fold(unit.heading.strip(" .:")):
            self.rename(heading_group, unit.text)
            return unit
        return Unit(unit.kind, unit.text[called.start("name"):], unit.span, unit.heading, items=unit.items)

    def short_forms(self, text: str) -> None:
        """A group read with its short form in brackets wherever it stands ("Arbetet styrs av Ledningsgruppen för
        trygghet (LGT)"): the short form names it ("LGT:s möten bereds av …")."""
        for m in mentions(text):
            if not m.bare and (short := NAMED_SHORT.match(text, m.end)) is not None \
                    and short.group(1) not in self.abbreviations and (g := self.groups.get(m.key)) is not None:
                self.abbreviations[short.group(1)] = g

    def called_here(self, unit: Unit) -> None:
        """"Ledningsgruppen för trygghet, i det följande även kallad den strategiska gruppen": the words the text
        later uses for the group named before them."""
        for short in INITIALS_AFTER.finditer(unit.text):  # "Överst sitter styrgruppen, SG.": known by SG from here
            named = [m for m in mentions(unit.text[:short.start()]) if m.end == short.start() and not m.bare]
            if named and short.group("short") not in self.abbreviations:
                self.abbreviations[short.group("short")] = self.group(named[-1], unit.span, 1)
        if (alias := CALLED_HERE.search(unit.text)) is None:
            return
        named = [m for m in mentions(unit.text[:alias.start()]) if not m.bare]
        said = mentions(alias.group("alias"), True)
        if named and said and said[0].key != named[-1].key:
            self.renamed[said[0].key] = self.group(named[-1], unit.span, 2)

    def held(self, text: str) -> Mention | str | None:
        """A name without a group word that the sentence holds at a frequency ("två gånger per år hålls
        Trygghetsdialogen"), or a meeting the parties invite to ("bjuder in till Trygghetsforum X"): a recurring
        meeting, a group by what it does."""
        m = HELD.search(text) or HELD_ACTIVE.search(text) or HELD_OURS.search(text) or HELD_FIRST.match(text)
        name = m.group("name") if m is not None and not mentions(m.group("name")) else None
        if m is None:
            name = _invited(text)
        if name is None or frequency.per_year(text) is None \
                or fold(getattr(name, "name", name)) in {fold(g.name) for g in self.groups.values() if g.weight >= 3}:
            return None
        return name

    def worked_in(self, text: str) -> re.Match | None:
        """A name by initials that bodies work together in ("Skola, socialtjänst och polis samarbetar i SSPF
        Nyby, som …"): a group by what is done in it."""
        m = WORKED_IN.search(text) or INITIALS_MEET.match(text)
        return m if m is not None and not mentions(m.group("name")) else None

    def named(self, name: str, span: Span) -> Group:
        """The group a name without a group word stands for ("NTS", "BG"), known by it from here on."""
        key = fold(name)
        g = self.groups.get(key)
        if g is None:
            g = Group(key, name, span, 2)
            if (full := self._written_in_full(name)) is not None:  # "Nybys brottsförebyggande råd (Nyby BRÅ)"
                g.name = full
                self.abbreviations[name] = g
        self.groups[key] = g
        if name.isupper():
            self.abbreviations[name] = g
        return g

    def _written_in_full(self, short: str) -> str | None:
        """A group's name written out with its short name in brackets after it ("Brottsförebyggande rådet i Nyby
        kommun (Nyby BRÅ)"), anywhere in the document: the fullest mention, as written."""
        pattern = re.compile(r"(?<![\wåäöÅÄÖ-])(?P<full>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,7}?)\s*\("
                             + re.escape(short) + r"\)")
        for line in self.doc.reading:
            if "(" + short + ")" not in line:
                continue
            for m in pattern.finditer(line):
                found = mentions(m.group("full"), True)
                full = m.group("full")[found[0].start:] if found else ""
                if full[:1].isupper():
                    return f"{full} ({short})"
        return None

    def rename(self, g: Group, text: str) -> Group:
        """The group a sentence introduces by a word for its kind, under the name the sentence gives it ("en
        beredande grupp som … kallas BG", "en chefsgrupp, Trygghetsgruppen X", "Gruppen, som kallas Y")."""
        m = NAMED_AS.search(text) or APPOSITION.search(text) or _name_apposed(g, text)
        if m is not None and fold(m.group("name")) == fold(g.name):  # "§ 8 Lägesbildsgruppen" / "inrätta en
            # taktisk grupp med namnet Lägesbildsgruppen": the kind the word that introduces it says
            word = [x for x in mentions(text[:m.start()]) if not text[x.end:m.start()].strip()]
            if word and group_kind(word[-1].name) != "working":
                g.set("kind", group_kind(word[-1].name), g.span, force=True)
        if m is None or fold(m.group("name")) == fold(g.name) \
                or g.name[:1].isupper() and " " in g.name.strip() and not DESCRIBED.match(g.name):
            return g  # a name of its own stays; a heading's one word ("Ledningsgrupp") is a word for its kind, and
        # so is a heading that describes it ("Den operativa gruppen" over "en operativ grupp, OG, …")
        word = fold(g.key).split()[-1]
        g = self.give_name(g, m.group("name"))
        if not mentions(g.name, True) and not g.called:
            g.called = word  # "Trygga Nyby, en arbetsgrupp …": "gruppen" goes on naming it
        return g

    def give_name(self, g: Group, name: str) -> Group:
        """The group under the name the text gives it, merged with a group of that name read before."""
        self.renamed.setdefault(g.key, g)  # "en samordningsgrupp, benämnd X" … "Samordningsgruppen leds av …": X
        if group_kind(g.name) != "working":  # "en chefsgrupp, Trygghetsgruppen X": the kind its word says
            g.set("kind", group_kind(g.name), g.span)
        found = [x for x in mentions(name, True) if not x.bare and x.start == 0]
        key = named_whole(found[0], name).key if found else fold(name)
        other = self.groups.get(key)
        if other is not None and other is not g:
            for k, v in g.fields.items():
                other.set(k, v, g.spans.get(k, g.span))
            if group_kind(g.name) != "working":  # "§ 8 Lägesbildsgruppen" / "… inrätta en taktisk grupp med
                other.set("kind", group_kind(g.name), g.span, force=True)  # namnet Lägesbildsgruppen": taktisk
            del self.groups[g.key]
            g = other
        else:
            del self.groups[g.key]
            g.key, g.name, g.weight = key, name, max(g.weight, 2)
            self.groups[key] = g
        if ABBREVIATION.fullmatch(name):  # "den operativa gruppen, OpG": known by them from here on
            self.abbreviations[name] = g
        self.topic = g
        return g

    def stands_for(self, text: str) -> None:
        """"LG står för ledningsgruppen": a group known by its initials is of the kind its full name says."""
        if not re.search(r"(?i)\bstår\s+för\b", text):
            return
        for m in STANDS_FOR.finditer(text):
            g = self.abbreviations.get(m.group("short")) or self.groups.get(fold(m.group("short")))
            if g is not None and g.fields.get("kind", "working") == "working":
                g.fields["kind"] = group_kind(m.group("long"))


def _name_apposed(g: Group, text: str) -> re.Match | None:
    """The name a sentence gives g before the word for its kind ("Trygga Nyby, en arbetsgrupp där …"): a name of
    its own, with no group word, when g is the group that word introduces."""
    m = NAME_APPOSED.search(text)
    if m is None or mentions(m.group("name"), True) or fold(m.group("word")) != fold(g.key).split()[-1]:
        return None
    return m


def _held_by_us(g: Group, unit: Unit, made: re.Match | None) -> None:
    """"Två gånger om året har vi X": "har vi" is no word for meeting, yet says how often."""
    if made is None and HELD_OURS.search(unit.text) and (freq := frequency.per_year(unit.text)) is not None:
        g.set("frequency_per_year", freq.value, unit.span)


def _invited(text: str) -> Mention | str | None:
    """The meeting a sentence about no other group invites to ("Vår och höst bjuder vi in till Trygghetskaféet",
    "bjuder kommunen in boende till ett öppet Trygghetsforum X"): a group's name, or a capitalised word."""
    verb = INVITE_VERB.search(text)
    if verb is None or any(not m.bare and m.start > 0 for m in mentions(text[:verb.start()])):
        return None  # "…, i en samverkansgrupp som också bjuder in till …": the group before is the topic
    clause = re.split(r"[.;]", text[verb.end():], maxsplit=1)[0][:300]
    to = INVITED_TO.search(clause)
    if to is None or not (verb.group().startswith("inbjud") or re.search(r"\bin\b", clause[:to.start() + 1])):
        return None
    rest = clause[to.end():]
    named = [m for m in mentions(rest) if m.start == 0 and not m.bare]
    if named:
        return named[0]
    found = INVITED_NAME.match(rest)
    if found is None and (meeting := INVITED_MEETING.match(clause, to.start())) is not None:
        return meeting.group("name")  # "bjuder vi in till ett öppet trygghetsmöte": a meeting by its kind
    return found.group() if found else None
