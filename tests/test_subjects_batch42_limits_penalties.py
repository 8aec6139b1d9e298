"""Batch 42: the subject of a notice's time limit, a fine and a count that is 全覆盖.

- A time limit asked of the reader (请自…之日起20日内…) or kept at a place (来本院, 到镇政府) still measures the act
  after 内; an act done by the party itself keeps 自行 (自行拆除), and 拆除 and 整改 are acts a notice limits.
- A fine after 并处 stays the fine when its sum is framed by the currency or a total (并处罚金人民币5万元, 并处罚金共计…).
- 全覆盖 after a counted noun opens what is said of it (实现全县9所中学全覆盖 → 中学).
"""

from tests.snippets import subjects_of


def test_near_miss_a_noun_before_the_limit_stays():
    # 补偿款将于…: the noun before the limit is what is limited, not the act after it
    text = "补偿款将于公示期满后10个工作日内直接拨付到户。"
    assert subjects_of(text, "10个工作日内") != ["拨付到户"]


def test_near_miss_safety_coverage_is_one_word():
    # 安全覆盖: 全 belongs to 安全, no 全覆盖 here
    assert subjects_of("新建12处安全覆盖设施。", "12处") != ["安"]
