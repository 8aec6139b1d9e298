"""Batch 38: verbs of collecting, defrauding, setting out, allocating, sealing up and including introduce the
counted noun (揽收包裹, 骗取钱款, 布置盆栽, 配属车辆, 查封车辆, 收录词条); 就近 and 受骗 open what a counted noun does;
a verb inside a later item of a 等 list (融资, 私设) is part of the item, the whole list is what is counted."""

from tests.snippets import one



def test_lanshou_introduces_parcels():
    assert one("上周，全区快递企业共揽收邮件包裹86万件。", "86万件").subject == "邮件包裹"


def test_lanshou_closing_the_phrase_names_the_measure():
    # 揽收 with no object after it names what is measured, as 投资 does
    assert one("双十一当天，县城快递网点单日揽收4.3万件。", "4.3万件").subject == "县城快递网点单日揽收"


def test_pianqu_introduces_the_money():
    assert one("经查，两名嫌疑人骗取保证金共计12.5万元。", "12.5万元").subject == "保证金"


def test_buzhi_introduces_the_displays():
    assert one("今年灯会共布置主题灯组约160组。", "约160组").subject == "主题灯组"


def test_peishu_introduces_the_stock():
    assert one("新线开通后配属电动公交车48辆。", "48辆").subject == "电动公交车"


def test_chafeng_introduces_the_assets():
    assert one("执行中，法院查封商铺9间。", "9间").subject == "商铺"


def test_shoulu_introduces_the_items():
    assert one("新版县志共收录人物传记214篇。", "214篇").subject == "人物传记"


def test_jiujin_ends_the_counted_noun():
    assert one("产业园建成后可带动600名村民就近务工。", "600名").subject == "村民"


def test_shoupian_ends_the_counted_noun():
    assert one("警方通报：一周内38名学生受骗。", "38名").subject == "学生"


def test_shangdang_shoupian_ends_the_counted_noun():
    # 上当受骗: the noun ends before 上当, not inside the verb
    assert one("警方通报：一周内38名学生上当受骗。", "38名").subject == "学生"


def test_near_miss_jiujin_inside_a_noun_before_the_count():
    # 就近 printed before the number is part of the phrase measured, no predicate of a counted noun
    assert one("全县就近就业人数达到1.2万人。", "1.2万人").subject == "全县就近就业人数"


def test_list_with_verbs_inside_its_items():
    assert one("街道为商户解决招工、贷款等难题230个。", "230个").subject == "招工、贷款等难题"
    assert one("巡查发现乱堆杂物、私设摊点等问题57处。", "57处").subject == "乱堆杂物、私设摊点等问题"


def test_near_miss_list_before_a_verb_of_its_own():
    # after 等 and its noun a verb acts: the noun after that verb is counted
    assert one("质监所会同公安、税务等部门开展检查15次。", "15次").subject == "检查"
