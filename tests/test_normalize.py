"""Normalisers, one by one and composed, and the offset map back to the raw text.

Every case states the normalised text and one span of it whose raw source must be recovered by
`raw[slice(*m.raw_span(s, e))]` — that is what grounds every figure in the raw file.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import normalize as N
from pipeline.mapped import Mapped
from pipeline.normalize import normalize


def raw_of(m: Mapped, raw: str, piece: str, occurrence: int = 0) -> str:
    """Raw text behind the `occurrence`-th `piece` of the normalised text."""
    start = -1
    for _ in range(occurrence + 1):
        start = m.text.index(piece, start + 1)
    s, e = m.raw_span(start, start + len(piece))
    return raw[s:e]


def assert_map_is_sane(m: Mapped, raw: str) -> None:
    assert len(m.offsets) == len(m.text) + 1
    assert all(0 <= o <= len(raw) for o in m.offsets)
    assert all(a <= b for a, b in zip(m.offsets, m.offsets[1:]))


# ---- each normaliser on its own ------------------------------------------------------------------

SINGLE_STEP = [
    # (normaliser, raw, expected normalised text, normalised piece, its raw source)
    pytest.param(
        N.strip_front_matter,
        "---\nsource: 偃师区人民政府\ntitle: 政府工作报告\n---\n正文。",
        "正文。",
        "正文",
        "正文",
        id="front-matter",
    ),
    pytest.param(
        N.strip_front_matter,
        "正文。\n---\nsource: x\n---\n结束。",
        "正文。\n---\nsource: x\n---\n结束。",
        "结束",
        "结束",
        id="front-matter-only-at-start",
    ),
    pytest.param(
        N.strip_html_comments,
        "现在，<!-- 1月18日上午，省长\n作报告 -->我代表区人民政府。",
        "现在，我代表区人民政府。",
        "，我",
        "，<!-- 1月18日上午，省长\n作报告 -->我",
        id="html-comment",
    ),
    pytest.param(
        N.unify_newlines,
        "第一段。\r\n第二段。\r第三段。",
        "第一段。\n第二段。\n第三段。",
        "。\n第二段。\n第",
        "。\r\n第二段。\r第",
        id="crlf-and-cr",
    ),
    pytest.param(
        N.drop_page_numbers,
        "自然资源局、城管局、住建局、\n- 3 -\n卫健委和教体局。",
        "自然资源局、城管局、住建局、\n\n卫健委和教体局。",
        "住建局、\n\n卫健委",
        "住建局、\n- 3 -\n卫健委",
        id="page-dash-number-dash",
    ),
    pytest.param(
        N.drop_page_numbers,
        "自然资源局、城管局、住建局、\n12\n卫健委和教体局。",
        "自然资源局、城管局、住建局、\n\n卫健委和教体局。",
        "局、\n\n卫",
        "局、\n12\n卫",
        id="page-bare-number",
    ),
    pytest.param(
        N.drop_page_numbers,
        "住建局、\n—12—\n卫健委",
        "住建局、\n\n卫健委",
        "局、\n\n卫",
        "局、\n—12—\n卫",
        id="page-em-dash",
    ),
    pytest.param(
        N.drop_page_numbers,
        "住建局、\n第 3 页\n卫健委",
        "住建局、\n\n卫健委",
        "局、\n\n卫",
        "局、\n第 3 页\n卫",
        id="page-di-ye",
    ),
    pytest.param(
        N.drop_page_numbers,
        "2020年是“十三五”收官之年\n2021\n开局",
        "2020年是“十三五”收官之年\n2021\n开局",
        "2021",
        "2021",
        id="four-digit-line-kept",
    ),
    pytest.param(
        N.strip_markdown,
        "## **三、聚力产业转型**\n---\n正文。",
        "三、聚力产业转型\n\n正文。",
        "三、聚力产业转型",
        "三、聚力产业转型",
        id="markdown-hash-bold-rule",
    ),
    pytest.param(
        N.strip_markdown,
        "1. **“1+3”新材料产业。**指以铝基新材料为引领。",
        "1. “1+3”新材料产业。指以铝基新材料为引领。",
        "。指",
        "。**指",
        id="markdown-bold-inside-line",
    ),
    pytest.param(N.strip_markdown, "> 引用的一段话。", "引用的一段话。", "引用", "引用", id="markdown-quote"),
    pytest.param(
        N.fold_width, "全年增长１２．５％。", "全年增长12.5%。", "12.5%", "１２．５％", id="full-width-digits"
    ),
    pytest.param(
        N.fold_width,
        "建成ＡＢＣ园区，\u3000新增\u00a0项目",
        "建成ABC园区， 新增 项目",
        "ABC",
        "ＡＢＣ",
        id="full-width-letters-and-spaces",
    ),
    pytest.param(N.plain_subscripts, "PM_{2.5}下降18.6%", "PM2.5下降18.6%", "PM2.5", "PM_{2.5", id="latex-subscript"),
    pytest.param(N.plain_subscripts, "PM₁₀下降11.5%", "PM10下降11.5%", "PM10", "PM₁₀", id="unicode-subscript"),
    pytest.param(N.plain_subscripts, "绿地面积200万m²", "绿地面积200万m2", "m2", "m²", id="superscript"),
    pytest.param(
        N.drop_inner_spaces,
        "实施重点项目 108 个、总投资 243 亿元。",
        "实施重点项目108个、总投资243亿元。",
        "108个",
        "108 个",
        id="space-between-digits-and-unit",
    ),
    pytest.param(
        N.drop_inner_spaces,
        "升级 Windows 10 系统",
        "升级Windows 10系统",
        "Windows 10",
        "Windows 10",
        id="space-between-latin-kept",
    ),
    pytest.param(
        N.join_broken_lines,
        "以区划调整为新起点、新征\n\n程，迅速进入角色。",
        "以区划调整为新起点、新征程，迅速进入角色。",
        "新征程",
        "新征\n\n程",
        id="broken-line-joined",
    ),
    pytest.param(
        N.join_broken_lines,
        "一、2020年国民经济和社会发展计划执行情况\n\n2020年是“十三五”收官之年。",
        "一、2020年国民经济和社会发展计划执行情况\n2020年是“十三五”收官之年。",
        "情况\n2020",
        "情况\n\n2020",
        id="heading-not-joined",
    ),
    pytest.param(
        N.join_broken_lines,
        "全年地区生产总值增长6.7%，高于全国1.7个百分点。\n\n规上工业增加值增长13.8%。",
        "全年地区生产总值增长6.7%，高于全国1.7个百分点。\n规上工业增加值增长13.8%。",
        "。\n规",
        "。\n\n规",
        id="full-stop-not-joined",
    ),
    pytest.param(
        N.join_broken_lines,
        "各位代表：\n\n现在，我代表区人民政府，向大会报告工作。",
        "各位代表：\n现在，我代表区人民政府，向大会报告工作。",
        "：\n现",
        "：\n\n现",
        id="salutation-not-joined",
    ),
]


@pytest.mark.parametrize("step, raw, expected, piece, raw_piece", SINGLE_STEP)
def test_single_normaliser(step, raw, expected, piece, raw_piece):
    m = step(Mapped.identity(raw))
    assert m.text == expected
    assert_map_is_sane(m, raw)
    assert raw_of(m, raw, piece) == raw_piece


# ---- the composed normaliser -----------------------------------------------------------------------

COMPOSED = [
    # (raw, expected normalised text, normalised piece, its raw source)
    pytest.param("---\nsource: x\ntitle: 报告\n---\n\n正文。", "\n正文。", "正文", "正文", id="front-matter"),
    pytest.param(
        "现在，<!-- 1月18日上午 -->我代表区人民政府，向大会报告工作。",
        "现在，我代表区人民政府，向大会报告工作。",
        "，我",
        "，<!-- 1月18日上午 -->我",
        id="html-comment",
    ),
    pytest.param(
        "责任单位：区发改委、自然资源局、城管局、住建局、\n\n- 3 -\n\n卫健委和教体局。",
        "责任单位：区发改委、自然资源局、城管局、住建局、卫健委和教体局。",
        "住建局、卫健委",
        "住建局、\n\n- 3 -\n\n卫健委",
        id="page-number-dashes",
    ),
    pytest.param(
        "责任单位：区发改委、自然资源局、城管局、住建局、\n12\n卫健委和教体局。",
        "责任单位：区发改委、自然资源局、城管局、住建局、卫健委和教体局。",
        "住建局、卫健委",
        "住建局、\n12\n卫健委",
        id="page-number-bare",
    ),
    pytest.param(
        "## **三、聚力产业转型**\n\n---\n\n正文。",
        "三、聚力产业转型\n正文。",
        "三、聚力产业转型",
        "三、聚力产业转型",
        id="markdown",
    ),
    pytest.param("全年增长１２．５％。", "全年增长12.5%。", "12.5%", "１２．５％", id="full-width"),
    pytest.param("PM_{2.5}下降 18.6%", "PM2.5下降18.6%", "PM2.5下降18.6%", "PM_{2.5}下降 18.6%", id="latex-subscript"),
    pytest.param("PM₁₀ 平均浓度下降 10%以上", "PM10平均浓度下降10%以上", "PM10", "PM₁₀", id="unicode-subscript"),
    pytest.param(
        "坚持稳增长提质效，经济发展稳中有进。实施重点项目 108 个、总投资 243 亿元。",
        "坚持稳增长提质效，经济发展稳中有进。实施重点项目108个、总投资243亿元。",
        "108个",
        "108 个",
        id="space-before-unit",
    ),
    pytest.param("总投资 243 亿元", "总投资243亿元", "243亿元", "243 亿元", id="space-before-magnitude"),
    pytest.param(
        "1. 牢固树立“一盘棋”思想，以区划调整为新起点、新征\n\n程，迅速进入角色。",
        "1.牢固树立“一盘棋”思想，以区划调整为新起点、新征程，迅速进入角色。",
        "新征程",
        "新征\n\n程",
        id="broken-line",
    ),
    pytest.param(
        "全年地区生产总值增长6.7%，规上工业增加值增长13.8%，固定资\n\n产投资增长 5.2%。",
        "全年地区生产总值增长6.7%，规上工业增加值增长13.8%，固定资产投资增长5.2%。",
        "固定资产投资增长5.2%",
        "固定资\n\n产投资增长 5.2%",
        id="broken-word-seed-003",
    ),
    pytest.param(
        "三、2026 年重点工作\n\n做好今年工作，要坚持稳中求进工作总基调。",
        "三、2026年重点工作\n做好今年工作，要坚持稳中求进工作总基调。",
        "三、2026年重点工作",
        "三、2026 年重点工作",
        id="heading-not-joined",
    ),
    pytest.param(
        "全年地区生产总值增长6.7%，成绩来之不易。\n\n规上工业增加值增长13.8%。",
        "全年地区生产总值增长6.7%，成绩来之不易。\n规上工业增加值增长13.8%。",
        "。\n规",
        "。\n\n规",
        id="sentence-end-not-joined",
    ),
    pytest.param("第一段。\r\n\r\n第二段。", "第一段。\n第二段。", "。\n第", "。\r\n\r\n第", id="crlf"),
]


@pytest.mark.parametrize("raw, expected, piece, raw_piece", COMPOSED)
def test_normalize(raw, expected, piece, raw_piece):
    m = normalize(raw)
    assert m.text == expected
    assert_map_is_sane(m, raw)
    assert raw_of(m, raw, piece) == raw_piece


def test_normalisers_keep_their_order():
    """Debris goes before character forms, spacing and line joins read the final form."""
    names = [f.__name__ for f in N.NORMALISERS]
    assert names.index("strip_front_matter") < names.index("drop_page_numbers") < names.index("strip_markdown")
    assert names.index("fold_width") < names.index("drop_inner_spaces") < names.index("join_broken_lines")
    assert names[-1] == "join_broken_lines"


def test_empty_span_maps_to_a_point():
    raw = "实施重点项目 108 个。"
    m = normalize(raw)
    i = m.text.index("个")
    assert m.raw_span(i, i) == (raw.index("个"), raw.index("个"))
    assert m.raw_span(len(m.text), len(m.text))[0] <= len(raw)


@pytest.mark.parametrize("name", ["000_0fc1d2604e2b2723.txt", "003_3f56108c17e7ce27.txt"])
def test_seed_every_char_maps_back_to_its_source(name):
    from conftest import seed_text

    raw = seed_text(name)
    m = normalize(raw)
    assert_map_is_sane(m, raw)
    assert "PM_{" not in m.text and "**" not in m.text and "<!--" not in m.text
    for i, ch in enumerate(m.text):
        src = raw[m.offsets[i]]
        assert src == ch or unicodedata.normalize("NFKC", src) == ch, (i, ch, src)


# ---- property: never raises, offsets stay a monotone map onto the raw source -------------------------

_TOKENS = (
    list("新征程一二三、。，：；（）“”增长亿元个万年月日")
    + list("0123456789")
    + [" ", "\t", "\n", "\r", "\r\n", "\u3000", "\u00a0"]
    + list("*#-—_{}<>!.%+")
    + list("０１２３４５６７８９％．＋－ＡＢａｚ")
    + list("₀₁₂₅⁰²")
    + ["PM", "<!--", "-->", "---", "## ", "**", "- 3 -", "_{2.5}", "一、", "（一）", "\n\n"]
)
_RAW_STRINGS = st.lists(
    st.one_of(st.sampled_from(_TOKENS), st.characters(blacklist_categories=("Cs",))), max_size=60
).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_RAW_STRINGS)
def test_normalize_property(raw):
    m = normalize(raw)
    assert_map_is_sane(m, raw)
    for i, ch in enumerate(m.text):
        src = raw[m.offsets[i]]
        # the source is that char, its full-width / sub- / superscript form, or the \r of a \r\n
        assert src == ch or unicodedata.normalize("NFKC", src) == ch or (src == "\r" and ch == "\n"), (
            i,
            ch,
            src,
            m.text,
        )


def test_a_bold_heading_is_not_joined_to_the_paragraph_after_it():
    """`**二、…主要目标任务**` then `当前，…`: the next line looks like a cut word (`当前，`), but the
    bold markup closed the heading (河南省 2021 report)."""
    from pipeline.normalize import normalize

    raw = "**二、2035年远景目标及“十四五”时期经济社会发展主要目标任务**\n\n当前，河南已经进入新发展阶段。"
    text = normalize(raw).text
    assert "主要目标任务\n当前" in text
    unbold = normalize("1.推进中原城市群一体化发展，开启新征\n\n程，迅速推进。").text
    assert "新征程" in unbold  # a plain numbered line that runs on is still joined


@pytest.mark.parametrize(
    "raw, line",
    [
        # an unnumbered bold title of 12 characters or more (扬州市 2016; 内蒙古自治区 2024)
        pytest.param(
            "切实加以解决。\n\n**“十三五”时期的规划构想**\n\n各位代表，根据《中共扬州市委关于制定…的建议》",
            "“十三五”时期的规划构想",
            id="yangzhou2016-bold-title",
        ),
        pytest.param(
            "**《政府工作报告》有关名词解释**\n\n“一规划三方案”：《内蒙古自治区“三北”工程六期规划》",
            "《政府工作报告》有关名词解释",
            id="neimenggu2024-bold-glossary-title",
        ),
    ],
)
def test_a_whole_line_in_markup_is_a_line_of_its_own(raw, line):
    assert line in normalize(raw).text.split("\n")


def test_a_broken_line_with_indentation_and_a_trailing_space_is_still_joined():
    """Whitespace removed around a line is no markup: a PDF line indented and ending in a space runs on."""
    text = normalize("　　我们要不断提高人民群众的生活水平和 \n\n质量，努力实现共同富裕。").text
    assert "生活水平和质量" in text


# ---- the map back to raw offsets, on excerpts of the seeds ------------------------------------------


@pytest.mark.parametrize(
    "raw, normal, piece, raw_piece",
    [
        pytest.param("实施重点项目 108 个。", "实施重点项目108个。", "108个", "108 个", id="space-before-unit"),
        pytest.param(
            "1. 牢固树立“一盘棋”思想，以区划调整为新起点、新征\n\n程，迅速进入角色。",
            "1.牢固树立“一盘棋”思想，以区划调整为新起点、新征程，迅速进入角色。",
            "新征程",
            "新征\n\n程",
            id="broken-line",
        ),
        pytest.param("增长１２．５％。", "增长12.5%。", "12.5%", "１２．５％", id="full-width"),
        pytest.param("PM_{2.5}下降 18.6%", "PM2.5下降18.6%", "PM2.5", "PM_{2.5", id="latex-subscript"),
        pytest.param("PM₁₀下降 11.5%", "PM10下降11.5%", "PM10", "PM₁₀", id="unicode-subscript"),
        pytest.param(
            "## **三、聚力产业转型**\n\n正文。",
            "三、聚力产业转型\n正文。",
            "三、聚力产业转型",
            "三、聚力产业转型",
            id="markdown",
        ),
        pytest.param(
            "责任单位：区发改委、自然资源局、城管局、住建局、\n\n- 3 -\n\n卫健委和教体局。",
            "责任单位：区发改委、自然资源局、城管局、住建局、卫健委和教体局。",
            "住建局、卫健委",
            "住建局、\n\n- 3 -\n\n卫健委",
            id="page-number",
        ),
        pytest.param("---\nsource: x\ntitle: 报告\n---\n\n正文。", "\n正文。", "正文", "正文", id="front-matter"),
    ],
)
def test_normalise_and_map_back(raw, normal, piece, raw_piece):
    m = normalize(raw)
    assert m.text == normal
    i = m.text.index(piece)
    s, e = m.raw_span(i, i + len(piece))
    assert raw[s:e] == raw_piece


def test_heading_line_is_not_joined_to_its_paragraph():
    m = normalize("一、2020年国民经济和社会发展计划执行情况\n\n2020年是“十三五”收官之年。")
    assert m.text.split("\n")[0] == "一、2020年国民经济和社会发展计划执行情况"


@pytest.mark.parametrize(
    "raw, first_line",
    [
        pytest.param(
            "（二）发展现代农业和推进社会主义新农村建设\n\n农业、农村和农民问题，是关系全面建设小康社会和现代化事业全局的重大问题。",
            "（二）发展现代农业和推进社会主义新农村建设",
            id="gov2007-list-opens-paragraph",
        ),
        pytest.param(
            "（六）狠抓改革创新，培育发展新动能\n\n改革、开放、创新是发展的活力源泉。",
            "（六）狠抓改革创新，培育发展新动能",
            id="guilin2017-list-opens-paragraph",
        ),
        # (one character before 、 is still a word cut by the break)
        pytest.param(
            "1.坚持以信息化带动工业化，推进新型工业\n\n化、信息化融合发展，加快转型。",
            "1.坚持以信息化带动工业化，推进新型工业化、信息化融合发展，加快转型。",
            id="constructed-fragment",
        ),
    ],
)
def test_a_heading_is_not_joined_to_a_paragraph_opening_on_a_list(raw, first_line):
    assert normalize(raw).text.split("\n")[0] == first_line


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("新征程一、。１２．５％ \n#*-—PM_{}₂.5亿元个“”\t0123456789")), max_size=80)
)
def test_offset_map_is_monotone_and_in_range(raw):
    m = normalize(raw)
    assert len(m.offsets) == len(m.text) + 1
    assert all(0 <= o <= len(raw) for o in m.offsets)
    assert all(a <= b for a, b in zip(m.offsets, m.offsets[1:]))


def test_a_full_width_comma_between_digit_groups_is_a_thousands_separator():
    from pipeline.normalize import normalize

    m = normalize("粮食产量33，212万吨，比上年增加2，738万吨；分别增长12，15个百分点。")
    assert "33,212万吨" in m.text and "2,738万吨" in m.text
    assert "12，15个百分点" in m.text  # a list: two digits after the comma, not three
    assert len(m.text) == len("粮食产量33，212万吨，比上年增加2，738万吨；分别增长12，15个百分点。")
