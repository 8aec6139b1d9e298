"""Front-page structures of the twelfth batch, each on a small invented snippet: briefs under a
letter-spaced column heading whose items open on a mark (■, ▲) or a number (１．), headlines before
or after their text; letter-spaced headlines over two lines; a display stack printed after its story."""

from __future__ import annotations

from tests.snippets import stories

MARKED_COLUMN = """某 县 简 讯

■城东新增停车泊位
本报讯 6月2日，记者从县住建局获
悉，今年以来城东新增停车泊位820
个，其中充电车位近200个。

■县图书馆延长开放时间
本报讯 （通讯员 李一）今年6月起，
县图书馆每天开放时间延长至晚上9
点，周末照常开放。
"""


def test_marked_headlines_under_a_column_heading_are_briefs_of_that_column():
    arts = stories(MARKED_COLUMN)
    assert [(a.kind, a.kicker, a.headline) for a in arts] == [
        ("brief", "某县简讯", "城东新增停车泊位"), ("brief", "某县简讯", "县图书馆延长开放时间")]
    assert arts[1].text.startswith("今年6月起")


def test_a_photo_caption_between_two_marked_briefs_does_not_end_the_column():
    caption = "游客在某镇茶园体验采茶。今年全镇茶园面积达2.1万亩。\n本报记者 王 五 摄\n\n"
    page = MARKED_COLUMN + "\n" + caption + "■某镇茶叶节开幕\n本报讯 6月1日，某镇茶叶节开幕，为期三\n天，共有20家茶企参展。\n"
    arts = [a for a in stories(page) if a.kind != "caption"]
    assert [(a.kind, a.kicker, a.headline) for a in arts][-1] == ("brief", "某县简讯", "某镇茶叶节开幕")


TAIL_MARKED_COLUMN = """某 镇 快 讯

6月3日，某镇举办夏季招聘会，
48家企业提供岗位1200余个。
▲某镇夏季招聘会举办

截至5月底，全镇新农合参保率
达到97.2%，比上年提高0.5个百
分点。
▲某镇新农合参保率创新高

6月2日，某镇“企业服务日”活动
启动，首批走访企业36家，帮助
解决用工难题。
▲某镇“企业服务日”活动启动
"""


def test_marked_headlines_printed_under_their_text_close_each_brief_of_the_column():
    arts = stories(TAIL_MARKED_COLUMN)
    assert [(a.kind, a.kicker, a.headline) for a in arts] == [
        ("brief", "某镇快讯", "某镇夏季招聘会举办"), ("brief", "某镇快讯", "某镇新农合参保率创新高"),
        ("brief", "某镇快讯", "某镇“企业服务日”活动启动")]
    assert [a.text[:5] for a in arts] == ["6月3日，", "截至5月底", "6月2日，"]


NUMBERED_COLUMN = """某 会 速 递

１．提案全部办结
去年委员提出的２１６件提案已全部
办结，办结率１００％。

２．５Ｇ基站覆盖全部乡镇
今年全县新建５Ｇ基站３２０个，实
现乡镇以上区域全覆盖。

３．春播面积稳中有增
目前，全县已储备化肥约１．２万吨，
预计春播面积２０万亩。
"""


def test_numbered_items_under_a_column_heading_are_briefs_the_number_their_label():
    arts = stories(NUMBERED_COLUMN)
    assert [(a.kind, a.kicker, a.headline) for a in arts] == [
        ("brief", "某会速递", "提案全部办结"), ("brief", "某会速递", "５Ｇ基站覆盖全部乡镇"),
        ("brief", "某会速递", "春播面积稳中有增")]
    assert arts[1].text.startswith("今年全县新建")


def test_numbered_paragraphs_with_no_column_heading_stay_text():
    page = ("本报讯 6月2日，某县召开会议，部署三项工作：\n\n"
            "1.加快项目建设，全年新开工项目40个。\n\n2.优化营商环境，压减审批时限三成。\n")
    assert [a.kind for a in stories(page)] == ["news"]


def test_a_letter_spaced_headline_wrapped_onto_a_quoted_word_stays_one_headline():
    page = ("某 县 工 业 投 资 双 双 跑 出\n“加 速 度”\n\n"
            "本报讯 （记者 王一）今年1—4月，某县规模以上工业增加值同比\n"
            "增长9.2%，增速比一季度提高0.8个百分点。\n")
    (a,) = stories(page)
    assert (a.headline, a.subheadlines) == ("某县工业投资双双跑出“加速度”", [])


def test_a_decimal_under_a_column_heading_is_no_item_number():
    """１．５万名 under a column heading is a figure (1.5), not item 1 of a numbered column."""
    page = "某 会 速 递\n\n１．５万名志愿者参加清河行动\n本报讯 昨日，全市１．５万名志愿者参加清河行动。\n"
    assert not any(p.role == "label" for a in stories(page) for p in a.parts)
