"""Subject classes of batch 44: a deadline 年底前, 月底前, 月末前 (a period's end and 前 'by') is a time phrase as a whole,
before the noun or after it; its 前 is no part of what is measured. Invented sentences, none copied from an
edition; each table holds cases that failed before the fix and near misses that must stay as they were."""

from __future__ import annotations

import pytest

from tests.snippets import subjects_of


@pytest.mark.parametrize("text, quote, expected", [
    ("力争9月底前全县主要河道清淤量达到120万立方米。", "120万立方米", "全县主要河道清淤量"),
    ("确保6月末前城区雨污管网改造长度达到35公里。", "35公里", "城区雨污管网改造长度"),
    ("农村生活污水治理率2027年底前达到70%。", "70%", "农村生活污水治理率"),
    ("城市燃气管道更新里程2026年末前达到260公里。", "260公里", "城市燃气管道更新里程"),
    # near misses: a period without 前, and 前 opening a period of its own
    ("农村生活污水治理率2027年底达到70%。", "70%", "农村生活污水治理率"),
    ("前三季度全市快递业务量达到1.2亿件。", "1.2亿件", "全市快递业务量"),
    ("9月末全市金融机构存款余额为3200亿元。", "3200亿元", "全市金融机构存款余额"),
])
def test_a_deadline_with_qian_is_a_time_phrase(text, quote, expected):
    assert subjects_of(text, quote)[0] == expected
