"""Subject classes from batch 30, with invented sentences and near misses that must not change: an adverb or
verb left at the end of a subject (一度, 先后, 尚有, 报考, 游入, a locative 里 before what is done there, 享 before a
benefit), numerals that are part of a name, verbs that introduce the measured noun, and fragments of a word
that must never be a subject."""

import pytest

from frontpage.numbers.subjects import subject_after, subject_before
from tests.snippets import subjects_of


@pytest.mark.parametrize("right, subject", [
    # an adverb or verb opening what the counted noun does ends the noun
    ("座水库水位一度超过警戒线。", "水库"),  # 水位: an attribute of the counted reservoirs
    ("名队员先后赶到现场。", "队员"),
    ("个自然村仍未通车。", "自然村"),
    ("名学生报考，比上年增加", "学生"),
    ("万尾鱼种游入湖中", "鱼种"),
    ("名游客涌入古镇", "游客"),
    ("亩连片菜地里采摘蔬菜。", "连片菜地"),
    # near misses: 水位 in a station's name, 里 in 公里 and in 家里, a noun without a predicate
    ("个水位监测站", "水位监测站"),
    ("公里乡村道路", "公里乡村道路"),
    ("座水库", "水库"),
])
def test_a_predicate_opener_ends_the_counted_noun(right, subject):
    assert subject_after(right).lstrip("座名个万尾亩") == subject


@pytest.mark.parametrize("left, subject", [
    ("河道水位一度", "河道水位"),
    ("全省气温将先后", "全省气温"),
    ("客流量曾经", "客流量"),
    ("尚有欠款", "欠款"),
    ("仍有贫困户", "贫困户"),
    ("还有积雪", "积雪"),
    ("持老年卡乘车享", "持老年卡乘车"),
    ("学生凭证可享", "学生凭证"),
    # near misses: 享 in 共享 and 分享 is part of the noun; 有 inside a word stays
    ("共享单车", "共享单车"),
    ("数据共享", "数据共享"),
    ("全市有效发明专利", "全市有效发明专利"),
])
def test_a_trailing_adverb_or_verb_is_no_part_of_the_subject(left, subject):
    assert subject_before(left) == subject


def test_sentences_with_a_trailing_adverb():
    assert subjects_of("受台风影响，全县有12座水库水位一度超过汛限。", "12座") == ["水库"]
    assert subjects_of("明天起，我省大部地区气温将先后下降5℃至7℃。", "5℃至7℃") == ["我省大部地区气温"]
    assert subjects_of("截至案发，尚有借款320余万元无法归还。", "320余万元") == ["借款"]
    assert subjects_of("今年全县共有1.2万名学生报考，比上年增加600人。", "1.2万名") == ["学生"]
    assert subjects_of("收割机在800亩连片麦田里抢收小麦。", "800亩") == ["连片麦田"]


@pytest.mark.parametrize("left, subject", [
    # a code's digits before a month-like 月 (PM10月均浓度) and a whole after 占 (占全年) are no time words
    ("PM10月均浓度", "PM10月均浓度"),
    ("PM10年均浓度", "PM10年均浓度"),
    ("雨季降水量占全年降水量的比重", "雨季降水量占全年降水量的比重"),
    # a bracket left holding nothing once its time words go, goes too
    ("汛期（6—8月）降水量", "降水量"),
    ("全县（1—5月）工业用电量", "全县工业用电量"),
    # a penalty after the verb that imposes it (and the person sentenced)
    ("判处被告人王某有期徒刑", "有期徒刑"),
    ("并处罚金", "罚金"),
    ("依法处罚款", "罚款"),
    # near misses: time words still go; a fine named with its cause, a case of punishment and a verb alone stay
    ("3月份全市降水量", "全市降水量"),
    ("交通违法罚款", "交通违法罚款"),
    ("一审判处被告人", "被告人"),
    ("全市有期房交易", "期房交易"),
    ("张某被判有期徒刑", "有期徒刑"),
])
def test_numerals_of_a_name_and_penalties(left, subject):
    assert subject_before(left) == subject


def test_a_numeral_that_names_a_scheme_makes_no_claim_and_stays_in_the_subject():
    text = "全县九年义务教育巩固率为97.5%，全县共有九年一贯制学校12所。"
    assert subjects_of(text, "97.5%") == ["全县九年义务教育巩固率"]
    assert subjects_of(text, "12所") == ["九年一贯制学校"]
    assert not [c for c in __import__("tests.snippets", fromlist=["claims_of"]).claims_of(text) if c.quote == "九年"]
    # near miss: a span of nine years is still a claim
    assert [c.quote for c in __import__("tests.snippets", fromlist=["claims_of"]).claims_of("他坚持义务巡河九年。")] == ["九年"]


@pytest.mark.parametrize("left, subject", [
    ("折合用水总量", "用水总量"),
    ("全县公安机关共投入警力", "警力"),
    ("市直各部门投入资金", "资金"),
    ("县公安局立案侦办电信诈骗案件", "电信诈骗案件"),
    ("侦破盗窃案件", "盗窃案件"),
    # near misses: 投入 naming the measure after a noun of its own stays one noun
    ("全社会研发投入", "全社会研发投入"),
    ("全市研发投入", "全市研发投入"),
])
def test_verbs_that_introduce_the_measured_noun(left, subject):
    assert subject_before(left) == subject


def test_the_yuans_name_after_the_noun_is_the_unit():
    assert subjects_of("该宗地块起拍价人民币860万元，保证金100万元。", "860万元") == ["该宗地块起拍价"]
    assert subjects_of("出口额1500万美元，折合人民币1.1亿元。", "1.1亿元") == ["出口额"]
    # near miss: a noun that is itself the currency's amount stays (人民币存款)
    assert subjects_of("全市人民币存款余额3200亿元。", "3200亿元") == ["全市人民币存款余额"]


def test_a_one_character_noun_closing_a_counts_clause_is_its_subject():
    assert subjects_of("今年秋季共开设18个班，招收新生800人。", "18个") == ["班"]
    assert subjects_of("活动共分12个组，每组5人。", "12个") == ["组"]
    # near misses: a unit that runs into the next character as one word (批次) gives no one-character noun
    assert subjects_of("抽检蔬菜样品120批次，合格118批次。", "120批") == ["蔬菜样品"]


@pytest.mark.parametrize("right, subject", [
    ("年均增长8.5%", ""),  # 五年|年均: 年 begins a word, it is no noun counted
    ("班", "班"),
])
def test_one_character_cut_from_a_word_is_no_noun(right, subject):
    assert subject_after(right) == subject


def test_a_span_of_years_before_a_yearly_average_leaves_the_noun_before():
    assert subjects_of("2020年，全县财政收入达到18.6亿元，五年年均增长9.2%。", "9.2%") == ["全县财政收入"]


def test_a_weather_reports_day_and_sky_before_the_temperature_noun():
    text = "今天 小雨转阴 气温12℃～18℃，明天 多云 最高气温22℃。"
    assert subjects_of(text, "12℃～18℃") == ["气温"]
    assert subjects_of(text, "22℃") == ["最高气温"]
    # near miss: a temperature named with a place, no day before it, stays whole
    assert subjects_of("山区夜间气温降至3℃。", "3℃") == ["山区夜间气温"]


@pytest.mark.parametrize("right, subject", [
    ("名在校生", "在校生"),
    ("名在职职工", "在职职工"),
    ("个在建项目", "在建项目"),
    ("个贫困村退出。", "贫困村"),
    ("名群众非法吸收存款", "群众"),
    # near misses: 在 before a place is still a stop; 退出 before a noun head stays in it; 非法 opening a noun stays
    ("名学生在校园里", "学生"),
    ("项退出机制", "退出机制"),
])
def test_counted_nouns_of_batch_30(right, subject):
    assert subject_after(right).lstrip("名个项") == subject


@pytest.mark.parametrize("left, subject", [
    ("高温时段室外作业时间", "室外作业时间"),
    ("平台注册用户", "平台注册用户"),
    ("注册用户", "注册用户"),
    ("非法吸收公众存款", "公众存款"),
    ("在借款时承诺月息", "月息"),
    ("土壤侵蚀模数每平方公里", "土壤侵蚀模数"),
    ("单产将达到每亩", "单产"),
    # near misses: 吸收 naming a rate, a promise's document
    ("养分吸收率", "养分吸收率"),
])
def test_verbs_and_frames_of_batch_30(left, subject):
    assert subject_before(left) == subject


def test_a_fine_imposed_with_a_bare_chu_is_what_its_range_measures():
    assert subjects_of("违者由林业部门对个人处100元以上500元以下罚款。", "100元以上500元以下") == ["罚款"]
    assert subjects_of("乱扔垃圾的，处50元以上200元以下罚款。", "50元以上200元以下") == ["罚款"]


@pytest.mark.parametrize("left, subject", [
    ("全县降水量比常年偏多", "全县降水量"),
    ("平均气温较常年偏高", "平均气温"),
    ("偏少", ""),
])
def test_a_comparison_with_the_normal_is_no_part_of_the_subject(left, subject):
    assert subject_before(left) == subject


def test_a_rate_printed_before_its_rate_word_measures_that_rate():
    assert subjects_of("一季度7.2%的增速实属不易。", "7.2%") == ["增速"]
    assert subjects_of("上半年9.6%的增速有上年同期基数较低的因素。", "9.6%") == ["增速"]
    # near miss: a noun printed before the figure keeps it
    assert subjects_of("全县地区生产总值保持6.5%的增速。", "6.5%") == ["全县地区生产总值"]


@pytest.mark.parametrize("left, subject", [
    ("全县实际使用外资", "外资"),
    ("園區實際使用港資", "港資"),
    # a share's whole after 占: its verbs introduce no noun of its own
    ("占全县接待游客总量的", "占全县接待游客总量"),
    ("占受理案件总数的", "占受理案件总数"),
    ("约占全市实际使用外资的", "约占全市实际使用外资"),
    # near misses: 占地, 占用 are no share; a noun before 占 is no share's whole
    ("项目占地面积", "项目占地面积"),
])
def test_funds_actually_used_and_a_shares_whole(left, subject):
    assert subject_before(left) == subject


@pytest.mark.parametrize("left, subject", [
    ("判决你偿还原告借款本金", "借款本金"),
    ("判令被告支付原告王某某工程款", "工程款"),
    ("限你公司返还申请人租金", "租金"),
    ("某某公司不慎遗失营业执照副本", "营业执照副本"),
    # near misses: a party's own sum and a lost-property noun stay as printed
    ("原告诉请金额", "原告诉请金额"),
    ("遗失物品", "遗失物品"),
])
def test_a_sum_owed_to_a_party_and_a_lost_document(left, subject):
    assert subject_before(left) == subject


@pytest.mark.parametrize("left, subject", [
    # a verb of a season's or a programme's progress ending the phrase names what is measured with its noun
    ("全县晚稻收获", "全县晚稻收获"),
    ("冬小麦播种", "冬小麦播种"),
    ("跨省就医直接结算", "跨省就医直接结算"),
    ("保障性住房筹集", "保障性住房筹集"),
    ("宫颈癌筛查", "宫颈癌筛查"),
    # near misses: after a plan's 计划 it is the plan's verb; other verbs ending a phrase still go
    ("油菜计划播种", "油菜"),
    ("年度计划投资", "年度计划投资"),
    ("中欧班列开行", "中欧班列"),
    ("一般公共预算支出安排", "一般公共预算支出"),
])
def test_a_verb_of_progress_ending_the_phrase(left, subject):
    assert subject_before(left) == subject


def test_a_share_of_a_harvest_done():
    assert subjects_of("目前全县早稻收获过七成。", "过七成") == ["全县早稻收获"]


def test_a_figure_after_a_superlative_clause_measures_that_clauses_noun():
    text = "全年降水量为1320毫米；其中7月降水量最多，为286.4毫米，1月降水量最少，为18.2毫米。"
    assert subjects_of(text, "286.4毫米") == ["降水量"]
    assert subjects_of(text, "18.2毫米") == ["降水量"]
    # near miss: a clause with a noun of its own keeps it
    assert subjects_of("其中7月降水量最多，当月蒸发量为96毫米。", "96毫米") == ["蒸发量"]


@pytest.mark.parametrize("right, subject", [
    ("名在外青年", "在外青年"),
    ("名在外务工人员", "在外务工人员"),
    # near miss: 在外地 is 'in other places', a preposition's phrase
    ("名学生在外地实习", "学生"),
])
def test_zai_wai_opens_an_adjective(right, subject):
    assert subject_after(right).lstrip("名") == subject


@pytest.mark.parametrize("left, subject", [
    ("地表水水质优良（达到或好于Ⅲ类）断面比例", "地表水水质优良（达到或好于Ⅲ类）断面比例"),
    ("城区空气质量优良（达到二级标准）天数", "城区空气质量优良（达到二级标准）天数"),
    # near misses: a verb outside the gloss still introduces its noun; a gloss after the noun stays with it
    ("县财政安排专项资金（含追加）", "专项资金（含追加）"),
    ("投入资金（含补助）", "资金（含补助）"),
])
def test_a_verb_inside_a_brackets_gloss_introduces_no_noun(left, subject):
    assert subject_before(left) == subject


def test_wages_of_counted_workers_and_what_there_only_is():
    text = "法院判决该公司支付26名农民工工资共计52.8万元。"
    assert subjects_of(text, "26名") == ["农民工"]
    assert subjects_of(text, "52.8万元") == ["农民工工资"]
    assert subjects_of("当年全县只有公路96公里。", "96公里") == ["公路"]
    # near misses: 有 inside a word after 只 stays (有限), and a noun of 有 with nothing before it
    assert subject_before("全县仅有医院") == "医院"
    assert subject_before("只有效期") == "只有效期"


@pytest.mark.parametrize("left, subject", [
    ("判令被告归还借款", "借款"),
    ("返还押金", "押金"),
    ("县里调配抽水机具", "抽水机具"),
    ("新铺设燃气管道", "燃气管道"),
    ("全县浇灌麦田", "麦田"),
    ("三季度末全市能繁母猪存栏", "全市能繁母猪存栏"),
    ("单个养殖场存栏规模宜", "单个养殖场存栏规模"),
    # near misses: 宜 ending a word stays; a quarter alone is a time word still
    ("土壤条件适宜", "土壤条件适宜"),  # (便宜 is a change verb since batch 48: cheaper by, a decrease)
    ("一季度全县生猪出栏", "全县生猪出栏"),
])
def test_verbs_and_frames_of_batch_29_kept_for_batch_30(left, subject):
    assert subject_before(left) == subject
