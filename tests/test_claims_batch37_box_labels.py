"""Periods, batch 37: a 【数说】 box prints a figure before its label; a label that opens on a period (今年新增…,
今年以来开展…, after a dash: 42公里——今年以来新修…) dates the figure above it."""

from tests.snippets import claims_of

STORY = "秋季开学\n本报讯 全县各校平稳开学。\n【数说】\n"


def periods(text: str) -> dict[str, str | None]:
    return {c.quote: c.period for c in claims_of(text, lead="")}


def test_a_figure_takes_the_year_its_label_opens_on():
    assert periods(STORY + "８所\n今年新建公办幼儿园\n２．４万人次\n今年以来开展学生体质监测") == \
        {"８所": "2024", "２．４万人次": "2024"}


def test_a_label_after_a_dash_too():
    assert periods(STORY + "86.5万亩——全县耕地面积\n36公里——今年以来新修林区道路") == {"86.5万亩": None, "36公里": "2024"}


def test_near_miss_a_label_naming_no_period_dates_nothing():
    assert periods(STORY + "８所\n全县公办幼儿园") == {"８所": None}


def test_near_miss_a_count_of_a_noun_is_no_box_figure():
    assert periods("本报讯 12所学校今年新增校车。") == {"12所": None}
