"""Words and patterns several readings share: `finite` (whether a word is a finite verb), the words up to a
verb, a sentence's clauses, and the patterns of meeting, reporting, members and chairs more than one theme reads."""

from __future__ import annotations

import re

from samverkan.extract.meaning.text import lemma

NON_SUBJECT = {"till", "under", "från", "för", "inför", "med", "om", "av", "mellan", "ur", "hos", "vid", "på", "inom",
               "→"}  # "→ styrgruppen": where a slide's arrow points
ANAPHOR = re.compile(r"(?i)^(?:den|det|denna|detta|dessa|de|hon|han|gruppen|rådet|råden|forumet|nätverket|teamet|"
                     r"samrådet|grupperna|mötet|träffen)\b")
PRONOUN = re.compile(r"(?i)^(?:den|det|denna|detta|dessa|de|hon|han)\b")
MEMBER_AFTER = re.compile(r"(?i)\b(?:består|bestå|bestått|bestod|bestående|utgörs|utgjordes|representeras|företräds|"
                          r"sammansatt)"
                          # "Enligt avtalet består den (styrgruppen) av …": the subject after
                          r"(?:\s+(?:den|det|[\wåäö-]*(?:gruppen|rådet|forumet|nätverket|teamet)))?"
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
                          # "Ledamöter är A och B", "A är ordförande och övriga ledamöter är B och C"; not
                          # "… och samordnaren är med", who takes part
                          r"(?:^|\s(?:och|samt)\s+)(?:[\wåäö-]+\s+)?(?:samordnar|deltagar|ledamöt|medlemm)\w*\s+"
                          r"(?:i\s+\S+\s+)?är\s+(?!(?:också\s+|även\s+|alltid\s+)?med\b)(?P<list5>.+)$|"
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
                          r"^[\wåäöÅÄÖ -]*(?:grupp|nätverk|forum|(?<!om)råd|team|are?par|samordningsfunktion)"
                          r"[\wåäöÅÄÖ -]*"  # "Samordningsfunktionen: A och B": the pair that is the function
                          r"(?:\s*\([^()]{1,60}\))?"  # "Sommargruppen (badplatserna!): A, B": an aside before the list
                          r":(?![a-zåäö])\s*"  # not "SG:s"
                          r"(?P<list6>.+)$|"
                          # not "samlar in synpunkter": what is gathered, no people; nor "samlar de som vill …":
                          # people by what they do, no function or body
                          r"\b(?:samlar|(?:ska|skall|kommer\s+att)\s+samla)\s+(?!in\b)(?!(?:de|dem|alla|den)\s+som\b)"
                          r"(?:[^:]*:\s*)?(?P<list4>.+)$|"
                          # "Varje måndag går A, B och C igenom läget": inverted, the subject before the particle
                          # (a fronted time or place, no subject: "Gruppen går varje vecka igenom …" lists no one)
                          r"^(?:varje|var|varannan|en|två|tre|fyra|under|på|i|vid|efter|inför)\s+(?:[\wåäö]+\s+){0,3}?"
                          r"(?:går|gick)\s+(?P<list43>(?-i:[a-zåäö])[^.;]+?)\s+igenom\b|"
                          r"\b(?:ingår|deltar|sitter|medverkar|(?:ska|skall)\s+(?:ingå|delta|sitta|medverka))\s+"
                          # "Polisen deltar med lokalpolisområdeschefen": a party takes part by its people
                          r"(?:gör\s+|(?:också\s+|även\s+)?med\s+)?"
                          r"(?:(?:också|även)\s*,?\s*(?:liksom|jämte)\s+)?"  # "ingår också, liksom A"
                          # "Deltar gör A"; "A sitter med i X": the particle of "sitta med", where A sits, not with whom
                          r"(?!i\b|med\s+i\b|inte\b|när\b|utöver\b|förutom\b|(?:också|även|alltid)[\s.]*$|"
                          r"vid\s+(?:samtliga|alla|varje)\s|"  # "A deltar vid samtliga möten": when, not who
                          r"som\s)"  # "A ingår som sekreterare och föredragande": the part A plays, no one
                          r"(?P<list2>[a-zåäö].+)$|"
                          # "Varje tisdag möts A, B och C för att …": who meets, after the time and the verb (not
                          # "Varannan vecka träffas Ungdomsforum, …": a group by its name, the subject inverted)
                          r"^(?:varje|var\s+\w+|varannan|en\s+gång|två\s+gånger)\b[^.;,]*?\s+(?:möts|träffas|samlas)\s+"
                          r"(?!(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:grupp|forum|råd|nätverk|team)(?:en|et|n)?\b)"
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
                          # "Gruppen kompletteras med C": more members beside those it has
                          r"\b(?:kompletteras|utökas)\s+med\s+(?:också\s+|även\s+)?(?P<list46>(?-i:[a-zåäö]).+)$|"
                          # "Till dem kommer C": more members beside those named before
                          r"^till\s+(?:dem|dessa|henne|honom)\s+kommer\s+(?:också\s+|även\s+)?(?P<list44>(?-i:[a-zåäö]).+)$|"
                          r"\b(?:med|finns)\s+(?:representanter|företrädare)\s+(?:för|från)\s+(?P<list3>.+)$|"
                          # "Och någon från bostadsbolaget X.": one more, the verb of the sentence before left out
                          r"^(?:och|samt|plus)\s+(?P<list23>(?:någon|en|ett|några|flera)\s+(?!gång|par\b)[^.;,]+?)[.]?$")
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
                               r"\bhör\s+inte\s+till\s+(?:samverkans)?organisationen\b|"
                               # "Den gruppen hör till Åbys överenskommelse": a group of another agreement
                               r"\bhör\s+(?:i\s+stället\s+)?till\s+(?:(?-i:[A-ZÅÄÖ])[\wåäö-]*s|en\s+annan|ett\s+annat)\s+"
                               r"(?:[a-zåäö]+a\s+)?(?:\w*överenskommelse|\w*avtal)\b|"  # "… hör inte till
                               # samverkansorganisationen"
                               # "… ingår inte i samverkansstrukturen", "I dag ingår det inte i …": the parties'
                               # structure of groups, by the word that says whose it is
                               r"\b(?:ingår|hör)\s+(?:den\s+|det\s+)?inte\s+(?:heller\s+)?(?:i|till)\s+"
                               r"samverkans(?:organisation|struktur)en\b|"
                               # "… ingår inte i den lokala organisationen", "inte heller X hör till den lokala
                               # organisationen": the agreement's organisation, by its adjective
                               r"\b(?:ingår|hör)\s+inte\s+(?:heller\s+)?(?:i|till)\s+den\s+(?:lokala|gemensamma)\s+"
                               r"(?:samverkans)?organisationen\b|"
                               r"^inte\s+heller\s+[^.;]{3,60}?\s+(?:ingår|hör)\s+(?:i|till)\s+(?:den\s+(?:lokala|"
                               r"gemensamma)\s+)?(?:samverkans)?organisationen\b|"
                               # "… är ett forum i X och inte en del av …": the predicate's second part
                               r"(?:\b(?:är|utgör|och|men)\s+(?:emellertid\s+|dock\s+|däremot\s+)?"
                               r"(?:inte\s+(?:en\s+|någon\s+)?|ingen\s+)|"  # and "som inte är en del av":
                               r"\b(?:inte|ej)\s+(?:är|utgör)\s+(?:en\s+|någon\s+)?)del\s+av\s+"
                               # "… av den organisation som beskrivs i denna överenskommelse"
                               r"(?:(?:den|det)\s+[\wåäö]+\s+som\s+(?:beskrivs|anges|regleras|byggs\s+upp)\s+"
                               # "denna lokala överenskommelse": an adjective between
                               r"(?:i|genom)\s+|"
                               # "… av samverkansorganisationen enligt denna överenskommelse": its organisation
                               r"(?:samverkans)?organisationen\s+(?:enligt|i)\s+)?"
                               r"(?:(?:denna|detta)\s+(?:[a-zåäö]+a\s+)?"  # an avsiktsförklaring too
                               r"(?:överenskommelse|avtal|avsiktsförklaring)|\w*överenskommelsen|\w*avtalet|"
                               r"avsiktsförklaringen)|"
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
                               # "… avslutas den 30 september": wound up on a date; "… finns inte längre"
                               r"\b(?:avslutas|avslutades|har\s+avslutats)\s+(?:den\s+\d|därmed|vid\s+(?:årsskiftet|"
                               r"utgången))|\bfinns\s+inte\s+(?:längre|kvar)\b|"
                               # "… och är inte en av dess grupper": not one of the agreement's groups
                               r"\b(?:är|utgör)\s+(?:inte|ej)\s+(?:en|ett|någon|något)\s+av\s+(?:dess|dennas|"
                               r"överenskommelsens|avtalets|våra|vårt)\s+(?:\w+\s+)?(?:grupper|organ|forum|nätverk)\b|"
                               # "X, där …, påverkas inte heller.": after a sentence on what is no part of it
                               r"\bpåverkas\s+inte(?:\s+heller)?(?=\s*[.;]|\s*$)")
FORUM_FOR = re.compile(r"(?i)\b(?:(?:ett|en)\s+(?:öppe[nt]\s+)?[\wåäö-]*(?:forum|råd|nätverk|mötesplats)|"
                       r"(?:öppe[nt]|öppna)(?:\s+[\wåäö-]+)?)"
                       r"\s+för\s+(?P<list>(?-i:[a-zåäö])[^.]+)")  # not a place: "ett forum för Nyby, öppet för …"
ALTERNATING = re.compile(r"(?i)\b(?:växelvis|alterner\w*|växla\w*|skifta\w*|turas\s+om|vartannat|varannan\s+gång|"
                         r"roter\w*|(?:udda|jämna|jämnt)\s+år(?:tal)?|(?:går|gå)\s+(?:\w+\s+)?på\s+tur|i\s+tur\s+och\s+ordning|"
                         r"(?:går|gick)\s+runt|ordförandeskapet\s+(?:går|flyttar)\s+mellan|"  # "värdskapet går runt …"
                         r"(?:kalender|verksamhets)?år\s+i\s+(?:taget|sänder))\b")  # "…, ett kalenderår i taget": turns
# "kommundirektören (ordförande)": the chair marked in a list of members; in a sentence ("Gruppen består av A
# (ordförande), B …") the mark's member starts after "av", not at the sentence's start
CHAIR_MARK = re.compile(r"(?i)(?:^|[,:;]\s*|\b(?:och|samt|av)\s+)(?P<who>(?:(?!\bav\s)[^,:;()])+?)\s*"
                        r"\((?:ordförande|ordf\.?|sammankallande|sammank\.?)\)")


LEVEL_KINDS = {"strategisk": "steering", "taktisk": "preparation", "operativ": "working"}
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
                     # "Synpunkterna från dialogen tar vi med oss till X", "Frågor … tar samordnaren med till X":
                     # what the group gave, handed on
                     r"(?<=\s)tar\s+(?:vi|de|parterna|[a-zåäö]{3,}(?:en|na))\s+med(?:\s+(?:oss|sig))?(?=\s+till\s)|"
                     # de frågor gruppen inte kan lösa till X"; "lämnar sina iakttagelser (frågor) till X": handed on
                     r"redogör\w*\s+för\s+(?:[\wåäö-]+\s+){1,3}?(?=(?:inför|till)\s)|"  # "redogör för arbetet inför X"
                     # "tar fram lägesbilden inför styrgruppen": what it makes ready for the group above it
                     r"tar\s+fram\s+(?:[\wåäö-]+\s+){1,3}?(?=(?:inför|till|åt)\s+[\wåäö-]*(?:gruppen|rådet|"
                     r"styrelsen|nämnden)\b)|"
                     # "lämnar det den inte kan lösa själv till X": what it cannot solve goes up to X
                     r"(?:lämnar|skickar|lyfter|för)\s+(?:det|de\s+frågor|frågor|ärenden)\s+(?:som\s+)?"
                     r"(?:[\wåäö]+\s+){0,2}?(?:inte|ej)\s+(?:kan|klarar)\s+(?:att\s+)?(?:lösa|hantera)(?:\s+själv)?"
                     r"(?=\s+till\s)|"
                     r"(?:lämnar|lämna|lämnade|avger|avge|avgav|skickar|skickade),?\s+(?:[\w-]+,?\s+){1,6}?\w*(?:rapport|"
                     r"redogörelse|sammanfattning|översikt|berättelse|redovisning|iakttagelse|synpunkt|erfarenhet|slutsats|"
                     r"observation|anteckning|lägesbild|fråg)\w*"
                     r"(?:\s+om\s+\w+)?|"  # "lämnar en gång per år en skriftlig rapport om arbetet till X",
                     # "lämnar inför varje SG-möte en rapport till X" (a hyphened word among those before it)
                     r"informerar|informera(?:t|de)(?!\s+om\b)|ansvarar|svarar|underställ[dt]a?|lyder\s+under|(?:ger|lämnar)\s+underlag)\b)"
                     r"(?P<rest>[^.]*)")  # "→ styrgruppen": a slide's arrow
# "Styrgrupp – ansvarar för …": a paragraph a group's name opens, as a definition list writes it
DEFINITION = re.compile(r"^(?P<name>(?:[^–—:.]|(?<=\w)[–—](?=\w)){3,60}?)\s+[–—-]\s+(?=\S)|"
                        r"^(?P<term>[^–—:.;,]{2,60}?):\s+(?=(?:en|ett|den|det)\s)")  # a glossary's "OSG: en …"
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
NAMED_SHORT = re.compile(r"\s*\(([A-ZÅÄÖ]{2,6})\)")
# initials, also with a small letter inside ("OpG"); not its genitive: "LG:s möten förbereds av …"
ABBREVIATION = re.compile(r"([A-ZÅÄÖ](?:[A-ZÅÄÖ]|[a-zåäö](?=[A-ZÅÄÖ])){1,5})\b(?!:s\b)")
RELATIVE = re.compile(r"\s*,?\s*(?:som|där|i\s+vilke[nt])\s+(?!en\b|ett\b)")  # "…, i vilken ingår A"
# a definite noun's genitive, the owner a unit's name opens with ("socialtjänstens fältgrupp")
GENITIVE_WORD = re.compile(r"(?i)[a-zåäö-]{3,}(?:ens|ets|ernas|arnas|ornas)")
ADVERBS = {"varje", "därefter", "sedan", "dessutom", "också", "även", "därför", "då", "nu", "årligen", "normalt",
           "vanligtvis", "minst", "två", "tre", "fyra", "en", "ett", "efter", "före", "när", "som", "där", "vid"}
LINE_PREPOSITIONS = {"om", "för", "i", "av", "till", "med", "på", "inom", "från", "mot", "att", "och", "efter", "under"}
MORE_ADVERBS = {"direkt", "igen", "ibland", "alltid", "ofta", "här", "dit", "hit", "tillsammans", "framöver",
                "också", "snart", "genast", "senare", "tidigare", "själv", "själva"}


# a person's name: two or three capitalised words ("Eva Ek", "Per-Olof Nyby Holm")
_NAME_WORD = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
PERSON_NAME = _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,2}"


def common_word(word: str) -> bool:
    from samverkan.extract.vocabulary import dictionary

    return dictionary().get(word.casefold(), 0) >= 3.5 or word.casefold() in NON_SUBJECT


# the lead of a list of what a group does or of notes on it ("Uppgifter:", "Gruppens uppdrag:", "*Anmärkningar:*"):
# its items are no members
TASKS_LEAD = re.compile(r"(?i)^(?:[\wåäö-]+s\s+)?(?:arbets)?(?:uppgift(?:er)?|uppdrag(?:et)?|ansvar(?:sområden)?|"
                        r"syfte|mål)\s*:$")
NOTES_LEAD = re.compile(r"(?i)^(?:anmärkning(?:ar)?|kommentar(?:er)?|notering(?:ar)?|noter|övrigt)\s*:$")


def lead_of(text: str) -> str:
    """A list's lead without the marks that set it off ("*Anmärkningar:*", "**Uppgifter:**")."""
    return re.sub(r"[*_]", "", text).strip()


# "Deltagare:", "Ordförande ......", "Ordförande/sammankallande:", "Rapp. till:", "Sammansättning (fritext):"
LABEL = re.compile(r"(?:^|(?<=\s))(?P<label>[A-ZÅÄÖ][a-zåäö]+\.?(?:/[a-zåäö]+)?(?:\s+[a-zåäö]+)?"
                   r"(?:\s+[a-zåäö]+(?=\?\s{2,})|\s+till(?=:)|(?<=\svid)\s+behov(?=:))?)"  # "Deltar vid behov:"
                   r"(?:\s*\([a-zåäö. ]{1,20}\))?(?:\s*\.{2,}\s*|\s*:\s+|\.?\?\s{2,})")
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
                       r"^ovriga$|"  # a form's "Övriga:  A" under its list of members
                       r"^oppe[nt] for$"),  # a forum's "Öppet för: boende, föreningar": those it is for
           ("chair", r"ordforande|\bordf\b|leds|leder|ledare|^ledning$|sammankall|\bkallar\b|ansvari?[ga]r?\b|\bchair"),
           ("frequency", r"mote|frekvens|traffas|sammantrad|hur ofta|sa ofta|meetings|frequency|^nar$"),
           ("reports", r"rapport|\brapp\b|aterrapport|redovisar|^redovisning$|lyfter|aterkoppl|eskaler|vart gar|"
                       r"reports|underlag till|tas om hand|^lamnar (?:\w+ )?till$|"  # "Lämnar frågor till"
                       r"\baterfors till$")]  # "Synpunkter återförs till:"


def field_of(header: str) -> str | None:
    if re.search(r"\b(?:inte|ej)\b", header):
        return None  # "Ingår inte:", "Ingår inte i överenskommelsen:": what is left out, no field of a group
    for what, rx in COLUMNS:
        if re.search(rx, header):
            return what
    return None


FINITE = {"har", "är", "ses", "möts", "gör", "står", "får", "kan", "ska", "skall", "bör", "blir", "går", "tar", "ger",
          "turas", "finns", "hörs", "syns"}  # deponents the lemmatiser keeps as they are


def finite(word: str) -> bool:
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


def subject_of(sentence: str) -> str:
    """The subject of a sentence: before its verb ("A och B ansvarar för …"), or after it when a phrase is put
    first ("Under styrgruppen arbetar A och B i par", "Därför kallar A till …")."""
    words = sentence.split()
    for i, w in enumerate(words[1:5], 1):
        if finite(w) and not w[:1].isupper():
            if words[0].casefold() in NON_SUBJECT | ADVERBS:  # the verb second, its subject after it
                return _until_preposition(" ".join(words[i + 1:]))
            if w == "är" and re.search(r"(?:iga|ande|ende)$", words[i - 1]) and words[i - 1].islower():
                return _until_preposition(" ".join(words[i + 1:]))  # "Ytterst ansvariga är A och B": a predicate first
            break
    return until_verb(sentence)


def _until_preposition(text: str) -> str:
    """"A och B i par", "A och B sida vid sida" → "A och B": the subject without the adverbials after it."""
    words = [w.casefold().strip(",.;") for w in text.split()]
    end = next((i - (words[i - 1] == words[i + 1]) for i in range(1, len(words) - 1)
                if words[i] in NON_SUBJECT | {"i", "som", "tillsammans", "gemensamt"}
                and not words[i - 1].endswith(("chef", "chefen"))), len(words))
    return " ".join(text.split()[:end])


TAKES_PART = {"deltar", "ingår", "sitter", "medverkar", "kan", "får", "ska", "skall", "bör", "är", "blir"}


def until_verb(text: str) -> str:
    """The words before the first finite verb after the first word, without a dangling "och"/"samt"."""
    words = text.split(" ")
    for i, w in enumerate(words[1:], 1):
        if finite(w) and not w[:1].isupper() and not _each(words, i) \
                and not _attributed(words, i):  # a capital is a name's ("Ystads")
            before = " ".join(words[:i])
            if w.casefold() not in TAKES_PART:  # "…, och X leder det": X is the new clause's subject; "…, och X
                before = re.sub(r"(?i),\s+(?:och|men)\s+[^,]+$", "", before)  # deltar / kan bjudas in": a member
            before = re.sub(r"(?i)\s+(?:tillsammans|gemensamt)$", "", before)  # "A och B tillsammans fattar …": how
            return re.sub(r"(?i)[\s,]*\b(?:och|samt)$", "", before).rstrip(" ,")  # they act, no part of B
    return text


def _attributed(words: list[str], i: int) -> bool:
    """Whether words[i] is the noun of an owner's genitive and an adjective ("i kommunens östra delar"), no verb."""
    return i >= 2 and re.fullmatch(r"[a-zåäö]{3,}(?:ens|ets|nas)", words[i - 2]) is not None \
        and re.fullmatch(r"[a-zåäö]{3,}a", words[i - 1]) is not None


def _each(words: list[str], i: int) -> bool:
    """Whether words[i] is the "var" of "var och en" ("KD från var och en av kommunerna"), no verb."""
    return words[i].casefold() == "var" and [w.casefold() for w in words[i + 1:i + 3]] == ["och", "en"]


def verb_clauses(text: str) -> list[str]:
    """A sentence's parts between semicolons, each with a verb of its own ("A; B; C" is one list)."""
    out: list[str] = []
    for part in re.split(r";\s+(?![^()]*\))", text):  # not inside brackets ("(i dag A; andra kan …)")
        if out and not any(finite(w) for w in part.split()):
            out[-1] += "; " + part
        else:
            out.append(part)
    joined = []  # "Med är A och B, och dessutom bjuds C in": two main clauses, each its own list
    for part in out:
        pieces = re.split(r",\s+(?:och|men)\s+(?=\S)", part)  # the second led by an adverb or its verb (inverted)
        if len(pieces) > 1 and all(any(finite(w) for w in p.split()) for p in pieces) \
                and all((w := p.split()[0].casefold()) in ADVERBS | MORE_ADVERBS or finite(w) or _fronted_phrase(p)
                        for p in pieces[1:]):
            joined += pieces
        else:
            joined.append(part)
    return joined


def _fronted_phrase(clause: str) -> bool:
    """Whether a clause opens with a phrase of a preposition and its verb follows ("med sig har de C och D"):
    a main clause of its own, its subject after the verb."""
    words = clause.split()
    return len(words) > 2 and words[0].casefold() in LINE_PREPOSITIONS and any(finite(w) for w in words[1:3])


def parenthesised_members(text: str) -> tuple[str, str | None]:
    """A name and the members its brackets list ("Styrgrupp (kommundirektör, polisområdeschef)"); an
    abbreviation or a remark in brackets ("Ledningsgruppen (LG)") lists none."""
    m = re.match(r"^(?P<name>[^()]+?)\s*\((?P<list>[a-zåäö][^()]*(?:,|\soch\s)[^()]*)\)\s*$", text.strip())
    if m and spells_initials(m.group("name"), m.group("list")):
        return m.group("name"), None  # "SSPF Nyby (skola, socialtjänst, polis och fritid)": what SSPF stands for
    return (m.group("name"), m.group("list")) if m else (text, None)


def spells_initials(name: str, words: str) -> bool:
    """Whether a name's short form ("SSPF") is spelled out by the words ("skola, socialtjänst, polis och fritid"):
    their first letters, "och" and "samt" left out, are its letters in order."""
    letters = "".join(w[0] for w in re.findall(r"[\wåäöÅÄÖ]+", words) if w.casefold() not in ("och", "samt"))
    return any(re.fullmatch(r"[A-ZÅÄÖ]{2,6}", w) and w.casefold() == letters.casefold() for w in name.split())


def lower_start(text: str) -> str:
    """A sentence's first word without the capital the sentence gave it ("Rektorerna …")."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def said_in_full(value: str) -> bool:
    """Whether a field's value is a sentence, its verb in its first clause ("Ledning: A och B leder samrådet
    växelvis"), not a list with a remark after it ("A / B, växlar vid årsskiftet", "A/B – växlar …")."""
    first = re.split(r"\s*[,;(–—]|\s-\s", value)[0].split()
    return any(finite(w) for w in first[1:])
