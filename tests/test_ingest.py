"""Reading a file: every encoding a report arrives in decodes to the same text, bad files fail loudly
with the file's name, and `doc_id` is a hash of the bytes."""

from __future__ import annotations

import codecs
import random

import pytest
from conftest import RAW, SEED_003, seed_text

from pipeline.formats.text import decode
from pipeline.ingest import IngestError, doc_id_of, ingest

# Copied from seed 003 (first paragraph of the review), with the line break that splits 固定资|产.
EXCERPT = (
    "全年地区生产总值增长6.7%，分别高于全国、全省、全市1.7、1.1、0.7个百分点；规上工业增加值增长13.8%，固定资\n\n"
    "产投资增长 5.2%，一般公共预算收入增长 3.5%，社会消费品零售总额增长 5.5%。主要抓了六方面工作：\n"
)

ENCODINGS = [
    # (bytes of the excerpt, encoding `decode` reports)
    pytest.param(EXCERPT.encode("utf-8"), "utf-8", id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + EXCERPT.encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
    pytest.param(EXCERPT.encode("gbk"), "gb18030", id="gbk"),
    pytest.param(EXCERPT.encode("gb18030"), "gb18030", id="gb18030"),
    pytest.param(codecs.BOM_UTF16_LE + EXCERPT.encode("utf-16-le"), "utf-16", id="utf-16-le-bom"),
    pytest.param(codecs.BOM_UTF16_BE + EXCERPT.encode("utf-16-be"), "utf-16", id="utf-16-be-bom"),
    pytest.param(EXCERPT.encode("utf-16-le"), "utf-16-le", id="utf-16-le-no-bom"),
    pytest.param(EXCERPT.encode("utf-16-be"), "utf-16-be", id="utf-16-be-no-bom"),
]


@pytest.mark.parametrize("data, encoding", ENCODINGS)
def test_decode_each_encoding(data, encoding):
    assert decode(data) == (EXCERPT, encoding)


@pytest.mark.parametrize("data, encoding", ENCODINGS)
def test_ingest_each_encoding_gives_the_same_document(tmp_path, data, encoding):
    reference = ingest(_write(tmp_path / "utf8.txt", EXCERPT.encode("utf-8")))
    p = _write(tmp_path / f"excerpt-{encoding}.txt", data)
    doc = ingest(p)
    assert doc.encoding == encoding
    assert doc.raw == EXCERPT
    assert doc.text == reference.text
    assert "固定资产投资增长5.2%" in doc.text
    assert doc.source == p.name


@pytest.mark.parametrize("codec", ["gb18030", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_whole_seed_round_trips_through_every_encoding(tmp_path, codec):
    text = seed_text(SEED_003)
    doc = ingest(_write(tmp_path / "seed.txt", text.encode(codec)))
    assert doc.raw == text
    assert doc.text == ingest(RAW / SEED_003).text


# ---- files that are not reports ---------------------------------------------------------------------


def _binary_with_nuls() -> bytes:
    data = bytearray(random.Random(20240601).randbytes(4096))
    data[100:104] = b"\x00\x00\x00\x00"
    return bytes(data)


BAD_FILES = [
    # (file name, content, word the reason must contain)
    pytest.param("empty.txt", b"", "empty", id="empty"),
    pytest.param("blank.txt", b"  \n\n\t \r\n", "empty", id="whitespace-only"),
    pytest.param("bom-only.txt", codecs.BOM_UTF8, "empty", id="bom-only"),
    pytest.param("random.txt", _binary_with_nuls(), "binary", id="random-bytes-with-nuls"),
    pytest.param(
        "image.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + random.Random(7).randbytes(2048),
        "a PNG image",
        id="png-header",
    ),
    pytest.param("controls.txt", b"\x01\x02\x03\x04abc" * 200, "binary", id="control-bytes"),
]


@pytest.mark.parametrize("name, content, reason", BAD_FILES)
def test_bad_file_raises_ingest_error_naming_the_file(tmp_path, name, content, reason):
    p = _write(tmp_path / name, content)
    with pytest.raises(IngestError) as exc:
        ingest(p)
    assert name in str(exc.value)
    assert str(p) in str(exc.value)
    assert reason in exc.value.reason
    assert exc.value.path == str(p)


def test_missing_path_raises_ingest_error_naming_it(tmp_path):
    p = tmp_path / "nowhere" / "2021年政府工作报告.txt"
    with pytest.raises(IngestError) as exc:
        ingest(p)
    assert "2021年政府工作报告.txt" in str(exc.value)
    assert "no such file" in str(exc.value)


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(IngestError) as exc:
        ingest(tmp_path)
    assert str(tmp_path) in str(exc.value)


@pytest.mark.parametrize(
    "data, reason",
    [
        pytest.param(_binary_with_nuls(), "binary", id="nuls"),
        pytest.param(b"\x81\x7f" * 64, "undecodable", id="not-utf8-nor-gb18030"),
    ],
)
def test_decode_refuses_what_no_encoding_reads(data, reason):
    with pytest.raises(ValueError, match=reason):
        decode(data)


# ---- doc_id ------------------------------------------------------------------------------------------


def test_doc_id_is_stable_for_the_same_bytes_whatever_the_file_name(tmp_path):
    data = EXCERPT.encode("utf-8")
    a = ingest(_write(tmp_path / "a.txt", data))
    b = ingest(_write(tmp_path / "sub" / "b.txt", data))
    assert a.doc_id == b.doc_id == doc_id_of(data)
    assert len(a.doc_id) == 16 and int(a.doc_id, 16) >= 0


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(EXCERPT.replace("6.7%", "6.8%").encode("utf-8"), id="one-digit-changed"),
        pytest.param((EXCERPT + "\n").encode("utf-8"), id="trailing-newline"),
        pytest.param(EXCERPT.encode("gb18030"), id="same-text-other-encoding"),
    ],
)
def test_doc_id_differs_for_different_bytes(tmp_path, other):
    a = ingest(_write(tmp_path / "a.txt", EXCERPT.encode("utf-8")))
    b = ingest(_write(tmp_path / "b.txt", other))
    assert a.doc_id != b.doc_id


def test_doc_id_of_a_seed_is_fixed():
    """The id is a hash of the bytes: it must not change between runs or machines."""
    data = (RAW / SEED_003).read_bytes()
    assert ingest(RAW / SEED_003).doc_id == doc_id_of(data) == doc_id_of(bytes(data))
    assert doc_id_of(data) == "5b438ec22a5fcf29"


def _write(path, data: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_a_bug_inside_a_reader_is_not_a_bad_file(tmp_path, monkeypatch):
    """Only refusals become "bad file": a reader that breaks raises its own error out of `ingest`,
    and the run reports that file as an internal error naming the exception, then goes on."""
    import pipeline.formats.html as html_reader
    from pipeline.run import extract_blob

    def broken(root):
        raise ValueError("a bug inside the reader")

    monkeypatch.setattr(html_reader, "_article", broken)
    page = _write(tmp_path / "report.html", "<html><body><p>全年地区生产总值增长6.7%。</p></body></html>".encode())
    with pytest.raises(ValueError) as exc:
        ingest(page)
    assert not isinstance(exc.value, IngestError)
    status, reason = extract_blob(str(page), "report.html")
    assert status == "failed"
    assert reason.startswith("internal error: ValueError: a bug inside the reader")


# ---- a one-line excerpt, and files that are not reports ----------------------------------------------

LINE = "全年完成地区生产总值440.2亿元，一般公共预算收入25.2亿元。\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        pytest.param(LINE.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + LINE.encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
        pytest.param(LINE.encode("gbk"), "gb18030", id="gbk"),
        pytest.param(LINE.encode("utf-16"), "utf-16", id="utf-16-bom"),
        pytest.param(LINE.encode("utf-16-le"), "utf-16-le", id="utf-16-le-no-bom"),
    ],
)
def test_decode(data, encoding):
    assert decode(data) == (LINE, encoding)


@pytest.mark.parametrize(
    "content, reason",
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"   \n\n ", "empty", id="blank"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "a PNG image", id="png"),
    ],
)
def test_bad_files_raise_with_the_file_name(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(IngestError) as exc:
        ingest(p)
    assert "bad.txt" in str(exc.value) and reason in str(exc.value)


def test_missing_file(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        ingest(tmp_path / "nowhere.txt")
