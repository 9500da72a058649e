"""Noun phrases of agreements: group names, lists of members, functions and organisations, normalised the way a
reader lists them (a function in the nominative singular, an organisation as written)."""

from __future__ import annotations

import re

from samverkan.extract.meaning.text import fold, lemma

# the last part of a word that makes it the name of a group ("styrgruppen", "trygghetsrådet", "LÖK-nätverket"; not
# "hamnområdet", whose "råd" is part of "område")
GROUP_WORD = re.compile(
    r"(?i)\b(?P<word>[\wåäöÅÄÖ-]*?(?:grupp|samråd|(?<!om)råd|forum|nätverk|team|kommitté|träff|möte|dialog|"
    r"samordn(?:ings|ar)funktion|beredning|(?<=[a-zåäö]{4})(?:are|ar)par)|"  # "Samordnarparet": a pair of people
    r"samordnarna(?=\b)|"
    # a body named like one ("Samverkansledningen", "Samordnarfunktionen"): capitalised, a compound
    r"(?-i:[A-ZÅÄÖ][a-zåäö]{3,}s?(?:ledning|funktion)))"
    r"(?P<ending>en|et|er|erna|ens|ets|s|na|ernas|ets|n|t)?\b")
# a group word alone names no one in particular: "gruppen", "styrgruppen" in a list are the group, no member
GENERIC_GROUPS = {"grupp", "rad", "forum", "natverk", "team", "samrad", "kommitte", "mote", "traff", "styrgrupp",
                  "arbetsgrupp", "ledningsgrupp", "beredningsgrupp", "samverkansgrupp", "samordningsgrupp"}
# a meeting ("möte", "träff", "dialog") names a standing group only as a name: capitalised or with an adjective
MEETING_WORD = re.compile(r"(?i)(?:träff|möte|dialog)$")
GROUP_ADJECTIVE = re.compile(r"(?i)^(?:[\wåäö]+(?:isk|iv|al|ell|ande|ende|ig|ad|(?<=[kdlnrs]a)t|ral|ag)[at]?|"
                             r"lokal[at]?|central[at]?|gemensamm?[at]?|särskild[at]?|nya?)$")  # "utökat": a participle
NOT_GROUP = re.compile(r"(?i)^(?:kriminella|kriminellt|sociala|ge|gav|samråd|följande|olika|flera|andra|övriga|"
                       r"samtliga|alla|dessa|några|befintliga)$")  # "i följande grupper": groups spoken of, none named
ORG_TAIL = re.compile(r"(?i)(?:förvaltning|nämnd|kontor|tjänst|enhet|myndighet|styrelse|utskott|liv|vård|kassa|verk|"
                      r"avdelning|region|kommun|stad|bolag|område|förbund|mission|kyrka|församling|stöd|hälsa)"
                      r"(?:en|et|n|s)?$|^(?:lokal)?polisen$")
# a service a body runs, named as a unit of it ("familjecentral", "ungdomsmottagning")
UNIT_TAIL = re.compile(r"(?i)(?:central|mottagning|verksamhet)(?:n|en)?$")
PARTY_GENITIVE = re.compile(r"(?i)^(?:kommunens|kommunernas|stadens|städernas|stans|polisens|stadsdelsförvaltningens|"
                            r"förvaltningens|"
                            r"stadsdelens|stadsdelsnämndens|nämndens|lokalpolisområdets|[\wåäö]*förvaltningens|skolans|skolornas|"
                            r"[\wåäö]*bolagets|"  # "bostadsbolagets vd": the party's by the word the text calls it
                            r"parternas|områdets|centrumets|torgets|(?-i:[a-zåäö])[\wåäö]*(?:förvaltning|nämnd|område|kommun|stad|stadsdel|centrum|torg)"
                            r"(?:en|et|n|t)?s)$")  # not a place's name: "Ystads centrumförening"; the place where
# they are is no part of who they are either ("centrumets fastighetsägare")
# the kinds of party an agreement names a party by, in the definite form (folded): the party as a whole
PARTY_KIND = re.compile(r"(?:kommun|stad|stadsdel|polis|(?:lokal)?polisomrade|polisregion|region|forbund|bolag|"
                        r"stadsdelsforvaltning|stadsdelsnamnd|forvaltning|namnd)(?:en|et|n|t)")
DETERMINER = re.compile(r"(?i)^(?:(?:att|en|ett|den|det|de|dess|alla|samtliga|berörda|två|tre|fyra|fem|några|övriga|"
                        r"våra|vår|vårt|deras|sina|sin|sitt|"
                        r"vid\s+behov|när\s+(?:det\s+)?behövs|när\s+behov\s+finns|ibland|"
                        r"båda|bägge|varje|andra|"
                        r"respektive|även|också|dessutom|därutöver|därtill|därjämte|jämte|likaså|i\s+övrigt|"
                        r"särskilt\s+för|i\s+synnerhet\s+för|särskilt|"  # "… och särskilt för föreningar"
                        r"större|mindre|stora|enstaka|"
                        r"(?:förstärkt|kompletterad|utökad)[a-zåäö]*\s+med)\s+)+")  # "därutöver större
# fastighetsägare"; "…, förstärkta med enhetschefen": who joins them
# "representanter för X", "handläggare från X": people who stand for their organisation, which is the member
REPRESENTATIVE = re.compile(r"(?i)^(?:(?:en|två|tre)\s+)?(?:representant(?:er(?:na)?)?|företrädare|"
                            r"(?<!en\s)handläggare|"  # "en handläggare från X" is one person
                            r"poliser|medarbetare|personal(?:en)?|tjänste(?:personer|män)|(?<!en\s)befattningshavare|någon|"
                            r"några|person(?:er)?)\s+"
                            r"(?:vardera\s+|var\s+)?(?:för|från|vid|inom)\s+")
# "A · B" on a slide; "A eller B": either
SPLIT = re.compile(r"\s*,\s*(?:och\s+(?:så\s+)?|samt\s+|liksom\s+)?|"
                   r"\s+(?:och|samt|liksom|eller)\s+(?:så\s+(?=\w))?|\s*;\s*|\s+[·•]\s+")  # "A, och så B": spoken "och"
# "det vill säga A och B": the list after it names what the words before it only summed up
THAT_IS = r"(?:det\s+vill\s+säga|dvs\.?|d\.\s?v\.\s?s\.?)"
NAMELY = re.compile(rf"(?i)^.*\b(?:{THAT_IS}|nämligen|(?<=,\s)(?:i\s*dag|för\s+närvarande))\s+")
# "Nybyhem, det kommunala bostadsbolaget, …": what a name is, said beside it, is no member of its own
NAME_APPOSITION = re.compile(r"(?P<name>\b[A-ZÅÄÖ][\wåäö-]+),\s+(?:det|den)\s+(?:[a-zåäö]+\s+){0,2}[a-zåäö]+(?:et|en)"
                             r"\s*(?=,|$)")
# "Lars Exempelsson, som representerar föreningen": a person named for the organisation he or she stands for is
# that organisation, as a "representant från" it is
_NAME_WORD = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
REPRESENTS = re.compile(rf"\b{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}},?\s+som\s+(?:representerar|företräder)\s+")
# "en representant från var och en av A, B och C": one who stands for each of them, so each is a member
FROM_EACH_OF = re.compile(r"(?i)\b(?P<who>(?:en\s+|två\s+)?(?:representant(?:er)?|företrädare))\s+(?P<prep>från|för)\s+"
                          r"(?:var\s+och\s+en|vart\s+och\s+ett|vardera)\s+av\s+")
# "…, i regel förvaltningschefen": who usually stands for the unit before it, no member of its own
USUALLY_WHO = re.compile(r"(?i),\s+(?:i\s+regel|som\s+regel|normalt|vanligen|vanligtvis|oftast|i\s+normalfallet)\s+"
                         r"[^,;()]+?(?=\s*(?:[,;]|$))")
COUNTS = {"två": 2, "tre": 3, "fyra": 4}


def _named_count(m: re.Match) -> str:
    """The people a count sums up ("två samordnare, A och B,") when the names are as many as the count."""
    names = re.split(r",\s+|\s+(?:och|samt)\s+", m.group("list"))
    return m.group("list") if len(names) == COUNTS[m.group("n").casefold()] else m.group()


# "två rektorer, en för högstadiet och en för gymnasiet": which one of the counted people is where, no members
ONE_EACH = re.compile(r"(?i)(?P<many>\b(?:två|tre|fyra|fem|sex)\s+[a-zåäö-]+(?:er|ar|or|are|re)),"
                      r"(?:\s+(?:en|ett)\s+(?:för|från|vid|på|i|inom)\s+[^,;]+?,)*"
                      r"\s+(?:en|ett)\s+(?:för|från|vid|på|i|inom)\s+[^,;]+?\s+(?:och|samt)\s+"
                      r"(?:en|ett)\s+(?:för|från|vid|på|i|inom)\s+[^,;]+?(?=\s*(?:[,;]|$))")
# "två samordnare från kommunen, A och B, tillsammans med C": the people a count sums up, named between commas
COUNTED_NAMED = re.compile(r"(?i)\b(?P<n>två|tre|fyra)\s+[a-zåäö-]+(?:er|ar|or|are|re)"
                           r"(?:\s+(?:från|i|vid|inom|hos)\s+[\wåäö-]+)?,\s+"
                           r"(?P<list>(?:[^,;()]+?,\s+)*[^,;()]+?\s+(?:och|samt)\s+[^,;()]+?)"
                           r"(?=,\s+(?:tillsammans\s+med|samt|och|liksom|jämte)\b)")
# "kommundirektören, som är ordförande, polischefen och …": a relative clause inside a list is no member
RELATIVE_ASIDE = re.compile(r"(?i),\s+som\s+(?:också\s+|även\s+|dessutom\s+|tillika\s+)?(?:är|blir)\s+"
                            r"(?:också\s+|även\s+|tillika\s+)?"
                            r"(?:dess\s+|[\wåäö-]*(?:gruppens|rådets|forumets|nätverkets|teamets)\s+)?(?:vice\s+)?"
                            r"(?:ordförande|sammankallande|sekreterare|föredragande|mötesledare)(?=\s*,)|"
                            # "kommunstyrelsens ordförande, som leder mötena, polischefen …": what one of them does
                            r",\s+som\s+(?:också\s+|även\s+|tillika\s+)?(?:leder|håller\s+i|sammankallar|kallar\s+till|"
                            r"är\s+ordförande\s+i)\s+(?:[\wåäö]+\s+){0,2}[\wåäö]+(?=\s*,)|"
                            r",\s+som\s+(?:också\s+|även\s+)?(?:leder|kallar|sammankallar)(?=\s*,)")  # "A, som kallar,"
PARTS = re.compile(r"(?i)\b(?:kommunen|staden|polisen|[\wåäö]+förvaltningen)\s*"
                   r"\((?P<parts>[^()]+(?:,|\soch\s)[^()]+)\)")
# "de större fastighetsägarna (i dag Nybyhem och Låtsashus; andra kan bjudas in)": who they are at present, by name
NAMED_NOW = re.compile(r"(?i)(?:^|(?<=,\s)|(?<=\soch\s)|(?<=\ssamt\s))(?:de\s+|den\s+)?"
                       r"(?:(?!\s(?:och|samt)\s)[^,()])*?"
                       r"[a-zåäö]+(?:na|erna|arna|orna)"
                       r"(?:\s+i\s+[\wåäö]+)?\s*\((?:i\s+dag|för\s+närvarande|just\s+nu|numera)\s+"
                       r"(?P<names>(?-i:[A-ZÅÄÖ])[^;()]*?)(?:;[^()]*)?\)")
# "från kommunen: A och B; från polisen: C": the party a part of the list comes from is no member
PARTY_LABEL = re.compile(r"(?i)(?:^|(?<=[;,]\s)|(?<=[;,])|(?<=\boch\s)|(?<=\bsamt\s))\s*(?:från|för)\s+"
                         r"(?:[\wåäö -]{2,30}?:\s*|[\wåäö]+s\s+del\s+(?:ska\s+ingå\s+)?|"  # "för polisens del A"
                         r"(?:kommunen|polisen|staden|[\wåäö]+(?:förvaltningen|området)|"
                         r"(?:båda\s+|bägge\s+)?parterna(?!\s+(?:deltar|ingår|medverkar|sitter)\b))"
                         r"\s+(?=\w))")  # "…; från parterna A och B": the parties' people
# "kommunen representeras av A, polisen av B": the party of a gapped clause is no member
GAPPED = re.compile(r"(?i)(?:^|(?<=[;,]\s)|(?<=[;,])|(?<=\boch\s))\s*(?:kommunen|polisen|staden|regionen|"
                    r"[\wåäö]+förvaltningen)\s+"
                    r"(?:av|genom)\s+(?=\w)")
# "rektorerna för skolorna i Fröslunda och på Söder": many places in an area say only where the function sits
SEAT_OF_MANY = re.compile(r"(?<=[\wåäö])\s+för\s+(?:(?:de|alla|samtliga|berörda|två|tre|fyra|fem)\s+)*"
                          r"[a-zåäö][\wåäö-]*(?:orna|erna|arna)\s+(?:i|på)\s+(?:[A-ZÅÄÖ][\wåäö-]*|[a-zåäö]+(?:en|et)\b)"
                          r"(?:\s+(?:och|samt)\s+(?:i\s+|på\s+)?[A-ZÅÄÖ][\wåäö-]*)*")
_PLACE_NOUN = r"(?:\s+(?:centrum|city|torg|station|hamn))?"  # "i Nyby centrum och Åbys centrum"
# "… och fastighetsägare i Fröslunda och Skiftinge": the area a list of common nouns ends with is no member
# (a school or a gården by its name is a workplace that tells one person apart: "rektorn på Nybyskolan")
AREA_AT_END = re.compile(r"(?<=[a-zåäö])\s+(?:i|på)\s+(?![A-ZÅÄÖ][\wåäö-]*(?:skolan|gymnasiet|gården)\s*$)"
                         r"[A-ZÅÄÖ][\wåäö-]*" + _PLACE_NOUN
                         + r"(?:(?:,\s*|\s+(?:och|samt)\s+)[A-ZÅÄÖ][\wåäö-]*" + _PLACE_NOUN + r")*\s*$")
# one school or gård by its name after a function: a workplace that tells the person apart ("rektorn för Nybyskolan")
NAMED_WORKPLACE = re.compile(r"\s(?:för|på|vid|i)\s+[A-ZÅÄÖ][\wåäö-]*(?:skolan|gymnasiet|gården)$")
# "… och fastighetsägare runt torget", "krögarna längs gatan": the place the last of a list are around says only
# where they are
AROUND_AT_END = re.compile(r"(?<=[a-zåäö])\s+(?:runt|kring|omkring|längs)\s+[a-zåäö]{3,}(?:et|en|an|na)\s*$")
# "krögarna vid Skrea strand": the place many people are at says only where they are
PLACE_OF_MANY = re.compile(r"(?<=na)\s+vid\s+[A-ZÅÄÖ][\wåäö-]*(?:\s+[a-zåäö]+)?\s*$")
# "… och näringsidkare där lägesbilden redovisas": a clause about where, after the list
ONE_OF = re.compile(r"(?i)^(?:en|ett|någon|några|två|tre)\s+av\s+(?:de\s+)?(?=[a-zåäö])")
WHERE_CLAUSE = re.compile(r"(?i)\s+där\s+.*$")
# "…; från parterna deltar A och B", "; dessutom ingår C": a clause whose fronted phrase and verb lead to more members
FRONTED_PARTAKING = re.compile(r"(?i);\s*(?:(?:från|för|av|inom|vid)\s+[\wåäö-]+(?:\s+[\wåäö-]+)?|dessutom|därtill|"
                               r"därutöver|även|också)\s+(?:deltar|ingår|medverkar|sitter|är\s+med)"
                               r"(?:\s+(?:även|också))?\s+")
# the verb after a member that ends its list in a clause of its own ("…; Nybyhem deltar vid behov")
TAKES_PART_AFTER = re.compile(r"(?i)(?<=\w)\s+(?:deltar|medverkar|adjungeras|ingår)(?:\s+(?:också|även|dessutom))?$")
# "Nybyhem med en representant (var)": how many people a body sends, no part of who
SENT_COUNT_AFTER = re.compile(r"(?i)(?<=\w)\s+med\s+(?:en|ett|två|tre|fyra|fem|\d+)\s+(?:representant|företrädare|"
                              r"person|deltagare|ledamot|ledamöter)(?:er|na)?(?:\s+(?:var|vardera|styck|st))?$")
# "verksamhetschefen för BUP, Region Halland": the organisation after a comma says only whose the function is
WHOSE_AFTER = re.compile(r",\s+(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]*)*$")
PREPOSITION = {"för", "i", "vid", "inom", "från", "med", "på", "hos", "mot", "av", "till"}
# the function a person has ("chefen", "samordnaren"): a singular definite noun of these is read as a function,
# any other ("äldreomsorgen", "civilsamhället") is an organisation and keeps its form
PERSON = re.compile(r"(?i)(?:chef|direktör|polis|(?:kommunal|oppositions|läns)råd|samordnare|strateg|sekreterare|"
                    r"assistent|"
                    r"kurator|rektor|handläggare|psykolog|pedagog|sköterska|barnmorska|kapten|"
                    r"utvecklare|ledare|ombud|ordförande|föreståndare|vakt|värd|ansvarig|förälder|ar[e]|ör|ist|ent|"
                    r"ant|man|vald|representant)$")
# the second of two names in the genitive that both own the noun after it ("Åby och Nybys skolor": both places' schools)
_SHARED_GENITIVE = r"\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+s\s+(?-i:[a-zåäö])"
# where a function sits ("rektor från Nybyskolorna", "… inom utbildningsförvaltningen"): not part of the function
SEAT = re.compile(r"(?i)\s+(?:från|inom|vid|hos|på|i|kring|runt)\s+"
                  r"(?:(?:de|den|det|alla|samtliga|två|tre|fyra|fem|(?:någon|något|en|ett)\s+av|[a-zåäö]+[ae]|[a-zåäö]{4,}(?:ens|ets|ns)|"
                  r"(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+och(?=" + _SHARED_GENITIVE + r"))\s+)*"  # "från Åby och Nybys skolor"
                  r"(?:[\wåäö-]+(?:en|et|na|an|enhet|avdelning)|(?:respektive|varje)\s+[\wåäö-]+|"
                  r"(?:de|dessa|alla|samtliga|två|tre|fyra|fem|sex|\d+)\s+[a-zåäö-]+(?:er|ar|or)|"
                  r"(?-i:[A-ZÅÄÖ])[\wåäö-]*\s+[a-zåäö]*(?:gård|skola|center|centrum|torg|hus)|(?-i:[A-ZÅÄÖ]{2,6})|"
                  r"[a-zåäö]{4,}(?:ens|ets|s)\s+[a-zåäö-]+(?:er|ar|or)|(?-i:[A-ZÅÄÖ][a-zåäö]+\s+AB)|"
                  # "från kommunens upphandlade bevakningsbolag": a noun its owner's genitive makes definite
                  r"[a-zåäö]{4,}(?:ens|ets)\s+(?:[a-zåäö]+[ae]\s+)*[a-zåäö-]{4,})\b.*$")
# "en rektor från högstadiet": a stage of school says which one of many, no workplace
SCHOOL_STAGE = re.compile(r"(?i)(?<=[a-zåäö])\s+(?:från|på|vid|inom|i)\s+(?:låg|mellan|hög)stadiet$")
# "trygghetsvärdar anställda av Nybyhem", "en fältassistent anställd hos Nyby kommun": the employer, where they sit
EMPLOYED_BY = re.compile(r"(?i)\s+(?:anställd|anställda|anlitad|anlitade)\s+(?:av|hos|vid|på)\s+(?=\S)")
# "bovärdar från Nyby Bostäder": where people of a plural that shows sit, by a proper name
SEAT_NAMED = re.compile(r"\s+(?:från|kring|vid|hos)\s+[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*)*$")
TRAILING = re.compile(r"(?i)\s*(?:\([^)]*\)|,?\s*(?:tillsammans(?=\s+med\b|\s*$)|i [a-zåäö]*(?:området|stadsdelen)|"
                      # "vid resecentrum", "polisen i city": where they are, at the end ("för city i samverkan" a name)
                      r"(?:i|vid|på|för)\s+[a-zåäö]*(?:centrum|city|torget|stationen)(?=\s*$)|i kommunen|i allmänhet|"
                      r"i\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+(?:tätort|centrum)\b|"  # "näringsidkare i Nyby tätort": where
                      r"i (?:stadsdel|område|bostadsområde)(?:arna|ena|na)|"
                      r"vid behov|som|med ansvar för|sida vid sida|gemensamt|regelbundet|"
                      r"(?:redan\s+)?i\s+dag(?=\s*$)|redan(?=\s*$)|"  # "… och kommunpolisen redan i dag": when
                      # "områdespolisen med längst tjänstgöring": which one of them
                      r"med\s+(?:längst|högst|mest|störst|lägst)|"
                      # one from each of several places: "en trygghetssamordnare per kommun"
                      r"(?:per|från\s+(?:varje|respektive|vardera))\s+(?:kommun|skola|stadsdel|område|förvaltning)|"
                      r"per\s+[a-zåäö]{4,}(?:gård|skola|enhet|bolag)\b|"  # "fritidsledare per fritidsgård": one of each
                      r"från\s+(?:var\s+och\s+en|vart\s+och\s+ett)\s+av\s|"
                      r"från\s+(?:oppositionen|majoriteten|minoriteten)\b|"  # which side of many elected
                      # which one each time: "arrangören av det aktuella evenemanget"
                      r"(?:av|för|vid)\s+(?:det|den|de)\s+(?:aktuella|berörda|ifrågavarande)\s|"
                      r"(?:av|för|vid|på|från)\s+(?:berörd|berört|berörda|aktuell|aktuellt)\s|"  # "vid berörd skola"
                      r"för\s+(?:protokoll|minnesanteckningar|anteckningar)\w*|"  # "för protokoll": keeps the minutes
                      # a participle saying who appoints them: "tre förtroendevalda utsedda av kommunstyrelsen"
                      r"(?:utsedd|utsedda|vald|valda|nominerad|nominerade|förordnad|förordnade)\s+av)\b.*|"
                      r"\s+i\s+[a-zåäö]+frågor|"
                      r"\s+om\s+(?-i:[a-zåäö]).*)$")  # "föräldraföreningar om tryggheten": what they meet about
# "kommunpolisen i lokalpolisområde Nyby", "polisområdeschefen för Västernorrland", "… för Polisområde Nyby syd":
# the area of a party; "… i PR Syd": the region by its short form; "lokalpolisområdescheferna i Nyby och Åby"
_PLACE = r"(?:(?:Norra|Södra|Östra|Västra|Övre|Nedre|Stora|Lilla)\s+)?" \
    r"(?![A-ZÅÄÖ][a-zåäö-]*(?:gruppen|enheten|teamet|avdelningen|sektionen|förvaltningen|mottagningen)\b)" \
    r"[A-ZÅÄÖ][a-zåäöé-]+(?:-[A-ZÅÄÖ][a-zåäöé]+)*"  # "Östra Nyby": a quarter of a place by its side is one place;
# "Majorna-Linné" one of two names; "Fältgruppen" a unit
PARTY_AREA = re.compile(r"\s+(?:i\s+[A-ZÅÄÖ]{2,5}\s+|(?:i|för|inom)\s+(?:(?i:(?:lokal)?polisområde|polisregion)\s+)?)"
                        + _PLACE + r"(?:,\s+" + _PLACE + r")*(?:\s+(?:och|samt)\s+" + _PLACE + r")?"
                        r"(?:\s+(?:syd|nord|väst|öst|mitt|city|län))?$|"
                        # "kommunpolisen för inlandet": an area by what it is, no unit
                        r"\s+(?:i|för|inom)\s+(?:inlandet|området|stadsdelen|kommundelen|stadsområdet|orten|länet|"
                        r"distriktet|centrum|glesbygden|landsbygden|kustområdet)$")
# "rektorerna för högstadieskolorna", "… för de berörda skolorna", "rektorer för grund- och gymnasieskolor": the
# places of many people
FOR_MANY = re.compile(r"(?i)\s+för\s+(?:(?:de|alla|samtliga|berörda|två|tre|fyra|fem)\s+)*"
                      r"(?:(?<=de\s)[a-zåäö]+a\s+)?"  # "för de kommunala grundskolorna": which ones, after "de"
                      r"(?:[a-zåäö]+(?:ens|ets)\s+(?:(?:två|tre|fyra|fem|sex|\d{1,2})\s+)?"  # "kommunens två skolor"
                      r"[\wåäö-]+(?:or|er|ar)|(?:[\wåäö]+-\s+(?:och|eller)\s+)?[\wåäö-]+(?:orna|erna|arna|or|er|ar))"
                      # "rektorerna för stadens grundskolor och gymnasieskolan": one more unit of those they lead
                      r"(?:\s+(?:och|samt)\s+[a-zåäö-]+(?:orna|erna|arna|or|er|ar|an|en|et))?"
                      r"(?:\s+i\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)?$")  # "… i Nyby": where they are


# actors outside the parties' organisations: a network of these is an open forum
OUTSIDE = re.compile(r"\b(?:forening|foretag|handlar[en]|boende|fastighetsagar[en]|trossamfund|krogar[en]|nattvandr|"
                     r"civilsamhall|pensionarsorganisation|kontaktombud)")


# a unit that is a place the parties run ("fritidsgård", "skola", "bibliotek"): many of them by the definite plural
# are the units as written ("fritidsgårdarna")
PLACE_UNIT = re.compile(r"(?:gård|skola|bibliotek|center|hem|klubb)$")
# actors outside the parties in a place by its name ("företag i Nyby", "föreningar på Åby")
OUTSIDE_AREA = re.compile(r"(?P<who>[a-zåäö][\wåäö-]*)\s+(?:i|på)\s+[A-ZÅÄÖ][\wåäö-]*"
                          r"(?:\s+(?:och|samt)\s+[A-ZÅÄÖ][\wåäö-]*)?")
# "Öppet för …", "öppet möte för …", "ett öppet forum för …": whom an open meeting is for
OPEN_TO = re.compile(r"(?i)^\s*(?:(?:ett|en)\s+)?(?:öppe[nt]|öppna)\s+(?:[\wåäö-]*(?:möte|forum|träff|mötesplats)\s+)?"
                     r"för\s+(?:alla\s+)?")
# a span of time, no one: "ett år i taget", "ett kalenderår i sänder"
TIME_ONLY = re.compile(r"(?i)(?:ett\s+|vart\s+)?[a-zåäö]*år\s+i\s+(?:taget|sänder)|varannan\s+gång")


# a list's joining word or a speaker's adverb before or after one member ("och så A", "faktiskt B också")
SPOKEN_ADVERB = re.compile(r"(?i)^(?:(?:och|samt)\s+)?(?:(?:så|faktiskt|förstås|givetvis|också|även)\s+)+|"
                           r"^(?:och|samt)\s+|(?<!\s)\s+(?:också|även|förstås)$")
# a party speaking of itself before the people it takes part with ("vi i kommunen med fältassistenterna")
WE_WITH = re.compile(r"(?i)^(?:vi|de)\s+(?:på|i|inom|från|hos|vid)\s+[\wåäö-]+\s+(?:med|genom)\s+(?=\S)")
# a short aside between dashes inside a list ("…, fältassistenterna – fältarna alltså – en socialsekreterare …")
LIST_ASIDE = re.compile(r"(?<=\w)\s+[–—]\s+[^–—,.;:]{1,30}\s+[–—]\s+(?=\w)")
# a unit named by two nouns after "för", the first capitalised ("enhetschefen för Fält och fritid,"), or after
# its organisation's genitive ("en enhetschef från socialtjänstens barn och unga,")
UNIT_NAME_AND = re.compile(r"\b(?P<a>(?:för\s+[A-ZÅÄÖ][a-zåäö]+|(?:för|från|inom|vid)\s+[a-zåäö]{3,}(?:ens|ets)\s+"
                           r"[a-zåäö]{3,}))\s+och\s+(?P<b>[a-zåäö]{3,})"
                           r"(?=\s*(?:,|$)|\s+(?:och|samt)\s)")


# "… och parkenheten (Trafikkontoret och SL adjungeras vid behov)": a clause in brackets adding members
TAKING_PART_BRACKET = re.compile(r"(?i)\s*\((?P<list>[^()]+?)\s+(?:adjungeras|deltar|ingår|medverkar|bjuds\s+in)"
                                 r"(?:\s+(?:även|också))?(?:\s+vid\s+behov)?\)")


# "… och rektorn (vid behov deltar även en kurator från X)": the clause in brackets fronted, its list after the verb
TAKING_PART_FRONTED = re.compile(r"(?i)\s*\((?:vid\s+behov\s+)?(?:adjungeras|deltar|ingår|medverkar|bjuds\s+in)"
                                 r"(?:\s+(?:även|också))?(?:\s+vid\s+behov)?\s+(?P<list>[^()]+?)\.?\)")


# "Övriga:  A och B bjuds in vid behov.": a field's list told as a clause, its verb of taking part after it
TAKING_PART_AFTER = re.compile(r"(?i)\s+(?:adjungeras|deltar|ingår|medverkar|bjuds\s+in|kallas\s+in)"
                               r"(?:\s+(?:även|också))?(?:\s+vid\s+behov)?\s*\.?$")


def _unit_name(m: re.Match) -> str:
    """The two nouns of a unit's name joined, unless the second is a function or a body in the definite form
    (the next member of the list)."""
    b = m.group("b")
    if PERSON.search(lemma(b)) or b.endswith(("en", "et", "na")) and lemma(b) != b:
        return m.group()
    return f"{m.group('a')}§och§{b}"


def _bracket_whole(m: re.Match) -> str:
    return re.sub(r"\s+(och|samt|eller)\s+", r"§\1§", m.group()).replace(",", "§,§")


AND_AS_NEEDED = re.compile(r"(?i)\s+(och|samt),\s*(?:vid\s+behov|när\s+det\s+behövs)\s*,\s*")


# a sentence's list set as bullets: the next to last item ends with the "och" before the last ("- B och" / "- C.")
LIST_ITEM_AND = re.compile(r"(?i)[\s,]+(?:och|samt)[\s,]*$")


def split_list(text: str) -> list[str]:
    """"A, B och C" → [A, B, C]; "individ- och familjeomsorg" stays whole, and so does what brackets hold
    ("lokalpolisområdescheferna (Nyby och Åby)")."""
    text = TAKING_PART_BRACKET.sub(r", \g<list>", text)  # "A (B och C adjungeras vid behov)": B and C too
    text = TAKING_PART_FRONTED.sub(r", \g<list>", text)  # "A (vid behov deltar även B)"
    text = AND_AS_NEEDED.sub(" och ", text)  # "A och, vid behov, B": B is one of the list as A is
    protected = re.sub(r"\([^()]*\)", _bracket_whole, text)
    protected = re.sub(r"-\s+(och|eller)\s+", r"-§\1§", protected)
    protected = re.sub(r"(?i)(\bsom\s+\w+)\s+eller\s+", r"\1§eller§", protected)  # "alla som bor eller verkar här"
    protected = re.sub(r"(?i)\b(vart?)\s+och\s+(en|ett)\b", r"\1§och§\2", protected)  # "från var och en av kommunerna"
    protected = UNIT_NAME_AND.sub(_unit_name, protected)  # "chefen för Fält och fritid": one unit's name
    # "lokalpolisområdescheferna i Nyby och Åby": many people, one in each of the places
    # (also "rektorerna på högstadieskolorna i Nyby, Åby och Öby": the places listed with commas)
    protected = re.sub(r"((?:erna|arna|orna)\s+(?:(?:på|vid)\s+[a-zåäö]+(?:erna|arna|orna)\s+)?(?:i|för)\s+"
                       r"[A-ZÅÄÖ][a-zåäö]+"
                       r"(?:,\s+(?!(?:Polisen|Kommunen|Staden|Regionen|Förbundet)\b)[A-ZÅÄÖ][a-zåäö]+(?=,|\s+och\s))*)"
                       r"\s+och\s+"
                       r"(?!(?:Polisen|Kommunen|Staden|Regionen|Förbundet)\b)(?=[A-ZÅÄÖ][a-zåäö]+(?:[\s,.;]|$)"
                       r"(?!\s*(?:kommun|stad|AB)\b))", lambda m: m.group(1).replace(", ", "§komma§") + "§och§",
                       protected)
    protected = SEATS_OF_ONE_KIND.sub(_seats_whole, protected)  # "rektorerna vid Nybyskolan och Åbyskolan"
    protected = SHARED_SEAT.sub(r"\g<seat>§och§", protected)  # "fritidsledare från Åby och Nybys fritidsgårdar"
    protected = AROUND_PLACES.sub(r"\g<around>§och§", protected)  # "fastighetsägare kring torget och stationen"
    parts = [p.replace("§och§", " och ").replace("§eller§", " eller ").replace("§samt§", " samt ").replace("§,§", ",")
             .replace("§komma§", ", ")
             for p in SPLIT.split(protected)]
    return [p.strip(" .:;") for p in parts if p.strip(" .:;")]


# many people at named places of one kind: "rektorerna vid Nybyskolan och Åbyskolan" (both schools)
SEATS_OF_ONE_KIND = re.compile(r"(?<=[a-zåäö])(?P<seat>\s+(?:vid|på|från)\s+[A-ZÅÄÖ][a-zåäö-]+)\s+och\s+"
                               r"(?P<other>[A-ZÅÄÖ][a-zåäö-]+)(?=[\s,.;]|$)")


# people from a place and another's, the noun after the second genitive both places': "fritidsledare från Åby och
# Nybys fritidsgårdar" (one member, from both places' fritidsgårdar)
SHARED_SEAT = re.compile(r"(?<=[a-zåäö])(?P<seat>\s+(?:från|vid|på|inom|hos)\s+[A-ZÅÄÖ][\wåäö-]+)\s+och(?="
                         + _SHARED_GENITIVE + r")")


# the places many people are around: "fastighetsägare kring Lilla torget och busstationen" (one member; the second
# place by a word for a place, not the next member of the list)
_PLACE_WORD = r"(?:centrum|torg|torget|stationen|hamnen|parken|gatan|vägen|området|stranden)"
AROUND_PLACES = re.compile(r"(?P<around>(?<=[a-zåäö])\s+(?:kring|runt|omkring|längs)\s+(?:[A-ZÅÄÖ][\wåäö-]*\s+)?"
                           r"[\wåäö-]+)\s+och\s+(?=(?:[A-ZÅÄÖ][\wåäö-]*\s+)?[\wåäö-]*" + _PLACE_WORD
                           + r"(?:[\s,.;]|$))")


def _seats_whole(m: re.Match) -> str:
    """The two places kept as one seat when their names end alike (two schools, two fritidsgårdar)."""
    first, other = m.group("seat").split()[-1], m.group("other")
    if len(first) > 6 and len(other) > 6 and first[-5:] == other[-5:]:
        return f"{m.group('seat')}§och§{other}"
    return m.group()


CONVENED_BY = re.compile(r"(?i)(?:sammankallad|ledd)[ae]?\s+av\s")
# an office that is nothing without its body ("nämndens ordförande", "nämndens presidium", a bare "chef")
OFFICE = {"ordförande", "presidium", "vice", "chef", "direktör"}


def _office_of(words: list[str]) -> bool:
    """Whether the words after a body's genitive are an office of that body, which keeps the body."""
    return fold(lemma(words[0])) in {fold(w) for w in OFFICE} and (len(words) == 1 or words[0].casefold() == "vice")


# "de ordningsvakter stan hyr in": "de" before a plural noun, then a clause without "som" about them
CONTACT_CLAUSE = re.compile(r"(?i)^(?P<np>de\s+[a-zåäö-]{4,}(?:er|ar|or|rer))\s+(?P<subject>[a-zåäö]+)\s+"
                            r"(?P<verb>[a-zåäö]{2,})(?:\s+(?:in|ut|upp|på|till|fram|med))?$")


def _without_contact_clause(text: str) -> str:
    """A plural noun after "de" with the clause about it that leaves out "som" ("de ordningsvakter stan hyr in"):
    the noun phrase alone."""
    m = CONTACT_CLAUSE.match(text)
    if m is None:
        return text
    verb = m.group("verb").casefold()
    return m.group("np") if lemma(verb) != verb and lemma(verb).endswith("a") else text


# a word that opens a clause or says what happens: no function or organisation has one in its name ("kallas in
# när ett ärende berör den", "där föreningarna deltar")
CLAUSE_WORD = re.compile(r"(?i)(?:^|\s)(?:när|där|då|eftersom|hålls|ska|skall)(?:\s|$)")
# an adverb or abbreviation after the member that says when or with whom ("… tillsammans", "… redan i dag", "v.b.")
# "vid behov" said as a clause before the member ("och när det behövs också X")
WHEN_NEEDED = re.compile(r"(?i)^(?:när|då|om)\s+(?:det|så)\s+(?:behövs|krävs|är\s+aktuellt|är\s+påkallat)\s+")
AFTERTHOUGHT = re.compile(r"(?i)(?:\s+|^)(?:tillsammans|redan(?:\s+i\s*dag)?|i\s*dag|dessutom|därtill|v\.\s?b\.?)$")


def _without_afterthought(text: str) -> str | None:
    """A member cut off from the clause or bracket it stood in: an opened bracket the list split ("chef (Nyby" of
    "chef (Nyby och Åby)") keeps what stands before it; a bracket's closing part ("Åby)") or a clause is no one."""
    text = WHEN_NEEDED.sub("", text)
    if CLAUSE_WORD.search(text) or text.count(")") > text.count("("):
        return None
    if text.count("(") > text.count(")"):
        text = text[:text.rindex("(")]
    return AFTERTHOUGHT.sub("", text).strip(" ,")


def member(text: str, prose: bool = False) -> str | None:
    """One member as a reader lists it: "lokalpolisområdeschefen" → "lokalpolisområdeschef", "rektorerna i
    området" → "rektor", "en representant för Svenska Bostäder" → "Svenska Bostäder". In `prose`, a capitalised
    word is a name ("Familjebostäder") and kept as written."""
    text = _without_afterthought(re.sub(r"(?i)(?<=[a-zåäö]{3})dir\.?(?=$|[\s,;)])", "direktör",
                                        " ".join(text.split())))  # "kommundir."
    if text is None or not any(c.isalpha() for c in text) or TIME_ONLY.fullmatch(text.strip(" .,")):
        return None  # "↑", "–": a chart's arrow or a dash names no one; "ett år i taget" is a time
    text = re.sub(r"\s*×\s?\d+$|\s+x\s?\d+$", "", text.strip(" .,:;\"”“'*_"))  # "KP ×2": how many, no part
    text = SPOKEN_ADVERB.sub("", text)  # "och faktiskt Nyby församling också": the speaker's words, no one's
    text = WE_WITH.sub("", text)  # "vi på polisen med områdespoliserna": the side speaking, then its people
    text = _without_contact_clause(text)
    text = EMPLOYED_BY.sub(" från ", text)  # "trygghetsvärdar anställda av Nybyhem": where they work, as "från"
    text = TRAILING.sub("", SEAT_OF_MANY.sub("", PLACE_OF_MANY.sub("", text)))
    text = TAKES_PART_AFTER.sub("", text)  # "Nybyhem deltar (vid behov)": a clause of its own about the member
    text = SENT_COUNT_AFTER.sub("", text)
    text = _without_outside_area(_without_whose(text))
    if CONVENED_BY.match(text):
        return None  # "…, sammankallade av C": who convenes the members, no member of their list
    text = ONE_OF.sub("", text)  # "en av fältassistenterna": the function of them all
    start = text
    text = REPRESENTATIVE.sub("", text)
    one = re.match(r"(?i)en\s", text) is not None  # "en handläggare från kommunen": one person, no stand-in
    many = re.match(r"(?i)(?:två|tre|fyra|fem|sex|några|flera)\s+(?=[a-zåäö])", text) is not None  # "två
    # fältsekreterare från socialförvaltningen": many people of a function, the function alone
    text = DETERMINER.sub("", text)
    text = text if one else REPRESENTATIVE.sub("", text)
    prose = prose or text != start  # "en representant för Västerbyhem": the capital is the name's
    if text != start and (named := _named_with_place(text)) is not None:
        return named
    seated = text.split()  # before the area drops: "chefen för lokalpolisområde Nyby" is its chief
    text = _without_named_seat(text)
    text = _without_seat(text, counted=text != start)
    text = _without_seat_of_many(text) if many else text
    words = text.split()
    if not words or len(words) > 9 or len(words) == 1 and DETERMINER.match(words[0] + " "):
        return None  # "alla som bor i kommunen": nobody in particular
    words = _without_short_owner(words)
    if (compound := _chief_of_party(words) or _chief_of_party(seated)) is not None:
        return compound
    if (titled := _title_of_named(words)) is not None:
        return titled
    words = _without_party_genitive(words)
    head = next((w for i, w in enumerate(words) if i + 1 == len(words) or words[i + 1].casefold() in PREPOSITION),
                "")
    at = words.index(head) if head in words[1:5] else 0
    at = next((i + 1 for i in range(at - 1, -1, -1) if _owner(words[:i + 1])  # "HFAB:s verkställande direktör"
               or prose and i == 0 and words[0][:1].isupper() and words[0].endswith("s") and _plural(head)), 0)
    # "… och Lägenheters områdesvärdar": inside a sentence a capital is a name's, whose many people they are
    if at and PERSON.search(lemma(head)) and len(lemma(head)) >= 6 \
            and not re.search(r"ige?$", head) and lemma(head) not in ("ordförande", "ledamot"):
        words = words[at:]  # "socialtjänstens enhetschef"; "kommunstyrelsens ordförande", "X:s chef" tell whose
    if (function := _function_of_named(words)) is not None:
        return function  # "kommundirektör Lena Låtsasdotter": a person by name, listed by function
    if len(words) >= 2 and words[0].islower() and all(w[:1].isupper() for w in words[1:]):
        return _kind_and_name(words)
    if _proper(words) or prose and len(words) == 1 and words[0][:1].isupper() and not _people_of(words[0]) \
            and not _short_form_function(words[0]) \
            or prose and len(words) == 2 and words[0][:1].isupper() and not PERSON.search(lemma(words[-1])):
        return " ".join(words)  # "Svenska kyrkan" inside a sentence's list
    first = words[0]
    if len(words) == 1 and (one_word := _one_word(first, start)) is not None:
        return one_word
    if ORG_TAIL.search(first) and (fold(first).endswith(("en", "et")) or first[:1].isupper()) \
            and len(words) == 1 or ORG_TAIL.search(words[-1]) and len(words) > 1 and words[0].endswith("s"):
        return " ".join(words) if first[:1].isupper() and first[1:].islower() is False else _lower_first(words)
    if ORG_TAIL.search(first) and fold(first).endswith(("en", "et")):
        return _lower_first(words)
    if len(words) > 1 and first.casefold().endswith("s") and not first.casefold().endswith("ss"):
        return " ".join([first.lower(), *words[1:]])  # a genitive ("fritidsgårdens föreståndare")
    return _function(words)


def _function_of_named(words: list[str]) -> str | None:
    """The function before a person's name of two or three words ("kommundirektör Lena Låtsasdotter",
    "kommunstyrelsens ordförande Per Exempelsson"): the function as a member, without the name."""
    for at in (1, 2):
        function, name = words[:at], words[at:]
        if 2 <= len(name) <= 3 and all(w.islower() and w not in PREPOSITION for w in function) \
                and PERSON.search(lemma(function[-1])) \
                and all(w[:1].isupper() and w[1:].islower() for w in name):
            return _function(function) if at == 1 else member(" ".join(function))
    return None


def _named_with_place(text: str) -> str | None:
    """An organisation by its own name and place that someone stands for ("en representant för Företagarna i
    Nyby"): the name whole, as "AB Bostäder i Borås" is, for the capital after "för" is the name's, not a
    function's or a common noun's whose area would drop."""
    m = re.fullmatch(r"(?P<name>[A-ZÅÄÖ][a-zåäö-]+)\s+i\s+[A-ZÅÄÖ][\wåäö-]+", text)
    if m is None or ORG_TAIL.search(m.group("name")):
        return None  # "representanter för Socialtjänsten i Nyby": a body by its kind, left to the readings below
    return text


def _without_seat_of_many(text: str) -> str:
    """Many people of a function ("två fältsekreterare från socialförvaltningen"): the function alone."""
    seat = SEAT.search(text)
    return text[:seat.start()] if seat and text.split() and not ORG_TAIL.search(text.split()[0]) else text


def _one_word(word: str, start: str) -> str | None:
    """A member of one word in its plural: "personal från fritidsgårdarna" is the place they come from, as
    written; "bostadsbolagen" many companies, listed as one would list each."""
    if _neuter_plural(word):
        return lemma(word)
    if REPRESENTATIVE.match(start) and word.islower() and word.endswith(("na", "en", "et")) \
            and not (PERSON.search(lemma(word)) and word.endswith("na")) and not OUTSIDE.search(fold(word)):
        return word  # not "företrädare för fastighetsägarna": people, each listed as one would list them; one
        # ("en representant för arrangören") is the body represented, whatever its word
    if word.islower() and word.endswith(("arna", "orna")) and PLACE_UNIT.search(lemma(word)):
        return word  # "fritidsgårdarna", "skolorna": the units as written, as "personal från fritidsgårdarna" is
    return None


def _without_seat(text: str, counted: bool) -> str:
    """A function without where it sits: "rektor från Nybyskolorna", "rektorerna för de berörda skolorna" (many
    people, each at one of many), "kommunpolisen i lokalpolisområde Nyby" (the party's own area)."""
    if stage := SCHOOL_STAGE.search(text):
        return text[:stage.start()]
    if (seat := SEAT.search(text)) and not ORG_TAIL.search(text.split()[0]) \
            and _seat_only(text[:seat.start()], seat, counted=counted):
        return text[:seat.start()]
    if (many := FOR_MANY.search(text)) and (_plural(text[:many.start()].split()[-1]) or counted):
        return text[:many.start()]  # "en rektor för kommunens grundskolor": one for many units, by function
    before = text[:area.start()].split() if (area := PARTY_AREA.search(text)) and not NAMED_WORKPLACE.search(text) \
        else []  # "rektorn för Nybygymnasiet": a school by its name tells the person apart, no area
    if len(before) >= 2 and all(w[:1].isupper() for w in before):
        return text  # "Föreningen Trygga Vuxna i Nyby": a name of its own, its place in it
    if before and (PERSON.search(lemma(before[-1])) or len(before) >= 3 and ORG_TAIL.search(before[-1])
                   and not before[-1][:1].isupper()):  # "AB Bostaden i Nyby": the place is the name's
        return text[:area.start()]  # "områdeschefen för primärvården i Norrdal", "enhetschef från socialtjänsten i
        # Nyby": the area only says which, no part of who
    return text


HEAD_OF_OFFICE = re.compile(r"(?i)(?P<office>(?:[\wåäö]+-\s+(?:och|samt)\s+)?[\wåäö]*förvaltning)ens\s+"
                            r"(?P<title>förvaltningschef(?:en)?|förvaltningsdirektör(?:en)?)")


def _title_of_named(words: list[str]) -> str | None:
    """"Nybyhems vd" → "vd för Nybyhem", "vd Nybyhem" (a slide's) too: a title that is nothing without its body
    (vd, chef, direktör) beside a name is listed as the title for the name, in its own form; so is the head of a
    förvaltning by its genitive ("barn- och ungdomsförvaltningens förvaltningschef" → "förvaltningschef för barn- och
    ungdomsförvaltningen"), whom the förvaltning alone tells apart from the others."""
    if head := HEAD_OF_OFFICE.fullmatch(" ".join(words)):
        return f"{_function([head.group('title')])} för {head.group('office')}en"
    if len(words) == 3 and words[0].islower() and fold(words[0]).endswith(("en", "et")) and words[1][:1].isupper() \
            and words[1].endswith("s") and _one_person(words[2]):  # "fritidsgården Fyrens föreståndare": a name
        return f"{_function(words[2:])} för {_name_without_genitive(words[1])}"  # by the kind before it
    if len(words) == 3 and words[0][:1].isupper() and (words[0][1:].islower() or words[0].isupper()) \
            and named_owner(words[1]) \
            and (_bare_title(words[2]) or _one_person(words[2])):  # "Åby Bostäders vd", "BID Åbys
        # områdeschef": a name of two words, as one of one word ("Nybyhems trygghetsvärd")
        return f"{_function(words[2:])} för {words[0]} {_name_without_genitive(words[1])}"
    if len(words) != 2 or words[0].isupper() or words[1].isupper():
        return None  # "KD", "chef IFO": a short form stays as written
    if words[0][:1].isupper() and words[0].endswith("s") and _bare_title(words[1]):
        return f"{_function(words[1:])} för {_name_without_genitive(words[0])}"
    if named_owner(words[0]) and _one_person(words[1]):  # "Nybyhems trygghetsvärd": the name tells them apart
        return f"{_function(words[1:])} för {_name_without_genitive(words[0])}"
    if words[1][:1].isupper() and _bare_title(words[0]):
        return f"{_function(words[:1])} för {words[1]}"
    return None


AREA_BY_KIND = re.compile(r"(?:lokal)?polisomrade")  # a police area's kind, before its name


def _chief_of_party(words: list[str]) -> str | None:
    """"chefen för lokalpolisområdet" → "lokalpolisområdeschef": the chief of a party as a whole by its kind is the
    compound function the language has for it (none for a unit: "chef för socialförvaltningen")."""
    from samverkan.extract.vocabulary import dictionary, lemma_known

    if len(words) in (4, 5) and words[3][:1].isupper():
        words = words[:3]  # "chefen för lokalpolisområde Nyby": the area by its kind and its name
    if len(words) != 3 or lemma(words[0].casefold()) != "chef" or words[1].casefold() != "för":
        return None
    if not (words[2].islower() and _party_by_kind(words[2]) or AREA_BY_KIND.fullmatch(fold(words[2]))):
        return None  # a police area by its kind, whose name the place after it gives (or gave, before it dropped)
    stem = lemma(words[2].casefold())
    return next((c for c in (stem + "chef", stem + "schef") if c in dictionary() or lemma_known(c)), None)


def _bare_title(word: str) -> bool:
    return lemma(word.casefold()) in ("vd", "chef", "direktör")


def _one_person(word: str) -> bool:
    """A function of one person ("trygghetschef", "trygghetsansvarige"), not of many ("bovärdar", "områdesvärdar")."""
    low = word.casefold()
    return word.islower() and bool(PERSON.search(lemma(word))) \
        and (not _plural(word) or low.endswith("e") and lemma(word) + "e" == low)


def named_owner(genitive: str) -> bool:
    """Whether a capitalised genitive names an organisation by its own name ("Nybyhems", "Åbybostäders",
    "Exempelbyggens"), not a body by what it is at the start of a sentence ("Kommunens", "Kommunstyrelsens")."""
    if not genitive[:1].isupper() or not genitive.endswith("s") or genitive.endswith("ss") \
            or PARTY_GENITIVE.match(genitive):
        return False
    return not _common_definite(genitive[:-1])


def _common_definite(word: str) -> bool:
    """A known common noun in the definite form ("Kommunstyrelsen", "Förbundet"), capitalised only where a sentence
    starts: no name."""
    from samverkan.extract.vocabulary import dictionary, lemma_known

    low = word.casefold()
    return low.endswith(("en", "et", "n", "t")) and lemma(low) != low and (lemma_known(low) or low in dictionary())


def _party_by_kind(word: str) -> bool:
    """A party named by what it is, in the definite form ("kommunen", "polisen", "Förbundet", "lokalpolisområdet"),
    which tells no one apart within it; a unit of it ("socialförvaltningen") does."""
    low = fold(word)
    return low.endswith(("en", "et", "n", "t")) and bool(PARTY_KIND.fullmatch(low))


def _name_without_genitive(name: str) -> str:
    """"Nybyhems" → "Nybyhem", "HFAB:s" → "HFAB"; a name whose last part ends in s ("Nybyhus") has no s added."""
    if name.endswith(":s"):
        return name[:-2]
    from samverkan.extract.vocabulary import lemma_known

    low = name.casefold()
    known = next((low[-k:] for k in range(min(6, len(low) - 1), 2, -1) if lemma_known(low[-k:])), None)
    return name if known is not None and lemma(known) == known else name[:-1]


def _without_short_owner(words: list[str]) -> list[str]:
    """"LPO:s KP" → ["KP"]: a function by its short form, whose body the owner's short form only says."""
    return words[1:] if len(words) == 2 and re.fullmatch(r"[A-ZÅÄÖ]{2,6}:s", words[0]) and _acronym(words[1]) \
        else words


def _kind_and_name(words: list[str]) -> str:
    """A common noun before capitalised words: "bostadsbolaget Stockholmshem" is the name after its kind,
    "lokalpolisområde Norrby" a name as a whole, "enhetschef IFO" a function and the unit it heads."""
    if all(_acronym(w) for w in words[1:]) and PERSON.search(lemma(words[0])):
        return " ".join([_function(words[:1]), *words[1:]])
    if all(_acronym(w) for w in words[1:]) and re.fullmatch(r"[a-zåäö]{3,}(?:ande|ende)", words[0]):
        return " ".join(words)  # "biträdande LPOC": the deputy, a function of its own
    if ORG_TAIL.search(words[0]) and not fold(words[0]).endswith(("en", "et")):
        return " ".join(words)
    if len(words) == 2 and _common_definite(words[1]) and _common_definite(words[0]):
        return " ".join(words)  # "fritidsgården Gnistan": a name that is a common word needs its kind to be read
    if len(words) == 2 and len(words[0]) > 3 and words[0].casefold() not in PREPOSITION and _one_person(words[0]) \
            and not _plural(words[0]):  # "trygghetsvärd Nybyhem", as "vd
        return f"{_function(words[:1])} för {words[1]}"  # Nybyhem": the function for the organisation named
    return " ".join(words[1:])


def _unit_of(words: list[str]) -> bool:
    """Whether the words after a party's genitive name a unit of it, which the genitive tells apart
    ("socialförvaltningens fältgrupp", "skolornas elevhälsa", "… enhet för barn"), not a function."""
    head = next((w for i, w in enumerate(words[1:], 1)
                 if i + 1 == len(words) or words[i + 1].casefold() in PREPOSITION), "")
    return bool(head) and head.islower() and not PERSON.search(lemma(head)) \
        and bool(ORG_TAIL.search(head) or GROUP_WORD.search(head) or UNIT_TAIL.search(head))


def _owner(words: list[str]) -> bool:
    """Whether words are an organisation's genitive before a function: "socialtjänstens", "HFAB:s", "Region
    Skånes", "Kalmarhems" (a name), not a unit's ("fritidsgårdens", "fältgruppens")."""
    from samverkan.extract.vocabulary import dictionary

    last = words[-1]
    if not last.endswith("s") or last.endswith("ss"):
        return False
    owner = last[:-1]
    if ORG_TAIL.search(owner) or owner.endswith(":") and owner[:-1].isupper():
        return True
    return words[0][:1].isupper() and (len(words) > 1 or owner.casefold() not in dictionary()
                                       and not GROUP_WORD.search(owner))


def _without_outside_area(text: str) -> str:
    """"företag i Nyby" in the middle of a list: the area actors outside the parties are in says only where they
    are."""
    if (area := OUTSIDE_AREA.fullmatch(text)) and OUTSIDE.search(fold(area.group("who"))):
        return area.group("who")
    return text


def _without_whose(text: str) -> str:
    """"verksamhetschefen för BUP, Region Halland" → "verksamhetschefen för BUP": after a function, the
    organisation a comma adds says only whose it is."""
    whose = WHOSE_AFTER.search(text)
    if whose and PERSON.search(lemma(_function(text[:whose.start()].split()).split(" för ")[0].split()[-1])):
        return text[:whose.start()]
    return text


def _neuter_plural(word: str) -> bool:
    """A neuter noun's definite plural ("bolagen", "kontoren": its singular is "bolaget"), not a definite singular
    ("förvaltningen")."""
    import simplemma

    return word.islower() and word.endswith("en") and len(word) > 5 \
        and simplemma.is_known(word[:-2] + "et", lang="sv") and lemma(word) != word


def _people_of(word: str) -> bool:
    """A function in its plural, capitalised as a list's entry opens ("Skolkuratorer", "Fältassistenter"): many
    people of it, no name."""
    return word[1:].islower() and _plural(word) and bool(PERSON.search(lemma(word)))


def _short_form_function(word: str) -> bool:
    """A function compounded with a short form ("SSPF-samordnaren", "BRÅ-sekreteraren"): capitalised by the short
    form only, no name."""
    head, _, tail = word.rpartition("-")
    return head.isupper() and tail.islower() and bool(PERSON.search(lemma(tail)))


def _workplace(place: list[str]) -> bool:
    """Whether a seat is one place of work by its kind in the definite ("fritidsgården", "skolan", "biblioteket"),
    which has many people of a function, as a unit ("ungdomsenheten") may have one."""
    return len(place) == 1 and place[0].islower() and place[0].endswith(("en", "an", "et")) \
        and bool(PLACE_UNIT.search(lemma(place[0])))


def _plural(word: str) -> bool:
    """A plural noun ("rektorerna", "rektorer"), not a definite singular ("enhetschefen")."""
    return lemma(word) != word.casefold() and not word.casefold().endswith(("en", "n", "et"))


def _without_named_seat(text: str) -> str:
    """"bovärdar från Nyby Bostäder" → "bovärdar": the company or place many people sit at, by its proper name,
    when the plural shows ("fritidsledare från X" may be one, told apart by X)."""
    seat = SEAT_NAMED.search(text)
    words = text[:seat.start()].split() if seat else []
    if words and lemma(words[-1]) != words[-1].casefold() and not words[-1].endswith(("en", "n", "et")):
        return text[:seat.start()]
    return text


def _without_party_genitive(words: list[str]) -> list[str]:
    """A function without the party's genitive before it ("kommunens trygghetssamordnare"), and without a count
    after that ("förvaltningens två trygghetsstrateger")."""
    if len(words) >= 2 and PARTY_GENITIVE.match(words[0]) and not _proper(words) and not _office_of(words[1:]) \
            and not _unit_of(words) and (not ORG_TAIL.search(words[-1]) or PERSON.search(lemma(words[1]))):
        words = words[1:]
        if len(words) >= 2 and re.fullmatch(r"(?i)två|tre|fyra|fem|sex|båda|bägge|\d{1,2}", words[0]):
            words = words[1:]
    return words


def _seat_only(function: str, seat: re.Match, counted: bool = True) -> bool:
    """Whether Y in "X från Y" says only where X sits: X are many ("rektorerna från skolorna", "fritidsledare från
    Nybygården": a noun in -are without an article, from a place by its name, is plural) or told apart already
    ("chefen för X vid Y"); one person ("en samordnare från utbildningsförvaltningen") is told apart by Y."""
    head = function.split()[-1].casefold()
    place = seat.group().split()[1:]
    if len(place) == 1 and _party_by_kind(place[0]):
        return True  # "utredare från polisen": the party as a whole tells no one apart
    if not counted and len(function.split()) == 1 and head.endswith("are") and lemma(head) == head and place \
            and (place[0][:1].isupper() or place[-1][:1].isupper() or re.search(r"(?:er|ar|or|na)$", place[-1])
                 or place[0] in ("de", "alla") or _workplace(place)):  # "från fritidsgården Växthuset": a place
        # by its kind and name; "fritidsledare från fritidsgården": the staff of a place, by its kind
        return True  # at a named place or at many, not at a party's unit ("från ungdomsenheten")
    if re.match(r"(?i)\s*\S+\s+(?:[a-zåäö]+(?:ens|ets|s)\s+)?(?:alla|samtliga|två|tre|fyra|fem|sex|sju|åtta|\d+)\s+"
                r"[a-zåäö-]+(?:or|er|ar|na)$", seat.group()):
        return True  # "från kommunens två högstadieskolor": at one of the places counted, which says who no more
    if " för " in function or re.match(r"(?i)\s+\S+\s+(?:varje|den\s+lokala|det\s+lokala|närmaste|"
                                       r"(?:någon|något|en|ett)\s+av)\b", seat.group()):
        return True  # "chefen för X vid Y" told apart already; "från varje högstadieskola", "från den lokala
        # vårdcentralen", "från någon av skolorna": each at one of many
    if head.endswith(("en", "et")) and lemma(head) != head and PERSON.search(lemma(head)) \
            and lemma(head) not in ("ordförande", "ledamot"):
        return True  # "länsrådet vid LST": the one person the definite form names; "ordföranden i X" is X's office
    return _plural_seat(place) or lemma(head) != head and not head.endswith(("en", "n", "et")) \
        or bool(OUTSIDE.search(fold(head)))  # actors outside the parties are many ("fastighetsägare vid torget")


def _plural_seat(place: list[str]) -> bool:
    """Whether a seat is many places by a definite plural ("skolorna", "Nybyskolorna"); a name after a unit's kind
    ("Polisområde Dalarna") is one place, whatever its ending."""
    return bool(place) and fold(place[-1]).endswith("na") and not any(w[:1].isupper() for w in place[:-1])


def _function(words: list[str]) -> str:
    """The words with their head noun (the last before a preposition) in the nominative singular: "biträdande
    stadsdirektören" → "biträdande stadsdirektör", "chefen för grundskolan" → "chef för grundskolan"."""
    head = next((i for i, w in enumerate(words) if w.casefold() in PREPOSITION and i), len(words)) - 1
    words = [*words[:head], _without_colon_ending(words[head]), *words[head + 1:]]
    word = words[head]
    if _acronym(word):
        return " ".join(words)  # "KD", "LPOC": a short form is no word to inflect ("KD" is no party here)
    low = word.casefold()
    prefix, hyphen, last = word.rpartition("-")
    if hyphen and prefix.isupper():  # "LPO-chefen": the abbreviation as written, the noun in its base form
        return " ".join([*words[:head], prefix + hyphen + lemma(last), *words[head + 1:]]).strip()
    base = low if low.endswith("nde") else low[:-1] if low.endswith("nden") else lemma(word)  # "boende",
    # "föredragande", "ordföranden": a participle as a noun
    if low != base and low[:-1].startswith(base[:-1]) and low.endswith(("en", "et", "n", "t")) \
            and not low.endswith("na") and not PERSON.search(base):
        base = low  # a singular definite organisation ("äldreomsorgen") keeps its form
    before = [lemma(w) if w.endswith("a") and not w.endswith("nde") else w for w in words[:head]]  # "lokala"
    return " ".join([*(w.lower() if i == 0 else w for i, w in enumerate(before)), base, *words[head + 1:]])


def _without_colon_ending(word: str) -> str:
    """"vd:n", "LPOC:en": a short form's definite ending, written after a colon, drops (not a genitive's ":s")."""
    return re.sub(r"(?<=\w):(?:n|en|et|t|na|arna|erna)$", "", word)


def _acronym(word: str) -> bool:
    """A short form in capitals ("KD", "IFO", "SSPF"), which names a function or unit as the document defines it."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _lower_first(words: list[str]) -> str:
    first = words[0]
    if first[:1].isupper() and _looks_proper(first):
        return " ".join(words)
    return " ".join([first.lower(), *words[1:]])


def _looks_proper(word: str) -> bool:
    """A capitalised word that is a name rather than a common word at the start of a list item."""
    return word[:1].isupper() and word.casefold() in {"kriminalvården", "försäkringskassan", "kronofogden",
                                                       "skatteverket", "tullverket", "länsstyrelsen"}


def _proper(words: list[str]) -> bool:
    """Two or more capitalised words ("Svenska Bostäder", "Stockholms Stadsmission"), or one capitalised word
    after the first ("City i Samverkan")."""
    caps = [w[:1].isupper() for w in words]
    if len(words) > 1 and words[0].islower() and words[1].casefold() in PREPOSITION:
        return False  # "ordföranden i Kiruna Röda korskrets": a function of a named organisation
    return sum(caps) >= 2 or (len(words) > 1 and any(caps[1:])) or (len(words) == 1 and _looks_proper(words[0]))


def function_list(text: str) -> list[str]:
    """The parts of a list of functions, a function's areas kept with it ("avdelningschefen för kultur och
    fritid" is one)."""
    return _complements(split_list(text))


def _complements(parts: list[str]) -> list[str]:
    """"avdelningschef för kultur", "fritid" → "avdelningschef för kultur och fritid": a lone indefinite noun that
    is neither a function nor an organisation goes on with the "för …" of the part before."""
    out: list[str] = []
    for part in parts:
        words = part.split()
        if out and (shared := _shared_function(out[-1], part) or _each_heads(out[-1], part)):  # "enhetschefer från
            # socialtjänsten och fritid", "förvaltningscheferna för socialförvaltningen och bildningsförvaltningen"
            out[-1], part = shared
            out.append(part)
        elif out and part.islower() and re.search(r"\bför\s+[a-zåäö]+(?:\s+och\s+[a-zåäö]+)?$", out[-1]) \
                and len(head := re.split(r"\s+(?:i|på|inom)\s", part)[0].split()) == 1 and head[0] == words[0] \
                and not fold(out[-1]).endswith(("en", "et", "na")) and not PERSON.search(lemma(words[0])) \
                and not ORG_TAIL.search(words[0]) and words[0] in (lemma(words[0]), lemma(words[0]) + "a"):
            out[-1] = re.sub(r"\s+och\s+(?=[a-zåäö]+$)", ", ", out[-1]) + " och " + part  # "barn och unga (i de
            # tre kommunerna)"; "utbildning, kultur och fritid": the areas of one function
        else:
            out.append(part)
    return out


def _shared_function(before: str, part: str) -> tuple[str, str] | None:
    """A plural function over two places ("enhetschefer från socialtjänsten", "fritid"): one function in each,
    in the singular so that the place tells them apart; None for any other pair."""
    m = re.fullmatch(r"(?P<head>[a-zåäö]+)\s+(?P<prep>från|inom|vid|på)\s+[a-zåäö]+(?:en|et)", before)
    if m is None or len(part.split()) != 1 or not part.islower() or fold(part).endswith(("en", "et", "na")) \
            or ORG_TAIL.search(part) or REPRESENTATIVE.match(before):
        return None  # "poliser från lokalpolisområdet, utbildningsförvaltningen": organisations in their own right
    head = m.group("head")
    one = lemma(head)
    if one == head or not PERSON.search(one) or head.endswith(("en", "n", "et")):
        return None  # "chefen från …" is one person already
    return one + before[len(head):], f"{one} {m.group('prep')} {part}"


def _each_heads(before: str, part: str) -> tuple[str, str] | None:
    """The heads (a definite plural function) of two bodies named after "för": one of each ("cheferna för
    socialförvaltningen", "(för) bildningsförvaltningen" → "chef för socialförvaltningen", "chef för
    bildningsförvaltningen")."""
    m = re.fullmatch(r"(?P<head>[a-zåäö]+(?:erna|arna|orna))\s+för\s+[a-zåäö]+(?:en|et)", before)
    part = re.sub(r"^för\s+(?=[a-zåäö])", "", part)  # "cheferna för A och för B": "för" said again
    area = re.fullmatch(r"[a-zåäö]{4,}", part) is not None and part == lemma(part) and not PERSON.search(part)
    if m is None or not (re.fullmatch(r"[a-zåäö]+(?:en|et)", part) and ORG_TAIL.search(part) or area):
        return None  # "cheferna för socialförvaltningen och förskola …": an area a förvaltning is for, too
    one = lemma(m.group("head"))
    if one == m.group("head") or not PERSON.search(one):
        return None
    return one + before[len(m.group("head")):], f"{one} för {part}"


# "Vi som är chefer – A, B och C – bildar …": a list set off by dashes names those the words around it speak of
# "kommuninvånare i allmänhet och särskilt för föreningar": how much each is meant, not who
FOCUS = re.compile(r"(?i)\s*\b(?:i\s+allmänhet|i\s+synnerhet|i\s+första\s+hand|framför\s+allt|särskilt|"
                   r"inte\s+minst|främst|bland\s+annat)\b(?:\s+(?:för|till)\b)?")
# "…, exempelvis inför större evenemang": an example of when they take part, after the list, is no one
EXAMPLE_OF_WHEN = re.compile(r"(?i)\s*,?\s*\b(?:exempelvis|till\s+exempel|t\.\s?ex\.?|bland\s+annat)\s+"
                             r"(?:när|då|vid|inför|under|efter|om|i\s+samband\s+med)\b.*$")
# "bara två personer – A och B – och …": a list between dashes names whom the words around it counted
DASHED = re.compile(r"(?:^|\s)[–—]\s+(?P<list>[^–—]+?(?:,|\soch\s|\ssamt\s)[^–—]+?)\s+[–—](?:\s|$)")


# "ordförandena i socialnämnden och fritidsnämnden": a plural role shared out over the bodies it names, one each
BODY_KIND = re.compile(r"(?i)(?:förvaltning|nämnd|kontor|styrelse|utskott|avdelning|enhet|bolag|förbund)(?:en|et)$")
# (each body a definite noun: "socialnämnden", "skolan", "kontoret")
SHARED_ROLE = re.compile(r"\b(?P<role>[a-zåäö]+na)\s+(?P<prep>i|för|på|vid)\s+(?P<bodies>[a-zåäö-]+[nt]"
                         r"(?:\s*,\s*[a-zåäö-]+[nt])*\s+(?:och|samt)\s+[a-zåäö-]+[nt])\b")


def _share_out(m: re.Match) -> str:
    """Each body with its own holder of the role, in the singular ("ordförande i socialnämnden, ordförande i
    fritidsnämnden"), when the bodies are of one kind; "rektorerna i området och polisen" lists two."""
    role = lemma(m.group("role"))
    bodies = re.split(r"\s*,\s*|\s+(?:och|samt)\s+", m.group("bodies"))
    kinds = {lemma(t.group()) if (t := BODY_KIND.search(body)) else None for body in bodies}
    if role == m.group("role") or not PERSON.search(role) or len(kinds) != 1 or None in kinds:
        return m.group()
    return ", ".join(f"{role} {m.group('prep')} {body}" for body in bodies)


def _named_last(listed: str) -> bool:
    """Whether a list's last item is a name ("… och Räddningstjänsten i Boden"), whose place is part of it."""
    items = re.split(r",|(?<!-)\s(?:och|samt)\s", listed)
    words = items[-1].split()
    return any(w[:1].isupper() for w in words[0 if len(items) > 1 else 1:])  # not a sentence's first capital


# pronouns that stand for people the words do not name ("där sitter jag", "hon leder den"): never a member
PRONOUNS = {"jag", "mig", "du", "dig", "han", "honom", "hon", "henne", "hen", "vi", "oss", "ni", "er", "de", "dem",
            "den", "det", "denne", "denna"}


# "ingen förtroendevald": a list that says who is not in it; "följande funktioner:": one that is still to come
NO_ONE = re.compile(r"(?i)\s*(?:ingen|inga|inget|följande)\s")


# "trygghetssamordnaren (ingår i gruppen)": a bracket that only says the one before it is a member
MEMBER_REMARK = re.compile(r"(?i)\s*\((?:ingår|deltar|sitter\s+med|är\s+med(?:lem)?)(?:\s+(?:i|som)\s+[^()]*)?\)")


# "se bilaga 1", "enligt bilaga 2": where the members are listed, no member
ANNEX_REFERENCE = re.compile(r"(?i)^\s*(?:se|enligt|i)\s+bilaga\b")


# "räddningstjänstens representant": one who stands for a body is that body, as "representant från" it is
OWNERS_REPRESENTATIVE = re.compile(r"\b(?P<owner>[\wåäö-]{3,}?)s\s+(?:representant(?:er)?|företrädare)\b")
# "områdespoliserna med placering i Åby": where they are stationed only says which ones, as an area does
STATIONED = re.compile(r"(?i)\s+med\s+(?:placering|tjänstgöring|stationering|tjänsteställe)\s+(?:i|på|vid)\s+"
                       r"[\wåäöÅÄÖ-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)*")


def members(text: str, prose: bool = True) -> list[str]:
    out: list[str] = []
    if ANNEX_REFERENCE.match(text):
        return out
    text = MEMBER_REMARK.sub("", LIST_ITEM_AND.sub("", text))
    text = OWNERS_REPRESENTATIVE.sub(r"\g<owner>", STATIONED.sub("", text))
    text = SHARED_ROLE.sub(_share_out, text)
    text = ONE_EACH.sub(r"\g<many>", USUALLY_WHO.sub("", text))  # before a count's names: "en för X" names no one
    text = FROM_EACH_OF.sub(r"\g<who> \g<prep> ", COUNTED_NAMED.sub(_named_count, text))
    text = OPEN_TO.sub("", text)  # "Öppet för föreningar och näringsidkare": an open forum's actors
    text = EXAMPLE_OF_WHEN.sub("", TAKING_PART_AFTER.sub("", text))
    if dashed := DASHED.search(text):
        text = dashed.group("list")
    text = PARTS.sub(r"\g<parts>", text)  # "kommunen (socialtjänst, skola och fritid)": the parts named
    text = NAMED_NOW.sub(r"\g<names>", text)  # "fastighetsägarna i området (i dag A och B)": A and B
    text = LIST_ASIDE.sub(", ", text)  # "A, B – fältarna alltså – C och D": a word between dashes explains B
    text = RELATIVE_ASIDE.sub("", NAME_APPOSITION.sub(r"\g<name>", DASHED.sub(r"\g<list>", text)))
    text = SEAT_OF_MANY.sub("", NAMELY.sub("", PARTY_LABEL.sub("", GAPPED.sub("", text))))
    if (area := AREA_AT_END.search(text.rstrip(" ."))) and (area.end() == len(text.rstrip(" .")) or re.search(
            r",|\s(?:och|samt)\s", area.group())) and not _named_last(text[:area.start()]):  # a list's full stop
        # is no word after the places
        text = text[:area.start()]  # "… och kommunpoliserna i Åby, Nyby och Öby.": the places at the list's end
    text = AROUND_AT_END.sub("", text)
    text = WHERE_CLAUSE.sub("", FOCUS.sub("", FRONTED_PARTAKING.sub("; ", text)))
    for i, part in enumerate(_complements(split_list(text))):
        found = member(part, prose or i > 0)  # after the first, a capital marks a name in any list
        if found and found.casefold() not in {m.casefold() for m in out} and fold(lemma(found)) not in GENERIC_GROUPS \
                and found.casefold() not in {"part", "parterna", "parter"} | PRONOUNS \
                and not NO_ONE.match(part):  # "inga förtroendevalda ingår": no one; "tillsammans
            # med parterna": no one new; "där sitter jag, A och B": the speaker, whom the words do not name
            out.append(found)
    return out


def group_kind(name: str, context: str = "") -> str:
    low = fold(name)
    if re.search(r"styrgrupp|ledning(?:s)?(?:grupp|rad|forum)|chefs?(?:samrad|grupp|rad|forum|mote)|ledning\b|styrelse|"
                 r"strategisk", low):
        return "steering"
    if re.search(r"bered|taktisk", low) or re.search(r"(?i)\b(?:för)?bered(?:er|a)\b|\b(?:ger|lämnar)\s+underlag\b",
                                                     context):  # "Bereder styrgruppens ärenden" on its own line
        return "preparation"
    if re.search(r"samordn", low):
        return "coordinators"
    if re.search(r"\b(?:för)?bereds\s+av\b", context):
        return "preparation"  # "LG:s möten förbereds av trygghetsgruppen", unless its name says it coordinates
    if re.search(r"forum|dialog|referens", low):  # "Medborgardialog", "dialogforum": open to all; a referensgrupp
        # is heard and decides nothing
        return "forum"
    head = re.split(r"\s+(?:for|mot|i|pa|inom)\s+", low)[0]  # "Rådet för trygghet": the noun before its phrase
    word = GROUP_WORD.search(name)  # "Trygghetsrådet Mölndal": a council by its word, whatever name follows
    # a name's other word ("Trygghetsteam Ekrad") is no råd even where it ends like one
    if (not word and re.search(r"rad(et|en|ets)?$|\brad\b", head) or re.search(r"\bBRÅ\b", name)
            or word and fold(word.group("word")).endswith("rad")) \
            and "samrad" not in head:
        return "council"
    # "ett öppet Trygghetsmöte": open by its word; "öppna möten för …": whom they are open to
    if re.search(r"\bopp(?:e[nt]|na)\s+(?:(?:[a-z]*(?:moten?|traff(?:ar)?)\s+)?for\b|"
                 + re.escape(low.split()[0]) + r")", fold(context)) or OUTSIDE.search(fold(context)) and (
            "natverk" in low or not GROUP_WORD.search(name) or re.search(r"(?:traff|mote)(?:en|et|n)?$", head)):
        return "forum"  # a network, meeting or named gathering ("Krogsamverkan X") of associations, businesses,
        # residents
    return "working"
