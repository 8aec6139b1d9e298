"""Subject classes of batch 34 (a numbered row of spaced cells, a rate named by a box's label), written as invented
pages: none is copied from an edition. Each case failed before its class was fixed; the near misses must stay as
they were."""

from __future__ import annotations

from tests.snippets import claims_of

_LEAD = "今年以来，全县经济延续回升向好态势，为实\n现全年目标打下良好基础。\n\n"


def _subjects(text: str, lead: str = "") -> list[tuple]:
    return [(c.quote, c.subject) for c in claims_of(lead + text)]


def test_a_numbered_row_is_named_by_its_first_cell():
    notice = ("拟对以下困难家庭给予临时救助，现公示如下：\n序号 姓名 所在社区 救助金额\n"
              "1 王秀英 城南社区 3000元\n2 陈立新 城北社区 2500元")
    assert _subjects(notice) == [("3000元", "王秀英"), ("2500元", "陈立新")]


def test_near_miss_a_spaced_phrase_with_no_row_number_keeps_its_noun():
    assert _subjects("全市投入资金 3亿元") == [("3亿元", "资金")]


def test_a_rate_label_run_on_under_a_figure_keeps_its_rate_word():
    box = "【数说上半年】\n7.2%\n\n规模以上工业增加值增速5.1%固定资产投资增速\n"
    assert _subjects(box, _LEAD)[0] == ("7.2%", "规模以上工业增加值增速")


def test_near_miss_a_label_with_no_rate_word_is_as_before():
    box = "【数说上半年】\n826.4亿元\n\n地区生产总值6.1%地区生产总值增速\n"
    assert _subjects(box, _LEAD)[0] == ("826.4亿元", "地区生产总值")
