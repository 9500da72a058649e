"""Who a group's members are: the lists sentences give, member lines under a heading, the people who form a
group, commitments and roles, members changed or left."""

from __future__ import annotations

import re

from samverkan.extract.document import Span
from samverkan.extract.meaning import frequency
from samverkan.extract.meaning.groups.meetings import meeting_frequency
from samverkan.extract.meaning.groups.model import Group, Mention
from samverkan.extract.meaning.groups.names import indefinite_mention, mentions, names_group, opens_with_group
from samverkan.extract.meaning.groups.words import (
    ALTERNATING,
    ANAPHOR,
    CHAIR_MARK,
    FORUM_FOR,
    LINE_PREPOSITIONS,
    MEETS,
    MEMBER_AFTER,
    NOTES_LEAD,
    PERSON_NAME,
    PREPARES,
    PRONOUN,
    REPORTS,
    TAKES_PART,
    TASKS_LEAD,
    common_word,
    finite,
    lead_of,
    lower_start,
    subject_of,
    until_verb,
    verb_clauses,
)
from samverkan.extract.meaning.phrases import (
    GENERIC_GROUPS,
    NAMED_NOW,
    ORG_TAIL,
    OUTSIDE,
    PERSON,
    PREPOSITION,
    PRONOUNS,
    RELATIVE_ASIDE,
    REPRESENTS,
    TAKING_PART_BRACKET,
    THAT_IS,
    UNIT_TAIL,
    group_kind,
    member,
    members,
    named_owner,
    split_list,
)
from samverkan.extract.meaning.text import Unit, document_key, fold, lemma

# a directory's entry: a person's name, the function, then more fields ("Eva Ek, Rektor, Åbyskolan, 0123-45")
PERSON_ENTRY = re.compile(r"^(?P<name>" + PERSON_NAME + r"),\s+"
                          r"(?P<function>[\wåäöÅÄÖ-]+(?:\s+[\wåäöÅÄÖ-]+){0,3})(?:,\s+(?P<fields>\S.*))?$")
# a role after a member's comma: how the member takes part, no member of its own ("säkerhetsstrateg, sekreterare")
ROLE_AFTER = re.compile(r"(?i),\s*(?P<role>sekreterare|föredragande|adjungerad|ordförande|ordf\.?|sammankallande)$")
# an entry's field that says the person leads the group's meetings
ENTRY_CHAIR = re.compile(r"(?i)^(?:ordförande|ordf\.?|sammankallande|leder\s+(?:mötena|gruppen|arbetet))$")
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
# "De två stämmer av varje vecka, och vi kallar dem tillsammans för Samordnarfunktionen": a later clause that names
# the pair the sentence is about
WE_CALL_THEM = re.compile(r"(?i)^(?:de|dessa|de\s+två|båda)\s[^.;]*?,?\s+och\s+(?P<we>(?:vi|parterna|man)\s+kallar\s+"
                          r"(?:dem|dessa)\s+(?:tillsammans\s+|gemensamt\s+)?(?:för\s+)?[*_\"”“]?)"
                          r"(?P<name>(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)*)")
# "X:s möten förbereds av A tillsammans med B": the people a passive verb's agent names
DONE_BY = re.compile(r"(?i)\b[a-zåäö]{3,}s\s+av\s+(?P<list>[^.;]+)")
# "Det löpande arbetet samordnas av A och B": who coordinates, the coordinators a sentence then speaks of
# who coordinate, named before the verb ("Kommunens samordnare och kommunpolisen samordnar det gemensamma arbetet")
COORDINATE = re.compile(r"(?i)^(?P<who>[^.;:]{3,120}?\s+(?:och|samt)\s+[^.;:]{3,60}?)\s+samordnar\s+"
                        r"(?:det|den|de|arbetet|insatserna)\b")
COORDINATED_BY = re.compile(r"(?i)\bsamordnas\s+(?:[a-zåäö]+\s+)?av\s+(?P<who>[^.;]+)")
MEMBER_BEFORE = re.compile(r"(?i)\bdär\s+(?P<list>.+?)\s+(?:ingår|deltar|sitter|medverkar|arbetar|jobbar|möts|"
                           r"träffas|samlas|(?:skulle|ska|skall|kan|bör)\s+(?:ingå|delta|sitta|medverka|arbeta|mötas|träffas|"
                           r"ses))\b|"  # "där A och B skulle ses varje vecka"
                           # an open meeting "där A, B och C kan ställa frågor": whom it is open to
                           r"\böppe[nt]\s+[\wåäö-]*(?:möte|träff|forum)\b[^.;]{0,60}?\bdär\s+(?P<list10>[^.;]{1,200}?)\s+"
                           r"(?:kan|får|är\s+välkomna)\b|"
                           r"\bdit\s+(?P<list9>.+?)\s+(?:bjuds\s+in|inbjuds|kallas|kommer|är\s+välkomna)\b|"
                           r"^(?:även|också|dessutom)\s+(?P<list5>.+?)\s+är\s+med\b|"
                           # "…, och områdespolisen deltar vid varje möte": a main clause of its own after ", och"
                           r"(?:^|(?<=,\s)(?:och|men)\s+)(?!i\s)"
                           r"(?P<list8>(?:(?!\b(?:där|som|vilka)\b|,\s+(?:och|men)\s)[^.;:])+?)\s+(?:deltar|ingår|medverkar|kallas(?=\s+när\s))"
                           r"(?:\s+vid\s+behov|\s+regelbundet|\s+alltid|\s+när\s+(?:det\s+)?behövs|"
                           r"\s+när\s+behov\s+(?:finns|uppstår)|"
                           # "… kallas när ett ärende gäller bränder": called when its matters are up
                           r"(?<=kallas)\s+när\s+(?:ett\s+ärende|ärendet|frågan|en\s+fråga|det)\s+(?:gäller|rör|berör)\s+"
                           r"[^.;:]{3,80}|"
                           r"\s+vid\s+(?:samtliga|alla)\s+(?:möten|mötena|sammanträden|sammanträdena)|"
                           r"\s+vid\s+varje\s+(?:möte|sammanträde|träff)|"
                           # "… deltar när frågor om studieavbrott behandlas": when its matters are up
                           r"\s+när\s+[^.;:]{3,80}?\s+(?:behandlas|diskuteras|tas\s+upp|berörs)|"
                           # "… deltar när det finns bränder att ta upp"
                           r"\s+när\s+det\s+finns\s+[^.;:]{3,80}?\s+att\s+(?:ta\s+upp|behandla|diskutera)|"
                           r"\s+och\s+[a-zåäö]+r\b[^.;:]*|"  # "… medverkar och redovisar …"
                           # "… deltar som länk till X och för minnesanteckningar": the part it plays
                           r"(?:\s+(?:och\s+)?(?:som\s+(?!ersättare\b)[a-zåäö][^.;:]{1,60}?|"
                           r"för\s+(?:protokoll|minnesanteckningar|anteckningar)\w*)){1,2})?"
                           r"(?:[\s.]*$|(?=,\s+(?:liksom|jämte)\s))|"  # "A och B ingår, liksom C"
                           r"^(?P<list6>.+?)\s+(?:(?:deltar|ingår|medverkar)\s+(?:också|även)[\s.]*$|"
                           r"(?:sitter|ingår|deltar|(?:ska|skall)\s+(?:sitta|ingå|delta))\s+(?:också\s+|även\s+)?(?:med\s+)?i\s+"
                           r"(?:(?:den|det)\s+[a-zåäö]+a\s+)?"  # "deltar i det öppna forumet"
                           r"[\wåäö-]*(?:rådet|gruppen|samrådet|nätverket|"
                           r"forumet|teamet|mötet)\b|är\s+(?:också\s+|även\s+|alltid\s+)?(?:med|kallade|inbjudna|välkomna)\b)|"
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
                           # "A, B och C går varannan vecka igenom …", "… stämmer varje vecka av …": they meet
                           r"\s+(?:träffas|möts|samlas|ses|går(?=\s[^.;]{0,30}?\bigenom\b)|stämmer(?=\s[^.;]{0,30}?\bav\b))"
                           r"\s+(?=varje\b|varannan\b|var\s|en\s+gång|två\s|tre\s|fyra\s|\d)|"
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
WITH = re.compile(r"(?i)(?:\s+(?:för|mot)\s+[\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]*)?)?\s+med\s+"
                  r"(?!ansvar\b|uppdrag\b|syfte\b|fokus\b|uppgift)"
                  # "en arbetsgrupp med fasta deltagare: A, B": the label before the colon names no one
                  r"(?:(?:[a-zåäö]+[ae]\s+)?(?:deltagare|ledamöter|medlemmar|representanter)\s*:\s*)?(?P<list>[^.;]+)")
WITH_APPOSITION = re.compile(r"(?i)\s*,\s*med\s+(?!ansvar\b|uppdrag\b|syfte\b|fokus\b|uppgift|ordförandeskap)"
                             r"(?P<list>[^.;]+)")
# "samordningsgruppen, det vill säga A och B": the people the group is, in apposition
NAMELY_APPOSITION = re.compile(rf"(?i)\s*,\s*{THAT_IS}\s+(?P<list>[^.;]+)")
FREQUENCY_TAIL = re.compile(r"(?i)\s+(?:(?:minst\s+)?(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|\d+)"
                            r"\s+(?:gång|gånger|ggr)\b|(?:en|ett|två|tre|fyra)\s+(?:per|om|i)\s+(?:år|halvår|termin|kvartal|"
                            r"månad)(?:et|en)?\b|varje\s+(?:vecka|månad|kvartal|år|termin|(?:mån|tis|ons|tors|fre|lör|sön)dag)\b|"
                            r"var\s+(?:annan|tredje|fjärde)\s+vecka\b|varannan\s+"
                            r"|kvartalsvis|månadsvis|veckovis|årligen)")
AS_ROLE = re.compile(r"(?i)\bmed\s+(?P<list>[^.;]+?)\s+som\s+(?:föredragande|sekreterare|adjungerade?)\b")
WHERE_LIST = re.compile(r"(?i)\s*,?\s*där\s+(?P<list>[^.;]+)")
PASSIVE_VERB = re.compile(r"(?i)(?!(?:möt|träffa|samla|se)s$)[a-zåäö]{3,}s")  # "där beslut fattas": no people
LIKEWISE = re.compile(r"(?i),?\s*\b(?:liksom|jämte)\s+(?P<list>[^.;]+)")
# right after the verb of a list, "samt" goes on with it ("i vilken A och B ingår samt C"), unless a verb follows
LIKEWISE_AFTER = re.compile(r"(?i),?\s*\b(?:liksom|jämte|samt)\s+(?P<list>[^.;]+)")
TOGETHER = re.compile(r"(?i)\btillsammans\s+med\s+(?P<list>[^.;]+)")
MEMBER_HINT = re.compile(r"(?i)\b(?:består|ingår|deltar|ledamöter|deltagare|medlemmar|sammansättning|representeras|"
                         r"utgörs)\b")
LEADS_TOO = re.compile(r"(?i),\s+som\s+(?:också\s+|även\s+|tillika\s+)?"
                       r"(?:leder|är\s+(?:dess\s+|[\wåäö-]*(?:gruppens|rådets|forumets|nätverkets|teamets)\s+)?"
                       r"(?:ordförande|sammankallande)|sammankallar|kallar(?=\s*,))\b|"  # "A, som är rådets ordförande"
                       # "- A, som bidrar med lägesbilden och leder gruppen": leading is the relative's second verb
                       r",\s+som\s+[^.;]{0,120}?\s+och\s+(?:också\s+|även\s+)?(?:leder\s+(?:gruppen|mötena|den|det)|"
                       r"är\s+(?:gruppens\s+)?(?:ordförande|sammankallande))\b")
# "där A är ordförande och i övrigt B deltar": the chair before the rest, a member too where "i övrigt" says so
CHAIR_FIRST = re.compile(r"(?i)^(?P<who>[^,;]+?)\s+är\s+(?:ordförande|sammankallande)\s+och\s+"
                         r"(?P<rest>i\s+övrigt\s+|därutöver\s+|dessutom\s+)?")
# "en utredare (vid behov)", "räddningschefen (adjungerad)": how a member takes part, no meetings of the group
AS_NEEDED_BRACKET = re.compile(r"(?i)\s*\((?:vid\s+behov|adjungerad|adjungerade|adjungeras(?:\s+vid\s+behov)?)\)")
# "från parterna: A och B", "för kommunen: C": whom the members after the colon come from
SENT_BY_LABEL = re.compile(r"(?i)^(?:från|för)\s+[\wåäö][\wåäö -]{1,40}:\s+(?=\S)")
# an open meeting's item of whom it is for ("- öppet för boende och föreningar")
OPEN_TO = re.compile(r"(?i)^(?:öppe[nt]|öppna)\s+(?:även\s+|också\s+)?för\s")
# "adjungerad vid behov: A", "inbjuden: B": how the member after the colon takes part, no member itself
AS_NEEDED_LABEL = re.compile(r"(?i)^(?:adjunger(?:ad|ade|as)|inbjud(?:en|na|s)|gäst(?:er)?)(?:\s+vid\s+behov)?\s*:\s+"
                             r"(?=\S)")
# "TS – leder gruppen", "rektorn – sammankallande": a member of a list said after a dash to chair the group
# "- kommunpolisen – kallar och leder": who convenes and leads as well
LEADER_ITEM = re.compile(r"(?i)^(?P<who>[^–—,;:()]{2,60}?)\s+[–—-]\s+(?:(?:kallar\s+(?:och|samt)\s+)?"
                         r"leder(?:\s+(?:gruppen|mötena|arbetet))?(?:\s+(?:och|samt)\s+kallar)?|"
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
# a sentence that opens with when it recurs: what the group does then is its meeting
RECURRING = re.compile(r"(?i)^(?:det\s+är\s+)?(?:varje|varannan|var\s+(?:annan|tredje|fjärde|sjätte))\s+(?:vecka|månad|"
                       r"(?:mån|tis|ons|tors|fre)dag)")
# "…, till vilket boende … inbjuds och vid vilket kommunpolisen medverkar": members in relative clauses
RELATIVE_MEMBERS = re.compile(r"(?i)\b(?:till|vid|i|på)\s+(?:vilket|vilken|vilka)\s+(?P<list>[^.;]+?)\s+"
                              r"(?:inbjuds|bjuds\s+in|kallas|deltar|medverkar|ingår|sitter)\b")
REPRESENTATIVE_WORD = re.compile(r"(?i)^(?:en\s+)?(?:representant|företrädare)\b")
UNIT_SHORT = re.compile(r"L?PO")  # a police body by the short form of its kind, before its name ("LPO Nyby")
STAGE = re.compile(r"(?i)(?:låg|mellan|hög)stadiet|gymnasiet")  # a stage of school
# "Det dagliga arbetet samordnas i Lägesbildsmötet.", "Det praktiska arbetet gör vi i X.": the place of the work
# is what the sentence is about
# "… bedrivs i en samverkansgrupp för unga, där A och B deltar": the place, then who takes part in it
ALSO_WHERE = re.compile(r"(?i),\s*där\s+(?:även|också)\s[^.;]{0,200}?\b(?:deltar|ingår|sitter)\b")
COORDINATION_BY = re.compile(r"(?i)^(?:det|den)\s+(?:[a-zåäö]+a\s+)?samordn(?:andet|ingen)\s+(?:sköts|görs|hanteras|"
                             r"sker|utförs)\s+(?:av|i|genom)\s")
# "Den dagliga samordningen sköts av A och B": who does the coordinating, the coordinators' members
COORDINATION_DONE_BY = re.compile(r"(?i)^(?:det|den)\s+(?:[a-zåäö]+[ae]\s+)?samordn(?:andet|ingen)\s+"
                                  r"(?:sköts|görs|hanteras|utförs)\s+av\s+(?P<list>[^.;]+)")
# a passive verb and its agent ("sköts av", "leds av"): no genitive stands before "av"
PASSIVE_BY = re.compile(r"(?i)\b[a-zåäö]{3,}s\s+av\s")
TOGETHER_WITH = re.compile(r"(?i)(?P<comma>,?)\s+tillsammans\s+med\s+")
SERVES = re.compile(r"(?i)\b(?:är|blir)\s+(?:[\wåäö]+s\s+)?(?:sekreterare|föredragande)\b")
# "sammansatt på samma sätt som X, men med A i stället för B": X's members, A for B
# "…, med den skillnaden att A deltar i stället för B" says the same
# "är sammansatt som X, utom A", "utgår från X men utan A": X's members, less those it names
SAME_AS = re.compile(r"(?i)\b(?:(?:(?:sammansatt\w*|består)\s+på\s+samma\s+sätt|har\s+samma\s+sammansättning|"
                     r"(?<=är\s)sammansatt\w*|"
                     r"samma\s+(?:deltagare|medlemmar|ledamöter|sammansättning|funktioner|personer))\s+som|"
                     r"utgår\s+från)\s+"
                     r"(?P<ref>[^,.;]+?)"
                     r"(?:\s*,?\s*(?:men\s+med|med\s+den\s+skillnaden\s+att)\s+(?P<with>[^.;]+?)"
                     r"(?:\s+(?:deltar\s+|ingår\s+|sitter\s+med\s+)?i\s+stället(?:\s+för\s+(?P<instead>[^.;]+?))?)?)?"
                     r"\s*(?=[,.;]|$|\s+(?:men|utom|förutom)\b|\s+med\s+undantag\b)")
# a place and a group word in one compound ("Åbygruppen", "Nybyteamet"): the group of that place
PLACE_COMPOUND = re.compile(r"(?P<place>(?-i:[A-ZÅÄÖ])[a-zåäö]{2,}?)-?(?:gruppen|teamet|rådet|nätverket|forumet)")
# the change a list of members names after it: "…, med tillägg av A (men utan B)", "…, utökad med A"
# "…, och kompletteras med A", "; i stället tillkommer A", "…, vilkas platser tas av A"
ADDED = re.compile(r"(?i)\b(?:med\s+tillägg\s+av|utökad\s+med|kompletter(?:ad|as)\s+med|utökas\s+med|"
                   r"(?<=i\sstället\s)tillkommer|(?:vilkas|vars)\s+platser?\s+(?:tas|intas|övertas)\s+av)\s+"
                   r"(?P<list>[^.;]+?)"
                   r"(?=\s*,?\s+(?:men\s+)?utan\b|\s*,\s*(?:medan|men|där|som)\b|\s*[.;]|\s*$)")
WITHOUT = re.compile(r"(?i)(?:,\s*|\bmen\s+|\s)(?:utan|utom|förutom|med\s+undantag\s+(?:av|för))\s+"
                     r"(?P<list>[^.;]+?)(?=\s*,\s*(?:och|vilkas|vars|men|som|i\s+stället)\b|\s*,?\s*;|\s*[.]|\s*$)")
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
INVITES = re.compile(r"(?i)\bbjuder\s+(?:\S+\s+){0,12}?in\s+(?P<list>(?!till\b)[^.;]{1,200}?)\s+till\s+")
# "är kommunens råd", "är ett lokalt råd": a group said to be a body
IS_BODY_OF = re.compile(r"(?i)\bär\s+(?:en|ett|[\wåäö]+s)\s+(?:[\wåäö]+\s+)?$")
# "… ett rådgivande organ där förtroendevalda och föreningslivet träffar lokalpolisområdeschefen": both sides meet
WHERE_MEET = re.compile(r"(?i)\bdär\s+(?P<a>[^.;]{1,200}?)\s+(?:möter|träffar)\s+(?P<b>[^.;]{1,200}?)(?=[.;]|$)")
# "… ett öppet möte där A och B berättar om läget": those who speak at its meetings take part in them
WHERE_TOLD = re.compile(r"(?i)\bdär\s+(?P<a>[^.;]{1,120}?)\s+(?:berättar|informerar|presenterar|redovisar|"
                        r"svarar\s+på\s+frågor)\b")
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
# "…, som inte ingår i gruppen", "…, som inte är ledamot": the one before it (after its verb, preposition or comma)
NOT_A_MEMBER = re.compile(r"(?i)(?:^|(?<=\s)(?:av|är|och|samt)\s+|(?<=[,:])\s*)(?P<who>[^,:;.]+?),?\s+som\s+"
                          r"(?:dock\s+)?(?:inte|ej)\s+(?:ingår|deltar|sitter|är\s+(?:ledamot|medlem|deltagare|med))\b[^,.;]*")
# a label that gives a role to a named person and her function: "Projektledare: Eva Ek, trygghetssamordnare"
ROLE_LABEL = re.compile(r"^\W*(?P<role>[A-ZÅÄÖ][a-zåäö]{3,}(?:are|ägare|ande))\s*:\s*(?-i:[A-ZÅÄÖ])[\wåäö-]+"
                        r"(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)+\s*,\s*(?P<function>(?-i:[a-zåäö])[\wåäö -]{2,60}?)\s*$")
# "Ersättarna är" over a list: the substitutes, no members of their own
SUBSTITUTES_LEAD = re.compile(r"(?i)^(?:de\s+|deras\s+|[\wåäö]+s\s+)?(?:personliga\s+)?ersättar(?:e|na)\s+"
                              r"(?:är|blir|utses)\b")
# a sentence that says its subject is no member: "Samordnaren är gäst och ingår inte i styrgruppen"
NOT_IN_IT = re.compile(r"(?i)^(?P<who>(?:[\wåäö-]+\s+){0,3}?[\wåäö-]+)\s+(?:är\s+(?:en\s+)?(?:gäst|inbjuden)\s+"
                       r"(?:och|men)\s+)?(?:ingår|deltar|sitter)\s+inte\s+i\s+(?:gruppen|rådet|den|det|"
                       r"[\wåäö-]*(?:gruppen|rådet|forumet|nätverket|teamet))\b")
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


class MemberReading:
    """Reads who a group's members are."""

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
            if not text.split() or not finite(text.split()[0]):
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
            if (who := self._entry_item(g, item)) is not None:
                found.append(who)  # "- Eva Ek, säkerhetsstrateg": the person's function
                continue
            head = re.split(r"(?i),\s*(?:som|vilken|vilket|där)\b", AS_NEEDED_LABEL.sub("", item.text))[0]
            head = self._without_role(g, re.sub(r"(?i)[\s,]*\b(?:och|samt)$", "", head.strip(" ,.;")), item)
            if OPEN_TO.match(head):
                found += members(head)  # "- öppet för boende och föreningar": those it is open to
                continue
            if (leads := LEADER_ITEM.match(head)) and (who := member(leads.group("who"))):
                g.set("chair", who, item.span)  # "- kommundirektören – ordförande": a member, and the chair
                found.append(who)
                continue
            if (turn := CHAIR_IN_TURN_MARK.search(head)) and (who := member(head[:turn.start()])):
                self._chair_in_turn(g, who, item.span)  # "- kommunchefen (ordförande jämna år)"
                head = head[:turn.start()] + head[turn.end():]
            head = ROLE_BRACKET.sub("", head)  # "- A (adjungerad när X behandlas)": how A takes part, no clause
            if any(finite(w) for w in head.split()[1:] if not w[:1].isupper()):  # "BID Åbys vd": a name's
                self._chair(g, item.text, item.span)  # genitive, no verb
                found += _listed(item.text)  # "- A och B deltar alltid": a clause that names members too
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

    def _entry_item(self, g: Group, item: Unit) -> str | None:
        """An item that is a person's entry ("Eva Ek, säkerhetsstrateg"): the function, the chair when a field
        says the person leads."""
        if (entry := _person_entry(item.text)) is None or not (who := member(lower_start(entry[0]))):
            return None
        if any(ENTRY_CHAIR.match(f) for f in entry[1]):
            g.set("chair", who, item.span)
        return who

    def _without_role(self, g: Group, head: str, item: Unit) -> str:
        """An item without the role after its comma ("säkerhetsstrateg (förvaltningen), sekreterare"), which makes
        the chair when it leads."""
        if (role := ROLE_AFTER.search(head)) is None:
            return head
        if ENTRY_CHAIR.match(role.group("role")) and (who := member(head[:role.start()])):
            g.set("chair", who, item.span)
        return head[:role.start()]

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
            len(org.split()) > 1 or not common_word(org)) and org[:1].isupper() else None
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
            if SAME_AS.search(text[:added.start()]):
                g.widened = members(added.group("list"))  # another's members and more: those it adds
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
            self._add_members(g, members(_cut_clause(swap.group("new") or lower_start(swap.group("new2")))), span)
        if joins is not None:
            self._add_members(g, members(_cut_clause(joins.group("list"))), span)
        return True

    def read_member_line(self, g: Group, unit: Unit) -> bool:
        """An item under a group's heading that is only a member ("kommundirektör (ordförande)", "rektor,
        representant för grundskolorna", "kommunpolis, fältassistenter"): no verb, meeting or report in it;
        whether the unit was one."""
        if self.read_person_entry(g, unit):
            return True
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
        if re.search(r"[:.!?]$|:\s", text) or any(finite(w) for w in text.split()) or ALTERNATING.search(text) \
                or re.search(r"(?i)\bordförande\b(?!\))", text) \
                or frequency.per_year(text) is not None or REPORTS.search(text):
            return False
        if (marked := CHAIR_MARK.search(text)) and (who := member(marked.group("who"))):
            g.set("chair", who, unit.span)
        text = re.sub(r"\s*\([^)]*\)", "", text)
        parts = split_list(text)
        if len(parts) == 2 and (REPRESENTATIVE_WORD.match(parts[1]) or ORG_TAIL.search(parts[1].split()[-1])
                                or _seat_of_function(parts[0], parts[1])):
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

    def read_person_entry(self, g: Group, unit: Unit) -> bool:
        """A directory's entry for a person ("Eva Ek, Rektor, Åbyskolan, Ordförande, 0123-45 67"): the function
        is the member, the workplace and number say only where to reach the person, and a field of leading
        makes the chair; whether the unit was one."""
        if (entry := _person_entry(unit.text)) is None:
            return False
        function, fields = entry
        if not (who := member(lower_start(function))):
            return False
        self._add_members(g, [who], unit.span)
        if any(ENTRY_CHAIR.match(f) for f in fields):
            g.set("chair", who, unit.span)
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
            named = [m for m in members(lower_start(subject_of(said))) if m not in ("chef", "person")]
            named += members(they.group("plus")) if they.group("plus") else []
            self._add_members(topic, named, unit.span)  # "De bildar X"; "Cheferna …. De heter X": no one named
        return topic

    def read_they_called(self, unit: Unit) -> bool:
        """"Kommunpolisen och trygghetssamordnaren arbetar i par. De kallas för Samordnarfunktionen och träffas
        …": a group named for the people the sentence before made the subject; whether the unit was one."""
        m = THEY_CALLED.match(unit.text) or WE_CALL_THEM.match(unit.text)
        people = self._people_before() if m is not None and self.said_before else []
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
                and (freq := meeting_frequency(self.said_before)) is not None:
            g.set("frequency_per_year", freq.value, unit.span)  # "Varje tisdag stämmer A och B av. Tillsammans
            # kallas de X": how often they meet is how often X does
        if m.re is WE_CALL_THEM and MEETS.search(said := unit.text[:m.start("we")]) \
                and (freq := meeting_frequency(said)) is not None:
            g.set("frequency_per_year", freq.value, unit.span)  # "De två stämmer av varje vecka, och vi kallar …"
        self._prepared_before(g, unit)
        self.read_sentence(g, Unit(unit.kind, unit.text[m.end():], unit.span, unit.heading))
        self.topic = self.told = g
        self.said_before = unit.text
        return True

    def _people_before(self) -> list[str]:
        """The people the sentence before made its subject, or, when its subject is no people ("X:s möten förbereds
        av A tillsammans med B"), the agent of its passive verb."""
        people = members(lower_start(subject_of(self.said_before)))
        if len(people) < 2 and (by := DONE_BY.search(self.said_before)) is not None:
            people = members(_cut_clause(TOGETHER_WITH.sub(r"\g<comma> och ", by.group("list"))))
        return people

    def _prepared_before(self, g: Group, unit: Unit) -> None:
        """"X:s möten förbereds av A och B. … vi kallar dem Y": Y prepares X's meetings, and reports to X."""
        prepared = PREPARES.search(self.said_before)
        owner = prepared.group("passive") if prepared is not None else None
        if owner and (name := self.resolve(owner, g)) and name != g.name:
            g.prepares = True
            g.report_to(name, unit.span)

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

    def read_line_member(self, g: Group | None, unit: Unit, previous: Unit | None) -> bool:
        """Short lines without a verb right under a group's heading, one member a line as a slide lists them
        ("TSO (sammankallande)" / "KP" / "fältare"), or joined by "+" ("2 × KP + TSO + Nyby centrumledning"): its
        members, while each names a function, an organisation or a short form."""
        if g is None or unit.kind != "sentence" or unit.span.start != unit.span.end \
                or not (previous is None or id(previous) in self.member_lines):
            return False
        parts = [re.sub(r"^\d+\s*[×x]\s*", "", p) for p in re.split(r"\s+\+\s+", unit.text.strip(" ."))]
        bare = [re.sub(r"\([^)]*\)|\bvid\s+behov\b", "", p).split() for p in parts]  # "väktarbolaget vid behov"
        if any(len(p.split()) > 4 or not p or re.search(r"\d|[,:;?!→]", p) or any(finite(w) for w in p.split())
               or mentions(p) for p in parts) or any(w in LINE_PREPOSITIONS for words in bare for w in words):
            return False  # a line with a preposition says more than who ("informera X om utfallet")
        found = []
        for k, part in enumerate(parts):
            words = re.findall(r"[\wåäöÅÄÖ-]+", part)
            if not any(PERSON.search(lemma(w)) or ORG_TAIL.search(w) or re.fullmatch(r"[A-ZÅÄÖ]{2,5}", w)
                       for w in words) and not (k and part[:1].isupper()):
                return False
            first = words[0] if words else ""  # a capital of the line, not a name's, drops ("Kommunpolis")
            if common_word(first) or lemma(first) != first.casefold():
                part = lower_start(part)
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
        text = lower_start(unit.text) if common_word(first) or lemma(first) != first.casefold() \
            else unit.text  # the line's capital, not a name's
        if not mentions(text) and not re.match(r"(?i)att\s", text):  # "A, B, C och D.": a list written as a
            text = re.sub(r"(?<=[a-zåäö])\.$", "", text)  # sentence, its stop no end (no group set up in it)
        return 2 * len(named) > len(parts) and self.read_member_line(g, Unit(unit.kind, text, unit.span, unit.heading))

    def settle_members(self) -> None:
        """A member that the text goes on to describe as a group of the agreement ("Organisationen består av en
        ledningsgrupp och ett trygghetsteam" before "Trygghetsteamet" and its fields) is no member."""
        self._roles_as_functions()
        for g in self.groups.values():
            listed = g.fields.get("members") or []
            kept = [m for m in listed if not self._described(m) and not _left(m, g.left) and not _represented(m, listed)
                    and not self._by_its_people(g, m, listed)]
            if len(kept) < len(listed):
                g.fields["members"] = kept
                if not kept:
                    del g.fields["members"]

    def _roles_as_functions(self) -> None:
        """A role a label gives a named person with a function ("Projektledare: Eva Ek, trygghetssamordnare"),
        as a member or chair of a group ("projektledaren leder gruppen"), is that function."""
        roles = {fold(m.group("role")): m.group("function").strip() for n in range(1, len(self.doc) + 1)
                 if (m := ROLE_LABEL.match(self.doc.line(n))) is not None}
        if not roles:
            return
        for g in self.groups.values():
            if listed := g.fields.get("members"):
                g.fields["members"] = list(dict.fromkeys(roles.get(fold(x), x) for x in listed))
            chair = g.fields.get("chair")
            if isinstance(chair, str):
                g.fields["chair"] = roles.get(fold(chair), chair)
            elif isinstance(chair, list):
                g.fields["chair"] = [roles.get(fold(x), x) for x in chair]

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

    def _members(self, g: Group, text: str, unit: Unit) -> None:
        if STANDS_IN.search(text):
            return  # "A är ersättare för B och deltar bara vid förfall": a substitute is no member of its own
        if self._changed_members(g, text, unit.span):
            return
        text = REPRESENTS.sub("", text)  # "A B, som representerar Y": Y takes part
        for gone in LEAVES.finditer(text):  # "att fritidschefen samtidigt lämnar gruppen": a member no more
            g.left.update(members(lower_start(gone.group("who"))))
        text = self._without_non_members(g, text)
        found = self._own_list(g, text) + (_named_where(g, text) if g.named_by_heading else [])
        found += [f for f in self._bracketed_after(g, text) if f not in found]
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
                found += members(lower_start(who)) + members(_cut_clause(meet.group("b")))
                break
        found += _speakers_and_partners(g, text)
        if not found and not g.fields.get("members"):
            found = _coordinators_at_work(g, text)
        if unit.items and not TASKS_LEAD.match(lead_of(text)) and not NOTES_LEAD.match(lead_of(text)) \
                and not SUBSTITUTES_LEAD.match(lead_of(text)) \
                and (MEMBER_HINT.search(text) or text.endswith(":")
                           or re.search(r"(?i)\b(?:är|ingår|deltar|sitter|medverkar)$", text)
                           or WHENCE_ONLY.fullmatch(text.strip(" ,.:"))) \
                and not all(opens_with_group(item.text) for item in unit.items):  # "Med i gruppen är"; not
            found += self._listed_items(g, unit.items)  # "Det finns tre lokala grupper:" over the groups' names
        found = [f for f in found if (len(f) > 2 or f.isupper() or f == "vd") and not re.search(r"\d", f)  # "TK"
                 and f.casefold() not in PRONOUNS
                 and not self._is_group(f) and fold(f) != fold(g.name) and f not in ("chef", "person")
                 and fold(f) not in ("gast", "gaster")  # "får bjuda in gäster": a guest is no member by the word
                 and frequency.per_year(f) is None  # "fyra gånger per år" in a list is no one
                 and not _part_of_its_place(g, f)]
        if found:
            self._add_members(g, found, unit.span | (unit.items[-1].span if unit.items else unit.span))
            if SERVES.search(text):  # "A är rådets sekreterare": a member who serves the group, no decider
                g.serving.update(found)

    @staticmethod
    def _without_non_members(g: Group, text: str) -> str:
        """A sentence without the one it says is no member ("Anteckningar förs av en sekreterare, som inte ingår i
        gruppen", "A, B samt C, som inte är ledamot"): that one kept out of the group, the rest read as before."""
        if (guest := NOT_IN_IT.match(text)) is not None:  # "Samordnaren är gäst och ingår inte i styrgruppen"
            g.left.update(members(lower_start(guest.group("who"))))
            return ""
        for said in reversed(list(NOT_A_MEMBER.finditer(text))):
            g.left.update(members(lower_start(said.group("who"))))
            text = text[:said.start("who")].rstrip(" ,") + text[said.end():]
        return text

    def _bracketed_after(self, g: Group, text: str) -> list[str]:
        """"Ledningsgruppen (A, B och C) beslutar …": the people in brackets right after the group's own name, two or
        more functions or bodies; not the bodies its initials stand for ("SSPF (skola, socialtjänst, polis och
        fritid)") nor a bracket of other things ("(se bilaga 2)", "(2025–2026)")."""
        for m in mentions(text):
            if (self.groups.get(m.key) or (None if m.bare else self._alias(m))) is not g:
                continue
            bracket = re.match(r"\s*\((?P<list>[^()]{3,200})\)", text[m.end:])
            if bracket is None or not re.search(r",|\s(?:och|samt)\s", bracket.group("list")):
                return []
            people = members(bracket.group("list"))
            initials = "".join(p[:1] for p in split_list(bracket.group("list"))).upper()
            if len(people) < 2 or not all(_function_or_body(p) for p in people) \
                    or initials in m.name.replace("-", ""):
                return []
            return people
        return []

    @staticmethod
    def _add_members(g: Group, found: list[str], span: Span) -> None:
        merged = list(g.fields.get("members", []))
        for f in found:
            if f.casefold() not in {e.casefold() for e in merged} and not _represented(f, merged):
                merged.append(f)
        g.set("members", merged, span, force=True)

    def _same_as(self, g: Group, text: str) -> list[str]:
        """The members of a group "sammansatt på samma sätt som" another: the other's, with the exchange the
        text names ("men med A i stället för B")."""
        m = SAME_AS.search(text)
        other = self._referenced(m.group("ref"), g) if m else None
        if other is None:
            return []
        listed = list(other.fields.get("members", []))
        if not m.group("with") and (without := WITHOUT.search(text, m.end())) is not None:
            gone = {fold(x) for x in members(without.group("list"))}  # "samma funktioner som X, men utan A"
            listed = [x for x in listed if not any(fold(x) == y or fold(x).startswith(y + " ") for y in gone)]
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
        if (compound := PLACE_COMPOUND.fullmatch(words.strip())) is not None:  # "Åbygruppen": the group of Åby
            places.add(fold(compound.group("place")))
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


# the verb left out after the first of parallel clauses: "Kommunen företräds av A och B, polisen av C och
# bolaget av sin vd" (each party's people after its "av")
GAPPED_AGENT = re.compile(r"(?:\s*,|\s+och|\s+samt)\s+(?:[a-zåäö]+\s+)?[a-zåäö]{3,}(?:en|et|n)\s+av\s+"
                          r"(?:(?:sin|sitt|sina)\s+)?")
NOW = re.compile(r"(?i)^(?:i\s+dag|numera|för\s+närvarande|fortfarande|alltid|sedan\s+\w+)\s+")


def _person_entry(text: str) -> tuple[str, list[str]] | None:
    """A list item that is a directory's entry for one person: the function and the fields after it; None when
    the item opens with no person's name (words of a function or an organisation are none) or names no function."""
    m = PERSON_ENTRY.match(text.strip(" ."))
    if m is None or not _entry_function(m.group("function"), bool(m.group("fields"))):
        return None
    if any(PERSON.search(lemma(w)) or ORG_TAIL.search(w) for w in m.group("name").split()):
        return None
    return m.group("function"), [f.strip() for f in (m.group("fields") or "").split(",") if f.strip()]


def _entry_function(function: str, fields: bool) -> bool:
    """Whether an entry's words after the name are a function: its last word, or with nothing after it the head
    before a preposition ("enhetschef för fältgruppen")."""
    words = function.split()
    head = words[-1] if fields else next((w for i, w in enumerate(words) if i + 1 == len(words)
                                          or words[i + 1].casefold() in PREPOSITION), words[-1])
    return bool(PERSON.search(lemma(head)))


def _seat_of_function(who: str, after: str) -> bool:
    """Whether what follows a function's comma on a member line only says where it sits: a body named by the word
    for its kind ("lokalpolisområdeschef, LPO Nyby", "utredare, Polisområde Nyby") or a stage of school
    ("rektorer, högstadiet"), as "en rektor från högstadiet" says which ones."""
    words = after.split()
    return bool(PERSON.search(lemma(who.split()[-1]))) and (
        len(words) > 1 and words[1][:1].isupper() and bool(ORG_TAIL.search(words[0]) or UNIT_SHORT.fullmatch(words[0]))
        or bool(STAGE.fullmatch(after)))


def _chair_leads_where(g: Group, text: str) -> bool:
    """"A leder mötena, där även B deltar": the chair is the main clause's subject, and takes part too."""
    where = ALSO_WHERE.search(text)
    chair = g.fields.get("chair")
    return where is not None and isinstance(chair, str) and member(subject_of(text[:where.start()])) == chair


# the common noun of a place's name ("Nyby gård", "Nyby strand", "Åby centrum"), not an organisation's ("Nyby byalag")
PLACE_PART = re.compile(r"gård|strand|centrum|torg|hamn|backe|park|berg|vik|dal|höjd|äng|udde|skog|fält|city")


def _part_of_its_place(g: Group, found: str) -> bool:
    """Whether a name is a part of the place a group is named for ("Trygghetsforum Hässelby samlar Hässelby gård och
    Hässelby strand"): the place's name and the common noun of a place, where it works."""
    words = found.split()
    places = {w for w in g.name.split()[1:] if w[:1].isupper()}
    return len(words) == 2 and words[0] in places and PLACE_PART.fullmatch(words[1]) is not None


def _speakers_and_partners(g: Group, text: str) -> list[str]:
    """Those who speak at the group's meetings ("ett öppet möte där A och B berättar om läget") and those it is
    run together with ("driver Krogsamverkan X tillsammans med A och B")."""
    found = []
    if (told := WHERE_TOLD.search(text)) is not None and not mentions(told.group("a")):
        found += members(lower_start(told.group("a")))
    if (joint := re.search(re.escape(g.name) + r"\s+tillsammans\s+med\s+(?P<list>[^.;]+)", text, re.I)) is not None:
        found += members(_cut_clause(joint.group("list")))
    return found


def _listed(text: str) -> list[str]:
    """The members a sentence lists, clause by clause ("Där möts A och B; sedan 2024 deltar även C")."""
    found: list[str] = []
    if TABLED.search(text):
        return []  # "Frågan om att bjuda in A bordlades": a matter put off, no one joins
    text = NAMED_NOW.sub(r"\g<names>", text)  # "fastighetsägarna (i dag A och B; andra kan bjudas in)": A and B
    text = TAKING_PART_BRACKET.sub(r", \g<list>", text)  # "A och B (C adjungeras vid behov)": C too
    for clause in verb_clauses(RELATIVE_ASIDE.sub("", text)):  # "A, som är ordförande, B och C": A, B, C
        found += [f for f in _listed_clause(clause) if f not in found]
    return found


DASH_ASIDE = re.compile(r"\s[–—]\s+(?P<aside>[^–—.;]{5,300}?)\s+[–—](?:\s|$)")


def _coordinators_named(text: str) -> list[str]:
    """Who a sentence under the coordinators' heading says they are: "A och B samordnar det gemensamma arbetet";
    "Den dagliga samordningen sköts av A och B" ("… av A tillsammans med B": B coordinates as A does)."""
    found = members(lower_start(pair.group("who"))) if (pair := COORDINATE.match(text)) is not None else []
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


# a minute's matter put off or turned down, not decided ("Frågan om att bjuda in A bordlades till nästa möte")
TABLED = re.compile(r"(?i)\b(?:bordlades|bordläggs|bordlagts|avslogs|avslås|återremitterades|återremitteras)\b")
CHAIR_AND_OTHERS = re.compile(r"(?i)^(?P<who>[^.;,]{3,60}?)\s+är\s+ordförande\s+och\s+övriga\s+"
                              r"(?:ledamöter|medlemmar|deltagare)\s+är\s")
# "Den som bjuds in på det sättet ingår inte i gruppen", "De är inte ledamöter", "ingen av dem deltar": no one is
# placed in the group
NOT_IN_GROUP = re.compile(r"(?i)\b(?:ingår|deltar|sitter|är)\s+(?:dock\s+|alltså\s+)?(?:inte|ej|aldrig)\s+"
                          r"(?:i\s+(?:den|det|[\wåäö-]*(?:gruppen|rådet|forumet|nätverket|teamet))\b|"
                          r"(?:medlemm|ledamö|ledamot|deltagare)\w*)|"
                          # "…, men ingen av dem deltar i gruppen": those the clause named take no part
                          r"\b(?:ingen|inga|inget)\s+av\s+(?:dem|dessa|de\s+[\wåäö]+)\s+(?:deltar|ingår|sitter|är\s+(?:med|ledamöter|medlemmar))\b")


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
        listed = until_verb(m.group("list"))
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


def _represented(body: str, listed: list[str]) -> bool:
    """Whether an organisation is a member already through one of its people ("en bovärd från Nybyhem" listed,
    "Nybyhem AB deltar i gruppen"): it takes part through them, no member of its own beside them."""
    name = re.sub(r"(?i)\s+ab$", "", body.strip())
    at = re.compile(r"(?i)\s(?:från|vid|hos|på|för)\s+(" + re.escape(name) + r")(?:\s+ab)?$")  # with or without
    # its company form ("områdeschef för Nybo AB"); a name, as the member naming it writes it (a sentence's first
    # word may have lost its capital)
    return any(x != body and (found := at.search(x)) is not None and found.group(1)[:1].isupper() for x in listed)


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
    if m is not None and m.group("list6") and any(finite(w) for w in text[:m.start("list6")].split()) \
            and not all(_someone(x) for x in members(_cut_clause(m.group("list6")))):
        return None  # "… som håller ihop arbetet: kommunpolisen och samordnaren" lists people, as a label does
    return m


def _someone(listed: str) -> bool:
    """A member that is a person's function or an organisation, not a thing ("oroshändelse", "plats")."""
    head = listed.split()[0] if listed else ""
    return bool(PERSON.search(lemma(head.casefold())) or ORG_TAIL.search(head) or head[:1].isupper())


def _function_or_body(listed: str) -> bool:
    """A member that is a function or a body by its word ("kommunchef", "socialtjänsten"), not a place by its name
    ("Kivik", "Södra Åby") that a bracket after a group's name may list as its area."""
    words = listed.split()
    return bool(PERSON.search(lemma(words[0].casefold())) or ORG_TAIL.search(words[-1])
                or UNIT_TAIL.search(words[-1]))


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
    return None if more is None or finite(more.group("list").split()[0]) else more


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
    if m.group("list3") and not names and not forms_one or m.group("list12") and names_group(listed):
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
    if WHENCE_ONLY.fullmatch(listed.strip(" ,.")):
        return []  # "Från kommunen deltar" over a list: whence they come, fronted; the list names them
    chaired = []
    if (lead := CHAIR_FIRST.match(listed)) is not None:  # "där A är ordförande och i övrigt B och C deltar"
        listed = listed[lead.end():]
        chaired = members(lead.group("who")) if lead.group("rest") else []
    listed = re.sub(r"(?i)(?<=[a-zåäö])\s+tillsammans\s+med\s+(?=[a-zåäö])", ", ", listed)  # "där A och B
    # tillsammans med C ingår": C is one of them too
    words = listed.split()
    if words and words[-1] == "och" and (verb := next((i for i, w in enumerate(words[1:], 1) if finite(w)), 0)):
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


def _left(member: str, left: set[str]) -> bool:
    """Whether a member is one the text says is none: by its words, or by the noun a later sentence calls it by
    ("Samordnaren är gäst" of "Trafikverkets regionala samordnare")."""
    return member in left or any(" " not in x and member.split()[-1] == x for x in left)


WHENCE_ONLY = re.compile(r"(?i)(?:från|av|hos|inom)\s+\S+")  # a fronted phrase that says whence, no subject


def _named_genitive(listed: str) -> bool:
    """Whether a list opens with a name's genitive before more words ("Nybyhems bovärdar"), not a common noun's
    definite one ("Kommunens bovärdar", "Skolans kuratorer")."""
    words = listed.split()
    return len(words) >= 2 and named_owner(words[0])


def _last_clause_subject(listed: str) -> str:
    """"A håller i forumet och B" (before "deltar"): the subject of the last clause, after the verb of the first
    and its conjunction."""
    words = listed.split()
    verb = next((i for i, w in enumerate(words[1:], 1) if finite(w)), 0)
    joint = next((j for j in range(len(words) - 1, verb, -1) if words[j] in ("och", "samt", "medan")), 0) if verb else 0
    return " ".join(words[joint + 1:]) if joint else listed


def _coordinators_at_work(g: Group, text: str) -> list[str]:
    """The pair a sentence about a coordinating function names as the ones doing its work ("Samordnaren och
    kommunpolisen planerar och följer upp arbetet"): two or more functions as the subject, each a person, of
    a verb that is no leading."""
    if group_kind(g.name) != "coordinators" or mentions(text):
        return []
    subject = subject_of(text)
    rest = text[len(subject):].split() if text.startswith(subject) else []
    if not rest or not finite(rest[0]) or rest[0].casefold() in TAKES_PART | {"leder", "sammankallar", "kallar",
                                                                                "turas", "har"}:
        return []
    people = members(lower_start(subject))
    if len(people) >= 2 and all(PERSON.search(lemma(p.split(" för ")[0].split()[-1])) for p in people):
        return people
    return []


def _named_where(g: Group, text: str) -> list[str]:
    """The members a sentence lists after the name of a group without a group word: "… effektiv samordning för
    trygghet, där polisen, räddningstjänsten och fastighetsägarna delar …"."""
    m = re.search(r"(?i)\b" + re.escape(g.name) + r"\s*,?\s*där\s+(?P<list>[^.;]+)", text)
    listed = until_verb(m.group("list")) if m else ""
    return members(listed) if re.search(r",|\boch\b", listed) else []


# an item naming whence the people under or after it come, with their number ("Från kommunen (4):", "Marks
# Bostads AB (1): bovärd", "Adjungerad (1): en representant för X"); the substitutes' item; a party by its kind
SENDER = re.compile(r"^(?:(?i:från)\s+)?(?P<org>[^():;,]{2,60}?)\s*\((?P<n>\d{1,2})\)\s*:?\s*(?P<value>.*)$")
SUBSTITUTES = re.compile(r"(?i)^ersättar(?:e|na)\b")


SUBSTITUTE_MARK = "ersättare"
OWN_PARTY = re.compile(r"(?i)(?:från\s+)?(?:kommunen|polisen|staden|regionen|lokalpolisområdet|förvaltningen)")


def _sender(text: str, nested: bool) -> tuple[str | None, int | None, str] | None:
    """(organisation, count, the members it names) of an item that says whence the people under or after it come,
    (None, None, "") for a label over a list of its own ("Adjungeras vid behov:"); None for any other item."""
    if SUBSTITUTES.match(text):
        return SUBSTITUTE_MARK, None, ""
    if (m := SENDER.match(text.strip())) is not None:
        return m.group("org").strip(), int(m.group("n")), m.group("value").strip(" .")
    if nested and (text.rstrip().endswith(":") or finite(text.split()[0])):
        return None, None, ""
    return None


def _introduced_with(text: str, name: Mention) -> re.Match | None:
    """The list a group is introduced with: "en styrgrupp med A och B", "Chefssamrådet, med A,", "inrätta
    Arbetsgrupp Torget med A och B"."""
    m = WITH.match(text, name.end) if indefinite_mention(text, name) else WITH_APPOSITION.match(text, name.end)
    return m or (WITH.match(text, name.end) if _set_up_here(text, name) else None) or _namely(text, name)


def _namely(text: str, name: Mention) -> re.Match | None:
    """"samordningsgruppen, det vill säga A och B": the list after "det vill säga" when it names people only."""
    m = NAMELY_APPOSITION.match(text, name.end)
    listed = members(_cut_clause(m.group("list"))) if m else []
    return m if listed and all(_someone(x) for x in listed) else None


def _set_up_here(text: str, m: Mention) -> bool:
    """Whether the sentence sets the group up by its name ("inrätta Arbetsgrupp Torget med A och B")."""
    before = text[:m.start].split()
    return bool(before) and before[-1].casefold() in {"inrätta", "inrättar", "bilda", "bildar", "tillsätta",
                                                      "tillsätter"}


def _cut_clause(text: str) -> str:
    """The list of a member sentence without what follows it (", som …", "och träffas …", "två gånger per år")."""
    return FREQUENCY_TAIL.split(until_verb(_cut(text)))[0]


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
