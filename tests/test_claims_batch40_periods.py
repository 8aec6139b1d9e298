"""Batch 40, periods of the claims extractor. Invented sentences.

- A document's numbered item opening on its deadline ((一)到2025年底，…; （二）到2027年，…; 1.到2026年，…) gives its
  targets that period, as an unnumbered sentence opening on it does: the item's number is no clause before the period
  (near misses: an item opening on a topic names no period; a period inside a later clause stays that clause's own).
- 年产 ('a yearly output': 年产水产品约2100吨) is a rate per year, as 每年: it keeps only its own clause's period, not
  the one opening its sentence (near misses: an output with no 年, and 全年产量, the output of a year, take a period).
"""

from tests.snippets import claims_of, page


def _notice(*items: str) -> dict:
    text = page("关于加快建设社区养老服务设施的通知", "各县（市、区）人民政府：现就有关事项通知如下。", "一、主要目标", *items)
    return {c.quote: c for c in claims_of(text, lead="")}


def test_a_numbered_item_opening_on_its_deadline_dates_its_targets():
    c = _notice("（一）到2025年底，全市新建社区养老服务设施300个以上，覆盖社区比例达到45%。")
    assert (c["300个以上"].period, c["300个以上"].projection) == ("2025", "target")
    assert c["45%"].period == "2025"


def test_the_next_numbered_item_takes_its_own_deadline():
    c = _notice("（一）到2025年底，全市新建社区养老服务设施300个以上。", "（二）到2027年，全市累计建成社区养老服务设施800个左右。")
    assert c["300个以上"].period == "2025"
    assert c["800个左右"].period == "2027"


def test_an_item_numbered_with_a_digit_and_a_point():
    c = _notice("1.到2026年，全市社区食堂覆盖率达到60%。")
    assert c["60%"].period == "2026"


def test_near_miss_an_item_opening_on_a_topic_names_no_period():
    c = _notice("（一）完善社区养老服务。每个设施原则上设置养老床位不少于12张。")
    assert c["不少于12张"].period is None


def test_near_miss_an_unnumbered_sentence_still_dated():
    c = _notice("到2025年底，全市新建社区养老服务设施300个以上。")
    assert c["300个以上"].period == "2025"


def test_a_yearly_output_keeps_no_period_of_an_earlier_clause():
    c = {x.quote: x for x in claims_of("今年，全县稻虾共作面积达2.1万亩，年产小龙虾约1800吨。")}
    assert c["2.1万亩"].period == "2024"
    assert c["约1800吨"].period is None


def test_near_miss_an_output_with_no_yearly_rate_takes_its_period():
    c = {x.quote: x for x in claims_of("今年，全县稻虾共作面积达2.1万亩，产量约1800吨。")}
    assert c["约1800吨"].period == "2024"


def test_near_miss_quannian_chanliang_is_no_yearly_rate():
    c = {x.quote: x for x in claims_of("今年，全县稻虾共作面积达2.1万亩，全年产量约1800吨。")}
    assert c["约1800吨"].period_text == "全年"
