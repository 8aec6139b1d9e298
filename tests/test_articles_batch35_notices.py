"""Batch 35: a notices column's short bare title (法院公告, 公示公告) right over the first notice's own longer
title of the same form (某某区人民法院公告) is the column's name (class: a column title over its notices):
every notice's kicker, not a notice of its own with no text. Every snippet is invented; near misses must
not change."""

from __future__ import annotations

from tests.snippets import raw, stories

FIRST = ("李某某：本院受理原告张某诉你买卖合同纠纷一案，现依法向你公告送达起诉状副本。",
         "公告期为60日，期满即视为送达。",
         "某某县人民法院",
         "2024年3月20日")
SECOND = ("某某市中级人民法院公告",
          "本院于2024年3月16日裁定受理某某公司破产清算一案，债权申报期限为自本公告发布之日起30日内。",
          "某某市中级人民法院",
          "2024年3月18日")


def test_column_title_is_every_notice_kicker():
    arts = stories(raw("本报讯 3月25日，某某市中级人民法院召开新闻发布会。", "法院公告", "某某县人民法院公告", *FIRST, *SECOND))
    notices = [a for a in arts if a.kind == "notice"]
    assert [a.headline for a in notices] == ["某某县人民法院公告", "某某市中级人民法院公告"]
    assert [a.kicker for a in notices] == ["法院公告", "法院公告"]


def test_bare_title_over_its_issuer_stays_the_headline():
    # near miss: a bare title over the issuer's name (no title form under it) is the notice's own title
    arts = stories(raw("本报讯 3月25日，某某市中级人民法院召开新闻发布会。", "公告", "某某县人民法院", *FIRST))
    notices = [a for a in arts if a.kind == "notice"]
    assert len(notices) == 1 and notices[0].headline != ""
    assert "法院公告" not in [a.kicker for a in notices]


def test_title_over_an_about_title_stays():
    # near miss: 公告 ⏎ 关于…的公告 is no column name over a court notice: left as it was read
    before = stories(raw("本报讯 3月25日，某某市召开新闻发布会。", "公告", "关于某某路段封闭施工的公告", *FIRST))
    assert not any(a.kicker == "公告" for a in before)
