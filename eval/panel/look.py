"""A reading aid for building the hand check (not gwr): print the sentences of a report that may
state an indicator's target for its plan year, and of the next report that may state the outcome.
Values in eval/panel/*.csv were decided by reading these sentences (and the reports around them).

    python eval/panel/look.py gdp 政府工作报告-省自治区/河南省 2015 [2018 ...]
"""

import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
WORDS = {
    "gdp": r"生产总值|GDP|经济增长|经济增速|国民生产总值|经济发展速度",
    "cpi": r"居民消费价格|物价|消费价格|商品零售价格",
    "unemp": r"失业率",
    "grain": r"粮食",
    "fiscal": r"一般公共预算收入|财政收入|地方财政|公共财政预算收入|地方一般预算收入|财政总收入",
}
TARGET_CUES = r"预期目标|主要目标|目标|今年|明年|左右|以上|力争|争取|以内|控制在|计划|预期|调控|指标|要求"


def sentences(text):
    pos = 0
    for piece in re.split(r"(?<=[。；！？\n])", text):
        yield pos, piece.strip()
        pos += len(piece)


def show(path, rx, cue, limit, width):
    if not path.exists():
        print(f"  [missing {path.relative_to(CORPUS)}]")
        return
    text = path.read_text(encoding="utf-8")
    n = 0
    for pos, s in sentences(text):
        m = re.search(rx, s)
        if not m or not re.search(r"\d|百分之", s) or (cue and not re.search(cue, s)):
            continue
        a = max(0, m.start() - width // 3)
        print(f"  {100 * pos // max(1, len(text)):3d}% | {s[a : a + width]}")
        n += 1
        if n >= limit:
            break


def main():
    ind, folder, *years = sys.argv[1:]
    rx = WORDS[ind]
    limit = int(next((y[2:] for y in years if y.startswith("-n")), "5"))
    for y in (int(y) for y in years if not y.startswith("-")):
        print(f"== {folder} {y} targets")
        show(CORPUS / folder / f"{y}.md", rx, TARGET_CUES, limit, 110)
        print(f"-- {y + 1} outcome")
        show(CORPUS / folder / f"{y + 1}.md", rx, r"增长|增速|上涨|上升|涨幅|下降|达到|完成|为", 3, 90)


if __name__ == "__main__":
    main()
