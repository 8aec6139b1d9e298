"""Period, projection, comparison and direction classes met in the eighteenth batch, written as invented
sentences: none is copied from an edition. Each test held at least one check that failed before its class
was fixed."""

from __future__ import annotations

from datetime import date

from frontpage.numbers.tables import table_figures
from tests.snippets import claims_of

WORK_REPORT = """政府工作报告（摘要）

一、2024年工作回顾

2024年，全县地区生产总值达到312亿元，增长5.6%。

二、2025年重点工作

深化“放管服”改革，项目审批时间压缩至10个工作日，政务服务事项网上可办率达到98%以上。

补齐民生短板。新建中小学4所，新增养老床位300张。
"""


def test_a_key_work_heading_makes_its_section_targets():
    """Under 二、2025年重点工作 (the work ahead a report commits to) the figures are targets, and a sentence
    with no period of its own takes none from the heading; the review section stays actual."""
    found = {c.quote: c for c in claims_of(WORK_REPORT, date(2025, 1, 15), lead="")}
    assert (found["312亿元"].projection, found["312亿元"].period) == (None, "2024")
    assert [(found[q].projection, found[q].period) for q in ("10个工作日", "98%以上", "4所", "300张")] == [
        ("target", None)] * 4


NOTICE = """青松县人力资源和社会保障局
关于开展2024年度“技能之星”评选活动的通知

各乡镇人民政府，县直有关单位：
现将有关事项通知如下：
一、评选名额。每个乡镇推荐人选不超过5名。
二、评选条件。在本县企业从事技能岗位工作，累计从业年限不少于8年，业绩突出。
"""


def test_a_bound_a_directive_document_sets_is_a_target():
    """A 通知 lays down its bounds as a notice does: 不超过5名 and a floor on a running total (累计从业年限
    不少于8年, a condition, not a total told) are targets, and take no period from the title."""
    found = {c.quote: c for c in claims_of(NOTICE, date(2024, 6, 3), lead="")}
    assert [(found[q].projection, found[q].period) for q in ("不超过5名", "不少于8年")] == [("target", None)] * 2


def test_a_column_named_by_its_base_alone_is_a_change():
    """环比（%）, 同比（%）: a column headed by its base alone holds changes, their direction the sign and their
    comparison the heading's, as 比上月增长（%） does."""
    lines = [(20, "青松县主要蔬菜批发价格（5月6日）"), (21, "品名 均价（元/公斤） 环比（%）"),
             (22, "黄瓜 4.20 -2.5"), (23, "土豆 2.80 1.1")]
    rows = table_figures(lines, date(2024, 5, 7))
    assert [(f.quote, f.direction, f.comparison) for f in rows] == [
        ("4.20", None, None), ("-2.5", "decrease", "环比"), ("2.80", None, None), ("1.1", "increase", "环比")]
    rows = table_figures([(30, "指标 数值（亿元） 同比（%）"), (31, "税收收入 12.5 3.4")], date(2024, 5, 7))
    assert [(f.quote, f.direction, f.comparison) for f in rows] == [("12.5", None, None), ("3.4", "increase", "同比")]
