"""OCR repair that cannot make things worse: only a word the Swedish dictionary does not accept is repaired,
only to a dictionary word, only through the damage OCR does, and never a number or a code ("KS2023", "A015").

Candidates come from rapidfuzz over the dictionary (samverkan.extract.vocabulary); the choice among them is a
weighted edit distance in which the confusions OCR makes (å/ä/ö read as a, o, d, é, & or §; rn for m, cl for d,
l for i; a letter doubled) are cheap and every other edit is dear, so that names and words outside the
dictionary stay as they are. Swedish compounds are matched as two dictionary words ("sdkerhetsfragor" →
"säkerhets" + "frågor"). Broken characters are mended first (ligatures, a diacritic beside its letter, a soft
hyphen or "¬"); a capital I inside a lower-case word and a digit inside a word are read as the letters OCR took
them for only when that gives a dictionary word. A word hyphenated at a line end is repaired whole. Each
repair is returned beside the original.
A capitalised word the dictionary lacks, a name, is repaired only in a text where OCR damaged ordinary words
too: in a clean text "Knalleland" stays "Knalleland".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise, product

from rapidfuzz import fuzz, process

from samverkan.extract import runon, vocabulary

TOKEN = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ&§{]+")
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
# OCR's broken characters: a diacritic printed beside its letter (decomposed or spacing), a soft hyphen or "¬"
# for a hyphen; at a line end both are the hyphenation a reader of the lines joins, inside a word nothing
SPACING_MARKS = str.maketrans({"¨": "\u0308", "˚": "\u030a", "´": "\u0301"})
MARKED = re.compile(r"[A-Za-z][\u0300-\u036f¨˚´]+")  # a letter and the diacritics printed after it
LONG_DASH_BULLET = re.compile(r"^(\s*)[—―](?=\s+\S)")  # an item's dash read (or typed) as an em dash or a bar
BREAK_AT_END = re.compile(r"[\u00ad¬]\s*$")
BREAK_INSIDE = re.compile(r"(?<=\w)[\u00ad¬](?=\w)|\u00ad")
HYPHENATED = re.compile(r"((?<![\w-])[10]?[A-Za-zÀ-ÖØ-öø-ÿ]+)-$")  # a word broken at the line end ...
# the first column's last word hyphenated before the gutter, the row going on in other columns ("Beredningsgr-
# samord-", "… och leder samman-      av denna …"); a digit inside it may be OCR's for a letter ("sammanka1-")
_LETTER, _OR_DIGIT = "A-Za-zÀ-ÖØ-öø-ÿ", "0-9A-Za-zÀ-ÖØ-öø-ÿ"
# Written as a first column and a test of its last word, not as one expression: a word of letters or digits with
# two letters in it, as one pattern, backtracks with the square of its length (a 20,000-letter word took minutes).
FIRST_COLUMN_HYPHENATED = re.compile(r"^\s*(\S+(?: \S+)*)-\s{2,}\S")
WORD_OR_DIGITS = re.compile(rf"[{_OR_DIGIT}]+")
TWO_LETTERS = re.compile(rf"[{_LETTER}]{{2}}")
CONTINUED = re.compile(r"\s*([a-zß-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ]*)(?![\w-])")  # ... going on at the next line's start
GUTTER = re.compile(r"(?<=\S)\s{3,}(?=\S)")  # the white space between two columns
LAST_WORD = re.compile(r"(?<![\w-])([A-Za-zÀ-ÖØ-öø-ÿ]{3,})\s*$")  # a word ending the line, no hyphen after
PIECE = re.compile(r"(?<![\w-])[A-Za-zÀ-ÖØ-öø-ÿ]{2,}(?![\w-])")  # a piece of a word OCR may have parted
# digits OCR reads for letters inside a word ("ti11", "f0rum"), each read as the letters it may stand for
DIGIT_LETTERS = {"0": "oö", "1": "li", "5": "s", "6": "ö", "8": "b"}
# a number OCR wrote with a letter O for a zero or l/I for a one ("O377", "3l"), in a damaged text
NUMBER_DAMAGE = re.compile(r"(?=.*\d)(?=.*[OolI])[0-9OolI]{2,}")
LETTERS_FOR_DIGITS = str.maketrans("OolI", "0011")
COUNT_UNIT = re.compile(r"(?i)^(?:ggr|gång|gånger|st|tillfällen)$")  # what a number before it counts


def _count_unit(word: str | None) -> bool:
    """Whether a word is a unit a number counts ("ggr", "gånger")."""
    return bool(word) and COUNT_UNIT.match(word) is not None
COLUMN_RULE = re.compile(r"(?<=[\w,;-])\s+[|I]\s*$")  # "… kommun, |", "Arbets- I": the rule between two columns
ACRONYM = 7  # capitals up to this long are an acronym ("SSBF"); a longer word in capitals is a word
INNER_I = re.compile(r"(?<=[a-zåäö])I+|^I(?=[a-zåäö])")  # "tiIl", "Ieds": a capital I where an l was
# written letter → letters it may stand for, with the cost of reading it so
CONFUSIONS: dict[str, dict[str, float]] = {
    "a": {"å": 0.2, "ä": 0.2},
    "ä": {"å": 0.3},  # the ring and the dots confused
    "å": {"ä": 0.3},
    "o": {"ö": 0.2},
    "e": {"é": 0.3},
    "§": {"ö": 0.25},
    "&": {"ä": 0.2, "å": 0.2},
    "é": {"ö": 0.3, "å": 0.3, "ä": 0.3},
    "d": {"ä": 0.3, "å": 0.3, "ö": 0.3},
    "i": {"ä": 0.3, "å": 0.3, "l": 0.3},
    "l": {"i": 0.3},
    "{": {"f": 0.3},
    "6": {"ö": 0.2},
    "0": {"o": 0.3, "ö": 0.3},
}
# two written letters read as one
PAIRS = {
    ("d", "a"): {"ä": 0.3}, ("i", "d"): {"ä": 0.3}, ("i", "a"): {"ä": 0.3},
    ("é", "a"): {"å": 0.3}, ("a", "i"): {"å": 0.3}, ("r", "n"): {"m": 0.3}, ("c", "l"): {"d": 0.3},
}
SHADOW_MARGIN = 1.0  # Zipf: the word with å/ä/ö at least ten times as common as the one without
DROPPED = {"å": 0.4, "ä": 0.4, "ö": 0.4}  # a letter OCR lost altogether
MAX_COST_SHORT = 0.3  # words of up to four letters: one cheap confusion at most
MAX_COST = 0.65
# a part of a compound: three letters or more; a short one (up to four letters) a common word
MIN_PART, LONG_PART, SHORT_PART_ZIPF = 3, 5, 3.0
COMMON_WORD = 4.0  # Zipf: a word this common, one two-letter OCR confusion away, is what a compound was written for
MAX_WORD = 48  # longer tokens are no Swedish word (the longest compounds have about 30 letters): kept as written


def weighted_distance(written: str, word: str) -> float:
    """Cost of reading `written` (casefolded) as the vocabulary word `word`."""
    n, m = len(written), len(word)
    inf = float("inf")
    d = [[inf] * (m + 1) for _ in range(n + 1)]
    d[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            cur = d[i][j]
            if cur == inf:
                continue
            if i < n and j < m:
                a, b = written[i], word[j]
                step = 0.0 if a == b else CONFUSIONS.get(a, {}).get(b, 1.0)
                d[i + 1][j + 1] = min(d[i + 1][j + 1], cur + step)
                if i + 1 < n:
                    pair = PAIRS.get((a, written[i + 1]), {}).get(b)
                    if pair is not None:
                        d[i + 2][j + 1] = min(d[i + 2][j + 1], cur + pair)
            if i < n:  # a letter written that is not in the word
                extra = 0.3 if (i > 0 and written[i] == written[i - 1]) else 1.0
                d[i + 1][j] = min(d[i + 1][j], cur + extra)
            if j < m:  # a letter of the word that was not written
                d[i][j + 1] = min(d[i][j + 1], cur + DROPPED.get(word[j], 1.0))
    return d[n][m]


def _fold(text: str) -> str:
    return text.translate(str.maketrans("åäöéÅÄÖÉ6§&", "aaoeaaoeooa"))


class Normaliser:
    def __init__(self, extra_texts: list[str] | None = None):
        self.words = vocabulary.load(extra_texts)
        self.by_fold: dict[str, list[str]] = {}
        for word in self.words:
            self.by_fold.setdefault(_fold(word), []).append(word)
        self.folded = list(self.by_fold)
        self._best = lru_cache(maxsize=None)(self._best_uncached)
        self._accepts = lru_cache(maxsize=None)(self._accepts_uncached)
        self.shadows = False  # set by `survey`: the document lost its å/ä/ö, so "for" stands for "för"
        # set by `survey`: OCR damaged the document's ordinary (lower-case) words, so a capitalised word, a
        # name, may be damaged too; in a text without such damage a name the dictionary lacks stays as written
        self.damaged = True
        self.written: set[str] = set()  # set by `survey`: the words the document writes whole
        self.pairs: frozenset[str] = frozenset()  # set by `survey`: two words the document writes one after the other
        self._shadowed_words: set[str] | None = None

    def shadow_of(self, word: str) -> str | None:
        """The far more common word that `word` is with its å/ä/ö restored ("for" → "för"), if any."""
        if not word.isalpha():
            return None
        if word.isascii():
            ranked = [w for w in sorted(self.by_fold.get(word, []), key=lambda w: -self.words.get(w, 0)) if w != word]
            if ranked and self.words.get(ranked[0], 0) - self.words.get(word, 0) >= SHADOW_MARGIN:
                if len(ranked) > 1 and self.words.get(ranked[0], 0) - self.words.get(ranked[1], 0) < 1.5:
                    return None  # "ar": "är" or "år"? left as written
                return ranked[0]
        if word not in self.words:  # a compound: its last part restored ("trygghetsfragor" → "…frågor")
            for i in range(3, len(word) - 3):
                left, right = word[:i], word[i:]
                if (left in self.words or left[:-1] in self.words and left.endswith("s")) and right in self.words:
                    restored = self.shadow_of(right)
                    if restored:
                        return left + restored
                    fronts = [w for w in self.by_fold.get(left, []) if w != left and vocabulary.lemma_known(w + right)]
                    if len(fronts) == 1:  # "aterrapporterar": "återrapporterar", a form simplemma knows
                        return fronts[0] + right
            return None
        if len(word) <= 3 and self.shadows:  # "dr" for "är", "pd" for "på": a far more common word one OCR
            own = self.words.get(word, 0)      # confusion away, in a document known to have lost its å/ä/ö
            near = [w for w in self._expansions(word) if self.words.get(w, 0) - own >= 2 * SHADOW_MARGIN]
            if len(near) == 1:
                return near[0]
        return None

    def survey(self, lines: list[str]) -> None:
        """Decide whether the document lost its diacritics: more shadows ("for", "pa") than the words they
        stand for ("för", "på"). Only then is an accepted word changed, and only to its shadow's word. And
        whether OCR damaged it: only then are names, numbers and words parted by a space repaired, and an
        unknown word may become a compound the dictionary does not list."""
        shadows = proper = 0
        lines = [repair_characters(line)[0] for line in lines]
        self.written = {token.casefold() for line in lines for token in TOKEN.findall(line)}
        for line in lines:
            for token in TOKEN.findall(line):
                low = token.casefold()
                if self.shadow_of(low):
                    shadows += 1
                elif not low.isascii() and self.words.get(low) and self.shadow_of(_fold(low)) == low:
                    proper += 1
        self.shadows = shadows >= 5 and shadows > proper
        self.damaged = True  # the words are judged as a damaged text's are repaired
        self.damaged = self.shadows or any(map(self._misread, (t for line in lines for t in TOKEN.findall(line))))
        if self.damaged:  # after the parted words are joined: "Lokala styr gruppen" writes "lokala styrgruppen"
            joined = [self._join_split_word(line, [])[0].casefold() for line in lines]
            self.pairs = frozenset(f"{a} {b}" for line in joined for a, b in pairwise(PIECE.findall(line)))

    def _misread(self, token: str) -> bool:
        """An ordinary word OCR misread: repaired to a word that differs in more than its å/ä/ö ("kornmun",
        "tlll"). A rare word the dictionary lacks is nearest a word that differs only there ("skoterkörning",
        "sköterkörning"), and two words run together may be a typo: neither is damage."""
        if not _ordinary(token) or NUMBER_DAMAGE.fullmatch(token):
            return False
        fixed = self.resolve(token)
        return fixed is not None and " " not in fixed and _fold(fixed.casefold()) != _fold(token.casefold())

    def known(self, token: str) -> bool:
        return self._accepts(token.casefold())

    def _accepts_uncached(self, word: str) -> bool:
        """The dictionary accepts the word: listed, a form simplemma knows, or a compound of two such words."""
        if vocabulary.TRIPLE.search(word):
            return False
        if word in self.words or vocabulary.lemma_known(word):
            return True
        if self._misread_word(word):
            return False  # "kornmun": "korn" + "mun" as a compound, but "kommun" with "rn" read for "m"
        for i in range(MIN_PART, len(word) - MIN_PART + 1):
            left, right = word[:i], word[i:]
            if self._part_word(right) and (self._part_word(left) or left.endswith("s") and self._part_word(left[:-1])):
                return True
        return False

    def _listed(self, word: str) -> bool:
        """The dictionary lists the word as it stands, not as a compound."""
        return word in self.words or vocabulary.lemma_known(word)

    def _word_of(self, piece: str) -> str | None:
        """The listed word a piece is, its å/ä/ö restored ("ganger" → "gånger"); None if none."""
        return self.shadow_of(piece) or (piece if self._listed(piece) else None)

    def _misread_word(self, word: str) -> bool:
        """Whether one of OCR's two-letter confusions ("rn" for "m", "cl" for "d") makes the word a common word
        of the dictionary as it stands: then that word was written, not a rare compound of two short parts."""
        for i in range(len(word) - 1):
            for alt in PAIRS.get((word[i], word[i + 1]), {}):
                if self.words.get(word[:i] + alt + word[i + 2:], 0) >= COMMON_WORD:
                    return True
        return False

    def _part_word(self, part: str) -> bool:
        """A part a compound is made of: a real word of some length and frequency ("polis", "trygghet"), not a
        rare short one ("poi" + "isen") or one that is another word without its å/ä/ö ("ars" for "års"), which
        would let OCR damage pass as a compound."""
        if len(part) < MIN_PART or part not in self.words or part in self._shadowed:
            return False
        return len(part) >= LONG_PART or self.words[part] >= SHORT_PART_ZIPF

    @property
    def _shadowed(self) -> set[str]:
        """The words that are far rarer than the word they are with å/ä/ö restored ("ars" beside "års")."""
        if self._shadowed_words is None:
            self._shadowed_words = {w for w in self.by_fold if w.isascii() and w in self.words
                                    and any(self.words.get(o, 0) - self.words[w] >= SHADOW_MARGIN
                                            for o in self.by_fold[w] if o != w)}
        return self._shadowed_words

    def _expansions(self, written: str) -> list[str]:
        """Vocabulary words one or two OCR confusions away: the sure way to find short words."""
        level = {written}
        found: set[str] = set()
        for _ in range(2):
            nxt = set()
            for w in level:
                for i, ch in enumerate(w):
                    for alt in CONFUSIONS.get(ch, {}):
                        nxt.add(w[:i] + alt + w[i + 1:])
                    for alt in PAIRS.get((ch, w[i + 1:i + 2]), {}):
                        nxt.add(w[:i] + alt + w[i + 2:])
            found |= {w for w in nxt if w in self.words}
            level = nxt
        return sorted(found)

    def _candidates(self, written: str) -> list[str]:
        cutoff = 40 if len(written) <= 2 else 50 if len(written) <= 4 else 70
        limit = 30 if len(written) <= 4 else 8
        found = process.extract(_fold(written), self.folded, scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)
        return self._expansions(written) + [w for folded, _, _ in found for w in self.by_fold[folded]]

    def _best_uncached(self, written: str) -> tuple[tuple[float, str], ...]:
        """All candidates at the lowest cost, as (cost, word); empty if none is close enough."""
        limit = MAX_COST_SHORT if len(written) <= 4 else MAX_COST
        scored = sorted((weighted_distance(written, w), w) for w in self._candidates(written))
        scored = [(c, w) for c, w in scored if c <= limit]
        if not scored and len(written) >= 8:
            scored = self._compound(written, limit)
        if not scored:
            return ()
        best = scored[0][0]
        return tuple((c, w) for c, w in scored if c == best)

    def _compound(self, written: str, limit: float) -> list[tuple[float, str]]:
        found = []
        for i in range(3, len(written) - 2):
            left, right = written[:i], written[i:]
            for lc, lw in self._part(left):
                if lc > limit:
                    continue
                for rc, rw in self._part(right):
                    if lc + rc <= limit:
                        found.append((round(lc + rc, 3), lw + rw))
        return sorted(set(found))

    def _part(self, written: str) -> list[tuple[float, str]]:
        """A compound's part as written or as the words it may be; a word that lost its å/ä/ö ("ars") is no
        part as written."""
        if written in self.words and written not in self._shadowed:
            return [(0.0, written)]
        if written.endswith("s") and written[:-1] in self.words and written[:-1] not in self._shadowed:
            return [(0.0, written)]
        stem = written[:-1] if written.endswith("s") else written
        out = [(weighted_distance(stem, w), w + ("s" if stem != written else "")) for w in self._candidates(stem)
               if w not in self._shadowed]
        return [(c, w) for c, w in out if c <= MAX_COST]

    def resolve(self, token: str, previous: str | None = None, following: str | None = None) -> str | None:
        """The vocabulary word an unknown token stands for, in the token's case; None to keep it. `previous` and
        `following` are the words around it, which decide a word that lost its å/ä/ö two ways ("ar")."""
        lower = token.casefold()
        if len(token) > MAX_WORD:  # the compound search is quadratic in the length: bounded work for any text
            return None
        if _digit_damage(token):
            return self._letters_for_digits(token)
        if self.damaged and NUMBER_DAMAGE.fullmatch(token) and sum(ch.isdigit() for ch in token) * 2 >= len(token):
            return token.translate(LETTERS_FOR_DIGITS)  # "2024/O377", "2027-12-3l": a number's O and l
        if self.damaged and token in ("l", "I") and _count_unit(following):
            return "1"  # "l ggr/mån": a one before the unit it counts
        if not _wordlike(token):
            return None  # a number, or a number written against a word ("1gång"), is never touched
        if (misread := _l_for_capital_i(token)) and lower not in self.words and self.known(misread.casefold()):
            return misread  # "poIisen": not "poiisen", which only a loose compound split would accept
        if token.isupper() and len(token) > 1 and (len(token) <= ACRONYM or not self.damaged):
            return None  # an acronym ("SSBF", "RFSL") is no damaged word; "SAMVERKANSOVERENSKOMMELSE" may be
        if len(token) < 2 or token[0].isupper() and not self.damaged and not self.known(lower):
            return None  # a name the dictionary lacks ("Knalleland") in a text whose ordinary words OCR spared
        if apart := self._run_together(token, previous, following):
            return apart
        if self.known(lower):
            restored = self.shadow_of(lower) if self.shadows else None
            if restored is None and (self.shadows or self.damaged) and previous is not None:
                restored = self._by_context(lower, previous, following)
            return _match_case(token, restored) if restored else None
        word = self._best_word(lower)
        return _match_case(token, word) if word else None

    def _best_word(self, lower: str) -> str | None:
        """The word an unknown word is nearest to; a form simplemma knows before a loose compound
        ("återrapporterar", not "äter" + "rapporterar"); None if none."""
        best = self._best(lower)
        if not best:
            return None
        ranked = sorted(best, key=lambda cw: (not self._listed(cw[1]), -self.words.get(cw[1], 0), cw[1]))
        word = ranked[0][1]
        if word == lower or not self.known(word):
            return None
        if not self.damaged and not self._listed(word):
            return None  # a clean text's rare word is no compound the repair made up ("sköterkörning")
        return word

    def _run_together(self, token: str, previous: str | None, following: str | None) -> str | None:
        """Two words OCR ran together, parted and each repaired ("gangerper" → "gånger per"), in a text that lost
        its å/ä/ö (OCR without Swedish, which misplaces spaces too); None if none. A text typed or read with
        Swedish keeps what it runs together as written ("1 gång/månadvid")."""
        apart = runon.pieces(token, self._word_of, self._listed, self.pairs) if self.shadows else None
        if apart is None:
            return None
        first = self.resolve(apart[0], previous, apart[1]) or apart[0]
        return first + " " + (self.resolve(apart[1], first, following) or apart[1])

    def _by_context(self, word: str, previous: str, following: str | None) -> str | None:
        """A word that lost its å/ä/ö and is two far more common words ("ar": "år" or "är"), decided by the
        words around it: the noun of time after a number, an ordinal, a quantifier or a preposition ("tre ar",
        "per ar", "i ar") or before a year ("ar 2025"); the verb after its subject (a pronoun, a noun in its
        definite form, a participle used as a noun: "Den ar", "Styrgruppen ar", "Ordförande ar"). Anything
        else stays as written. A word whose one far more common shadow is a verb is that verb after its subject
        ("Den bestar av" → "består")."""
        verb = self.shadow_of(word)
        if verb is not None and _subject(previous) and vocabulary.present_verb(verb):
            return verb
        options = self._shadow_options(word)
        if len(options) != 2 or not {"år", "är"} <= set(options) | {o.removesuffix("s") for o in options}:
            return None
        if "år" not in options:
            return None
        if following and re.fullmatch(r"(?:19|20)\d\d", following) or _quantity(previous.casefold()):
            return "år"
        if _subject(previous) and not (following and following[:1].isdigit()):
            return "är"
        return None

    def _shadow_options(self, word: str) -> list[str]:
        """The words far more common than `word` that it is with its å/ä/ö restored, when two are about as
        common ("ar": "är" and "år")."""
        own = self.words.get(word, 0)
        ranked = sorted((w for w in self.by_fold.get(word, []) if w != word and self.words.get(w, 0) - own
                         >= SHADOW_MARGIN), key=lambda w: -self.words.get(w, 0))
        return ranked[:2] if len(ranked) >= 2 and self.words[ranked[0]] - self.words[ranked[1]] < 1.5 else []

    def _letters_for_digits(self, token: str) -> str | None:
        """The one dictionary word the token is with its digits read as the letters OCR took them for, or, none
        being one, the word such a reading repairs to ("1okalpolisomrade" → "lokalpolisområde")."""
        options = [DIGIT_LETTERS.get(ch, ch) for ch in token.casefold()]
        read = list(map("".join, product(*options)))
        words = {w for w in read if self.known(w)}
        if not words:
            words = {best.pop() for w in read if len(best := {word for _, word in self._best(w)}) == 1}
        if not words:
            return None
        best = max(sorted(words), key=lambda w: self.words.get(w, 0))
        return _match_case("O" + token[1:] if token[0] == "0" else token, best)  # a zero is a capital O's shape

    def normalise_lines(self, lines: list[str]) -> list[tuple[str, list[tuple[str, str]]]]:
        """Each line repaired, with its repairs. A word hyphenated at a line end is repaired whole and split
        where it was ("Överenskom-" + "rnelsen"); its halves, no words of their own, are never repaired apart."""
        mended = [self._join_split_word(*self._without_column_rule(*repair_characters(line))) for line in lines]
        self._broken_at_line_end(mended)
        settled: list[dict[int, str | None]] = [{} for _ in lines]  # line → {token index: repair, None to keep}
        for i in range(len(lines) - 1):
            for index, piece, at, tail in _hyphenations(mended[i][0], mended[i + 1][0]):
                first, second = self._mend_hyphenated(piece, tail)
                settled[i][index] = first
                settled[i + 1][at] = second
        ends = [TOKEN.findall(text) or [None] for text, _ in mended]  # a sentence runs on across the line break
        return [self._repair_words(text, fixes, settled[i], ends[i - 1][-1] if i else None,
                                   ends[i + 1][0] if i + 1 < len(ends) else None)
                for i, (text, fixes) in enumerate(mended)]

    def _mend_hyphenated(self, piece: str, tail: str) -> tuple[str | None, str | None]:
        """The halves of a hyphenated word, repaired whole; a name the dictionary lacks ("Uppsala-" + "herns")
        has its last part, an ordinary word, repaired alone ("hems")."""
        whole = self.resolve(piece + tail)
        if whole is None and piece[:1].isupper() and not self.known((piece + tail).casefold()):
            return None, self.resolve(tail)
        return _split(whole, piece, tail)

    def _without_column_rule(self, line: str, fixes: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
        """A damaged text's line without the rule between two columns, read as a "|" or a capital "I" standing
        alone at its end ("Arbets- I", "Mjölby kommun, |"); a capital I ends no sentence, and a table's row has
        other bars."""
        if self.damaged and line.count("|") <= 1 and (rule := COLUMN_RULE.search(line)):
            fixes.append((rule.group(), ""))
            return line[:rule.start()], fixes
        return line, fixes

    def _join_split_word(self, line: str, fixes: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
        """Two pieces OCR parted with a space ("Styr gruppen", "samverk ansgruppen") joined, in a damaged
        text only: when the whole is a word and a piece is none, or the document writes the whole elsewhere."""
        if not self.damaged:
            return line, fixes
        words = list(PIECE.finditer(line))
        for first, second in reversed(list(pairwise(words))):  # from the end: earlier offsets stay true
            if line[first.end():second.start()] != " " or not second.group()[:1].islower() or len(second.group()) < 3:
                continue
            if self._proven_whole(first.group(), second.group()):
                fixes.append((line[first.start():second.end()], first.group() + second.group()))
                line = line[:first.end()] + line[second.start():]
        return line, fixes

    def _proven_whole(self, first: str, second: str) -> bool:
        """Two pieces are one word OCR parted: the whole is a word (also with its å/ä/ö lost: "lokalpolis omrade")
        and a piece is none, or, both pieces being words, the document writes the whole elsewhere. A piece that
        is two words run together ("tilloch med") is no part of a word."""
        whole = (first + second).casefold()
        if runon.small(first) or runon.small(second) or runon.pieces(first, self._word_of, self._listed):
            return False  # "For ordningen", "galler fran": a small word is written apart
        if all(self._listed(w) and not (self.shadows and self.shadow_of(w)) for w in (first.casefold(), second)):
            return len(first) > 2 and whole in self.written  # two words: as the text writes them
        if self._listed(whole) or len(first) <= 2 or not self.shadows:
            return self._listed(whole)
        front = self._word_of(first.casefold())
        restored = [self.shadow_of(whole), front + second if front else None]  # "falt assistenterna"
        return any(w and self._listed(w) for w in restored)

    def _broken_at_line_end(self, mended: list[tuple[str, list]]) -> None:
        """A word OCR broke at a line end without a hyphen ("samverkans" / "gruppen"), in a damaged text: the
        hyphen put back, so that the line's reader joins the word as it joins a hyphenated one."""
        if not self.damaged:
            return
        for i in range(len(mended) - 1):
            (line, fixes), following = mended[i], mended[i + 1][0]
            head, tail = LAST_WORD.search(line), CONTINUED.match(following)
            if head and tail and len(tail.group(1)) >= 3 and self._proven_whole(head.group(1), tail.group(1)):
                fixes.append((head.group(1), head.group(1) + "-"))
                mended[i] = (line.rstrip() + "-", fixes)

    def _repair_words(self, line: str, fixes: list[tuple[str, str]], settled: dict[int, str | None],
                      before: str | None = None, after: str | None = None) -> tuple[str, list[tuple[str, str]]]:
        """The line's words repaired; `before` and `after` are the words at the ends of the lines around it."""
        out: list[str] = []
        pos = 0
        previous = before
        matches = list(TOKEN.finditer(line))
        for index, match in enumerate(matches):
            token = match.group()
            out.append(line[pos:match.start()])
            if line[pos:match.start()].strip(" ,") and index:
                previous = None  # a sentence's end or a bracket between: no context
            following = matches[index + 1].group() if index + 1 < len(matches) else after
            replacement = settled[index] if index in settled else self.resolve(token, previous, following)
            if replacement is not None and replacement != token:
                fixes.append((token, replacement))
                out.append(replacement)
                previous = replacement.split()[-1]  # "gangerper" → "gånger per": "per" before the next word
            else:
                out.append(token)
                previous = token
            pos = match.end()
        out.append(line[pos:])
        return "".join(out), fixes


def repair_characters(line: str) -> tuple[str, list[tuple[str, str]]]:
    """The line with OCR's broken characters mended (ligatures, diacritics beside their letter, soft hyphens
    and "¬", an item's dash read as an em dash), and each mend as (written, meant); a line without them is
    returned as it is."""
    fixes = [(ch, ch.translate(LIGATURES)) for ch in sorted(set(line) & set(map(chr, LIGATURES)))]
    mended = line.translate(LIGATURES)
    for m in BREAK_AT_END.finditer(mended):
        fixes.append((m.group(), "-"))
    fixes += [(m.group(), "") for m in BREAK_INSIDE.finditer(BREAK_AT_END.sub("-", mended))]
    mended = BREAK_INSIDE.sub("", BREAK_AT_END.sub("-", mended))
    for m in LONG_DASH_BULLET.finditer(mended):
        fixes.append((m.group().strip(), "–"))
    mended = LONG_DASH_BULLET.sub(r"\1–", mended)
    for m in MARKED.finditer(mended):
        fixes.append((m.group(), unicodedata.normalize("NFC", m.group().translate(SPACING_MARKS))))
    mended = MARKED.sub(lambda m: unicodedata.normalize("NFC", m.group().translate(SPACING_MARKS)), mended)
    return mended, fixes


def _split(word: str | None, head: str, tail: str) -> tuple[str | None, str | None]:
    """A repaired hyphenated word cut back into the two halves it was written as: where the halves cost least."""
    if word is None:
        return None, None
    low = word.casefold()
    cut = min(range(1, len(word)), key=lambda j: (weighted_distance(head.casefold(), low[:j])
                                                  + weighted_distance(tail, low[j:]), abs(j - len(head))))
    return word[:cut], word[cut:]


# words after which a noun of quantity comes, never a verb: numbers, quantifiers, prepositions
QUANTITY_WORDS = frozenset("""ett två tre fyra fem sex sju åtta nio tio elva tolv femton tjugo några flera många
per varje vart varannat nästa förra samma innevarande halvt helt i om under efter före inom sedan från till för
med vid""".split())
ORDINAL = re.compile(r"(?:första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)$")
# words after which a verb comes: subject pronouns, a noun in its definite form, a participle used as a noun
SUBJECT_WORDS = frozenset("den det denna detta han hon vi ni de man som vilket vilken vilka där här".split())
DEFINITE = re.compile(r"[a-zåäö]{2,}(?:en|et|na|n)$|[a-zåäö]{3,}(?:ande|ende)$")


def _quantity(word: str) -> bool:
    return word.isdigit() or word in QUANTITY_WORDS or bool(ORDINAL.search(word))


def _subject(word: str) -> bool:
    """A word a verb follows: a subject pronoun, a noun in its definite form or a participle used as a noun,
    or a capitalised word (a name, or the noun that opens the sentence: "Skolforum ar")."""
    low = word.casefold()
    return low in SUBJECT_WORDS or bool(DEFINITE.fullmatch(low)) or word[:1].isupper() and len(word) > 2


def _ordinary(token: str) -> bool:
    """A lower-case word, or one whose only capitals are an I OCR read for l."""
    return token.islower() or INNER_I.sub(lambda m: "l" * len(m.group()), token).islower()


def _l_for_capital_i(token: str) -> str | None:
    if not INNER_I.search(token):
        return None
    misread = INNER_I.sub(lambda m: "l" * len(m.group()), token)
    return misread if misread.islower() else None


def _digit_damage(token: str) -> bool:
    """Letters with a digit OCR reads for a letter inside or at the end ("ti11", "f0rum"), never a number,
    a code ("KS2023", "A015") or a number written against a word ("1gång")."""
    if token[:1] in "10" and len(token) >= 4 and token[1:].isalpha() and token[1:].islower():
        rest, words = token[1:], vocabulary.dictionary()  # "1okalpolis": an l read as a one, not "1gång"; "1eds"
        return not _plain_word(rest) or max(words.get(c + rest, 0) for c in DIGIT_LETTERS[token[0]]) \
            >= words.get(rest, 0) + 0.5  # reads "leds", more common than "eds"
    if not token[:1].isalpha() or not any(ch.isdigit() for ch in token):
        return False
    letters = sum(ch.isalpha() for ch in token)
    digits = len(token) - letters
    return (letters >= 2 and letters >= digits and token[1:].casefold() == token[1:]
            and all(ch in DIGIT_LETTERS for ch in token if ch.isdigit()))


def _column_hyphenated(line: str) -> tuple[int, str] | None:
    """(where it starts, the word) of the first column's last word when it ends in a hyphen before a gutter."""
    found = FIRST_COLUMN_HYPHENATED.match(line)
    if found is None:
        return None
    word = found.group(1).rpartition(" ")[2]
    if not WORD_OR_DIGITS.fullmatch(word) or not TWO_LETTERS.search(word):
        return None
    return found.end(1) - len(word), word


def _hyphenations(line: str, following: str) -> list[tuple[int, str, int, str]]:
    """(token index, piece, index of the token it goes on with in the next line, that token) of each word the
    line breaks with a hyphen: at its end, or in its first column before a gutter, as a page in two columns or a
    table's first cell does ("… samman-      av denna …" over "kallar och …      …"): that column goes on at the
    next line's start."""
    out: list[tuple[int, str, int, str]] = []
    tail = CONTINUED.match(following)
    column = _column_hyphenated(line)
    if column and tail:
        out.append((len(TOKEN.findall(line[:column[0]])), column[1], 0, tail.group(1)))
    head = HYPHENATED.search(line)
    if head is None:
        return out
    below = _below(line, following, head) or _in_same_column(line, following, head)
    if below is not None:
        out.append((len(TOKEN.findall(line)) - 1, head.group(1), below[0], below[1].group(1)))
    elif tail and not GUTTER.search(line[:head.start(1)]):
        out.append((len(TOKEN.findall(line)) - 1, head.group(1), 0, tail.group(1)))
    return out


def _in_same_column(line: str, following: str, head: re.Match) -> tuple[int, re.Match] | None:
    """Where the last column of a line in columns goes on: the next line's token that starts where that column
    starts ("… Kom-      … gäller från 1 ja-" over "munpolisen deltar.      nuari 2026 …")."""
    gutters = list(GUTTER.finditer(line[:head.start(1)]))
    if not gutters:
        return None
    start = gutters[-1].end()
    for k, token in enumerate(TOKEN.finditer(following)):
        if abs(token.start() - start) <= 3 and re.match(r"\s", following[token.start() - 1:token.start()] or " "):
            return (k, m) if (m := CONTINUED.match(following, token.start())) else None
    return None


def _below(line: str, following: str, head: re.Match | None) -> tuple[int, re.Match] | None:
    """Where a word hyphenated at the end of a table's last cell goes on: the token under it in the next line
    ("…  Bered-" over "  kornmunpolis      ningsgruppen"), with its index, when that is not the line's first."""
    if head is None or not re.search(r"\s{2,}$", line[:head.start(1)]):
        return None
    tokens = list(TOKEN.finditer(following))
    for k, token in enumerate(tokens):
        if k and abs(token.start() - head.start(1)) <= 3 and token.group()[:1].islower():
            return k, CONTINUED.match(following, token.start())
    return None


def _wordlike(token: str) -> bool:
    """Letters, or letters with a digit OCR may have read for one ("6vergripande"), but no number."""
    letters = sum(ch.isalpha() for ch in token)
    if letters < 2:
        return False
    if not any(ch.isdigit() for ch in token):
        return True
    rest = token.lstrip("0123456789")
    return rest != token and len(rest) > 2 and not any(ch.isdigit() for ch in rest) and not _plain_word(rest)


def _plain_word(word: str) -> bool:
    return word.casefold() in vocabulary.dictionary() or vocabulary.lemma_known(word.casefold())


def _match_case(token: str, word: str) -> str:
    if token.isupper() and len(token) > 1:
        return word.upper()
    if token[0].isupper():
        return word[0].upper() + word[1:]
    return word
