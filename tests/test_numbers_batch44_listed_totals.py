"""共 before its verb makes a total of every count listed after it with 、 (和, 及) and no verb of its own: the
items of 共设24个大项、305个小项 are both totals, also when each count is printed before its noun (X个大项、Y个小项)
or its noun follows the first count (新生88个班、3960名). Before, only a list whose items each opened on a noun
(共提出议案12件、建议386件) carried 共 on. Near misses: an item with a verb of its own (整改98处), an item after a
clause break (，另有…), a count of another sentence."""

import pytest

from tests.snippets import claims_of

LISTED = [
    ("本届运动会共设24个大项、305个小项。", "305个"),
    ("本届联赛共有36支队伍、420余名球员参赛。", "420余名"),
    ("全县共组建应急队伍58支、3600人。", "3600人"),
    ("今年秋季城区初中共招收新生88个班、3960名。", "3960名"),
]


@pytest.mark.parametrize("sentence, quote", LISTED)
def test_a_count_listed_after_a_total_is_a_total(sentence, quote):
    found = {c.quote: c.comparison for c in claims_of(sentence)}
    assert found[quote] == "共计", found


NOT_LISTED = [
    ("全区共排查隐患126处、整改98处。", "98处"),  # a verb of its own
    ("本届运动会共设24个大项，另有表演项目6个。", "6个"),  # after a clause break
    ("今年共建成公园12个。全市现有公园86个。", "86个"),  # another sentence
]


@pytest.mark.parametrize("sentence, quote", NOT_LISTED)
def test_a_count_with_a_verb_or_clause_of_its_own_is_no_total(sentence, quote):
    found = {c.quote: c.comparison for c in claims_of(sentence)}
    assert found[quote] is None, found


def test_the_first_count_stays_a_total():
    found = {c.quote: c.comparison for c in claims_of("本届运动会共设24个大项、305个小项。")}
    assert found["24个"] == "共计"
