"""`gwr panel`: one headline target and one outcome per region × indicator × measure × year.

Constructed tables test one rule each (headline choice, aspiration, outcome source, why a year has
no target, the hierarchy, the output convention); sentences are taken from real reports (cited).
The seeds and a few national reports of ../shared/corpus go through the real pipeline.
"""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline import output as O
from pipeline.compare import scorecard
from pipeline.hierarchy import lineage, parent_region
from pipeline.panel import load_panel_tables, panel, scorecard_rows
from tests.conftest import SHARED

# ---------------------------------------------------------------- constructed tables

DOCS = [
    # doc_id, source, doc_type, region, level, plan_year, review_year
    ("n2019", "国务院/2019.md", "work_report", "全国", "national", 2019, 2018),
    ("n2020", "国务院/2020.md", "work_report", "全国", "national", 2020, 2019),
    ("n2021", "国务院/2021.md", "work_report", "全国", "national", 2021, 2020),
    ("c2021", "统计/2021.md", "communique", "全国", "national", None, 2021),
    ("h2013", "河南省/2013.md", "work_report", "河南省", "province", 2013, 2012),
    ("h2014", "河南省/2014.md", "work_report", "河南省", "province", 2014, 2013),
    ("h2016", "河南省/2016.md", "work_report", "河南省", "province", 2016, 2015),
]

S_2019 = "今年发展主要预期目标是：国内生产总值增长6%—6.5%；城镇新增就业1100万人以上"  # 国务院 2019
S_2020_REVIEW = "国内生产总值增长6.1%，达到99.1万亿元"  # 国务院 2020
S_2020_NONE = "需要说明的是，我们没有提出全年经济增速具体目标，主要因为全球疫情和经贸形势不确定性很大"  # 国务院 2020
S_2021 = "今年发展主要预期目标是：国内生产总值增长6%以上"  # 国务院 2021
S_COMM = "初步核算，全年国内生产总值1143670亿元，比上年增长8.1%"  # 统计公报 2021
S_COMM_Q = "分季度看，一季度国内生产总值同比增长18.3%，二季度增长7.9%"  # 统计公报 2021
S_H2013 = "全省生产总值增长9%以上、力争10%"  # cf. 崇左市 2023 `增长7.5%以上、力争8%`
S_H2014 = "全省生产总值增长9%，高于全国平均水平"
S_H2014_FIVE = "“十二五”期间全省生产总值年均增长9%"
S_H2016 = "全省生产总值增长高于全国平均水平"  # a relative target, no number


def _fig(
    doc,
    fid,
    text,
    value,
    *,
    status,
    year,
    sentence,
    measure="growth",
    code="gdp",
    indicator="国内生产总值",
    comparator="=",
    value_max=None,
    unit="%",
    unit_base="%",
    section=None,
    start=None,
    period_start=None,
    sign=1,
):
    start = sentence.find(text) if start is None else start
    assert start >= 0, (text, sentence)
    return {
        "figure_id": fid,
        "doc_id": doc,
        "section_id": section,
        "char_start": start,
        "char_end": start + len(text),
        "text": text,
        "sentence": sentence,
        "indicator": indicator,
        "indicator_code": code,
        "value": value,
        "value_max": value_max,
        "unit": unit,
        "unit_base": unit_base,
        "value_base": value,
        "measure": measure,
        "comparator": comparator,
        "sign": sign,
        "status": status,
        "year": year,
        "period_start": period_start,
    }


def _tables(figures, texts=(), sections=()):
    docs = pd.DataFrame(DOCS, columns=["doc_id", "source", "doc_type", "region", "level", "plan_year", "review_year"])
    docs = docs.astype({"plan_year": "Int64", "review_year": "Int64"}).assign(delivered_on=None)
    secs = pd.DataFrame(list(sections), columns=["doc_id", "section_id", "char_start", "kind"])
    return {
        "documents": docs,
        "figures": pd.DataFrame(figures).astype({"year": "Float64", "period_start": "Float64", "value_max": "float64"}),
        "sections": secs,
        "texts": pd.DataFrame(list(texts), columns=["doc_id", "text"]),
    }


NATIONAL = [
    _fig(
        "n2019",
        "t19",
        "6%—6.5%",
        6.0,
        value_max=6.5,
        status="target",
        year=2019,
        sentence=S_2019,
        section="n2019:targets",
    ),
    _fig("n2020", "o19", "6.1%", 6.1, status="actual", year=2019, sentence=S_2020_REVIEW, section="n2020:review"),
    _fig(
        "n2021",
        "t21",
        "6%",
        6.0,
        comparator=">=",
        status="target",
        year=2021,
        sentence=S_2021,
        start=S_2021.find("6%以上"),
    ),
    _fig("c2021", "oq21", "18.3%", 18.3, status="actual", year=None, sentence=S_COMM_Q),
    _fig("c2021", "o21", "8.1%", 8.1, status="actual", year=None, sentence=S_COMM),
]
SECTIONS = [
    ("n2019", "n2019:targets", 0, "targets"),
    ("n2020", "n2020:review", 0, "review"),
    ("n2020", "n2020:targets", 500, "targets"),
]
TEXTS = [("n2020", S_2020_REVIEW + "。" + "x" * 480 + "\n" + S_2020_NONE + "。")]


def _row(frame, region, year):
    rows = frame[(frame["region"] == region) & (frame["year"] == year)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_national_panel_every_year_with_target_outcome_and_reason():
    frame = panel(
        _tables(NATIONAL, TEXTS, SECTIONS),
        indicator="gdp",
        region="全国",
        measure="growth",
        year_from=2018,
        year_to=2022,
    )
    assert frame["year"].tolist() == [2018, 2019, 2020, 2021, 2022]
    r = _row(frame, "全国", 2019)
    assert (r.target_value, r.target_value_max, r.target_comparator, r.target_unit) == (6.0, 6.5, "=", "%")
    assert (r.outcome_value, r.outcome_from, r.outcome_source, r.verdict) == (
        6.1,
        "next report",
        "国务院/2020.md",
        "met",
    )
    assert r.target_sentence == S_2019 and r.target_doc_id == "n2019"
    # 2020: the report says it sets no growth target; 2018 and 2022: no report of that plan year
    assert _row(frame, "全国", 2020).note == "no target set"
    assert _row(frame, "全国", 2018).note == "report missing"
    assert _row(frame, "全国", 2022).note == "report missing"
    # 2021: no later report, so the communiqué on 2021 speaks — its annual figure, not the first quarter's
    r = _row(frame, "全国", 2021)
    assert (r.target_value, r.target_comparator) == (6.0, ">=")
    assert (r.outcome_value, r.outcome_from, r.outcome_source, r.verdict, r.gap) == (
        8.1,
        "communique",
        "统计/2021.md",
        "met",
        2.1,
    )


def test_without_texts_a_year_without_target_is_not_found_rather_than_guessed():
    tables = _tables(NATIONAL, (), SECTIONS)
    frame = panel(tables, indicator="gdp", region="全国", year_from=2020, year_to=2020)
    assert frame["note"].tolist() == ["no target found"]


def test_headline_is_the_plan_years_first_annual_target_and_keeps_the_aspiration():
    figs = [
        # the 2013 report: floor and aspiration; the aspiration has no indicator of its own
        _fig(
            "h2013",
            "h13",
            "9%",
            9.0,
            comparator=">=",
            status="target",
            year=2013,
            sentence=S_H2013,
            indicator="全省生产总值",
        ),
        _fig(
            "h2013",
            "h13a",
            "10%",
            10.0,
            status="target",
            year=2013,
            sentence=S_H2013,
            code=None,
            indicator=None,
            start=S_H2013.find("10%"),
        ),
        # the 2014 report: a five-year average for 2015 set in 2014 is not 2015's headline; 2014's own is
        _fig("h2014", "h14five", "9%", 9.0, status="target", year=2015, period_start=2011, sentence=S_H2014_FIVE),
        _fig(
            "h2014",
            "h14tasks",
            "8%",
            8.0,
            status="target",
            year=2014,
            sentence="工业增加值和全省生产总值增长8%",
            section="h2014:tasks",
        ),
        _fig(
            "h2014", "h14", "9%", 9.0, status="target", year=2014, sentence=S_H2014, section="h2014:targets", start=40
        ),
    ]
    sections = [("h2014", "h2014:targets", 0, "targets"), ("h2014", "h2014:tasks", 30, "tasks")]
    texts = [("h2016", S_H2016 + "。")]
    frame = panel(_tables(figs, texts, sections), indicator="gdp", region="河南省")
    assert frame["year"].tolist() == [2013, 2014, 2015, 2016]
    r = _row(frame, "河南省", 2013)
    assert (r.target_value, r.target_comparator, r.target_aspiration, r.note) == (
        9.0,
        ">=",
        10.0,
        "floor and aspiration",
    )
    r = _row(frame, "河南省", 2014)
    assert (r.target_value, r.target_figure_id) == (
        9.0,
        "h14",
    )  # the targets part, not the earlier-placed tasks mention
    assert _row(frame, "河南省", 2015).note == "report missing"
    assert pd.isna(_row(frame, "河南省", 2015).target_value)
    assert _row(frame, "河南省", 2016).note == "relative target"


S_SC2004 = "确保实现旅游总收入480亿元，增长14.3%，力争达到500亿元"  # 四川省 2004
S_LZ2023 = (
    "经济发展主要预期目标是：生产总值增长6.5%，力争实现更高质量的发展；第一产业增加值增长6%；"
    "第二产业增加值增长6.5%，其中，规模以上工业增加值增长7.5%"
)  # 兰州市 2023


def test_aspiration_skips_numbers_in_other_units_and_needs_its_cue_right_before_it():
    figs = [
        _fig(
            "h2013",
            "a1",
            "480亿元",
            480.0,
            status="target",
            year=2013,
            sentence=S_SC2004,
            code="tourism_revenue",
            indicator="旅游总收入",
            measure="amount",
            unit="亿元",
            unit_base="元",
        ),
        _fig(
            "h2013",
            "a2",
            "14.3%",
            14.3,
            status="target",
            year=2013,
            sentence=S_SC2004,
            code="tourism_revenue",
            indicator="旅游总收入",
        ),
        _fig(
            "h2013",
            "a3",
            "500亿元",
            500.0,
            status="target",
            year=2013,
            sentence=S_SC2004,
            code=None,
            indicator=None,
            measure="amount",
            unit="亿元",
            unit_base="元",
        ),
        _fig("h2014", "b1", "6.5%", 6.5, status="target", year=2014, sentence=S_LZ2023, indicator="生产总值"),
        _fig(
            "h2014",
            "b2",
            "6.5%",
            6.5,
            status="target",
            year=2014,
            sentence=S_LZ2023,
            code="secondary_industry_value_added",
            indicator="第二产业增加值",
            start=S_LZ2023.rfind("6.5%"),
        ),
        _fig(
            "h2014",
            "b3",
            "7.5%",
            7.5,
            status="target",
            year=2014,
            sentence=S_LZ2023,
            code="above_scale_industrial_value_added",
            indicator="规模以上工业增加值",
        ),
    ]
    for f in figs:  # the test's offsets are the sentence's: one sentence per document here
        f["value_base"] = f["value"]
    frame = panel(_tables(figs), region="河南省").set_index(["indicator_code", "measure", "year"])
    assert frame.loc[("tourism_revenue", "amount", 2013), "target_aspiration"] == 500.0
    assert pd.isna(frame.loc[("tourism_revenue", "growth", 2013), "target_aspiration"])
    assert pd.isna(frame.loc[("secondary_industry_value_added", "growth", 2014), "target_aspiration"])
    assert pd.isna(frame.loc[("gdp", "growth", 2014), "target_aspiration"])  # 力争 before words, not a number


def test_panel_verdicts_are_the_scorecards():
    tables = _tables(NATIONAL, TEXTS, SECTIONS)
    frame = panel(tables, region="全国")
    card = scorecard(
        {**tables, "targets": tables["figures"][tables["figures"]["status"] == "target"][["figure_id"]]},
        region="全国",
        year=2019,
    )
    assert card.loc[card["target_figure_id"] == "t19", "verdict"].item() == _row(frame, "全国", 2019).verdict == "met"
    multi = scorecard_rows(frame)
    assert multi["year"].tolist() == [2019, 2021] and set(multi["verdict"]) == {"met"}


def test_not_comparable_and_no_outcome():
    figs = [
        _fig(
            "n2019",
            "t19",
            "8%",
            8.0,
            status="target",
            year=2019,
            sentence="粮食产量增长8%",
            code="grain_output",
            indicator="粮食产量",
        ),
        _fig(
            "n2020",
            "o19",
            "6.6亿吨",
            6.6,
            status="actual",
            year=2019,
            sentence="粮食产量6.6亿吨",
            code="grain_output",
            indicator="粮食产量",
            unit="亿吨",
            unit_base="吨",
            measure="growth",
        ),
        _fig("n2021", "t21", "5%", 5.0, comparator="~", status="target", year=2021, sentence="国内生产总值增长5%左右"),
    ]
    frame = panel(_tables(figs), region="全国")
    grain = frame[frame["indicator_code"] == "grain_output"].set_index("year")
    assert grain.loc[2019, "verdict"] == "not comparable" and "units differ" in grain.loc[2019, "reason"]
    gdp = frame[frame["indicator_code"] == "gdp"].set_index("year")
    assert gdp.loc[2021, "verdict"] == "no outcome reported"


# ---------------------------------------------------------------- hierarchy


def test_parents_from_the_gazetteer_and_the_name():
    assert lineage("洛阳市偃师区") == ["洛阳市偃师区", "洛阳市", "河南省", "全国"]
    assert parent_region("北京市") == "全国" and parent_region("北京市朝阳区") == "北京市"
    assert parent_region("伊犁哈萨克自治州") == "新疆维吾尔自治区"
    assert parent_region("全国") is None and parent_region("某县") is None


def test_with_parent_adds_the_parents_target_and_the_difference():
    docs = DOCS + [
        ("z2019", "郑州市/2019.md", "work_report", "郑州市", "city", 2019, 2018),
        ("h2019", "河南省/2019.md", "work_report", "河南省", "province", 2019, 2018),
    ]
    figs = NATIONAL + [
        _fig("h2019", "h19", "7.5%", 7.0, status="target", year=2019, sentence="全省生产总值增长7.5%", comparator="~"),
        _fig("z2019", "z19", "8%", 8.0, status="target", year=2019, sentence="全市生产总值增长8%", comparator="~"),
    ]
    tables = _tables(figs)
    tables["documents"] = pd.DataFrame(docs, columns=tables["documents"].columns[:-1]).astype(
        {"plan_year": "Int64", "review_year": "Int64"}
    )
    tables["figures"].loc[tables["figures"]["figure_id"] == "h19", ["value", "value_base"]] = 7.5
    frame = panel(tables, indicator="gdp", year_from=2019, year_to=2019, with_parent=True)
    got = frame.set_index("region")[["parent", "parent_target_value", "target_minus_parent"]]
    assert got.loc["郑州市"].tolist() == ["河南省", 7.5, 0.5]
    assert got.loc["河南省"].tolist() == ["全国", 6.0, 1.5]
    assert pd.isna(got.loc["全国", "parent"])
    only = panel(tables, indicator="gdp", region="郑州市", year_from=2019, year_to=2019, with_parent=True)
    assert only["region"].tolist() == ["郑州市"] and only["target_minus_parent"].tolist() == [0.5]


# ---------------------------------------------------------------- output convention


def test_format_follows_the_suffix_and_refuses_what_it_cannot_write():
    assert O.resolve_format(None, None) == "table"
    assert O.resolve_format("csv", "-") == "csv"
    assert O.resolve_format(None, "x.parquet") == "parquet"
    for bad in (("table", "x.pdf"), (None, "x.pdf"), (None, "x"), ("csv", "x.json")):
        with pytest.raises(O.OutputError):
            O.resolve_format(*bad)


def test_json_keeps_nulls_numbers_dates_and_lists():
    import datetime as dt

    frame = pd.DataFrame(
        {
            "year": pd.array([2020, None], dtype="Int64"),
            "d": [dt.date(2021, 5, 20), None],
            "l": [["a", "b"], []],
            "v": [1.5, float("nan")],
        }
    )
    got = json.loads(O.to_json(frame))
    assert got == [
        {"year": 2020, "d": "2021-05-20", "l": ["a", "b"], "v": 1.5},
        {"year": None, "d": None, "l": [], "v": None},
    ]


@pytest.fixture()
def national_out(tmp_path):
    """The constructed national tables written as an output folder."""
    tables = _tables(NATIONAL, TEXTS, SECTIONS)
    for name, frame in tables.items():
        frame.to_parquet(tmp_path / f"{name}.parquet", index=False)
    return tmp_path


def test_cli_panel_formats_exit_codes_and_empty_message(national_out, tmp_path):
    runner = CliRunner()
    base = ["panel", "--data", str(national_out), "--indicator", "gdp", "--region", "全国"]
    res = runner.invoke(app, base + ["--format", "csv", "-o", "-"])
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[0].startswith("region,parent,level,indicator_code")
    res = runner.invoke(app, base + ["--format", "json"])
    rows = json.loads(res.stdout)
    assert {r["year"]: r["note"] for r in rows}[2020] == "no target set"
    res = runner.invoke(app, base + ["-o", str(tmp_path / "p.parquet")])
    assert res.exit_code == 0 and len(pd.read_parquet(tmp_path / "p.parquet")) == len(rows)
    assert runner.invoke(app, base + ["-o", str(tmp_path / "p.pdf")]).exit_code == 2
    assert runner.invoke(app, base + ["--plot", str(tmp_path / "p.gif")]).exit_code == 2
    res = runner.invoke(app, ["panel", "--data", str(national_out), "--indicator", "cpi", "--format", "csv"])
    assert res.exit_code == 0 and "no rows match --indicator cpi" in res.stderr
    res = runner.invoke(
        app,
        [
            "scorecard",
            "--data",
            str(national_out),
            "--region",
            "全国",
            "--from",
            "2019",
            "--to",
            "2021",
            "-o",
            str(tmp_path / "s.csv"),
        ],
    )
    assert res.exit_code == 0, res.output
    assert pd.read_csv(tmp_path / "s.csv")["year"].tolist() == [2019, 2021]
    assert runner.invoke(app, ["scorecard", "--data", str(national_out), "--region", "全国"]).exit_code == 2


@pytest.mark.parametrize("suffix", [".png", ".svg", ".html"])
def test_plot_draws_target_band_and_outcome(national_out, tmp_path, suffix):
    pytest.importorskip("matplotlib")
    path = tmp_path / f"chart{suffix}"
    res = CliRunner().invoke(
        app, ["panel", "--data", str(national_out), "--indicator", "gdp", "--format", "csv", "--plot", str(path)]
    )
    assert res.exit_code == 0, res.output
    data = path.read_bytes()
    if suffix == ".png":
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
    else:
        text = data.decode("utf-8")
        assert "<svg" in text and "全国 · gdp · growth" in text  # SVG keeps text as text
        assert ("<!doctype html>" in text) == (suffix == ".html")


# ---------------------------------------------------------------- real reports


def test_bundled_reports_panel(seed_out):
    frame = panel(load_panel_tables(seed_out), region="偃师区")
    assert not frame.empty and set(frame["region"]) == {"洛阳市偃师区"}
    assert frame["parent"].eq("洛阳市").all()
    with_target = frame[frame["target_value"].notna()]
    # each headline comes from a report of its own plan year
    docs = pd.read_parquet(seed_out / "documents.parquet").set_index("doc_id")
    assert (docs.loc[with_target["target_doc_id"], "plan_year"].to_numpy() == with_target["year"].to_numpy()).all()
    gdp = frame[(frame["indicator_code"] == "gdp") & (frame["measure"] == "growth")].set_index("year")
    assert gdp.loc[2021, "target_comparator"] == ">=" and gdp.loc[2021, "target_value"] == 8.0


def test_national_reports_and_communique(tmp_path):
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus not present")
    from pipeline.run import run

    src = tmp_path / "in"
    (src / "政府工作报告-国务院").mkdir(parents=True)
    (src / "国家统计局年度统计").mkdir()
    for y in (2009, 2019, 2020, 2021, 2022):
        shutil.copy(corpus / "政府工作报告-国务院" / f"{y}.md", src / "政府工作报告-国务院" / f"{y}.md")
    shutil.copy(corpus / "国家统计局年度统计" / "2009.md", src / "国家统计局年度统计" / "2009.md")
    out = tmp_path / "out"
    assert not run([src], out, workers=1).failures
    frame = panel(
        load_panel_tables(out), indicator="gdp", region="全国", measure="growth", year_from=2009, year_to=2022
    )
    by_year = frame.set_index("year")
    assert (by_year.loc[2019, "target_value"], by_year.loc[2019, "target_value_max"]) == (6.0, 6.5)
    assert by_year.loc[2020, "note"] == "no target set"
    assert (
        by_year.loc[2021, "target_comparator"],
        by_year.loc[2021, "outcome_value"],
        by_year.loc[2021, "verdict"],
    ) == (">=", 8.1, "met")
    assert by_year.loc[2022, "target_value"] == 5.5
    assert by_year.loc[2015, "note"] == "report missing"
    docs = pd.read_parquet(out / "documents.parquet")
    assert docs.loc[docs["source"].str.contains("国家统计局"), "doc_type"].tolist() == ["communique"]
    # 2009: no 2010 report among the inputs, so the communiqué on 2009 gives the outcome
    assert (by_year.loc[2009, "target_value"], by_year.loc[2009, "target_comparator"]) == (8.0, "~")
    assert (by_year.loc[2009, "outcome_from"], by_year.loc[2009, "outcome_value"], by_year.loc[2009, "verdict"]) == (
        "communique",
        8.7,
        "met",
    )


def test_the_readme_panel_snippet_runs(national_out, capsys):
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```python\n(.*?)```", readme, re.S) if "panel(" in b]
    assert len(blocks) == 1
    scope: dict = {}
    exec(blocks[0].replace('"/tmp/nat"', repr(str(national_out))), scope)
    p = scope["p"].set_index("year")
    assert p.loc[2020, "note"] == "no target set" and p.loc[2019, "verdict"] == "met"


# ---------------------------------------------------------------- rules added with the hand check (eval/panel)

S_GS1997_REVIEW = (
    "全省国内生产总值达到673.7亿元，比上年增长10.95%，胜利实现了提前4年翻两番的第二步战略目标"  # 甘肃省 1997
)
S_GS1997_TARGET = "主要奋斗目标是：国内生产总值增长9%，财政收入增长9%，物价涨幅控制在6.5%"  # 甘肃省 1997
S_HL2023_BOUND = "坚决当好维护国家粮食安全“压舱石”，粮食产量稳定在1500亿斤以上"  # 黑龙江省 2023
S_HL2023_EXACT = "全额完成国家大豆扩种任务，粮食总产量达1552.6亿斤，连续十三年位列全国第一"  # 黑龙江省 2023


def test_a_target_the_sentence_announces_is_the_headline_before_an_unannounced_one():
    """甘肃省 1997: the review's `比上年增长10.95%` was read as a target of the same part; the mention
    after `主要奋斗目标是：` is the headline (patterns/panel.py TARGET_CUE_RE), though it comes later."""
    figs = [
        _fig("h2013", "r", "10.95%", 10.95, status="target", year=2013, sentence=S_GS1997_REVIEW, start=10),
        _fig("h2013", "t", "9%", 9.0, status="target", year=2013, sentence=S_GS1997_TARGET, start=500),
    ]
    frame = panel(_tables(figs), indicator="gdp", region="河南省", measure="growth", year_from=2013, year_to=2013)
    assert frame["target_value"].tolist() == [9.0]


def test_an_outcome_as_written_comes_before_a_bound_on_it():
    """黑龙江省 2023 on 2022: `稳定在1500亿斤以上` comes first in the text, `粮食总产量达1552.6亿斤` is the outcome."""
    kw = dict(measure="amount", code="grain_output", indicator="粮食产量", unit="亿斤", unit_base="斤")
    figs = [
        _fig(
            "h2013",
            "t",
            "1500亿斤",
            1500.0,
            comparator=">=",
            status="target",
            year=2013,
            sentence="粮食产量1500亿斤以上",
            **kw,
        ),
        _fig(
            "h2014",
            "b",
            "1500亿斤",
            1500.0,
            comparator=">=",
            status="actual",
            year=2013,
            sentence=S_HL2023_BOUND,
            start=20,
            **kw,
        ),
        _fig("h2014", "e", "1552.6亿斤", 1552.6, status="actual", year=2013, sentence=S_HL2023_EXACT, start=300, **kw),
    ]
    frame = panel(_tables(figs), indicator="grain_output", region="河南省", year_from=2013, year_to=2013)
    assert frame["outcome_value"].tolist() == [1552.6]


def test_a_gnp_target_takes_the_gdp_outcome_where_no_gnp_outcome_is_stated():
    """国务院 1993 sets a GNP target; the 1994 report states 1993's growth as GDP only."""
    figs = [
        _fig(
            "n2019",
            "t",
            "6%",
            6.0,
            status="target",
            year=2019,
            sentence="国民生产总值增长6%",
            code="gnp",
            indicator="国民生产总值",
        ),
        _fig("n2020", "o", "6.1%", 6.1, status="actual", year=2019, sentence=S_2020_REVIEW),
    ]
    frame = panel(_tables(figs), indicator="gnp", region="全国", year_from=2019, year_to=2019)
    r = _row(frame, "全国", 2019)
    assert (r.indicator_code, r.target_value, r.outcome_value, r.verdict) == ("gnp", 6.0, 6.1, "met")
    assert r.note == "outcome stated as gdp"
    # the GDP series takes the GNP target where no GDP target is set (1990–1993), and says so
    r = _row(panel(_tables(figs), indicator="gdp", region="全国", year_from=2019, year_to=2019), "全国", 2019)
    assert (r.indicator_code, r.target_value, r.outcome_value) == ("gdp", 6.0, 6.1)
    assert r.note == "target stated as gnp"
    # a stand-in's outcome answers only a target: a GNP year without a target keeps none
    s20 = "全年国内生产总值增长2.3%"
    with_2020 = figs + [_fig("n2021", "o20", "2.3%", 2.3, status="actual", year=2020, sentence=s20)]
    r = _row(panel(_tables(with_2020), indicator="gnp", region="全国", year_from=2019, year_to=2020), "全国", 2020)
    assert pd.isna(r.outcome_value) and pd.isna(r.target_value)
    # where the GNP outcome is stated, it is the one used
    figs.append(
        _fig(
            "n2020",
            "og",
            "6.2%",
            6.2,
            status="actual",
            year=2019,
            sentence="国民生产总值增长6.2%",
            code="gnp",
            indicator="国民生产总值",
        )
    )
    r = _row(panel(_tables(figs), indicator="gnp", region="全国", year_from=2019, year_to=2019), "全国", 2019)
    assert (r.outcome_value, r.note) == (6.2, None) or (r.outcome_value == 6.2 and pd.isna(r.note))


# ---------------------------------------------------------------- diff over more than two years


def test_year_over_year_says_added_dropped_and_how_the_target_moved():
    from pipeline.panel import wide_targets, year_over_year

    figs = NATIONAL + [
        _fig(
            "n2020",
            "t20x",
            "6.5%",
            6.5,
            comparator="~",
            status="target",
            year=2020,
            sentence="国内生产总值增长6.5%左右",
        )
    ]
    frame = panel(_tables(NATIONAL, TEXTS, SECTIONS), indicator="gdp", region="全国", year_from=2019, year_to=2021)
    yoy = year_over_year(frame)
    got = {
        (r.from_year, r.year): tuple(None if pd.isna(v) else v for v in (r.from_target, r.to_target, r.change, r.note))
        for r in yoy.itertuples()
    }
    # 2019 6%—6.5% → 2020 none (the report says it sets none) → 2021 ≥6%
    assert got[(2019, 2020)] == ("6~6.5%", None, "dropped", "no target set")
    assert got[(2020, 2021)] == (None, "≥6%", "added", "no target set")
    # with a 2020 target of 6.5%左右: the low end 6 → 6.5 is higher, = → 左右 softer (the rule of two-year diff)
    frame = panel(_tables(figs, TEXTS, SECTIONS), indicator="gdp", region="全国", year_from=2019, year_to=2021)
    yoy = year_over_year(frame)
    assert yoy["change"].tolist() == ["higher, softer", "lower, harder"]
    wide = wide_targets(frame)
    assert wide.columns.tolist() == ["region", "indicator_code", "measure", "2019", "2020", "2021"]
    assert wide.iloc[0][["2019", "2020", "2021"]].tolist() == ["6~6.5%", "≈6.5%", "≥6%"]


def test_cli_diff_each_year_and_wide(national_out, tmp_path):
    runner = CliRunner()
    base = ["diff", "--data", str(national_out), "--region", "全国", "--from", "2019", "--to", "2021"]
    res = runner.invoke(app, base + ["--each-year", "-i", "gdp", "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = pd.read_csv(pd.io.common.StringIO(res.stdout))
    assert rows[["from_year", "year", "change"]].values.tolist() == [[2019, 2020, "dropped"], [2020, 2021, "added"]]
    res = runner.invoke(app, base + ["--wide", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)[0]["2021"] == "≥6%"
    assert runner.invoke(app, base + ["-i", "gdp"]).exit_code == 2  # --indicator only with --each-year/--wide
    same = base[:-4] + ["--from", "2021", "--to", "2021", "--each-year"]
    assert runner.invoke(app, same).exit_code == 2
