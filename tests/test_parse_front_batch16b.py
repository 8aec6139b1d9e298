"""Front-page structures of the sixteenth batch, second set, each on a small invented snippet: the
captions of a numbered photo strip (①…, ②…); a caption wrapped right after 图为;
a commentary signed (□本报评论员) right under its last sentence; a bracketed note
under a title; a winners list set in sections; a section name with its English gloss; a photo credit naming only
the body that supplied the picture."""

from __future__ import annotations

import pytest

from tests.snippets import page, parse, stories


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



@pytest.mark.parametrize("note", ["（以得票多少为序）", "（排名不分先后）"])
def test_a_bracketed_note_under_a_title_is_its_subheadline_not_part_of_the_title(note):
    text = "某县2024年度“优秀乡村教师”名单\n" + note + "\n\n" + (
        "经学校推荐、群众投票和专家评审，某县评出\n“优秀乡村教师”10名，现予公布。\n")
    (a,) = stories(text)
    assert (a.headline, a.subheadlines) == ("某县2024年度“优秀乡村教师”名单", [note])


def test_a_title_qualifier_in_brackets_stays_in_the_title():
    (a,) = stories("某县政府工作报告\n（摘要）\n\n过去一年，全县地区生产总值增长6.1%，\n城乡居民收入稳步增长。\n")
    assert (a.headline, a.subheadlines) == ("某县政府工作报告（摘要）", [])


NARROW_NEWS = ("本报讯（记者 王 五）5月8\n日，某县春茶开采，全县\n茶园面积达到12万亩，比\n上年增加0.8万亩。春茶\n产量预计可达到1.5万吨，\n"
               "茶叶综合产值有望突破\n20亿元。今年以来，某县\n新建标准化茶园3000亩，\n培育茶叶龙头企业5家。")
HONOUR_ROWS = ["王小满 东河镇中心小学语文教研组长", "李春生 退休教师、“乡村书屋”创办人", "赵一帆 县第二中学数学教研组组长",
               "孙晓梅 南坪镇中心幼儿园园长", "钱多多 北山乡小学教师", "周明远 石桥镇初级中学校长", "吴晴川 白水村教学点教师",
               "郑秋禾 县特殊教育学校教师", "冯雨生 青龙乡中心小学音乐教师", "陈小溪 红岩镇九年制学校教师"]


def test_a_winners_lists_next_section_continues_the_list_and_the_list_is_a_document():
    text = page("某县2024年度“优秀乡村教师”名单\n（以得票多少为序）\n" + "\n".join(HONOUR_ROWS),
                "“优秀乡村学校”\n东河镇中心小学\n西岭村“山花”教学点\n南坪镇中心幼儿园\n北山乡九年制学校",
                NARROW_NEWS, NARROW_NEWS.replace("5月8", "5月9"))
    arts = stories(text)
    assert [(a.kind, a.headline, a.subheadlines) for a in arts] == [
        ("document", "某县2024年度“优秀乡村教师”名单", ["（以得票多少为序）", "“优秀乡村学校”"]),
        ("news", "", []), ("news", "", [])]
    assert arts[0].text.endswith("北山乡九年制学校")


def test_a_section_name_printed_with_its_english_gloss_in_the_header_is_furniture():
    text = page("7", "城乡建设  CONSTRUCTION", "2024年5月9日 星期四",
                "某县城区道路改造提速",
                "本报讯（记者 王 五）5月8日，记者从县住建局获悉，\n今年以来全县完成背街小巷改造12条。")
    arts = parse(text)
    assert [a.kind for a in arts][:3] == ["furniture"] * 3
    (story,) = [a for a in arts if a.kind != "furniture"]
    assert (story.kicker, story.headline) == ("", "某县城区道路改造提速")


def test_a_photo_credit_naming_only_the_body_that_supplied_it_closes_a_caption_with_that_source():
    text = page("5月1日，游客在某县古镇景区游览。假期\n全县共接待游客12.6万人次。\n某县融媒体中心供图",
                "本报讯（记者 王 五）5月8日，某县春茶开采，全县茶园\n面积达到12万亩。")
    cap = stories(text)[0]
    assert (cap.kind, cap.source, cap.byline, cap.text[-4:]) == ("caption", "某县融媒体中心", [], "万人次。")
