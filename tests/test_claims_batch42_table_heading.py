"""A flattened table of a label and one figure a row whose title and heading row the parser made an item of
two display lines (a teaser), its rows an item of their own: the item holding the title reads the rows printed
right under it, as it does when it holds more lines, so they take the heading's unit, its growth column's
direction and comparison and the title's period (指标名称 同比增长（%） over 工业增加值 6.1)."""

from datetime import date

from tests.snippets import claims_of, parse, raw

DAY = date(2024, 6, 21)
WIRE = ("岚州前5月服务贸易进出口增长11.3%",
        "中新社澄城6月20日电（记者 林一默）岚州省",
        "商务厅20日通报，今年1—5月，岚州服务贸易",
        "进出口额达95.2亿元人民币，同比增长11.3%，",
        "占全省对外贸易总值的比重达8.6%。",
        "截至5月末，全省服务外包企业超过1500家，",
        "在海外设立服务网点26个，从业人员约12万",
        "人。",
        "岚州省商务厅相关负责人表示，随着一批服务",
        "外包园区相继投入运营，预计今年全省服务",
        "贸易进出口额将突破240亿元。")
NEXT = ("5月全省发电量同比增长6.2%",
        "本报讯（记者 吴 川）记者从省能源局获悉，",
        "5月，全省发电量182.4亿千瓦时，同比增长",
        "6.2%。其中，新能源发电量41.5亿千瓦时，",
        "增长15.7%；火电发电量同比下降3.4%。1—5月，",
        "全省累计发电量876.1亿千瓦时，同比增长5.5%。")
ROWS = ("规模以上工业增加值 6.1", "其中：装备制造业 10.4", "固定资产投资 3.9", "房地产开发投资 -7.6",
        "社会消费品零售总额 4.8", "其中：网上零售额 9.2", "进出口总值 2.7", "居民消费价格 0.4", "数据来源：省统计局")


def _table(*heading: str) -> dict:
    text = raw(*WIRE, *heading, *ROWS, *NEXT)
    first = len(WIRE) + len(heading) + 1
    return {c.quote: c for c in claims_of(text, DAY, lead="") if first <= c.line < first + len(ROWS)}


def test_the_page_splits_title_and_rows():
    kinds = [(a.kind, a.headline) for a in parse(raw(*WIRE, "1—5月全省主要经济指标", "指标名称 同比增长（%）",
                                                     *ROWS, *NEXT))]
    assert ("teaser", "1—5月全省主要经济指标") in kinds  # the layout this file is about


def test_rows_under_a_two_line_title_item_are_read():
    rows = _table("1—5月全省主要经济指标", "指标名称 同比增长（%）")
    assert set(rows) == {"6.1", "10.4", "3.9", "-7.6", "4.8", "9.2", "2.7", "0.4"}
    assert rows["6.1"].unit == "%" and rows["6.1"].direction == "increase" and rows["6.1"].comparison == "同比"
    assert rows["-7.6"].direction == "decrease" and rows["-7.6"].value == -7.6
    assert rows["3.9"].period == "2024-01/2024-05"
    assert rows["10.4"].subject == "装备制造业"


def test_each_row_is_read_once():
    text = raw(*WIRE, "1—5月全省主要经济指标", "指标名称 同比增长（%）", *ROWS, *NEXT)
    quotes = [c.quote for c in claims_of(text, DAY, lead="")]
    assert quotes.count("6.1") == 1 and quotes.count("0.4") == 1


def test_near_miss_rows_under_a_plain_title_stay_unread():
    rows = _table("1—5月全省主要经济指标")
    assert not rows  # no heading names a unit: bare figures are no claims
