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
