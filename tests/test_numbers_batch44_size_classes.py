"""A bound amount (超, 超过, 以上, 以下) printed before a noun that a count then counts names a class of that noun
by its size (营收超过5亿元的企业有17家: the firms over half a billion are 17); the amount is the class's
threshold, no claim of its own. And 超 (高于, 超过) inside a clause that ends in 的 before the noun a count counts
(水质优于标准的断面有9个, 超过警戒水位的河段有6段) picks which of them are counted: no base, no direction for the
count. Near misses: a count before its noun (超1.3万家商户: how many), a share before its noun and a figure of
another kind (50%以上的税收和60%以上的专利), a display line's decks parted by a space, a real base."""

import pytest

from tests.snippets import claims_of, page

DROPPED = [
    ("去年全区营收超过5亿元的企业有17家。", "17家"),
    ("全县规上企业达到152家，其中产值超5亿元企业7家。", "7家"),
    ("全市签约亿元以上项目64个，其中20亿元以上项目11个。", "11个"),
    ("今年将培育年销售额超亿元的农业龙头企业6家。", "6家"),
    ("单体面积1万平方米以上的商业综合体共有9个。", "9个"),
    ("增速超过15%的行业有8个。", "8个"),
    ("全县共有家庭农场640家，其中年营收80万元以上的152家。", "152家"),  # the noun left out after 的
]


@pytest.mark.parametrize("sentence, count", DROPPED)
def test_a_size_class_threshold_is_no_claim(sentence, count):
    found = [c.quote for c in claims_of(sentence)]
    assert count in found
    assert not any(q.startswith("超") or q.endswith(("以上", "以下")) for q in found if q != count), found


UNCOMPARED = [
    ("全县36座水库中，超过汛限水位运行的水库有11座。", "11座"),
    ("规划确定的40项指标中，达到或超过预期进度的指标31项。", "31项"),
]


@pytest.mark.parametrize("sentence, quote", UNCOMPARED)
def test_a_count_of_those_over_a_level_has_no_base(sentence, quote):
    c = next(c for c in claims_of(sentence) if c.quote == quote)
    assert (c.comparison, c.direction) == (None, None)


KEPT = [
    ("参与活动的线上商户超1.6万家，带动销售额8亿元。", "超1.6万家"),  # a count before its noun: how many
    ("民营企业贡献了全县50%以上的税收和60%以上的专利。", "50%以上"),  # a share, then a figure of another kind
    ("全市接待游客超过800万人次，其中过夜游客120万人次。", "超过800万人次"),
]


@pytest.mark.parametrize("sentence, quote", KEPT)
def test_bound_amounts_that_state_an_amount_stay(sentence, quote):
    assert quote in [c.quote for c in claims_of(sentence)]


def test_a_written_base_of_a_count_stays():
    c = next(c for c in claims_of("今年新开工项目86个，比上年多12个。") if c.quote == "12个")
    assert c.comparison == "同比" and c.direction == "increase"


def test_a_display_lines_decks_are_no_class():
    text = page("夏粮收购额超3亿元 带动农户1.2万户", "本报讯（记者 王 刚）6月20日，全县夏粮收购进入高峰。")
    assert "超3亿元" in [c.quote for c in claims_of(text, lead="")]
