"""A -raw briefs column whose ● items print their headline after their closing credit.

Class: on a page without blank lines, a 简讯 column sets each ● item as its text, the writer's closing credit on a
line of its own (（县农业）), then the item's headline: the headline line between a signed item and the next ●
item is the signed item's own, not the column's heading over the next item and not a teaser; the next ● opens the
next item even under that line (it ends no sentence). The column's last item keeps its headline when a notice
follows it. Near miss: a ● column whose headlines stand over their items (●标题 ⏎ text) is read as before."""

from tests.snippets import raw, stories

ITEMS = (("●3月2日，某县农业农村局", "组织农技人员下乡，共", "培训农户１２００人次。", "（县农业）", "农技服务进村入户"),
         ("●今年以来，某县新建", "高标准农田２.６万亩，", "完成年度任务的四成。", "（农 办）", "高标准农田建设提速"),
         ("●截至3月1日，全县", "已发放春耕贷款１.８亿", "元，同比增长１２％。", "（金 融）", "春耕贷款同比增一成"))
NOTICE = ("某县人民政府", "关于春季森林防火的通告", "某政告〔2025〕3号", "为做好春季森林防火工作，现通告如下：",
          "一、防火期为3月1日至5月31日。", "某县人民政府", "2025年2月28日")


def briefs(text):
    return [(a.kicker, a.headline, a.text[:6], a.byline) for a in stories(text) if a.kind == "brief"]


def test_each_headline_after_a_credit_is_its_items_own():
    found = briefs(raw("某某日报", "简讯", *[line for item in ITEMS for line in item], *NOTICE))
    assert found == [("简讯", "农技服务进村入户", "3月2日，某", ["县农业"]),
                     ("简讯", "高标准农田建设提速", "今年以来，某", ["农办"]),
                     ("简讯", "春耕贷款同比增一成", "截至3月1日", ["金融"])]


def test_the_notice_after_the_column_keeps_its_issuer_and_title():
    found = [(a.kind, a.kicker, a.headline) for a in stories(raw("简讯", *[line for item in ITEMS for line in item],
                                                                  *NOTICE))]
    assert found[-1] == ("notice", "某县人民政府", "关于春季森林防火的通告")


def test_near_miss_headlines_over_their_items_are_read_as_before():
    found = briefs(raw("简讯", "●农技服务进村入户", "3月2日，某县农业农村局组织农技人员下乡，共培训农户１２００人次。",
                       "●高标准农田建设提速", "今年以来，某县新建高标准农田２.６万亩，完成年度任务的四成。"))
    assert [(k, h, t) for k, h, t, _ in found] == [("简讯", "农技服务进村入户", "3月2日，某"), ("简讯", "高标准农田建设提速", "今年以来，某")]
