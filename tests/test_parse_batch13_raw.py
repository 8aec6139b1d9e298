"""Inside pages and reports of the thirteenth batch's classes, on invented snippets (never an
edition's lines): the stacks of a page's leads printed together at the page's foot, after every body
and after an item that has its own headline."""

from __future__ import annotations

from tests.snippets import raw, stories


# --- the stacks of a lead and of a wire item printed after all bodies, below a titled notice -------

def _foot_stack_page() -> str:
    return raw("某县日报讯（记者 王 一 通讯员 李",
               "二）4月2日，全县春季植树动员会召开，", "部署今年植树造林任务。今年全县计划",
               "完成植树造林2.6万亩，新建苗圃基地", "12处，义务植树参与人数达到8万人次。",
               "会议要求，各乡镇要落实苗木供应，", "确保植树成活率达到90%以上。",
               "新华社北京4月1日电（记者 赵 三）记者",
               "1日从国家林草局获悉，一季度全国完成", "国土绿化面积1800万亩，同比增长6.2%，",
               "其中人工造林面积520万亩。",
               "植树快讯", "●东坡镇开展义务植树活动", "3月30日，东坡镇组织干部群众200余", "人开展义务植树，栽下树苗3000株。",
               "●西岭乡设立苗木供应点", "西岭乡投入资金12万元，设立苗木供应", "点4处，方便群众就近购苗。",
               "绿色守望者", "苗圃里的“育苗人”", "——记某镇苗圃技术员孙四",
               "清晨六点，苗圃里露水未干，52岁的孙", "四已经蹲在苗床边。算起来，他育苗已", "整整十五年。",
               "一棵苗的“体检表”", "“看叶色，摸根系，一株都不能马虎。”", "孙四说。他负责的苗床有30亩，每天",
               "巡查不少于3次。十五年来，他先后培育", "树苗200多万株。",
               "（本报记者 王 一）",
               "某县自然资源局关于开展植树节", "宣传活动的通知",
               "各乡镇：为做好今年植树节宣传工作，现将", "有关事项通知如下：请各单位于4月10日前", "报送活动方案。",
               "某县自然资源局", "2024年3月28日",
               "植树添绿正当时", "全县部署春季植树造林任务", "今年计划造林2.6万亩",
               "一季度全国国土绿化1800万亩")


def test_stacks_printed_at_the_foot_go_to_the_headless_leads_in_page_order():
    arts = stories(_foot_stack_page())
    lead = next(a for a in arts if a.text.startswith("4月2日"))
    wire = next(a for a in arts if "国家林草局" in a.text)
    assert lead.headline == "全县部署春季植树造林任务" and lead.kicker == "植树添绿正当时"
    assert lead.subheadlines == ["今年计划造林2.6万亩"]
    assert wire.headline == "一季度全国国土绿化1800万亩"
    assert not [a for a in arts if a.kind == "teaser" and "1800万亩" in a.headline + "".join(a.subheadlines)]


# --- a profile under a ——记 deck, right after a column of ● briefs, runs on under its 小标题 ----------

def test_a_profile_under_a_dash_deck_after_bullet_briefs_keeps_its_section_headings():
    text = raw("本报讯（记者 王 一）3月2日，某县召开春耕", "生产工作会，部署备耕任务。全县今年计划", "播种粮食45万亩。",
               "春耕快讯", "●东坡镇开展农机检修", "3月1日，东坡镇组织农机手80余人检修", "拖拉机、插秧机等农机具。",
               "●西岭乡建成育秧工厂", "西岭乡投入资金90万元，建成育秧工厂", "1座，可供秧面积3000亩。",
               "田野守望者", "稻田边的“土专家”", "——记东坡镇农技员周五",
               "清晨五点，田埂上露水未干，49岁的周", "五已经在秧田边转了一圈。算起来，他", "当农技员已整整二十年。",
               "一本账记着千亩田", "“哪块田缺肥，哪块田有虫，都在本子", "上。”周五说。他负责的片区有1.5万", "亩耕地，每周下田不少于5天。",
               "（本报记者 王 一）")
    arts = stories(text)
    profile = next(a for a in arts if "周五" in a.text and a.text.startswith("清晨"))
    assert "一本账记着千亩田" in profile.subheadlines
    assert profile.text.rstrip("。）").endswith("每周下田不少于5天")
    assert not [a for a in arts if a.headline == "一本账记着千亩田"]
