"""Batch 43: the main structure or works of counted buildings or projects (主体结构, 主体工程: count_attributes.csv) is
what is said of them: the counted noun ends before it (15座车站主体结构已封顶 → 车站, 6个项目主体工程完工 → 项目).
Near misses: the attribute opening the phrase, or a noun with no count, stays whole."""

import pytest

from tests.snippets import subjects_of


@pytest.mark.parametrize("sentence, quote, expected", [
    pytest.param("全线15座车站主体结构已封顶。", "15座", "车站", id="stations-main-structure"),
    pytest.param("其中6个项目主体工程完工。", "6个", "项目", id="projects-main-works"),
    pytest.param("全市12个项目主体工程已完工。", "12个", "项目", id="projects-main-works-done"),
    # near misses
    pytest.param("大桥主体工程完工率达到90%。", "90%", "大桥主体工程完工率", id="near-miss-no-count"),
    pytest.param("今年新开工的3个主体工程检测站已投用。", "3个", "主体工程检测站", id="near-miss-opening-the-noun"),
])
def test_the_main_works_of_counted_things(sentence, quote, expected):
    assert subjects_of(sentence, quote) == [expected]
