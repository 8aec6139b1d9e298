"""Table, period, comparison, projection, unit and claim classes met in the fifteenth batch, written as
invented sentences and tables: none is copied from an edition. Each test held at least one check that
failed before its class was fixed; a check that held before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

from frontpage.numbers.tables import table_figures
from tests.snippets import claims_of

D = date(2024, 4, 18)


def _numbered(texts: list[str], first: int = 10) -> list[tuple[int, str]]:
    return [(first + k, t) for k, t in enumerate(texts)]


def test_a_year_table_with_its_rows_on_one_line_and_a_plan_column():
    """指标 2019年 2023年 2026年目标, each row its label (unit in brackets) and figures on one line: every
    figure is of its column's year, the plan's column a target."""
    lines = _numbered(["主要指标进展", "指标      2019年   2023年   2026年目标",
                       "粮食产量（万吨）   41.5   43.2   45", "森林覆盖率（%）   61.3   62.0   63.5"])
    rows = table_figures(lines, D)
    assert [(f.quote, f.subject, f.period, f.projection, f.unit) for f in rows] == [
        ("41.5", "粮食产量", "2019", None, "t"), ("43.2", "粮食产量", "2023", None, "t"),
        ("45", "粮食产量", "2026", "target", "t"),
        ("61.3", "森林覆盖率", "2019", None, "%"), ("62.0", "森林覆盖率", "2023", None, "%"),
        ("63.5", "森林覆盖率", "2026", "target", "%")]


def test_a_year_table_with_labels_over_figures_is_still_read():
    """The older shape (the label on its own line over its figures) keeps its reading; a column headed by
    words that are no plan's (2023年实际) does not make a year table."""
    rows = table_figures(_numbered(["指标 2020年 2023年", "公路里程（公里）", "1200 1350"]), D)
    assert [(f.quote, f.period, f.projection) for f in rows] == [("1200", "2020", None), ("1350", "2023", None)]
    assert table_figures(_numbered(["指标 2020年 2023年实际", "公路里程（公里） 1200 1350"]), D) == []


REPORT = """关于青川县2024年预算执行情况和2025年预算草案的报告

各位代表：

现将青川县2024年预算执行情况和2025年预算草案提请审议。

一、2024年预算执行情况

2024年，全县一般公共预算收入42.6亿元，增长3.1%。

二、2025年预算草案

2025年，全县一般公共预算收入计划安排44.1亿元，增长3.5%左右。
县级一般公共预算收入安排18.2亿元，增长4%。

三、扎实做好2025年财政工作

坚持过紧日子，县级一般性支出压减6%以上，争取新增专项债券额度不低于20亿元。
"""


def test_a_draft_budget_or_the_work_ahead_heading_makes_its_section_targets():
    """Under 二、2025年预算草案 and 三、扎实做好2025年财政工作 the figures are planned: targets, and a
    sentence with no year of its own takes none from an earlier one; the review section stays actual."""
    found = {c.quote: c for c in claims_of(REPORT, date(2025, 1, 20), lead="")}
    assert (found["42.6亿元"].projection, found["42.6亿元"].period) == (None, "2024")
    assert (found["44.1亿元"].projection, found["44.1亿元"].period) == ("target", "2025")
    assert (found["18.2亿元"].projection, found["18.2亿元"].period) == ("target", None)
    assert (found["6%以上"].projection, found["6%以上"].period) == ("target", None)
    assert found["不低于20亿元"].projection == "target"


def test_fu_of_land_counts_plots_and_of_pictures_pieces():
    """幅 counts parcels of land (出让2幅国有建设用地使用权) as well as pictures: the noun decides, as 块 of 菜地."""
    assert [(c.quote, c.unit) for c in claims_of("县自然资源局决定以挂牌方式出让2幅国有建设用地使用权。")] == [("2幅", "plot")]
    assert [(c.quote, c.unit) for c in claims_of("展览共展出书画作品120幅。")] == [("120幅", "piece")]


def test_a_route_number_before_a_word_of_its_route_is_a_name_not_a_count():
    """306路首班车, K5路、306路线路走向: the route's name; 公交线路3路 and 定制公交12路 count routes."""
    assert claims_of("公交集团决定对K5路、K8路、306路线路走向进行调整。") == []
    assert claims_of("即日起，306路首班车发车时间调整为6:00。") == []
    assert [(c.quote, c.unit) for c in claims_of("我市新开公交线路3路，开通定制公交12路。")] == [
        ("3路", "route"), ("12路", "route")]


def test_a_zone_named_by_the_time_it_takes_is_no_duration():
    """“15分钟便民生活圈”, “1小时经济圈”: the zone's name; 步行15分钟 is a duration."""
    assert [c.quote for c in claims_of("全市建成“15分钟便民生活圈”42个。")] == ["42个"]
    assert [c.quote for c in claims_of("沿线乡镇融入“1小时经济圈”，车程缩短至50分钟。")] == ["50分钟"]
    assert [c.quote for c in claims_of("从小区步行15分钟即可到达地铁站。")] == ["15分钟"]


def test_a_plan_named_by_its_years_is_no_duration():
    """青山县农村人居环境整治三年行动方案 printed as a title (no 《》): the plan's name; 用三年时间 is a duration."""
    assert claims_of("青山县农村人居环境整治三年行动方案", lead="") == []
    assert [c.quote for c in claims_of("全县计划用三年时间完成改造。")] == ["三年"]


def test_the_rates_just_given_counted_again_are_no_claim():
    """…增长3.1%，…增长5.7%，两项增幅都高于…: 两项 counts the rates just read, all of them; a subset of the
    items (…12项…指标里，9项增幅位居…) is counted."""
    found = [c.quote for c in claims_of("今年前三季度，全区粮食产量增长3.1%，蔬菜产量增长5.7%，两项增幅都高于上年同期。")]
    assert found == ["3.1%", "5.7%"]
    assert [c.quote for c in claims_of("在参加考核的12项民生指标里，9项增幅位居全省前列。")] == ["12项", "9项"]


def test_a_bound_with_its_own_modal_is_a_rule_laid_down():
    """时速不得超过40公里, 不得少于8课时: the whole bound is quoted, and a rule laid down is a target with no
    other directive word; a bound reported (去年…不超过35微克/立方米) stays actual."""
    found = claims_of("施工期间，车辆通过施工路段时速不得超过40公里，每次培训不得少于8课时。")
    assert [(c.quote, c.qualifier, c.projection) for c in found] == [
        ("不得超过40公里", "upper_bound", "target"), ("不得少于8课时", "lower_bound", "target")]
    assert [c.projection for c in claims_of("去年全市PM2.5浓度不超过35微克/立方米。")] == [None]


PLAN_REPORT = """政府工作报告

一、2025年工作回顾

2025年，全县地区生产总值达到268亿元，增长5.1%。

二、2026年工作安排

（一）扩大有效投资。全年实施县级重点项目86个以上，完成投资95亿元以上。
"""


def test_a_work_arranged_ahead_heading_makes_its_section_targets():
    """Under 二、2026年工作安排 a page of January 2026 plans the year: 全年 is 2026 and its figures are targets."""
    found = {c.quote: c for c in claims_of(PLAN_REPORT, date(2026, 1, 22), lead="")}
    assert (found["268亿元"].projection, found["268亿元"].period) == (None, "2025")
    assert [(found[q].projection, found[q].period) for q in ("86个以上", "95亿元以上")] == [("target", "2026")] * 2


def test_a_standard_recommended_is_a_target():
    """专家建议…每天饮水不少于1500毫升: a recommended standard is laid down as a target, as 要求…不少于."""
    found = claims_of("营养学会建议，成年人每天饮水不少于1500毫升。")
    assert [(c.quote, c.projection) for c in found] == [("不少于1500毫升", "target")]


def test_a_holiday_dated_in_brackets_opens_its_sentence():
    """端午假期（6月22日至24日），…预计接待游客…: the bracketed days open the sentence, the forecast's period;
    also after who gave the news (记者从市文旅局获悉，…)."""
    for text in ("国庆假期（10月1日至7日），全县景区预计接待游客12万至15万人次。",
                 "记者从县文旅局获悉，国庆假期（10月1日至7日），全县景区预计接待游客12万至15万人次。"):
        found = claims_of(text, date(2023, 9, 26))
        assert [(c.quote, c.period, c.projection) for c in found] == [
            ("12万至15万人次", "2023-10-01/2023-10-07", "forecast")]
