"""Batch 40, projection of the claims extractor. Invented sentences.

- A floor or ceiling set on what a body will do (将推动…不少于N, 将继续…举办…不少于N场, 将控制在…以内, 将控制在
  40至45人) is a target it commits to, not a forecast (near misses: a bound under 预计 or 有望 stays a forecast; a bound
  with no 将 and no directive, a habit told, stays none; 将 with no bound stays a forecast).
- 将 right before a verb of change (将缩短20分钟左右, 将减少, 将压缩) is 'will', a forecast, as 将 before any other verb
  is (near misses: a change told, 缩短了20分钟; 将近, a hedge, before the figure).
- An outcome an estimate gives (据测算，…可带动…约30亿元; 据测算，政策调整后，每年将多支付…; 据测算，改造可使…延长10至15年)
  is a forecast (near misses: a figure the estimate measures as it is, 据测算，…人均消费约439元; a norm, 一般可比…提高;
  可 inside a noun, 人均可支配收入).
- 预计 in the base of a share (占预计需求量的85%, 超过预计产量) names the amount expected, the base: the share is told,
  no forecast, and takes the cut-off day of its sentence (near misses: 预计占…的85% and 预计…将达 stay forecasts).
"""

from datetime import date

from tests.snippets import claims_of, one


def test_a_floor_on_what_will_be_pushed_is_a_target():
    c = one("下一步将推动全年新增涉农贷款不少于300亿元。", "不少于300亿元")
    assert c.projection == "target"


def test_a_floor_per_unit_after_will_is_a_target():
    c = one("区卫健局表示，下一步将推动每个村卫生室配备乡村医生不少于2名。", "不少于2名")
    assert c.projection == "target"


def test_will_in_an_earlier_clause_with_a_floor_is_a_target():
    c = one("今年，我县将继续开展春风行动，举办专场招聘会不少于40场。", "不少于40场")
    assert c.projection == "target"


def test_a_range_kept_within_after_will_is_a_target():
    c = one("今年秋季，全县小学班额将控制在40至45人。", "40至45人")
    assert c.projection == "target"


def test_a_ceiling_after_will_in_an_earlier_clause_is_a_target():
    c = one("今年全县将实现新增绿地80公顷，城区噪声超标率控制在1%以内。", "1%以内")
    assert c.projection == "target"


def test_near_miss_a_floor_under_yuji_stays_a_forecast():
    c = one("预计全年新增涉农贷款将不少于300亿元。", "不少于300亿元")
    assert c.projection == "forecast"


def test_near_miss_a_ceiling_under_youwang_stays_a_forecast():
    c = one("随着政策发力，全年物价涨幅有望控制在2%以内。", "2%以内")
    assert c.projection == "forecast"


def test_near_miss_a_habit_told_with_a_floor_and_no_will():
    c = one("护林员老张每天巡山不少于4次。", "不少于4次")
    assert c.projection is None


def test_near_miss_will_with_no_bound_stays_a_forecast():
    c = one("全县将新增就业岗位3000个。", "3000个")
    assert c.projection == "forecast"


MARCH = date(2025, 3, 12)


def _by_quote(text: str) -> dict:
    return {c.quote: c for c in claims_of(text, MARCH)}


def test_a_share_of_an_amount_expected_is_told_not_forecast():
    c = _by_quote("截至3月10日，全县已调运化肥2.4万吨，占预计需求量的85%。")
    assert (c["85%"].projection, c["85%"].period) == (None, "2025-03-10")


def test_a_gap_over_an_amount_expected_is_told():
    c = _by_quote("截至3月10日，全县已收购油菜籽1.2万吨，比预计产量多出15%。")
    assert c["15%"].projection is None


def test_near_miss_a_share_under_yuji_stays_a_forecast():
    c = _by_quote("截至3月10日，全县已调运化肥2.4万吨，预计占全年需求量的85%。")
    assert c["85%"].projection == "forecast"


def test_near_miss_a_forecast_amount_stays_a_forecast():
    assert _by_quote("预计全年化肥需求量将达2.8万吨。")["2.8万吨"].projection == "forecast"


def test_will_before_a_change_verb_is_a_forecast():
    c = one("新隧道通车后，两镇之间车程将缩短25分钟左右。", "25分钟左右")
    assert (c.projection, c.direction) == ("forecast", "decrease")


def test_near_miss_a_change_told_is_no_forecast():
    assert one("新隧道通车后，两镇之间车程缩短了25分钟。", "25分钟").projection is None


def test_near_miss_jiangjin_is_a_hedge_not_will():
    assert one("新隧道通车后，两镇之间车程缩短将近25分钟。", "将近25分钟").projection is None


def test_an_estimated_outcome_with_ke_is_a_forecast():
    assert one("据测算，新码头每年可带动周边物流业增加产值约30亿元。", "约30亿元").projection == "forecast"


def test_an_estimated_outcome_with_jiang_duo_is_a_forecast():
    assert one("据测算，新政实施后，每年将多支付救助资金约2亿元。", "约2亿元").projection == "forecast"


def test_an_estimated_outcome_with_ke_shi_is_a_forecast():
    assert one("据测算，改造可使供水管网使用年限延长10至15年。", "10至15年").projection == "forecast"


def test_near_miss_an_estimate_of_what_is():
    assert one("据测算，国庆假期游客人均消费约520元。", "约520元").projection is None


def test_near_miss_a_norm_with_yiban_ke():
    assert one("据测算，改造后的农田亩均产能一般可比普通农田提高15%。", "15%").projection is None


def test_near_miss_ke_inside_a_noun():
    assert one("据测算，全县农村居民人均可支配收入约2.1万元。", "约2.1万元").projection is None
