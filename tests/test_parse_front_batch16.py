"""Front-page structures of the sixteenth batch, each on a small invented snippet: a briefs column
set narrower than its items' headlines, its items marked (■) or numbered (1.), each headline line
run straight into its text with no blank line between."""

from __future__ import annotations

from tests.snippets import page, stories


def _briefs(text: str):
    return [(a.kicker, a.headline, "".join(a.paragraphs)[:6]) for a in stories(text) if a.kind == "brief"]


def test_marked_items_of_a_narrow_briefs_column_keep_their_own_headline_lines():
    text = page(
        "农事短讯",
        "■县蔬菜基地新增冷库六座\n近日，县蔬菜基地新\n增冷库6座，总库容\n达到1.2万吨。",
        "■东河镇茶叶订单翻番\n5月10日，记者从东河\n镇获悉，今年春茶订\n单量同比翻了一番。",
        "■山塘水库完成除险加固\n截至目前，全县已有\n12座山塘水库完成\n除险加固。",
    )
    assert _briefs(text) == [
        ("农事短讯", "县蔬菜基地新增冷库六座", "近日，县蔬菜"),
        ("农事短讯", "东河镇茶叶订单翻番", "5月10日，"),
        ("农事短讯", "山塘水库完成除险加固", "截至目前，全"),
    ]


def test_a_numbered_items_headline_wider_than_its_column_is_its_headline_not_its_text():
    text = page(
        "体坛快讯",
        "1.县游泳馆“冬泳角”开放\n12月1日起，县游泳\n馆“冬泳角”每天开\n放至21时。",
        "2.我县弓箭手捧回一批奖牌\n在日前结束的省级\n青少年锦标赛上，\n王小川、李禾分别\n获得男女组冠军。",
        "3.全民健步走活动启动\n12月3日，全民健步\n走活动在滨江公园\n启动。",
    )
    assert [b[1] for b in _briefs(text)] == ["县游泳馆“冬泳角”开放", "我县弓箭手捧回一批奖牌", "全民健步走活动启动"]
    assert _briefs(text)[1][2] == "在日前结束的"


def test_a_marked_paragraph_opening_on_its_text_is_still_a_headless_item():
    text = page(
        "乡镇传真",
        "■9月10日，南坪镇举办\n农民丰收节，吸引游客\n3000余人次。",
        "■近日，北岭乡新建的\n村级冷链仓库投入使\n用。",
    )
    assert [(b[1], b[2]) for b in _briefs(text)] == [("", "9月10日，"), ("", "近日，北岭乡")]


def test_a_dash_deck_naming_a_report_is_the_subheadline_not_the_documents_title():
    text = page(
        "聚焦县两会\n从“任务书”到“成绩单”\n——委员热议政府工作报告",
        " □本报记者 方 远",
        "“报告里写的每一件事，都要\n落到实处。”在东河镇委员驻\n地，县政协委员李青说。",
    )
    news = [a for a in stories(text) if a.kind == "news"]
    assert [(a.kicker, a.headline, a.subheadlines) for a in news] == \
        [("聚焦县两会", "从“任务书”到“成绩单”", ["——委员热议政府工作报告"])]


def test_a_marked_teaser_stack_under_its_banner_is_teasers_not_briefs():
    text = page(
        "要闻导读\n■全县秋粮收购进度过半\n详见2版\n■滨河绿道二期开工\n详见3版\n■让企业办事不再跑腿\n——三论优化营商环境\n详见4版",
        "本报讯 （记者 方远）10月8日，县政府召开常务会议，研究\n部署秋冬季重点工作。",
    )
    teasers = [(a.kicker, a.headline, a.subheadlines, a.continues_on) for a in stories(text) if a.kind == "teaser"]
    assert teasers == [("要闻导读", "全县秋粮收购进度过半", [], 2), ("要闻导读", "滨河绿道二期开工", [], 3),
                       ("要闻导读", "让企业办事不再跑腿", ["——三论优化营商环境"], 4)]


def test_an_organ_line_and_a_serial_number_side_by_side_under_the_masthead_are_furniture():
    text = page(
        "青梧日报\nQINGWU  RIBAO\n中共青梧市委机关报  国内统一连续出版物号 CN 00-0123",
        "2016年5月3日 星期二 第6021期 今日8版",
        "本报讯 （记者 方远）5月2日，全市春播工作全面展开，已播种\n粮食作物12.6万亩。",
    )
    assert [(a.kind, a.headline) for a in stories(text)] == [("news", "")]
