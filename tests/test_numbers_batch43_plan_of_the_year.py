"""What a body says it will do this year is its plan: 今年 (年内, 到今年底) then (还)将 and a verb of doing (今年还将推进
改造项目23个, 今年将新建服务设施50处) makes a target, not a forecast. Near misses: 将 before a level or change that will come
about (今年…将达, 将突破, 将增长: a forecast), a forecast word (预计今年将新建…), and 将 with no year of a plan stay
forecasts."""

import pytest

from tests.snippets import one

TARGETS = [
    ("区住建局负责人介绍，今年还将推进棚户区改造项目17个。", "17个"),
    ("今年将新建社区嵌入式服务设施40处。", "40处"),
    ("年内将新开通社区巴士线路12条。", "12条"),
]

FORECASTS = [
    ("今年全市高速公路通车里程将达1200公里。", "1200公里"),
    ("预计今年将新建社区食堂30家。", "30家"),
    ("届时将推出展演活动30余场。", "30余场"),
]


@pytest.mark.parametrize("sentence, quote", TARGETS)
def test_a_bodys_work_for_the_year_is_a_target(sentence, quote):
    assert one(sentence, quote).projection == "target"


@pytest.mark.parametrize("sentence, quote", FORECASTS)
def test_a_level_to_come_or_a_forecast_word_stays_a_forecast(sentence, quote):
    assert one(sentence, quote).projection == "forecast"
