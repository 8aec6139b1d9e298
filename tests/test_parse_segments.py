"""Article segmentation classes, each on small invented texts (no edition's lines)."""

from __future__ import annotations

import pytest

from frontpage.parse.furniture import furniture_lines
from tests.snippets import parse, stories


@pytest.mark.parametrize("line, kind", [
    ("2025年3月5日 星期三", "date"),
    ("责编：王 一 美编：李 二 校对：赵 三", "desk"),
    ("美编：张 三", "desk"),
    ("第2版 今日12版", "page"),
])
def test_furniture_lines(line, kind):
    assert furniture_lines([line], [False]) == {0: kind}


def test_section_name_under_the_date_line_and_masthead():
    texts = ["某江日报", "2025年3月5日 星期三", "综合新闻", "某县举行春耕动员大会"]
    kinds = furniture_lines(texts, [False, True, False, False])
    assert kinds == {0: "masthead", 1: "date", 2: "section"}


def test_an_advertisement_block_is_furniture_and_no_article():
    text = ("本报讯（记者 王一）3月4日，某县举行春耕动员大会，部署全年工作。\n\n"
            "某某·山水苑\n湖景 低密社区\n咨询热线：8866 1234\n\n"
            "某市新增绿地一百公顷\n\n本报讯（记者 李二）3月4日，某市公布绿化成绩单，全年新增绿地一百公顷。\n")
    arts = parse(text)
    assert [a.kind for a in arts].count("furniture") == 1
    assert [a.headline for a in arts if a.kind == "news"] == ["", "某市新增绿地一百公顷"]


@pytest.mark.parametrize("lead, source, first", [
    ("某州晚报讯（记者 王一）某县今日举行春耕动员大会，部署全年农业工作。", "某州晚报讯", "某县今日"),
    ("某城都市报讯（记者 王一 李二）某县今日举行春耕动员大会，部署全年工作。", "某城都市报讯", "某县今日"),
    ("本報訊（記者 鄭一）某縣今日舉行春耕動員大會，部署全年農業工作。", "本報訊", "某縣今日"),
    ("本报讯（新某县·某县日报记者 王一）某县今日举行春耕动员大会，部署工作。", "本报讯", "某县今日"),
])
def test_source_prefixes_are_stripped_and_kept_as_printed(lead, source, first):
    (a,) = stories(lead + "\n")
    assert (a.kind, a.source, a.text[:4]) == ("news", source, first)
    assert "记者" not in "".join(a.byline) and a.byline


def test_traditional_byline_drops_the_role():
    (a,) = stories("本報訊（記者 鄭嘉欣）某縣今日舉行大會。\n")
    assert a.byline == ["鄭嘉欣"]


@pytest.mark.parametrize("ending, byline, last", [
    ("预计明年建成通车。（苏禾）", ["苏禾"], "预计明年建成通车。"),
    ("预计明年建成通车。（刘 洋）", ["刘洋"], "预计明年建成通车。"),
])
def test_a_closing_credit_is_the_byline(ending, byline, last):
    (a,) = stories("某地大桥合龙\n\n记者从某集团获悉，某地大桥日前顺利合龙。" + ending + "\n")
    assert a.byline == byline and a.text.endswith(last)


def test_briefs_column_each_item_a_brief_with_the_heading_as_kicker():
    text = ("要闻速览\n\n●三条夜间公交线路开通\n\n记者从某局获悉，本市开通三条夜间公交线路。\n\n"
            "●某桥主桥合龙\n\n记者从某集团获悉，某桥主桥日前顺利合龙。\n")
    arts = stories(text)
    assert [(a.kind, a.kicker, a.headline) for a in arts] == [
        ("brief", "要闻速览", "三条夜间公交线路开通"), ("brief", "要闻速览", "某桥主桥合龙")]
    assert arts[1].text.startswith("记者从某集团获悉")


def test_briefs_without_their_own_headline():
    text = "简讯\n\n●近日，某县新开设双语实验班4个。\n\n●今年以来，某州体检人次达4.2万。\n"
    arts = stories(text)
    assert [(a.kind, a.kicker, a.headline, a.text[:2]) for a in arts] == [
        ("brief", "简讯", "", "近日"), ("brief", "简讯", "", "今年")]


RAW_NOTICES = """本报讯（记者 王一）某市中级法院今
日通报执行工作，全年共结案一千二
百件，执行到位金额约三十亿元。
据介绍，该院还上线集成平台，查控
、评估等事务实现网上办理。
某市中级法院执行到位金额约三十亿元
公 告
本院根据某公司的申请，裁定受理某
置业有限公司破产清算一案，并指定
某律师事务所担任管理人。
管理人联系电话：0838-2265 1173
某省某市中级人民法院
二〇二四年三月一日
送达公告
张某：本院受理原告某公司诉你买卖
合同纠纷一案，现依法向你公告送达
起诉状副本。
某省某市某区人民法院
二〇二四年二月二十八日
"""


def test_raw_page_notices_are_one_each_and_the_headline_after_the_body_is_found():
    arts = stories(RAW_NOTICES)
    assert [(a.kind, a.headline) for a in arts] == [
        ("news", "某市中级法院执行到位金额约三十亿元"), ("notice", "公告"), ("notice", "送达公告")]
    assert arts[1].text.endswith("二〇二四年三月一日") and arts[2].text.startswith("张某：")


def test_a_stack_after_two_bodies_goes_to_each_in_order():
    text = ("本报讯（记者 王一）某市法院开展冬季攻坚根治欠薪专项行动，为农民工追回欠薪。\n"
            "该院执行局局长说，欠薪案件一天不执结就一天不松劲。\n"
            "某州晚报讯（记者 李二）某市公安局通报，全年破获电信网络诈骗案件八百起。\n"
            "警方提醒，凡自称客服要求转账的均是诈骗。\n"
            "某市法院冬季攻坚追回欠薪\n"
            "某市警方破获电信网络诈骗案件\n")
    arts = stories(text)
    assert [a.headline for a in arts] == ["某市法院冬季攻坚追回欠薪", "某市警方破获电信网络诈骗案件"]


def test_document_title_is_its_headline_and_a_caption_does_not_split_it():
    text = ("关于进一步优化营商环境\n促进民营经济发展的意见\n\n"
            "为深入贯彻落实有关决策部署，进一步激发经营主体活力，提出如下意见。\n\n"
            "一、总体目标\n\n（一）发展目标。到2025年民营经济增加值突破2.5万亿元，鼓励民营企业参与重大工程和补短板\n\n"
            "图为某市政务服务中心，市民在窗口办理经营范围变更登记。\n\n本报记者 钱 进 摄\n\n"
            "项目建设，确保政府采购工程中小企业份额提高至40%以上。\n")
    arts = stories(text)
    doc = next(a for a in arts if a.kind == "document")
    assert doc.headline == "关于进一步优化营商环境促进民营经济发展的意见"
    assert doc.text.startswith("为深入贯彻") and doc.text.endswith("提高至40%以上。")


def test_a_plain_paragraph_after_a_caption_inside_a_story_carries_that_story_on():
    text = ("全市防汛工作会议召开\n\n"
            "本报讯（记者 王一）5月8日，记者从全市防汛\n"
            "工作会议上获悉，今年汛期将于5月15日开始。\n\n"
            "5月7日，工人在某水库检修闸门。\n"
            "本报记者 李二 摄\n\n"
            "“十四五”以来，我市累计加固堤防86公里，\n"
            "新建泵站12座，城区排涝能力明显提升。\n\n"
            "（下转2版）\n")
    arts = stories(text)
    assert [(a.kind, a.continues_on) for a in arts] == [("news", 2), ("caption", None)]
    assert arts[0].text.endswith("城区排涝能力明显提升。")


PLAN = ("某县城乡供水一体化实施方案\n\n"
        "为加快推进城乡供水一体化，保障群众饮水安全，\n"
        "结合我县实际，制定本方案。\n\n"
        "{first}\n\n"
        "到2025年，全县农村自来水普及率达到98%，规模化\n"
        "供水工程覆盖人口比例达到90%以上。\n\n"
        "图为某镇城乡供水一体化工程的规模化水厂。\n"
        "本报记者 李 明 摄\n\n"
        "（二）工作原则\n\n"
        "坚持统筹规划、分步实施，坚持政府主导、市场运作，\n"
        "确保工程建得成、管得好、用得久。\n")


@pytest.mark.parametrize("first, heads", [
    ("一、总体要求\n\n（一）主要目标", ["一、总体要求", "（一）主要目标", "（二）工作原则"]),
    ("一、总体要求\n（一）主要目标", ["一、总体要求", "（一）主要目标", "（二）工作原则"]),
])
def test_the_first_numbered_headings_under_a_documents_opening_paragraph_keep_the_document_whole(first, heads):
    arts = stories(PLAN.format(first=first))
    assert [a.kind for a in arts] == ["document", "caption"]
    doc = arts[0]
    assert (doc.headline, doc.subheadlines) == ("某县城乡供水一体化实施方案", heads)
    assert doc.text.endswith("用得久。") and arts[1].linked_to == doc.id


def test_a_stack_of_numbered_lines_that_opens_no_list_after_a_story_is_no_heading_of_it():
    arts = stories(PLAN.format(first="三、总体要求\n\n（四）主要目标").split("图为")[0])
    assert all("三、总体要求" not in a.subheadlines for a in arts if a.kind == "document")
