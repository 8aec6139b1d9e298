"""Reflow: lines back into paragraphs, with every span traceable."""

from __future__ import annotations

import pytest

from frontpage.parse.reading import decode_edition
from frontpage.parse.reflow import clean_spaces, join_lines, undisplay, units


def ed(text: str):
    return decode_edition(text.encode("utf-8"))


def kinds_and_texts(text: str):
    return [(u.kind, u.text) for u in units(ed(text))]


def test_lines_of_a_paragraph_join():
    page = "据统计，山东省累计向重庆投入资金24.2\n亿元，实施援建项目1770个。\n"
    assert kinds_and_texts(page) == [("para", "据统计，山东省累计向重庆投入资金24.2亿元，实施援建项目1770个。")]


def test_a_column_break_inside_a_sentence_is_joined():
    full = "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己"  # 16 em
    page = f"{full}\n{full}\n互派挂职和交流党政干部275名；互派\n\n教师、医生4163名。\n"
    (kind, text), = kinds_and_texts(page)
    assert kind == "para" and "互派教师、医生4163名。" in text


def test_a_paragraph_end_is_not_joined():
    full = "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己"
    page = f"{full}\n{full}\n大家都来了。\n\n{full}\n第二段。\n"
    assert [k for k, _ in kinds_and_texts(page)] == ["para", "para"]


def test_a_two_line_headline_stack_does_not_run_on_across_a_blank_line_into_the_next_headline():
    page = ("本报讯（记者 王一）11月8日，某村图书室正式开放，配置图书3200册。\n\n"
            "乡贤捐资建设乡村图书室\n“书香小院”在某村开放\n\n让好山货走出大山\n\n"
            "小小网店，连着田间地头和千家万户。\n")
    assert [t for k, t in kinds_and_texts(page) if k == "head"] == [
        "乡贤捐资建设乡村图书室“书香小院”在某村开放", "让好山货走出大山"]


def test_a_comma_at_a_column_foot_continues():
    page = "第一句很长很长很长，除国家要求的事项外，\n\n第一批清单增加了20项。\n"
    assert len(units(ed(page))) == 1


def test_an_open_parenthesis_continues():
    page = "新华社北京6月1日电（记\n\n者 王伟）今天开会。\n"
    (u,) = units(ed(page))
    assert u.text.startswith("新华社北京6月1日电（记者王伟）")


def test_a_frame_start_never_continues():
    page = "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己\n甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己\n\n 新华社北京4月21日电 消息。\n"
    assert len(units(ed(page))) == 2


def test_spaced_display_type():
    assert undisplay("加 快 推 动 制 造 业") == "加快推动制造业"
    assert undisplay("□本报记者 吴刚 申晓佳") == "□本报记者 吴刚 申晓佳"  # names stay apart
    assert join_lines(["加 快 推 动 制 造 业 高 质 量 发 展"]) == "加快推动制造业高质量发展"


def test_extraction_spaces_go_latin_spaces_stay():
    assert clean_spaces("3月 20日，全市 11193 个村") == "3月20日，全市11193个村"
    assert clean_spaces("通用电气 （GE）提出") == "通用电气（GE）提出"
    assert clean_spaces("Windows 10 and General Electric") == "Windows 10 and General Electric"
    assert join_lines(["General", "Electric"]) == "General Electric"


def test_markers_are_their_own_units():
    page = "（下转2版）\n □本报记者 吴刚 申晓佳\n\n【核心提示】\n要点文字，\n\n继续。\n\n特约摄影 冉孟军/视觉重庆\n\n2版刊登本报评论员文章\n"
    assert [u.kind for u in units(ed(page))] == ["cont", "byline", "label", "para", "credit", "teaser_ref"]


def test_headline_lines_split_inside_a_phrase_are_joined():
    page = ("正文提到社会保障卡应用状态查询。\n\n标题一行\n\n第一批通办事项，包括补证换证、社会\n\n保障卡应用状态查询等\n")
    heads = [u.text for u in units(ed(page)) if u.kind == "head"]
    assert heads == ["标题一行", "第一批通办事项，包括补证换证、社会保障卡应用状态查询等"]


def test_spans_point_at_the_raw_lines():
    e = ed("本报讯 （记者 杨帆）4月\n21日，大会召开。\n")
    (u,) = units(e)
    assert [(s.line, s.text(e)) for s in u.spans] == [(1, "本报讯 （记者 杨帆）4月"), (2, "21日，大会召开。")]


# A page without blank lines (pdftotext -raw): a line that ends mid-clause short of the column
# only because the number opening the next line did not fit is no paragraph's end.
NUMBER_WRAPPED = [
    ("出口额23.6亿美元，同比增长", "12.8%。其中，东部市场增长"),
    ("全县完成投资7.5亿元，增长", "10.2%，高于全市平均水平。"),
    ("全市粮食总产量比上年增加", "1234.5万吨，创历史新高。"),
]


def _raw_page(short: str, nxt: str) -> str:
    full = "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊"  # 15 em, 16 with its comma
    return "\n".join([f"{full}，", f"{full}，", short, nxt, f"{full}，", f"{full}。"]) + "\n"


@pytest.mark.parametrize("short,nxt", NUMBER_WRAPPED)
def test_a_number_that_did_not_fit_continues_the_line_above(short, nxt):
    texts = [t for _, t in kinds_and_texts(_raw_page(short, nxt))]
    assert any(short + nxt in t for t in texts), texts


def test_a_short_line_before_a_number_that_fits_still_ends():
    # the gap is far wider than the number that follows: a line of its own (a heading)
    texts = [t for _, t in kinds_and_texts(_raw_page("二、重点任务", "5个方面。甲乙丙丁戊己庚辛"))]
    assert not any("重点任务5个" in t for t in texts), texts


def test_a_line_given_no_role_is_left_to_the_rules():
    """Hints (a PDF's geometry, or any other source of line roles) decide a line's role only where
    they name one: a line hinted "" is read by the text rules, as in a text edition."""
    import dataclasses

    page = "全市经济稳中向好\n\n本报讯 一季度全市生产总值增长6%。\n"
    text = ed(page)
    none_given = dataclasses.replace(text, hints=("", "", ""))
    told = dataclasses.replace(text, hints=("body", "", "body"))
    assert [u.kind for u in units(text)] == [u.kind for u in units(none_given)] == ["head", "para"]
    assert [u.kind for u in units(told)] == ["para", "para"]
