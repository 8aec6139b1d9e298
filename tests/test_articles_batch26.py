"""Batch 26's classes on invented ``pdftotext -raw`` pages (no blank lines, headline stacks at the foot):
a headline the column cut inside a word (under its kicker, whatever figures it gives), never a headline
closing on an event's verb over a deck the body merely runs on (召开|全县: the review's pages), and a page
number left under a photo's credit (its run-on and bracketed forms too). Each table holds near misses."""

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


# Review of this branch: a column-wide headline over a real deck whose break pair (召开|全县, 举行|全县,
# 签约|总金额) the body prints across a word boundary. The break must fall strictly inside a dictionary word
# (林|区 of 织密林区防火), and a line closing on an event's verb (召开, 举行, 签约, 启动…) is a whole headline.
HEAD_LINES = ("2", "要闻", "2025年4月9日 星期三")
SAFETY = ("本报讯（记者 柳青）4月8日，县政府召", "开全县安全生产工作会议，部署二季度安", "全生产和防汛备汛工作。会议指出，今年",
          "以来全县安全生产形势总体平稳，一季度", "共排查整改隐患1260处，关停违规作坊18", "家。会议要求，各乡镇要压实属地责任，",
          "织密安全防护网络，确保汛期不发生较大", "以上事故。")
TEA = ("本报讯（通讯员 何田）近日，全县春茶", "开采，茶农们抢抓晴好天气采摘鲜叶。今", "年全县茶园面积达到12.6万亩，预计春茶",
       "产量3800吨，产值9.2亿元，同比增长8.1%。", "县农业农村局组织技术人员深入茶园，指", "导茶农科学采摘、规范加工，提升茶叶品",
       "质。")
ROADS = ("本报讯（通讯员 卢川）近日，县交通运", "输局举行全县农村公路养护技能竞赛，全", "县18个乡镇的54名养护工参赛。竞赛设理",
         "论考试和实操比武两个环节，检验养护工", "的业务水平。")
SIGNING = ("本报讯（记者 苏禾）4月10日，全县一季", "度招商引资重点项目集中签约仪式举行，", "共签约项目32个，签约总金额56.8亿元，",
           "涵盖新材料、食品加工、文化旅游等领域。")
FARMLAND = ("本报讯（记者 柳青）今年以来，全县新", "建高标准农田3.2万亩，完成投资1.1亿元，", "粮食安全根基进一步夯实。县农业农村局",
            "将高标准农田建设与耕地保护结合起来，", "确保粮食安全和重要农产品稳定供给。")
TOURISM = ("本报讯（通讯员 叶舟）4月6日，县文旅", "局启动全域旅游推介季活动，推出精品线", "路12条。活动期间，全县18个景区门票半",
           "价，县内还将举办非遗展演、乡村音乐节", "等活动40余场。")


@pytest.mark.parametrize("lines, index, kicker, headline, subs", [
    # the reviewer's R1: 召开|全力, the body prints 召开全县 across a word boundary: headline and deck
    ((*SAFETY, "全县安全生产暨防汛备汛工作会议召开", "全力守牢安全底线", *TEA, "全县春茶开采"),
     0, "", "全县安全生产暨防汛备汛工作会议召开", ["全力守牢安全底线"]),
    # R2: the same under a kicker, with a spaced two-phrase deck
    ((*SAFETY, "压实责任 守牢底线", "全县安全生产暨防汛备汛工作会议召开", "全力确保汛期安全 平稳度汛", *TEA, "全县春茶开采"),
     0, "压实责任 守牢底线", "全县安全生产暨防汛备汛工作会议召开", ["全力确保汛期安全 平稳度汛"]),
    # R3: 举行|全县 (the body prints 举行全县), with and without a kicker
    ((*ROADS, "全县农村公路养护技能竞赛在县城举行", "全县18个乡镇54名养护工参赛", *TEA, "全县春茶开采"),
     0, "", "全县农村公路养护技能竞赛在县城举行", ["全县18个乡镇54名养护工参赛"]),
    ((*ROADS, "比技能 强养护", "全县农村公路养护技能竞赛在县城举行", "全县18个乡镇54名养护工参赛", *TEA, "全县春茶开采"),
     0, "比技能 强养护", "全县农村公路养护技能竞赛在县城举行", ["全县18个乡镇54名养护工参赛"]),
    # R4: 签约|总金额 (the body prints 签约总金额): a figures deck under its headline
    ((*SAFETY, "全县召开安全生产会", *SIGNING, "全县一季度招商引资重点项目集中签约", "总金额56.8亿元"),
     1, "", "全县一季度招商引资重点项目集中签约", ["总金额56.8亿元"]),
    # invented near miss: 启动|全域 (the body prints 启动全域): headline and deck, as the base reads it
    ((*TOURISM, "全县全域旅游推介季活动在古镇启动", "全域推出精品线路12条", *TEA, "全县春茶开采"),
     0, "", "全县全域旅游推介季活动在古镇启动", ["全域推出精品线路12条"]),
    # still joined: a kicker over a column-wide line cut inside 安全 (粮食安 ⏎ 全根基), a word the body prints
    ((*FARMLAND, "藏粮于地 藏粮于技", "全县新建高标准农田3.2万亩 夯实粮食安", "全根基", *TEA, "全县春茶开采"),
     0, "藏粮于地 藏粮于技", "全县新建高标准农田3.2万亩 夯实粮食安全根基", []),
    # still joined: 茶|园 under a kicker, the subheadline kept
    ((*SAFETY, "全县召开安全生产会", *TEA, "春风送暖采茶忙", "全县12.6万亩春茶开采 技术人员深入茶", "园指导科学采摘",
      "预计产值9.2亿元"),
     1, "春风送暖采茶忙", "全县12.6万亩春茶开采 技术人员深入茶园指导科学采摘", ["预计产值9.2亿元"]),
])
def test_column_wide_headline_over_a_deck_the_body_runs_on(lines, index, kicker, headline, subs):
    arts = stories(raw(*HEAD_LINES, *lines))
    story = [a for a in arts if a.kind != "caption"][index]
    assert (story.kicker, story.headline, story.subheadlines) == (kicker, headline, subs)


@pytest.mark.parametrize("text, at, inside", [
    ("织密林区防火", 3, True),         # 林|区
    ("夯实粮食安全根基", 5, True),      # 安|全
    ("深入茶园指导", 3, True),          # 茶|园
    ("会议召开全力守牢", 4, False),     # 召开|全力
    ("在县城举行全县18个", 5, False),   # 举行|全县
    ("集中签约总金额56.8", 4, False),   # 签约|总金额
    ("古镇启动全域推出", 4, False),     # 启动|全域
])
def test_a_break_inside_a_word_is_read_by_the_tokenizer(text, at, inside):
    from frontpage.parse.stacks import _inside_word

    assert _inside_word(text, at) is inside


@pytest.mark.parametrize("line, event", [
    ("全县安全生产暨防汛备汛工作会议召开", True),
    ("全县农村公路养护技能竞赛在县城举行", True),
    ("全县一季度招商引资重点项目集中签约", True),
    ("县乡村振兴学院揭牌", True),
    ("第五届茶文化节开幕", True),
    # near misses: a verb awaiting its object, a noun, the verb alone
    ("全县新建高标准农田 夯实粮食安", False),
    ("全县签约项目总金额", False),
    ("召开", False),
])
def test_a_line_closing_on_an_event_verb_is_a_whole_headline(line, event):
    from frontpage.parse.lexicon import ends_on_event

    assert ends_on_event(line) is event


@pytest.mark.parametrize("credit, folio", [
    ("本报记者 林木摄", True),                                  # the credit word set close to the name
    ("通讯员 方圆供图", True),
    ("图为巡查员在堤坝上检查水位。（本报记者 林木 摄）", True),   # bracketed at the caption's end
    ("图为巡查员在堤坝上检查水位（林木摄）", True),
    # near misses: a sentence's end on a filming verb, a bracket with no name before the credit word
    ("巡查员在堤坝上检查水位时拍摄", False),
    ("图为巡查员在堤坝上检查水位（供图）", False),
])
def test_page_number_under_other_credit_forms(credit, folio):
    from frontpage.parse.articles import parse_articles
    from frontpage.parse.reading import decode_edition

    after = ("4", "清河区人民政府", "关于做好汛期河道安全管理的通告", "为做好汛期河道安全管理工作，特通告如下。")
    text = raw("要闻", "2025年3月13日 星期四", *BODY, "图为巡查员在堤坝上检查水位。", credit, *after)
    arts = parse_articles(decode_edition(text.encode()))
    folios = [a for a in arts if a.kind == "furniture" and a.furniture == "page"]
    assert bool(folios) is folio
