"""What a work can do once done is a forecast whatever its verb: after a milestone to come (建成后, 投产后, 通车后:
``milestones_to_come.csv``), 可 or 将 before the verb of the number's clause marks it, also 可达 (a level it can
reach), 可年… (a yearly capacity) and a verb no subject table lists (可分流). Before, only a listed verb counted.
Near misses: the level a change starts from (将由目前的2小时缩短至…: now), 一般可比 (a norm), 可达 with no milestone
(a capability or a weather norm) and 建成后的 (what was built) stay without a projection."""

import pytest

from tests.snippets import one

FORECASTS = [
    ("该冷链中心总投资2亿元，建成后年储存能力可达3万吨。", "3万吨"),
    ("新厂投产后可年加工竹材约8万吨。", "约8万吨"),
    ("二桥通车后，过江车程将缩短10分钟左右，可分流老桥约35%的车流。", "约35%"),
    ("物流园投用后，日吞吐能力可达1200标箱。", "1200标箱"),
]

UNCHANGED = [
    ("快速路建成后，两城通行时间将由目前的2个小时缩短至40分钟。", "2个小时"),
    ("建成后的高标准农田亩均产能一般可比普通农田提高15%。", "15%"),
    ("夏季午后谷地气温可达30℃。", "30℃"),
    ("每台收割机每小时作业面积可达20亩。", "20亩"),
]


@pytest.mark.parametrize("sentence, quote", FORECASTS)
def test_what_a_finished_work_can_do_is_a_forecast(sentence, quote):
    assert one(sentence, quote).projection == "forecast"


@pytest.mark.parametrize("sentence, quote", UNCHANGED)
def test_a_starting_level_a_norm_or_no_milestone_is_no_forecast(sentence, quote):
    assert one(sentence, quote).projection is None
