"""Append hand-read rows to a check file: one row per line on stdin,
`folder|year|code|measure|target_value|target_value_max|comparator|target sentence|outcome_value|outcome sentence|note`
(the region is the folder's last part, 全国 for the State Council; documents are folder/year.md and
folder/(year+1).md). A tool for typing what was read, nothing more."""

import csv
import sys
from pathlib import Path

H = [
    "region",
    "year",
    "indicator_code",
    "measure",
    "target_value",
    "target_value_max",
    "target_comparator",
    "target_doc",
    "target_sentence",
    "outcome_value",
    "outcome_doc",
    "outcome_sentence",
    "note",
]
out = Path(sys.argv[1])
new = not out.exists()
with out.open("a", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    if new:
        w.writerow(H)
    for line in sys.stdin:
        if not line.strip() or line.startswith("#"):
            continue
        folder, year, code, measure, tv, tm, cmp, ts, ov, os_, note = (x.strip() for x in line.rstrip("\n").split("|"))
        region = "全国" if folder.endswith("国务院") else folder.rsplit("/", 1)[-1]
        # `2005@2004`: plan year 2005 read from the text of the file named 2004.md (a folder whose files
        # are named by the year they review)
        y, _, f0 = year.partition("@")
        y, f0 = int(y), int(f0 or y)
        w.writerow(
            [
                region,
                y,
                code,
                measure,
                tv,
                tm,
                cmp,
                f"{folder}/{f0}.md" if ts else "",
                ts,
                ov,
                f"{folder}/{f0 + 1}.md" if os_ else "",
                os_,
                note,
            ]
        )
