"""Subject classes met in batches 21 and 22, written as invented sentences: none is copied from an
edition. Each test held at least one check that failed before its class was fixed; a check that held
before (a guard against over-reach) shares its parametrised list."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import subjects_of

D = date(2024, 5, 14)


def _subjects(text: str, quote: str) -> list[str]:
    return subjects_of(text, quote, D)


RATE_TARGETS = [
    # a rate of change a target or forecast sets is what is measured: its rate word stays
    ("a rate in a list of targets", "今年主要预期目标是：地区生产总值增长6%左右，居民消费价格涨幅3%左右。",
     "3%左右", "居民消费价格涨幅"),
    ("控制在", "全年居民消费价格涨幅控制在2.5%以内。", "2.5%以内", "居民消费价格涨幅"),
    ("有望控制在", "预计全年CPI涨幅有望控制在1%以内。", "1%以内", "CPI涨幅"),
    ("增幅力争达到", "力争规上工业增加值增幅达到8%。", "8%", "规上工业增加值增幅"),
    ("增速有望保持在", "全市经济增速有望保持在5.5%左右。", "5.5%左右", "全市经济增速"),
    # guards: an achieved rate, a fall's rate, a change verb and a weekly rate keep the thing measured
    ("an achieved rate", "上半年全市居民消费价格涨幅为1.2%。", "1.2%", "全市居民消费价格"),
    ("an achieved growth rate", "全市固定资产投资增速为-0.8%。", "-0.8%", "全市固定资产投资"),
    ("a weekly rate", "上证指数收于3000点，周涨幅0.85%。", "0.85%", "上证指数"),
    ("a rate of fall in a target", "全年单位地区生产总值能耗降幅力争达到3%。", "3%", "单位地区生产总值能耗"),
    ("a target's change verb", "力争全年地区生产总值增长6%。", "6%", "地区生产总值"),
    ("a forecast's change verb", "预计全年农村居民人均可支配收入增长7%左右。", "7%左右", "农村居民人均可支配收入"),
    ("a change, then its rate", "上半年居民消费价格同比上涨0.5%，涨幅比一季度回落0.2个百分点。", "0.5%", "居民消费价格"),
    ("a rate's points", "上半年居民消费价格同比上涨0.5%，涨幅比一季度回落0.2个百分点。", "0.2个百分点", "涨幅"),
]


@pytest.mark.parametrize("name, text, quote, subject", RATE_TARGETS, ids=[r[0] for r in RATE_TARGETS])
def test_a_rate_a_target_sets_keeps_its_rate_word(name, text, quote, subject):
    assert _subjects(text, quote) == [subject]
