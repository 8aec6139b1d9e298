"""Front-page structures of the twelfth batch, second pass, each on a small invented snippet: the
masthead's information block (publisher, page count, cover price) and a cyclic-year lunar date, a
letter-spaced section name over the date line, a public-service advertisement, a bare page label as a
teaser's pointer, a headless story's stack printed after its body, a decorated banner over pointed
teasers, a commentary's headline over its 本报评论员 line."""

from __future__ import annotations

from tests.snippets import claims_of, parse, stories

LEAD = """某某晚报讯（记者 张一）6月2日，记者从市交通局获悉，截至5月底，
全市新开通公交线路12条，新增公交站点86个，公交覆盖率达到
96.3%，比上年末提高1.2个百分点。
"""

MASTHEAD_BLOCK = """某某晚报

2023年6月3日
星期六
癸卯年四月十六

某某日报社出版
今日12版
零售价1.50元

""" + LEAD


def test_the_masthead_information_block_and_a_cyclic_year_lunar_date_are_furniture():
    arts = parse(MASTHEAD_BLOCK)
    furniture = [a.lines for a in arts if a.kind == "furniture"]
    assert [[3, 5]] in furniture and [[7, 9]] in furniture
    assert [a.kind for a in arts if a.kind != "furniture"] == ["news"]


def test_the_cover_price_in_the_masthead_block_is_still_read_as_a_claim():
    assert "1.50元" in [c.quote for c in claims_of(MASTHEAD_BLOCK, lead="")]


def test_a_price_line_inside_a_story_stays_in_the_story():
    page = MASTHEAD_BLOCK + "\n某某路口新设停车场\n零售价1.50元\n"
    assert all(a.first_line != 16 or a.kind != "furniture" for a in parse(page))


SPACED_SECTION = """要 闻

2023年6月3日 星期六

某地新开通公交线路12条

""" + LEAD


def test_a_letter_spaced_section_name_over_the_date_line_is_furniture():
    arts = parse(SPACED_SECTION)
    assert arts[0].kind == "furniture" and arts[0].lines == [[1, 1]]
    assert [(a.kind, a.headline) for a in stories(SPACED_SECTION)] == [("news", "某地新开通公交线路12条")]


PUBLIC_SERVICE_AD = LEAD + """
爱护环境 人人有责

垃圾分类 从我做起

某某市创建文明城市工作办公室 宣
"""


def test_a_public_service_advertisement_is_one_furniture_item_not_teasers():
    arts = parse(PUBLIC_SERVICE_AD)
    assert [a.kind for a in arts] == ["news", "furniture"]
    assert arts[-1].lines == [[5, 5], [7, 7], [9, 9]]


LABELLED_TEASERS = """今日导读

某某大桥主体工程年底前完
工通车 A04

中考成绩明日公布 B02

"""


def test_a_bare_page_label_after_a_teaser_headline_is_its_pointer():
    arts = [a for a in stories(LABELLED_TEASERS + LEAD) if a.kind == "teaser"]
    assert [(a.headline, a.text, a.continues_on) for a in arts] == [
        ("某某大桥主体工程年底前完工通车", "A04", 4), ("中考成绩明日公布", "B02", 2)]


STACK_AFTER_BODY = LEAD + """
喜迎端午佳节

我市城乡交通一体化步伐加快

新增站点86个 覆盖率稳步提高

新华社北京6月2日电 记者2日从有关部门获悉，全国今年以来新建充电桩约
80万个，同比增长35%。
"""


def test_a_headless_story_takes_the_stack_printed_after_its_body():
    arts = stories(STACK_AFTER_BODY)
    assert [(a.kind, a.kicker, a.headline, a.subheadlines) for a in arts][0] == (
        "news", "喜迎端午佳节", "我市城乡交通一体化步伐加快", ["新增站点86个 覆盖率稳步提高"])
    assert "teaser" not in [a.kind for a in arts]


DECORATED_BANNER = """◆ 本 期 导 读 ◆

某某新区规划获批复
→2版

全市中小学暑假安排公布
→3版

"""


def test_a_decorated_letter_spaced_banner_is_the_kicker_of_the_pointed_teasers_under_it():
    arts = [a for a in stories(DECORATED_BANNER + LEAD)]
    assert [(a.kind, a.kicker, a.headline) for a in arts][:2] == [
        ("teaser", "本期导读", "某某新区规划获批复"), ("teaser", "本期导读", "全市中小学暑假安排公布")]
    assert len(arts) == 3


COMMENTARY_UNDER_HEADLINE = LEAD + """
把好事办到群众心坎上

本报评论员

公交线路开得多，还要开得准。相关部门要根据客流变化及时调整班次，
让群众出行少等待、更舒心。
"""


def test_the_line_over_a_commentary_byline_is_the_commentary_headline():
    arts = stories(COMMENTARY_UNDER_HEADLINE)
    assert [(a.kind, a.headline) for a in arts] == [("news", ""), ("commentary", "把好事办到群众心坎上")]
    assert arts[1].text.startswith("公交线路开得多")
