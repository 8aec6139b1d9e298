"""Containers counted in twenty-foot equivalent units: 标箱 with a measure word (320个标箱) and 标准箱 written in full
(1260万标准箱) are TEU, as 标箱 is. Before, 320个标箱 read as 320 items (个, a wrong unit) and 标准箱 was no unit."""

import pytest

from tests.snippets import claims_of

TEU = [
    ("货轮装载460个标箱机电产品离港。", "460个标箱", 460),
    ("全年集装箱吞吐量达1260万标准箱。", "1260万标准箱", 12600000),
    ("新码头可同时堆存8000个标准箱。", "8000个标准箱", 8000),
    ("前8个月完成集装箱吞吐量68.4万标箱。", "68.4万标箱", 684000),  # near miss: the plain 标箱, unchanged
]


@pytest.mark.parametrize("sentence, quote, value", TEU)
def test_containers_are_teu(sentence, quote, value):
    found = [(c.quote, c.value, c.unit, c.kind) for c in claims_of(sentence) if c.unit != "month"]
    assert found == [(quote, value, "TEU", "measure")]


def test_a_count_of_other_things_stays_a_count():
    assert [(c.quote, c.unit) for c in claims_of("新建3个标准化箱涵。")] == [("3个", "item")]
