"""Document metadata reader.

``read_metadata(raw, source)`` reads the title, document type, region and level,
delivery date, speaker and the years reported on / planned for from the head
(``HEAD_CHARS``) and tail (``TAIL_CHARS``) of one document, falling back on the
corpus path (``政府工作报告-省自治区/河南省/2021.md``) where the text is silent.

It is a pure function: no I/O, no global state.  All vocabularies live in
``patterns.metadata`` and ``patterns.regions``.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

from patterns import metadata as P
from patterns import regions as R
from pipeline.document import Meta
from pipeline.numbers import YEAR_DIGITS, parse_chinese_int
from pipeline.periods import plan_span

__all__ = ["read_metadata"]


# ---------------------------------------------------------------------------
# Gazetteer indexes (built once at import)
# ---------------------------------------------------------------------------

_PROVINCE_FULL = sorted(R.PROVINCES, key=len, reverse=True)
_PROVINCE_BY_SHORT = {short: full for full, short in R.PROVINCES.items()}
# informal full forms: 新疆自治区, 广西自治区, 宁夏自治区
_PROVINCE_ALIASES = {}
for _full, _short in R.PROVINCES.items():
    if _full.endswith("自治区"):
        _PROVINCE_ALIASES[_short + "自治区"] = _full
    elif _full.endswith("省"):
        _PROVINCE_ALIASES.setdefault(_short + "省", _full)
_PROVINCE_ALIASES = {k: v for k, v in _PROVINCE_ALIASES.items() if k != v}
_PROVINCE_ALIAS_KEYS = sorted(_PROVINCE_ALIASES, key=len, reverse=True)
_PREFECTURE_PROVINCE = {name: prov for prov, names in R.PREFECTURES.items() for name in names.split()}
_PREFECTURE_FULL = sorted(_PREFECTURE_PROVINCE, key=len, reverse=True)


def _prefecture_short(name: str) -> str:
    if name in R.ETHNIC_PREFECTURE_SHORT:
        return R.ETHNIC_PREFECTURE_SHORT[name]
    for suffix in R.PREFECTURE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


_PREFECTURE_BY_SHORT: dict[str, str] = {}
for _name in _PREFECTURE_FULL:
    _short = _prefecture_short(_name)
    # a short form that is also a province's short form (吉林) stays ambiguous
    if _short != _name and _short not in _PROVINCE_BY_SHORT:
        _PREFECTURE_BY_SHORT.setdefault(_short, _name)
    if _name.endswith("自治州"):
        # 伊犁哈萨克自治州 → 伊犁州; 海南藏族自治州 → 海南州
        _cut = min((i for i in (_name.find(n) for n in R.NATIONALITIES) if i > 0), default=-1)
        if _cut > 0:
            _PREFECTURE_BY_SHORT.setdefault(_name[:_cut] + "州", _name)
            if _name[:_cut] not in _PROVINCE_BY_SHORT:
                _PREFECTURE_BY_SHORT.setdefault(_name[:_cut], _name)
    elif _name.endswith("地区"):
        _PREFECTURE_BY_SHORT.setdefault(_name[:-2] + "行署", _name)

# One alternation of every prefecture and municipality name, to find the city
# most mentioned in a text (longest names first so 海南藏族自治州 beats nothing shorter).
_CITY_MENTION_RE = re.compile(
    "|".join(re.escape(n) for n in sorted(list(_PREFECTURE_FULL) + list(R.MUNICIPALITIES), key=len, reverse=True))
)


# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------


def _cn_int(s: str) -> int | None:
    """一 → 1, 十二 → 12, 二十六 → 26, 三十一 → 31."""
    return parse_chinese_int(s) if s else None


def _cn_year_sub(m: re.Match) -> str:
    return "".join(str(YEAR_DIGITS.get(c, 0)) for c in m.group(1))


def _cn_md_sub(m: re.Match) -> str:
    v = _cn_int(m.group(1))
    return str(v) if v is not None else m.group(1)


def _normalise(s: str) -> str:
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = P.INVISIBLE_RE.sub("", s)
    s = P.OTHER_SPACE_RE.sub(" ", s)
    s = s.translate(P.FULLWIDTH_TABLE)
    s = P.HTML_COMMENT_MARK_RE.sub(" ", s)
    s = P.HTML_TAG_RE.sub(" ", s)
    s = P.FOOTNOTE_REF_RE.sub("", s)
    s = P.MARKDOWN_LINE_PREFIX_RE.sub("", s)
    s = P.MARKDOWN_EMPHASIS_RE.sub("", s)
    s = P.CN_YEAR_RE.sub(_cn_year_sub, s)
    s = P.DATE_INNER_SPACE_RE.sub("", s)
    s = P.CN_MONTH_DAY_RE.sub(_cn_md_sub, s)
    s = P.DATE_INNER_SPACE_RE.sub("", s)
    return s


def _compact(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _valid_year(y: int | None) -> bool:
    return y is not None and P.MIN_YEAR <= y <= P.MAX_YEAR


def _make_date(y, m, d) -> _dt.date | None:
    try:
        y, m, d = int(y), int(m), int(d)
        if not _valid_year(y):
            return None
        return _dt.date(y, m, d)
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------------------
# Path
# ---------------------------------------------------------------------------


def _read_path(source: str) -> dict:
    """Region, level, kind and year that a corpus path implies."""
    out: dict[str, Any] = {"region": None, "level": None, "kind": None, "year": None}
    if not source:
        return out
    parts = [p for p in re.split(r"[\\/]+", str(source)) if p]
    if not parts:
        return out
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", parts[-1])
    ym = P.PATH_YEAR_RE.match(stem)
    year = int(ym.group("y")) if ym else None
    for i, part in enumerate(parts[:-1]):
        m = P.CORPUS_WORK_REPORT_DIR_RE.match(part)
        if m:
            kind = m.group("kind")
            out["kind"] = "work_report"
            out["year"] = year
            if kind in P.CORPUS_NATIONAL_KINDS:
                out["region"], out["level"] = P.NATIONAL_REGION, "national"
            elif i + 1 < len(parts) - 1:
                name = parts[i + 1]
                parsed = _parse_region(name)
                if parsed:
                    out["region"], out["level"] = parsed
                else:
                    out["region"], out["level"] = name, "unknown"
            return out
        if part == P.CORPUS_FIVE_YEAR_PLAN_DIR:
            out.update(kind="five_year_plan", year=year, region=P.NATIONAL_REGION, level="national")
            return out
        if part == P.CORPUS_STATISTICS_DIR:
            out.update(kind="statistics", year=year, region=P.NATIONAL_REGION, level="national")
            return out
    return out


# ---------------------------------------------------------------------------
# Region
# ---------------------------------------------------------------------------


def _split_region(s: str):
    """Split ``洛阳市偃师区`` into (province, prefecture, county); None if ``s`` is not
    entirely a place name."""
    if not s or s in P.GENERIC_REGION_WORDS:
        return None
    prov = city = county = None
    rest = s
    for full in _PROVINCE_FULL:
        if rest.startswith(full):
            prov, rest = full, rest[len(full) :]
            break
    else:
        if rest in _PROVINCE_BY_SHORT:
            return _PROVINCE_BY_SHORT[rest], None, None
        for alias in _PROVINCE_ALIAS_KEYS:
            if rest.startswith(alias):
                prov, rest = _PROVINCE_ALIASES[alias], rest[len(alias) :]
                break
    if rest:
        for full in _PREFECTURE_FULL:
            if rest.startswith(full):
                city, rest = full, rest[len(full) :]
                break
        else:
            if rest in _PREFECTURE_BY_SHORT:
                city, rest = _PREFECTURE_BY_SHORT[rest], ""
    if rest:
        if rest in P.GENERIC_REGION_WORDS:
            return None
        if P.COUNTY_NAME_RE.match(rest):
            county, rest = rest, ""
        elif not city and not prov and rest.endswith(P.PREFECTURE_LEVEL_SUFFIXES) and len(rest) <= 12:
            city, rest = rest, ""  # a prefecture missing from the gazetteer
        else:
            return None
    if not (prov or city or county):
        return None
    return prov, city, county


def _level_of(prov, city, county) -> str:
    if county:
        for suf in ("自治县", "自治旗", "县", "旗"):
            if county.endswith(suf):
                return "county"
        if county.endswith("市"):
            return "county" if (city or prov) else "city"
        return "district"
    if city:
        return "city"
    if prov:
        return "province"
    return "unknown"


def _region_name(prov, city, county) -> str:
    if county:
        if city:
            return city + county
        if prov in R.MUNICIPALITIES:
            return prov + county
        return county
    if city:
        return city
    return prov


def _parse_region(s: str):
    """(region, level) for a place phrase, or None."""
    parts = _split_region(s)
    if not parts:
        return None
    return _region_name(*parts), _level_of(*parts)


def _clean_anchor(r: str) -> str:
    r = P.REGION_LEADING_JUNK_RE.sub("", r)
    return r


_KNOWN_NAME_RE = re.compile(
    "|".join(re.escape(n) for n in sorted(set(_PROVINCE_FULL) | set(_PREFECTURE_FULL), key=len, reverse=True))
)


def _parse_phrase(phrase: str):
    """(prov, city, county) for an anchored phrase: the phrase itself, or else its
    tail from the first gazetteer name it contains (``日沈阳市`` → ``沈阳市``)."""
    parts = _split_region(phrase)
    if parts is not None and parts[1] is None and parts[0] is None:
        # a bare county-level name; prefer a known name inside it, if any
        km = _KNOWN_NAME_RE.search(phrase, 1)
        if km:
            alt = _split_region(phrase[km.start() :])
            if alt:
                return alt
        return parts
    if parts is None:
        for km in _KNOWN_NAME_RE.finditer(phrase, 1):
            alt = _split_region(phrase[km.start() :])
            if alt:
                return alt
    return parts


def _region_candidates(zone: str):
    """(rank, (prov, city, county)) from the anchored phrases of ``zone``, ranked by
    anchor strength."""
    out = []
    for rank, rx in enumerate(P.REGION_ANCHOR_RES):
        for m in rx.finditer(zone):
            parts = _parse_phrase(_clean_anchor(m.group("r")))
            if parts:
                out.append((rank, parts))
    return out


def _most_mentioned_city(text: str, province: str | None = None) -> str | None:
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in _CITY_MENTION_RE.finditer(text):
        name = m.group(0)
        if province and name in _PREFECTURE_PROVINCE and _PREFECTURE_PROVINCE[name] != province:
            continue
        counts[name] = counts.get(name, 0) + 1
        first.setdefault(name, m.start())
    if not counts:
        return None
    return max(counts, key=lambda n: (counts[n], -first[n]))


def _resolve_region(zone: str, text: str, path_region: str | None = None, path_level: str | None = None):
    """(region, level, anchor rank) from the document text, or (None, None, None).

    The strongest anchor wins (the congress the report is delivered to, then the
    issuing government, …); when the anchors disagree and one of them names the
    region the corpus path gives, that one wins."""
    cands = _region_candidates(zone)
    if not cands:
        return None, None, None
    cands.sort(key=lambda c: c[0])  # stable: by anchor strength, then position
    prov, city, county = cands[0][1]
    if path_region:
        for _, parts in cands:
            if _region_name(*parts) == path_region:
                prov, city, county = parts
                break
    if county and not city and prov not in R.MUNICIPALITIES:
        # the same district named with its city elsewhere (洛阳市偃师区人民政府)
        for _, (p2, c2, k2) in cands:
            if k2 == county and c2:
                city = c2
                prov = prov or p2
                break
        else:
            if path_level == "city" and path_region and path_region in _PREFECTURE_PROVINCE:
                city = path_region
            elif path_level == "province" and path_region in R.MUNICIPALITIES:
                prov = path_region
            else:
                found = _most_mentioned_city(text, prov)
                if found in R.MUNICIPALITIES:
                    prov = found
                elif found:
                    city = found
    return _region_name(prov, city, county), _level_of(prov, city, county), cands[0][0]


def _self_named_region(raw: str):
    """(region, level) of a report whose government names itself only as 省/市人民政府: the
    province (or city) the whole text mentions most often; (None, None) when it says neither."""
    m = P.SELF_GOVERNMENT_RE.search(_normalise(raw[: P.HEAD_CHARS]))
    if not m:
        return None, None
    text = _normalise(raw)
    if m.group("body") == "市":
        city = _most_mentioned_city(text)
        if city is None:
            return None, None
        return city, ("province" if city in R.MUNICIPALITIES else "city")
    counts = {full: text.count(short) for full, short in R.PROVINCES.items() if full not in P.NOT_SPEAKER_PROVINCES}
    best = max(counts, key=lambda n: (counts[n], -text.find(R.PROVINCES[n])))
    if counts[best] < 2:
        return None, None
    return best, "province"


def _url_date(head_raw: str) -> _dt.date | None:
    fm = P.FRONT_MATTER_RE.match(head_raw.replace("\r\n", "\n"))
    sm = fm and P.FRONT_MATTER_SOURCE_RE.search(fm.group("body"))
    if not sm:
        return None
    for dm in P.URL_DATE_RE.finditer(sm.group("url")):
        d = _make_date(dm.group("y"), dm.group("m"), dm.group("d"))
        if d is not None:
            return d
    return None


# ---------------------------------------------------------------------------
# Speaker
# ---------------------------------------------------------------------------


def _clean_name(name: str) -> str | None:
    name = re.sub(r"[ \t\u3000]+", "", name or "")
    name = name.replace("•", "·").replace("．", "·")
    if len(name) < 2 or P.NOT_A_NAME_RE.search(name):
        return None
    return name


_TITLE_END_RE = re.compile("(?:" + "|".join(P.SPEAKER_TITLE_WORDS) + ")$")


def _clean_title(title: str) -> str | None:
    """Spaces inside a title go (``兰州市人民政府 代市长`` → ``兰州市人民政府代市长``),
    except between two complete titles (``甘肃省政协副主席 兰州市市长``)."""
    chunks = [c for c in re.split(r"[ \t\u3000]+", (title or "").strip("、 ")) if c]
    out = ""
    for c in chunks:
        out += (" " if out and _TITLE_END_RE.search(out) else "") + c
    if not out or P.NOT_A_TITLE_RE.search(out):
        return None
    return out


def _is_title_word(name: str) -> bool:
    return any(name.endswith(w) for w in P.SPEAKER_TITLE_WORDS)


def _find_speaker(byline_lines: list[str], zone: str, loose: bool = True):
    """(speaker, speaker_title) from the byline block, then from running text.
    ``loose`` allows a bare name without a title (reports only)."""
    segments = []
    for line in byline_lines:
        for seg in P.BYLINE_SPLIT_RE.split(line):
            seg = P.TITLE_INNER_SPACE_RE.sub("", seg.strip(" \t\u3000，,。"))
            seg = P.BYLINE_TRAILER_RE.sub("", seg).strip()
            if seg and len(seg) <= 60:
                segments.append(seg)
    # 1. <title> <name> on a byline line
    for seg in segments:
        for rx in (P.BYLINE_SPACED_RE, P.BYLINE_RE):
            m = rx.match(seg)
            if m:
                name = _clean_name(m.group("name"))
                title = _clean_title(m.group("title"))
                if name and title and not _is_title_word(name):
                    return name, title
    # 2. running text: 省长尹弘在…, 龚正市长在…, 市长马宇骏代表市政府…
    for rx in (P.SPEAKER_IN_TEXT_RE, P.BYLINE_NAME_FIRST_RE):
        for m in rx.finditer(zone):
            name = _clean_name(m.group("name"))
            title = _clean_title(m.group("title"))
            if name and title and not _is_title_word(name):
                return name, title
    if not loose:
        return None, None
    # 3. （2023年2月3日 郑海涛）
    m = P.DATE_NAME_RE.search(zone)
    if m:
        name = _clean_name(m.group("name"))
        if name:
            return name, None
    # 4. a byline segment holding only a name (``韩立华``; ``…会议上 韩俊）``)
    for seg in segments:
        m = P.NAME_ONLY_RE.match(seg)
        if m:
            name = _clean_name(m.group("name"))
            if name and not _is_title_word(name):
                return name, None
    # 5. 吴贤德作政府工作报告 / 这是周恩来在…会议上作的报告
    for rx in (P.NAME_BEFORE_REPORT_RE, P.THIS_IS_SPEAKER_RE):
        m = rx.search(zone)
        if m:
            name = _clean_name(m.group("name"))
            if name and not _is_title_word(name):
                return name, None
    return None, None


# ---------------------------------------------------------------------------
# Years
# ---------------------------------------------------------------------------


def _five_year_start(text: str) -> int | None:
    m = P.FIVE_YEAR_PLAN_RE.search(text)
    if not m:
        return None
    n = parse_chinese_int(m.group("n1") or m.group("n2"))
    if not n:
        return None
    return plan_span(n)[0]


def _plan_from_date(d: _dt.date) -> int:
    return d.year + 1 if d.month >= P.LATE_DELIVERY_MONTH else d.year


# ---------------------------------------------------------------------------
# Title
# ---------------------------------------------------------------------------


def _find_title(fm_title: str, byline_lines: list[str]) -> str | None:
    fm_title = re.sub(r"[ \t\u3000]+", " ", fm_title or "").strip()
    lines: list[str] = []
    for ln in byline_lines:
        if P.TITLE_END_LINE_RE.match(ln) or P.BYLINE_SPACED_RE.match(ln) or P.BYLINE_RE.match(ln):
            break
        if P.TITLE_SKIP_LINE_RE.match(ln):
            continue
        lines.append(ln)
        if len(lines) >= P.TITLE_MAX_LINES:
            break
    text_title = re.sub(r"[ \t\u3000]+", " ", "".join(lines)).strip()[: P.TITLE_MAX_CHARS]
    if not P.TITLE_WORD_RE.search(text_title):
        text_title = ""
    if fm_title and (fm_title not in P.GENERIC_TITLES or not text_title):
        return fm_title
    return text_title or None


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Zones:
    """The parts of a document the metadata is read from, each normalised (`_normalise`)."""

    head_raw: str  # the first HEAD_CHARS of the raw text
    fm_title: str  # the front matter's title ('' when none)
    body: str  # the head after the front matter
    tail: str  # the last TAIL_CHARS (nothing the head already holds)
    preamble: str  # the byline block: everything before the salutation
    speech: str  # the head from the salutation on
    zone: str  # the front matter's title and the preamble: where title, date, speaker and region are named
    zone_c: str  # `zone` without whitespace
    byline_lines: list[str]


def _zones(raw: str) -> _Zones:
    head_raw = raw[: P.HEAD_CHARS]
    tail_raw = raw[max(P.HEAD_CHARS, len(raw) - P.TAIL_CHARS) :]
    fm_title = ""
    body_raw = head_raw
    m = P.FRONT_MATTER_RE.match(head_raw.replace("\r\n", "\n"))
    if m:
        tm = P.FRONT_MATTER_TITLE_RE.search(m.group("body"))
        if tm:
            fm_title = tm.group("title").strip().strip("'\"")
        body_raw = head_raw.replace("\r\n", "\n")[m.end() :]
    fm_title_n = _normalise(fm_title)
    body = _normalise(body_raw)
    sal = P.SALUTATION_RE.search(body)
    if sal:
        preamble = body[: sal.start()]
        speech = body[sal.start() :]
    else:
        window = body[: P.PREAMBLE_FALLBACK_CHARS]
        cuts = [m.start() for m in (P.NOTICE_ADDRESSEE_RE.search(window), P.SPEECH_START_RE.search(window)) if m]
        cut = min(cuts) if cuts else len(window)
        preamble, speech = body[:cut], body[cut:]
    preamble = preamble[: P.PREAMBLE_FALLBACK_CHARS * 2]
    zone = fm_title_n + "\n" + preamble
    byline_lines = [ln.strip(" \t\u3000") for ln in preamble.split("\n") if ln.strip(" \t\u3000")]
    return _Zones(
        head_raw, fm_title_n, body, _normalise(tail_raw), preamble, speech, zone, _compact(zone), byline_lines
    )


def _doc_type(z: _Zones, path: dict) -> str:
    zone_c, speech = z.zone_c, z.speech
    if P.TASK_BREAKDOWN_RE.search(zone_c):
        doc_type = "task_breakdown"
    elif P.PLAN_REPORT_RE.search(zone_c):
        doc_type = "plan_report"
    elif P.WORK_REPORT_TITLE_RE.search(zone_c) and not P.OTHER_TITLE_RE.search(_compact(z.fm_title)):
        doc_type = "work_report"
    elif P.OTHER_TITLE_RE.search(zone_c):
        doc_type = "other"
        if P.REPORT_ON_PLAN_RE.search(zone_c) and (
            P.WORK_REPORT_OPENING_RE.search(speech[:600]) or path["kind"] == "work_report"
        ):
            doc_type = "work_report"
    elif P.WORK_REPORT_OPENING_RE.search(speech[:600]) or (path["kind"] == "work_report" and z.body.strip()):
        doc_type = "work_report"
    else:
        doc_type = "other"
    if doc_type == "other" and (path["kind"] == "statistics" or P.STATISTICS_TITLE_RE.search(zone_c)):
        doc_type = P.COMMUNIQUE_DOC_TYPE
    return doc_type


def _last_date_line(text: str) -> _dt.date | None:
    """The last well-formed date line of `text`."""
    for dm in reversed(list(P.DATE_LINE_RE.finditer(text))):
        delivered = _make_date(dm.group("y"), dm.group("m"), dm.group("d"))
        if delivered:
            return delivered
    return None


def _adoption_date(z: _Zones):
    """The congress's adoption date: evidence of the year only."""
    adopted = None
    for am in P.ADOPTION_LINE_RE.finditer(z.zone + "\n" + z.tail):
        dm = P.DATE_RE.search(am.group(0))
        adopted = adopted or (dm and _make_date(dm.group("y"), dm.group("m"), dm.group("d")))
    return adopted


def _zone_date(z: _Zones) -> _dt.date | None:
    """The best-placed date of the byline zone: one followed by delivery words first, a dateline or
    timestamp last."""
    zone_dates = P.ADOPTION_LINE_RE.sub("", z.zone)
    delivered, best = None, -1
    for dm in P.DATE_RE.finditer(zone_dates):
        d = _make_date(dm.group("y"), dm.group("m"), dm.group("d"))
        if d is None:
            continue
        if P.DATELINE_RE.search(zone_dates[max(0, dm.start() - 16) : dm.start()]) or P.TIMESTAMP_AFTER_RE.match(
            zone_dates, dm.end()
        ):
            score = 0
        elif P.DELIVERY_CONTEXT_RE.match(zone_dates, dm.end()):
            score = 2
        else:
            score = 1
        if score > best:
            delivered, best = d, score
        if best == 2:
            break
    return delivered


def _delivery_date(z: _Zones, doc_type: str, path: dict) -> _dt.date | None:
    delivered = None
    if doc_type == "task_breakdown":
        delivered = _last_date_line(z.tail or z.speech)
    if delivered is None:
        delivered = _zone_date(z)
    if delivered is None and (z.tail or z.speech):
        last_lines = "\n".join([ln for ln in (z.tail or z.speech).split("\n") if ln.strip()][-6:])
        delivered = _last_date_line(last_lines)
    # a stated date that contradicts both the title's year and the path's year is a
    # typo in the source (江苏省2003年政府工作报告 dated 2010年2月20日): drop it
    if delivered is not None and path["year"]:
        ty = P.TITLE_YEAR_RE.search(z.fm_title)
        if ty and int(ty.group("y")) == path["year"] and abs(delivered.year - path["year"]) > 1:
            delivered = None
    return delivered


def _years_by_type(z: _Zones, doc_type: str, path: dict, delivered, out: Meta) -> tuple[int | None, int | None]:
    """(review year, plan year) as the document's type reads them (and its genre into `out`)."""
    zone_c = z.zone_c
    review = plan = None
    if doc_type == P.COMMUNIQUE_DOC_TYPE:
        ym = P.STATISTICS_YEAR_RE.search(zone_c)
        review = int(ym.group("y") or ym.group("y2")) if ym else path["year"]  # the year reported on; plans nothing
        out.genre = "statistics"  # segmentation: the whole text reviews its year
    elif doc_type == "other":
        if path["kind"] == "five_year_plan" or P.OTHER_TITLE_RE.search(zone_c):
            plan = path["year"] or _five_year_start(zone_c[:300])
            out.genre = "five_year_plan"  # segmentation: the whole text plans five years
        elif path["kind"] == "work_report":
            plan = path["year"]
        if plan is not None:
            review = plan - 1
    elif doc_type == "plan_report":
        ym = P.PLAN_TITLE_YEARS_RE.search(zone_c)
        if ym:
            review, plan = int(ym.group("review")), int(ym.group("plan"))
            if not (_valid_year(review) and _valid_year(plan)) or plan - review not in (0, 1, 2):
                review = plan = None
    elif doc_type == "task_breakdown":
        for rx in P.BREAKDOWN_YEAR_RES:
            ym = rx.search(zone_c)
            if ym and _valid_year(int(ym.group("plan"))):
                plan = int(ym.group("plan"))
                break
        if plan is None and delivered is not None:
            plan = delivered.year
    return review, plan


def _report_years(z: _Zones, path: dict, delivered, adopted) -> tuple[int | None, int | None]:
    """(review year, plan year) of a work or plan report its title did not give: the review heading
    (一、2020年工作回顾) if the delivery date agrees, else the delivery (or adoption) date, the
    title's year, the path's year."""
    review = plan = None
    ym = P.REVIEW_HEADING_RE.search(z.speech) or P.REVIEW_PHRASE_RE.search(z.speech[:800])
    if ym and _valid_year(int(ym.group("y"))):
        r_ = int(ym.group("y"))
        anchor = delivered or adopted
        if anchor is None or _plan_from_date(anchor) == r_ + 1:
            review, plan = r_, r_ + 1
    if plan is None:
        if delivered is not None or adopted:
            plan = _plan_from_date(delivered or adopted)
        else:
            ty = P.TITLE_YEAR_RE.search(z.fm_title)
            if ty and _valid_year(int(ty.group("y"))):
                plan = int(ty.group("y"))
            elif _valid_year(path["year"]):
                plan = path["year"]
        if plan is not None:
            review = plan - 1
    return review, plan


def _read_dates_and_years(z: _Zones, doc_type: str, path: dict, out: Meta) -> None:
    """Fill delivered_on, review_year and plan_year (and genre) of `out`."""
    delivered = _delivery_date(z, doc_type, path)
    adopted = _adoption_date(z)
    review, plan = _years_by_type(z, doc_type, path, delivered, out)
    if plan is None and doc_type in ("work_report", "plan_report"):
        report_review, plan = _report_years(z, path, delivered, adopted)
        if plan is not None:
            review = report_review
    # a month-day without year beside the meeting (photo captions): year from the plan
    if delivered is None and plan is not None and doc_type in ("work_report", "plan_report"):
        pm = P.PARTIAL_DATE_MEETING_RE.search(z.zone)
        if pm:
            mo = int(pm.group("m"))
            delivered = _make_date(plan - 1 if mo >= P.LATE_DELIVERY_MONTH else plan, mo, pm.group("d"))
    if plan is None and doc_type in ("work_report", "plan_report") and not _valid_year(path["year"]):
        # last resort, after the folders: the date in the address the page was saved from
        published = _url_date(z.head_raw)
        if published is not None:
            plan = _plan_from_date(published)
            review = plan - 1
    out.delivered_on = delivered
    out.review_year = review
    out.plan_year = plan


def _read_region(z: _Zones, raw: str, path: dict, out: Meta) -> None:
    """Fill region and level of `out`."""
    region, level, strength = _resolve_region(z.zone, z.body + "\n" + z.tail, path["region"], path["level"])
    national = bool(P.NATIONAL_MARKERS_RE.search(z.zone_c))
    # national: unless the congress named on the byline is a local one
    if national and (region is None or strength > 0 or path["level"] == "national"):
        region, level = P.NATIONAL_REGION, "national"
    if region is None and path["region"]:
        region, level = path["region"], path["level"]
    if region is None:
        # last resort, after the folders: 我代表省人民政府 and the province the text names most
        region, level = _self_named_region(raw)
    if region in R.MUNICIPALITIES:
        level = "province"
    out.region = region
    out.level = level or "unknown"


def read_metadata(raw: str, source: str) -> Meta:
    """Metadata of one document.

    raw: the whole decoded document text; source: the file path as given.
    Returns its `Meta` (title, doc_type, region, level, delivered_on, speaker, speaker_title,
    review_year, plan_year, genre; see the module docstring).
    """
    out = Meta()
    path = _read_path(source)
    if not isinstance(raw, str):
        raw = "" if raw is None else str(raw)
    raw = raw.lstrip("\ufeff")
    z = _zones(raw)
    out.title = _find_title(z.fm_title, z.byline_lines)
    doc_type = out.doc_type = _doc_type(z, path)
    _read_dates_and_years(z, doc_type, path, out)
    if doc_type != "task_breakdown":
        out.speaker, out.speaker_title = _find_speaker(z.byline_lines, z.zone, loose=doc_type != "other")
    _read_region(z, raw, path, out)
    return out


def folder_hints(location: str) -> dict:
    """What the folders of a file's path say (region, level, kind, year): the fallback used where the
    text is silent. `location` is the file's absolute path, so the hints do not depend on which
    folder was named on the command line; the cache keys on them (`pipeline/run.py`)."""
    return _read_path(location)
