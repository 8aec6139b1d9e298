"""Batch 40, periods of the claims extractor. Invented sentences.

- A document's numbered item opening on its deadline ((一)到2025年底，…; （二）到2027年，…; 1.到2026年，…) gives its
  targets that period, as an unnumbered sentence opening on it does: the item's number is no clause before the period
  (near misses: an item opening on a topic names no period; a period inside a later clause stays that clause's own).
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
