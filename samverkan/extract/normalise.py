"""OCR repair: words outside the known vocabulary are matched to it by fuzzy matching.

Candidates come from rapidfuzz; the choice among them is a weighted edit distance in which the confusions
OCR makes with Swedish letters (å/ä/ö read as a, o, d, é, 6, &, §) are cheap and every other edit is dear,
so that names and correct words outside the vocabulary stay as they are. Swedish compounds are matched as
two known words ("sdkerhetsfragor" → "säkerhets" + "frågor"). Each repair is returned beside the original.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from samverkan.extract import vocabulary

TOKEN = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ&§{]+")
# written letter → letters it may stand for, with the cost of reading it so
CONFUSIONS: dict[str, dict[str, float]] = {
    "a": {"å": 0.2, "ä": 0.2},
    "o": {"ö": 0.2},
    "e": {"é": 0.3},
    "6": {"ö": 0.2},
    "§": {"ö": 0.25},
    "&": {"ä": 0.2, "å": 0.2},
    "é": {"ö": 0.3, "å": 0.3, "ä": 0.3},
    "d": {"ä": 0.3, "å": 0.3, "ö": 0.3},
    "i": {"ä": 0.3, "å": 0.3},
    "{": {"f": 0.3},
    "1": {"i": 0.3, "l": 0.3},
    "0": {"o": 0.3, "ö": 0.3},
}
# two written letters read as one
PAIRS = {
    ("d", "a"): {"ä": 0.3}, ("i", "d"): {"ä": 0.3}, ("i", "a"): {"ä": 0.3},
    ("é", "a"): {"å": 0.3}, ("a", "i"): {"å": 0.3},
}
DROPPED = {"å": 0.4, "ä": 0.4, "ö": 0.4}  # a letter OCR lost altogether
MAX_COST_SHORT = 0.3  # words of up to four letters: one cheap confusion at most
MAX_COST = 0.65
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
        self.words, self.pairs = vocabulary.load(extra_texts)
        self.by_fold: dict[str, list[str]] = {}
        for word in self.words:
            self.by_fold.setdefault(_fold(word), []).append(word)
        self.folded = list(self.by_fold)
        self._best = lru_cache(maxsize=None)(self._best_uncached)

    def known(self, token: str) -> bool:
        return token.casefold() in self.words

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
        if written in self.words:
            return [(0.0, written)]
        if written.endswith("s") and written[:-1] in self.words:
            return [(0.0, written)]
        stem = written[:-1] if written.endswith("s") else written
        out = [(weighted_distance(stem, w), w + ("s" if stem != written else "")) for w in self._candidates(stem)]
        return [(c, w) for c, w in out if c <= MAX_COST]

    def resolve(self, token: str, previous: str | None = None) -> str | None:
        """The vocabulary word an unknown token stands for, in the token's case; None to keep it."""
        lower = token.casefold()
        if len(token) > MAX_WORD:  # the compound search is quadratic in the length: bounded work for any text
            return None
        if lower in self.words or token.isdigit() and token != "1":
            return None
        if token == "1":
            return None  # handled in context by normalise_line
        if not any(ch.isalpha() for ch in token):
            return None
        best = self._best(lower)
        if not best:
            return None
        if len(best) > 1:
            ranked = sorted(best, key=lambda cw: (-self.pairs.get((previous or "", cw[1]), 0),
                                                 -self.words.get(cw[1], 0), cw[1]))
            word = ranked[0][1]
        else:
            word = best[0][1]
        if word == lower:
            return None
        return _match_case(token, word)

    def normalise_line(self, line: str) -> tuple[str, list[tuple[str, str]]]:
        out: list[str] = []
        fixes: list[tuple[str, str]] = []
        pos = 0
        previous: str | None = None
        tokens = list(TOKEN.finditer(line))
        for k, match in enumerate(tokens):
            token = match.group()
            out.append(line[pos:match.start()])
            replacement = None
            if token == "1":
                replacement = self._lone_one(line, match, tokens, k)
            elif not token.isdigit():
                replacement = self.resolve(token, previous)
            if replacement is not None and replacement != token:
                fixes.append((token, replacement))
                out.append(replacement)
                previous = replacement.casefold()
            else:
                out.append(token)
                previous = token.casefold()
            pos = match.end()
        out.append(line[pos:])
        return "".join(out), fixes

    def _lone_one(self, line: str, match, tokens, k) -> str | None:
        """A '1' between two words ("polis 1 Stockholms stad") is the preposition 'i'."""
        if k == 0 or k + 1 >= len(tokens):
            return None
        before, after = tokens[k - 1], tokens[k + 1]
        if line[before.end():match.start()] != " " or line[match.end():after.start()] != " ":
            return None
        if not before.group()[-1].isalpha() or not after.group()[0].isalpha():
            return None
        if after.group().casefold() in {"gång", "gånger", "tillfälle", "år", "månad", "st", "av"}:
            return None
        return "i"


def _match_case(token: str, word: str) -> str:
    if token.isupper() and len(token) > 1:
        return word.upper()
    if token[0].isupper() or token[0] in "6§&" and False:
        return word[0].upper() + word[1:]
    return word
