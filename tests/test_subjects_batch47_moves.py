"""Batch 47: a move or an activity verb right after a count (深入, 下沉, 上路, 进场, 进行) opens the count's
predicate; the counted noun is the one printed before the number. Invented sentences."""

from tests.snippets import subjects_of


def test_a_move_after_a_count_leaves_the_noun_before_it():
    assert subjects_of("农业农村局组织专家32名深入田间指导抗旱。", "32名") == ["专家"]
    assert subjects_of("县委选派干部50名下沉到村开展帮扶。", "50名") == ["干部"]
    assert subjects_of("交警部门增派警力200人次上路疏导交通。", "200人次") == ["警力"]
    assert subjects_of("招聘会吸引求职者约3000人次进场。", "约3000人次") == ["求职者"]
    assert subjects_of("疾控中心在全县抽取城乡居民共500人进行体检。", "500人") == ["城乡居民"]
    assert subjects_of("质监站共抽取样品120批次。", "120批") == ["样品"]  # 抽取: a verb that introduces what is counted


def test_near_misses_keep_the_noun_after_the_count():
    assert subjects_of("城区新建3个下沉式广场。", "3个") == ["下沉式广场"]
    assert subjects_of("全县58个村庄进行改造。", "58个") == ["村庄"]
