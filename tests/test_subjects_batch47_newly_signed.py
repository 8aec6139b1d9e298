"""Batch 47: 新 'newly' before a category named with a verb (新签约项目, 新签项目) makes the verb act, as 新开工
does: the count is of the projects (项目); 签约项目 opening the phrase stays a category. Invented sentences."""

from tests.snippets import subjects_of


def test_newly_signed_projects_are_projects():
    assert subjects_of("高新区新签约项目15个，总投资80亿元。", "15个") == ["项目"]
    assert subjects_of("全县1至4月新签约项目22个。", "22个") == ["项目"]
    assert subjects_of("工业园新签项目9个。", "9个") == ["项目"]


def test_near_misses_keep_the_category_or_the_noun_after():
    assert subjects_of("农博会昨日闭幕，签约项目18个。", "18个") == ["签约项目"]
    assert subjects_of("全市新签约亿元以上项目12个。", "12个") == ["亿元以上项目"]
    assert subjects_of("今年新签约招商引资项目40个。", "40个") == ["招商引资项目"]
