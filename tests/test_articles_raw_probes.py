"""Over-splitting probes on invented ``pdftotext -raw`` pages (no blank lines, headlines after bodies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontpage.parse.articles import coverage_problems, parse_articles
from frontpage.parse.reading import decode_edition
from tests.snippets import raw


def nonspace(t: str) -> str:
    return "".join(t.split())

NUMBERED_LIST_PAGE = """7
民生
2024年3月5日 星期二
本报讯（记者 蒋一帆）3月4日，云溪市
民政局公布今年将办好的十件民生实事，
总投资约18.6亿元。
十件民生实事分别是：
1.新增普惠托位1200个
2.改造老旧小区86个
3.新建城市书房20个
4.新增公共停车泊位5000个
5.建设社区嵌入式养老服务站30个
6.为10万名老年人提供免费体检
7.新改建农村公路120公里
8.开展职业技能培训3万人次
9.新建口袋公园15个
10.完成2000户困难家庭适老化改造
市民政局有关负责人表示，各项实事将明
确责任单位和完成时限，
接受群众监督。
本报讯 3月3日晚，云溪市春季文化惠民
演出在人民广场举行，
吸引市民3000余人观看。
今年十件民生实事出炉
云溪举办春季文化惠民演出
"""


def _stories(text: str):
    ed = decode_edition(text.encode())
    articles = [a for a in parse_articles(ed, date(2024, 3, 5)) if a.kind != "furniture"]
    assert coverage_problems(ed, parse_articles(ed, date(2024, 3, 5))) == []
    return articles


def test_numbered_list_announced_by_a_colon_stays_in_its_story():
    """1.… ⏎ 2.… items under a line ending on a colon are the story's text, not a headline stack."""
    articles = _stories(NUMBERED_LIST_PAGE)
    assert len(articles) == 2
    first = articles[0]
    assert "十件民生实事分别是：1.新增普惠托位1200个" in first.text.replace("\n", "")
    assert "9.新建口袋公园15个" in first.text
    assert first.headline == "今年十件民生实事出炉"
    assert articles[1].headline == "云溪举办春季文化惠民演出"


TARGETS_TABLE_PAGE = """3
要闻
2024年3月5日 星期二
关于青河县2023年国民经济和社会发展
计划执行情况与2024年计划草案的报告
——2024年1月18日在青河县第十八届人民
代表大会第四次会议上
青河县发展和改革局局长 宋雨
一、2023年计划执行情况
一年来，全县经济运行稳中向好，地区生产
总值完成268.5亿元，增长6.2%；社会消费
品零售总额增长7.1%。
二、2024年经济社会发展主要目标
综合考虑各方面因素，建议今年主要预期
目标如下。
表3 2024年主要预期目标
项目 预期目标
粮食总产量 65万吨以上
居民人均可支配收入增长 7%左右
城镇调查失业率 5.5%以内
单位地区生产总值能耗下降 3%
三、2024年重点工作
着力扩大有效投资，全年实施县级重点项
目120个，完成投资260亿元以上。着力
推进乡村振兴，新建高标准农田5万亩。
各位代表，让我们共同努力，确保完成今
年各项目标任务。
春耕备耕物资储备充足
本报讯 （记者 周岚）3月4日，记者从青河县
农业农村局获悉，全县已储备化肥3.2万吨、
种子860吨，能够满足春耕生产需要。
"""


def test_two_column_targets_table_stays_in_its_report():
    """表3 … ⏎ 项目 预期目标 ⏎ rows of a name and a figure with a unit or hedge (65万吨以上, 7%左右) are
    the report's text, not headlines that cut the report (class: two-column table of targets)."""
    articles = _stories(TARGETS_TABLE_PAGE)
    assert len(articles) == 2
    report = articles[0]
    assert report.headline.startswith("关于青河县2023年国民经济和社会发展")
    assert "城镇调查失业率 5.5%以内" in report.text
    assert "着力扩大有效投资" in report.text.replace("\n", "")
    assert articles[1].headline == "春耕备耕物资储备充足"


HEALTH_BULLETIN_PAGE = """6
社会
2024年3月5日 星期二
白沙市2023年卫生健康事业发展
统计公报
白沙市卫生健康委员会
（2024年2月28日）
一、卫生资源
年末全市共有医疗卫生机构1862个，比
上年增加24个。其中，医院58个，基层
医疗卫生机构1763个。
表1 2023年全市医疗卫生机构床位数
单位：张
类别 床位数 比上年增减
医院 16820 540
基层机构 4310 -120
专业公共卫生机构 960 35
年末全市每千人口医疗卫生机构床位
6.82张，比上年增加0.2张。
二、医疗服务
全年全市医疗卫生机构总诊疗人次达
2416.8万人次，比上年增长8.6%。
城区老旧小区加装电梯132部
本报讯 （记者 邓可）3月4日，记者从白沙市
住房和城乡建设局获悉，去年全市老旧小区
加装电梯132部，惠及居民4600余户。
"""


def test_numbered_table_and_wrapped_title_stay_in_their_bulletin():
    """A bulletin's 表1 … ⏎ 单位：张 table is the bulletin's text, not a box of its own (class: numbered
    table belongs to its text), and its title wrapped before the type (…事业发展 ⏎ 统计公报) is one
    headline, not a kicker over a headline (class: title wrapped before its document type)."""
    articles = _stories(HEALTH_BULLETIN_PAGE)
    assert len(articles) == 2
    bulletin = articles[0]
    assert bulletin.headline == "白沙市2023年卫生健康事业发展统计公报"
    assert not bulletin.kicker
    assert "基层机构 4310 -120" in bulletin.text
    assert "总诊疗人次" in bulletin.text
    assert articles[1].headline == "城区老旧小区加装电梯132部"


AUCTION_PAGE = """9
公告
2024年3月5日 星期二
拍卖公告
受白沙县人民法院委托，本公司定于
2024年3月20日上午10时在白沙县公共资
源交易中心公开拍卖下列标的。
一、拍卖标的
白沙县滨江路88号商铺一间，建筑面
积126.5平方米，参考价168万元。
二、报名方式
报名时间：3月18日至3月19日
报名地点：白沙县滨江路12号
三、咨询电话
电话：0831-7788521
白沙县鸿远拍卖有限公司
2024年3月5日
遗失声明
白沙县恒丰建材经营部遗失公章一枚，声明
作废。
"""


TENDER_PAGE = """15
公 告
2024年3月5日 星期二
云溪县第一中学食堂改造项目
招标公告
受云溪县第一中学委托，云溪县公共资
源交易中心就食堂改造项目进行公开招
标，欢迎合格的投标人参加投标。
一、项目概况
项目位于云溪县学府路6号，改造面
积2400平方米，最高投标限价
586万元，工期120日历天。
二、投标人资格要求
投标人须具备建筑工程施工总承包
三级及以上资质，并在人员、设备、资金
等方面具有相应的施工能力。
三、招标文件的获取
时间：2024年3月6日至3月12日
地点：云溪县公共资源交易中心网站
四、联系方式
招标人：云溪县第一中学
联系人：刘老师
电话：0827-5566123
云溪县公共资源交易中心
2024年3月5日
减资公告
云溪县丰源农机有限公司经股东会决议，
注册资本由500万元减少至200万元，
请债权人自本公告见报之日起45日内
向本公司提出清偿债务或提供担保的要求。
特此公告。
云溪县丰源农机有限公司
2024年3月5日
"""


def test_numbered_sections_and_labelled_lines_stay_in_their_notice():
    """二、报名方式 ⏎ 报名时间：… ⏎ 三、咨询电话 ⏎ 电话：… ⏎ issuer ⏎ date: the notice's next sections, its
    labelled lines and its signature, not a brief and a teaser cut off it (class: numbered sections of a
    notice); the page's name 公告 over its date line is furniture, not an empty notice."""
    articles = _stories(AUCTION_PAGE)
    assert [a.headline for a in articles] == ["拍卖公告", "遗失声明"]
    notice = articles[0]
    assert "报名地点：白沙县滨江路12号" in notice.text
    assert "白沙县鸿远拍卖有限公司" in notice.text


def test_notice_title_wrapped_at_the_top_of_a_raw_page_is_one_title():
    """某某项目 ⏎ 招标公告 as the page's first text under its header: one notice title (class: wrapped
    notice title opening a raw page); the spaced page name 公 告 is furniture."""
    articles = _stories(TENDER_PAGE)
    assert [a.headline for a in articles] == ["云溪县第一中学食堂改造项目招标公告", "减资公告"]
    assert "电话：0827-5566123" in articles[0].text


UNINDENTED_SECTION_PAGE = """9
公告
2024年3月5日 星期二
排污权出让公告
经白沙县生态环境局同意，白沙县公共资源
交易中心将公开出让一批排污权指标。
一、出让标的
化学需氧量12.6吨、氨氮1.8吨，出让
期限5年，起始价每吨3200元。
二、竞买人条件
在白沙县行政区域内依法登记注册的企业
均可报名参加竞买。
三、联系方式
联系人：陈先生
电话：0831-7711234
白沙县公共资源交易中心
2024年3月5日
"""


def test_section_first_line_without_indent_runs_on_into_its_text():
    """A line filling the column right under 二、… and running on into the sentence's end is the section's
    text, even where the notice's short lines make the column look narrow (class: a section's first line
    set without an indent)."""
    articles = _stories(UNINDENTED_SECTION_PAGE)
    assert len(articles) == 1
    assert "依法登记注册的企业均可报名参加竞买。" in articles[0].text.replace("\n", "")


SECTIONED_REPORT_PAGE = """3
经济
2024年3月5日 星期二
一季度全县农业农村经济稳中有进
本报讯 （记者 韩露）3月4日，记者从白沙县
农业农村局获悉，一季度全县农业农村经
济运行稳中有进。
春播备耕有序推进
截至3月上旬，全县已完成春耕整地
18.6万亩，储备各类种子1260吨。
农民收入稳步增加
一季度，全县农村居民人均可支配收入
5120元，同比增长7.8%。
名词解释
农村居民人均可支配收入：指农村居民
可用于最终消费支出和储蓄的总和。
本报讯（记者 韩露）3月3日，白沙县首条
城乡公交环线开通，沿线12个村的
群众出行更加便捷。
首条城乡公交环线开通
"""


def test_first_section_heading_and_bare_box_label_in_a_sourced_report():
    """A report headed before its 本报讯 lead keeps its first 小标题 (春播备耕有序推进) and the paragraphs under it
    (class: first 小标题 of a sourced report); an unbracketed 名词解释 on its own line labels a box, not a
    小标题 (class: bare box label)."""
    articles = _stories(SECTIONED_REPORT_PAGE)
    assert len(articles) == 3
    report, box, news = articles
    assert report.headline == "一季度全县农业农村经济稳中有进"
    assert report.subheadlines == ["春播备耕有序推进", "农民收入稳步增加"]
    assert "储备各类种子1260吨" in report.text
    assert box.kind == "box" and box.text.startswith("农村居民人均可支配收入：")
    assert news.headline == "首条城乡公交环线开通"


BRIEFS_UNDER_SOURCED_REPORT_PAGE = """5
城乡
2024年3月5日 星期二
石桥镇首座污水处理站投运
本报讯 （记者 柳青）3月3日，石桥镇首座
污水处理站建成投运，日处理能力
达800吨。
据了解，该站覆盖镇区6个社区。
油菜花海迎客来
昨日上午，石桥镇万亩油菜花海迎来
首批游客，当天接待游客4000余人次。
助农直播间开播
前不久，石桥镇电商中心开设助农直播
间，首场销售土特产品2万余元。（何川）
小学生学做非遗糕点
记者从石桥镇文化站了解到，本学期
全镇8所小学开设非遗糕点课程。
"""


def test_briefs_under_a_sourced_report_are_not_its_sections():
    """A short line under a 本报讯 report heads a new story when the paragraph under it opens as news does
    (昨日上午，…, 前不久，…, 记者从…了解到) or ends on a closing credit, not a 小标题 of the report (class: a
    brief's headline under a report, not its 小标题); after a story signed off by its credit, the next such
    line heads the next brief (class: briefs headed over their text, one after another)."""
    articles = _stories(BRIEFS_UNDER_SOURCED_REPORT_PAGE)
    assert [a.headline for a in articles] == ["石桥镇首座污水处理站投运", "油菜花海迎客来", "助农直播间开播",
                                              "小学生学做非遗糕点"]
    assert articles[0].subheadlines == []
    assert articles[1].text.startswith("昨日上午，")


NUMBERED_TABLE_TITLE_PAGE = """2
经济
2024年3月5日 星期二
本报讯 （记者 罗帆）3月4日，松岚县统计局
公布去年主要经济指标。
表2 2023年松岚县主要经济指标
指标 数值
地区生产总值 286亿元
粮食产量 41万吨
松岚公布去年主要经济指标
"""


def test_numbered_table_title_opening_on_a_figure_keeps_its_space():
    """A table's number and a title opening on a year (表2 2023年…) stay apart: joined they would read as one
    number, 22023 (class: numbered table title opening on a figure)."""
    articles = _stories(NUMBERED_TABLE_TITLE_PAGE)
    assert len(articles) == 1
    assert "表2 2023年松岚县主要经济指标" in articles[0].text


ISSUING_CLAUSE_PAGE = """2
要闻
2024年3月5日 星期二
云溪市政府常务会议日前审议通过
物业管理办法
本报讯 （记者 唐越）云溪市政府常务会议日前
审议通过《云溪市物业管理办法》，该办法
自2024年6月1日起施行。
"""


def test_issuing_clause_over_a_document_title_is_not_one_title():
    """A line ending on a verb that issues a document (…审议通过) over the document's name (物业管理办法) is a
    clause over the title, two display lines, not one title the column wrapped before its type (class:
    issuing clause over a document's title)."""
    articles = _stories(ISSUING_CLAUSE_PAGE)
    assert len(articles) == 1
    assert articles[0].headline != "云溪市政府常务会议日前审议通过物业管理办法"
    assert "物业管理办法" in [articles[0].headline, articles[0].kicker, *articles[0].subheadlines]


CUSTOMS_NOTICE_PAGE = """3
口岸经济
2024年5月9日 星期四
本报讯（记者 韩立新）5月8日，记者从
青川港获悉，今年前4个月，港口完成货
物吞吐量4260万吨，同比增长6.2%。
港口集团有关负责人表示，将继续加密
航线，提升服务水平。
□本报记者 许宁
初夏时节，青川物流园内一派繁忙景象。
园区今年新引进物流企业17家，冷链仓
储能力达到12万吨。
（下转4版）
青川海关
关于青川港保税物流中心新卡口
启用的公告
为提升通关效率，青川港保税物流中心新
卡口定于2024年6月1日起启用。
特此公告。
青川海关
2024年5月6日
前4个月青川港货物吞吐量4260万吨
增速比上年同期加快1.8个百分点
物流园冷链仓储能力达12万吨
"""


def test_customs_house_over_a_wrapped_about_title_is_the_notices_kicker():
    """某某海关 alone over a 关于… notice title signs the notice (its kicker), not the headline printed
    after the story above it; the foot stack then goes to both stories (class: customs-house issuer)."""
    articles = _stories(CUSTOMS_NOTICE_PAGE)
    notice = next(a for a in articles if a.kind == "notice")
    assert notice.kicker == "青川海关"
    assert notice.headline == "关于青川港保税物流中心新卡口启用的公告"
    second = next(a for a in articles if a.text.startswith("初夏时节"))
    assert second.headline == "物流园冷链仓储能力达12万吨"


RATE_DECK_PAGE = """2
经济
2024年7月19日 星期五
本报讯（记者 顾远）7月18日，记者从市
商务局获悉，上半年，全市社会消费品零
售总额达到386.2亿元，同比增长7.4%，增
速比全省高1.5个百分点。
其中，网上零售额增长14.6%。
上半年全市社会消费品零售总额386.2亿元
增速高于全省平均水平1.5个百分点
"""


def test_rate_deck_under_a_figures_headline_is_its_subheadline():
    """A line opening on a bare rate word (增速…) under a line closing on its figure and unit is that
    headline's deck, not the headline under a kicker (class: rate deck under a figures headline)."""
    story = _stories(RATE_DECK_PAGE)[0]
    assert story.kicker == ""
    assert story.headline == "上半年全市社会消费品零售总额386.2亿元"
    assert story.subheadlines == ["增速高于全省平均水平1.5个百分点"]


HOLIDAY_DECKS_PAGE = """5
文旅
2024年10月9日 星期三
本报讯（记者 罗晴）10月8日，记者从市
文化和旅游局获悉，国庆假期，全市共接
待游客512.6万人次，同比增长8.8%；实
现旅游收入39.4亿元，同比增长10.2%。
国庆假期全市文旅市场热度不减
接待游客512.6万人次 旅游收入39.4亿元
"""


def test_figure_decks_under_a_holiday_line_on_a_raw_page_are_the_headline():
    """On a page without blank lines, a line opening on the holiday its figures cover (国庆假期…) over a
    wider line of figure decks set apart by a space is the kicker over those decks, the headline (class:
    figures headline under a shorter kicker, decks set apart by a space)."""
    story = _stories(HOLIDAY_DECKS_PAGE)[0]
    assert story.kicker == "国庆假期全市文旅市场热度不减"
    assert story.headline == "接待游客512.6万人次 旅游收入39.4亿元"
    assert story.subheadlines == []


ANNOUNCED_DOCUMENT_PAGES = [
    """3
统计公报
2025年3月20日 星期四
我区去年经济增长5.9%
本报讯（记者 魏 澜）3月18日，区统计
局发布《青石区2024年国民经济和社会发
展统计公报》。公报显示，全区地区生产
总值412.6亿元，增长5.9%。
2024年，全区上下攻坚克难，经济运
行总体平稳。
一、综合
全年全区地区生产总值412.6亿元，比
上年增长5.9%。
二、农业
全年粮食总产量21.4万吨，增长1.2%。
青石区2024年国民经济和社会发展统计公报
（摘要）
""",
    """5
公报
2025年4月2日 星期三
全县农业经济稳中向好
本报讯 4月1日，县统计局发布《柳川县
2024年农业经济统计公报》，全县农林牧
渔业总产值86.2亿元，增长3.8%。
一、种植业
全年粮食播种面积36.8万亩，比上年增
加0.6万亩。
二、畜牧业
年末生猪存栏12.5万头，下降1.6%。
柳川县2024年农业经济统计公报
""",
    """2
财经
2025年2月14日 星期五
市财政局发布预算执行情况报告
本报讯（记者 汤 岚）近日，市财政局发
布《东渡市2024年预算执行情况报
告》。
2024年，全市财政运行总体平稳。
一、一般公共预算执行情况
全市一般公共预算收入128.4亿元，增长
4.2%。
二、政府性基金预算执行情况
全市政府性基金预算收入56.1亿元，下
降8.3%。
东渡市2024年预算执行情况报告（摘要）
""",
]


@pytest.mark.parametrize("text, first", zip(ANNOUNCED_DOCUMENT_PAGES, ["2024年，全区上下", "全年粮食播种面积", "2024年，全市财政"]))
def test_a_document_announced_above_with_its_title_at_the_foot_is_an_item_of_its_own(text, first):
    """A raw page printing a short item that quotes a document (发布《…统计公报》), then the document itself
    (its preamble, if any, and numbered headings 一、…), its title left at the foot: the document is an item
    of its own from the paragraph before its first heading, the foot title its headline (class: announced
    document under its announcement, title at the foot)."""
    news, doc = _stories(text)
    lines = text.strip().splitlines()
    title = lines[-2] + lines[-1] if lines[-1] == "（摘要）" else lines[-1]
    assert doc.kind == "document" and doc.headline == title and doc.text.startswith(first)
    assert doc.subheadlines[0].startswith("一、") and news.subheadlines == []
    assert news.text.startswith(("3月18日", "4月1日", "近日"))


@pytest.mark.parametrize("upper, tail", [("信贷“活水”持续精准滴灌实体", "经济"), ("全市新能源汽车保有量首次突破", "十万"),
                                         ("老旧小区加装电梯惠及三千余户", "居民")])
def test_a_headline_wrapped_before_its_last_word_is_one_headline(upper, tail):
    """A headline's last word (one or two characters, no mark) wrapped alone onto the line under it is
    the headline's end, not a subheadline (class: headline wrapped before its last word)."""
    text = raw("2", "经济", "2024年6月5日 星期三", upper, tail,
               "本报讯（记者 叶 舟）6月4日，记者从市有关部门获悉，今年",
               "以来，全市各项工作稳步推进，成效明显。")
    story = _stories(text)[0]
    assert story.headline == upper + tail and story.subheadlines == []


@pytest.mark.parametrize("head, first, rest", [
    ("●南岭城投公司发行首单乡村振兴专项债券", "近日，南岭城投公司在银行间市场成",
     ("功发行乡村振兴专项债券5亿元，期限", "3年，这是我市发行的首单此类债券。（岳 川）")),
    ("●北川城投公司发行首单城市更新专项债券", "近日，北川城投公司在银行间市场成",
     ("功发行城市更新专项债券8亿元，期限", "5年，这是我县发行的首单此类债券。（严 川）")),
    ("●东港港务公司开通首条外贸集装箱直航航线", "近日，东港港务公司在港区举行仪式开",
     ("通外贸集装箱直航航线2条，每周", "3班，这是我市开通的首条此类航线。（海 川）")),
])
def test_a_bullet_item_cut_after_its_first_text_line_keeps_its_headline(head, first, rest):
    """A ● item's headline line over its text whose first line stops short (the reflow cuts the paragraph
    there): the echo is read against the sentence run on below, so the line is still the item's headline
    (class: a ● item's text cut after its first line)."""
    text = raw("3", "要闻", "2024年6月5日 星期三", "简讯", head, first, *rest,
               "●城南菜市场提质改造开工", "6月4日，城南菜市场提质改造工程开工，预计", "年底完工。（龙 溪）")
    brief = _stories(text)[0]
    assert brief.kind == "brief" and brief.headline == head[1:] and brief.text.startswith(first)


@pytest.mark.parametrize("head, deck, lead", [
    ("春节假期公交运营时间调整", "首班车发车时间6时30分 末班车发车时间21时",
     ("本报讯（记者 许宁）2月8日，记者从市", "公交集团获悉，春节假期，市区公交线路", "运营时间将作调整，首班车发车时间为6",
      "时30分，末班车发车时间为21时。")),
    ("国庆假期景区开放时间延长", "开园时间8点 闭园时间21时30分",
     ("本报讯（记者 罗晴）9月29日，记者从市", "文旅局获悉，国庆假期，全市A级景区将", "延长开放时间，开园时间为8点，闭园时",
      "间为21时30分。")),
])
def test_clock_times_under_a_holiday_headline_are_its_subheadline(head, deck, lead):
    """Class: clock times are no figures of news. A line of clock times (6时30分, 21时, 8点) under a holiday
    headline is its subheadline, not a figures headline under a kicker."""
    story = _stories(raw("6", "城事", "2024年2月9日 星期五", *lead, head, deck))[0]
    assert (story.kicker, story.headline, story.subheadlines) == ("", head, [deck])


def test_a_period_headline_with_a_verb_of_its_own_keeps_its_figures_deck():
    """Class: a whole headline sentence over figure decks on a raw page. A line opening on its period that
    holds a verb of its own (一季度全市经济实现“开门红”) is the headline, the figures line its subheadline; only a
    period line with no such verb (端午假期文旅市场量价齐升) is a kicker over figure decks."""
    text = raw("1", "要闻", "2024年4月19日 星期五", "本报讯（记者 庄严）4月18日，记者从市", "统计局获悉，一季度，全市地区生产总值",
               "同比增长8.6%，两年平均增长5.9%。", "一季度全市经济实现“开门红”", "地区生产总值同比增长8.6% 两年平均增长5.9%")
    story = _stories(text)[0]
    assert (story.kicker, story.headline, story.subheadlines) == ("", "一季度全市经济实现“开门红”",
                                                                  ["地区生产总值同比增长8.6% 两年平均增长5.9%"])


@pytest.mark.parametrize("notice, stack, kicker, headline", [
    (("遗失声明", "青川市恒达物流有限公司遗失营业执照副本一份，", "统一社会信用代码91330100MA2K8XXX1L，声明作废。"),
     ("致敬国门卫士青川海关",), "", "致敬国门卫士青川海关"),
    (("青川市交通运输局", "关于青川港保税物流中心新卡口启用的公告", "为提升通关效率，新卡口定于6月1日起启用。", "特此公告。"),
     ("守护国门的青川海关",), "", "守护国门的青川海关"),
])
def test_a_headline_ending_on_an_institution_after_a_closed_notice_is_no_signer(notice, stack, kicker, headline):
    """Class: headline ending on an institution after a notice, on a raw page. After a notice's closing
    formula (声明作废。, 特此公告。) a line ending on an institution's name with no date under it is the
    headline of the story under it, not the notice's signer."""
    text = raw("3", "口岸", "2024年5月9日 星期四", *notice, *stack, "本报讯（记者 韩立新）5月8日，记者从",
               "青川港获悉，今年以来，海关关员坚守一线，", "累计查获禁止进境物品126批次。")
    articles = _stories(text)
    assert [a.kind for a in articles] == ["notice", "news"]
    assert (articles[1].kicker, articles[1].headline) == (kicker, headline)


@pytest.mark.parametrize("head, tail, kind", [("让城市更新更有温度而不失烟火气", "叶舟", "byline"),
                                              ("全市新能源汽车保有量首次突破十万辆", "要闻", "section"),
                                              ("全市新能源汽车保有量首次突破十万辆", "综合", "section"),
                                              ("全市新能源汽车保有量首次突破十万辆", "观察", "section"),
                                              ("全市新能源汽车保有量首次突破十万辆", "声音", "section"),
                                              ("全市新能源汽车保有量首次突破十万辆", "快评", "column")])
def test_a_name_or_a_section_under_a_headline_is_no_wrapped_tail(head, tail, kind):
    """A line of two characters under a headline that is a person's name printed nowhere else (a byline,
    叶舟), a section's name (要闻, 综合) or a column's label (观察, 快评) is no word of the headline wrapped
    onto its own line: the headline stays as printed (class: headline wrapped before its last word)."""
    if kind == "byline":
        text = raw("4", "评论", "2024年6月5日 星期三", head, tail, "城市更新不是简单的拆旧建新，更要留住", "城市的记忆和烟火气。")
    else:
        text = raw("2", "经济", "2024年6月5日 星期三", "本报讯（记者 叶 舟）6月4日，记者从市有关部门获悉，今年",
                   "以来，全市新能源汽车保有量突破十万辆。", head, tail, "本报讯 6月3日，全市夏粮收购工作启动，预计收购小麦",
                   "12万吨。", "全市夏粮收购工作全面启动")
    assert _stories(text)[0].headline == head


@pytest.mark.parametrize("item", [
    ("●今年以来东港港务公司集装箱吞吐量", "累计完成26.8万标箱，同比增", "长12.5%，东港港务公司集装箱吞吐量", "增速居全省前列。（海 川）"),
    ("●日前南岭城投公司在银行间市场成功发", "行乡村振兴专项债券5亿元，期限", "3年，南岭城投公司在银行间市场成功发行。（岳 川）"),
    ("●6月4日北川城投公司在银行间市场成功", "发行城市更新专项债券8亿元，期", "限5年，北川城投公司在银行间市场成功发行。（严 川）"),
    ("●南岭城投公司在银行间市场成功发", "行乡村振兴专项债券5亿元，期限", "3年，南岭城投公司在银行间市场成功发行。（岳 川）"),
    ("●北川城投公司在银行间市场成功", "发行城市更新专项债券8亿元，期", "限5年，北川城投公司在银行间市场成功发行。（严 川）"),
])
def test_a_bullet_item_whose_first_line_runs_on_has_no_headline(item):
    """A ● item with no headline whose first line has no mark is its text's first line, even when the text
    read on echoes it, when the line opens on when the news happened (今年以来, 日前, 6月4日) or its end and
    the next line's start make one word the text prints again (成功发 ⏎ 行, 成功 ⏎ 发行): the sentence runs
    straight on (class: ● text line read as a headline)."""
    text = raw("3", "要闻", "2024年6月5日 星期三", "简讯", *item,
               "●城南菜市场提质改造开工", "6月4日，城南菜市场提质改造工程开工，预计", "年底完工。（龙 溪）")
    brief = _stories(text)[0]
    assert brief.kind == "brief" and brief.headline == "" and brief.text.startswith(item[0][1:] + item[1])


@pytest.mark.parametrize("opening, wrapped", [
    ("初步核算，全年全市地区生产总值（GDP）", "318.62亿元，按不变价格计算，"),
    ("据统计，全年全区社会消费品零售总额", "96.4亿元，比上年增长4.2%，"),
    ("经测算，全年全县一般公共预算收入达到", "12.35亿元，同比增长6.1%，"),
])
def test_a_sections_first_line_whose_figure_wraps_is_no_subheadline(opening, wrapped):
    """Under a numbered heading (一、综合), a first line wider than the column with a clause mark in it that
    ends on its subject, the next line opening on that subject's figure (总值（GDP） ⏎ 318.62亿元，…) and the
    sentence closing within two lines, is the section's text: a figure is never set in display type under
    a 小标题 (class: a value wrapped onto the next line under a wide first line)."""
    text = raw("4", "经济", "云岭市2024年国民经济和社会发展", "统计公报", "一、综合", opening, wrapped,
               "比上年增长5.2%。其中，第一产业增加值", "40.15亿元，增长3.6%；第二产业增",
               "加值112.3亿元，增长6.0%；", "第三产业增加值166.17亿元，增长", "4.9%。三次产业结构为12.6∶",
               "35.3∶52.1。第一产业、第二产业、", "第三产业对经济增长的贡献率分别为", "9.8%、40.2%和50.0%。",
               "二、人口", "年末全市户籍人口52.1万人，比上年末", "减少0.3万人。")
    doc = _stories(text)[0]
    assert doc.subheadlines == ["一、综合", "二、人口"]
    assert doc.text.startswith(opening + wrapped)


@pytest.mark.parametrize("head, opening", [
    ("稳字当头进中求新，全市经济运行回升向好态势明显", "1至5月，全市规上工业增加值"),
    ("稳字当头进中求新，全市经济运行回升向好态势明显", "2024年，全市规上工业增加值"),
    ("抓项目促投资，全市重点项目建设跑出加速度势头强劲", "5月以来，全市新开工重点项目"),
])
def test_a_wide_headline_with_a_comma_over_a_dated_opening_stays_a_headline(head, opening):
    """A wide headline with a comma over a text opening on a date or a span of months (2024年, 1至5月) is
    still a headline: only a quantity (a figure and its unit) is a wrapped subject's value (class: a value
    wrapped onto the next line under a wide first line)."""
    text = raw("2", "要闻", "2024年6月5日 星期三", head, opening, "同比增长6.2%，比去年同期提", "高0.8个百分点。全市经济运",
               "行稳中有进。", "本报讯 6月4日，全市夏粮收购工作启动，", "预计收购小麦12万吨。", "全市夏粮收购工作全面启动")
    assert _stories(text)[0].headline == head


PER_UNIT_BOX_STORY = ("本报讯（记者 严 青）4月9日，县农业农村局发布去年",
                      "农业生产情况，全县粮食生产再获丰收。")


@pytest.mark.parametrize("pairs, head", [
    (("38.6%", "农作物耕种收综合机械化率", "468.2公斤/亩", "水稻单产", "56家", "农民专业合作社"),
     "我县粮食生产再获丰收"),
    (("2.36元/斤", "小麦收购均价", "12.4万吨", "粮食收购量", "1.8万元/人", "农民人均可支配收入"),
     "全县粮食生产再获丰收"),
    (("14.2万亩", "高标准农田", "96.5%", "良种覆盖率", "512千克/亩", "玉米单产"),
     "去年全县农业生产稳中有进"),
])
def test_figure_label_pairs_with_a_per_unit_figure_run_on_to_the_last_pair(pairs, head):
    """Class: figure/label pairs run on to the last pair. In a box read figure first (【数说…】 ⏎ 38.6% ⏎
    its label ⏎ 468.2公斤/亩 ⏎ its label …), a figure whose unit is per something (公斤/亩, 元/斤, 万元/人)
    is one more figure of the box: every pair is the box's text, none a teaser, and the headline printed
    after the box on a page without blank lines heads the story above the box."""
    text = raw("4", "农业", "2024年4月10日 星期三", *PER_UNIT_BOX_STORY, "【数说农业】", *pairs, head,
               "责编：米 禾")
    news, box = _stories(text)
    assert box.kind == "box" and box.kicker == "数说农业"
    assert box.text.replace("\n", "") == "".join(pairs)
    assert news.headline == head and news.text.startswith("4月9日")


NOTICE_UNDER_ISSUER_STORY = ("本报讯（记者 乔 岩）5月8日，记者从区人社局获悉，",
                             "今年以来全区新增城镇就业3260人，",
                             "同比增长8.1%，完成全年目标的46.6%。")


@pytest.mark.parametrize("issuer, title, body, contact", [
    ("松岚市东湖区民政局", "关于2024年第二批困难群众救助对象的公示",
     ("根据有关规定，经本人申请、街道审核，拟对以下",
      "4户困难家庭给予临时救助，现将有关情况公示如下：",
      "序号 姓名 所在社区 救助金额", "1 张明远 湖东社区 2000元", "2 刘桂芳 湖西社区 2500元",
      "公示期为5个工作日。对公示对象有异议的，可在公示期内"), ("向东湖区民政局反映。监督电话：", "0731-5528146")),
    ("松岚市东湖区人力资源和社会保障局", "关于2024年第一批就业见习基地拟认定名单的公示",
     ("经单位申报、实地核查，拟认定以下3家单位为区级",
      "就业见习基地，现予以公示：", "松岚市恒安机械有限公司", "松岚市青禾农业科技有限公司",
      "公示期为2024年5月9日至15日。如有异议，请在公示期内"), ("以书面形式反映。联系电话：", "0731-5528390")),
    ("松岚市东湖区住房和城乡建设局", "关于东湖区老旧小区改造项目的公告",
     ("根据年度计划，今年全区拟改造老旧小区18个，涉及",
      "居民4260户，现将项目名单公告如下：", "东湖新村 620户", "湖滨小区 480户",
      "请相关小区居民支持配合。咨询电话："), ("0731-5528711",)),
])
def test_a_notice_under_its_issuer_line_keeps_its_contact_line_and_the_foot_stack_heads_the_story(issuer, title, body,
                                                                                                  contact):
    """Class: notice under its issuer's line, and a headline stack right after its signature. On a page
    without blank lines, a 关于…的公示/公告 title under the issuer's name on a line of its own opens a notice:
    its contact line (监督电话：…) is the notice's, not an advertisement swallowing it, the notice ends on its
    signature (issuer ⏎ date), and the display lines printed after that signature, however wide the notice's
    measure, are the headline stack of the story above, not one paragraph."""
    text = raw("6", "民生", "2024年5月9日 星期四", *NOTICE_UNDER_ISSUER_STORY, issuer, title, *body, *contact,
               issuer, "2024年5月9日", "城镇新增就业、高校毕业生就业人数双双增长", "今年以来全区新增城镇就业3260人同比增长8.1%",
               "责编：林 一")
    news, notice = _stories(text)
    assert notice.kind == "notice" and notice.kicker == issuer and notice.headline == title
    assert notice.text.endswith("2024年5月9日") and contact[-1] in notice.text
    assert news.kicker == "城镇新增就业、高校毕业生就业人数双双增长" and news.headline == "今年以来全区新增城镇就业3260人同比增长8.1%"


@pytest.mark.parametrize("opening", [
    ("5月8日，东湖区开展燃气安全隐患排查整治行动，", "排查隐患一百二十余处，整改率达九成。"),
    ("今年以来，东湖区累计新增城镇就业岗位三千余个", "，帮助四百余名困难人员实现再就业。"),
    ("记者从区农业农村局获悉，全区春播已完成七成", "以上，较去年同期快三天。"),
])
def test_a_text_opening_right_after_a_notice_s_signature_stays_one_paragraph(opening):
    """The guard of the class above: a headless story's first line right after a notice's signature
    breaks a clause within its measure (，), so it runs on into its text, not a headline of its own."""
    text = raw("停水公告", "因管网检修，5月10日8:00至18:00东湖路沿线停水，请用户提前储水。",
               "松岚市东湖区供水有限公司", "2024年5月9日", *opening)
    notice, story = _stories(text)
    assert notice.text.replace("\n", "").endswith("2024年5月9日")
    assert story.text.replace("\n", "") == "".join(opening)


_DATELINE = ("2", "要闻", "2024年6月5日 星期三")
_HARVEST = ("本报讯 6月4日，全市夏粮收购工作启动，", "预计收购小麦12万吨。")


@pytest.mark.parametrize("lines, expected", [
    ((*_DATELINE, "稳就业促增收，全市城镇新增就业人数创历史新高", "3.2万人！这是今年前5个月全市城镇",
      "新增就业交出的成绩单。记者从市人社局", "获悉，1至5月全市城镇新增就业人数同比", "增长8.6%，完成全年目标任务的56%。",
      "市人社局有关负责人表示，下一步将持续", "开展公共就业服务活动。", *_HARVEST, "全市夏粮收购工作全面启动"),
     [("", "稳就业促增收，全市城镇新增就业人数创历史新高", "3.2万人！这是今年前"),
      ("", "全市夏粮收购工作全面启动", "6月4日，全市夏粮收购")]),
    ((*_DATELINE, "项目建设提速，全市重大项目投资完成情况好于预期", "12个重大项目集中开工，总投资86.5",
      "亿元。6月4日，全市三季度重大项目集中", "开工活动在高新区举行。", *_HARVEST, "全市夏粮收购工作全面启动"),
     [("", "项目建设提速，全市重大项目投资完成情况好于预期", "12个重大项目集中开工"),
      ("", "全市夏粮收购工作全面启动", "6月4日，全市夏粮收购")]),
    ((*_DATELINE, "奋战三季度，全力冲刺全年经济社会发展目标任务", "86.5亿元！全市12个重大项目集中开工",
      "本报讯 6月4日，全市三季度重大项目集中", "开工活动在高新区举行。此次开工项目", "12个，总投资86.5亿元，涵盖新能源、",
      "新材料等领域。", "市发展改革委有关负责人表示，将强化", "要素保障，推动项目早建成早见效。"),
     [("奋战三季度，全力冲刺全年经济社会发展目标任务", "86.5亿元！全市12个重大项目集中开工", "6月4日，全市三季度重大")]),
    ((*_DATELINE, *_HARVEST, "本报讯 6月4日，全市三季度重大项目集中", "开工活动在高新区举行，总投资86.5亿元。",
      "本报讯 6月4日，城西专场招聘会举行，", "86家企业提供岗位1200个。", "抢抓农时，全市夏粮收购工作全面启动有序推进",
      "86.5亿元！全市重大项目集中开工", "1200个岗位虚位以待"),
     [("", "抢抓农时，全市夏粮收购工作全面启动有序推进", "6月4日，全市夏粮收购"),
      ("", "86.5亿元！全市重大项目集中开工", "6月4日，全市三季度重大"), ("", "1200个岗位虚位以待", "6月4日，城西专场招聘会")]),
    ((*_DATELINE, "稳中有进，全市上半年城镇新增就业人数再创新高", "3.2万人同比增长8.6%",
      "本报讯 6月4日，记者从市人社局获悉。", "今年以来，全市城镇新增就业3.2万人，", "完成全年目标任务的56%。"),
     [("", "稳中有进，全市上半年城镇新增就业人数再创新高", "6月4日，记者从市人社局")]),
    ((*_DATELINE, "要闻速览", "●稳岗扩就业，城西片区专场招聘会昨日在人才市场举行", "1200个岗位虚位以待。6月4日，城西",
      "专场招聘会举行，86家企业参会。（龙 溪）", "●城南菜市场提质改造开工", "6月4日，城南菜市场提质改造工程开工，",
      "预计年底完工。（龙 溪）"),
     [("要闻速览", "稳岗扩就业，城西片区专场招聘会昨日在人才市场举行", "1200个岗位虚位以待。"),
      ("要闻速览", "城南菜市场提质改造开工", "6月4日，城南菜市场提")]),
])
def test_a_wide_display_line_over_a_figure_outside_a_numbered_section_stays_display(lines, expected):
    """A wide headline, kicker or ● brief headline with a comma, over a line opening on a figure (3.2万人！…,
    12个重大项目…, 86.5亿元！全市…), is display type: a figure wraps onto the line under prose only right under a
    numbered section's heading, where display type is never set (class: a value wrapped onto the next line
    under a wide first line, and what it is not)."""
    stories = _stories(raw(*lines))
    assert [(s.kicker, s.headline) for s in stories] == [(k, h) for k, h, _ in expected]
    assert all(s.text.startswith(t) for s, (_, _, t) in zip(stories, expected))


def test_a_wide_subheadline_over_a_figure_paragraph_stays_a_subheadline():
    """In a feature, a wide subheadline with a comma over a paragraph opening on its figure (86.5亿元。这是…) is a
    subheadline, not the paragraph's first line: no numbered heading above it, and it ends on a finished
    predicate, no subject awaiting its value (class: a value wrapped onto the next line under a wide first line)."""
    text = raw("6", "专题", "2024年6月5日 星期三", " □本报记者 谭 伟", "清晨六点，石门工业园区内机器轰鸣，",
               "一派繁忙景象。今年以来，园区围绕主导", "产业，持续推进技术改造和产能升级。",
               "技改提速，智能化改造激活传统产业发展新动能", "86.5亿元。这是今年以来园区工业技", "改投资的总额，同比增长21.3%。园区内",
               "32家企业实施智能化改造，生产效率平", "均提高18%。", "链条延伸，新兴产业集群规模持续发展壮大起来",
               "园区新引进新能源项目9个，总投资", "126亿元。目前，园区已形成从材料到", "终端的完整产业链条。", "石门园区：技改提速动能足")
    story = _stories(text)[0]
    assert story.headline == "石门园区：技改提速动能足"
    assert story.subheadlines == ["技改提速，智能化改造激活传统产业发展新动能", "链条延伸，新兴产业集群规模持续发展壮大起来"]


def test_a_wide_line_ending_on_a_finished_predicate_under_a_section_heading_is_no_wrapped_value():
    """Right under a numbered heading, a wide line with a comma that ends on a finished predicate (…好于预期), over a
    line opening on a figure, is not prose whose subject waits for its value: only a measure (…总值（GDP）, …总额) or a
    verb introducing a figure (…达到) leaves its value to the next line (class: a value wrapped onto the next line
    under a wide first line)."""
    text = raw("4", "经济", "云岭市2024年国民经济和社会发展", "统计公报", "一、项目建设",
               "项目建设提速，全市重大项目投资完成情况好于预期", "12个重大项目集中开工，总投资86.5", "亿元。6月4日，全市三季度重大项目集中",
               "开工活动在高新区举行。", "二、人口", "年末全市户籍人口52.1万人，比上年末", "减少0.3万人。")
    doc = _stories(text)[0]
    assert "项目建设提速，全市重大项目投资完成情况好于预期" in doc.subheadlines
    assert doc.text.startswith("12个重大项目集中开工")


WATER_NOTICE = ("停水公告", "因管网检修，5月10日8:00至18:00东湖路", "沿线停水，请用户提前储水。",
                "松岚市东湖区供水有限公司", "2024年5月9日")


@pytest.mark.parametrize("body", [
    ("东湖区城市管理局近日组织执法队员对辖区", "主次干道占道经营行为开展集中整治，共清理", "流动摊点60余处。"),
    ("东湖区第二届农民丰收节9月22日在石桥村", "开幕，现场展销农特产品200余种。"),
    ("东湖区今年计划改造老旧小区18个涉及居民", "4260户，总投资约3.2亿元。"),
])
def test_a_line_after_a_signature_whose_sentence_runs_on_is_the_next_item_s_text(body):
    """Class: headline stack right after a notice's signature, its guard. A line at the column's width after
    a signature, no mark in it, whose sentence runs on into the next line (a clause mark there) is the first
    line of the next item's text, not its headline: the sentence stays whole."""
    arts = _stories(raw("6", "民生", "2024年5月9日 星期四", *WATER_NOTICE, *body, "东湖区集中整治占道经营", "责编：林 一"))
    assert arts[0].kind == "notice" and arts[0].text.endswith("2024年5月9日")
    assert all(a.headline != body[0] for a in arts)
    assert any(a.text.replace("\n", "") == "".join(body) for a in arts)


def test_a_document_s_signature_ends_it_and_the_next_story_keeps_its_first_line():
    """After a document's signature (issuer ⏎ date) on a raw page, the next story's lines never join the
    document: its first line, wrapped at the column's edge, is its text, and its foot headline heads it."""
    arts = _stories(raw("3", "要闻", "2024年5月9日 星期四", "松岚市东湖区人民政府", "关于进一步做好防汛工作的通知",
                        "各街道办事处，区直各单位：", "为切实做好今年防汛工作，现就有关事项通知如下。",
                        "一、压实防汛责任。各单位要落实主体责任。", "松岚市东湖区人民政府", "2024年5月8日",
                        "东湖区防汛抗旱指挥部近日召开全区防汛", "工作部署会，要求各单位克服麻痹思想，", "确保安全度汛。",
                        "东湖区部署防汛工作", "责编：林 一"))
    doc, news = arts
    assert doc.kind == "document" and doc.text.endswith("2024年5月8日") and not doc.subheadlines
    assert news.headline == "东湖区部署防汛工作"
    assert news.text.replace("\n", "") == "东湖区防汛抗旱指挥部近日召开全区防汛工作部署会，要求各单位克服麻痹思想，确保安全度汛。"


_VENUE_NOTICE_ABOVE = ("松岚市东湖区文化和旅游局", "关于暑期文化惠民活动报名的公告",
                       "为丰富青少年暑期生活，现就暑期文化惠民活动报名有关事项公告如下：",
                       "报名时间为7月1日至7月10日。", "松岚市东湖区文化和旅游局", "2024年6月28日")


@pytest.mark.parametrize("venue, title, body", [
    ("松岚市图书馆", "关于暑期调整开放时间的公告",
     ("为方便读者暑期借阅，我馆决定自7月1日起", "每日开放时间调整为8:30—20:00，", "周一闭馆。特此公告。")),
    ("松岚市东湖区文化馆", "关于免费开放培训课程报名的公告",
     ("本馆暑期开设书法、舞蹈等免费培训课程12门，", "每门限报30人，额满为止。特此公告。")),
    ("松岚市博物馆", "关于临时闭馆的公告",
     ("因展厅设备改造，我馆将于7月8日至7月12日", "临时闭馆，7月13日起恢复开放。特此公告。")),
])
def test_a_notice_signed_by_a_museum_or_library_under_its_name_line_is_a_notice(venue, title, body):
    """Class: a venue's notice (图书馆, 文化馆, 博物馆, 科技馆 sign as institutions, …馆). On a page
    without blank lines, a 关于…的公告 title under the venue's name on a line of its own, right after the
    signature of another notice, opens a notice of its own: the name is its kicker, the title its
    headline, the title not run into its first sentence."""
    text = raw("8", "公告", "2024年6月28日 星期五", *_VENUE_NOTICE_ABOVE, venue, title, *body, venue, "2024年6月28日",
               "责编：林 一")
    first, second = _stories(text)
    assert first.kind == "notice" and first.headline == "关于暑期文化惠民活动报名的公告"
    assert second.kind == "notice" and second.kicker == venue and second.headline == title
    assert second.text.startswith(body[0]) and second.text.endswith("2024年6月28日")


@pytest.mark.parametrize("lines, headline, first", [
    (("走进松岚市新图书馆", "本报讯（记者 乔 岩）6月27日，松岚市新图书馆", "正式开馆，馆藏图书达120万册，",
      "日均接待读者3000人次。"), "走进松岚市新图书馆", "6月27日，松岚市新图书馆正式开馆"),
    (("本报讯 6月27日，全市13家公共图书馆", "联合开展阅读推广活动。", "据介绍，参与活动的有市图书馆",
      "区图书馆、东湖区文化馆", "等单位，活动持续一个月。", "阅读推广活动启动"), "阅读推广活动启动", "6月27日，全市13家"),
    (("探访东湖区文化馆", "本报讯 6月27日，记者走进东湖区文化馆，", "今年以来该馆开展活动86场。"),
     "探访东湖区文化馆", "6月27日，记者走进"),
])
def test_a_venue_name_in_a_news_headline_or_text_opens_no_notice(lines, headline, first):
    """The guard of the class above: a headline or a text line ending on a venue (…图书馆, …文化馆) with
    no 关于…的公告 title under it stays a news story's headline or text."""
    (story,) = _stories(raw("3", "文化", "2024年6月28日 星期五", *lines, "责编：林 一"))
    assert story.kind == "news" and story.headline == headline and story.kicker == ""
    assert story.text.startswith(first)


_BRIEF_ABOVE = ("社区快讯", "●东湖社区举办邻里节", "5月18日，东湖社区举办第三届邻里节，", "吸引居民600余人参加。")


@pytest.mark.parametrize("title, body", [
    ("松岚县2024年第二批耕地地力保护补贴发放公示",
     ("根据县农业农村局有关规定，现将第二批补贴", "发放情况公示如下：", "公示期为5月20日至5月26日。")),
    ("松岚县东湖镇2024年度低保对象动态调整公示",
     ("经本人申请、镇村审核，现将调整情况公示如下：", "新增低保对象12户，退出8户。", "公示期为7天。")),
    ("松岚县2024年春季义务植树活动倡议启事",
     ("为改善城乡生态环境，县绿化委员会倡议全县", "干部群众积极参加义务植树活动。")),
])
def test_a_notice_title_right_under_a_mid_page_date_band_opens_a_notice(title, body):
    """Class: a notice's full title (…公示, …启事) on a line of its own right under a date band or folio
    printed mid-page (page furniture), after another item's last sentence: a new item, the notice,
    begins there; its title is not run into the item above nor its first line taken as a deck."""
    text = raw("5", "综合", "2024年5月20日 星期一", *_BRIEF_ABOVE, "2024年5月20日 星期一", title, *body, "责编：林 一")
    brief, notice = _stories(text)
    assert brief.text.replace("\n", "").endswith("吸引居民600余人参加。") and brief.subheadlines == []
    assert notice.headline == title and notice.text.startswith(body[0])


@pytest.mark.parametrize("header, rows", [
    ("户主 补贴面积 补贴金额", ("张永福 12.6 1260", "李秀兰 8.4 840", "合计 21.0 2100")),
    ("片区 户数 建筑面积", ("A片区 126 9870", "B片区 94 7215", "合计 220 17085")),
    ("村名 参保户数 保费", ("杨柳村 312 62400", "石门村 186 37200")),
])
def test_labelled_figure_rows_under_a_notice_s_column_names_are_its_text(header, rows):
    """Class: a notice's table flattened by pdftotext -raw: under its colon (公示如下：) a row of column
    names, then rows of a name and its figures (张永福 12.6 1260, A片区 126 9870, 合计 …), no row
    number. The rows are the notice's text, not a stack of headlines; the text after them goes on."""
    text = raw("5", "公告", "2024年5月20日 星期一", "松岚县东湖镇人民政府", "关于2024年补贴发放情况的公示",
               "经村级申报、镇级审核，现将发放情况公示如下：", header, *rows,
               "公示期为5月20日至5月26日，如有异议请在公示期内反映。", "松岚县东湖镇人民政府", "2024年5月20日", "责编：林 一")
    (notice,) = _stories(text)
    assert notice.kind == "notice" and notice.headline == "关于2024年补贴发放情况的公示" and notice.subheadlines == []
    assert rows[-1] in notice.text and notice.text.endswith("2024年5月20日")


@pytest.mark.parametrize("headline, lead", [
    ("我市首批非遗传承人名单公示", ("本报讯（记者 乔 岩）5月19日，市文旅局公布首批", "非遗代表性传承人名单，共28人入选。")),
    ("十家企业发布诚信经营联合声明", ("本报讯 5月19日，全市十家龙头企业联合发布", "诚信经营声明，承诺守法经营。")),
    ("首批“最美家庭”名单公示", ("本报讯（通讯员 林 一）5月19日，县妇联公布首批", "“最美家庭”名单，共15户入选。")),
])
def test_a_news_headline_ending_on_a_notice_word_under_a_date_band_keeps_its_lead(headline, lead):
    """The guard of the class above: a news headline that ends on 公示 or 声明, under a mid-page date band,
    over a story's lead (本报讯…) is that story's headline, not a notice with no text."""
    text = raw("5", "综合", "2024年5月20日 星期一", *_BRIEF_ABOVE, "2024年5月20日 星期一", headline, *lead, "责编：林 一")
    brief, news = _stories(text)
    assert news.kind == "news" and news.headline == headline and news.text.startswith(lead[0][lead[0].index(" ") + 1:]
                                                                                      if "）" not in lead[0] else "5月19日")


@pytest.mark.parametrize("above_end, band, headline, between, lead, first", [
    ("吸引居民600余人参加。", "2024年5月20日 星期一", "市政府发布禁燃烟花爆竹通告", ("——春节期间城区全域禁燃",),
     ("本报讯 5月19日，市政府发布通告，", "春节期间城区全域禁止燃放烟花爆竹。"), "5月19日"),
    ("吸引居民600余人参加。", "2024年5月20日 星期一", "市政府发布禁燃烟花爆竹通告", ("春节期间城区全域禁燃",),
     ("本报讯 5月19日，市政府发布通告，", "春节期间城区全域禁止燃放烟花爆竹。"), "5月19日"),
    ("吸引居民600余人参加。", "2024年5月20日 星期一", "我市首批非遗传承人名单公示", ("28人入选",),
     ("本报讯（记者 乔 岩）5月19日，市文旅局公布首批", "非遗代表性传承人名单。"), "5月19日"),
    ("吸引居民600余人参加。", "2024年5月20日 星期一", "国务院发布关于节能降碳的通告", ("——明确五方面重点任务",),
     ("新华社北京5月19日电 国务院近日发布通告，", "明确五方面重点任务。"), "国务院近日"),
    ("吸引居民600余人参加。", "5", "交警发布端午假期出行通告", ("——部分路段实施交通管制",),
     ("本报讯 5月19日，市交警支队发布通告，", "端午假期部分路段实施交通管制。"), "5月19日"),
    ("吸引居民600余人参加。（林一）", "2024年5月20日 星期一", "市政府发布禁燃烟花爆竹通告", ("——春节期间城区全域禁燃",),
     ("本报讯 5月19日，市政府发布通告，", "春节期间城区全域禁止燃放烟花爆竹。"), "5月19日"),
    ("吸引居民600余人参加。", "2024年5月20日 星期一", "市政府发布禁燃烟花爆竹通告", ("记者 林 一",),
     ("本报讯 5月19日，市政府发布通告，", "春节期间城区全域禁止燃放烟花爆竹。"), "5月19日"),
])
def test_a_news_headline_with_a_notice_word_under_a_band_looks_past_its_deck_for_the_lead(
        above_end, band, headline, between, lead, first):
    """The guard of the band class, past a deck, a second headline line or a byline: a news headline that
    ends on 通告 or 公示 under a mid-page date band or folio, with its deck (——…) or byline between it and
    its lead (本报讯…, 新华社…电), is that story's headline, not a notice with no text."""
    text = raw("5", "综合", "2024年5月20日 星期一", *_BRIEF_ABOVE[:-1], above_end, band, headline, *between, *lead,
               "责编：林 一")
    stories = _stories(text)
    assert not any(s.kind == "notice" for s in stories)
    assert any(s.kind in ("news", "wire") and s.headline == headline for s in stories)
    assert any(first in s.text[:24] for s in stories[1:])  # a byline line still parts them, as before


@pytest.mark.parametrize("rows, after, headline, body", [
    (("张永福 12.6 1260", "李秀兰 8.4 840"), (), "石门村小学迎来新校舍",
     ("5月19日，记者走进石门村小学，新校舍", "已投入使用。")),
    (("张永福 12.6 1260", "李秀兰 8.4 840"), (), "张三12年坚守乡村课堂",
     ("5月19日，记者走进石门村小学，张三", "已在这里任教12年。")),
    (("张永福 12.6 1260", "李秀兰 8.4 840"), ("公示期为5月20日至5月26日。",), "石门村小学迎来新校舍",
     ("5月19日，记者走进石门村小学，新校舍", "已投入使用。")),
    (("张永福 12.6 1260", "李秀兰 8.4 840"), (), "全市 新增 就业 1.2 万人",
     ("5月19日，市人社局发布数据，", "今年新增就业1.2万人。")),
    (("张永福 12.6 1260", "合计 21.0 2100"), (), "一 季 度 全 市 GDP 增 长 5.3%",
     ("5月19日，市统计局发布数据，", "一季度全市经济运行平稳。")),
    (("张永福 12.6 1260", "李秀兰 8.4 840"), (), "张三 12年 坚守乡村课堂",
     ("5月19日，记者走进石门村小学，张三", "已在这里任教12年。")),
    (("张永福 12.6 1260", "李秀兰 8.4 840"), (), "张三 12",
     ("5月19日，记者走进石门村小学，张三", "已在这里任教12年。")),
])
def test_a_notice_s_table_ends_at_its_last_row_and_a_headline_after_it_opens_a_story(rows, after, headline, body):
    """Class: a notice's table (column names, then a label and its figures per row) ends at the first line
    that is not such a row (its cell count is the header's, a label first, figures after); a display line
    after it (a headline, spaced or not, with a figure or not) opens the next story, not one more row."""
    text = raw("5", "综合", "2024年5月20日 星期一", "松岚县东湖镇人民政府", "关于2024年补贴发放情况的公示",
               "经村级申报、镇级审核，现将发放情况公示如下：", "户主 补贴面积 补贴金额", *rows, *after, headline, *body,
               "责编：林 一")
    notice, *rest = _stories(text)
    assert notice.kind == "notice" and rows[-1] in notice.text and headline not in notice.text
    assert notice.subheadlines == [] and body[0] not in notice.text and all(a in notice.text for a in after)
    assert rest and nonspace("".join(s.headline + s.text for s in rest)).startswith(nonspace(headline + body[0]))
