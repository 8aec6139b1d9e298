"""Batch 33: a notice's contact line is the notice's own, not an advertisement, when the notice's
title wraps over three lines of a narrow column, or a date inside an open bracket ends a line of its
text. Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import raw, stories

HEADER = ("社会民生", "2024年6月12日 星期三")
STORY = ("本报讯 近日，某县人社局举办第二届职业技能大赛，共有来自",
         "32家企业的186名选手参赛，评出一等奖6个。")
TITLE = ("某县卫生健康局关于2024年", "第二批拟认定基层特色科室", "名单的公示")
BODY = ("根据相关规定，经单位申报、专家评审，", "拟认定以下8个科室为基层特色科室，",
        "现予以公示。")
CLOSE = ("公示期为5个工作日（2024年6月12日", "至18日）。公示期间如有异议，请以",
         "书面形式向县卫生健康局基层科反映。", "联系电话：0000-1234567")
SIGN = ("某县卫生健康局", "2024年6月11日")
CREDITS = ("责编：周 岚 美编：许 晴",)


def _notice(arts):
    return next(a for a in arts if a.kind == "notice")


def test_wrapped_title_notice_keeps_its_contact_line_and_signer():
    arts = stories(raw(*HEADER, *STORY, *TITLE, *BODY, *CLOSE, *SIGN, *CREDITS))
    notice = _notice(arts)
    assert notice.text.endswith("2024年6月11日")
    assert "联系电话" in notice.text
    assert all(a.headline != "某县卫生健康局" for a in arts)


def test_date_in_an_open_bracket_does_not_close_a_notice():
    # the title on one line (at the page's top): only the bracketed date ends a line of its text
    title = ("关于2024年第二批拟认定基层特色科室名单的公示",)
    arts = stories(raw(*HEADER, *title, *BODY, *CLOSE, *SIGN, *CREDITS))
    notice = _notice(arts)
    assert notice.text.endswith("2024年6月11日") and "联系电话" in notice.text


def test_advertisement_after_a_dated_notice_is_still_an_advertisement():
    # near miss: the notice closes on its signer and date; a contact block after it is an advertisement
    ad = ("某某家电城周年庆", "全场家电八折起", "咨询热线：0000-7654321")
    arts = stories(raw(*HEADER, *STORY, *TITLE, *BODY, *SIGN, *ad, *CREDITS))
    notice = _notice(arts)
    assert notice.text.endswith("2024年6月11日")
    assert all("咨询热线" not in a.text for a in arts)


def test_title_line_after_an_open_sentence_is_not_a_notice_title():
    # near miss: a line with 关于 running on from a sentence that has not ended is no notice's title
    arts = stories(raw(*HEADER, "本报讯 近日，县政府召开常务会议，审议通过了某县卫生健康局",
                       "关于2024年第二批拟认定基层特色科室名单", "的公示等事项。会议还研究了其他工作。"))
    assert all(a.kind != "notice" for a in arts)
