"""A notice's title wrapped by the column at a notices page's top or after an agency line: one title.

Class: on a notices page without blank lines, a long notice title is wrapped by the column wherever it
ends (某市自然资源和规划局国有建设用 ⏎ 地使用权挂牌出让公告; 某市第二人民医院2025年公开招聘 ⏎ 编外护理人员公告).
Right after another notice's closing date the two lines are already read as one title; the same holds
when only page furniture stands between (the page's top: its number, date and section name; a standing
line naming who sells the page's advertising, 本版广告由某报广告部统一代理, itself furniture). Near misses:
an issuer's name over a short title stays its kicker, and a title wrapped after 关于 is one title as before."""

from tests.snippets import parse, raw

TOP = ("7", "2024年12月20日 星期五", "公告·声明")
LAND = ("某某市自然资源和规划局国有建设用", "地使用权挂牌出让公告", "某自然资告字〔2024〕18号",
        "经某某市人民政府批准，某某市自然资源", "和规划局决定以挂牌方式出让2宗国有建", "设用地使用权。", "特此公告。",
        "某某市自然资源和规划局", "2024年12月16日")
HIRE = ("某某市第二人民医院2025年公开招聘", "编外护理人员公告", "因工作需要，我院拟公开招聘编外护", "理人员20名。",
        "特此公告。", "某某市第二人民医院", "2024年12月18日")


def notices(text):
    return [a for a in parse(text) if a.kind == "notice"]


def test_a_wrapped_notice_title_at_the_top_of_a_notices_page():
    found = notices(raw(*TOP, *LAND))
    assert [a.headline for a in found] == ["某某市自然资源和规划局国有建设用地使用权挂牌出让公告"]
    assert found[0].text.startswith("经某某市人民政府批准")


def test_a_wrapped_notice_title_under_an_advertising_agency_line():
    found = notices(raw(*TOP, *LAND, "本版广告由某某日报广告部统一代理", *HIRE))
    assert [a.headline for a in found] == ["某某市自然资源和规划局国有建设用地使用权挂牌出让公告",
                                           "某某市第二人民医院2025年公开招聘编外护理人员公告"]
    agency_line = len(TOP) + len(LAND) + 1
    assert [a.kind for a in parse(raw(*TOP, *LAND, "本版广告由某某日报广告部统一代理", *HIRE))
            if a.lines == [[agency_line, agency_line]]] == ["furniture"]


def test_near_miss_an_issuer_over_a_short_title_stays_its_kicker():
    found = notices(raw(*TOP, "某某市第二人民医院", "招聘公告", "因工作需要，我院拟公开招聘编外护", "理人员20名。", "特此公告。",
                        "某某市第二人民医院", "2024年12月18日"))
    assert [(a.kicker, a.headline) for a in found] == [("某某市第二人民医院", "招聘公告")]
