"""Subject classes of batch 40: a whole scope alone before a figure (全省, 全市, 全县) says where; the noun right
after the count or share says what is counted (覆盖全市六成以上行政村 → 行政村), of two characters or
more; with no noun after it the scope stays (全村共有386户), and so it does before a one-character noun (全镇25个村,
the batch-26 convention). 接种门诊 is one noun (compound_heads). Invented
sentences, none copied from an edition; each table holds cases that failed before the fix and near misses."""

from __future__ import annotations

import pytest

from tests.snippets import subjects_of


@pytest.mark.parametrize("text, quote, expected", [
    ("力争明年覆盖全市七成以上行政村。", "七成以上", "行政村"),
    ("全县九成以上社区建成老年食堂。", "九成以上", "社区"),
    ("全县31个接种门诊已全部开诊。", "31个", "接种门诊"),
    # near misses: no noun after the figure; a noun before it; a noun after a scope and more
    ("全村共有412户，1530人。", "412户", "全村"),
    ("全县新建学校12所。", "12所", "学校"),
    ("全镇18个村已完成改造。", "18个", "全镇"),
    ("全县规模以上工业企业达到260家。", "260家", "全县规模以上工业企业"),
])
def test_a_scope_alone_gives_way_to_the_noun_after_the_figure(text, quote, expected):
    assert subjects_of(text, quote)[0] == expected
