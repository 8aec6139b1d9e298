"""Front-page structures of the sixteenth batch, each on a small invented snippet: a briefs column
set narrower than its items' headlines, its items marked (■) or numbered (1.), each headline line
run straight into its text with no blank line between."""

from __future__ import annotations

from frontpage.parse.reading import decode_edition
from frontpage.parse.reflow import units
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


# A headless lead (printed body-first) and, below it, five items with their own headlines: the page
# whose foot stack the two tests below give to the lead, or not.
HEADLESS_LEAD_THEN_HEADED_ITEMS = (
    "本报讯 （记者 林一）11月2日，全县\n秋季植树造林现场会在青山镇召开，\n全县今年完成植树造林2.4万亩。",
    "会议要求，各乡镇要抓住有利时机，\n确保春季造林任务如期完成。",
    "东湖公园改造完工",
    "本报讯 近日，东湖公园改造工程完工，\n新增步道3公里。",
    "县医院新门诊楼启用",
    "本报讯 11月1日，县医院新门诊楼正式\n启用，设有诊室120间。",
    "城南小学扩建开工",
    "本报讯 10月30日，城南小学扩建工程\n开工，新增学位900个。",
    "冬季供暖准备就绪",
    "本报讯 县热力公司冬季供暖准备工作\n日前就绪，供暖面积达到180万平方米。",
    "短评",
    "植绿护绿贵在坚持",
    "植树造林不是一阵风，种下去\n还要管起来，久久为功。",
)


def test_a_body_first_leads_stack_at_the_pages_foot_heads_the_lead_past_five_headed_items():
    text = page(
        *HEADLESS_LEAD_THEN_HEADED_ITEMS,
        "全县秋季植树造林现场会在青山镇召开",
        "绿 满 青 山 再 添 新 景",
        "今年完成植树造林2.4万亩",
    )
    lead = stories(text)[0]
    assert (lead.kicker, lead.headline) == ("全县秋季植树造林现场会在青山镇召开", "绿满青山再添新景")
    assert lead.subheadlines == ["今年完成植树造林2.4万亩"]
    assert not [a for a in stories(text) if a.kind == "teaser"]


def test_a_winners_list_and_a_features_stack_after_an_editors_note_are_not_the_notes():
    text = page(
        "【编者按】\n经过群众推荐和专家评审，2025年度青川\n“最美护林员”评选结果日前揭晓。本报\n今起陆续刊发他们的故事，敬请关注。",
        "2025年度青川“最美护林员”名单\n（按姓氏笔画排序）",
        "石大山 北岭林场护林员\n冯小溪 南坡村护林员、巡山队队长\n陶文 东沟林区护林员\n"
        "贺春生 西岭林场退休职工\n白雪梅 青川自然保护区管护员",
        "寻找最美护林员\n守山三十年\n——记“最美护林员”石大山\n □本报记者 林 木",
        "每天清晨，石大山都要沿着北岭\n的山路走上一圈，一走就是三十\n年。",
    )
    arts = stories(text)
    note = next(a for a in arts if a.kind == "box")
    assert "".join(note.paragraphs).endswith("敬请关注。")
    assert note.subheadlines == []
    assert not any("石大山" in a.headline or "石大山" in "".join(a.paragraphs) for a in arts if a.kind == "box")
    feature = next(a for a in arts if a.headline == "守山三十年")
    assert (feature.kicker, feature.subheadlines) == ("寻找最美护林员", ["——记“最美护林员”石大山"])


def test_a_lists_rows_end_at_a_blank_line_and_do_not_run_on_into_the_next_section():
    text = page(
        "【编者按】\n经过群众推荐和专家评审，2025年度青川\n“最美护林员”评选结果日前揭晓。本报\n今起陆续刊发他们的故事，敬请关注。",
        "2025年度青川“最美护林员”名单\n（按姓氏笔画排序）\n石大山 北岭林场护林员\n冯小溪 南坡村护林员、巡山队队长\n"
        "陶文 东沟林区护林员\n贺春生 西岭林场退休职工\n白雪梅 青川自然保护区巡山管护站站长",
        "“最美护林集体”\n北岭林场第一管护站\n青川自然保护区巡护队",
    )
    ed = decode_edition(text.encode("utf-8"))
    rows = next(u for u in units(ed) if "石大山" in u.text)
    assert rows.lines[-1] == 12


def test_a_stack_at_the_pages_foot_that_barely_echoes_a_far_headless_lead_is_not_the_leads():
    # the same page, but the stack at the foot is another item's (its body printed elsewhere): it shares
    # a place name and a season with the lead five items up, no more, so the lead does not take it
    text = page(
        *HEADLESS_LEAD_THEN_HEADED_ITEMS,
        "青山镇秋季旅游节开幕",
        "游客人数创新高",
    )
    lead = stories(text)[0]
    assert (lead.kicker, lead.headline, lead.subheadlines) == ("", "", [])
    assert not any("旅游节" in a.headline for a in stories(text) if a.kind != "teaser")
