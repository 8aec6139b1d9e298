"""A percentage at a line's end, then 和/与/至 and the next figure: one sentence wrapped, not a headline of its own.

Class: on a page without blank lines, a line with no mark that ends on a percentage is read as a headline
(8月某某均价环比上涨2.9%), since prose puts a mark, a hedge or 的 after a figure before it goes on. A list
of figures (分别占进出口总额的68.8% ⏎ 和31.2%。) or a range (增长10% ⏎ 至15%) goes on with a conjunction
and the next figure: the line under it carries the sentence on. Near misses: a headline ending on a
percentage above a line that opens a sentence on 和 and words (和去年同期相比，…) still ends there: the
break before that line stands."""

from tests.snippets import raw, stories


COLUMN = ("本报讯 1—5月，全市进出", "口总额215.7亿元，增长", "12.4%。其中，出口", "148.3亿元，增长15.9%；", "进口67.4亿元，增长",
          "5.9%。出口、进口分别", "占进出口总额的68.8%", "和31.2%。")


def test_a_list_of_percentages_wrapped_after_the_first_stays_one_sentence():
    found = stories(raw(*COLUMN, "某某大桥主体完工", "本报讯 5月28日，某某大", "桥主体结构全部完工，预", "计年底通车。"))
    first = [a for a in found if "出口" in a.text]
    assert len(first) == 1 and first[0].text.endswith("占进出口总额的68.8%和31.2%。")
    assert all(not a.headline.endswith("68.8%") and "68.8%" not in a.subheadlines for a in found)


def test_a_range_of_percentages_wrapped_stays_one_sentence():
    found = stories(raw("本报讯 今年以来，全市", "快递业务量稳步增长，", "全年预计同比增长10%", "至15%，总量有望突破", "3亿件。"))
    assert [a.text for a in found] == ["今年以来，全市快递业务量稳步增长，全年预计同比增长10%至15%，总量有望突破3亿件。"]


def test_near_miss_a_percentage_headline_over_a_sentence_opening_on_and():
    found = stories(raw("本报讯 今年以来，全市物价总体平稳。", "8月某某铝锭均价环比上涨2.9%",
                        "和去年同期相比，某某铝锭均价仍低3.1%，市场供应充足。"))
    assert any("环比上涨2.9%\n和去年同期相比" in a.text for a in found)
