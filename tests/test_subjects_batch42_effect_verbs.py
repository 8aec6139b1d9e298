"""Batch 42: a verb of an effect (带动, 拉动) or of what a case reaches (涉及) introduces the noun after it even when
that noun is an attribute or a measure named with a verb (带动就业人数 → 就业人数, 带动销售额 → 销售额, 涉及金额 →
金额), unless verb and noun together describe a later noun (涉及中小微企业的案件)."""

from tests.snippets import subjects_of


def test_near_miss_a_relative_clause():
    text = "其中涉及中小微企业的案件占比约四成。"
    assert subjects_of(text, "约四成")[0].startswith("涉及")
