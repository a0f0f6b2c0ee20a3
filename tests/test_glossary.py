"""Glossary entries (`pipeline.glossary.parse_glossary`): the seeds, and small constructed
glossaries in the forms the corpus uses."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pandas as pd
import pytest

from pipeline.glossary import parse_glossary

SEEDS = Path(__file__).parents[2] / "shared" / "seeds"

EXPECTED = {
    "000_0fc1d2604e2b2723": 0,
    "001_d9fcdb95f1be26b2": 0,
    "002_e32de95170149006": 24,
    "003_3f56108c17e7ce27": 8,
    "004_2c5e13a9391ee040": 12,
}


def _read(path: Path) -> str:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return f.read()


def _check_entries(raw: str, entries: list[dict]) -> None:
    prev_end = 0
    for e in entries:
        assert 0 <= e["char_start"] < e["char_end"] <= len(raw)
        assert e["char_start"] >= prev_end
        prev_end = e["char_end"]
        seg = raw[e["char_start"] : e["char_end"]]
        assert seg == seg.strip()
        assert e["term"] and "**" not in e["term"] and "**" not in e["definition"]
        assert not (e["term"].startswith("“") and e["term"].endswith("”") and e["term"].count("“") == 1)
        assert e["term"].replace(" ", "") in re.sub(r"\s", "", seg.replace("**", ""))
        # the definition's text ends the entry (line breaks inside it removed)
        tail = re.sub(r"\s", "", e["definition"])[-8:]
        assert re.sub(r"\s", "", seg.replace("**", "")).endswith(tail)


def _seed(name: str) -> str:
    path = SEEDS / f"{name}.txt"
    if not path.exists():
        pytest.skip("shared seeds not present")
    return _read(path)


@pytest.mark.parametrize("name,count", sorted(EXPECTED.items()))
def test_seed_counts(name, count):
    raw = _seed(name)
    entries = parse_glossary(raw)
    assert len(entries) == count
    _check_entries(raw, entries)
    for k, e in enumerate(entries, 1):
        assert raw[e["char_start"] : e["char_end"]].startswith(f"{k}. ")


def test_seed_002_forms():
    entries = parse_glossary(_seed("002_e32de95170149006"))
    first, bold = entries[0], entries[10]
    assert first["term"] == "三稳专项贷款" or first["term"] == "“三稳”专项贷款"
    assert first["term"] == "“三稳”专项贷款"  # quotes kept: they do not wrap the whole term
    assert first["definition"] == "即支持“稳外贸、稳外资、稳投资”专项贷款。"
    assert bold["term"] == "四比四看"  # `11. **四比四看**。即…`
    assert bold["definition"].startswith("即比谋划看储备")
    assert entries[2]["term"] == "一联三帮"
    assert entries[2]["definition"].startswith("“一联”即")
    assert entries[-1]["term"] == "三保"


def test_seed_003_term_ends_inside_bold():
    entries = parse_glossary(_seed("003_3f56108c17e7ce27"))
    assert entries[0]["term"] == "“1+2+4+N”目标任务体系"  # `1. **“1+2+4+N”目标任务体系。**“1”即…`
    assert entries[0]["definition"].startswith("“1”即奋力谱写")
    assert entries[5]["term"] == "两河三渠"
    assert entries[5]["definition"].startswith("“两河”即伊河、洛河")


def test_seed_004_colons_quotes_and_page_breaks():
    raw = _seed("004_2c5e13a9391ee040")
    entries = parse_glossary(raw)
    terms = [e["term"] for e in entries]
    assert terms[0] == "“12366”工作思路"
    assert terms[2] == "三大改造"  # `“三大改造”：` quotes wrap the whole term
    assert terms[5] == "“1+3”河长制体系"  # `**“1+3”河长制体系**：`
    assert terms[6] == "五个强区、一个家园"
    assert terms[8] == "“六稳”、“六保”、“五提”"  # several quoted terms keep their quotes
    assert terms[11] == "ODR 企业"
    # definitions broken by a page break are joined
    assert "科技型中小企业培育为主攻方向" in entries[4]["definition"]
    assert "“六保”指的是：保居民就业" in entries[8]["definition"]
    assert "\n" in raw[entries[4]["char_start"] : entries[4]["char_end"]]


# --- constructed glossaries ---------------------------------------------------------------------

BOLD_QUOTED = """……为建设现代化强区而努力奋斗！

**名词解释**

1．**“双倍增”：**即创新主体、创新平台双倍增。

2. **“五个强区、一个家园”**：建设经济强区，建设生态强区，建设文化

强区。

3、“清四乱”。指清理乱占、乱采、乱堆、乱建等问题。

来源：某区人民政府
"""


def test_bold_and_quotes():
    entries = parse_glossary(BOLD_QUOTED)
    assert [e["term"] for e in entries] == ["双倍增", "五个强区、一个家园", "清四乱"]
    assert entries[0]["definition"] == "即创新主体、创新平台双倍增。"
    assert entries[1]["definition"] == "建设经济强区，建设生态强区，建设文化强区。"
    assert entries[2]["definition"] == "指清理乱占、乱采、乱堆、乱建等问题。"
    _check_entries(BOLD_QUOTED, entries)
    assert BOLD_QUOTED[entries[0]["char_start"] :].startswith("1．**“双倍增”")
    assert "来源" not in entries[-1]["definition"]


UNNUMBERED = """各位代表！让我们团结奋斗！

附：名词注解

三促进一保持：这是省委提出的经济工作的重要要求。
**“双到”扶贫**：指扶贫开发“规划到户责任到人”。
【“三网”融合】指电信网、广播电视网和互联网融合发展。
ODM+OBM：ODM指原始设计制造商，OBM指代工厂经
营自有品牌。

**2015年市政府十件实事**

一、加强市民安全保障。
"""


def test_unnumbered_forms_and_section_end():
    entries = parse_glossary(UNNUMBERED)
    assert [e["term"] for e in entries] == ["三促进一保持", "“双到”扶贫", "“三网”融合", "ODM+OBM"]
    assert entries[2]["definition"] == "指电信网、广播电视网和互联网融合发展。"
    assert entries[3]["definition"] == "ODM指原始设计制造商，OBM指代工厂经营自有品牌。"
    _check_entries(UNNUMBERED, entries)


OTHER_NUMBERS = """部分词语解释

［1］两个确保：确保全省经济持续健康发展，确保改革开放各项政策全面落实。

［2］六稳：稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。

（以上按报告中出现先后排序）
"""


def test_bracket_numbers():
    entries = parse_glossary(OTHER_NUMBERS)
    assert [e["term"] for e in entries] == ["两个确保", "六稳"]
    assert OTHER_NUMBERS[entries[1]["char_start"] : entries[1]["char_end"]].startswith("［2］六稳：")


def test_space_separated_terms():
    raw = "名词解释\n1．六稳 稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。\n2. 三旧 城市旧厂区、旧住宅区和城中村。\n"
    assert [e["term"] for e in parse_glossary(raw)] == ["六稳", "三旧"]


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "名词解释",
        "没有名词解释的报告。\n1. 发展经济。\n",
        "- 2025年政府工作报告名词解释.pdf\n1. 某某：某某。\n",
        "名词解释\n\n各位代表，今年的工作十分繁重，我们要加倍努力。\n",
    ],
)
def test_no_glossary(raw):
    assert parse_glossary(raw) == []


def test_never_raises_on_noise():
    rng = random.Random(0)
    alphabet = "名词解释1２.．。：:**【】“”（）()［］[] \n\r\f一、#-①即指"
    for _ in range(3000):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        if rng.random() < 0.5:
            raw = "名词解释\n" + raw
        for e in parse_glossary(raw):
            assert 0 <= e["char_start"] < e["char_end"] <= len(raw)


# ---- the bundled reports, through the whole run ----------------------------------------------------------


def test_glossaries_of_the_three_reports(seed_out):
    docs = pd.read_parquet(seed_out / "documents.parquet").set_index("doc_id").source
    counts = pd.read_parquet(seed_out / "glossary.parquet").doc_id.map(docs).value_counts().to_dict()
    assert counts == {"002_e32de95170149006.txt": 24, "004_2c5e13a9391ee040.txt": 12, "003_3f56108c17e7ce27.txt": 8}


def test_title_needs_holds_every_title_word():
    """`_is_title` skips lines with no TITLE_NEEDS character: every string TITLE_WORDS matches, over
    the characters it names (up to six), must hold one, or titles would be missed."""
    import itertools

    from patterns import glossary as P

    rx = re.compile(P.TITLE_WORDS)
    alphabet = sorted({ch for ch in P.TITLE_WORDS if "\u4e00" <= ch <= "\u9fff"})
    matched = 0
    for n in range(2, 7):
        for chars in itertools.product(alphabet, repeat=n):
            s = "".join(chars)
            if rx.fullmatch(s):
                matched += 1
                assert any(ch in s for ch in P.TITLE_NEEDS), s
    assert matched >= 20  # (the test reached the pattern's words)
