"""Batch 42: a verb of an effect (带动, 拉动) or of what a case reaches (涉及) introduces the noun after it even when
that noun is an attribute or a measure named with a verb (带动就业人数 → 就业人数, 带动销售额 → 销售额, 涉及金额 →
金额), unless verb and noun together describe a later noun (涉及中小微企业的案件)."""

from tests.snippets import subjects_of


def test_jobs_created():
    assert subjects_of("全年扶持创业人员2300人，带动就业人数7800人。", "7800人") == ["就业人数"]


def test_sales_driven():
    assert subjects_of("以旧换新活动带动销售额5.6亿元。", "5.6亿元") == ["销售额"]


def test_the_sum_a_case_involves():
    assert subjects_of("审计发现违规发放补贴问题8个，涉及金额126万元。", "126万元") == ["金额"]


def test_near_miss_a_relative_clause():
    text = "其中涉及中小微企业的案件占比约四成。"
    assert subjects_of(text, "约四成")[0].startswith("涉及")


def test_near_miss_a_count_of_those_who_take_part():
    assert subjects_of("年末参加失业保险人数42.6万人。", "42.6万人") == ["参加失业保险人数"]
