"""Batch 40: a notice's contact line right over its signer and closing date (联系电话：… ⏎ 某区卫生健康局 ⏎
2025年9月15日), after a blank line inside the notice: the notice's sign-off, not an advertisement. Every
snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, parse, stories

TOP = ("6", "公示公告")
NOTICE = ("关于2025年度区级“优秀社区卫生服务站”拟表彰对象的公示",
          "经申报、推荐、评审，拟表彰区级“优秀社区卫生服务站”10个，现予公示，\n公示期为5个工作日。",
          "公示期间，如有异议，请以书面形式向区卫生健康局反映。")


def test_contact_line_over_signer_and_date_is_the_notice_sign_off():
    arts = stories(page(*TOP, *NOTICE, "联系电话：0000-6671025\n某区卫生健康局\n2025年9月15日"))
    notice = next(a for a in arts if "优秀社区卫生服务站" in a.headline)
    assert notice.text.endswith("2025年9月15日") and "联系电话：0000-6671025" in notice.text


def test_contact_lines_of_an_advertisement_stay_furniture():
    # near miss: an advertisement's contact lines with no issuer and date under them
    ad = "某某家政服务 专业保洁 上门维修\n联系电话：0000-6671025\n地址：某区文昌路18号"
    arts = parse(page(*TOP, *NOTICE, ad))
    assert any(a.kind == "furniture" and "联系电话" in "".join(p.text for p in a.parts) for a in arts)
