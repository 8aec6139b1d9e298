"""Classes met in the fifth dev batch, written as invented sentences (conventions: the annotation
brief with its clarifications for the sixth batch), one field of one claim each: measure words
whose unit is the noun they count, periods of stocks at a period's end, bases and totals, targets."""

from __future__ import annotations

import pytest

from tests.snippets import claims_of, one





# (class, sentence, quote, value, unit, kind)
UNITS = [
    ("张 of beds is a count of beds", "全县养老机构床位达到2.4万张。", "2.4万张", 24_000, "bed", "count"),
    ("张 of beds, the noun after the number", "新建的护理院设有180张床位。", "180张", 180, "bed", "count"),
    ("张 of anything else is a sheet", "窗口当天发放消费券3000张。", "3000张", 3000, "sheet", "count"),
    ("只 of livestock is head", "全县生猪出栏之外，家禽存栏312.6万只。", "312.6万只", 3_126_000, "head", "count"),
    ("只 of birds", "今冬来湖区越冬的候鸟约5万只。", "约5万只", 50_000, "bird", "count"),
    ("枚 of medals", "代表团共获得奖牌65枚。", "65枚", 65, "medal", "count"),
    ("间 counts rooms", "民宿改造后有客房18间。", "18间", 18, "room", "count"),
    ("节 counts lessons after Arabic digits", "每所小学每周开设3节书法课。", "3节", 3, "lesson", "count"),
    ("块 of land is a plot", "社区划出46块菜地供居民认领。", "46块", 46, "plot", "count"),
    ("N金 counts gold medals", "市代表团以26金排名第一。", "26金", 26, "medal", "count"),
    ("个工作日 is a duration in days", "开办企业时间压缩至3个工作日。", "3个工作日", 3, "day", "duration"),
    ("吨标准煤 is energy", "全市能源消费总量控制在2100万吨标准煤以内。", "2100万吨标准煤以内", 21_000_000, "tce",
     "measure"),
    ("公斤/亩 is a yield per mu", "全县水稻单产达到612.4公斤/亩。", "612.4公斤/亩", 612.4, "kg/mu", "measure"),
]


@pytest.mark.parametrize("cls, text, quote, value, unit, kind", UNITS, ids=[f"{u[0]}: {u[2]}" for u in UNITS])
def test_units(cls, text, quote, value, unit, kind):
    c = one(text, quote)
    assert (c.value, c.unit, c.kind) == (pytest.approx(value), unit, kind), cls


# sentences where the same characters are not a count
NOT_CLAIMS = [
    ("三八节 is a holiday, not 38 lessons", "社区在三八节前夕慰问了困难妇女。", "节"),
    ("五金 is a trade, not five gold medals", "五金市场今天正式开业。", "金"),
    ("the indefinite 一 before 块", "他们在一块空地上搭起了帐篷。", "块"),
]


@pytest.mark.parametrize("cls, text, word", NOT_CLAIMS, ids=[n[0] for n in NOT_CLAIMS])
def test_not_claims(cls, text, word):
    assert not [c.quote for c in claims_of(text) if c.quote.endswith(word)], cls


PLAN = """本报讯 市政府日前印发《全市托育服务发展行动方案》。

一、发展目标

到2025年，全市托育机构达到300家。

二、重点任务

每年新增普惠托位不少于2000个，每个托位补助标准为1.2万元左右。

三、保障措施

市财政每年安排托育发展资金不低于5000万元。

四、工作进展情况

今年以来已建成托育机构126家，提供托位8600个。
"""

# (class, quote, projection): a heading naming goals, tasks or measures makes its section's figures
# targets; a heading reviewing results or progress does not
SECTIONS = [
    ("a goals section", "300家", "target"),
    ("a tasks section, no marker in the sentence", "不少于2000个", "target"),
    ("a tasks section, the next clause", "1.2万元左右", "target"),
    ("a measures section", "不低于5000万元", "target"),
    ("a progress section is actual", "126家", None),
    ("a progress section, the next clause", "8600个", None),
]


@pytest.mark.parametrize("cls, quote, projection", SECTIONS, ids=[s[0] for s in SECTIONS])
def test_sections_of_a_plan(cls, quote, projection):
    assert one(PLAN, quote).projection == projection, cls


def test_a_section_heading_gives_no_target_to_a_story_without_one():
    text = "今年以来，全市新增托育机构126家，提供托位8600个。\n\n一批新机构投入运营后，托位将更加充足。\n"
    assert [c.projection for c in claims_of(text)] == [None, None]


# (class, sentence, quote, projection, period, comparison): a goal named after the figure
GOALS_AFTER = [
    ("的预期目标 after the figure", "年初的政府工作报告提出全年地区生产总值增长6.5%左右的预期目标。", "6.5%左右",
     "target", "2024", None),
    ("的…目标 with words between", "全市完成了“十四五”规划确定的5%的年均增速目标。", "5%", "target", None, None),
    ("a goal achieved is a base, not a target", "全年完成目标任务的108.6%。", "108.6%", None, "2023", None),
]


@pytest.mark.parametrize("cls, text, quote, projection, period, comparison", GOALS_AFTER,
                         ids=[g[0] for g in GOALS_AFTER])
def test_goal_after_the_figure(cls, text, quote, projection, period, comparison):
    c = one(text, quote)
    assert (c.projection, c.period) == (projection, period), cls


# (class, sentence, quote, period): years printed in Chinese digits
CHINESE_YEARS = [
    ("到 a year in Chinese digits", "力争到二〇三五年全市人均地区生产总值比2020年翻一番。", "翻一番", "2035"),
    ("a year in Chinese digits opening the sentence", "二〇二三年，全县粮食产量达到61.2万吨。", "61.2万吨", "2023"),
    ("with 零 for zero", "二零二二年全县接待游客320万人次。", "320万人次", "2022"),
]


@pytest.mark.parametrize("cls, text, quote, period", CHINESE_YEARS, ids=[c[0] for c in CHINESE_YEARS])
def test_chinese_years(cls, text, quote, period):
    assert one(text, quote).period == period, cls


def test_a_chinese_year_is_no_claim():
    assert not [c.quote for c in claims_of("二〇三五年远景目标纲要提出，到二〇三五年基本实现现代化。")]


# (class, sentence, quote, value, unit, kind): a 分别 list prints the unit once, after its last value
LIST_UNITS = [
    ("人次 after the last value", "铁路、公路分别发送旅客360万、210万和95万人次。", "360万", 3_600_000, "person-time", "count"),
    ("the middle value too", "铁路、公路分别发送旅客360万、210万和95万人次。", "210万", 2_100_000, "person-time", "count"),
    ("吨 after the last value", "小麦、玉米产量分别为120万、86万吨。", "120万", 1_200_000, "t", "measure"),
    ("元 after the last value", "城乡居民人均收入分别达到4.6万、2.1万元。", "4.6万", 46_000, "CNY", "money"),
]


@pytest.mark.parametrize("cls, text, quote, value, unit, kind", LIST_UNITS, ids=[u[0] for u in LIST_UNITS])
def test_list_units(cls, text, quote, value, unit, kind):
    c = one(text, quote)
    assert (c.value, c.unit, c.kind) == (pytest.approx(value), unit, kind), cls


# (class, sentence, quote, comparison): 共/累计 only in the claim's own clause (brief, sixth batch)
TOTALS = [
    ("共 before any verb is a total", "街道共排查各类场所860处，发现隐患112处。", "860处", "共计"),
    ("a later clause gets no total", "街道共排查各类场所860处，发现隐患112处。", "112处", None),
    ("共同 is no total", "两地共同举办招聘会6场。", "6场", None),
    ("共建 is no total", "校企共建实训基地12个。", "12个", None),
    ("累计 only in its own clause", "全县累计投入资金3.6亿元，建成项目128个。", "128个", None),
]


@pytest.mark.parametrize("cls, text, quote, comparison", TOTALS, ids=[t[0] for t in TOTALS])
def test_totals(cls, text, quote, comparison):
    assert one(text, quote).comparison == comparison, cls


# (class, sentence, quote, value, unit, direction)
CHANGES_AND_DURATIONS = [
    ("年轻 lowers an age statistic", "全队平均年龄为24.6岁，比上届年轻2.3岁。", "2.3岁", -2.3, "year", "decrease"),
    ("个小时 is hours", "从市区到景区只需不到三个小时。", "不到三个小时", 3, "hour", None),
]


@pytest.mark.parametrize("cls, text, quote, value, unit, direction", CHANGES_AND_DURATIONS,
                         ids=[c[0] for c in CHANGES_AND_DURATIONS])
def test_changes_and_durations(cls, text, quote, value, unit, direction):
    c = one(text, quote)
    assert (c.value, c.unit, c.direction) == (pytest.approx(value), unit, direction), cls


@pytest.mark.parametrize("text", ["园区集聚汽车零部件企业63家。", "全市零售门店达到1200家。", "机床零件出口额增长一成。"])
def test_a_lone_zero_begins_a_word(text):
    assert not [c.quote for c in claims_of(text) if c.quote.startswith("零")]


# (class, sentence, quote, period, comparison)
BASES_AND_COHORTS = [
    ("the first item of a list against a base year", "2023年，全县接待游客210万人次，实现收入18.6亿元，分别恢复到2019年同期的95%和87%。",
     "95%", "2023", "比2019"),
    ("a later item: the base's year is no period", "2023年，全县接待游客210万人次，实现收入18.6亿元，分别恢复到2019年同期的95%和87%。",
     "87%", "2023", "比2019"),
    ("a graduating class names its year", "今年全市高校计划招生3.2万人。2023届毕业生就业率达到96.1%。", "96.1%", "2023", None),
]


@pytest.mark.parametrize("cls, text, quote, period, comparison", BASES_AND_COHORTS,
                         ids=[b[0] for b in BASES_AND_COHORTS])
def test_bases_and_cohorts(cls, text, quote, period, comparison):
    c = one(text, quote)
    assert (c.period, c.comparison) == (period, comparison), cls


# (class, sentence, quote, projection, period): 将 before a verb is a forecast; a target or forecast takes a
# period printed in its own clause or one that opens its sentence, never one from an earlier sentence
FORECASTS = [
    ("将 before a verb", "文化节将举办各类活动40余场。", "40余场", "forecast", None),
    ("届时将 + verb, period opening the sentence", "7月25日至31日，读书周将在市图书馆举办，届时将推出讲座12场。",
     "12场", "forecast", "2024-07-25/2024-07-31"),
    ("将近 is a hedge, not a forecast", "全市已建成充电桩将近3000个。", "将近3000个", None, None),
    ("拟将 is a ba construction", "公司拟将注册资本由800万元减少至300万元。", "800万元", None, None),
    ("a target takes the period opening its sentence", "2025年全市地区生产总值预期目标为1.2万亿元，增长6%左右。",
     "6%左右", "target", "2025"),
    ("not one from an earlier sentence", "2024年全市接待游客2100万人次。预计明年接待游客将突破2500万人次。",
     "突破2500万人次", "forecast", "2025"),
    ("a forecast takes no period from an earlier sentence", "2024年全市接待游客2100万人次。接待游客有望突破2500万人次。",
     "突破2500万人次", "forecast", None),
]


@pytest.mark.parametrize("cls, text, quote, projection, period", FORECASTS, ids=[f[0] for f in FORECASTS])
def test_forecasts(cls, text, quote, projection, period):
    c = one(text, quote)
    assert (c.projection, c.period) == (projection, period), cls
