"""Front-page structures of the seventeenth batch, each on a small invented snippet: an issuer's line
over a 关于… title that the column wrapped, set solid with the title and the document number (no blank
line between)."""

from __future__ import annotations

import pytest

from tests.snippets import page, parse, stories

NEWS = "本报讯 全县今年新建村级文化广场12个，\n覆盖率达到九成。"


@pytest.mark.parametrize("issuer", ["某某市交通运输局", "某某市公安局交通警察支队", "某某县公安局交通警察大队"])
def test_an_issuer_over_a_wrapped_about_title_set_solid_is_the_notices_kicker(issuer):
    text = page(NEWS,
                issuer + "\n关于某某路大修期间实施\n临时交通管制的通告\n某交通〔2024〕5号",
                "因某某路大修施工需要，决定对某\n某路实施交通管制。现将有关事\n项通告如下：\n"
                "一、管制时间：2024年7月1日至\n8月31日。\n特此通告。\n" + issuer + "\n2024年6月20日")
    arts = stories(text)
    assert [(a.kind, a.kicker, a.headline, a.subheadlines) for a in arts[1:]] == [
        ("notice", issuer, "关于某某路大修期间实施临时交通管制的通告", [])]
    assert arts[1].text.startswith("因某某路大修")


def test_an_issuer_over_a_wrapped_about_document_title_set_solid_is_the_documents_kicker():
    text = page(NEWS,
                "某某县人民政府办公室\n关于印发某某县“全民健身”设施提升\n行动方案（2024—2026年）的通知\n某政办发〔2024〕12号",
                "各乡镇人民政府，县政府各部门：\n《某某县“全民健身”设施提升行动方\n案（2024—2026年）》已经县政府同\n"
                "意，现印发给你们，请认真贯彻执行。\n方案提出，到2026年，全县新建健身\n步道50公里。\n某某县人民政府办公室\n2024年6月1日")
    arts = stories(text)
    assert [(a.kind, a.kicker, a.headline, a.subheadlines) for a in arts[1:]] == [
        ("document", "某某县人民政府办公室", "关于印发某某县“全民健身”设施提升行动方案（2024—2026年）的通知", [])]
    assert "12号" not in arts[1].text


LEAD = "本报讯（记者 王 五）5月8日，某县春茶开采，全县茶园\n面积达到12万亩，比上年增加0.8万亩。"


def test_a_special_pages_banner_under_the_date_line_is_furniture():
    text = page("7", "2024年5月9日 星期四", "某县专版·庆祝建县60周年特刊", "某县春茶开采", LEAD)
    arts = parse(text)
    assert [(a.kind, a.furniture) for a in arts[:3]] == [("furniture", "page"), ("furniture", "date"), ("furniture", "section")]
    assert [(a.kind, a.headline) for a in arts[3:]] == [("news", "某县春茶开采")]


@pytest.mark.parametrize("banner", ["国庆特刊", "某某新区专刊", "某县融媒体专版"])
def test_a_short_special_page_banner_is_furniture(banner):
    arts = parse(page("2024年5月9日 星期四", banner, "某县春茶开采", LEAD))
    assert [a.kind for a in arts] == ["furniture", "furniture", "news"]


def test_a_headline_naming_a_special_issue_is_no_banner():
    arts = parse(page("2024年5月9日 星期四", "本报今日推出国庆特刊", LEAD))
    assert [(a.kind, a.headline) for a in arts] == [("furniture", ""), ("news", "本报今日推出国庆特刊")]


def test_a_page_coordinators_credit_opening_the_desk_line_is_furniture():
    text = page("某县春茶开采", LEAD, "本版统筹：赵 六 责编：钱 七 美编：孙 八")
    arts = parse(text)
    assert [(a.kind, a.furniture) for a in arts] == [("news", ""), ("furniture", "desk")]


@pytest.mark.parametrize("span", ["1至8月", "1—8月", "1-8月"])
def test_a_bullet_items_line_over_a_text_opening_on_a_span_of_months_is_its_headline(span):
    text = page("振兴一线",
                "●某镇冷链仓储项目投用\n9月18日，某镇农产品冷链仓储项\n目建成投用，总投资1260万元。",
                "●山区土货“触网”走俏\n" + span + "，全县农产品网络零售\n额达2.7亿元，同比增长26.5%，\n占农产品销售额的比重为18.4%。")
    arts = stories(text)
    assert [(a.kind, a.kicker, a.headline) for a in arts] == [
        ("brief", "振兴一线", "某镇冷链仓储项目投用"), ("brief", "振兴一线", "山区土货“触网”走俏")]
    assert arts[1].text.startswith(span + "，")


def test_a_labelled_boxs_table_title_over_rows_without_a_mark_is_the_boxs_headline():
    text = page(LEAD, "【数据】\n2023年某县主要经济作物种植情况\n作物 面积（万亩） 产量（万吨）\n茶叶 12.6 1.5\n油菜 8.3 1.1\n柑橘 5.2 6.8")
    box = next(a for a in stories(text) if a.kind == "box")
    assert (box.kicker, box.headline) == ("数据", "2023年某县主要经济作物种植情况")
    assert box.text.startswith("作物")
