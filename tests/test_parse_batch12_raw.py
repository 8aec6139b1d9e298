"""Inside pages and reports of the twelfth batch's classes, on invented snippets (never an edition's
lines): a table of two cells a row under its 单位 line, in full-width digits; a document whose title
is printed after its first section; notices run together; a bullet brief's headline over a text
opening on a figure."""

from __future__ import annotations

from tests.snippets import raw, stories


def blank(*lines: str) -> str:
    """A page whose units are set apart by blank lines ("" is a blank line)."""
    return "\n".join(lines) + "\n"


# --- a flattened table whose rows are a name and one figure ----------------------------------------

def _two_tables() -> str:
    return blank("某川县2023年农业经济统计公报", "", "一、种植业", "",
                 "2023年，全县粮食播种面积62.4万亩，", "比上年增加0.8万亩；粮食总产量21.6", "万吨，增长1.2%，连续五年保持稳定。", "",
                 "表1　2023年主要农产品产量", "产品名称　单位　产量　比上年增长（%）", "稻谷　万吨　41.2　1.5",
                 "玉米　万吨　6.1　-0.8", "油菜籽　万吨　3.3　2.4", "茶叶　吨　860.0　7.9", "", "表2　2023年全县分品种主要农产品单产增速", "单位：%", "粮食作物种植业　１２．４",
                 "蔬菜和食用菌种植业　－０．８", "油料和糖料作物种植业　２．６", "茶叶种植业　７．３", "", "二、畜牧业", "", "年末全县生猪存栏21.3万头，比上年末", "增长1.4%，全年生猪出栏35.2万头。")


def test_rows_of_a_name_and_a_full_width_figure_under_a_unit_line_are_no_headline_stack():
    (doc,) = stories(_two_tables())
    assert doc.headline == "某川县2023年农业经济统计公报"
    assert doc.subheadlines == ["一、种植业", "二、畜牧业"]
    assert "蔬菜和食用菌种植业 －０．８" in doc.text


# --- a document whose title is printed after its first section ---------------------------------

def test_a_bulletins_title_and_issuer_after_its_first_section_leave_it_one_document():
    text = blank("2023年，全县农业生产稳中有进，粮食", "产量再创新高，农民收入稳步增长。", "",
                 "一、种植业", "", "全年粮食播种面积62.4万亩，比上年增", "加0.8万亩；粮食总产量21.6万吨，", "增长1.2%。", "",
                 "某川县2023年农业农村经济", "发展统计公报", "", "某川县统计局", "2024年3月14日", "",
                 "二、畜牧业", "", "年末生猪存栏21.3万头，比上年末增长", "1.4%；全年生猪出栏35.2万头。", "",
                 "三、渔业", "", "全年水产品产量3.6万吨，增长2.3%。")
    (doc,) = stories(text)
    assert doc.headline == "某川县2023年农业农村经济发展统计公报"
    assert doc.subheadlines[0] == "一、种植业" and doc.subheadlines[-2:] == ["二、畜牧业", "三、渔业"]
    assert doc.text.startswith("2023年，全县农业") and doc.text.endswith("增长2.3%。")


def test_a_reports_title_deck_and_speaker_after_its_opening_leave_it_one_document():
    text = blank("各位代表：", "", "受县人民政府委托，现将某川县2023年", "财政预算执行情况报告如下，请予审议。", "",
                 "关于某川县2023年预算执行情况", "的报告（摘要）", "", "——2024年1月10日在某川县第五届人民代表",
                 "大会第四次会议上", "", "某川县财政局局长 王 一", "", "一、2023年预算执行情况", "",
                 "2023年，全县一般公共预算收入完成", "28.6亿元，增长6.8%。", "", "（一）一般公共预算", "",
                 "全县一般公共预算支出完成41.2亿元，", "下降2.3%。", "", "二、2024年预算草案", "",
                 "2024年全县一般公共预算收入预计完成", "30.1亿元，增长5.1%左右。")
    (doc,) = stories(text)
    assert doc.headline == "关于某川县2023年预算执行情况的报告（摘要）"
    assert doc.text.startswith("各位代表：") and doc.text.endswith("增长5.1%左右。")
    assert "二、2024年预算草案" in doc.subheadlines


# --- a wide photo's caption cutting a paragraph mid-sentence -----------------------------------

def test_a_caption_set_wider_than_the_column_does_not_run_on_from_the_cut_paragraph():
    text = blank("某川县召开全县经济工作会议", "", "本报讯 1月5日，某川县召开经济工作", "会议。会议指出，全县地区生产总值增长",
                 "5.1%，规模以上工业增加值增长7.2%，", "投资增长8.3%。其中，增幅居全市前列的", "",
                 "1月5日，某川县召开经济工作会议，总结去年工作。　本报记者 王 一 摄", "",
                 "是数字经济和先进制造业，分别增长", "12.4%和9.8%。")
    arts = stories(text)
    caption = next(a for a in arts if a.kind == "caption")
    assert caption.text.startswith("1月5日，某川县召开经济工作会议，总结")
    news = next(a for a in arts if a.kind != "caption")
    assert "增幅居全市前列的" in news.text and "分别增长" in news.text


# --- notices: an issuer over a 关于… title, a title wrapped by the column ---------------------------

def _after_a_story(*notice: str) -> str:
    return raw("本报讯 5月6日，某县新建的三座污水处理", "厂全部投入运行，日处理能力达到两万", "吨，出水水质稳定达标。",
               "某县污水处理能力翻番", *notice)


def test_an_issuer_over_a_notice_title_about_something_is_its_kicker():
    text = _after_a_story("某县交通运输局", "关于某某大桥封闭施工的通告", "为保障施工安全，现就有关事项通告如下：",
                          "某某大桥自6月1日起封闭施工，为期30天。", "特此通告。", "某县交通运输局", "2024年5月20日")
    notice = next(a for a in stories(text) if a.kind == "notice")
    assert notice.headline == "关于某某大桥封闭施工的通告" and notice.kicker == "某县交通运输局"  # the brief, 17th batch


def test_a_notice_title_wrapped_by_the_column_under_its_issuer_is_one_headline_the_issuer_its_kicker():
    text = _after_a_story("某县人力资源局", "关于开展2024年度技能人才评价", "工作的公告", "各有关单位：",
                          "现就2024年度技能人才评价工作公告", "如下：报名时间为6月1日至6月30日。", "某县人力资源局",
                          "2024年5月20日")
    arts = stories(text)
    notice = next(a for a in arts if a.kind == "notice")
    assert notice.headline == "关于开展2024年度技能人才评价工作的公告" and notice.kicker == "某县人力资源局"
    assert notice.text.startswith("各有关单位：") and len(arts) == 2


def test_a_notice_titled_about_something_right_after_the_last_notices_date_is_a_notice_of_its_own():
    text = _after_a_story("某县交通运输局", "关于某某大桥封闭施工的通告", "为保障施工安全，现就有关事项通告如下：",
                          "某某大桥自6月1日起封闭施工，为期30天。", "特此通告。", "某县交通运输局", "2024年5月20日",
                          "关于公开招募“文明交通志愿者”的启事", "为倡导文明出行，县交通运输局现面向", "社会招募志愿者100名。",
                          "某县交通运输局", "2024年5月20日")
    notices = [a for a in stories(text) if a.kind == "notice"]
    assert [n.headline for n in notices] == ["关于某某大桥封闭施工的通告", "关于公开招募“文明交通志愿者”的启事"]
    assert notices[1].text.startswith("为倡导文明出行")


# --- a ● item whose headline line is over a text opening on its month ------------------------------

def test_a_bullet_line_without_marks_over_a_text_opening_on_its_month_is_the_items_headline():
    text = raw("乡镇动态", "●某镇召开春季森林防火工作部署会议", "3月份，全镇共排查森林火灾隐患点26处，",
               "整改到位率达百分之百。（王 一）", "●某镇开展植树活动", "3月12日，某镇组织干部群众200余人",
               "义务植树5000余株。（李 二）")
    arts = stories(text)
    assert [a.headline for a in arts] == ["某镇召开春季森林防火工作部署会议", "某镇开展植树活动"]
    assert arts[0].text.startswith("3月份，全镇")
