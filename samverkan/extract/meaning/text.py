"""A document as units a reader takes in: headings, prose sentences, list items and table rows, each with its
lines and the heading it stands under; plus the word helpers (lemma, diacritic folding) the readers share."""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from samverkan.extract.document import Document, Span
from samverkan.extract.meaning.boxes import box_tables
from samverkan.extract.meaning.chart import arrowed, charted, indented
from samverkan.extract.meaning.labels import label_columns
from samverkan.extract.wrapped import BROKEN, rows_rejoined, runs_on

# a branch of an organisation chart drawn as text ("├── Samordningsgrupp", "│   └── Arbetsgrupp", "+-- Rådet")
TREE = r"(?:[│|┃]\s*)*[├└┣┗+`][─━-]+"
BULLET = re.compile(r"^\s*(?:(?:[-•*–▪●○▸►‣◦∙·➢➤■□✓①-⑳❶-❿➀-➉\uf0a7\uf0b7]|[o§](?=\t)|"
                    r"\(?(?P<num>\d{1,2})[.)]|[a-z][.)]|[A-ZÅÄÖ]\)|\([a-zA-Z]\)|"
                    r"[A-ZÅÄÖ]{1,2}\d{1,2}(?=\s{2})|"  # a point's code and a gap ("L1  Narkotika"), not "A1. Parter"
                    r"\(?[ivx]{1,4}\))\s+|" + TREE + r"\s*)(?P<text>\S.*)$")  # "A." is a lettered heading, "A)" an item
# (a Word list saved as text keeps its bullets' symbol-font letters before a tab: "o\tX", "§\tX"; saved as a web
# page, the Symbol font's bullet is a middle dot: "· X")
# "3.1 Styrgrupp", "§ 4 Beredning", a minute's "Punkt 6: Beredning"; an annex's sections carry its letter
# ("B1.2 Taktiska gruppen"): a letter only before a number with parts
NUMBERED_HEADING = re.compile(r"^\s*(?:(?:§|(?i:punkt|ärende|paragraf)\s)\s*\d{1,2}[:.]?|"
                              r"(?:[A-Z]\.?(?=\d{1,2}\.\d))?\d{1,2}(?:\.\d{1,2})*\.?|[IVX]+\.)\s+"
                              r"(?P<text>[A-ZÅÄÖ].{0,80})$")
LETTERED = re.compile(r"^(?P<letter>[A-Z])\.\s+(?=[A-ZÅÄÖ])")  # "A. Unga i riskzon": a lettered point
# "Fokusområde 2: Unga i riskzon", "Mål 1: …": a point named by a word and its number, one a line
NUMBERED_LABEL = re.compile(r"^(?P<label>[A-ZÅÄÖ][a-zåäö]+)\s+\d{1,2}\s*:\s+(?P<text>\S.{2,80})$")
TOP_NUMBER = re.compile(r"^\s*(?P<num>\d{1,2})\.?\s+\S")  # "2. Giltighet", not "2.1 Styrgrupp"
MD_HEADING = re.compile(r"^\s*#{1,6}\s+(?P<text>.+?)\s*#*\s*$")
# not after an abbreviation ("gäller fr.o.m. 2024-01-01 t.o.m. 2025-12-31") or a dot leader ("Parter ...... X")
SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\.\.)(?<!\bt\.o\.m\.)(?<!\bf\.o\.m\.)(?<!\bfr\.o\.m\.)(?<!\bt\.ex\.)"
                          r"(?<!\bbl\.a\.)(?<!\bp\.g\.a\.)(?<!\bs\.k\.)(?<!\bkl\.)(?<!\bnr\.)(?<!\bca\.)\s+"
                          r"(?=[A-ZÅÄÖ0-9\"”§]|\[[A-ZÅÄÖ][a-zåäö]+(?:\s+\d{1,2})?\]\s)")
# an editor's mark before a sentence ("[Ändring 1] Från 2026 tillkommer …", "[Nytt] …"): no words of it
EDITORIAL_MARK = re.compile(r"^\[[A-ZÅÄÖ][a-zåäö]+(?:\s+\d{1,2})?\]\s+(?=\S)")
# a numbered paragraph's run-in heading ("6.2 Åby. Samverkansgruppen Åby leds av …"): a heading of its own
RUN_IN_HEADING = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s+[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,4}\.")
RULE_LINE = re.compile(r"[-=_*─━═]{3,}")  # a horizontal rule ("------", "=====", "──────")
GRID_RULE = re.compile(r"\+(?:[-=]{2,}\+)+")  # a grid table's rule line ("+------+-----+")
SAME_AS_ABOVE = re.compile(r"(?i)(?:se|som|samma\s+som)\s+ovan|d:?o|dito|〃|\"")  # a cell repeating the one above
COLUMN_GAP = re.compile(r"\s{3,}")
TAKING_PART = {"ingår", "deltar", "sitter", "medverkar"}  # "I rådet ingår" over a list: its subjects follow
INTERROGATIVE = {"hur", "vad", "vem", "vilka", "vilken", "vilket", "när", "var", "varför", "vart"}  # opens a question
COPULA = {"är", "blir", "var"}  # a line ending on one goes on into what follows it
# the mark of a new slide in a presentation exported to text ("--- Bild 3 ---", "Slide 3", "=== Bild 3 ===")
# each run of spaces matched one way only: a long indented line takes linear time to fail
# a bare number between rules of "=" ("=== 3 ==="); never dashes, which a page number has ("- 2 -"); "Bild 3 av 14"
SLIDE_MARK = re.compile(r"(?i)^\s*(?:(?:[-=—–#*]+\s*)?(?:bild|slide|dia|op)\s+\d{1,3}(?:\s+(?:av|of)\s+\d{1,3})?"
                        r"\s*(?:[-=—–#*]+\s*)?|[=#]{2,}\s*\d{1,3}\s*[=#]{2,}\s*)$")
# "Bild 3: Organisation": an outline export's mark with the slide's title after it
TITLED_SLIDE = re.compile(r"(?i)^\s*(?:bild|slide|dia)\s+\d{1,3}\s*[:.–—-]\s+(?P<title>\S.*?)\s*$")
EDITORS_NOTE = re.compile(r"\[[^\[\]]*\]")  # "[Tabell]", "[SmartArt – hierarki]": an export's note, no lead-in
SLIDES = 3  # as many slide marks make a presentation
WRAPPED_WIDTH = 60  # a slide's line this long, left open, was wrapped: its sentence goes on in the next
SLIDE_NUMBERED = re.compile(r"^\s*\d{1,2}\s{2,}(?P<text>[A-ZÅÄÖ].*)$")  # "1  Unga i …": a slide's numbered point
SLIDE_SUB_ITEM = re.compile(r"^\s+→\s*(?P<text>\S.*)$")  # "   → rekrytering, …": said under the point above it
ORG_NUMBER = re.compile(r"\b\d{6}-\d{4}\b")
# a form's label: "Övriga ledamöter:", "Ordförande/sammankallande:", "Sammansättning (fritext):", "Rapp. till:"
LABEL = r"[A-ZÅÄÖ][a-zåäö]+(?:[/.-][a-zåäö.]*)?(?:\s+[a-zåäö]+){0,2}(?:\s*\([a-zåäö. ]{1,20}\))?:"
FIELD_LINE = re.compile(r"^" + LABEL + r"\s+\S")  # "Övriga ledamöter: A, B"
LABEL_LINE = re.compile(r"^" + LABEL + r"$")  # a label whose value is on the lines under it
OUTLINE_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s+")  # "2.3 ", a point's number in an outline
# a line that goes on into what follows it: it ends on "att" and its verb ("… verka för att motverka")
# a preposition that ends a paragraph only where its object follows ("Den består av" over a list of members)
LEADING_PREPOSITION = {"av", "för", "med", "till", "om", "mellan", "hos", "från", "vid", "mot"}
LEADS_ON = re.compile(r"(?i)\batt\s+[a-zåäö]+$")
# "Mötet beslutade att …", "Parterna enades om att …": a minute's voice over the decision it records
DECIDED = re.compile(r"(?P<who>[A-ZÅÄÖ][a-zåäö]+)\s+(?:beslutade|beslöt|enades\s+om|kom\s+överens\s+om|"
                     r"uppdrog\s+åt\s+(?:[A-ZÅÄÖ][\wåäö-]+\s+){1,3})\s*"  # "Mötet uppdrog åt Eva Ek att leda …"
                     r"(?:(?:därför|vidare|också|även|enhälligt)\s+)?att\s+(?=[a-zåäöA-ZÅÄÖ])")
# a decision to found a group, the group named with a capital ("att inrätta Nyby trygghetsgrupp (NTG), …")
FOUNDED = re.compile(r"(?:inrätta|bilda|tillsätta|starta)\s+(?P<group>(?:en\s+|ett\s+)?[^,.;]{3,80}?)"
                     r"(?=\s*[,.;]|\s+som\s|\s+med\s|\s+och\s+(?:att\s|ge\s|låta\s))")
# a decided clause with a subject of its own, a definite noun ("att kommunpolisen deltar …", "att barn- och
# grundskoledirektören ingår …"), not an infinitive ("att sammanträda …")
OWN_SUBJECT = re.compile(r"(?:[a-zåäö]+-\s+(?:och|eller)\s+)?[a-zåäö]{3,}(?:en|et|na)\s+(?!att\b)[a-zåäö]")
# a minute's label over what it decides ("Beslut: Styrgruppen utser …"): the sentence is the decision's
DECISION_LABEL = re.compile(r"^(?:Beslut|Beslutades|Beslöts)\s*:\s*(?=[A-ZÅÄÖ])")
DECISION = re.compile(r"att\s+(?=[a-zåäöA-ZÅÄÖ])")  # a minute's decision clause ("att bilda en styrgrupp,")
EMPHASIS = re.compile(r"\*\*|__")  # Markdown bold: no words
# "**Ledamöter**" on a line of its own: a bold word for a group's people leads its list as "Ledamöter:" does
BOLD_MEMBERS_LEAD = re.compile(r"(?i)\s*(?:\*\*|__)(?P<label>ledamöter|deltagare|medlemmar|sammansättning|"
                               r"representanter)(?:\*\*|__)\s*")


@dataclass
class Unit:
    kind: str  # heading | sentence | item | row
    text: str
    span: Span
    heading: str = ""
    cells: list[str] = field(default_factory=list)  # table rows
    items: list[Unit] = field(default_factory=list)  # the list a sentence ending in ":" (or unfinished) introduces
    header: bool = False  # a table's row of column names
    unmarked: bool = False  # an item known by its indent alone
    indent: int = 0  # an item's indent: a list inside an item is indented under it


@lru_cache(maxsize=20000)
def lemma(word: str) -> str:
    """The dictionary form of a Swedish word; a compound simplemma does not know by its last part
    ("stadsdelsdirektören" → "stadsdelsdirektör", "elevhälsochefen" with the linking vowel of "elevhälsa")."""
    import simplemma

    low = word.casefold()
    found = simplemma.lemmatize(low, lang="sv")
    if word.isupper() and len(word) <= 6 and found != low:
        return word  # an acronym is its own form ("KD" for kommundirektör is no "Kristdemokraterna"); "VD" is "vd"
    if found != low and simplemma.is_known(found, lang="sv") or simplemma.is_known(low, lang="sv"):
        return found if simplemma.is_known(found, lang="sv") else low
    from samverkan.extract.vocabulary import dictionary

    def known(part: str) -> bool:
        return len(part) >= 3 and (part in dictionary() or simplemma.is_known(part, lang="sv"))

    for i in range(2, len(low) - 3):
        tail, head = low[i:], low[:i]
        if i == 2 and (len(tail) < 6 or head not in dictionary()):
            continue  # a two-letter first part ("bovärdar") only before a long known word
        if simplemma.is_known(tail, lang="sv") and (i == 2 or known(head) or head.endswith("s") and known(head[:-1])
                                                    or head.endswith(("o", "u", "e")) and known(head[:-1] + "a")
                                                    or head.endswith("a") and known(head + "r")  # "föräldra-"
                                                    or head.endswith("ar") and known(head + "e")):  # "nattvandrar-"
            base = simplemma.lemmatize(tail, lang="sv")
            return low[:i] + base
    if low.endswith("arna") and len(low) > 6:
        return low[:-4] + "are"  # "fältarna": the plural of an agent noun in -are the dictionary does not know
    return low


def fold(text: str) -> str:
    """Lower case without å/ä/ö/é: matching that survives lost diacritics."""
    return text.casefold().translate(str.maketrans("åäöé", "aaoe"))


def is_heading(text: str, prev_blank: bool, next_text: str | None) -> bool:
    if MD_HEADING.match(text):
        return True
    stripped = text.strip()
    question = (m.group("text") if (m := NUMBERED_HEADING.match(stripped)) else stripped) if stripped else ""
    if question.endswith("?") and question[0].isupper() and len(question.split()) <= 8 and prev_blank \
            and (next_text is None or not next_text.strip()):
        return True  # "Vilka är parter?", "1. Hur länge?" on a line of its own: a question heading
    # a numbered title in a list of titles may run longer ("4.1 Öppen narkotikahandel och missbruk kring X och
    # Y" over "4.2 …" or a blank line), unless a sentence ends inside it: then it opens a numbered paragraph
    longest = 100 if NUMBERED_HEADING.match(stripped) and not re.search(r"[.;:]\s", stripped[4:]) and (
        not next_text or not next_text.strip() or NUMBERED_HEADING.match(next_text.strip())) else 70
    if not stripped or len(stripped) > longest or stripped[-1] in ".,;:!?" or not stripped[0].isupper() \
            and not NUMBERED_HEADING.match(stripped):
        return False
    if COLUMN_GAP.search(stripped) or stripped.startswith("|") or ORG_NUMBER.search(stripped):
        return False  # an organisation number is the line of a party, never a heading
    if FIELD_LINE.match(stripped) or stripped.count(",") >= 2:
        return False  # "Ordförande: kommundirektören", "Diarienummer: KS 2024/12": a field and its value; a list
    words = stripped.split()
    if LEADS_ON.search(stripped):
        return False  # "Parterna ska verka för att motverka" over a list: a sentence that goes on into it
    if any(_verb_going_on(w, next_text) for w in words[1:]):
        return False  # "Samordningsfunktionen sammanställer" over "en lägesrapport …", "A och B bildar tillsammans"
        # over "samordnargruppen.": a sentence going on, in a narrow column or wrapped
    numbered = NUMBERED_HEADING.match(stripped)
    if numbered and len(words) <= 14 and (not next_text or not next_text.strip() or next_text.strip()[:1].isupper()
                                          or NUMBERED_HEADING.match(next_text.strip())):
        return True  # "3.1 Barn och unga som riskerar att dras in i kriminalitet": a long title, no sentence going on
    if words[-1].casefold() in COPULA:
        return False  # "Våra insatsområden är" over a list: the list is its complement
    if len(words) >= 2 and words[-1].casefold() in TAKING_PART:
        return False  # "Från kommunen deltar" over a list: who takes part is the list
    if words[-1].casefold() in LEADING_PREPOSITION and re.search(r"[a-zåäö]{2}[.!?]\s+[A-ZÅÄÖ]", stripped):
        return False  # "Gruppen beslutar om X. Den består av" over a list: a paragraph going on into it, no
        # heading (a heading may end on its preposition: "Det här jobbar vi med")
    if len(words) > 9:
        return False
    if len(words) >= 2 and stripped.isupper() and not re.search(r"\d", stripped) and "|" not in (next_text or ""):
        return True  # "AVTAL OM SAMVERKAN I NYBY" between paragraphs: a line in capitals is set off as a heading;
        # over a table's row it is a row of its own ("STRATEGISK NIVÅ" over the groups of that level)
    if numbered or next_text and RULE_LINE.fullmatch(next_text.strip()):
        return True  # a line underlined by a rule ("Styrgruppen" / "────") is a heading, as in Markdown
    return prev_blank and (next_text is None or not next_text.strip() or len(words) <= 6)


def _verb_going_on(last: str, next_text: str | None) -> bool:
    """Whether a line ends in a verb whose object the next line goes on with, in lower case."""
    from samverkan.extract.vocabulary import present_verb

    following = (next_text or "").strip()
    return bool(following[:1].isalpha() and following[:1].islower() and last.islower() and present_verb(last))


# "Sommargruppen (ny)", "4.2 Styrgruppen (ändrad)": what a revised text says of the section, no part of its name
STATUS_NOTE = re.compile(r"(?i)\s*\((?:ny|nytt|nya|ändrad|ändrat|ändrade|oförändrad|oförändrat|utgår|tillkommer)\)\s*$")


def heading_text(text: str) -> str:
    text = STATUS_NOTE.sub("", text.strip())
    if m := MD_HEADING.match(text):
        text = m.group("text")
    if m := NUMBERED_HEADING.match(text):
        text = m.group("text")
    return text.strip(" *_")


def units(doc: Document) -> list[Unit]:
    """The units of the document in order."""
    skipped = doc.noise | _page_break_in_sentence(doc)
    lines = [(n, EMPHASIS.sub("", _as_lead(doc.line(n)))) for n in range(1, len(doc) + 1) if n not in skipped]
    lines = _with_breaks(lines, doc.breaks)
    lines = charted(list(enumerate(doc.raw, 1)), lines)  # a chart of boxes: box by box
    lines = arrowed(list(enumerate(doc.raw, 1)), lines)  # a chart of names joined by arrows: name by name
    lines = indented(list(enumerate(doc.raw, 1)), lines)  # a chart drawn as an indented tree: node by node
    reader = _UnitReader(page_columns(box_tables(label_columns(rows_rejoined(lines)))))
    reader.wrap = doc.wrap  # as copied: a word a line's end broke is whole in one of its lines now
    reader.broken = {n for n, line in enumerate(doc.raw, 1) if doc.wrap and BROKEN.search(line.rstrip())}
    return reader.read()


# "ordinarie:  kommunchefen        ersättare:  ekonomichefen": a seat's member and substitute side by side
BESIDE_SUBSTITUTE = re.compile(r"(?i)^(?P<indent>\s*)(?:[-•*]\s+)?ordinarie(?:\s+ledamot)?\s*:\s*(?P<member>\S.*?)\s*"
                               r"(?:\s{2,}|[|;,]\s*)(?:personlig\s+)?ersättare\s*:.*$")


# "9 §  Kommundirektören är ordförande.": a statute's paragraph number, no words of its sentence
STATUTE_MARK = re.compile(r"^(?P<indent>\s*)\d{1,3}\s*§\s+(?=[A-ZÅÄÖ])")


def _cell_marks(stripped: str) -> int:
    """The bars that part a row's cells, the one before an empty last cell too ("Hamnkapten | Tanums kommun |")."""
    return stripped.count(" | ") + stripped.endswith(" |")


def _as_lead(line: str) -> str:
    """A bold word for a group's people on a line of its own as the label it is ("**Ledamöter**" → "Ledamöter:");
    a member's line beside his substitute's ("ordinarie: A    ersättare: B") as an item of the member alone; a
    statute's paragraph without its number."""
    if m := BOLD_MEMBERS_LEAD.fullmatch(line):
        return f"{m.group('label')}:"
    if m := BESIDE_SUBSTITUTE.match(line):
        return f"{m.group('indent')}- {m.group('member')}"
    return STATUTE_MARK.sub(r"\g<indent>", line)


def _with_breaks(lines: list[tuple[int, str]], breaks: set[int]) -> list[tuple[int, str]]:
    """The lines with the blank lines a copy lost put back, each numbered as the line it stood before."""
    return [entry for n, text in lines for entry in ([(n, ""), (n, text)] if n in breaks else [(n, text)])]


# a key to a document's short forms: a heading over it, or a row of two cells, the short form and its words
KEY_HEADING = re.compile(r"(?i)förkortning|ordlista|begrepp|definitioner|^(?:nyckel|teckenförklaring)")
KEY_ROW = re.compile(r"[A-ZÅÄÖ]{2,6}")
KEY_SAID = re.compile(r"(?P<short>[A-ZÅÄÖ]{2,6})\s*=\s*(?P<long>[a-zåäö][a-zåäö ]{2,60})")


def document_key(read: list[Unit]) -> dict[str, str]:
    """The document's key to its short forms ("KD   Kommundirektör" in a table under "Förkortningar", "KSO =
    kommunstyrelsens ordförande"): short form → the words it stands for, as the key writes them. Rows count under
    a key's heading, or as a run of three or more such rows."""
    key: dict[str, str] = {}
    rows: list[tuple[str, str, bool]] = []
    for unit in read:
        if (m := KEY_SAID.fullmatch(unit.text.strip())) is not None:
            key.setdefault(m.group("short"), m.group("long").strip())
        if unit.kind == "row" and len(unit.cells) == 2 and KEY_ROW.fullmatch(unit.cells[0].strip()) \
                and re.match(r"[A-Za-zÅÄÖåäö]", unit.cells[1].strip()):
            rows.append((unit.cells[0].strip(), unit.cells[1].strip(), bool(KEY_HEADING.search(unit.heading))))
    if sum(1 for r in rows if not r[2]) >= 3 or any(r[2] for r in rows):
        for short, long, headed in rows:
            if headed or len(rows) >= 3:
                key.setdefault(short, long)
    return key


GUTTER = re.compile(r"(?<=\S)\s{3,}(?=\S)")


def _halves(text: str) -> tuple[str, str, int | None]:
    """(left, right, column the right half starts at) of a line laid out in two columns."""
    gaps = list(GUTTER.finditer(text))
    if len(gaps) == 1:
        return text[:gaps[0].start()], text[gaps[0].end():], gaps[0].end()
    indent = len(text) - len(text.lstrip())
    if not gaps and indent >= 20:
        return "", text.strip(), indent
    return text, "", None


def page_columns(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A page set in two columns of prose, read row by row (a scan or a PDF's layout text: "Denna överens-
    kommelse har    Utifrån lägesbilden har"), read as its reader reads it: the left column down, then the right.
    Told from a table by its sentences, which go on down each column (a line without a sentence's end over
    one that starts in lower case), where a table's cells each start anew."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        block = _column_block(lines, i)
        if block is None:
            out.append(lines[i])
            i += 1
            continue
        end, col = block
        rows = [(n, *_halves(text)) if text.strip() else (n, "", "", None) for n, text in lines[i:end]]
        out += [(n, left.rstrip()) for n, left, _, _ in rows] + [(rows[-1][0], "")]
        edge = Counter(start for _, _, right, start in rows if right and start is not None).most_common(1)
        out += [(n, _indented(right, start, edge[0][0] if edge else col)) for n, _, right, start in rows]
        i = end
    return out


def _indented(right: str, start: int | None, col: int) -> str:
    """The right column's line, indented as far as it stands in from the column's edge (a list item's line
    going on under its bullet: "• Öppen handel i och kring" over "  Nyby centrum")."""
    right = right.strip()
    return " " * (start - col) + right if right and start is not None and 2 <= start - col <= 6 else right


def _column_block(lines: list[tuple[int, str]], i: int) -> tuple[int, int] | None:
    """(end, column) of a two-column block of prose starting at lines[i], or None."""
    left, right, col = _halves(lines[i][1])
    if col is None or not left.strip():
        return None
    end, both = i, 0
    while end < len(lines):
        text = lines[end][1]
        if end > i and lines[end][0] != lines[end - 1][0] + 1:
            break
        l_, r_, c_ = _halves(text)
        if c_ is not None and abs(c_ - col) <= 2:
            both += bool(l_.strip() and r_)
        elif text.strip() and len(text.rstrip()) >= col - 2:
            break
        end += 1
    last = max(k for k in range(i, end) if _halves(lines[k][1])[1])
    end = last + 1
    while end < len(lines) and lines[end][1].strip() and lines[end][0] == lines[end - 1][0] + 1 \
            and _halves(lines[end][1])[2] is None:
        end += 1  # the left column's paragraph going on under the right column's end
    if both < 4:
        return None
    halves = [_halves(text) if text.strip() else ("", "", None) for _, text in lines[i:end]]
    if all(_goes_on([h[k] for h in halves]) >= 2 for k in (0, 1)):
        return end, col
    return None


def _goes_on(column: list[str]) -> int:
    """How often a line of the column ends mid-sentence and the next goes on in lower case."""
    texts = [c.strip() for c in column]
    return sum(1 for a, b in zip(texts, texts[1:], strict=False)
               if a and b and a[-1] not in ".!?:" and (b[0].islower() or b[0].isdigit()))


def _page_break_in_sentence(doc: Document) -> set[int]:
    """The blank lines around a page header that a sentence runs across ("rapporterar till" | header |
    "kommunstyrelsen.", or a list cut after its comma: "består av A, B," | header | "C och D."): without them
    the sentence is one paragraph again."""
    out: set[int] = set()
    for n in sorted(doc.noise):
        before, after = n - 1, n + 1
        while before >= 1 and doc.is_blank(before):
            before -= 1
        while after <= len(doc) and (doc.is_blank(after) or after in doc.noise):
            after += 1
        if before < 1 or after > len(doc) or before in doc.noise:
            continue
        end, start = doc.line(before).rstrip(), doc.line(after).lstrip()
        if (end[-1:].isalpha() or end.endswith((",", ";"))) and start[:1].islower() or _row_goes_on(doc, before, after):
            out |= set(range(before + 1, after))
    return out


def _row_goes_on(doc: Document, before: int, after: int) -> bool:
    """Whether the line after a page break goes on with the table row that ends at line `before`: the row is in
    columns and the line leaves its first column empty ("Beredningsgrupp   Kommunpolis   Lednings-" / "   chef
    grupp för" | break | "   Samordnare")."""
    row = [before]
    while row[-1] > 1 and not doc.is_blank(row[-1] - 1) and row[-1] - 1 not in doc.noise:
        row.append(row[-1] - 1)
    lines = [doc.line(n) for n in row]
    first_column = min(len(line) - len(line.lstrip()) for line in lines)
    line = doc.line(after)
    return any(len(GUTTER.findall(x.strip())) >= 2 for x in lines) and len(line) - len(line.lstrip()) > first_column + 2


ASKED_LABEL = re.compile(r"[A-ZÅÄÖ][\wåäö. ]{0,25}\?\s{2,}\S")


class _UnitReader:
    """Reads numbered lines into units, one line at a time, keeping the heading, paragraph and table it is in."""

    def __init__(self, lines: list[tuple[int, str]]) -> None:
        self.lines = lines
        self.out: list[Unit] = []
        self.heading = ""
        self.para: list[tuple[int, str]] = []
        self.intro: Unit | None = None  # the sentence the items that follow belong to
        self.table: list[int] | None = None  # the column starts of a table written with spaces
        self.ruled = False  # the table has a rule under every row: the lines between two rules are one row
        self.blank_parted = False  # the table's rows are parted by blank lines, which then end no table
        self.row_ended = False  # a rule has ended the row above
        self.spans_down: dict[int, str] = {}  # column → text of a cell with no rule under it (a merged cell)
        self.outline: dict[int, str] = {}  # line → "heading" or "item" in a block written as an indented outline
        # slides: each slide's first line is its title, and each line a unit of its own (no prose wraps on a slide)
        self.slides = sum(bool(SLIDE_MARK.match(t) or TITLED_SLIDE.match(t)) for _, t in lines) >= SLIDES
        self.slide_title = False  # the next line with text is a slide's title
        self.grid: tuple[int, int, bool] | None = None  # a grid table's lines and whether every row is ruled
        self.delimited = _delimited(lines)  # line index → cells of a table written with semicolons (a CSV export)
        self.section = 0  # the number of the last numbered section heading, 0 after a numbered item
        self.wrap = 0  # the width a copy wrapped the text's lines at (0: not known)
        self.broken: set[int] = set()  # the lines a word broken with a hyphen ended, as copied
        self.taken: set[int] = set()  # line indices read with the line above them

    def read(self) -> list[Unit]:
        """All the units of the lines."""
        for i, (n, text) in enumerate(self.lines):
            if i in self.taken:
                continue
            if i in self.delimited:
                self.delimited_row(i, n)
            elif self.table is not None:
                self.table_line(n, text, self.next_text(i))
            elif not self.table_start(i, n, text):
                self.line(i, n, text)
        if self.table is not None:
            self.end_row()  # a table that ends the text: its last row is complete too
        self.flush()
        return self.out

    def next_text(self, i: int) -> str | None:
        """The text of the line after line `i`, if there is one."""
        return self.lines[i + 1][1] if i + 1 < len(self.lines) else None

    def flush(self) -> None:
        """End the paragraph: its sentences become units; a last sentence that leads on introduces a list."""
        if self.para:
            sentences = _sentences(self.para, self.heading)
            for k, sentence in enumerate(sentences):
                if k + 1 < len(sentences) and RUN_IN_HEADING.fullmatch(sentence.text) and (k == 0 or (
                        sentences[k - 1].span.end < sentence.span.start and not _has_verb(sentence.text))):
                    # "6.2 Åby. Gruppen …"; each numbered line of the paragraph, too, that opens with a title (no
                    # verb: "3.2 Trygghet i centrum. Stölderna ska …", not "3.2 Socialchefen ingår i gruppen.")
                    self.heading = heading_text(sentence.text[:-1])
                    self.out.append(Unit("heading", self.heading, sentence.span, self.heading))
                    continue
                sentence.heading = self.heading
                self.out.append(sentence)
            last = sentences[-1] if sentences else None
            self.intro = last if last and (last.text.endswith(":") or last.text[-1:] not in ".!?") \
                and not EDITORS_NOTE.fullmatch(last.text) else None
        self.para = []

    def table_line(self, n: int, text: str, following: str | None) -> None:
        """A line of a table written with spaces: a row, a row's continuation, a rule or the blank that ends it
        (or, in a table whose rows blank lines part, ends the row when a row in the table's columns follows)."""
        stripped = text.strip()
        if not stripped:
            self.end_row()
            if self.blank_parted and following is not None and _in_columns(following, self.table or []):
                self.row_ended = True
                return
            self.table = None
            return
        if set(stripped) <= set("-=_+| "):
            self.end_row()
            self.row_ended = True
            if self.ruled and self.out and self.out[-1].kind == "row" and not self.out[-1].header:
                self.spans_down = {c: self.out[-1].cells[c] for c, at in enumerate(self.table)
                                   if c < len(self.out[-1].cells) and (text[at:at + 1] or " ") not in "-=_+"}
            return
        cells = _cells(text, self.table)
        out = self.out
        new = self.row_ended if self.ruled or self.blank_parted else cells[0] and not _word_goes_on(out, cells[0])
        self.row_ended = False
        if new or not out or out[-1].kind != "row":
            self.rewrap_row()
            out.append(Unit("row", " | ".join(c for c in cells if c), Span(n, n), self.heading, cells=cells))
        else:  # a continuation line: each cell goes on in its column
            row = out[-1]
            row.cells = [_join(a, b) for a, b in zip(row.cells, cells, strict=False)]
            row.text, row.span = " | ".join(c for c in row.cells if c), row.span | Span(n, n)

    def rewrap_row(self) -> None:
        """The row above is complete: a cell whose items commas part is wrapped text, its lines one phrase."""
        row = self.out[-1] if self.out else None
        if row is not None and row.kind == "row" and not row.header and any("\n" in c for c in row.cells):
            row.cells = [_comma_wrapped(c) for c in row.cells]
            row.text = " | ".join(c for c in row.cells if c)

    def end_row(self) -> None:
        """The row above is complete: its empty cells under a merged cell take that cell's text."""
        self.rewrap_row()
        row = self.out[-1] if self.out else None
        if self.spans_down and row is not None and row.kind == "row" and not row.header:
            row.cells = [c or self.spans_down.get(k, "") for k, c in enumerate(row.cells)]
            row.text = " | ".join(c for c in row.cells if c)
        self.spans_down = {}

    def table_start(self, i: int, n: int, text: str) -> bool:
        """Whether the line is the header of a table written with spaces; if so it is read as one."""
        if not _table_header(text, self.next_text(i) or ""):
            return False
        self.flush()
        self.table = [m.start() for m in re.finditer(r"\S+(?:\s\S+)*", text)]
        labels = _label_column(self.lines, i + 1, self.table[0])
        if labels is not None:  # a header over the columns only ("      Nyby    Åby"), the rows' labels left of it
            self.table.insert(0, labels)
            text = " " * labels + "-" + text[labels + 1:]
        self.ruled = _rules(self.lines, i + 1) >= 2
        self.blank_parted = not self.ruled and _blank_parted(self.lines, i + 1, self.table)
        self.row_ended, self.spans_down = False, {}
        cells = [m.group() for m in re.finditer(r"\S+(?:\s\S+)*", text)]
        cells = [""] + cells[1:] if labels is not None else cells
        self.out.append(Unit("row", " | ".join(cells), Span(n, n), self.heading, cells=cells, header=True))
        return True

    def slide_line(self, n: int, text: str, stripped: str) -> bool:
        """A line of a slide: the mark of a new one, its title, or a unit of its own (no prose wraps on a slide,
        and none but its first line is a heading); False for a bullet or table row, read as elsewhere."""
        if SLIDE_MARK.match(stripped):
            self.flush()
            self.heading, self.slide_title = "", True
            return True
        if titled := TITLED_SLIDE.match(stripped):
            self.flush()
            self.add_heading(n, titled.group("title").rstrip(":"))
            self.slide_title = False
            return True
        if not stripped:
            return False
        if self.slide_title:
            self.slide_title = False
            self.add_heading(n, stripped.rstrip(":"))
            return True
        if self.para and _wrapped(self.para[-1][1], text):
            self.para.append((n, stripped))  # a speaker's note or a sentence run across lines: prose, wrapped
            return True
        self.flush()
        if BULLET.match(text) or stripped.startswith("|") or _cell_marks(stripped) >= 2:  # a row of cells, a tab's too
            return False
        if (numbered := SLIDE_NUMBERED.match(text)) or (self.out and self.out[-1].kind == "item"
                                                         and len(text) - len(text.lstrip()) > self.out[-1].indent
                                                         and (numbered := SLIDE_SUB_ITEM.match(text))):
            self.item(n, numbered)  # "1  A" / "   → what A means", indented under it
            return True
        if self.answer_goes_on(n, text):
            return True
        if ASKED_LABEL.match(stripped):  # "Vilka?   A · B": a question as a label, its answer beside it, one unit
            self.out.append(Unit("sentence", stripped, Span(n, n), self.heading))
            return True
        self.para.append((n, stripped))
        return True

    def answer_goes_on(self, n: int, text: str) -> bool:
        """An indented line under a labelled answer left open by a comma ("Vem?   A, B," / "     C och D") goes on
        with it."""
        last = self.out[-1] if self.out else None
        if last is None or last.span.end != n - 1 or not ASKED_LABEL.match(last.text) or not last.text.endswith(",") \
                or not text[:1].isspace():
            return False
        last.text, last.span = last.text + " " + text.strip(), Span(last.span.start, n)
        return True

    def line(self, i: int, n: int, text: str) -> None:
        """A line outside a space-written table: a rule, a pipe-table row, an item, a heading or prose."""
        stripped = text.strip()
        if self.slides and self.slide_line(n, text, stripped):
            return
        above = self.lines[i - 1][1].strip() if i else ""
        prev_blank = not above or bool(RULE_LINE.fullmatch(above))  # a rule parts text as a blank line does
        under_heading = bool(self.out) and self.out[-1].kind == "heading" and not self.para and i > 0
        if stripped and n not in self.outline and (prev_blank or under_heading):
            parent = self.lines[i - 1][1] if under_heading and not prev_blank else None
            self.outline = _outline(self.lines, i, len(parent) - len(parent.lstrip()) if parent else None)
        if not stripped or set(stripped) <= set("_-=*| ") or RULE_LINE.fullmatch(stripped) \
                or GRID_RULE.fullmatch(stripped):
            self.flush()
        elif n in self.outline:  # "    Trygghetsberedningen" / "        kommundirektör (ordförande)"
            if self.outline[n] == "heading":
                self.add_heading(n, stripped)
            else:
                self.item(n, None, stripped)
        elif stripped.startswith("|") or _cell_marks(stripped) >= 2 or self.two_cells(i):  # a table row, also
            self.pipe_row(i, n, stripped)  # as HTML tables and Word's read
        elif (bullet := BULLET.match(text)) and (not bullet.group("num") or not _lone_number(self.lines, i)) \
                and not self.next_section(bullet):
            self.item(n, bullet)
        elif self.labelled_point(stripped):
            self.item(n, None, stripped)
        elif self.unmarked_item(text):
            self.item(n, None, stripped)
        elif self.lettered_item(i, stripped):
            self.item(n, None, stripped[LETTERED.match(stripped).end():])  # the point, as a bullet's, without its mark
        elif self.hanging_heading(i, prev_blank):
            pass
        elif n not in self.broken and not self.sentence_runs_on(i) and not self.leads_into_list(i, stripped) and (
                is_heading(text, prev_blank, self.next_text(i)) or self.subheading(text, self.next_text(i))):
            self.add_heading(n, stripped)  # a line the wrap ended goes on in the next: no heading
        elif self.out and self.out[-1].kind == "item" and not self.para and not prev_blank \
                and (len(text) - len(text.lstrip()) > self.out[-1].indent or stripped[:1].islower()
                     or runs_on(self.lines[i - 1][1], text, self.wrap)):
            # a bullet's text going on on the next line, indented under it, lower case or after a line the wrap
            # ended (a line no deeper than the bullet, in capitals, after a full one is the paragraph after the list)
            self.item_goes_on(n, stripped)
        else:
            self.prose_line(i, n, text, prev_blank, under_heading)

    def hanging_heading(self, i: int, prev_blank: bool) -> bool:
        """A numbered title wrapped onto a line indented to where its text starts ("5.3  Trafikbrott, särskilt
        under" / "     sommarhalvåret"): one heading of both lines; whether line i was one."""
        n, text = self.lines[i]
        numbered = NUMBERED_HEADING.match(text)
        following = self.next_text(i)
        if numbered is None or following is None or not following.strip()[:1].islower() \
                or len(following) - len(following.lstrip()) != numbered.start("text") or BULLET.match(following):
            return False
        after = self.lines[i + 2][1] if i + 2 < len(self.lines) else ""
        if not is_heading(text, prev_blank, None) or following.rstrip().endswith(".") \
                or len(after) - len(after.lstrip()) >= numbered.start("text") and after.strip():
            return False  # the title ends where its indent does; a paragraph numbered so goes on, or ends a sentence
        self.add_heading(n, text.strip())
        self.heading = f"{self.heading} {following.strip()}"
        self.out[-1].text = self.out[-1].heading = self.heading
        self.out[-1].span = Span(n, self.lines[i + 1][0])
        self.taken.add(i + 1)
        return True

    def leads_into_list(self, i: int, stripped: str) -> bool:
        """Whether line i is a clause that ends on a verb of taking part, its subjects the list that follows ("I
        rådet ingår" over "- A," / "- B."): the start of a sentence the items finish, no heading; a question's
        verb ends a heading ("Vilka som deltar")."""
        words = stripped.split()
        following = next((text for _, text in self.lines[i + 1:i + 3] if text.strip()), "")
        return len(words) >= 2 and words[-1].casefold() in TAKING_PART \
            and words[0].casefold() not in INTERROGATIVE and bool(BULLET.match(following))

    def sentence_runs_on(self, i: int) -> bool:
        """Whether line i was ended by the wrap inside a sentence that goes on in lower case in the next line: the
        first line of a paragraph, however short it looks, no heading."""
        following = self.next_text(i) or ""
        return following.lstrip()[:1].islower() and runs_on(self.lines[i][1], following, self.wrap)

    def prose_line(self, i: int, n: int, text: str, prev_blank: bool, under_heading: bool) -> None:
        """A line of prose: it goes on the paragraph, or starts one (a field of a form's run of fields, a
        minute's decision clause)."""
        stripped = _unnumbered_field(text.strip())
        fields = bool(FIELD_LINE.match(self.para[0][1])) if self.para else False
        if self.para and (prev_blank or (FIELD_LINE.match(stripped) or LABEL_LINE.match(stripped)
                                         or ASKED_LABEL.match(stripped)) and fields
                          or i and not fields and _fragment(self.lines[i - 1][1], text)):
            self.flush()  # a run of "Ordförande: A" / "Deltagare: B" lines: a field a line, as a form has
        if fields and ASKED_LABEL.match(stripped):  # "Vilka bjuds in?  A, B" among them: a question's field
            self.out.append(Unit("sentence", stripped, Span(n, n), self.heading))
            return
        above = self.lines[i - 1][1].strip() if i else ""
        if (clause := DECISION.match(stripped)) and self.decision(above, under_heading):
            if self.para:  # "Beslutades" / "att …," / "att …": each att-clause is a decision of its own
                self.para[-1] = (self.para[-1][0], self.para[-1][1][:-1] + ".")
            self.flush()
            stripped = stripped[clause.end():]
        self.para.append((n, stripped))

    def item_goes_on(self, n: int, stripped: str) -> None:
        """The line under an item goes on with it; under an item that only names a group ("a) Ledningsgruppen" /
        "   Gruppen leder …") the item is the group's heading and the lines under it describe it."""
        if self.names_a_group(self.out[-1], stripped):
            item = self.out.pop()
            if self.intro is not None and item in self.intro.items:
                self.intro.items.remove(item)
            self.add_heading(item.span.start, item.text)
            self.para.append((n, stripped))
            return
        self.out[-1].text = _item_line_joined(self.out[-1].text, stripped)
        self.out[-1].span = self.out[-1].span | Span(n, n)

    @staticmethod
    def names_a_group(item: Unit, following: str) -> bool:
        """Whether an item of one line only names a group ("a) Ledningsgruppen", "c) Arbetsgruppen Unga Nyby")
        and the line indented under it starts the sentences that describe it ("Gruppen har till uppgift …")."""
        from samverkan.extract.meaning.phrases import GROUP_WORD

        words = item.text.split()
        return item.span.start == item.span.end and 1 <= len(words) <= 5 and item.text[:1].isupper() \
            and item.text[-1:].isalpha() and "," not in item.text and bool(GROUP_WORD.match(item.text)) \
            and following[:1].isupper() and len(following.split()) > len(words)

    def decision(self, above: str, under_heading: bool) -> bool:
        """Whether a line opening with "att" starts a decision of a minute's list ("Beslutades" / "att …," /
        "att …"): after a clause ended by a comma, or first under a heading or a line ending with ":"."""
        return bool(self.para) and self.para[-1][1].endswith(",") \
            or not self.para and (under_heading or above.endswith(":"))

    def subheading(self, text: str, next_text: str | None) -> bool:
        """A short line right under a heading, with text after it, that names a group ("Hur arbetet bedrivs" /
        "Ledningsgruppen för trygghet"): a heading of its own, not the first line of a paragraph."""
        from samverkan.extract.meaning.phrases import GROUP_WORD

        stripped = text.strip()
        under_heading = bool(self.out) and self.out[-1].kind == "heading" and not self.para
        words = stripped.split()
        if not next_text or BULLET.match(next_text) or words[-1].casefold() in {"av", "för", "med", "till", "i", "är"}:
            return False  # "Ledningsgruppen består av" introduces a list
        if len(words) >= 2 and next_text.strip()[:1].islower() and ("." in next_text or _verb_going_on(words[-1],
                                                                                                   next_text)):
            return False  # "Beredningsgruppen förbereder styrgruppens" / "sammanträden.": a sentence wrapped
        if DECISION.match(next_text.strip()):
            return False  # "Styrgruppen beslutade" over "att inrätta …": a minute's decision, its clauses under it
        return under_heading and len(stripped.split()) <= 6 and stripped[:1].isupper() \
            and stripped[-1:].isalpha() and "," not in stripped and bool(GROUP_WORD.match(stripped)) \
            and not GUTTER.search(stripped)  # "Styrgruppen      fyra gånger per år": a name and its value

    def pipe_row(self, i: int, n: int, stripped: str) -> None:
        """A row of a Markdown table; its rule line is no row but marks the row above as the header."""
        self.flush()
        inner = stripped[1:] if stripped.startswith("|") and stripped.endswith("|") else stripped
        inner = inner[:-1] if inner.endswith("|") else inner  # "| A | B |"; a page's "| B" keeps its empty A
        # a line break inside a cell ("kommunpolis<br>fältassistenter") parts its items, as in an HTML table
        grid = self.grid_ruled(i)  # a grid row's cells go on over lines: a comma at a line's end leads on
        cells = [re.sub(r"\s*<br\s*/?>\s*", ", ", c).replace("*", "").strip(" _" if grid else " _,")
                 for c in inner.split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) or not c for c in cells):
            return
        cells = ["" if re.fullmatch(r"[-–—]", c) else c for c in cells]  # a dash in a cell: nothing there
        cells = self.same_as_above(cells)
        following = (self.next_text(i) or "").strip()
        header = bool(re.fullmatch(r"\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?", following)) or self.grid_header(i)
        above = self.out[-1] if self.out else None
        if (above is not None and above.kind == "row" and not above.header and above.cells
                and (above.cells[0] and not cells[0] or grid)
                and len(above.cells) == len(cells) and above.span.end == n - 1):
            # a row without a name of its own right under a named one: the cells of that row going on
            # ("| Styrgrupp | kommundirektör, lokalpolis- |" over "| | områdeschef, socialchef |")
            above.cells = [_join_open(a, b, grid) for a, b in zip(above.cells, cells, strict=True)]
            above.text, above.span = " | ".join(c for c in above.cells if c), above.span | Span(n, n)
            return
        self.out.append(Unit("row", " | ".join(cells), Span(n, n), self.heading, cells=cells, header=header))

    def two_cells(self, i: int) -> bool:
        """A line of two cells ("Giltig | 2026-03-01 – 2028-02-29") next to another such line: the rows of a
        two-column table (a document's information, a label and its value a row), each a row, no paragraph."""
        def pair(k: int) -> bool:
            return 0 <= k < len(self.lines) and _two_cells(self.lines[k][1])

        return pair(i) and (pair(i - 1) or pair(i + 1))

    def delimited_row(self, i: int, n: int) -> None:
        """A row of a table written with semicolons; its first line is the header."""
        self.flush()
        self.table = None
        cells = ["" if re.fullmatch(r"[-–—]", c) else c for c in self.delimited[i]]
        header = i == 0 or i - 1 not in self.delimited
        self.out.append(Unit("row", " | ".join(c for c in cells if c), Span(n, n), self.heading, cells=cells,
                             header=header))

    def same_as_above(self, cells: list[str]) -> list[str]:
        """A cell that refers to the one above it ("se ovan", "som ovan", "dito", "〃") says what that cell says."""
        above = next((u for u in reversed(self.out) if u.kind == "row"), None)
        if above is None or above.header or not above.cells or len(above.cells) != len(cells):
            return cells
        return [above.cells[k] if SAME_AS_ABOVE.fullmatch(c) else c for k, c in enumerate(cells)]

    def grid_ruled(self, i: int) -> bool:
        """Whether line `i` is in a grid table with a rule under every row ("+----+" four times or more), so that
        the lines between two rules are one row whose cells go on line by line."""
        if self.grid is None or not self.grid[0] <= i < self.grid[1]:
            start = end = i
            while start > 0 and self.lines[start - 1][1].lstrip()[:1] in ("|", "+"):
                start -= 1
            while end < len(self.lines) and self.lines[end][1].lstrip()[:1] in ("|", "+"):
                end += 1
            rules = sum(bool(GRID_RULE.fullmatch(t.strip())) for _, t in self.lines[start:end])
            self.grid = (start, end, rules >= 4)
        return self.grid[2]

    def grid_header(self, i: int) -> bool:
        """The first row of a grid table ("+-----+-----+" above and below it)."""
        above = [t.strip() for _, t in self.lines[max(0, i - 2):i]]
        below = (self.next_text(i) or "").strip()
        return bool(above) and bool(GRID_RULE.fullmatch(above[-1])) and bool(GRID_RULE.fullmatch(below)) \
            and not (len(above) == 2 and above[0].startswith("|"))

    def next_section(self, bullet: re.Match) -> bool:
        """Whether a numbered line goes on the numbering of the section headings above it ("1. Parter" … "2.
        Giltighet"), with no numbered item between: a heading, whatever numbered lines follow it."""
        num = bullet.group("num")
        return bool(num) and self.section > 0 and int(num) == self.section + 1 \
            and is_heading(bullet.string, True, None)

    def labelled_point(self, stripped: str) -> bool:
        """Whether a line is a point named by a word and its number ("Fokusområde 2: …") in a list a sentence
        ending in ":" leads into, or under another such point: an item of its own, not prose wrapped on."""
        if not NUMBERED_LABEL.match(stripped) or stripped[-1:] in ".!?":
            return False
        if self.para:
            return self.para[-1][1].endswith(":")
        last = self.out[-1] if self.out else None
        return last is not None and last.kind == "item" and bool(NUMBERED_LABEL.match(last.text))

    def unmarked_item(self, text: str) -> bool:
        """An indented short line without a bullet, in a list a sentence ending in ":" introduced (the glyphs
        lost, or never there)."""
        stripped = text.strip()
        if not text[:1].isspace() or len(stripped) > 80 or stripped[-1:] in ".!?" or not stripped[:1].isupper() \
                or self.para or self.intro is None or not self.intro.text.endswith(":"):
            return False
        return not self.intro.items or self.intro.items[-1].unmarked

    def lettered_item(self, i: int, stripped: str) -> bool:
        """A line of a lettered list ("A. Unga i riskzon" over "B. Narkotika"): its letter the next after the item
        above, or an "A." over a "B.", line by line; a lone "A." opens a lettered section, not a list."""
        m = LETTERED.match(stripped)
        if m is None:
            return False
        letter = m.group("letter")
        before = LETTERED.match(self.lines[i - 1][1].strip()) if i and self.out and self.out[-1].kind == "item" \
            and not self.para else None
        if before is not None and ord(letter) == ord(before.group("letter")) + 1:
            return True
        after = LETTERED.match((self.next_text(i) or "").strip())
        return letter == "A" and after is not None and after.group("letter") == "B"

    def item(self, n: int, bullet: re.Match | None, text: str = "") -> None:
        """A list item, added to the list the sentence before introduces."""
        self.flush()
        line = bullet.string if bullet else text
        item = Unit("item", bullet.group("text").strip() if bullet else text, Span(n, n), self.heading,
                    unmarked=bullet is None, indent=len(line) - len(line.lstrip()))
        self.out.append(item)
        if bullet is not None and bullet.re is BULLET and bullet.group("num"):
            self.section = 0
        if self.intro is not None:
            self.intro.items.append(item)

    def add_heading(self, n: int, stripped: str) -> None:
        """A heading: the units after it stand under it."""
        self.flush()
        self.intro = None
        if top := TOP_NUMBER.match(stripped):
            self.section = int(top.group("num"))
        self.heading = heading_text(stripped)
        self.out.append(Unit("heading", self.heading, Span(n, n), self.heading))


def one_a_line(unit: Unit, doc: Document) -> list[Unit]:
    """A "sentence" of short capitalised lines with no punctuation at their ends is a list written one entry a
    line, without bullets ("Nyby kommun" / "Polismyndigheten, LPO Nyby" / "Nybyhem AB"): each line an item."""
    if unit.kind != "sentence":
        return [unit]
    raw = [doc.line(n) for n in range(unit.span.start, unit.span.end + 1)]
    if any(len(line) > 80 and (len(line) > 2000 or len(line.strip()) - line.count("*") - line.count("_") > 80)
           for line in raw):
        return [unit]  # a long line is no entry of a list (and a document on one line is not read per sentence)
    lines = [(n, EMPHASIS.sub("", line).strip(" *_")) for n, line in enumerate(raw, unit.span.start)]
    if all(text and len(text) <= 80 and text[0].isupper() and text[-1] not in ".,;:!?" and not re.search(
            r"\.\s", text) and not re.search(r"\s(?:och|samt|eller|i|för|av|med|till)$", text) for _, text in lines):
        return [Unit("item", text, Span(n, n), unit.heading) for n, text in lines]
    return [unit]


def _outline(lines: list[tuple[int, str]], i: int, parent: int | None) -> dict[int, str]:
    """A block from line `i` to the next blank line written as an outline: every line indented and short, none
    ending a sentence or opening a list, and lines indented deeper under the least indented ones (or all under
    the heading right above them, indented `parent`). The least indented lines are headings, the deeper ones
    items; {} for any other block."""
    block = []
    for n, text in lines[i:]:
        if not text.strip():
            break
        block.append((n, text))
    indents = [len(text) - len(text.lstrip()) for _, text in block]
    if len(block) < 2 or any(len(text.strip()) > 90 or text.rstrip()[-1] in ".:!?" or BULLET.match(text)
                             or re.search(r"\.{2,}|:\s|\S\s{3,}\S", text) for _, text in block) or min(indents) < 2:
        return {}  # labels with their values ("Medlemmar ...... A"), columns: no outline
    if parent is not None and min(indents) > parent and len(set(indents)) == 1:
        return {n: "item" for n, _ in block}  # "    Samordningsgruppen" / "        folkhälsostrateg"
    if len(block) < 3 or len(set(indents)) < 2 or indents[0] != min(indents):
        return {}
    top = min(indents)
    if any(not text.strip()[:1].isupper() or len(text.split()) > 6 or "," in text
           for (_, text), d in zip(block, indents, strict=True) if d == top):
        return {}
    return {n: "heading" if d == top else "item" for (n, _), d in zip(block, indents, strict=True)}


DELIMITED_CELLS = 3  # a header of as many columns or more


def _delimited(lines: list[tuple[int, str]]) -> dict[int, list[str]]:
    """The lines of tables written with semicolons ("Grupp;Typ;Medlemmar" over "A;B;"C, D""): runs of two lines or
    more with the same number of cells, three or more, quoted cells kept whole; line index → its cells."""
    cells = [_semicolon_cells(text) for _, text in lines]
    out: dict[int, list[str]] = {}
    i = 0
    while i < len(cells):
        j = i + 1
        while cells[i] and j < len(cells) and cells[j] and len(cells[j]) == len(cells[i]):
            j += 1
        if cells[i] and j - i >= 2 and len(cells[i]) >= DELIMITED_CELLS and all(len(c) <= 40 for c in cells[i]):
            out.update({k: cells[k] for k in range(i, j)})
        i = j
    return out


def _semicolon_cells(text: str) -> list[str] | None:
    """The cells of a line written with semicolons between them and no spaces around them, or None."""
    if text.count(";") < DELIMITED_CELLS - 1 or re.search(r"\s;|;\s", re.sub(r'"[^"]*"', "", text)):
        return None  # "A; B; C" is prose's list, a CSV export writes "A;B;C"
    return [c.strip() for c in next(csv.reader([text.strip()], delimiter=";"))]


def _table_header(text: str, following: str) -> bool:
    """Three or more cells parted by runs of spaces, and a next line that is a rule or has such cells too."""
    if text.lstrip().startswith("|") or re.match(r"^\s*" + TREE, text):
        return False  # a Markdown table, however its cells are padded; a branch of a chart
    cells = re.findall(r"\S+(?:\s\S+)*", text)
    if len(cells) < 2 or not re.search(r"\S\s{3,}\S", text) or any(len(c.split()) > 4 for c in cells):
        return False
    if set(following.strip()) <= set("-=_+| ") and following.strip():
        return True
    return len(re.findall(r"\S+(?:\s\S+)*", following)) >= 2 and bool(re.search(r"\S\s{3,}\S", following)) \
        and (len(cells) >= 3 or text[:1] != " ")


def _label_column(lines: list[tuple[int, str]], i: int, first: int) -> int | None:
    """Where the rows' labels start when a table's header leaves their column empty ("        Nyby     Åby" over
    "  Namn   Grupp N   Grupp Å"): the left edge of two or more rows that have text before the header's first
    column and a gap before it; None if the header names every column."""
    starts = []
    for _, text in lines[i:i + 40]:
        stripped = text.strip()
        if not stripped and starts:
            break
        if stripped and not set(stripped) <= set("-=_+| ") and (at := len(text) - len(text.lstrip())) < first - 2 \
                and re.match(r"\S+(?:\s\S+)*\s{2,}", text[at:first + 1]):
            starts.append(at)
    return min(starts) if len(starts) >= 2 else None


def _rules(lines: list[tuple[int, str]], i: int) -> int:
    """How many rule lines ("-----  -----") with a row after them the table from line `i` has before the blank
    line that ends it (a closing rule, with prose or nothing after it, parts no rows)."""
    count = 0
    for (_, text), (_, after) in zip(lines[i:], [*lines[i + 1:], (0, "")], strict=True):
        stripped = text.strip()
        if not stripped:
            break
        count += set(stripped) <= set("-=_+| ") and bool(re.search(r"\S\s{2,}\S", after.strip())) \
            and not set(after.strip()) <= set("-=_+| ")
    return count


def _in_columns(text: str, starts: list[int]) -> bool:
    """Whether a line is a row of the table whose column starts are given: two or more cells, the first in the
    first column, each starting where a column does (two characters of slack)."""
    chunks = [m.start() for m in re.finditer(r"\S+(?:\s\S+)*", text)]
    return len(chunks) >= 2 and bool(starts) and abs(chunks[0] - starts[0]) <= 2 \
        and all(any(abs(c - s) <= 2 for s in starts) for c in chunks)


def _blank_parted(lines: list[tuple[int, str]], i: int, starts: list[int]) -> bool:
    """Whether the table from line `i` goes on past a blank line with a row in its columns: its rows are parted
    by blank lines, and a line with text in the first column then goes on with the row, not a new one."""
    for (_, text), (_, after) in zip(lines[i:], [*lines[i + 1:], (0, "")], strict=True):
        if not text.strip():
            return _in_columns(after, starts)
    return False


def _cells(text: str, starts: list[int]) -> list[str]:
    """The text of a line split into the columns whose starts are given (a chunk goes to the nearest start
    at or before it, allowing two characters of slack)."""
    cells = [""] * len(starts)
    for m in re.finditer(r"\S+(?:\s\S+)*", text):
        col = max([i for i, s in enumerate(starts) if s <= m.start() + 2] or [0])
        words = []
        for w in re.finditer(r"\S+", m.group()):  # a cell run into the next column: its words part there
            at = m.start() + w.start()
            own = max([i for i, s in enumerate(starts) if s <= at] or [0])
            if own > col and words:
                cells[col] = _join(cells[col], " ".join(words))
                col, words = own, []
            words.append(w.group())
        cells[col] = _join(cells[col], " ".join(words))
    return cells


def _comma_wrapped(cell: str) -> str:
    """A cell of a table written with spaces whose items commas part ("områdespoliser, fält-" / "assistenter,
    representant" / "från X" / "Region Y,"; a line left open by "och"): its lines were wrapped to the column's
    width, so a line that ends in a word goes on in the next (not one ending in a comma, a bracket or a smudge); a
    cell without such commas keeps its lines as items."""
    lines = cell.split("\n")
    if len(lines) < 2 or not any(re.search(r"(?:,|\s(?:och|samt|eller))$", line.rstrip()) for line in lines[:-1]):
        return cell
    out = lines[:1]
    for line in lines[1:]:
        if re.search(r"[^\W\d_]-?$", out[-1].rstrip()) and line[:1].isalnum():
            out[-1] += " " + line  # a word, not a comma, a bracket or a smudge, ends the line: it goes on
        else:
            out.append(line)
    return "\n".join(out)


CELL_GOES_ON = re.compile(r"(?:för|på|av|med|mot|inom|vid|hos)\s")  # a preposition: the entry above goes on
# a line that ends in a preposition, or in a word for a unit whose name follows: the entry goes on below
CELL_LEFT_OPEN = re.compile(r"(?:^|\s)(?:för|på|av|med|mot|inom|vid|hos|från|i|till|LPO|lokalpolisområde)$")


def _word_goes_on(out: list[Unit], first: str) -> bool:
    """Whether a first cell goes on with the word the row above broke at its first cell's end ("Beredningsgr-" /
    "uppen"), or with a row above that has only its first cell ("Enhetschef för socialtjänstens" / "barn- och
    familjeenhet    Nyby kommun", the other cells set on the cell's last line): a continuation line, no new row."""
    row = out[-1] if out and out[-1].kind == "row" and not out[-1].header else None
    return row is not None and bool(row.cells) and first[:1].islower() \
        and (row.cells[0].endswith("-") or not any(c.strip() for c in row.cells[1:]))


def _item_line_joined(a: str, b: str) -> str:
    """An item and the line that goes on with it: a word hyphenated at the line's end is one word ("lokal-" /
    "polisområde Nyby"), as in a sentence; "individ-" / "och familjeomsorg" keeps the hyphen for the shared part."""
    if re.search(r"[a-zåäö]-$", a) and b[:1].islower() and not re.match(r"(?:och|eller|samt|till)\s", b):
        return a[:-1] + b
    return a + " " + b


def _join(a: str, b: str) -> str:
    if not a or not b:
        return a or b
    if a.endswith("-") and a[-2:-1].isalpha() and re.match(r"(?:och|eller|samt|till)\s", b):
        return a + " " + b  # "individ-" / "och familjeomsorg": the hyphen stands for the shared last part
    if a.endswith("-") and a[-2:-1].isalpha() and b[:1].isupper():
        return a + b  # "Fruängen-" / "Västertorp": a name of two names, broken at its own hyphen
    if a.endswith("-") and b[:1].islower():
        return a[:-1] + b  # "Lokalpolisområdes-" + "chefen"
    if CELL_GOES_ON.match(b) and not a.endswith((",", ";", ".")):
        return a + " " + b  # "enhetschef" / "för fältverksamheten": one entry over two lines
    if CELL_LEFT_OPEN.search(a) and b[:1].isupper():
        return a + " " + b  # "en representant för" / "Nyby Torg", "i LPO" / "Västra Nyby": a name goes on
    return a + "\n" + b


OPEN_END = re.compile(r"(?i)(?:[,(]|\s(?:och|samt|eller|en|ett|den|det|i|för|på|av|med|mot|inom|vid|hos|från|till|"
                      r"om|under|per))$")  # "Öppet för" / "fastighetsägare," / "handlare och": the line goes on


def _join_open(a: str, b: str, grid: bool) -> str:
    """A cell's next line in a pipe or grid table: the same phrase when the line above is left open (a comma, a
    conjunction, a preposition, an article, an open bracket) or the next opens with "och" or a bracket ("(vid
    behov)"), or, in a grid whose cell opens with a capital, when the next line opens in lower case ("Mitthems" /
    "trygghetsvärdar"); else a new line, a new item. A word hyphenated at the line's end is joined whole."""
    if a.endswith("-") and a[-2:-1].isalpha():
        return _join(a, b)  # "Säkerhets-" / "chef": the word, not "Säkerhets- chef"
    if a and b and (OPEN_END.search(" " + a) or a.count("(") > a.count(")") or re.match(r"(?:och|samt|eller)\s|\(", b)
                    or grid and a[:1].isupper() and b[:1].islower()):
        return a + " " + b
    return _join(a, b)


def _two_cells(text: str) -> bool:
    """A line that is a row of two cells as a table is read ("Label | value"), not a sentence with a bar in it."""
    cells = text.strip().split(" | ")
    return len(cells) == 2 and all(c.strip() for c in cells) and len(cells[0].split()) <= 6


def _lone_number(lines: list[tuple[int, str]], i: int) -> bool:
    """A numbered line with no numbered neighbour is a heading ("4. Tid"), not a list item; nor is a neighbour two
    lines off whose number is not next to its own when text goes on right under the line ("3. Trafik", a blank
    line, "5. Samverkan" over its section's first sentence: a list counts on by one, a section's text follows its
    heading)."""
    own = BULLET.match(lines[i][1])
    body = i + 1 < len(lines) and lines[i + 1][1].strip() and not BULLET.match(lines[i + 1][1])
    for j in (i - 1, i + 1, i - 2, i + 2):
        if 0 <= j < len(lines) and (m := BULLET.match(lines[j][1])) and m.group("num"):
            if j == i - 2 and body and own and own.group("num") \
                    and abs(int(m.group("num")) - int(own.group("num"))) > 1:
                continue
            return False
    return True


def _wrapped(above: str, text: str) -> bool:
    """Whether a slide's line goes on from the long line above it, which a wrap ended before its stop."""
    line = text.strip()
    return len(above) >= WRAPPED_WIDTH and above[-1:] not in ".!?:;" and not BULLET.match(text) \
        and not any(rx.match(line) for rx in (SLIDE_MARK, FIELD_LINE, ASKED_LABEL)) and not FIELD_LINE.match(above) \
        and _prose(above)


def _prose(line: str) -> bool:
    """Whether a line is prose, not a list of names: a sentence ends inside it, or it has a verb in the present
    (an s-passive too: "Undertecknas av …")."""
    from samverkan.extract.meaning.groups.words import finite

    return bool(re.search(r"[.!?]\s+[A-ZÅÄÖ]", line)) or any(
        finite(w) or w.casefold().endswith("as") and finite(w[:-1] + "r") for w in line.split())


# a line that ends on a definite genitive ("… leds av kommunens"): the noun it owns is on the next line
GENITIVE_END = re.compile(r"(?<![\wåäö-])[a-zåäö]{3,}(?:ens|ets|nas)$")


def _fragment(above: str, text: str) -> bool:
    """Whether an indented short line that ends without a stop or a word that goes on, and an indented line
    that starts anew under it, are fragments of their own (a slide's lines: "Ordf. växlar årsvis mellan A och B" /
    "4 möten/år"), not a sentence wrapped at the line end."""
    stripped = above.strip()
    return bool(stripped) and above[:1].isspace() and text[:1].isspace() and len(stripped) <= 72 \
        and (text.strip()[:1].isupper() or text.strip()[:1].isdigit()) and stripped[-1:] not in ",-–(" \
        and stripped.split()[-1].casefold() not in {"och", "samt", "eller", "i", "för", "av", "till", "med", "på",
                                                    "om", "vid", "genom", "mellan", "från", "som", "att"} \
        and not GENITIVE_END.search(stripped)


def _has_verb(text: str) -> bool:
    """Whether a short sentence has a verb in the present tense (a clause, not a title)."""
    from samverkan.extract.meaning.groups.words import finite

    return any(finite(w) for w in text.split()[1:])


SHARED_PART = re.compile(r"(?:och|eller|samt)\s")  # "barn-" / "och ungdomsenhet": the hyphen stands for a shared part


def _unnumbered_field(line: str) -> str:
    """A field a point of an outline numbers ("1.2 Ordförande: A", "2.4 Möten: varje månad"): the field without
    its number, which only orders the points."""
    m = OUTLINE_NUMBER.match(line)
    rest = line[m.end():] if m else ""
    return rest if FIELD_LINE.match(rest) or LABEL_LINE.match(rest) else line


def _sentences(para: list[tuple[int, str]], heading: str) -> list[Unit]:
    text, starts = "", []
    for n, line in para:
        if text.endswith("-") and line[:1].islower() and not re.search(r"\s-$", text) and not SHARED_PART.match(line):
            text = text[:-1]  # hyphenation at the line end: "lokal-" + "polisområdeschefer"
            starts.append((len(text), n))
            text += line
        else:
            if text:
                text += " "
            starts.append((len(text), n))
            text += line
    out = []
    pos = 0
    pieces = SENTENCE_END.split(text)
    for piece in pieces:
        begin = text.index(piece, pos)
        end = begin + len(piece)
        first = max([ln for s, ln in starts if s <= begin] or [para[0][0]])
        last = max([ln for s, ln in starts if s < end] or [first])
        out.append(Unit("sentence", _decided(EDITORIAL_MARK.sub("", piece.strip())), Span(first, last), heading))
        pos = end
    return out


def _decided(sentence: str) -> str:
    """A minute's decision as the sentence it decides: "Mötet beslutade att styrgruppen rapporterar till KS" →
    "Styrgruppen rapporterar till KS". A group's own decision ("Styrgruppen beslutade att …") stays its; "Mötet"
    is the meeting the minutes are of."""
    from samverkan.extract.meaning.phrases import GROUP_WORD

    sentence = DECISION_LABEL.sub("", sentence)
    m = DECIDED.match(sentence)
    who = fold(m.group("who")) if m else ""
    if m is None:
        return sentence
    rest = sentence[m.end():]
    if GROUP_WORD.search(m.group("who")) and who not in ("motet", "sammantradet"):
        if (founded := FOUNDED.match(rest)) is not None:  # "Styrgruppen beslutade att inrätta X (XG), sammankallad
            # av Y" → "X (XG) inrättas, sammankallad av Y": the group founded is what the rest is about
            return founded.group("group") + " inrättas" + rest[founded.end("group"):]
        if not OWN_SUBJECT.match(rest):
            return sentence  # "Styrgruppen beslutade att sammanträda …": the group's own doing
    return rest[:1].upper() + rest[1:]  # "… beslutade att kommunpolisen deltar …": what is decided, its subject
