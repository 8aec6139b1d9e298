"""Subject classes of batch 40 for a range of counts (3至5个): the measure word is printed once, after the
second number, and the noun right after it is what is counted, as for a single count (5个项目). Invented
sentences, none copied from an edition; each table holds cases that failed before the fix and near misses."""

from __future__ import annotations

import pytest

from tests.snippets import subjects_of


@pytest.mark.parametrize("text, quote, expected", [
    ("今年要抓好3至5个重点产业项目，确保全年投资增长。", "3至5个", "重点产业项目"),
    ("每个乡镇培育2至3家龙头企业。", "2至3家", "龙头企业"),
    ("预计下周将有1至2次明显降温过程。", "1至2次", "明显降温过程"),
    ("新电站建成后可满足5万至7万户家庭的用电需求。", "5万至7万户", "家庭"),
    # near misses: a single count; a range whose noun is printed before it; a range closing on 之间
    ("今年要抓好5个重点产业项目。", "5个", "重点产业项目"),
    ("全县新建学校3至5所。", "3至5所", "学校"),
    ("春节期间景区日客流预计在3万至4万人次之间。", "3万至4万人次", "景区日客流"),
])
def test_a_range_counts_the_noun_after_its_measure_word(text, quote, expected):
    assert subjects_of(text, quote)[0] == expected
