"""Inside pages and reports of the fourteenth batch's classes, on invented snippets (never an
edition's lines)."""

from __future__ import annotations

from tests.snippets import raw, stories


# --- a figures box whose first line dates its facts (截至…时) -------------------------------------

def test_the_line_that_dates_a_figures_box_is_its_text_not_its_headline():
    text = raw("本报讯（记者 王 一）5月8日，全县抗旱工作推进会召开。", "截至目前，全县已投入抗旱资金860万元，",
               "新打机井42眼。", "【数字】", "截至8日20时", "投入抗旱资金860万元", "新打机井42眼",
               "出动送水车辆65台次", "县水利局关于节约用水的倡议书")
    arts = stories(text)
    box = next(a for a in arts if a.kind == "box")
    assert box.headline == ""
    assert box.text.replace("\n", "").startswith("截至8日20时投入抗旱资金860万元")
    assert "出动送水车辆65台次" in box.text
    assert not [a for a in arts if a.headline in ("截至8日20时", "投入抗旱资金860万元")]


# --- the stacks of three leads at the foot, a feature's with its dash deck, above a titled notice ---

def _foot_stacks_over_notice() -> str:
    return raw("5月上旬，北岭镇的桃园里，果农们忙着", "给桃树疏果、套袋，田间地头人来人往，",
               "一派繁忙景象。",
               "花开早 坐果多", "“今年花期天气好，坐果率比往年高。”",
               "北岭镇农技站站长赵六说，全镇桃园面积", "1.8万亩，预计鲜桃产量4.5万吨，产值",
               "有望突破3亿元，同比增长10%以上。",
               "冷库建到村口", "镇里新建冷库12座，鲜桃可存放一个月，", "果农不再急着低价出手。",
               "（本报记者 王 一 通讯员 李 二）",
               "本报讯（记者 钱 三）5月9日，全市农产品", "价格监测周报发布。本周鲜桃批发均价", "每公斤8.6元，环比上涨4.2%。",
               "新华社北京5月9日电（记者 孙 四）农业", "农村部9日发布，全国水果种植面积稳定，", "夏季水果供应充足。",
               "果乡短讯", "●东坡镇举办果树修剪培训", "5月8日，东坡镇组织果农200余人参加", "果树修剪培训。",
               "●西岭乡开通鲜果直通车", "西岭乡开通鲜果直通车3条，日运鲜果", "60吨。",
               "枝头桃子俏", "一颗鲜桃甜了一方日子", "——北岭镇桃产业见闻",
               "鲜桃批发价环比上涨", "夏季水果供应充足",
               "北岭镇人民政府关于加强果园农药", "使用管理的通告",
               "为保障鲜桃质量安全，维护果农和消费者", "合法权益，现就果园农药使用有关事项通",
               "告如下：严禁销售和使用高毒高残留农药。", "特此通告。",
               "北岭镇人民政府", "2024年5月9日")


def test_stacks_at_the_foot_over_a_notice_go_to_the_feature_and_the_leads_in_page_order():
    arts = stories(_foot_stacks_over_notice())
    feature = next(a for a in arts if a.text.startswith("5月上旬"))
    lead = next(a for a in arts if "价格监测周报" in a.text)
    wire = next(a for a in arts if "农村部9日发布" in a.text)
    assert feature.headline == "一颗鲜桃甜了一方日子" and feature.kicker == "枝头桃子俏"
    assert feature.subheadlines[0] == "——北岭镇桃产业见闻"
    assert lead.headline == "鲜桃批发价环比上涨"
    assert wire.headline == "夏季水果供应充足"
    assert not [a for a in arts if a.kind == "teaser"]
    notice = next(a for a in arts if a.kind == "notice")
    assert notice.headline == "北岭镇人民政府关于加强果园农药使用管理的通告"


# --- a bulletin's table (表：… ⏎ column names ⏎ rows) and the signature under its last row -----------

def test_a_titled_table_and_the_signature_under_it_end_the_bulletin_above():
    text = "\n\n".join([
        "一、粮食生产稳定", "全县粮食播种面积52.3万亩，同比增长1.2%，\n总产量21.6万吨。",
        "二、畜牧生产平稳", "生猪出栏18.2万头，同比下降2.1%；牛羊\n出栏3.4万头。",
        "表：2024年前三季度某县主要农产品产量",
        "项目 产量（万吨） 同比增长（%）\n粮食 21.6 1.5\n蔬菜 30.2 4.3\n水果 8.7 2.8",
        "中国人民银行某县支行\n2024年10月20日",
        "本报讯（记者 王 一）10月21日，全县秋收现场\n会召开，部署秋收秋种工作。全县已收获\n秋粮35万亩。",
    ]) + "\n"
    arts = stories(text)
    doc = next(a for a in arts if "粮食播种面积" in a.text)
    assert "表：2024年前三季度某县主要农产品产量" in doc.text
    assert "水果 8.7 2.8" in doc.text and doc.text.rstrip().endswith("2024年10月20日")
    lead = next(a for a in arts if "秋收现场" in a.text)
    assert "支行" not in lead.kicker + lead.headline
