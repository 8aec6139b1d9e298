"""Subject classes from batch 30, with invented sentences and near misses that must not change: an adverb or
verb left at the end of a subject (一度, 先后, 尚有, 报考, 游入, a locative 里 before what is done there, 享 before a
benefit), numerals that are part of a name, verbs that introduce the measured noun, and fragments of a word
that must never be a subject."""

import pytest

from frontpage.numbers.subjects import subject_after, subject_before
from tests.snippets import subjects_of


@pytest.mark.parametrize("right, subject", [
    # an adverb or verb opening what the counted noun does ends the noun
    ("座水库水位一度超过警戒线。", "水库"),  # 水位: an attribute of the counted reservoirs
    ("名队员先后赶到现场。", "队员"),
    ("个自然村仍未通车。", "自然村"),
    ("名学生报考，比上年增加", "学生"),
    ("万尾鱼种游入湖中", "鱼种"),
    ("名游客涌入古镇", "游客"),
    ("亩连片菜地里采摘蔬菜。", "连片菜地"),
    # near misses: 水位 in a station's name, 里 in 公里 and in 家里, a noun without a predicate
    ("个水位监测站", "水位监测站"),
    ("公里乡村道路", "公里乡村道路"),
    ("座水库", "水库"),
])
def test_a_predicate_opener_ends_the_counted_noun(right, subject):
    assert subject_after(right).lstrip("座名个万尾亩") == subject


@pytest.mark.parametrize("left, subject", [
    ("河道水位一度", "河道水位"),
    ("全省气温将先后", "全省气温"),
    ("客流量曾经", "客流量"),
    ("尚有欠款", "欠款"),
    ("仍有贫困户", "贫困户"),
    ("还有积雪", "积雪"),
    ("持老年卡乘车享", "持老年卡乘车"),
    ("学生凭证可享", "学生凭证"),
    # near misses: 享 in 共享 and 分享 is part of the noun; 有 inside a word stays
    ("共享单车", "共享单车"),
    ("数据共享", "数据共享"),
    ("全市有效发明专利", "全市有效发明专利"),
])
def test_a_trailing_adverb_or_verb_is_no_part_of_the_subject(left, subject):
    assert subject_before(left) == subject


def test_sentences_with_a_trailing_adverb():
    assert subjects_of("受台风影响，全县有12座水库水位一度超过汛限。", "12座") == ["水库"]
    assert subjects_of("明天起，我省大部地区气温将先后下降5℃至7℃。", "5℃至7℃") == ["我省大部地区气温"]
    assert subjects_of("截至案发，尚有借款320余万元无法归还。", "320余万元") == ["借款"]
    assert subjects_of("今年全县共有1.2万名学生报考，比上年增加600人。", "1.2万名") == ["学生"]
    assert subjects_of("收割机在800亩连片麦田里抢收小麦。", "800亩") == ["连片麦田"]
