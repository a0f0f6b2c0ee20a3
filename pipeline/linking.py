"""Link each task of a responsibility breakdown to the passage of the work report it was taken from.

Why character bigrams: breakdown tasks repeat the report's sentences with small edits (a clause
dropped, a unit added), which word-level or exact matching misses; bigram containment is robust to
that and needs no model. A passage is the run of consecutive report sentences most of whose bigrams
occur in the task.
"""

from __future__ import annotations

from typing import Any

import regex

from pipeline.document import Document

_NOT_TEXT = regex.compile(r"[\s\p{P}\p{S}]+")
# A sentence belongs to the passage when this share of its bigrams occurs in the task …
SENTENCE_CONTAINED = 0.6
# … and a link is made when the passage covers this share of the task's bigrams.
TASK_COVERED = 0.35
# Report sentences a passage may skip between two matching ones.
MAX_GAP = 2


def bigrams(text: str) -> set[str]:
    t = _NOT_TEXT.sub("", text)
    return {t[i : i + 2] for i in range(len(t) - 1)}


def link_tasks(tasks: list[dict[str, Any]], report: Document) -> int:
    """Fill `source_*` of each task from `report`; returns how many were linked."""
    sents = [(s.start, s.end, bigrams(report.text[s.start : s.end])) for s in report.sentences]
    linked = 0
    for task in tasks:
        tg = bigrams(task["text"])
        if len(tg) < 4:
            continue
        scores = [len(g & tg) / len(g) if g else 0.0 for _, _, g in sents]
        if not scores:
            continue
        matched = [i for i, sc in enumerate(scores) if sc >= SENTENCE_CONTAINED]
        if not matched:
            continue
        # Sentences of one passage may be interleaved with a report sentence the task left out.
        clusters: list[list[int]] = [[matched[0]]]
        for i in matched[1:]:
            if i - clusters[-1][-1] <= MAX_GAP + 1:
                clusters[-1].append(i)
            else:
                clusters.append([i])

        def coverage(cluster: list[int]) -> float:
            return len(set().union(*(sents[i][2] for i in cluster)) & tg) / len(tg)  # noqa: B023 (called in this iteration)

        best = max(clusters, key=lambda c: (coverage(c), -c[0]))
        if coverage(best) < TASK_COVERED:
            continue
        lo, hi = best[0], best[-1]
        s, e, _ = report.ground(sents[lo][0], sents[hi][1])
        task.update(source_doc_id=report.doc_id, source_char_start=s, source_char_end=e)
        linked += 1
    return linked
