"""What PDF/Word/web conversion leaves in report text, as regexes the ingest normalisers remove or rewrite.

Why data: each new source of reports brings its own debris (a page-number style, a Markdown habit);
adding a form here is enough, the normalisers in `pipeline/normalize.py` compose them and keep the
offset map back to the raw text.
"""

# YAML front matter of Markdown exports (`---\nsource: …\ntitle: …\n---`), only at the very start.
FRONT_MATTER = r"\A\ufeff?---[ \t]*\r?\n(?:.*\r?\n)*?---[ \t]*(?:\r?\n|\Z)"

# HTML comments left by web exports (`<!-- 1月18日上午，省长… -->`).
HTML_COMMENT = r"<!--.*?-->"

# A whole line that is only a page number: `- 3 -`, `—12—`, `第 3 页`, `3/12`, a bare 1–3 digit number.
PAGE_NUMBER_LINE = r"(?m)^[ \t\u3000]*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3}|\d{1,3})[ \t\u3000]*(?=\r?\n|\Z)"

# Markdown markers: heading hashes at line start, bold/italic stars, horizontal rules, block quotes.
MARKDOWN_HEADING = r"(?m)^[ \t]*#{1,6}[ \t]*"
MARKDOWN_EMPHASIS = r"\*\*|__|(?<!\*)\*(?!\*)"
MARKDOWN_RULE = r"(?m)^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*(?=\r?\n|\Z)"
MARKDOWN_QUOTE = r"(?m)^[ \t]*>[ \t]?"
# A whole line in bold or heading markup (`**“十三五”时期的规划构想**`, `## 三、…`): a line of its own, never
# joined to the next however long it is. Group "last" is its last character of text.
MARKED_UP_LINE = r"(?m)^[ \t]*(?:\*\*[^*\n]*(?P<last>[^*\s])\*\*|#{1,6}[ \t]+[^\n]*(?P<last>\S))[ \t]*$"

# Sub- and superscripts: `PM_{2.5}`, `PM₁₀`, `CO₂`, `m²`.
LATEX_SUBSCRIPT = r"_\{([^{}\n]{1,8})\}"
SUBSCRIPT_CHARS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
SUPERSCRIPT_CHARS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")

# Full-width forms folded to ASCII for matching: digits, Latin letters and the signs numbers use.
# Chinese punctuation (，。：；（）) stays as it is: the heading and sentence rules are written in it.
FULLWIDTH_FOLD = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # ０-９
FULLWIDTH_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
FULLWIDTH_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
FULLWIDTH_FOLD.update({"％": "%", "．": ".", "＋": "+", "－": "-", "～": "~", "＝": "=", "／": "/", "\u3000": " ", "\u00a0": " "})

# Horizontal space is dropped unless it separates two ASCII letters or digits (`Windows 10`).
INNER_SPACE = r"(?<![A-Za-z0-9])[ \t]+|[ \t]+(?![A-Za-z0-9])"

# A line ending in one of these closes its sentence; a line break after anything else may be
# a break inside a sentence (`新征\n\n程`) and is joined.
SENTENCE_CLOSERS = "。！？!?；;：:…”’）)】」』"

# Lines never joined to the next: bylines (`——2021年1月30日在…会议上`) and salutations.
NO_JOIN_LINE = r"^(?:——.*(?:会议|大会)上|各位代表|.{0,16}(?:主任|省长|市长|区长|县长|总理|书记|局长|州长|旗长))\s*$"
# A broken line must carry at least this many characters to be joined (short lines are titles).
JOIN_MIN_CHARS = 12
# A numbered line (`（一）…`, `1.…`) is a heading unless it holds one of these before its end (then it
# is a lead phrase and its paragraph) …
HEADING_LINE_INNER_STOP = r"[。：:；;](?!$)"
# … or the next line opens with a fragment of a word cut by the break (`程，迅速…`, `破。坚持…`). Before 、 only
# one character is (`化、信息化`): two or three open a list (`农业、农村和农民问题`, `改革、开放、创新是…`:
# about 200 numbered headings in the corpus were run into their paragraph by it).
SHORT_CONTINUATION = r"^(?:[^，。；：、,.;:！？!?“”\s]{1,3}[，。；：,.;:！？!?]|[^，。；：、,.;:！？!?“”\s]、)"

# A full-width comma between digit groups is a thousands separator in older reports and the statistical
# communiqués (`粮食产量33，212万吨`, `货物周转量6，600亿吨公里`): read as `,` so the number is one.
# (Exactly three digits after it, and a unit after those: a list of numbers has its own units.)
THOUSANDS_COMMA = r"(?<=(?<![\d.])\d{1,3}(?:，\d{3})*)，(?=\d{3}(?:，\d{3})*(?:\.\d+)?[\p{Han}%‰])"
