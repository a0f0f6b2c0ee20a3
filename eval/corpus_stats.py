"""How well a run read its reports, over a whole corpus: the "Done when" numbers of issue 13.

    gwr extract ../shared/corpus --out /tmp/all && python eval/corpus_stats.py /tmp/all
    python eval/corpus_stats.py /tmp/all --missing 50      # list up to 50 reports whose GDP target is missing
    python eval/corpus_stats.py /tmp/all --json            # one JSON object

Prints:
- the share of figures without a year;
- the share of figures in no part or in a part of unknown role (`kind == "other"`);
- among work reports with a plan year from 1990 on whose text sets a GDP growth target for the plan
  year (found by the independent text test below), the share where `targets` holds it: a growth
  target of a GDP-like indicator for the plan year;
- the reports where it is missing, with the sentence that sets it.

Why an independent test: "the report set one" must not be judged by the rules being measured. The
text test is deliberately plain (a GDP word, a growth word, a percentage and a target word in one
clause run, and no word placing it in another year or a multi-year span) and errs towards finding a
target, so a missed target is counted against the pipeline rather than hidden.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys

import pandas as pd
import regex

# A GDP-like indicator (the national GNP of the early 1990s, growth of "the economy", output totals).
GDP_WORDS = r"国内生产总值|地区生产总值|生产总值|GDP|国民生产总值|经济增长(?:速度)?|经济增速|经济总量"
_PCT = r"(?:\d+(?:\.\d+)?(?:[-—–~至到]\d+(?:\.\d+)?)?\s*[%％]|百分之[一二三四五六七八九十点零两]+)"
# GDP word … growth word … percentage in one run of text without a full stop or semicolon.
_GDP_GROWTH = regex.compile(
    rf"(?:{GDP_WORDS})[^。；;！？\n]{{0,16}}?(?:增长|增速|增幅|速度|递增)[^。；;！？\n]{{0,14}}?{_PCT}"
)
# The clause states a target.
_TARGET = regex.compile(r"左右|以上|预期|目标|力争|争取|确保|计划|安排|要求|预计|定为|控制在|初步考虑|建议")
# The clause is about another year or a multi-year span (a review, a five-year goal).
_OTHER_TIME = regex.compile(
    r"去年|上年|全年完成|完成|初步统计|初步核算|过去|年均|平均每年|每年|五年|十年|累计|期间|时期|以来|“[^”]{1,3}五”|[十九八七六五]五|本世纪|翻[一两]?番|已经|实现了|完成了|达到了|比上年|同比"
)
_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
_SENTENCE = regex.compile(r"[^。！？!?\n]+")

# An indicator naming GDP (or GNP, or "the economy") as a whole, not a part or a per-head figure of it.
GDP_INDICATOR = r"^(?!.*人均)(?:全[国省市区县州盟旗]|本[省市区县]|[\u4e00-\u9fff]{1,8}[省市区县州盟旗]|地方|市内|地区|国内|国民|全年)?(?:生产总值|GDP|GNP|经济增长(?:速度)?|经济增速|经济)(?:增长|增速|增长率)?$"
GDP_CODES = {"gdp", "gnp"}


def sets_gdp_target(text: str, plan_year: int) -> str | None:
    """The first sentence of `text` that sets a GDP growth target for `plan_year`, or None."""
    for s in _SENTENCE.finditer(text):
        sent = s.group()
        m = _GDP_GROWTH.search(sent)
        if not m:
            continue
        clause = sent[max(0, m.start() - 30) : m.end() + 8]
        if not _TARGET.search(clause) or _OTHER_TIME.search(clause):
            continue
        years = {int(y) for y in _YEAR.findall(sent)}
        if years and plan_year not in years:
            continue
        if "预计" in clause and "今年" not in clause and str(plan_year) not in clause:
            continue  # 预计 about the year just ended is an estimate, not a target
        return sent.strip()
    return None


def load(out: pathlib.Path, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    path = out / f"{name}.parquet"
    if not path.exists():
        return pd.DataFrame(columns=columns or [])
    return pd.read_parquet(path, columns=columns)


def stats(out: pathlib.Path) -> dict:
    docs = load(out, "documents")
    figures = load(out, "figures", ["doc_id", "section_id", "year", "status", "indicator", "indicator_code", "measure"])
    sections = load(out, "sections", ["section_id", "kind"])
    targets = load(out, "targets", ["doc_id", "indicator", "indicator_code", "measure", "year"])
    kind = dict(zip(sections["section_id"], sections["kind"]))
    n = len(figures)
    no_year = int(figures["year"].isna().sum())
    roles = figures["section_id"].map(lambda s: kind.get(s) if isinstance(s, str) else None)
    unknown = int((roles.isna() | (roles == "other")).sum())

    # GDP growth target of the plan year
    texts = load(out, "texts")
    text_of = dict(zip(texts["doc_id"], texts["text"])) if len(texts) else {}
    gdp_t = targets[
        (targets["measure"] == "growth")
        & (targets["indicator_code"].isin(GDP_CODES) | targets["indicator"].fillna("").str.contains(GDP_INDICATOR))
    ]
    have = set(zip(gdp_t["doc_id"], gdp_t["year"].astype("Int64")))
    wr = docs[(docs["doc_type"] == "work_report") & docs["plan_year"].notna() & (docs["plan_year"] >= 1990)]
    setting, missing = 0, []
    by_level: dict[str, list[int]] = {}
    for d in wr.itertuples():
        sent = sets_gdp_target(text_of.get(d.doc_id, ""), int(d.plan_year))
        if sent is None:
            continue
        setting += 1
        found = (d.doc_id, int(d.plan_year)) in have
        lv = by_level.setdefault(d.level, [0, 0])
        lv[0] += 1
        lv[1] += found
        if not found:
            missing.append({"source": d.source, "plan_year": int(d.plan_year), "sentence": sent[:120]})
    per_doc = {}
    if "share_decided" in docs.columns:
        per_doc = {
            "documents_share_decided_below_0.8": int((docs["share_decided"].fillna(1) < 0.8).sum()),
            "mean_share_decided": round(float(docs["share_decided"].dropna().mean()), 4)
            if docs["share_decided"].notna().any()
            else None,
        }
    return {
        "documents": len(docs),
        "figures": n,
        "figures_without_year": no_year,
        "share_without_year": round(no_year / n, 4) if n else 0.0,
        "figures_in_unknown_part": unknown,
        "share_in_unknown_part": round(unknown / n, 4) if n else 0.0,
        "work_reports_from_1990": len(wr),
        "work_reports_setting_gdp_target": setting,
        "gdp_target_found": setting - len(missing),
        "share_gdp_target_found": round((setting - len(missing)) / setting, 4) if setting else 0.0,
        "gdp_target_found_by_level": {k: f"{v[1]}/{v[0]}" for k, v in sorted(by_level.items())},
        **per_doc,
        "missing": missing,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=pathlib.Path, help="folder written by `gwr extract`")
    ap.add_argument("--missing", type=int, default=30, help="reports without their GDP target to list (0: all)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    s = stats(args.out)
    if args.json:
        print(json.dumps(s, ensure_ascii=False, indent=1))
        return 0
    print(f"documents {s['documents']}, figures {s['figures']}")
    print(f"figures without a year:        {s['share_without_year']:.1%}  ({s['figures_without_year']})   goal <= 3%")
    print(
        f"figures in a part of unknown role: {s['share_in_unknown_part']:.1%}  ({s['figures_in_unknown_part']})   goal <= 5%"
    )
    print(
        f"GDP growth target of the plan year found: {s['share_gdp_target_found']:.1%}  "
        f"({s['gdp_target_found']} of {s['work_reports_setting_gdp_target']} work reports from 1990 that set one; "
        f"{s['work_reports_from_1990']} work reports from 1990)   goal >= 97%"
    )
    print(f"   by level: {s['gdp_target_found_by_level']}")
    if "mean_share_decided" in s:
        print(
            f"mean share of figures with part and year decided: {s['mean_share_decided']}; documents below 0.8: {s['documents_share_decided_below_0.8']}"
        )
    miss = s["missing"] if args.missing == 0 else s["missing"][: args.missing]
    if miss:
        print(f"reports where the GDP growth target is missing ({len(s['missing'])}):")
        for m in miss:
            print(f"   {m['source']} ({m['plan_year']}): {m['sentence']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
