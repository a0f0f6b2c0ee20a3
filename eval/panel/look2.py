"""Reading aid, compact form: the text after each `…目标是/目标：` of report Y (where a report states
its year's targets) and the first sentences of report Y+1 naming the indicator with a number.

    python eval/panel/look2.py gdp 政府工作报告-省自治区/河南省 2015 2018
"""

import re
import sys

sys.path.insert(0, __import__("os").path.dirname(__file__))
from look import CORPUS, WORDS, sentences  # noqa: E402

HEAD = re.compile(r"(?:主要)?(?:预期)?目标(?:是|为|：|:)|主要预期目标|主要目标|计划要求|调控目标")


def main():
    ind, folder, *years = sys.argv[1:]
    rx = re.compile(WORDS[ind])
    for y in map(int, years):
        p = CORPUS / folder / f"{y}.md"
        print(f"== {y}")
        if not p.exists():
            print("  [missing]")
        else:
            text = p.read_text(encoding="utf-8")
            shown = 0
            for m in HEAD.finditer(text):
                seg = text[m.start() : m.start() + 400]
                k = rx.search(seg)
                if k and re.search(r"\d|百分之", seg[k.start() : k.start() + 40]):
                    piece = seg[max(0, k.start() - 10) : k.start() + 45]
                    print(f"  T{100 * m.start() // len(text):3d}% {piece}")
                    shown += "年均" not in piece[:25]
                    if shown >= 3:
                        break
            if not shown:
                for pos, s in sentences(text):
                    k = rx.search(s)
                    if (
                        k
                        and re.search(r"今年|明年|左右|以上|力争", s)
                        and "年均" not in s
                        and re.search(r"\d|百分之", s)
                    ):
                        print(f"  t{100 * pos // len(text):3d}% {s[max(0, k.start() - 25) : k.start() + 55]}")
                        shown += 1
                        if shown >= 3:
                            break
        q = CORPUS / folder / f"{y + 1}.md"
        if not q.exists():
            print("  O [next missing]")
            continue
        text = q.read_text(encoding="utf-8")
        shown = 0
        for pos, s in sentences(text):
            k = rx.search(s)
            if (
                k
                and re.search(r"(增长|增速)[^，。；]{0,6}(\d|百分之)", s[k.start() :])
                and not re.search("年均|平均每年", s[k.start() : k.start() + 40])
            ):
                print(f"  O{100 * pos // len(text):3d}% {s[max(0, k.start() - 12) : k.start() + 48]}")
                shown += 1
                if shown >= 2:
                    break


if __name__ == "__main__":
    main()
