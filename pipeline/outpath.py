"""Where gwr may write, and how it names paths in messages: it never replaces or deletes what it
did not write.

Why a module of its own: `gwr extract --out DIR` replaces DIR as a whole (tables are written to a
temporary sibling and swapped in, `pipeline/write.py`), and `-o FILE` of the other commands
replaces FILE. Pointed at the wrong path, either would silently destroy a user's files. So:

- `--out` may name a missing path (created), an empty folder, or a folder holding a previous gwr
  output and nothing else (recognised by its `manifest.json`, whose `tool` is `gwr` and which has
  a `schema_version`, beside only the files gwr writes there). Anything else — a file, a folder of
  notes, the input itself, a folder holding an input or lying inside one, the current folder — is
  refused with `OutPathError`, naming the path and what is in it. A read-only folder is refused,
  not replaced (a rename needs only the parent's permission, so the folder's own mode would
  otherwise be ignored).
- `-o FILE` may name a missing or empty file, or one gwr wrote for the same command (a review
  page with gwr's generator tag; a table with the same columns); anything else needs `--force`.
  A folder, a symbolic link and a read-only file are refused even then.

Paths printed to the terminal go through `printable`: a file name holding a newline or an escape
sequence must not forge a line of output.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from pipeline.errors import OutPathError

MANIFEST = "manifest.json"
CACHE_DIR = ".cache"
# Written first into a temporary output folder, removed just before it is swapped into place: the
# stale-temporary cleanup removes only folders that carry it (or a gwr manifest).
TEMP_MARKER = ".gwr-temporary"
# A manifest larger than this is not one gwr wrote (the corpus's 3,065 inputs make ~1 MB).
MAX_MANIFEST_BYTES = 64 * 2**20
# The tag `gwr report` puts in the page's <head>, by which a later run recognises its own page.
HTML_GENERATOR = '<meta name="generator" content="gwr'
# Names shown in a refusal before "…".
SHOW_ENTRIES = 5
_CACHE_ENTRY = re.compile(r"^[0-9a-f]{32}\.(?:arrow\.zst|pkl\.zst)$")


# ---------------------------------------------------------------------------------------------
# Names in messages
# ---------------------------------------------------------------------------------------------

# Characters that move the cursor, end a line or reorder text on a terminal: control characters
# (C0, C1), line and paragraph separators, and the bidirectional overrides.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: object) -> str:
    """`text` with every character that could break or forge a line of output escaped (`\\n`,
    `\\x1b`, `\\u202e`), so a file name prints as one harmless line."""
    text = str(text)

    def esc(m: re.Match) -> str:
        ch = m.group()
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch) or (
            f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"
        )

    return _UNSAFE.sub(esc, text)


def _name(p: str | Path) -> str:
    return printable(p)


# ---------------------------------------------------------------------------------------------
# The output folder
# ---------------------------------------------------------------------------------------------


# Files a user keeps in the output folder, carried into each new one (as the cache is): the
# corrections made by hand (`gwr correct`, pipeline/corrections.py).
USER_FILES = ("corrections.csv",)


def output_names() -> set[str]:
    """What a gwr output folder holds: one Parquet file per table, the manifest, the cache, and the
    user's corrections."""
    from schemas.records import TABLES

    return {f"{name}.parquet" for name in TABLES} | {MANIFEST, CACHE_DIR} | set(USER_FILES)


def gwr_manifest(folder: Path) -> dict | None:
    """The folder's `manifest.json` if gwr wrote it (a JSON object with `tool: gwr` and a
    `schema_version`), else None."""
    path = folder / MANIFEST
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size > MAX_MANIFEST_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if isinstance(data, dict) and data.get("tool") == "gwr" and "schema_version" in data:
        return data
    return None


def is_gwr_output(folder: Path) -> bool:
    """A folder holding a gwr output and nothing gwr did not write."""
    return gwr_manifest(folder) is not None and not _foreign_entries(folder)


def _foreign_entries(folder: Path) -> list[str]:
    """Entries of a gwr output folder that gwr does not write there (shown with `/` for folders)."""
    allowed = output_names()
    foreign = []
    for entry in sorted(folder.iterdir()):
        if entry.name == CACHE_DIR and entry.is_dir() and not entry.is_symlink():
            foreign += [
                f"{CACHE_DIR}/{e.name}"
                for e in sorted(entry.iterdir())
                if not _CACHE_ENTRY.match(e.name) or e.is_symlink() or not e.is_file()
            ]
        elif entry.name not in allowed or entry.is_symlink() or (entry.name != CACHE_DIR and not entry.is_file()):
            foreign.append(entry.name + ("/" if entry.is_dir() else ""))
    return foreign


def _listing(names: list[str]) -> str:
    shown = ", ".join(printable(n) for n in names[:SHOW_ENTRIES])
    return shown + (f", … ({len(names)} in all)" if len(names) > SHOW_ENTRIES else "")


def _contents(folder: Path) -> str:
    names = [e.name + ("/" if e.is_dir() else "") for e in sorted(folder.iterdir())]
    return f"{len(names)} entr{'y' if len(names) == 1 else 'ies'}: {_listing(names)}"


def _read_only(path: Path) -> bool:
    """Not writable for this user, or without any write bit (root may write anything, but a
    folder someone made read-only is still theirs to keep)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not os.access(path, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def check_out_folder(out: str | Path, inputs: Iterable[str | Path] = ()) -> Path:
    """Refuse (`OutPathError`) an `--out` gwr may not replace; returns it as an absolute path."""
    given = Path(out)
    path = Path(os.path.abspath(given))
    if given.is_symlink():
        raise OutPathError(
            f"--out {_name(given)} is a symbolic link (to {_name(os.readlink(given))}): name the folder itself"
        )
    resolved = path.resolve()
    cwd = Path.cwd().resolve()
    if resolved == cwd or resolved in cwd.parents:
        raise OutPathError(
            f"--out {_name(given)} is the current folder or holds it: gwr replaces its --out folder as a whole; name a new folder (e.g. --out out)"
        )
    for given_input in inputs:
        p = Path(given_input)
        if not p.exists():
            continue
        src = p.resolve()
        if src == resolved:
            raise OutPathError(
                f"--out {_name(given)} is the input {_name(p)}: gwr replaces its --out folder as a whole; name a new folder"
            )
        if resolved in src.parents:
            raise OutPathError(
                f"the input {_name(p)} is inside --out {_name(given)}, which gwr replaces as a whole; name a new folder"
            )
        if src in resolved.parents:
            raise OutPathError(f"--out {_name(given)} is inside the input {_name(p)}; name a folder outside the inputs")
    if not path.exists():
        return path
    if not path.is_dir():
        try:
            size = f" ({path.stat().st_size:,} bytes)"
        except OSError:
            size = ""
        raise OutPathError(
            f"--out {_name(given)} is a file{size}, not a folder: gwr writes a folder of tables there and will not replace the file"
        )
    try:
        empty = not any(path.iterdir())
        if not empty:
            if gwr_manifest(path) is None:
                raise OutPathError(
                    f"--out {_name(given)} is not empty and is not a gwr output (no gwr manifest.json); it holds {_contents(path)}. "
                    "gwr replaces only an empty folder or its own output: name a new folder"
                )
            foreign = _foreign_entries(path)
            if foreign:
                raise OutPathError(
                    f"--out {_name(given)} holds a gwr output but also files gwr did not write ({_listing(foreign)}); "
                    "gwr replaces its output folder as a whole: move them out or name a new folder"
                )
    except OSError as exc:
        raise OutPathError(f"--out {_name(given)} cannot be read: {exc.strerror or exc}") from None
    if _read_only(path):
        mode = stat.filemode(path.stat().st_mode)
        raise OutPathError(
            f"--out {_name(given)} is read-only ({mode}): gwr does not replace it; make it writable or name another folder"
        )
    return path


# ---------------------------------------------------------------------------------------------
# Output files (-o)
# ---------------------------------------------------------------------------------------------


def check_out_file(output: str | Path, force: bool = False, ours: Callable[[Path], bool] | None = None) -> Path:
    """Refuse (`OutPathError`) an `-o FILE` gwr may not replace. `ours(path)` tells whether an
    existing file is one gwr wrote for this command; without `force`, only such a file, or an
    empty one, is replaced."""
    path = Path(output)
    shown = _name(path)
    if path.is_symlink():
        raise OutPathError(f"{shown} is a symbolic link (to {_name(os.readlink(path))}): name the file itself")
    if not path.exists():
        return path
    if path.is_dir():
        raise OutPathError(f"{shown} is a folder, not a file")
    if not path.is_file():
        raise OutPathError(f"{shown} is not a regular file")
    if _read_only(path):
        raise OutPathError(f"{shown} is read-only ({stat.filemode(path.stat().st_mode)}): gwr does not replace it")
    size = path.stat().st_size
    if force or size == 0:
        return path
    try:
        recognised = ours is not None and ours(path)
    except Exception:
        recognised = False
    if not recognised:
        raise OutPathError(
            f"{shown} exists ({size:,} bytes) and is not a file gwr wrote: use --force to replace it, or name another file"
        )
    return path


def write_file(output: str | Path, write: Callable[[Path], object]) -> Path:
    """Write through a temporary file beside `output` and move it into place, readable like any
    file the user makes (0666 less the umask, not mkstemp's 0600); a failure leaves `output` as it was."""
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return output


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
