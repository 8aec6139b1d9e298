"""Period classes of batch 30, written as invented sentences: none is copied from an edition. Each table holds
cases that failed before its class was fixed and near misses the new rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of


def _periods(text: str, when: date, lead: str = "本报讯 ") -> list[tuple]:
    return [(c.quote, c.period) for c in claims_of(text, when, lead)]


# --- 入汛以来, 年初以来: this year's season, or year, so far: the edition's year -------------------------------------
@pytest.mark.parametrize("text, when, expected", [
    ("入汛以来，全县平均降雨量356毫米。", date(2021, 7, 2), [("356毫米", "2021")]),
    ("入汛以来，全县平均降雨量356毫米，其中北部山区超过500毫米。", date(2021, 7, 2),
     [("356毫米", "2021"), ("超过500毫米", "2021")]),
    ("据统计，入汛以来全县已转移群众2100余人。", date(2021, 7, 2), [("2100余人", "2021")]),
    ("年初以来，全区新增市场主体1.3万户。", date(2022, 6, 5), [("1.3万户", "2022")]),
    # near misses: a month printed before the season keeps its own span; a year before it is that year
    ("今年5月入汛以来，全县平均降雨量356毫米。", date(2021, 7, 2), [("356毫米", "2021-05/2021-07")]),
    ("3月行动开展以来，全县查处案件42起。", date(2021, 7, 2), [("42起", "2021-03/2021-07")]),
    ("2019年入汛以来，全县平均降雨量356毫米。", date(2021, 7, 2), [("356毫米", "2019/2021")]),
    ("全县平均降雨量356毫米。", date(2021, 7, 2), [("356毫米", None)]),
])
def test_a_season_so_far_is_the_editions_year(text, when, expected):
    assert _periods(text, when) == expected


# --- a weather box naming several days in one run: each figure takes the day named last before it -------------------
def test_each_forecast_day_dates_its_own_temperatures():
    text = "市气象台6月3日16时发布：\n今天 多云 气温21℃～29℃\n明天 小雨 气温19℃～25℃\n"
    found = _periods(text, date(2021, 6, 4), lead="")
    assert ("21℃～29℃", "2021-06-04") in found and ("19℃～25℃", "2021-06-05") in found


def test_a_day_named_after_the_figure_still_dates_it_when_none_comes_before():
    text = "气温21℃～29℃，今天多云。\n"
    assert _periods(text, date(2021, 6, 4)) == [("21℃～29℃", "2021-06-04")]


# --- a paragraph ending mid-sentence (on ；) runs on into the next: its period dates that sentence only ---------------
def _page_periods(*paragraphs: str, when: date = date(2021, 7, 16)) -> list[tuple]:
    return _periods("\n\n".join(paragraphs) + "\n", when)


def test_a_sentence_run_on_past_a_paragraph_break_keeps_its_period():
    found = _page_periods("今年上半年，全市快递业务量达3.6亿件，同比增长12.1%；",
                          "其中农村地区业务量8900万件，比去年同期提高2.3个百分点。据介绍，全市共有快递网点420个。")
    assert found == [("3.6亿件", "2021-H1"), ("12.1%", "2021-H1"), ("8900万件", "2021-H1"),
                     ("2.3个百分点", "2021-H1"), ("420个", None)]


def test_a_paragraph_ending_on_a_full_stop_passes_no_period_on():
    found = _page_periods("今年上半年，全市快递业务量达3.6亿件，同比增长12.1%。",
                          "全市共有快递网点420个。")
    assert found[-1] == ("420个", None)


# --- a bulletin of a past year, printed mid-year: a month not yet over at the edition's date is that year's ---------------
# --- 占全年…的比重: the whole of a share is no period of the figure --------------------------------------------------
@pytest.mark.parametrize("text, when, expected", [
    ("2019年全县平均降水量1210.6毫米。其中7月降水量最多，为233.1毫米。", date(2020, 7, 20),
     [("1210.6毫米", "2019"), ("233.1毫米", "2019-07")]),
    ("2019年全县平均降水量1210.6毫米。汛期（6—9月）降水量占全年降水量的比重为61.2%。", date(2020, 7, 20),
     [("1210.6毫米", "2019"), ("61.2%", "2019-06/2019-09")]),
    # near misses: a month already over this year is still this year's; a month after a year word keeps that year
    ("2019年全县平均降水量1210.6毫米。其中3月降水量最多，为233.1毫米。", date(2020, 7, 20),
     [("1210.6毫米", "2019"), ("233.1毫米", "2020-03")]),
    ("2019年全县平均降水量1210.6毫米。今年7月降水量为233.1毫米。", date(2020, 7, 20),
     [("1210.6毫米", "2019"), ("233.1毫米", "2020-07")]),
    ("全县降水量占全年的比重为61.2%。", date(2020, 7, 20), [("61.2%", None)]),
])
def test_a_past_years_bulletin_dates_its_months(text, when, expected):
    assert _periods(text, when) == expected


# --- PM10月均浓度: a code's digits before 月 are no month -------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("5月，市区PM10月均浓度为81微克/立方米。", [("81微克/立方米", "2012-05")]),
    ("5月，市区PM2.5月均浓度为41微克/立方米。", [("41微克/立方米", "2012-05")]),
    # near miss: a month after a Chinese word is still one
    ("市区10月均浓度为81微克/立方米。", [("81微克/立方米", "2011-10")]),
])
def test_a_codes_digits_are_no_month(text, expected):
    assert _periods(text, date(2012, 6, 10)) == expected
