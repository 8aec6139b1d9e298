"""Values, units and false claims found by an adversarial probe of invented sentences (万亿 compounds in
Chinese numerals, a bare scale word with 余, a return period or frequency, a population density, 个 before 亿,
an idiom holding 成 or 折): none is copied from an edition. Each row failed before its class was fixed."""

from __future__ import annotations

import pytest

from frontpage.numbers.numerals import parse_chinese
from tests.snippets import claims_of


@pytest.mark.parametrize("numeral, value", [
    ("三十万亿", 30_000_000_000_000),  # the count of 亿 writes 万 itself
    ("一万二千亿", 1_200_000_000_000),
    ("一亿零五百万", 105_000_000),  # 零 holds the empty ten-millions
    ("一亿五千万", 150_000_000),  # guard
    ("两万零五百", 20_500),  # guard
])
def test_a_chinese_numeral_with_wan_before_yi(numeral, value):
    assert parse_chinese(numeral) == value


@pytest.mark.parametrize("text, want", [
    # a Chinese numeral of 万亿
    ("全国社会消费品零售总额首次超过三十万亿元。", [("超过三十万亿元", 30_000_000_000_000, "CNY", "lower_bound")]),
    ("全省金融机构存款余额三万亿元。", [("三万亿元", 3_000_000_000_000, "CNY", None)]),
    # a scale word alone before 余: over a thousand, over ten thousand
    ("现场招聘会提供就业岗位千余个。", [("千余个", 1000, "item", "lower_bound")]),
    ("全市累计接种疫苗万余剂次。", [("万余剂次", 10_000, "dose", "lower_bound")]),
    ("全县组织百余名党员干部下沉社区。", [("百余名", 100, "person", "lower_bound")]),
    ("千亩茶园建成投产。", []),  # a size class naming the field stays no claim (guard)
    # a return period grades an event
    ("这次洪水为20年一遇，全县转移群众1200人。", [("1200人", 1200, "person", None)]),
    ("堤防按照50年一遇标准设防。", []),
    # a population density is one unit
    ("全县人口密度为520人/平方公里。", [("520人/平方公里", 520, "person/km2", None)]),
])
def test_probe_values(text, want):
    found = claims_of(text)
    assert [(c.quote, c.value, c.unit, c.qualifier) for c in found] == want


@pytest.mark.parametrize("text, want", [
    ("项目总投资1个多亿。", [("1个多亿", 100_000_000, "CNY", "lower_bound")]),  # 个, then 多, then the scale
    ("全年筹集资金两个多亿元。", [("两个多亿元", 200_000_000, "CNY", "lower_bound")]),
    ("全县筹集资金两个亿。", [("两个亿", 200_000_000, "CNY", None)]),  # a Chinese numeral counting 亿 with 个
    ("十万火急，百万雄师过大江。", []),  # an idiom's number stays no claim (guard)
    ("项目总投资3000多亿元。", [("3000多亿元", 300_000_000_000, "CNY", "lower_bound")]),  # guard
    ("项目总投资3.5个亿。", [("3.5个亿", 350_000_000, "CNY", None)]),  # guard
])
def test_a_scale_counted_with_ge_and_a_hedge(text, want):
    """1个多亿 'over a hundred million': read as 1个 (one item) before, a silently wrong value."""
    found = claims_of(text)
    assert [(c.quote, c.value, c.unit, c.qualifier) for c in found] == want


@pytest.mark.parametrize("text, want", [
    # 成 with a tenths digit right after it: 九成五 is 9.5 tenths, 95 %
    ("全省九成五的规上企业已复工复产。", [("九成五", 95, "%", None)]),
    ("全县八成五的行政村开通了快递服务。", [("八成五", 85, "%", None)]),
    ("七成二以上的受访农户表示满意。", [("七成二以上", 72, "%", "lower_bound")]),
    ("五成的农户参加了保险。", [("五成", 50, "%", None)]),  # guard
    # the digit after 成 counts with a measure word, or after a comma: 90 % and a separate count
    ("九成五家企业完成了改造。", [("九成", 90, "%", None), ("五家", 5, "organisation", None)]),
    ("达标率九成，五家企业未达标。", [("九成", 90, "%", None), ("五家", 5, "organisation", None)]),
])
def test_tenths_with_a_tenths_digit(text, want):
    """九成五 was read as 九成 (90 %), its 五 left out of the quote and the value."""
    found = claims_of(text)
    assert [(c.quote, c.value, c.unit, c.qualifier) for c in found] == want


@pytest.mark.parametrize("text, want", [
    # a duration and a half: N个半小时, N个半月, N年半, N天半
    ("这场座谈会持续了一个半小时。", [("一个半小时", 1.5, "hour", None)]),
    ("项目建设工期为一年半。", [("一年半", 1.5, "year", None)]),
    ("改造工程历时两个半月。", [("两个半月", 2.5, "month", None)]),  # was 两个 (2 items)
    ("审批用时压缩到三天半。", [("三天半", 3.5, "day", None)]),
    # 半 is a period or begins a word: no half of a duration (guards)
    ("上半年全区工业产值增长6%。", [("6%", 6, "%", None)]),
    ("半年来，全区新增市场主体800户。", [("800户", 800, "household", None)]),
    ("一年半来，全区新增市场主体800户。", [("800户", 800, "household", None)]),
    ("2023年半导体产量增长12%。", [("12%", 12, "%", None)]),
])
def test_a_duration_and_a_half(text, want):
    """一个半小时, 一年半 and 三天半 were missed or cut short (三天), 两个半月 read as 两个 (two items)."""
    found = claims_of(text)
    assert [(c.quote, c.value, c.unit, c.qualifier) for c in found] == want


@pytest.mark.parametrize("text, want", [
    # a Chinese scale word with no unit after a hedge of 'over' states an amount its noun names
    ("全区地区生产总值首次突破千亿大关。", [("突破千亿", 100_000_000_000, "CNY", "lower_bound")]),
    ("全区常住人口突破千万大关。", [("突破千万", 10_000_000, "person", "lower_bound")]),
    ("全区地区生产总值突破千亿元。", [("突破千亿元", 100_000_000_000, "CNY", "lower_bound")]),  # guard
    ("百万雄师过大江。", []),  # no hedge: an idiom's number (guard)
    # a unit word that begins a longer word is no unit there: 台阶 counts no 台 of machines
    ("全区地区生产总值迈上3000亿台阶。", [("迈上3000亿", 300_000_000_000, "CNY", "lower_bound")]),
    ("全区地区生产总值迈上千亿台阶。", [("迈上千亿", 100_000_000_000, "CNY", "lower_bound")]),
    ("全区新增数控机床300台。", [("300台", 300, "machine", None)]),  # guard
])
def test_a_hedged_scale_without_a_unit(text, want):
    """突破千亿大关 was missed (a Chinese scale with no unit); 迈上3000亿台阶 read as 3000亿 machines (台)."""
    found = claims_of(text)
    assert [(c.quote, c.value, c.unit, c.qualifier) for c in found] == want


@pytest.mark.parametrize("text, want", [
    # a count with a measure word before 分别 is a claim like any count (the brief excludes only a
    # reference to a known group: 两地, 西南五省); the values 分别 pairs are claims of their own
    ("四个街道分别新建养老驿站6个、5个、3个和2个。",
     [("四个", 4, "item", None), ("6个", 6, "item", None), ("5个", 5, "item", None), ("3个", 3, "item", None),
      ("2个", 2, "item", None)]),
    ("2名选手分别获得一等奖和二等奖。", [("2名", 2, "person", None)]),
    ("全区8个乡镇分别组织3场宣讲。", [("8个", 8, "item", None), ("3场", 3, "event", None)]),
    ("全县5家企业分别获得表彰。", [("5家", 5, "organisation", None)]),  # no figure after 分别 (guard)
    ("两项指标分别下降5%、8%。", [("5%", -5, "%", None), ("8%", -8, "%", None)]),  # the older 两 rule (guard)
])
def test_a_count_before_fenbie_is_a_claim(text, want):
    """四个街道分别新建… lost 四个: a rule read every count before 分别 as the group it pairs."""
    found = claims_of(text)
    assert [(c.quote, c.value, c.unit, c.qualifier) for c in found] == want


@pytest.mark.parametrize("text, want", [
    # 个 after 多/余 counts 亿 as well as before it: 10多个亿 is over a billion, not 10-odd items
    ("开发区今年引进20多个亿的产业资金。", [("20多个亿", 2_000_000_000, "CNY", "lower_bound")]),
    ("新城累计完成四十多个亿元投资。", [("四十多个亿元", 4_000_000_000, "CNY", "lower_bound")]),
    ("全县筹集资金一百余个亿。", [("一百余个亿", 10_000_000_000, "CNY", "lower_bound")]),
    # 个 before a grade (亿万富翁, 亿级, 千亿级, 百亿元台阶) counts the things graded, never an amount
    ("村里走出了一个亿万富翁。", []),
    ("区里落地一个亿级文旅项目。", []),
    ("全市谋划一个千亿级新材料产业集群。", []),
    ("经开区建成一个百亿级物流园。", []),
    ("全市培育两个千亿级产业集群。", [("两个", 2, "item", None)]),
    ("全市培育4个百亿级产业集群。", [("4个", 4, "item", None)]),
    ("全区经济总量连跨两个百亿元台阶。", [("两个", 2, "item", None)]),
    ("全县筹集资金三个亿。", [("三个亿", 300_000_000, "CNY", None)]),  # guard
])
def test_ge_before_a_scale(text, want):
    """10多个亿 read as 10多个 (items); 一个亿万富翁 as 1亿; 4个百亿级 as 4e10 (a grade counted)."""
    found = claims_of(text)
    assert [(c.quote, c.value, c.unit, c.qualifier) for c in found] == want


@pytest.mark.parametrize("text, want", [
    # a frequency: once every N years, no duration
    ("这项赛事四年一届，今年参赛选手1200名。", [("1200名", 1200, "person", None)]),
    ("体检两年一次，费用由单位承担。", []),
    ("设备每三个月一轮检修。", []),  # 每 (guard)
    ("补贴按3年一次性发放。", [("3年", 3, "year", None)]),  # 一次性: a one-off (guard)
    # an idiom holding 成 or 折 or 次: no share, price or count
    ("考核办法不能一成不变。", []),
    ("对完成任务有十成把握。", []),
    ("项目审批一波三折。", []),
    ("惠民政策不能七折八扣。", []),
    ("群众三番五次反映噪声问题。", []),
    ("全县一成的村庄完成改造。", [("一成", 10, "%", None)]),  # guard
])
def test_a_frequency_or_an_idiom_is_no_claim(text, want):
    """四年一届 read as 4 years; 一成不变 as 10 %, 一波三折 as 30 %, 三番五次 as 5 times."""
    found = claims_of(text)
    assert [(c.quote, c.value, c.unit, c.qualifier) for c in found] == want
