"""Inside pages and reports of the twelfth batch's classes, second pass, on invented snippets (never an
edition's lines): a bare page number under the date and section lines; an advertisement right under a
notice's contact line; a box that does not take the numbered sections of the document after it; a
feature's stack with a dash deck over its own opening; a feature's 小标题; a lead's stack printed at the
page's foot."""

from __future__ import annotations

from tests.snippets import parse, raw, stories


def blank(*lines: str) -> str:
    """A page whose units are set apart by blank lines ("" is a blank line)."""
    return "\n".join(lines) + "\n"


# --- a page number alone on its line under the date and the section name ---------------------------

def test_a_bare_page_number_under_the_date_and_section_lines_is_the_folio_not_a_kicker():
    text = raw("2024年5月6日 星期一", "民生·教育", "7", "开学季里看变化", "某县新建中小学校12所", "新增学位1.8万个",
               "某县日报讯（记者 王 一）5月5日，记者从", "县教育局获悉，今年全县新建中小学校", "12所，新增学位1.8万个，中小学",
               "大班额比例降至1.2%。", "县教育局负责人表示，明年还将新建", "学校5所。")
    arts = parse(text)
    folio = next(a for a in arts if "7" == a.text or a.lines == [[3, 3]])
    assert folio.kind == "furniture" and folio.furniture == "page"
    (news,) = [a for a in arts if a.kind != "furniture"]
    assert news.kicker == "开学季里看变化" and news.headline == "某县新建中小学校12所"


# --- an advertisement set right under a notice that ends on its contact line -----------------------

def test_an_advertisement_under_a_notice_closed_by_its_contact_line_is_furniture():
    text = raw("某县日报讯（记者 王 一）近日，某县新建", "社区食堂8家，日均接待老人900人次。", "（王 一）",
               "遗失声明", "张某某不慎遗失某县某镇某村宅基地使用", "证一本，特此声明作废。", "联系电话：13800000000",
               "康乐护理院", "专业护理 贴心服务", "预约热线：0000-1234567", "地址：某县城南路8号")
    arts = parse(text)
    notice = next(a for a in arts if a.kind == "notice")
    assert notice.lines == [[4, 7]]
    ad = next(a for a in arts if a.first_line == 8)
    assert ad.kind == "furniture" and ad.lines == [[8, 11]]


def test_a_notice_signed_and_dated_after_its_contact_line_keeps_both():
    text = raw("某县日报讯（记者 王 一）近日，某县新建", "社区食堂8家，日均接待老人900人次。", "（王 一）",
               "招聘启事", "某县某中心因工作需要，现面向社会招聘", "工作人员3名，报名截止日期为6月30日。",
               "联系电话：0000-7654321", "某县某中心", "2024年6月1日")
    notice = next(a for a in parse(text) if a.kind == "notice")
    assert notice.lines == [[4, 9]]


# --- a box printed between a document's numbered sections ------------------------------------------

def _report_with_box(next_heading: str) -> str:
    return blank("各位代表：", "", "受县人民政府委托，现将某川县2023年", "预算执行情况和2024年预算草案提请县",
                 "五届人大四次会议审议，并请县政协委", "员和其他列席人员提出意见。", "",
                 "关于某川县2023年预算执行情况", "的报告（摘要）", "", "——2024年1月10日在某川县第五届人民代表",
                 "大会第四次会议上", "", "某川县财政局局长 王 一", "", "一、2023年预算执行情况", "",
                 "2023年，全县财政运行总体平稳、稳中", "有进，各项收支任务较好完成。", "",
                 "（一）一般公共预算", "", "2023年，全县一般公共预算收入完成", "28.6亿元，为预算的101.2%，增长",
                 "6.8%。其中，税收收入20.1亿元，增长", "9.2%；非税收入8.5亿元，下降1.4%。", "",
                 "（二）政府性基金预算", "", "2023年，全县政府性基金预算收入完成", "12.3亿元，为预算的87.5%，下降",
                 "8.1%，主要是国有土地使用权出让收入", "减少3.4亿元。", "",
                 "【小知识】", "国有资本经营预算", "是对国有资本收益作出支出安排的收", "支预算。", "",
                 next_heading, "", "全县国有资本经营预算收入1.2亿元，", "增长4.5%。")


def test_the_next_numbered_section_after_a_box_goes_back_to_the_document():
    arts = stories(_report_with_box("（三）国有资本经营预算"))
    doc = next(a for a in arts if "（二）政府性基金预算" in a.subheadlines)
    box = next(a for a in arts if a.kind == "box")
    assert doc.subheadlines[-2:] == ["（二）政府性基金预算", "（三）国有资本经营预算"] and not box.subheadlines
    assert doc.text.endswith("增长4.5%。") and box.text.endswith("支预算。")


def test_a_numbered_line_that_does_not_go_on_from_the_documents_stays_with_the_box():
    arts = stories(_report_with_box("（一）国有资本经营预算"))
    doc = next(a for a in arts if "（二）政府性基金预算" in a.subheadlines)
    assert "（一）国有资本经营预算" not in doc.subheadlines


# --- a lead that opens on a relative day and a part of the day -------------------------------------

def test_a_lead_opening_on_yesterday_afternoon_is_dated_the_day_before_the_edition():
    from datetime import date

    from frontpage.parse.articles import parse_articles
    from frontpage.parse.reading import decode_edition
    text = raw("某县新建长者食堂开门迎客", "某县日报讯（记者 王 一）", "昨日下午，某县城南街道第二家长者食堂",
               "开门迎客，每份套餐价格为10元。", "该食堂日均可接待就餐老人约200人次。")
    arts = parse_articles(decode_edition(text.encode("utf-8")), date(2024, 3, 5))
    (news,) = [a for a in arts if a.kind != "furniture"]
    assert news.dateline == "2024-03-04"


# --- a profile under a dash deck, set in sections, after a lead whose stack is printed at the foot ----

def _profile_page() -> str:
    return raw("某县日报讯（记者 王 一）6月3日，记者从县林业局获悉，",
               "今年以来，全县完成植树造林3.2万亩，", "森林覆盖率达到68.5%，比上年提高0.6", "个百分点。",
               "截至5月底，全县共设立巡护点286个，", "实现林地巡护全覆盖。",
               "【数说造林】", "126处", "全县建成苗圃基地", "9.6亿元", "近五年累计投入造林资金",
               "林长故事", "松林深处的“守山人”", "——记青山镇“生态护林员”张大山",
               "清晨五点，天刚亮，58岁的张大山已经", "背着水壶出了门。巡山、查火情、记日", "志，这套“规定动作”他从没落下过。",
               "荒山坡变成“绿宝库”", "青山镇的松林过去是一片荒坡。2004", "年以来，镇里投入治理资金3200万元，",
               "种下松树、杉树12万株，荒山坡变成了", "“绿宝库”。", "“守山人”的新帮手",
               "如今，青山镇的松林里装上了8个防火", "监控探头。张大山说：“有了这些帮手，", "生态护林员更省心了。”",
               "（本报记者 李 二）",
               "全县森林覆盖率达68.5%", "今年完成植树造林3.2万亩")


def test_a_stack_with_a_dash_deck_goes_to_the_profile_under_it_not_to_the_headless_lead_before():
    arts = stories(_profile_page())
    profile = next(a for a in arts if "张大山" in a.text)
    assert profile.kicker == "林长故事" and profile.headline == "松林深处的“守山人”"
    assert profile.text.startswith("清晨五点")


def test_a_profiles_lone_lines_over_text_that_restates_its_deck_are_its_sections():
    arts = stories(_profile_page())
    profile = next(a for a in arts if "张大山" in a.text)
    assert profile.subheadlines == ["——记青山镇“生态护林员”张大山", "荒山坡变成“绿宝库”", "“守山人”的新帮手"]
    assert profile.text.endswith("更省心了。”") and len([a for a in arts if "张大山" in a.text]) == 1


def test_the_stack_at_the_pages_foot_goes_to_the_headless_lead():
    lead = next(a for a in stories(_profile_page()) if a.text.startswith("6月3日"))
    assert lead.headline == "全县森林覆盖率达68.5%" and lead.subheadlines == ["今年完成植树造林3.2万亩"] \
        or lead.kicker == "全县森林覆盖率达68.5%"


# --- two headline lines after a wire's body: the one with the figure is the headline ------------------

def test_of_two_lines_after_a_wire_the_longer_one_with_the_figure_is_the_headline_the_other_its_deck():
    text = raw("新华社北京3月2日电（记者 王 一）记者2日从", "国家林草局获悉，去年全国完成造林5800万", "亩，种草改良6200万亩。",
               "国家林草局有关负责人表示，今年将继续", "推进国土绿化行动。",
               "全国去年造林超5800万亩", "国土绿化行动持续推进")
    (wire,) = stories(text)
    assert wire.headline == "全国去年造林超5800万亩" and wire.subheadlines == ["国土绿化行动持续推进"]
    assert not wire.kicker
