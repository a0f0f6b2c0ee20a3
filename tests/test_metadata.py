"""Tests for pipeline.metadata.read_metadata: every field of every gold document,
plus constructed edge cases (empty / garbage input, corpus front matter, national
byline with a full-width space, path-only fallback, spaced dates and names)."""

import datetime as dt
import json
import random
from dataclasses import asdict, fields
from pathlib import Path

import pytest

from pipeline.document import Meta
from pipeline.metadata import read_metadata

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "gold" / "documents.jsonl"
FIELDS = ("doc_type", "region", "delivered_on", "speaker", "speaker_title", "review_year", "plan_year")
KEYS = {f.name for f in fields(Meta)}


def _gold():
    if not GOLD.exists():
        return []
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _seed_path(name: str) -> Path:
    for folder in (REPO / "data" / "raw", SHARED / "seeds"):
        if (folder / name).exists():
            return folder / name
    pytest.skip(f"seed {name} not found")


def _read(path: Path) -> str:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return fh.read()


def _as_json(v):
    return v.isoformat() if isinstance(v, dt.date) else v


GOLD_DOCS = _gold()


@pytest.mark.skipif(not GOLD_DOCS, reason="gold documents.jsonl not available")
@pytest.mark.parametrize("gold", GOLD_DOCS, ids=[g["doc"] for g in GOLD_DOCS] or None)
@pytest.mark.parametrize("field", FIELDS)
def test_gold_field(gold, field):
    path = _seed_path(gold["doc"])
    meta = read_metadata(_read(path), f"data/raw/{gold['doc']}")
    assert _as_json(getattr(meta, field)) == gold[field]


@pytest.mark.skipif(not GOLD_DOCS, reason="gold documents.jsonl not available")
@pytest.mark.parametrize("gold", GOLD_DOCS, ids=[g["doc"] for g in GOLD_DOCS] or None)
def test_gold_shape_and_level(gold):
    path = _seed_path(gold["doc"])
    meta = read_metadata(_read(path), str(path))
    assert set(asdict(meta)) == KEYS
    # all five seeds are district-level documents of 洛阳市
    assert meta.level == "district"
    assert isinstance(meta.delivered_on, dt.date)
    assert meta.title


# ---------------------------------------------------------------------------
# robustness
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "",
        " ",
        "\n\n\n",
        "\ufeff",
        "---\n",
        "---\ntitle: \n---\n",
        "<html><head><title>x</title></head><body><p>hello</p></body></html>",
        "<!-- -->" * 50,
        "2021年13月40日在第一届人民代表大会上",
        "各位代表：" * 100,
        " " * 20000,
        "政" * 20000,
        "——" * 5000,
    ],
)
def test_never_raises_on_odd_input(raw):
    meta = read_metadata(raw, "data/raw/x.txt")
    assert set(asdict(meta)) == KEYS
    assert meta.doc_type == "other"
    assert meta.level in {"national", "province", "city", "district", "county", "unknown"}


def test_empty_string():
    meta = read_metadata("", "")
    assert asdict(meta) == {
        "title": None,
        "doc_type": "other",
        "region": None,
        "level": "unknown",
        "delivered_on": None,
        "speaker": None,
        "speaker_title": None,
        "review_year": None,
        "plan_year": None,
        "genre": None,
    }


def test_random_text_is_other():
    rnd = random.Random(7)
    pool = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质"
    for _ in range(50):
        raw = "".join(rnd.choice(pool + "，。\n 0123456789") for _ in range(rnd.randint(0, 4000)))
        meta = read_metadata(raw, "notes.txt")
        assert set(asdict(meta)) == KEYS
    meta = read_metadata("今天天气很好，我们去公园散步。The quick brown fox jumps.", "notes.txt")
    assert meta.doc_type == "other"
    assert meta.speaker is None and meta.region is None


def test_non_string_input_does_not_raise():
    assert read_metadata(None, None).doc_type == "other"  # type: ignore[arg-type]
    assert read_metadata(12345, 678).doc_type == "other"  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# constructed documents
# ---------------------------------------------------------------------------


def test_front_matter_corpus_header():
    raw = (
        "---\nsource: https://example.gov.cn/a.html\n"
        "title: 洛阳市政府工作报告（2021年2月7日 刘宛康）\n---\n\n"
        "各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。\n\n一、2020年工作回顾\n"
    )
    meta = read_metadata(raw, "../shared/corpus/政府工作报告-其他地市/洛阳市/2021.md")
    assert meta.doc_type == "work_report"
    assert meta.region == "洛阳市" and meta.level == "city"
    assert meta.delivered_on == dt.date(2021, 2, 7)
    assert meta.speaker == "刘宛康"
    assert (meta.review_year, meta.plan_year) == (2020, 2021)


def test_front_matter_with_windows_newlines_and_byline():
    raw = (
        "---\r\nsource: https://www.beijing.gov.cn/x.html\r\ntitle: 政府工作报告\r\n---\r\n\r\n"
        "——2010年1月25日在北京市第十三届人民代表大会第三次会议上\r\n\r\n北京市市长 郭金龙\r\n\r\n"
        "各位代表：\r\n\r\n现在，我代表北京市人民政府，向大会报告政府工作。\r\n\r\n一、过去一年工作回顾\r\n"
    )
    meta = read_metadata(raw, "../shared/corpus/政府工作报告-主要城市/北京市/2010.md")
    assert meta.doc_type == "work_report"
    assert (meta.region, meta.level) == ("北京市", "province")  # a municipality's own report
    assert meta.delivered_on == dt.date(2010, 1, 25)
    assert (meta.speaker, meta.speaker_title) == ("郭金龙", "北京市市长")
    assert (meta.review_year, meta.plan_year) == (2009, 2010)


def test_national_byline_with_fullwidth_space():
    raw = (
        "**政府工作报告**\n——2026年3月5日在第十四届全国人民代表大会第四次会议上\n\n"
        "国务院总理\u3000李强\n\n各位代表：\n\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n\n"
        "## 一、2025年工作回顾\n\n2025年是很不平凡的一年。\n"
    )
    meta = read_metadata(raw, "../shared/corpus/政府工作报告-国务院/2026.md")
    assert meta.doc_type == "work_report"
    assert (meta.region, meta.level) == ("全国", "national")
    assert meta.delivered_on == dt.date(2026, 3, 5)
    assert (meta.speaker, meta.speaker_title) == ("李强", "国务院总理")
    assert (meta.review_year, meta.plan_year) == (2025, 2026)


def test_national_without_path():
    raw = (
        "1988年政府工作报告\n——1988年3月25日在第七届全国人民代表大会第一次会议上\n\n"
        "国务院代总理\u3000李鹏\n\n各位代表！\n\n我代表国务院，向大会作政府工作报告，请予审议。\n"
    )
    meta = read_metadata(raw, "x.md")
    assert (meta.region, meta.level) == ("全国", "national")
    assert (meta.speaker, meta.speaker_title) == ("李鹏", "国务院代总理")
    assert (meta.review_year, meta.plan_year) == (1987, 1988)


def test_path_only_fallback():
    meta = read_metadata("", "../shared/corpus/政府工作报告-省自治区/河南省/2021.md")
    assert (meta.region, meta.level) == ("河南省", "province")
    assert (meta.review_year, meta.plan_year) == (2020, 2021)
    assert meta.delivered_on is None and meta.speaker is None

    raw = "各位代表：\n\n现在，我代表省人民政府，向大会报告工作，请予审议。\n"
    meta = read_metadata(raw, "../shared/corpus/政府工作报告-省自治区/河南省/2021.md")
    assert meta.doc_type == "work_report"
    assert (meta.region, meta.plan_year) == ("河南省", 2021)

    meta = read_metadata("", "..\\shared\\corpus\\政府工作报告-其他地市\\伊犁哈萨克自治州\\2023.md")
    assert (meta.region, meta.level, meta.plan_year) == ("伊犁哈萨克自治州", "city", 2023)

    meta = read_metadata("", "../shared/corpus/政府工作报告-国务院/1964-part.md")
    assert (meta.region, meta.level, meta.plan_year) == ("全国", "national", 1964)


def test_caption_gives_speaker_and_partial_date():
    # 河南省 2021: no byline, only a photo caption in an HTML comment
    raw = (
        "---\nsource: https://www.henan.gov.cn/x.html\ntitle: 政府工作报告\n---\n\n"
        "<!-- 1月18日上午，省长尹弘在河南省第十三届人民代表大会第四次会议上作政府工作报告。 -->\n\n"
        "各位代表：\n\n现在，我代表省人民政府，向大会报告工作。\n\n**一、2020年工作回顾及“十三五”主要成就**\n"
    )
    meta = read_metadata(raw, "../shared/corpus/政府工作报告-省自治区/河南省/2021.md")
    assert (meta.speaker, meta.speaker_title) == ("尹弘", "省长")
    assert meta.delivered_on == dt.date(2021, 1, 18)
    assert (meta.region, meta.review_year, meta.plan_year) == ("河南省", 2020, 2021)


def test_county_gets_city_prefix_and_spaced_name():
    raw = (
        "政府工作报告\r\n\r\n——２０２１ 年 １ 月 ８ 日在新安县第十六届人民代表大会第五次会议上\r\n\r\n"
        "新安县人民政府县长 张 三\r\n\r\n各位代表：\r\n\r\n现在，我代表县人民政府，向大会报告工作。\r\n\r\n"
        "一、2020年工作回顾\r\n\r\n在洛阳市委的领导下，积极融入洛阳市都市圈建设。\r\n"
    )
    meta = read_metadata(raw, "data/raw/x.txt")
    assert (meta.region, meta.level) == ("洛阳市新安县", "county")
    assert meta.delivered_on == dt.date(2021, 1, 8)
    assert (meta.speaker, meta.speaker_title) == ("张三", "新安县人民政府县长")


def test_chinese_numeral_date_and_name_only_byline():
    raw = (
        "重庆市人民政府工作报告\n\n——二〇一八年一月二十六日在重庆市第五届人民代表大会第一次会议上\n\n"
        "唐良智\n\n各位代表：\n\n我代表市人民政府，向大会报告工作。\n"
    )
    meta = read_metadata(raw, "x.md")
    assert meta.delivered_on == dt.date(2018, 1, 26)
    assert (meta.region, meta.level) == ("重庆市", "province")
    assert (meta.speaker, meta.speaker_title) == ("唐良智", None)


def test_plan_report_by_department_head():
    raw = (
        "关于2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告\n\n"
        "——2021年1月25日在河南省第十三届人民代表大会第四次会议上\n\n"
        "河南省发展和改革委员会主任  何雄\n\n各位代表：\n"
    )
    meta = read_metadata(raw, "x.txt")
    assert meta.doc_type == "plan_report"
    assert (meta.region, meta.level) == ("河南省", "province")
    assert (meta.speaker, meta.speaker_title) == ("何雄", "河南省发展和改革委员会主任")
    assert (meta.review_year, meta.plan_year) == (2020, 2021)


def test_task_breakdown_notice():
    raw = (
        "洛阳市某区人民政府文件\n\n某政〔2022〕5号\n\n"
        "关于印发2022年政府工作报告重点工作责任分解的通知\n\n各镇人民政府，各街道办事处：\n\n"
        "现将重点工作予以分解。\n\n1. 做好某事。\n\n牵头领导：王 五\n\n2022年3月1日"
    )
    meta = read_metadata(raw, "x.txt")
    assert meta.doc_type == "task_breakdown"
    assert meta.delivered_on == dt.date(2022, 3, 1)
    assert meta.speaker is None and meta.speaker_title is None
    assert (meta.review_year, meta.plan_year) == (None, 2022)


def test_statistical_communique_is_its_own_type_and_plan_outline_is_other():
    raw = (
        "---\ntitle: 1990年\n---\n\n**中华人民共和国国家统计局关于1990年国民经济和社会发展的统计公报**\n\n"
        "1991年2月22日\n\n1990年，全国各族人民在党中央和国务院的正确领导下……\n"
    )
    for source in ("../shared/corpus/国家统计局年度统计/1990.md", "1990.md"):  # the text decides, not the folder
        meta = read_metadata(raw, source)
        assert meta.doc_type == "communique"
        assert (meta.region, meta.level) == ("全国", "national")
        assert meta.review_year == 1990 and meta.plan_year is None
    # before 1984 the communiqué reports the plan's execution; the year is written in Chinese numerals
    raw = (
        "---\ntitle: 1980年\n---\n\n**中华人民共和国国家统计局关于一九八〇年国民经济计划执行结果的公报**\n\n"
        "一九八一年四月二十九日\n\n一九八〇年，全国各族人民……\n"
    )
    meta = read_metadata(raw, "1980.md")
    assert (meta.doc_type, meta.region, meta.review_year, meta.plan_year) == (
        "communique",
        "全国",
        1980,
        None,
    )

    raw = (
        "---\ntitle: 中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n----\n\n"
        "**中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要**\n\n- 第一篇\n"
    )
    meta = read_metadata(raw, "../shared/corpus/五年规划/2021-十四五规划纲要.md")
    assert meta.doc_type == "other"
    assert (meta.region, meta.plan_year) == ("全国", 2021)


def test_late_delivery_plans_next_year():
    raw = (
        "---\ntitle: 泸州市政府工作报告（2022年12月26日 余先河）\n---\n\n"
        "2022年12月26日在泸州市第九届人民代表大会第二次会议上\n\n泸州市人民政府市长 余先河\n\n各位代表：\n"
    )
    meta = read_metadata(raw, "../shared/corpus/政府工作报告-其他地市/泸州市/2023.md")
    assert meta.delivered_on == dt.date(2022, 12, 26)
    assert (meta.review_year, meta.plan_year) == (2022, 2023)


def test_adoption_date_is_not_delivery_date():
    raw = (
        "---\ntitle: 沈阳市2019年政府工作报告\n---\n\n"
        "——2019年1月10日沈阳市第十六届人民代表大会第二次会议通过\n\n各位代表：\n\n现在，我代表市政府向大会作工作报告。\n"
    )
    meta = read_metadata(raw, "../shared/corpus/政府工作报告-主要城市/沈阳市/2019.md")
    assert meta.delivered_on is None
    assert (meta.region, meta.plan_year) == ("沈阳市", 2019)
