"""Indicator lexicon at run time: jieba with the lexicon as its user dictionary, and alias -> code.

Why jieba: an indicator is a run of words (`规模以上工业增加值`), and trimming the verbs around it
(`全年`, `完成`, `增长`) must cut between words, never inside one; loading every lexicon name as a
user word keeps `城镇新增就业` whole while `新增停车位` loses its `新增`.
"""

from __future__ import annotations

import io
import logging
import re
from functools import lru_cache
from math import log

import jieba
from jieba import re_eng as _RE_ENG
from jieba import re_han_default as _RE_HAN
from jieba import re_skip_default as _RE_SKIP

from patterns.figures import (
    ADVERBS,
    COMPOUND_NOUNS,
    COUNT_NOUNS,
    COUNT_VERBS,
    COUNT_VERBS_UNTAGGED,
    FOREIGN_SCOPE_REGIONS,
    INNER_DROP_WORDS,
    LEAD_WORDS,
    LIST_ENUMERATOR,
    NOUN_TAGS,
    TAIL_WORDS,
    VERB_ONLY,
)
from patterns.indicators import CODE_TAILS, INDICATORS

jieba.setLogLevel(logging.WARNING)

# Scope words that may stand before an indicator name without changing it (`全市生产总值`).
# (the one-character ones: `市生产总值` in 上海's reports, `省生产总值`)
SCOPE_PREFIXES = (
    "全区",
    "全市",
    "全县",
    "全省",
    "全国",
    "全州",
    "全盟",
    "全旗",
    "全年",
    "我区",
    "我市",
    "我县",
    "我省",
    "全社会",
    "本市",
    "本省",
    "本区",
    "本县",
    "市",
    "省",
    "区",
    "县",
    "州",
)


def _aliases() -> dict[str, str]:
    table: dict[str, str] = {}
    for entry in INDICATORS:
        for name in [entry["name"], *entry.get("aliases", [])]:
            table.setdefault(name, entry["code"])
    return table


ALIASES: dict[str, str] = _aliases()


def user_dictionary() -> str:
    """The lexicon (and the trimming vocabularies) as jieba user-dictionary lines: `word freq`."""
    words = sorted(
        set(ALIASES)
        | set(LEAD_WORDS)
        | set(TAIL_WORDS)
        | set(VERB_ONLY)
        | set(COUNT_VERBS_UNTAGGED)
        | set(INNER_DROP_WORDS)
        | set(COMPOUND_NOUNS),
        key=lambda w: (-len(w), w),
    )
    return "\n".join(f"{w} {200000 if w in ALIASES else 20000}" for w in words if " " not in w)


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    tk = jieba.Tokenizer()
    tk.load_userdict(io.StringIO(user_dictionary()))
    return tk


def tokenize(phrase: str) -> list[str]:
    return list(_tokens(phrase)) if phrase else []


@lru_cache(maxsize=1 << 16)
def _tokens(phrase: str) -> tuple[str, ...]:
    """Why cached: the same short phrases (`地区生产总值增长`) come back in every report, and a
    phrase is often tokenised twice while its indicator is trimmed."""
    return tuple(cut_no_hmm(tokenizer(), phrase))


def cut_no_hmm(tk: jieba.Tokenizer, sentence: str) -> list[str]:
    """`tk.lcut(sentence, HMM=False)`, word for word, in about half the time.

    Why our own: tokenising is the largest single cost of a run. This is jieba 0.42's own algorithm
    (split into runs of Han characters, letters and digits; in each, the most probable path through
    the dictionary's words, ties to the longer word; lone letters and digits joined) with the same
    arithmetic, so the same floats and the same words; without its generators, its DAG dict and its
    tuples, and with each word's log probability taken once (`_log_probabilities`), not per use.
    `tests/test_indicators.py` holds it to `lcut` on corpus text."""
    logp, logtotal = _log_probabilities(tk)
    out: list[str] = []
    for blk in _RE_HAN.split(sentence):
        if not blk:
            continue
        if _RE_HAN.match(blk):
            _cut_block(blk, logp, tk.FREQ, logtotal, out)
        else:
            for x in _RE_SKIP.split(blk):
                if _RE_SKIP.match(x):
                    out.append(x)
                else:
                    out.extend(x)
    return out


@lru_cache(maxsize=2)
def _log_probabilities(tk: jieba.Tokenizer) -> tuple[dict[str, float | None], float]:
    """Every key of jieba's frequency table with `log(freq) - log(total)`, None for the prefixes it
    holds with count 0 (jieba's arithmetic, each value computed as `_cut_block` used to: the same
    floats). Built once per process (about 0.3 s, 24 MB; `run._warm` builds it before the first
    document): `_cut_block` looks each word up once instead of testing, reading and taking its log."""
    tk.check_initialized()
    logtotal = log(tk.total)
    return {w: (log(f) - logtotal if f else None) for w, f in tk.FREQ.items()}, logtotal


# What jieba's `re_eng` ([a-zA-Z0-9]) matches, as a set: a one-character word is tested by lookup.
_ENG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
assert all(_RE_ENG.match(ch) for ch in _ENG_CHARS) and _RE_ENG.pattern == "[a-zA-Z0-9]"


def _cut_block(s: str, logp: dict[str, float | None], freq: dict[str, int], logtotal: float, out: list[str]) -> None:
    n = len(s)
    score = [0.0] * (n + 1)  # the best path's log probability from each position (jieba's `route`)
    end = list(range(n + 1))  # where the first word of that path ends (inclusive)
    for k in range(n - 1, -1, -1):
        best: float | None = None
        i, frag = k, s[k]
        while frag in logp:  # the dictionary words starting at k (prefixes have count 0: None)
            lp = logp[frag]
            if lp is not None:
                v = lp + score[i + 1]
                if best is None or v >= best:  # a tie goes to the longer word, as max() over (v, i)
                    best, end[k] = v, i
            i += 1
            if i >= n:
                break
            frag = s[k : i + 1]
        if best is None:  # no word: the character alone
            best, end[k] = log(freq.get(s[k]) or 1) - logtotal + score[k + 1], k
        score[k] = best
    x, buf = 0, ""
    while x < n:
        y = end[x] + 1
        word = s[x:y]
        if len(word) == 1 and word in _ENG_CHARS:
            buf += word
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(word)
        x = y
    if buf:
        out.append(buf)


@lru_cache(maxsize=1)
def _tag_table() -> dict[str, str]:
    """jieba's part-of-speech tag of each word of its dictionary (loaded once, ~350k words).

    Read straight from jieba's `dict.txt` (`word freq tag` per line): importing `jieba.posseg` builds
    the same table line by line and costs about a second in every worker; this takes a tenth."""
    import os

    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        fields = iter(f.read().split())
    # Only what `is_noun`/`tag_of` need: a word of two or more characters missing here reads as a noun
    # anyway, so the 275k noun entries are left out (a quarter of the memory, the same answers).
    return {
        word: tag for word, _freq, tag in zip(fields, fields, fields) if len(word) == 1 or not tag.startswith(NOUN_TAGS)
    }


_COUNT_NOUNS = frozenset(COUNT_NOUNS) | frozenset(COMPOUND_NOUNS)
# Words that never name what is counted, whatever jieba's tag says (`整治` n, `新开通` nz, `依法` n):
# the verbs and lead words the trimming tables already list, and adverbs.
_COUNT_VERBS = frozenset(COUNT_VERBS) | frozenset(VERB_ONLY) | frozenset(LEAD_WORDS) | frozenset(ADVERBS)


def is_noun(word: str) -> bool:
    """Whether a token names a thing: a lexicon name, a word jieba tags as a noun, or a quoted name.

    Why not the tag alone: reports use some verbs as nouns (`城镇新增就业`) and some nouns as
    verbs (`谋划189个项目`); `patterns/figures.py` lists those."""
    if word in _COUNT_VERBS:
        return False
    if word in ALIASES or word in _COUNT_NOUNS or word[:1] in '“"《':
        return True
    tag = _tag_table().get(word)
    if tag is None:
        return len(word) > 1 and not word.isdigit()
    return tag.startswith(NOUN_TAGS)


def tag_of(word: str) -> str | None:
    """jieba's part-of-speech tag as corrected by our tables; None for a word it does not know and for
    the nouns of two or more characters (see `_tag_table`), which callers treat alike."""
    if word in _COUNT_VERBS:
        return "v"
    if word in ALIASES or word in _COUNT_NOUNS:
        return "n"
    return _tag_table().get(word)


_LATIN_ABBREVIATION = re.compile(r"[（(][A-Za-z][A-Za-z0-9.]*[)）]")
_QUALIFIERS = frozenset(TAIL_WORDS) | frozenset(CODE_TAILS)


# The last two characters of every lexicon name. `_lookup` finds a code only for a key that ends
# with a name (the name itself, a scope or a list number or a region before it), so a key whose
# last two characters end no name is not looked up at all: most prefixes tried below (a hot path).
_ALIAS_ENDINGS = frozenset(a[-2:] for a in ALIASES)
assert all(len(a) >= 2 for a in ALIASES), "a one-character name: _ALIAS_ENDINGS needs its last character"


@lru_cache(maxsize=1 << 16)
def indicator_code(indicator: str) -> str | None:
    """Canonical code of an indicator as written, or None when the lexicon does not know it.

    A known name followed only by qualifiers (`粮食产量首次跃上`, `居民消费价格涨幅`) keeps its code:
    trimming around the number is by words and can leave such a tail; anything else after the
    name (`占比`, `人均`) makes another quantity and gets no code."""
    key = _LATIN_ABBREVIATION.sub("", "".join(indicator.split())).strip('“”"')  # 地区生产总值（GDP）
    code = _lookup(key) if key[-2:] in _ALIAS_ENDINGS else None
    if code:
        return code
    for n in range(len(key) - 1, 1, -1):
        if key[n - 2 : n] not in _ALIAS_ENDINGS:
            continue  # (`_lookup` finds nothing there: see _ALIAS_ENDINGS)
        code = _lookup(key[:n])
        if code:
            tail = tokenize(key[n:])
            return code if tail and all(t in _QUALIFIERS for t in tail) else None
    return None


# The scope prefixes by length, each with its place in SCOPE_PREFIXES: a key's prefixes are looked
# up in these instead of trying every prefix in turn (a hot path); the first in the tuple still wins.
_SCOPE_PREFIX_ORDER = {p: i for i, p in reversed(list(enumerate(SCOPE_PREFIXES)))}
_SCOPE_PREFIX_LENGTHS = tuple(sorted({len(p) for p in SCOPE_PREFIXES}))


@lru_cache(maxsize=1 << 17)
def _lookup(key: str) -> str | None:
    if key in ALIASES:
        return ALIASES[key]
    best: tuple[int, str] | None = None
    for n in _SCOPE_PREFIX_LENGTHS:
        order = _SCOPE_PREFIX_ORDER.get(key[:n]) if len(key) >= n else None
        if order is not None and key[n:] in ALIASES and (best is None or order < best[0]):
            best = (order, key[n:])
    if best:
        return ALIASES[best[1]]
    # a list item's number (`（1）生产总值`) or the region's own name (`西藏生产总值`, `北京市生产总值`)
    m = _ENUMERATOR.match(key) or _REGION_NAME.match(key)
    if m and m.end() < len(key):
        return _lookup(key[m.end() :])
    return None


def _region_name_pattern() -> re.Pattern:
    """Province names (full and short) and prefecture names of the gazetteer, longest first."""
    from patterns.regions import PREFECTURES, PROVINCES

    names = set(PROVINCES) | set(PROVINCES.values())
    for cities in PREFECTURES.values():
        names |= set(cities.split())
    names -= set(FOREIGN_SCOPE_REGIONS)
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


_ENUMERATOR = re.compile(LIST_ENUMERATOR)
_REGION_NAME = _region_name_pattern()
