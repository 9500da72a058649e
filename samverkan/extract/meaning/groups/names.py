"""The groups a sentence names (`mentions()`): a group word with the name and complement around it, whether
it is the subject, and the tests that tell a name from the words next to it."""

from __future__ import annotations

import re
from dataclasses import replace

from samverkan.extract.meaning.groups.model import Mention
from samverkan.extract.meaning.groups.words import (
    ADVERBS,
    ANAPHOR,
    LINE_PREPOSITIONS,
    MORE_ADVERBS,
    NON_SUBJECT,
    common_word,
    finite,
)
from samverkan.extract.meaning.phrases import (
    GROUP_ADJECTIVE,
    GROUP_WORD,
    MEETING_WORD,
    NOT_GROUP,
    PARTY_GENITIVE,
    PERSON,
)
from samverkan.extract.meaning.text import fold, lemma

# a police or regional unit by its name in the genitive ("Polisområde Syds", "Region Stockholms"): a group after
# it is that body's own ("Polisområde Syds ledningsgrupp"), no group of the agreement
MUNICIPALITY_GENITIVE = re.compile(r"[A-ZÅÄÖ][\wåäö-]+\s+(?:kommuns|stads)")  # "Åby kommuns", "Åby stads"
OTHER_BODY = re.compile(r"(?:Polisområde|Polisregion|Region|Lokalpolisområde|LPO)\s+[A-ZÅÄÖ][\wåäö-]*s\b")
# words that describe a group met for the first time, no part of its name ("en särskild centrumgrupp", "en
# gemensam styrgrupp", "en liten samordnargrupp": every group here is joint)
DESCRIPTIVE = {"särskild", "särskilt", "ny", "nytt", "egen", "eget", "speciell", "speciellt", "gemensam", "gemensamt",
               "liten", "litet", "mindre", "större", "fast", "fastare"}
# words for a group of people an agreement is about ("ungdomsgruppen 15–20 år"), a body only where one acts
PEOPLE_GROUPS = ("malgrupp", "riskgrupp", "aldersgrupp", "kamratgrupp", "ungdomsgrupp", "yrkesgrupp",
                 "befolkningsgrupp", "personalgrupp", "elevgrupp")
# what a body does that a group of people does not: it meets, has members, a chair, reports
ACTS_AS_BODY = re.compile(r"(?i)^\s*(?:\([A-ZÅÄÖ]{2,6}\)\s*)?,?\s*(?:som\s+|ska\s+|skall\s+)?(?:består|bestå|leds|"
                          r"ledas|"
                          r"träffas|möts|mötas|ses|sammanträder|sammankallas|rapporterar|återrapporterar|"
                          r"(?:har|utgörs)\s+(?:\w+\s+)?(?:möten|ordförande|sammankallande|ledamöter|av))\b")
# "Ungdomsgruppen: fältsekreterarna, …": an entry that names it and lists the functions in it, as a body's does
FUNCTIONS_LISTED = re.compile(r"^\s*:\s+(?:en\s+|ett\s+)?(?P<first>[a-zåäö][\wåäö-]*?)[,\s]")
FRONTED_IN = re.compile(r"(?i)(?:^|[.:]\s+)(?:i|till)\s+$")
# a group set up by the sentence that names it ("Parterna inrättar en styrgrupp för X, …"): X is part of its name
SET_UP_BEFORE = re.compile(r"(?i)\b(?:inrätta\w*|bilda\w*|tillsätt\w*|tillsatt\w*|skapa\w*)\s+(?:\w+\s+){0,2}?"
                           r"(?:en|ett)\s+(?:[\wåäö-]+\s+)?$")
PLACE_COMPLEMENT = re.compile(r"(?:för|i)\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:och|samt)\s+[A-ZÅÄÖ][\wåäö-]+)?")
GENITIVE = re.compile(r"(?i)(?:ens|ets|ernas|arnas|s)$")
INTRANSITIVE = {"arbetar", "jobbar", "verkar", "sitter", "möts", "träffas", "samlas", "ses", "sammanträder", "står",
                "ligger", "återfinns"}  # verbs that take no object: the group after them is their subject
AUXILIARY = {"har", "hade"}
# an adverb or two, then a supine ("hittills bestått", "tidigare haft", "sammanträtt"): the perfect's verb
SUPINE_AFTER = re.compile(r"(?i)(?:\s+(?:hittills|tidigare|sedan\s+\d{4}|alltid|också|även|redan|länge))*"
                          r"\s+[a-zåäö]{3,}(?:tt|at|it|ts|ats|its)\b")
COUNTS = {"två", "tre", "fyra", "fem", "sex", "sju", "åtta", "flera", "många"}
POSSESSIVES = {"sin", "sitt", "sina", "dess", "deras", "egna"}
NAMING_VERBS = {"heter", "kallas", "benämns"}
# the group after them is the topic
EXISTENTIAL = {"finns", "inrättas", "bildas", "tillsätts", "utgör", "bildar", "utgjort", "bildat"}
INTERROGATIVES = {"vad", "vem", "vilken", "vilket", "vilka", "hur", "när", "var", "varför", "vart"}
NONE_OF = {"någon", "något", "några", "ingen", "inget", "inga"}
DETERMINERS = {"", "den", "det", "de", "denna", "detta", "dessa", "varje"}
SENTENCE_GROUP_STOP = re.compile(r"(?i)^(?:består|ingår|deltar|träffas|möts|ska|är|leds|har|som|där|sammanträder|"
                                 r"rapporterar|återrapporterar|samt|kan|beslutar|bereder|ansvarar|lyfter|utgör|med|"
                                 r"samlas|hålls|sammankallas|får|bör|skall)$")
# "… behandlas av Ledningsgruppen för trygghet vid oktobermötet": the meeting at which, no part of the name
OCCASION_AFTER = re.compile(r"(?i)^(?:vid|på|under)\s+(?:sitt\s+|dess\s+|nästa\s+|det\s+|årets\s+)?"
                            r"(?:[a-zåäö]+\s+)?[a-zåäö]*(?:mötet|möte|sammanträdet|sammanträde|träffen|tillfället)\b")


def _no_group_word(word: str, after: str) -> bool:
    """"områden", "vindsförråd", "brådska": no group word; nor "beredningen av ärenden", the work of preparing
    something, no body."""
    return fold(word).endswith(("omrad", "forrad", "brad", "kommunalrad", "oppositionsrad", "regionrad")) \
        or word.islower() and bool(re.search(r"ning(?:en)?$", fold(word))) and bool(re.match(r"\s+av\s", after))


NEUTER_WORD = re.compile(r"(?i)[\wåäö-]*(?:forum|råd|nätverk|team)")
# the prepositions a plural neuter group word follows as an object ("arbetar … i lokala forum")
PLURAL_AFTER = {"i", "för", "med", "till", "om", "av", "inom", "på", "från", "mellan", "genom"}


def _plural_neuter(word: str, ending: str, adjectives: list[str], before: list[str]) -> bool:
    """Whether a neuter group word without an ending after a preposition is a plural its adjective shows ("arbetar
    … i lokala forum"; the singular is "i ett lokalt forum"); not after a genitive or an article ("för
    Länsstyrelsens regionala nätverk", "i det lokala forum som …")."""
    if ending or not NEUTER_WORD.fullmatch(word) or not adjectives or not re.fullmatch(r"[a-zåäö]{3,}a",
                                                                                         adjectives[-1].casefold()):
        return False
    prior = adjectives[-2] if len(adjectives) > 1 else before[-2] if len(before) > 1 else ""
    return prior.casefold() in PLURAL_AFTER


# a person's function and the preposition to the unit the person belongs to ("enhetschefen för", "en kurator från")
SEATED = re.compile(r"(?i)(?P<who>[\wåäö-]+)\s+(?:för|från|vid|inom|i|på|hos)\s+$")


def names_group(text: str, allow_complement: bool = False) -> bool:
    """Whether words name a group, not only the unit a person named by function belongs to ("enhetschefen för
    fältgruppen", "en socialsekreterare från mottagningsgruppen")."""
    for m in mentions(text, allow_complement):
        seat = SEATED.search(text[:m.start])
        if seat is None or not PERSON.search(lemma(seat.group("who").casefold())):
            return True
    return False


def mentions(text: str, allow_complement: bool = False) -> list[Mention]:
    out = []
    for m in GROUP_WORD.finditer(text):
        word = m.group("word")
        if _no_group_word(word, text[m.end():]):
            continue
        of_people = fold(word).endswith(PEOPLE_GROUPS)
        if of_people and _people_only(text, m):
            continue  # "ungdomsgruppen 15–20 år står för …", "målgruppen": people, no body that meets
        prefix, hyphen, last = (word + (m.group("ending") or "")).rpartition("-")
        head = prefix.casefold() + hyphen + lemma(last.lower() if last.isupper() else last)  # "LÖK-nätverket" →
        # "lök-nätverk"; "RÅDET" → "råd"
        if not GROUP_WORD.fullmatch(head) and head != "samordnare":  # "Samordnarna" is the heading's "Samordnare"
            head = fold(word)
        before = text[:m.start()].split()
        counted = next((w for w in reversed(before) if not GROUP_ADJECTIVE.match(w)), "")  # "tre lokala grupper"
        if before and (NOT_GROUP.match(before[-1]) or counted.casefold() in COUNTS
                       and m.group("ending") in ("er", "erna")):
            continue  # "verkade två arbetsgrupper:", "de två arbetsgrupperna": groups counted, none named
        adjectives = []
        for at, w in reversed(list(enumerate(before))[-2:]):
            if _name_word(w, at, adjectives):
                adjectives.insert(0, w)
            else:
                break
        if len(before) > len(adjectives) and before[-len(adjectives) - 1].casefold() in NONE_OF \
                or _plural_neuter(word, m.group("ending") or "", adjectives, before):
            continue  # "att inte inrätta någon taktisk grupp": no group; "… i lokala forum": several, none by name
        adjectives = _named_by(before, adjectives, text, m)
        start = m.start() - (sum(len(w) + 1 for w in adjectives))
        name_words = adjectives + [m.group()]
        end = m.end()
        rest = text[m.end():]
        kept = _spelled_by_initials(name_words, rest) or _complement(m, text, before, adjectives, allow_complement)
        if not kept and (m.group("ending") or "") in ("erna", "ernas") and before \
                and before[-1].casefold() in {"för", "till", "i", "av", "om", "mellan", "åt", "inom"}:
            continue  # "Uppdrag för samverkansgrupperna": several groups as an object, no one of them by name
        if kept:  # "Operativ grupp centrum (OGC)", "Samverkansgrupp Sydby centrum": the name goes on
            name_words += kept
            end = m.end() + len(rest) - len(rest.lstrip()) + len(" ".join(kept))
        k = len(before) - len(adjectives) - 1
        while k > 0 and (before[k].casefold() in DETERMINERS
                         or before[k].islower() and PARTY_GENITIVE.match(before[k])):
            k -= 1  # "av den operativa styrgruppen", "för polisområdets ledningsgrupp": the preposition decides
        prev = before[k].casefold() if k >= 0 else ""
        owned = any(PARTY_GENITIVE.match(w) for w in before[k + 1:len(before) - len(adjectives)])  # "finns kommunens X"
        subject = prev not in NON_SUBJECT and not (m.group("ending") or "").endswith("s") \
            and not _object(before[:k + 1]) \
            and (prev not in {"finns"} or name_words[0][:1].isupper() or (m.group("ending") or "") in ("en", "et")
                 or owned) \
            or prev in {"en", "ett"} and _introduced(before[:k + 1]) \
            or prev in AUXILIARY and bool(SUPINE_AFTER.match(text, end))  # "Enligt avtalet har styrgruppen hittills
        # bestått av …": the auxiliary, then its subject
        subject = subject and not _compared(before[:k + 1]) and not (prev in {"och", "samt"}
                                                                    and _listed_object(before[:k]))
        # "Är sammansatt på samma sätt som den taktiska gruppen i Nyby": what it is likened to, no subject; "A möter
        # kommunpolisen och fältgruppen": an object listed after the verb
        j = len(before) - len(adjectives) - 1
        if j >= 1 and re.fullmatch(r"[a-zåäö]+(?:ens|ets|ans|nas)", before[j]) and before[j - 1].endswith(","):
            subject = False  # "…, där A, socialtjänstens fältgrupp och B deltar": a unit listed among members
        bare = not adjectives and fold(word) == fold(head) and fold(head) in {
            "grupp", "rad", "forum", "natverk", "team", "samrad", "kommitte", "mote", "traff", "dialog"} \
            and len(name_words) == 1
        if MEETING_WORD.search(head) and not bare and not _meeting_name(name_words, m.group("ending") or ""):
            continue
        key = " ".join([*(lemma(a) for a in adjectives), head,
                        *(w.casefold() for w in _without_for(name_words[len(adjectives) + 1:]))])
        if _apposed_name(m, kept):  # "den lokala samverkansgruppen Trygga Nyby": the group's name is the name
            start, name_words = m.end() + len(rest) - len(rest.lstrip()), kept
            key = " ".join([*(w.casefold() for w in kept), head])  # its group word stays in the key: "Gruppen …"
        name = " ".join(name_words)
        out.append(Mention(fold(key), name, head, bare, start, end, subject, of_people))
    return out


def _without_for(named_after: list[str]) -> list[str]:
    """The name after a group word, without a "för" before a proper name: "arbetsgruppen för Husby" is "Arbetsgrupp
    Husby", one group."""
    if len(named_after) > 1 and named_after[0].casefold() == "för" and named_after[1][:1].isupper():
        return named_after[1:]
    return named_after


PRONOUN_OBJECTS = {"den", "det", "dem", "denna", "detta", "dessa"}  # "för den", standing for what was named before


# the lower-case place of a theme that names a group ("Arbetsgruppen Unga i riskmiljöer – träffas …", "… i
# Nätverket Trygg på nätet när …"): a noun of some length, then the name ends; no time ("i december")
_THEME_PLACE = (r"(?!(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
                r"övrigt|huvudsak|samband|början|slutet|fortsättningen|första|andra|framtiden|förväg|kväll|helgerna|"
                r"veckan|månaden|perioden|tiden|vardagar|(?:mån|tis|ons|tors|fre|lör|sön)dag\w*)\b)[a-zåäö]{5,}(?=\s*[,.;:(–—]|\s+(?:när|som|där|och|samt)\b|$)")


def _complement(m: re.Match, text: str, before: list[str], adjectives: list[str], allow: bool) -> list[str]:
    """The words after a group word that go on with its name ("… för unga", "Samverkansgrupp Sydby centrum,"):
    at the sentence's start, after a definite or owned group word, capitalised, or where `allow`ed."""
    complement = re.match(r"\s+(?P<c>(?:för|mot)\s+(?!att\b)[^,.;:()]+|"
                          r"[A-ZÅÄÖ][\wåäö-]+\s+(?:i|på|och)\s+[A-ZÅÄÖ][\wåäö-]+(?=[\s,.;:(]|$)|"
                          r"[A-ZÅÄÖ][\wåäö-]+\s+(?:i|på)\s+" + _THEME_PLACE + r"|"
                          r"[A-ZÅÄÖ][\wåäö–-]+"
                          r"(?:\s+[A-ZÅÄÖ][\wåäö-]+|\s+[a-zåäö]+(?=[,.;:(]|$)|(?<=s)\s+[a-zåäö]{3,})?|"
                          # "Nätverket skola–polis": the parties it joins, a dash between
                          r"[a-zåäö]{3,}[–-][a-zåäö]{3,}(?:[–-][a-zåäö]{3,})*"
                          r"(?=[\s,.;:(]|$))",
                          text[m.end():])  # "Samverkansgrupp Sydby centrum,", "Forum Nybys torg är …", "Trygg i Nyby",
    # "Samordningsgruppen Skola och Fritid": two capitalised words with "och" between are one name
    if not complement or TIME_AFTER.match(text, m.end()):  # "Rådet under året", "RÅDET UNDER ÅRET": when
        return _name_part(m, text) if not complement else []
    words = complement.group("c").split()
    if "och" in words[1:-1] and fold(words[words.index("och") + 1]) == fold(m.group()):
        words = words[:words.index("och")]  # "Platsteam Bro och Platsteam Nyby": two names of one kind, listed
    if len(words) == 1 and words[0][:1].isupper():
        words += _lower_tail(text[m.end() + complement.end():])
    verb = next((i for i, w in enumerate(words) if i > 1 and finite(w)), len(words))
    if words[0] in ("för", "mot") and (any(w.casefold() in INTERROGATIVES for w in words[2:])
                                       or "att" in words[2:verb]):
        return []  # "berättar Ledningsgruppen för kommunstyrelsen hur det går": the verb's, not the name's; not
        # "Gruppen mot våld i nära relationer ska se till att …", whose "att" is its own verb's
    if words[0] == "för" and len(words) > 1 and (words[1].casefold() in POSSESSIVES or words[1] == "vidare"):
        return []  # "Nätverket för sina iakttagelser vidare", "för vidare det …": the verb "föra", no name
    if words[0] == "för" and any(w.casefold().startswith("räkning") for w in words[2:4]):
        return []  # "deltar i forumet för polisens räkning": on whose behalf, no part of the name
    kept: list[str] = []
    for i, w in enumerate(words):
        if i and (SENTENCE_GROUP_STOP.match(w) or i > 1 and finite(w)
                  or OCCASION_AFTER.match(" ".join(words[i:]))) or len(kept) >= 5:
            break
        kept.append(w)
    owned = bool(adjectives) and adjectives[0][:1].isupper() and adjectives[0].endswith("s")  # "Brommas"
    definite = (m.group("ending") or "") in ("en", "et") or owned
    at_start = not text[:m.start()].strip() or len(before) <= len(adjectives)
    if kept and ANAPHOR.match(kept[0]):
        return []  # "… samverkansgrupp Den strategiska …": the next sentence
    if len(kept) == 2 and kept[0] in ("för", "mot") and kept[1].casefold() in PRONOUN_OBJECTS:
        return []  # "den centrala styrgruppen för den ingår inte …": whose group, by a pronoun, no name
    set_up = SET_UP_BEFORE.search(text[:m.start()]) and len(kept) == len(complement.group("c").split()) <= 4 \
        and text[m.end() + complement.end():].startswith(",")  # "inrättas en arbetsgrupp för X, i vilken …"
    if len(kept) == 1 and kept[0][:1].isupper() and (more := THEME_AND.match(text[m.end():], 0)) is not None \
            and more.group("name") == kept[0] and _indefinite_noun(more.group("w")) \
            and (not more.group("v") or finite(more.group("v")) or _past(more.group("v"))):
        kept += ["och", more.group("w")]  # "Arbetsgruppen Unga och droger sammanträdde …": a theme of two nouns
    elif len(kept) == 1 and kept[0][:1].isupper() and (more := NAME_GOES_ON.match(text[m.end():])) is not None \
            and more.group("name") == kept[0] and (finite(more.group("v")) or _past(more.group("v"))) \
            and not (finite(w := more.group("w")) or _past(w) or w in ADVERBS | MORE_ADVERBS | LINK_WORDS
                     or ADVERB_FORM.search(w) or SENTENCE_GROUP_STOP.match(w)):
        kept.append(w)  # "Nätverket Unga vuxna är öppet …": a lower-case word before the verb ends the name
    place = PLACE_COMPLEMENT.fullmatch(" ".join(kept))  # "ett samverkansforum för Norrby och Söderby"
    introduced = len(before) >= 2 and before[-1].casefold() in {"en", "ett"} and _introduced(before)  # "inrättas en
    return kept if kept and (allow or at_start or definite or introduced or kept[0][:1].isupper() or set_up or place) \
        else []  # X för Y"


def _named_by(before: list[str], adjectives: list[str], text: str, m: re.Match) -> list[str]:
    """The words before a group word that are part of its name: not what describes a group introduced with
    "en"/"ett" ("en gemensam styrgrupp", "en liten samordnargrupp"), but a place its initials spell ("Nyby
    brottsförebyggande råd (NBR)") and a police or regional unit whose genitive owns it ("Polisområde Syds
    ledningsgrupp")."""
    adjectives = list(adjectives)
    while adjectives and len(before) > len(adjectives) and adjectives[0].casefold() in DESCRIPTIVE \
            and before[-len(adjectives) - 1].casefold() in ("en", "ett"):
        adjectives.pop(0)
    if len(before) > len(adjectives) and (initials := re.match(r"\s*\(([A-ZÅÄÖ]{2,6})\)", text[m.end():])) \
            and before[-len(adjectives) - 1][:1].isupper() and "".join(
                w[0] for w in [before[-len(adjectives) - 1], *adjectives, m.group()]).upper() == initials.group(1):
        adjectives.insert(0, before[-len(adjectives) - 1])
    if adjectives and len(before) > len(adjectives) and OTHER_BODY.fullmatch(
            f"{before[-len(adjectives) - 1]} {adjectives[0]}"):
        adjectives.insert(0, before[-len(adjectives) - 1])  # "Polisområde Syds ledningsgrupp": that unit's own
    owner = before[len(before) - len(adjectives) - 2:len(before) - len(adjectives)]
    if len(owner) == 2 and MUNICIPALITY_GENITIVE.fullmatch(" ".join(owner)):
        adjectives[:0] = owner  # "Åby kommuns EST-grupp": that municipality's own, as "Åbys EST-grupp" is
    return adjectives


def _apposed_name(m: re.Match, kept: list[str]) -> bool:
    """A proper name of two words or more after a group word in the definite form, in lower case ("arbetsgruppen
    Trygga Nyby"): a name in apposition, not words of a name that includes the group word ("Samverkansgrupp
    Sydby centrum")."""
    return m.group()[:1].islower() and (m.group("ending") or "") in ("en", "et") and len(kept) >= 2 \
        and all(w[:1].isupper() for w in kept if w not in ("i", "på", "och"))


# "Nätverket Unga vuxna är …", "Nätverket Unga vuxna [5]": a name goes on in lower case up to its verb or a note
LOWER_TAIL = re.compile(r"\s+(?P<w>[a-zåäö]{3,})(?=\s+(?P<next>[a-zåäö]+)\b|\s*[\[(])")


def _lower_tail(after: str) -> list[str]:
    """A lower-case word that ends a capitalised name when a finite verb or a note's bracket follows it, itself no
    verb, adverb nor preposition."""
    if not (tail := LOWER_TAIL.match(after)):
        return []
    w = tail.group("w")
    if finite(w) or SENTENCE_GROUP_STOP.match(w) or w in ADVERBS | MORE_ADVERBS | LINE_PREPOSITIONS \
            or ADVERB_FORM.search(w) or tail.group("next") and not finite(tail.group("next")):
        return []
    return [w]


LINK_WORDS = {"och", "samt", "men", "eller", "som", "där", "att", "för", "med", "till", "från", "utan", "när", "hos"}
NAME_GOES_ON = re.compile(r"\s+(?P<name>[A-ZÅÄÖ][\wåäö-]+)\s+(?P<w>[a-zåäö]{3,})\s+(?P<v>[a-zåäö]+)\b")
THEME_AND = re.compile(r"\s+(?P<name>[A-ZÅÄÖ][\wåäö-]+)\s+och\s+(?P<w>[a-zåäö]{3,})"
                       r"(?:\s+(?P<v>[a-zåäö]+)|\s*[,.;:(]|$)")


def _indefinite_noun(word: str) -> bool:
    """A noun in its indefinite form ("droger", "trygghet"), not the definite form of a body ("polisen",
    "fältgruppen"), which would be a second subject."""
    return not (word.endswith(("en", "et", "na")) and lemma(word) != word) and not finite(word)


def _past(word: str) -> bool:
    """Whether a word is a verb in the past tense ("sammanträdde", "träffades", "leddes")."""
    w = word.casefold()
    return w.endswith(("de", "te", "des", "tes")) and lemma(w) != w and lemma(w).endswith("a")


TIME_AFTER = re.compile(r"(?i)\s+(?:under|inför|efter|sedan|i)\s+(?:året|år|\d{4}|perioden|hösten|våren)\b")


def _name_part(m: re.Match, text: str) -> list[str]:
    """A lower-case word that ends a name made of a capitalised group word without an article ("till Vinterforum
    centrum, som …", "Vinterforum centrum hålls …"): before a comma, a stop or a finite verb, itself no verb nor
    adverb (an adjective's neuter as one too: "gemensamt")."""
    if not m.group()[:1].isupper() or m.group("ending"):
        return []
    if (theme := _heading_theme(m, text)) is not None:
        return theme
    after = re.match(r"\s+(?P<w>[a-zåäö]{3,})(?:\s*(?:[,.;:(]|$)|\s+(?P<verb>[a-zåäö]+)\b)", text[m.end():])
    if after is None or finite(after.group("w")) or SENTENCE_GROUP_STOP.match(after.group("w")) \
            or after.group("w") in ADVERBS | MORE_ADVERBS or ADVERB_FORM.search(after.group("w")) \
            or after.group("w") == lemma(after.group("w")) + "t" \
            or after.group("verb") and not finite(after.group("verb")):
        return []
    return [after.group("w")]


def _heading_theme(m: re.Match, text: str) -> list[str] | None:
    """A heading that is the group word and a theme of two lower-case nouns ("Arbetsgrupp skola och fritid"): the
    theme is the name's, the heading having nothing else."""
    theme = re.fullmatch(r"\s+([a-zåäö]{3,})\s+och\s+([a-zåäö]{3,})\s*", text[m.end():])
    if theme is None or text[:m.start()].strip() \
            or any(finite(w) or _past(w) or w in ADVERBS | MORE_ADVERBS for w in theme.groups()):
        return None
    return [theme.group(1), "och", theme.group(2)]


def _spelled_by_initials(name_words: list[str], rest: str) -> list[str]:
    """The words after a group word that its initials in brackets show to be part of its name: "Operativ grupp
    centrum (OGC)" → ["centrum"]; none when the initials spell the name without them."""
    if not (m := re.match(r"\s+((?:[\wåäö-]+\s+){1,2}?)\(([A-ZÅÄÖ]{2,6})\)", rest)):
        return []
    words = m.group(1).split()
    spelled = "".join(w[0] for w in name_words + words).upper()
    return words if spelled == m.group(2) else []


HOW_OFTEN = re.compile(r"(?i)^(?:[a-zåäö]*(?:vis|årlig|månatlig)[aet]?|återkommande|regelbund(?:en|et|na))$")


def _name_word(w: str, at: int, adjectives: list[str]) -> bool:
    """Whether a word before a group word is part of its name ("Taktiska", "Farsta"); a question word ("Vad
    gruppen ser …") is not, nor a verb opening the sentence ("Bereder styrgruppens möten")."""
    if w.casefold() in INTERROGATIVES | {"sig", "sin", "sitt", "sina", "dem", "oss", "er"}:
        return False  # "gruppen kallar sig Kvällsgruppen": a pronoun is no part of a name
    if w.casefold() in {"motsvarande", "samma", "liknande", "likadan", "likadana"}:
        return False  # "Motsvarande grupp för Öby möts …": a word that points back to a group, no part of a name
    if HOW_OFTEN.match(w):
        return False  # "en årlig träff med näringslivet": how often it meets, not which meeting
    return bool(GROUP_ADJECTIVE.match(w)) and w.casefold() not in NON_SUBJECT and w.casefold() not in {"ett", "en"} \
        or w[:1].isupper() and w.isalpha() and not adjectives and (at > 0 or not common_word(w) and not _present(w)) \
        or w[:1].isupper() and w.isalpha() and w.endswith("s") and bool(adjectives) and at > 0  # a place's


    # genitive inside a sentence, before its adjectives: "… hos Nybys brottsförebyggande råd"


def _present(word: str) -> bool:
    """A verb in the present tense, its infinitive's stem and ending plain ("Bereder" of "bereda", "Planerar");
    not a place that only looks like one ("Nyfors")."""
    low, base = word.casefold(), lemma(word.casefold())
    return base.endswith("a") and low in (base[:-1] + "er", base + "r") and finite(word)


def _people_only(text: str, m: re.Match) -> bool:
    """Whether a word that may name people names them here: it acts as no body and is no name written with a
    capital inside a sentence ("Ja, Ungdomsgruppen.")."""
    return not _acts_as_body(text, m.start(), m.end()) and not (m.start() and m.group("word")[:1].isupper())


def _acts_as_body(text: str, start: int, end: int) -> bool:
    """Whether a word that may name people ("ungdomsgruppen") names a body here: what it does is what a body does
    ("Ungdomsgruppen består av …", "träffas"), or members are placed in it ("I ungdomsgruppen ingår …",
    "Ungdomsgruppen: fältsekreterarna, …")."""
    after = text[end:]
    if ACTS_AS_BODY.match(after):
        return True
    if start == 0 and (listed := FUNCTIONS_LISTED.match(after)) is not None \
            and PERSON.search(lemma(listed.group("first"))):
        return True
    words = after.split()
    return bool(FRONTED_IN.search(text[:start])) and bool(words) and finite(words[0])


def _meeting_name(words: list[str], ending: str) -> bool:
    """Whether a meeting is named as a standing group ("Samverkansmötet", "Operativt möte", "EST-möte"), not
    one meeting ("inför varje möte", "ett uppföljningsmöte", "mötena")."""
    last = fold(words[-1])
    if ending in ("s", "na", "er", "erna") or ending == "n" and last.endswith("moten"):
        return False  # "träffas" is a verb; "mötena", "möten" are many meetings
    named = any(c.isupper() for c in "".join(words))  # "ett gemensamt möte" is one meeting, no name
    return named and (len(words) > 1 or len(words[0]) > 6)


def _compared(before: list[str]) -> bool:
    """Whether a group after these words is what another is likened to ("på samma sätt som", "samma deltagare
    som", "liksom"), not the subject of the sentence."""
    said = " ".join(before[-6:]).casefold()
    return bool(re.search(r"\bsamma\b(?:\s+[\wåäö]+){0,2}\s+som$|(?:^|\s)(?:liksom|precis\s+som)$", said))


def _object(before: list[str]) -> bool:
    """Whether a group after these words is the object of their verb ("Operativ samordning informerar den
    taktiska gruppen"), not its subject after a fronted adverbial ("Varje månad träffas styrgruppen")."""
    if len(before) < 2 or not finite(before[-1]) or before[-1].casefold() in EXISTENTIAL | NAMING_VERBS \
            or before[-1].casefold() in INTRANSITIVE:
        return False  # "De heter Ledningsgruppen": the name of the subject, no object; "Närmast verksamheten
        # arbetar Ungdomsteamet": a verb that takes no object, its subject after it
    if len(before) == 2 and before[0].casefold() in {"det", "så"} and before[1].casefold() in {"gör", "är"}:
        return False  # "Vem leder arbetet? Det gör styrgruppen.": the proform stands for the verb, the group acts
    if before[-2].casefold() == "som":
        return True  # "ingår A, som leder polisgruppen": "som" is the relative clause's subject, the group its object
    return before[0].casefold() not in NON_SUBJECT | ADVERBS | FRONTING and not before[0][:1].isdigit() \
        and not (len(before) == 2 and ADVERB_FORM.search(before[0]))


def _listed_object(before: list[str]) -> bool:
    """Whether the words before a list's "och" end on the list's first items after a transitive verb or a
    preposition ("A möter kommunpolisen och …", "består av A och …"): the list is an object, no subject."""
    for i in range(len(before) - 1, max(-1, len(before) - 8), -1):
        word = before[i].casefold().strip(",")
        if word in NON_SUBJECT:
            return True
        if finite(word):
            return _object(before[:i + 1])
    return False


# a sentence's first word that opens a fronted adverbial, after which the verb comes before its subject ("I centrum
# arbetar Arbetsgruppen C", "Ute i Nyby, där …, får den lokala gruppen …": V2)
FRONTING = {"i", "ute", "inne", "nere", "uppe", "borta", "på", "under", "efter", "från", "vid", "inom", "hos", "där",
            "här", "nu", "sedan", "numera", "framöver", "över", "utöver", "bredvid",
            "enligt"}  # "Enligt avtalet består X av"


# a word an adverb by its form: a superlative ("Ytterst", "Främst", "Senast"), "-vis", "-ligen", "-ligtvis"
ADVERB_FORM = re.compile(r"(?i)^[a-zåäö]{2,}(?:ast|rst|mst|vis|ligen|igtvis)$")


def _introduced(before: list[str]) -> bool:
    """"finns en X", "inrättas en X", "att leda en X"; a cleft sentence's "är det en X som …" / "Det är en X som …"."""
    return len(before) >= 2 and before[-2].casefold() in {"finns", "inrättas", "bildas", "har", "tillsätts", "inrätta",
                                                          "bilda", "tillsätta", "leda"} \
        or [w.casefold() for w in before[-3:-1]] in (["är", "det"], ["det", "är"])


def named_whole(m: Mention, heading: str) -> Mention:
    """A heading that is a group's name ("Farsta Trygghetsforum", "Brommas grannsamverkansnätverk") names it
    whole; the key keeps the words before the group word out, so that "forumet" later finds it, and takes those
    after it in, so that "Arbetsgrupp skola" and "Arbetsgrupp centrum" stay two. Words before a dash label the
    name ("Dialognivå – Trygghetsforum X")."""
    before, after = heading[:m.start].split(), heading[m.end:].split()
    if len(before) + len(after) > 2 or any(w.casefold() in NON_SUBJECT | {"och"} for w in before + after) \
            or before and before[-1] in ("–", "—", "-") \
            or after and (GENITIVE.search(m.name) or SENTENCE_GROUP_STOP.match(after[0])):  # "I rådet ingår" over
        # a list: a clause that leads to its members, the group named inside it
        if after and re.search(r"(?:en|et)s$", m.name) and mentions(m.name[:-1]):  # "Styrgruppens sammansättning":
            return replace(m, name=m.name[:-1])  # a heading about the group, named as it is
        return m
    key = m.key if not after or m.key.endswith(fold(" ".join(after))) else fold(f"{m.key} {' '.join(after)}")
    return Mention(key, heading.strip(" .:"), m.head, m.bare, 0, len(heading), m.subject,  # "Arbetsgrupp skola"
                   m.of_people)


def opens_with_group(text: str) -> bool:
    """Whether a list item is about a group it names first ("Ledningsgruppen, där …", "Den taktiska gruppen …")."""
    named = [m for m in mentions(text) if not m.bare]
    return bool(named) and text[:named[0].start].strip().casefold() in DETERMINERS


def indefinite_mention(text: str, m: Mention) -> bool:
    before = [w.casefold() for w in text[:m.start].split()]
    if len(before) >= 2 and before[-1] in DESCRIPTIVE:  # "en särskild händelsegrupp med A och B"
        before.pop()
    return bool(before) and before[-1] in {"en", "ett"}
