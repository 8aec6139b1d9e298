"""Batch 35: a chart flattened into a raw story's text (图1 某某增速 / 图：某某增速 ⏎ 单位：% ⏎ 某行业 12.3 …):
its title, even with the colon of 图：, is the text's, like a numbered table's (表2 …), not a headline that
cuts the story in two (class: chart title in a raw story). Every snippet is invented; near misses must not
change."""

from __future__ import annotations

import pytest

from tests.snippets import raw, stories

LEAD = ("本报讯（记者 苏岩）7月20日，记者从县统计局获悉，",
        "上半年，全县规上工业增加值同比增长6.2%。")
ROWS = ("单位：%", "食品加工业 9.6", "纺织服装业 3.1", "建材工业 -2.4")
AFTER = ("从产品产量看，饲料产量12.6万吨，增长8.1%；",
         "水泥产量86万吨，下降5.2%。")


@pytest.mark.parametrize("title", ["图1 上半年主要行业增加值增速", "图：上半年主要行业增加值增速"])
def test_chart_title_stays_in_the_text(title):
    arts = stories(raw(*LEAD, title, *ROWS, *AFTER))
    assert len(arts) == 1
    assert not any(title.replace(" ", "") in a.headline.replace(" ", "") for a in arts)


def test_picture_credit_with_a_colon_is_no_chart():
    # near miss: 图：name with no unit line and rows under it is no chart's title: a photo's credit, as before
    arts = stories(raw(*LEAD, "图：本报记者 苏岩", *AFTER))
    assert [a.kind for a in arts][:2] == ["news", "caption"]
    assert arts[0].lines == [[1, 2]]
