"""What a work can bring once it is done is a forecast: a milestone to come (建成后, 投产后, 完工后, 通车后:
``milestones_to_come.csv``) earlier in the sentence, then 可 before a verb in the number's clause (建成后可形成月产能,
全部完工后，可惠及群众). Before, 可 alone marked nothing. Near misses: the same milestone with no modal (told as a
fact, 通车后两地车程由…缩短至…), 建成后的 (what was built, described), 一般可 (a norm) and 已 (done) stay without."""

import pytest

from tests.snippets import one

FORECASTS = [
    ("该园区建成后可形成年产能50万吨。", "50万吨"),
    ("工程全部完工后，可惠及沿线群众8万人以上。", "8万人以上"),
    ("新厂投产后，每年可新增产值约12亿元。", "约12亿元"),
    ("线路开通后，每天可运送旅客2万人次。", "2万人次"),
]

UNCHANGED = [
    ("高速公路通车后，两地车程由3小时缩短至1小时。", "1小时"),
    ("建成后的高标准农田每亩一般可比普通农田增产100斤。", "100斤"),
    ("该项目去年建成投产后，已带动就业1200人。", "1200人"),
]


@pytest.mark.parametrize("sentence, quote", FORECASTS)
def test_what_a_finished_work_can_bring_is_a_forecast(sentence, quote):
    assert one(sentence, quote).projection == "forecast"


@pytest.mark.parametrize("sentence, quote", UNCHANGED)
def test_no_modal_a_description_or_a_result_is_no_forecast(sentence, quote):
    assert one(sentence, quote).projection is None
