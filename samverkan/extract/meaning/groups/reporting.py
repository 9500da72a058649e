"""Whom a group reports to: report targets, work done for another group, views and reports handed on, and
relative clauses about another group's reports."""

from __future__ import annotations

import re

from samverkan.extract.document import Span
from samverkan.extract.meaning.groups.model import Group
from samverkan.extract.meaning.groups.names import mentions
from samverkan.extract.meaning.groups.words import (
    PREPARES,
    PRONOUN,
    RELATIVE,
    REPORTS,
    finite,
    until_verb,
    verb_clauses,
)
from samverkan.extract.meaning.phrases import PERSON, member
from samverkan.extract.meaning.text import Unit, fold, lemma

# "LBR får SGS rapporter": the subject receives another group's reports (a genitive before them)
GETS_REPORTS_OF = re.compile(r"(?i)\b(?:får|tar\s+emot|mottar|erhåller)\s+(?:del\s+av\s+)?"
                             r"(?P<source>[\wåäö-]+(?::s|s))\s+(?:\w+\s+)?(?:\w*rapporter|redovisningar)\b")
# "för" after it is its topic
REPORT_NOUN = re.compile(r"(?i)(?:rapport|redogörelse|berättelse)\w*(?:\s+om\s+\w+)?\s*$")
REPORT_TARGET = re.compile(r"(?i)(?:\b(?:till|för|inför)\s+|→\s*)"  # "Rapporterar → KS": the arrow is "till"
                           r"(?:(?:varje|nästa|kommande)\s+(?:möte|sammanträde)\s+(?:i|med)\s+)?(?P<to>[^.;]+)|"
                           r"^\s*(?P<obj>(?:den|det)\s+(?!som\b|till\b|för\b|inför\b)[^.;]+|"
                           r"[\wåäöÅÄÖ-]+(?:gruppen|rådet|forumet|nätverket|styrelsen|nämnden|beredningen|teamet)"
                           r"(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)?|(?-i:[A-ZÅÄÖ]{2,6})\b|"
                           r"(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:grupp|nätverk|råd|forum|team)(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)*"
                           r"(?:\s+[a-zåäö]+)?\s*$)")  # "→ Arbetsgrupp Trygg centrum"
OWN_BODY = re.compile(r"(?i)^(?:sin|sitt|sina)\s+(?:egen|eget|egna)\s+"
                      r"(?=[\wåäö-]*(?:styrelse|nämnd|fullmäktige|ledning))")  # "för sin egen kommunstyrelse"
ALSO_TO = re.compile(r"(?i)\boch\s+till\s+(?P<to>[^.;]+)")
TARGET_STOP = re.compile(r"(?i)\s*(?:,|\bnär\b|\bhur\b|\bvad\b|\befter\b|\bvid\b|\binför\b|\bsom\b|\bom\b|"
                         r"\b(?:och|men)\s+(?:inte|ej)\b|"  # "till A och inte till B"
                         r"\boch\s+(?!till\b)\w+ar\b|"
                         r"\ben\s+gång|\bvarje\b|\bi\s+(?:samband|slutet)|\bminst\b|\btvå\s+gånger|\bför\s+hela\b|"
                         r"\bi\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
                         r"december)\b).*$")
# "Gruppens lägesbild lämnas till X": a thing of the group's, by its genitive, handed to X
OWN_HANDED = re.compile(r"(?i)^(?P<owner>[\wåäö-]*(?:gruppens|rådets|nätverkets|teamets|forumets))\s+"
                        r"(?:[\wåäö-]+\s+){1,2}?(?:lämnas|lämnats|skickas|skickats)\s+till\s+(?P<to>[^.;()]+)")
# "Styrgruppen tar emot rapporter från arbetsgruppen": the other way round, the group after "från" reports
RECEIVES = re.compile(r"(?i)\btar\s+emot\s+(?:\w+\s+)?(?:rapporter|återrapportering|underlag|lägesbilder?|"
                      r"redovisningar)\s+från\s+(?P<from>[^.;,]+)")
# "Kommunstyrelsen får en skriftlig redovisning från den": a body the group reports to, as the subject
RECEIVED_FROM = re.compile(r"(?i)^(?P<who>(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+[a-zåäö-]+)?)\s+(?:får|erhåller|tar\s+emot)\s+"
                           r"(?:[\wåäö-]+\s+){0,3}?(?:redovisning|rapport|återrapport|lägesrapport)\w*\s+från\s+"
                           r"(?P<from>den|det|dem|gruppen|[^.;,]+?)(?=[\s.,;]|$)")
# "Den svarar för att kommunstyrelsen får den årliga redovisningen": the body it sees gets the report
SEES_THAT_GETS = re.compile(r"(?i)\b(?:svarar|ansvarar)\s+för\s+att\s+(?P<who>[a-zåäö][\wåäö-]*(?:\s+[a-zåäö-]+)?)\s+"
                            r"får\s+(?:[\wåäö-]+\s+){0,3}?(?:redovisning|rapport|återrapport|lägesrapport|"
                            r"lägesbild)\w*\b")
# "arbetar på uppdrag av styrgruppen", "Under styrgruppen finns en arbetsgrupp": the group it works for
WORKS_FOR = re.compile(r"(?i)\bpå\s+uppdrag\s+(?:av|från)\s+(?P<to>[^.;,]+)|"
                       r"^under\s+(?P<over>(?:(?:den|det)\s+[a-zåäö]+[ae]\s+)?[\wåäöÅÄÖ-]+(?:\s+"
                       r"(?-i:[A-ZÅÄÖ])[\wåäö-]+)?)\s+(?:finns|arbetar|verkar)\b")
# "Synpunkter från forumet tas om hand av X", "Det som kommer fram där tar samordnaren med sig till X": what a
# group brings forth goes on to X
_VIEWS = r"(?:synpunkter(?:na)?|förslag(?:en)?|frågor(?:na)?|iakttagelser(?:na)?|erfarenheter(?:na)?)"
VIEWS_HANDED_ON = re.compile(r"(?i)^(?:(?:" + _VIEWS + r"(?:\s+(?:och|samt)\s+" + _VIEWS + r")?|"  # "Iakttagelser och
                             # förslag från samrådet tas upp i X"
                             r"det\s+som\s+kommer\s+(?:fram|upp)|"
                             r"det\s+som\s+(?:framkommer|tas\s+upp|lyfts))\s+(?:från\s+(?P<source>[\wåäö-]+)|där|därifrån)|"
                             r"(?:synpunkterna|förslagen)(?=\s+(?:tas|förs|lämnas|går))|"  # the ones just told of
                             # "Det som kommer fram tas om hand av X" (or "tar A med sig till X") after sentences
                             # about a meeting: what comes up there
                             r"det\s+som\s+(?:kommer\s+(?:fram|upp)|framkommer)(?=\s+(?:tas|förs|lämnas|går|tar)\s)|"
                             # "Det som kommer fram på mötet lämnas till X", "… i forumet tas om hand av X": what
                             # comes up at the meeting, or in the group, just told of
                             r"det\s+som\s+(?:kommer\s+(?:fram|upp)|framkommer|sägs)\s+(?:(?:på|vid|under)\s+"
                             r"(?:mötet|mötena|träffen|träffarna|dialogen|sammankomsten)|i\s+(?:forumet|rådet|nätverket|"
                             r"gruppen|teamet|mötet|dialogen))(?=\s+(?:tas|förs|lämnas|går|tar)\s)|"
                             # "Iakttagelser och förslag lämnas till X" under the group's heading: its own
                             r"" + _VIEWS + r"\s+(?:och|samt)\s+" + _VIEWS + r"(?=\s+(?:tas|förs|lämnas|går))|"
                             # "Det du säger tar samordnarna med sig till X": what the people at it say
                             r"det\s+(?:som\s+)?(?:du|ni|man|de|vi|alla|deltagarna|invånarna)\s+(?:säger|tycker|"
                             r"berättar|framför|tar\s+upp|lyfter)(?:\s+där)?)\s+"
                             r"(?:[^.;]{0,60}?\s)?(?:tas\s+om\s+hand\s+av|förs\s+vidare\s+till|för\s+\w+\s+vidare\s+till|"
                             r"med\s+(?:sig\s+)?till|lämnas\s+(?:vidare\s+)?till|går\s+(?:vidare\s+)?till|för\s+vidare\s+till|"
                             r"tas\s+upp\s+i)\s+(?P<to>[^.;,]+)")
# "…, och det som kommer fram tar samverkansgruppen med sig": the group that takes it on is the one reported to
VIEWS_TAKEN = re.compile(r"(?i)(?:^|,\s+(?:och|men)\s+)det\s+som\s+(?:kommer\s+fram|framkommer|sägs)(?:\s+där)?"
                         r"\s+tar\s+(?P<to>[^.;,]{3,60}?)\s+med\s+sig\s*[.;]?$")
# "… och håller styrgruppen informerad": it informs the group, which it reports to
BOARD = re.compile(r"(?i)[\wåäö-]*(?:styrelsen|nämnden|fullmäktige|utskottet)")  # a body a group may answer to
KEEPS_INFORMED = re.compile(r"(?i)\bhåller\s+(?P<to>[^.;,]{2,60}?)\s+(?:informerad|informerat|informerade|underrättad|"
                            r"underrättat|underrättade|uppdaterad|uppdaterat|uppdaterade)\b")
# "… ges tillfälle att lämna synpunkter, vilka därefter sammanställs och föreläggs X": what people say at a group
# goes on to X, in a relative clause of the views themselves
VIEWS_PASSED_ON = re.compile(r"(?i)(?:\bsynpunkter(?:na)?,?\s+(?:vilka|som)|\bvars\s+" + _VIEWS + r")\s+"
                             r"(?:[^.;]{0,60}?\s)?(?:föreläggs|tas\s+om\s+hand\s+av|tas\s+upp\s+i|"  # "…, vars
                             # synpunkter tas om hand av X": what is said at it goes on to X
                             r"förs\s+vidare\s+till|lämnas\s+(?:vidare\s+)?till|överlämnas\s+till|redovisas\s+för)\s+"
                             r"(?P<to>[^.;,]+)")
THEN_ON = re.compile(r"(?i)^(?:därefter|sedan|sen|slutligen|vidare)\s")  # a further step of what is handed on
ADVERB_FIRST = re.compile(r"(?i)^(?:också|även|dessutom|därtill)\s+")  # "förbereder också styrgruppens möten"


PLACED_BODY = re.compile(r"(?P<body>(?:[a-zåäö]+-\s+(?:och|samt)\s+)?[a-zåäö]+(?:en|et|na))\s+i\s+"
                         r"(?:(?:Region|Polisregion)\s+)?[A-ZÅÄÖ][\w-]*(?:\s+(?:kommun|stad|län))?|"
                         r"(?P<each>(?:[a-zåäö]+-\s+(?:och|samt)\s+)?[a-zåäö]+(?:en|et|na))\s+i\s+(?:(?:respektive|varje)\s+"
                         r"(?:kommun|stadsdel|region|område)|"  # "socialnämnden i respektive kommun": each its own
                         # "kommunstyrelsen i var och en av de tre kommunerna": so too
                         r"var\s+och\s+en\s+av\s+(?:de\s+)?(?:[a-zåäö]+\s+)?(?:kommunerna|stadsdelarna|regionerna))")


def report_body(words: str) -> str:
    """A report target that is no group, as a reader lists it: a function in its base form ("regionpolischefen i
    PR Syd" → "regionpolischef"), a body each party has by its one ("kommunstyrelserna" → "kommunstyrelsen")."""
    if PERSON.search(lemma(words.split()[0])) and (found := member(words)):
        return found
    if placed := PLACED_BODY.fullmatch(words):
        return placed.group("body") or placed.group("each")  # "polisområdesledningen i Nyby": the place only
        # says whose it is
    if " " not in words and words.islower() and words.endswith(("erna", "arna", "orna")) \
            and (base := lemma(words)) != words.casefold():
        return base + ("n" if base.endswith("e") else "en")
    return words


class ReportReading:
    """Reads whom a group reports to."""

    def _receives(self, g: Group, text: str, span: Span) -> None:
        """"LBR får SGS rapporter", "Rådet tar emot styrgruppens lägesrapporter": the group the sentence is about
        is where the other group's reports go."""
        if (m := GETS_REPORTS_OF.search(text)) is None:
            return
        word = m.group("source")
        source = next((x for w in (word, re.sub(r"(?i):?s$", "", word))
                       if (x := self.abbreviations.get(w) or self._known_group(w)) is not None), None)
        subject = text[:m.start()].strip()
        if source is not None and source is not g and (
                PRONOUN.fullmatch(subject) or self._known_group(subject) is g or self.abbreviations.get(subject) is g):
            source.report_to(g.name, span)

    def read_own_handed(self, unit: Unit) -> bool:
        """"Gruppens lägesbild lämnas till X": a thing of a group's, by its genitive (the group just told of where
        the word is bare), goes to X, which the group reports to; whether the unit was such a sentence."""
        if (handed := OWN_HANDED.match(unit.text)) is None:
            return False
        found = [m for m in mentions(handed.group("owner"), True) if m.start == 0]
        g = self.told if found and found[0].bare else self._known_group(handed.group("owner")[:-1]) if found else None
        to = self.resolve(until_verb(handed.group("to")), g) if g is not None else None
        if g is None or not to or to == g.name or not (mentions(to) or any(x.name == to for x in self.groups.values())):
            return False
        g.report_to(to, unit.span)
        return True

    def read_views_handed_on(self, unit: Unit) -> bool:
        """"Synpunkter från forumet tas om hand av X", "Det som kommer fram där tar samordnaren med sig till X":
        what a group brings forth goes to X, which it reports to; whether the unit was such a sentence."""
        m = VIEWS_HANDED_ON.match(unit.text)
        if m is None:
            return False
        named = [x for x in mentions(unit.text[m.start("source"):], True) if x.start == 0 and not x.bare] \
            if m.group("source") else []
        g = (self.groups.get(named[0].key) or self._alias(named[0])) if named else \
            self.known_word(m.group("source")) or self._made_of_word(m.group("source")) if m.group("source") \
            else self.told
        target = self.resolve(until_verb(m.group("to")), g) if g is not None else None
        if g is None or not target or target == g.name or not (
                mentions(target) or any(x.name == target for x in self.groups.values())):
            return False
        g.report_to(target, unit.span)
        self.said_before = unit.text
        return True

    def _made_of_word(self, word: str) -> Group | None:
        """The group just told of whose name is made of the word ("Erfarenheterna från kvällarna" after
        "Kvällssamverkan genomförs …"): what its meetings bring forth."""
        stem = fold(lemma(word))
        told = self.told
        return told if told is not None and len(stem) >= 4 and fold(told.name).startswith(stem) else None

    def settle_reports(self) -> None:
        """A report target the text describes only later ("eskaleras till styrgruppen" before "Styrgruppen består
        av …") is that group, by its name."""
        names = {g.name for g in self.groups.values()}
        for g in self.groups.values():
            targets = g.fields.get("reports_to") or []
            placed = [t for t in targets if PLACED_BODY.fullmatch(t)]
            kept = set(placed) if _placed_apart(placed) else set()  # "kommunstyrelsen i Åby", "… i Nyby"
            settled = _once_each(t if t in names or t in kept else self.resolve(t, g) or t for t in targets)
            if settled != targets:
                g.fields["reports_to"] = [x for x in settled if x != g.name]

    def _works_for(self, g: Group, text: str, span: Span) -> None:
        """"arbetar på uppdrag av styrgruppen", "Under X finns …": g reports to X; "X tar emot rapporter från Y":
        Y reports to g."""
        if (works := WORKS_FOR.search(text)) is not None:
            name = self.resolve(until_verb(works.group("to") or works.group("over")), g)
            if name and name != g.name and (mentions(name) or any(x.name == name for x in self.groups.values())):
                g.report_to(name, span)
        if (gives := RECEIVES.search(text)) is not None:
            name = self.resolve(until_verb(gives.group("from")), g)
            other = next((x for x in self.groups.values() if x.name == name and x is not g), None)
            if other is not None and g.name not in other.fields.get("reports_to", []):
                other.report_to(g.name, span)

    def _views_passed_on(self, g: Group, text: str, span: Span) -> None:
        """"… lämna synpunkter, vilka därefter sammanställs och föreläggs X": what is said at g goes on to X; so
        does "…, och det som kommer fram tar X med sig"."""
        if (views := VIEWS_PASSED_ON.search(text)) is not None \
                and (to := self.resolve(until_verb(views.group("to")), g)) and to != g.name:
            g.report_to(to, span)
        taken = VIEWS_TAKEN.search(text) or re.search(r"(?i)informera|underrätta|uppdatera", text) \
            and KEEPS_INFORMED.search(text)
        if taken is not None and (to := self.resolve(taken.group("to"), g)) \
                and to != g.name and (mentions(to) or any(x.name == to for x in self.groups.values())
                                      or taken.re is KEEPS_INFORMED and BOARD.fullmatch(to)):
            g.report_to(to, span)  # a group that takes it with it: not "… tar deltagarna med sig"; a board it

            # keeps informed ("håller kommunstyrelsen informerad")

    def _received_from(self, g: Group, text: str, span: Span) -> None:
        """"Kommunstyrelsen får en skriftlig redovisning från den": g reports to the body that receives it."""
        if (given := RECEIVED_FROM.match(text)) is not None and not mentions(given.group("who")) \
                and (fold(given.group("from")) in {"den", "det", "dem", "gruppen"}
                     or self.resolve(given.group("from"), g) == g.name):
            who = given.group("who")
            to = who[:1].lower() + who[1:] if " " not in who else who  # "Kommunstyrelsen", "Region Nyby"
            g.report_to(to, span)
        if (sees_to := SEES_THAT_GETS.search(text)) is not None and not mentions(sees_to.group("who")):
            # "Den svarar för att kommunstyrelsen får redovisningen"
            g.report_to(report_body(sees_to.group("who")), span)

    def _reports(self, g: Group, text: str, span: Span) -> None:
        text = self._own_part(g, text)
        self._works_for(g, text, span)
        self._views_passed_on(g, text, span)
        self._received_from(g, text, span)
        if (prepares := PREPARES.search(text)) is not None:  # "förbereder styrgruppens möten": works for it
            name = self.resolve(ADVERB_FIRST.sub("", prepares.group("owner") or "") or prepares.group("passive")
                                or prepares.group("basis") or prepares.group("decides")
                                or prepares.group("inverted") or prepares.group("for")
                                or _meetings_owner(until_verb(prepares.group("to") or prepares.group("by"))), g)
            if name and name != g.name and (mentions(name) or any(x.name == name for x in self.groups.values())):
                g.prepares = True
                g.report_to(name, span)
        for clause in verb_clauses(text):  # "rapporterar muntligt till A; en gång om året lämnar den en
            for start, end in _verb_phrases(clause):  # redovisning till B": each clause its own report, and
                self._reports_in(g, clause[:end], span, start)  # each verb an "och" joins ("… till A och lämnar
                # … till B"), the words before it still there for a "denna" to name

    def _reports_in(self, g: Group, text: str, span: Span, start: int = 0) -> None:
        """The reports of g one clause tells of from `start` on, their targets added to g's."""
        for m in REPORTS.finditer(text, start):
            verb = m.group().split()[0].casefold()
            target = self._report_target(g, text, m)
            if not target:
                continue
            if verb == "informerar" and not target.group("obj") or _handed_on(text[:m.start()], verb) \
                    or self._of_another_antecedent(g, text[:m.start()]):
                continue
            if verb == "från" and self.resolve(re.sub(r"\s+\S+$", "", m.group()[5:m.start("rest") - m.start()]),
                                              g) != g.name:
                continue  # "Anteckningarna från de operativa grupperna skickas till X": theirs, not g's
            if verb in ("ansvarar", "svarar") and "inför" not in m.group("rest")[:target.end()]:
                continue
            raw = GROUP_MEETING.sub(r"\1en", target.group("to") or target.group("obj"))  # "inför varje
            # styrgruppsmöte": the group whose meeting it is
            raw = until_verb(TARGET_STOP.sub("", raw).strip())
            raw = OWN_BODY.sub("", raw)  # "för sin egen kommunstyrelse": each its own, the body
            raw = re.sub(r"\s*\([^)]*\)", "", raw)  # "kommunstyrelsen (KS)": its short form is no part of it
            if not raw or raw.split()[0].casefold() in {"sig", "sina", "sin", "sitt", "dem", "varandra"}:
                continue
            resolved = []
            whole = any(fold(raw) == fold(x.name) for x in self.groups.values())  # "Gruppen Skola och Fritid"
            # not "hälso- och sjukvårdsnämnd"; the preposition repeated: "för A och för B"
            parts = [raw] if whole else _target_parts(raw)
            apart = _placed_apart(parts)
            for part in parts:
                part = _as_function(part)
                if fold(part) in {"denna", "detta", "dessa", "dem"}:  # "… bereder ärenden till styrgruppen och
                    named = [x for x in mentions(text[:m.start()]) if not x.bare]  # rapporterar till denna"
                    part = named[-1].name if named else part
                each = self._each_of(part, g)
                name = None if each else part if apart else self.resolve(part, g)
                resolved += [x for x in each if x not in resolved]
                if name and name != g.name:
                    resolved.append(name)
            for more in ALSO_TO.finditer(m.group("rest"), target.start() + 1):  # "till A när …, och till B när …"
                said = until_verb(TARGET_STOP.sub("", more.group("to")).strip())
                if apart and said in parts:
                    continue  # "till A i Åby och till A i Nyby": read already, each by its place
                name = self.resolve(said, g)
                if name and name != g.name and name not in resolved:
                    resolved.append(name)
            if resolved:
                existing = g.fields.get("reports_to", [])
                g.set("reports_to", existing + [r for r in resolved if r not in existing], span, force=True)

    def _of_another_antecedent(self, g: Group, before: str) -> bool:
        """"… via den taktiska gruppen till den strategiska, som i sin tur rapporterar till X": a report in a
        relative clause is its antecedent's; whether that antecedent is neither g nor a person."""
        said = RELATIVE_BEFORE.search(before)
        if said is None:
            return False
        antecedent = before[:said.start()]
        last = mentions(antecedent)[-1:]
        if last and antecedent.rstrip().endswith(last[0].name):
            return False  # a group, whose report the relative reading gives it
        words = antecedent.split()
        return bool(words) and not PERSON.search(lemma(words[-1].casefold())) \
            and not fold(antecedent).endswith(fold(g.name))

    def _each_of(self, words: str, asking: Group) -> list[str]:
        """"båda taktiska grupperna", "alla områdesgrupper": each group of that kind the text has named."""
        m = re.match(r"(?i)(?:till\s+)?(?:båda|bägge|alla|samtliga|de\s+(?:två|tre|fyra))\s+(?P<kind>[^,.;]+)$", words)
        if m is None:
            return []
        key = fold(" ".join(lemma(w) for w in m.group("kind").split()))
        return [g.name for g in self.groups.values() if g is not asking and not g.excluded
                and (g.key == key or g.key.startswith(key + " "))]

    def _own_part(self, g: Group, text: str) -> str:
        """The words of a sentence about g: up to a relative clause about another group named in it ("… förs den
        till den strategiska gruppen, som … lyfter den till X": X is that group's target, not g's)."""
        return text[:self._relative_of_other(g, text)[0]]

    def _relative_of_other(self, g: Group, text: str) -> tuple[int, Group | None]:
        """Where a relative clause about another group named in a sentence about g starts, and that group (the
        sentence's end and None when there is none); a group by its short form too ("… till BG, som bereder …")."""
        if RELATIVE.search(text) is None:
            return len(text), None
        for m in mentions(text):
            other = None if m.bare else self.groups.get(m.key) or self._alias(m) or self._renamed(m.key)
            if other is not None and other is not g and m.start > 0 and RELATIVE.match(text, m.end):
                return m.end, other
        for short, other in self.abbreviations.items():
            for m in re.finditer(r"(?<!\w)" + re.escape(short) + r"(?!\w)", text):
                if other is not g and m.start() > 0 and RELATIVE.match(text, m.end()):
                    return m.end(), other
        return len(text), None

    def _relative_reports(self, g: Group, text: str, span: Span) -> None:
        """A relative clause that tells where another group's work goes ("A lämnar sina iakttagelser till BG, som
        bereder ärenden till SSG"): that group's report, read as a sentence about it."""
        at, other = self._relative_of_other(g, text)
        if other is not None and (clause := RELATIVE.match(text, at)) is not None \
                and re.match(r"som\s", text[clause.start():].lstrip(" ,")) \
                and finite(text[clause.end():].split(" ", 1)[0]):
            self._reports(other, f"{other.name} {text[clause.end():]}", span)

    def _report_target(self, g: Group, text: str, m: re.Match) -> re.Match | None:
        """Where a report of g goes, in the words after its verb: after "till" when a report noun leads ("en
        redogörelse för arbetet till X"), past g itself ("redovisar gruppen … för X")."""
        target = REPORT_TARGET.search(m.group("rest"))
        if REPORT_NOUN.search(text, 0, m.start("rest")) and (to := re.search(r"\btill\s", m.group("rest"))):
            target = REPORT_TARGET.search(m.group("rest"), to.start())
        if target and target.group("obj") and self.resolve(until_verb(target.group("obj")), g) == g.name:
            target = REPORT_TARGET.search(m.group("rest"), target.end())
        if target and re.search(r"(?i)\b(?:inte|ej|aldrig)\s+$", m.group("rest")[:target.start()]):
            instead = re.search(r"(?i)\butan\s+(?=till\s)", m.group("rest"))  # "inte till A utan till B": B
            target = REPORT_TARGET.search(m.group("rest"), instead.end()) if instead else None
        return target


# ", som i sin tur " right before a report's verb: the clause is its antecedent's
RELATIVE_BEFORE = re.compile(r",\s+som\s+(?:i\s+sin\s+tur\s+|också\s+|även\s+|sedan\s+)?$")


def _once_each(names) -> list[str]:
    """The names in order, each once whatever its case ("Kommunstyrelsen" in a table, "kommunstyrelsen" in prose)."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(fold(name), name)
    return list(seen.values())


def _target_parts(raw: str) -> list[str]:
    """The bodies a report goes to ("till A och B", "för A och för B"), without a further step of what is handed
    on ("redovisas för A och därefter för B": A hands it on to B)."""
    parts = re.split(r"(?<!-)(?<!\bvar)\s+och\s+(?!en\b)(?:till\s+|för\s+)?", raw)  # not "var och en av …"
    return [p for p in parts if not THEN_ON.match(p)]


def _placed_apart(parts: list[str]) -> bool:
    """Whether the targets are one kind of body in different places ("till kommunstyrelsen i Åby och till
    kommunstyrelsen i Nyby"): the places tell the bodies apart, so each keeps its own."""
    placed = [PLACED_BODY.fullmatch(p.strip()) for p in parts]
    return len(parts) >= 2 and all(m is not None and m.group("body") for m in placed) \
        and len({fold(m.group("body")) for m in placed}) == 1 and len({fold(p) for p in parts}) == len(parts)


def _handed_on(before: str, verb: str) -> bool:
    """Whether a passive report verb is said of a thing in a relative clause ("… sammanställer en uppföljning, som
    behandlas i X och därefter redovisas för Y"): the thing is handed on, not the group's report."""
    clause = list(re.finditer(r"(?P<antecedent>[\wåäö-]+),\s+som\s+", before))
    once = re.search(r"(?:ades|des|tes)$", verb) and re.search(r"(?i)\bsom\s+(?:[\wåäö]+\s+)?$", before)  # "en
    # utvärdering som redovisades för X": a thing handed on once, in the past, no reporting line
    return verb.endswith("s") and (bool(clause) and not mentions(clause[-1].group("antecedent")) or bool(once))


def _as_function(words: str) -> str:
    """A report target that is a function, in its base form ("polisområdeschefen i Polisområde X")."""
    function = member(words) if not mentions(words) else None
    return function if function and PERSON.search(function.split()[-1]) else words


GROUP_MEETING = re.compile(r"(?i)^(?:varje|nästa|kommande|respektive)\s+([\wåäö-]+?(?:grupp|råd|nätverk|forum|team))"
                           r"s?(?:möte|sammanträde)(?:t|n|na)?\b")


def _meetings_owner(words: str) -> str:
    """"styrgruppens sammanträden", "SG:s möten" → the group whose meetings they are."""
    return re.sub(r"(?::s|(?<=[a-zåäö])s)\s+(?:möten|mötena|sammanträden|sammanträdena|möte|sammanträde)$", "",
                  words.strip())


COORDINATED = re.compile(r"\s+(?:och|samt)\s+(?:(?:därutöver|dessutom|även|också)\s+)?(?=(?P<verb>[a-zåäö]+)\s)")


def _verb_phrases(clause: str) -> list[tuple[int, int]]:
    """Where a clause's verb phrases that "och"/"samt" join start and end, each with its own report ("rapporterar
    till A och lämnar därutöver en redogörelse till B"); the clause whole where no two phrases tell of one each."""
    out, start = [], 0
    for m in COORDINATED.finditer(clause):  # cut only between two reports: "skickar det den ser och hör vidare
        if finite(m.group("verb")) and REPORTS.search(clause[start:m.start()]) \
                and REPORTS.search(clause[m.end():]):  # till X" is one
            out.append((start, m.start()))
            start = m.end()
    return [*out, (start, len(clause))]
