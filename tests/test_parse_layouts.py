"""Layout classes met on pages the parser had not seen, each on a small invented snippet of the
class (never an edition's lines): -raw pages whose headlines follow their bodies, 小标题 and
headline stacks after a body, furniture (credits, disclaimers, mastheads), boxes, briefs,
documents, notice runs, jump headlines, and the doubts the segmenter records."""

from __future__ import annotations

import pytest

from frontpage.parse.furniture import furniture_lines
from tests.snippets import parse, raw, stories


# --- furniture -------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "责任编辑 王 一 版式 李 二 校对 赵 三",  # no colons: role and name after role and name
    "本版责编：王 一　美编：李 二",  # 本版 before the credits
])
def test_desk_credits_without_colons_or_with_this_page(line):
    assert furniture_lines([line], [False]) == {0: "desk"}


def test_a_standing_disclaimer_is_furniture_not_text():
    text = raw("本报讯（记者 王一）某市股市本周小幅回落，成交",
               "额有所减少。",
               "声明：本版内容仅供参考，不构成投资建议。",
               "投资者据此操作，风险自担。")
    arts = parse(text)
    assert [a.kind for a in arts] == ["news", "furniture"]
    assert "风险自担" not in arts[0].text


def test_the_masthead_publisher_line_may_carry_the_issue_number():
    texts = ["某川日报", "中共某川县委主办  第1234期", "2025年3月5日 星期三"]
    assert furniture_lines(texts, [False, False, True]) == {0: "masthead", 1: "masthead", 2: "date"}


# --- -raw pages: headlines after bodies ---------------------------------------------------

def test_raw_headline_after_body_closes_the_story_and_the_next_body_is_a_story():
    text = raw("本报讯（记者 王一）日前，某市新建社",
               "区食堂二十家，老人就餐更方便。",
               "社区食堂累计建成二十家",
               "春日的湖边，柳枝轻拂，游人如织。",
               "某市湖滨公园改造完工，新增步道",
               "三公里，绿地面积扩大一倍。（李二）",
               "湖滨公园改造完工迎客")
    arts = stories(text)
    assert [a.headline for a in arts] == ["社区食堂累计建成二十家", "湖滨公园改造完工迎客"]
    assert arts[1].text.startswith("春日的湖边")


def test_raw_in_body_subheadings_stay_in_the_story_and_its_stack_comes_after():
    text = raw("□本报评论员",
               "本周股市震荡走低，主要指数",
               "均小幅下跌，市场情绪谨慎。",
               "成交金额明显萎缩",
               "本周两市成交金额较上周减少",
               "约一成，资金观望情绪较浓。",
               "消费板块逆势上扬",
               "消费板块本周逆势上扬，食品",
               "饮料行业涨幅居前，表现较好。",
               "一周股市观察",
               "震荡走低，消费板块逆势上扬",
               "本周主要指数下跌，两市成交金额明显萎缩至近月低位")
    (a,) = stories(text)
    assert a.kind == "commentary"
    assert (a.kicker, a.headline) == ("一周股市观察", "震荡走低，消费板块逆势上扬")
    assert a.subheadlines[-2:] == ["成交金额明显萎缩", "消费板块逆势上扬"]


def test_raw_lead_of_another_paper_wrapped_mid_prefix_is_stripped():
    text = raw("晚报讯（记者 王 一 实习生",
               "李二）3月4日，某市新开公交",
               "线路四条，方便市民出行。")
    (a,) = stories(text)
    assert (a.source, a.text[:5]) == ("晚报讯", "3月4日，")


def test_raw_bullet_items_take_their_first_line_as_headline_when_it_recurs_below():
    text = raw("简讯",
               "●市图书馆延长周末开放时间五小",
               "自本月起，市图书馆周末开放时间",
               "延长五小时，方便读者借阅。",
               "●某县新增公共停车位八百个",
               "近日，某县新增公共停车位八百个，",
               "缓解了停车难。",
               "●春季运动会开幕",
               "日前，某区春季运动会开幕。")
    arts = stories(text)
    assert [a.kind for a in arts] == ["brief"] * 3
    assert [a.headline for a in arts] == ["市图书馆延长周末开放时间五小", "某县新增公共停车位八百个", "春季运动会开幕"]
    assert arts[0].text.startswith("自本月起")


# --- stacks, boxes, briefs, documents ----------------------------------------------------

def test_a_box_takes_the_headline_right_after_its_label():
    text = ("本报讯（记者 王一）某市上周股市小幅回落，交易清淡。\n\n"
            "【相关链接】\n上周主要指数表现\n上证指数收于三千点，周跌幅一个百分点。\n")
    box = [a for a in stories(text) if a.kind == "box"]
    assert [(b.kicker, b.headline) for b in box] == [("相关链接", "上周主要指数表现")]


def test_a_slogan_kicker_over_a_stack_is_no_teaser():
    text = ("抢抓农时 不误春耕\n\n某县早稻插秧进度过九成\n\n"
            "本报讯（记者 王一）记者从某县获悉，某县早稻插秧进度过九成，春耕生产有序推进。\n")
    (a,) = stories(text)
    assert (a.kicker, a.headline) == ("抢抓农时 不误春耕", "某县早稻插秧进度过九成")


def test_a_kicker_that_echoes_nothing_is_kept_and_marked_as_a_doubt():
    text = ("图为某港码头作业现场。\n本报记者 王一 摄\n\n港口发展跑出新速度\n\n"
            "某港集装箱吞吐量突破百万标箱\n\n"
            "本报讯（记者 王一）记者从某港获悉，今年某港集装箱吞吐量突破百万标箱，同比增长一成。\n")
    news = [a for a in stories(text) if a.kind == "news"]
    assert [(a.kicker, a.headline) for a in news] == [("港口发展跑出新速度", "某港集装箱吞吐量突破百万标箱")]
    assert "kicker guessed" in news[0].doubt


def test_headline_lines_above_a_continued_from_mark_are_its_jump_headline():
    text = raw("同心建设美好家园",
               "（上接1版）近年来，某州把民族团结",
               "融入基层治理，成效明显。")
    (a,) = stories(text)
    assert (a.headline, a.continued_from) == ("同心建设美好家园", 1)
    assert a.kind != "brief"


def test_a_headline_block_a_blank_line_above_a_continued_from_mark_is_its_jump_headline():
    text = ("本报讯（记者 王一）4月2日，某园区第一批8个重点项目集中开工。\n\n"
            "坚定不移推进城乡融合发展\n\n"
            "（上接1版）他强调，要以县域为重要载体，\n"
            "推动城乡要素双向流动。\n")
    arts = stories(text)
    assert [(a.kind, a.headline, a.continued_from, a.lines[0][0]) for a in arts][1:] == [
        ("news", "坚定不移推进城乡融合发展", 1, 3)]


def test_a_bullet_after_a_sentence_end_opens_the_next_brief():
    text = raw("简讯",
               "●日前，某县首届篮球赛开幕，全县",
               "二十支球队参赛。",
               "●近日，某县中学新开设双语实验班",
               "四个。")
    assert len([a for a in stories(text) if a.kind == "brief"]) == 2


def test_a_document_interrupted_by_teasers_stays_one_with_its_headings():
    text = ("某省人民政府办公厅关于稳定外贸的\n通知\n\n"
            "各市人民政府，省政府各部门：\n\n一、明确目标\n\n"
            "（一）总体目标。全省外贸规模保持稳定，结构持续优化。\n\n"
            "某市春耕进度过半\n详见3版\n\n"
            "（二）阶段目标。今年全省进出口总额力争增长百分之五。\n\n"
            "二、强化保障\n\n（一）稳住企业。省级财政安排专项资金支持重点企业。\n")
    arts = stories(text)
    assert [a.kind for a in arts] == ["document", "teaser"]
    doc = arts[0]
    assert doc.headline == "某省人民政府办公厅关于稳定外贸的通知"
    assert doc.subheadlines == ["一、明确目标", "二、强化保障"]
    assert "（二）阶段目标" in doc.text


def test_a_dash_line_under_a_headline_is_its_subheadline():
    text = (" 本报评论员\n\n开放是发展的底色。今年外贸形势复杂，更要稳住基本盘。\n\n"
            "以开放稳住外贸基本盘\n——论稳外贸\n")
    (a,) = stories(text)
    assert (a.headline, a.subheadlines) == ("以开放稳住外贸基本盘", ["——论稳外贸"])


def test_a_documents_issuer_block_is_not_its_text():
    text = ("某省2024年国民经济和社会发展\n统计公报\n\n某省统计局\n国家统计局某省调查总队\n2025年2月28日\n\n"
            "2024年，全省经济运行总体平稳。\n\n一、综合\n\n全年地区生产总值增长百分之五。\n")
    (a,) = stories(text)
    assert a.text.startswith("2024年，全省")
    assert [p.role for p in a.parts if "统计局" in p.text] == ["issuer"]


# --- notice runs ---------------------------------------------------------------------------

def test_a_notice_with_a_long_title_after_a_notice_and_classified_ads():
    text = raw("公告",
               "经本公司股东会决议，某市某建材有限",
               "公司注册资本由五百万元减至二百万元。",
               "某市某建材有限公司",
               "2023年7月4日",
               "某市第二医院门诊楼改造工程招标公告",
               "某市第二医院门诊楼改造工程已具备",
               "招标条件，现进行公开招标。",
               "2023年7月4日",
               "分类广告",
               "▲某某家政 专业保洁 电话：0591-88776655",
               "▲某某搬家 长短途运输 电话：13859012345")
    arts = parse(text)
    notices = [a for a in arts if a.kind == "notice"]
    assert [a.headline for a in notices] == ["公告", "某市第二医院门诊楼改造工程招标公告"]
    assert [a.kind for a in arts][-1] == "furniture" and len(arts) == 3


# --- doubts -----------------------------------------------------------------------------------

def test_a_body_with_no_headline_carries_a_doubt_and_a_sure_item_none():
    arts = stories("本报讯（记者 王一）某县今日举行春耕动员大会，部署全年工作。\n")
    assert arts[0].doubt == "body with no headline"
    sure = stories("某县召开春耕大会\n\n本报讯（记者 王一）某县今日召开春耕大会，部署全年春耕工作。\n")
    assert [a.doubt for a in sure] == [""]
    assert "doubt" in sure[0].as_dict()


def test_raw_stories_printed_headline_first_stay_apart():
    """On a -raw page, a story whose headline no story before could own was printed headline first:
    a later line that echoes the next paragraph, not the story, opens the next story."""
    text = raw("社会",
               "老旧小区加装电梯提速",
               "今年以来，某市老旧小区加装电梯",
               "工作明显提速，已完成加装126部，",
               "惠及居民四千余户。",
               "夜间消费持续升温",
               "入夏以来，某市夜间消费持续升温，",
               "各大商圈夜间客流同比增长两成。")
    arts = stories(text)
    assert [a.headline for a in arts] == ["老旧小区加装电梯提速", "夜间消费持续升温"]


def test_a_caption_printed_inside_a_story_at_a_paragraph_end_does_not_split_it():
    text = ("某县早稻插秧进度过九成\n\n"
            "本报讯（记者 王一）记者从某县农业农村局获悉，某县早稻插秧进度过九成，机插率超过八成。\n\n"
            "图为某县农机手在田间驾驶插秧机作业。\n本报记者 李二 摄\n\n"
            "某县农业农村局介绍，今年某县早稻机插率超过八成，插秧进度比去年同期加快。\n")
    arts = stories(text)
    assert [a.kind for a in arts] == ["news", "caption"]
    assert arts[0].text.endswith("插秧进度比去年同期加快。")


def test_a_bare_date_among_the_top_furniture_is_the_date_line_and_elsewhere_not():
    assert furniture_lines(["某江晚报", "2025年3月5日", "要闻"], [False, True, False]) == \
        {0: "masthead", 1: "date", 2: "section"}
    assert furniture_lines(["公告", "经本公司股东会决议，注册资本减至二百万元。", "2025年3月5日"],
                           [False, False, False]) == {}


def test_two_plain_headline_lines_leave_a_doubt_a_dash_deck_none():
    guessed = stories("某县早稻插秧进度过九成\n\n全县机插率首次突破八成\n\n"
                      "本报讯（记者 王一）记者从某县获悉，某县早稻插秧进度过九成，机插率首次突破八成。\n")
    assert "kicker or headline guessed" in guessed[0].doubt
    sure = stories("某县早稻插秧进度过九成\n——某县春耕见闻\n\n"
                   "本报讯（记者 王一）记者从某县获悉，某县早稻插秧进度过九成，机插率首次突破八成。\n")
    assert "kicker or headline" not in sure[0].doubt


def test_raw_headline_before_the_next_lead_stands_alone_whatever_its_width():
    text = raw("新华社北京5月7日电（记者 王一）国家",
               "统计局7日发布数据显示，4月份全国居民",
               "消费价格同比上涨0.3%，环比上涨0.1%。",
               "4月份全国居民消费价格同比上涨0.3%",
               "本报讯（记者 李二）5月7日，记者从",
               "市统计局获悉，4月份全市居民消费价",
               "格同比上涨0.5%。",
               "全市居民消费价格同比上涨0.5%")
    arts = stories(text)
    assert [a.headline for a in arts] == ["4月份全国居民消费价格同比上涨0.3%", "全市居民消费价格同比上涨0.5%"]
    assert arts[0].text.endswith("环比上涨0.1%。")


def test_a_stack_with_a_dash_deck_after_a_continued_feature_is_its_headline():
    text = (" □本报记者 王一 李二\n\n记者日前来到某市高新区，一条条\n智能产线正在满负荷运转。\n\n"
            "（下转3版）\n\n走进创新企业①\n\n一块屏幕的“智变”之路\n\n——某光电公司以智能化改造重塑竞争力\n")
    (a,) = stories(text)
    assert (a.kicker, a.headline, a.continues_on) == ("走进创新企业①", "一块屏幕的“智变”之路", 3)
    assert "headline guessed" in a.doubt


def test_a_masthead_with_its_lines_is_one_item_and_an_ad_does_not_join_the_disclaimer_above():
    text = raw("某江日报", "MOUJIANG DAILY", "中共某江省委机关报",
               "本报讯（记者 王一）某市股市本周小幅回落，成交",
               "额有所减少。",
               "声明：本版内容仅供参考，不构成投资建议。",
               "某某证券",
               "客服热线：400-820-6618",
               "投资有风险 入市需谨慎")
    furniture = [a.lines for a in parse(text) if a.kind == "furniture"]
    assert furniture == [[[1, 3]], [[6, 6]], [[7, 9]]]


def test_a_notice_with_a_long_title_keeps_its_contact_lines():
    text = raw("公告",
               "经本公司股东会决议，注册资本减至二百万元。",
               "2023年7月4日",
               "某市第二医院门诊楼改造工程招标公告",
               "本工程已具备招标条件，现进行公开招标。",
               "招标人：某市第二医院",
               "联系电话：0591-83216655",
               "2023年7月4日")
    arts = parse(text)
    assert [a.kind for a in arts] == ["notice", "notice"]
    assert "联系电话" in arts[1].text


def test_raw_paragraph_first_line_short_by_its_indent_runs_on_but_a_restated_headline_stands():
    # a paragraph's first line ends two em short (its indent) mid-word: it runs on into the next;
    # a line just as short that restates the body above is that body's headline
    text = raw("□本报记者 王一",
               "今年以来，某市新建社区食堂二十",
               "家，覆盖城区大部分街道。",
               "市民政局有关负责人在会上介",
               "绍，明年还将新建食堂十家，",
               "进一步方便老人就餐。",
               "社区食堂新建二十家",
               "春日湖边，柳枝轻拂，游人如织。",
               "某市湖滨公园改造完工，新增步道",
               "三公里，绿地面积扩大一倍。",
               "湖滨公园改造完工迎客")
    arts = stories(text)
    assert [a.headline for a in arts] == ["社区食堂新建二十家", "湖滨公园改造完工迎客"]
    assert "市民政局有关负责人在会上介绍，明年" in arts[0].text.replace("\n", "")
    assert arts[0].subheadlines == []


def test_raw_headlines_in_one_run_after_all_bodies_a_credit_on_its_own_line_and_a_notices_heading():
    # three stories, then their headlines in one run of unpunctuated lines; the last story's closing
    # credit wrapped onto a line of its own; a notices column heading over two notices
    text = raw("本报讯（记者 王一）日前，某市新建社区食",
               "堂二十家，老人就餐更方便了。",
               "□本报记者 李二",
               "走进某县检察院的未成年人检察",
               "工作室，墙上挂着一张守护地图。",
               "本报讯 某县法院把车载法庭开进",
               "山村，当场调解一起劳务纠纷。",
               "（赵三 钱四）",
               "某市社区食堂新建二十家",
               "某县检察院绘制未成年人守护地图",
               "某县车载法庭开进山村",
               "公告栏",
               "公告",
               "张某：本院受理原告某公司诉你借",
               "款纠纷一案，现依法向你公告送达。",
               "某市某区人民法院",
               "公告",
               "李某：本院受理原告某公司诉你运",
               "输合同纠纷一案，现依法公告送达。",
               "某县人民法院")
    arts = stories(text)
    assert [a.headline for a in arts] == ["某市社区食堂新建二十家", "某县检察院绘制未成年人守护地图",
                                          "某县车载法庭开进山村", "公告", "公告"]
    assert arts[2].byline == ["赵三", "钱四"] and arts[2].text.endswith("劳务纠纷。")
    assert [a.kicker for a in arts[3:]] == ["公告栏", "公告栏"]


def test_a_web_address_inside_a_sentence_is_no_advertisement():
    texts = ["市民可拨打服务热线，或登录", "https://x.example/q反映", "线索。该院还将继续推进。"]
    assert furniture_lines(texts, [False, False, False]) == {}
    ad = ["某某家居博览会", "展位火热招商中", "网址：https://x.example/q"]
    assert set(furniture_lines(ad, [False, False, False]).values()) == {"ad"}


def test_a_masthead_below_teasers_with_its_ear_is_one_item_and_a_spaced_masthead_or_a_section_above_the_date_is_furniture():
    texts = ["某区新增市场主体千户", "详见2版", "某某日报", "MOUMOU RIBAO", "中共某某市委机关报",
             "2023年3月21日 星期二", "第12873期", "今日天气：多云转小雨", "本报讯（记者 王一）日前，"]
    kinds = furniture_lines(texts, [False, False, True, False, False, False, False, False, True])
    assert sorted(kinds) == [2, 3, 4, 5, 6, 7]
    page = "某某日报\nMOUMOU RIBAO\n2023年3月21日 星期二\n第8896期\n\n本报讯（记者 王一）日前，某市新建社区食堂二十家。\n"
    assert [len(a.lines) for a in parse(page) if a.kind == "furniture"] == [1] and parse(page)[0].lines == [[1, 4]]
    assert furniture_lines(["岚 江 日 报", "2021年10月21日 星期四"], [False, True]) == {0: "masthead", 1: "date"}
    assert furniture_lines(["要闻", "2024年6月12日 星期三", "【编者按】"], [False, True, True]) == {0: "section", 1: "date"}


def test_a_teaser_headline_with_a_colon_over_two_lines_and_a_plain_three_tier_stack():
    text = ("春耕备耕：全市落实粮食播种面\n积一百二十万亩\n详见3版\n\n"
            "全省首个县域数字孪生水网平台正式上线\n某县：一张网算清全县“水账”\n节水约1200万立方米 灌溉保证率由七成八提高到百分之九十\n\n"
            "本报讯（记者 王一）近日，某\n县数字水网平台正式上线运行，\n全县灌溉渠道实现实时监测。\n\n"
            "据测算，平台试运行期间，全县\n节水约1200万立方米，灌溉保\n证率提高到九成。\n")
    arts = stories(text)
    assert [(a.kind, a.headline) for a in arts] == [("teaser", "春耕备耕：全市落实粮食播种面积一百二十万亩"),
                                                    ("news", "某县：一张网算清全县“水账”")]
    assert arts[0].continues_on == 3
    assert arts[1].kicker == "全省首个县域数字孪生水网平台正式上线"
    assert arts[1].subheadlines == ["节水约1200万立方米 灌溉保证率由七成八提高到百分之九十"]


def test_a_column_tag_in_a_decked_headline_a_deck_under_it_and_a_weakly_echoing_headline_over_a_lead():
    text = ("【奋进新征程】《某市夜间经济十条措施》出台 “夜某市”再添新场景\n到2023年底新增夜间消费场景20个以上\n\n"
            "本报讯（记者 王一）近日，市政府办公室印发夜间经济十条措施，提出\n10条具体举措。\n\n"
            "暑期文旅市场持续升温\n\n"
            "本报讯（记者 李二）记者昨日从市文化和旅游局获悉，1-7月，全市接\n待游客1286.5万人次，同比增长两成。\n")
    arts = stories(text)
    assert [a.headline for a in arts] == ["【奋进新征程】《某市夜间经济十条措施》出台 “夜某市”再添新场景",
                                          "暑期文旅市场持续升温"]
    assert arts[0].kind == "news" and arts[0].kicker == ""
    assert arts[0].subheadlines == ["到2023年底新增夜间消费场景20个以上"]
    assert "weakly" in arts[1].doubt


def test_a_document_broken_off_mid_sentence_by_a_caption_and_a_teaser_resumes_and_a_headline_on_a_byline_is_its():
    text = ("某省人民政府关于加快推进\n数字乡村建设的实施意见\n\n"
            "一、重点任务\n\n（一）发展农村数字经济。深入实施\n“互联网+”农产品出村进城工程，\n完善县乡村三级物流配送体系，支持\n\n"
            "图为7月18日，某县千亩早稻示范片，\n农机手驾驶收割机抢收早稻。\n本报记者 王 一 摄\n\n"
            "上半年全省GDP同比增长13.2%\n详见3版\n\n"
            "农户开展直播带货等新业态，到2025\n年培育农村电商带头人一万名以上。\n\n"
            "（二）推进乡村治理数字化。推广\n数字化应用，建设统一服务平台。\n\n"
            "让数字红利更好惠及亿万农民\n本报评论员\n\n"
            "数字乡村建设，既是乡村振兴的战略\n方向，也是建设数字中国的重要内容。\n")
    arts = stories(text)
    assert [a.kind for a in arts] == ["document", "caption", "teaser", "commentary"]
    assert "支持农户开展直播带货" in arts[0].text.replace("\n", "")
    assert arts[3].headline == "让数字红利更好惠及亿万农民"


def test_narrow_briefs_column_a_credit_before_the_next_item_a_wrapped_headline_and_another_papers_reporter():
    # an 11-em column: a ● headline that fills the column wraps (no space); a closing credit ends its
    # item even when the column runs on to the next ● item across a blank line
    text = ("本报讯（新某市·某市晚\n报记者 王一）11月25日，\n随着最后一台盾构机顺\n利出洞，地铁全线洞通。\n\n"
            "要闻速览\n\n●某市城际公交今日开通\n\n近日，某市至某县城际公\n交正式开通，每天开行24\n个班次，全程约70分钟。\n"
            "（王普）\n\n●前10月空气质量优良\n天数比例达96.4%\n\n今年1-10月，全市空气质\n量优良天数比例为96.4%，\n同比提高2个百分点。\n")
    arts = stories(text)
    assert arts[0].byline == ["王一"]
    assert [a.headline for a in arts[1:]] == ["某市城际公交今日开通", "前10月空气质量优良天数比例达96.4%"]
    assert arts[1].byline == ["王普"] and arts[1].text.endswith("全程约70分钟。")


def test_a_letter_spaced_report_title_takes_its_qualifier_line_and_the_speaker_line_is_its_byline():
    text = ("政 府 工 作 报 告\n（摘要）\n\n——2021年1月25日在某市第十六届人民代表大会第五次会议上\n\n某市市长 王 一\n\n"
            "各位代表：现在，我代表市人民政府向大\n会报告工作，请予审议。\n\n一、过去一年工作回顾\n\n"
            "过去一年，全市地区生产总值增长百分\n之五，经济运行总体平稳。\n")
    (a,) = stories(text)
    assert a.headline == "政府工作报告（摘要）"
    assert a.byline == ["王一"]
    assert a.subheadlines == ["——2021年1月25日在某市第十六届人民代表大会第五次会议上", "一、过去一年工作回顾"]


def test_raw_subheading_three_em_short_is_no_indented_first_line():
    text = raw("□本报评论员",
               "本周股市震荡走低，主要指",
               "数均小幅下跌，情绪谨慎。",
               "结构性行情有望延续",
               "展望后市，多家机构预计，",
               "市场仍将以结构性为主。投",
               "资者不宜追涨杀跌，宜关注",
               "业绩确定性较高的优质蓝筹",
               "股，保持理性，坚持价值投",
               "资理念，切忌盲目跟风炒作",
               "题材股，防范各类风险。",
               "一周股市观察",
               "震荡走低，结构性行情有望延续",
               "本周主要指数下跌，两市成交金额明显萎缩至近月低位")
    (a,) = stories(text)
    assert a.subheadlines[-1] == "结构性行情有望延续"
    assert "数均小幅下跌，情绪谨慎。展望后市，多家机构预计，市场仍将以结构性为主。" in a.text.replace("\n", "")


def test_a_box_label_with_a_short_unmarked_first_line_after_it_stays_a_box():
    text = "【编者按】乡村振兴，关键\n在人。本报今起推出系列报道，敬\n请关注。\n"
    (a,) = stories(text)
    assert a.kind == "box" and a.kicker == "编者按"
    text = "【编者按】乡村振兴关键\n在人。本报今起推出系列报道。\n"
    assert stories(text)[0].kind == "box"


def test_raw_four_bodies_then_their_four_headlines():
    text = raw("本报讯（记者 王一）日前，某市新建社区食",
               "堂二十家，老人就餐更方便了。",
               "本报讯（记者 李二）某县法院把车载法庭开",
               "进山村，当场调解一起劳务纠纷。",
               "本报讯（记者 赵三）某区检察院绘制未成年",
               "人守护地图，标注全区学校位置。",
               "本报讯（记者 钱四）某市地铁三号线全线洞",
               "通，预计明年底开通运营。",
               "某市社区食堂新建二十家",
               "某县车载法庭开进山村调解纠纷",
               "某区检察院绘制未成年人守护地图",
               "某市地铁三号线全线洞通",
               "责编：王 五")
    assert [a.headline for a in stories(text)] == ["某市社区食堂新建二十家", "某县车载法庭开进山村调解纠纷",
                                                   "某区检察院绘制未成年人守护地图", "某市地铁三号线全线洞通"]


# --- masthead furniture: lunar date, issue and serial numbers, section pairs, bottom page number ---

def test_the_lunar_date_under_the_date_line_is_date_furniture():
    texts = ["某山日报", "MOUSHAN RIBAO", "2024年2月6日 星期二", "农历甲辰年腊月廿七", "某地春运客流同比回升12%"]
    assert furniture_lines(texts, [False, False, True, False, True]) == {0: "masthead", 1: "masthead", 2: "date", 3: "date"}


@pytest.mark.parametrize("line", ["第4321期 今日8版", "第10234号", "国内统一连续出版物号 CN 11-0001",
                                  "国内统一连续出版物号 CN 11-0001 今日12版"])
def test_issue_and_serial_numbers_under_the_masthead_are_furniture(line):
    texts = ["某山日报", "2024年2月6日 星期二", line, "某地春运客流回升"]
    assert furniture_lines(texts, [False, True, True, True]).get(2) == "masthead"


@pytest.mark.parametrize("ear", ["7 城事·民生 2024年5月6日 星期一", "城事·民生 2024年5月6日 星期一", "A07 城事 2024年5月6日 星期一"])
def test_a_top_line_of_page_number_section_and_date_is_the_date_line_and_the_kicker_under_it_is_no_section(ear):
    texts = [ear, "春季义诊月启动", "全市百家医院进社区", "本报讯（记者 某某）5月5日，全市"]
    assert furniture_lines(texts, [False] * 4) == {0: "date"}


def test_a_section_name_of_two_words_first_on_a_raw_page_is_furniture():
    texts = ["法治·新闻", "某县法院审结一批案件", "本报讯（记者 王一）近日，某县"]
    assert furniture_lines(texts, [False, False, False]) == {0: "section"}


def test_a_page_number_after_a_notices_closing_date_and_before_the_date_line_is_furniture():
    texts = ["某某有限公司", "2024年3月1日", "5", "2024年3月2日 星期六"]
    assert furniture_lines(texts, [False, False, False, False]) == {2: "page", 3: "date"}


# --- headline stacks -------------------------------------------------------------------------

def test_a_short_line_over_two_deck_lines_is_kicker_headline_and_subheadline():
    text = ("消费市场持续回暖\n"
            "一季度全市社会消费品零售总额增长6.1%\n"
            "餐饮收入增速比去年同期加快2.3个百分点\n\n"
            "本报讯（记者 王一）5月5日，\n"
            "记者从市商务局获悉，一季度全\n"
            "市社会消费品零售总额达到312\n"
            "亿元，同比增长6.1%。\n")
    art = next(a for a in stories(text) if a.headline)
    assert art.kicker == "消费市场持续回暖"
    assert art.headline == "一季度全市社会消费品零售总额增长6.1%"
    assert art.subheadlines == ["餐饮收入增速比去年同期加快2.3个百分点"]


def test_a_label_over_a_wrapped_headline_stays_a_label():
    text = ("短评\n\n"
            "让公交“快线”跑出\n"
            "城市“新速度”\n\n"
            "公交快线开通，方便了市民出行，也考验\n"
            "着城市治理的水平。\n")
    art = next(a for a in stories(text) if a.headline)
    assert art.subheadlines == []


def test_a_plain_line_over_a_letter_spaced_headline_is_its_kicker():
    text = ("奋力推进乡村振兴\n"
            "某 县 新 建 农 田\n"
            "三 万 亩\n"
            "亩均增产粮食一百二十公斤\n\n"
            "本报讯（记者 王一）今年\n"
            "以来，某县新建高标准农\n"
            "田三万亩，完成年度任务。\n")
    art = next(a for a in stories(text) if a.headline)
    assert art.kicker == "奋力推进乡村振兴"
    assert art.headline == "某县新建农田三万亩"


def test_a_column_wide_line_then_half_a_sentence_is_prose_not_a_subheadline():
    text = ("某县新建高标准农田三万亩\n\n"
            "本报讯（记者 王一）今年\n"
            "以来，某县新建高标准农\n"
            "田三万亩，完成年度任务。\n\n"
            "项目总投资约三亿二千万\n"
            "元，比原计划节约\n\n"
            "一千万元，工期提前两个\n"
            "月。全部项目已经验收。\n")
    art = next(a for a in stories(text) if a.headline)
    assert art.subheadlines == []
    assert "项目总投资" in art.text


def test_a_short_plain_line_over_a_longer_one_is_kicker_and_headline():
    text = ("身边的好医生\n"
            "守在村口卫生室的“健康哨兵”\n\n"
            "□本报记者 王 一\n\n"
            "早上七点，李大夫背起药\n"
            "箱出了门，他在村卫生室\n"
            "已经工作了二十年。\n")
    art = next(a for a in stories(text) if a.headline)
    assert (art.kicker, art.headline, art.subheadlines) == ("身边的好医生", "守在村口卫生室的“健康哨兵”", [])


def test_a_lead_under_a_bullet_items_headline_is_that_briefs_text():
    text = ("简讯\n\n"
            "●某县图书馆新馆\n"
            "对外开放\n\n"
            "本报讯 日前，某县图书馆新\n"
            "馆正式开放，藏书二十万册。\n\n"
            "●某县举办农民运动会\n\n"
            "近日，某县第三届农民运动\n"
            "会开幕，两千人参赛。\n")
    arts = stories(text)
    assert [a.kind for a in arts] == ["brief", "brief"]
    assert arts[0].headline.replace(" ", "") == "某县图书馆新馆对外开放"
    assert arts[0].text.startswith("日前，某县图书馆")
    assert arts[0].source == "本报讯"


def test_a_phone_number_that_ends_a_storys_sentence_is_not_an_advertisement():
    texts = ["5月1日，某县招聘会举行，百", "家企业提供岗位两千个。咨询电话：", "0000-1234567。"]
    assert furniture_lines(texts, [True, False, False]) == {}
    ad = ["某某牌大米 新米上市", "订购电话：", "0000-1234567"]
    assert set(furniture_lines(ad, [True, False, False]).values()) == {"ad"}


# --- documents: issuer over title, number, a caption inside, a split line, the signature ---------

DOCUMENT_PAGE = ("某市人民政府办公室\n"
                 "关于印发某市促进消费若干措施的通知\n\n"
                 "某府办发〔2024〕7号\n\n"
                 "各县（区）人民政府，市政府各部门：\n\n"
                 "《某市促进消费若干措施》已经市政府同意，现印\n"
                 "发给你们，请认真贯彻执行。\n\n"
                 "一、扩大汽车消费\n\n"
                 "对购买新能源汽车的个人，按每辆车3000元给予\n"
                 "补贴，补贴总额不超过5000万元。\n\n"
                 "5月1日，市民在车展现场选购新能源汽车。\n"
                 "本报记者 王 一 摄\n\n"
                 "对开展以旧换新活动的企业，按销售额的百分之\n"
                 "二给予奖励。\n\n"
                 "二、促进家电消费\n\n"
                 "今年全市计划开展家电以旧\n\n"
                 "换新活动100场，补贴标准为每台200元至500\n"
                 "元。\n\n"
                 "某市人民政府办公室\n"
                 "2024年4月30日\n\n"
                 "让消费潜力充分释放\n\n"
                 "本报评论员\n\n"
                 "消费是经济增长的主引擎。今年一季度，全市社\n"
                 "会消费品零售总额增长6.2%，消费潜力正在释放。\n")


def test_an_issuer_line_over_a_documents_title_is_its_kicker_and_its_number_no_subheadline():
    doc = parse(DOCUMENT_PAGE)[0]  # the brief's seventeenth-batch clarification: an issuer on its own line is the kicker
    assert doc.kicker == "某市人民政府办公室" and doc.headline == "关于印发某市促进消费若干措施的通知"
    assert doc.subheadlines == ["一、扩大汽车消费", "二、促进家电消费"]


def test_a_documents_text_goes_on_after_a_caption_printed_inside_it():
    arts = stories(DOCUMENT_PAGE)
    doc = arts[0]
    assert "以旧换新活动的企业" in doc.text
    assert [a.kind for a in arts].count("caption") == 1


def test_a_line_cut_by_a_column_break_inside_a_phrase_joins_its_paragraph():
    doc = parse(DOCUMENT_PAGE)[0]
    assert "今年全市计划开展家电以旧换新活动100场" in doc.text.replace("\n", "")


def test_a_documents_signature_is_its_closing_lines_not_a_teaser():
    arts = stories(DOCUMENT_PAGE)
    assert "teaser" not in [a.kind for a in arts]
    assert arts[0].lines[-1][-1] == 30


def test_a_lone_headline_over_a_commentary_signed_by_this_papers_commentator_is_its_headline():
    arts = stories(DOCUMENT_PAGE)
    assert arts[-1].kind == "commentary" and arts[-1].headline == "让消费潜力充分释放"


@pytest.mark.parametrize("lines", [
    ["如遇可疑情况请拨打反诈专线", "0000-12345678咨询。（王 一）"],  # the number, then the sentence's end
    ["报名截止日期为9月3日。报名网址：", "www.example-run.cn。"],  # a label after a sentence, a web address
])
def test_a_contact_inside_a_storys_last_sentence_is_prose(lines):
    texts = ["警方提醒，凡是要求转账的都是诈骗，"] + lines
    assert furniture_lines(texts, [True, False, False]) == {}


def test_raw_headline_after_a_storys_last_paragraphs_takes_them_as_its_own_story():
    text = raw("某县新建高标准农田三万亩",
               "本报讯（记者 王一）今年以来，",
               "某县新建高标准农田三万亩，完",
               "成年度任务。",
               "县农业农村局表示，高标准农田",
               "建成后亩均增产粮食一百公斤，",
               "农民收入明显增加。",
               "日前，县图书馆新馆正式对外开",
               "放，新馆藏书二十万册，设有少",
               "儿阅览室和自习室。",
               "县图书馆新馆开放",
               "——新馆藏书二十万册",
               "本报记者 李 二",
               "入伏以来，全县持续高温，用电",
               "负荷屡创新高。")
    arts = stories(text)
    lib = next(a for a in arts if a.headline == "县图书馆新馆开放")
    assert lib.text.startswith("日前，县图书馆新馆")
    assert "图书馆" not in arts[0].text


def test_a_notices_phone_numbers_under_its_contact_label_stay_in_the_notice():
    text = raw("拍卖公告",
               "受某县人民法院委托，本公司定于",
               "2024年3月8日公开拍卖商业用房一处。",
               "咨询电话：",
               "0000-12345678 13800000000",
               "某某拍卖有限公司",
               "2024年2月20日",
               "招聘启事",
               "因业务发展需要，我公司现面向社",
               "会公开招聘工作人员2名。")
    arts = stories(text)
    assert [a.kind for a in arts] == ["notice", "notice"]
    assert arts[0].lines == [[1, 7]]


def test_figure_lines_in_a_numbers_box_are_its_text_not_headlines():
    text = ("【数说】\n"
            "1—3月\n"
            "全市新登记市场主体1.2万户\n"
            "同比增长8.4%\n\n"
            "某市一季度经济平稳开局\n\n"
            "本报讯（记者 王一）记者从市统\n"
            "计局获悉，一季度全市经济平稳开局。\n")
    arts = stories(text)
    box = arts[0]
    assert box.kind == "box" and box.headline == ""
    assert box.text.replace("\n", "").startswith("1—3月全市新登记市场主体")
    assert "teaser" not in [a.kind for a in arts]


def test_a_continuation_mark_broken_over_two_lines_is_one_mark():
    text = ("某县新建高标准农田三万亩\n\n"
            "本报讯（记者 王一）今年以来，某县新建\n"
            "高标准农田三万亩，亩均增产粮食一百公斤\n"
            "以上，农民收入明显增加。（下转\n"
            "3版）\n")
    art = stories(text)[0]
    assert art.continues_on == 3
    assert art.text.endswith("农民收入明显增加。")


@pytest.mark.parametrize("lines, headline", [
    (("某镇一片茶叶", "富了一方百姓"), "某镇一片茶叶富了一方百姓"),  # a small headline wraps: no space
    # a wider line under a short one is not its wrap: the brief (sixth batch) makes the longer line
    # the headline and the shorter one above it the kicker (earlier golds joined them as decks)
    (("西部新通道", "三种物流方式均快速增长"), "三种物流方式均快速增长"),
])
def test_two_short_headline_lines_wrap_unless_the_second_is_wider(lines, headline):
    text = ("\n".join(lines) + "\n\n"
            "本报讯（记者 王一）今年以来，某镇茶叶种植\n"
            "面积达到三万亩，茶农收入明显增加，物流方式\n"
            "也更加多样。铁海联运、跨境公路和国际铁路联\n"
            "运三种方式的货运量均快速增长，茶叶出口也随\n"
            "之增加。\n")
    assert stories(text)[0].headline == headline


def test_the_date_line_and_the_lunar_date_under_it_are_one_furniture_item():
    text = ("某山日报\n\n2024年2月6日 星期二\n农历甲辰年腊月廿七\n\n"
            "某县新建高标准农田三万亩\n\n"
            "本报讯（记者 王一）今年以来，某县新建高标准农田\n"
            "三万亩，完成年度任务。\n")
    furniture = [a for a in parse(text) if a.kind == "furniture"]
    assert [a.lines for a in furniture] == [[[1, 1]], [[3, 4]]]


@pytest.mark.parametrize("label", ["短评", "【短评】"])
def test_a_commentary_label_over_a_headline_makes_the_item_a_commentary(label):
    text = (label + "\n\n"
            "让农机跑出丰收加速度\n\n"
            "从面朝黄土到机器下田，某县的春耕\n"
            "正在改变。农机跑出了丰收的加速度，\n"
            "农民轻松了，丰收更有底气。\n")
    art = next(a for a in stories(text) if a.headline)
    assert art.kind == "commentary" and art.headline == "让农机跑出丰收加速度"


def test_a_wire_leads_byline_keeps_the_names_as_printed_in_traditional_characters():
    text = ("某城青年創業基地揭牌\n\n"
            "中新社某城10月25日電（記者 何嘉寧）某城青年創\n"
            "業基地25日揭牌，首批入駐企業三十家。\n")
    assert stories(text)[0].byline == ["何嘉寧"]


BOX_PAIRS = ("【数说前三季度】\n"
             "全市工业投资\n"
             "356.2亿元 增长11.4%\n\n"
             "新增市场主体\n"
             "2.07万户\n\n"
             "外贸进出口总值\n"
             "较上年同期增长9.6%\n\n")


def test_label_over_figure_pairs_set_one_a_block_are_one_figures_box():
    arts = stories(BOX_PAIRS + "短评\n实干托起“稳”的底气\n\n"
                   "前三季度的成绩来之不易，全市上下要再接再厉。\n")
    box = arts[0]
    assert (box.kind, box.kicker, box.headline) == ("box", "数说前三季度", "")
    assert (box.lines[0][0], box.lines[-1][1]) == (1, 9) and box.text.replace("\n", "").endswith("较上年同期增长9.6%")
    assert [a.kind for a in arts] == ["box", "commentary"]


def test_a_two_line_stack_over_a_lead_after_a_figures_box_stays_the_leads_headline():
    arts = stories(BOX_PAIRS.split("外贸")[0] + "某市前三季度经济稳中有进\n地区生产总值增长5.8%\n\n"
                   "本报讯（记者 王一）记者从市统计局获悉，前三季度全市\n经济稳中有进，地区生产总值增长5.8%。\n")
    lead = next(a for a in arts if a.kind == "news")
    assert "某市前三季度经济稳中有进" in (lead.kicker, lead.headline)


def test_a_notice_titled_by_its_issuer_and_subject_keeps_its_web_address_signer_and_date():
    text = ("某市消防救援支队关于开展夏季消防安全大检查的通告\n\n"
            "为切实做好夏季消防安全工作，定于6月1日至30日\n"
            "在全市开展消防安全大检查。现将有关事项通告如下：\n"
            "一、各单位应当落实消防安全主体责任。\n"
            "二、检查详情可登录www.xf-example.cn\n"
            "查询，举报电话：0000-96119。\n"
            "某市消防救援支队\n"
            "2024年5月20日\n")
    (notice,) = stories(text)
    assert notice.kind == "notice" and notice.text.endswith("2024年5月20日")
    assert (notice.lines[0][0], notice.lines[-1][1]) == (1, 9)


def test_a_signature_set_above_the_headline_keeps_the_headline_and_the_text_under_it():
    """本报评论员 on its own, then the headline, then the text (blank lines between): one commentary,
    not a signature alone, a teaser and a story with no headline."""
    text = ("本报讯（记者 王一）5月6日，某县新建的三座污水处理厂全部投入\n运行，日处理能力达到两万吨。\n\n"
            "某县污水处理能力翻番\n\n"
            "本报评论员\n\n"
            "守住绿水 青山常在\n\n"
            "治污没有休止符。越是取得成效的时候，越要保持\n定力，久久为功。\n")
    arts = stories(text)
    assert [a.kind for a in arts] == ["news", "commentary"]
    comment = arts[1]
    assert (comment.headline, comment.source, comment.byline) == ("守住绿水 青山常在", "本报", [])
    assert comment.text.startswith("治污没有休止符") and comment.lines[0][0] == 6


def test_a_bare_page_pointer_a_blank_line_under_a_lone_headline_is_that_headlines_teaser():
    text = ("本报讯（记者 王一）5月6日，某县第十届人民代表大会第三次会议开\n幕，会议听取了县长所作的政府工作报告。\n\n"
            "某县政府工作报告全文\n\n"
            "详见3版\n")
    arts = stories(text)
    assert [a.kind for a in arts] == ["news", "teaser"]
    assert (arts[1].headline, arts[1].continues_on, arts[1].lines) == ("某县政府工作报告全文", 3, [[4, 4], [6, 6]])


def test_a_short_line_right_above_a_forecast_is_a_weather_boxs_label():
    text = ("本报讯（记者 王一）5月6日，某县新建的三座污水处理厂全部投入\n运行，日处理能力达到两万吨。\n\n"
            "某县污水处理能力翻番\n\n"
            "气象服务\n"
            "今天阴转小雨，8℃～15℃；明天小雨，\n7℃～13℃。\n")
    arts = stories(text)
    assert [a.kind for a in arts] == ["news", "box"]
    assert (arts[1].kicker, arts[1].headline) == ("气象服务", "")
    assert arts[1].text.replace("\n", "") == "今天阴转小雨，8℃～15℃；明天小雨，7℃～13℃。"
