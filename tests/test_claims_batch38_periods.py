"""Batch 38, periods and projections of the claims extractor. Invented sentences.

- A display line naming the year's goal (冲刺全年目标, 锚定全年目标任务) names no period of the story's figures:
  全年 there is the goal's year, not the period the headline gives the body (near miss: 全年 over a year's
  figures, 全年粮食总产再创新高, still dates them).
- 截至当日 after a day the story opens on: the stock counted up to that day is that day's, even when it is the
  day the story reports (near miss: bare 当天 on the reported day is still no period).
- 年度计划投资 is the year's planned investment, a target (not a base: 完成年度计划的92% stays a share done);
  the 计划 inside that noun marks only its own figure, not the clause after it.
"""

from datetime import date

from tests.snippets import claims_of

WHEN = date(2025, 9, 4)


def _by_quote(text: str, when: date = WHEN, lead: str = "本报讯 ") -> dict:
    return {c.quote: c for c in claims_of(text, when, lead=lead)}


# --- 全年目标 on a display line ------------------------------------------------------------------

def test_a_headline_naming_the_years_goal_dates_no_figure():
    text = ("全力冲刺全年目标\n\n本报讯 我县秋季重点项目集中开工，此次开工项目42个，总投资186.5亿元。\n")
    c = _by_quote(text, lead="")
    assert c["42个"].period is None
    assert c["186.5亿元"].period is None


def test_a_headline_naming_the_years_task_dates_no_figure():
    text = ("锚定全年目标任务不放松\n\n本报讯 记者了解到，全区新签约招商项目28个，协议引资93亿元。\n")
    c = _by_quote(text, lead="")
    assert c["28个"].period is None


def test_near_miss_a_headline_over_a_years_figures_still_dates_them():
    text = ("全年粮食总产再创新高\n\n本报讯 记者从县农业农村局获悉，全县粮食总产量达到48.6万吨。\n")
    c = _by_quote(text, date(2025, 1, 10), lead="")
    assert c["48.6万吨"].period == "2024"


# --- 截至当日 ------------------------------------------------------------------------------------

def test_a_stock_up_to_that_day_takes_the_day():
    c = _by_quote("9月3日，记者从市水利局获悉，截至当日，全市已完成河道清淤420公里，占年度任务的81.5%。",
                  date(2025, 9, 4))
    assert c["420公里"].period == "2025-09-03"
    assert c["81.5%"].period == "2025-09-03"


def test_near_miss_bare_that_day_on_the_reported_day_is_no_period():
    c = _by_quote("9月3日，市图书馆举行读书节开幕式，当天共有1200余名市民参加。", date(2025, 9, 4))
    assert c["1200余名"].period is None


# --- 年度计划投资 ---------------------------------------------------------------------------------

def test_the_years_planned_investment_is_a_target():
    c = _by_quote("今年全县安排县级重点项目96个，总投资420亿元，年度计划投资135亿元，其中产业项目投资占比超过五成。",
                  date(2025, 3, 18))
    assert c["135亿元"].projection == "target"
    assert c["超过五成"].projection is None  # the plan in the noun marks only its own figure
    assert c["96个"].projection is None


def test_near_miss_a_share_of_the_years_plan_is_done():
    c = _by_quote("1—8月，全县重点项目完成投资98.2亿元，完成年度计划的72.7%。", date(2025, 9, 10))
    assert c["72.7%"].projection is None
    assert c["98.2亿元"].projection is None


def test_near_miss_beyond_the_years_plan_is_a_base():
    c = _by_quote("去年全县重点项目完成投资148亿元，超年度计划投资12.3%。", date(2025, 3, 18))
    assert c["12.3%"].projection is None
