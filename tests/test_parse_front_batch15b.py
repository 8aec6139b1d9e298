"""Front-page structures of the fifteenth batch, second pass, each on a small invented snippet:
letter-spaced headline lines with their quotation marks set apart, and when two such lines are one
headline wrapped (joined without a space) rather than two decks."""

from __future__ import annotations

from frontpage.parse.reflow import is_display, undisplay
from tests.snippets import stories

STORY = """
本报讯（记者 周 平）5月5日，记者从县农业局获悉，今年
以来，全县新建高标准农田3.2万亩，同比增长12.5%。
"""


def _headline(stack: str):
    news = [a for a in stories(stack + STORY) if a.kind == "news"]
    assert len(news) == 1, [(a.kind, a.headline) for a in news]
    return news[0].kicker, news[0].headline


def test_quotation_marks_set_apart_are_part_of_letter_spaced_display_type():
    assert is_display("“ 新 速 度 ”") and undisplay("“ 新 速 度 ”") == "“新速度”"
    assert is_display("迈 出 “ 新 步 伐 ”") and undisplay("迈 出 “ 新 步 伐 ”") == "迈出“新步伐”"
    assert not is_display("“ 新 ”") and not is_display("记者 周平 陈远")


def test_a_display_line_closing_on_a_quoted_catchword_finishes_the_line_above():
    assert _headline("农 业 生 产 跑 出\n“ 新 速 度 ”\n") == ("", "农业生产跑出“新速度”")
    assert _headline("今 年 全 县 农 业\n迈 出 “ 新 步 伐 ”\n") == ("", "今年全县农业迈出“新步伐”")


def test_a_display_line_ending_on_an_attributive_particle_is_no_kicker():
    assert _headline("春 天 里 的\n“ 丰 收 序 曲 ”\n") == ("", "春天里的“丰收序曲”")


def test_a_shorter_display_line_under_another_is_its_wrap_two_balanced_ones_are_decks():
    assert _headline("全 县 高 标 准 农 田 面 积\n同 比 增 长 12.5%\n")[1] == "全县高标准农田面积同比增长12.5%"
    assert _headline("扎 实 推 进 乡 村 全 面 振 兴\n加 快 建 设 现 代 化 新 县 城\n")[1] \
        == "扎实推进乡村全面振兴 加快建设现代化新县城"


REPORT_DECK = """政府工作报告

——2025年1月8日在某县第十六
届人民代表大会第四次会议上

某县县长　王某某

各位代表：
现在，我代表县人民政府，向大会报
告工作，请予审议，并请县政协委员
和其他列席人员提出意见。
"""


def test_a_dash_deck_wrapped_over_two_lines_is_one_phrase_joined_without_a_space():
    arts = stories(REPORT_DECK)
    subs = [s for a in arts for s in a.subheadlines]
    assert "——2025年1月8日在某县第十六届人民代表大会第四次会议上" in subs, [(a.kind, a.headline, a.subheadlines) for a in arts]


WRAPPED_NOTICE = """某县日报

某县国有林地经营权公开
拍卖公告
某林告字〔2023〕5号

经某县人民政府批准，某县林业局决定公开拍卖1宗国有林地经
营权。现将有关事项公告如下：

一、拍卖时间：2023年6月1日9时。

某县林业局
2023年5月20日
"""


def test_a_notice_title_wrapped_before_its_type_is_one_title_its_number_and_text_follow():
    arts = stories(WRAPPED_NOTICE)
    assert [(a.kind, a.headline) for a in arts] == [("notice", "某县国有林地经营权公开拍卖公告")]
    assert arts[0].text.startswith("经某县人民政府批准") and arts[0].text.endswith("2023年5月20日")


THREE_LINE_NOTICE = """据了解，全县今年将新建林区道路36公里。
某县人民政府关于划定
2024年禁牧期和禁牧
区的通告
根据有关规定，现将有关事项通告如下：
一、禁牧期为2024年3月1日至6月30日。
某县人民政府
2024年2月20日
"""


def test_an_issuer_and_about_line_over_a_title_wrapped_twice_is_one_notice_title():
    notices = [a for a in stories(THREE_LINE_NOTICE) if a.kind == "notice"]
    assert [a.headline for a in notices] == ["某县人民政府关于划定2024年禁牧期和禁牧区的通告"]


HEADLINE_AFTER_BODY = """新华社北京3月2日电 记者2日从有关部门获悉，今年春播
进展顺利，全国已播种早稻1200万亩。
全国早稻播种进展顺利
遗失声明
某县某某合作社遗失公章一枚，声明作废。
"""


def test_a_headline_printed_after_its_text_is_not_the_start_of_the_notice_below():
    arts = stories(HEADLINE_AFTER_BODY)
    assert any(a.headline == "遗失声明" and a.kind == "notice" for a in arts), [(a.kind, a.headline) for a in arts]


NOTE_UNDER_STACK = """某县日报

县农业农村局发布春耕数据

春 耕 备 耕 全 面 展 开

已完成春播面积12.6万亩

【编者按】
春耕是全年农业生产的开局。本报
今起推出“春耕一线”系列报道，敬
请关注。

本报讯 （记者 周 平）3月18日，县农业农村局发布春耕
备耕情况。截至目前，全县已完成春播面积12.6万亩，同比
增长4.2%。
"""


def test_a_stack_over_an_editors_note_heads_the_story_under_the_note():
    arts = stories(NOTE_UNDER_STACK)
    news = [a for a in arts if a.kind == "news"]
    note = [a for a in arts if a.kind == "box"]
    assert [(a.kicker, a.headline) for a in news] == [("县农业农村局发布春耕数据", "春耕备耕全面展开")]
    assert news[0].subheadlines == ["已完成春播面积12.6万亩"] and news[0].text.startswith("3月18日")
    assert [(a.kicker, a.headline, a.linked_to is not None) for a in note] == [("编者按", "", True)]


PHOTO_STORY = """某县新闻

老街巷里的新书屋

6月2日，某县老城区一家社区书屋开门迎客，
居民在书屋里阅读。今年以来，全县新建社区
书屋12家。
某县日报记者 周 平 摄

本报讯（记者 陈 远）6月2日，记者从县商务局获悉，今年以来，
全县社区商业网点新增86个，同比增长12.4%，居民消费持续回暖。
县商务局将继续推进社区商业建设，今年计划新增网点120个。
"""


def test_a_photo_story_under_its_own_title_is_not_linked_to_a_story_it_barely_resembles():
    caps = [a for a in stories(PHOTO_STORY) if a.kind == "caption"]
    assert [(a.headline, a.linked_to) for a in caps] == [("老街巷里的新书屋", None)]
