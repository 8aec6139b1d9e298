"""Batch 39, comparison and direction of the claims extractor. Invented sentences.

- 其中 after a rate told 同比 in the same sentence: the parts' bare rates are 同比 too, even for a span of days
  (near misses: no 同比 before 其中; a full stop between; a market week with no 同比 at all).
- An adverb between a written base and its verb (比上年名义增长, 比上年实际增长, 比“十三五”末仅提高) is no part of the
  base.
- 上浮 / 下浮 (a rate or limit floated up or down from its base) are change verbs; 上浮至 is a level.
- A rate right after a clause moving a level 由X提高到Y is that step's, measured from X: no implied 同比 (near miss:
  提高到Y alone, and a span 从1月到6月, keep the implied 同比).
"""

from datetime import date

from tests.snippets import claims_of

WHEN = date(2025, 7, 20)


def _by_quote(text: str, when: date = WHEN) -> dict:
    return {c.quote: c for c in claims_of(text, when, lead="本报讯 ")}


# --- 同比 …，其中 … ---------------------------------------------------------------------------------

def test_parts_after_qizhong_take_the_year_on_year_of_the_total():
    c = _by_quote("7月1日至15日，全县累计售电量4.6亿千瓦时，同比增长8.2%，其中商业、农业用电量分别增长12.5%和3.1%。")
    assert c["8.2%"].comparison == "同比"
    assert c["12.5%"].comparison == "同比"
    assert c["3.1%"].comparison == "同比"


def test_a_later_part_after_qizhong_too():
    c = _by_quote("7月5日至12日，全县客运量46万人次，同比下降4.2%，其中公路客运量增长2.4%，水路客运量下降9.6%。")
    assert c["2.4%"].comparison == "同比"
    assert c["9.6%"].comparison == "同比"


def test_near_miss_qizhong_with_no_year_on_year_before():
    c = _by_quote("7月5日至12日，全县景区客流增长两成，其中古镇景区增长35%。")
    assert c["35%"].comparison is None


def test_near_miss_a_full_stop_between():
    c = _by_quote("7月5日至12日，全县客运量同比下降4.2%。其中，公路客运量增长2.4%。")
    assert c["2.4%"].comparison is None


# --- an adverb before the verb is no part of the base ------------------------------------------------

def test_nominal_and_real_after_the_base():
    c = _by_quote("2024年，全县居民人均可支配收入38650元，比上年名义增长6.2%，比上年实际增长5.9%。")
    assert c["6.2%"].comparison == "同比"
    assert c["5.9%"].comparison == "同比"


def test_only_after_the_base():
    c = _by_quote("2024年，全县研发经费投入强度为2.1%，比“十三五”末仅提高0.3个百分点。")
    assert c["0.3个百分点"].comparison == "比“十三五”末"


# --- 上浮, 下浮 ------------------------------------------------------------------------------------

def test_floated_up_and_down_are_changes():
    c = _by_quote("新政实施后，首套房贷款额度可再上浮15%，工程结算价较招标控制价下浮6%。")
    assert c["15%"].direction == "increase"
    assert c["6%"].direction == "decrease"


def test_floated_up_from_a_base_rate():
    c = _by_quote("6月份，全县首套房贷款平均利率为4.35%，较基准利率上浮12.6%。")
    assert c["12.6%"].direction == "increase"
    assert c["12.6%"].comparison == "比基准利率"


def test_near_miss_floated_up_to_is_a_level():
    c = _by_quote("新政实施后，贷款利率上浮至5%。")
    assert c["5%"].direction is None


# --- 由X提高到Y，增幅Z% -------------------------------------------------------------------------------

def test_a_rate_after_a_step_from_one_level_to_another_has_no_implied_year_on_year():
    c = _by_quote("今年，全县特困人员供养标准由650元/人·月提高到700元/人·月，增幅7.7%。")
    assert c["7.7%"].direction == "increase"
    assert c["7.7%"].comparison is None


def test_a_step_down_too():
    c = _by_quote("今年，全县药品平均价格由每盒86元降至62元，降幅27.9%。")
    assert c["27.9%"].comparison is None


def test_near_miss_raised_to_a_level_alone_keeps_the_implied_year_on_year():
    c = _by_quote("今年，全县农村低保平均标准提高到600元/人·月，增幅6%。")
    assert c["6%"].comparison == "同比"


def test_near_miss_a_span_of_months_keeps_the_implied_year_on_year():
    c = _by_quote("从1月到6月，全县社会消费品零售总额增长6.2%。")
    assert c["6.2%"].comparison == "同比"
