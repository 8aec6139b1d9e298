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


# (class, sentence, quote, direction)
DIRECTIONS = [
    ("rate word, positive", "本报讯 居民消费价格涨幅为0.4%。", "0.4%", "increase"),
    ("rate word, negative", "本报讯 钢铁行业增速为-1.5%。", "-1.5%", "decrease"),
    ("rate word, range", "本报讯 各县区生产总值增速在2.1%至5.3%之间。", "2.1%至5.3%", "increase"),
    ("higher than a base", "本报讯 全市生产总值增长5.6%，比全省高0.3个百分点。", "0.3个百分点", "increase"),
    ("higher than a base", "本报讯 全市生产总值增长5.6%，高于全省0.3个百分点。", "0.3个百分点", "increase"),
    ("faster than a base", "本报讯 工业增加值增长6.1%，比一季度加快1.2个百分点。", "1.2个百分点", "increase"),
    ("above a plan", "本报讯 重点项目投资900亿元，超年度计划12%。", "12%", "increase"),
    ("lower than a base", "本报讯 全市生产总值增长4.1%，低于全省0.5个百分点。", "0.5个百分点", "decrease"),
    ("new additions", "本报讯 全市新增城镇就业8.2万人。", "8.2万人", "increase"),
    ("a level", "本报讯 全市城镇化率提高到68.5%。", "68.5%", None),
    ("respectively, own signs", "本报讯 钢材、水泥、玻璃产量同比增速分别为7.1%、负2.4%和9.5%。", "9.5%", "increase"),
]


@pytest.mark.parametrize("cls, text, quote, direction", DIRECTIONS, ids=[f"{d[0]}:{d[2]}" for d in DIRECTIONS])
def test_direction_by_class(cls, text, quote, direction):
    assert field(text, quote, "direction") == direction


# (class, sentence, quote, comparison)
COMPARISONS = [
    ("同比 is not a base", "本报讯 8月三类产品同比增速分别为7.1%、2.4%和9.5%。", "7.1%", "同比"),
    ("同比 before a qualifier", "本报讯 居民人均可支配收入21000元，同比名义增长5.1%。", "5.1%", "同比"),
    ("比重 is a noun", "本报讯 服务业增加值占生产总值比重提高到55.1%。", "55.1%", None),
    ("超级 is not a base", "本报讯 超级稻示范片平均亩产近一吨。", "近一吨", None),
]


@pytest.mark.parametrize("cls, text, quote, comparison", COMPARISONS, ids=[f"{c[0]}:{c[2]}" for c in COMPARISONS])
def test_comparison_by_class(cls, text, quote, comparison):
    assert field(text, quote, "comparison") == comparison


# (class, sentence, quote, subject)
RESPECTIVELY = [
    ("group after the list", "本报讯 纺织、化工、建材三大传统产业分别增长3.1%、4.2%和5.3%。", "5.3%", "建材"),
    ("measure after the last item", "本报讯 钢材、水泥、玻璃产量分别为12万吨、30万吨和5万吨。", "5万吨", "玻璃"),
    ("list pairs with the values before",
     "本报讯 钢材、水泥、玻璃产量分别为12万吨、30万吨和5万吨，同比增速分别为7.1%、2.4%和9.5%。", "2.4%", "水泥"),
    ("no noun: carried from the sentence before", "本报讯 全市工业增加值增长5.2%。其中，二季度增长5.8%。", "5.8%", "全市工业增加值"),
]


@pytest.mark.parametrize("cls, text, quote, subject", RESPECTIVELY, ids=[f"{r[0]}:{r[2]}" for r in RESPECTIVELY])
def test_respectively_and_carried_subjects(cls, text, quote, subject):
    assert field(text, quote, "subject") == subject


# (class, sentence, quote, period) on an edition of 2025-10-20
PERIODS = [
    ("one year back is a year", "本报讯 一年来，全省生产总值增长5.2%。", "5.2%", "2024"),
    # the sixth batch's clarification: a target takes a period that opens its sentence, and a sentence runs to 。
    ("a target takes the period opening its sentence", "本报讯 今年的主要预期目标是：生产总值增长5%左右；城镇新增就业50万人以上。",
     "50万人以上", "2025"),
    ("a target keeps its own clause", "本报讯 今年经济运行平稳。主要预期目标是：生产总值增长5%左右；城镇新增就业50万人以上。",
     "50万人以上", None),
    ("a target year opening the sentence", "本报讯 到2027年，全省新能源汽车产量达到80万辆。", "80万辆", "2027"),
]


@pytest.mark.parametrize("cls, text, quote, period", PERIODS, ids=[f"{p[0]}:{p[2]}" for p in PERIODS])
def test_period_by_class(cls, text, quote, period):
    assert field(text, quote, "period") == period


# (class, sentence, quote, projection)
PROJECTIONS = [
    ("list after 预期目标是：", "本报讯 今年的主要预期目标是：生产总值增长5%左右；一般公共预算收入增长4%；城镇新增就业50万人以上。",
     "4%", "target"),
    ("list after 主要目标是：", "本报讯 主要目标是：粮食产量稳定在600亿斤以上；农民收入增长6%。", "6%", "target"),
    ("a full stop ends the list", "本报讯 主要目标是：农民收入增长6%。去年粮食产量增长2%。", "2%", None),
]


@pytest.mark.parametrize("cls, text, quote, projection", PROJECTIONS, ids=[f"{p[0]}:{p[2]}" for p in PROJECTIONS])
def test_projection_by_class(cls, text, quote, projection):
    assert field(text, quote, "projection") == projection
