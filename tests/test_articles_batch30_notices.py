"""Batch 30's notice classes: an issuer's name on a line of its own over its notice's bare type (某区人民法院 ⏎
公告) is the kicker, the type the headline, not one headline wrapped before its last word; a court case's
number in the older form with 字第 (（2009）某中法民二初字第45号) under the title is a label, no subheadline.
Near misses must not change."""

from __future__ import annotations

import pytest

from frontpage.parse.reflow import DOCUMENT_NUMBER
from tests.snippets import raw, stories

HEADER = ("法治视线", "2019年11月20日 星期三")
CLOSED = ("本报讯 近日，某县交通运输局对县道两侧的违规广告牌", "集中开展清理，共拆除广告牌86块。",
          "某县交通运输局", "2019年11月18日")
BODY = ("李某某：本院受理原告某某贸易有限公司诉你买卖合同", "纠纷一案，因你下落不明，依照有关规定，向你公告送达",
        "起诉状副本及开庭传票。公告期为60日，期满即视为送达。")


def _notice(*title: str):
    arts = stories(raw(*HEADER, *CLOSED, *title, *BODY, "某县人民法院", "2019年11月15日"))
    return next(a for a in arts if a.kind == "notice" and "李某某" in a.text)


@pytest.mark.parametrize("title, kicker, headline", [
    (("某市某某新区人民法院", "公告"), "某市某某新区人民法院", "公告"),
    (("某市某某新区人民法院", "公 告"), "某市某某新区人民法院", "公告"),
    (("某县公安局交通警察大队", "通告"), "某县公安局交通警察大队", "通告"),
    # near miss: the issuer opening the title's own line is part of the headline
    (("某市某某新区人民法院公告",), "", "某市某某新区人民法院公告"),
])
def test_issuer_over_a_bare_notice_type(title, kicker, headline):
    item = _notice(*title)
    assert (item.kicker, item.headline) == (kicker, headline)


def test_headline_wrapped_before_a_short_last_word_is_still_one():
    # near miss: a long headline line (no issuer's name) over a two-character word it wraps stays one headline
    arts = stories(raw(*HEADER, "全县各乡镇持续加大力度精准滴灌实体", "经济",
                       "本报讯 近日，某县出台多项措施支持小微企业发展，", "累计发放贷款3.2亿元。"))
    assert [a.headline for a in arts if a.kind != "furniture"][0] == "全县各乡镇持续加大力度精准滴灌实体经济"


@pytest.mark.parametrize("number", ["（2009）某中法民二初字第45号", "（2011）某民初字第1127号", "(2010)某刑终字第8号",
                                    "〔2012〕某执字第306号"])
def test_older_court_case_number_under_the_title_is_no_subheadline(number):
    item = _notice("某市中级人民法院", "公告", number)
    assert item.subheadlines == [] and item.text.startswith("李某某")


@pytest.mark.parametrize("line, number", [
    ("（2009）某中法民二初字第45号", True), ("（2011）某民初字第1127号", True),
    ("（2009）全市第45号", False),  # no kind of case named
    ("（2009）年度报告第5号", False),
    ("（2009）民生工程第5批", False),  # no 号 at its end
])
def test_older_case_number_pattern(line, number):
    assert bool(DOCUMENT_NUMBER.match(line)) == number
