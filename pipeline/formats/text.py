"""Plain-text reports (.txt, .md, …): their bytes decoded, whatever encoding they came in.

Also the fallback of the web-page reader, which decodes a page without a usable declaration the
same way.
"""

from __future__ import annotations

import codecs

from pipeline.formats.common import ReaderError


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). BOMs first, then strict UTF-8, then UTF-16 without BOM, then GB18030.

    Raises ReaderError for bytes no encoding reads, UnicodeDecodeError for bytes after a BOM that
    do not follow it."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom) :].decode(name), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        # UTF-16 without BOM puts NULs in the high byte of ASCII characters; anything else with NULs is binary.
        for name in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if _plausible(text):
                return text, name
        raise ReaderError("binary file (NUL bytes), not a text report")
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise ReaderError(
            f"undecodable bytes: {_utf8_break(data)}; as GB18030 at byte {exc.start:,} (tried UTF-8, UTF-16, GB18030)"
        ) from None


def _utf8_break(data: bytes) -> str:
    """Where UTF-8 breaks, as a person finds it: byte offset, line and column, and the bytes."""
    try:
        data.decode("utf-8")
        return "valid UTF-8"
    except UnicodeDecodeError as exc:
        at = exc.start
    line = data.count(b"\n", 0, at) + 1
    column = len(data[data.rfind(b"\n", 0, at) + 1 : at].decode("utf-8", "replace")) + 1
    return f"not UTF-8 from byte {at:,} (line {line}, column {column}: {data[at : at + 4].hex(' ')})"


def _plausible(text: str) -> bool:
    """Mostly Chinese, ASCII and their punctuation: what a report decodes to, and garbage does not."""
    sample = text[:2000]
    good = sum(
        1
        for ch in sample
        if ch.isascii()
        and (ch.isprintable() or ch in "\n\r\t")
        or "\u4e00" <= ch <= "\u9fff"
        or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef"
        or ch in "“”‘’—…·"
    )
    return good >= 0.9 * len(sample)
