"""Which government a region answers to: district/county → city → province → 全国.

Why here: the amplification view of `gwr panel --with-parent` lines a region's target up with its
parent's. The parent comes from the gazetteer (`patterns/regions.py`: every prefecture under its
province) and from the region's own name (`洛阳市偃师区` sits under `洛阳市`); the corpus folder a
report sits in (`政府工作报告-省自治区/…`, `政府工作报告-主要城市/…`) already gave it its level
(`documents.level`). A region the gazetteer does not place (a county-level city written alone)
has no parent rather than a guessed one.
"""

from __future__ import annotations

from functools import cache

from patterns import regions as R
from patterns.metadata import NATIONAL_REGION

_CITY_PROVINCE: dict[str, str] = {city: province for province, names in R.PREFECTURES.items() for city in names.split()}
# Longest first, so 海南藏族自治州 is tried before anything shorter it starts with.
_CITIES = sorted(_CITY_PROVINCE, key=len, reverse=True)
_PROVINCES = sorted(R.PROVINCES, key=len, reverse=True)


@cache
def parent_region(region: str | None) -> str | None:
    """The region one level up, as the documents table names it; None for 全国 or when unknown.

    >>> parent_region("洛阳市偃师区"), parent_region("洛阳市"), parent_region("河南省"), parent_region("全国")
    ('洛阳市', '河南省', '全国', None)
    """
    if not isinstance(region, str) or not region or region == NATIONAL_REGION:
        return None
    if region in R.PROVINCES:
        return NATIONAL_REGION
    if region in _CITY_PROVINCE:
        return _CITY_PROVINCE[region]
    for city in _CITIES:  # 洛阳市偃师区 → 洛阳市
        if region.startswith(city) and len(region) > len(city):
            return city
    for province in _PROVINCES:  # 北京市朝阳区 → 北京市; 河南省济源市 → 河南省
        if region.startswith(province) and len(region) > len(province):
            return province
    return None


def lineage(region: str | None) -> list[str]:
    """The region and every region above it: `['洛阳市偃师区', '洛阳市', '河南省', '全国']`."""
    out: list[str] = []
    while isinstance(region, str) and region not in out:
        out.append(region)
        region = parent_region(region)
    return out
