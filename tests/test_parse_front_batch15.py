"""Front-page structures of the fifteenth batch, each on a small invented snippet: a briefs column
whose items open on a number and then their text at once (1.6月2日，…)."""

from __future__ import annotations

from tests.snippets import stories

NUMBERED_COLUMN = """某县要闻

城区快讯

1.5月8日，县人民医院新建门诊
楼投入使用，新增诊室42间。

2.记者从县交通局获悉，今年以
来，全县新改建农村公路126公
里。

3.县图书馆暑期开放时间延长至
晚上9点，周末照常开放。
"""


def test_numbered_items_with_text_at_once_under_a_column_heading_are_headless_briefs():
    arts = [a for a in stories(NUMBERED_COLUMN) if a.kind != "furniture"]
    briefs = [a for a in arts if a.kind == "brief"]
    assert [(a.kicker, a.headline) for a in briefs] == [("城区快讯", "")] * 3
    assert [a.text[:5] for a in briefs] == ["5月8日，", "记者从县交", "县图书馆暑"]


PAPER_CREDITS = """某县新闻

麦田开镰

6月2日，某镇千亩麦田开镰收割，今
年全镇小麦平均亩产达到480公斤。
青河晚报记者 周 平 摄

游客在某湿地公园观鸟。今年以来，
公园已记录鸟类136种。
青河晚报记者
陈 远 摄

某县举办非遗市集，吸引市民2.1万
人次参与。
青河晚报记者 周 平
通讯员 方 晓 摄
"""


def test_a_photo_credit_naming_the_paper_in_full_closes_its_caption_even_wrapped():
    caps = [a for a in stories(PAPER_CREDITS) if a.kind == "caption"]
    assert [a.text[:4] for a in caps] == ["6月2日", "游客在某", "某县举办"]
    assert [a.byline for a in caps] == [["周平"], ["陈远"], ["周平", "方晓"]]
    assert caps[0].headline == "麦田开镰"
    assert [a.source for a in caps] == ["青河晚报"] * 3


STACK_OVER_PHOTOS = """乡村旅游“热”起来
今年以来接待游客同比增长21.6%

游客在某村花海拍照。眼下，花海
进入最佳观赏期。
本报记者 周 平 摄

某村民宿主人为游客准备农家菜。
本报记者 陈 远 摄

本报讯（记者 方 晓）5月6日，记者从
县文旅局获悉，今年以来，全县乡村旅
游接待游客86.2万人次，同比增长21.6%，
乡村旅游收入达到4.3亿元。

县文旅局将推出10条乡村旅游精品线
路，带动更多村民增收。
"""


def test_a_stack_over_photos_heads_the_headless_story_printed_after_their_captions():
    news = [a for a in stories(STACK_OVER_PHOTOS) if a.kind == "news"]
    assert [(a.kicker, a.headline) for a in news] == [("乡村旅游“热”起来", "今年以来接待游客同比增长21.6%")]
    assert not [a for a in stories(STACK_OVER_PHOTOS) if a.kind == "teaser"]


def test_a_house_glued_before_a_bylines_role_is_no_name():
    from frontpage.parse.articles import parse_names
    assert parse_names("青河融媒体记者\n周 平 通讯员 方晓") == ["周平", "方晓"]


def test_padded_names_pair_in_order_across_a_line_break():
    from frontpage.parse.articles import parse_names
    assert parse_names("记者 方\n晓 周 平") == ["方晓", "周平"]
    assert parse_names("记者 王\n伟伟") == ["王伟伟"]


WRAPPED_MARKED_HEADS = """某 县 简 讯

■城东集中签约
12个项目

6月2日，某县城东新区
举行夏季项目集中签约
活动，12个项目现场签
约，总投资46.2亿元。

■前5月新登记市场
主体超1.3万户

记者从县监管局获悉，
今年1—5月，全县
新登记各类市场主体
13126户，同比增长
12.9%，其中企业3105户。
"""


def test_a_marked_brief_headline_wrapped_once_does_not_run_into_its_text():
    arts = stories(WRAPPED_MARKED_HEADS)
    assert [(a.kind, a.headline) for a in arts] == [
        ("brief", "城东集中签约12个项目"), ("brief", "前5月新登记市场主体超1.3万户")]
    assert arts[1].text.startswith("记者从县监管局")


BOX_TABLES = """某县新闻

本报讯 5月6日，记者从县统计局获悉，
一季度全县经济运行平稳。

【数说】
2024年主要经济指标
指标　　　　总量（亿元）　增长（%）
地区生产总值　　３５６．２　　５．１
一般公共预算收入　２１．４　　３．３

【数据】
一季度各乡（镇、街道）主要指标
地区    生产总值（亿元）    同比增长（%）
城关镇        86.41              5.9
河口镇        54.06              6.3
"""


def test_a_tables_title_under_a_box_label_is_the_boxs_headline():
    boxes = [a for a in stories(BOX_TABLES) if a.kind == "box"]
    assert sorted((a.headline, a.text[:2]) for a in boxes) == [
        ("2024年主要经济指标", "指标"), ("一季度各乡（镇、街道）主要指标", "地区")]
