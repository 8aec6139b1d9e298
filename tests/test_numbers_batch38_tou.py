"""头 before a count: a first-N ordinal only before 一 or a span of time (头3个月, 头一回); after a noun that
ends in 头 (码头, 龙头) the count is an amount like any other. Sentences invented."""

import pytest

from tests.snippets import claims_of


def quotes(sentence: str) -> list[str]:
    return [c.quote for c in claims_of(sentence)]


@pytest.mark.parametrize("sentence, quote", [
    ("去年，全区建成码头12个，新增泊位30个。", "12个"),
    ("全县建成渡口码头三个。", "三个"),
    ("当地培育龙头企业5家，带动农户增收。", "5家"),
])
def test_a_count_after_a_noun_ending_in_tou_is_an_amount(sentence, quote):
    assert quote in quotes(sentence)


@pytest.mark.parametrize("sentence, absent", [
    ("今年头3个月，全市新增市场主体1200户。", "3个月"),
    ("今年头两个月，全市新增市场主体1200户。", "两个月"),
    ("他说，这是村里头一回办起了丰收节。", "一回"),
])
def test_a_first_n_span_or_a_first_time_is_no_amount(sentence, absent):
    assert absent not in quotes(sentence)


@pytest.mark.parametrize("sentence, quote", [
    ("目前12家企业已复工复产。", "12家"),
    ("当前3000余名工人在岗作业。", "3000余名"),
    ("此前8家单位已完成整改。", "8家"),
    ("截至去年年末1200万人参加基本养老保险。", "1200万人"),
])
def test_a_count_after_a_time_word_ending_in_qian_or_mo_is_an_amount(sentence, quote):
    assert quote in quotes(sentence)


@pytest.mark.parametrize("sentence, absent", [
    ("今年前3个月，全市新增市场主体1200户。", "3个月"),
    ("该县综合排名位居全省前三名。", "三名"),
    ("排名末一位的单位将被约谈。", "一位"),
    ("从前两个月看，园区运行平稳。", "两个月"),
    ("节日前3天，景区开始预约。", "3天"),
])
def test_an_ordinal_qian_or_mo_still_names_a_rank_or_span(sentence, absent):
    assert absent not in quotes(sentence)
