"""A box of facts set as cells (规上工业增加值 增长7.6%) ends at the first line that is not: a foot stack is no fact.

Class: on a page without blank lines, a 【数据链接】 box lists its facts one a line, a label and its figure set
apart as two cells (社会消费品零售总额 326.4亿元). The page's lead prints its kicker, headline and deck at the
very foot, right under the box (前5个月经济运行稳中有进 ⏎ 规上工业增加值同比增长7.6% ⏎ …), each line shaped like
a fact but set as one run of words. Once a box's facts are cells, a line with no cell break is no longer
the box's: it is the stack of a story. Near miss: a box whose facts are set as one run each (城镇新增就业33.6万人)
keeps them all."""

from tests.snippets import raw, stories

LEAD = ("本报讯 6月26日，记者从市统计局获悉，", "1—5月，全市经济运行稳中有进，规上", "工业增加值同比增长7.6%，社会消费品",
        "零售总额326.4亿元。")
BOX = ("【数据链接】", "1—5月全市主要指标", "规上工业增加值 增长7.6%", "社会消费品零售总额 326.4亿元", "进出口总额 215.7亿元",
       "居民消费价格 上涨0.3%")
STACK = ("前5个月经济运行稳中有进", "规上工业增加值同比增长7.6%")


def test_a_foot_stack_under_a_box_of_cell_facts_is_not_the_boxs():
    found = stories(raw(*LEAD, *BOX, *STACK))
    box = [a for a in found if a.kind == "box"]
    assert len(box) == 1 and box[0].text.split("\n")[-1] == "居民消费价格 上涨0.3%"
    assert all("经济运行稳中有进" not in a.text for a in box)


def test_near_miss_a_box_of_run_on_facts_keeps_them_all():
    found = stories(raw(*LEAD, "【数据链接】", "1—5月全市主要指标", "城镇新增就业3.6万人", "新增市场主体1.2万户", "新开工项目86个"))
    box = [a for a in found if a.kind == "box"]
    assert len(box) == 1 and "新开工项目86个" in box[0].text
