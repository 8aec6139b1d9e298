"""至少 parted from its count by the verb and the noun counted (每个乡镇至少建成示范基地1个): the quote is the
figure alone, the floor still holds (lower_bound), as it does with the verb alone (至少打造3个)."""

from tests.snippets import one


def test_at_least_then_verb_and_object():
    c = one("每个乡镇至少建成农产品冷链仓储点1个。", "1个")
    assert c.qualifier == "lower_bound" and c.value == 1


def test_at_least_then_verb_and_object_of_people():
    c = one("每个行政村至少配备专职网格员2名，确保服务全覆盖。", "2名")
    assert c.qualifier == "lower_bound"


def test_at_least_then_verb_alone_unchanged():
    assert one("今年至少打造3个示范园区。", "3个").qualifier == "lower_bound"


def test_near_miss_most_then_a_time_is_no_hedge():
    assert one("合作社日均发货一万箱，最多时一天发往全国26个省份。", "26个").qualifier is None


def test_near_miss_at_least_in_an_earlier_clause():
    assert one("各校至少开设一门选修课，全市共有中小学128所。", "128所").qualifier is None
