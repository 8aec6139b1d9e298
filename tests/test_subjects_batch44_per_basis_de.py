"""Subject classes of batch 44: an amount a standard sets per head or per time (每生每年, 每人每月, 每餐) printed
before 的 and a noun that closes its clause measures that noun (可申请每生每年1500元的生活补助 → 生活补助), as a count
or a duration after a verb does. Invented sentences, none copied from an edition; each table holds cases that
failed before the fix and near misses that must stay as they were."""

from __future__ import annotations

import pytest

from tests.snippets import subjects_of


@pytest.mark.parametrize("text, quote, expected", [
    ("困难家庭大学新生可申请每生每年1500元的生活补助。", "1500元", "生活补助"),
    ("社区老人在助餐点用餐，还可按户籍享受每餐3元的就餐补贴。", "3元", "就餐补贴"),
    # near misses: no basis before the amount, and a noun before the amount
    ("全县发放生活补助1500元。", "1500元", "生活补助"),
    ("生活补助标准为每生每年1500元。", "1500元", "生活补助标准"),
])
def test_a_standard_per_head_measures_the_noun_after_de(text, quote, expected):
    assert subjects_of(text, quote)[0] == expected
