"""Batch 29's heading class: a document's numbered heading whose words are a list (六、收入、物价和就业) is a
heading on a line of its own, not a sentence cut off by a column break. Near misses must not change."""

from __future__ import annotations

import pytest

from frontpage.parse.reflow import HEADING
from tests.snippets import page, stories


@pytest.mark.parametrize("line, heading", [
    ("六、居民收入、物价和就业", True),
    ("三、教育、卫生和文化", True),
    ("一、明确发展目标", True),
    ("（二）就业、社保", True),
    ("二、加快推进产业、", False),  # near miss: a list cut at its mark, the sentence goes on
    ("四、全市居民收入、物价基本稳定，", False),  # a clause mark: a sentence
    ("五、收入、", False),
])
def test_numbered_heading_with_a_list(line, heading):
    assert bool(HEADING.match(line)) == heading


def test_list_heading_after_a_blank_line_heads_its_section():
    body = ("上半年全市经济运行稳中向好", "一、农业生产\n\n上半年，全市粮食播种面积稳中有增，夏粮总产量\n达到12.6万吨。",
            "二、居民收入、物价和就业\n\n上半年，全市居民人均可支配收入18650元，同比\n增长6.1%。居民消费价格同比上涨1.2%。")
    arts = stories(page("某市统计局", *body))
    assert "二、居民收入、物价和就业" in [s for a in arts for s in a.subheadlines]


# A raw page's headline wrapped before its predicate, each line a unit of its own (某月全市居民消费价格 ⏎ 同比上涨0.8%).

from tests.snippets import raw  # noqa: E402

RAW_LEAD = ("本报讯（记者 林 木）5月12日，记者从市统计局获悉，", "3月份，全市居民消费价格同比上涨0.8%，环比", "下降0.1%。其中，食品价格同比上涨1.2%。")


@pytest.mark.parametrize("stack, kicker, headline, subs", [
    (("3月份全市居民消费价格", "同比上涨0.8%", "食品价格涨幅有所扩大"), "", "3月份全市居民消费价格同比上涨0.8%",
     ["食品价格涨幅有所扩大"]),
    # near miss: a line with a predicate of its own over the figures keeps them as its deck
    (("3月份全市物价运行平稳", "同比上涨0.8%"), "", "3月份全市物价运行平稳", ["同比上涨0.8%"]),
])
def test_raw_headline_wrapped_before_its_predicate(stack, kicker, headline, subs):
    arts = stories(raw("6", "经济观察", "2025年4月13日 星期日", *stack, *RAW_LEAD))
    story = next(a for a in arts if a.kind == "news")
    assert (story.kicker, story.headline, story.subheadlines) == (kicker, headline, subs)
