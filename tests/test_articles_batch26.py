"""Batch 26's classes on invented ``pdftotext -raw`` pages (no blank lines, headline stacks at the foot):
a headline the column cut inside a word (under its kicker, whatever figures it gives), and a page number
left under a photo's credit. Each table holds near misses that must not change."""

from __future__ import annotations

import pytest

from tests.snippets import raw, stories

# A body set 18 em wide (the column), then the lead's headline stack at the foot of the page.
BODY = (
    "本报讯（记者 石青）3月12日，全区河道",
    "防汛工作部署会召开。记者从会上获悉，",
    "今年全区聘用河道巡查员215名，实现河",
    "段巡查全覆盖，织密河段防汛责任网络。",
    "今年以来，巡查员累计巡河1.6万次，同",
    "比增加9.5%；排查整改隐患182处，清",
    "理河道垃圾1.2万吨，河段安全形势平稳",
    "向好。下一步，全区将加密巡查频次。",
)


def _lead(stack: tuple[str, ...]):
    """The first story of a raw page whose lead's headline stack stands at its foot."""
    arts = stories(raw("要闻", "2025年3月13日 星期四", *BODY, *stack))
    return next(a for a in arts if a.kind != "caption")


@pytest.mark.parametrize("stack, kicker, headline, subs", [
    # the upper line fills the column and breaks 河段 (printed in the body): one headline wrapped
    (("河道防汛工作部署会召开", "全区215名河道巡查员全员上岗 织密河", "段防汛“责任网”"),
     "河道防汛工作部署会召开", "全区215名河道巡查员全员上岗 织密河段防汛“责任网”", []),
    # 河道 is printed in the body too: the same class, another word
    (("河道防汛工作部署会召开", "全区215名河道巡查员全员上岗 织密河", "道防汛“责任网”"),
     "河道防汛工作部署会召开", "全区215名河道巡查员全员上岗 织密河道防汛“责任网”", []),
    # near miss: a lower line no narrower than the column's line is a tier of its own, never its wrap
    (("河道防汛工作部署会召开", "全区215名河道巡查员全员上岗 织密河", "段防汛“责任网”织密河段防汛网络"),
     "河道防汛工作部署会召开", "全区215名河道巡查员全员上岗 织密河", ["段防汛“责任网”织密河段防汛网络"]),
    # near miss: two lines short of the column are two tiers, as before (kicker over headline)
    (("全区河道巡查员全员上岗", "今年以来累计巡河1.6万次"),
     "全区河道巡查员全员上岗", "今年以来累计巡河1.6万次", []),
    # near miss: a column-wide line whose break joins no word the page prints keeps its tier below
    (("河道防汛工作部署会召开", "全区215名河道巡查员全员上岗 织密网", "今年累计巡河1.6万次"),
     "河道防汛工作部署会召开", "全区215名河道巡查员全员上岗 织密网", ["今年累计巡河1.6万次"]),
])
def test_headline_cut_by_the_column_inside_a_word(stack, kicker, headline, subs):
    lead = _lead(stack)
    assert (lead.kicker, lead.headline, lead.subheadlines) == (kicker, headline, subs)


@pytest.mark.parametrize("stack, kicker, headline, subs", [
    # a figures headline wider than the column (cut inside 河段) under a shorter plain line: that line is its kicker
    (("河道防汛部署会召开", "全区215名巡查员上岗 巡河1.6万次织密河", "段防汛网"),
     "河道防汛部署会召开", "全区215名巡查员上岗 巡河1.6万次织密河段防汛网", []),
    # near miss: a one-line figures deck under a plain line stays that headline's subheadline
    (("全区河道防汛工作部署会召开", "巡查员215名 巡河1.6万次"),
     "", "全区河道防汛工作部署会召开", ["巡查员215名 巡河1.6万次"]),
    # near miss: a report's title over its delivery line, which the column cut inside 人民: title and dash deck
    (("2025年区政府工作报告（摘要）", "——2025年1月8日在清河区第三届人民", "代表大会第四次会议上"),
     "", "2025年区政府工作报告（摘要）", ["——2025年1月8日在清河区第三届人民代表大会第四次会议上"]),
    # near miss: a year kicker (回眸2024) stays a kicker over its headline, nothing joined
    (("回眸2024", "全区河道巡查员巡河1.6万次"),
     "回眸2024", "全区河道巡查员巡河1.6万次", []),
])
def test_headline_cut_by_the_column_under_a_kicker_on_a_raw_page(stack, kicker, headline, subs):
    lead = _lead(stack)
    assert (lead.kicker, lead.headline, lead.subheadlines) == (kicker, headline, subs)


CAPTIONED = (
    "图为巡查员在堤坝上检查水位。",
    "本报记者 林木 摄",
)


@pytest.mark.parametrize("after, folio", [
    (("4", "清河区人民政府", "关于做好汛期河道安全管理的通告", "为做好汛期河道安全管理工作，特通告如下。"), True),
    (("4", "通讯员 方圆 供图", "关于做好汛期河道安全管理的通告", "为做好汛期河道安全管理工作，特通告如下。"), True),
    # near misses: the number carries on into the next line (a date's rest), or a table's column
    (("4", "月1日起，全区河道进入主汛期，巡查员", "将实行24小时值守。"), False),
    (("4", "个街道同步开展河道巡查，巡查员", "将实行24小时值守。"), False),
])
def test_page_number_under_a_photo_credit_is_furniture(after, folio):
    from frontpage.parse.articles import parse_articles
    from frontpage.parse.reading import decode_edition

    text = raw("要闻", "2025年3月13日 星期四", *BODY, *CAPTIONED, *after)
    arts = parse_articles(decode_edition(text.encode()))
    folios = [a for a in arts if a.kind == "furniture" and a.furniture == "page"]
    assert bool(folios) is folio
