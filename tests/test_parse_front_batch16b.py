"""Front-page structures of the sixteenth batch, second set, each on a small invented snippet: the
captions of a numbered photo strip (①…, ②…); a caption wrapped right after 图为;
a commentary signed (□本报评论员) right under its last sentence."""

from __future__ import annotations

from tests.snippets import page, stories


def test_a_numbered_photo_strips_captions_keep_their_circled_figures_out_of_their_text():
    text = page(
        "本报讯（记者 王 五）5月8日，某县春茶开采，全县茶园\n面积达到12万亩。",
        "①5月8日，茶农在某乡茶园\n采摘春茶。\n本报记者 王 五 摄",
        "②5月8日，某茶厂工人在车\n间加工新茶。\n本报记者 李 四 摄",
    )
    caps = [a for a in stories(text) if a.kind == "caption"]
    assert ["".join(a.paragraphs)[:6] for a in caps] == ["5月8日，茶", "5月8日，某"]


def test_a_caption_whose_line_breaks_after_its_picture_formula_is_one_caption():
    text = page(
        "本报讯（记者 王 五）5月8日，某县春茶开采，全县茶园\n面积达到12万亩。",
        "5月8日，某县茶博会开幕。图为\n游客在展区品茶。\n本报记者 王 五 摄",
    )
    caps = [a for a in stories(text) if a.kind == "caption"]
    assert [("".join(a.paragraphs), a.byline) for a in caps] == [("5月8日，某县茶博会开幕。图为游客在展区品茶。", ["王五"])]


def test_a_commentarys_signature_right_under_its_last_sentence_closes_it():
    text = page(
        "短评\n实事要办到心坎上",
        "民生实事年年办，关键在于办实\n办好。各部门要把群众的评价当作\n检验工作的尺子，一件一件抓落实。\n□本报评论员",
        "本报讯（记者 王 五）5月8日，某县春茶开采，全县茶园\n面积达到12万亩。",
    )
    arts = stories(text)
    assert [(a.kind, a.headline, a.source, a.byline) for a in arts] == [
        ("commentary", "实事要办到心坎上", "本报", []), ("news", "", "本报讯", ["王五"])]
