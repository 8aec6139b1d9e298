"""The paper's imprint at the page's foot giving its office's address as 社址 (本报社址：某市某路9号 邮政编码：…
零售价：…): page furniture, as an imprint giving it as 地址 already was, not a teaser with a headline of its own.
Near miss: a sentence of a story that speaks of a 社址 stays the story's text."""

from tests.snippets import page, parse

STORY = ("全市春季招聘会举行",
         "本报讯（记者 林立）4月6日，全市春季招聘会在会展中心举行，\n120家企业提供岗位3200个。")


def test_imprint_with_she_zhi_is_furniture():
    arts = parse(page(*STORY, "本报社址：青杉市文昌路9号 邮政编码：100000 零售价：1.50元"))
    assert [a.kind for a in arts if a.kind != "furniture"] == ["news"]
    assert not any("社址" in a.headline for a in arts)


def test_imprint_with_di_zhi_unchanged():
    arts = parse(page(*STORY, "本报地址：青杉市文昌路9号 邮编：100000 广告热线：0000-1234567"))
    assert [a.kind for a in arts if a.kind != "furniture"] == ["news"]


def test_she_zhi_in_a_sentence_stays_text():
    arts = parse(page(*STORY, "本报讯 4月6日，青杉日报社址迁往文昌路9号，\n新址建筑面积1.2万平方米。"))
    assert any("新址建筑面积" in a.text for a in arts if a.kind != "furniture")
