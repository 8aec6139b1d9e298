"""Derive gazetteer.csv from the china-region package's region.csv (run once; not part of the build).

    python -m venv /tmp/gz && /tmp/gz/bin/pip install china-region==0.0.11
    /tmp/gz/bin/python data/reference/make_gazetteer.py \
        /tmp/gz/lib/python3.*/site-packages/china_region/region.csv > data/reference/gazetteer.csv

Keeps every province (at its capital's coordinates), every prefecture-level city, and
Chongqing's districts and counties under their current names (the source predates the
2011-2016 renamings); adds by hand what the source lacks (see HAND_ADDED).
"""

from __future__ import annotations

import csv
import re
import sys

RENAMED = {  # Chongqing counties that became districts after the source was compiled
    "綦江县": "綦江区", "潼南县": "潼南区", "铜梁县": "铜梁区", "大足县": "大足区", "荣昌县": "荣昌区",
    "璧山县": "璧山区", "梁平县": "梁平区", "武隆县": "武隆区", "开县": "开州区",
}
MERGED = {"双桥区", "万盛区"}  # merged into 大足区 and 綦江区 in 2011
HAND_ADDED = [  # name, level, province, lon, lat, note
    ("江津区", "district", "重庆市", 106.26, 29.29, "seat of government, approximate"),
    ("合川区", "district", "重庆市", 106.28, 29.97, "seat of government, approximate"),
    ("永川区", "district", "重庆市", 105.93, 29.36, "seat of government, approximate"),
    ("南川区", "district", "重庆市", 107.10, 29.16, "seat of government, approximate"),
    ("两江新区", "zone", "重庆市", 106.63, 29.72, "national new area; at 渝北区's coordinates"),
    ("重庆高新区", "zone", "重庆市", 106.30, 29.60, "high-tech zone (西永), approximate"),
    ("万盛经开区", "zone", "重庆市", 106.92, 28.97, "at the former 万盛区's coordinates"),
]
AMBIGUOUS_SHORT = {"长寿", "南岸", "朝阳", "白山", "东方", "通化", "白城", "开封", "黄山", "江北", "太平"}
NATIONALITIES = ("土家族 苗族 彝族 藏族 羌族 回族 蒙古族 壮族 布依族 侗族 瑶族 白族 哈尼族 傣族 黎族 傈僳族 佤族 畲族 拉祜族 水族 "
                 "东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 普米族 朝鲜族 "
                 "哈萨克族 满族 维吾尔族 维吾尔 塔吉克族 怒族 独龙族 保安族 裕固族 京族 基诺族 鄂温克族 鄂伦春族 阿昌族").split()
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "地区", "省", "市", "区", "县", "盟")


def short(name: str) -> str:
    """潍坊市 → 潍坊; 酉阳土家族苗族自治县 → 酉阳; "" when the short form would be ambiguous or too short."""
    s = name
    for suffix in SUFFIXES:
        if s.endswith(suffix):
            s = s[: -len(suffix)]
            break
    changed = True
    while changed:
        changed = False
        for nat in NATIONALITIES:
            if s.endswith(nat) and len(s) > len(nat):
                s, changed = s[: -len(nat)], True
    return s if len(s) >= 2 and s not in AMBIGUOUS_SHORT and s != name else ""


def main(path: str) -> None:
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["name", "short", "level", "province", "group", "lon", "lat", "note"])
    seen = set()
    provinces_done = set()
    for r in rows:
        prov, city, county = r["province"], r["city"], r["county"]
        if prov == "港澳台":
            continue
        lon, lat = float(r["longitude"]), float(r["latitude"])
        if prov not in provinces_done and city == county:
            provinces_done.add(prov)
            out.writerow([prov, short(prov), "province", prov, "chongqing" if prov == "重庆市" else "china", lon, lat,
                          "at the capital's coordinates"])
            seen.add(prov)
            if prov in ("北京市", "天津市", "上海市", "重庆市"):
                continue
        if prov == "重庆市" and county != "重庆市":
            if county in MERGED:
                continue
            name = RENAMED.get(county, county)
            level = "district" if name.endswith("区") else "county"
            note = f"formerly {county}" if name != county else ""
            out.writerow([name, short(name), level, prov, "chongqing", lon, lat, note])
            seen.add(name)
        elif city == county and city not in seen and prov != "重庆市":
            out.writerow([city, short(city), "city", prov, "china", lon, lat, ""])
            seen.add(city)
    for name, level, prov, lon, lat, note in HAND_ADDED:
        out.writerow([name, short(name) if level != "zone" else "", level, prov, "chongqing", lon, lat, note + "; added by hand"])
    for name, sh, lon, lat in (("香港特别行政区", "香港", 114.17, 22.32), ("澳门特别行政区", "澳门", 113.54, 22.19),
                               ("台湾省", "台湾", 121.56, 25.04)):
        out.writerow([name, sh, "province", name, "china", lon, lat, "added by hand"])
    for name, lon, lat in (("美国", -77.04, 38.90), ("日本", 139.69, 35.69), ("韩国", 126.98, 37.57), ("德国", 13.40, 52.52),
                           ("英国", -0.13, 51.51), ("法国", 2.35, 48.86), ("俄罗斯", 37.62, 55.76), ("新加坡", 103.82, 1.35)):
        out.writerow([name, "", "country", "", "foreign", lon, lat, "at the capital; added by hand"])


if __name__ == "__main__":
    main(sys.argv[1])
