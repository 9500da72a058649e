"""Groups as the text describes them, in prose, lists or tables: name, kind, members, chair, meetings a year and
whom they report to. A sentence is about the group it names as its subject, or (with "Den", "Gruppen",
"Rådet") the group the sentences before were about, or the group of its heading."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from samverkan.extract.document import Document, Span
from samverkan.extract.meaning import frequency
from samverkan.extract.meaning.phrases import (
    GENERIC_GROUPS,
    GROUP_ADJECTIVE,
    GROUP_WORD,
    MEETING_WORD,
    NAMED_NOW,
    NOT_GROUP,
    ORG_TAIL,
    OUTSIDE,
    PARTY_GENITIVE,
    PERSON,
    PRONOUNS,
    RELATIVE_ASIDE,
    TAKING_PART_BRACKET,
    function_list,
    group_kind,
    member,
    members,
    named_owner,
    split_list,
)
from samverkan.extract.meaning.tense import preterite, tense
from samverkan.extract.meaning.text import SENTENCE_END, Unit, document_key, fold, lemma

# a police or regional unit by its name in the genitive ("Polisområde Syds", "Region Stockholms"): a group after
# it is that body's own ("Polisområde Syds ledningsgrupp"), no group of the agreement
OTHER_BODY = re.compile(r"(?:Polisområde|Polisregion|Region|Lokalpolisområde|LPO)\s+[A-ZÅÄÖ][\wåäö-]*s\b")
NON_SUBJECT = {"till", "under", "från", "för", "inför", "med", "om", "av", "mellan", "ur", "hos", "vid", "på", "inom",
               "→"}  # "→ styrgruppen": where a slide's arrow points
ANAPHOR = re.compile(r"(?i)^(?:den|det|denna|detta|dessa|de|hon|han|gruppen|rådet|råden|forumet|nätverket|teamet|"
                     r"samrådet|grupperna|mötet|träffen)\b")
# a thing handed on with no one said to hand it ("En samlad uppföljning redovisas för …", "Uppföljningen lämnas
# till …"): the group of the sentences before is not said to report; "Synpunkter från rådet lämnas …" says who
THING_PASSIVE = re.compile(r"(?i)^(?!(?:\S+\s+){1,2}från\s)(?:(?:en|ett)\s+)?(?:[a-zåäö-]+\s+){0,2}[a-zåäö-]+"
                           r"(?:en|et|ing|else|rapport)\s+"
                           r"(?:[a-zåäö]+s\s+(?:[\wåäö]+\s+){0,3}?(?:och|samt)\s+)?"  # "görs i januari och redovisas"
                           r"(?:redovisas|rapporteras|återrapporteras|lämnas|skickas|överlämnas|presenteras|delges)\b")
# "De bildar arbetsgruppen", "Tillsammans utgör de …": the people the sentence before named form the group
THEY_FORM = re.compile(r"(?i)^(?:(?:de|dessa|de\s+två|båda)"
                       r"(?:\s+(?:plus|samt|och|tillsammans\s+med)\s+(?P<plus>[^.;]{3,60}?))?"
                       r"\s+(?:bildar|utgör|är|kallas|heter|(?:ingår|deltar|sitter)\s+"
                       r"(?:också\s+)?i)|vi\s+kallar\s+(?:dem|dessa|de\s+två|båda))\b")  # "Vi kallar dem samordnarna."
# "A och B arbetar i par. De kallas i överenskommelsen för Samordnarfunktionen": the name the pair goes by
# "Tillsammans kallas de samordnarfunktionen,": the subject after the verb, a common noun last in the clause
THEY_CALLED = re.compile(r"(?i)^(?:(?:de|dessa|de\s+två|båda|tillsammans)\s+(?:kallas|benämns|går\s+under\s+namnet|"
                         r"kallar\s+sig)|(?:tillsammans|gemensamt)\s+(?:kallas|benämns)\s+(?:de|dessa|båda))\b"
                         r"(?:\s+[^.;,]{0,50}?)?\s+(?:för\s+)?[*_\"”“]?"
                         r"(?P<name>(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)*"
                         r"|(?-i:[a-zåäö])[\wåäö-]+(?=\s*(?:[,.;]|$)))")
# "Det löpande arbetet samordnas av A och B": who coordinates, the coordinators a sentence then speaks of
# who coordinate, named before the verb ("Kommunens samordnare och kommunpolisen samordnar det gemensamma arbetet")
COORDINATE = re.compile(r"(?i)^(?P<who>[^.;:]{3,120}?\s+(?:och|samt)\s+[^.;:]{3,60}?)\s+samordnar\s+"
                        r"(?:det|den|de|arbetet|insatserna)\b")
COORDINATED_BY = re.compile(r"(?i)\bsamordnas\s+(?:[a-zåäö]+\s+)?av\s+(?P<who>[^.;]+)")
# "Det dagliga arbetet …", "Den gemensamma lägesbilden …": an article before its noun, no pronoun for a group
ARTICLE_PHRASE = re.compile(r"(?i)^(?:den|det|de)\s+[a-zåäö]+[ae]\s+[a-zåäö]+(?:en|et|na)\b")
PRONOUN = re.compile(r"(?i)^(?:den|det|denna|detta|dessa|de|hon|han)\b")
MEMBER_AFTER = re.compile(r"(?i)\b(?:består|bestå|bestått|bestod|bestående|utgörs|utgjordes|representeras|företräds|"
                          r"sammansatt)"
                          r"(?:\s+(?:den|det|gruppen))?"  # "Enligt avtalet består den av …": the subject after
                          r"(?:\s+(?:därutöver|dessutom|också|även|huvudsakligen|i\s+huvudsak|i\s+övrigt|"
                          r"som\s+tidigare|som\s+förut|fortfarande|alltjämt|numera|där|här))?"
                          r"(?:\s+i\s+[\wåäö-]+)?\s+av\s+(?P<list>.+)$|"
                          r"\bhar\s+(?P<list18>[a-zåäö][^.;]+?)\s+som\s+(?:deltagare|medlemmar|ledamöter)\b|"
                          # "Från 2026 tillkommer kommunens säkerhetschef som ledamot": one more member
                          r"\btillkommer\s+(?:även\s+|också\s+)?(?P<list33>[a-zåäö][^.;]+?)\s+som\s+(?:ny\s+)?"
                          r"(?:ledamot|ledamöter|medlem|medlemmar|deltagare)\b|"
                          # "… och har i övrigt följande deltagare: A, B samt C"
                          r"\bhar\s+(?:i\s+övrigt\s+|dessutom\s+|också\s+)?följande\s+(?:deltagare|medlemmar|"
                          r"ledamöter)\s*:\s*(?P<list24>.+)$|"
                          # "Ledamöter är A och B", "A är ordförande och övriga ledamöter är B och C"
                          r"(?:^|\s(?:och|samt)\s+)(?:[\wåäö-]+\s+)?(?:samordnar|deltagar|ledamöt|medlemm)\w*\s+"
                          r"(?:i\s+\S+\s+)?är\s+(?P<list5>.+)$|"
                          # "I teamet finns A", "I LGT sitter B": in a group (not "I Söderby finns Söderbyteamet")
                          r"^i\s+(?:(?=\S*?(?i:grupp|team|råd|forum|nätverk|samverkan))\S+"
                          r"(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö–-]*)?|"  # "I Områdesgrupp Nyby möts"
                          r"(?-i:[A-ZÅÄÖ]{2,6})(?:-\S+)?|"
                          # "I **Operativa gruppen Norr–Syd** träffas …": a name of a few words, capital first
                          r"(?-i:[*_]*[A-ZÅÄÖ])\S*\s+(?=\S*?(?i:grupp|team|råd|forum|nätverk))\S+"
                          r"(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö–-]*[*_]*)?|"
                          r"den|det|denna|detta|dem)"
                          r"(?:\s*\([^)]*\))?\s+(?:arbetar|jobbar|ingår|sitter|deltar|medverkar|möts|träffas|samlas|"
                          r"finns)\s+"
                          r"(?:också\s+|även\s+)?(?P<list12>[a-zåäö].+)$|"  # "I EST-gruppen (…) möts A, B och C …"
                          # "I styrgruppen skulle A, B och C mötas kvartalsvis": a modal, the people, the verb
                          r"^i\s+\S+\s+(?:skulle|ska|skall|kommer\s+att)\s+(?P<list31>[a-zåäö][^.;]+?)\s+"
                          r"(?:mötas|träffas|ses|samlas|ingå|delta|sitta)\b|"
                          r"^(?:där|här)\s+(?:möts|träffas|samlas|sitter|ingår|deltar|medverkar|arbetar|jobbar)\s+(?:också\s+|även\s+)?"
                          # "Här sitter vi som arbetar med frågorna: A, B och C": the list after the colon
                          r"(?:(?:vi|de)\s+som\s+[^.;:]{3,80}:\s*)?"
                          r"(?P<list15>[a-zåäö].+)$|"
                          r"\b(?:vänder|riktar)\s+sig\s+(?:främst\s+|i\s+första\s+hand\s+|särskilt\s+)?till\s+(?P<list16>.+)$|"
                          r"\b(?:bjuds|kallas)\s+(?P<list17>[a-zåäö][^.;]+?)\s+in(?:\s+till\s[^.;]*)?[\s.]*$|"
                          r"\bbjud(?:er|a)\s+(?:vi\s+|parterna\s+)?(?:också\s+|även\s+)?(?:särskilt\s+)?in\s+"
                          # "Vi bjuder också in A och B"
                          r"(?!till\b|andra\b)(?P<list21>[a-zåäö][^.;]+?)(?:\s+till\s[^.;]*)?[\s.]*$|"  # "andra
                          # förvaltningar": others, no one the text names
                          r"\b(?:sekreterare|föredragande|adjungerade?)\s+(?:i\s+\S+\s+)?(?:är|blir)\s+(?P<list7>.+)$|"
                          r"\bomfattar\s+(?:även\s+|också\s+)?(?P<list8>.+)$|"
                          # "Till styrgruppen utses A och B", "Av kommunen utses A och B till gruppen": appointed to it
                          r"^till\s+\S+\s+utses\s+(?:också\s+|även\s+)?(?P<list41>(?-i:[a-zåäö])[^.;]+?)[.]?$|"
                          r"^av\s+\S+\s+utses\s+(?:också\s+|även\s+)?(?P<list42>(?-i:[a-zåäö])[^.;]+?)\s+till\s+"
                          r"(?:den|det|[\wåäö-]*(?:gruppen|rådet|forumet|nätverket|teamet))[.]?$|"
                          # (not "A och B, som tillsammans kallas X": the name they go by)
                          r"(?<!tillsammans\s)(?<!gemensamt\s)\b(?:adjungeras|kallas|bjuds\s+in)\s+(?:vid\s+behov\s*,?\s*|även\s+|också\s+)?(?!vid\s+behov\b|när\b|av\b|in\b|till\b|v\.\s?b\.)(?P<list14>[a-zåäö].+)$|"
                          r"^[\wåäöÅÄÖ -]*(?:grupp|nätverk|forum|(?<!om)råd|team|are?par)[\wåäöÅÄÖ -]*"
                          r"(?:\s*\([^()]{1,60}\))?"  # "Sommargruppen (badplatserna!): A, B": an aside before the list
                          r":(?![a-zåäö])\s*"  # not "SG:s"
                          r"(?P<list6>.+)$|"
                          # not "samlar in synpunkter": what is gathered, no people
                          r"\b(?:samlar|(?:ska|skall|kommer\s+att)\s+samla)\s+(?!in\b)(?:[^:]*:\s*)?(?P<list4>.+)$|"
                          # "Varje måndag går A, B och C igenom läget": inverted, the subject before the particle
                          # (a fronted time or place, no subject: "Gruppen går varje vecka igenom …" lists no one)
                          r"^(?:varje|var|varannan|en|två|tre|fyra|under|på|i|vid|efter|inför)\s+(?:[\wåäö]+\s+){0,3}?"
                          r"(?:går|gick)\s+(?P<list43>(?-i:[a-zåäö])[^.;]+?)\s+igenom\b|"
                          r"\b(?:ingår|deltar|sitter|medverkar|(?:ska|skall)\s+(?:ingå|delta|sitta|medverka))\s+"
                          r"(?:gör\s+)?(?:(?:också|även)\s*,?\s*(?:liksom|jämte)\s+)?"  # "ingår också, liksom A"
                          r"(?!i\b|inte\b|när\b|utöver\b|förutom\b|(?:också|även)[\s.]*$|"  # "Deltar gör A"
                          r"vid\s+(?:samtliga|alla|varje)\s)"  # "A deltar vid samtliga möten": when, not who
                          r"(?P<list2>[a-zåäö].+)$|"
                          # "Varje tisdag möts A, B och C för att …": who meets, after the time and the verb
                          r"^(?:varje|var\s+\w+|varannan|en\s+gång|två\s+gånger)\b[^.;,]*?\s+(?:möts|träffas|samlas)\s+"
                          r"(?P<list19>[a-zåäö][^.;]+?)(?=\s+för\s+att\b|\s+i\s+(?:den|det)\b|[.;]?$)|"
                          # "Under helger möts A och B i X på fredagar": a season before the verb, the place after
                          r"^(?:under|efter)\s[^.;,]*?\s(?:möts|träffas|samlas)\s+(?P<list22>(?-i:[a-zåäö])[^.;]+?)"
                          r"(?=\s+för\s+att\b|\s+i\s+[\wåäö-]+(?:\s+på\s+[\wåäö-]+)?[.;]?$)|"
                          # spoken, after the group is named: "Det är A, B och C." (not a cleft's "Det är A som …")
                          r"^det\s+är\s+(?![^.;]*\bsom\b)(?=[^.;]*(?:,|\boch\b))(?!(?:en|ett|inget|ingen|också|så|"
                          r"därför|därifrån|viktigt|bra|svårt|lätt)\b)(?P<list30>(?-i:[a-zåäö])[^.;]*)\.?\s*$|"
                          r"^med\s+sig\s+har\s+(?:de|han|hon|den|gruppen|vi)\s+(?:också\s+|även\s+)?(?P<list32>.+)$|"
                          # "Dessutom är A och B med": more members, the verb before them
                          r"^(?:dessutom|därtill|därutöver|också|även)\s+är\s+(?P<list40>(?-i:[a-zåäö])[^.;]+?)\s+med[\s.]*$|"
                          r"^(?:det|så)\s+gör\s+(?:också|även|dessutom)\s+(?P<list9>.+)$|^dit\s+kommer\s+"
                          r"(?:också\s+|även\s+)?(?P<list10>.+)$|"
                          r"\b(?:ett|en)\s+[\wåäö-]*(?:samråd|samverkan|samarbete|forum|nätverk|grupp|möte)\s+mellan\s+(?P<list11>.+)$|"
                          r"^(?:representerade|företrädda)\s+(?:i\s+\S+\s+)?är\s+(?P<list13>.+)$|"
                          r"^(?:också\s+|även\s+)?med\s+(?:där\s+|i\s+\S+\s+)?(?:är|finns|sitter)\s+(?:också\s+|även\s+)?"
                          r"(?P<list20>.+)$|"  # "Med i gruppen är/finns också A och B"
                          # "Dess kärna är A och B", "Därtill hör C": who make up the group, who belong to it
                          r"^(?:dess|gruppens|[\wåäö-]+(?:ens|ets))\s+(?:kärna|stomme|bas)\s+(?:är|utgörs\s+av)\s+"
                          r"(?P<list25>.+)$|"
                          r"^(?:därtill|dessutom|därutöver|vidare|till\s+(?:den|det|gruppen|[\wåäö-]+(?:en|et)))\s+hör\s+"
                          r"(?:också\s+|även\s+)?(?P<list26>.+)$|"
                          r"\b(?:med|finns)\s+(?:representanter|företrädare)\s+(?:för|från)\s+(?P<list3>.+)$|"
                          # "Och någon från bostadsbolaget X.": one more, the verb of the sentence before left out
                          r"^(?:och|samt|plus)\s+(?P<list23>(?:någon|en|ett|några|flera)\s+(?!gång|par\b)[^.;,]+?)[.]?$")
MEMBER_BEFORE = re.compile(r"(?i)\bdär\s+(?P<list>.+?)\s+(?:ingår|deltar|sitter|medverkar|arbetar|jobbar|möts|"
                           r"träffas|samlas|(?:skulle|ska|skall|kan|bör)\s+(?:ingå|delta|sitta|medverka|arbeta|mötas|träffas|"
                           r"ses))\b|"  # "där A och B skulle ses varje vecka"
                           # an open meeting "där A, B och C kan ställa frågor": whom it is open to
                           r"\böppe[nt]\s+[\wåäö-]*(?:möte|träff|forum)\b[^.;]{0,60}?\bdär\s+(?P<list10>[^.;]{1,200}?)\s+"
                           r"(?:kan|får|är\s+välkomna)\b|"
                           r"\bdit\s+(?P<list9>.+?)\s+(?:bjuds\s+in|inbjuds|kallas|kommer|är\s+välkomna)\b|"
                           r"^(?:även|också|dessutom)\s+(?P<list5>.+?)\s+är\s+med\b|"
                           r"^(?!i\s)(?P<list8>(?:(?!\b(?:där|som|vilka)\b)[^.;:])+?)\s+(?:deltar|ingår|medverkar)"
                           r"(?:\s+vid\s+behov|\s+regelbundet|\s+när\s+(?:det\s+)?behövs|\s+när\s+behov\s+(?:finns|uppstår)|"
                           r"\s+vid\s+(?:samtliga|alla)\s+(?:möten|mötena|sammanträden|sammanträdena)|"
                           # "… deltar när frågor om studieavbrott behandlas": when its matters are up
                           r"\s+när\s+[^.;:]{3,80}?\s+(?:behandlas|diskuteras|tas\s+upp|berörs)|"
                           # "… deltar när det finns bränder att ta upp"
                           r"\s+när\s+det\s+finns\s+[^.;:]{3,80}?\s+att\s+(?:ta\s+upp|behandla|diskutera)|"
                           r"\s+och\s+[a-zåäö]+r\b[^.;:]*|"  # "… medverkar och redovisar …"
                           # "… deltar som länk till X och för minnesanteckningar": the part it plays
                           r"(?:\s+(?:och\s+)?(?:som\s+(?!ersättare\b)[a-zåäö][^.;:]{1,60}?|"
                           r"för\s+(?:protokoll|minnesanteckningar|anteckningar)\w*)){1,2})?[\s.]*$|"
                           r"^(?P<list6>.+?)\s+(?:(?:deltar|ingår|medverkar)\s+(?:också|även)[\s.]*$|"
                           r"(?:sitter|ingår|deltar|(?:ska|skall)\s+(?:sitta|ingå|delta))\s+(?:också\s+|även\s+)?i\s+"
                           r"[\wåäö-]*(?:rådet|gruppen|samrådet|nätverket|"
                           r"forumet|teamet|mötet)\b|är\s+(?:också\s+|även\s+)?(?:med|kallade|inbjudna|välkomna)\b)|"
                           r"^(?!(?:dess|[\wåäö-]+(?:ens|ets))\s+(?:kärna|stomme|bas)\b)"  # "Dess kärna är A": A
                           r"(?P<list2>.+?)\s+(?:är|blir|har\s+varit|deltar\s+som|ingår\s+som)\s+(?:(?:den|en|ett)\s+)?"
                           r"(?:[\wåäö]+(?:ets|ens|ppens|dets)\s+)?(?:[\wåäö]+a\s+)?"  # "är rådets sekreterare"
                           r"(?:föredragande|sekreterare|adjungerade?|ledamöter|ledamot(?:en)?|samordnare|deltagare|"
                           r"medlem(?:men|mar)?)\b|"
                           # "…, till vilken A och B har knutits": who the group has been given
                           r"\btill\s+(?:vilken|vilket|vilka)\s+(?P<list36>(?-i:[a-zåäö])[^.;]+?)\s+(?:har\s+|har\s+nu\s+)?"
                           r"(?:knutits|knyts|anslutits|ansluts|förts)\b|"
                           # "Vid behov kan A adjungeras": who may be called in, after the fronted need
                           r"^(?:vid\s+behov|när\s+det\s+behövs)\s+(?:kan|får|ska)\s+(?P<list35>(?-i:[a-zåäö])[^.;]+?)\s+"
                           r"(?:adjungeras|kallas\s+in|bjudas\s+in)\b|"
                           r"^(?!(?:till|i|för|vid|under|efter|inför|om|på)\s)(?P<list7>(?:(?!\bdit\s).)+?)\s+"
                           r"(?:adjungeras|kallas\s+in|bjuds\s+in|"
                           r"(?:kan|får|ska)\s+(?:adjungeras|kallas\s+in|bjudas\s+in))\b|"  # "Rektorer kan bjudas in"
                           r"^(?P<list3>.+?)\s+(?:utgör|bildar|(?:har|hade)\s+(?:tillsammans\s+)?(?:utgjort|bildat)|"
                           r"(?<=tillsammans\s)kallas|(?<=gemensamt\s)kallas)\s+"  # "A och B, som tillsammans kallas X"
                           r"(?:tillsammans\s+med\s+(?P<more>.+?)\s+)?|"  # "A och B har tillsammans utgjort X"
                           r"\blåter\s+(?P<list11>[^.;]+?)\s+(?:bilda|utgöra)\s|"  # "låter A och B bilda X"
                           # "A, B och C träffas varannan vecka": several who meet at a frequency
                           r"^(?!(?:vi|de|dessa|parterna|man|alla|i|på|under|för|efter|vid)\b)"
                           r"(?P<list12>(?:(?!\b(?:som|där|av|med|vilka|bereds|är)\b)[^.;–]){1,200}?(?:,|\boch\b)"
                           r"(?:(?!\b(?:som|där|av|med|vilka|är)\b)[^.;–]){1,200}?)"
                           r"\s+(?:träffas|möts|samlas|ses)\s+(?=varje\b|varannan\b|var\s|en\s+gång|två\s|tre\s|fyra\s|\d)|"
                           # "A, B och C arbetar här med …": several who work in the group the text describes
                           r"^(?!(?:vi|de|dessa|parterna|man|alla|i|på|under|för|efter|vid)\b)"
                           r"(?P<list13>(?:(?!\b(?:som|där|av|med|vilka|är)\b)[^.;–]){1,200}?(?:,|\boch\b)"
                           r"(?:(?!\b(?:som|där|av|med|vilka|är)\b)[^.;–]){1,200}?)"
                           r"\s+(?:arbetar|jobbar)\s+(?:här|där|tillsammans\s+här|i\s+(?:gruppen|teamet|nätverket))\b|"
                           # "A och B leder arbetet tillsammans med C och D": who leads it with others, all of them;
                           r"^(?!(?:vi|de|dessa|parterna|man|alla|i|på|under|för|efter|vid)\b)"
                           r"(?P<list34>(?:(?!\b(?:som|där|av|med|vilka|är)\b)[^.;–:]){1,120}?\boch\b"
                           r"(?:(?!\b(?:som|där|av|med|vilka|är)\b)[^.;–:]){1,120}?)"
                           r"\s+leder\s+(?:arbetet|gruppen|den|det)\s+"
                           r"(?=tillsammans\s+med\s+[a-zåäö]|(?:tillsammans|gemensamt)\s+och\s)|"  # "… leder den
                           # tillsammans och turas om att vara ordförande": the two who lead it together are in it
                           r"^(?!(?i:det|den)\s+(?:[\wåäö]+\s+)?(?:arbetet|verksamheten)\b)"  # the work is no one
                           r"(?P<list4>.+?)\s+(?:träffas|möts|samlas|samverkar)\s+i\s+(?:ett|en|det|den)?\s*"
                           r"(?:[\wåäö-]+\s+)?[\wåäö-]*(?:grupp|nätverk|forum|råd|team)")
# "I varje kommun arbetar ett lokalt team …: A Nyby, A Åby och A Öby": one group per place, listed by name
EACH_PLACE = re.compile(r"(?i)\b(?:i|för|inom)\s+varje\s+(?:kommun|stadsdel|kommundel|stadsområde|område|ort|"
                        r"lokalpolisområde)\b(?P<group>[^:]{0,120}):\s*(?P<list>[^:]{3,200})$")
# a heading over what the agreement leaves out ("Inte en del av överenskommelsen", "Utanför avtalet")
OUTSIDE_HEADING = re.compile(r"(?i)\b(?:inte|ej)\s+(?:en\s+)?del\s+av\s+(?:\w*överenskommelsen|\w*avtalet)|"
                             r"\butanför\s+(?:\w*överenskommelsen|\w*avtalet)|\b(?:ingår|omfattas)\s+inte\b|"
                             # "Parternas egna verksamheter": each party's own line work, not the agreement's
                             r"\b(?:parternas|respektive\s+parts|vår|våra)\s+(?:egna|ordinarie)\s+"
                             r"(?:verksamhet|organisation)\w*")
OUTSIDE_AGREEMENT = re.compile(r"(?i)\b(?:regleras|omfattas|styrs|berörs)\s+inte\s+(?:heller\s+)?av\s+"
                               r"(?:denna|detta|den\s+här|"
                               r"\w*överenskommelsen|\w*avtalet|avsiktsförklaringen|"
                               r"den(?=\s*[.;]|\s*$))|"  # "… och berörs inte av den."
                               r"\bvid\s+sidan\s+av\s+(?:denna|detta)\s+(?:överenskommelse|avtal)|"
                               r"\b(?:ingår|ligger)\s+inte\s+(?:heller\s+)?i\s+(?:(?:denna|detta)\s+(?:överenskommelse|avtal)|"
                               r"\w*överenskommelsen|\w*avtalet)|"
                               r"\b(?:ingår|ligger)\s+inte\s+i\s+(?:den|det|vår|vårt)\s+(?:nya\s+|här\s+|gemensamma\s+)?"
                               r"(?:\w*överenskommelsen|\w*avtalet|överenskommelse|avtal)\b|"
                               r"\butanför\s+(?:denna|detta)\s+(?:överenskommelse|avtal)|"
                               # "De är inte grupper enligt denna överenskommelse"
                               # and in a clause's own order: "… som inte är grupper i överenskommelsen"
                               r"\b(?:(?:är|utgör)\s+(?:inte|ej|inga)|(?:inte|ej)\s+(?:är|utgör))\s+(?:några\s+|en\s+|någon\s+)?"
                               r"(?:grupper|grupp|organ|forum|nätverk)\s+"
                               r"(?:enligt|i|inom|under)\s+(?:(?:denna|detta|den\s+här)\s+(?:överenskommelse|avtal)|"
                               r"\w*överenskommelsen|\w*avtalet)|"
                               # "… är inte en del av denna överenskommelse", "utgör ingen del av avtalet"
                               # "Inte heller X eller Y är en del av organisationen ovan": the negation first
                               r"^inte\s+heller\s+[^.;]+?\s+(?:är|utgör)\s+(?:en\s+|någon\s+)?del\s+av\s+"
                               r"(?:(?:den\s+|denna\s+)?(?:samverkans)?organisation(?:en)?|\w*överenskommelsen|\w*avtalet)\b|"
                               r"\bhör\s+inte\s+till\s+(?:samverkans)?organisationen\b|"  # "… hör inte till
                               # samverkansorganisationen"
                               # "… är ett forum i X och inte en del av …": the predicate's second part
                               r"\b(?:är|utgör|och|men)\s+(?:emellertid\s+|dock\s+|däremot\s+)?"
                               r"(?:inte\s+(?:en\s+|någon\s+)?|ingen\s+)del\s+av\s+"
                               # "… av den organisation som beskrivs i denna överenskommelse"
                               r"(?:(?:den|det)\s+[\wåäö]+\s+som\s+(?:beskrivs|anges|regleras|byggs\s+upp)\s+"
                               # "denna lokala överenskommelse": an adjective between
                               r"(?:i|genom)\s+)?(?:(?:denna|detta)\s+(?:[a-zåäö]+a\s+)?"
                               r"(?:överenskommelse|avtal)|\w*överenskommelsen|\w*avtalet)|"
                               # "… har ingen koppling till samverkan med polisen": unrelated to it
                               r"\bhar\s+ingen\s+(?:koppling|anknytning|beröring)\s+(?:till|med)\s+(?:samverkan\b|"
                               r"\w*överenskommelsen|\w*avtalet)|"
                               r"\bhar\s+ingen\s+(?:uppgift|roll|funktion)\s+(?:enligt|i)\s+(?:den\s+\w+\s+|denna\s+)?"
                               r"(?:överenskommelsen|avtalet|överenskommelse|avtal)|"
                               # a group the agreement ends or replaces: "upphör den 31 mars", "ersätts av SSG"
                               r"\b(?:upphör|upphörde|har\s+upphört)\s+(?:den\s+\d|därmed|i\s+och\s+med|som\s+eget\s+"
                               r"\w+|att\s+finnas|vid\s+(?:årsskiftet|utgången))|\b(?:ersätts|ersattes|har\s+ersatts)\s+(?:nu\s+)?av\b|"
                               r"\b(?:läggs|lades|har\s+lagts)\s+(?:nu\s+|därmed\s+)?(?:ned|ner)\b|"
                               r"\b(?:avvecklas|avvecklades|har\s+avvecklats)\b|"
                               # "… och är inte en av dess grupper": not one of the agreement's groups
                               r"\b(?:är|utgör)\s+(?:inte|ej)\s+(?:en|ett|någon|något)\s+av\s+(?:dess|dennas|"
                               r"överenskommelsens|avtalets|våra|vårt)\s+(?:\w+\s+)?(?:grupper|organ|forum|nätverk)\b|"
                               # "X, där …, påverkas inte heller.": after a sentence on what is no part of it
                               r"\bpåverkas\s+inte(?:\s+heller)?(?=\s*[.;]|\s*$)")
# the role a member plays at the meetings ("Samordnaren är sammankallande"), no member of its own
ROLE_ONLY = {"sammankallande", "föredragande", "mötesledare"}
# "… men nätverket är Länsstyrelsens": the group its own word names is another organisation's own, by its name
ANOTHERS_OWN = re.compile(r"(?i)\b(?P<word>nätverk|grupp|råd|forum|team)(?:et|en)\s+är\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+s"
                          r"(?=\s+och\b|\s*[.;,]|\s*$)")
# "De är inte en del av …" before the section tells of them: a pronoun for what comes
# (or a word for the arrangement the section describes: "Strukturen regleras … och är inte en del av …")
FORWARD_PRONOUN = re.compile(r"(?i)^(?:de|dessa|strukturen|organisationen|ordningen)\s+(?:är|utgör|regleras)\b")
# "… har en övergripande överenskommelse …": another agreement, wider than a local one, introduced as new
WIDER_AGREEMENT = re.compile(r"(?i)\b(?:har|finns|gäller)\s+(?:också\s+|även\s+|redan\s+)?(?:en|ett)\s+"
                             r"(?:[\wåäö-]+\s+)?(?:[\wåäö]*övergripande|centrala?|regionala?|stadsgemensamma?)\s+"
                             r"[\wåäö-]*(?:överenskommelse|avtal)\b")
# "Den styrs av …", "Det leds av …": what governs the agreement the sentence before named
GOVERNS_IT = re.compile(r"(?i)^(?:den|det)\s+(?:styrs|leds|följs\s+upp)\s+(?:\w+\s+)?av\s")
# "A kallar till B": B meets when A calls it
CALLS_TO = re.compile(r"(?i)\b(?:kallar|sammankallar)\s+(?:in\s+)?till\s+(?=[\wåäö-]*(?:grupp|forum|råd|nätverk|team))")
# "Inget av detta …", "Ingen av dem …": all the paragraph has said
NONE_OF_THIS = re.compile(r"(?i)^(?:inget|ingen|inga)\s+av\s+(?:detta|dessa|dem|det\s+ovan)\s+(?:styrs|regleras|"
                         r"omfattas|berörs|ingår|hör|tillhör)\b")
COORDINATORS_HEADING = re.compile(r"(?i)samordnar(?:e|na)")
# a plural demonstrative over bodies just named ("Dessa organ", "De båda grupperna", "Dessa forum")
THESE_BODIES = re.compile(r"(?i)^(?:dessa|de(?:\s+båda|\s+två)?|båda|bägge)\s+(?:[a-zåäö]+\s+)?(?:organ|grupper\w*|"
                          r"forum\w*|råden|nätverken|instanser\w*)\b|"
                          # "De är inte grupper enligt …": the predicate says they are bodies
                          r"^(?:de|dessa)\s+(?:är|utgör)\s+(?:inte|ej)\s+(?:några\s+)?(?:grupper|organ|forum|nätverk)\b")
WITH = re.compile(r"(?i)(?:\s+(?:för|mot)\s+[\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]*)?)?\s+med\s+"
                  r"(?!ansvar\b|uppdrag\b|syfte\b|fokus\b|uppgift)(?P<list>[^.;]+)")
WITH_APPOSITION = re.compile(r"(?i)\s*,\s*med\s+(?!ansvar\b|uppdrag\b|syfte\b|fokus\b|uppgift|ordförandeskap)"
                             r"(?P<list>[^.;]+)")
FREQUENCY_TAIL = re.compile(r"(?i)\s+(?:(?:minst\s+)?(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|\d+)"
                            r"\s+(?:gång|gånger|ggr)\b|varje\s+(?:vecka|månad|kvartal|år|termin|(?:mån|tis|ons|tors|fre|lör|sön)dag)\b|"
                            r"var\s+(?:annan|tredje|fjärde)\s+vecka\b|varannan\s+"
                            r"|kvartalsvis|månadsvis|veckovis|årligen)")
AS_ROLE = re.compile(r"(?i)\bmed\s+(?P<list>[^.;]+?)\s+som\s+(?:föredragande|sekreterare|adjungerade?)\b")
WHERE_LIST = re.compile(r"(?i)\s*,?\s*där\s+(?P<list>[^.;]+)")
PASSIVE_VERB = re.compile(r"(?i)(?!(?:möt|träffa|samla|se)s$)[a-zåäö]{3,}s")  # "där beslut fattas": no people
LIKEWISE = re.compile(r"(?i),?\s*\b(?:liksom|jämte)\s+(?P<list>[^.;]+)")
# right after the verb of a list, "samt" goes on with it ("i vilken A och B ingår samt C"), unless a verb follows
LIKEWISE_AFTER = re.compile(r"(?i),?\s*\b(?:liksom|jämte|samt)\s+(?P<list>[^.;]+)")
TOGETHER = re.compile(r"(?i)\btillsammans\s+med\s+(?P<list>[^.;]+)")
FORUM_FOR = re.compile(r"(?i)\b(?:(?:ett|en)\s+(?:öppe[nt]\s+)?[\wåäö-]*(?:forum|råd|nätverk|mötesplats)|"
                       r"öppe[nt](?:\s+[\wåäö-]+)?)"
                       r"\s+för\s+(?P<list>(?-i:[a-zåäö])[^.]+)")  # not a place: "ett forum för Nyby, öppet för …"
MEMBER_HINT = re.compile(r"(?i)\b(?:består|ingår|deltar|ledamöter|deltagare|medlemmar|sammansättning|representeras|"
                         r"utgörs)\b")
ALTERNATING = re.compile(r"(?i)\b(?:växelvis|alterner\w*|växla\w*|skifta\w*|turas\s+om|vartannat|varannan\s+gång|"
                         r"roter\w*|(?:udda|jämna|jämnt)\s+år(?:tal)?|(?:går|gå)\s+(?:\w+\s+)?på\s+tur|i\s+tur\s+och\s+ordning|"
                         r"(?:går|gick)\s+runt|ordförandeskapet\s+(?:går|flyttar)\s+mellan|"  # "värdskapet går runt …"
                         r"(?:kalender|verksamhets)?år\s+i\s+(?:taget|sänder))\b")  # "…, ett kalenderår i taget": turns
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
LEADS_TOO = re.compile(r"(?i),\s+som\s+(?:också\s+|även\s+|tillika\s+)?"
                       r"(?:leder|är\s+ordförande|är\s+sammankallande|sammankallar|kallar(?=\s*,))\b")
# "där A är ordförande och i övrigt B deltar": the chair before the rest, a member too where "i övrigt" says so
CHAIR_FIRST = re.compile(r"(?i)^(?P<who>[^,;]+?)\s+är\s+(?:ordförande|sammankallande)\s+och\s+"
                         r"(?P<rest>i\s+övrigt\s+|därutöver\s+|dessutom\s+)?")
# "en utredare (vid behov)", "räddningschefen (adjungerad)": how a member takes part, no meetings of the group
AS_NEEDED_BRACKET = re.compile(r"(?i)\s*\((?:vid\s+behov|adjungerad|adjungerade|adjungeras(?:\s+vid\s+behov)?)\)")
# "från parterna: A och B", "för kommunen: C": whom the members after the colon come from
SENT_BY_LABEL = re.compile(r"(?i)^(?:från|för)\s+[\wåäö][\wåäö -]{1,40}:\s+(?=\S)")
# "X informeras om arbetet", "får information om läget": told of the work, which is no part in it
INFORMED_OF = re.compile(r"(?i)\b(?:informeras|underrättas|hålls\s+informerad|får\s+information)\s+om\b")
# "TS – leder gruppen", "rektorn – sammankallande": a member of a list said after a dash to chair the group
LEADER_ITEM = re.compile(r"(?i)^(?P<who>[^–—,;:()]{2,60}?)\s+[–—-]\s+(?:leder\s+(?:gruppen|mötena|arbetet)|"
                         r"är\s+(?:ordförande|sammankallande)|sammankallar|ordförande|sammankallande)\.?$")
# "kommunchefen (ordförande jämna år)", "(ordförande 2026 och 2028)": a member who chairs in turn with another
CHAIR_IN_TURN_MARK = re.compile(r"(?i)\s*\((?:ordförande|ordf\.?|sammankallande)\s+(?:under\s+|för\s+)?"
                                r"(?:(?:jämna|udda)\s+år(?:tal)?|\d{4}(?:\s*(?:,|och)\s*\d{4})*)\)")
# a bracket after a member that says how it takes part ("(adjungerad när … behandlas)", "(sekreterare)")
ROLE_BRACKET = re.compile(r"(?i)\s*\((?:adjungerad|sekreterare|föredragande|ej\s+beslutande|vid\s+behov|ersättare)"
                          r"\b[^()]*\)")
# a sentence about a substitute: who stands in for a member, or takes part only when one cannot
STANDS_IN = re.compile(r"(?i)^[^.;]*?\b(?:är|blir|utses\s+till|fungerar\s+som|deltar\s+som)\s+(?:\w+\s+)?ersättare\b|"
                       r"\b(?:deltar|närvarar|medverkar)\s+(?:bara\s+|endast\s+|enbart\s+)?vid\s+(?:förfall|frånvaro)\b")
# "kommundirektören (ordförande)": the chair marked in a list of members; in a sentence ("Gruppen består av A
# (ordförande), B …") the mark's member starts after "av", not at the sentence's start
CHAIR_MARK = re.compile(r"(?i)(?:^|[,:;]\s*|\b(?:och|samt|av)\s+)(?P<who>(?:(?!\bav\s)[^,:;()])+?)\s*"
                        r"\((?:ordförande|ordf\.?|sammankallande|sammank\.?)\)")
# "A och B (leder dialogen)": a member a bracket says leads the meetings (the member a few words before it)
LEADS_MARK = re.compile(r"(?i)(?:^|[,:;]\s*|\b(?:och|samt|av)\s+)(?P<who>(?:[\wåäö-]+\s+){0,2}?[\wåäö-]+)\s*"
                        r"\((?:leder|håller\s+i)\s+[\wåäö-]*(?:mötena|mötet|gruppen|dialogen|forumet|rådet|nätverket|"
                        r"teamet|arbetet)\)")
# "Lägesrapport från styrgruppen till kommunstyrelsen", "Synpunkter från forumet förs till styrgruppen"
HANDED_ON = re.compile(r"(?i)\b(?:\w*rapport\w*|redovisning|synpunkter|underlag|information)\s+från\s+"
                       r"(?P<source>[^,.;]+?)\s+(?:\w+\s+)?till\s+(?P<target>[^,.;]+)$")
# "LBR får SGS rapporter": the subject receives another group's reports (a genitive before them)
GETS_REPORTS_OF = re.compile(r"(?i)\b(?:får|tar\s+emot|mottar|erhåller)\s+(?:del\s+av\s+)?"
                             r"(?P<source>[\wåäö-]+(?::s|s))\s+(?:\w+\s+)?(?:\w*rapporter|redovisningar)\b")
# "… som i kommunens dokument kallas BG", "Gruppen, som kallas Ungdomsteamet": the name a group goes by
NAMED_AS = re.compile(r"(?i)\b(?:kallas|kallad|kallat|benämns|benämnd|benämnt|(?:går\s+under|med)\s+namnet|"
                      r"kallar\s+sig|heter|"
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
                        r"|(?-i:[A-ZÅÄÖ])[\wåäö–-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö–-]+)*)\s*(?:[,.;]|$)")
# "… har parterna inrättat NTS.": a group known only by its initials, set up by the sentence
ESTABLISHED = re.compile(r"(?i)\b(?:inrätta[rt]?|bilda[rt]?|tillsatt|tillsätter|skapat)\s+"
                         r"(?P<name>(?-i:[A-ZÅÄÖ]{2,6}))\s*[.;]?$")
# "LG står för ledningsgruppen och TSG för trygghetssamordningsgruppen": what the initials say the group is
STANDS_FOR = re.compile(r"(?P<short>\b[A-ZÅÄÖ]{2,6})\s+(?:står\s+)?för\s+(?P<long>[\wåäö][\wåäö -]*?)"
                        r"(?=\s+(?:och|samt)\s+[A-ZÅÄÖ]{2,6}\s|[.,;]|$)")
# "Till forumet bjuds …": one word for a group, then the verb
FRONTED_WORD = re.compile(r"(?i)^(?:i|till)\s+(?P<word>[\wåäö-]+)\s+(?=(?:bjuds|kallas|ingår|deltar|sitter|medverkar|"
                          r"adjungeras)\b)")
# "Krogsamverkan City är ett samarbete mellan …": a name without a group word, said to be a group
IS_A = re.compile(r"^(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ0-9][\wåäö-]*){0,3})\s+är\s+(?:ett|en)\s+"
                  r"(?:[\wåäö-]+\s+)?(?:samarbete|samverkan|samverkansforum|forum|nätverk|grupp|mötesforum|samråd|"
                  r"team|arbetsgrupp|samverkansgrupp)\b")
# "Nyby BRÅ är det övergripande samrådet", "Enligt avtalet är Nyby BRÅ det lokala rådet": a name without a group
# word said to be the group a definite group word names; the subject before or after a fronted phrase and "är"
_PROPER = r"(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ0-9][\wåäö-]*){0,3})"
_THE_GROUP = r"\s+(?:det|den)\s+(?:[a-zåäö-]+\s+){0,2}[a-zåäö-]*(?:gruppen|rådet|forumet|nätverket|teamet)\b"
IS_THE_WORD = re.compile(r"^[^.;]{3,80}?\s+är\s+(?:det|den)\s+(?:[a-zåäö-]+\s+){0,2}"
                         r"(?P<word>[a-zåäö-]*(?:gruppen|rådet|forumet|nätverket|teamet))\b")
IS_THE = re.compile(r"^" + _PROPER + r"\s+är" + _THE_GROUP)
IS_THE_INVERTED = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+){0,3}?\s+är\s+" + _PROPER + _THE_GROUP)
# "Två gånger per år hålls Trygghetsdialogen, …": a name without a group word, held as a recurring meeting
HELD = re.compile(r"\b(?:genomförs|hålls|anordnas|arrangeras|äger\s+rum)\b(?:[^.;]*?\s)?(?<!\bi\s)(?<!\bpå\s)"
                  r"(?<!\bav\s)(?<!\bmed\s)(?<!\boch\s)(?<!\bsamt\s)(?<!\bvid\s)(?<!\bför\s)"
                  r"(?P<name>(?-i:[A-ZÅÄÖ])[a-zåäö-]{4,}(?:et|en))(?=\s*[,.;]|$)")
# a sentence that opens with when it recurs: what the group does then is its meeting
RECURRING = re.compile(r"(?i)^(?:det\s+är\s+)?(?:varje|varannan|var\s+(?:annan|tredje|fjärde|sjätte))\s+(?:vecka|månad|"
                       r"(?:mån|tis|ons|tors|fre)dag)")
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
# "…, till vilket boende … inbjuds och vid vilket kommunpolisen medverkar": members in relative clauses
RELATIVE_MEMBERS = re.compile(r"(?i)\b(?:till|vid|i|på)\s+(?:vilket|vilken|vilka)\s+(?P<list>[^.;]+?)\s+"
                              r"(?:inbjuds|bjuds\s+in|kallas|deltar|medverkar|ingår|sitter)\b")
# "Styrgruppen …, medan arbetsgruppen …": two main clauses, each about its own group
WHILE = re.compile(r"(?i),\s+medan\s+(?=\S)")
# "Nivå 1 – strategisk", "Taktisk nivå": a level of the organisation, whose groups are of its kind
LEVEL_HEADING = re.compile(r"(?i)^(?:niv[aå]\s*\d*\s*[–—:.-]?\s*)?(?P<level>strategisk|taktisk|operativ)a?"
                           r"(?:\s+niv[aå]n?)?$")
# "(ordf. = ordförande, rapp. = rapporterar till)": a key to the short forms the text goes on to use
EXPANSION = re.compile(r"(?:^|(?<=[(,;]\s)|(?<=[(,;]))(?P<short>[a-zåäö]{2,8}\.)\s*=\s*(?P<long>[a-zåäö][a-zåäö ]*?)\s*"
                       r"(?=[,;)]|$)")
REPRESENTATIVE_WORD = re.compile(r"(?i)^(?:en\s+)?(?:representant|företrädare)\b")


def _role_word(member: str) -> str:
    """A member's role without the phrase that tells where it sits ("trygghetssamordnare från
    utbildningsförvaltningen", "skolchef för grundskolan"): what the member is."""
    return re.split(r"\s+(?:för|från|på|vid|inom|i|hos)\s+", member)[0]


LEVEL_KINDS = {"strategisk": "steering", "taktisk": "preparation", "operativ": "working"}
# "Det dagliga arbetet samordnas i Lägesbildsmötet.", "Det praktiska arbetet gör vi i X.": the place of the work
# is what the sentence is about
# "… bedrivs i en samverkansgrupp för unga, där A och B deltar": the place, then who takes part in it
ALSO_WHERE = re.compile(r"(?i),\s*där\s+(?:även|också)\s[^.;]{0,200}?\b(?:deltar|ingår|sitter)\b")
THERE_TOO = re.compile(r"(?i)^(?:där|här)\s+(?:sitter|ingår|deltar|medverkar|finns)\s+(?:också|även)\b")
WHERE_TAKING_PART = re.compile(r"(?i),\s*där\s+[^.;]{0,200}?\b(?:deltar|ingår|sitter|medverkar)\b")
PLACE_THEN_WHERE = re.compile(r"(?i)(?:\s+(?:för|mot|i)\s+[\wåäö-]+)?(?=\s*,?\s*där\s)")
PLACE_PASSIVE = re.compile(r"(?i)\b(?:[a-zåäö]{3,}(?<!leds)s|sker|bedrivs|(?:gör|bedriver|utför|driver)\s+"
                           r"(?:vi|parterna|man))\s+(?:främst\s+|huvudsakligen\s+)?i\s+(?:en\s+|ett\s+|den\s+|det\s+)?$")
# "Här ingår A, B och enhetschefen för fältgruppen": the place the heading names, its people after the verb
HERE_TAKING_PART = re.compile(r"(?i)här\s+(?:ingår|deltar|sitter|medverkar|möts|träffas|samlas)\b")
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
    re.compile(r"(?i)\butse\s+(?:(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+){1,3}?(?-i:[A-ZÅÄÖ])[\wåäö-]+,\s+"
               r"(?P<who>(?-i:[a-zåäö])[\wåäö -]{2,50}?),\s+till\s+ordförande\b"),
    re.compile(r"(?i)\butse\s+(?P<who>(?-i:[a-zåäö])[\wåäö-]+(?:en|et|na))\s+till\s+ordförande\b"),
    # "Det är kommunpolisen som leder mötet": a cleft names the chair first
    re.compile(r"(?i)(?:^|,\s+(?:och|men)\s+|;\s*)det\s+är\s+(?P<who>[^.;,]+?)\s+som\s+(?:leder|sammankallar|"
               r"kallar\s+(?:till|och\s+leder)|håller\s+i|"
               r"är\s+ordförande)\b"),
    re.compile(r"(?i)(?:^|\boch\s+|[,;]\s*)(?P<who>(?:[\wåäö-]+\s+){0,3}?[\wåäö-]+)\s+(?:håller\s+i|innehar|har)\s+"
               r"(?:ordförandeklubban|ordförandeposten|ordförandeskapet)\b"),
    *HANDED_OVER,
    CHAIR_MARK,
    LEADS_MARK,
    re.compile(r"(?i)\bav\s+(?P<who>[^.;]+?),\s+som\s+(?:\w+\s+)?(?:leder|turas\s+om\s+att\s+leda|"
               r"är\s+ordförande|delar\s+på\s+ordförandeskapet)\b"),  # "består av A och B, som leder gruppen"
    re.compile(r"(?i)(?:,\s*|\b(?:och|samt|är|ingår|deltar|sitter|av|tillsammans\s+med)\s+)"
               r"(?!\s*tillsammans\s)(?P<who>(?:(?!\b(?:och|samt|är|tillsammans\s+med)\b)[^,.;])+?),\s+som\s+"
               r"(?:också\s+|även\s+|dessutom\s+|tillika\s+)?(?:leder|är\s+ordförande|är\s+sammankallande|sammankallar|"
               r"kallar(?=\s*,)|kallar\s+till\s+(?:mötena|möten|mötet|sammanträdena|träffarna))\b"),  # "… av A, som
    # kallar, och B"; "A, som också kallar till mötena, B och C"; "…, tillsammans med kommunpolisen, som också kallar"
    re.compile(r"(?i)\b(?:ordförande|sammankallande|mötesledare)(?:\s+(?:i|för)\s+\S+)?\s+(?:är|blir|var)\s+"
               r"(?P<who>[^.;]+)"),  # "Ordförande var X" in a report on the year
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
               r"håller\s+i\s+(?:(?:[\wåäö-]+s\s+)?(?:mötena|möten|mötet)|arbetet|det(?=\s*[.;]|$)|den(?=\s*[.;]|$)|"
               r"[\wåäö-]*(?:gruppen|rådet|forumet|nätverket|teamet))|"
               r"kallar\s+till\s+(?:(?:dess|[\wåäö-]*(?:gruppens|rådets|forumets|nätverkets|teamets))\s+)?"
               r"(?:möte[nt]?|mötena|sammanträde[nt]?|sammanträdena))\b"),  # "Samordnaren håller i
    # samordningsgruppen", "Samordnaren kallar till möten", "… kallar till gruppens möten"
    re.compile(r"(?i)^(?P<who>[^.;]+?)\s+(?:samordnar|sammankallar|leder|driver)\s+(?:ett|en)\s+(?:[\wåäö]+\s+)?"
               r"[\wåäö-]*(?:grupp|nätverk|forum|råd|team)\b"),
    # "Kommunpolisen samordnar teamet": who runs the group the sentence is about
    re.compile(r"(?i)^(?P<who>(?:[\wåäö-]+\s+){0,3}?[\wåäö-]+)\s+(?:samordnar|sammankallar)\s+"
               r"[\wåäö-]*(?:gruppen|nätverket|forumet|rådet|teamet)[\s.]*$"),
]
# words that describe a group met for the first time, no part of its name ("en särskild centrumgrupp", "en
# gemensam styrgrupp", "en liten samordnargrupp": every group here is joint)
DESCRIPTIVE = {"särskild", "särskilt", "ny", "nytt", "egen", "eget", "speciell", "speciellt", "gemensam", "gemensamt",
               "liten", "litet", "mindre", "större", "fast", "fastare"}
# the relative that places the members in the group ("…, i vilken ingår A"): no part of A
RELATIVE_LEAD = re.compile(r"(?i)^(?:i\s+)?(?:vilken|vilket|vilka|där)\s+(?:ingår|deltar|sitter|finns)\s+")
# a clause put inside a list ("A och, utan att därigenom bli part, B deltar"); a comma right after "och"/"samt"
# opens an aside that the next comma closes ("A samt, i förekommande fall, B")
INTERJECTED = re.compile(r"(?i)\s*,\s*utan\s+att\s+[^,.;]+,\s*|(?:(?<=\boch)|(?<=\bsamt))\s*,\s*[^,.;]{1,160}?,\s*")
NEXT_SUBJECT = re.compile(r"(?i)\s+(?:och|samt|men)\s+(?:gruppen|rådet|nätverket|forumet|teamet|mötet|den|det|de|vi)$")
CHAIR_STOP = re.compile(r"(?i)\s*(?:[,:]|\bsom\b|\bett\s+(?:kalender)?år|\bvarje\b|\bvart\b|\bårsvis\b|"
                        r"\bper\s+(?:år|kalenderår)\b|"
                        r"\bi\s+taget|\bvid\b|\binför\b|\bsamt\b\s+(?:träffas|möts)|"
                        r"\boch\s+(?:träffas|möts|har|ska|rapporterar|återrapporterar|ansvarar|lyfter|"
                        r"rapporterade|återrapporterade|träffades|möttes|hade|skulle)|"
                        r"\b(?:och\s+)?(?:där|vars|vilkas?)\b).*$")  # "leds av A och där B deltar", "… och vars
# synpunkter …": A
MEETS = re.compile(r"(?i)\b(?:träffa[sr]?|möts|mötas|genomförs|äger\s+rum|sammanträd\w*|hålls|hålles|ses|samlas|"
                   r"arrangera[rs]|anordna[rs]|"
                   r"samlar|kallar\s+(?:[\wåäö]+\s+)?till|sammankallar|[\wåäö]*möte(?:[nt]|na)?|möte(?:splan|stider|sdagar)|möter|"
                   r"(?<=en\s)(?:[\wåäö]+\s+)?[\wåäö]*träff|stämmer\s+av|håller\s+kontakt|"
                   r"har\s+kontakt(?!\s+med\s+(?!varandra\b))|"  # "A och B, som har kontakt varje vecka": they meet
                   r"går\s+(?:[\wåäö]+\s+){0,3}?igenom|"  # "Gruppen går varje vecka igenom händelserna": it meets
                   r"(?:stämt|stämde)\s+av|(?:in)?bjud(?:er|a)\s+(?:[^.;]{0,80}?\s)?in|bjuds\s+(?:[\wåäö,]+\s+){0,6}in\s+till|"
                   r"sammanträden|mötesfrekvens|kvartalsvis|månadsvis|veckovis|avstämning\w*)\b")
REPORTS = re.compile(r"(?i)(?:→(?=\s*(?:rapport\b|(?-i:[A-ZÅÄÖ])|[\wåäö-]+(?:gruppen|rådet|forumet|nätverket|styrelsen|"
                     r"nämnden|teamet)\b))|\brapport(?=\s+till\b)|\b(?:(?:åter|av)?rapporter\w*|återkoppla\w*|lyft\w*|"
                     r"tas\s+upp\s+i|redovisa\w*|redovisning|överlämna[rs]|berätta[r]?(?=\s+(?:\w+\s+){0,2}för\s)|"
                     r"eskaler\w*|(?:förs|förts|lämnas|lämnats|tas|tagits|skickas|skickats)\s+(?:från\s+[\wåäö-]+\s+)?vidare|"
                     r"(?:lämnas|lämnats|förs|förts)\s+över(?=\s+till\s)|"  # "Frågor … lämnas över till X"
                     r"(?:åter)?förs(?=\s+till\s)|"
                     r"tar\s+med\s+(?:sig\s+)?(?:[\wåäö-]+\s+){0,3}?(?=till\s)|"  # "tar med sig sina
                     # iakttagelser till X", "tar med förslagen till X", "Frågor som kräver beslut förs till X"
                     r"för\s+(?:sina|sitt|sin|dessa|egna)\s+(?:[\wåäö-]+\s+){1,2}?vidare|"  # "för sina frågor vidare"
                     r"för\s+(?:[\wåäö-]+\s+){1,2}?vidare(?=\s+till\b)|"  # "det är de som för frågor vidare till X"
                     # "för vidare det som kräver beslut till X": the particle before what it hands on
                     r"för\s+vidare\s+(?:det|de|dessa|frågor|frågorna|ärenden|ärendena)\s+(?:[^.;]{0,60}?\s)?(?=till\s)|"
                     r"(?:skickar|skickade|lämnar|lämnade)\s+(?:[\wåäö-]+\s+){1,6}?vidare(?=\s+till\b)|"  # "skickar
                     # det den ser och hör vidare till X": whatever it hands on
                     r"tar\s+upp\s+(?:sina|sitt|dessa|egna)\s+(?:frågor|ärenden)\s+i(?=\s)|"
                     # "tar upp det som kräver beslut med styrgruppen": raises it with the body above
                     r"tar\s+upp\s+(?:[^.;]{1,60}?\s)?med(?=\s+[\wåäö-]+(?:gruppen|rådet|styrelsen|nämnden)\b)|"
                     # "tar upp det som behöver beslut i ledningsgruppen": what needs a decision, where it is decided
                     r"tar\s+upp\s+(?:det|de|frågor|frågorna|ärenden|ärendena)\s+som\s+(?:behöver|kräver)\s+"
                     r"(?:ett\s+)?(?:beslut|ställningstagande)\s+i(?=\s)|"
                     r"tar\s+(?:den|det|de|gruppen|nätverket)\s+(?:\w+\s+)?vidare|"
                     r"\bfrån\s+[^.;]+?\s+(?:lämnas|skickas)(?=\s+till\b)|"
                     r"(?<=s\s)\w*(?:rapport|redovisning|berättelse)(?:en|er|erna)?\s+(?:lämnas|skickas|överlämnas|delges)|"
                     r"tas\s+med|tar\s+(?:också\s+|även\s+)?med\s+sig(?=\s[^.;]{0,80}?\btill\s)|"  # "…, som tar med sig
                     # "Synpunkterna från dialogen tar vi med oss till X": what the group gave, handed on
                     r"(?<=\s)tar\s+(?:vi|de|parterna)\s+med\s+(?:oss|sig)(?=\s+till\s)|"
                     # de frågor gruppen inte kan lösa till X"; "lämnar sina iakttagelser (frågor) till X": handed on
                     r"redogör\w*\s+för\s+(?:[\wåäö-]+\s+){1,3}?(?=(?:inför|till)\s)|"  # "redogör för arbetet inför X"
                     # "tar fram lägesbilden inför styrgruppen": what it makes ready for the group above it
                     r"tar\s+fram\s+(?:[\wåäö-]+\s+){1,3}?(?=(?:inför|till|åt)\s+[\wåäö-]*(?:gruppen|rådet|"
                     r"styrelsen|nämnden)\b)|"
                     # "lämnar det den inte kan lösa själv till X": what it cannot solve goes up to X
                     r"(?:lämnar|skickar|lyfter|för)\s+(?:det|de\s+frågor|frågor|ärenden)\s+(?:som\s+)?"
                     r"(?:[\wåäö]+\s+){0,2}?(?:inte|ej)\s+(?:kan|klarar)\s+(?:att\s+)?(?:lösa|hantera)(?:\s+själv)?"
                     r"(?=\s+till\s)|"
                     r"(?:lämnar|lämna|lämnade|avger|avge|avgav|skickar|skickade),?\s+(?:\w+,?\s+){1,6}?\w*(?:rapport|"
                     r"redogörelse|sammanfattning|översikt|berättelse|redovisning|iakttagelse|synpunkt|erfarenhet|slutsats|"
                     r"observation|anteckning|lägesbild|fråg)\w*"
                     r"(?:\s+om\s+\w+)?|"  # "lämnar en gång per år en skriftlig rapport om arbetet till X"
                     r"informerar|informera(?:t|de)(?!\s+om\b)|ansvarar|svarar|underställ[dt]a?|lyder\s+under|(?:ger|lämnar)\s+underlag)\b)"
                     r"(?P<rest>[^.]*)")  # "→ styrgruppen": a slide's arrow
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
BEFORE_EACH = re.compile(r"(?i)\b(?:före|inför)\s+(?:varje|vart)\s+(?:möte|sammanträde)\s+(?:i|med)\s+"
                         r"(?P<other>[\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]*)*)")
COORDINATION_BY = re.compile(r"(?i)^(?:det|den)\s+(?:[a-zåäö]+a\s+)?samordn(?:andet|ingen)\s+(?:sköts|görs|hanteras|"
                             r"sker|utförs)\s+(?:av|i|genom)\s")
# "Den dagliga samordningen sköts av A och B": who does the coordinating, the coordinators' members
COORDINATION_DONE_BY = re.compile(r"(?i)^(?:det|den)\s+(?:[a-zåäö]+[ae]\s+)?samordn(?:andet|ingen)\s+"
                                  r"(?:sköts|görs|hanteras|utförs)\s+av\s+(?P<list>[^.;]+)")
# a passive verb and its agent ("sköts av", "leds av"): no genitive stands before "av"
PASSIVE_BY = re.compile(r"(?i)\b[a-zåäö]{3,}s\s+av\s")
# "leds mötena i stället av B": what a sentence says replaces what was said before
INSTEAD = re.compile(r"(?i)\bi\s+stället\b")
INSTEAD_OF = re.compile(r"(?i)\bi\s+stället\s+för\b")
TOGETHER_WITH = re.compile(r"(?i)(?P<comma>,?)\s+tillsammans\s+med\s+")
IS_FUNCTION = re.compile(r"(?i)^[^.;]*?\bär\s+(?:[\wåäö]+s\s+)?(?:\w+\s+)?samordningsfunktion(?:en)?\b")
# the group led: "A leder styrgruppen", "A håller i samordningsgruppen"
LEADS = re.compile(r"(?i)^[^.;]+?\s+(?:leder|sammankallar|kallar\s+till|håller\s+i)\s+(?:den\s+|det\s+)?$")
ROLE_FIRST = re.compile(r"(?i)^(?:ordförande|sammankallande|ledamöter(?:na)?|deltagare|medlemmar(?:na)?)\s+är\s")
ROLE_OF = re.compile(r"(?i)^\s*(?:ordförande|sammankallande|sekreterare|föredragande|ledamöter|deltagare|"
                     r"medlemmar|mötesledare)\s+(?:i|för)\s+(?:den\s+|det\s+)?$")
# words for a group of people an agreement is about ("ungdomsgruppen 15–20 år"), a body only where one acts
PEOPLE_GROUPS = ("malgrupp", "riskgrupp", "aldersgrupp", "kamratgrupp", "ungdomsgrupp", "yrkesgrupp",
                 "befolkningsgrupp", "personalgrupp", "elevgrupp")
# what a body does that a group of people does not: it meets, has members, a chair, reports
ACTS_AS_BODY = re.compile(r"(?i)^\s*(?:\([A-ZÅÄÖ]{2,6}\)\s*)?,?\s*(?:som\s+|ska\s+|skall\s+)?(?:består|bestå|leds|"
                          r"ledas|"
                          r"träffas|möts|mötas|ses|sammanträder|sammankallas|rapporterar|återrapporterar|"
                          r"(?:har|utgörs)\s+(?:\w+\s+)?(?:möten|ordförande|sammankallande|ledamöter|av))\b")
FRONTED_IN = re.compile(r"(?i)(?:^|[.:]\s+)(?:i|till)\s+$")
# "Styrgrupp – ansvarar för …": a paragraph a group's name opens, as a definition list writes it
DEFINITION = re.compile(r"^(?P<name>(?:[^–—:.]|(?<=\w)[–—](?=\w)){3,60}?)\s+[–—-]\s+(?=\S)|"
                        r"^(?P<term>[^–—:.;,]{2,60}?):\s+(?=(?:en|ett|den|det)\s)")  # a glossary's "OSG: en …"
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
_PREPARE = r"(?:för)?(?:bered(?:er|a|de)|berett)"  # "bereder", "har berett"
PREPARES = re.compile(r"(?i)\b" + _PREPARE + r"\s+(?:(?:det|den|de)\s+)?(?P<owner>[\wåäö-]+(?:\s+[\wåäö-]+)?)"
                      r":?s\s+(?:möten|sammanträden|ärenden|beslut)|\b" + _PREPARE + r"\s+(?:ärenden|ärendena|frågor|"
                      r"underlag|beslut)\s+(?:till|för|inför)\s+(?P<to>[^.,;]+)|"
                      r"\b" + _PREPARE + r"\s+(?:de\s+|alla\s+)?(?:ärenden|ärendena|frågor|"
                      r"frågorna)\s+som\s+(?:ska\s+|skall\s+)?(?:behandlas|tas\s+upp|avgöras|beslutas|upp)\s+(?:av|i)\s+"
                      r"(?P<by>[^.,;]+)|"
                      # starts only where a word starts: tried inside a 20,000-letter word it was quadratic
                      r"(?<![\wåäöÅÄÖ-])(?P<passive>[\wåäöÅÄÖ-]+(?:\s+[\wåäö-]+)?):?s\s+(?:möten|sammanträden|ärenden)\s+(?:för)?bereds\s+av\b|"
                      # "I Åby bereds ledningsgruppens möten av …": the verb before its subject
                      r"\b(?:för)?bereds\s+(?P<inverted>[\wåäöÅÄÖ-]+(?:\s+[\wåäö-]+)?):?s\s+(?:möten|sammanträden|ärenden)"
                      r"\s+av\b|"
                      # "Ärenden till RLG bereds av X": the passive with whom the matters are for
                      r"\b(?:ärenden|ärendena|frågor|frågorna|underlag)\s+(?:till|inför|för)\s+(?P<for>[^.,;]{2,60}?)\s+"
                      r"(?:för)?bereds\s+(?:\w+\s+)?av\b|"
                      r"\b(?:tar\s+fram|ger|lämnar)\s+underlag\s+(?:till|inför)\s+(?:(?:det|den|de)\s+)?"
                      r"(?P<basis>[\wåäö-]+(?:\s+[\wåäö-]+)?)s\s+(?:möten|sammanträden|beslut)|"
                      # "Det som styrgruppen ska ta ställning till förbereds av X": what the other decides
                      r"^(?:det|de\s+frågor|de\s+ärenden|allt)\s+som\s+(?P<decides>[\wåäö-]+(?:\s+[\wåäö-]+)?)\s+"
                      r"(?:ska\s+|skall\s+)?(?:ta\s+ställning\s+till|tar\s+ställning\s+till|besluta\s+om|"
                      r"beslutar\s+om|avgöra|avgör)\s+(?:för)?bereds\s+(?:\w+\s+)?av\b")
OWNED_ROLE = re.compile(r"(?i)\s+(?:ordförande|sammankallande|sekreterare|ledamöter|deltagare|medlemmar|möten|"
                        r"sammanträden|sammansättning|arbete|resultat|förslag|underlag|"
                        r"\w*rapport(?:en|er|erna)?|\w*redovisning(?:en|ar|arna)?)\b")  # "Styrgruppens årsrapport …"
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
# "Styrgruppen har tillsatt en arbetsgrupp med …": a group the subject sets up, which works for it
# (also after a phrase of time: "har inför sommaren tillsatt en …")
SETS_UP = re.compile(r"(?i)^\s*(?:har\s+(?:[\wåäö]+\s+){0,4}?)?"
                     r"(?:tillsatt|tillsätter|inrättat|inrättar|bildat|bildar|utsett|utser)\s+(?P<article>en|ett)\s+$")
PERSON_NAMED = re.compile(r"(?<=[a-zåäö])\s+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖ][a-zåäö]+$")
# "Styrgrupp: …", "OLG – …", a two-column list's "Styrgruppen      tre gånger per år"
KEYED = re.compile(r"^(?P<name>[^:.–—]{3,60}?)(?::|\s+[–—-]|(?=\s{3}))\s+(?P<value>\S.*)$")
# a key to the document's short forms that names a group ("OLG = operativ ledningsgrupp")
SHORT_FORM_GROUP = re.compile(r"(?P<short>[A-ZÅÄÖ]{2,6})\s*=\s*(?P<long>[a-zåäö][a-zåäö ]{2,60})")
# a line of a key set in columns ("RSG   Regionala styrgruppen"), or with a tab or a colon
KEY_COLUMNS = re.compile(r"(?P<short>[A-ZÅÄÖ]{2,6})(?:[ \t]{2,}|\t|\s*[:=|]\s+)(?P<long>[A-Za-zÅÄÖåäö][a-zåäö ]{2,60})")
# ", i det följande även kallad den strategiska gruppen": another name the text uses for the group from here on
CALLED_HERE = re.compile(r"(?i)\b(?:i\s+det\s+följande|nedan|härefter)\s+(?:även\s+|också\s+)?(?:kallad|kallat|"
                         r"kallade|benämnd|benämnt|benämns|kallas)\s+(?P<alias>(?:den|det)\s+[^,.;]+)")
HANDED_FROM = re.compile(r"(?i)\b(?:förs|lämnas|skickas|lyfts)\s+från\s+(?:den\s+|det\s+)?$")
# the agent of a passive ("utförs av X"), or the one a task rests on ("Genomförandet ligger på X", "vilar på X")
PASSIVE_AGENT = re.compile(r"(?i)\b(?!leds|sammankallas|ledas)[a-zåäö]{3,}s\s+av\s+(?:en\s+|ett\s+)?$|"
                           r"\b(?:ligger|vilar|faller)\s+(?:främst\s+|huvudsakligen\s+|ytterst\s+)?(?:på|hos)\s+$")
# "Samverkan leds av Trygghetsrådet": a chair's verb whose agent is a group and whose subject is none
LED_BY = re.compile(r"(?i)^(?:\S+\s+){1,4}(?:leds|styrs)\s+(?:gemensamt\s+|ytterst\s+)?av\s+$")
SERVES = re.compile(r"(?i)\b(?:är|blir)\s+(?:[\wåäö]+s\s+)?(?:sekreterare|föredragande)\b")
# "sammansatt på samma sätt som X, men med A i stället för B": X's members, A for B
# "…, med den skillnaden att A deltar i stället för B" says the same
SAME_AS = re.compile(r"(?i)\b(?:sammansatt\w*|består)\s+på\s+samma\s+sätt\s+som\s+(?P<ref>[^,.;]+?)"
                     r"(?:\s*,?\s*(?:men\s+med|med\s+den\s+skillnaden\s+att)\s+(?P<with>[^.;]+?)"
                     r"(?:\s+(?:deltar\s+|ingår\s+|sitter\s+med\s+)?i\s+stället(?:\s+för\s+(?P<instead>[^.;]+?))?)?)?"
                     r"\s*(?:[.;]|$)|\bhar\s+samma\s+sammansättning\s+som\s+(?P<ref2>[^,.;]+)"
                     r"|\bsamma\s+(?:deltagare|medlemmar|ledamöter|sammansättning|funktioner|personer)\s+som\s+"
                     r"(?P<ref3>[^,.;]+)")
# the change a list of members names after it: "…, med tillägg av A (men utan B)", "…, utökad med A"
ADDED = re.compile(r"(?i)\b(?:med\s+tillägg\s+av|utökad\s+med|kompletterad\s+med)\s+(?P<list>[^.;]+?)"
                   r"(?=\s*,?\s+(?:men\s+)?utan\b|\s*,\s*(?:medan|men|där|som)\b|\s*[.;]|\s*$)")
WITHOUT = re.compile(r"(?i)(?:,\s*|\bmen\s+)utan\s+(?P<list>[^.;,]+)")
# "A möter B varannan månad" under a heading that names the group: both sides take part
# "Fyra gånger om året sitter A ner med B och C i …": those who sit down together meet
SITS_DOWN_WITH = re.compile(r"(?i)\b(?:sitter|sätter\s+sig|slår\s+sig)\s+(?P<a>(?:[\wåäö:-]+\s+){0,3}?[\wåäö:-]+)\s+"
                            r"ner\s+med\s+(?P<b>[^.;]{1,200}?)(?=\s+i\s+(?:det|den|en|ett)\b|\s+(?:och\s+)?går\b|"
                            r"\s+för\s+att\b|[.;]|$)")
# a word for a group and its people after a colon ("… sköts av ett samordnarpar: A och B")
GROUP_THEN_COLON = re.compile(r"(?i)\b(?:ett|en)\s+[\wåäö-]*(?:grupp|par|team|nätverk|forum|råd)\s*:\s+"
                              r"(?P<list>[^.;:]{3,200})\.?$")
# "Här möts A och B från skolorna med C": those who meet with the ones listed are there too
MEET_HERE_WITH = re.compile(r"(?i)^(?:där|här)\s+(?:möts|träffas|samlas)\s+(?:också\s+|även\s+)?(?P<a>[^.;]{1,200}?)\s+"
                            r"med\s+(?P<b>[a-zåäö][^.;]{1,200})$")
# "Där träffar boende, föreningar och fastighetsägare kommunpolisen och …": the verb first, then who meets (a list
# of one-word items) and whom, side by side with no comma between
WHERE_MEET_WHOM = re.compile(r"(?i)^(?:där|här)\s+(?:träffar|möter)\s+(?:också\s+|även\s+)?"
                             r"(?P<a>(?:[a-zåäö-]+,\s+)*[a-zåäö-]+\s+(?:och|samt)\s+[a-zåäö-]+)\s+"
                             r"(?P<b>(?-i:[a-zåäö])[^.;]{1,200}?)(?=\s+för\s+att\b|\s+(?:varje|varannan|en\s+gång)\b|[.;]?$)")
MEET_WITH = re.compile(r"(?i)^(?!(?:där|här)\s+(?:möter|träffar)\b)"
                       r"(?P<a>[^.;]+?)\s+(?:möter|träffar)\s+(?P<b>[^.;]+?)(?=\s+(?:varje|varannan|var\s|"
                       r"en\s+gång|minst|två|tre|fyra|fem|sex|\d)|[.;]?$)")
# "A och B möts tillsammans med C och D" in a group's paragraph: those who meet and those they meet with
MEET_TOGETHER = re.compile(r"(?i)^(?P<a>[^.;]+?\s+(?:och|samt)\s+[^.;]+?)\s+(?:möts|träffas|samlas|ses)\s+"
                           r"(?:också\s+|även\s+)?tillsammans\s+med\s+(?P<b>(?-i:[a-zåäö])[^.;]+?)"
                           r"(?=\s+(?:varje|varannan|var\s|en\s+gång|minst|två|tre|fyra|fem|sex|\d)|[.;]?$)")
# a description's closing brackets that list its people ("… och rapporterar till X (A, B, C).")
TRAILING_MEMBERS = re.compile(r"\s*\((?P<list>[^()]{3,300}?,[^()]{2,300}?)\)\s*\.?\s*$")
INVITES = re.compile(r"(?i)\bbjuder\s+(?:\S+\s+){0,12}?in\s+(?P<list>(?!till\b)[^.;]{1,200}?)\s+till\s+")
# "är kommunens råd", "är ett lokalt råd": a group said to be a body
IS_BODY_OF = re.compile(r"(?i)\bär\s+(?:en|ett|[\wåäö]+s)\s+(?:[\wåäö]+\s+)?$")
# "Synpunkter från forumet tas om hand av X", "Det som kommer fram där tar samordnaren med sig till X": what a
# group brings forth goes on to X
_VIEWS = r"(?:synpunkter(?:na)?|förslag(?:en)?|frågor(?:na)?|iakttagelser(?:na)?|erfarenheter(?:na)?)"
VIEWS_HANDED_ON = re.compile(r"(?i)^(?:(?:" + _VIEWS + r"(?:\s+(?:och|samt)\s+" + _VIEWS + r")?|"  # "Iakttagelser och
                             # förslag från samrådet tas upp i X"
                             r"det\s+som\s+kommer\s+(?:fram|upp)|"
                             r"det\s+som\s+(?:framkommer|tas\s+upp|lyfts))\s+(?:från\s+(?P<source>[\wåäö-]+)|där|därifrån)|"
                             r"(?:synpunkterna|förslagen)(?=\s+(?:tas|förs|lämnas|går))|"  # the ones just told of
                             # "Det som kommer fram tas om hand av X" after sentences about a meeting: what comes up
                             # there
                             r"det\s+som\s+(?:kommer\s+(?:fram|upp)|framkommer)(?=\s+(?:tas|förs|lämnas|går)\s)|"
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
# "… ett rådgivande organ där förtroendevalda och föreningslivet träffar lokalpolisområdeschefen": both sides meet
WHERE_MEET = re.compile(r"(?i)\bdär\s+(?P<a>[^.;]{1,200}?)\s+(?:möter|träffar)\s+(?P<b>[^.;]{1,200}?)(?=[.;]|$)")
# a time of day in brackets after a name ("(kl. 09.00–11.00)", "(13.00–15.00, Nyby bibliotek)"): when and where
MEETING_TIME = re.compile(r"\s*\((?:kl\.?\s*)?\d{1,2}[.:]\d{2}[^()]*\)")
HEADING_SHORT = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<short>[A-ZÅÄÖ]{2,6})\)\s*$")
NAMED_SHORT = re.compile(r"\s*\(([A-ZÅÄÖ]{2,6})\)")
# a group's initials in apposition after it, before a stop or a dash ("den taktiska gruppen, TG – bereder …")
INITIALS_AFTER = re.compile(r",\s*(?P<short>[A-ZÅÄÖ](?:[A-ZÅÄÖ]|[a-zåäö](?=[A-ZÅÄÖ])){1,5})(?=\s*(?:[.;–—]|\s-\s|$)|"
                            r"\s+(?:kallar|kallas)\s+(?:vi|man|den|det)\b)")  # "operativa gruppen, OG kallar vi den"
# initials, also with a small letter inside ("OpG"); not its genitive: "LG:s möten förbereds av …"
ABBREVIATION = re.compile(r"([A-ZÅÄÖ](?:[A-ZÅÄÖ]|[a-zåäö](?=[A-ZÅÄÖ])){1,5})\b(?!:s\b)")
# a group set up by the sentence that names it ("Parterna inrättar en styrgrupp för X, …"): X is part of its name
SET_UP_BEFORE = re.compile(r"(?i)\b(?:inrätta\w*|bilda\w*|tillsätt\w*|tillsatt\w*|skapa\w*)\s+(?:\w+\s+){0,2}?"
                           r"(?:en|ett)\s+(?:[\wåäö-]+\s+)?$")
PLACE_COMPLEMENT = re.compile(r"(?:för|i)\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:och|samt)\s+[A-ZÅÄÖ][\wåäö-]+)?")
RELATIVE = re.compile(r"\s*,?\s*(?:som|där|i\s+vilke[nt])\s+(?!en\b|ett\b)")  # "…, i vilken ingår A"
GENITIVE_WORD = re.compile(r"(?i)\b[\wåäö-]+(?:ens|ets|ernas|arnas)\s+(?=\w)")  # "fältgruppens arbetsledare"
GENITIVE = re.compile(r"(?i)(?:ens|ets|ernas|arnas|s)$")
# a definite noun's genitive, the owner a unit's name opens with ("socialtjänstens fältgrupp")
GENITIVE_WORD = re.compile(r"(?i)[a-zåäö-]{3,}(?:ens|ets|ernas|arnas|ornas)")
INTRANSITIVE = {"arbetar", "jobbar", "verkar", "sitter", "möts", "träffas", "samlas", "ses", "sammanträder", "står",
                "ligger", "återfinns"}  # verbs that take no object: the group after them is their subject
# the members a group had under the earlier agreement: "I gruppen ingick tidigare A och B", "deltog förut"
PAST_MEMBERS = re.compile(r"(?i)\b(?P<verb>ingick|deltog|satt)\s+"
                          r"(?:tidigare|förut|hittills|under\s+förra\s+perioden)\b")
PRESENT_OF = {"ingick": "ingår", "deltog": "deltar", "satt": "sitter"}
# a member exchanged for another, not for a meeting ("vid förfall"): "ersätts A av B", "B ersätter A"
SWAPPED = re.compile(r"(?i)\bersätts\s+(?P<old>[^.;]+?)\s+av\s+(?P<new>[^.;]+)|"
                     r"^(?:från\s+\S+\s+)?(?P<new2>[^.;]+?)\s+ersätter\s+(?P<old2>[^.;]+)")
WHEN_AWAY = re.compile(r"(?i)\bvid\s+(?:förfall|frånvaro|sjukdom|semester)\b")
# a member added, after its verb: "Dessutom tillkommer A", "Till gruppen läggs till B"
JOINS = re.compile(r"(?i)\b(?:tillkommer|läggs\s+till)\s+(?P<list>(?-i:[a-zåäö])[^.;]+)")
# "… och att fritidschefen samtidigt lämnar gruppen", "A utgår ur styrgruppen": who is a member no more
LEAVES = re.compile(r"(?i)(?:^|\b(?:att|och|samt)\s+|[,;]\s*)(?P<who>[\wåäö-]+(?:\s+[\wåäö-]+){0,2}?)\s+"
                    r"(?:samtidigt\s+|därmed\s+|också\s+)?(?:lämnar|utgår\s+ur|går\s+ur|avgår\s+ur)\s+"
                    r"(?:gruppen|rådet|teamet|den|det|[\wåäö-]*(?:gruppen|rådet))\b")
AUXILIARY = {"har", "hade"}
# an adverb or two, then a supine ("hittills bestått", "tidigare haft", "sammanträtt"): the perfect's verb
SUPINE_AFTER = re.compile(r"(?i)(?:\s+(?:hittills|tidigare|sedan\s+\d{4}|alltid|också|även|redan|länge))*"
                          r"\s+[a-zåäö]{3,}(?:tt|at|it|ts|ats|its)\b")
RECOMMENDS = re.compile(r"(?i)\b(?:rekommenderar|rekommenderas|rekommendationen\s+är)\s+(?:[\wåäö-]+\s+){0,3}?att\b")
COUNTS = {"två", "tre", "fyra", "fem", "sex", "sju", "åtta", "flera", "många"}
THEN_ON = re.compile(r"(?i)^(?:därefter|sedan|sen|slutligen|vidare)\s")  # a further step of what is handed on
POSSESSIVES = {"sin", "sitt", "sina", "dess", "deras", "egna"}
NAMING_VERBS = {"heter", "kallas", "benämns"}
# the group after them is the topic
EXISTENTIAL = {"finns", "inrättas", "bildas", "tillsätts", "utgör", "bildar", "utgjort", "bildat"}
ADVERBS = {"varje", "därefter", "sedan", "dessutom", "också", "även", "därför", "då", "nu", "årligen", "normalt",
           "vanligtvis", "minst", "två", "tre", "fyra", "en", "ett", "efter", "före", "när", "som", "där", "vid"}
LINE_PREPOSITIONS = {"om", "för", "i", "av", "till", "med", "på", "inom", "från", "mot", "att", "och", "efter", "under"}
MORE_ADVERBS = {"direkt", "igen", "ibland", "alltid", "ofta", "här", "dit", "hit", "tillsammans", "framöver",
                "också", "snart", "genast", "senare", "tidigare", "själv", "själva"}
INTERROGATIVES = {"vad", "vem", "vilken", "vilket", "vilka", "hur", "när", "var", "varför", "vart"}
# a field that names no one: "Ingen – ansvaret delas", "Saknas", "–"
NO_ONE = re.compile(r"(?i)^\s*(?:(?:ingen|inget|saknas)\b|[–—-]\s*$)")
NONE_OF = {"någon", "något", "några", "ingen", "inget", "inga"}
DETERMINERS = {"", "den", "det", "de", "denna", "detta", "dessa", "varje"}
# words before a group that leave it the subject: "Det gör styrgruppen", "De två samordnarna träffas …"
OPENERS = DETERMINERS | {"det gör", "så gör", "det är", "de två", "de tre", "de fyra", "de båda"} \
    | {f"{p} {v}" for p in ("de", "den", "det", "dessa") for v in ("heter", "kallas")} \
    | {f"vi kallar {p}" for p in ("dem", "den", "det")}  # "De heter Ledningsgruppen": a name given to them
# "Båda arbetsgrupperna", "Samtliga nätverken": every group of that word, as the subject (folded text)
# "varje lokal grupp", "de lokala grupperna", "alla lokala grupper": each group the same words introduced
EACH_KIND = re.compile(r"(?i)\b(?:de|alla|samtliga|varje|var\s+och\s+en\s+av\s+de)\s+(?P<adj>[a-zåäö]{3,}?)a?\s+"
                       r"(?P<word>grupp|nätverk|team|råd|forum)(?:erna|er|en|et|na)?\b")
EACH_OF = re.compile(r"(?:bada|bagge|alla|samtliga|de\s+(?:tva|tre|fyra))\s+(?P<word>[a-z-]{3,40}?(?:grupp|natverk|"
                     r"forum|rad|team))(?:erna|en|na)\b")
# ", och gruppen …": a main clause of its own about the group the sentence is about
GROUP_CLAUSE = re.compile(r",\s+(?:och|men)\s+(?=(?:gruppen|rådet|nätverket|forumet|teamet)\s+\S)")
AND_CLAUSE = re.compile(r",\s+(?:och|men)\s+(?=\S)")  # ", och X …": a main clause if X is a group and a verb follows
MADE_OF = re.compile(r"(?i),?\s+(?:bestående|sammansatt|sammansatta)\s+av\s")  # a group and its members after it
ADVERB_FIRST = re.compile(r"(?i)^(?:också|även|dessutom|därtill)\s+")  # "förbereder också styrgruppens möten"
OFFICE_OF_GROUP = re.compile(r"(?i)(?:dess|[\wåäö-]*(?:gruppens|rådets|forumets|nätverkets|teamets))\s+ordförande")
ALL_MEMBERS = {"ledamoterna", "medlemmarna", "deltagarna"}  # "roterar mellan ledamöterna": all of them in turn
SENTENCE_GROUP_STOP = re.compile(r"(?i)^(?:består|ingår|deltar|träffas|möts|ska|är|leds|har|som|där|sammanträder|"
                                 r"rapporterar|återrapporterar|samt|kan|beslutar|bereder|ansvarar|lyfter|utgör|med|"
                                 r"samlas|hålls|sammankallas|får|bör|skall)$")
# "… behandlas av Ledningsgruppen för trygghet vid oktobermötet": the meeting at which, no part of the name
OCCASION_AFTER = re.compile(r"(?i)^(?:vid|på|under)\s+(?:sitt\s+|dess\s+|nästa\s+|det\s+|årets\s+)?"
                            r"(?:[a-zåäö]+\s+)?[a-zåäö]*(?:mötet|möte|sammanträdet|sammanträde|träffen|tillfället)\b")


@dataclass
class Group:
    key: str
    name: str
    span: Span
    weight: int  # how good the name is: table or heading 3, sentence subject 2, other mention 1
    fields: dict = field(default_factory=dict)
    spans: dict = field(default_factory=dict)
    excluded: bool = False  # the text puts it outside the agreement ("regleras inte av denna överenskommelse")
    named_by_heading: bool = False  # a heading with no group word ("EST"): kept only if the text bears it out
    of_people: bool = False  # named by a word for people ("ungdomsgruppen"): kept only if the text bears it out
    chair_titled: bool = False  # the chair was read from "ordförande", not from who leads
    chair_of_all: bool = False  # the chair goes round all its members ("roterar mellan ledamöterna"): none named
    function: bool = False  # the text says it is the samordningsfunktion ("X är kommunens samordningsfunktion")
    meets_before: str = ""  # the group before each of whose meetings it meets ("två veckor före varje möte i X")
    anonymous: bool = False  # "en tredje grupp, som …": kept only if the text names it later
    level_kind: str | None = None  # the kind the level it is described under gives it ("Nivå 1 – strategisk")
    prepares: bool = False  # it prepares another's meetings ("bereder ledningsgruppens möten")
    spelled: str = ""  # the words its initials stand for, by the document's key ("operativ ledningsgrupp")
    tenses: set = field(default_factory=set)  # "past", "present": how the sentences about it are told
    apposed: bool = False  # named by a name after its group word ("samverkansgruppen Trygga Nyby"): that word says
    # what kind it is, whatever its members
    met_in: bool = False  # people are said to meet in it ("möts A och B i Nattsamverkan"): what a body is for
    left: set = field(default_factory=set)  # members who leave it ("att fritidschefen lämnar gruppen")
    called: str = ""  # the group word a sentence says it is ("Nyby BRÅ är det lokala rådet"): "rådet" names it
    people_told: bool = False  # a bullet's name without a group word: kept only if its items say who is in it
    dated: list = field(default_factory=list)  # the spans of the dated meetings a plan lists under its name
    past: dict = field(default_factory=dict)  # the facts a sentence in the past tense gave it, by field
    earlier: list = field(default_factory=list)  # its members under the earlier agreement ("ingick tidigare A, B"),
    # its members now once the text names what changed
    informed: bool = False  # the text says only that it is told of the work ("X informeras om arbetet"): a body
    # the work is reported to, no group of the agreement unless it meets, is led or reports itself

    def has_word(self, head: str) -> bool:
        """Whether a bare group word ("rådet") names it: its name or the word it was said to be ends in it."""
        return any(p.endswith(fold(head)) for p in f"{self.key} {self.called}".split())
    serving: set = field(default_factory=set)  # members who serve it ("är rådets sekreterare"), no deciders
    answered: set = field(default_factory=set)  # the fields its own labelled fields gave ("Mötesfrekvens: …")
    tasked: list = field(default_factory=list)  # members a task's field named ("Uppdrag: samlar föreningar"),
    # until a field of its members names them

    def report_to(self, target: str, span: Span) -> None:
        """Adds a body it reports to, once; the words that say so widen its span either way."""
        reported = self.fields.get("reports_to", [])
        self.set("reports_to", reported if target in reported else [*reported, target], span, force=True)

    def set(self, key: str, value, span: Span, force: bool = False) -> None:
        if key in self.fields and not force:
            return
        if key == "members":
            value = [v for v in value if fold(v) not in ROLE_ONLY]
        if key == "chair" and fold(" ".join(value) if isinstance(value, list) else value) == fold(self.name):
            return  # "LG leder samverkan": the group leads the work, no one chairs it by that
        if value in ("", []):
            return
        self.fields[key] = value
        self.spans[key] = span
        self.span = self.span | span


@dataclass
class Mention:
    key: str
    name: str
    head: str  # the lemma of the group word ("styrgrupp")
    bare: bool  # only the head word, no name of its own ("gruppen")
    start: int
    end: int
    subject: bool
    of_people: bool = False  # "ungdomsgruppen" acting as a body: a group only if the text bears it out


# the facts a later sentence may state anew: who chairs, how often it meets, where it reports
RESTATED = ("chair", "frequency_per_year", "reports_to")


def _set_aside_past(g: Group) -> dict:
    """The facts of g that a sentence in the past tense gave and none has changed since, taken out of its fields
    (value and span), so that a sentence in the present may state them anew."""
    out = {}
    for key, value in list(g.past.items()):
        if g.fields.get(key) == value:
            out[key] = (g.fields.pop(key), g.spans.pop(key, g.span))
        else:
            del g.past[key]  # changed since: no longer the past's
    return out


def _views_of_group(text: str) -> bool:
    """Whether a sentence hands on what a named group brought forth ("Synpunkter från rådet förs vidare till X"):
    about that group, though it is no subject."""
    return (m := VIEWS_HANDED_ON.match(text)) is not None and bool(m.group("source")) \
        and any(x.start == 0 and not x.bare for x in mentions(text[m.start("source"):], True))


def _of_heading(text: str, first: Mention, heading: Group) -> bool:
    """Whether a sentence's subject is a word for the kind of the heading's group: "6. Brommas
    grannsamverkansnätverk" … "ett nätverk där …", "Nätverket …"; "Sommargruppen X" … "En säsongsgrupp som …"."""
    if (_indefinite(text, first) or first.key == fold(first.head)) \
            and any(p.endswith(fold(first.head)) for p in heading.key.split()):
        return True
    return first.start <= 4 and _indefinite(text, first) and (base := _base_word(first.head)) is not None \
        and any(p.endswith(base) for p in heading.key.split())


def _base_word(head: str) -> str | None:
    """The plain group word a compound ends in ("säsongsgrupp" → "grupp", "trygghetsråd" → "rad"), or None."""
    return next((w for w in ("grupp", "natverk", "forum", "team", "rad") if fold(head).endswith(w)), None)


def _no_group_word(word: str, after: str) -> bool:
    """"områden", "vindsförråd", "brådska": no group word; nor "beredningen av ärenden", the work of preparing
    something, no body."""
    return fold(word).endswith(("omrad", "forrad", "brad", "kommunalrad", "oppositionsrad", "regionrad")) \
        or word.islower() and bool(re.search(r"ning(?:en)?$", fold(word))) and bool(re.match(r"\s+av\s", after))


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
        if len(before) > len(adjectives) and before[-len(adjectives) - 1].casefold() in NONE_OF:
            continue  # "att inte inrätta någon taktisk grupp": no group
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


# a question heading that asks what stands in some relation to a group ("Under ledningsgruppen?", "Och ovanför
# styrgruppen?"): about another group than the one it names
RELATIVE_QUESTION = re.compile(r"(?i)^(?:och\s+)?(?:under|ovanför|över|bredvid|utöver|förutom|efter)\s+[^?]{3,60}\?$")
# a party's commitment to put people in a group (read by `GroupReader.read_commitments`)
_GROUP_WORDS = r"[^,.;()]+?"
COMMITMENTS = [
    re.compile(r"(?i)\b(?:delta|ingå|medverka|sitta)\s+i\s+(?P<group>" + _GROUP_WORDS + r")\s+genom\s+"
               r"(?P<who>[^,.;]+)"),
    re.compile(r"(?i)\blåta\s+(?P<who>[^,.;]+?)\s+leda\s+(?P<group>" + _GROUP_WORDS + r")\s*(?P<chairs>)"
               r"(?=[,.;]|$|\s+som\s)"),  # "låta kommunpolisen leda den kvällssamverkan som …"
    re.compile(r"(?i)\blåta\s+(?P<who>[^,.;]+?)\s+(?:ingå|delta|medverka|sitta|arbeta)\s+i\s+(?P<group>"
               + _GROUP_WORDS + r")(?:\s+och\s+(?P<lead>leda)\s+(?:det|den|dem|gruppen|teamet)\s+tillsammans\s+med\s+"
               r"(?P<co>[^,.;]+))?"
               r"\s*(?=[,.;]|$)"),
    re.compile(r"(?i)\b(?:avsätta|avdela|bidra\s+med)\s+(?P<who>[^.;:]+?)\s+till\s+(?P<group>" + _GROUP_WORDS +
               r")\s*(?=[,.;]|$)"),
    re.compile(r"(?i)\butse\s+(?P<who>[^,.;]+?),?\s+som\s+(?:också\s+|även\s+)?är\s+(?P<chairs>sammankallande|"
               r"ordförande)\s+(?:i|för)\s+(?P<group>" + _GROUP_WORDS + r")\s*(?=[,.;]|$)"),
    re.compile(r"(?i)\btill\s+(?P<group>" + _GROUP_WORDS + r")\s+(?:avsätta|avdela|utse)\s*:?$"),
    re.compile(r"(?i)\bbemanna\s+(?P<group>" + _GROUP_WORDS + r")\s+med\s*:?$"),
    re.compile(r"(?i)\bbjuda\s+in\s+(?P<who>[^.;:]+?)\s+till\s+(?P<group>" + _GROUP_WORDS + r")\s*(?=[,.;]|$)"),
    re.compile(r"(?i)\b(?:sekretariat|föredragande|sekreterare)\s+(?:för|i)\s+(?P<group>" + _GROUP_WORDS +
               r")\s*(?:\([^)]*\))?\s*,\s*där\s+(?P<where>[^.;]+)"),
]


# a fragment that says what a group is before what more it says of it: "stadsdelens brottsförebyggande råd, öppet
# för A och B"; "ett nätverk"
APPOSED_KIND = re.compile(r"^(?P<what>(?:en|ett|[a-zåäö-]+s)\s+(?:[a-zåäö-]+\s+){0,2}[a-zåäö-]+)"
                          r"\s*(?:,\s*(?P<rest>.+))?$")
APPOSED = re.compile(r",\s*(?P<name>[A-ZÅÄÖ][^,.;()]*?)\s*(?=[,.;]|$)")  # a name after a comma
# "(låta|att) X vara/är (dess) ordförande|sammankallande|sekreterare (i G | där)": a role in a group committed to
ROLE_IN_GROUP = re.compile(r"(?i)\b(?:låta|att)\s+(?P<who>[\wåäö-]+(?:\s+[\wåäö-]+){0,3}?)\s+(?:vara|är|bli|blir)\s+"
                           r"(?:dess\s+)?(?P<role>ordförande|sammankallande|sekreterare|föredragande)"
                           r"(?:\s+(?:i|för)\s+(?P<group>[^,.;()]+?)|\s+där)?\s*(?=[,.;]|$|\s(?:och|samt)\s)")


INVITED_TO_JOIN = re.compile(r"(?i)\bbjuda\s+in\s+(?P<who>[^,.;]{2,80}?)\s+att\s+(?:delta|medverka|vara\s+med)\b")
LED_BY_RELATIVE = re.compile(r"(?i)\b(?:till|i)\s+(?P<group>(?:(?!\s(?:till|i)\s)[^,.;()]){1,80}?),\s+som\s+"
                             r"(?P<who>[\wåäö-]+(?:\s+[\wåäö-]+){0,3}?)\s+(?:leder|sammankallar)\b")


# what a sentence of a role's entry says of the role it is about, its subject left out ("Ingår i styrgruppen",
# "Leder samordningsgruppen och är föredragande i styrgruppen", "Sitter med i X när …")
ROLE_ENTRY = re.compile(r"(?i)(?:^|\s(?:och|samt)\s+|,\s*)(?:(?:också|även)\s+)?"
                        r"(?:(?P<chairs>(?:är|blir)\s+(?:ordförande|sammankallande)\s+(?:i|för)|leder|sammankallar)|"
                        r"(?:är|blir)\s+(?:med|ledamot|föredragande|sekreterare|adjungerad)\s+i|"
                        r"(?:sitter|ingår|deltar|medverkar)(?:\s+(?:också|även|med))?\s+i)"
                        r"\s+(?P<group>(?:(?!\s(?:och|samt)\s+(?:är|blir|leder|sammankallar|sitter|ingår|deltar|"
                        r"medverkar|för|ansvarar|har)\b)[^,.;])+)")


ROLE_SUBJECT = re.compile(r"(?i)^(?:(?:en|ett)\s+av\s+)?(?P<who>[\wåäö-]+)\s+(?=\S)")  # "En av fältsekreterarna"


def _function_heading(heading: str) -> str | None:
    """The function a heading names ("Kommunpolisen", "Fältsekreterarna", "Enhetschefen för X"), as a member;
    None for a heading of anything else (a group, a section)."""
    words = heading.split()
    head = next((w for i, w in enumerate(words) if i + 1 == len(words) or words[i + 1] in ("för", "på", "inom", "i",
                                                                                       "vid", "från")), "")
    if not words or not words[0][:1].isupper() or mentions(heading) or len(words) > 8 \
            or not PERSON.search(lemma(head.rstrip(",:"))):
        return None  # "Kultur- och fritidschefen", "Fastighetschefen på Nybyhem": the word before its seat
    return member(heading[:1].lower() + heading[1:])


def _sub_items(units: list[Unit], k: int) -> list[str]:
    """The items of the list under item k (indented under it)."""
    out = []
    for unit in units[k + 1:]:
        if unit.kind != "item" or unit.indent <= units[k].indent:
            break
        out.append(unit.text.strip(" ,.;"))
    return out


def _clause_subjects(clause: str) -> list[str]:
    """Who a "där" clause says takes part: the subject of each of its verbs ("där A är ledamot och B deltar")."""
    return [m.group("who") for m in re.finditer(r"(?i)(?:^|\s+och\s+)(?P<who>[\wåäö-]+(?:\s+[\wåäö-]+){0,3}?)\s+"
                                                r"(?:är|deltar|ingår|sitter|medverkar)\b", clause)]


def _unhedged(words: str) -> str:
    """Words without "vid behov" before them: who takes part when needed is a member too."""
    return re.sub(r"(?i)^\s*(?:vid\s+behov|även|också)\s+", "", words or "").strip(" ,.;")


def _owner(text: str, named: list[Mention]) -> Mention | None:
    """The group whose role or meetings a sentence opens with ("Styrgruppens ordförande är …"), unless it says
    who prepares them ("Rådets möten förbereds av samordningsgruppen, som …": about that group)."""
    owner = next((m for m in named if m.start == 0 and GENITIVE.search(text[m.start:m.end])
                  and OWNED_ROLE.match(text, m.end)), None)
    if owner is not None and (prepared := PREPARES.match(text)) and prepared.group("passive"):
        return None
    return owner


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
    if words[0] in ("för", "mot") and any(w.casefold() in INTERROGATIVES | {"att"} for w in words[2:]):
        return []  # "berättar Ledningsgruppen för kommunstyrelsen hur det går": the verb's, not the name's
    if words[0] == "för" and len(words) > 1 and (words[1].casefold() in POSSESSIVES or words[1] == "vidare"):
        return []  # "Nätverket för sina iakttagelser vidare", "för vidare det …": the verb "föra", no name
    if words[0] == "för" and any(w.casefold().startswith("räkning") for w in words[2:4]):
        return []  # "deltar i forumet för polisens räkning": on whose behalf, no part of the name
    kept: list[str] = []
    for i, w in enumerate(words):
        if i and (SENTENCE_GROUP_STOP.match(w) or i > 1 and _finite(w)
                  or OCCASION_AFTER.match(" ".join(words[i:]))) or len(kept) >= 5:
            break
        kept.append(w)
    owned = bool(adjectives) and adjectives[0][:1].isupper() and adjectives[0].endswith("s")  # "Brommas"
    definite = (m.group("ending") or "") in ("en", "et") or owned
    at_start = not text[:m.start()].strip() or len(before) <= len(adjectives)
    if kept and ANAPHOR.match(kept[0]):
        return []  # "… samverkansgrupp Den strategiska …": the next sentence
    set_up = SET_UP_BEFORE.search(text[:m.start()]) and len(kept) == len(complement.group("c").split()) <= 4 \
        and text[m.end() + complement.end():].startswith(",")  # "inrättas en arbetsgrupp för X, i vilken …"
    if len(kept) == 1 and kept[0][:1].isupper() and (more := THEME_AND.match(text[m.end():], 0)) is not None \
            and more.group("name") == kept[0] and _indefinite_noun(more.group("w")) \
            and (not more.group("v") or _finite(more.group("v")) or _past(more.group("v"))):
        kept += ["och", more.group("w")]  # "Arbetsgruppen Unga och droger sammanträdde …": a theme of two nouns
    elif len(kept) == 1 and kept[0][:1].isupper() and (more := NAME_GOES_ON.match(text[m.end():])) is not None \
            and more.group("name") == kept[0] and (_finite(more.group("v")) or _past(more.group("v"))) \
            and not (_finite(w := more.group("w")) or _past(w) or w in ADVERBS | MORE_ADVERBS | LINK_WORDS
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
    if _finite(w) or SENTENCE_GROUP_STOP.match(w) or w in ADVERBS | MORE_ADVERBS | LINE_PREPOSITIONS \
            or ADVERB_FORM.search(w) or tail.group("next") and not _finite(tail.group("next")):
        return []
    return [w]


LINK_WORDS = {"och", "samt", "men", "eller", "som", "där", "att", "för", "med", "till", "från", "utan", "när", "hos"}
NAME_GOES_ON = re.compile(r"\s+(?P<name>[A-ZÅÄÖ][\wåäö-]+)\s+(?P<w>[a-zåäö]{3,})\s+(?P<v>[a-zåäö]+)\b")
THEME_AND = re.compile(r"\s+(?P<name>[A-ZÅÄÖ][\wåäö-]+)\s+och\s+(?P<w>[a-zåäö]{3,})"
                       r"(?:\s+(?P<v>[a-zåäö]+)|\s*[,.;:(]|$)")


def _indefinite_noun(word: str) -> bool:
    """A noun in its indefinite form ("droger", "trygghet"), not the definite form of a body ("polisen",
    "fältgruppen"), which would be a second subject."""
    return not (word.endswith(("en", "et", "na")) and lemma(word) != word) and not _finite(word)


# an aside that a fact holds on from the earlier agreement: "som tidigare", ", liksom förut,", "fortsatt"
STILL = re.compile(r"(?i)\s*,?\s*\b(?:(?:som|liksom)\s+(?:tidigare|förut|hittills)|"
                   r"(?:(?<=\bär\s)|(?<=\bingår\s)|(?<=\bdeltar\s)|(?<=\bsitter\s)|(?<=\bmedverkar\s))(?:fortsatt|"
                   r"fortfarande|alltjämt))\b\s*,?(?=\s+(?P<next>[\wåäö-]+))")  # "A ingår fortsatt i gruppen"


def _without_still(text: str) -> str:
    """A sentence without its asides that a fact holds on ("Styrgruppen består, som tidigare, av A", "A är fortsatt
    ordförande"); "som tidigare" before a verb is a relative clause of its own ("den grupp som tidigare hette X")."""
    return STILL.sub(lambda m: m.group(0) if _finite(m.group("next")) or preterite(m.group("next")) else "", text)


def _past(word: str) -> bool:
    """Whether a word is a verb in the past tense ("sammanträdde", "träffades", "leddes")."""
    w = word.casefold()
    return w.endswith(("de", "te", "des", "tes")) and lemma(w) != w and lemma(w).endswith("a")


PLURAL_WORD = re.compile(r"(?i)[\wåäö-]*(?:grupperna|nätverken|teamen|forumen)")  # "Arbetsgrupperna"
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
    if after is None or _finite(after.group("w")) or SENTENCE_GROUP_STOP.match(after.group("w")) \
            or after.group("w") in ADVERBS | MORE_ADVERBS or ADVERB_FORM.search(after.group("w")) \
            or after.group("w") == lemma(after.group("w")) + "t" \
            or after.group("verb") and not _finite(after.group("verb")):
        return []
    return [after.group("w")]


def _heading_theme(m: re.Match, text: str) -> list[str] | None:
    """A heading that is the group word and a theme of two lower-case nouns ("Arbetsgrupp skola och fritid"): the
    theme is the name's, the heading having nothing else."""
    theme = re.fullmatch(r"\s+([a-zåäö]{3,})\s+och\s+([a-zåäö]{3,})\s*", text[m.end():])
    if theme is None or text[:m.start()].strip() \
            or any(_finite(w) or _past(w) or w in ADVERBS | MORE_ADVERBS for w in theme.groups()):
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
        or w[:1].isupper() and w.isalpha() and not adjectives and (at > 0 or not _common(w) and not _present(w)) \
        or w[:1].isupper() and w.isalpha() and w.endswith("s") and bool(adjectives) and at > 0  # a place's
    # genitive inside a sentence, before its adjectives: "… hos Nybys brottsförebyggande råd"


def _present(word: str) -> bool:
    """A verb in the present tense, its infinitive's stem and ending plain ("Bereder" of "bereda", "Planerar");
    not a place that only looks like one ("Hagfors")."""
    low, base = word.casefold(), lemma(word.casefold())
    return base.endswith("a") and low in (base[:-1] + "er", base + "r") and _finite(word)


def _people_only(text: str, m: re.Match) -> bool:
    """Whether a word that may name people names them here: it acts as no body and is no name written with a
    capital inside a sentence ("Ja, Ungdomsgruppen.")."""
    return not _acts_as_body(text, m.start(), m.end()) and not (m.start() and m.group("word")[:1].isupper())


def _acts_as_body(text: str, start: int, end: int) -> bool:
    """Whether a word that may name people ("ungdomsgruppen") names a body here: what it does is what a body does
    ("Ungdomsgruppen består av …", "träffas"), or members are placed in it ("I ungdomsgruppen ingår …")."""
    after = text[end:]
    if ACTS_AS_BODY.match(after):
        return True
    words = after.split()
    return bool(FRONTED_IN.search(text[:start])) and bool(words) and _finite(words[0])


# a heading of a section about an activity ("Beredning", "Återrapportering") or the priorities, never a name
SECTION_WORDS = re.compile(r"(?i)^[a-zåäö]+(?:ning|ering|else)$|^prioriter")
# "TILLÄGG 1", "Bilaga 2", "Ändringar i avsnitt 4": a part of the document or a change to it, no group's name
DOCUMENT_PART = re.compile(r"(?i)^(?:tillägg|bilaga|bilagor|avsnitt|kapitel|appendix|ändring(?:ar)?|protokoll)"
                           r"(?:\s+(?:nr\.?\s*)?\d{1,2}|\s+[A-Z]|\s+(?:av|i|till)\b.*)?$")


def _common_heading(words: list[str]) -> bool:
    """A heading of an ordinary section ("Uppföljning", "Samverkan och ansvar"): its first word is a common
    lower-case word of the language, or it is a question or a numbered part."""
    first = words[0]
    return first.isalpha() and first[1:].islower() and _common(first) or words[-1].endswith("?") \
        or not first[:1].isalpha() \
        or bool(SECTION_WORDS.match(" ".join(words)) or DOCUMENT_PART.match(" ".join(words)))


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
    if len(before) < 2 or not _finite(before[-1]) or before[-1].casefold() in EXISTENTIAL | NAMING_VERBS \
            or before[-1].casefold() in INTRANSITIVE:
        return False  # "De heter Ledningsgruppen": the name of the subject, no object; "Närmast verksamheten
        # arbetar Ungdomsteamet": a verb that takes no object, its subject after it
    if len(before) == 2 and before[0].casefold() in {"det", "så"} and before[1].casefold() in {"gör", "är"}:
        return False  # "Vem leder arbetet? Det gör styrgruppen.": the proform stands for the verb, the group acts
    return before[0].casefold() not in NON_SUBJECT | ADVERBS | FRONTING and not before[0][:1].isdigit() \
        and not (len(before) == 2 and ADVERB_FORM.search(before[0]))


def _listed_object(before: list[str]) -> bool:
    """Whether the words before a list's "och" end on the list's first items after a transitive verb or a
    preposition ("A möter kommunpolisen och …", "består av A och …"): the list is an object, no subject."""
    for i in range(len(before) - 1, max(-1, len(before) - 8), -1):
        word = before[i].casefold().strip(",")
        if word in NON_SUBJECT:
            return True
        if _finite(word):
            return _object(before[:i + 1])
    return False


# a sentence's first word that opens a fronted adverbial, after which the verb comes before its subject ("I centrum
# arbetar Arbetsgruppen C", "Ute i Nyby, där …, får den lokala gruppen …": V2)
FRONTING = {"i", "ute", "inne", "nere", "uppe", "borta", "på", "under", "efter", "från", "vid", "inom", "hos", "där",
            "här", "nu", "sedan", "numera", "framöver", "över", "utöver", "bredvid"}


# a word an adverb by its form: a superlative ("Ytterst", "Främst", "Senast"), "-vis", "-ligen", "-ligtvis"
ADVERB_FORM = re.compile(r"(?i)^[a-zåäö]{2,}(?:ast|rst|mst|vis|ligen|igtvis)$")


PLACED_BODY = re.compile(r"(?P<body>(?:[a-zåäö]+-\s+(?:och|samt)\s+)?[a-zåäö]+(?:en|et|na))\s+i\s+"
                         r"(?:(?:Region|Polisregion)\s+)?[A-ZÅÄÖ][\w-]*(?:\s+(?:kommun|stad|län))?|"
                         r"(?P<each>(?:[a-zåäö]+-\s+(?:och|samt)\s+)?[a-zåäö]+(?:en|et|na))\s+i\s+(?:respektive|varje)\s+"
                         r"(?:kommun|stadsdel|region|område)")  # "socialnämnden i respektive kommun": each its own


def _body(words: str) -> str:
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


def _common(word: str) -> bool:
    from samverkan.extract.vocabulary import dictionary

    return dictionary().get(word.casefold(), 0) >= 3.5 or word.casefold() in NON_SUBJECT


def _introduced(before: list[str]) -> bool:
    """"finns en X", "inrättas en X", "att leda en X"; a cleft sentence's "är det en X som …" / "Det är en X som …"."""
    return len(before) >= 2 and before[-2].casefold() in {"finns", "inrättas", "bildas", "har", "tillsätts", "inrätta",
                                                          "bilda", "tillsätta", "leda"} \
        or [w.casefold() for w in before[-3:-1]] in (["är", "det"], ["det", "är"])


class GroupReader:
    def __init__(self, doc: Document):
        self.doc = doc
        self.groups: dict[str, Group] = {}
        self.topic: Group | None = None
        self.header: list[str] | None = None  # the column names of the table being read
        self.columns: list[Group] = []  # the groups of a table that has one group per column
        self.table_heading = ""
        self.plain: list[str] | None = None  # the column names of a table of other things (activities)
        self.abbreviations: dict[str, Group] = {}  # "LG" for "Ledningsgruppen (LG)"
        self.left_out: set[int] = set()  # the items of a list whose lead puts them outside the agreement
        self.minutes_of: Group | None = None  # the body whose minutes these are: its "§ n" items are about it
        self.told: Group | None = None  # the group the last sentence read was about
        self.level: str | None = None  # the kind of the level whose groups are being described
        self.expansions: dict[str, str] = {}  # the document's own key to its short forms ("rapp. = rapporterar till")
        self.instances: dict[int, tuple[Group, list[str], Span]] = {}  # one group per place ("LSG Ronneby", …)
        self.last_row: Group | None = None  # the group of the last row of a table read
        self.months = False  # the table being read is a year's wheel: a row a group, a column a month
        self.key: dict[str, str] | None = None  # the document's key to its short forms ("KP  kommunpolis")
        self.legend: dict[str, str] | None = None  # a participation matrix's marks ("O = ordförande") → their roles
        self.each: tuple[list[Group], Unit] | None = None  # the groups the last sentence was read for each of
        self.people: dict[str, int] | None = None  # a table of people's columns: function, groups they sit in, remark
        self.coordinated_by: list[str] = []  # "Det dagliga arbetet samordnas av A och B": the next "samordnarna"
        self.said_before = ""  # the sentence before the one being read ("A och B ansvarar …. De bildar X.")
        self.paragraph: list[Unit] = []  # the sentences of the paragraph being read, up to the one being read
        self.after_lone = False  # the unit being read follows a paragraph of one sentence in the same section
        self.member_lines: set[int] = set()  # the units read as one member a line under a group's heading
        self.renamed: dict[str, Group] = {}  # the word a group was introduced by, for the name it was then given
        self.named_before: dict[str, Mention] = {}  # the names met in any role ("ersätts av Platsgruppen Norr")
        self.nest: tuple[Group, int] | None = None  # the group whose item the items indented under it tell of
        self.outside_section = ""  # the heading of a section that a sentence put outside the agreement

    def group(self, m: Mention, span: Span, weight: int) -> Group:
        named = next((g for g in self.groups.values() if g.named_by_heading and m.key.startswith((g.key + "-",
                                                                                                 g.key + " "))), None)
        if named is not None:
            return named  # "EST-mötet" under the heading "EST": the heading's group
        found = self.groups.get(m.key)
        if found is None and m.key in self.renamed:
            return self.renamed[m.key]  # the name it was given stays
        alias = found is None
        if found is None:
            shorter = [g for g in self.groups.values() if m.key.startswith(g.key + " ")
                       and (g.weight < 3 or " " not in g.name and m.name[:1].isupper())
                       or g.weight == 1 and g.key == fold(m.head) and g.key in m.key.split()[1:]]  # "styrgruppen"
            # in passing, then "Den lokala styrgruppen för trygghet leder …": one group
            if len(shorter) == 1:  # "Styrgruppen" met first, "styrgruppen för samverkan" later: one group
                found = shorter[0]
                del self.groups[found.key]
                found.key, found.name = m.key, m.name
                self.groups[m.key] = found
                return found
        found = found or self._alias(m) or self._heading_word_for(m)
        if found is not None and found.excluded and alias and m.key == m.head:  # "Styrgruppen" after "en central
            # styrgrupp" put outside: by its word alone, the agreement's own group of that word, or a new one
            found = next((x for x in reversed(list(self.groups.values())) if not x.excluded and x.has_word(m.head)),
                         None)
        if found is None:
            m = self._fuller_before(m)
            found = Group(m.key, m.name, span, weight, of_people=m.of_people)
            self.groups[m.key] = found
            if fold(m.head) not in fold(m.name).replace(" ", "") and GROUP_WORD.fullmatch(m.head):
                found.spelled, found.apposed = m.head, True  # "samverkansgruppen Trygga Nyby": its word's kind
                found.set("kind", group_kind(m.head), span)
        elif alias and len(m.name) <= len(found.name) and not (
                weight > found.weight and found.name.split()[0].casefold() in DESCRIPTIVE):
            pass  # "styrgruppen" for "Styrgruppen för lokal samverkan" keeps the fuller name, "Centrumgruppen" as
            # the subject names "en särskild centrumgrupp" met before
        elif weight > found.weight or weight == found.weight and len(m.name) > len(found.name) and weight < 3:
            found.name, found.weight = m.name, weight
        return found

    def _fuller_before(self, m: Mention) -> Mention:
        """A group first told of by its word alone ("Platsgruppen leds av …") that a sentence before named in full
        in another role ("… ersätts av Platsgruppen Norr–Söder"): the one name met before that goes on from it."""
        if " " in m.name or not m.name[:1].isupper():
            return m
        fuller = [x for x in self.named_before.values() if x.key.startswith(m.key + " ")
                  and fold(x.name.split()[0]) == fold(m.name)]
        return fuller[0] if len(fuller) == 1 else m

    def _heading_word_for(self, m: Mention) -> Group | None:
        """The heading's group, named by one word for what it does ("Beredning"), that a sentence under it names
        by a compound of that word ("… inrätta en beredningsgrupp"): that group, by the compound."""
        t = self.topic
        if t is None or t.weight < 3 or " " in t.key or " " in m.key or m.key == t.key \
                or not m.key.startswith(t.key) or "members" in t.fields or self.groups.get(t.key) is not t:
            return None
        del self.groups[t.key]
        t.key, t.name = m.key, m.name
        self.groups[m.key] = t
        return t

    def _alias(self, m: Mention) -> Group | None:
        """"den taktiska gruppen" for "Taktisk samverkansgrupp"; "styrgruppen" for "Styrgrupp för samverkan"."""
        parts = m.key.split()
        for g in self._agreement_first():
            gparts = g.key.split()
            if m.bare:
                continue
            if parts == gparts[:len(parts)] or (2 <= len(parts) <= len(gparts) and parts[:-1] == gparts[:len(parts) - 1]
                                                and gparts[len(parts) - 1].endswith(parts[-1])):
                return g
            if len(parts) == 1 and any(p == parts[0] for p in gparts) and gparts.index(parts[0]) <= 1:
                return g
            if len(parts) >= 2 and parts == gparts[1:] and g.name[:1].isupper() and g.name.split()[0].endswith("s"):
                return g  # "brottsförebyggande rådet" for "Nybys brottsförebyggande råd": without the place
        initials = m.name.split("-")[0] if "-" in m.name else ""
        if len(initials) >= 2 and initials.isupper():  # "SSPF-gruppen" for "SSPF Nyby"
            named = [g for g in self.groups.values() if g.name.split()[0] == initials and g.key != m.key]
            if len(named) == 1:
                return named[0]
        if len(parts) == 1 and m.name.casefold().endswith(("en", "et")):
            # "Beredningen" after "Trygghetsberedningen": the definite last part of one group's compound
            ending = [g for g in self.groups.values()
                      if any(p.endswith(parts[0]) and len(p) > len(parts[0]) + 2 for p in g.key.split())]
            if len(ending) == 1:
                return ending[0]
            # "Arbetsgruppen" after "en arbetsgrupp för skolfrågorna, Skolsamverkan X": the group it was renamed to
            renamed = {id(g): g for old, g in self.renamed.items() if old.split()[0] == parts[0]
                       and self.groups.get(g.key) is g}
            if len(renamed) == 1:
                return next(iter(renamed.values()))
        return None

    def _agreement_first(self) -> list[Group]:
        """The groups, those of the agreement before those the text put outside it: "ledningsgruppen" after both
        "Polisområdets ledningsgrupp" (outside) and "Ledningsgruppen för trygghet" is the agreement's."""
        return sorted(self.groups.values(), key=lambda g: g.excluded)

    def _same(self, m: Mention, g: Group) -> bool:
        """Whether a mention names this group ("ett trygghetsforum" under the heading "Trygghetsforum")."""
        return m.key == g.key or self._alias(m) is g

    def by_bare(self, head: str, besides: frozenset[str] = frozenset()) -> Group | None:
        """The group a bare group word ("Gruppen", "Rådet") stands for: the topic, else the last group of that word;
        not one the same sentence names (`besides`: "Gruppen rapporterar till samordningsgruppen")."""
        if self.topic is not None and self.topic.has_word(head) and self.topic.key not in besides \
                or self.topic and not head:  # "Gruppen" for "Ledningsgrupp Trygg X"
            return self.topic
        if self.topic is not None and head == "grupp" and not GROUP_WORD.search(fold(self.topic.name)) \
                and self.topic.key not in besides:
            return self.topic  # "Gruppen" for "SSPF Nyby", whose name has no group word: any group is a grupp
        if besides and self.topic is not None and self.topic.named_by_heading and self.topic.key not in besides:
            return self.topic  # "Gruppen rapporterar till samordningsgruppen" under the heading "Skolsamverkan X"
        for g in reversed(list(self.groups.values())):
            if g.has_word(head) and not g.named_by_heading and g.key not in besides:
                return g
        return self.topic

    # --- reading ---------------------------------------------------------------------------------

    def read(self, units: list[Unit]) -> None:
        heading_group: Group | None = None
        previous: Unit | None = None
        self.header = None
        units = _described_rows(units)
        self.units = units
        self.read_keys(units)
        introduced = {id(item) for unit in units for item in unit.items}
        self.nest = None
        self.told_item: Unit | None = None  # the last item under no group's heading read as a sentence about one
        for k, unit in enumerate(units):
            if self.read_nest(units, k, introduced):
                continue
            if unit.kind == "heading":
                heading_group = self.minutes_item(unit, self.read_heading(unit))
                previous = None  # a sentence under a new heading goes on from no sentence before
                self.topic = heading_group  # a section about no group ends the one before
                self.header = self.plain = None
                continue
            if self.read_row_or_dates(heading_group, unit):
                continue
            if self.read_line_of_fields(unit):
                previous = unit
                continue
            if unit.kind == "sentence" and (defined := self.defined(unit)) is not None:
                heading_group, unit = defined  # "Styrgrupp – ansvarar för …": a heading in all but layout
                self.topic, previous = heading_group, None
            if unit.kind == "item" and (self.read_described_item(unit) or self.read_entry(unit)):
                continue  # "Skola–polis – … Samlas varje månad (rektorer, fältassistenter)."; "Beredningen –
                # samordnare (ordf.), kommunpolis; 10 ggr/år; rapp. Ledningsgruppen"
            if unit.kind in ("item", "sentence") and self.read_keyed(unit):
                previous = unit  # "- Ledningsgruppen: kommundirektören" under "Vem leder?"
                continue
            if unit.kind == "item" and id(unit) not in introduced and self.read_node(unit):
                continue  # "├── Samordningsgrupp (trygghetssamordnare, kommunpolis)": a branch of a chart
            if unit.kind == "item" and _opens_with_group(unit.text):  # "1. Ledningsgruppen, där A och B ingår."
                previous = self.read_group_item(unit, heading_group, previous)
                continue
            if unit.kind == "item" and id(unit) in introduced:
                continue  # read with the sentence that introduces the list
            if (block := self.read_block_name(unit)) is not None:
                heading_group = self.topic = block  # "Forum: Styrgrupp för trygghet" over "Deltagare: …": the
                previous = unit  # labelled lines after it are that group's
                continue
            adjacent = previous is not None and unit.span.start <= previous.span.end + 1
            labelled = heading_group or (self.topic if adjacent else None)
            if labelled is not None and self.read_labelled(labelled, unit):
                previous = unit
                continue
            previous = self.read_plain(unit, heading_group, previous)
        self.read_commitments(units)
        self.read_role_entries(units)
        self.read_instances(units)
        self.drop_unconfirmed()
        self.settle_members()
        self.settle_kinds()
        self.settle_plurals()
        self.settle_reports()
        self.settle_meetings()
        self.settle_chairs()
        self.spread_instances()

    def read_row_or_dates(self, heading_group: Group | None, unit: Unit) -> bool:
        """A row of a table, or a line of a meeting plan's dates under a group's name ("Styrgruppen" / "  onsdag
        11 februari" / …: one meeting each); whether the unit was either."""
        if unit.kind == "row":
            if not self.read_label_row(heading_group, unit):
                self.read_table_row(unit)
            return True
        if heading_group is None or unit.kind == "heading" or not (dates := frequency.plan_dates(unit.text)):
            return False
        heading_group.dated += [unit.span] * dates
        return True

    def read_block_name(self, unit: Unit) -> Group | None:
        """A labelled line that names a group ("Forum: Styrgrupp för trygghet", "Grupp: Trafiksamråd") where the
        same label opens two blocks or more under one heading: a block of labelled lines per group, each block's
        group the one its name line names (a heading over one such block names its group: give_name)."""
        if unit.kind != "sentence" or (named := LABEL.match(unit.text)) is None \
                or _col(label := fold(named.group("label"))) != "name":
            return None
        value = unit.text[named.end():].strip(" .")
        found = [m for m in mentions(value, True) if not m.bare and m.start == 0]
        if not found or len(value.split()) > 6:
            return None
        opened = sum(1 for u in self.units if u.kind in ("sentence", "heading") and u.heading == unit.heading
                     and (x := LABEL.match(u.text)) is not None and fold(x.group("label")) == label)
        if opened < 2:
            return None
        g = self.group(_whole(found[0], value), unit.span, 3)
        g.set("kind", group_kind(g.name), unit.span)
        return g

    def read_group_item(self, unit: Unit, heading_group: Group | None, previous: Unit | None) -> Unit:
        """A list item that opens with a group, sentence by sentence; after "Group: …" the item is the group's, so
        its sentences that name no group as their subject are about it ("Samordnarparet: A och B. Vi ses varje
        måndag.")."""
        told = None
        for part in SENTENCE_END.split(unit.text):
            sentence = Unit("sentence", part, unit.span, unit.heading)
            if told is not None and not any(m.subject and not m.bare for m in mentions(part)):
                self.read_sentence(told, sentence)
            else:
                self.read_prose(sentence, heading_group, previous)
            previous = unit
            if told is None and re.match(r"[^.:;]{3,60}:\s", unit.text):
                told = self.told
        return unit

    def read_plain(self, unit: Unit, heading_group: Group | None, previous: Unit | None) -> Unit | None:
        """An item or sentence no other reading took: the fields it gives; the unit the next goes on from."""
        if unit.kind == "item" and heading_group is None and self.item_told_of(unit, previous):
            for part in SENTENCE_END.split(unit.text):  # "a) Från 2026 träffas LSG …" under no group: a sentence
                self.read_prose(Unit("sentence", part, unit.span, unit.heading), None, previous)
                previous = unit
            self.told_item = unit
            return unit
        if unit.kind == "item":
            self.read_item(heading_group, unit)
            return previous
        if not self.read_bare_list(heading_group, unit, previous):
            self.read_prose(unit, heading_group, previous)
        return unit

    def item_told_of(self, unit: Unit, previous: Unit | None) -> bool:
        """Whether an item under no group's heading is a sentence about a group, whole: one it names as its subject
        ("a) Från 2026 träffas LSG var sjätte vecka"), or with a verb right under such an item ("b) Samordnaren
        övertar ordförandeskapet")."""
        if not unit.text[:1].isupper() or not any(_finite(w) for w in unit.text.split()[1:]):
            return False  # "– utse en samordnare, som …" under "Kommunen åtar sig att": the lead-in's clause
        if previous is not None and previous is self.told_item and previous.span.end + 1 == unit.span.start:
            return True
        short = ABBREVIATION.match(unit.text) or self._inverted_short(unit.text)
        return short is not None and short.group(1) in self.abbreviations \
            or any(m.subject and not m.bare for m in mentions(unit.text)) or _views_of_group(unit.text) \
            or self.shortened(unit.text) is not None

    def shortened(self, text: str) -> Group | None:
        """The group a sentence opens with by the first word of its longer name, a verb after it ("Kvällssamverkan
        lämnar …" for "Kvällssamverkan Centrum och Hamnen"): when that word starts no other group's name."""
        words = text.split(maxsplit=2)
        if len(words) < 2 or not words[0][:1].isupper() or len(words[0]) < 6 or not _finite(words[1]) \
                or any(m.start == 0 for m in mentions(text, True)):
            return None
        first = [g for g in self.groups.values() if g.weight >= 2 and " " in g.name
                 and fold(g.name.split()[0]) == fold(words[0])]
        return first[0] if len(first) == 1 else None

    def read_nest(self, units: list[Unit], k: int, introduced: set[int]) -> bool:
        """A group's item with items indented under it ("• Styrgrupp" / "  – A, B och C" / "  – fyra möten per
        år"), or one of those items: whether unit k was either."""
        unit = units[k]
        if self.nest is not None and unit.kind == "item" and unit.indent > self.nest[1]:
            self.read_nested(self.nest[0], unit)
            return True
        self.nest = None
        if unit.kind == "item" and id(unit) not in introduced and (parent := self.read_parent(units, k)):
            self.nest = (parent, unit.indent)
            return True
        return False

    def read_parent(self, units: list[Unit], k: int) -> Group | None:
        """An item that is only a group's name, with items indented under it that tell of the group in fragments
        ("• Styrgrupp" / "  – A (ordförande), B och C" / "  – redovisar till nämnden"): the group. A name without
        a group word ("• Trygghetsforum Nyby", "• Samordnarna") is a candidate, kept if the fragments bear it out."""
        unit = units[k]
        below = units[k + 1] if k + 1 < len(units) else None
        if below is None or below.kind != "item" or below.indent <= unit.indent or below.unmarked:
            return None
        name, listed = _parenthesised(unit.text.strip("*_ "))  # "*Samverkansgrupp X*": set in italics
        if re.search(r"[.,;:!?]", name) or not 1 <= len(name.split()) <= 4 or _finite(name.split()[-1]):
            return None
        found = [x for x in mentions(name, True) if not x.bare and x.start == 0]
        if found:
            g = self.group(_whole(found[0], name), unit.span, 3)
            g.set("kind", group_kind(g.name), unit.span)
        elif (g := self.heading_name(unit)) is None:
            return None
        else:
            g.people_told = True  # a name without a group word is a group only if the items say who is in it
        if listed:
            g.set("members", members(listed), unit.span)
        self.topic = self.told = g
        return g

    def read_nested(self, g: Group, unit: Unit) -> None:
        """An item indented under a group's name: a member list or a clause about the group, as under its heading;
        one that opens with what the group is ("stadsdelens trygghetsråd, öppet för A och B", "ett nätverk för
        A och B") says its kind where its name does not, and what follows the comma is read on."""
        said = APPOSED_KIND.match(unit.text)
        found = [m for m in mentions(said.group("what"), True) if not m.bare and m.end == len(said.group("what"))] \
            if said else []
        if found and not GROUP_WORD.search(fold(g.name)) and not _finite(said.group("what").split()[-1]):
            what = said.group("what")
            g.spelled = g.spelled or what
            g.called = g.called or found[0].head
            g.set("kind", group_kind(what), unit.span, force=True)
            if not said.group("rest"):
                return
            unit = Unit(unit.kind, said.group("rest"), unit.span, unit.heading)
        if LABEL.match(unit.text) and self.read_labelled(g, unit):
            return  # "*Samverkansgrupp X*" / "    - Deltagare: A, B och C": a labelled field of the group
        self.read_item(g, unit)

    def read_line_of_fields(self, unit: Unit) -> bool:
        """A line whose heading says what it is: a group the agreement leaves out ("• Nybys trygghetsråd" under
        "Inte en del av överenskommelsen"), a chain of reporting, or "Styrgrupp – 4 ggr/år" under "Träffas";
        whether the unit was one."""
        if unit.kind in ("item", "sentence") and (OUTSIDE_HEADING.search(unit.heading) or id(unit) in self.left_out
                                                  or unit.heading and unit.heading == self.outside_section):
            for m in [m for m in mentions(unit.text) if not m.bare and not self._told_of(m)][:1]:
                self.group(m, unit.span, 1).excluded = True
            return True
        if self.leads_to_those_outside(unit):
            return True
        return unit.kind == "sentence" and (self.read_chain(unit) or _col(fold(unit.heading)) not in (None, "name")
                                            and self.read_keyed(unit))

    def _told_of(self, m: Mention) -> bool:
        """Whether a mention names a group the agreement has told of already (its members or chair): "Frågor som
        samverkansrådet beslutar om …" in a section on a party's own meetings refers to it, puts it nowhere."""
        g = self.groups.get(m.key) or self._alias(m)
        return g is not None and not g.excluded and any(k in g.fields for k in ("members", "chair"))

    def leads_to_those_outside(self, unit: Unit) -> bool:
        """"Andra sammanhang som inte är grupper i överenskommelsen:" over a list: each item names a body the
        agreement leaves out, and the list gives no group members; whether the unit was such a lead."""
        if unit.kind != "sentence" or not unit.items or not unit.text.rstrip().endswith(":") \
                or not (OUTSIDE_AGREEMENT.search(unit.text) or OUTSIDE_HEADING.search(unit.text)):
            return False
        self.left_out.update(id(item) for item in unit.items)
        return True

    def read_chain(self, unit: Unit) -> bool:
        """"Områdesteam → OLG → styrgrupp → KS" under a heading of reporting: each reports to the next; whether
        the unit was such a chain."""
        links = [x.strip(" .") for x in re.split(r"\s*(?:→|->|⇒)\s*", unit.text)]
        if _col(fold(unit.heading)) != "reports" or len(links) < 3 or any(not x or len(x.split()) > 4 for x in links):
            return False
        for low, high in itertools.pairwise(links):
            name = self.resolve(low, None)
            g = self.abbreviations.get(low) or next((x for x in self.groups.values() if x.name == name), None)
            if g is not None:
                target = self.resolve(high, g)
                g.report_to(target, unit.span)
        return True

    def read_keys(self, units: list[Unit]) -> None:
        """The document's keys to its short forms: "rapp. = rapporterar till" for the words of its entries, "OLG =
        operativ ledningsgrupp" (or a key in columns, "RSG   Regionala styrgruppen") for a group known by its
        initials."""
        for unit in units:
            self.expansions |= {m.group("short"): m.group("long") for m in EXPANSION.finditer(unit.text)}
            key = SHORT_FORM_GROUP.fullmatch(unit.text.strip()) or unit.kind in ("item", "row") \
                and KEY_COLUMNS.fullmatch(unit.text.strip())  # in columns: "RSG   Regionala styrgruppen", a row
            # "LG | Ledningsgruppen"
            if key and GROUP_WORD.search(key.group("long")):
                g = self.named(key.group("short"), unit.span)
                g.set("kind", group_kind(key.group("long")), unit.span)
                g.spelled = key.group("long")

    def read_instances(self, units: list[Unit]) -> None:
        """One group per place, named in one list and described once for all ("I varje kommun finns en LSG: LSG
        Nyby, LSG Åby och LSG Öby. En LSG består av …"): each place's group is the group
        described."""
        words = {**{fold(g.name): g for g in self.groups.values() if " " not in g.name}, **{
            fold(k): g for k, g in self.abbreviations.items()}}
        rx = words and re.compile(r"(?:^|(?<=[:,]\s)|(?<=\boch\s)|(?<=\bsamt\s))(?P<kind>" + "|".join(
            re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\s+(?P<place>(?-i:[A-ZÅÄÖ])[\wåäö-]+)"
            r"(?=\s*(?:,|och\b|samt\b|[.;)]|$))", re.IGNORECASE)
        for unit in units:
            if unit.kind not in ("sentence", "item"):
                continue
            self._each_place(unit)
            found = [(words[fold(m.group("kind"))], f"{m.group('kind')} {m.group('place')}", m) for m in
                     rx.finditer(unit.text)] if rx else []
            for g in {id(x[0]): x[0] for x in found}.values():
                named = [name for x, name, _ in found if x is g]
                if len(named) >= 2 and not any(fold(n) in self.groups for n in named):
                    self.instances[id(g)] = (g, named, unit.span)

    def _each_place(self, unit: Unit) -> None:
        """"I varje kommun arbetar ett lokalt team: SSPF Nyby, SSPF Åby och SSPF Öby": the group of the sentence
        (or of its heading) once for each place, named as the list names them (one word and the place each)."""
        m = EACH_PLACE.search(unit.text)
        if m is None:
            return
        named = [" ".join(n.split()) for n in split_list(m.group("list").rstrip(" ."))]
        firsts = {n.split()[0] for n in named if len(n.split()) == 2 and n.split()[1][:1].isupper()}
        if len(named) < 2 or len(firsts) != 1 or sum(len(n.split()) == 2 for n in named) != len(named):
            return
        g = self._known_group(m.group("group")) or self._known_group(re.sub(r"^[\d.§\s]+", "", unit.heading or ""))
        elsewhere = [n for n in named if fold(n) in self.groups  # a place's group told of apart from this list
                     and not unit.span.start <= self.groups[fold(n)].span.start <= unit.span.end]
        if g is not None and g.key not in map(fold, named) and not elsewhere:
            self.instances[id(g)] = (g, named, unit.span)

    def spread_instances(self) -> None:
        for g, named, span in self.instances.values():
            if self.groups.get(g.key) is not g or g.excluded:
                continue
            del self.groups[g.key]
            for name in named:
                self.groups[fold(name)] = replace(g, key=fold(name), name=name, span=g.span | span,
                                                  fields=dict(g.fields), spans=dict(g.spans))

    def read_commitments(self, units: list[Unit]) -> None:
        """What a party undertakes to put into a group ("Polisen åtar sig att" / "delta i styrgruppen genom
        lokalpolisområdeschefen", "låta X ingå i teamet och leda det tillsammans med Y", "avsätta A och B till
        teamet", "till teamet avdela" or "bemanna gruppen med" over a list, "utse X, som är sammankallande i Y",
        "vara sekretariat för styrgruppen, där A är ledamot och B deltar som föredragande"): its members and
        chairs, once the groups are known."""
        for k, unit in enumerate(units):
            if unit.kind not in ("item", "sentence"):
                continue
            placed: list[tuple[int, Group]] = []  # where in the unit each group was committed to
            for rx in COMMITMENTS:
                for m in rx.finditer(unit.text):
                    g = self._known_group(m.group("group")) or self._known_group(
                        apposed.group("name") if (apposed := APPOSED.match(unit.text, m.end("group"))) else "")
                    if g is None:  # "ingå i den gemensamma gruppen för X, Ledningsgruppen Y": by its name
                        continue
                    placed.append((m.start("group"), g))
                    found = m.groupdict().get("who")
                    listed = _sub_items(units, k) if found is None and "where" not in m.groupdict() else []
                    who = [found] if found else listed or _clause_subjects(m.groupdict().get("where") or "")
                    self._add_members(g, [x for w in who for x in members(_unhedged(w))], unit.span)
                    if m.groupdict().get("lead"):  # "… och leda det tillsammans med Y": both lead it
                        chairs = [x for x in (member(_unhedged(found)), member(m.group("co"))) if x]
                        g.set("chair", chairs if len(chairs) > 1 else chairs[0], unit.span)
                    elif m.groupdict().get("chairs") is not None and (chair := member(_unhedged(found))):
                        g.set("chair", chair, unit.span)
            self.read_roles(unit, placed)

    def read_role_entries(self, units: list[Unit]) -> None:
        """A list of roles, each a heading naming a function and sentences about it with no subject of their own
        ("Socialchefen" / "Ingår i styrgruppen. Ansvarar för …", "Leder samordningsgruppen och är föredragande i
        styrgruppen"): the function is a member of each group such a sentence seats it in, and the chair of each
        it leads (leading a group it sits in: a member too), once the groups are known."""
        for unit in units:
            if unit.kind != "sentence" or not (who := _function_heading(unit.heading)):
                continue
            text = unit.text
            if (subject := ROLE_SUBJECT.match(text)) and (member(subject.group("who")) == who or subject.group(
                    "who").casefold() in ("hon", "han", "hen", "denne")):
                text = text[subject.end():]  # "En av fältsekreterarna är sammankallande …": the role all the same
            elif not re.match(r"(?-i:[A-ZÅÄÖ])", text):
                continue
            if not text.split() or not _finite(text.split()[0]):
                continue
            for m in ROLE_ENTRY.finditer(text):
                if (g := self._known_group(m.group("group"))) is None:
                    continue
                self._add_members(g, [who], unit.span)
                if m.group("chairs"):
                    g.set("chair", who, unit.span)

    def read_roles(self, unit: Unit, placed: list[tuple[int, Group]]) -> None:
        """The role a commitment gives someone in a group it names, or in the one it named just before ("låta X
        ingå i G och att X är dess ordförande", "… till G och låta Y vara sammankallande där", "låta Z vara
        sekreterare i G"): a chair leads it, a secretary is a member."""
        for m in LED_BY_RELATIVE.finditer(unit.text):  # "… till Forum X, som kommunens utvecklare leder"
            if (g := self._known_group(m.group("group"))) is not None and (who := member(m.group("who"))):
                g.set("chair", who, unit.span)
        for m in INVITED_TO_JOIN.finditer(unit.text):  # "låta A delta i G och bjuda in B att delta": B joins G too
            g = next((g for at, g in sorted(placed, key=lambda p: p[0], reverse=True) if at < m.start()), None)
            if g is not None and (who := member(m.group("who"))):
                self._add_members(g, [who], unit.span)
        for m in ROLE_IN_GROUP.finditer(unit.text):
            g = self._known_group(m.group("group")) if m.group("group") else \
                next((g for at, g in sorted(placed, key=lambda p: p[0], reverse=True) if at < m.start()), None)
            if g is None or not (who := member(_unhedged(m.group("who")))):
                continue
            if m.group("role").casefold() in ("ordförande", "sammankallande"):
                g.set("chair", who, unit.span)
            else:
                self._add_members(g, [who], unit.span)

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

    def _known_group(self, words: str) -> Group | None:
        """The group of the agreement that words name, if the reader knows it."""
        words = words.strip()
        found = [m for m in mentions(words, True)
                 if m.start == 0 or re.fullmatch(r"(?i)(?:den|det|de)(?:\s+[a-zåäö]+[ae])?\s+", words[:m.start])]
        if not found:  # "i kvällssamverkan varannan fredag", "leda den kvällssamverkan som …": a name without a
            bare = fold(re.sub(r"(?i)^(?:den|det)\s+", "", words))                 # group word, as it goes on
            return next((g for g in self.groups.values() if " " not in g.name and g.weight >= 2
                         and re.match(re.escape(fold(g.name)) + r"\b", bare)), None)
        return self.groups.get(found[0].key) or self._alias(found[0])  # "den gemensamma X"

    def _listed_items(self, g: Group, items: list[Unit]) -> list[str]:
        """The members a list under a sentence gives, an item each or a few joined by "och"; an item that is a
        clause of its own says who chairs ("- ordförandeskapet skiftar mellan A och B"), and one with a relative
        clause of leading is the chair too ("- kommunens samordnare, som också leder mötena"). An item over a
        list of its own ("- Från kommunen (4):" / "  - socialchefen", "- Adjungeras vid behov" / "  - rektor")
        only says whence its items come; the substitutes' ("- Ersättare: …") are no members."""
        found: list[str] = []
        lower = any(item.text[:1].islower() for item in items)  # a capital in a lower-case list is a name's
        over: tuple[int, str | None, int | None] | None = None  # the indent, organisation and count of a label
        for k, item in enumerate(items):
            if over is not None and item.indent <= over[0]:
                over = None
            if over is not None and over[1] == SUBSTITUTE_MARK:
                continue
            nested = k + 1 < len(items) and items[k + 1].indent > item.indent
            if (label := _sender(item.text, nested)) is not None:
                org, count, value = label
                over = (item.indent, org, count)
                found += self._sent(g, value, org, count, item) if value else []
                continue
            if over is not None and over[1] is not None:
                found += self._sent(g, item.text, over[1], over[2], item)
                continue
            head = re.split(r"(?i),\s*(?:som|vilken|vilket|där)\b", item.text)[0]
            head = re.sub(r"(?i)[\s,]*\b(?:och|samt)$", "", head.strip(" ,.;"))  # "- A," / "- B och" / "- C."
            if (turn := CHAIR_IN_TURN_MARK.search(head)) and (who := member(head[:turn.start()])):
                self._chair_in_turn(g, who, item.span)  # "- kommunchefen (ordförande jämna år)"
                head = head[:turn.start()] + head[turn.end():]
            head = ROLE_BRACKET.sub("", head)  # "- A (adjungerad när X behandlas)": how A takes part, no clause
            if any(_finite(w) for w in head.split()[1:] if not w[:1].isupper()):  # "BID Åbys vd": a name's
                self._chair(g, item.text, item.span)  # genitive, no verb
                continue
            # "- socialchefen och säkerhetschefen": two; not "- chefen för barn- och ungdomspsykiatrin, Region X"
            listed = members(head, prose=False) if re.search(r"(?<!-)\s(?:och|samt)\s", head) and "," not in head \
                else [member(head, prose=lower and head[:1].isupper())]
            found += [one for one in listed if one]
            if (marked := CHAIR_MARK.search(item.text)) and (who := member(marked.group("who"))):
                g.set("chair", who, item.span)  # "- kommundirektören (ordförande)"
            elif LEADS_TOO.search(item.text) and listed and listed[0]:
                g.set("chair", listed[0], item.span)
        return found

    def _sent(self, g: Group, text: str, org: str, count: int | None, item: Unit) -> list[str]:
        """The members an organisation sends, as an item under it names them ("trygghetssamordnaren –
        sammankallande", "bovärd"): one person of an organisation by its own name is of it ("bovärd från X AB");
        a role after a dash that leads makes the chair."""
        parts = re.split(r"\s+[–—]\s+|(?i:,\s*(?:som|vilken)\b)", text, maxsplit=1)
        who, role = parts[0].strip(" ,."), parts[1] if len(parts) == 2 else ""
        listed = [m for m in members(who, prose=False) if m]
        if not listed:
            return []
        named = org if org != SUBSTITUTE_MARK and not OWN_PARTY.fullmatch(org) and (
            len(org.split()) > 1 or not _common(org)) and org[:1].isupper() else None
        one = count == 1 or len(listed) == 1 and lemma(who.split()[-1]) == who.split()[-1].casefold()
        if named and one and len(listed) == 1 and " " not in listed[0]:
            listed = [member(f"{listed[0]} från {named}") or listed[0]]
        if re.search(r"(?i)\b(?:ordförande|sammankallande|leder)\b", role) or CHAIR_MARK.search(text):
            g.set("chair", listed[0], item.span)
        return listed

    def _own_list(self, g: Group, text: str) -> list[str]:
        """The members a sentence lists: another group's "samma funktioner som X" or its own list, with the ones
        "med tillägg av C" adds."""
        found = self._same_as(g, text) or _listed(text)
        if found and (added := ADDED.search(text)) is not None:
            found += members(added.group("list"))
        return found

    def _changed_members(self, g: Group, text: str, span: Span) -> bool:
        """A renewed agreement told as changes: "I gruppen ingick tidigare A, B och C" keeps the earlier members
        aside; a later "C ersätts av D" or "Dessutom tillkommer E" makes them the members now, with the change.
        Whether the sentence was one of these."""
        if (past := PAST_MEMBERS.search(text)) is not None:
            g.earlier = _listed(text[:past.start()] + PRESENT_OF[past.group("verb").casefold()] + text[past.end():])
            return bool(g.earlier)
        swap = SWAPPED.search(text) if not WHEN_AWAY.search(text) else None  # a stand-in is no change of members
        joins = JOINS.search(text)
        if not g.earlier or swap is None and joins is None:
            return False
        if not g.fields.get("members"):
            self._add_members(g, g.earlier, span)
        if swap is not None:
            gone = {fold(x) for x in members(swap.group("old") or swap.group("old2"))}
            g.fields["members"] = [x for x in g.fields["members"] if fold(x) not in gone]
            self._add_members(g, members(_cut_clause(swap.group("new") or _lower_start(swap.group("new2")))), span)
        if joins is not None:
            self._add_members(g, members(_cut_clause(joins.group("list"))), span)
        return True

    @staticmethod
    def _chair_in_turn(g: Group, who: str, span: Span) -> None:
        """One of the chairs who take turns, added to those read before it."""
        before = g.fields.get("chair") if g.fields.get("chair_alternating") else None
        chairs = [before] if isinstance(before, str) else list(before or [])
        chairs += [] if who in chairs else [who]
        g.set("chair", chairs if len(chairs) > 1 else who, span, force=True)
        g.set("chair_alternating", True, span)

    @staticmethod
    def _add_members(g: Group, found: list[str], span: Span) -> None:
        merged = list(g.fields.get("members", []))
        merged += [f for f in found if f.casefold() not in {x.casefold() for x in merged}]
        if merged:
            g.set("members", merged, g.spans.get("members", span) | span, force=True)

    def read_answer(self, g: Group, unit: Unit) -> bool:
        """A fragment without a verb under a question that names a field ("Vem leder X?" "Trygghetssamordnaren."):
        the value of that field; whether the unit was one."""
        what = next((w for w, rx in COLUMNS if w != "name" and re.search(rx, fold(unit.heading))), None)
        if not unit.heading.endswith("?") or what is None or any(_finite(w) for w in unit.text.split()):
            return False
        self.read_field(g, what, unit.text.strip(" .!"), unit.span)
        return True

    def minutes_item(self, unit: Unit, heading_group: Group | None) -> Group | None:
        """The group of a heading, in minutes of one body ("Styrgruppen för X, konstituerande sammanträde" over
        "§ 2  Val av ordförande") the body's for a "§ n" item that names no group."""
        item = re.match(r"\s*§\s*\d", self.doc.line(unit.span.start))
        if not item and self.minutes_of is None and heading_group is not None and unit.span.start <= 10:
            self.minutes_of = heading_group
        return self.minutes_of if item and heading_group is None else heading_group

    def read_heading(self, unit: Unit) -> Group | None:
        """The group a heading names, with the members its brackets list, if any."""
        if (when := MEETING_TIME.search(unit.text)) is not None:  # "Styrgruppen (kl. 09.00–11.00)": when it meets
            unit = replace(unit, text=unit.text[:when.start()] + unit.text[when.end():])
        name, listed = _parenthesised(unit.text)  # "Styrgrupp (kommundirektör, polisområdeschef)"
        if (named := LABEL.match(name)) is not None and _col(fold(named.group("label"))) == "name" \
                and name[named.end():].strip():
            name = name[named.end():]  # "Forum: Styrgrupp för trygghet" set as a heading: the name after its label
        if (initials := INITIALS_FIRST.fullmatch(name)) is not None:
            return self.by_initials(initials.group("short"), initials.group("long"), unit)
        if RELATIVE_QUESTION.match(name):
            return None  # "Under ledningsgruppen?": a question about what is under, before or beside it
        if PLURAL_WORD.fullmatch(name.strip()):
            return None  # "ARBETSGRUPPERNA" over several groups' paragraphs: none of them
        found = [m for m in mentions(name, True) if not m.bare] or _named_after_word(name)
        known = None if found else self.known_bare(name)  # "Rådet under året": the råd named before
        heading_group = self.group(_whole(found[0], name), unit.span, 3) if found else known if known \
            else None if LEVEL_HEADING.match(unit.text) else self.heading_name(unit) or self.asked_about(unit.text)
        self.note_level(unit, heading_group)
        if heading_group is not None and found and (short := HEADING_SHORT.match(name)) is not None:
            self.abbreviations.setdefault(short.group("short"), heading_group)  # "Ledningsgruppen för trygghet
            # (LGT)": later sections report to "LGT"
        if heading_group is not None and found and listed:
            heading_group.set("members", members(listed), unit.span)
        if heading_group is not None and found and (short := NAMED_SHORT.search(name)) is not None:
            self.abbreviations.setdefault(short.group(1), heading_group)  # "Gemensam ledningsgrupp (GLG)"
        return heading_group

    def known_bare(self, heading: str) -> Group | None:
        """The group a heading names by its bare definite word ("Rådet under året", "Gruppen i dag"), when the
        text has named a group of that word before."""
        bare = [m for m in mentions(heading, True) if m.bare and m.start == 0 and not m.name.endswith("s")]  # not
        # "Rådets uppdrag": a section on what it does; nor "Rådet ska" over what it shall do
        if not bare or heading[bare[0].end:].strip() and not TIME_AFTER.match(heading, bare[0].end):
            return None
        return next((g for g in reversed(self.groups.values())
                     if not g.named_by_heading and any(p.endswith(fold(bare[0].head)) for p in g.key.split())), None)

    def by_initials(self, short: str, long: str, unit: Unit) -> Group | None:
        """A heading that gives a group's initials before its name ("LG – Ledningsgrupp Trygga Nyby"): the group
        known by its initials, of the kind its name says."""
        found = [m for m in mentions(long, True) if not m.bare and m.start == 0]
        if not found:
            return None
        g = self.abbreviations.get(short) or self.groups.get(fold(short)) or self.group(found[0], unit.span, 3)
        if g.key != fold(short):
            self.groups.pop(g.key, None)
            g.key = fold(short)
            self.groups[g.key] = g
        for x in self.groups.values():  # reports to it by the name it had ("taktiska gruppen") name it by its initials
            if g.name in x.fields.get("reports_to", []):
                x.fields["reports_to"] = [short if r == g.name else r for r in x.fields["reports_to"]]
        g.name, g.weight, g.spelled = short, 3, long
        g.set("kind", group_kind(long), unit.span, force=True)
        self.abbreviations[short] = g
        return g

    def asked_about(self, heading: str) -> Group | None:
        """The group a question heading names by a name without a group word ("Vem leder Trygghetsdialogen?")."""
        if not heading.endswith("?"):
            return None
        return next((g for g in self.groups.values() if re.search(r"\b" + re.escape(fold(g.name)) + r"\b",
                                                                  fold(heading))), None)

    def note_level(self, unit: Unit, heading_group: Group | None) -> None:
        """A heading that names a level of the organisation ("Nivå 2 – taktisk") gives the groups under it, until
        a heading about something else, the level's kind."""
        if (level := LEVEL_HEADING.match(unit.text)) is not None:
            self.level = LEVEL_KINDS[level.group("level").casefold()]
        elif heading_group is None:
            self.level = None
        elif heading_group.level_kind is None:
            heading_group.level_kind = self.level

    def read_member_line(self, g: Group, unit: Unit) -> bool:
        """An item under a group's heading that is only a member ("kommundirektör (ordförande)", "rektor,
        representant för grundskolorna", "kommunpolis, fältassistenter"): no verb, meeting or report in it;
        whether the unit was one."""
        if (sender := _sender(unit.text, False)) is not None:  # "Polisen (2): områdespoliser"
            org, count, value = sender
            found = self._sent(g, value, org, count, unit) if value and org != SUBSTITUTE_MARK else []
            self._add_members(g, found, unit.span)
            return True
        text = re.sub(r"(?i)\bordf\.", "ordförande", unit.text)
        text = AS_NEEDED_BRACKET.sub("", text)  # "en utredare (vid behov)": a member, not how often the group meets
        text = SENT_BY_LABEL.sub("", text)  # "från parterna: A och B": who sends them, then the members
        if (leads := LEADER_ITEM.match(text)) and (who := member(leads.group("who"))):
            g.set("chair", who, unit.span)  # "TS – leder gruppen": a member, and its chair
            self._add_members(g, [who], unit.span)
            return True
        if (turn := CHAIR_IN_TURN_MARK.search(text)) and (who := member(text[:turn.start()])):
            self._chair_in_turn(g, who, unit.span)  # "kommunchefen (ordförande jämna år)": one of the chairs
            text = text[:turn.start()] + text[turn.end():]
        if re.search(r"[:.!?]$|:\s", text) or any(_finite(w) for w in text.split()) or ALTERNATING.search(text) \
                or re.search(r"(?i)\bordförande\b(?!\))", text) \
                or frequency.per_year(text) is not None or REPORTS.search(text):
            return False
        if (marked := CHAIR_MARK.search(text)) and (who := member(marked.group("who"))):
            g.set("chair", who, unit.span)
        text = re.sub(r"\s*\([^)]*\)", "", text)
        parts = split_list(text)
        if len(parts) == 2 and (REPRESENTATIVE_WORD.match(parts[1]) or ORG_TAIL.search(parts[1].split()[-1])):
            parts = parts[:1]  # "enhetschef, socialtjänstens ungdomsenhet": the function, then where it sits
            text = parts[0]
        found = members(text)  # read as any list: "avdelningschefen för kultur och fritid", "… och krögarna runt
        # torget", "öppet för föreningar"
        if not found:
            return False
        merged = list(g.fields.get("members", []))
        merged += [f for f in found if f.casefold() not in {x.casefold() for x in merged}]
        g.set("members", merged, g.spans.get("members", unit.span) | unit.span, force=True)
        return True

    def read_described_item(self, unit: Unit) -> bool:
        """A list item that names a group before a dash, says in sentences what it does and how often it meets,
        and ends on its people in brackets ("Skolgruppen – följer upp elevärenden. Träffas varje månad (rektorer,
        kuratorer, fältassistenter)."): a group, its sentences about it, the brackets its members; whether it was."""
        m = DEFINITION.match(unit.text)
        if m is None or not m.group("name"):
            return False
        rest = unit.text[m.end():]
        listed = TRAILING_MEMBERS.search(rest)
        if listed is None or not MEETS.search(rest[:listed.start()]):
            return False
        people = members(listed.group("list"))
        if len(people) < 2 or any(len(p.split()) > 6 or re.search(r"\d", p) for p in people):
            return False
        name = m.group("name").strip()
        found = [x for x in mentions(name, True) if not x.bare and x.start == 0]
        if found:
            g = self.group(_whole(found[0], name), unit.span, 3)
        elif len(name.split()) <= 3 and name[:1].isupper():
            key = fold(" ".join(lemma(w) for w in name.split()))
            g = self.groups.get(key) or Group(key, name, unit.span, 3, named_by_heading=True)
            self.groups[key] = g
        else:
            return False
        for part in SENTENCE_END.split(rest[:listed.start()] + "."):
            if part.strip(" ."):
                self.read_sentence(g, Unit("sentence", part.strip(), unit.span, unit.heading))
        self._add_members(g, people, unit.span)
        kind = group_kind(g.name, unit.text)  # "ett nätverk … (föreningar, bostadsbolag)": open to those outside
        g.set("kind", kind, unit.span, force=kind != group_kind(g.name))
        self.topic = self.told = g
        return True

    def read_entry(self, unit: Unit) -> bool:
        """A list item that describes a group in fragments after its name ("Hamnsamverkan – kommunpolis,
        hamnkontoret; varje vecka; ordf. växlar mellan A och B; rapp. Beredningen"): each fragment a member list
        or a clause about the group; whether the unit was one."""
        m = DEFINITION.match(unit.text)
        if m is None or not m.group("name"):
            return False
        rest = unit.text[m.end():]
        sentences = SENTENCE_END.split(rest)
        if ";" in rest:
            fragments = re.split(r"\s*;\s*", rest)
        elif len(sentences) > 1 and re.match(r"[a-zåäö][^.]*(?:,|\soch\s)", rest) and not _finite(rest.split()[0]):
            fragments = [s.rstrip(".") for s in sentences]  # "Styrgruppen – A, B och C. Beslutar om …"
        else:
            return False
        name = m.group("name").strip()
        found = [x for x in mentions(name, True) if not x.bare and x.start == 0]
        if found:
            g = self.group(_whole(found[0], name), unit.span, 3)
        elif len(name.split()) <= 4 and name[:1].isupper():
            key = fold(" ".join(lemma(w) for w in name.split()))
            g = self.groups.get(key) or Group(key, name, unit.span, 3, named_by_heading=True)
            self.groups[key] = g
        else:
            return False
        for fragment in fragments:
            for short, long in self.expansions.items():
                fragment = re.sub(r"(?<![\wåäö])" + re.escape(short) + r"(?=\s|$)", long, fragment)
            part = Unit("item", re.sub(r"(?i)\bordf\.", "ordförande", fragment), unit.span, unit.heading)
            if not self.read_member_line(g, part):
                self.read_sentence(g, part)
        g.set("kind", group_kind(g.name, unit.text), unit.span)
        return True

    def read_node(self, unit: Unit) -> bool:
        """An item that is only a group's name, with its members in brackets or none: a node of an
        organisation chart or a list of the groups; whether the unit was one."""
        name, listed = _parenthesised(unit.text)
        found = [x for x in mentions(name, True) if not x.bare and x.start == 0]
        if not found or len(name.split()) > 4 or re.search(r"[.,;:]", name) or _finite(name.split()[-1]):
            return False
        g = self.group(_whole(found[0], name), unit.span, 3)
        g.set("kind", group_kind(g.name), unit.span)
        if listed:
            g.set("members", members(listed), unit.span)
        return True

    def read_keyed(self, unit: Unit) -> bool:
        """"Group: value" under a heading that names the field ("Vem leder?", "Hur ofta ses vi?"): the value is
        that field of the group; whether the unit was such a line."""
        what = _col(fold(unit.heading))
        m = KEYED.match(unit.text)
        if what in (None, "name") or m is None:
            return False
        found = [x for x in mentions(m.group("name"), True) if not x.bare and x.start == 0]
        if not found and m.group("name").strip() not in self.abbreviations:
            return False
        g = self.group(_whole(found[0], m.group("name")), unit.span, 2) if found \
            else self.abbreviations[m.group("name").strip()]
        self.read_field(g, what, m.group("value").strip(" ."), unit.span)
        g.set("kind", group_kind(g.name), unit.span)
        self.topic = self.told = g  # "Kommunpolisen håller i mötena." after it is about it
        return True

    def defined(self, unit: Unit) -> tuple[Group, Unit] | None:
        """The group a paragraph opens with as a definition list does ("Fältgruppen – arbetar …"), and the
        words after the dash."""
        m = DEFINITION.match(unit.text)
        name = (m.group("name") or m.group("term")).strip() if m else ""
        found = [x for x in mentions(name, True) if not x.bare and x.start == 0] if m else []
        rest = unit.text[m.end():] if m else ""
        if found:
            g = self.group(_whole(found[0], name), unit.span, 3)
        elif m and m.group("term") and len(name.split()) <= 4 and name[:1].isupper() \
                and not re.match(r"(?i)(?:under|över|i|till|från|inom|hos|vid|på)\s", name) \
                and (kind := [x for x in mentions(" ".join(rest.split()[:5]), True)]):  # not "Under SG: …", a place
            g = self.named(name, unit.span)  # "OSG: en operativ samverkansgrupp för …"
            g.weight = 3
            g.set("kind", group_kind(kind[0].name), unit.span)
        else:
            return None
        if (who := _dashed_apposition(rest)) is not None and (people := members(_lower_start(who.group("who")))):
            self._add_members(g, people, unit.span)  # "Samordnarna – A och B – stämmer av …": who they are
            rest = rest[who.end():]
        return g, Unit(unit.kind, rest, unit.span, unit.heading, items=unit.items)

    def heading_name(self, unit: Unit) -> Group | None:
        """A heading with no group word ("EST", "Krogsamverkan City") that may name a group: a candidate,
        dropped later unless sentences under it tell two of its members, chair, meetings and reporting."""
        text, short = unit.text, None
        if (named := HEADING_SHORT.match(text)) is not None:  # "Effektiv samordning (EST)": a name, as its short
            text, short = named.group("name"), named.group("short")  # form says
        words = text.split()
        if not 1 <= len(words) <= 4 or len(words) == 1 and text.islower() \
                or not short and _common_heading(words) and not COORDINATORS_HEADING.fullmatch(words[-1]):
            return None  # "Lokala samordnare": the people who coordinate, a group if the text bears it out
        if any(w.casefold() in ("och", "samt") for w in words) and not any(w[:1].isupper() for w in words[1:]):
            return None  # "Giltighet och uppföljning": two sections' words, no name
        if len(words) >= 2 and words[-1].casefold() in MODALS:
            return None  # "Stadsdelsnämnden ska" over a list of duties: a clause begun, no name
        key = fold(" ".join(lemma(w) for w in words))
        g = self.groups.get(key) or Group(key, text.strip(" .:"), unit.span, 3, named_by_heading=True)
        self.groups[key] = g
        if short:
            self.abbreviations[short] = g
        elif re.fullmatch(r"[A-ZÅÄÖ]{2,6}", text.strip()):  # "3.1 LG": known by its initials
            self.abbreviations[text.strip()] = g
        return g

    def spelled_out(self, heading_group: Group | None, text: str) -> None:
        """A heading that names a group by its initials ("SSPF Nyby") over a sentence that spells them out ("Gruppen
        för skola, socialtjänst, polis och fritid (SSPF) i Nyby …"): the spelled-out name is the heading's group."""
        if heading_group is None or not heading_group.named_by_heading:
            return
        initials = heading_group.name.split()[0]
        if not re.fullmatch(r"[A-ZÅÄÖ]{2,6}", initials) or (at := text.find(f"({initials})")) < 0:
            return
        spelled = [m for m in mentions(text[:at]) if not m.bare]
        if spelled:
            self.renamed.setdefault(spelled[-1].key, heading_group)
            heading_group.called = heading_group.called or spelled[-1].head  # "Gruppen …" after it is this one

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

    def read_prose(self, unit: Unit, heading_group: Group | None, previous: Unit | None) -> None:
        """A sentence: the fields it gives the group it is about."""
        if (numbered := re.match(r"(?:§\s*\d+|\d+(?:\.\d+)+)\s+", unit.text)) is not None:  # "§ 3  Styrgruppen
            # lämnar …": minutes; "4.3  Styrgruppen ska …": a numbered paragraph, its number no part of the sentence
            unit = Unit(unit.kind, unit.text[numbered.end():], unit.span, unit.heading, items=unit.items)
        self.called_here(unit)
        # "Rapportförfattarna rekommenderar att A adjungeras till TG": advice, no fact of the agreement
        self.after_lone = self._after_lone(unit, previous)
        self.paragraph = [*self._same_paragraph(unit), unit]
        if RECOMMENDS.search(unit.text) or self.read_those_outside(unit) or self.read_none_of_this(unit) \
                or self.read_section_outside(unit) or _of_another_agreement(unit.text) \
                or self.read_wider_agreements(unit) \
                or self.read_parts(unit, heading_group, previous):
            return
        self.spelled_out(heading_group, unit.text)
        if heading_group is not None and heading_group.named_by_heading and not heading_group.name.isupper() \
                and (fuller := re.search(
                r"(?i)\b" + re.escape(heading_group.name) + r"(?P<more>\s+(?:för|mot)\s+[a-zåäö]+)\b", unit.text)):
            heading_group.name += fuller.group("more")  # "Effektiv samordning (EST)" … "… för trygghet"
        lead, colon, clause = unit.text.partition(": ")
        if colon and clause[:1].isupper() and not LABEL.match(unit.text) and not GROUP_THEN_COLON.search(unit.text) \
                and not (ALTERNATING.search(lead) and re.search(r"(?i)ordförande|\bleder\b", lead)):  # not "KD och
            # LPOC är ordförande vartannat år: KD under jämna år …", whose turns the clause after the colon only details
            # "… enligt följande: A rapporterar …"; not "… av ett samordnarpar: A och B", which lists its people
            unit = Unit(unit.kind, clause, unit.span, unit.heading, items=unit.items)
        if self.read_each(unit):
            return
        several = self.coordinated(unit.text)
        if len(several) >= 2:  # "EST och Krogsamverkan City rapporterar till …": the same for each
            for g in several:
                self.read_sentence(g, unit)
            relative = next((m for m in mentions(unit.text) if not m.bare and RELATIVE.match(unit.text, m.end)), None)
            if relative is not None:  # "… till ledningsgruppen, som i sin tur rapporterar till …"
                self.read_sentence(self.group(relative, unit.span, 1), Unit(unit.kind, unit.text[relative.end:],
                                                                           unit.span, unit.heading))
            return
        self.stands_for(unit.text)
        if self.read_they_called(unit) or self.read_views_handed_on(unit) or self.read_named(unit, heading_group):
            return
        unit = self.called(unit, heading_group)
        topic, start = self.topic_of(unit, heading_group, previous)
        self.short_forms(unit.text)
        if topic is not None:
            topic = self.rename(topic, unit.text)
            topic = self.heading_is(heading_group, topic, unit.text)
        self.note_coordinators(topic, unit)
        topic = self.formed_by_them(unit, topic)
        self.said_before = unit.text
        self.told = topic
        if topic is not None and start and (prepared := PREPARES.search(unit.text[:start])) is not None \
                and (owner := prepared.group("passive") or prepared.group("inverted")) \
                and (name := self.resolve(owner, topic)) and name != topic.name:
            topic.prepares = True  # "Styrgruppens möten förbereds av X, i vilken …": X, told of after, prepares them
            topic.report_to(name, unit.span)
        if topic is not None:
            self.read_sentence(topic, unit if not start else Unit(unit.kind, unit.text[start:], unit.span,
                                                                   unit.heading, items=unit.items))

    def read_named(self, unit: Unit, heading_group: Group | None = None) -> bool:
        """A group without a group word that the sentence sets up, says is one or holds as a meeting ("… har
        parterna inrättat NTS", "Nyby BRÅ är det övergripande samrådet", "Två gånger per år hålls X"); whether the
        unit was such a sentence. A meeting the heading names, said with what kind it is ("en öppen
        trygghetsträff" under "Trygghetsträff"), is the heading's group."""
        made = ESTABLISHED.search(unit.text)  # "… har parterna inrättat NTS."
        if made is None and (made := IS_A.match(unit.text) or IS_THE.match(unit.text)
                             or IS_THE_INVERTED.match(unit.text)) is not None and mentions(made.group("name")):
            made = None  # "Styrgruppen är en grupp …": a group word names it already
        meeting = self.held(unit.text) if made is None else made.group("name")
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
        self.read_sentence(self.topic, unit)
        self.told = self.topic
        return True
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

    def read_those_outside(self, unit: Unit) -> bool:
        """"… leds av en central styrgrupp och bereds av samordningsgruppen. Dessa organ omfattas inte av denna
        överenskommelse.": the groups the sentence before named are all outside; whether the unit said so."""
        if not self.said_before or not THESE_BODIES.match(unit.text) \
                or not OUTSIDE_AGREEMENT.search(_clauses(unit.text)[0]):
            return False
        self._exclude_named(self.said_before, unit)
        return True

    def _exclude_named(self, text: str, unit: Unit) -> None:
        """The groups `text` names by name (not a bare word) are outside the agreement; `unit` said so."""
        for m in mentions(text):
            if not m.bare:
                self.group(m, unit.span, 1).excluded = True
        self.said_before = unit.text

    def read_section_outside(self, unit: Unit) -> bool:
        """"Det finns flera forum där … De är inte en del av denna överenskommelse, men de beskrivs här": a pronoun
        for what the section goes on to describe, no group named before it; the rest of the section is outside the
        agreement. Whether the unit said so."""
        if not FORWARD_PRONOUN.match(unit.text) or not OUTSIDE_AGREEMENT.search(unit.text) \
                or any(not m.bare for m in mentions(self.said_before)) or not unit.heading:
            return False
        self.outside_section = unit.heading
        return True

    def read_wider_agreements(self, unit: Unit) -> bool:
        """"X och Y har en övergripande överenskommelse för hela staden. Den styrs av en central styrgrupp …": the
        groups that govern a wider agreement the sentence before introduced are that agreement's, outside this
        one; whether the unit said so."""
        before = self.paragraph[-2].text if len(self.paragraph) >= 2 else ""
        if not GOVERNS_IT.match(unit.text) or not WIDER_AGREEMENT.search(before):
            return False
        self._exclude_named(unit.text, unit)
        return True

    def _after_lone(self, unit: Unit, previous: Unit | None) -> bool:
        """Whether `unit` opens a paragraph right after a paragraph of one sentence under the same heading: in a text
        written a sentence a paragraph (easy-to-read Swedish, a web page's short `<p>`s) the people it names next
        are the same group's."""
        return previous is not None and self.paragraph == [previous] and not self._same_paragraph(unit) \
            and all(u.span.start == u.span.end and u.text[:1].isupper() for u in (previous, unit)) \
            and previous.text.rstrip().endswith((".", "!", "?"))  # whole sentences, not a PDF's lines spaced apart

    def _same_paragraph(self, unit: Unit) -> list[Unit]:
        """The sentences read before `unit` in its paragraph (no blank line between)."""
        last = self.paragraph[-1] if self.paragraph else None
        return self.paragraph if last is not None and unit.span.start <= last.span.end + 1 else []

    def read_none_of_this(self, unit: Unit) -> bool:
        """"… Polisregionens ledningsgrupp leder …. Inget av detta styrs av den här överenskommelsen.": each group
        the paragraph's sentences before made their subject is outside; whether the unit said so."""
        if not NONE_OF_THIS.match(unit.text):
            return False
        for before in self.paragraph[:-1]:
            for m in mentions(before.text):
                if not m.bare and m.subject:
                    self.group(m, unit.span, 1).excluded = True
        return True

    def formed_by_them(self, unit: Unit, topic: Group | None) -> Group | None:
        """"A och B ansvarar …. De bildar Styrgruppen": the group the people of the sentence before form, with
        them as members (and those "plus" adds: "De två plus säkerhetschefen är X"); else the topic as it was."""
        if (they := THEY_FORM.match(unit.text)) is None or not self.said_before:
            return topic
        formed = [m for m in mentions(unit.text[they.end():]) if not m.bare][:1]
        if formed:
            topic = self.topic = self.group(formed[0], unit.span, 2)
        if topic is not None:
            said = re.sub(r"(?i)^(?:det|de|dessa)\s+är\s+", "", self.said_before)  # "Det är A och B."
            named = [m for m in members(_lower_start(_subject_of(said))) if m not in ("chef", "person")]
            named += members(they.group("plus")) if they.group("plus") else []
            self._add_members(topic, named, unit.span)  # "De bildar X"; "Cheferna …. De heter X": no one named
        return topic

    def read_they_called(self, unit: Unit) -> bool:
        """"Kommunpolisen och trygghetssamordnaren arbetar i par. De kallas för Samordnarfunktionen och träffas
        …": a group named for the people the sentence before made the subject; whether the unit was one."""
        m = THEY_CALLED.match(unit.text)
        people = members(_lower_start(_subject_of(self.said_before))) if m is not None and self.said_before else []
        if len(people) < 2:
            return False
        name = m.group("name")
        found = [x for x in mentions(name) if not x.bare and x.start == 0]
        if not found and name.islower():  # a common noun names a group only as a word for one
            return False
        g = self.group(found[0], unit.span, 2) if found else self.named(name, unit.span)
        g.weight = max(g.weight, 2)
        self._add_members(g, people, unit.span)
        if (MEETS.search(self.said_before) or RECURRING.match(self.said_before)) \
                and (freq := _meeting_frequency(self.said_before)) is not None:
            g.set("frequency_per_year", freq.value, unit.span)  # "Varje tisdag stämmer A och B av. Tillsammans
            # kallas de X": how often they meet is how often X does
        self.read_sentence(g, Unit(unit.kind, unit.text[m.end():], unit.span, unit.heading))
        self.topic = self.told = g
        self.said_before = unit.text
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
        target = self.resolve(_until_verb(m.group("to")), g) if g is not None else None
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

    def note_coordinators(self, topic: Group | None, unit: Unit) -> None:
        """"Det dagliga arbetet samordnas av A och B. De två samordnarna träffas …": A and B are the coordinators
        the next sentence speaks of, when a sentence about no group names who coordinates."""
        if topic is None:
            if coordinated := COORDINATED_BY.search(unit.text):
                self.coordinated_by = members(_cut_clause(coordinated.group("who")))
            return
        if self.coordinated_by and group_kind(topic.name) == "coordinators" and not topic.fields.get("members"):
            self._add_members(topic, self.coordinated_by, unit.span)
        self.coordinated_by = []
        topic.function = topic.function or bool(COORDINATION_BY.match(unit.text))  # "Det dagliga samordnandet
        # sköts av en liten grupp som kallas X": X coordinates, whatever else it does

    def read_item(self, g: Group | None, unit: Unit) -> None:
        """An item under a group's heading: a member ("- kommundirektör (ordförande)") or a clause about the group
        ("- Återrapporterar till styrgruppen")."""
        if g is not None and _none_such(g, unit.text):
            g.excluded = True  # "BEREDNINGSGRUPP" / "☒ Ingen beredningsgrupp": the section tells of no group
            return
        if g is not None and not self.read_member_line(g, unit):
            self.read_sentence(g, unit)

    def read_line_member(self, g: Group | None, unit: Unit, previous: Unit | None) -> bool:
        """Short lines without a verb right under a group's heading, one member a line as a slide lists them
        ("TSO (sammankallande)" / "KP" / "fältare"), or joined by "+" ("2 × KP + TSO + Nyby centrumledning"): its
        members, while each names a function, an organisation or a short form."""
        if g is None or unit.kind != "sentence" or unit.span.start != unit.span.end \
                or not (previous is None or id(previous) in self.member_lines):
            return False
        parts = [re.sub(r"^\d+\s*[×x]\s*", "", p) for p in re.split(r"\s+\+\s+", unit.text.strip(" ."))]
        bare = [re.sub(r"\([^)]*\)|\bvid\s+behov\b", "", p).split() for p in parts]  # "väktarbolaget vid behov"
        if any(len(p.split()) > 4 or not p or re.search(r"\d|[,:;?!→]", p) or any(_finite(w) for w in p.split())
               or mentions(p) for p in parts) or any(w in LINE_PREPOSITIONS for words in bare for w in words):
            return False  # a line with a preposition says more than who ("informera X om utfallet")
        found = []
        for k, part in enumerate(parts):
            words = re.findall(r"[\wåäöÅÄÖ-]+", part)
            if not any(PERSON.search(lemma(w)) or ORG_TAIL.search(w) or re.fullmatch(r"[A-ZÅÄÖ]{2,5}", w)
                       for w in words) and not (k and part[:1].isupper()):
                return False
            first = words[0] if words else ""  # a capital of the line, not a name's, drops ("Kommunpolis")
            if _common(first) or lemma(first) != first.casefold():
                part = _lower_start(part)
            if not (who := member(part, prose=True)):
                return False
            if (marked := CHAIR_MARK.search(part)) and (chair := member(marked.group("who"))):
                g.set("chair", chair, unit.span)
            found.append(who)
        self._add_members(g, found, unit.span)
        self.member_lines.add(id(unit))
        return True

    def read_bare_list(self, g: Group | None, unit: Unit, previous: Unit | None) -> bool:
        """A line of three or more names without a verb first under a group's heading ("Rektorer, elevhälsan,
        kommunpolis, fältare" on a slide): its members; whether the unit was one."""
        if self.read_line_member(g, unit, previous):
            return True
        if g is None or previous is not None or unit.kind != "sentence" or unit.text.count(",") < 2:
            return False
        parts = split_list(unit.text)
        if PASSIVE_BY.search(parts[0]):
            return False  # "Samordningen sköts av A, B och C": a sentence whose agents are the list, no bare list
        named = [p for p in parts if PERSON.search(lemma(p.split()[0])) or ORG_TAIL.search(p.split()[-1])]
        first = parts[0].split()[0]
        text = _lower_start(unit.text) if _common(first) or lemma(first) != first.casefold() \
            else unit.text  # the line's capital, not a name's
        if not mentions(text) and not re.match(r"(?i)att\s", text):  # "A, B, C och D.": a list written as a
            text = re.sub(r"(?<=[a-zåäö])\.$", "", text)  # sentence, its stop no end (no group set up in it)
        return 2 * len(named) > len(parts) and self.read_member_line(g, Unit(unit.kind, text, unit.span, unit.heading))

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

    def read_parts(self, unit: Unit, heading_group: Group | None, previous: Unit | None) -> bool:
        """A sentence of two main clauses ("…, medan …"), each about its own group, or a slide's fragments about
        its heading's group ("1 ggr/termin · leds av skolchef"); whether the unit was one."""
        if len(parts := WHILE.split(unit.text)) > 1 or len(parts := _main_clauses(unit.text)) > 1:
            self.told = None
            for k, part in enumerate(parts):
                clause = Unit(unit.kind, part, unit.span, unit.heading, items=unit.items)
                named = mentions(part)
                if k and self.told is not None and not any(not m.bare or m.start < 15 for m in named):
                    self.read_sentence(self.told, clause)  # "…; ordförandeskapet skiftar …, gruppen möts …": the
                    continue  # clause names no group of its own, so goes on about the one before ("…, och rådet
                    # rapporterar …" opens with a word for a group, which says which)
                self.read_prose(clause, heading_group, previous)
            return True
        if len(parts := _relative_chain(unit.text)) > 1:  # "… en samverkansgrupp, där …, vilken leds av …"
            for part in parts:
                self.read_prose(Unit(unit.kind, part, unit.span, unit.heading, items=unit.items), heading_group,
                                previous)
            return True
        if heading_group is not None and len(parts := re.split(r"\s+·\s+", unit.text)) > 1:
            for part in parts:
                self.read_sentence(heading_group, Unit("item", part, unit.span, unit.heading))
            return True
        return False

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

    def known_word(self, word: str) -> Group | None:
        """The group one word names: its name ("trygghetsmötet"), or its group word ("forumet") for the one group
        whose name ends in it."""
        g = next((x for x in self.groups.values() if fold(x.name) == fold(word)), None)
        found = mentions(word) if g is None else []
        if found and found[0].bare:  # the group being told about first ("… LG är styrande. I gruppen ingår …")
            g = next((x for x in [self.topic, *reversed(list(self.groups.values()))]
                      if x is not None and x.has_word(found[0].head)), None)
        return g

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
        for line in self.doc.lines:
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
        m = NAMED_AS.search(text) or APPOSITION.search(text)
        if m is not None and fold(m.group("name")) == fold(g.name):  # "§ 8 Lägesbildsgruppen" / "inrätta en
            # taktisk grupp med namnet Lägesbildsgruppen": the kind the word that introduces it says
            word = [x for x in mentions(text[:m.start()]) if not text[x.end:m.start()].strip()]
            if word and group_kind(word[-1].name) != "working":
                g.set("kind", group_kind(word[-1].name), g.span, force=True)
        if m is None or fold(m.group("name")) == fold(g.name) or g.name[:1].isupper() and " " in g.name.strip():
            return g  # a name of its own stays; a heading's one word ("Ledningsgrupp") is a word for its kind
        return self.give_name(g, m.group("name"))

    def give_name(self, g: Group, name: str) -> Group:
        """The group under the name the text gives it, merged with a group of that name read before."""
        self.renamed.setdefault(g.key, g)  # "en samordningsgrupp, benämnd X" … "Samordningsgruppen leds av …": X
        if group_kind(g.name) != "working":  # "en chefsgrupp, Trygghetsgruppen X": the kind its word says
            g.set("kind", group_kind(g.name), g.span)
        found = [x for x in mentions(name, True) if not x.bare and x.start == 0]
        key = _whole(found[0], name).key if found else fold(name)
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

    def heading_is(self, heading: Group | None, named: Group, text: str) -> Group:
        """A heading of a bare kind ("Samverkansforum") whose first sentence says which group it is ("Skolornas
        trygghetsråd är det gemensamma forumet"): one group, by the sentence's name, that what the heading's
        section says is about."""
        said = IS_THE_WORD.match(text)
        if heading is None or heading is named or not said or " " in heading.name or "members" in heading.fields \
                or self.groups.get(heading.key) is not heading or self.groups.get(named.key) is not named \
                or not fold(heading.name).endswith(fold(lemma(said.group("word")))):
            return named
        for k, v in named.fields.items():
            heading.set(k, v, named.spans.get(k, named.span))
        del self.groups[named.key], self.groups[heading.key]
        heading.key, heading.name, heading.weight = named.key, named.name, max(heading.weight, named.weight)
        self.groups[heading.key] = heading
        self.topic = heading
        return heading

    def stands_for(self, text: str) -> None:
        """"LG står för ledningsgruppen": a group known by its initials is of the kind its full name says."""
        if not re.search(r"(?i)\bstår\s+för\b", text):
            return
        for m in STANDS_FOR.finditer(text):
            g = self.abbreviations.get(m.group("short")) or self.groups.get(fold(m.group("short")))
            if g is not None and g.fields.get("kind", "working") == "working":
                g.fields["kind"] = group_kind(m.group("long"))

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
        if lead is None or not all(_opens_with_group(item.text) for item in lead.items):
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

    def settle_members(self) -> None:
        """A member that the text goes on to describe as a group of the agreement ("Organisationen består av en
        ledningsgrupp och ett trygghetsteam" before "Trygghetsteamet" and its fields) is no member."""
        for g in self.groups.values():
            listed = g.fields.get("members") or []
            kept = [m for m in listed if not self._described(m) and m not in g.left and not _represented(m, listed)
                    and not self._by_its_people(g, m, listed)]
            if len(kept) < len(listed):
                g.fields["members"] = kept
                if not kept:
                    del g.fields["members"]

    def _by_its_people(self, g: Group, org: str, listed: list[str]) -> bool:
        """Whether an organisation said to take part ("Nybyhem AB deltar i gruppen") is there by its people the
        members name by its genitive ("Nybyhems bovärdar" → "bovärd"): those people, not the organisation again."""
        if not org[:1].isupper() or " " in org and org.split()[0].islower():
            return False
        base = re.sub(r"\s+(?:AB|HB|KB|Aktiebolag)$", "", org)
        text = " ".join(self.doc.line(n) for n in range(g.span.start, g.span.end + 1))  # where it was told of
        return any(PERSON.search(lemma(m.group(1).casefold())) and lemma(m.group(1).casefold()) in listed
                   for m in re.finditer(r"\b" + re.escape(base) + r"s\s+([a-zåäö]+)", text))  # a member of it

    def _described(self, words: str) -> bool:
        """Whether the words name a group of the agreement that the text describes (more than its kind)."""
        found = mentions(words)
        if not found or found[0].bare or found[0].start > 0:
            return False
        other = self.groups.get(found[0].key) or self._alias(found[0])
        return other is not None and not other.excluded and any(k != "kind" for k in other.fields)

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

    def settle_plurals(self) -> None:
        """Groups named in the plural ("De lokala arbetsgrupperna" over "Lokala arbetsgruppen A", "… B"): no group
        of its own, but what the text says of them all ("Grupperna … rapporterar till X") holds for each."""
        for g in self.groups.values():
            last = fold(g.name.split()[-1]) if g.name.split() else ""
            plural = PLURAL_GROUP_WORD.search(last)
            if plural is None or g.excluded:
                continue
            single = last[:plural.start("ending")]
            each = [h for h in self.groups.values() if h is not g and not h.excluded and single in fold(h.name)
                    and PLURAL_GROUP_WORD.search(fold(h.name.split()[-1])) is None]
            if len(each) < 2:
                continue
            for h in each:
                for key in ("reports_to", "frequency_per_year"):
                    if key in g.fields:
                        h.set(key, g.fields[key], g.spans.get(key, g.span))
            g.excluded = True

    def settle_reports(self) -> None:
        """A report target the text describes only later ("eskaleras till styrgruppen" before "Styrgruppen består
        av …") is that group, by its name."""
        names = {g.name for g in self.groups.values()}
        for g in self.groups.values():
            targets = g.fields.get("reports_to") or []
            settled = _once_each(t if t in names else self.resolve(t, g) or t for t in targets)
            if settled != targets:
                g.fields["reports_to"] = [x for x in settled if x != g.name]

    def settle_chairs(self) -> None:
        """A chair that alternates, by whom the text does not say ("leds växelvis av dem"), between the only two
        members: the two."""
        for g in self.groups.values():
            listed = g.fields.get("members") or []
            if g.fields.get("chair_alternating") and "chair" not in g.fields and len(listed) == 2 \
                    and not g.chair_of_all:
                g.set("chair", list(listed), g.spans.get("chair_alternating", g.span))
            chair = g.fields.get("chair")
            if isinstance(chair, str) and chair not in listed:  # "Samordnaren kallar till mötena": the
                fuller = [m for m in listed if m.casefold().endswith(" " + chair.casefold())]  # member it names
                which = [m for m in listed if chair.casefold().startswith(m.casefold() + " för ")]  # "Skolchefen för
                if len(fuller) == 1 or len(which) == 1:  # den kommunala grundskolan" among "skolcheferna": which one
                    g.fields["chair"] = (fuller or which)[0]
            if isinstance(chair, list):  # "växlar mellan kommundirektör och LPO-chef": the member a short form is
                g.fields["chair"] = [_member_meant(c, listed) for c in chair]

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
        return self._subject(unit, found, named, subjects, heading_group, previous)

    def _subject(self, unit: Unit, found: list[Mention], named: list[Mention], subjects: list[Mention],
                 heading_group: Group | None, previous: Unit | None) -> tuple[Group | None, int]:
        """The group of a sentence by its subject, the agent of its passive, a role or a relative clause."""
        subjects = [m for m in _true_subjects(unit.text, subjects) if not _several(unit.text, m)]
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
            if heading_group is not None and _of_heading(unit.text, first, heading_group):
                return heading_group, 0
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
        role = next((m for m in named if ROLE_OF.search(unit.text[:m.start]) or LEADS.search(unit.text[:m.start])),
                    None)
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
        verb = next((i for i, w in enumerate(words[1:], 1) if _finite(w)), None)
        if verb is None or verb + 1 >= len(words) or any(_finite(w) for w in words[:verb]):
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
                      and not (re.search(r"\s(?:en|ett)\s+$", unit.text[:m.start])  # "av en styrgrupp, Sala Trygg,":
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
                      and _finite(unit.text[m.end:].split()[0] if unit.text[m.end:].split() else "")), None)
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
        verb_first = _finite(unit.text.split()[0]) if unit.text.split() else False  # "Avrapporterar till …"
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

    def read_sentence(self, g: Group, unit: Unit) -> None:
        """What a sentence says of g; a fact told in the present replaces one told in the past ("träffades varannan
        vecka" … "träffas från 2026 var tredje vecka"): how it worked before gives way to how it works now."""
        told = tense(unit.text, _finite)
        earlier = _set_aside_past(g) if told == "present" else {}
        before = {k: g.fields.get(k) for k in RESTATED}
        self._read_sentence(g, unit)
        for key, (value, span) in earlier.items():
            if key not in g.fields:  # the present sentence says nothing of it: the past fact stands
                g.fields[key], g.spans[key] = value, span
            else:
                del g.past[key]
        if told == "past":
            g.past.update({k: g.fields[k] for k in RESTATED if k in g.fields and g.fields[k] != before[k]})

    def _read_sentence(self, g: Group, unit: Unit) -> None:
        text, span = unit.text, unit.span
        if "present" not in g.tenses and (told := tense(text, _finite)) is not None:
            g.tenses.add(told)  # once a sentence in the present tells of it, it is a group of the agreement
        g.met_in = g.met_in or g.named_by_heading and bool(re.search(
            r"(?i)\b(?:möts|träffas|samlas|samverkar|samarbetar)\s[^.;]*?\bi\s+" + re.escape(g.name) + r"\b", text))
        text = _without_still(text)  # "består som tidigare av A", "är fortsatt ordförande": as it is now
        self._chair(g, text, span)  # first: "leds av A och består i övrigt av B" makes A a member too
        self._is_its_people(g, text, span)
        self._members(g, INTERJECTED.sub(" ", RELATIVE_ASIDE.sub("", text)), unit)  # "A, som också är ordförande, B
        # och C", "A och, utan att bli part, B": one list
        # "var fjärde vecka; är underställd X": a fragment; "Varje tisdag går gruppen igenom …": what it does then
        verbless = len(text.split()) <= 6 and not any(_finite(w) for w in text.split()) and "→" not in text  # a
        # slide's "1 ggr/mån"; not a report's "SG → KS (2 ggr/år)"
        called = self._called_to(g, text)
        if MEETS.search(text) or unit.kind == "item" or RECURRING.match(text) or SITS_DOWN_WITH.search(text) \
                or verbless:
            freq = _meeting_frequency(text)
            if freq is not None:  # "var sjätte vecka i stället för en gång i månaden": the rhythm changed, anew
                (called or g).set("frequency_per_year", freq.value, span, force=bool(INSTEAD_OF.search(text)))
        if g.fields.get("frequency_per_year") == 12 and (paused := frequency.paused_months(text)):
            g.set("frequency_per_year", 12 - paused, span, force=True)  # "… en gång i månaden. I juli har gruppen
            # uppehåll."
        self._reports(g, text, span)
        self._relative_reports(g, text, span)
        self._receives(g, text, span)
        named = g.name if GROUP_WORD.search(fold(g.name)) or not g.spelled else g.spelled
        kind = group_kind(named, self._own_part(g, text))
        # "Den är öppen för …", "Gruppen ger underlag till LG": what it does, where its name said nothing
        g.set("kind", kind, g.span, force=kind in ("forum", "preparation") and g.fields.get("kind") == "working"
              and group_kind(named) == "working" and not g.apposed)
        g.prepares = g.prepares or kind == "preparation"
        g.function = g.function or bool(IS_FUNCTION.match(text)) and self._about(g, text)
        if (before := BEFORE_EACH.search(text)) and MEETS.search(text[:before.start()]):
            g.meets_before = before.group("other")
        if INFORMED_OF.search(_clauses(text)[0]) and self._about(g, text):
            g.informed = True
        if OUTSIDE_AGREEMENT.search(_clauses(text)[0]) and self._about(g, text) \
                or self._outside_in_later_clause(g, text) \
                or any(g.has_word(m.group("word")) for m in ANOTHERS_OWN.finditer(text)):
            g.excluded = True  # not "…; medborgarlöftet ingår inte i denna …"

    def _is_its_people(self, g: Group, text: str, span: Span) -> None:
        """"TSG är BFS och KP": a group that is the people of the functions named (each a function by its own
        word, or by the one the document's key gives its short form) has them as members."""
        said = re.fullmatch(r"(?P<group>[^.;,]+?)\s+är\s+(?P<list>[^.;]+?)\.?", text.strip())
        if said is None or fold(said.group("group")) != fold(g.name):
            return
        if self.key is None:
            self.key = document_key(self.units)
        people = split_list(said.group("list"))
        if len(people) >= 2 and all(self._function_word(p) for p in people):
            self._add_members(g, [member(p) or p for p in people], span)

    def _function_word(self, word: str) -> bool:
        """A function by its own word ("kommunpolisen") or a short form the document's key gives one ("KP")."""
        if word.isupper():
            return bool(PERSON.search(self.key.get(word, "").split(",")[0].strip())) if self.key else False
        return len(word.split()) == 1 and word[:1].islower() and bool(PERSON.search(lemma(word)))

    def _called_to(self, g: Group, text: str) -> Group | None:
        """"Styrgruppen kallar till forumet två gånger per år": the other group a group calls together, whose
        meetings the sentence's frequency counts; None when it calls no other."""
        if (calls := CALLS_TO.search(text)) is None:
            return None
        found = [m for m in mentions(text[calls.end():]) if not m.bare][:1]
        other = (self.groups.get(found[0].key) or self._alias(found[0])) if found else None
        return other if other is not None and other is not g else None

    def _outside_in_later_clause(self, g: Group, text: str) -> bool:
        """"Vägledning har hämtats från X; de råd som beskrivs där utgör inte någon del av denna överenskommelse",
        "…; nätverket är inte en del av …": a later clause that names the group as its subject, or opens with its
        own word, puts it outside."""
        return any(OUTSIDE_AGREEMENT.search(c) and (_opens_with_its_word(g, c) or any(
            self._same(m, g) for m in mentions(_until_verb(c), True))) for c in _clauses(text)[1:])

    @staticmethod
    def _about(g: Group, text: str) -> bool:
        """Whether a sentence's subject is the group ("Rådet regleras inte …", "Krogsamverkan X …"), not something
        else the sentence puts outside ("Polisens medborgarlöfte regleras inte …" after a sentence about it)."""
        head, words = _until_verb(text), text.split()
        pronoun = PRONOUN.match(text) and len(words) > 1 and _finite(words[1])  # "Den regleras …", not "Det av X …"
        named = mentions(head, True)
        if named and not pronoun and all(not m.bare and m.key != g.key and fold(m.name) not in fold(g.name)
                                         and fold(g.name) not in fold(m.name) and not g.has_word(m.key)
                                         for m in named):  # "Ungdomsrådet" is "Nybys ungdomsråd" by its word
            return False  # "Kommunens råd för trygghet … omfattas inte": another body, named as the subject
        return bool(pronoun or ANAPHOR.match(text) and not PRONOUN.match(text) or named
                    or fold(g.name) in fold(head) or not re.match(r"[A-ZÅÄÖ]", text))

    def _members(self, g: Group, text: str, unit: Unit) -> None:
        if STANDS_IN.search(text):
            return  # "A är ersättare för B och deltar bara vid förfall": a substitute is no member of its own
        if self._changed_members(g, text, unit.span):
            return
        for gone in LEAVES.finditer(text):  # "att fritidschefen samtidigt lämnar gruppen": a member no more
            g.left.update(members(_lower_start(gone.group("who"))))
        found = self._own_list(g, text) + (_named_where(g, text) if g.named_by_heading else [])
        if not found and group_kind(g.name) == "coordinators":
            found = _coordinators_named(text)
        if not found and (aside := _people_aside(text)) is not None:  # "finns kvar – A, B och C, sammankallade av
            found = aside[0]                                             # D, en gång i månaden – men …"
            if (freq := frequency.per_year(aside[1])) is not None:
                g.set("frequency_per_year", freq.value, unit.span)
        if re.search(r"(?i)\bi\s+övrigt\s+(?:av|deltar|ingår|sitter)\b|"
                     r"\b(?:består|deltar|ingår|sitter|har|samlar)\s+i\s+övrigt\b|"
                     r"^övriga\b|\b(?:ingår|deltar|sitter)\s+(?:därutöver|därtill)\b|"
                     r"\b(?:därutöver|därtill)\s+(?:ingår|deltar|sitter|medverkar)\b|"  # "; därutöver sitter B i den"
                     r"^(?:dessutom|därutöver|därtill)\s+är\s+[^.;]+?\s+med[\s.]*$|"  # "Dessutom är B med": besides A
                     r"\butöver\s+(?:henne|honom|denne|denna|dem|ordföranden|sammankallande)\s+(?:ingår|deltar|sitter)\b|"
                     r"^med\s+i\s+\w+\s+(?:är|finns|sitter)\s+(?:även|också)\b", text) and g.fields.get("chair") \
                or _chair_leads_where(g, text) \
                or re.match(r"(?i)(?:i\s+\S+|där|här)\s+(?:ingår|deltar|sitter|medverkar)\s+(?:även|också)\b", text) \
                and g.fields.get("chair") and not g.fields.get("members"):  # not "… och i övrigt när det behövs";
            # "i den ingår därutöver B"; "A leder mötena, där även B deltar", "Med i gruppen är också B": A takes part
            # too; "A är sammankallande. I gruppen ingår också B": besides A, the one named before
            chair = g.fields["chair"]  # "Sammankallande är A. I övrigt deltar B", "Övriga deltagare": A takes part
            found[:0] = [chair] if isinstance(chair, str) else list(chair)
        for meet in (MEET_WITH.match(text), MEET_TOGETHER.match(text), WHERE_MEET.search(text)):
            if meet and not mentions(meet.group("a")) and not ANAPHOR.match(text[meet.start():]):
                who = re.sub(r"(?i)^[\s,]*(?:i\s+vilke[nt]|där)\s+", "", meet.group("a"))  # "i vilken A möter B"
                found += members(_lower_start(who)) + members(_cut_clause(meet.group("b")))
                break
        if (joint := re.search(re.escape(g.name) + r"\s+tillsammans\s+med\s+(?P<list>[^.;]+)", text, re.I)) is not None:
            found += members(_cut_clause(joint.group("list")))  # "driver Krogsamverkan X tillsammans med A och B"
        if not found and not g.fields.get("members"):
            found = _coordinators_at_work(g, text)
        if unit.items and (MEMBER_HINT.search(text) or text.endswith(":")
                           or re.search(r"(?i)\b(?:är|ingår|deltar|sitter|medverkar)$", text)) \
                and not all(_opens_with_group(item.text) for item in unit.items):  # "Med i gruppen är"; not
            found += self._listed_items(g, unit.items)  # "Det finns tre lokala grupper:" over the groups' names
        found = [f for f in found if (len(f) > 2 or f.isupper() or f == "vd") and not re.search(r"\d", f)  # "TK"
                 and f.casefold() not in PRONOUNS
                 and not self._is_group(f) and fold(f) != fold(g.name) and f not in ("chef", "person")
                 and frequency.per_year(f) is None]  # "fyra gånger per år" in a list is no one
        if found:
            self._add_members(g, found, unit.span | (unit.items[-1].span if unit.items else unit.span))
            if SERVES.search(text):  # "A är rådets sekreterare": a member who serves the group, no decider
                g.serving.update(found)

    @staticmethod
    def _add_members(g: Group, found: list[str], span: Span) -> None:
        merged = list(g.fields.get("members", []))
        for f in found:
            if f.casefold() not in {e.casefold() for e in merged}:
                merged.append(f)
        g.set("members", merged, span, force=True)

    def _same_as(self, g: Group, text: str) -> list[str]:
        """The members of a group "sammansatt på samma sätt som" another: the other's, with the exchange the
        text names ("men med A i stället för B")."""
        m = SAME_AS.search(text)
        other = self._referenced(m.group("ref") or m.group("ref2") or m.group("ref3"), g) if m else None
        if other is None:
            return []
        listed = list(other.fields.get("members", []))
        if not m.group("with") and (without := WITHOUT.search(text, m.end())) is not None:
            gone = {fold(x) for x in members(without.group("list"))}  # "samma funktioner som X, men utan A"
            listed = [x for x in listed if fold(x) not in gone]
        new = members(_cut_clause(m.group("with"))) if m.group("with") else []
        instead = {x.casefold() for x in members(m.group("instead"))} if m.group("instead") else set()
        if instead:
            at = next((i for i, x in enumerate(listed) if x.casefold() in instead), len(listed))
            listed = [x for x in listed if x.casefold() not in instead]
            listed[at:at] = new
        else:
            listed += new
        return listed

    def _referenced(self, words: str, asking: Group) -> Group | None:
        """The group "gruppen i Östberga" or "Araby-teamet" refers to: one sharing a name of a place with it, or
        the one its words resolve to."""
        places = {fold(w) for w in re.findall(r"\b[A-ZÅÄÖ][\wåäö-]+", words[1:])}
        others = [x for x in self.groups.values() if x is not asking and x.fields.get("members")]
        by_place = [x for x in others if places & {fold(w) for w in re.findall(r"[\wåäö-]+", x.name)}]
        own = {fold(w) for w in asking.name.split()} - places
        alike = [x for x in by_place if own & {fold(w) for w in x.name.split()}]  # "EST Söder" like "EST Norr"
        if alike or by_place:
            return (alike or by_place)[0]
        name = self.resolve(words, asking)
        return next((x for x in others if x.name == name), None)

    def _is_group(self, words: str) -> bool:
        """Whether a listed member is a group of the agreement ("gruppen", "styrgruppen"), not a unit such as
        "fältgruppen" that takes part."""
        found = mentions(words)
        if not found:
            return False
        m = found[0]
        if m.bare or fold(m.head) in GENERIC_GROUPS:
            return True
        g = self.groups.get(m.key) or self._alias(m)
        return g is not None and any(k != "kind" for k in g.fields)  # one only named in passing is a unit

    def _chair(self, g: Group, text: str, span: Span) -> None:
        if (by_year := CHAIR_BY_YEAR.search(text) or CHAIR_BY_SEASON.search(text)
                or CHAIR_BY_PARITY.search(text)) is not None:
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
            who = RELATIVE_LEAD.sub("", YEARS_OF.sub("", m.group("who")).strip())  # "i vilken ingår A, som …"
            who = LABEL_BEFORE.sub("", who)  # "Syfte: Styrgruppen leder …": the label is no one, its value speaks
            who = _subject_after_adverbs(who, text[m.end():])
            who = re.sub(r"(?i)^(?:varit|blivit)\s+", "", who)  # "ordförande har varit A" in a report
            who = _until_verb(_after_inversion(CHAIR_STOP.sub("", who).strip()))
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
            if mentions(GENITIVE_WORD.sub("", who), True) or not who or fold(who).split()[0] in ALL_MEMBERS \
                    or fold(who).split()[0] in {"parterna", "parter", "part", "dem", "varandra", "ni", "vi", "de",
                                                "bada", "huvudmannen", "huvudman"} \
                    or re.match(r"(?i)ordförande(?:skap|post|uppdrag)", who):  # "… i den ordning …", the office
                continue
            people = [p for p in (member(TERM_OF.sub("", ONE_OF.sub("", x)))
                                  for x in split_list(who)) if p]
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
            chairs = [p for p in (member(_lower_start(turn.group("a"))), member(turn.group("b"))) if p]
            if len(chairs) == 2:
                g.set("chair", chairs, span, force=True)
                g.set("chair_alternating", True, span)
            return
        if not PARITY_CHAIR.search(text):
            return
        who = member(_lower_start(_subject_of(text)))
        if not who or not PERSON.search(lemma(who.split()[-1])):
            return
        chair = g.fields.get("chair")
        chairs = chair if isinstance(chair, list) else [chair] if chair else []
        if who not in chairs:
            g.set("chair", [*chairs, who], span, force=True)
        g.set("chair_alternating", True, span)

    def _works_for(self, g: Group, text: str, span: Span) -> None:
        """"arbetar på uppdrag av styrgruppen", "Under X finns …": g reports to X; "X tar emot rapporter från Y":
        Y reports to g."""
        if (works := WORKS_FOR.search(text)) is not None:
            name = self.resolve(_until_verb(works.group("to") or works.group("over")), g)
            if name and name != g.name and (mentions(name) or any(x.name == name for x in self.groups.values())):
                g.report_to(name, span)
        if (gives := RECEIVES.search(text)) is not None:
            name = self.resolve(_until_verb(gives.group("from")), g)
            other = next((x for x in self.groups.values() if x.name == name and x is not g), None)
            if other is not None and g.name not in other.fields.get("reports_to", []):
                other.report_to(g.name, span)

    def _views_passed_on(self, g: Group, text: str, span: Span) -> None:
        """"… lämna synpunkter, vilka därefter sammanställs och föreläggs X": what is said at g goes on to X; so
        does "…, och det som kommer fram tar X med sig"."""
        if (views := VIEWS_PASSED_ON.search(text)) is not None \
                and (to := self.resolve(_until_verb(views.group("to")), g)) and to != g.name:
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
            g.report_to(_body(sees_to.group("who")), span)  # "Den svarar för att kommunstyrelsen får redovisningen"

    def _reports(self, g: Group, text: str, span: Span) -> None:
        text = self._own_part(g, text)
        self._works_for(g, text, span)
        self._views_passed_on(g, text, span)
        self._received_from(g, text, span)
        if (prepares := PREPARES.search(text)) is not None:  # "förbereder styrgruppens möten": works for it
            name = self.resolve(ADVERB_FIRST.sub("", prepares.group("owner") or "") or prepares.group("passive")
                                or prepares.group("basis") or prepares.group("decides")
                                or prepares.group("inverted") or prepares.group("for")
                                or _meetings_owner(_until_verb(prepares.group("to") or prepares.group("by"))), g)
            if name and name != g.name and (mentions(name) or any(x.name == name for x in self.groups.values())):
                g.prepares = True
                g.report_to(name, span)
        for m in REPORTS.finditer(text):
            verb = m.group().split()[0].casefold()
            target = self._report_target(g, text, m)
            if not target:
                continue
            if verb == "informerar" and not target.group("obj") or _handed_on(text[:m.start()], verb):
                continue
            if verb == "från" and self.resolve(re.sub(r"\s+\S+$", "", m.group()[5:m.start("rest") - m.start()]),
                                              g) != g.name:
                continue  # "Anteckningarna från de operativa grupperna skickas till X": theirs, not g's
            if verb in ("ansvarar", "svarar") and "inför" not in m.group("rest")[:target.end()]:
                continue
            raw = GROUP_MEETING.sub(r"\1en", target.group("to") or target.group("obj"))  # "inför varje
            # styrgruppsmöte": the group whose meeting it is
            raw = _until_verb(TARGET_STOP.sub("", raw).strip())
            raw = OWN_BODY.sub("", raw)  # "för sin egen kommunstyrelse": each its own, the body
            raw = re.sub(r"\s*\([^)]*\)", "", raw)  # "kommunstyrelsen (KS)": its short form is no part of it
            if not raw or raw.split()[0].casefold() in {"sig", "sina", "sin", "sitt", "dem", "varandra"}:
                continue
            resolved = []
            whole = any(fold(raw) == fold(x.name) for x in self.groups.values())  # "Gruppen Skola och Fritid"
            # not "hälso- och sjukvårdsnämnd"; the preposition repeated: "för A och för B"
            for part in [raw] if whole else _target_parts(raw):
                part = _as_function(part)
                if fold(part) in {"denna", "detta", "dessa", "dem"}:  # "… bereder ärenden till styrgruppen och
                    named = [x for x in mentions(text[:m.start()]) if not x.bare]  # rapporterar till denna"
                    part = named[-1].name if named else part
                each = self._each_of(part, g)
                name = None if each else self.resolve(part, g)
                resolved += [x for x in each if x not in resolved]
                if name and name != g.name:
                    resolved.append(name)
            for more in ALSO_TO.finditer(m.group("rest"), target.start() + 1):  # "till A när …, och till B när …"
                name = self.resolve(_until_verb(TARGET_STOP.sub("", more.group("to")).strip()), g)
                if name and name != g.name and name not in resolved:
                    resolved.append(name)
            if resolved:
                existing = g.fields.get("reports_to", [])
                g.set("reports_to", existing + [r for r in resolved if r not in existing], span, force=True)

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
                and _finite(text[clause.end():].split(" ", 1)[0]):
            self._reports(other, f"{other.name} {text[clause.end():]}", span)

    def _report_target(self, g: Group, text: str, m: re.Match) -> re.Match | None:
        """Where a report of g goes, in the words after its verb: after "till" when a report noun leads ("en
        redogörelse för arbetet till X"), past g itself ("redovisar gruppen … för X")."""
        target = REPORT_TARGET.search(m.group("rest"))
        if REPORT_NOUN.search(text, 0, m.start("rest")) and (to := re.search(r"\btill\s", m.group("rest"))):
            target = REPORT_TARGET.search(m.group("rest"), to.start())
        if target and target.group("obj") and self.resolve(_until_verb(target.group("obj")), g) == g.name:
            target = REPORT_TARGET.search(m.group("rest"), target.end())
        return target

    def resolve(self, words: str, asking: Group) -> str | None:
        words = re.sub(r"(?i)^(?:den|det|de|respektive|varje|vardera)\s+|^ledningen\s+(?:för|i)\s+", "",
                       words.strip(" .,"))  # "för respektive kommunstyrelse": each one's
        if words in self.abbreviations:
            return self.abbreviations[words].name
        if fold(words) in {"denna", "detta", "dessa", "den", "dem"}:
            others = [g for g in self.groups.values() if g is not asking]
            return others[-1].name if others else None
        named = next((g for g in self.groups.values() if len(g.name.split()) > 1 and g.name[:1].isupper()
                      and fold(words).endswith(" " + fold(g.name))), None)
        if named is not None:
            return named.name  # "samordningsgruppen Trygg i Nyby": the group by its word and its name
        found = mentions(words)
        if found and (PARTY_GENITIVE.match(words.split()[0]) or OTHER_BODY.match(words)):
            return words  # "polisområdets ledningsgrupp", "Polisområde Syds ledningsgrupp": another body's group
        if found:
            m = found[0]
            g = self.groups.get(m.key) or self._alias(m) or self._renamed(m.key)
            if g is not None and g.excluded and m.key == m.head:  # "Under ledningsgruppen finns …": by its word
                # alone, the agreement's own group of that word, not a body the text put outside it
                g = next((x for x in reversed(list(self.groups.values())) if x is not asking
                          and x.has_word(m.head) and not x.excluded), g)
            if g is None and m.bare:
                g = next((x for x in reversed(list(self.groups.values())) if x is not asking
                          and x.has_word(m.head)), None)
            if g is not None:
                return g.name
        if len(words.split()) > 6:
            return None
        return _body(words)

    def _renamed(self, key: str) -> Group | None:
        """The group a word for its kind introduced before it was given a name ("en styrgrupp, Sala Trygg," …
        "styrgruppens möten"), while it is the one so named."""
        g = self.renamed.get(key)
        return g if g is not None and self.groups.get(g.key) is g else None

    def read_table_row(self, unit: Unit) -> None:
        """A row of a table of groups: one group per row under a header of fields, or (a table turned on its
        side) one field per row for the groups its header names."""
        if _month_header(unit.cells):
            self.header, self.columns, self.table_heading, self.plain = None, [], unit.heading, None
            self.months = True  # "| Grupp | jan | feb | … | dec |": a year's wheel of meetings
            return
        if self.months and unit.heading == self.table_heading and self.header is None:
            self.read_month_row(unit)
            return
        self.months = False
        if self.people is not None and unit.heading == self.table_heading and not unit.header:
            self.read_person_row(unit)
            return
        self.people = None
        if self.named_columns(unit):
            return
        if self.header is None and self.plain is not None and unit.heading == self.table_heading \
                and not (unit.header and _is_group_header(unit.cells)):
            self.read_activity(unit)  # a row of a table of activities, under its header: no header of its own
            return  # (a header of groups further down, as in a PDF's columns read as cells, starts a table of groups)
        if self.header is None or unit.heading != self.table_heading or self._another_header(unit):
            self.header, self.columns, self.table_heading, self.plain = None, [], unit.heading, None
            if (people := _people_columns(unit.cells)) is not None:
                self.people = people  # "| Namn | Titel | Ingår i |": people, each in the groups its row names
            elif _is_group_header(unit.cells):
                self.header = [fold(c) for c in unit.cells]
            elif columns := self._column_groups(unit):
                self.header, self.columns = [], columns
            elif unit.header:
                self.plain = [fold(c) for c in unit.cells]
            return
        if not self.columns and self.header and [fold(c.split("\n")[0]) for c in unit.cells] == self.header:
            self.read_rest_under_header(unit)  # the header again after a page break, the last row going on
            return
        if not self.columns and _sub_header(unit.cells, self.header):  # the column names under merged cells
            self.header = [fold(c) if _col(fold(c)) else h for c, h in zip(unit.cells, self.header, strict=False)]
            return
        if not self.columns:
            self.read_row(self.header, unit)
            return
        self.read_column_row(unit)

    def _by_its_place(self, name: str) -> Group | None:
        """The one group whose name ends with a row's name of no group ("Åby" for "Lokala trygghetsgruppen
        Åby"): a table of the groups of each place names each by its place, one of groups named alike for places
        ("Lokala trygghetsgruppen Nyby", not "Styrgruppen Trygga Nyby")."""
        if not name[:1].isupper():
            return None
        ends = {fold(g.name)[:-len(name)]: g for g in self.groups.values() if fold(g.name).endswith(" " + fold(name))
                and GROUP_WORD.search(g.name[:-len(name)])}
        alike = [g for kind, g in ends.items() if sum(fold(x.name).startswith(kind) for x in self.groups.values()) >= 2]
        return alike[0] if len(alike) == 1 else None

    def read_person_row(self, unit: Unit) -> None:
        """A row of a table of people ("| Anna A | Säkerhetsstrateg | LG, OG | Sekreterare i LG; leder PG |"): the
        function is a member of each group its groups cell names; a remark that it chairs or calls one (the one
        it names, else the row's only group) makes it that group's chair. A row with no group is a contact only."""
        cells = unit.cells
        who = member(cells[self.people["function"]].strip()) if len(cells) > self.people["function"] else None
        if who is None:
            return
        cell = cells[self.people["groups"]] if len(cells) > self.people["groups"] else ""
        sits_in = [g for g in (self._group_called(w) for w in split_list(cell)) if g is not None and not g.excluded]
        for g in sits_in:
            self._add_members(g, [who], unit.span)
        remark = cells[self.people["remark"]] if "remark" in self.people and len(cells) > self.people["remark"] else ""
        for clause in re.split(r"\s*[;.]\s*", remark):
            if REMARK_CHAIR.match(clause) and (g := self._chaired_in(clause, sits_in)) is not None:
                chair = g.fields.get("chair")
                chairs = [] if chair is None else [chair] if isinstance(chair, str) else list(chair)
                g.set("chair", [*chairs, who] if chairs and who not in chairs else chairs or who, unit.span,
                      force=True)

    def _group_called(self, words: str) -> Group | None:
        """The group words name, by its short form ("OG") or its name."""
        words = words.strip(" .")
        return self.abbreviations.get(words) or (self._known_group(words) if words else None)

    def _chaired_in(self, clause: str, sits_in: list[Group]) -> Group | None:
        """The group a remark of leading is about: the one it names ("sammankallande i OG", "leder platsgruppen"),
        or, when it names nothing but years ("Ordförande 2027"), the row's only group."""
        rest = re.sub(r"^\S+\s*", "", clause.strip())
        if (named := re.match(r"(?i)(?:i|för|av)\s+(?P<g>.+)", rest)) is not None:
            return self._group_called(named.group("g"))
        if re.fullmatch(r"(?i)(?:[\d–-]+|och|,|\s|år|udda|jämna)*", rest):
            return sits_in[0] if len(sits_in) == 1 else None
        return self._group_called(rest)

    def _another_header(self, unit: Unit) -> bool:
        """A header row of other columns under the same heading: another table starts (a register's next sheet)."""
        return unit.header and bool(self.header) and not self.columns and len(unit.cells) != len(self.header)

    def read_column_row(self, unit: Unit) -> None:
        """A row of a table with a group a column: a field of each group ("| Möten | 4 ggr/år | varje vecka |"), or
        a function's marks in a participation matrix."""
        what = _col(fold(unit.cells[0]))
        if unit.cells[0] and any(unit.cells[1:]) and all(not c or self.legend_mark(c) for c in unit.cells[1:]):
            self.read_matrix_row(unit)  # marks, no values: "Fritidsledare | ● |" is a person, no field "ledare"
        elif what not in (None, "name"):
            for g, value in zip(self.columns, unit.cells[1:], strict=False):
                if g is not None and value:
                    self.read_field(g, what, value, unit.span)

    def read_matrix_row(self, unit: Unit) -> None:
        """A row of a participation matrix ("| Socialchef | ● | | O |" under a header of groups): the function takes
        part in each group its row marks, and chairs the groups a chair's mark marks (by the legend, "O =
        ordförande")."""
        # "Vd, AB Bostäder": a function and whose it is, one person
        who = member(re.sub(r"^(?P<f>[^,]+),\s+(?=[A-ZÅÄÖ][^,]*$)", lambda m: _lower_start(m.group("f")) + " för ",
                            unit.cells[0].strip()))
        if who is None:
            return
        for g, cell in zip(self.columns, unit.cells[1:], strict=False):
            if g is None or not cell or self.groups.get(g.key) is not g:
                continue
            if (meaning := self.legend_mark(cell)) == "chair":
                chair = g.fields.get("chair")
                chairs = [] if chair is None else [chair] if isinstance(chair, str) else list(chair)
                g.set("chair", [*chairs, who] if chairs and who not in chairs else chairs or who, unit.span, force=True)
            if meaning in ("chair", "member"):
                self._add_members(g, [who], unit.span)  # one person, read already: no list to read again

    def legend_mark(self, cell: str) -> str | None:
        """What a matrix cell's mark says: "member", "chair" or None (no mark); a footnote's number after it
        ("O ¹") says no more. Ticks are members; a letter means what the document's legend says it means."""
        mark = re.sub(r"\s*[¹²³⁴⁵⁶⁷⁸⁹*]+$", "", cell.strip())
        if self.legend is None:
            self.legend = _legend(self.doc)
        if mark in self.legend:
            return self.legend[mark]
        return "member" if mark.strip("()") in TICKS else None

    def named_columns(self, unit: Unit) -> bool:
        """"| Namn | Grupp Nyby | Grupp Åby |" under a header of something else (the places): the groups, one a
        column, whose fields the rows below give; whether the row named them."""
        if self.header is not None or self.plain is None or unit.heading != self.table_heading \
                or _col(fold(unit.cells[0])) != "name" or not (columns := self._column_groups(unit)):
            return False
        self.header, self.columns = [], columns
        return True

    def read_month_row(self, unit: Unit) -> None:
        """A row of a year's wheel: the group it names meets once in each month marked ("x") and as many times as
        a number in a month says; a row of anything else (a report, a survey) is no group's."""
        count = 0
        for cell in unit.cells[1:13]:
            mark = cell.strip().casefold()
            count += int(mark) if mark.isdigit() else 1 if mark in ("x", "✓", "✔", "●", "•", "*") else 0
        g = self._known_group(unit.cells[0]) if unit.cells else None
        if g is not None and count and self.groups.get(g.key) is g:
            g.set("frequency_per_year", count, unit.span)

    def read_label_row(self, g: Group | None, unit: Unit) -> bool:
        """A row of a two-column table of labels and values under a group's heading ("| Deltagare | A, B |",
        "| Syfte | Bereder … |"), a table without a header of its own: a labelled line of that group."""
        if g is None or self.header is not None or len(unit.cells) != 2 or not all(unit.cells) \
                or len(unit.cells[0].split()) > 3 or unit.header and _col(fold(unit.cells[0])) is None:
            return False
        what = _col(fold(unit.cells[0]))
        if what == "name":
            return False
        if what is not None:
            self.read_field(g, what, unit.cells[1], unit.span)
        elif (kind := group_kind(g.name, unit.cells[1])) != group_kind(g.name):
            g.set("kind", kind, g.span, force=True)  # "| Syfte | Bereder styrgruppens möten |"
        g.set("kind", group_kind(g.name), g.span)
        return True

    def read_activity(self, unit: Unit) -> None:
        """A row of a table of activities ("Aktivitet | Ansvarig | Tidplan") that is about a group the text named:
        its meetings ("Styrgruppens möten", or the group's name alone or before a comma) take the row's
        responsible as chair and its time as frequency; "Rapport från A till B" makes B A's report target."""
        thing = re.sub(r"^[\wåäö]+:\s+", "", unit.cells[0]) if unit.cells else ""  # "Organisation: …"
        cells = dict(zip(self.plain or [], unit.cells, strict=False))
        if handed := HANDED_ON.search(thing):
            source, target = (self._known_group(handed.group(k)) for k in ("source", "target"))
            if source is not None and (name := self.resolve(handed.group("target"), source)):
                source.report_to(name, unit.span)
            return
        meeting = re.match(r"(?P<group>[^,]+?)(?:s\s+(?:möten|sammanträden|träffar)|\s*,|$)", thing)
        g = self._known_group(meeting.group("group")) if meeting else None
        if g is None or len(meeting.group("group").split()) > 4:
            return
        for column, value in cells.items():
            if re.search(r"tidplan|\btid\b|^nar\b|period", column):
                self.read_field(g, "frequency", value, unit.span)
            elif _col(column) == "chair" and not any(m.start == 0 for m in mentions(value)):  # not "Gruppen X"
                self.read_field(g, "chair", value, unit.span)

    def _column_groups(self, unit: Unit) -> list[Group | None]:
        """The groups a header row names one per column after the first ("| | Styrgrupp | Arbetsgrupp |")."""
        found = [[m for m in mentions(c, True) if not m.bare and m.start == 0] for c in unit.cells[1:]]
        if len(unit.cells) < 2 or _col(fold(unit.cells[0])) not in (None, "name") \
                or not all(f or not c for f, c in zip(found, unit.cells[1:], strict=True)) or not any(found):
            return []
        groups = []
        for f, cell in zip(found, unit.cells[1:], strict=True):
            g = self.group(_whole(f[0], cell), unit.span, 3) if f else None
            if g is not None:
                g.set("kind", group_kind(g.name), unit.span)
            groups.append(g)
        return groups

    def read_rest_under_header(self, unit: Unit) -> None:
        """A table's header repeated on the next page, with the lines of the row the page break cut under it
        ("Deltagare" / "enhetschef för fältverksamheten, analytiker"): the fields of that row's group go on."""
        g = self.last_row
        for column, cell in zip(self.header, unit.cells, strict=False):
            rest = cell.split("\n", 1)[1].strip() if "\n" in cell else ""
            if g is not None and rest and (what := _col(column)) is not None and what != "name":
                if what == "members":
                    self._add_members(g, members(rest), unit.span)
                else:
                    self.read_field(g, what, rest, unit.span)

    def read_row(self, header: list[str], unit: Unit) -> None:
        cells = dict(zip(header, _realigned(unit.cells, header), strict=False))
        names = [" ".join(v.split()) for k, v in cells.items() if _col(k) == "name" and v]
        name = next((v for v in names if any(not m.bare for m in mentions(v, True))), names[0] if names else None)
        if not name:
            return
        found = mentions(name, True)
        m = found[0] if found else None
        if m is None and (placed := self._by_its_place(name)) is not None:
            g = placed  # "| Åby | … |" under "Lokal grupp": the group named for Åby
        elif m is None or m.start > 0:
            key = fold(" ".join(lemma(w) for w in name.split()))
            g = self.groups.get(key) or Group(key, name, unit.span, 3)
            self.groups[key] = g
        else:
            g = self.group(Mention(m.key, name, m.head, False, 0, len(name), True), unit.span, 3)
            g.name, g.weight = name, 3
        if (short := NAMED_SHORT.search(name)) is not None:
            self.abbreviations[short.group(1)] = g  # "Taktiska gruppen (TG)": later rows report to "TG"
        for column, value in cells.items():
            what = _col(column)
            if value and what is not None:
                self.read_field(g, what, value, unit.span)
        level = next((LEVEL_KINDS.get(fold(v).strip().rstrip("a")) for k, v in cells.items()
                      if re.fullmatch(r"niva|nivan", k.strip())), None)
        g.set("kind", level or group_kind(g.name, " ".join(unit.cells)), unit.span, force=bool(level))
        g.level_kind = level or g.level_kind  # "| Taktisk | Samordningsgruppen |": the level's kind, as under a heading
        g.tenses.add("present")  # a row of the table of groups tells how it is: "leddes tidigare av …" after it is
        # its history, not its end
        if any(OUTSIDE_AGREEMENT.search(c) for c in unit.cells[1:]) or _left_out(cells):
            g.excluded = True  # a cell of its own row says so ("Ingår inte i överenskommelsen – eget reglemente")
        self.last_row = g

    def read_labelled(self, g: Group, unit: Unit) -> bool:
        """"Deltagare: A, B", "Ordförande ...... C", "Möten: varje månad": the fields a group's heading or line
        introduces, one label or several in a row; whether the unit was such a line."""
        if unit.kind == "sentence" and self.read_answer(g, unit):
            return True  # "Hur ofta träffas ledningsgruppen?" "Fyra gånger om året."
        found = [m for m in self.labels(unit) if _col(fold(m.group("label"))) not in (None, "name")]
        if (named := LABEL.match(unit.text)) is not None and _col(fold(named.group("label"))) == "name" \
                and fold(g.name) == fold(unit.heading) and (value := unit.text[named.end():].strip(" .")) \
                and fold(value) != fold(g.name) and any(not x.bare for x in mentions(value, True)):
            # a form's "Namn:  Ledningsgruppen för trygghet" under "Styrgrupp": the group is that name's, no
            # heading's that only stood for it ("Operativ samverkan")
            self.give_name(g, value).named_by_heading = False
            return True
        if (not found or found[0].start() > 0) and (task := LABEL.match(unit.text)) is not None \
                and unit.text[task.end():].split() and _finite(unit.text[task.end():].split()[0]):
            # "Uppdrag:  bereder styrgruppens möten": a clause about the group, its subject left out
            before = g.fields.get("members", [])
            self.read_sentence(g, Unit("sentence", unit.text[task.end():], unit.span, unit.heading))
            g.tasked = [m for m in g.fields.get("members", []) if m not in before]
            return True
        if not found or found[0].start() > 0:
            return False
        if unit.span.end > unit.span.start and (column := self.label_column(unit)) is not None:
            for label, value in column:
                self.read_field(g, _col(fold(label)), value, unit.span, column=True)
            g.set("kind", group_kind(g.name, unit.text), g.span)
            return True
        for m, after in zip(found, [*found[1:], None], strict=True):
            value = unit.text[m.end():after.start() if after else len(unit.text)].strip(" .;")
            what = _col(fold(m.group("label")))
            if what == "members" and re.fullmatch(r"(?i)sekreterare|föredragande|justerare", m.group("label")) \
                    and re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+){1,2}\.?", value):
                continue  # "Sekreterare: Eva Ek.": who holds the role, named; her function is told elsewhere
            if what == "members" and (person := LEADING_PERSON.match(value)):  # "Närvarande: Eva Ek   socialchef,
                value = value[person.end():].split(",")[0]  # Åby kommun": her function, not where she works
            value = _lower_start(value)  # "Deltagare: Lokalpolisområdeschefen, …": a field's value as a sentence
            if not value and what == "members" and after is None and unit.items:
                self._add_members(g, self._listed_items(g, unit.items), unit.span | unit.items[-1].span)
                continue  # "**Fasta deltagare:**" over a list of them
            if value and what == "members" and fold(m.group("label")).startswith("ovriga") and g.fields.get("chair"):
                chair = g.fields["chair"]  # "Ordförande: A" over "Övriga ledamöter: B, C": A sits in it too
                value = ", ".join([chair] if isinstance(chair, str) else chair) + ", " + value
            if value:
                self.read_field(g, what, value, unit.span)
        g.set("kind", group_kind(g.name, unit.text), g.span)
        return True

    def labels(self, unit: Unit) -> list[re.Match]:
        """The labels of a unit's fields: a word or two before a colon ("Deltagare: …"), or any few words the
        document sets off in bold as a label ("**Den som kallar:** …", "**Vem kan komma:** …")."""
        found = list(LABEL.finditer(unit.text))
        if sum(len(self.doc.line(n)) for n in range(unit.span.start, unit.span.end + 1)) > 2 * len(unit.text) + 200:
            return found  # a sentence of a long line: no line of labels (and not read again for each sentence)
        raw = " ".join(self.doc.line(n) for n in range(unit.span.start, unit.span.end + 1))
        for bold in BOLD_LABEL.finditer(raw):
            words = bold.group("label").strip()
            at = re.compile(r"(?:^|(?<=\s))(?P<label>" + re.escape(words) + r")\s*:\s*")
            if (m := at.search(unit.text)) and not any(f.start() <= m.start() < f.end() for f in found):
                found = [f for f in found if not m.start() <= f.start() < m.end()] + [m]
        return sorted(found, key=lambda m: m.start())

    def label_column(self, unit: Unit) -> list[tuple[str, str]] | None:
        """"Närvarande:   A (ordf.)" with B, C on the lines below, aligned under A: a column of values, one a
        line, each line under the label above it; None if the lines are not laid out so."""
        lines = [self.doc.line(n) for n in range(unit.span.start, unit.span.end + 1)]
        first = LABEL.match(lines[0].strip())
        if first is None:
            return None
        indent = len(lines[0]) - len(lines[0].lstrip()) + len(lines[0].strip()[:first.end()])
        out: list[tuple[str, list[str]]] = [(first.group("label"), [lines[0].strip()[first.end():]])]
        for line in lines[1:]:
            if (label := LABEL.match(line.strip())) is not None and _col(fold(label.group("label"))) is not None:
                out.append((label.group("label"), [line.strip()[label.end():]]))
            elif len(line) - len(line.lstrip()) == indent and line.strip():
                out[-1][1].append(line.strip())
            else:
                return None
        if any("," in v for _, values in out for v in values):
            return None  # "A, B, C för" wrapped onto the next line: one list, not a column
        return [(label, "\n".join(values)) for label, values in out if len(values) > 1 or len(out) > 1]

    def read_field(self, g: Group, what: str, value: str, span: Span, column: bool = False) -> None:
        """One field of a group as a table cell or a labelled line gives it; in a `column` each line of the value
        is one member."""
        if what is not None:
            value = re.sub(r"\n(?=(?:och|samt|eller)\s)", " ", value) if what == "members" else " ".join(value.split())
            said: list[str] = []
            if what == "members" and not column:  # "A, B och C. Från parterna deltar D." / "A (B deltar vid
                value, said = _said_in_cell(value)  # behov.)": the sentences of a cell are read as sentences
            if what == "members":  # added to those named before, as a labelled line adds them
                for line in value.split("\n"):  # "kommundirektör Lena Låtsasdotter (ordf.)"
                    if (marked := CHAIR_MARK.search(line)) and (who := member(marked.group("who"))):
                        g.set("chair", who, span)
                lines = [_capitals_of_lines(_open_to(MEET_BETWEEN.sub(", ", line))) for line in _cell_lines(value)]
                listed = [m for line in lines for m in ([member(_unnamed_person(line))] if column
                                                        else members(line, prose=False)) if m]
                # "Uppdrag: samlar lokala aktörer" over "Deltagare: A, B": the field says who they are
                merged = [m for m in g.fields.get("members", []) if m not in g.tasked]
                merged += [m for m in listed if m.casefold() not in {e.casefold() for e in merged}]
                g.tasked = []
                g.set("members", merged, span, force=True)  # "Närvarande: …" then "Adjungerad: …"
                for sentence in said:  # after the list, as the cell names them
                    self.read_sentence(g, Unit("sentence", sentence, span, g.name))
            elif what == "chair":
                self._chair_field(g, value, span, column)
            elif what == "frequency":
                freq = frequency.per_year(value) or frequency.counted(value)
                if freq is not None:  # the group's own field says how often it meets, over a sentence in passing
                    g.set("frequency_per_year", freq.value, span, force="frequency_per_year" not in g.answered)
                    g.answered.add("frequency_per_year")
            elif what == "reports" and any(_finite(w) for w in value.split()[:4]):
                self._reports(g, value, span)  # "Rapportering: gruppen lämnar en årlig rapport till X"
            elif what == "reports":
                value = WHEN_AFTER.sub("", value)  # "kommunstyrelsen, i samband med årsredovisningen": when, not whom
                value = re.sub(r"(?i)^till\s+", "", value)  # "Redovisning: Till kommunstyrelsen."
                names = [self.resolve(p, g) for p in split_list(value)]
                g.set("reports_to", [n for n in names if n], span)

    def _chair_field(self, g: Group, value: str, span: Span, column: bool) -> None:
        """A chair's cell or labelled line: by year, in a sentence, with a note, no one, or the people named."""
        if CHAIR_BY_YEAR.search(value):
            self._chair(g, value, span)  # "ordförandeskapet alternerar: A är ordförande 2026 och B 2027"
        elif (turns := _chairs_by_year(value)) is not None:
            g.set("chair", turns, span, force=True)  # "A 2026; B 2027; A 2028": the chair held in turn
            g.set("chair_alternating", True, span)
        elif _said_in_full(value) and self._chaired_by_sentence(g, value, span):
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
            people = [p for p in (member(x) for x in function_list(value)) if p]
            if people:
                g.set("chair", people if len(people) > 1 else people[0], span)


# "Deltagare: A och B träffar C, D och E": a field's list told as who meets whom, all of them taking part
MEET_BETWEEN = re.compile(r"(?i)(?<=[a-zåäö])\s+(?:träffar|möter|samlar|bjuder\s+in)\s+(?=[a-zåäö])")
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


INITIALS_FIRST = re.compile(r"(?P<short>[A-ZÅÄÖ]{2,6})\s+[–—-]\s+(?P<long>[A-ZÅÄÖa-zåäö][^–—]{2,80})")
# "Deltagare:", "Ordförande ......", "Ordförande/sammankallande:", "Rapp. till:", "Sammansättning (fritext):"
LABEL = re.compile(r"(?:^|(?<=\s))(?P<label>[A-ZÅÄÖ][a-zåäö]+\.?(?:/[a-zåäö]+)?(?:\s+[a-zåäö]+)?"
                   r"(?:\s+[a-zåäö]+(?=\?\s{2,})|\s+till(?=:))?)"
                   r"(?:\s*\([a-zåäö. ]{1,20}\))?(?:\s*\.{2,}\s*|\s*:\s+|\.?\?\s{2,})")
# a clause of time after a report's target ("…, i samband med delårsrapport och årsredovisning", "…, efter varje möte")
WHEN_AFTER = re.compile(r"(?i),\s*(?:i\s+samband\s+med|i\s+anslutning\s+till|efter|inför|vid|varje|senast|"
                        r"en\s+gång|två\s+gånger)\b.*$")
# the verb left out after the first of parallel clauses: "Kommunen företräds av A och B, polisen av C och
# bolaget av sin vd" (each party's people after its "av")
GAPPED_AGENT = re.compile(r"(?:\s*,|\s+och|\s+samt)\s+(?:[a-zåäö]+\s+)?[a-zåäö]{3,}(?:en|et|n)\s+av\s+"
                          r"(?:(?:sin|sitt|sina)\s+)?")
LEADING_PERSON = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+){1,2}\s{2,}(?=[a-zåäö])")
NOW = re.compile(r"(?i)^(?:i\s+dag|numera|för\s+närvarande|fortfarande|sedan\s+\w+)\s+")
# a label the document sets in bold, of a few words ("**Den som kallar:**", "**Lämnar underlag till**:")
BOLD_LABEL = re.compile(r"(?:\*\*|__)(?P<label>[A-ZÅÄÖ][\wåäö]*(?:\s[\wåäö]+){0,7}?)(?::(?:\*\*|__)|(?:\*\*|__):)")
COLUMNS = [("members", r"^i (?:gruppen|radet|forumet|natverket|teamet)$"),  # "I gruppen: A, B" is who, not which
           ("guests", r"^ovriga narvarande|^gast"),  # a minute's guests are no members
           # "Ingår i ÖK: Ja/Nej", "Status: Avslutad": whether the group is one of the agreement's, not who is in it
           ("belongs", r"^(?:ingar|del)\s+(?:i|av)\s+(?:ok|\w*overenskommelse\w*|\w*avtal\w*)$"),
           ("status", r"^status$"),
           ("name", r"grupp|forum|organ|niva|namn|samverkansform|motesform|\bgroup\b|\bbody\b"),
           ("members", r"deltagare|deltagande|sammansattning|ledamoter|\bmedlem(?:mar)?\b|bestar|represent|"
                       r"deltar|vilka|\bingar\b|sekreterare|adjunger|narvarande|\bmembers\b|participants|"  # not
                       r"\bar med\b|^vem$|^vem kan|medverka|\bsitter\b|"  # "anteckningar"; a slide's "Vem?   A, B";
                       # "Vem sitter i X?"
                       r"^ovriga$"),  # a form's "Övriga:  A" under its list of members
           ("chair", r"ordforande|\bordf\b|leds|leder|ledare|^ledning$|sammankall|\bkallar\b|ansvari?[ga]r?\b|\bchair"),
           ("frequency", r"mote|frekvens|traffas|sammantrad|hur ofta|sa ofta|meetings|frequency|^nar$"),
           ("reports", r"rapport|\brapp\b|aterrapport|redovisar|^redovisning$|lyfter|aterkoppl|eskaler|vart gar|"
                       r"reports|underlag till|tas om hand|^lamnar (?:\w+ )?till$|"  # "Lämnar frågor till"
                       r"\baterfors till$")]  # "Synpunkter återförs till:"


OPEN_PHRASE = re.compile(r"(?i)\s(?:för|i|vid|på|inom|av|mot|med|från|och)$|\s\S+(?:ens|ets|ernas|arnas|ornas)$")
ATTRIBUTIVE = re.compile(r"(?i)(?:ande|ende|iska|isk|iga|ig)$")


SEMICOLON = re.compile(r"(?<=[a-zåäö]);\s+(?=[a-zåäöA-ZÅÄÖ])")  # "…; dess möten …", "…; Räddningstjänsten X bjuds in …"
CLAUSE_WORDS = 8


RELATIVE_NEXT = re.compile(r",\s+(?P<pronoun>vilken|vilket|vilka|vars)\s+(?=\S)")
CHAIN_WORDS = 40


def _relative_chain(sentence: str) -> list[str]:
    """A long sentence whose relative clauses go on about the groups named before them ("Arbetet bedrivs i en
    samverkansgrupp, där A deltar, vilken leds av B och lyfter frågor till samordnarna, vilka bjuder in C till
    Trygghetsmötet X, vars synpunkter …"): each clause a sentence about its antecedent, the last group named before
    it that agrees with the pronoun ("vilka" the plural, "vilken"/"vilket" the singular; "vars" any)."""
    if len(sentence.split()) < CHAIN_WORDS:
        return [sentence]
    parts, start, about = [], 0, None
    for m in RELATIVE_NEXT.finditer(sentence):
        named = [x for x in mentions(sentence[start:m.start()], True) if not x.bare]
        agreeing = [x for x in named if (m.group("pronoun") == "vilka") == bool(re.search(r"(?:na|erna)$", x.name))
                    or m.group("pronoun") == "vars"]
        if agreeing:
            parts.append(_about(about, sentence[start:m.start()]))
            about, start = (m.group("pronoun"), agreeing[-1].name), m.end()
    return [*parts, _about(about, sentence[start:])] if parts else [sentence]


def _about(about: tuple[str, str] | None, clause: str) -> str:
    """A relative clause as a sentence about its antecedent: "vilken leds av A" → "X leds av A"; "vars synpunkter
    går till Y" → "synpunkter från X går till Y"."""
    if about is None:
        return clause
    pronoun, antecedent = about
    if pronoun == "vars":
        head, _, rest = clause.partition(" ")
        return f"{head} från {antecedent} {rest}"
    return f"{antecedent} {clause}"


def _main_clauses(sentence: str) -> list[str]:
    """A long sentence whose semicolon parts two main clauses, each about a group ("Styrgruppen … till
    kommunstyrelsen; dess möten förbereds av A och B, som utgör samordnarna"): each read as a sentence of its own.
    A list's semicolons (after a colon, or parts of a few words) part nothing."""
    if len(parts := GROUP_CLAUSE.split(sentence, maxsplit=1)) == 2 and all(_finite(p.split()[1]) for p in parts[1:]):
        return parts  # "A kallar till mötena, och gruppen förbereder …": a clause of the group's own after it
    # "…, och samordnarna återrapporterar till X": a group of its own (a sentence has a few such joints at most)
    for joint in itertools.islice(AND_CLAUSE.finditer(sentence), 6):
        rest = sentence[joint.end():]
        named = [m for m in mentions(rest[:80], True) if m.start == 0 and not m.bare]
        if named and rest[named[0].end:].split() and _finite(rest[named[0].end:].split()[0]):
            return [sentence[:joint.start()], rest]
        if _own_group_clause(sentence[:joint.start()], rest):
            return [sentence[:joint.start()], rest]
    parts = SEMICOLON.split(sentence)
    if len(parts) < 2 or ":" in sentence or any(len(p.split()) < CLAUSE_WORDS or not mentions(p) for p in parts):
        return [sentence]
    return parts


# "…, som har en egen överenskommelse med polisen och en egen ledningsgrupp": another body's agreement and groups
OWN_AGREEMENT = re.compile(r"(?i)\b(?:en|ett|sin|sitt)\s+eg(?:en|et)\s+(?:[\wåäö]+\s+)?(?:[\wåäö]*överenskommelse|"
                           r"[\wåäö]*avtal)\b")
OWN_BEFORE = re.compile(r"(?i)\b(?:en|ett|sin|sitt|sina|egna)\s+eg(?:en|et|na)\s+(?:[\wåäö]+a\s+)?$|\begna\s+$")


def _of_another_agreement(text: str) -> bool:
    """A sentence on a body with an agreement of its own whose every group it names is that body's own ("en egen
    ledningsgrupp"): no group of this agreement."""
    named = mentions(text)
    return bool(OWN_AGREEMENT.search(text)) and bool(named) \
        and all(OWN_BEFORE.search(text[:m.start]) for m in named)


PART_TAKING = re.compile(r"(?i)deltar|ingår|sitter|medverkar")


def _own_group_clause(before: str, rest: str) -> bool:
    """", och A deltar regelbundet i Trygghetsforum X" after a clause about another group: a subject of a few words,
    its verb of taking part, then a group by its proper name that the clause before did not name; a clause about
    that group."""
    words = rest.split()
    verb = next((k for k, w in enumerate(words[:6]) if _finite(w)), None)
    if not verb or mentions(" ".join(words[:verb])) or not PART_TAKING.fullmatch(words[verb]):
        return False
    own = {m.key for m in mentions(rest, True) if not m.bare and m.name[:1].isupper()}
    other = {m.key for m in mentions(before, True) if not m.bare}
    return bool(own) and bool(other) and not own & other


def _represented(name: str, members: list[str]) -> bool:
    """Whether an organisation listed as a member takes part through a person another member names at it
    ("förvaltare från Nybyhem" beside "Nybyhem"): that person is how it is there, no member of its own."""
    own = fold(name)
    return any(m != name and re.search(r"\s(?:fran|vid|hos|pa|for)\s+" + re.escape(own) + "$", fold(m))
               for m in members)


def _once_each(names) -> list[str]:
    """The names in order, each once whatever its case ("Kommunstyrelsen" in a table, "kommunstyrelsen" in prose)."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(fold(name), name)
    return list(seen.values())


def _capitals_of_lines(line: str) -> str:
    """A cell's items that each open with a capital (its lines, "Fältassistenter<br>Skolkuratorer från X"): the
    capital of a line's start marks no name, so a function's word is lower case again ("skolkuratorer från X")."""
    items = line.split(", ")
    if len(items) < 2 or not all(i[:1].isupper() for i in items):
        return line
    return ", ".join(_lower_start(i) if PERSON.search(lemma(i.split()[0].casefold())) and not i.split()[0].isupper()
                     else i for i in items)


def _cell_lines(value: str) -> list[str]:
    """The members of a cell a line each, a member a layout broke over lines made whole again: a line left open by
    a preposition or a genitive ("Samordnare för" / "brottsförebyggande" / "arbete", "Socialtjänstens" /
    "mottagningsenhet") goes on in the lower-case lines under it while they end in an attribute."""
    out: list[str] = []
    open_phrase = False
    for line in value.split("\n"):
        if out and open_phrase and line[:1].islower():
            out[-1] += " " + line
        else:
            out.append(line)
        open_phrase = bool(OPEN_PHRASE.search(" " + out[-1])) or open_phrase and bool(ATTRIBUTIVE.search(line)) \
            and line[:1].islower()
    return out


def _target_parts(raw: str) -> list[str]:
    """The bodies a report goes to ("till A och B", "för A och för B"), without a further step of what is handed
    on ("redovisas för A och därefter för B": A hands it on to B)."""
    return [p for p in re.split(r"(?<!-)\s+och\s+(?:till\s+|för\s+)?", raw) if not THEN_ON.match(p)]


def _realigned(cells: list[str], header: list[str]) -> list[str]:
    """A row's cells where its columns ran together (a scan): a list ending in a comma goes on in the next cell
    ("A,B, | C" is one list), and a last cell of meetings with a name after it ("1 ggr/vecka Beredningsgruppen")
    is two cells when the header has a column for the name."""
    out: list[str] = []
    for cell in cells:
        if out and out[-1].rstrip().endswith(",") and len(cells) > 1:
            out[-1] = out[-1].rstrip() + " " + cell
        else:
            out.append(cell)
    if len(out) < len(header) and _col(header[len(out) - 1]) == "frequency" and _col(header[len(out)]) == "reports" \
            and (tail := re.fullmatch(r"(?s)(?P<when>.*\S)\s+(?P<name>[A-ZÅÄÖ][\wåäö-]+)", out[-1])) \
            and frequency.per_year(tail.group("when")) is not None:
        out[-1:] = [tail.group("when"), tail.group("name")]
    out = out if len(out) == len(header) else cells  # a list going on past a page break keeps its columns
    for k in range(min(len(out), len(header)) - 1):  # a smudged cell: the meetings read one column early
        if _col(header[k]) == "chair" and _col(header[k + 1]) == "frequency" \
                and frequency.per_year(out[k]) is not None and frequency.per_year(out[k + 1]) is None:
            out = [*out[:k], "", f"{out[k]} {out[k + 1]}", *out[k + 2:]]
    return out


def _described_rows(units: list[Unit]) -> list[Unit]:
    """A two-column table of groups and their descriptions in prose ("| Forum | Beskrivning |" over "| Styrgrupp |
    Här fattas besluten. Gruppen träffas … |"): each row a heading of its own, its sentences the paragraph under
    it, as a text with a heading for each group writes it; the heading above the table takes over after it."""
    out: list[Unit] = []
    header: Unit | None = None
    for unit in units:
        if unit.kind == "row" and unit.header:
            cells = [fold(c) for c in unit.cells]
            header = unit if len(cells) == 2 and _col(cells[0]) == "name" and cells[1] and _col(cells[1]) is None \
                else None
            if header is None:
                out.append(unit)
            continue
        if header is None or unit.kind != "row" or unit.heading != header.heading:
            if header is not None and unit.kind != "heading":
                out.append(Unit("heading", header.heading, header.span, header.heading))
            header = None
            out.append(unit)
            continue
        name, prose = (unit.cells + ["", ""])[:2]
        parts = [p.strip() for p in SENTENCE_END.split(prose) if p.strip()]
        if len(unit.cells) != 2 or not name or len(name.split()) > 6 or not parts or not parts[0].endswith(".") \
                or len(prose.split()) < 6:
            out.append(unit)
            continue
        out.append(Unit("heading", name, unit.span, name))
        out += [Unit("sentence", part, unit.span, name) for part in parts]
    return out


def _col(header: str) -> str | None:
    if re.search(r"\b(?:inte|ej)$", header):
        return None  # "Ingår inte:": what is left out, no field of a group
    for what, rx in COLUMNS:
        if re.search(rx, header):
            return what
    return None


ENDED = re.compile(r"(?i)(?:avslutad|avslutat|upphört|upphörd|nedlagd|nedlagt|avvecklad|avvecklat|vilande|inaktiv)\b")


def _left_out(cells: dict[str, str]) -> bool:
    """A register's row of a group outside the agreement: "Nej" under "Ingår i överenskommelsen", or a status
    saying the group has ended ("Avslutad", "Nedlagd")."""
    return any(_col(k) == "belongs" and re.match(r"(?i)nej\b", v.strip()) or _col(k) == "status"
               and ENDED.match(v.strip()) for k, v in cells.items())


NONE_SUCH = re.compile(r"(?i)(?:ingen|inget)\s+(?P<what>(?:sådan|sådant|[\wåäö-]+)(?:\s+[\wåäö-]+)?)\s*\.?")


def _none_such(g: Group, text: str) -> bool:
    """Whether a line under a group's heading says there is none of it ("Ingen beredningsgrupp", "Ingen sådan
    grupp"): the group's last word, or "sådan"."""
    said = NONE_SUCH.fullmatch(text.strip())
    if said is None or not g.name.split():
        return False
    what = fold(said.group("what")).split()
    return what[0] in ("sadan", "sadant") or what[-1] == fold(g.name).split()[-1]


def _sub_header(cells: list[str], header: list[str]) -> bool:
    """A second header row ("| | Deltagare | Ordförande | Hur ofta |") under merged cells ("Sammansättning"):
    no name of its own (empty, or the header's first cell spanning both rows), and two or more cells that name
    a field."""
    own = bool(cells) and (not cells[0].strip() or bool(header) and fold(cells[0]) == header[0])
    return own and sum(_col(fold(c)) not in (None, "name") for c in cells[1:]) >= 2


MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def _month_header(cells: list[str]) -> bool:
    """Whether a table's header names the twelve months after its first column ("| Grupp | jan | feb | …")."""
    return len(cells) >= 13 and tuple(fold(c.strip())[:3] for c in cells[1:13]) == MONTHS


# a remark that the row's person leads a group: "Ordförande 2027", "sammankallande i OG", "Leder platsgruppen"
REMARK_CHAIR = re.compile(r"(?i)(?:ordförande|sammankallande|leder|leds\s+av)\b")
PERSON_COLUMN = re.compile(r"^(?:namn|name|person|kontaktperson)$")
FUNCTION_COLUMN = re.compile(r"^(?:titel|title|funktion|befattning|roll|tjanst|yrkesroll)$")
# the column of which groups a person sits in, not of who sits in a group
GROUPS_COLUMN = re.compile(r"^(?:(?:ingar|sitter|deltar|medverkar|medlem)\s+i|grupper?|i\s+grupp(?:en|erna)?)$")
REMARK_COLUMN = re.compile(r"^(?:anmarkning|kommentar|notering|uppdrag|roll i gruppen|ovrigt)$")


def _people_columns(cells: list[str]) -> dict[str, int] | None:
    """The columns of a header of people ("| Namn | Titel | Organisation | Ingår i | Anmärkning |"): a person's
    name, function and the groups the person sits in (and a remark, if any); None for any other header."""
    found: dict[str, int] = {}
    for k, cell in enumerate(cells):
        head = fold(cell).strip(" :")
        for what, rx in (("name", PERSON_COLUMN), ("function", FUNCTION_COLUMN), ("groups", GROUPS_COLUMN),
                         ("remark", REMARK_COLUMN)):
            if rx.match(head):
                found.setdefault(what, k)
    return found if {"name", "function", "groups"} <= found.keys() else None


def _is_group_header(cells: list[str]) -> bool:
    kinds = [_col(fold(c)) for c in cells]
    return kinds[:1] == ["name"] and len({k for k in kinds if k}) >= 2


MODALS = {"ska", "skall", "kan", "bör", "vill", "måste"}
FINITE = {"har", "är", "ses", "möts", "gör", "står", "får", "kan", "ska", "skall", "bör", "blir", "går", "tar", "ger",
          "turas", "finns", "hörs", "syns"}  # deponents the lemmatiser keeps as they are


# the words between a group's name and a second dash: an apposition that says who it is ("A och B – stämmer av …")
DASHED_APPOSITION = re.compile(r"^(?P<who>[^–—.;:()]{3,160}?)\s+[–—]\s+(?=[a-zåäö])")


def _dashed_apposition(rest: str) -> re.Match | None:
    """After a group's name and its dash, people set off by a second dash, with no verb among them."""
    m = DASHED_APPOSITION.match(rest)
    return m if m and not any(_finite(w) for w in m.group("who").split()) else None


def _finite(word: str) -> bool:
    """Whether a word is a verb in the present tense ("träffas", "sammanträder", "informerar"): the start of the
    next clause after a list of members or a name."""
    w = word.casefold().strip(",.;:")
    if w in FINITE:
        return True
    if w.endswith("år") and len(w) > 4:
        return lemma(w).endswith("å") and lemma(w) != w  # "består", "ingår"
    if not w.endswith(("ar", "er", "ör", "as", "es", "ds", "ls", "rs")) or w.endswith(("ers", "ars", "nas")):
        return False
    base = lemma(w)
    if base == w + "e" and w.endswith("ar"):
        return True  # "samordnar": a verb the lemmatiser takes for its agent noun ("samordnare")
    return base != w and base.endswith("a") and len(base) >= 3


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
    if len(words) > 2 and words[0].casefold() in ADVERBS and _finite(words[1]):
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


def _chair_leads_where(g: Group, text: str) -> bool:
    """"A leder mötena, där även B deltar": the chair is the main clause's subject, and takes part too."""
    where = ALSO_WHERE.search(text)
    chair = g.fields.get("chair")
    return where is not None and isinstance(chair, str) and member(_subject_of(text[:where.start()])) == chair


def _subject_of(sentence: str) -> str:
    """The subject of a sentence: before its verb ("A och B ansvarar för …"), or after it when a phrase is put
    first ("Under styrgruppen arbetar A och B i par", "Därför kallar A till …")."""
    words = sentence.split()
    for i, w in enumerate(words[1:5], 1):
        if _finite(w) and not w[:1].isupper():
            if words[0].casefold() in NON_SUBJECT | ADVERBS:  # the verb second, its subject after it
                return _until_preposition(" ".join(words[i + 1:]))
            if w == "är" and re.search(r"(?:iga|ande|ende)$", words[i - 1]) and words[i - 1].islower():
                return _until_preposition(" ".join(words[i + 1:]))  # "Ytterst ansvariga är A och B": a predicate first
            break
    return _until_verb(sentence)


def _until_preposition(text: str) -> str:
    """"A och B i par", "A och B sida vid sida" → "A och B": the subject without the adverbials after it."""
    words = [w.casefold().strip(",.;") for w in text.split()]
    end = next((i - (words[i - 1] == words[i + 1]) for i in range(1, len(words) - 1)
                if words[i] in NON_SUBJECT | {"i", "som", "tillsammans", "gemensamt"}
                and not words[i - 1].endswith(("chef", "chefen"))), len(words))
    return " ".join(text.split()[:end])


def _handed_on(before: str, verb: str) -> bool:
    """Whether a passive report verb is said of a thing in a relative clause ("… sammanställer en uppföljning, som
    behandlas i X och därefter redovisas för Y"): the thing is handed on, not the group's report."""
    clause = list(re.finditer(r"(?P<antecedent>[\wåäö-]+),\s+som\s+", before))
    once = re.search(r"(?:ades|des|tes)$", verb) and re.search(r"(?i)\bsom\s+(?:[\wåäö]+\s+)?$", before)  # "en
    # utvärdering som redovisades för X": a thing handed on once, in the past, no reporting line
    return verb.endswith("s") and (bool(clause) and not mentions(clause[-1].group("antecedent")) or bool(once))


TAKES_PART = {"deltar", "ingår", "sitter", "medverkar", "kan", "får", "ska", "skall", "bör", "är", "blir"}


def _held_by_us(g: Group, unit: Unit, made: re.Match | None) -> None:
    """"Två gånger om året har vi X": "har vi" is no word for meeting, yet says how often."""
    if made is None and HELD_OURS.search(unit.text) and (freq := frequency.per_year(unit.text)) is not None:
        g.set("frequency_per_year", freq.value, unit.span)


def _as_function(words: str) -> str:
    """A report target that is a function, in its base form ("polisområdeschefen i Polisområde X")."""
    function = member(words) if not mentions(words) else None
    return function if function and PERSON.search(function.split()[-1]) else words


def _until_verb(text: str) -> str:
    """The words before the first finite verb after the first word, without a dangling "och"/"samt"."""
    words = text.split(" ")
    for i, w in enumerate(words[1:], 1):
        if _finite(w) and not w[:1].isupper() and not _each(words, i):  # a capital is a name's ("Ystads")
            before = " ".join(words[:i])
            if w.casefold() not in TAKES_PART:  # "…, och X leder det": X is the new clause's subject; "…, och X
                before = re.sub(r"(?i),\s+(?:och|men)\s+[^,]+$", "", before)  # deltar / kan bjudas in": a member
            before = re.sub(r"(?i)\s+(?:tillsammans|gemensamt)$", "", before)  # "A och B tillsammans fattar …": how
            return re.sub(r"(?i)[\s,]*\b(?:och|samt)$", "", before).rstrip(" ,")  # they act, no part of B
    return text


def _each(words: list[str], i: int) -> bool:
    """Whether words[i] is the "var" of "var och en" ("KD från var och en av kommunerna"), no verb."""
    return words[i].casefold() == "var" and [w.casefold() for w in words[i + 1:i + 3]] == ["och", "en"]


GROUP_MEETING = re.compile(r"(?i)^(?:varje|nästa|kommande|respektive)\s+([\wåäö-]+?(?:grupp|råd|nätverk|forum|team))"
                           r"s?(?:möte|sammanträde)(?:t|n|na)?\b")


def _meetings_owner(words: str) -> str:
    """"styrgruppens sammanträden", "SG:s möten" → the group whose meetings they are."""
    return re.sub(r"(?::s|(?<=[a-zåäö])s)\s+(?:möten|mötena|sammanträden|sammanträdena|möte|sammanträde)$", "",
                  words.strip())


def _listed(text: str) -> list[str]:
    """The members a sentence lists, clause by clause ("Där möts A och B; sedan 2024 deltar även C")."""
    found: list[str] = []
    if TABLED.search(text):
        return []  # "Frågan om att bjuda in A bordlades": a matter put off, no one joins
    text = NAMED_NOW.sub(r"\g<names>", text)  # "fastighetsägarna (i dag A och B; andra kan bjudas in)": A and B
    text = TAKING_PART_BRACKET.sub(r", \g<list>", text)  # "A och B (C adjungeras vid behov)": C too
    for clause in _clauses(RELATIVE_ASIDE.sub("", text)):  # "A, som är ordförande, B och C": A, B, C
        found += [f for f in _listed_clause(clause) if f not in found]
    return found


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


def _meeting_frequency(text: str) -> frequency.PerYear | None:
    """How often a sentence says its group meets: read in the verb phrase of meeting when the sentence joins
    another verb phrase with a count of its own ("möts kvartalsvis och informerar nämnden en gång om året")."""
    text = COMPARED.sub("", TAKES_PART_AS_NEEDED.sub("", text))
    text = CHANGED_COUNT.sub(lambda m: f"{m.group('new')} {m.group('noun') or 'gånger'} {m.group('per')}", text)
    cuts = [m.start() for m in re.finditer(r"\s(?:och|samt)\s+([\wåäö]+)", text) if _finite(m.group(1))]
    phrases = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)] if cuts else []
    for phrase in phrases:
        if MEETS.search(phrase) and (freq := frequency.per_year(phrase)) is not None:
            return freq
    return frequency.per_year(text)


def _opens_with_its_word(g: Group, clause: str) -> bool:
    """Whether a clause after ";" has the group's own word as its subject ("…; nätverket är inte …")."""
    found = mentions(clause, True)
    return bool(found) and found[0].bare and found[0].start == 0 and g.key.endswith(fold(found[0].head))


def _clauses(text: str) -> list[str]:
    """A sentence's parts between semicolons, each with a verb of its own ("A; B; C" is one list)."""
    out: list[str] = []
    for part in re.split(r";\s+(?![^()]*\))", text):  # not inside brackets ("(i dag A; andra kan …)")
        if out and not any(_finite(w) for w in part.split()):
            out[-1] += "; " + part
        else:
            out.append(part)
    joined = []  # "Med är A och B, och dessutom bjuds C in": two main clauses, each its own list
    for part in out:
        pieces = re.split(r",\s+(?:och|men)\s+(?=\S)", part)  # the second led by an adverb or its verb (inverted)
        if len(pieces) > 1 and all(any(_finite(w) for w in p.split()) for p in pieces) \
                and all((w := p.split()[0].casefold()) in ADVERBS | MORE_ADVERBS or _finite(w) or _fronted_phrase(p)
                        for p in pieces[1:]):
            joined += pieces
        else:
            joined.append(part)
    return joined


DASH_ASIDE = re.compile(r"\s[–—]\s+(?P<aside>[^–—.;]{5,300}?)\s+[–—](?:\s|$)")


def _coordinators_named(text: str) -> list[str]:
    """Who a sentence under the coordinators' heading says they are: "A och B samordnar det gemensamma arbetet";
    "Den dagliga samordningen sköts av A och B" ("… av A tillsammans med B": B coordinates as A does)."""
    found = members(_lower_start(pair.group("who"))) if (pair := COORDINATE.match(text)) is not None else []
    if not found and (by := COORDINATION_DONE_BY.match(text)) is not None and not mentions(by.group("list")):
        found = members(_cut_clause(TOGETHER_WITH.sub(r"\g<comma> och ", by.group("list"))))
    return found


def _people_aside(text: str) -> tuple[list[str], str] | None:
    """An aside between dashes that lists the group's people, functions only ("– skolkuratorer, socialsekreterare
    och fritidsledare, sammankallade av X, en gång i månaden –"): the people, and the aside."""
    for m in DASH_ASIDE.finditer(text):
        listed = re.split(r",\s+(?:sammankallade|ledda|samlade)\s", m.group("aside"))[0]
        people = members(_cut_clause(listed))
        if len(people) >= 2 and all(PERSON.search(lemma(p.split()[0])) for p in people):
            return people, m.group("aside")
    return None


def _fronted_phrase(clause: str) -> bool:
    """Whether a clause opens with a phrase of a preposition and its verb follows ("med sig har de C och D"):
    a main clause of its own, its subject after the verb."""
    words = clause.split()
    return len(words) > 2 and words[0].casefold() in LINE_PREPOSITIONS and any(_finite(w) for w in words[1:3])


# a minute's matter put off or turned down, not decided ("Frågan om att bjuda in A bordlades till nästa möte")
TABLED = re.compile(r"(?i)\b(?:bordlades|bordläggs|bordlagts|avslogs|avslås|återremitterades|återremitteras)\b")
CHAIR_AND_OTHERS = re.compile(r"(?i)^(?P<who>[^.;,]{3,60}?)\s+är\s+ordförande\s+och\s+övriga\s+"
                              r"(?:ledamöter|medlemmar|deltagare)\s+är\s")


# a group word in the definite plural ("arbetsgrupperna", "nätverken", "råden"): several groups
PLURAL_GROUP_WORD = re.compile(r"(?:grupp|natverk|rad|team|forum)(?P<ending>(?<=grupp)erna|(?<!grupp)en)$")
# "de tre kommundirektörerna", "de båda rektorerna": the holders of one function, counted
THOSE_OF_ONE_FUNCTION = re.compile(r"(?i)^(?:de|alla)\s+(?:(?:båda|bägge|två|tre|fyra|fem|sex|sju|åtta|\d+)\s+)?"
                                   r"(?=[\wåäö-]+(?:erna|arna|orna)\b)")
# a note in brackets in a chair's cell that says in a sentence who takes turns ("Växelvis (Ordförandeskapet växlar
# mellan A och B vid varje årsskifte.)")
CELL_NOTE = re.compile(r"\s*\((?P<note>[^()]*\b(?:växlar|alternerar|roterar|turas\s+om)\b[^()]*)\)")
# "Den som bjuds in på det sättet ingår inte i gruppen", "De är inte ledamöter": no one is placed in the group
NOT_IN_GROUP = re.compile(r"(?i)\b(?:ingår|deltar|sitter|är)\s+(?:dock\s+|alltså\s+)?(?:inte|ej|aldrig)\s+"
                          r"(?:i\s+(?:den|det|[\wåäö-]*(?:gruppen|rådet|forumet|nätverket|teamet))\b|"
                          r"(?:medlemm|ledamö|ledamot|deltagare)\w*)")


def _listed_clause(text: str) -> list[str]:
    """The members a clause lists; none where it says someone is not in the group."""
    return [] if NOT_IN_GROUP.search(text) else _listed_shapes(text)


def _listed_shapes(text: str) -> list[str]:
    """The members a clause lists, in any of the shapes: "består av A och B", "där A och B ingår", "A och B
    utgör styrgruppen (tillsammans med C)", "en styrgrupp med A och B", "med A som föredragande"."""
    found: list[str] = []
    names = [m for m in mentions(text) if not m.bare]
    if (listed := GROUP_THEN_COLON.search(text)) is not None:  # "… sköts av ett samordnarpar: A och B."
        return members(listed.group("list"))
    m = SITS_DOWN_WITH.search(text) or MEET_HERE_WITH.match(text) or WHERE_MEET_WHOM.match(text)
    if m is not None:  # "sitter A ner med B och C i
        return members(m.group("a")) + members(m.group("b"))  # det som kallas X", "Här möts A med B"
    if (m := _member_after(text)) is not None:
        listed = GAPPED_AGENT.sub(", ", next(v for v in m.groupdict().values() if v))  # "… av A, polisen av B"
        listed = NOW.sub("", listed)  # "I gruppen ingår i dag A och B"
        listed = _gathered_with(m, _until_group_placed(listed))
        found += members(_cut_clause(listed))
        if m.group("list5") and (chair := CHAIR_AND_OTHERS.match(text)) is not None:  # "A är ordförande och
            who = chair.group("who")  # övriga ledamöter är B": A is one of the ledamöter too
            found = members(who[:1].lower() + who[1:] if who[1:2].islower() else who) + found
        if (together := TOGETHER.search(listed)) is not None:  # "sitter A tillsammans med B och C"
            found += members(_cut_clause(together.group("list")))
    if (m := MEMBER_BEFORE.search(text)) is not None and PRONOUN.fullmatch(m.group("list6") or ""):
        m = MEMBER_BEFORE.search(text, m.end())  # "De ingår i X, där även A och B deltar": the people named after
    if m is not None:
        found += _before(m, text, names)
    elif (first := names[:1] or mentions(text)[:1]) and (m := WHERE_LIST.match(text, first[0].end)) is not None:
        listed = _until_verb(m.group("list"))
        verb = re.sub(r"(?i)^\s*(?:tillsammans|gemensamt)\s+", "", m.group("list")[len(listed):]).split()[:1]
        passive = bool(verb) and PASSIVE_VERB.fullmatch(verb[0].strip(",.;:")) is not None
        found += members(listed) if re.search(r",|\boch\b", listed) and not passive else []  # "där beslut fattas"
    for name in names:  # a group introduced with its people: "en styrgrupp med A och B", "Chefssamrådet, med A,"
        if (m := _introduced_with(text, name)) is not None:
            found += members(_cut_clause(m.group("list")))
    if (m := AS_ROLE.search(text)) is not None:
        found += members(m.group("list"))
    found += _said_to_be_with(text)
    if (m := INVITES.search(text)) is not None:  # "bjuder in företagare och föreningar till Trygghetsmötet"
        found += members(_cut_clause(m.group("list")))
    if relative := [x for m in RELATIVE_MEMBERS.finditer(text) for x in members(m.group("list")) + _likewise(text, m)]:
        found = relative  # "…, till vilket A inbjuds och vid vilket B medverkar": each clause its own list
    if (m := FORUM_FOR.search(text)) and (not found or OUTSIDE.search(fold(re.split(r"\s+där\s", m.group("list"))[0]))):
        found += members(_object_list(m.group("list")))  # "ett nätverk för näringsidkare …, där även X deltar"
    return found


def _until_group_placed(listed: str) -> str:
    """A list whose group's name joins two names ("A och B i arbetsgruppen för X och Y"), the name cut to its group
    word: its "och" joins no members."""
    for m in mentions(listed):
        if re.search(r"\s(?:och|samt)\s+[A-ZÅÄÖ]", m.name):  # two places, not "nätverk för föreningar och …"
            return listed[:m.start] + listed[m.start:m.end].split()[0] + listed[m.end:]
    return listed


def _member_after(text: str) -> re.Match | None:
    """MEMBER_AFTER's match, unless its "Label: A, B" is a clause before a colon whose list names things, not people
    ("Gruppen arbetar med det som händer: oroshändelser, …")."""
    m = MEMBER_AFTER.search(text)
    if m is not None and m.group("list6") and any(_finite(w) for w in text[:m.start("list6")].split()) \
            and not all(_someone(x) for x in members(_cut_clause(m.group("list6")))):
        return None  # "… som håller ihop arbetet: kommunpolisen och samordnaren" lists people, as a label does
    return m


def _someone(listed: str) -> bool:
    """A member that is a person's function or an organisation, not a thing ("oroshändelse", "plats")."""
    head = listed.split()[0] if listed else ""
    return bool(PERSON.search(lemma(head.casefold())) or ORG_TAIL.search(head) or head[:1].isupper())


def _gathered_with(m: re.Match, listed: str) -> str:
    """"samlar A och B med kommunpolisen": those a group gathers, and the one they meet with, all its members."""
    if not m.group("list4"):
        return listed
    return re.sub(r"\s+(?:tillsammans\s+)?med\s+(?=[a-zåäö]{3,}(?:en|et|na)\b)", " och ", listed)


def _likewise(text: str, m: re.Match) -> list[str]:
    """The members a list adds right after its verb ("i vilken A ingår jämte B och C")."""
    more = _added_after(text, m.end())
    return members(_cut_clause(more.group("list"))) if more else []


def _added_after(text: str, at: int) -> re.Match | None:
    """The members a list adds right after its verb ("ingår jämte B", "ingår samt B"), not a second verb ("ingår
    samt rapporterar …")."""
    more = LIKEWISE_AFTER.match(text, at)
    return None if more is None or _finite(more.group("list").split()[0]) else more


def _said_to_be_with(text: str) -> list[str]:
    """"X är kommunens råd med förtroendevalda och representanter för polisen": the people a group is said to be
    a body with."""
    for m in mentions(text):
        if m.bare and IS_BODY_OF.search(text[max(0, m.start - 60):m.start]) \
                and (with_ := WITH.match(text, m.end)) is not None:
            return members(_cut_clause(with_.group("list")))
    return []


def _before(m: re.Match, text: str, names: list[Mention]) -> list[str]:
    """The members a sentence names before its verb ("A och B utgör/bildar styrgruppen", "där A ingår")."""
    listed = next(m.group(k) for k in ("list", "list2", "list3", "list4", "list5", "list6", "list7",
                                                                            "list8", "list9", "list10", "list11",
                                                                            "list12", "list13", "list34", "list35",
                                                                            "list36")
                  if m.group(k))
    forms_one = m.group("list3") and re.match(r"(?i)(?:ett|en)\s+(?:[\wåäö-]+\s+)?[\wåäö-]*(?:grupp|nätverk|team)\b",
                                              text[m.end():])  # "A bildar tillsammans med B ett nätverk som …"
    if m.group("list3") and not names and not forms_one or m.group("list12") and mentions(listed):
        return []  # "Styrgruppen, med A och B, träffas …": the group meets, its members are told elsewhere
    if m.group("list3"):  # "… förbereds av A och B, vilka tillsammans utgör samordnarna": the relative's antecedent
        relative = re.sub(r"(?i),?\s+(?:vilka|vilken|som)"
                          r"(?:\s+(?:tillsammans|gemensamt|båda|också|även|vid\s+behov))*$", "", listed)
        if relative != listed and (last := mentions(relative)) and not last[-1].bare \
                and relative.rstrip(" ,").endswith(last[-1].name):
            return []  # "… i beredningsgruppen, som vid behov bildar tillfälliga grupper": a group forms others
        agent = re.match(r"(?i)^.*?\b[a-zåäö]{2,}s(?:\s+(?:ihop|samman|upp|över|i\s+gång))?\s+av\s+(?=\S)", relative) \
            if relative != listed else None  # "Arbetet hålls ihop av A och B, som tillsammans utgör …", "Uppgiften
        # tas över av A och B, som …"
        listed = relative[agent.end():] if agent else relative
    if m.group("list2") and (antecedent := re.search(r"^(?:.*(?:,|(?<!-)\s(?:och|samt)\s))?\s*(?P<one>[^,]+?),\s+som$",
                                                          listed)):
        listed = antecedent.group("one")  # "Den består av A, B och C, som är gruppens sekreterare": C is the one
    if m.start() == 0 and text.startswith(listed) and listed[1:2].islower() \
            and not re.match(r"\S+\s+(?-i:[A-ZÅÄÖ])", listed) \
            and not _named_genitive(listed):  # "Västra Nybys Räddningstjänst deltar", "Nybyhems bovärdar": a name
        listed = listed[:1].lower() + listed[1:]  # the capital of the sentence, no name's
    chaired = []
    if (lead := CHAIR_FIRST.match(listed)) is not None:  # "där A är ordförande och i övrigt B och C deltar"
        listed = listed[lead.end():]
        chaired = members(lead.group("who")) if lead.group("rest") else []
    listed = re.sub(r"(?i)(?<=[a-zåäö])\s+tillsammans\s+med\s+(?=[a-zåäö])", ", ", listed)  # "där A och B
    # tillsammans med C ingår": C is one of them too
    words = listed.split()
    if words and words[-1] == "och" and (verb := next((i for i, w in enumerate(words[1:], 1) if _finite(w)), 0)):
        listed = " ".join(words[:verb])  # "A ansvarar för X och är ledamot": the subject both verbs share
    elif m.group("list8"):
        listed = _last_clause_subject(listed)
    found = chaired + members(_strip_group(listed))
    if m.group("more"):
        found += members(m.group("more"))
    if not m.group("list2") and (together := TOGETHER.search(text, m.end() - 1)):
        found += members(_cut_clause(together.group("list")))
    if (likewise := LIKEWISE.search(text, m.end() - 1) if m.group("list6") else _added_after(text, m.end())):
        found += members(_cut_clause(likewise.group("list")))  # "A är kallade, liksom B", "där A ingår jämte B"
    return found


def _named_genitive(listed: str) -> bool:
    """Whether a list opens with a name's genitive before more words ("Nybyhems bovärdar"), not a common noun's
    definite one ("Kommunens bovärdar", "Skolans kuratorer")."""
    words = listed.split()
    return len(words) >= 2 and named_owner(words[0])


def _last_clause_subject(listed: str) -> str:
    """"A håller i forumet och B" (before "deltar"): the subject of the last clause, after the verb of the first
    and its conjunction."""
    words = listed.split()
    verb = next((i for i, w in enumerate(words[1:], 1) if _finite(w)), 0)
    joint = next((j for j in range(len(words) - 1, verb, -1) if words[j] in ("och", "samt", "medan")), 0) if verb else 0
    return " ".join(words[joint + 1:]) if joint else listed


def _coordinators_at_work(g: Group, text: str) -> list[str]:
    """The pair a sentence about a coordinating function names as the ones doing its work ("Samordnaren och
    kommunpolisen planerar och följer upp arbetet"): two or more functions as the subject, each a person, of
    a verb that is no leading."""
    if group_kind(g.name) != "coordinators" or mentions(text):
        return []
    subject = _subject_of(text)
    rest = text[len(subject):].split() if text.startswith(subject) else []
    if not rest or not _finite(rest[0]) or rest[0].casefold() in TAKES_PART | {"leder", "sammankallar", "kallar",
                                                                                "turas", "har"}:
        return []
    people = members(_lower_start(subject))
    if len(people) >= 2 and all(PERSON.search(lemma(p.split(" för ")[0].split()[-1])) for p in people):
        return people
    return []


def _named_where(g: Group, text: str) -> list[str]:
    """The members a sentence lists after the name of a group without a group word: "… effektiv samordning för
    trygghet, där polisen, räddningstjänsten och fastighetsägarna delar …"."""
    m = re.search(r"(?i)\b" + re.escape(g.name) + r"\s*,?\s*där\s+(?P<list>[^.;]+)", text)
    listed = _until_verb(m.group("list")) if m else ""
    return members(listed) if re.search(r",|\boch\b", listed) else []


def _person_subject(text: str) -> bool:
    """Whether a sentence opens with people by their functions ("Kommunens samordnare och kommunpolisen …")."""
    words = re.findall(r"[\wåäöÅÄÖ-]+", text)[:4]
    return bool(words) and any(PERSON.search(lemma(w.casefold())) for w in words[:3])


def _unnamed_person(text: str) -> str:
    """A function without the name of the person holding it ("kultur- och fritidschef Olle Exempelsson (ordf.)" →
    "kultur- och fritidschef"); the brackets' remarks dropped."""
    text = re.sub(r"\s*\([^)]*\)", "", text).strip()
    m = PERSON_NAMED.search(text)
    return text[:m.start()] if m and any(PERSON.search(lemma(w)) for w in text[:m.start()].split()) else text


# an item naming whence the people under or after it come, with their number ("Från kommunen (4):", "Marks
# Bostads AB (1): bovärd", "Adjungerad (1): en representant för X"); the substitutes' item; a party by its kind
SENDER = re.compile(r"^(?:(?i:från)\s+)?(?P<org>[^():;,]{2,60}?)\s*\((?P<n>\d{1,2})\)\s*:?\s*(?P<value>.*)$")
SUBSTITUTES = re.compile(r"(?i)^ersättar(?:e|na)\b")
TICKS = {"x", "X", "✓", "✔", "●", "•", "*", "✕", "☒", "■"}  # a cell's mark that someone takes part
# a legend's entry under a matrix ("● = ingår   O = ordförande (ingår)   (●) = kallas vid behov")
LEGEND_ENTRY = re.compile(r"(?:^|(?<=\s))(?P<mark>\(?[^\s=]{1,2}\)?)\s*=\s*(?P<meaning>[a-zåäö][a-zåäö ()-]*?)"
                          r"\s*(?=\s{2,}\S+\s*=|$)")


def _legend(doc) -> dict[str, str]:
    """The document's legend to the marks of a matrix: each mark's role, "chair" (ordförande, leder,
    sammankallande) or "member" (any other part: ingår, sekreterare, kallas vid behov); none for "ingår inte"."""
    out: dict[str, str] = {}
    for line in doc.lines:
        entries = list(LEGEND_ENTRY.finditer(line.strip()))
        if not entries or (len(entries) < 2 and entries[0].group("mark").strip("()") not in TICKS):
            continue  # one "A = B" alone is a definition, not a legend
        for entry in entries:
            meaning = entry.group("meaning")
            if re.search(r"\b(?:inte|ej)\b", meaning):
                continue
            chair = re.search(r"ordförande|\bleder\b|sammankallande", meaning)
            out.setdefault(entry.group("mark"), "chair" if chair else "member")
    return out


SUBSTITUTE_MARK = "ersättare"
OWN_PARTY = re.compile(r"(?i)(?:från\s+)?(?:kommunen|polisen|staden|regionen|lokalpolisområdet|förvaltningen)")


def _sender(text: str, nested: bool) -> tuple[str | None, int | None, str] | None:
    """(organisation, count, the members it names) of an item that says whence the people under or after it come,
    (None, None, "") for a label over a list of its own ("Adjungeras vid behov:"); None for any other item."""
    if SUBSTITUTES.match(text):
        return SUBSTITUTE_MARK, None, ""
    if (m := SENDER.match(text.strip())) is not None:
        return m.group("org").strip(), int(m.group("n")), m.group("value").strip(" .")
    if nested and (text.rstrip().endswith(":") or _finite(text.split()[0])):
        return None, None, ""
    return None


def _parenthesised(text: str) -> tuple[str, str | None]:
    """A name and the members its brackets list ("Styrgrupp (kommundirektör, polisområdeschef)"); an
    abbreviation or a remark in brackets ("Ledningsgruppen (LG)") lists none."""
    m = re.match(r"^(?P<name>[^()]+?)\s*\((?P<list>[a-zåäö][^()]*(?:,|\soch\s)[^()]*)\)\s*$", text.strip())
    return (m.group("name"), m.group("list")) if m else (text, None)


def _listed_at(text: str, at: int, m: Mention) -> bool:
    """Whether a group is one of the members a list from `at` names ("Deltagare är A, B och fältgruppen"),
    not the place the list takes part in ("deltar parterna i X-rådet"); "någon från utredningsgruppen" is one."""
    before = text[at:m.start].split()
    while len(before) > 1 and GENITIVE_WORD.fullmatch(before[-1]):
        before.pop()  # "en fältsekreterare från socialtjänstens fältgrupp": the unit's owner is part of it
    return m.start >= at and (not before or before[-1].endswith(",")
                              or before[-1].casefold() in {"och", "samt", "från"})


def _lower_start(text: str) -> str:
    """A sentence's first word without the capital the sentence gave it ("Rektorerna …")."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _whole(m: Mention, heading: str) -> Mention:
    """A heading that is a group's name ("Farsta Trygghetsforum", "Brommas grannsamverkansnätverk") names it
    whole; the key keeps the words before the group word out, so that "forumet" later finds it, and takes those
    after it in, so that "Arbetsgrupp skola" and "Arbetsgrupp centrum" stay two. Words before a dash label the
    name ("Dialognivå – Trygghetsforum X")."""
    before, after = heading[:m.start].split(), heading[m.end:].split()
    if len(before) + len(after) > 2 or any(w.casefold() in NON_SUBJECT | {"och"} for w in before + after) \
            or before and before[-1] in ("–", "—", "-") \
            or after and GENITIVE.search(m.name):
        if after and re.search(r"(?:en|et)s$", m.name) and mentions(m.name[:-1]):  # "Styrgruppens sammansättning":
            return replace(m, name=m.name[:-1])  # a heading about the group, named as it is
        return m
    key = m.key if not after or m.key.endswith(fold(" ".join(after))) else fold(f"{m.key} {' '.join(after)}")
    return Mention(key, heading.strip(" .:"), m.head, m.bare, 0, len(heading), m.subject,  # "Arbetsgrupp skola"
                   m.of_people)


def _named_after_word(heading: str) -> list[Mention]:
    """A heading that is a bare group word and the words that name it ("Nätverk skola–polis", "Team unga"): the
    group named whole, or nothing."""
    found = mentions(heading, True)[:1]
    if not found or not found[0].bare or found[0].start or not heading[found[0].end:].strip()[:1].islower():
        return []
    whole = _whole(found[0], heading)
    after = heading[found[0].end:].split()
    if whole is found[0] or any(_finite(w) for w in after):
        return []
    return [replace(whole, bare=False)]


EXISTENTIAL_THERE = re.compile(r"(?i)det\s+(?:finns|fanns|bildas|inrättas)\s")  # "Det finns en styrgrupp": no pronoun


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
    return any(w.casefold() in ("den", "det") and _finite(words[i - 1]) and not ARTICLE_PHRASE.match(
        " ".join(words[i:i + 3])) and words[i + 1].casefold() not in ("en", "ett")  # "är det en X som": a cleft's
               for i, w in enumerate(words[:-1]) if i >= 2)  # "ska det övergripande ansvaret"


def _open_to(value: str) -> str:
    """A members field that says whom the meeting is open to ("Mötet är öppet för A, B och C") lists them."""
    forum = FORUM_FOR.search(value) if _said_in_full(value) else None
    return forum.group("list") if forum else value


CELL_SENTENCE = re.compile(r"\s*\((?P<note>[A-ZÅÄÖ][^()]*\.)\)|(?<=[a-zåäö]\.)\s+(?=[A-ZÅÄÖ][a-zåäö])")


def _said_in_cell(value: str) -> tuple[str, list[str]]:
    """A cell of members with sentences in it ("Öppen för A och B. Från parterna deltar C.", "D (E deltar vid
    behov.)"): the list it gives, and the sentences with a verb, each to be read as a sentence about the group."""
    parts = [p for p in CELL_SENTENCE.split(value) if p and p.strip()]
    if len(parts) < 2:
        return value, []
    said = [p.strip() for p in parts[1:] if _said_in_full(p.strip())]
    listed = [p.strip().rstrip(".") for p in parts if p.strip() not in said]
    return ". ".join(listed), said


def _said_in_full(value: str) -> bool:
    """Whether a field's value is a sentence, its verb in its first clause ("Ledning: A och B leder samrådet
    växelvis"), not a list with a remark after it ("A / B, växlar vid årsskiftet", "A/B – växlar …")."""
    first = re.split(r"\s*[,;(–—]|\s-\s", value)[0].split()
    return any(_finite(w) for w in first[1:])


def _several(text: str, m: Mention) -> bool:
    """Whether a mention is several groups by their common word ("de lokala grupperna behöver …"), no one group's
    name: a plural after "de", in lower case."""
    return m.name.islower() and m.name.endswith("erna") and bool(re.search(r"(?i)\bde\s+$", text[:m.start]))


def _opens_with_anaphor(text: str) -> bool:
    """Whether a sentence's subject is a group word for the group before ("Gruppen leds …", "Rådet …"); a
    pronoun may open a sentence about the group it forms ("De bildar arbetsgruppen, som …")."""
    return bool(ANAPHOR.match(text)) and not PRONOUN.match(text)


def _opens_with_group(text: str) -> bool:
    """Whether a list item is about a group it names first ("Ledningsgruppen, där …", "Den taktiska gruppen …")."""
    named = [m for m in mentions(text) if not m.bare]
    return bool(named) and text[:named[0].start].strip().casefold() in DETERMINERS


def _indefinite(text: str, m: Mention) -> bool:
    before = [w.casefold() for w in text[:m.start].split()]
    if len(before) >= 2 and before[-1] in DESCRIPTIVE:  # "en särskild händelsegrupp med A och B"
        before.pop()
    return bool(before) and before[-1] in {"en", "ett"}


def _introduced_with(text: str, name: Mention) -> re.Match | None:
    """The list a group is introduced with: "en styrgrupp med A och B", "Chefssamrådet, med A,", "inrätta
    Arbetsgrupp Torget med A och B"."""
    m = WITH.match(text, name.end) if _indefinite(text, name) else WITH_APPOSITION.match(text, name.end)
    return m or (WITH.match(text, name.end) if _set_up_here(text, name) else None)


def _set_up_here(text: str, m: Mention) -> bool:
    """Whether the sentence sets the group up by its name ("inrätta Arbetsgrupp Torget med A och B")."""
    before = text[:m.start].split()
    return bool(before) and before[-1].casefold() in {"inrätta", "inrättar", "bilda", "bildar", "tillsätta",
                                                      "tillsätter"}


def _cut_clause(text: str) -> str:
    """The list of a member sentence without what follows it (", som …", "och träffas …", "två gånger per år")."""
    return FREQUENCY_TAIL.split(_until_verb(_cut(text)))[0]


# "… och föreningar i Åby, Nyby och Berga": the places the whole list is in, each a name, no members
_PLACE = r"(?-i:[A-ZÅÄÖ])[\wåäö–-]*(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö–-]*)*"
PLACES_AFTER = re.compile(rf"(?i)\s+i\s+{_PLACE}(?:\s*,\s*{_PLACE})*\s+och\s+{_PLACE}\s*$")
# "… och arbetsgivare med många anställda": which ones of a kind the last of those invited are, no kind of its own
WHICH_ONES = re.compile(r"(?<=[a-zåäö]{3})\s+med\s+[^,]+$")


def _object_list(text: str) -> str:
    """The list a preposition governs ("öppet för A, B och C, och D leder det"): a finite verb after it has a
    subject of its own, which ", och"/", men" opens."""
    listed = WHICH_ONES.sub("", PLACES_AFTER.sub("", _cut_clause(text)))
    last = next(reversed(list(re.finditer(r",\s+(?:och|men|samt)\s+", listed))), None)
    if last is not None and len(listed) < len(_cut(text)) and len(listed[last.end():].split()) <= 2:
        listed = listed[:last.start()]
    return listed


def _cut(text: str) -> str:
    return re.split(r"(?i)\s*(?:,\s*(?:som|vilka|där|och\s+den|och\s+vilke[nt]|och\s+vad|med)\b|\.\s|"
                    r"\b(?:och|samt)\s+(?:(?:vi|de)\s+)?(?:träffas|möts|har|ska|"
                    r"leds|rapporterar|återrapporterar|ansvarar|lyfter|sammanträder)\b|\s+tillsammans\s+med\b|"
                    r"\s+i\s+(?:styrgruppen|gruppen)\b|\s+för\s+att\s)", text)[0]  # "för att": a purpose


def _strip_group(text: str) -> str:
    return re.sub(r"(?i)^.*?\b(?:finns|har)\s+(?:en|ett)\s+\S+\s*,?\s*", "", text)


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
