"""Responsibility-breakdown tasks (`pipeline.tasks.parse_tasks`): the seed with its gold answers,
and small constructed notices for the forms other governments use."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pandas as pd
import pytest
from conftest import need_gold

from pipeline.tasks import parse_tasks, split_leaders, split_units

SHARED = Path(__file__).parents[2] / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
BREAKDOWN = "001_d9fcdb95f1be26b2"


def _read(path: Path) -> str:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return f.read()


def _nows(items: list[str]) -> list[str]:
    return [re.sub(r"\s", "", x) for x in items]


def _check_offsets(raw: str, tasks: list[dict]) -> None:
    prev_end = 0
    for t in tasks:
        seg = raw[t["char_start"] : t["char_end"]]
        assert 0 <= t["char_start"] < t["char_end"] <= len(raw)
        assert t["char_start"] >= prev_end, "task blocks overlap or are out of order"
        prev_end = t["char_end"]
        assert re.match(r"[（(]?" + str(t["task_no"]) + r"\b", seg), seg[:10]
        assert seg == seg.strip(), "block has no outer whitespace"
        if t["units"]:
            # the block ends with the last character of the last unit (or a closing bracket)
            assert seg[-1] == t["units"][-1][-1] or seg[-1] in "）)"


# --- the seed -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    path = SEEDS / f"{BREAKDOWN}.txt"
    if not path.exists():
        pytest.skip("shared seeds not present")
    raw = _read(path)
    return raw, parse_tasks(raw)


def test_seed_all_61_tasks_in_order(seed):
    raw, tasks = seed
    assert [t["task_no"] for t in tasks] == list(range(1, 62))


def test_seed_matches_gold(seed):
    gold_path = GOLD / f"{BREAKDOWN}.tasks.jsonl"
    if not gold_path.exists():
        pytest.skip("gold not present")
    raw, tasks = seed
    gold = [json.loads(line) for line in _read(gold_path).splitlines() if line.strip()]
    assert len(gold) == len(tasks) == 61
    by_no = {t["task_no"]: t for t in tasks}
    for g in gold:
        t = by_no[g["task_no"]]
        assert _nows(t["lead_leaders"]) == _nows(g["lead_leaders"]), g["task_no"]
        assert _nows(t["units"]) == _nows(g["units"]), g["task_no"]


def test_seed_offsets(seed):
    raw, tasks = seed
    _check_offsets(raw, tasks)
    for t in tasks:
        seg = raw[t["char_start"] : t["char_end"]]
        assert "牵头领导" in seg and "责任单位" in seg


def test_seed_text_and_chapters(seed):
    raw, tasks = seed
    first = tasks[0]
    assert first["chapter"] == "一、聚力提升城市能级，在加快融入都市圈上奋进突破。"
    # `新征\n\n程` broken mid-word by the conversion is joined, the number is not part of the text
    assert first["text"].startswith("牢固树立“一盘棋”思想，以区划调整为新起点、新征程，")
    assert first["text"].endswith("偃师撤市设区的新变化。")
    for t in tasks:
        assert "\n" not in t["text"] and "**" not in t["text"] and t["text"]
        assert t["chapter"] and "#" not in t["chapter"] and "**" not in t["chapter"]
    by_no = {t["task_no"]: t for t in tasks}
    assert by_no[13]["chapter"] == "三、聚力产业转型升级，在提质增效上奋进突破。"  # `### **…**`
    assert by_no[21]["chapter"].startswith("四、聚力深化改革创新")  # `#### **…**`
    assert by_no[61]["chapter"].startswith("八、")
    assert "牵头领导" not in by_no[16]["text"] and by_no[16]["text"].endswith("五大农业产业化集群。")


def test_seed_broken_unit_is_joined(seed):
    raw, tasks = seed
    t29 = next(t for t in tasks if t["task_no"] == 29)
    assert "伊洛街道" in t29["units"]
    assert "伊洛\n\n街道" in raw[t29["char_start"] : t29["char_end"]]


# --- constructed notices -----------------------------------------------------------------------------

PAGE_BREAK = """### 一、抓项目促投资

1. 推进重点项目建设，确保全年完成投资 100 亿元。

牵头领导：张 伟

责任单位：区发改委、住建局、交通运输局、洛阳市自然资源和规划局偃师

- 3 -

分局，各镇（街道）

2. 优化营商环境。

牵头领导：李 强、王建国

责任单位：区营商办

2021年6月23日
"""


def test_units_broken_across_page_break():
    tasks = parse_tasks(PAGE_BREAK)
    assert [t["task_no"] for t in tasks] == [1, 2]
    t1 = tasks[0]
    assert t1["units"] == ["区发改委", "住建局", "交通运输局", "洛阳市自然资源和规划局偃师分局", "各镇（街道）"]
    assert t1["lead_leaders"] == ["张伟"]
    assert t1["chapter"] == "一、抓项目促投资"
    assert t1["text"] == "推进重点项目建设，确保全年完成投资 100 亿元。"
    seg = PAGE_BREAK[t1["char_start"] : t1["char_end"]]
    assert seg.startswith("1. 推进") and seg.endswith("各镇（街道）") and "- 3 -" in seg
    assert tasks[1]["lead_leaders"] == ["李强", "王建国"]
    assert tasks[1]["units"] == ["区营商办"]  # the date line after it is not a unit
    _check_offsets(PAGE_BREAK, tasks)


HALF_WIDTH = """一、保障民生
1、扩大就业。
责任领导:赵 六 钱七七
牵头单位:人社局
配合单位:财政局,教育局、各镇（街道）
2、完善社保。
责任领导：孙八、周九
牵头单位：医保局
"""


def test_half_width_colon_and_other_labels():
    tasks = parse_tasks(HALF_WIDTH)
    assert [t["task_no"] for t in tasks] == [1, 2]
    # padded two-character name and a full name separated by spaces
    assert tasks[0]["lead_leaders"] == ["赵六", "钱七七"]
    # units of 牵头单位 then 配合单位, in order; `,` and `、` both separate
    assert tasks[0]["units"] == ["人社局", "财政局", "教育局", "各镇（街道）"]
    assert tasks[1]["lead_leaders"] == ["孙八", "周九"]
    assert tasks[1]["units"] == ["医保局"]
    assert all(t["chapter"] == "一、保障民生" for t in tasks)
    _check_offsets(HALF_WIDTH, tasks)


PAREN_INLINE = """（1）建设智慧城市。（牵头领导：吴 良；责任单位：区大数据局、各镇（街道））
（2）推进垃圾分类，
力争覆盖率达到 1.5 倍。
**牵头领导**：区政府各位领导
**责任单位：**
区城管局、住建局
"""


def test_paren_numbers_inline_labels_and_bold():
    tasks = parse_tasks(PAREN_INLINE)
    assert [t["task_no"] for t in tasks] == [1, 2]
    t1, t2 = tasks
    assert t1["text"] == "建设智慧城市。"
    assert t1["lead_leaders"] == ["吴良"]
    assert t1["units"] == ["区大数据局", "各镇（街道）"]
    assert PAREN_INLINE[t1["char_start"] : t1["char_end"]].startswith("（1）")
    assert t2["text"] == "推进垃圾分类，力争覆盖率达到 1.5 倍。"
    assert t2["lead_leaders"] == ["区政府各位领导"]
    assert t2["units"] == ["区城管局", "住建局"]  # the list on the line after its label
    assert t2["chapter"] is None
    _check_offsets(PAREN_INLINE, tasks)


def test_inline_label_after_the_text_on_one_line():
    # the form of 民生实事 lists in work reports: one line per task, label in brackets
    raw = (
        "一、促进群众就业增收方面5件\n\n"
        "1.帮扶就业困难人员实现就业5万人（牵头责任单位：自治区人力资源和社会保障厅）。\n\n"
        "2.开通地铁5号线。（牵头单位：市住建局）\n"
    )
    tasks = parse_tasks(raw)
    assert [(t["task_no"], t["text"], t["units"], t["lead_leaders"]) for t in tasks] == [
        (1, "帮扶就业困难人员实现就业5万人", ["自治区人力资源和社会保障厅"], []),
        (2, "开通地铁5号线。", ["市住建局"], []),
    ]
    assert raw[tasks[0]["char_start"] : tasks[0]["char_end"]].endswith("保障厅）。")
    assert all(t["chapter"] == "一、促进群众就业增收方面5件" for t in tasks)


def test_lead_and_responsible_units_in_order():
    raw = "1．优化农村供水工程体系。\n\n牵头单位：市水务局\n\n责任单位：各县（市）区人民政府、开发（度假）区管委会\n"
    (t,) = parse_tasks(raw)
    assert t["units"] == ["市水务局", "各县（市）区人民政府", "开发（度假）区管委会"]


def test_sub_numbering_inside_a_task_is_text():
    raw = "1. 做好三件事：\n1）修路；\n2）架桥。\n牵头领导：甲乙\n责任单位：交通局\n2. 第二件。\n牵头领导：丙丁\n责任单位：水利局\n"
    tasks = parse_tasks(raw)
    assert [t["task_no"] for t in tasks] == [1, 2]
    assert tasks[0]["text"] == "做好三件事：1）修路；2）架桥。"


def test_split_helpers():
    assert split_units("区发改委、教体局，各镇（街道）") == ["区发改委", "教体局", "各镇（街道）"]
    assert split_units("各镇（街道、园区）、 城 管 局。") == ["各镇（街道、园区）", "城管局"]
    assert split_leaders("刘 海、付光伟") == ["刘海", "付光伟"]
    assert split_leaders("朱 蕾") == ["朱蕾"]
    assert split_leaders("苏敬彪 刘大亮") == ["苏敬彪", "刘大亮"]
    assert split_leaders("区政府 各位领导") == ["区政府各位领导"]


@pytest.mark.parametrize(
    "raw",
    ["", "没有任务的通知。", "1. 只有编号没有责任。\n2. 还是没有。", "牵头领导：某某\n责任单位：某局", "\n\n\r\n\f"],
)
def test_no_tasks(raw):
    assert parse_tasks(raw) == []


def test_never_raises_on_noise():
    rng = random.Random(0)
    alphabet = "1２.．、（）()：:牵头领导责任单位配合各镇街道朱 蕾#*一二\n\r\f\t-—"
    for _ in range(3000):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        tasks = parse_tasks(raw)
        for t in tasks:
            assert 0 <= t["char_start"] < t["char_end"] <= len(raw)


def test_crlf_offsets():
    raw = PAGE_BREAK.replace("\n", "\r\n")
    tasks = parse_tasks(raw)
    assert [t["units"] for t in tasks] == [t["units"] for t in parse_tasks(PAGE_BREAK)]
    _check_offsets(raw, tasks)


# ---- the bundled breakdown, through the whole run -------------------------------------------------------


def test_tasks_match_the_gold_breakdown(seed_out):
    """Every task's leaders and units, in order, against the gold breakdown (score.py compares them as sets)."""
    need_gold()
    gold = [
        json.loads(line)
        for line in (GOLD / "001_d9fcdb95f1be26b2.tasks.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    tasks = pd.read_parquet(seed_out / "tasks.parquet").set_index("task_no")
    assert len(tasks) == len(gold) == 61
    for g in gold:
        t = tasks.loc[g["task_no"]]
        assert list(t.lead_leaders) == g["lead_leaders"] and list(t.units) == g["units"], g["task_no"]
