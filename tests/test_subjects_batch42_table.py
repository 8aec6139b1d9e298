"""Batch 42 subject cases with one subject each, as a table: (sentence, quote, expected subject).

Folded from the one-assert tests of tests/test_subjects_batch42_*.py; the rule each group checks is in the
docstring of the file named in its comment (cases with several subjects or other asserts stay there). The
groups fund_purpose, new_verbs and rate_held had only such cases, so their rules are given here."""

from __future__ import annotations

import pytest

from tests.snippets import subjects_of


CASES = [
    # body_organises: rule in tests/test_subjects_batch42_body_organises.py
    pytest.param("3月12日，青石镇组织机关干部、村民300余人开展义务植树活动。", "300余人", "机关干部、村民",
                 id="body_organises-a_town_organises_people"),
    pytest.param("今年以来，市农业农村局组织农技下乡等培训活动48场次。", "48场次", "农技下乡等培训活动",
                 id="body_organises-a_bureau_organises_activities"),
    pytest.param("市委组织部选派驻村干部120名。", "120名", "驻村干部",
                 id="body_organises-near_miss_the_organisation_department"),
    # effect_verbs: rule in tests/test_subjects_batch42_effect_verbs.py
    pytest.param("全年扶持创业人员2300人，带动就业人数7800人。", "7800人", "就业人数",
                 id="effect_verbs-jobs_created"),
    pytest.param("以旧换新活动带动销售额5.6亿元。", "5.6亿元", "销售额",
                 id="effect_verbs-sales_driven"),
    pytest.param("审计发现违规发放补贴问题8个，涉及金额126万元。", "126万元", "金额",
                 id="effect_verbs-the_sum_a_case_involves"),
    pytest.param("年末参加失业保险人数42.6万人。", "42.6万人", "参加失业保险人数",
                 id="effect_verbs-near_miss_a_count_of_those_who_take_part"),
    # fund_purpose: a fund named by its purpose (fund_heads.csv) keeps the verb that names that purpose inside the
    # object of an earlier verb; a fund right after the verb that moves it stays the fund alone
    pytest.param("今年县财政安排乡村旅游发展专项资金1200万元。", "1200万元", "乡村旅游发展专项资金",
                 id="fund_purpose-a_development_fund"),
    pytest.param("市级财政统筹安排城中村改造奖补资金3.5亿元。", "3.5亿元", "城中村改造奖补资金",
                 id="fund_purpose-a_renovation_award_fund"),
    pytest.param("全县发放油菜轮作种植补贴资金860万元。", "860万元", "油菜轮作种植补贴资金",
                 id="fund_purpose-a_planting_subsidy_fund"),
    pytest.param("市财政安排补助资金4200万元。", "4200万元", "补助资金",
                 id="fund_purpose-near_miss_the_fund_after_the_moving_verb"),
    pytest.param("去年全市投入专项资金2.6亿元。", "2.6亿元", "专项资金",
                 id="fund_purpose-near_miss_a_verb_that_invests_in_a_fund"),
    # leading_words: rule in tests/test_subjects_batch42_leading_words.py
    pytest.param("去年全县新增技能人才3200人，但高级技工占技能人才总量的比重不足一成。", "不足一成", "高级技工占技能人才总量的比重",
                 id="leading_words-but_opening_the_subject"),
    pytest.param("全市商品房销售面积有所回升，但是住宅库存去化周期仍长达20个月。", "20个月", "住宅库存去化周期",
                 id="leading_words-but_shi_opening_the_subject"),
    pytest.param("年末全县政府债务余额45.2亿元，控制在省核定的债务限额50.6亿元以内。", "50.6亿元", "省核定的债务限额",
                 id="leading_words-a_debt_held_within_its_limit"),
    pytest.param("全年能耗总量控制在120万吨标准煤以内。", "120万吨标准煤以内", "能耗总量",
                 id="leading_words-near_miss_a_noun_before_kong_zhi_zai"),
    # limits_penalties: rule in tests/test_subjects_batch42_limits_penalties.py
    pytest.param("对名单有异议的，请自本公示发布之日起15日内向县民政局提出书面异议。", "15日内", "提出书面异议",
                 id="limits_penalties-a_request_to_act_within_a_limit"),
    pytest.param("请原告自公告之日起30日内来本院领取判决书，逾期视为送达。", "30日内", "领取判决书",
                 id="limits_penalties-the_place_the_act_is_done_at_goes"),
    pytest.param("违章搭建的棚屋，当事人应自本通告张贴之日起10日内自行拆除。", "10日内", "自行拆除",
                 id="limits_penalties-removal_by_the_party_itself"),
    pytest.param("检查中发现的问题，当事人须自通知下达之日起20日内整改到位。", "20日内", "整改到位",
                 id="limits_penalties-putting_right_within_a_limit"),
    pytest.param("被告人王某犯诈骗罪，被判处有期徒刑三年，并处罚金人民币5万元。", "5万元", "罚金",
                 id="limits_penalties-a_fine_in_the_currency"),
    pytest.param("其余8名被告人分别被判处有期徒刑一年至四年不等，并处罚金共计260万元。", "260万元", "罚金",
                 id="limits_penalties-a_fine_totalled"),
    pytest.param("法院判处被告人有期徒刑二年，并处罚金3万元。", "3万元", "罚金",
                 id="limits_penalties-near_miss_a_plain_fine"),
    pytest.param("今年实现全县9所中学全覆盖。", "9所", "中学",
                 id="limits_penalties-all_covered_ends_the_counted_noun"),
    # new_verbs: 新 before a verb of starting or setting up (新开工, 新设立) lets the verb introduce the noun after
    # it even when that noun is short; the dev gold counts 项目 for 新开工项目 eight times to three
    pytest.param("一季度全县新开工项目64个，比上年同期多9个。", "64个", "项目",
                 id="new_verbs-projects_newly_started"),
    pytest.param("今年安排重点项目150个，其中新开工项目不少于60个。", "不少于60个", "项目",
                 id="new_verbs-projects_newly_started_in_a_plan"),
    pytest.param("前三季度，全区新设立企业4200户，增长8.6%。", "4200户", "企业",
                 id="new_verbs-enterprises_newly_set_up"),
    pytest.param("今年全县新开工亿元以上项目26个。", "26个", "亿元以上项目",
                 id="new_verbs-near_miss_a_long_noun_after_newly_started"),
    pytest.param("今年新开通公交线路12条。", "12条", "公交线路",
                 id="new_verbs-near_miss_newly_opened_routes"),
    # rate_held: a growth rate held at a level, or the run of months it has been held there, keeps the rate word;
    # a rate stated with 为 still measures the thing before it
    pytest.param("全县规模以上工业增加值增速已连续5个月保持在6%以上。", "6%以上", "全县规模以上工业增加值增速",
                 id="rate_held-a_rate_held_above_a_level"),
    pytest.param("全县规模以上工业增加值增速已连续5个月保持在6%以上。", "5个月", "全县规模以上工业增加值增速",
                 id="rate_held-the_run_of_months_a_rate_is_held"),
    pytest.param("全区经济增速已连续8个季度高于全市平均水平。", "8个季度", "全区经济增速",
                 id="rate_held-the_run_of_quarters_a_rate_leads"),
    pytest.param("1至9月，纺织行业增速为-3.4%。", "-3.4%", "纺织行业",
                 id="rate_held-near_miss_a_rate_stated_with_wei"),
    # respectively_items: rule in tests/test_subjects_batch42_respectively_items.py
    pytest.param("钢材、水泥、平板玻璃产量分别增长3.2%、1.5%和0.8%。", "0.8%", "平板玻璃",
                 id="respectively_items-near_miss_a_head_printed_once_after_the_last_item"),
    # set_at: rule in tests/test_subjects_batch42_set_at.py
    pytest.param("今冬全市集中供暖期定为125天。", "125天", "全市集中供暖期",
                 id="set_at-a_period_set_at_a_length"),
    pytest.param("收费标准确定为每月20元。", "20元", "收费标准",
                 id="set_at-near_miss_fixed_as"),
    # shared_de_head: rule in tests/test_subjects_batch42_shared_de_head.py
    pytest.param("申请听证和提起诉讼的期限分别为5日和6个月。", "6个月", "提起诉讼",
                 id="shared_de_head-two_acts_and_their_shared_deadline"),
]


@pytest.mark.parametrize("sentence, quote, expected", CASES)
def test_one_subject(sentence, quote, expected):
    assert subjects_of(sentence, quote) == [expected]
