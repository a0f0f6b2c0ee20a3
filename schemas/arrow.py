"""Parquet schemas derived from the row models, so column names and types are never written twice."""
from __future__ import annotations

import datetime as dt
import types
import typing

import pyarrow as pa
from pydantic import BaseModel

_SCALARS: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    dt.date: pa.date32(),
}
# Columns stored narrower than their Python type.
_NARROW = {"sign": pa.int8()}


def _arrow_type(annotation) -> tuple[pa.DataType, bool]:
    """(arrow type, nullable) for a model field annotation."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        inner, _ = _arrow_type(args[0])
        return inner, True
    if origin is typing.Literal:
        first = typing.get_args(annotation)[0]
        return _SCALARS[type(first)], False
    if origin is list:
        inner, _ = _arrow_type(typing.get_args(annotation)[0])
        return pa.list_(inner), False
    return _SCALARS[annotation], False


def arrow_schema(model: type[BaseModel]) -> pa.Schema:
    fields = []
    for name, info in model.model_fields.items():
        typ, nullable = _arrow_type(info.annotation)
        fields.append(pa.field(name, _NARROW.get(name, typ), nullable=nullable))
    return pa.schema(fields)
