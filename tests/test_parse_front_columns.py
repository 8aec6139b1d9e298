"""Front-page structures of the eleventh batch's classes, on invented snippets: a briefs column
whose heading sits right over its first ● item and whose items' headlines do not echo their text,
the folio at the page's foot, the lunar date with its festival, a two-line QR-code prompt."""

from __future__ import annotations

from tests.snippets import parse, stories

BRIEFS = ("某市晚报\n\n"
          "2019年4月2日 星期二\n\n"
          "本报讯（记者 王一）4月1日，某市首条环湖绿道全线贯通，全长\n"
          "36公里，沿线设驿站12个，市民可步行或骑行游览全程风光。\n\n"
          "都市快讯\n"
          "●清明假期客流平稳\n"
          "据某市站统计，3月30日至4月1\n"
          "日，全站累计发送旅客12.4万人\n"
          "次，同比增长6.5%。（李二）\n\n"
          "●春季车展人气旺\n"
          "记者从市贸促会获悉，3月29日\n"
          "至31日，某市国际车展共接待观\n"
          "众8.6万人次。（张三）\n\n"
          "A2 城市新闻\n"
          "责编：赵四 美编：钱五\n")


def test_a_briefs_columns_heading_over_its_first_item_is_every_items_kicker():
    briefs = [a for a in stories(BRIEFS) if a.kind == "brief"]
    assert [(a.kicker, a.headline) for a in briefs] == [("都市快讯", "清明假期客流平稳"), ("都市快讯", "春季车展人气旺")]


def test_a_short_bullet_line_is_its_items_headline_even_when_its_words_do_not_come_back():
    briefs = [a for a in stories(BRIEFS) if a.kind == "brief"]
    assert briefs[0].text.startswith("据某市站统计，3月30日至4月1日")
    assert briefs[1].text.startswith("记者从市贸促会获悉")


def test_the_folio_at_the_pages_foot_over_the_desk_credits_is_furniture():
    arts = parse(BRIEFS)
    folio = [a for a in arts if "A2" in "".join(p.text for p in a.parts) or a.headline.startswith("A2")]
    assert folio and all(a.kind == "furniture" for a in folio)
    assert not any(a.kind == "teaser" for a in arts)


TOP = ("某江晚报\n"
       "某江日报社主管主办\n\n"
       "2019年2月19日 星期二\n"
       "农历己亥年正月十五 元宵节\n\n"
       "扫描二维码\n"
       "看花灯巡游直播\n\n"
       "本报讯（记者 王一）2月18日晚，某江元宵灯会开幕，当晚\n"
       "入园游客约12万人次，同比增长8%。\n")


def test_the_lunar_date_with_its_festival_and_a_two_line_qr_prompt_are_furniture():
    arts = stories(TOP)
    assert [a.kind for a in arts] == ["news"]
    assert arts[0].kicker == "" and arts[0].headline == ""


GUIDE = ("某州日报\n\n"
         "2016年5月4日 星期三\n\n"
         "本版导读\n"
         "▶3版 全市夏粮长势良好\n"
         "▶5版 某州港开通首条冷链专线\n"
         "6版刊登市委党校专家署名文章\n\n"
         "本报讯（记者 王一）5月3日，记者从市统计局获悉，一季度全市\n"
         "地区生产总值增长7.2%，增速比去年同期加快0.4个百分点。\n")


def test_a_pointer_printed_before_its_headline_on_one_line_is_that_lines_teaser():
    teasers = [a for a in stories(GUIDE) if a.kind == "teaser"]
    assert [(a.headline, a.text, a.continues_on) for a in teasers] == [
        ("全市夏粮长势良好", "▶3版", 3), ("某州港开通首条冷链专线", "▶5版", 5), ("", "6版刊登市委党校专家署名文章", 6)]


def test_the_banner_over_a_run_of_pointer_first_teasers_is_every_teasers_kicker():
    teasers = [a for a in stories(GUIDE) if a.kind == "teaser"]
    assert [a.kicker for a in teasers] == ["本版导读"] * 3


MARKED = ("本报讯（记者 王一）记者从县水利局获悉，今年全县新建小型水库\n"
          "3座，新增蓄水能力120万立方米，可灌溉农田1.6万亩。\n\n"
          "县域快讯\n"
          "■5月6日，县图书馆少儿阅览室改造完成，\n"
          "新增图书1.2万册。（李 二）\n"
          "■县人民医院日前开设夜间门诊，每晚\n"
          "开放至21时。（张 三）\n\n"
          "▲税务部门近日为小微企业办理\n"
          "退税4200万元。（赵 四）\n")


def test_marked_paragraphs_under_a_columns_heading_are_headless_briefs_of_that_column():
    briefs = [a for a in stories(MARKED) if a.kind == "brief"]
    assert [(a.kicker, a.headline, a.text[:6]) for a in briefs] == [
        ("县域快讯", "", "5月6日，县"), ("县域快讯", "", "县人民医院日"), ("县域快讯", "", "税务部门近日")]
    assert [a.byline for a in briefs] == [["李二"], ["张三"], ["赵四"]]


def test_a_marked_short_line_in_a_feature_stays_its_subheadline():
    text = ("本报讯（记者 王一）清晨6点，某村的茶园里已是一片忙碌，采茶工们\n"
            "背着竹篓穿行在茶垄间。\n\n"
            "■茶园变景区\n"
            "依托茶山风光，该村建起观光步道和民宿，去年接待游客\n"
            "12万人次。\n")
    arts = stories(text)
    assert [a.kind for a in arts] == ["news"] and arts[0].subheadlines == ["茶园变景区"]


INTERVIEW = ("让群众办事更省心\n"
             "——访某市政务服务中心主任李明\n\n"
             "□本报记者 王 一\n\n"
             "【编者按】\n"
             "今年以来，某市推出一批便民服务举措。围绕相关话题，本报记者\n"
             "专访了市政务服务中心主任李明。\n\n"
             "记者：今年以来，政务服务有哪些新变化？\n\n"
             "李明：1至6月，全市政务服务事项网上可办率达到96%，平均办理\n"
             "时限压缩至3个工作日。\n\n"
             "记者：下一步有何打算？\n\n"
             "李明：力争年底前实现高频事项“跨省通办”全覆盖。\n")


def test_an_editors_note_under_a_headline_and_byline_gives_way_to_the_interview_it_introduces():
    arts = stories(INTERVIEW)
    assert [a.kind for a in arts] == ["news", "box"]
    story, note = arts
    assert (story.headline, story.byline) == ("让群众办事更省心", ["王一"])
    assert story.text.startswith("记者：今年以来") and story.text.endswith("全覆盖。")
    assert note.kicker == "编者按" and note.text.endswith("主任李明。")


BULLETIN = ("某州市2023年国民经济和社会发展统计公报\n"
            "（摘要）\n"
            "某州市统计局\n"
            "2024年3月1日\n\n"
            "一、综合\n\n"
            "初步核算，全年全市地区生产总值4321.5亿元，比上年增长5.2%。\n\n"
            "二、工业\n\n"
            "全年全市规模以上工业增加值比上年\n"
            "增长百分之六。其中，高技术制造业\n"
            "和装备制造业的增加值分别占全市规\n\n"
            "社区食堂里的“年夜饭”\n"
            "——新春走基层\n"
            "详见4版\n\n"
            "模以上工业增加值的比重为16.4%和30.2%。\n")


def test_a_teaser_set_inside_a_sentence_of_a_column_interrupts_it_and_the_sentence_goes_on_after():
    arts = stories(BULLETIN)
    assert [a.kind for a in arts] == ["document", "teaser"]
    doc, teaser = arts
    assert "占全市规模以上工业增加值的比重为16.4%和30.2%。" in doc.text.replace("\n", "")
    assert (teaser.headline, teaser.subheadlines, teaser.continues_on) == ("社区食堂里的“年夜饭”", ["——新春走基层"], 4)


def test_the_issuer_and_date_under_a_qualified_title_are_its_issuer_block_not_its_text():
    doc = stories(BULLETIN)[0]
    assert doc.text.startswith("初步核算") and doc.subheadlines[-2:] == ["一、综合", "二、工业"]
    assert [p.text for p in doc.parts if p.role == "issuer"] and "某州市统计局" not in doc.subheadlines[0]


def test_a_bare_qr_prompt_and_the_line_under_it_are_one_furniture_item():
    prompt = [a for a in parse(TOP) if a.kind == "furniture" and a.first_line == 7]
    assert prompt and prompt[0].lines == [[7, 8]]
