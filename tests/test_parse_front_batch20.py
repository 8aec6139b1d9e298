"""Front-page structures of the twentieth batch, each on a small invented snippet."""

from __future__ import annotations

from tests.snippets import page, stories

LEAD = ("本报讯 （记者 方 远）3月2日，记者从县人社局获悉，今年1—2月，",
        "全县城镇新增就业3200人，城镇调查失业率为5.1%，就业形势总体稳定。")


def test_a_labelled_boxs_table_opening_on_its_unit_line_is_the_boxs_text():
    """Class: labelled table box whose table opens on its unit line (单位：万人) and breaks a row down on
    a 其中： row. The unit line and the rows (其中：某某 数字 included) are the box's text, not a stack of
    headlines; the box ends where the rows end."""
    text = page("县就业形势总体稳定", "\n".join(LEAD), "【数说就业】", "2月末全县社会保险参保情况",
                "单位：万人\n养老保险　６２．４\n其中：职工养老　３１．２\n失业保险　１８．６\n工伤保险　２１．３",
                "稳就业贵在落地见效", "□本报评论员",
                "今年以来，全县就业保持稳定，成绩来之不易。但也要看到，\n部分群体就业仍有困难，仍需加力。")
    arts = stories(text)
    assert [(a.kind, a.kicker, a.headline) for a in arts] == [
        ("news", "", "县就业形势总体稳定"), ("box", "数说就业", "2月末全县社会保险参保情况"),
        ("commentary", "", "稳就业贵在落地见效")]
    assert arts[1].text.startswith("单位：万人") and arts[1].text.endswith("工伤保险 ２１．３")


def test_a_question_on_one_line_over_a_teasers_page_reference_is_the_teasers_headline():
    """Class: question teaser headline. One line asking a question (…怎么调？) right over a page reference
    (详见5版) is the teaser's headline, not the text of the item above."""
    text = page("县就业形势总体稳定", "\n".join(LEAD), "今年城乡居民医保缴费标准怎么定？\n详见3版")
    arts = stories(text)
    assert [(a.kind, a.headline) for a in arts] == [
        ("news", "县就业形势总体稳定"), ("teaser", "今年城乡居民医保缴费标准怎么定？")]
    assert arts[0].text.endswith("就业形势总体稳定。")


RAW_LEAD = ("本报讯（记者 方 远）3月2日，记者从县人", "社局获悉，今年1—2月，全县城镇新增就业",
            "3200人，就业形势总体稳定。")


def test_a_numbered_table_under_a_notices_colon_is_the_notices_text():
    """Class: table under a notice's colon. A row of column names under a notice's text that closes on a
    colon, then numbered rows (1 某某合作社 30), are the notice's text, not a stack of headlines."""
    text = "\n".join(RAW_LEAD + (
        "县就业形势总体稳定", "关于2024年度家庭农场奖补资金", "拟安排项目的公示",
        "经申报、审核，拟对以下3家家庭农场给予奖", "补，现公示如下：",
        "序号 家庭农场名称 拟奖补金额（万元）", "1 某县东山绿源家庭农场 8", "2 某县西河丰收家庭农场 6",
        "3 某县南岭果蔬家庭农场 5", "公示期为5个工作日。如有异议，请向县农", "业农村局反映。", "某县农业农村局",
        "2024年3月1日"))
    arts = [a for a in stories(text) if a.kind != "furniture"]
    assert [(a.kind, a.headline) for a in arts] == [
        ("news", "县就业形势总体稳定"), ("notice", "关于2024年度家庭农场奖补资金拟安排项目的公示")]
    assert "2 某县西河丰收家庭农场 6" in arts[1].text and arts[1].text.endswith("2024年3月1日")


def test_a_lone_full_date_line_closes_the_item_above_it():
    """Class: a lone full-date line (a letter's, notice's or statement's date) closes the item above it,
    with the lines between that item's text and the date (a slogan, who signs); never a headline or
    teaser."""
    text = "\n".join(RAW_LEAD + (
        "县就业形势总体稳定", "致全县广大市民朋友的一封信", "春风送暖，万物复苏。当前正值春季植树",
        "的好时节，我们诚挚邀请全县广大市民朋", "友走出家门，积极参加义务植树活动，为", "建设美丽家园贡献一份力量。",
        "让我们携起手来，共建绿色家园", "县绿化委员会办公室 县志愿者协会", "2024年3月1日"))
    arts = [a for a in stories(text) if a.kind != "furniture"]
    assert [a.headline for a in arts] == ["县就业形势总体稳定", "致全县广大市民朋友的一封信"]
    assert arts[1].text.endswith("让我们携起手来，共建绿色家园\n县绿化委员会办公室县志愿者协会\n2024年3月1日")


def test_a_lone_full_date_line_ends_a_group_of_lines_and_the_next_items_title_starts_under_it():
    """Class: a lone full-date line closes the item above it even with the next item's title right under
    it: the date ends the signer's lines, and the title under it is the next item's."""
    text = "\n".join(RAW_LEAD + (
        "县就业形势总体稳定", "致全县广大市民朋友的一封信", "春风送暖，万物复苏。当前正值春季植树",
        "的好时节，我们诚挚邀请全县广大市民朋", "友走出家门，积极参加义务植树活动，为", "建设美丽家园贡献一份力量。",
        "让我们携起手来，共建绿色家园", "县绿化委员会办公室 县志愿者协会", "2024年3月1日",
        "关于开展2024年春季义务植树", "活动的通知", "各乡镇、各单位：县里定于3月12日开展",
        "春季义务植树活动，请各单位组织干部职", "工积极参加。"))
    arts = [a for a in stories(text) if a.kind != "furniture"]
    assert [a.headline for a in arts] == ["县就业形势总体稳定", "致全县广大市民朋友的一封信",
                                          "关于开展2024年春季义务植树活动的通知"]
    assert arts[1].text.endswith("县志愿者协会\n2024年3月1日")


NOTICE_LEAD = ("本报讯（记者 方 远）3月2日，记者从县人", "社局获悉，今年1—2月，全县城镇新增就业",
               "3200人，比上年同期增加260人；城镇调查", "失业率为5.1%，比上年同期下降0.2个百分",
               "点。县人社局负责人介绍，下一步将继续", "开展“春风行动”，帮助更多群众就业。")


def test_label_value_lines_under_a_notices_colon_are_the_notices_list():
    """Class: list entries under a notice's colon. On a page without blank lines, lines of ``label：value``
    (东山镇：杨柳村、石门村) under a notice's text that closes on a colon (现予公示：) are the notice's
    text, its list, not a teaser's stack; the notice goes on under them."""
    text = "\n".join(NOTICE_LEAD + (
        "某县2024年度文明村镇拟推荐名单公示", "根据《某县文明村镇创建管理办法》，经", "村级申报、乡镇推荐、县级评审，拟推荐",
        "以下9个村为2024年度县级文明村，现予", "公示：", "东山镇：杨柳村、石门村", "西河乡：清泉村、枣林村、黄土村",
        "南岭镇：花园村、竹林村", "北坪乡：新华村、红旗村", "公示期为5个工作日。公示期间如有异议，",
        "请以书面形式向县文明办反映。", "某县精神文明建设委员会办公室", "2024年3月1日", "今年1—2月", "县就业形势总体稳定"))
    arts = [a for a in stories(text) if a.kind != "furniture"]
    assert [(a.kind, a.headline) for a in arts] == [
        ("news", "县就业形势总体稳定"), ("notice", "某县2024年度文明村镇拟推荐名单公示")]
    assert "西河乡：清泉村、枣林村、黄土村\n南岭镇：花园村、竹林村" in arts[1].text
    assert arts[1].text.endswith("2024年3月1日")


def test_a_notice_title_the_column_cut_mid_word_under_a_text_is_the_notices_whole_title():
    """Class: notice title wrapped mid-word under a text. On a page without blank lines, a line as wide as
    the text's column (no wider) right under that text (…示范农户拟认 ⏎ 定名单公示) is the first half of the
    notice's title the column cut, not a headline printed after the text above."""
    text = "\n".join(NOTICE_LEAD + (
        "某县2024年度农村美丽庭院示范农户拟认", "定名单公示", "根据《某县美丽庭院创建办法》，经农户申报、",
        "村级初评、乡镇推荐，拟认定以下25户为2024", "年度县级美丽庭院示范户，名单已在各村公", "示栏张贴。公示期为5个工作日。",
        "某县妇女联合会", "2024年3月1日", "今年1—2月", "县就业形势总体稳定"))
    arts = [a for a in stories(text) if a.kind != "furniture"]
    assert [(a.kind, a.headline) for a in arts] == [
        ("news", "县就业形势总体稳定"), ("notice", "某县2024年度农村美丽庭院示范农户拟认定名单公示")]


FARM_LEAD = ("本报讯（记者 方 远）3月2日，记者从县农", "业农村局获悉，截至2月末，全县家庭农场",
             "发展到1260家，比年初增加35家，其中省", "级示范家庭农场12家。县农业农村局负责",
             "人介绍，今年将安排专项资金，扶持家庭", "农场发展壮大。")


def test_a_wrapped_notice_title_is_never_shared_between_a_text_above_and_the_text_under_it():
    """Class: wrapped title kept whole. A notice's 关于… title the column wrapped (关于2024年度家庭农场发展专项 ⏎
    奖补资金拟安排项目的公示) after another notice's date goes whole to the text under it, even when its first
    line echoes a headless story higher up, whose headline is printed at the page's foot."""
    text = "\n".join(FARM_LEAD + (
        "某县2024年度美丽庭院示范户拟认定名单公示", "根据《某县美丽庭院创建办法》，经农户申报、",
        "村级初评、乡镇推荐，拟认定以下25户为2024", "年度县级美丽庭院示范户，名单已在各村公", "示栏张贴。公示期为5个工作日。",
        "某县妇女联合会", "2024年3月1日", "关于2024年度家庭农场发展专项", "奖补资金拟安排项目的公示",
        "经申报、审核，拟对以下3家家庭农场给予奖", "补，名单附后。公示期为5个工作日，如有异议，", "请向县农业农村局反映。",
        "某县农业农村局", "2024年3月1日", "截至2月末", "全县家庭农场发展到1260家"))
    arts = [a for a in stories(text) if a.kind != "furniture"]
    assert [a.headline for a in arts][-1] == "关于2024年度家庭农场发展专项奖补资金拟安排项目的公示"
    assert arts[0].headline == "全县家庭农场发展到1260家"


def test_a_titled_table_under_a_raw_stack_is_one_box_up_to_its_note():
    """Class: titled table box under a raw stack. On a page without blank lines, a line over a row of column
    names (品种 价格（元/公斤）) and rows of a name and a figure, right under a stack of headlines printed
    after the text above, is the title of a box whose text is the table, its note (注：…) included; the
    stack is the text's."""
    text = "\n".join(RAW_LEAD + (
        "县就业形势总体稳定", "城镇调查失业率为5.1%", "县城主要蔬菜零售价格（3月1日）", "品种 价格（元/公斤）",
        "大白菜 2.40", "土豆 3.60", "西红柿 6.80", "注：价格为县城三个农贸市场均价。",
        "●县农贸市场完成提质改造", "3月1日，县城东门农贸市场完成提质改造，", "新增摊位60个。"))
    arts = [a for a in stories(text) if a.kind != "furniture"]
    boxes = [a for a in arts if a.kind == "box"]
    assert [a.headline for a in boxes] == ["县城主要蔬菜零售价格（3月1日）"]
    assert "城镇调查失业率为5.1%" in [arts[0].kicker, arts[0].headline] + arts[0].subheadlines
    assert boxes[0].text.startswith("品种 价格（元/公斤）") and boxes[0].text.endswith("注：价格为县城三个农贸市场均价。")


def test_a_stack_after_two_headless_texts_is_shared_on_a_tie():
    """Class: stack shared on a tie. Four headline lines after two headless texts, the kicker echoing
    neither and the first headline echoing both as much (every word pair of it in both texts): the
    earlier text takes the kicker and that headline, the later one the other two; it does not stay
    headless."""
    text = "\n".join((
        "本报讯（记者 方 远）3月2日，记者从县", "统计局获悉，1至2月，全县规模以上工业", "增加值同比增长8.2%，比上年同期提高",
        "1.4个百分点。其中，制造业增加值同比", "增长9.1%。", "本报讯（记者 李 青）记者日前从县工信",
        "局了解到，1至2月，全县规模以上工业企", "业利润总额同比增长12.6%，增速高于全县", "规模以上工业增加值同比增长4.4个百分点。",
        "经济运行开局良好", "全县规模以上工业增加值同比增长8.2%", "规上工业企业利润总额增长12.6%", "工业企业利润总额增速高于增加值",
        "●县城新增停车位800个", "3月1日，县城新建的两处公共停车场投入", "使用，新增停车位800个。"))
    arts = [a for a in stories(text) if a.kind != "furniture"]
    assert [(a.kicker, a.headline, a.subheadlines) for a in arts[:2]] == [
        ("经济运行开局良好", "全县规模以上工业增加值同比增长8.2%", []),
        ("", "规上工业企业利润总额增长12.6%", ["工业企业利润总额增速高于增加值"])]


def test_a_notices_contact_lines_end_it_and_a_label_headline_over_a_lead_is_the_next_storys():
    """Regression guard for list entries under a notice's colon. A notice's contact lines (联系人：…,
    电话：…) are its last lines, and a ``主题：副题`` line right over a lead (本报讯…) is the next story's
    headline, not one more entry of the notice's list."""
    for contact in (("请与县民政局联系。联系方式：", "联系人：王 芳", "电话：0872-7654321"),
                    ("请与县民政局联系。", "联系电话：0872-7654321")):
        text = "\n".join((
            "关于2024年度养老服务示范站点", "拟认定名单的公示", "经站点申报、乡镇推荐、县级评审，拟认定",
            "以下站点为2024年度县级养老服务示范站", "点，名单已在县政府网站公布。如有异议，") + contact + (
            "养老服务：全县将新建村级幸福院36所惠及老人", "本报讯（记者 周 宁）3月5日，记者从县民", "政局获悉，今年全县将新建村级幸福院36",
            "所，惠及农村老年人1.2万余人。"))
        arts = [a for a in stories(text) if a.kind != "furniture"]
        assert [a.headline for a in arts] == ["关于2024年度养老服务示范站点拟认定名单的公示",
                                              "养老服务：全县将新建村级幸福院36所惠及老人"]
        assert arts[0].text.endswith("0872-7654321")


def test_a_headline_as_wide_as_the_column_over_a_short_notice_title_stays_the_text_aboves():
    """Regression guard for notice title wrapped mid-word under a text. A complete headline printed after
    its text, as wide as the text's column (it names no year a list or scheme covers, as a notice title's
    first half does), is that text's headline, not joined to the short notice title under it."""
    for title in ("减资公告", "遗失声明", "注销公告"):
        text = "\n".join((
            "本报讯（记者 周 宁）3月3日，记者从县文旅局获", "悉，今年春节假期全县共接待游客36.5万人次，",
            "比上年增长12.4%，实现旅游收入2.1亿元，比上", "年增长15.6%，乡村旅游成为群众出游新选择。",
            "春节假期全县接待游客三十六万余人次同比增长", title, "某某文化传媒有限公司经股东会决议，拟申请办理",
            "相关登记手续。请有关债权人自本公告发布之日起", "45日内向本公司申报债权。", "某某文化传媒有限公司", "2024年3月5日"))
        arts = [a for a in stories(text) if a.kind != "furniture"]
        assert [a.headline for a in arts] == ["春节假期全县接待游客三十六万余人次同比增长", title]


def test_a_kicker_echoing_neither_text_stays_with_the_later_texts_headlines_on_a_tie():
    """Regression guard for stack shared on a tie. After two headless texts, a kicker echoing neither over
    headlines echoing the later text only, and the earlier text's headline printed last: the tie does not
    hand the kicker alone to the earlier text; it heads the later text's stack."""
    text = "\n".join((
        "本报讯（记者 周 宁）3月3日，记者从县商务", "局获悉，1至2月，全县社会消费品零售总额", "同比增长6.3%，比上年同期提高0.8个百分",
        "点。", "本报讯（记者 王 芳）记者日前从县水务局", "了解到，全县已完成春灌面积42万亩，水利", "设施运行平稳有序。",
        "凝心聚力促发展", "全县完成春灌面积42万亩", "水利设施运行平稳有序", "社会消费品零售总额增长6.3%",
        "●县城新增公交线路3条", "3月1日，县城新开通的3条公交线路投入", "运营，方便群众出行。"))
    arts = [a for a in stories(text) if a.kind != "furniture"]
    assert [(a.kicker, a.headline, a.subheadlines) for a in arts[:2]] == [
        ("", "社会消费品零售总额增长6.3%", []),
        ("凝心聚力促发展", "全县完成春灌面积42万亩", ["水利设施运行平稳有序"])]


def test_a_wrapped_about_title_over_another_storys_headline_stays_with_the_text_above():
    """Regression guard for wrapped title kept whole. A 关于… title the column wrapped, printed after its
    own text, with another story's headline right under it (over that story's lead), is the text above's
    title, whole; it does not move down to the next story."""
    text = "\n".join((
        "各村（社区）、各有关单位：县里定于3月15日开", "展春季环境卫生集中整治，请各单位认真组织，",
        "确保整治取得实效，整治情况纳入年度考核。", "某县爱国卫生运动委员会", "关于开展2024年春季环境卫生集中",
        "整治的通知", "县城北门菜市场完成升级改造", "本报讯（记者 王 芳）3月4日，县城北门菜市场",
        "完成升级改造，新增摊位45个，惠及周边居民", "1万余人。"))
    arts = [a for a in stories(text) if a.kind != "furniture"]
    assert [a.headline for a in arts] == ["关于开展2024年春季环境卫生集中整治的通知", "县城北门菜市场完成升级改造"]
    assert arts[1].kicker == "" and arts[1].subheadlines == []


def test_a_question_ending_a_text_over_a_page_reference_is_not_a_teasers_headline():
    """Regression guard for question teaser headline. On a page with blank lines, a question set right
    under a text's last line (no blank line over it), or one with a comma in it (接下来，…？), is the
    text's last sentence asking on, not the headline of the teaser under it."""
    for question in ("\n社保卡还能办理哪些业务？", "\n\n接下来，社保卡还能办理哪些业务？"):
        text = page("县社保卡持卡人数突破50万", "本报讯 （记者 周 宁）3月3日，记者从县人社局获悉，截至2月末，\n"
                    "全县社会保障卡持卡人数达50.6万人，覆盖率超过98%。" + question + "\n详见4版")
        arts = [a for a in stories(text) if a.kind != "furniture"]
        assert [a.headline for a in arts] == ["县社保卡持卡人数突破50万", ""]
