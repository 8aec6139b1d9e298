"""A commentary signed at its foot, and a wire headline alone above its dateline, on a page with blank lines.

Class: a commentary (■本报评论员 after its last paragraph, a blank line between) under a headline of its
own, set after a signed feature: the signature closes the unsigned text above it, and the lone headline
over that text is the commentary's, not a 小标题 of the feature. Class: a headline alone over a 新华社
dateline is that wire item's headline, not a teaser. Near miss: a commentary signed over its text
(■本报评论员 ⏎ its text) keeps that text, and the signed report above it keeps its own."""

from tests.snippets import page, stories

FEATURE = ("某某日报", "走基层", "雪夜里的“守护者”", "——记某某供电所抢修班长林涛", " □本报记者 方 舟",
           "凌晨一点，山区线路覆冰告急。林涛带领抢修班冒雪出发。",
           "“线路不通，群众就过不好年。”林涛说。这已是他连续值守的第十个春节。")
COMMENTARY = ("让万家灯火温暖每一个夜晚",
              "保供电就是保民生。从加密巡线到提前储备物资，每一项准备都为了让群众过一个温暖的冬天。", "■本报评论员")
WIRE = ("能源保供形势总体平稳",
        "新华社北京1月10日电（记者 李 楠）记者10日从国家能源局获悉，今冬全国最高用电负荷达到13.5亿千瓦，同比增长5.2%。")


def items(text):
    return [(a.kind, a.headline, a.subheadlines, a.paragraphs[0][:8] if a.paragraphs else "")
            for a in stories(text)]


def test_a_commentary_signed_at_its_foot_is_cut_from_the_feature_above():
    assert items(page(*FEATURE, *COMMENTARY, *WIRE)) == [
        ("news", "雪夜里的“守护者”", ["——记某某供电所抢修班长林涛"], "凌晨一点，山区线"),
        ("commentary", "让万家灯火温暖每一个夜晚", [], "保供电就是保民生"),
        ("wire", "能源保供形势总体平稳", [], "记者10日从国家"),
    ]


def test_a_wire_headline_alone_over_its_dateline_after_a_signature():
    found = items(page(*FEATURE, *COMMENTARY, *WIRE))
    assert found[-1] == ("wire", "能源保供形势总体平稳", [], "记者10日从国家")


def test_near_miss_a_commentary_signed_over_its_text_keeps_it():
    found = items(page("某某日报", "全市春耕生产有序推进", "本报讯（记者 王 川）3月5日，全市春耕生产现场会召开，全市已完成春播面积12万亩。",
                       "让春耕更有底气", "■本报评论员", "春耕备耕，时不我待。各地要把服务送到田间地头，让农民种得放心。"))
    assert found == [("news", "全市春耕生产有序推进", [], "3月5日，全市春"), ("commentary", "让春耕更有底气", [], "春耕备耕，时不我")]
