"""Batch 29's segmentation classes on invented pages: a teaser's pointer that names what is to be seen
(《某某条例》 ⏎ 全文见6版) under 今日导读, and which of two plain display lines of a stack is the headline
when one or both state a figure. Each table holds near misses that must not change."""

from __future__ import annotations

import pytest

from frontpage.parse.articles import _figure_over_figure, _figure_under_occasion, _two_line_main
from frontpage.parse.reading import decode_edition
from tests.snippets import page, stories

MASTHEAD = ("青禾日报", "2024年5月9日 星期四")

LEAD = ("本报讯 （记者 林 木）5月8日，记者从市水务局获悉，今年全市新建改建供水管网126公里，",
        "惠及城乡居民8.4万户。")


@pytest.mark.parametrize("pointer, page_no", [
    ("全文见6版", 6),
    ("全文详见6版", 6),
    ("详情见6版", 6),
    ("详见6版", 6),  # near miss: the plain pointer keeps its reading
])
def test_teaser_pointer_naming_what_is_seen(pointer, page_no):
    arts = stories(page(*MASTHEAD, "今日导读\n市政府常务会议研究部署防汛工作\n详见2版",
                        "《青禾市城市供水管理条例》\n" + pointer, *LEAD))
    teaser = next(a for a in arts if a.headline == "《青禾市城市供水管理条例》")
    assert (teaser.kind, teaser.kicker, teaser.continues_on) == ("teaser", "今日导读", page_no)
    story = next(a for a in arts if a.kind == "news")
    assert story.source == "本报讯" and story.headline != teaser.headline


def test_pointer_words_in_prose_are_no_teaser():
    # near miss: 全文 and 见 inside a sentence of the body, not a line of its own, point nowhere
    arts = stories(page(*MASTHEAD, "全市供水管网改造全面完成",
                        "本报讯 （记者 林 木）5月8日，记者从市水务局获悉，条例全文见于市政府网站，",
                        "今年全市新建改建供水管网126公里。"))
    assert [a.kind for a in arts] == ["news"]


@pytest.mark.parametrize("first, second, main", [
    # an occasion line giving no figure over one figure of news, no narrower: kicker and headline
    ("双节假日市场准备就绪", "全市预计接待游客560万人次", 1),
    ("春节假期文旅市场回暖", "全县接待游客128万人次", 1),
    # both lines state figures and the second is hardly wider: headline and deck
    ("全县春播面积近六十万亩", "县财政已安排资金2600万元", 0),
    ("全市新增就业岗位1.2万个", "帮扶困难人员就业860人", 0),
    # near miss: a short figures line under which a far wider one is set stays a kicker
    ("新建改建26所学校", "今年我县义务教育学位预计新增5600个", 1),
    # near miss: an occasion line with a figure of its own over a figure: the other readings decide
    ("春节假期全市旅游收入12亿元", "接待游客186万人次", 0),
    # near miss: a dash line under the occasion line is its deck, figure or not
    ("双节假日市场准备就绪", "——全市预计接待游客560万人次", 0),
])
def test_two_line_stack_with_figures(first, second, main):
    ed = decode_edition(page("某某", "某某").encode("utf-8"))
    assert _two_line_main(ed, first, second) == main


def test_figure_readings_need_their_figures():
    assert not _figure_under_occasion("双节假日市场准备就绪", "各大景区做好接待准备")  # no figure below
    assert not _figure_under_occasion("全市旅游市场准备就绪", "预计接待游客560万人次")  # opens on no occasion
    assert not _figure_over_figure("全县春播面积近六十万亩", "各地抢抓农时播种")  # the deck gives no figure
    assert not _figure_over_figure("上半年全县春播近六十万亩", "县财政已安排资金2600万元")  # a period opening
    assert not _figure_over_figure("某某县2024年", "全县民生投入12亿元")  # a year closes no figure of news
    assert not _figure_over_figure("晚会今晚20时", "全市设分会场12个")  # nor does a clock time


def test_figures_stack_on_a_page():
    arts = stories(page(*MASTHEAD, "全市新建供水管网126公里", "市财政已安排改造资金3800万元", *LEAD))
    story = next(a for a in arts if a.kind == "news")
    assert (story.kicker, story.headline, story.subheadlines) == ("", "全市新建供水管网126公里", ["市财政已安排改造资金3800万元"])


# Raw pages: an outlook deck under a headline, a headline wrapped after 发送, and an advertisement right under
# a lost-document notice that closed on 声明作废.

from frontpage.parse.articles import _second_is_sub  # noqa: E402
from frontpage.parse.furniture import furniture_lines  # noqa: E402
from frontpage.parse.lexicon import ends_open  # noqa: E402


@pytest.mark.parametrize("first, second, sub", [
    ("城西污水处理厂二期开始调试", "计划年底前正式投入运行", True),
    ("全县春耕备耕有序推进", "预计粮食播种面积稳中有增", True),
    ("力争年底前全线贯通", "计划明年通车运营", False),  # near miss: both look ahead
    ("计划年底前正式投入运行", "城西污水处理厂二期开始调试", False),  # near miss: the outlook on top
])
def test_outlook_deck_under_a_headline(first, second, sub):
    assert _second_is_sub(first, second) == sub


@pytest.mark.parametrize("line, below, open_end", [
    ("春节假期全市铁路发送", "旅客52.6万人次", True),
    ("全市道路运输发送旅客", "12.4万人次", False),  # near miss: the object is on the line
])
def test_line_ending_on_fasong_runs_on(line, below, open_end):
    assert ends_open(line, below) == open_end


def _furniture(*lines: str) -> dict[int, str]:
    texts = list(lines)
    return {k + 1: v for k, v in furniture_lines(texts, [False] * len(texts)).items()}


def test_advertisement_under_a_closed_lost_document_notice():
    found = _furniture("遗失声明", "某某物流有限公司遗失营业执照副", "本，声明作废。", "学车就到某某驾校", "C1/C2随到随学",
                       "报名热线：0871-6123456")
    assert [found.get(n) for n in (4, 5, 6)] == ["ad", "ad", "ad"] and 3 not in found


@pytest.mark.parametrize("lines", [
    # near miss: the closing formula followed by a contact line, a signer and a date: all the notice's
    ("遗失声明", "某某物流有限公司遗失营业执照副", "本，声明作废。", "联系电话：0871-6123456", "某某物流有限公司", "2024年5月8日"),
    # near miss: a notice with no closing formula keeps its contact line
    ("寻物启事", "本人于5月7日在城西公园遗失黑", "色背包一个，内有证件若干。", "联系电话：0871-6123456"),
])
def test_contact_line_of_a_notice_stays_the_notice_s(lines):
    assert _furniture(*lines) == {}


# A stack printed after its body: a figures deck opening on its year (今年…) whose sum the body never prints.

from frontpage.parse.stacks import ends_tier  # noqa: E402

YEAR_BODY = ("本报讯 （记者 林 木）5月8日，记者从市卫健委获悉，全市适龄儿童免费",
             "口腔检查项目日前全面启动。", "今年，全市将为6至12岁儿童免费开展口腔检查，计划完成城区检查3万人、农村检查2万人。")


@pytest.mark.parametrize("lower, tier", [
    ("今年检查任务5万人", True),  # the year opens a clause: a deck of its own, though 5万人 is a sum
    ("检查任务5万人", False),  # near miss: no year, the figure printed nowhere else: the other readings hold
])
def test_year_figures_deck_under_a_stack(lower, tier):
    from frontpage.parse.reading import decode_edition
    ed = decode_edition(page(*MASTHEAD, *YEAR_BODY, "全市启动适龄儿童免费口腔检查\n" + lower).encode("utf-8"))
    line = next(n for n, t in enumerate(ed.lines, 1) if t.startswith("全市启动"))
    assert ends_tier(ed, "全市启动适龄儿童免费口腔检查", lower, line) == tier
