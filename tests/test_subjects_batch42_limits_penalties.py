"""Batch 42: the subject of a notice's time limit, a fine and a count that is 全覆盖.

- A time limit asked of the reader (请自…之日起20日内…) or kept at a place (来本院, 到镇政府) still measures the act
  after 内; an act done by the party itself keeps 自行 (自行拆除), and 拆除 and 整改 are acts a notice limits.
- A fine after 并处 stays the fine when its sum is framed by the currency or a total (并处罚金人民币5万元, 并处罚金共计…).
- 全覆盖 after a counted noun opens what is said of it (实现全县9所中学全覆盖 → 中学).
"""

from tests.snippets import subjects_of


def test_a_request_to_act_within_a_limit():
    text = "对名单有异议的，请自本公示发布之日起15日内向县民政局提出书面异议。"
    assert subjects_of(text, "15日内") == ["提出书面异议"]


def test_the_place_the_act_is_done_at_goes():
    text = "请原告自公告之日起30日内来本院领取判决书，逾期视为送达。"
    assert subjects_of(text, "30日内") == ["领取判决书"]


def test_removal_by_the_party_itself():
    text = "违章搭建的棚屋，当事人应自本通告张贴之日起10日内自行拆除。"
    assert subjects_of(text, "10日内") == ["自行拆除"]


def test_putting_right_within_a_limit():
    text = "检查中发现的问题，当事人须自通知下达之日起20日内整改到位。"
    assert subjects_of(text, "20日内") == ["整改到位"]


def test_near_miss_a_noun_before_the_limit_stays():
    # 补偿款将于…: the noun before the limit is what is limited, not the act after it
    text = "补偿款将于公示期满后10个工作日内直接拨付到户。"
    assert subjects_of(text, "10个工作日内") != ["拨付到户"]


def test_a_fine_in_the_currency():
    text = "被告人王某犯诈骗罪，被判处有期徒刑三年，并处罚金人民币5万元。"
    assert subjects_of(text, "5万元") == ["罚金"]


def test_a_fine_totalled():
    text = "其余8名被告人分别被判处有期徒刑一年至四年不等，并处罚金共计260万元。"
    assert subjects_of(text, "260万元") == ["罚金"]


def test_near_miss_a_plain_fine():
    assert subjects_of("法院判处被告人有期徒刑二年，并处罚金3万元。", "3万元") == ["罚金"]


def test_all_covered_ends_the_counted_noun():
    assert subjects_of("今年实现全县9所中学全覆盖。", "9所") == ["中学"]


def test_near_miss_safety_coverage_is_one_word():
    # 安全覆盖: 全 belongs to 安全, no 全覆盖 here
    assert subjects_of("新建12处安全覆盖设施。", "12处") != ["安"]
