"""Inside pages and reports of the twelfth batch's classes, on invented snippets (never an edition's
lines): a table of two cells a row under its 单位 line, in full-width digits; a document whose title
is printed after its first section; notices run together; a bullet brief's headline over a text
opening on a figure."""

from __future__ import annotations

from tests.snippets import stories


def raw(*lines: str) -> str:
    """A pdftotext -raw page: no blank line anywhere."""
    return "\n".join(lines) + "\n"


def blank(*lines: str) -> str:
    """A page whose units are set apart by blank lines ("" is a blank line)."""
    return "\n".join(lines) + "\n"


# --- a flattened table whose rows are a name and one figure ----------------------------------------

def _two_tables() -> str:
    return blank("某川县2023年农业经济统计公报", "", "一、种植业", "",
                 "2023年，全县粮食播种面积62.4万亩，", "比上年增加0.8万亩；粮食总产量21.6", "万吨，增长1.2%，连续五年保持稳定。", "",
                 "表1　2023年主要农产品产量", "产品名称　单位　产量　比上年增长（%）", "稻谷　万吨　41.2　1.5",
                 "玉米　万吨　6.1　-0.8", "油菜籽　万吨　3.3　2.4", "茶叶　吨　860.0　7.9", "", "表2　2023年全县分品种主要农产品单产增速", "单位：%", "粮食作物种植业　１２．４",
                 "蔬菜和食用菌种植业　－０．８", "油料和糖料作物种植业　２．６", "茶叶种植业　７．３", "", "二、畜牧业", "", "年末全县生猪存栏21.3万头，比上年末", "增长1.4%，全年生猪出栏35.2万头。")


def test_rows_of_a_name_and_a_full_width_figure_under_a_unit_line_are_no_headline_stack():
    (doc,) = stories(_two_tables())
    assert doc.headline == "某川县2023年农业经济统计公报"
    assert doc.subheadlines == ["一、种植业", "二、畜牧业"]
    assert "蔬菜和食用菌种植业 －０．８" in doc.text
