"""The anatomy chapter's tables and the opening page's findings, on small pages and on the edition."""

from __future__ import annotations

from datetime import date

from frontpage.book import anatomy, findings
from frontpage.parse.articles import parse_articles
from frontpage.book.page import DEFAULT_EDITION, load
from frontpage.parse.reading import decode_edition

DAY = date(2021, 4, 22)
PAGE = """本报讯（记者 李晓）4月21日，全市
制造业增加值同比增长10%。
全市工业稳中向好。
企业信心增强，订单
持续增长。

重 庆 工 业 开 门 红

新华社北京4月21日电 外交部
发言人宣布一项消息。
"""


def page_of(text: str):
    ed = decode_edition(text.encode("utf-8"))
    return ed, parse_articles(ed, DAY)


def test_order_table_says_where_the_headline_was_printed():
    _, arts = page_of(PAGE)
    order = anatomy.order_table(arts)
    assert order[["id", "kind", "first raw line", "headline"]].values.tolist() == [
        ["a01", "news", 1, "after the body"], ["a02", "wire", 9, "no headline"]]


def test_reassembly_shows_every_raw_line_with_its_part():
    ed, arts = page_of(PAGE)
    raw, parts = anatomy.reassembly(ed, arts[0])
    assert raw["part"].tolist() == ["source + byline + body", "body", "body", "body", "body", "(blank)", "headline"]
    assert parts[["part", "lines"]].values.tolist() == [
        ["source", "1"], ["byline", "1"], ["body", "1–2"], ["body", "3–5"], ["headline", "7"]]


def test_possible_merges_are_sentence_ends_at_a_line_end_inside_a_paragraph():
    ed, arts = page_of(PAGE)
    merges = anatomy.possible_merges(ed, arts)
    assert merges.values.tolist() == [["a01", "3–4", "全市工业稳中向好。", "企业信心增强，订单"]]
    assert anatomy.possible_merges(*page_of("本报讯 一句话没有结束，\n还在继续说。\n")).empty


def test_sizes_and_the_longest_article():
    _, arts = page_of(PAGE)
    assert anatomy.longest_article(arts).id == "a01" and anatomy.longest_article([]) is None
    kinds = anatomy.chars_by_kind(arts)
    assert kinds["kind"].tolist() == ["news", "wire"] and abs(kinds["share"].sum() - 1) < 1e-12
    assert kinds["chars"].sum() == len("".join(PAGE.split()))


def test_findings_on_the_edition():
    """Snapshot: the opening page's summary line and three findings as the code rendered them
    for the edition (the share "42%", "23 places", "8 derived figures and 2 consistency checks",
    the finding titles and sentences were copied from its output). A regression check on the
    rendered text, not evidence that it is right; the counts that are hand-checked elsewhere are
    the 16 articles and 25 claims (data/annotations/) and the 9 people (test_voices.py::test_the_edition)."""
    page = load(DEFAULT_EDITION)
    assert findings.masthead_line(page) == "Chongqing Daily (重庆日报), 2021-04-22, page 1"
    assert findings.at_a_glance(page).startswith(
        "16 articles, 25 quantitative claims, 9 people named besides the reporters, "
        "23 places, 8 derived figures and 2 consistency checks. Its most repeated phrase is 高质量发展 ")
    assert findings.at_a_glance(page).endswith("“high-quality development”), 24 times.")
    one, two, three = findings.three_findings(page)
    assert one.title == "The biggest story states the fewest numbers."
    assert "加快推动制造业高质量发展 全力打造国家重要先进制造业中心 (“Speed up" in one.text
    assert "holds 42% of the page's text and 0 claims" in one.text
    assert two.title == "The numbers rest on the page's word."
    assert "180.24 billion CNY after a rise of 60.4% year on year implies 112.37 billion CNY a year earlier" in two.text
    assert "88% of the claims (22 of 25)" in two.text and "1 is a projection" in two.text
    # the pattern is rank: the state and city leaders are paraphrased, the two lower officials quoted
    assert three.title == "Leaders are paraphrased; lower officials are quoted."
    assert three.text.startswith("Those only reported, without quotation marks, are a state leader, 习近平 (Xí Jìnpíng: General")
    assert "those quoted in their own words are 2 lower officials, " in three.text
    assert "张建平 (Zhāng Jiànpíng: " in three.text and "卞汉林 (Biàn Hànlín: " in three.text
    assert [c for f in (one, two, three) for _, c in f.chapters] == [
        "02_anatomy.html", "03_claims.html", "04_checks.html", "05_voices.html"]


def test_findings_say_none_found_on_a_page_without_numbers_or_people():
    page = load(DEFAULT_EDITION.parents[1] / "editions" / "dev" / "no-markers.txt")
    assert [f.text.split(":")[0] for f in findings.three_findings(page)] == ["None found"] * 3
    assert findings.at_a_glance(page).startswith("1 article, 0 quantitative claims, 0 people")


def test_an_article_without_a_headline_is_never_shown_as_if_it_had_one():
    """The page's lead document has no title in its text layer: it is called by its first section
    heading in square brackets, not given that heading as its title."""
    page = load(DEFAULT_EDITION)
    doc = next(a for a in page.articles if a.kind == "document")
    assert doc.headline == "" and doc.subheadlines[0].startswith("一、")
    assert anatomy.display_headline(doc) == f"[{doc.subheadlines[0]}]"
    row = anatomy.articles_table(page.articles).set_index("id").loc[doc.id]
    assert row["headline"].startswith("[一、") and row["English"]


def test_furniture_is_listed_apart_and_doubts_item_by_item():
    ed, articles = page_of("某江日报\n\n2025年3月5日 星期三\n\n"
                           "本报讯（记者 王一）某县今日举行春耕动员大会，部署全年工作。\n\n"
                           "责编：王 一 美编：李 二\n")
    furniture = anatomy.furniture_table(ed, articles)
    assert list(furniture["what"]) == ["masthead", "date line", "desk credits (责编, 美编 …)"]
    assert furniture["as printed"].iloc[2] == "责编：王 一 美编：李 二"  # exactly as printed
    assert [a.kind for a in articles if anatomy.is_story(a)] == ["news"]
    doubts = anatomy.doubts_table(articles)
    assert list(doubts["doubt"]) == ["body with no headline"]


def test_furniture_is_named_for_what_it_is_where_it_stands():
    """A section name is one because it stands under the date line (alone it is just words), and
    the serial number is no advertisement: the table names what the parser recognised in place."""
    ed, articles = page_of("某江日报\n国内统一连续出版物号 CN 00-0001\n第12345期\n\n2025年3月5日 星期三\n乡村振兴\n\n"
                           "本报讯（记者 王一）某县今日举行春耕动员大会，部署全年工作。\n")
    furniture = anatomy.furniture_table(ed, articles)
    assert "section name" in list(furniture["what"]), furniture
    assert "advertisement" not in list(furniture["what"]), furniture
