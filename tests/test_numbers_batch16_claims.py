"""Claim classes (recall and precision) met in the sixteenth batch, written as invented tables and sentences:
none is copied from an edition. Each test held at least one check that failed before its class was fixed; a
check that held before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

from frontpage.numbers.tables import table_figures
from tests.snippets import claims_of, page

RANKED = page("一季度各街道新增市场主体排名",
              "本报讯 4月8日，区市场监管局公布一季度各街道新增市场主体情况。\n"
              "序号 街道 新增主体（户） 同比增长（%）\n"
              "1 东湖街道 1326 15.2\n"
              "2 南岭街道 987 -4.5\n"
              "3 西河街道 812 8.0")


def test_a_rank_column_before_the_label_is_no_figure_and_leaves_the_row_its_label():
    """序号/排名 街道 新增主体（户） 同比增长（%） over rows that open on the rank (1 东湖街道 1326 15.2): the rank is
    an ordinal, not a claim, and the row's label is the cell after it; each figure takes its column's unit."""
    lines = list(enumerate(["名次 乡镇 产量（万吨） 增长（%）", "1 青石镇 12.4 3.1", "2 白沙乡 9.8 -1.2"], start=1))
    rows = table_figures(lines, date(2025, 4, 9))
    assert [(f.quote, f.value, f.unit, f.subject, f.direction) for f in rows] == [
        ("12.4", 124000, "t", "青石镇", None), ("3.1", 3.1, "%", "青石镇", "increase"),
        ("9.8", 98000, "t", "白沙乡", None), ("-1.2", -1.2, "%", "白沙乡", "decrease")]
    found = [c for c in claims_of(RANKED, date(2025, 4, 9), lead="") if c.line >= 4]
    assert [(c.quote, c.subject, c.comparison, c.period) for c in found] == [
        ("1326", "东湖街道", None, "2025-Q1"), ("15.2", "东湖街道", "同比", "2025-Q1"),
        ("987", "南岭街道", None, "2025-Q1"), ("-4.5", "南岭街道", "同比", "2025-Q1"),
        ("812", "西河街道", None, "2025-Q1"), ("8.0", "西河街道", "同比", "2025-Q1")]


def test_a_first_column_of_figures_under_a_label_heading_is_still_no_row():
    """A heading whose first column is no rank (指标) over a row opening on a figure (guard): not read as a row."""
    lines = list(enumerate(["指标 总量（亿元） 增速（%）", "2024 512.3 4.9"], start=1))
    assert table_figures(lines, date(2025, 4, 9)) == []


def test_a_grade_inside_a_noun_is_no_claim_and_stays_in_the_subject():
    """5万吨级散货泊位, 60公斤级、75公斤级决赛: an amount with 级 before the noun it grades (or before the next grade
    of a list) names a class, not an amount, and stays in the subject of the count after it; a grade that is the
    clause's figure (最大靠泊能力15万吨级。) is still a claim (guard)."""
    found = claims_of("青港二期工程新建5万吨级散货泊位3个，最大靠泊能力15万吨级。")
    assert [(c.quote, c.subject) for c in found] == [("3个", "5万吨级散货泊位"), ("15万吨", "最大靠泊能力")]
    found = claims_of("我县选手分别夺得男子60公斤级、75公斤级决赛亚军，全队共获3枚奖牌。")
    assert [c.quote for c in found] == ["3枚"]


def test_a_count_listed_after_a_total_is_a_total_too():
    """共受理投诉45件、咨询120件: a count listed after a total under the same 共 verb, with only 、 and its noun
    between, is a total too; a count after a verb of its own is none (guard)."""
    found = claims_of("今年以来，区消保委共受理投诉45件、咨询120件，为消费者挽回损失36万元。")
    assert [(c.quote, c.comparison) for c in found] == [("45件", "共计"), ("120件", "共计"), ("36万元", None)]
    found = claims_of("全区共有230家企业提供岗位6800个。")
    assert [(c.quote, c.comparison) for c in found] == [("230家", "共计"), ("6800个", None)]
