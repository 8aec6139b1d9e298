"""Front-page structures of the thirteenth batch, each on a small invented snippet: a 导读 column whose
pointers are white arrows (▷2版) after wrapped headlines; a briefs column with headlines after the text
whose later item opens on its own source line."""

from __future__ import annotations

from tests.snippets import parse, stories

WHITE_ARROW_TEASERS = """要闻导读

某市“十五五”开局之年的
发展答卷                ▷2版

某港国际集装箱航线
增至30条                ▷3版

本报讯（记者 王 五）3月9日，某市重大项目集中开工，总
投资86.2亿元。
"""


def test_a_white_arrow_after_a_wrapped_headline_is_a_teasers_pointer():
    arts = stories(WHITE_ARROW_TEASERS)
    teasers = [(a.kind, a.kicker, a.headline, a.continues_on) for a in arts if a.kind == "teaser"]
    assert teasers == [("teaser", "要闻导读", "某市“十五五”开局之年的发展答卷", 2),
                       ("teaser", "要闻导读", "某港国际集装箱航线增至30条", 3)]


TAIL_COLUMN_WITH_SOURCE = """民 生 速 递

4月10日，某市第三批公共租赁住
房摇号配租在市公证处监督下进行，
共有1260户家庭参与摇号。
■某市公租房摇号配租

某市晚报讯 近日，市人社局发布通
知，全市最低工资标准自5月1日起上
调。（王 五）
■最低工资标准上调

一季度，全市共受理投诉2316件，
同比下降8.7%。
■一季度投诉下降
"""


def test_an_item_of_a_tail_headed_column_may_open_on_its_own_source():
    arts = stories(TAIL_COLUMN_WITH_SOURCE)
    assert [(a.kind, a.kicker, a.headline) for a in arts] == [
        ("brief", "民生速递", "某市公租房摇号配租"), ("brief", "民生速递", "最低工资标准上调"),
        ("brief", "民生速递", "一季度投诉下降")]
    assert arts[1].source == "某市晚报讯" and arts[1].text.startswith("近日，")


PAGE_FIRST_TEASERS = """某 日 导 读

2版 全县夏粮收购进度过半
    农户售粮增收明显
4版 城南片区老旧小区改造
    完成年度任务

本报讯（记者 王 五）6月2日，某县召开夏粮收购工作会，今年
收购夏粮12万吨。
"""


def test_a_bare_page_before_a_headline_wrapped_onto_the_next_line_is_one_teaser():
    arts = stories(PAGE_FIRST_TEASERS)
    teasers = [(a.headline, a.continues_on) for a in arts if a.kind == "teaser"]
    assert teasers == [("全县夏粮收购进度过半农户售粮增收明显", 2), ("城南片区老旧小区改造完成年度任务", 4)]


def test_the_weather_printed_over_two_lines_is_furniture():
    page = "某县日报\n\n今日天气：多云转小雨\n气温18℃～26℃ 降水概率40%\n\n" + PAGE_FIRST_TEASERS
    arts = parse(page)
    assert not any("降水概率" in a.kicker + a.headline + a.text for a in arts if a.kind != "furniture")
    assert [a.kicker for a in arts if a.kind == "teaser"] == ["某日导读", "某日导读"]


WRAPPED_PHOTO_TITLES = """某县日报

田 野 上 的
“ 丰 收 进 行 曲 ”

6月16日，某县万亩农田里，十余台收割机往来穿梭。今年全县小麦种植面
积21.6万亩，预计总产量9.2万吨。
                                        本报记者 王 五 摄

某县加快建设现代农业示范区

本报讯 2022年，示范区内粮食产值达到12.6亿元，比上年增长6.2%。

灯 火 里 的“ 夜 班 车 ”

6月17日晚，乘客在某县客运中心站换乘夜间公交。
               本报记者 赵 六 摄
"""


def test_a_photo_title_wrapped_over_two_lines_is_the_captions_one_headline():
    arts = stories(WRAPPED_PHOTO_TITLES)
    assert [(a.kind, a.headline) for a in arts if a.kind != "news"] == [
        ("caption", "田野上的“丰收进行曲”"), ("caption", "灯火里的“夜班车”")]


LEAD_STACK_OVER_PHOTO = """某县日报

本报讯 （记者 王 五）8月28日，记者从县统计局获悉，今年前
7个月全县规上工业增加值同比增长11.3%，其中电子信息产业增加值增长
15.2%，增速领跑各行业。

（下转2版）

前7个月经济稳中有进

全 县 规 上 工 业 增 加 值
同 比 增 长 11.3%

电子信息产业增速领跑

秋 收 在 望

8月27日，某县农民在田间查看中稻长势。今年全县种植中稻约12.5万亩。
本报记者 赵 六 摄
"""


def test_a_short_line_under_a_leads_stack_over_a_credited_caption_is_the_photos_title():
    arts = stories(LEAD_STACK_OVER_PHOTO)
    lead, photo = arts
    assert lead.subheadlines == ["电子信息产业增速领跑"] and lead.kicker == "前7个月经济稳中有进"
    assert (photo.kind, photo.headline) == ("caption", "秋收在望")


CIRCLED_COLUMN = """某 县 万 象

①某县开通首条夜间公交
某县日报讯 6月17日起，某县开通首条夜间公交线路，线路全长
26.8公里。（通讯员 王 五）

②全县中考报名考生8634人
今年全县中考报名考生共8634人，比去
年增加512人。

③高温天气持续 注意防暑降温
县气象台预报：未来三天我县最高
气温35℃至37℃。

本版图片除署名外由某县委宣传部提供
"""


def test_items_numbered_with_circled_figures_under_a_column_heading_are_briefs():
    arts = stories(CIRCLED_COLUMN)
    assert [(a.kind, a.kicker, a.headline) for a in arts] == [
        ("brief", "某县万象", "某县开通首条夜间公交"), ("brief", "某县万象", "全县中考报名考生8634人"),
        ("brief", "某县万象", "高温天气持续 注意防暑降温")]
    assert arts[2].text.startswith("县气象台预报")


def test_the_pages_own_picture_credit_is_furniture():
    arts = parse(CIRCLED_COLUMN)
    assert [a.kind for a in arts if "图片除署名外" in "".join(p.text for p in a.parts)] == ["furniture"]
