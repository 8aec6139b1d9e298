"""Terms and standards a notice sets (annotation brief: the seventeenth batch's "A time limit a notice or plan
sets", read by the lead as every term a notice or document sets, with or without 内; the ninth batch's
"Standards a document sets"), written as invented pages: none is copied from an edition."""

from __future__ import annotations

from tests.snippets import claims_of, page, parse

TERMS = page("柳塘区人力资源和社会保障局\n关于2024年度见习基地认定结果的公示",
             "经单位申报、实地核查，拟认定柳塘区兴业包装有限公司等12家单位为就业见习基地，现予以公示。"
             "公示期为2024年7月15日至7月19日，共5个工作日。异议受理期限为公示期满后10日。"
             "见习补贴申领办理时限为8个工作日。复核结果另行公示，公示期为3个工作日（7月24日至26日）。",
             "柳塘区人力资源和社会保障局\n2024年7月12日")


def test_a_term_a_notice_sets_without_nei_is_a_target():
    """公示期为…，共5个工作日, 期限为公示期满后10日, 办理时限为8个工作日: a term or time limit the notice sets,
    written without 内, is a standard it lays down, a target in days. Its period is as for other targets: days
    bracketed right after it, in its own clause (N个工作日（…至…）), or the span whose length it gives (期为…至…，共N:
    batch 29's reading, which six dev editions' golds share and one, of batch 16, does not)."""
    assert [a.kind for a in parse(TERMS) if a.kind != "furniture"] == ["notice"]
    found = [(c.quote, c.unit, c.projection, c.period) for c in claims_of(TERMS, lead="") if c.kind == "duration"]
    assert found == [("5个工作日", "day", "target", "2024-07-15/2024-07-19"), ("10日", "day", "target", None),
                     ("8个工作日", "day", "target", None), ("3个工作日", "day", "target", "2024-07-24/2024-07-26")]


def test_a_duration_a_notice_reports_is_no_term():
    """停电时间约6小时 in a notice: how long a cut lasts is no term laid down; nor is 管制期间 ('during') a term word."""
    text = page("柳塘供电公司停电公告",
                "因线路检修，7月22日8:00至14:00，柳塘区东片部分区域停电，停电时间约6小时。管制期间，"
                "抢修车辆约9辆。特此公告。",
                "柳塘供电公司\n2024年7月18日")
    found = [(c.quote, c.projection) for c in claims_of(text, lead="")]
    assert found == [("约6小时", None), ("约9辆", None)]


def test_a_bound_a_notice_lays_down_is_a_target():
    """禁止…8吨以上, 每周不少于3次, 处500元以上5000元以下罚款 in a notice: the notice itself is the directive, so a
    bound it prints (a standard hedge, or 以上/以下/以内 after the figure, or a fine's range) is a standard it sets
    (annotation brief, ninth batch); the same bound in a news story is no target, nor is 余 ('more than')."""
    notice = page("柳塘区城市管理局通告",
                  "为保障桥梁安全，即日起禁止总重8吨以上车辆通行石桥路。沿线商户每周清扫门前不少于3次。"
                  "违反本通告的，处500元以上5000元以下罚款。特此通告。",
                  "柳塘区城市管理局\n2024年7月12日")
    found = [(c.quote, c.projection) for c in claims_of(notice, lead="")]
    assert found == [("8吨以上", "target"), ("不少于3次", "target"), ("500元以上5000元以下", "target")]
    story = claims_of("柳塘区上半年共查处超载车辆120余辆，单车超载8吨以上，罚款金额5万元以上。")  # (超载8吨以上车辆120余辆:
    # a class by size, no claim: tests/test_numbers_batch44_size_classes.py)
    assert [(c.quote, c.projection) for c in story] == [("120余辆", None), ("8吨以上", None), ("5万元以上", None)]


def test_a_term_a_report_tells_or_a_clause_reports_is_no_target():
    """A report (…工作报告) tells the terms it cut (过去一年…压缩至1个工作日以内, 压缩至60个工作日内) and sets only the
    ones a directive word lays down (已明确整改期限为30至90天); in a notice, a term word of an earlier clause
    (建设期限为…至…) does not make the time spent in the next (目前已施工15个月) a term."""
    report = page("关于柳塘县2024年政务服务工作的报告",
                  "过去一年，企业开办时间压缩至1个工作日以内，项目审批时间压缩至60个工作日内，"
                  "政务服务事项平均在5个工作日内办结。对未整改的问题，县政府已明确整改期限为20至60天。", "")
    assert [(c.quote, c.projection) for c in claims_of(report, lead="") if c.kind == "duration"] == [
        ("1个工作日以内", None), ("60个工作日内", None), ("5个工作日内", None), ("20至60天", "target")]
    notice = page("关于柳塘大道改造期间交通管制的通告",
                  "柳塘大道改造工程建设期限为2023年3月至2024年6月，目前已施工15个月。"
                  "申请临时通行证的，办理时限为3个工作日。特此通告。",
                  "柳塘区交通运输局\n2024年6月3日")
    assert [(c.quote, c.projection) for c in claims_of(notice, lead="") if c.kind == "duration"] == [
        ("15个月", None), ("3个工作日", "target")]


def test_a_bound_a_notice_reports_is_no_target():
    """A results 公示 reports facts with bounds (2023年纳税额均在500万元以上, 去年共吸纳就业3000人以上, 累计…以上):
    a year's figure, a year past, a total or what is done is told, not laid down; the rule in the same notice
    (申报企业…应在10人以上) still is."""
    text = page("柳塘区商务局关于2023年度纳税大户的公示",
                "经审核，12家企业2023年纳税额均在500万元以上，去年共吸纳就业3000人以上，"
                "累计带动农户增收2000万元以上。下一年度申报企业在职职工不少于10人。特此公示。",
                "柳塘区商务局\n2024年3月1日")
    assert [(c.quote, c.projection) for c in claims_of(text, lead="")] == [
        ("12家", None), ("500万元以上", None), ("3000人以上", None), ("2000万元以上", None), ("不少于10人", "target")]
