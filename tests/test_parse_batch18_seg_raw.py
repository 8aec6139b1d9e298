"""Inside (-raw) pages and reports of the eighteenth batch's segmentation classes, on invented
snippets (never an edition's lines)."""

from __future__ import annotations

import pytest

from tests.snippets import page, parse, raw, stories


# --- a box's title whose only figure is part of a code (PM10, 5G) ------------------------------------

def test_a_box_title_with_a_code_in_it_is_its_headline_not_one_of_its_figures():
    text = page("本报讯（记者 柯 一）3月2日，某县召开大气污染防治工作会，\n部署今年治气重点任务。",
                "【小知识】\n什么是PM10\nPM10是指空气中直径小于等于10微米的\n可吸入颗粒物，能进入人体呼吸道。",
                "责编：某某 美编：某某")
    box = next(a for a in stories(text) if a.kind == "box")
    assert box.headline == "什么是PM10"
    assert box.text.startswith("PM10是指")


# --- a kicker, a headline in two decks, a dash deck ---------------------------------------------------

def test_two_decks_between_a_kicker_and_a_dash_deck_are_one_headline():
    text = page("某县一季度工业经济稳中向好",
                "工业产值326.5亿元\n规上企业增至218家",
                "——新签约项目数量创近三年新高",
                "本报讯（记者 柯 一）4月12日，记者从县工信局获悉，一季度全县\n工业产值326.5亿元，规上企业增至218家。")
    (a,) = stories(text)
    assert (a.kicker, a.headline, a.subheadlines) == ("某县一季度工业经济稳中向好", "工业产值326.5亿元 规上企业增至218家",
                                                      ["——新签约项目数量创近三年新高"])


# --- a titled price table printed inside a raw page's story -------------------------------------------

def test_a_titled_table_inside_a_raw_story_is_a_box_and_the_story_goes_on_after_it():
    text = raw("本报讯（记者 柯 一）3月5日，记者从县发改局获悉，",
               "近期全县主要副食品价格小幅回落。",
               "3月4日县城主要副食品零售价格",
               "单位：元/公斤",
               "品 名 3月4日 2月25日 环比(%)",
               "草鱼 18.60 19.20 -3.1",
               "带鱼 42.00 43.50 -3.4",
               "西红柿 7.80 8.40 -7.1",
               "数据来源：县价格监测中心",
               "县发改局表示，将继续加强市场",
               "价格监测，保障群众生活需要。",
               "副食品价格小幅回落")
    arts = stories(text)
    assert [a.kind for a in arts] == ["news", "box"]
    news, box = arts
    assert box.headline == "3月4日县城主要副食品零售价格"
    assert box.text.splitlines() == ["单位：元/公斤", "品 名 3月4日 2月25日 环比(%)", "草鱼 18.60 19.20 -3.1",
                                     "带鱼 42.00 43.50 -3.4", "西红柿 7.80 8.40 -7.1", "数据来源：县价格监测中心"]
    assert news.text.endswith("保障群众生活需要。")
    assert news.headline == "副食品价格小幅回落"


# --- a bare page number over the desk credits at the foot of a raw page -------------------------------

def test_a_bare_page_number_over_the_desk_credits_is_the_foot_folio():
    text = raw("本报讯（记者 柯 一）3月5日，某县春季植树活动启动，",
               "当天共栽植各类苗木1.2万株。",
               "某县春季植树活动启动",
               "7",
               "责编：某某 美编：某某 校对：某某")
    arts = parse(text)
    assert [a.kind for a in arts] == ["news", "furniture", "furniture"]
    assert arts[0].headline == "某县春季植树活动启动"


# --- a notice's title wrapped over two lines right under the notice above's closing date -------------

def test_a_notice_title_wrapped_under_the_previous_notices_date_is_one_title():
    text = raw("本报讯（记者 柯 一）3月5日，某县春季植树活动启动，",
               "当天共栽植各类苗木1.2万株。",
               "某县林业局",
               "关于开展2024年度植树护绿活动的通知",
               "各乡镇人民政府：",
               "现将有关事项通知如下，请认真组织实施。",
               "某县林业局",
               "2024年3月4日",
               "2023年度某县“护林标兵”",
               "拟表彰人员名单公示",
               "经个人申报、乡镇推荐和县级审核，拟表彰护林标兵",
               "15名。公示期5个工作日。",
               "某县春季植树活动启动")
    arts = stories(text)
    titles = [a.headline for a in arts if a.kind in ("notice", "document")]
    assert titles[-1] == "2023年度某县“护林标兵”拟表彰人员名单公示"
    last = arts[-1]  # the wrapped title heads the page's last item, the notice whose text it is
    assert (last.kind, last.headline) == ("notice", titles[-1]) and last.text.startswith("经个人申报")


# --- rows of names under a line that announces them (…公示如下：) -------------------------------------

def test_rows_of_names_under_a_colon_line_are_text_not_a_headline_stack():
    text = raw("某县2024年度优秀护林员名单公示",
               "经乡镇推荐和县级审核，拟评定优秀护林",
               "员12名、优秀护林队3支。现将优秀护林",
               "员名单公示如下（按姓氏笔画排序）：",
               "甲一鸣 乙二川 丙 三 丁四海 戊五岳 己六平",
               "庚七星 辛八达 壬 九 癸十全 子一川 丑二河",
               "优秀护林队名单详见“某县林业”微信",
               "公众号。",
               "公示期间如有异议，请以书面形式向县林",
               "业局反映。")
    arts = stories(text)
    assert len(arts) == 1
    assert "甲一鸣" in arts[0].text and "丑二河" in arts[0].text and arts[0].text.endswith("业局反映。")


# --- a document number under a notice's title on a page without blank lines --------------------------

def test_a_document_number_under_a_notice_title_is_no_part_of_its_text():
    text = raw("●某县开展春季植树活动",
               "全县各乡镇近日开展春季植树",
               "活动，共栽植苗木1.2万株。（某 某）",
               "某县水利局",
               "关于召开居民自来水价格",
               "调整听证会的公告",
               "某水利价格〔2024〕12号",
               "根据《政府制定价格听证办法》",
               "有关规定，我局定于2024年4",
               "月10日召开居民自来水价格调",
               "整听证会。现将有关事项公告",
               "如下：听证会参加人共12名，",
               "报名时间为自公告之日起10日",
               "内。特此公告。",
               "某县水利局",
               "2024年3月4日")
    notice = next(a for a in stories(text) if a.kind == "notice")
    assert notice.text.startswith("根据《政府制定价格听证办法》")
    assert "〔2024〕" not in notice.text


# --- a labelled box's table between two leads whose headlines are printed at the page's foot ---------

def _labelled_table_page() -> str:
    return raw("某县晚报讯（记者 柯 一）3月5日，县统计局发布",
               "2月份全县居民消费价格运行情况，",
               "居民消费价格同比上涨1.8%，",
               "其中牛肉价格同比上涨6.2%。",
               "【物价速览】",
               "某县主要蔬菜零售价格（3月4日）",
               "品名 均价（元/公斤） 环比（%）",
               "菠菜 6.40 -2.1",
               "土豆 3.10 0.5",
               "胡萝卜 4.20 1.3",
               "来源：县物价监测站",
               "某县晚报讯（记者 夏 至）记者从县农业",
               "农村局获悉，全县蔬菜供应充足，",
               "菠菜、土豆、胡萝卜零售均价小幅",
               "回落，菠菜均价为6.40元/公斤。",
               "县城蔬菜供应充足价格平稳",
               "菠菜均价小幅回落",
               "2月份全县居民消费价格同比上涨1.8%",
               "牛肉价格同比上涨",
               "责编：某某 美编：某某")


def test_a_table_under_a_labelled_box_title_is_the_box_text_not_a_stack_for_the_next_story():
    arts = stories(_labelled_table_page())
    box = next(a for a in arts if a.kind == "box")
    assert (box.kicker, box.headline) == ("物价速览", "某县主要蔬菜零售价格（3月4日）")
    assert box.text.startswith("品名 均价（元/公斤） 环比（%）") and box.text.endswith("来源：县物价监测站")


def test_headlines_at_the_foot_go_to_the_story_whose_words_they_repeat_not_by_page_order():
    arts = {a.headline: a for a in stories(_labelled_table_page()) if a.kind == "news"}
    assert set(arts) == {"县城蔬菜供应充足价格平稳", "2月份全县居民消费价格同比上涨1.8%"}
    assert arts["县城蔬菜供应充足价格平稳"].text.startswith("记者从县农业农村局获悉")
    assert arts["2月份全县居民消费价格同比上涨1.8%"].text.startswith("3月5日，县统计局发布")


# --- a headline line ending on a verb awaiting its object, or on a coverb ------------------------------

def test_a_headline_line_ending_on_a_verb_awaiting_its_object_runs_on_into_the_next():
    text = raw("某县一季度新增养老床位320张",
               "本报讯（记者 柯 一）4月2日，记者从县民政局获悉，",
               "一季度全县新增养老床位320张。",
               "让每位老人都能享受",
               "家门口的优质养老服务",
               "——访县民政局局长甲乙丙",
               "□本报记者 夏 至",
               "记者：今年全县养老服务有哪些新举措？",
               "甲乙丙：我们将新建社区食堂12个。")
    talk = next(a for a in stories(text) if "社区食堂" in a.text)
    assert (talk.kicker, talk.headline) == ("", "让每位老人都能享受家门口的优质养老服务")


def test_a_headline_line_ending_on_a_coverb_runs_on_on_a_page_with_blank_lines():
    text = page("用心用情为\n基层群众办实事解难题",
                "本报讯（记者 柯 一）4月2日，某县开展“我为群众办实事”活动，\n为基层群众解决难题86件。")
    (a,) = stories(text)
    assert (a.kicker, a.headline) == ("", "用心用情为基层群众办实事解难题")


def test_a_one_character_coverb_that_ends_a_word_leaves_the_line_closed():
    from frontpage.parse.lexicon import ends_open
    assert ends_open("如何把") and ends_open("让群众都能享有")
    assert not ends_open("找准发展方向") and not ends_open("青年大有可为") and not ends_open("基层治理何为")


_COVERB_WORDS = [("实干担当善为", "某县全力推进重点项目建设"), ("防汛一线当仁不让", "某镇党员干部连夜转移群众"),
                 ("新一代乒坛骁将", "某县少年选手摘得全国冠军"), ("优化信贷投向", "小微企业贷款增长三成"),
                 ("基层减负不再无所适从", "某区精简会议文件三成以上")]
_COVERB_LEAD = ("本报讯（记者 柯 一）4月2日，记者从县发改局获悉，", "一季度全县新开工项目26个，完成投资18.6亿元。")


@pytest.mark.parametrize("blank_lines", [False, True])
@pytest.mark.parametrize("kicker,headline", _COVERB_WORDS)
def test_a_kicker_ending_on_a_word_that_ends_in_a_coverb_stays_a_kicker(kicker, headline, blank_lines):
    # class: a one-character coverb (为, 让, 将, 向, 从) closing a word (善为, 不让, 骁将, 投向, 适从) is no open end
    text = page(kicker + "\n" + headline, "\n".join(_COVERB_LEAD)) if blank_lines else raw(kicker, headline, *_COVERB_LEAD)
    a = next(a for a in stories(text) if a.headline)  # (on a raw page the stack stands apart from its lead)
    assert (a.kicker, a.headline) == (kicker, headline)


def test_a_one_character_coverb_is_open_after_a_modal_adverb_or_interrogative_unless_a_subject_follows():
    from frontpage.parse.lexicon import ends_open
    assert ends_open("都能为", "群众办实事") and ends_open("决不让", "一户群众掉队") and ends_open("为何让", "群众多跑腿")
    assert not ends_open("实干担当善为", "") and not ends_open("乒坛骁将", "") and not ends_open("优化信贷投向", "")
    assert not ends_open("防汛一线当仁不让", "某镇干部连夜转移群众") and not ends_open("决不让", "全市企业复工复产")
    assert ends_open("某局关于", "全市") and ends_open("小山村成为", "某县网红打卡地")  # two characters: always open


# --- a caption set inside a story's text, resembling no story ------------------------------------------

def _caption_inside(title: str, caption: str = "图为3月1日，工人在某园区施工现场忙碌。") -> str:
    return raw(title,
               "本报讯（记者 柯 一）3月2日，记者从县工信局获悉，",
               "今年全县新建标准厂房12万平方米，引进",
               caption,
               "本报记者 夏 至 摄",
               "企业26家，新增就业岗位1800个。",
               "某县乡村振兴工作推进会召开",
               "本报讯（记者 柯 一）3月3日，某县召开乡村振兴工作推进会，",
               "部署今年农村人居环境整治任务。")


@pytest.mark.parametrize("caption", ["图为3月1日，工人在某园区施工现场忙碌。", "3月1日，工人在园区标准厂房施工现场忙碌。"])
def test_a_caption_inside_a_story_text_goes_with_that_story_though_it_resembles_none_clearly(caption):
    # it names its picture (图为), echoing nothing; or it shares a little with the story around it (标准厂房)
    arts = stories(_caption_inside("某县标准厂房建设提速", caption))
    cap = next(a for a in arts if a.kind == "caption")
    host = next(a for a in arts if a.headline == "某县标准厂房建设提速")
    assert cap.linked_to == host.id


def test_an_unrelated_caption_set_inside_a_story_text_is_not_that_story_s():
    # class: the page's own photo set in whatever column had room shares nothing with the story around it
    arts = stories(_caption_inside("某县标准厂房建设提速", "3月1日，市民在县城滨河公园踏青赏花。"))
    cap = next(a for a in arts if a.kind == "caption")
    assert cap.linked_to is None


def test_a_caption_inside_a_directive_stays_the_page_s_own():
    text = page("某县人民政府\n关于加快标准厂房建设的意见",
                "为加快工业发展，现就标准厂房建设\n提出如下意见。",
                "一、总体要求",
                "今年全县新建标准厂房12万平方米，\n引进企业26家。",
                "3月1日，工人在某园区施工现场忙碌。\n本报记者 夏 至 摄",
                "二、主要任务",
                "各乡镇要加快项目审批，新增就业\n岗位1800个。")
    arts = stories(text)
    cap = next(a for a in arts if a.kind == "caption")
    assert cap.linked_to is None

@pytest.mark.parametrize("label", ["来源", "信息来源"])
def test_any_source_credit_label_ends_a_titled_table_inside_a_raw_story(label):
    """Every label of source_credit_labels.csv ends a table as 数据来源 does (one pattern for reflow and segmentation):
    the source line is the table's last, and the story goes on after it."""
    text = raw("本报讯（记者 简 二）6月3日，记者从县农业农村局获悉，",
               "今年夏粮收购进度快于上年。",
               "6月2日全县夏粮收购进度",
               "单位：万吨",
               "乡 镇 已收购 去年同期",
               "东岭镇 1.26 1.10",
               "西坪乡 0.84 0.91",
               label + "：县粮食收储中心",
               "县农业农村局表示，将继续做好",
               "收购服务，保障农民售粮顺畅。",
               "夏粮收购进度加快")
    news, box = stories(text)
    assert box.headline == "6月2日全县夏粮收购进度"
    assert box.text.splitlines()[-1] == label + "：县粮食收储中心"
    assert news.text.endswith("保障农民售粮顺畅。")


# --- a box's figure written with a Latin unit (600km, 120MW) ------------------------------------------

@pytest.mark.parametrize("length,power", [("约860km", "125MW"), ("320km", "40kW")])
def test_a_figure_with_a_latin_unit_in_a_box_is_a_figure_not_a_code(length, power):
    """A figure glued to a Latin unit of units.csv (860km, 125MW) is a quantity, as one with a Chinese unit: the
    box's lines run on as its figures; only a code (5G, PM10) is stripped before looking for one."""
    text = page("【数说】\n今年全县新建农村公路\n" + length + "\n新增光伏装机\n" + power,
                "本报讯（记者 柯 一）3月2日，某县召开交通工作会，\n部署今年重点任务。")
    box = next(a for a in stories(text) if a.kind == "box")
    assert (box.headline, box.text) == ("", "今年全县新建农村公路" + length + "新增光伏装机" + power)


def test_a_short_headline_under_the_date_line_is_no_second_section_name():
    # 4 ⏎ 综合新闻 ⏎ date ⏎ a short display line: the page has its section name already; the line is
    # the first story's kicker or headline, not furniture
    text = raw("4", "综合新闻", "2024年3月5日 星期二", "春耕备耕热潮涌动", "全县新增农机具1200台套",
               "本报讯（记者 柯 一）3月4日，记者从县农业农村局获悉，", "今年全县新增各类农机具1200台套，",
               "农机总动力达到86万千瓦。")
    (a,) = stories(text)
    assert (a.kicker, a.headline) == ("春耕备耕热潮涌动", "全县新增农机具1200台套")
