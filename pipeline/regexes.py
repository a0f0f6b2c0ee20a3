"""Regex pieces built from the word tables of `patterns/`.

Why one helper: a table of words becomes an alternation tried longest first (`新开工` before `开工`,
`万平方米` before `平方米`), escaped; built by hand in each stage, the copies drift.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex


def alternation(words: Iterable[str]) -> str:
    """`a|b|…` of the words, longest first, each escaped."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
