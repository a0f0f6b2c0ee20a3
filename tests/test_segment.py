"""Outline, section kinds, sentences and the period each sentence talks about, on the seeds."""

from __future__ import annotations

import re

import pytest
from conftest import SEED_000, SEED_003

from pipeline.headings import heading_match, section_kind
from pipeline.normalize import normalize

CN_ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]


# ---- heading forms ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        pytest.param("一、2025年和“十四五”时期工作回顾", (1, "一", "2025年和“十四五”时期工作回顾"), id="yi-dun"),
        pytest.param("十一、加强政府自身建设", (1, "十一", "加强政府自身建设"), id="shi-yi-dun"),
        pytest.param("第一部分 总体要求", (1, "第一部分", "总体要求"), id="di-yi-bufen"),
        pytest.param(
            "（三）坚持改革开放创新“三力联动”，经济发展动能增强",
            (2, "（三）", "坚持改革开放创新“三力联动”，经济发展动能增强"),
            id="full-width-parens",
        ),
        pytest.param(
            "(六)全力以赴加快连片发展,推动乡村全面振兴。深入落实推进乡村全面振兴",
            (2, "(六)", "全力以赴加快连片发展,推动乡村全面振兴"),
            id="ascii-parens-cut-at-full-stop",
        ),
        pytest.param("12.加快项目建设", (3, "12", "加快项目建设"), id="arabic-dot"),
        pytest.param("（1）优化营商环境", (4, "（1）", "优化营商环境"), id="arabic-parens"),
        pytest.param("名词解释", (1, "", "名词解释"), id="glossary-standalone"),
    ],
)
def test_heading_match(line, expected):
    assert heading_match(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("2021年是“十四五”开局之年。", id="year-opens-a-sentence"),
        pytest.param("1.5亿元用于支持企业发展。", id="decimal-number"),
        pytest.param("一是加快项目建设。", id="yi-shi-enumeration"),
        pytest.param("三、", id="ordinal-without-text"),
        pytest.param("一、" + "加快推进产业转型升级" * 7, id="too-long-for-a-heading"),
        pytest.param("全年地区生产总值增长6.7%。", id="plain-sentence"),
    ],
)
def test_not_a_heading(line):
    assert heading_match(line) is None


@pytest.mark.parametrize(
    "heading, kind",
    [
        pytest.param("2025年和“十四五”时期工作回顾", "review", id="review"),
        pytest.param("2020年国民经济和社会发展计划执行情况", "review", id="plan-execution"),
        pytest.param("“十五五”时期经济社会发展主要目标任务", "targets", id="targets"),
        pytest.param("2026年重点工作", "tasks", id="tasks"),
        pytest.param("名词解释", "glossary", id="glossary"),
        pytest.param("存在的问题和不足", "problems", id="problems"),
        pytest.param("加强政府自身建设", "self_building", id="self-building"),
        pytest.param("“十四五”规划展望", "outlook", id="outlook"),
        pytest.param("坚持稳增长提质效", None, id="no-kind-words"),
    ],
)
def test_section_kind_from_heading_words(heading, kind):
    assert section_kind(heading) == kind


# ---- the outline of seed 003 -----------------------------------------------------------------------


def _bare(ordinal: str) -> str:
    return ordinal.strip("（）()")


def test_seed_003_top_level_parts(seed_doc):
    doc = seed_doc(SEED_003)
    top = [s for s in doc.sections if s.level == 1]
    numbered = [s for s in top if s.ordinal]
    assert [s.ordinal for s in numbered] == ["一", "二", "三"]
    assert [s.heading for s in numbered] == [
        "2025年和“十四五”时期工作回顾",
        "“十五五”时期经济社会发展主要目标任务",
        "2026年重点工作",
    ]
    one, two, three = numbered
    assert one.kind == "review"
    assert two.kind in ("targets", "outlook")
    assert three.kind == "tasks"
    assert all(s.parent_id is None for s in top)


def test_seed_003_periods_of_the_parts(seed_doc):
    doc = seed_doc(SEED_003)
    by_ord = {s.ordinal: s for s in doc.sections if s.level == 1 and s.ordinal}
    assert by_ord["一"].period[1] == 2025
    assert by_ord["二"].period == (2026, 2030)  # the 15th five-year plan
    assert by_ord["三"].period == (2026, 2026)


def test_seed_003_subsections_of_part_three(seed_doc):
    doc = seed_doc(SEED_003)
    three = next(s for s in doc.sections if s.level == 1 and s.ordinal == "三")
    children = [s for s in doc.sections if s.parent_id == three.section_id]
    assert [_bare(s.ordinal) for s in children] == CN_ORDINALS
    assert all(s.level == 2 and s.kind == "tasks" for s in children)
    assert children[0].heading == "全力以赴稳定经济运行，实现高质量发展"
    assert children[-1].heading == "全力以赴推动基层善治，努力实现高效能治理"
    assert all(three.start <= s.start and s.end <= three.end for s in children)


def test_seed_003_glossary_section(seed_doc):
    doc = seed_doc(SEED_003)
    glossary = [s for s in doc.sections if s.heading.startswith("名词解释")]
    assert len(glossary) == 1
    g = glossary[0]
    assert g.kind == "glossary" and g.level == 1
    entries = [s for s in doc.sections if s.parent_id == g.section_id]
    assert len(entries) == 8 and all(s.kind == "glossary" for s in entries)


def test_seed_003_sections_nest_and_do_not_overlap(seed_doc):
    doc = seed_doc(SEED_003)
    ids = [s.section_id for s in doc.sections]
    assert len(set(ids)) == len(ids)
    by_id = {s.section_id: s for s in doc.sections}
    for s in doc.sections:
        assert 0 <= s.start < s.end <= len(doc.text)
        if s.parent_id is not None:
            parent = by_id[s.parent_id]
            assert parent.level < s.level and parent.start < s.start and s.end <= parent.end
    starts = [s.start for s in doc.sections]
    assert starts == sorted(starts)


@pytest.mark.parametrize("name", [SEED_003, SEED_000])
def test_every_section_raw_span_starts_at_its_heading(seed_doc, name):
    doc = seed_doc(name)
    assert doc.sections
    for sec in doc.sections:
        s, e, raw = doc.ground(sec.start, sec.end)
        assert 0 <= s < e <= len(doc.raw)
        head = normalize(raw[:200]).text.lstrip()
        assert head.startswith(sec.ordinal), (sec.ordinal, head[:30])
        after = re.sub(r"^[、，,．.\s]", "", head[len(sec.ordinal) :])
        assert after.startswith(sec.heading), (sec.heading, head[:40])


def test_seed_003_section_rows_ground_at_their_headings(seed_tables, seed_raws):
    docs = seed_tables("documents").set_index("source")
    doc_id = docs.loc[SEED_003, "doc_id"]
    sections = seed_tables("sections")
    rows = sections[sections.doc_id == doc_id]
    raw = seed_raws[doc_id]
    firsts = [raw[r.char_start : r.char_start + 4] for r in rows.itertuples() if r.level == 1]
    assert firsts == ["一、20", "二、“十", "三、20", "名词解释"]


# ---- sentences and their periods --------------------------------------------------------------------


def _sentence_with(doc, words: str):
    found = [s for s in doc.sentences if words in doc.text[s.start : s.end]]
    assert len(found) == 1, [doc.text[s.start : s.end] for s in found]
    return found[0]


def test_sentence_of_the_review_year(seed_doc):
    doc = seed_doc(SEED_003)
    sent = _sentence_with(doc, "地区生产总值增长6.7%")
    assert sent.period == (2025, 2025)
    assert not sent.multi_year
    assert sent.section is not None and sent.section.kind == "review"
    assert doc.text[sent.start : sent.end].startswith("全年地区生产总值增长6.7%")


def test_sentence_about_the_five_year_plan(seed_doc):
    doc = seed_doc(SEED_003)
    sent = _sentence_with(doc, "累计研发经费投入")
    assert sent.multi_year
    assert sent.period is not None and sent.period[1] == 2025 and sent.period[0] < 2025
    assert sent.period == (2021, 2025)  # the 14th five-year plan


def test_sentences_are_ordered_trimmed_and_inside_their_section(seed_doc):
    doc = seed_doc(SEED_003)
    assert len(doc.sentences) > 100
    last_end = 0
    for sent in doc.sentences:
        text = doc.text[sent.start : sent.end]
        assert text and text == text.strip()
        assert "\n" not in text
        assert sent.start >= last_end
        last_end = sent.end
        if sent.section is not None:
            assert sent.section.start <= sent.start and sent.end <= sent.section.end


def test_seed_000_subheading_keeps_the_review_kind(seed_doc):
    """`（五）坚持以三大攻坚战精准发力，重点任务取得实效` says 重点任务 but stands in the review."""
    doc = seed_doc(SEED_000)
    sec = next(s for s in doc.sections if s.heading == "坚持以三大攻坚战精准发力，重点任务取得实效")
    assert sec.ordinal == "（五）"
    assert sec.kind == "review"
    assert section_kind(sec.heading) == "tasks"  # its own words alone would say tasks
    parent = next(s for s in doc.sections if s.section_id == sec.parent_id)
    assert parent.ordinal == "一" and parent.kind == "review"


def test_seed_000_meta(seed_doc):
    meta = seed_doc(SEED_000).meta
    assert meta.doc_type == "plan_report"
    assert (meta.review_year, meta.plan_year) == (2020, 2021)
