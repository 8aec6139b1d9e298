"""Batch 36, what is and is not a claim: a reign's year (光绪十二年, glossed 1886年) is a date; idioms and names
with numerals (十年磨一剑, 三人篮球, 三轮车, “双过半”, 五年一贯制); a race's name (100米决赛, 4×100米接力); a telephone
number; 3日元旦 (a day, then New Year's Day); silver and bronze medals counted as gold ones (2金1银); a span saying
when (9年后，, 开年两个月，); 共获 as a total. Invented sentences, with near misses."""

from tests.snippets import claims_of


def _quotes(text: str) -> list[str]:
    return [c.quote for c in claims_of(text)]


def test_a_reigns_year_and_its_gloss_are_dates():
    assert _quotes("这座石桥始建于清光绪十二年（1886年），桥长32.5米。") == ["32.5米"]
    assert _quotes("据碑文记载，乾隆五十年，村民集资修渠。") == []
    assert _quotes("民国二十年，这里办起了第一所学校。") == []


def test_a_long_history_stays_a_duration():
    assert _quotes("这座古寺已有1300年历史。") == ["1300年"]
    assert _quotes("全县学校已办学十二年。") == ["十二年"]


def test_idioms_and_names_with_numerals_are_no_claims():
    assert _quotes("研发团队十年磨一剑，新品销量达5万台。") == ["5万台"]
    assert _quotes("全省青少年三人篮球联赛在我市开幕。") == []
    assert _quotes("老人每天骑着三轮车去集市。") == []
    assert _quotes("力争二季度实现经济“双过半”。") == []
    assert _quotes("该校开设“3+2”五年一贯制护理专业。") == []


def test_near_misses_rounds_and_half_stay_claims():
    assert _quotes("全市发放三轮消费券。") == ["三轮"]
    assert _quotes("全省夏粮收购进度过半。") == ["过半"]
    assert _quotes("项目建设周期为五年。") == ["五年"]


def test_a_races_name_measures_no_distance():
    assert _quotes("女子200米自由泳决赛中，她夺得冠军。") == []
    assert _quotes("男子100米决赛结束后，观众热情不减。") == []
    assert _quotes("我市代表队在男子4×100米接力中夺冠。") == []


def test_a_distance_run_or_built_stays_a_measure():
    assert _quotes("他每天坚持跑步5公里。") == ["5公里"]
    assert _quotes("新建塑胶跑道400米。") == ["400米"]


def test_a_telephone_number_is_a_code():
    assert _quotes("中心开通服务热线0571-8862110，工作日8:30—17:00受理咨询。") == []
    assert _quotes("补贴标准为1000-3000元。") == ["1000-3000元"]


def test_a_day_before_new_years_day_is_no_yen():
    qs = _quotes("1月1日至3日元旦假期，全市共接待游客52.6万人次。")
    assert qs == ["52.6万人次"]
    assert _quotes("游客人均消费5000日元。") == ["5000日元"]


def test_silver_and_bronze_medals_count_as_gold_ones():
    assert _quotes("我市选手共获3金2银1铜。") == ["3金", "2银", "1铜"]
    assert _quotes("她获得1银和2铜。") == ["1银", "2铜"]


def test_a_word_that_begins_with_silver_or_copper_is_no_medal():
    assert _quotes("全县新设3银行网点。") == []
    assert _quotes("全县关停2铜矿企业。") == []


def test_a_span_saying_when_is_no_duration():
    assert _quotes("谁也没想到，8年后，他成了全国劳模。") == []
    assert _quotes("开年两个月，全省工业增速高于全国。") == []


def test_a_span_after_a_verb_stays_a_duration():
    assert _quotes("项目建成3年后投产。") == ["3年"]
    assert _quotes("工期缩短了两个月。") == ["两个月"]


def test_gong_huo_is_a_total():
    hits = claims_of("代表队共获4金3银。")
    assert [c.comparison for c in hits] == ["共计", "共计"]
    assert [c.comparison for c in claims_of("代表队获4金3银。")] == [None, None]
