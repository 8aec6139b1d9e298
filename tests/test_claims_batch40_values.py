"""Batch 40, values of the claims extractor. Invented sentences.

- A distance over an hour written with a slash (40公里/小时, 60千米/小时) is a speed, km/h as 时速40公里 is; money
  over an hour stays a rate per hour (near miss: 5元/小时 → CNY/hour).
- A negated comparison (不高于, 不得低于, 不大于 …) bounds its figure with the figure's base between them
  (不高于当地居民人均可支配收入的8%), as 不低于总投资的5% already did (near misses: the base with no bound, a bound
  closed off by a comma before the figure).
"""

from tests.snippets import one


def test_a_distance_per_hour_is_a_speed():
    assert one("校园周边道路最高限速40公里/小时。", "40公里/小时").unit == "km/h"
    assert one("改造后的道路设计车速60千米/小时。", "60千米/小时").unit == "km/h"


def test_near_miss_money_per_hour_stays_per_hour():
    assert one("临时停车收费标准为每车5元/小时。", "5元/小时").unit == "CNY/hour"


def test_near_miss_a_plain_distance():
    assert one("新建道路全长4.5公里。", "4.5公里").unit == "km"


def test_bu_gao_yu_with_a_base_between_is_an_upper_bound():
    assert one("养老服务收费原则上不高于当地城镇居民人均可支配收入的8%。", "8%").qualifier == "upper_bound"


def test_bu_de_di_yu_with_a_base_between_is_a_lower_bound():
    assert one("项目资本金比例不得低于项目总投资的20%。", "20%").qualifier == "lower_bound"


def test_bu_da_yu_with_a_base_between_is_an_upper_bound():
    assert one("单个项目补助不大于项目总投资的30%。", "30%").qualifier == "upper_bound"


def test_near_miss_a_base_with_no_bound():
    assert one("养老服务收费为当地城镇居民人均可支配收入的8%。", "8%").qualifier is None


def test_near_miss_a_bound_closed_off_by_a_comma():
    assert one("收费不高于去年，约占全市总收入的8%。", "8%").qualifier == "approx"
