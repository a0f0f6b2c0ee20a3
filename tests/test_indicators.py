"""The fast paths of pipeline/indicators.py give what the plain forms they replace give."""

from __future__ import annotations

import pytest
from conftest import RAW

from pipeline.indicators import ALIASES, SCOPE_PREFIXES, _lookup, cut_no_hmm, tokenizer


def _seed_lines() -> list[str]:
    lines = []
    for path in sorted(RAW.glob("*.txt")):
        lines += [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    return lines


def test_cut_is_jiebas_lcut_on_report_lines():
    tk = tokenizer()
    lines = _seed_lines()
    assert len(lines) > 100
    # whole lines, and the short phrases before a number that the figure reader tokenises
    phrases = lines + [line[i : i + 12] for line in lines for i in range(0, len(line), 7)]
    differ = [p for p in phrases if cut_no_hmm(tk, p) != tk.lcut(p, HMM=False)]
    assert differ == []


@pytest.mark.parametrize(
    "phrase",
    [
        "全市地区生产总值（GDP）增长6.5%",  # Latin letters and digits inside Han text
        "PM2.5平均浓度下降到35微克/立方米",
        "R&D经费投入强度 2.4%，5G基站1.2万个",  # & and a space between runs
        "\r\n城镇新增就业\t12万人 ",
        "１２３ＡＢＣ全角",  # full-width digits and letters are not jieba's [a-zA-Z0-9]
        "",
    ],
)
def test_cut_is_jiebas_lcut_on_mixed_text(phrase):
    tk = tokenizer()
    assert cut_no_hmm(tk, phrase) == tk.lcut(phrase, HMM=False)


def _lookup_by_loop(key: str) -> str | None:
    if key in ALIASES:
        return ALIASES[key]
    for prefix in SCOPE_PREFIXES:
        if key.startswith(prefix) and key[len(prefix) :] in ALIASES:
            return ALIASES[key[len(prefix) :]]
    return None


def test_lookup_is_the_first_scope_prefix_that_fits():
    names = sorted(ALIASES)[::7]
    keys = [p + n for p in SCOPE_PREFIXES for n in names[:40]]
    keys += names + [n[:-1] for n in names] + list(SCOPE_PREFIXES) + ["全市", "市", "全社会地区生产总值", "我省"]
    assert any(_lookup(k) for k in keys if k not in ALIASES)  # prefixed keys do resolve
    assert [_lookup(k) for k in keys] == [_lookup_by_loop(k) for k in keys]
