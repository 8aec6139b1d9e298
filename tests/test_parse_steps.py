"""The named steps of the parse layer, each on its own: the story machine, the masthead's
readings, page numbers and continuation marks, the fallback column."""

from __future__ import annotations

from datetime import date

import pytest

from frontpage.parse import masthead
from frontpage.parse.articles import _StoryMachine, parse_articles
from frontpage.parse.digits import DIGITS, page_number
from frontpage.parse.reading import decode_edition
from frontpage.parse.reflow import CONT_MARK, _main_column, _pieces, read_cont_mark, units


def ed(text: str):
    return decode_edition(text.encode("utf-8"))


def machine(text: str) -> _StoryMachine:
    e = ed(text)
    m = _StoryMachine(e)
    m.run(units(e))
    return m


# --- page numbers and continuation marks ------------------------------------------------

def test_one_digit_table_and_page_numbers():
    assert DIGITS["两"] == 2 and DIGITS["〇"] == 0 and "十" not in DIGITS
    assert [page_number(t) for t in ("7", "A2", "三", "十", "十一", "四十", "四十二")] == [7, 2, 3, 10, 11, 40, 42]
    for bad in ("三四", "十十", "", "A"):
        with pytest.raises(ValueError):
            page_number(bad)


def test_a_continuation_mark_reads_direction_and_page():
    def read(s):
        return read_cont_mark(CONT_MARK.search(s))
    assert read("（下转2版）") == ("下", 2)
    assert read("(上接第 一 版)") == ("上", 1)
    assert read("（转A3版）") == (None, 3)
    assert read("（下转三四版）") == ("下", None)  # not a page number: no page, no crash


def test_a_malformed_page_number_neither_crashes_the_parser_nor_the_masthead():
    e = ed("正文。\n（下转三四版）\n")
    assert [a.continues_on for a in parse_articles(e)] == [None]
    assert masthead.read_masthead(e).page == 1


# --- the story machine -------------------------------------------------------------------

def test_a_continuation_mark_closes_the_story_and_the_next_paragraph_opens_one():
    m = machine("第一个故事的正文。\n（下转2版）\n\n另一个故事开始了。\n")
    assert [(s.continues_on, s.closed) for s in m.stories] == [(2, True), (None, False)]


def test_a_continued_from_mark_waits_for_its_story():
    m = machine("（上接1版）\n\n接着上一版的正文。\n")
    (story,) = m.stories  # the mark opens the story, the paragraph carries it on
    assert story.continued_from == 1 and [p.role for p in story.parts] == ["continuation", "body"]
    assert m.upcoming_from is None
    (article,) = parse_articles(ed("（上接1版）\n\n接着上一版的正文。\n"))
    assert article.continued_from == 1


def test_a_commentators_byline_opens_a_commentary_and_an_agencys_a_wire_story():
    kinds = [(s.kind, s.source, s.byline) for s in machine("本报评论员 王伟\n\n正文。\n").stories]
    assert kinds[0] == ("commentary", "本报", ["王伟"])
    assert machine("新华社记者 李明\n\n正文。\n").stories[0].kind == "wire"


def test_a_credit_closes_the_caption_above_it():
    (story,) = machine("图为工人在车间里忙碌。\n\n本报记者 张三 摄\n").stories
    assert (story.kind, story.byline, story.closed) == ("caption", ["张三"], True)


def test_a_teaser_takes_the_headline_right_above_it():
    m = machine("正文一段。\n\n让青春绽放\n2版刊登本报评论员文章\n")
    teaser = m.stories[-1]
    assert teaser.kind == "teaser" and teaser.continues_on == 2
    assert [u.text for u in teaser.teaser_heads] == ["让青春绽放"]


BODY = ("本报讯（记者 王伟）4月21日，市教委召\n开会议，部署中小学暑期安全工作。会议\n要求各区县压实责任，做好防溺水宣传，\n"
        "加强校园周边巡查，确保学生平安度过假\n期。\n")
STACK = "导读\n\n全市春耕进度过半各区县同步推进\n\n高铁新线年内开通\n试运行顺利完成\n\n三座长江大桥同步合龙\n\n" + BODY


def test_a_stack_of_teasers_is_one_teaser_a_block_with_the_banner_as_every_kicker():
    arts = parse_articles(ed(STACK))
    teasers = [a for a in arts if a.kind == "teaser"]
    assert [(a.kicker, a.headline) for a in teasers] == [
        ("导读", "全市春耕进度过半各区县同步推进"), ("导读", "高铁新线年内开通试运行顺利完成"), ("导读", "三座长江大桥同步合龙")]
    # (a teaser's two short lines are one headline wrapped, joined without a space, as every annotation does)
    # the banner's characters belong to the first teaser only
    assert [p.role for p in teasers[0].parts] == ["kicker", "headline"] and teasers[1].parts[0].role == "headline"


def test_a_stack_with_a_dash_line_is_one_teaser():
    arts = parse_articles(ed("走进新质生产力①\n\n一块屏的“智变”之路\n\n——光电企业以智能化改造重塑竞争力\n\n" + BODY))
    teasers = [a for a in arts if a.kind == "teaser"]
    assert len(teasers) == 1 and teasers[0].headline == "一块屏的“智变”之路"


def test_headline_lines_wait_and_go_to_the_groups():
    m = machine("标题一行\n\n本报讯（记者 王伟）4月21日，正文。\n")
    before, heads, after = m.groups[0]
    assert before is None and [u.text for u in heads] == ["标题一行"] and after is m.stories[0]


# --- the masthead's readings ------------------------------------------------------------

def flat(text: str):
    return masthead._Flat(ed(text))


def test_dated_reports_and_announcements():
    f = flat("新华社北京4月21日电 今天。本报讯（记者 王五）4月20日，会议。将于4月30日举行。\n")
    days, ev = masthead.dated_reports(f)
    assert days == [(4, 21), (4, 20)] and [e.kind for e in ev] == ["wire dateline", "local dateline"]
    assert [e.kind for e in masthead.announcements(f)] == ["announcement"]


def test_continuations_say_which_pages_come_before_and_after():
    before, after, ev = masthead.continuations(flat("（上接1版）甲。（下转3版）乙。（转4版）\n"))
    assert (before, after, len(ev)) == ([1], [3], 2)


def test_years_and_the_edition_day():
    anniversary, past, _ = masthead.year_evidence(flat("建党100周年。2019年以来，到2035年。\n"))
    assert (anniversary, past) == ([2021], [2019])
    assert masthead.edition_day([(4, 21)], anniversary, past) == (date(2021, 4, 22), "anniversary")
    assert masthead.edition_day([(4, 21)], [], past) == (date(2020, 4, 22), "latest past year + 1")
    assert masthead.edition_day([], [], past) == (None, "latest past year + 1")
    assert masthead.edition_day([(4, 21)], [], []) == (None, "none")


def test_page_of_and_home_place():
    assert masthead.page_of([], [2], False) == 1 and masthead.page_of([], [], True) == 1
    assert masthead.page_of([1], [3], True) is None and masthead.page_of([], [], False) is None
    assert masthead.home_place("重庆重庆四川", ["四川", "重庆"]) == "重庆"
    assert masthead.home_place("北京", ["重庆"]) is None and masthead.home_place("重庆", None) is None


# --- the column a page with no wrapped line falls back to ----------------------------------

def test_the_main_column_without_wrapped_lines_is_the_median_line_width():
    pieces = _pieces(ed("甲乙丙丁戊\n\n甲乙丙\n\n甲乙丙丁戊己庚\n"))
    assert _main_column(pieces) == 5.0
    assert _main_column([]) == 0.0


def _news(heads: str, body: str):
    lead = "本报讯（记者 王伟）" + body
    lines = [lead[k:k + 17] for k in range(0, len(lead), 17)]
    return next(x for x in parse_articles(ed(heads + "\n\n" + "\n".join(lines) + "\n")) if x.kind == "news")


def test_two_display_lines_kicker_or_headline():
    # a slogan of short parallel phrases over a headline is its kicker, even on the next line
    a = _news("迎新年 保畅通\n我市新开公交线路3路", "12月28日起，我市新开公交线路3路，加开高峰班次12班，并投用一批新能源公交车。")
    assert (a.kicker, a.headline) == ("迎新年 保畅通", "我市新开公交线路3路")
    # a pair of decks giving the figures under a headline is its subheadline; decks keep one space
    a = _news("寒潮裹挟首场降雪 全城连夜保畅通\n\n城区累计降雪10厘米 出动除雪车辆126辆",
              "12月29日，我市迎来今冬首场降雪，城区累计降雪10厘米。市城管局连夜出动除雪车辆126辆，保障全城道路畅通。")
    assert (a.kicker, a.headline, a.subheadlines) == ("", "寒潮裹挟首场降雪 全城连夜保畅通", ["城区累计降雪10厘米 出动除雪车辆126辆"])
    # two plain lines, the second a single deck: the longer is the headline (the brief's sixth-batch
    # clarification; a page without blank lines keeps the older reading, kicker and headline)
    a = _news("青禾法院“冬季攻坚”为农民工追薪\n\n去年执行到位金额约37.5亿元",
              "3月4日，记者从青禾法院获悉，去年全市法院执行到位金额约37.5亿元，为农民工追回欠薪2860万元。")
    assert (a.kicker, a.headline, a.subheadlines) == ("", "青禾法院“冬季攻坚”为农民工追薪", ["去年执行到位金额约37.5亿元"])


def test_a_raw_page_headline_as_wide_as_the_column_ending_on_a_figure_stands_alone():
    raw = ("到2025年我国再生铝产量有望达\n到1150万吨。\n8月江东铝锭均价环比上涨2.9%\n"
           "据江东省有色金属行业协会最\n新发布的数据，8月，全省原\n铝产量为41.2万吨，同比增长\n6.8%，占比达到64%\n的水平。\n")
    heads = [u.text for u in units(ed(raw)) if u.kind == "head"]
    assert heads == ["8月江东铝锭均价环比上涨2.9%"]  # 64% ⏎ 的水平: prose goes on after a figure


def test_a_feature_headline_stack_printed_after_its_body_goes_to_it():
    """raw-trade-weekly (dev): kicker, headline and a dash line extracted after the feature's body;
    the dash line echoes the body most and carries the stack above it."""
    from frontpage.paths import DATA
    from frontpage.parse.reading import read_edition
    arts = parse_articles(read_edition(DATA / "editions" / "dev" / "raw-trade-weekly.txt"))
    feature = next(a for a in arts if a.first_line == 5)
    assert (feature.kicker, feature.headline) == ("“城市矿山”里淘出“金饭碗”", "一块废铝的“重生”之旅")
    assert feature.subheadlines[0].startswith("——") and not any(a.kind == "teaser" for a in arts)
    assert any(a.first_line == 73 for a in arts)  # the next story's headline, as wide as the column


def test_the_segmenters_guesses_are_said_in_notes():
    """Every guess names itself: a headline group shared out between two stories, a teaser made of
    lines that echo nothing, a caption linked by a weak echo only."""
    from frontpage.parse.articles import SPLIT_GROUP_NOTE
    from frontpage.paths import DATA
    from frontpage.parse.reading import read_edition
    dev = DATA / "editions" / "dev"
    wide = parse_articles(read_edition(dev / "wide-columns.txt"))
    assert sum(SPLIT_GROUP_NOTE in a.notes for a in wide) == 2
    economy = parse_articles(read_edition(dev / "blind-economy.txt"))
    assert any(a.kind == "caption" and a.linked_to and any("weak echo" in n for n in a.notes) for a in economy)
    stack = [a for a in parse_articles(ed(STACK)) if a.kind == "teaser"]
    assert all(any("echo neither" in n for n in a.notes) for a in stack)


def test_a_feature_introduced_by_an_editors_note_keeps_its_continuation():
    """fp-traditional-briefs (dev): 【编者按】, then a series feature (走进新质生产力①) whose body ends
    （转3版）. A ● brief with its own headline line is no headless story for the stack to go to."""
    from frontpage.paths import DATA
    from frontpage.parse.reading import read_edition
    arts = parse_articles(read_edition(DATA / "editions" / "dev" / "fp-traditional-briefs.txt"))
    feature = next(a for a in arts if a.first_line == 110)
    assert (feature.kind, feature.kicker, feature.continues_on) == ("news", "走进新质生产力①", 3)
    box = next(a for a in arts if a.kicker == "编者按")
    assert box.linked_to == feature.id


def test_a_box_that_resembles_two_stories_almost_equally_goes_to_the_one_beside_it():
    """Two stories on one subject and a 【链接】 box printed right under the second: the box shares
    nearly as much with the first, so no link is clear, but a box stands beside its own story."""
    from frontpage.parse.articles import Part, _Story, link_boxes_and_captions

    def story(kind: str, text: str) -> _Story:
        return _Story(kind=kind, parts=[Part("body", text, ())])

    first = story("news", "某市发布人口普查数据，全市常住人口增长，人口老龄化程度加深，城镇化率提高。")
    second = story("document", "某市人口普查主要数据公报：全市常住人口增长，家庭户人口减少，城镇人口增加。")
    box = story("box", "全国人口普查每十年开展一次，普查员走进千家万户登记人口。")
    unrelated = story("news", "某区新建口袋公园五处，方便市民休闲健身。")
    stories = [first, second, box, unrelated]
    link_boxes_and_captions(stories)
    assert box.link_to is second
    assert any("beside it" in n for n in box.notes)
