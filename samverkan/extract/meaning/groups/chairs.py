"""Who chairs a group: a chair named in a sentence or a cell, and chairs who take turns (by year, season or
parity)."""

from __future__ import annotations

import re

from samverkan.extract.document import Span
from samverkan.extract.meaning.groups.model import Group
from samverkan.extract.meaning.groups.names import FRONTING, names_group
from samverkan.extract.meaning.groups.words import (
    ADVERBS,
    ALTERNATING,
    CHAIR_MARK,
    GENITIVE_WORD,
    MORE_ADVERBS,
    PERSON_NAME,
    finite,
    lower_start,
    said_in_full,
    subject_of,
    until_verb,
)
from samverkan.extract.meaning.phrases import PERSON, function_list, group_kind, member, split_list
from samverkan.extract.meaning.text import fold, lemma

# a person named with the function held ("Eva Ek, som är rektor", "Eva Ek, rektor", "Eva Ek, EST-samordnare"): the
# function is who leads
NAMED_HOLDER = re.compile(r"^" + PERSON_NAME + r",\s+(?:som\s+är\s+)?"
                          r"(?P<function>(?:(?-i:[A-ZÅÄÖ]{2,6})-)?(?-i:[a-zåäö])[\wåäö -]{2,60}?)\s*,?$")
# "möts växelvis i Åby och Nyby", "hålls på skolorna i tur och ordning": the place goes round, not the chair
PLACE_TURNS = re.compile(r"(?i)\b(?:växelvis|alternerande|omväxlande)\s+(?:i|på|hos)\s+[^.;,]+|"
                         r"\b(?:på|hos)\s+[^.;,]{2,40}?\s+i\s+tur\s+och\s+ordning\b")
# "som hon leder udda år", "med ordförandeskapet jämna år": one of the chairs, by the years it leads
# "A är ordförande första året, sen B, och så växlar det": the chair in turns, the first named first
CHAIR_THEN = re.compile(r"(?i)^(?P<a>[^,;]{3,60}?)\s+är\s+ordförande\s+(?:det\s+|under\s+det\s+)?(?:första|1:a)\s+"
                        r"(?:året|halvåret|perioden|mandatperioden|kalenderåret)\s*,\s*(?:och\s+)?(?:sen|sedan|därefter)"
                        r"\s+(?P<b>[^,;.]{3,60})")
# "A leder mötena under årets första halvår, B under det andra": each leads a part of the year, in turn
CHAIR_HALVES = re.compile(r"(?i)^(?P<a>[^,;]{3,60}?)\s+(?:leder|är\s+ordförande)\s+(?:[\wåäö]+\s+)?(?:under\s+)?"
                          r"(?:årets\s+|det\s+|den\s+)?(?:första|1:a)\s+(?:halvår|år|kvartal|period|termin|hälft)\w*\s*,"
                          r"\s*(?:och\s+|medan\s+)?(?P<b>[^,;.]{3,60}?)\s+(?:[\wåäö]+\s+)?(?:under\s+)?"
                          r"(?:det|den|årets)\s+(?:andra|senare|sista)\b")
PARITY_CHAIR = re.compile(r"(?i)\b(?:leder|ordförandeskap\w*)\b[^.;]{0,30}?\b(?:udda|jämna)\s+år\b")
# "under udda år av A och under jämna år av B": when each holds it, no part of who
# "av A under kalenderår med udda årtal och av B under …": the years follow too
YEARS_OF = re.compile(r"(?i)\b(?:under\s+|de\s+)?(?:udda|jämna)\s+år(?:en)?\s+(?:av\s+)?|"
                      r"\s*\bunder\s+(?:kalender)?år\s+med\s+(?:udda|jämna|jämnt)\s+årtal\b|(?<=\boch\s)av\s+|"
                      # "under 2026 leds den av A och under 2027 av B": the verb left out after the second year
                      r"(?<=\boch\s)(?:under\s+|år\s+)?(?:år\s+)?(?:19|20)\d\d\s+av\s+|"
                      # "växlar mellan A och B år för år": how often the turn goes, no part of B
                      r"\s+(?:år\s+för\s+år|årsvis|vartannat\s+år)(?=\s*[,.;]|\s*$)")
# a field's label before the sentence its value is ("Syfte: Gruppen leder …")
LABEL_BEFORE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+:\s+")
# "A jämna år, B udda år": the years after the one who chairs in them
PARITY_AFTER = re.compile(r"(?i)\s+(?:under\s+)?(?:udda|jämna|jämnt)\s+år(?:en|tal)?\b")
# "lokalpolisområdeschefen under 2025 och av kommundirektören under 2026": the year of each one's term
TERM_OF = re.compile(r"(?i)\s+(?:under|från|för|till|år)\s+(?:år\s+)?\d{4}\b.*$")
# "leds av en av fältassistenterna", "av den av rektorerna som …": one of them, by their function
ONE_OF = re.compile(r"(?i)^(?:(?:en|ett|den|det|någon|något)\s+)?av\s+")
# "A är ordförande 2026 och B 2027": the chair held in turn, each function for the years named
_WHO = r"(?<![\wåäö-])(?:[\wåäö-]+\s+){0,3}?[\wåäö-]+"
_YEARS = r"\s+(?:(?:under|år|för)\s+)?(?:19|20)\d\d(?:(?:\s*,\s*|\s+och\s+)(?:19|20)\d\d)*\b"
# (or "A leder gruppen 2026, B 2027": who leads it in each year)
CHAIR_BY_YEAR = re.compile(r"(?i)(?P<a>" + _WHO + r")\s+(?:är\s+ordförande|leder\s+(?:mötena|gruppen|den|det|"
                           r"[\wåäö-]*(?:gruppen|rådet|forumet|nätverket|teamet)))" + _YEARS + r"[^,;.]{0,20}?"
                           r"(?:,\s*|\s+och\s+|\s+samt\s+)(?P<b>" + _WHO + r")" + _YEARS)
# "A leder mötena under vårterminen och B under hösten": the chair held in turn, each for a half of the year
_SEASON = r"\s+(?:under|på|i)\s+(?:vår|höst)[a-zåäö]*"
_WHO_ONE = r"(?<![\wåäö-])(?:[a-zåäö-]+s\s+)?[a-zåäö][\wåäö-]+"
CHAIR_BY_SEASON = re.compile(r"(?i)(?P<a>" + _WHO_ONE + r")\s+(?:leder\s+(?:mötena|möten|gruppen|arbetet|den|det)|"
                             r"är\s+ordförande)" + _SEASON + r"\s+(?:och|medan)\s+(?P<b>" + _WHO_ONE + r")"
                             r"(?:\s+(?:leder\s+(?:dem|mötena|den|det)|är\s+det))?" + _SEASON)
# "under jämna år leder A och under udda år B": the years first, then who chairs in them
_PARITY = r"(?:under\s+)?(?:udda|jämna)\s+år(?:en)?"
CHAIR_BY_PARITY = re.compile(r"(?i)\b" + _PARITY + r"\s+(?:leder|är)\s+(?P<a>" + _WHO_ONE + r")(?:\s+ordförande)?"
                             r"\s*,?\s+(?:och|medan)\s+" + _PARITY + r"\s+(?:(?:leder|är)\s+)?(?P<b>" + _WHO_ONE + r")")
# "A leder mötena under jämna år och B under udda år": who chairs first, then the years
CHAIR_PARITY_AFTER = re.compile(r"(?i)(?P<a>" + _WHO_ONE + r")\s+(?:leder\s+(?:mötena|möten|gruppen|arbetet|den|det)|"
                                r"är\s+ordförande)\s+" + _PARITY + r"\s+(?:och|medan)\s+(?P<b>" + _WHO_ONE + r")"
                                r"(?:\s+(?:leder\s+(?:dem|mötena|den|det)|är\s+det))?\s+" + _PARITY)
# "A och B (leder dialogen)": a member a bracket says leads the meetings (the member a few words before it)
LEADS_MARK = re.compile(r"(?i)(?:^|[,:;]\s*|\b(?:och|samt|av)\s+)(?P<who>(?:[\wåäö-]+\s+){0,2}?[\wåäö-]+)\s*"
                        r"\((?:leder|håller\s+i)\s+[\wåäö-]*(?:mötena|mötet|gruppen|dialogen|forumet|rådet|nätverket|"
                        r"teamet|arbetet)\)")
# the chair handed to another: "A övertar ordförandeskapet", "Ordförandeskapet, som låg hos B, går över till A"
HANDED_OVER = [
    re.compile(r"(?i)(?:^|\boch\s+|[,;]\s*)(?P<who>(?:[\wåäö-]+\s+){0,3}?[\wåäö-]+)\s+(?:övertar|tar\s+över)\s+"
               r"(?:ordförandeskapet|ordförandeposten|ordförandeklubban)\b"),
    re.compile(r"(?i)\b(?:ordförandeskapet|ordförandeposten|ordförandeklubban)\b[^.;]*?\s(?:går\s+över|övergår|flyttas|"
               r"lämnas\s+över)\s+till\s+(?P<who>[^.;]+)"),
]
CHAIR = [
    re.compile(r"(?i)(?<!vice\s)\b(?:ordförande(?:skapet)?|ordförandeskap)\b[^.]*?\b(?:innehas|har|delas)\s+(?:växelvis\s+)?"
               r"(?:(?:[\wåäö-]+\s+){0,4}?av\s+)?(?P<who>[^.;]+)"),  # "innehas under hela perioden av X"
    re.compile(r"(?i)\b(?:ordförande\w*)\b[^.]*?\bmellan\s+(?P<who>[^.;]+)"),
    re.compile(r"(?i)\b(?:leds|ledas|leddes|letts|sammankallas|sammankallades|sammankallats|sammankallar|samlas|"
               r"(?:an|sam)?ordnas|(?<=mötet )hålls|(?<=mötena )hålls|(?<=forumet )hålls|(?<=träffen )hålls|"
               r"(?<=träffarna )hålls|(?<=dialogen )hålls)\s+"  # "Forumet hålls av X": X holds it
               r"(?:[a-zåäö]+\s+)?(?:i\s+stället\s+|istället\s+|dock\s+)?av\s+(?P<who>[^.;]+)"),  # "leds mötena i
    # stället av X": X, where another led before
    # "A och B, sammankallade av C, …": a participle after the members names who convenes them
    re.compile(r"(?i),\s+(?:sammankallad|ledd)[ae]?\s+av\s+(?P<who>[^.;,–—]+)"),
    re.compile(r"(?i)\bunder\s+(?:ledning|ordförandeskap)\s+av\s+(?P<who>[^.;]+)"),  # "sammanträder under ledning av X"
    # a decision naming the chair: "att utse Eva Ek, kommundirektör, till ordförande", "utse socialchefen till
    # ordförande" (not "till vice ordförande")
    re.compile(r"(?i)\b(?:utse|utser|välja|väljer)\s+(?:(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+){1,3}?(?-i:[A-ZÅÄÖ])[\wåäö-]+,\s+"
               r"(?P<who>(?-i:[a-zåäö])[\wåäö -]{2,50}?),\s+till\s+ordförande\b"),
    # "utser socialchefen Eva Ek till ordförande": the function, the person's name after it
    re.compile(r"(?i)\b(?:utse|utser|välja|väljer)\s+(?P<who>(?-i:[a-zåäö])[\wåäö-]+(?:en|et|na))"
               r"(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+){0,3}\s+till\s+ordförande\b"),
    # "Det är kommunpolisen som leder mötet": a cleft names the chair first
    re.compile(r"(?i)(?:(?:^|,\s+(?:och|men)\s+|;\s*)det\s+är|\bär\s+det(?=\s+(?-i:[a-zåäö])))\s+(?P<who>[^.;,]+?)"
               r"\s+som\s+(?:leder|sammankallar|"  # "… är det kommunchefen som leder": inverted after what
               # comes first; a person's name there is this year's chair ("i år är det Eva Ek som leder")
               r"kallar\s+(?:till|och\s+leder)|håller\s+i|"
               r"är\s+ordförande)\b"),
    re.compile(r"(?i)(?:^|\boch\s+|[,;]\s*)(?P<who>(?:[\wåäö-]+\s+){0,3}?[\wåäö-]+)\s+(?:håller\s+i|innehar|har)\s+"
               r"(?:ordförandeklubban|ordförandeposten|ordförandeskapet)\b"),
    *HANDED_OVER,
    CHAIR_MARK,
    LEADS_MARK,
    re.compile(r"(?i)\bav\s+(?P<who>[^.;]+?),\s+som\s+(?:\w+\s+)?(?:leder|turas\s+om\s+att\s+leda|"
               r"är\s+ordförande|delar\s+på\s+ordförandeskapet)\b"),  # "består av A och B, som leder gruppen"
    re.compile(r"(?i)(?:,\s*|\b(?:och|samt|är|ingår|deltar|sitter|finns|av|samlar|där|tillsammans\s+med)\s+)"
               r"(?!\s*tillsammans\s)(?P<who>(?:(?!\b(?:och|samt|är|där|tillsammans\s+med)\b)[^,.;])+?),\s+som\s+"
               r"(?:också\s+|även\s+|dessutom\s+|tillika\s+)?(?:leder|är\s+(?:dess\s+|[\wåäö-]*(?:gruppens|rådets|"
               r"forumets|nätverkets|teamets)\s+)?(?:ordförande|sammankallande|mötesledare)|"
               r"sammankallar|"
               r"kallar(?=\s*,)|kallar\s+till\s+(?:mötena|möten|mötet|sammanträdena|träffarna))\b"),  # "… av A, som
    # kallar, och B"; "A, som också kallar till mötena, B och C"; "…, tillsammans med kommunpolisen, som också kallar";
    # "en grupp där A, som är sammankallande, och B ingår": the clause after "där" lists its people
    re.compile(r"(?i)\b(?:ordförande|sammankallande|mötesledare)(?:\s+(?:i|för)\s+(?:respektive\s+|varje\s+)?\S+)?"
               r"\s+(?:är|blir|var)\s+(?P<who>[^.;]+)"),  # "Ordförande var X" in a report on the year; "Ordförande i
    # respektive grupp är X": in each of them
    re.compile(r"(?i)\bansvarig\s+för\s+att\s+(?:sammankalla|kalla)\b[^.;]*?\s+är\s+(?P<who>[^.;]+)"),
    # "Kommunpolisen kallar.", "Samordnaren kallar till mötena.": who calls the group together leads it; so does
    # who invites to its meetings ("Samordnaren bjuder in till mötena.")
    re.compile(r"(?i)^(?P<who>[^.;,]{3,60}?)\s+(?:kallar(?:\s+till\s+(?:mötena|möten|mötet|sammanträdena|träffarna|"
               r"avstämningarna|avstämningen)|"  # "kallar till avstämningarna": the check-ins are its meetings
               r"\s+oss|\s+(?:in\s+)?(?:gruppen|deltagarna))?|"  # "Samordnaren kallar oss."
               r"bjuder\s+in\s+(?:oss\s+|gruppen\s+|deltagarna\s+)?till\s+(?:mötena|möten|mötet|sammanträdena|träffarna))"
               r"\s*[.;]?$"),
    # "De som leder mötena är A och B": who leads, named after the verb
    re.compile(r"(?i)^(?:de|den|det)\s+som\s+(?:leder|håller\s+i|sammankallar|kallar\s+till)\s+(?:[\wåäö-]+\s+){0,2}?"
               r"(?:är|blir)\s+(?P<who>[^.;]+)"),
    re.compile(r"(?i)\bdär\s+(?P<who>(?:[\wåäö-]+\s+){0,3}?[\wåäö-]+)\s+är\s+(?:ordförande|sammankallande)\b"),
    # from the clause's start: "…: A skickar kallelsen, och B är ordförande"; "Trygghetsstrategen var sammankallande"
    re.compile(r"(?i)(?:^|[:;]\s*|,\s+(?:och|men)\s+)(?P<who>(?:(?!,\s+(?:och|men)\s)[^.;:\[\]])+?)\s+"
               r"(?:är|blir|var|(?:föreslås|ska|skall|kommer\s+att)\s+vara)\s+"
               r"(?:också\s+|även\s+|dessutom\s+)?(?:dess\s+|[\wåäö-]*(?:gruppens|rådets|forumets|nätverkets|teamets)\s+)?"
               r"(?:ordförande|sammankallande)\b"),
    re.compile(r"(?i)\b(?:med|har)\s+(?P<who>[^.;,]+?)\s+som\s+(?:ordförande|sammankallande)\b"),
    # the verb before its subject: "Enligt avtalet är kommundirektören rådets ordförande"
    re.compile(r"(?i)^[^.;]+?\s+är\s+(?P<who>(?:[\wåäö-]+\s+){0,2}?[\wåäö-]+(?:en|et|na))\s+(?:[\wåäö-]+s\s+)?"
               r"(?:ordförande|sammankallande)\b"),
    # a clause of its own: "… och trygghetssamordnaren kallar.", or a sentence: "Samordnaren sammankallar."
    re.compile(r"(?i)(?:^|\boch\s+|[,;]\s*(?:och\s+)?)(?P<who>(?:[\wåäö-]+\s+){0,2}?[\wåäö-]+)\s+(?:kallar|sammankallar|"
               r"leder\s+(?:den|det|gruppen|mötena|mötet))\s*(?:[.;]?$|(?=,?\s+(?:och|samt)\s))"),  # "… och
    # samordnaren leder den."; "Samordnaren sammankallar och gruppen träffas …": a clause of its own before another
    # from the clause's start: "Även X är med, och kommunpolisen håller i mötena"; a report's "A ledde mötena"
    re.compile(r"(?i)(?:^|;\s*|,\s+och\s+)(?P<who>[^.;,]+?)\s+(?:turas\s+om\s+att\s+(?:leda|vara\s+(?:ordförande|sammankallande))|leder|ledde|delar\s+på\s+ordförandeskapet|"
               # "A och B växlar som ordförande", "alternerar om att vara ordförande": the chair in turns
               r"(?:växlar|alternerar|skiftar)\s+(?:om\s+)?(?:som|att\s+vara)\s+(?:ordförande|sammankallande)|"
               r"håller\s+i\s+(?:(?:[\wåäö-]+s\s+)?(?:mötena|möten|mötet|träffarna|sammanträdena)|arbetet|det(?=\s*[.;]|$)|den(?=\s*[.;]|$)|"
               r"[\wåäö-]*(?:gruppen|rådet|forumet|nätverket|teamet))|"
               r"kallar\s+till\s+(?:(?:dess|[\wåäö-]*(?:gruppens|rådets|forumets|nätverkets|teamets))\s+)?"
               r"(?:(?:öppna|gemensamma)\s+)?"  # "kallar till öppna möten för …": whom they are open to follows
               r"(?:möte[nt]?|mötena|sammanträde[nt]?|sammanträdena))\b"),  # "Samordnaren håller i
    # samordningsgruppen", "Samordnaren kallar till möten", "… kallar till gruppens möten"
    re.compile(r"(?i)^(?P<who>[^.;]+?)\s+(?:samordnar|sammankallar|leder|driver)\s+(?:ett|en)\s+(?:[\wåäö]+\s+)?"
               r"[\wåäö-]*(?:grupp|nätverk|forum|råd|team)\b"),
    # "Kommunpolisen samordnar teamet": who runs the group the sentence is about
    re.compile(r"(?i)^(?P<who>(?:[\wåäö-]+\s+){0,3}?[\wåäö-]+)\s+(?:samordnar|sammankallar)\s+"
               r"[\wåäö-]*(?:gruppen|nätverket|forumet|rådet|teamet)[\s.]*$"),
]
# the relative that places the members in the group ("…, i vilken ingår A"): no part of A
RELATIVE_LEAD = re.compile(r"(?i)^(?:i\s+)?(?:vilken|vilket|vilka|där)\s+(?:ingår|deltar|sitter|finns)\s+")
NEXT_SUBJECT = re.compile(r"(?i)\s+(?:och|samt|men)\s+(?:gruppen|rådet|nätverket|forumet|teamet|mötet|den|det|de|vi)$")
# a person's name and her function after a comma ("Eva Ek, samordnare för X vid Y"): the function chairs
NAMED_THEN_FUNCTION = re.compile(r"^(?-i:[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+){1,2}),\s+"
                                 r"(?P<function>(?-i:[a-zåäö])[^,;]+)")
CHAIR_STOP = re.compile(r"(?i)\s*(?:[,:]|\bsom\b|\bett\s+(?:kalender)?år|\bvarje\b|\bvart\b|\bårsvis\b|"
                        r"\bper\s+(?:år|kalenderår)\b|"
                        r"\bi\s+taget|\bvid\b|\binför\b|\bsamt\b\s+(?:träffas|möts)|"
                        r"\boch\s+(?:träffas|möts|har|ska|rapporterar|återrapporterar|ansvarar|lyfter|"
                        r"rapporterade|återrapporterade|träffades|möttes|hade|skulle)|"
                        r"\b(?:och\s+)?(?:där|vars|vilkas?)\b).*$")  # "leds av A och där B deltar", "… och vars
# a field that names no one: "Ingen – ansvaret delas", "Saknas", "–"
NO_ONE = re.compile(r"(?i)^\s*(?:(?:ingen|inget|saknas)\b|[–—-]\s*$)")
OFFICE_OF_GROUP = re.compile(r"(?i)(?:dess|[\wåäö-]*(?:gruppens|rådets|forumets|nätverkets|teamets))\s+ordförande")
ALL_MEMBERS = {"ledamoterna", "medlemmarna", "deltagarna"}  # "roterar mellan ledamöterna": all of them in turn


# "Forumet har ingen fast ordförande", "ingen ordförande utses": no function chairs, whatever leads each meeting
NO_CHAIR = re.compile(r"(?i)\bingen\s+(?:fast|stående|permanent|särskild|utsedd)?\s*(?:ordförande|mötesledare)\b")


# "ordförande under förra perioden", "tidigare ordförande", "dåvarande ordföranden": a chair of the past
FORMER_CHAIR = re.compile(r"(?i)\bordförande(?:n)?\s+under\s+(?:den\s+)?(?:förra|föregående|tidigare)\s+"
                          r"(?:\w*period(?:en)?|överenskommelsen|avtalet|året)\b|"
                          r"\b(?:tidigare|förre|förra|dåvarande|avgående|f\.\s?d\.|före\s+detta)\s+ordförande")


class ChairReading:
    """Reads who chairs a group."""

    @staticmethod
    def _chair_in_turn(g: Group, who: str, span: Span) -> None:
        """One of the chairs who take turns, added to those read before it."""
        before = g.fields.get("chair") if g.fields.get("chair_alternating") else None
        chairs = [before] if isinstance(before, str) else list(before or [])
        chairs += [] if who in chairs else [who]
        g.set("chair", chairs if len(chairs) > 1 else who, span, force=True)
        g.set("chair_alternating", True, span)

    def settle_chairs(self) -> None:
        """A chair that alternates, by whom the text does not say ("leds växelvis av dem"), between the only two
        members: the two."""
        for g in self.groups.values():
            listed = g.fields.get("members") or []
            if g.fields.get("chair_alternating") and "chair" not in g.fields and len(listed) == 2 \
                    and not g.chair_of_all:
                g.set("chair", list(listed), g.spans.get("chair_alternating", g.span))
            chair = g.fields.get("chair")
            if isinstance(chair, str) and chair not in listed and member(lower_start(chair)) in listed:
                chair = g.fields["chair"] = member(lower_start(chair))  # "Enhetschefen för X är sammankallande":
                # a sentence's capital, the member of that function
            if isinstance(chair, str) and chair not in listed:  # "Samordnaren kallar till mötena": the
                fuller = [m for m in listed if m.casefold().endswith(" " + chair.casefold())]  # member it names
                which = [m for m in listed if chair.casefold().startswith(m.casefold() + " för ")]  # "Skolchefen för
                if len(fuller) == 1 or len(which) == 1:  # den kommunala grundskolan" among "skolcheferna": which one
                    g.fields["chair"] = (fuller or which)[0]
            if isinstance(chair, list):  # "växlar mellan kommundirektör och LPO-chef": the member a short form is
                g.fields["chair"] = [_member_meant(c, listed) for c in chair]

    def _chair(self, g: Group, text: str, span: Span) -> None:
        if NO_CHAIR.search(text):
            return  # "ingen fast ordförande; mötet leds av den förening som är värd": whoever hosts, no one named
        if FORMER_CHAIR.search(text):
            return  # "Styrgruppens ordförande under förra perioden, A, …": who chaired before, not who chairs
        if (by_year := CHAIR_BY_YEAR.search(text) or CHAIR_BY_SEASON.search(text)
                or CHAIR_BY_PARITY.search(text) or CHAIR_PARITY_AFTER.search(text)) is not None:
            people = [p for p in (member(by_year.group(k)) for k in ("a", "b")) if p]
            if len(people) == 2:
                g.set("chair", people, span, force=True)
                g.set("chair_alternating", True, span)
                return
        text = re.sub(r"(?i)^\s*,?\s*(?:där|som)\s+", "", text)  # "…, där A och B är sammankallande"
        text = re.sub(r"(?i)\bordf\.", "ordförande", text)  # "Ordf. växlar årsvis mellan A och B"
        text = re.sub(r"(?i)\bmötes(?=ordförande\b)", "", text)  # "A är mötesordförande": chairs the meetings
        turns = PLACE_TURNS.sub("", text)  # "möts … växelvis i Åby och Nyby": the place alternates, not the chair
        alternating = ALTERNATING.search(turns) and re.search(r"(?i)ordförande|led[as]|leder|sammankall|växlar", turns)
        if re.match(r"(?i)(?:de|dessa|båda|bägge)(?:\s+två)?\s+(?:turas\s+om|växlar|alternerar)\b", text) \
                and isinstance(g.fields.get("chair"), list):
            g.set("chair_alternating", True, span)  # "De som leder mötena är A och B. De turas om."
            return
        for rx in CHAIR:
            m = rx.search(text)
            if not m:
                continue
            who = _held_function(m.group("who").strip())
            one = who != m.group("who").strip()  # one person named, whose function may hold an "och"
            who = RELATIVE_LEAD.sub("", YEARS_OF.sub("", who).strip())  # "i vilken ingår A, som …"
            who = LABEL_BEFORE.sub("", who)  # "Syfte: Styrgruppen leder …": the label is no one, its value speaks
            who = NAMED_THEN_FUNCTION.sub(r"\g<function>", who)  # "leds av Eva Ek, samordnare för X": her function
            who = _subject_after_adverbs(who, text[m.end():])
            who = re.sub(r"(?i)^(?:varit|blivit)\s+", "", who)  # "ordförande har varit A" in a report
            who = until_verb(_after_inversion(CHAIR_STOP.sub("", who).strip()))
            who = NEXT_SUBJECT.sub("", who)  # "leds av A och gruppen redovisar …": the next clause's subject
            who = re.sub(r"(?i)^(?:bestående|sammansatt)\s+av\s+", "", who)  # "…, bestående av A (sammankallande)"
            # "…, i vilken kommundirektören, som är ordförande, …"
            who = re.sub(r"(?i)^(?:växelvis|alternerande)\s+(?:av\s+)?|^mellan\s+|^(?:i|till|vid|på)\s+"
                         r"vilk(?:en|et|a)\s+", "", who)
            who = re.sub(r"(?i)\s+respektive\s+", " och ", who)  # "av A respektive B": each in turn
            who = THOSE_OF_ONE_FUNCTION.sub("", who)  # "mellan de tre kommundirektörerna": those of one function
            who = re.sub(r"(?i)^(?:den|det)\s+([\wåäö-]+)\s+(?:som|vars)\b.*$", r"\1", who)  # "den rektor vars skola
            # står värd": a rector, the one of the day; "den part som är värd": a party, none by its function
            if OFFICE_OF_GROUP.fullmatch(who):
                continue  # "A är rådets ordförande": the office, whose holder another reading names
            g.chair_of_all = g.chair_of_all or bool(who) and fold(who).split()[0] in ALL_MEMBERS
            if names_group(GENITIVE_WORD.sub("", who), True) or not who or fold(who).split()[0] in ALL_MEMBERS \
                    or fold(who).split()[0] in {"parterna", "parter", "part", "dem", "varandra", "ni", "vi", "de",
                                                "bada", "huvudmannen", "huvudman"} \
                    or re.match(r"(?i)ordförande(?:skap|post|uppdrag)", who):  # "… i den ordning …", the office
                continue
            people = [p for p in (member(TERM_OF.sub("", ONE_OF.sub("", x)))
                                  for x in ([who] if one else split_list(who))) if p]
            in_terms = _each_in_terms(split_list(who), people)
            if re.match(r"(?i)samordnas\b", m.group(0)) and group_kind(g.name) == "coordinators":
                self._add_members(g, people, span)  # "Det löpande arbetet samordnas av A och B": the coordinators
                break
            if alternating:  # "alternerar mellan kommunen och polisen": between the parties, no function named
                people = [p for p in people if fold(p) not in {"kommunen", "polisen", "staden", "parterna", "kommun",
                                                               "stad", "part"}]  # "roterar mellan kommunerna"
            if not people:
                continue
            titled = "ordförande" in m.group(0).casefold()  # "Ordförande är X" says more than "X leder arbetet"
            g.set("chair", people if len(people) > 1 else people[0], span,
                  force=titled and not g.chair_titled or bool(alternating) and len(people) > 1
                  or rx in HANDED_OVER)  # "växlar mellan A och B" after "med A som ordförande": the turns the
            # text goes on to give; a chair handed over replaces the one before
            g.chair_titled = g.chair_titled or titled
            alternating = alternating or in_terms
            break
        if alternating:
            g.set("chair_alternating", True, span)
        self._chair_by_years(g, text, span)

    def _chaired_by_sentence(self, g: Group, text: str, span: Span) -> bool:
        """A chair field's value read as a sentence of who leads; whether it named the chair."""
        had = g.fields.get("chair")
        self._chair(g, text, span)
        return g.fields.get("chair") not in (None, had)

    def _chair_by_years(self, g: Group, text: str, span: Span) -> None:
        """"Kommundirektören ingår i ledningsgruppen, som hon leder udda år": the sentence's subject leads in some
        years, one of the chairs who take turns."""
        if (turn := CHAIR_THEN.search(text) or CHAIR_HALVES.search(text)) is not None:  # "A är ordförande första
            # året, sen B", "A leder mötena under årets första halvår, B under det andra"
            chairs = [p for p in (member(lower_start(turn.group("a"))), member(turn.group("b"))) if p]
            if len(chairs) == 2:
                g.set("chair", chairs, span, force=True)
                g.set("chair_alternating", True, span)
            return
        if not PARITY_CHAIR.search(text):
            return
        who = member(lower_start(subject_of(text)))
        if not who or not PERSON.search(lemma(who.split()[-1])):
            return
        chair = g.fields.get("chair")
        chairs = chair if isinstance(chair, list) else [chair] if chair else []
        if who not in chairs:
            g.set("chair", [*chairs, who], span, force=True)
        g.set("chair_alternating", True, span)

    def _chair_field(self, g: Group, value: str, span: Span, column: bool) -> None:
        """A chair's cell or labelled line: by year, in a sentence, with a note, no one, or the people named."""
        if CHAIR_BY_YEAR.search(value):
            self._chair(g, value, span)  # "ordförandeskapet alternerar: A är ordförande 2026 och B 2027"
        elif (turns := _chairs_by_year(value)) is not None:
            g.set("chair", turns, span, force=True)  # "A 2026; B 2027; A 2028": the chair held in turn
            g.set("chair_alternating", True, span)
        elif said_in_full(value) and self._chaired_by_sentence(g, value, span):
            pass  # "Ledning: A och B leder samrådet växelvis"
        elif (note := CELL_NOTE.search(value)) is not None:
            self._chair(g, note.group("note"), span)  # "Växelvis (Ordförandeskapet växlar mellan A och B …)"
            self.read_field(g, "chair", value[:note.start()] + value[note.end():], span, column)
        elif NO_ONE.match(value):
            pass  # "Ordförande: Ingen – ansvaret delas": the group has no chair
        else:
            if ALTERNATING.search(value):
                g.set("chair_alternating", True, span)
                # "A / B, växlar vid årsskiftet": the clause saying when it changes names no one
                value = re.sub(r"(?i),?\s*\b(?:växlar|alternerar|roterar|turas\s+om)\b[^,]*"
                               r"|,\s*(?:växelvis|alternerande)\b[^,]*",  # "A och B, växelvis ett år i taget"
                               "", value)
                value = re.sub(r"(?i)\b(?:växelvis|alternerande|ordförandeskap|mellan)\b", "", value).strip(" ,")
                value = re.sub(r"\s*/\s*", ", ", value).strip(" –—-")  # "A/B – växlar …"
                value = PARITY_AFTER.sub("", value)  # "A jämna år, B udda år": when each chairs, no part of who
            people = [p for p in (member(x) for x in function_list(_without_name(value))) if p]
            if people:
                g.set("chair", people if len(people) > 1 else people[0], span)


# a person's name set before the function, by a comma ("Anna Exempelsdotter, enhetschef för X"; a field's first
# capital may have been made lower case)
NAME_BEFORE = re.compile(r"^[A-ZÅÄÖa-zåäö][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+){1,2},\s+(?P<function>[a-zåäö][\wåäö-]*)")


def _without_name(value: str) -> str:
    """A chair's field without the name of the person holding the chair when the function follows it: the chair
    is the function, as a member is."""
    m = NAME_BEFORE.match(value)
    return value[m.start("function"):] if m and PERSON.search(lemma(m.group("function").casefold())) else value


CHAIR_YEAR = re.compile(r"(?P<who>[^\d,;]+?)\s+(?:(?:år|under)\s+)?\d{4}(?:\s*[–—-]\s*\d{2,4})?")


def _chairs_by_year(value: str) -> list[str] | None:
    """The functions of a chair's field that gives each its years ("A 2026, B 2027", "A 2026–2027; B 2028"), in
    order and once each; None unless every part is a function with its years and two or more take turns."""
    parts = [p.strip() for p in re.split(r"[,;]|\s+(?:och|samt)\s+", value.strip(" .")) if p.strip()]
    said = [CHAIR_YEAR.fullmatch(p) for p in parts]
    if len(parts) < 2 or not all(said):
        return None
    people = list(dict.fromkeys(p for p in (member(m.group("who")) for m in said) if p))
    return people if len(people) >= 2 else None


def _held_function(who: str) -> str:
    """The function of a person the text names with it ("Eva Ek, som är rektor på Åbyskolan" → "rektor på
    Åbyskolan"), for a group lists functions, not people; any other words as they are."""
    m = NAMED_HOLDER.match(who)
    return m.group("function") if m and PERSON.search(lemma(m.group("function").split()[0])) else who


def _each_in_terms(parts: list[str], people: list[str]) -> bool:
    """Two or more chairs each named with the years they hold it ("av A under 2026 och 2028 och av B under 2027"):
    the chair goes round."""
    named = [x for x in parts if member(TERM_OF.sub("", ONE_OF.sub("", x)))]
    return len(people) > 1 and all(TERM_OF.search(x) for x in named)


def _member_meant(chair: str, listed: list[str]) -> str:
    """The member a chair's short form stands for: its initials ("LPO-chef" for "lokalpolisområdeschef"), or the
    one member it is the start of ("områdeschef" for "områdeschef för socialförvaltningen"); else the chair."""
    if (short := next(iter([m for m in listed if _abbreviates(chair, m)][:1]), None)) is not None:
        return short
    if chair in listed:
        return chair
    fuller = [m for m in listed if re.match(re.escape(chair) + r"\s+(?:för|från|vid|inom|på|i)\s", m, re.I)]
    return fuller[0] if len(fuller) == 1 else chair


def _abbreviates(short: str, full: str) -> bool:
    """Whether a short form with initials ("LPO-chef") stands for a function ("lokalpolisområdeschef"): the same
    last part, the initials in order in the words before it, the first one first."""
    m = re.fullmatch(r"(?P<initials>[A-ZÅÄÖ]{2,5})-(?P<tail>[a-zåäö]+)", short)
    if m is None or not full.casefold().endswith(m.group("tail")) or " " in full:
        return False
    before, letters = full.casefold()[:-len(m.group("tail"))], m.group("initials").casefold()
    return before[:1] == letters[0] and re.search(".*".join(letters), before) is not None


def _after_inversion(text: str) -> str:
    """"Därför kallar kommunpolisen till och" → "kommunpolisen": after a fronted adverb the verb comes second and
    its subject after it (its particle and a conjunction dropped)."""
    words = text.split()
    if len(words) > 2 and words[0].casefold() in ADVERBS and finite(words[1]):
        return re.sub(r"(?i)(?:\s+(?:till|in|upp|och|samt))+$", "", " ".join(words[2:]))
    if len(words) > 3 and words[0].casefold() in {"i", "inom", "med"}:  # "I styrgruppen sitter A", "Med i gruppen
        verb = next((k for k in range(2, min(len(words) - 1, 5)) if words[k].casefold() in PLACES_VERBS), None)
        if verb is not None:  # är A": the place fronted, the verb second, its subject after it
            return " ".join(words[verb + 1:])
    return text


PLACES_VERBS = {"sitter", "ingår", "deltar", "medverkar", "är"}


def _subject_after_adverbs(who: str, after: str) -> str:
    """"Också här leder samordnaren mötena": words before the verb that are only adverbs are no subject; the
    subject stands after the verb, up to its object."""
    words = who.casefold().split()
    if not words or not all(w in ADVERBS | MORE_ADVERBS | FRONTING for w in words):
        return who
    subject = re.match(r"\s*(?P<who>[\wåäö-]+(?:\s+(?!mötena\b|mötet\b|möten\b|arbetet\b|gruppen\b|det\b|den\b)"
                       r"[\wåäö-]+){0,3}?)(?=\s+(?:mötena|mötet|möten|arbetet|gruppen|det|den)\b|\s*[,.;]|$)", after)
    return subject.group("who") if subject else who


# "de tre kommundirektörerna", "de båda rektorerna": the holders of one function, counted
THOSE_OF_ONE_FUNCTION = re.compile(r"(?i)^(?:de|alla)\s+(?:(?:båda|bägge|två|tre|fyra|fem|sex|sju|åtta|\d+)\s+)?"
                                   r"(?=[\wåäö-]+(?:erna|arna|orna)\b)")
# a note in brackets in a chair's cell that says in a sentence who takes turns ("Växelvis (Ordförandeskapet växlar
# mellan A och B vid varje årsskifte.)")
CELL_NOTE = re.compile(r"\s*\((?P<note>[^()]*\b(?:växlar|alternerar|roterar|turas\s+om)\b[^()]*)\)")
