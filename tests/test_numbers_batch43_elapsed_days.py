"""N日 right after a verb of time passing (经过, 历时, 历经) is a length of days, not a day of the month: the
statutory wording of service by public notice (自公告之日起经过60日即视为送达) sets a term, a target in a notice.
Before, 60日 there was read as the 60th, a date, and no claim. A part of the day or a clock time after N日 keeps it
a date (车队经过15日上午的检查: the 15th)."""

import pytest

from tests.snippets import claims_of, raw

ELAPSED = [
    ("自公告之日起经过60日即视为送达。", "60日", 60),
    ("自本公告发布之日起经过三十日，即视为送达。", "三十日", 30),
    ("抢修工程历时12日全部完工。", "12日", 12),
    ("经过20日的连续施工，道路恢复通行。", "20日", 20),
]


@pytest.mark.parametrize("sentence, quote, days", ELAPSED)
def test_days_that_pass_are_a_length(sentence, quote, days):
    found = [(c.quote, c.value, c.unit, c.kind) for c in claims_of(sentence)]
    assert found == [(quote, days, "day", "duration")]


DATES = [  # near misses: the day of the month with a part of the day or a clock time, 经过 after the date
    "车队经过15日上午的安全检查后出发。",
    "游行队伍经过18日晚的彩排后正式亮相。",
    "本月15日经过市区的货车需绕行。",
    "车辆经过12日8时的检测后放行。",
]


@pytest.mark.parametrize("sentence", DATES)
def test_a_day_of_the_month_stays_a_date(sentence):
    assert claims_of(sentence) == []


def test_a_notice_sets_the_term_as_a_target():
    text = raw("公 告", "赵某：", "本院受理原告钱某诉你租赁合同纠纷一案，现依法向你公告送达起诉状副本。"
               "自公告之日起经过60日即视为送达。", "特此公告。", "青山区人民法院", "2024年7月18日")
    found = [(c.quote, c.value, c.projection) for c in claims_of(text, lead="")]
    assert found == [("60日", 60, "target")]
