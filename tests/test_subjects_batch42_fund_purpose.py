"""Batch 42: a fund named by its purpose (fund_heads.csv: 专项资金, 奖补资金, 补助资金, 补贴资金 …) keeps the verb that
names that purpose when it lies inside the object of an earlier verb (安排乡村旅游发展专项资金 → 乡村旅游发展专项资金);
a fund right after the verb that moves it stays the fund alone (市财政安排补助资金 → 补助资金)."""

from tests.snippets import subjects_of


def test_a_development_fund():
    assert subjects_of("今年县财政安排乡村旅游发展专项资金1200万元。", "1200万元") == ["乡村旅游发展专项资金"]


def test_a_renovation_award_fund():
    assert subjects_of("市级财政统筹安排城中村改造奖补资金3.5亿元。", "3.5亿元") == ["城中村改造奖补资金"]


def test_a_planting_subsidy_fund():
    assert subjects_of("全县发放油菜轮作种植补贴资金860万元。", "860万元") == ["油菜轮作种植补贴资金"]


def test_near_miss_the_fund_after_the_moving_verb():
    assert subjects_of("市财政安排补助资金4200万元。", "4200万元") == ["补助资金"]


def test_near_miss_a_verb_that_invests_in_a_fund():
    assert subjects_of("去年全市投入专项资金2.6亿元。", "2.6亿元") == ["专项资金"]
