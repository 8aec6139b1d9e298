"""Subjects that a predicate rule cut inside the noun (invented sentences, one class each)."""

from __future__ import annotations

import pytest

from frontpage.numbers.subjects import subject_after
from tests.snippets import one


def field(text: str, quote: str, name: str):
    return getattr(one(text, quote), name)


# (class, sentence, quote, subject)
CASES = [
    ("a two-character verb before 着", "50名志愿者守护着河道。", "50名", "志愿者"),
    ("a two-character verb before 着", "8名护林员巡查着山林。", "8名", "护林员"),
    ("a one-character verb of wading before 着", "两名村干部蹚着积水。", "两名", "村干部"),
    ("着 opening a word (着力) is no aspect marker", "3个职能部门着力推进改革。", "3个", "职能部门"),
    ("着 opening a word (着眼) is no aspect marker", "6个街道社区着眼民生需求。", "6个", "街道社区"),
    ("a predicate opener at the start of the noun", "全市出台15项优化营商环境措施。", "15项", "优化营商环境措施"),
    ("a predicate opener at the start of the noun", "全县2万名受益群众签字确认。", "2万名", "受益群众"),
    ("现场 opens a predicate only before a verb", "辖区设立3个现场办公点。", "3个", "现场办公点"),
    ("现场 ending a noun is the noun", "全区120个施工现场。", "120个", "施工现场"),
    ("a noun holding 要 (纪要)", "会议形成3份会议纪要。", "3份", "会议纪要"),
    ("a noun holding 要 (概要)", "课题组编写5份研究概要。", "5份", "研究概要"),
]


@pytest.mark.parametrize("cls, text, quote, subject", CASES, ids=[f"{c[0]}:{c[2]}" for c in CASES])
def test_subject_regression(cls, text, quote, subject):
    assert field(text, quote, "subject") == subject


@pytest.mark.parametrize("right, noun", [
    ("志愿者守护着河道", "志愿者"), ("职能部门着力推进", "职能部门"), ("优化营商环境措施", "优化营商环境措施"),
    ("受益群众签字确认", "受益群众"), ("现场办公点", "现场办公点"), ("施工现场", "施工现场"), ("会议纪要", "会议纪要"),
    ("干部要带头", "干部"), ("农民受益", "农民"), ("专家现场指导", "专家"), ("队员扛着沙袋", "队员"),
])
def test_subject_after_a_measure_word(right, noun):
    assert subject_after(right) == noun
