"""Period, comparison, direction and projection classes of batch 27's disagreements, written as invented
sentences and tables: none is copied from an edition. Each test holds checks that failed before its class was
fixed, and near misses where the new rule must not fire."""

from __future__ import annotations

from datetime import date

import pytest

from frontpage.numbers.tables import table_figures
from tests.snippets import claims_of

JUNE = date(2024, 6, 14)


def _lines(*texts: str) -> list[tuple[int, str]]:
    return [(k, t) for k, t in enumerate(texts, start=1)]


def _found(text: str, when: date = JUNE) -> dict:
    return {c.quote: c for c in claims_of(text + "\n", when)}


# --- a table of changes: its period columns are changes, a zero change has no direction -----------------------

def _table(title: str, heading: str, row: str) -> list[tuple]:
    lines = _lines(title, "单位：%", heading, row)
    return [(f.quote, f.direction, f.comparison, f.period) for f in table_figures(lines, JUNE)]


@pytest.mark.parametrize("title, heading, row, expected", [
    # under a title of changes (…涨跌幅, …增速) a column headed by a period alone (1—5月) is a change, 同比 by the
    # convention of figures to date, its direction the sign's; 0.0 is no change: no direction
    ("2024年5月份商品零售价格分类涨跌幅", "项 目 同比 环比 1—5月", "粮食 1.2 0.0 -0.4",
     [("1.2", "increase", "同比", "2024-05"), ("0.0", None, "环比", "2024-05"),
      ("-0.4", "decrease", "同比", "2024-01/2024-05")]),
    ("2024年5月份主要行业用电量增速", "行 业 同比 1—5月", "制造业 0.0 3.1",
     [("0.0", None, "同比", "2024-05"), ("3.1", "increase", "同比", "2024-01/2024-05")]),
    # not changed: a title of levels and their changes (产量及其增长速度) keeps its period columns levels
    ("2024年5月份主要产品产量及其增长速度", "产 品 5月 1—5月 同比", "水泥 12.5 60.3 -2.2",
     [("12.5", None, None, "2024-05"), ("60.3", None, None, "2024-01/2024-05"),
      ("-2.2", "decrease", "同比", "2024-05")]),
    # nor a title of levels (价格指数)
    ("2024年5月份居民消费价格指数", "项 目 5月 1—5月", "粮食 101.2 100.4",
     [("101.2", None, None, "2024-05"), ("100.4", None, None, "2024-01/2024-05")]),
])
def test_a_table_of_changes_reads_its_period_columns_as_changes(title, heading, row, expected):
    assert _table(title, heading, row) == expected


# --- a viewpoint that frames its paragraph: 从环比看，… and the rates of the sentences after it ------------------

@pytest.mark.parametrize("text, quote, comparison", [
    # a clause naming only a comparison frames the rates of the later sentences of its paragraph too
    ("从环比看，5月份全市工业品出厂价格下降0.4%。其中，钢材价格下降2.1%；煤炭价格上涨1.3%，影响总水平上涨约0.05个百分点。",
     "2.1%", "环比"),
    ("从环比看，5月份全市工业品出厂价格下降0.4%。其中，钢材价格下降2.1%；煤炭价格上涨1.3%，影响总水平上涨约0.05个百分点。",
     "约0.05个百分点", "环比"),
    ("按同比计算，5月份蔬菜价格上涨3.2%。其中，叶菜价格上涨5.6%。", "5.6%", "同比"),
    # a label with a colon opening the paragraph (a section's heading run into it) frames it as well
    ("环比：蔬菜价格季节性回落。叶菜价格下降5.6%，影响总水平下降约0.12个百分点。", "5.6%", "环比"),
    ("环比：蔬菜价格季节性回落。叶菜价格下降5.6%，影响总水平下降约0.12个百分点。", "约0.12个百分点", "环比"),
    # not changed: a rate that names its own comparison or base; a forecast; a contribution with no viewpoint
    # written keeps none; the 同比 convention without a viewpoint
    ("从环比看，5月份全市工业品出厂价格下降0.4%。其中，钢材价格同比下降2.1%。", "2.1%", "同比"),
    ("从环比看，5月份全市工业品出厂价格下降0.4%。钢材价格比上年同期下降2.1%。", "2.1%", "同比"),
    ("从环比看，5月份全市工业品出厂价格下降0.4%。预计二季度全市工业品出厂价格有望上涨1%左右。", "1%左右", "同比"),
    ("5月份叶菜价格上涨5.6%，拉动总水平上涨约0.12个百分点。", "约0.12个百分点", None),
    ("5月份全市工业品出厂价格下降0.4%。其中，钢材价格下降2.1%。", "2.1%", "同比"),
])
def test_a_viewpoint_frames_the_rates_of_its_paragraph(text, quote, comparison):
    assert _found(text)[quote].comparison == comparison


def test_a_viewpoint_ends_with_its_paragraph():
    found = _found("从环比看，5月份全市工业品出厂价格下降0.4%。\n\n5月份，全市钢材价格下降2.1%。")
    assert found["2.1%"].comparison == "同比"


@pytest.mark.parametrize("text, quote, comparison", [
    # a later sentence that opens on a period of its own is a new topic: the viewpoint no longer frames it
    ("从环比看，5月份全市工业品出厂价格下降0.4%。1—5月，全市工业品出厂价格下降1.2%。", "1.2%", "同比"),
    ("从环比看，5月份全市工业品出厂价格下降0.4%。其中，钢材价格下降2.1%。1—5月，钢材价格下降3.3%。", "3.3%", "同比"),
    # near miss: a sentence that only goes on with the viewpoint's figures (其中, 受…影响) keeps it
    ("从环比看，5月份全市工业品出厂价格下降0.4%。受需求偏弱影响，钢材价格下降2.1%。", "2.1%", "环比"),
])
def test_a_viewpoint_ends_where_a_sentence_opens_on_a_period(text, quote, comparison):
    assert _found(text)[quote].comparison == comparison


# --- a holiday framing a later clause: it dates its paragraph, over the report's day before it ----------------

OCTOBER = date(2024, 10, 9)
GOLDEN_WEEK = "2024-10-01/2024-10-07"


@pytest.mark.parametrize("text, quote, period", [
    # the day of the report opens the sentence, the holiday frames a later clause: the paragraph is the holiday's
    ("10月8日，记者从市文旅局获悉，国庆假期，全市接待游客120万人次。其中，省外游客36万人次。", "36万人次", GOLDEN_WEEK),
    ("10月8日，记者从市文旅局获悉，国庆黄金周期间，全市接待游客120万人次。其中，过夜游客28万人次。", "28万人次",
     GOLDEN_WEEK),
    # 期间 after the holiday frames its clause without a comma, over a day a sentence before named
    ("国庆黄金周，全市接待游客120万人次。10月3日，单日接待游客31万人次。据测算，黄金周期间游客人均消费约520元。",
     "约520元", GOLDEN_WEEK),
    # not changed: a day opening a sentence after the holiday's dates that sentence; the report's day alone
    # (no holiday) is no period
    ("国庆假期，全市接待游客120万人次。10月3日，单日接待游客31万人次。", "31万人次", "2024-10-03"),
    ("10月8日，记者从市文旅局获悉，全市新增A级景区3家。其中，4A级景区1家。", "1家", None),
])
def test_a_holiday_framing_a_later_clause_dates_the_paragraph(text, quote, period):
    assert _found(text, OCTOBER)[quote].period == period
