"""Headline stacks on front pages (blank lines between blocks), each on a small invented snippet:
a headline wrapped at its measure is one headline; lines that each end a phrase are tiers of a
stack (kicker, headline, subheadline); a run of teasers with bracketed page pointers is one teaser
each (:mod:`frontpage.parse.stacks`)."""

from __future__ import annotations

import pytest

from tests.snippets import stories

BODY = ("本报讯（记者 王一）4月2日，某园区第一批8个\n"
        "重点项目集中开工，总投资56亿元，预计全部达\n"
        "产后可实现年产值约120亿元，新增就业岗位三\n"
        "千个以上。\n")


def _page(*head: str, body: str = BODY) -> str:
    return "\n".join(head) + "\n\n" + body


def test_a_line_the_body_restates_as_a_clause_ends_a_tier():
    (a,) = stories(_page("某园区8个重点项目集中开工", "总投资56亿元"))
    assert (a.kicker, a.headline, a.subheadlines) == ("", "某园区8个重点项目集中开工", ["总投资56亿元"])


@pytest.mark.parametrize("upper, lower", [
    ("春季消费节销售额达12.5亿元", "客流超80万人次"),  # a figure with its unit
    ("一季度全市工业增加值增长8.6%", "两年平均增长5.1%"),  # a percentage
])
def test_a_line_ending_on_a_figure_and_its_unit_ends_a_tier(upper, lower):
    (a,) = stories(_page(upper, lower))
    assert (a.headline, a.subheadlines) == (upper, [lower])


@pytest.mark.parametrize("lines, headline", [
    (("某县粮食播种面积稳定在", "38万亩以上"), "某县粮食播种面积稳定在38万亩以上"),  # ends mid-phrase
    (("某县粮食播种面积稳定在38.6万", "亩以上"), "某县粮食播种面积稳定在38.6万亩以上"),  # a bare magnitude
    (("某县粮食产量增长6.5%", "以上"), "某县粮食产量增长6.5%以上"),  # a hedge carries the figure on
    (("某县至某镇二级公路", "全线贯通"), "某县至某镇二级公路全线贯通"),
])
def test_a_headline_wrapped_at_its_measure_stays_one_headline(lines, headline):
    (a,) = stories(_page(*lines))
    assert (a.kicker, a.headline, a.subheadlines) == ("", headline, [])


def test_two_decks_of_like_width_stay_one_headline():
    # like, not equal: two lines of exactly equal length are a headline and its subheadline (the
    # brief's sixth-batch clarification; see the test of the longer line below)
    (a,) = stories(_page("重点项目建设提速增效显著", "产业转型升级蓄势赋能"))
    assert (a.kicker, a.headline, a.subheadlines) == ("", "重点项目建设提速增效显著 产业转型升级蓄势赋能", [])


def test_a_three_line_stack_is_kicker_headline_and_subheadline():
    body = ("本报讯（记者 王一）4月2日晚，某县第二届运动\n"
            "会在县体育中心闭幕。某镇代表团以30枚金牌\n"
            "位居奖牌榜首位，本届运动会共有6项县纪录被\n"
            "打破。\n")
    (a,) = stories(_page("第二届全县运动会闭幕", "某镇代表团以30金位居奖牌榜首位", "本届运动会打破6项县纪录",
                         body=body))
    assert (a.kicker, a.headline, a.subheadlines) == (
        "第二届全县运动会闭幕", "某镇代表团以30金位居奖牌榜首位", ["本届运动会打破6项县纪录"])


def test_a_kicker_over_a_headline_and_its_deck_in_one_block():
    (a,) = stories(_page("项目为王 拼抢开局", "某园区8个重点项目集中开工", "总投资56亿元"))
    assert (a.kicker, a.headline, a.subheadlines) == ("项目为王 拼抢开局", "某园区8个重点项目集中开工", ["总投资56亿元"])


def test_a_run_of_teasers_with_bracketed_pointers_is_one_teaser_each():
    text = (BODY + "\n"
            "全县新增市场主体1.2万户\n（详见2版）\n\n"
            "冬季运动季启动 8项赛事陆续开赛\n（详见7版）\n\n"
            "春节档电影预售火热\n（详见8版）\n")
    teasers = [a for a in stories(text) if a.kind == "teaser"]
    assert [(a.headline, a.continues_on) for a in teasers] == [
        ("全县新增市场主体1.2万户", 2), ("冬季运动季启动 8项赛事陆续开赛", 7), ("春节档电影预售火热", 8)]


# --- stacks printed after their bodies -------------------------------------------------------

def test_a_features_stack_after_its_body_is_its_own_when_the_next_item_has_its_headline():
    text = (" □本报记者 王 一\n\n"
            "中午十一点，某街道幸福社区老年食堂里已\n"
            "坐满了老人。“两荤一素，只要十元钱。”\n"
            "社区食堂开办两年来，每天为两百多位老人\n"
            "送上热饭热菜，老人们吃得放心。\n\n"
            "走进社区·看变化\n"
            "一碗热饭暖了社区老人的心\n\n"
            "让每一条河流都清澈见底\n"
            "本报评论员\n\n"
            "治水是民生大事。某市河湖众多，近年来\n"
            "水质持续好转，但治理任务依然艰巨。\n")
    feature, comment = stories(text)
    assert (feature.kicker, feature.headline) == ("走进社区·看变化", "一碗热饭暖了社区老人的心")
    assert comment.headline == "让每一条河流都清澈见底"


def test_the_leads_stack_printed_after_a_wire_items_headline_goes_back_to_the_lead():
    text = ("本报讯（记者 王一）4月1日，记者从某市水利局获\n"
            "悉，一季度全市完成水利建设投资12.5亿元，同\n"
            "比增长9.6%，一批灌区和水库工程加快建设。\n\n"
            "新华社北京4月1日电（记者 李二）记者1日从水利\n"
            "部获悉，一季度全国新开工重大水利工程8项，\n"
            "在建工程投资规模继续扩大。\n\n"
            "一季度全国新开工重大水利工程8项\n\n"
            "兴 水 惠 民 润 某 城\n"
            "——一季度全市完成水利建设投资12.5亿元\n")
    lead, wire = stories(text)
    assert (lead.headline, lead.subheadlines) == ("兴水惠民润某城", ["——一季度全市完成水利建设投资12.5亿元"])
    assert (wire.kind, wire.headline) == ("wire", "一季度全国新开工重大水利工程8项")


def test_a_stack_with_a_dash_deck_after_a_continued_feature_is_the_features():
    text = (" □本报记者 王 一\n\n"
            "冬日的某村，白墙黛瓦掩映在竹林间，游客\n"
            "三三两两走进农家小院。“以前年轻人往外\n"
            "走，现在城里人往村里来。”\n\n"
            "（下转6版）\n\n"
            "乡村新画卷\n"
            "某村：“空心村”变成“热门村”\n"
            "——某市推进乡村振兴见闻（一）\n\n"
            "图为某村依山而建的民宿。\n"
            "本报记者 李 二 摄\n")
    feature = stories(text)[0]
    assert (feature.kicker, feature.headline, feature.subheadlines) == (
        "乡村新画卷", "某村：“空心村”变成“热门村”", ["——某市推进乡村振兴见闻（一）"])
    assert feature.continues_on == 6


@pytest.mark.parametrize("upper, lower, tier", [
    ("6524.3亿元", "社会消费品零售总额", False),  # a figure box's value over its label: no kicker
    ("绿色某城行", "白鹭归来某溪畔", True),  # a shorter line over a wider one: a kicker
    ("某市城市更新项", "目投资约80亿元", False),  # a word broken at the measure: the rest a little wider
])
def test_ends_tier_on_widths(upper, lower, tier):
    from frontpage.parse.reading import decode_edition
    from frontpage.parse.stacks import ends_tier
    edition = decode_edition((upper + "\n" + lower + "\n").encode("utf-8"))
    assert ends_tier(edition, upper, lower) is tier


def test_teasers_with_the_pointer_on_the_headlines_line_are_one_teaser_each():
    text = (BODY + "\n"
            "全县新增市场主体1.2万户（详见2版）\n\n"
            "冬季运动季启动 8项赛事陆续开赛（详见7版）\n\n"
            "春节档电影预售火热（详见8版）\n")
    teasers = [a for a in stories(text) if a.kind == "teaser"]
    assert [(a.headline, a.continues_on) for a in teasers] == [
        ("全县新增市场主体1.2万户", 2), ("冬季运动季启动 8项赛事陆续开赛", 7), ("春节档电影预售火热", 8)]


def test_a_body_sentence_pointing_to_a_page_stays_in_the_body():
    text = ("本报讯（记者 王一）4月2日，某园区8个项目集中\n"
            "开工，相关报道见3版。全年计划完成投资56亿元\n"
            "（详见3版），新增就业岗位三千个以上。\n")
    (a,) = stories(text)
    assert a.kind == "news" and a.text.endswith("新增就业岗位三千个以上。")


def test_a_body_line_ending_on_a_pointer_inside_a_paragraph_stays_in_the_body():
    text = ("本报讯（记者 王一）4月2日，记者从某市统计局获\n"
            "悉，一季度全市地区生产总值同比增长6.5%，\n"
            "工业增加值增长7.2%（详见3版）\n")
    (a,) = stories(text)
    assert a.text.endswith("增长7.2%（详见3版）")


def test_lines_the_body_restates_apart_as_clauses_are_two_tiers():
    body = ("本报讯（记者 王一）4月2日，某园区第一批8个\n"
            "重点项目集中开工。这批项目总投资56亿元，预\n"
            "计全部达产后可实现年产值约120亿元。\n")
    (a,) = stories(_page("某园区8个重点项目集中开工", "总投资56亿元", body=body))
    assert (a.headline, a.subheadlines) == ("某园区8个重点项目集中开工", ["总投资56亿元"])


@pytest.mark.parametrize("upper, lower", [
    ("去年全市经济总量首次突破两千亿元", "城镇居民人均可支配收入增长4.8%"),  # a figure in words and its unit
    ("某港集装箱吞吐量首次突破百万标箱", "比上年同期增长37.5%"),
])
def test_a_line_ending_on_a_figure_in_words_and_its_unit_ends_a_tier(upper, lower):
    (a,) = stories(_page(upper, lower))
    assert {upper, lower} <= {a.kicker, a.headline, *a.subheadlines}  # two tiers, not one wrapped headline


def test_of_two_tiers_the_one_set_much_wider_in_em_is_the_headline():
    upper, lower = "某港集装箱吞吐量首次突破百万标箱", "比2019年同期增长37.5%"  # digits are half as wide
    (a,) = stories(_page(upper, lower))
    assert (a.kicker, a.headline, a.subheadlines) == ("", upper, [lower])


def test_a_magnitude_in_words_without_its_unit_wraps():
    (a,) = stories(_page("某县粮食播种面积突破两百", "万亩大关"))
    assert (a.headline, a.subheadlines) == ("某县粮食播种面积突破两百万亩大关", [])


def test_a_figures_line_under_display_type_is_a_subheadline():
    (a,) = stories(_page("重 点 项 目 集 中 开 工", "8个项目总投资56亿元"))
    assert (a.headline, a.subheadlines) == ("重点项目集中开工", ["8个项目总投资56亿元"])


@pytest.mark.parametrize("lines", [
    ("加 快 推 动 园 区 建 设", "全力打造某地重要先进制造业中心"),  # a second deck, no figures
    ("建 成 5 个 园 区", "总投资56亿元"),  # the display lines give figures themselves
])
def test_display_type_over_a_plain_line_is_kept_whole_unless_that_line_alone_gives_figures(lines):
    from frontpage.parse.reading import decode_edition
    from frontpage.parse.reflow import Span, TextUnit, spans_text
    from frontpage.parse.stacks import display_tiers

    ed = decode_edition(_page(*lines).encode("utf-8"))
    spans = [Span(1, 0, len(lines[0])), Span(2, 0, len(lines[1]))]
    head = TextUnit("head", spans, text=spans_text(ed, spans))
    assert display_tiers(ed, head) == [head]


def test_display_type_broken_inside_a_word_the_page_prints_is_one_headline():
    body = BODY.replace("总投资56亿元", "完成投资56亿元，总投资120亿元")
    (a,) = stories(_page("工 业 增 加 值 增 长 8.6% 投", "资 消 费 双 双 较 快 增 长", body=body))
    assert a.headline == "工业增加值增长8.6%投资消费双双较快增长"


def test_display_decks_that_make_no_word_across_the_break_keep_their_space():
    (a,) = stories(_page("加 快 推 动 园 区 建 设", "全 力 打 造 制 造 业 高 地"))
    assert a.headline == "加快推动园区建设 全力打造制造业高地"


def test_a_word_and_a_figure_the_body_gives_under_a_line_is_a_figures_deck():
    body = BODY.replace("总投资56亿元", "8个项目总投资达56亿元")
    (a,) = stories(_page("聚力项目建设 厚植发展后劲", "某园区第一批8个重点项目集中签约", "总投资56亿元", body=body))
    assert (a.kicker, a.headline, a.subheadlines) == ("聚力项目建设 厚植发展后劲", "某园区第一批8个重点项目集中签约",
                                                      ["总投资56亿元"])


def test_a_word_and_a_figure_that_the_body_runs_on_from_the_line_above_is_its_wrap():
    body = BODY.replace("新增就业岗位三\n千个以上", "新增就业岗位\n1.2万个")
    (a,) = stories(_page("某园区重点项目集中开工新增就业", "岗位1.2万个", body=body))
    assert (a.headline, a.subheadlines) == ("某园区重点项目集中开工新增就业岗位1.2万个", [])


@pytest.mark.parametrize("deck", [[], ["8个项目总投资56亿元"]])
def test_a_shorter_display_line_over_a_wider_one_is_its_kicker(deck):
    (a,) = stories(_page("重 点 项 目 开 工", "为 高 质 量 发 展 蓄 势 赋 能", *deck))
    assert (a.kicker, a.headline, a.subheadlines) == ("重点项目开工", "为高质量发展蓄势赋能", deck)


def test_display_lines_of_like_width_stay_one_headline():
    (a,) = stories(_page("加 快 推 动 园 区 建 设", "全 力 打 造 制 造 高 地"))
    assert (a.kicker, a.headline) == ("", "加快推动园区建设 全力打造制造高地")


@pytest.mark.parametrize("banner, pointers, pages", [
    ("今日导读", ("详见2版", "详见4版"), [2, 4]),
    ("导读", ("▶２版", "▶３版"), [2, 3]),
    ("要闻导读", ("→ 2版", "→ 5版"), [2, 5]),
])
def test_a_banner_over_lines_each_ending_on_a_bare_pointer_is_one_teaser_per_line(banner, pointers, pages):
    text = (BODY + "\n" + banner + "\n"
            "全县冬小麦播种进度过半 " + pointers[0] + "\n"
            "第三届某某文化旅游节开幕 " + pointers[1] + "\n")
    teasers = [a for a in stories(text) if a.kind == "teaser"]
    assert [(a.kicker, a.headline) for a in teasers] == [
        (banner, "全县冬小麦播种进度过半"), (banner, "第三届某某文化旅游节开幕")]
    assert [a.continues_on for a in teasers] == pages


def test_a_sentence_running_into_see_page_without_a_space_stays_in_the_body():
    text = ("本报讯（记者 王一）4月2日，某园区8个项目集中\n"
            "开工，全年计划投资56亿元，具体项目名单详见2版\n"
            "。新增就业岗位三千个以上。\n")
    (a,) = stories(text)
    assert a.kind == "news" and "详见2版" in a.text


def test_a_line_ending_like_a_reports_title_over_a_wider_line_is_the_kicker():
    body = ("本报讯（记者 王一）4月2日，全会工作报告在我市干\n"
            "部群众中引发热烈反响。大家表示，要把思想和行动\n"
            "统一到全会精神上来，以实干担当奋力谱写某市高质\n"
            "量发展新篇章。\n")
    (a,) = stories(_page("某市干部群众热议工作报告", "把思想和行动统一到全会精神上来", "以实干担当奋力谱写某市新篇章",
                         body=body))
    assert (a.kicker, a.headline, a.subheadlines) == (
        "某市干部群众热议工作报告", "把思想和行动统一到全会精神上来", ["以实干担当奋力谱写某市新篇章"])


def test_a_documents_title_over_its_wider_adoption_note_stays_the_headline():
    text = ("某市养老服务体系建设实施方案\n"
            "（2021年3月12日市人民政府第68次常务会议审议通过）\n\n"
            "为加快建设养老服务体系，结合本市实际，制定本方案。\n\n"
            "一、发展目标\n\n"
            "到2025年，全市养老机构床位达到1.2万张，护理型床位占比达到55%。\n")
    (a,) = stories(text)
    assert a.headline == "某市养老服务体系建设实施方案"


def test_a_banner_under_the_date_line_over_pointed_teasers_is_their_kicker_not_a_section():
    text = ("6 经济\n2023年5月4日 星期四 某川日报\n\n"
            "本版导读\n"
            "某港一季度集装箱吞吐量同比增长18.7%\n"
            "详见7版\n"
            "一季度全市新增市场主体2.1万户\n"
            "详见8版\n\n" + BODY)
    teasers = [a for a in stories(text) if a.kind == "teaser"]
    assert [(a.kicker, a.continues_on) for a in teasers] == [("本版导读", 7), ("本版导读", 8)]


@pytest.mark.parametrize("upper, lower, expected", [
    # of two plain lines of equal width, the first is the headline, the second its subheadline
    ("某区城市更新项目开工率达92.5%", "5月份重点工程投资明显加快", ("", "某区城市更新项目开工率达92.5%", ["5月份重点工程投资明显加快"])),
    ("某镇“夜经济”火起来", "老码头改造引来新游客", ("", "某镇“夜经济”火起来", ["老码头改造引来新游客"])),
    ("重点项目建设提速增效显著", "产业转型升级蓄势赋能加快", ("", "重点项目建设提速增效显著", ["产业转型升级蓄势赋能加快"])),
    # a shorter line over a much longer one is its kicker, even over figures in decks
    ("全市防汛工作会议召开", "汛期90天 预计转移群众２.６万人次", ("全市防汛工作会议召开", "汛期90天 预计转移群众２.６万人次", [])),
])
def test_of_two_plain_lines_the_longer_is_the_headline_and_the_first_of_equal_ones(upper, lower, expected):
    (a,) = stories(_page(upper, lower))
    assert (a.kicker, a.headline, a.subheadlines) == expected


def test_an_arrow_and_a_page_alone_on_the_line_under_a_teaser_is_its_pointer():
    text = (BODY + "\n"
            "某市轨道交通5号线年底前通车\n"
            "▶4版\n\n"
            "全市新建口袋公园46个\n"
            "►６版\n")
    teasers = [a for a in stories(text) if a.kind == "teaser"]
    assert [(a.headline, a.subheadlines, a.continues_on, a.text) for a in teasers] == [
        ("某市轨道交通5号线年底前通车", [], 4, "▶4版"), ("全市新建口袋公园46个", [], 6, "►６版")]


def test_a_banner_over_lines_each_ending_on_a_page_set_off_by_a_space_is_one_teaser_per_line():
    text = ("2024年3月5日 星期二 今日 8版\n\n" + BODY + "\n要闻导读\n\n"  # a date line's page count is no teaser
            "某县出台18条措施支持民营经济 2版\n"
            "全县秋粮收获进度过七成 4版\n")
    teasers = [a for a in stories(text) if a.kind == "teaser"]
    assert [(a.kicker, a.headline, a.continues_on, a.text) for a in teasers] == [
        ("要闻导读", "某县出台18条措施支持民营经济", 2, "2版"), ("要闻导读", "全县秋粮收获进度过七成", 4, "4版")]


def test_a_stack_a_blank_line_above_a_source_line_is_that_storys_though_its_text_echoes_it_weakly():
    text = ("（上接1版）今年以来，某村新修步道12公里，\n"
            "村集体经济收入突破百万元。\n\n"
            "【编者按】即日起，本报推出“走进新时代”\n"
            "专栏，今日刊发第一篇。\n\n"
            "走进新时代·看发展\n\n"
            "古镇“夜生活”热起来\n"
            "河畔步道串起新风景线\n\n"
            "本报讯（记者 王一 实习生 李二）5月3日晚，\n"
            "灯火初上，某县老码头人头攒动。去年以来，\n"
            "县里投入资金8600万元，修缮老建筑21处，\n"
            "滨河步道全长约3公里，引进特色商户40家。\n")
    (feature,) = [a for a in stories(text) if a.source]
    assert (feature.kind, feature.kicker, feature.headline, feature.subheadlines, feature.lines[0][0]) == (
        "news", "走进新时代·看发展", "古镇“夜生活”热起来", ["河畔步道串起新风景线"], 7)
    assert not [a for a in stories(text) if a.kind == "teaser"]


def test_a_whole_quotation_under_a_plain_line_is_the_headline_and_the_line_its_kicker():
    body = ("本报讯（记者 王一）2月3日，某市侨联举办迎春\n"
            "座谈会，80余名归侨侨眷欢聚一堂，共话新春。\n")
    (a,) = stories(_page("市侨联举办迎春座谈会", "“在家乡过年，心里踏实”", body=body))
    assert (a.kind, a.kicker, a.headline, a.subheadlines) == ("news", "市侨联举办迎春座谈会", "“在家乡过年，心里踏实”", [])


def test_an_unclaimed_stack_after_a_storys_own_headline_lines_goes_to_the_lead_under_it():
    text = ("本报讯（记者 王一）9月2日，某市第五届运动会在市体育中心闭幕。\n"
            "本届运动会历时10天，共打破市纪录9项。\n\n"
            "某市第五届运动会闭幕\n"
            "历时10天 打破市纪录9项\n\n"
            "秋季儿童流感进入高发期\n"
            "——医生提醒家长注意防护\n\n"
            "本报讯（记者 李二）近期，市儿童医院门诊量明显增加，\n"
            "日均接诊流感患儿约260人次。\n")
    arts = stories(text)
    assert [(a.kind, a.headline, a.lines[0][0]) for a in arts] == [
        ("news", "某市第五届运动会闭幕", 1), ("news", "秋季儿童流感进入高发期", 7)]


def test_a_line_cut_inside_a_word_the_page_prints_is_wrapped_though_a_figure_clause_follows():
    body = ("本报讯（记者 王一）记者从某市文旅局获悉，国庆假期\n"
            "某景区预计接待游客30万人次，同比增长一成。\n")
    (a,) = stories(_page("某景区国庆假期预计接待游", "客超30万人次", body=body))
    assert (a.headline, a.subheadlines) == ("某景区国庆假期预计接待游客超30万人次", [])


def test_a_figures_deck_of_several_words_under_a_shorter_headline_line_is_its_subheadline():
    body = ("本报讯（记者 王一）第三届某某产业博览会5日在某港开幕。\n"
            "开幕式上，各地签约合作项目38个，总金额约215亿元。\n")
    (a,) = stories(_page("第三届某某产业博览会在某港开幕", "签约项目总金额约215亿元", body=body))
    assert (a.kicker, a.headline, a.subheadlines) == ("", "第三届某某产业博览会在某港开幕", ["签约项目总金额约215亿元"])


STACK = ("某园区项目建设提速", "第一批8个重点项目集中开工", "总投资56亿元")


@pytest.mark.parametrize("banner, teasers, bare", [
    # a banner line, pointed teasers, a headline-only teaser and a bare page number under a headline
    ("今日导读", ("全县新建村级养老服务站28个\n▶2版", "某镇生态茶园喜获丰收\n4版"), "某县文化馆新馆正式开放"),
    ("要闻导读", ("某河综合治理二期工程完工 详见3版",), "全县秋粮收获进度过七成"),
])
def test_a_headline_only_teaser_and_a_bare_page_line_stay_in_the_run_of_teasers_under_its_banner(banner, teasers,
                                                                                                  bare):
    text = banner + "\n\n" + "\n\n".join(teasers) + "\n\n" + bare + "\n\n" + "\n".join(STACK) + "\n\n" + BODY
    arts = stories(text)
    run = [a for a in arts if a.kind == "teaser"]
    assert [a.kicker for a in run] == [banner] * (len(teasers) + 1)
    assert run[-1].headline == bare and run[0].lines[0][0] == 1
    assert all(not a.subheadlines for a in run) and [a.continues_on for a in run[:-1]] == [
        int(t[-2]) for t in teasers]
    lead = next(a for a in arts if a.kind == "news")
    assert (lead.kicker, lead.headline, lead.subheadlines) == (STACK[0], STACK[1], [STACK[2]])


def test_a_headline_only_teaser_in_the_block_of_pointed_teasers_is_no_kicker_of_the_lead_below():
    text = ("全县新建村级养老服务站28个 ▶2版\n"
            "某镇生态茶园喜获丰收 详见4版\n"
            "某县文化馆新馆正式开放\n\n" + "\n".join(STACK) + "\n\n" + BODY)
    arts = stories(text)
    assert [a.headline for a in arts if a.kind == "teaser"] == [
        "全县新建村级养老服务站28个", "某镇生态茶园喜获丰收", "某县文化馆新馆正式开放"]
    lead = next(a for a in arts if a.kind == "news")
    assert (lead.kicker, lead.headline) == (STACK[0], STACK[1])


def test_a_page_number_alone_under_a_sentence_is_no_pointer():
    arts = stories(BODY.replace("千个以上。\n", "千个以上。\n5版\n"))
    assert all(a.kind != "teaser" or a.continues_on is None for a in arts)


def test_a_pointer_printed_over_its_teaser_and_a_lettered_page_are_the_teasers():
    """▶3版 set right over the headline it points from is that teaser's pointer, and 详见A8版 (a page
    of a lettered section) is a pointer like 详见8版: each teaser one item under the run's banner."""
    text = ("本版导读\n\n▶3版\n某市政协十三届四次会议\n3月2日开幕\n\n某某新区一季度签约项目38个\n详见5版\n\n"
            "某某队2比0客场取胜\n详见A8版\n\n电视剧《江城往事》今晚开播\n")
    teasers = [(a.kicker, a.headline, a.continues_on) for a in stories(text) if a.kind == "teaser"]
    assert teasers == [("本版导读", "某市政协十三届四次会议3月2日开幕", 3), ("本版导读", "某某新区一季度签约项目38个", 5),
                       ("本版导读", "某某队2比0客场取胜", 8), ("本版导读", "电视剧《江城往事》今晚开播", None)]


@pytest.mark.parametrize("upper, lower, joined", [
    # a figures deck wider than the words above it: the teaser's subheadline (class: a teaser's figures deck)
    ("某某会展周明日开幕", "预计接待中外客商8.5万人次", False),
    ("全县秋收进度过半", "已收获玉米面积三十二万亩以上", True),  # no figure in digits: left as one headline
    ("全县新能源公交车占比", "提高到75%", True),  # a wrap's rest, narrower than the measure it fills
])
def test_a_figures_deck_under_a_teasers_headline_is_its_subheadline(upper, lower, joined):
    text = ("要闻导读\n\n某河综合治理二期工程完工\n详见2版\n\n" + upper + "\n" + lower + "\n详见3版\n\n"
            + "\n".join(STACK) + "\n\n" + BODY)
    teaser = [a for a in stories(text) if a.kind == "teaser"][1]
    assert teaser.kicker == "要闻导读" and teaser.continues_on == 3
    if joined:
        assert not teaser.subheadlines and teaser.headline.replace(" ", "") == upper + lower
    else:
        assert (teaser.headline, teaser.subheadlines) == (upper, [lower])


def test_a_figures_deck_the_body_prints_whole_as_a_clause_is_a_subheadline_though_its_words_run_on_elsewhere():
    # class: a figures deck under a headline printed after its body, on a page that also prints the
    # words either side of the break together (特色产业产值 … / …大产业 ⏎ 产值…)
    body = ("本报讯（记者 王一）今年以来，某县特色产业产值超过30亿\n"
            "元。全县木耳种植规模达1.6亿袋，产值预计达6.2亿元，\n"
            "带动农户增收致富。\n")
    text = body + "\n某县小木耳撑起致富大产业\n产值预计达6.2亿元\n"
    (a,) = [s for s in stories(text) if s.kind == "news"]
    assert (a.headline, a.subheadlines) == ("某县小木耳撑起致富大产业", ["产值预计达6.2亿元"])


MEETING = ("本报讯（记者 王一）5月8日，某市人大常委会第九次会议在市\n"
           "民中心闭幕。会议审议并表决通过了《某市河道管理条例》，\n"
           "该条例自今年8月1日起施行。\n")


@pytest.mark.parametrize("upper, lower", [
    # class: a line closing on a verb of an event's opening or close that takes no object (闭幕, 开幕):
    # the line has finished its phrase, the line under it is a tier of its own, even one that ends
    # like a document's title (…条例)
    ("某市人大常委会第九次会议闭幕", "表决通过河道管理条例"),
    ("第三届某某山地马拉松赛落幕", "两千名跑者竞逐山城"),
    # class: a line of a person and what they do at the meeting (某某主持) under its headline
    ("县政府召开常务会议研究部署防汛工作", "李明远主持"),
    ("全县优化营商环境大会召开", "王建华出席并讲话 赵一鸣主持"),
])
def test_a_line_closed_by_an_event_verb_or_a_presider_line_ends_a_tier(upper, lower):
    (a,) = stories(_page(upper, lower, body=MEETING))
    assert (a.headline, a.subheadlines) == (upper, [lower])


@pytest.mark.parametrize("lines, headline", [
    (("某市第五届茶文化节开幕", "式在某镇举行"), "某市第五届茶文化节开幕式在某镇举行"),  # the verb makes a word below
    (("某市人大常委会召开会议主持", "人选定"), "某市人大常委会召开会议主持人选定"),  # no person's name: no presider line
])
def test_a_closing_verb_or_presiding_verb_that_runs_on_stays_one_headline(lines, headline):
    (a,) = stories(_page(*lines, body=MEETING))
    assert a.headline.replace(" ", "") == headline and not a.subheadlines


def test_a_dash_deck_under_a_stack_printed_after_its_story_is_its_subheadline_not_the_caption_below():
    # class: a dash deck (——…，…) a blank line under a headline stack printed after its story's text,
    # over a photo's caption: the stack's subheadline, not the first line of the caption cut off
    text = ("本报讯（记者 王一）入夏以来，某县各地抢抓农时，全县已\n"
            "完成夏收小麦42.6万亩，收获进度达96.8%，比上年同期加快\n"
            "两个百分点。\n"
            "\n"
            "夏粮连续第五年增产\n"
            "\n"
            "全 县 夏 粮 颗 粒 归 仓\n"
            "\n"
            "——今年预计总产18.2万吨，比上年增长3.6%\n"
            "\n"
            "6月8日，某镇农民驾驶收割机在田间抢收小麦。今年该镇小麦种植\n"
            "面积3.1万亩，亩产有望超过450公斤。\n"
            "本报记者 王一 摄\n")
    arts = stories(text)
    news = [a for a in arts if a.kind == "news"]
    assert [a.subheadlines for a in news] == [["——今年预计总产18.2万吨，比上年增长3.6%"]]
    (caption,) = [a for a in arts if a.kind == "caption"]
    assert caption.text.startswith("6月8日，")
