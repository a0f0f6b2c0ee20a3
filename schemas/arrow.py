"""Parquet schemas derived from the row models, so column names and types are never written twice.

Types, so that a notebook gets the same dtypes from every table and every run:
- an int field with bounds is stored as the narrowest Arrow int holding them (years, 1900–2100:
  int16); a nullable one reads back in pandas as a nullable integer (`Int16`, `Int64`), never as
  float64 because one value is missing;
- a date is `date32` (pandas: `date32[day][pyarrow]`, so `.dt` works and a missing date is <NA>);
- a string field with a closed set of values (a `Literal`) is a dictionary whose dictionary is the
  whole set, in the model's order (pandas: `category` with every code as a category).
The pandas dtypes are recorded in the schema's `pandas` metadata, which `pandas.read_parquet` reads.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import types
import typing
from typing import cast

import annotated_types
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import BaseModel

_SCALARS: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    dt.date: pa.date32(),
}
_INTS = [(pa.int8(), 2**7), (pa.int16(), 2**15), (pa.int32(), 2**31)]
# pandas dtype a column reads back as, by Arrow type, where the default would lose something.
_NULLABLE_INT = {pa.int8(): "Int8", pa.int16(): "Int16", pa.int32(): "Int32", pa.int64(): "Int64"}
DICTIONARY_INDEX = pa.int8()


def _unwrap(annotation) -> tuple[typing.Any, bool]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0], True
    return annotation, False


def closed_values(annotation) -> list[str] | None:
    """The values of a closed string column (a Literal of strings), else None."""
    inner, _ = _unwrap(annotation)
    if typing.get_origin(inner) is typing.Literal:
        values = typing.get_args(inner)
        if all(isinstance(v, str) for v in values):
            return list(values)
    return None


def _int_type(metadata: list) -> pa.DataType:
    lo: int | None = None
    hi: int | None = None
    for m in metadata:
        if isinstance(m, annotated_types.Ge):
            lo = cast(int, m.ge)
        elif isinstance(m, annotated_types.Gt):
            lo = cast(int, m.gt) + 1
        elif isinstance(m, annotated_types.Le):
            hi = cast(int, m.le)
        elif isinstance(m, annotated_types.Lt):
            hi = cast(int, m.lt) - 1
    if lo is not None and hi is not None:
        for typ, bound in _INTS:
            if -bound <= lo and hi < bound:
                return typ
    return pa.int64()


def _arrow_type(annotation, metadata: list | None = None) -> tuple[pa.DataType, bool]:
    """(arrow type, nullable) for a model field annotation."""
    inner, nullable = _unwrap(annotation)
    origin = typing.get_origin(inner)
    if origin is typing.Literal:
        values = typing.get_args(inner)
        if all(isinstance(v, str) for v in values):
            return pa.dictionary(DICTIONARY_INDEX, pa.string()), nullable
        if all(isinstance(v, int) for v in values):
            return pa.int8(), nullable
        return _SCALARS[type(values[0])], nullable
    if origin is list:
        item, _ = _arrow_type(typing.get_args(inner)[0])
        return pa.list_(item), nullable
    if inner is int:
        return _int_type(metadata or []), nullable
    return _SCALARS[inner], nullable


def _pandas_dtype(typ: pa.DataType, nullable: bool) -> str | None:
    if nullable and typ in _NULLABLE_INT:
        return _NULLABLE_INT[typ]
    if typ == pa.date32():
        return "date32[day][pyarrow]"
    return None


def arrow_schema(model: type[BaseModel]) -> pa.Schema:
    fields, pandas_columns = [], []
    for name, info in model.model_fields.items():
        typ, nullable = _arrow_type(info.annotation, info.metadata)
        fields.append(pa.field(name, typ, nullable=nullable))
        dtype = _pandas_dtype(typ, nullable)
        if dtype:
            pandas_columns.append(
                {"name": name, "field_name": name, "pandas_type": str(typ), "numpy_type": dtype, "metadata": None}
            )
    pandas = {"index_columns": [], "column_indexes": [], "columns": pandas_columns, "creator": {"library": "gwr"}}
    return pa.schema(fields, metadata={b"pandas": json.dumps(pandas).encode()})


@functools.cache  # one model's value sets never change; every batch of every document asks for them
def dictionaries(model: type[BaseModel]) -> dict[str, pa.Array]:
    """Closed columns of a model -> the whole set of their values (the dictionary every batch uses)."""
    out = {}
    for name, info in model.model_fields.items():
        values = closed_values(info.annotation)
        if values is not None:
            out[name] = pa.array(values, pa.string())
    return out


def encode_closed(batch: pa.RecordBatch, model: type[BaseModel], schema: pa.Schema) -> pa.RecordBatch:
    """Re-encode the dictionary columns of `batch` against their whole value set, so every batch of
    every run carries the same dictionary (pandas then gets every code as a category)."""
    full = dictionaries(model)
    if not full:
        return batch
    columns = []
    for name, column in zip(batch.schema.names, batch.columns):
        if name in full:
            plain = column.cast(pa.string()) if pa.types.is_dictionary(column.type) else column
            idx = pc.index_in(plain, value_set=full[name]).cast(DICTIONARY_INDEX)
            column = pa.DictionaryArray.from_arrays(idx, full[name])
        columns.append(column)
    return pa.RecordBatch.from_arrays(columns, schema=schema)
