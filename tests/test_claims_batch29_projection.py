"""Projection classes of batch 29, written as invented notices: none is copied from an edition. Each case failed
before its class was fixed, or is a near miss the new rule must leave alone."""

from __future__ import annotations

from tests.snippets import claims_of, page

HIRING = page("柳塘区妇幼保健院2024年公开招聘工作人员公告",
              "因工作需要，我院拟公开招聘工作人员8名，现将有关事项公告如下：应聘人员须具有本科及以上学历。"
              "聘用人员试用期6个月，试用期满考核合格后正式聘用。",
              "柳塘区妇幼保健院\n2024年7月12日")


def test_a_probation_term_a_notice_sets_is_a_target():
    """试用期6个月 in a hiring notice: the term the notice lays down, as 公示期 (standard_markers.csv, kind term)."""
    found = {c.quote: (c.projection, c.period) for c in claims_of(HIRING, lead="")}
    assert found["6个月"] == ("target", None)  # a target takes no period from the headline's year


def test_a_probation_a_story_reports_is_no_target():
    """A story telling how long a probation lasted lays nothing down."""
    found = {c.quote: c.projection for c in claims_of("该公司去年录用的120名员工试用期平均为4个月。")}
    assert found["4个月"] is None


CLOSURE = page("关于西环路部分路段实施交通管制的通告",
               "自2024年8月1日至9月30日，因西环路管网改造施工需要，施工路段实行单向通行，机动车限速每小时20公里。"
               "特此通告。",
               "柳塘市公安局交通警察支队\n2024年7月25日")


def test_a_speed_limit_a_notice_sets_is_a_target_of_its_span():
    """限速每小时20公里 in a traffic notice: a level the notice lays down (standard_markers.csv, kind level), dated by
    the span standing as the sentence's first clause after 自."""
    found = {c.quote: (c.projection, c.period) for c in claims_of(CLOSURE, lead="")}
    assert found["每小时20公里"] == ("target", "2024-08-01/2024-09-30")


def test_a_speed_a_story_reports_is_no_target():
    found = {c.quote: c.projection for c in claims_of("昨日该路段机动车平均时速仅为每小时18公里。")}
    assert found["每小时18公里"] is None


REWARD = page("关于征集违法排污线索的通告",
              "为加强生态环境保护，现就征集违法排污线索有关事项通告如下：对举报属实的，给予300元至3000元奖励；"
              "对拒不整改的企业，依法处1万元至10万元罚款。特此通告。",
              "柳塘市生态环境局\n2024年7月12日")


def test_a_money_range_a_notice_sets_is_a_target():
    """给予300元至3000元奖励, 处1万元至10万元罚款 in a notice: a range it lays down, a target with no period."""
    found = {c.quote: (c.projection, c.period) for c in claims_of(REWARD, lead="")}
    assert found["300元至3000元"] == ("target", None)
    assert found["1万元至10万元"] == ("target", None)


def test_a_money_range_a_story_reports_is_no_target():
    found = {c.quote: c.projection for c in claims_of("去年该县农民工月收入在3000元至5000元之间。")}
    assert found["3000元至5000元"] is None


RECRUIT = page("柳塘区图书馆公开招募志愿者公告",
               "为进一步提升服务水平，我馆现面向社会公开招募志愿者30名，服务期一年。特此公告。",
               "柳塘区图书馆\n2024年7月12日")


def test_a_quota_a_notice_recruits_is_a_target():
    """公开招募志愿者30名 in a notice: the quota it sets (standard_markers.csv, kind quota)."""
    found = {c.quote: c.projection for c in claims_of(RECRUIT, lead="")}
    assert found["30名"] == "target"


def test_a_story_s_recruits_are_no_target():
    found = {c.quote: c.projection for c in claims_of("今年秋季，全区共招聘新教师214名。")}
    assert found["214名"] is None
