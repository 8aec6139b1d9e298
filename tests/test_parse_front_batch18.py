"""Front-page structures of the eighteenth batch, each on a small invented snippet."""

from __future__ import annotations

import pytest

from tests.snippets import page, raw, stories

BRIEF = ("本报讯 某县今年新建村级文化广场12个，", "覆盖率达到九成，比上年提高5个百分点。")


@pytest.mark.parametrize("span", ["3—5月", "2023—2024年度", "1-6月"])
def test_a_notice_title_wrapped_over_three_lines_with_a_range_dash_is_one_headline(span):
    """Issuer-and-关于 line, a middle line holding a range of months or years (3—5月), and the type's
    line (情况的通告), set solid under another item: one title, the notice's headline."""
    text = raw(*BRIEF,
               "某某县农业农村局关于",
               span + "农产品质量安全抽检",
               "情况的通告",
               "今年以来，我局共抽检农产品",
               "420批次，合格率为99.1%。特此",
               "通告。",
               "某某县农业农村局",
               "2024年6月20日")
    arts = stories(text)
    assert [(a.kind, a.kicker, a.headline) for a in arts[1:]] == [
        ("notice", "", "某某县农业农村局关于" + span + "农产品质量安全抽检情况的通告")]
    assert arts[1].text.startswith("今年以来")


@pytest.mark.parametrize("label", ["数据来源", "资料来源", "来源"])
def test_a_boxs_source_line_closes_the_box_before_a_headline_after_a_blank_line(label):
    """A figures table in a box ends on its source line (数据来源：某某局); a headline one blank line under
    it opens the next story, never runs on as the box's text."""
    text = page("【数说】\n上半年某县农业投入情况\n项目 金额（亿元） 同比增长（%）\n高标准农田 4.2 12.5\n"
                "农村道路 3.1 -2.0\n合计 7.3 6.1\n" + label + "：县农业农村局",
                "某县农业投入再创新高",
                "本报讯（记者 王 五）今年以来，某县持续加大农业投入，\n新建高标准农田2.6万亩。")
    arts = stories(text)
    assert sorted((a.kind, a.headline) for a in arts) == [
        ("box", "上半年某县农业投入情况"), ("news", "某县农业投入再创新高")]
    box = next(a for a in arts if a.kind == "box")
    assert box.text.endswith("县农业农村局")
