"""The budgets of reading a file: each is checked before or while a file is inflated or parsed.

Why one module: the readers (`pipeline/formats/`) and `ingest` check the same limits, and tests
lower them (monkeypatch this module's names); every check reads them here at call time.
"""

from __future__ import annotations

# Files larger than this are refused rather than read whole into memory: no single report comes
# near it (the corpus's largest is under 1 MB), so such a file is a concatenation or not a report.
MAX_BYTES = 64 * 1024 * 1024
# Budgets of the readers (`pipeline/formats/`), each checked before or while a file is inflated or
# parsed, never after, so a small file that expands enormously (a "zip bomb") costs nothing. Each
# refusal names its limit. A real report needs a small fraction of each: the corpus's largest report
# is ~330,000 characters; a Word report's document.xml is a few MB; a PDF report has ~20–100 pages.
# - the inflated size of any one member of a .docx archive (its declared size; Python's zipfile
#   never inflates past it) and of any one compressed stream inside a PDF;
MAX_MEMBER_BYTES = 64 * 1024 * 1024
# - the inflated size of all XML parts of a .docx together (python-docx parses every one);
MAX_XML_BYTES = 128 * 1024 * 1024
# - the inflated size of all members of a .docx together (images included: python-docx loads them);
MAX_ARCHIVE_BYTES = 256 * 1024 * 1024
# - the pages of a PDF (counted as they are read: the reader stops at the first page over);
MAX_PDF_PAGES = 2000
# - the characters of text a file gives (any format; counted as lines are produced).
MAX_TEXT_CHARS = 8 * 1024 * 1024


def too_much_text(n: int | None = None) -> str:
    got = f"{n:,} characters" if n is not None else "more characters"
    return f"too much text ({got}; the limit MAX_TEXT_CHARS is {MAX_TEXT_CHARS:,}, and no report comes near it)"
