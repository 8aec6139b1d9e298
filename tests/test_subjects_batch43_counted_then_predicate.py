"""Batch 43: after a counted noun (N名志愿者, N条公交线路) an adverb of manner or a verb opens what those counted do,
and the noun ends before it (predicate_openers.csv): 轮流 (in turn), 临时 (for the time being), 上榜 (are listed),
告别 (leave behind). Near misses: the word opening the noun (12个临时安置点, 上榜企业) stays in it."""

import pytest

from tests.snippets import subjects_of


@pytest.mark.parametrize("sentence, quote, expected", [
    pytest.param("施工期间，途经该路段的5条公交线路临时改道。", "5条", "公交线路", id="lines-diverted-for-now"),
    pytest.param("防汛期间，共有30名教师轮流值守。", "30名", "教师", id="teachers-in-turn"),
    pytest.param("全镇共有86户家庭上榜。", "86户", "家庭", id="households-listed"),
    pytest.param("今年全村300户居民告别危房。", "300户", "居民", id="residents-leave-old-houses"),
    # near misses
    pytest.param("汛前新建12个临时安置点。", "12个", "临时安置点", id="near-miss-temporary-sites"),
    pytest.param("今年上榜企业达到36家。", "36家", "上榜企业", id="near-miss-listed-firms"),
])
def test_a_counted_noun_ends_before_its_predicate(sentence, quote, expected):
    assert subjects_of(sentence, quote) == [expected]
