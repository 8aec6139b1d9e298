"""Field classes met in the sixteenth batch and the seventeenth batch's clarifications (period, comparison,
projection, value), written as invented sentences and pages: none is copied from an edition. Each test held
at least one check that failed before its class was fixed; a check that held before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

from tests.snippets import claims_of, page, parse

NOTICE = page("青松区市场监督管理局公告",
              "我局已受理辖区内食品经营许可申请事项，对材料齐全的申请，自受理之日起10个工作日内作出决定。"
              "对决定有异议的，可自收到决定之日起15日内提出复核申请，逾期不予受理。公告期限为30日。特此公告。",
              "青松区市场监督管理局\n2024年7月18日")


def test_a_time_limit_a_notice_sets_is_a_target():
    """10个工作日内作出决定, 自收到决定之日起15日内提出: a limit within which a notice says a thing is done is a
    standard it lays down (annotation brief, seventeenth batch), a target in days; N日 counted from a day
    (之日起15日内) is a length of days, not a day of the month. A term stated without 内 (公告期限为30日) is a
    term the notice sets as well: a target (the brief's seventeenth-batch clarification, as the lead reads it)."""
    assert [a.kind for a in parse(NOTICE) if a.kind != "furniture"] == ["notice"]
    found = [(c.quote, c.unit, c.qualifier, c.projection) for c in claims_of(NOTICE, lead="")]
    assert found == [("10个工作日内", "day", "upper_bound", "target"), ("15日内", "day", "upper_bound", "target"),
                     ("30日", "day", None, "target")]


def test_a_time_limit_a_story_reports_is_no_target():
    """压缩至1个工作日以内 in a news story: what was achieved, not a limit laid down; 7月15日 stays a date."""
    found = claims_of("青松区推行“一窗通办”以来，企业开办时间由过去的5个工作日压缩至1个工作日以内。7月15日内部通报显示，"
                      "去年共办理业务3.2万件。")
    assert [(c.quote, c.projection) for c in found] == [("5个工作日", None), ("1个工作日以内", None), ("3.2万件", None)]



def test_the_first_three_quarters_written_the_hong_kong_way():
    """今年首三季度 (Hong Kong and Macao usage) is 前三季度: the months to September, not the whole year."""
    found = claims_of("濠江社會福利署公佈，今年首三季度，當局共向3.6萬名長者發放生活津貼，津貼總額約2.1億港元。",
                      date(2024, 10, 20))
    assert [(c.quote, c.period) for c in found] == [("3.6萬名", "2024-01/2024-09"), ("約2.1億港元", "2024-01/2024-09")]


def test_a_scenes_clock_time_dates_only_its_own_sentence():
    """6月3日上午10时20分，…: the moment of a scene (a day with its clock time) dates what its sentence tells, not
    the statistics of the sentences after it; a reading taken at an hour keeps that day in its own sentence."""
    found = claims_of("6月3日上午10时20分，在青松社区长者食堂，王大爷一边排队一边和邻居聊天。社区现有老年人口3200余人，"
                      "约占常住人口的21%。", date(2024, 6, 5))
    assert [(c.quote, c.period) for c in found] == [("3200余人", None), ("21%", None)]
    found = claims_of("青松市迎峰度夏用电持续攀升。6月3日14时，全市电网用电负荷达到652万千瓦，创历史新高。",
                      date(2024, 6, 5))
    assert [(c.quote, c.period) for c in found] == [("652万千瓦", "2024-06-03")]


def test_a_sentence_opening_on_rujin_takes_no_period_of_its_paragraph():
    """十年来…。如今，…: a sentence that opens on 如今 tells how things stand now; the span of years the paragraph
    opened with dates only the sentence it stands in."""
    found = claims_of("十年来，青松村累计发展乡村民宿120家。如今，村里有专职导游15名。", date(2024, 6, 5))
    assert [(c.quote, c.period) for c in found] == [("120家", "2014/2023"), ("15名", None)]


def test_striding_or_leaping_above_a_step_is_a_lower_bound():
    """跨上120亿元台阶, 跃上千亿元台阶: reaching a level's step, at least that amount, as 迈上 and 突破."""
    found = claims_of("过去五年，青松县地区生产总值跨上120亿元台阶，全市工业总产值跃上千亿元台阶。", date(2026, 1, 20))
    assert [(c.value, c.qualifier) for c in found] == [(12000000000, "lower_bound"), (100000000000, "lower_bound")]
