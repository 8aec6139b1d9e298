"""Batch 40: a box's label printed unbracketed on a line of its own (温馨提示 ⏎ 高温天气来临，某某提醒市民：…), as
【温馨提示】 is bracketed: the box of practical advice opens there, it is no 小标题 of the story above. Every snippet
is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import raw, stories

HEADER = ("6", "2024年7月2日 星期二", "民生")
STORY = ("市医保局负责人就慢病新政答记者问", " □本报记者 韦 岚", "近日，市医保局印发慢性病门诊保障新政，自8月1日起执行。",
         "问：参保人员如何享受新待遇？", "答：无需另行申请，在定点医疗机构就医时可直接结算。", "如有疑问，可拨打医保服务热线咨询。")
TIP = ("高温天气来临，市疾控中心提醒市民：", "尽量避免在午后外出；出现头晕、乏力等", "中暑症状应立即到阴凉处休息。")


def test_bare_label_opens_a_box():
    arts = stories(raw(*HEADER, *STORY, "温馨提示", *TIP))
    box = next(a for a in arts if a.kind == "box")
    assert box.kicker == "温馨提示" and box.text.startswith("高温天气来临")
    assert "温馨提示" not in arts[0].subheadlines and not arts[0].text.endswith("应立即到阴凉处休息。")


def test_label_words_inside_a_headline_stay_a_headline():
    # near miss: the words inside a longer line are no box label
    arts = stories(raw(*HEADER, *STORY, "市疾控中心发布防暑温馨提示", "本报讯 高温天气来临，市疾控中心提醒市民：", *TIP[1:]))
    assert not any(a.kind == "box" and a.kicker == "温馨提示" for a in arts)
