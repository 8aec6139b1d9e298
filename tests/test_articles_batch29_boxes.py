"""Batch 29's box classes on invented pages: a labelled weather box whose forecast lines set their words
apart with spaces (【天气预报】 ⏎ 今天 晴 气温…), which the furniture pass reads as a weather box, over a
teaser run (今日导读). Near misses must not change."""

from __future__ import annotations

from tests.snippets import page, parse, stories

MASTHEAD = "青禾晚报\n2024年1月9日 星期二"
TEASERS = "今日导读\n全市供暖投诉同比下降三成\n详见3版\n\n中小学寒假安全提示发布\n详见5版"


def test_spaced_forecast_under_its_label_is_the_label_s_box():
    arts = stories(page(MASTHEAD, "【天气预报】\n今天 多云 气温-4℃～5℃\n明天 小雪 气温-6℃～2℃", TEASERS))
    box = next(a for a in arts if a.kind == "box")
    assert (box.kicker, box.headline) == ("天气预报", "")
    assert box.text.replace("\n", "") == "今天 多云 气温-4℃～5℃明天 小雪 气温-6℃～2℃"
    teaser = next(a for a in arts if a.kind == "teaser")
    assert (teaser.kicker, teaser.headline) == ("今日导读", "全市供暖投诉同比下降三成")


def test_spaced_forecast_without_a_label_stays_furniture():
    # near miss: no label above it: the forecast lines are page furniture, as before
    arts = parse(page(MASTHEAD, "今天 多云 气温-4℃～5℃\n明天 小雪 气温-6℃～2℃", TEASERS))
    assert not any(a.kind == "box" for a in arts)
    assert any(a.kind == "furniture" and "气温-4℃～5℃" in "".join(p.text for p in a.parts) for a in arts)


# A court case's number under a notice's title, the year first (（2024）某0102民初356号): a label, no subheadline.

import pytest  # noqa: E402

from frontpage.parse.reflow import DOCUMENT_NUMBER  # noqa: E402

COURT_NOTICE = ("公 告", "{number}", "王某某：本院受理原告某某公司诉你买卖合同纠纷一案，因你下落不明，",
                "依照有关规定，向你公告送达起诉状副本及开庭传票。公告送达期为30日。", "某市某区人民法院",
                "2024年5月8日")


@pytest.mark.parametrize("number", ["（2024）青0103民初356号", "(2023)青01执1208号", "（2024）青0103刑初 42 号"])
def test_court_case_number_under_a_notice_title_is_no_subheadline(number):
    lines = [line.format(number=number) for line in COURT_NOTICE]
    arts = stories(page(MASTHEAD, "\n".join(lines)))
    notice = next(a for a in arts if a.kind == "notice")
    assert notice.subheadlines == [] and notice.text.startswith("王某某")


@pytest.mark.parametrize("line, number", [
    ("（2024）青0103民初356号", True), ("青府办发〔2024〕12号", True),
    ("（2024年）第3号", False),  # no court, no kind of case
    ("（2024）全市共受理案件356号", False),  # words, not a case's code
    ("2024年青0103民初356号", False),  # the year out of brackets
])
def test_case_number_pattern(line, number):
    assert bool(DOCUMENT_NUMBER.match(line)) == number
