"""Batch 33: a 小标题 inside a lead whose stack is printed elsewhere (at the page's foot, or taken by
another item). Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, stories

TOP = ("3", "经济新闻")
LEAD = "本报讯（记者 丁 岚）5月8日，记者从某县统计局获悉，前4个月，全县\n规模以上工业增加值同比增长6.4%，增速比一季度加快0.3个百分点。"
HEADING = "园区项目加快落地"
SECTION = ("截至4月末，城东园区新签约项目23个，总投资86亿元，\n其中新材料、生物医药类项目占比近六成。",
           "下一步，园区将围绕链主企业开展精准招商，力争年内\n再引进亿元以上项目15个。")


def test_section_heading_under_a_headless_lead_goes_on_with_its_text():
    # a lead opened by 本报讯 with no stack above it: the lone short line under its first paragraph is
    # its 小标题 even when neither it nor the prose under it echoes the lead; that prose is the lead's
    # next section (no teaser, no second story)
    arts = stories(page(*TOP, LEAD, HEADING, *SECTION))
    assert len(arts) == 1
    assert arts[0].subheadlines == [HEADING]
    assert arts[0].text.endswith("再引进亿元以上项目15个。")


def test_line_over_a_new_lead_stays_that_lead_headline():
    # near miss: the prose under the short line opens on its own source line: a new story with its headline
    other = "本报讯 近日，某县第二污水处理厂扩建工程完工，新增日处理能力\n2万吨，出水水质达到一级A标准。"
    arts = stories(page(*TOP, LEAD, "污水处理厂扩建完工", other))
    assert any(a.headline == "污水处理厂扩建完工" and a.text.startswith("近日，某县第二污水处理厂") for a in arts)


def test_signed_off_lead_keeps_the_line_apart():
    # near miss: a lead closed by its credit is over; the short line under it is not its 小标题
    signed = LEAD + "（丁 岚）"
    arts = stories(page(*TOP, signed, HEADING, *SECTION))
    assert all(HEADING not in a.subheadlines for a in arts)


def test_text_without_a_lead_keeps_the_line_apart():
    # near miss: the text above opens on no source line (a feature's paragraph, no 本报讯): nothing says
    # it is a lead waiting for its stack, so the short line is not taken as its 小标题
    plain = "5月8日，记者从某县统计局获悉，前4个月，全县规模以上工业增加值\n同比增长6.4%，增速比一季度加快0.3个百分点。"
    arts = stories(page(*TOP, plain, HEADING, *SECTION))
    assert all(HEADING not in a.subheadlines for a in arts)
