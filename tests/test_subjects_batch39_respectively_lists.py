"""Batch 39: the items of a 分别 list. The length cut that drops a head noun only the last item prints
(城镇、农村居民 → 农村) never falls inside the last item's own word (商场、书店、菜市场营业率 → 菜市场, not 菜市);
a ranking after the last item (位居前三, 为…前三大伙伴) is no part of it; and a 分别 clause that names only the
measure takes its items from a ranked list in the clause before."""

from tests.snippets import claims_of, one


def _subjects(text: str) -> list[str]:
    return [c.subject for c in claims_of(text) if c.kind not in ("date",)]



def test_cut_does_not_split_the_last_items_word():
    assert one("上月，全区商场、书店、菜市场营业率分别为81%、90%和97.5%。", "97.5%").subject == "菜市场"


def test_cut_does_not_split_a_two_word_item():
    assert one("一季度，水泥、塑料制品产量分别下降6.1%和3.3%。", "3.3%").subject == "塑料制品"


def test_near_miss_cut_before_a_shared_people_noun():
    # 居民 is the head both items share, though the dictionary reads 农村居民 as one word
    assert one("全县城镇、农村居民人均消费支出分别增长5.2%和7.4%。", "7.4%").subject == "农村"


def test_near_miss_cut_before_a_shared_list_head():
    assert one("今年以来，纺织、建材行业用电量分别增长4.4%和2.9%。", "2.9%").subject == "建材"


def test_ranking_after_the_last_item():
    text = "从区域看，青竹镇、石湾乡、柳河街道客流位居全区前三，分别为8.2万、6.4万和5.9万人次。"
    assert one(text, "5.9万人次").subject == "柳河街道"


def test_items_ranked_in_the_clause_before():
    text = "从市场看，日本、韩国、新加坡为该港前三大出口市场，出口额分别增长12.4%、8.1%和3.6%。"
    assert [one(text, q).subject for q in ("12.4%", "8.1%", "3.6%")] == ["日本", "韩国", "新加坡"]


def test_near_miss_no_ranking_in_the_clause_before():
    # the clause before lists places but ranks none: the 分别 clause's own measure stays the subject
    text = "日本、韩国、新加坡客商到会洽谈，出口额分别增长12.4%和8.1%。"
    assert one(text, "12.4%").subject != "日本"
