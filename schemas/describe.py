"""The tables described from their row models: what `gwr schema` prints and the README shows.

Why from the models: the column list, the types (`schemas/arrow.py`) and the meanings (each
field's `description`) are stated once, in `schemas/records.py`; nothing here is written twice.
"""

from __future__ import annotations

import inspect
import json

from schemas.arrow import arrow_schema, closed_values
from schemas.records import CODES, TABLES


def _type_name(field, pandas_dtypes: dict[str, str]) -> str:
    typ = field.type
    if str(typ).startswith("dictionary"):
        return "category"
    if str(typ).startswith("list"):
        return f"list of {typ.value_type}"
    if field.name in pandas_dtypes and "pyarrow" in pandas_dtypes[field.name]:
        return "date"
    if str(typ) == "double":
        return "float64"
    return str(typ)


def describe(name: str) -> dict:
    """{"doc": what one row is, "columns": [{name, type, nullable, description, codes}]}."""
    model = TABLES[name]
    schema = arrow_schema(model)
    pandas_dtypes = {c["name"]: c["numpy_type"] for c in json.loads(schema.metadata[b"pandas"])["columns"]}
    columns = []
    for field in schema:
        info = model.model_fields[field.name]
        codes = closed_values(info.annotation) or (list(CODES[field.name]) if field.name == "sign" else None)
        columns.append(
            {
                "name": field.name,
                "type": _type_name(field, pandas_dtypes),
                "nullable": field.nullable,
                "description": info.description or "",
                "codes": codes or [],
            }
        )
    doc = inspect.getdoc(model) or ""
    return {"doc": doc.split("\n\n")[0].replace("\n", " "), "columns": columns}


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def markdown(names: list[str] | None = None) -> str:
    """The tables and the codes as Markdown (README: "The tables")."""
    names = names or list(TABLES)
    lines = []
    used = set()
    for name in names:
        info = describe(name)
        lines += [f"**`{name}`** — {_md(info['doc'])}", "", "| column | type | meaning |", "|---|---|---|"]
        for c in info["columns"]:
            typ = c["type"] + (", null" if c["nullable"] else "")
            lines.append(f"| `{c['name']}` | {typ} | {_md(c['description'])} |")
            if c["codes"]:
                used.add(c["name"])
        lines.append("")
    if used:
        lines += ["**Codes**", "", "| column | code | meaning |", "|---|---|---|"]
        for col in (c for c in CODES if c in used):
            for code, meaning in CODES[col].items():
                lines.append(f"| `{col}` | `{_md(code)}` | {_md(meaning)} |")
        lines.append("")
    return "\n".join(lines)
