"""A paired kicker (two short phrases set apart by a space, no figure: 消费需求持续回暖 新业态加快成长) over one
phrase giving the news in a figure (1—5月全市社会消费品零售总额增长7.2%) is the kicker; the figure line the
headline, on a page with or without blank lines."""

from tests.snippets import page, raw, stories

BODY = ("本报讯（记者 林 舟）6月18日，市统计局发布1—5月全市经济运行数据。数据显示，",
        "1—5月，全市社会消费品零售总额同比增长7.2%。")


def _news(text):
    return next(a for a in stories(text) if a.kind == "news")


def test_paired_kicker_over_figure_on_raw_page():
    a = _news(raw("消费需求持续回暖 新业态加快成长", "1—5月全市社会消费品零售总额增长7.2%", *BODY))
    assert (a.kicker, a.headline) == ("消费需求持续回暖 新业态加快成长", "1—5月全市社会消费品零售总额增长7.2%")


def test_paired_kicker_over_figure_with_blank_lines():
    a = _news(page("消费需求持续回暖 新业态加快成长", "1—5月全市社会消费品零售总额增长7.2%", "".join(BODY)))
    assert (a.kicker, a.headline) == ("消费需求持续回暖 新业态加快成长", "1—5月全市社会消费品零售总额增长7.2%")


def test_long_second_phrase_is_no_paired_kicker():
    body = ("本报讯（记者 林 舟）“双节”临近，我市多措并举稳定市场供应，", "500吨储备冻猪肉将投放市场。")
    a = _news(raw("“双节”临近 我市多措并举稳定市场供应", "500吨储备冻猪肉将投放市场", *body))
    assert a.headline == "“双节”临近 我市多措并举稳定市场供应"


def test_figure_decks_under_paired_line_keep_the_older_reading():
    a = _news(raw("消费需求持续回暖 新业态加快成长", "零售总额增长7.2% 网上零售额增长15.3%", *BODY))
    assert a.headline == "消费需求持续回暖 新业态加快成长"
