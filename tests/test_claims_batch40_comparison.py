"""Batch 40, comparison of the claims extractor. Invented sentences.

- The mean of the months to date (1—8月平均上涨1.1%: a price index's monthly year-on-year rates averaged) is still a
  year-on-year rate, 同比, as the bare 上涨 of the same span is (near misses: 年均增长 and a mean per unit,
  平均每公斤上涨, stay without a comparison; a mean over 上半年 is left as it was).
"""

from tests.snippets import one


def test_a_mean_of_the_months_to_date_is_year_on_year():
    assert one("1—8月，全市居民消费价格平均上涨1.1%。", "1.1%").comparison == "同比"


def test_a_mean_of_months_named_by_their_numbers_is_year_on_year():
    assert one("今年1至5月，全县工业品出厂价格平均下降2.3%。", "2.3%").comparison == "同比"


def test_near_miss_the_bare_rate_of_the_same_span():
    assert one("1—8月，全市居民消费价格上涨1.1%。", "1.1%").comparison == "同比"


def test_near_miss_a_yearly_mean_stays_without_comparison():
    assert one("1—8月，全县农民收入年均增长6%。", "6%").comparison is None


def test_near_miss_a_mean_per_unit_stays_without_comparison():
    assert one("1—8月，全市猪肉价格平均每公斤上涨1.1%。", "1.1%").comparison is None
