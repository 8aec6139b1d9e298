"""Batch 42: words that open a subject's phrase without being part of it: the conjunction 但/但是 (a contrast with
the clause before: 但高技能人才占比 → 高技能人才占比) and 控制在 (a debt held within a limit: 控制在省核定的债务限额
80亿元以内 → 省核定的债务限额)."""

from tests.snippets import subjects_of


def test_but_opening_the_subject():
    text = "去年全县新增技能人才3200人，但高级技工占技能人才总量的比重不足一成。"
    assert subjects_of(text, "不足一成") == ["高级技工占技能人才总量的比重"]


def test_but_shi_opening_the_subject():
    text = "全市商品房销售面积有所回升，但是住宅库存去化周期仍长达20个月。"
    assert subjects_of(text, "20个月") == ["住宅库存去化周期"]


def test_a_debt_held_within_its_limit():
    text = "年末全县政府债务余额45.2亿元，控制在省核定的债务限额50.6亿元以内。"
    assert subjects_of(text, "50.6亿元") == ["省核定的债务限额"]


def test_near_miss_a_noun_before_kong_zhi_zai():
    assert subjects_of("全年能耗总量控制在120万吨标准煤以内。", "120万吨标准煤以内") == ["能耗总量"]


def test_near_miss_dan_inside_a_noun():
    assert subjects_of("今年全市新增单位蛋品加工企业12家。", "12家") != ["品加工企业"]
