"""Reading aid for indicators other than GDP: around each match of a target pattern in report Y and
of an outcome pattern in report Y+1, the text as written.

    python eval/panel/look3.py cpi 政府工作报告-省自治区/河南省 2012 2018
"""

import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
PATTERNS = {  # (target, outcome)
    "cpi": (
        r"(居民消费价格|消费价格|物价)[^。；]{0,12}(涨幅|上涨|总水平|指数)[^。；]{0,10}(控制在|左右|以内|\d)",
        r"居民消费价格[^。；，]{0,12}(上涨|涨幅|增长|下降|上升|持平)",
    ),
    "unemp": (r"(登记|调查)失业率[^。；]{0,8}(控制在|左右|以内|以下|\d)", r"(登记|调查)失业率[^。；，]{0,10}\d"),
    "grain": (r"粮食[^。；]{0,10}(产量|总产)[^。；]{0,16}\d", r"粮食[^。；]{0,10}(产量|总产)[^。；]{0,16}\d"),
    "fiscal": (
        r"(一般公共预算收入|公共财政预算收入|一般预算收入|地方财政收入)[^。；]{0,14}增长[^。；]{0,6}\d",
        r"(一般公共预算收入|公共财政预算收入|一般预算收入|地方财政收入)[^。；]{0,24}增长[^。；]{0,6}\d",
    ),
}


def main():
    ind, folder, *years = sys.argv[1:]
    rt, ro = PATTERNS[ind]
    for y in map(int, years):
        print(f"== {folder.rsplit('/', 1)[-1]} {y}")
        for tag, rx, f, n in (("T", rt, y, 3), ("O", ro, y + 1, 2)):
            p = CORPUS / folder / f"{f}.md"
            if not p.exists():
                print(f"  {tag} [missing]")
                continue
            t = p.read_text(encoding="utf-8")
            for m in list(re.finditer(rx, t))[:n]:
                print(
                    f"  {tag}{100 * m.start() // len(t):3d}% "
                    + t[max(0, m.start() - 12) : m.start() + 55].replace("\n", " ")
                )


if __name__ == "__main__":
    main()
