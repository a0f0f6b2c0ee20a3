"""Every seed as users get it (issue #5): other encodings, traditional characters, Word, PDF and web
pages all give the same figures as the plain UTF-8 file."""
from __future__ import annotations

import collections
from pathlib import Path

import pytest

from pipeline.normalize import fold_traditional
from pipeline.run import process
from tests.conftest import RAW

SEEDS = sorted(RAW.glob("*.txt"))


def figure_key(row: dict) -> tuple:
    return (row["value"], row["value_max"], row["unit"], row["status"], row["year"])


def figures_of(path: Path, source: str) -> list[dict]:
    return process(path, source).records["figures"]


@pytest.fixture(scope="module")
def plain() -> dict[str, list[dict]]:
    return {p.name: figures_of(p, p.name) for p in SEEDS}


# Characters of the seeds that GBK lacks, written as a GBK-era file writes them; normalisation makes
# both forms the same text, so the figures must not change.
GBK_STAND_INS = str.maketrans({"•": "·", "₁": "1", "₂": "2", "₃": "3", "₅": "5", "₀": "0"})


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-16-le", "utf-8-sig"])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_other_encodings_give_the_same_figures(seed, encoding, plain, tmp_path):
    path = tmp_path / seed.name
    text = seed.read_text(encoding="utf-8")
    path.write_bytes((text.translate(GBK_STAND_INS) if encoding == "gbk" else text).encode(encoding))
    got = figures_of(path, seed.name)
    assert [figure_key(r) for r in got] == [figure_key(r) for r in plain[seed.name]]
    assert [r["indicator"] for r in got] == [r["indicator"] for r in plain[seed.name]]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_traditional_characters_give_the_same_figures_written_as_in_the_source(seed, plain, tmp_path):
    opencc = pytest.importorskip("opencc")
    text = opencc.OpenCC("s2t").convert(seed.read_text(encoding="utf-8"))
    path = tmp_path / seed.name
    path.write_text(text, encoding="utf-8")
    doc = process(path, seed.name)
    got, want = doc.records["figures"], plain[seed.name]
    assert collections.Counter(map(figure_key, got)) == collections.Counter(map(figure_key, want))
    assert [r["indicator_code"] for r in got] == [r["indicator_code"] for r in want]
    for g, w in zip(got, want):
        # indicator and sentence read as the source writes them (繁體) and fold back to the twin's
        assert twins(g["indicator"] or "", w["indicator"] or "")
        assert twins(g["sentence"], w["sentence"])
        if w["indicator"] and w["indicator"] in w["sentence"]:
            assert g["indicator"] in g["sentence"]
        assert text[g["char_start"] : g["char_end"]] == g["text"]
    # …and are not simply the simplified twin's strings
    assert sum(g["indicator"] != w["indicator"] for g, w in zip(got, want)) > len(got) // 4
    assert doc.meta["region"] == process(seed, seed.name).meta["region"]
    assert doc.meta["doc_type"] == process(seed, seed.name).meta["doc_type"]


def twins(written: str, simplified: str) -> bool:
    """`written` is `simplified` in traditional characters: same length, and folding it gives the
    simplified string except for at most two characters where OpenCC's phrase table is no
    one-for-one inverse of ours (家具 → 傢俱 → 家俱, 答复 → 答覆, 钜 → 鉅 → 巨)."""
    return len(written) == len(simplified) and sum(a != b for a, b in zip(written.translate(_T2S), simplified)) <= 2


def test_a_simplified_report_is_not_folded():
    for seed in SEEDS:
        assert fold_traditional(seed.read_text(encoding="utf-8")) is None


def test_traditional_fold_keeps_length_and_offsets():
    raw = "二、2021年經濟社會發展的主要目標：地區生產總值增長6%以上。" * 3
    folded = fold_traditional(raw)
    assert folded is not None and len(folded) == len(raw)
    assert "地区生产总值增长6%以上" in folded


from patterns.traditional import T2S as _T2S  # noqa: E402
