"""Context fields by class, written from the annotation conventions (data/annotations/README.md and
the 2026-12-01 brief): one sentence in, one field of one claim out."""

from __future__ import annotations

from datetime import date

import pytest

from frontpage.numbers.claims import CONTEXT_KINDS, extract_claims
from frontpage.parse.articles import parse_articles
from frontpage.parse.reading import decode_edition

DAY = date(2025, 10, 20)


def field(text: str, quote: str, name: str, when: date = DAY, nth: int = 0):
    ed = decode_edition(text.encode("utf-8"))
    found = [c for c in extract_claims(ed, parse_articles(ed, when), when) if c.kind not in CONTEXT_KINDS]
    hits = [c for c in found if c.quote == quote]
    assert len(hits) > nth, [(c.quote, c.subject) for c in found]
    return getattr(hits[nth], name)


# (class, sentence, quote, subject)
SUBJECTS = [
    ("verb introduces the noun", "本报讯 去年，全县调处各类纠纷1200宗，同比下降3%。", "1200宗", "各类纠纷"),
    ("verb introduces the noun", "本报讯 市环卫处连夜出动清扫车辆80辆。", "80辆", "清扫车辆"),
    ("verb introduces the noun", "本报讯 警方共破获盗窃案件300起。", "300起", "盗窃案件"),
    ("verb introduces the noun", "本报讯 该院已接诊患者900人次。", "900人次", "患者"),
    ("verb after the counted noun", "本报讯 论坛吸引200余家企业参会。", "200余家", "企业"),
    ("count noun is its own subject", "本报讯 全国8省份代表参加会议。", "8省份", "省份"),
    ("time word inside", "本报讯 青河港前三季度货物吞吐量突破2亿吨。", "突破2亿吨", "青河港货物吞吐量"),
    ("time word leading", "本报讯 当日最低气温降至零下六度。", "零下六度", "最低气温"),
    ("month with 份", "本报讯 据统计，8月份全市商圈客流量达500万人次。", "500万人次", "全市商圈客流量"),
    ("累计 inside", "本报讯 全市原煤累计产量500万吨，同比增长3%。", "500万吨", "全市原煤产量"),
    ("rate word after a noun", "本报讯 前三季度，化工行业增速为4.2%。", "4.2%", "化工行业"),
    ("rate word after a noun", "本报讯 居民消费价格涨幅为0.3%。", "0.3%", "居民消费价格"),
    ("rate word alone", "本报讯 全市生产总值同比增长5.1%，增速比上半年加快0.4个百分点。", "0.4个百分点", "增速"),
    ("yearly average frame", "本报讯 农民人均收入年均增长7.2%。", "7.2%", "农民人均收入"),
    ("average frame", "本报讯 城镇调查失业率平均为5.1%。", "5.1%", "城镇调查失业率"),
    ("adverb before the number", "本报讯 山顶最高气温仅-5℃。", "-5℃", "山顶最高气温"),
    ("forecast marker", "本报讯 预计到2027年全省新能源汽车产量有望达到80万辆。", "80万辆", "全省新能源汽车产量"),
    ("target marker", "本报讯 目标是到2027年跨境电商交易额达到500亿元。", "500亿元", "跨境电商交易额"),
    ("bullet", "本报讯 ●工业增加值增长6.1%●进出口总额3200亿元", "3200亿元", "进出口总额"),
    ("enumeration", "本报讯 二、起拍价为120万元。", "120万元", "起拍价"),
    ("added value is a noun", "本报讯 数字经济核心产业增加值占比约五分之一。", "约五分之一", "数字经济核心产业增加值占比"),
]


@pytest.mark.parametrize("cls, text, quote, subject", SUBJECTS, ids=[f"{s[0]}:{s[2]}" for s in SUBJECTS])
def test_subject_by_class(cls, text, quote, subject):
    assert field(text, quote, "subject") == subject
