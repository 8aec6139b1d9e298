"""Subjects, 分别 lists, comparisons and projections by class, written from the annotation
conventions (the held-out annotation brief): invented sentences, one field of one claim each.

Subjects are whole noun phrases: the noun after the last verb that introduces it, the noun after
a count's measure word, each 分别 item its own, the subject of the claim before when a claim has
no noun of its own; never a time word, a comparison word, a verb or a number."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of




def field(text: str, quote: str, name: str, nth: int = 0):
    hits = [c for c in claims_of(text) if c.quote == quote]
    assert len(hits) > nth, [(c.quote, c.subject) for c in claims_of(text)]
    return getattr(hits[nth], name)


# (class, sentence, quote, subject)
SUBJECTS = [
    ("verb introduces the noun", "全镇组建志愿服务队14支。", "14支", "志愿服务队"),
    ("verb introduces the noun", "合作社今年流转耕地860亩。", "860亩", "耕地"),
    ("新 before the verb is one verb", "该校新开设人工智能课程6门。", "6门", "人工智能课程"),
    ("a short noun between two verbs is part of the noun", "市财政安排文旅发展专项资金8000万元。", "8000万元",
     "文旅发展专项资金"),
    ("attribute named with a verb", "青禾建工有限公司注册资本由800万元增至1500万元。", "800万元", "青禾建工有限公司注册资本"),
    ("attribute named with a verb", "全市研发经费投入强度达到2.4%。", "2.4%", "全市研发经费投入强度"),
    ("the second number of a from-to change", "青禾建工有限公司注册资本由800万元增至1500万元。", "1500万元",
     "青禾建工有限公司注册资本"),
    ("a time limit counted from an event", "异议期为自本公告发布之日起30日。", "30日", "异议期"),
    ("a time limit counted from an event", "答辩期和举证期均为公告期满后10日。", "10日", "答辩期和举证期"),
    ("a verb, the number, then what it counts", "对首次入规企业一次性给予20万元奖励。", "20万元", "奖励"),
    ("a verb, the number, then what it counts", "对参展企业给予最高六成补贴。", "最高六成", "补贴"),
    ("noun after a measure word stops at an adverb", "3条新建公交线路正式通车。", "3条", "新建公交线路"),
    ("noun after a measure word stops at an aspect verb", "全市52家药店开始供应退烧药。", "52家", "药店"),
    ("noun after a measure word stops at a rate word", "全省7个地市增速高于全省平均水平。", "7个", "地市"),
    # a share that names its whole opens a clause of its own: that clause is its subject (the brief's clause rule; the
    # gold of b3, b6, b9, b10, b11 xishan and b13 agree, that of b2 and b11 xiping carries the noun before)
    ("a share naming its whole is its clause's subject", "全市网上零售额增长8.6%，占社会消费品零售总额的比重为21.3%。",
     "21.3%", "占社会消费品零售总额的比重"),
    ("a rate word alone is the rate of the thing before", "深证成指收于10521.36点，周涨幅2.05%。", "2.05%", "深证成指"),
    ("a change in a rate keeps the rate word", "二季度全市生产总值增速比一季度加快0.3个百分点。", "0.3个百分点",
     "全市生产总值增速"),
    ("a target marker is not the subject", "农村自来水普及率目标达到95%。", "95%", "农村自来水普及率"),
    ("a from-to frame is not the subject", "两地车程由原来的90分钟缩短至40分钟。", "90分钟", "两地车程"),
    ("time of day is not the subject", "早晚高峰地铁发车间隔缩短至2分钟。", "2分钟", "地铁发车间隔"),
    ("a numbered heading run into its text", "二、农业全年油料产量33.1万吨。", "33.1万吨", "油料产量"),
    ("a year-end is a time word", "年末全市户籍人口318万人。", "318万人", "全市户籍人口"),
    ("a quoted name keeps its quotes", "“专精特新”企业营业收入增长12.5%。", "12.5%", "“专精特新”企业营业收入"),
    ("a currency before the amount is the unit, not the subject", "校友会捐资港币80万元。", "80万元", "校友会捐资"),
    ("a per-unit base before the number is no subject", "预计今年油菜单产将达到每亩180公斤。", "180公斤", "油菜单产"),
    ("a projection verb inside the subject ends what is before it", "全市将力争全年社会消费品零售总额增长6%以上。",
     "6%以上", "社会消费品零售总额"),
    ("a measure's noun right after its unit", "全县12.6万亩油菜已收割9.1万亩。", "12.6万亩", "油菜"),
    ("a verb ending the subject is dropped", "全县12.6万亩油菜已收割9.1万亩。", "9.1万亩", "油菜"),
    ("a share of a whole ends the subject", "临时用地面积控制在建设用地总量的3%以内。", "3%以内", "临时用地面积"),
    ("a verb ending the subject is dropped", "西部陆海新通道班列今年开行2600列。", "2600列", "西部陆海新通道班列"),
    ("a verb that names the quantity stays", "全市制造业投资增长9.1%。", "9.1%", "全市制造业投资"),
    ("a noun that begins with 同 is no base", "其中同步配建停车位的小区占比约四成。", "约四成", "同步配建停车位的小区占比"),
    ("按年 is a comparison, not the subject", "全州接待遊客約120萬人次，按年增長百分之九點五。", "百分之九點五", "遊客"),
    ("同比多增 is a change against the base", "全省人民币贷款增加860亿元，同比多增95亿元。", "95亿元", "全省人民币贷款"),
    ("verb introduces the noun", "全市实际到位省外资金86.2亿元。", "86.2亿元", "省外资金"),
    ("verb introduces the noun", "开发区实际利用外资2.4亿美元。", "2.4亿美元", "外资"),
    ("verb introduces the noun", "全县新批外资项目18个。", "18个", "外资项目"),
    ("verb introduces the noun", "街道调解室化解邻里纠纷96件。", "96件", "邻里纠纷"),
    ("verb introduces the noun", "全区共有养老机构37家。", "37家", "养老机构"),
    ("noun after a measure word stops at 的", "全县9个乡镇的卫生院完成改造。", "9个", "乡镇"),
    ("noun after a measure word stops at a one-character verb", "5个县区设分会场。", "5个", "县区"),
    ("noun after a measure word stops at 未", "约300个村未通光纤。", "约300个", "村"),
    ("noun after a measure word stops at 和 and a number", "建成塘坝42座和一千余个灌溉点。", "42座", "塘坝"),
    ("noun after a measure word keeps 设 of a noun", "采购120台设备。", "120台", "设备"),
    ("the particle 了 inside a subject goes", "全县九成村庄办起了文化礼堂。", "九成", "村庄办起文化礼堂"),
    ("a year-end with its year is a time word", "2024年末全市常住人口412.6万人。", "412.6万人", "全市常住人口"),
    ("届时 is a time word", "届时全市高速公路里程将达到860公里。", "860公里", "全市高速公路里程"),
    ("以来 after a month is a time word", "5月以来全市新增市场主体2.1万户。", "2.1万户", "市场主体"),
    ("a verb ending in 新 gives way to the verb it overlaps", "其中新开工项目不少于80个。", "不少于80个", "项目"),  # batch 42: the dev gold counts 项目 (8 to 3)
    ("a count of those who take part keeps its verb", "年末全市参加失业保险人数86.2万人。", "86.2万人",
     "全市参加失业保险人数"),
    ("为期 frames a duration", "本届展会为期五天。", "五天", "本届展会"),
    ("已满 frames a duration", "该房屋闲置时间已满3年。", "3年", "该房屋闲置时间"),
    ("a counted noun ends before a verb of visiting", "吸引超过2万人次的游客参观。", "超过2万人次", "游客"),
    ("a verb alone carries the subject before", "受理合同纠纷案件1280件，同比增长6.1%；审结1190件。", "1190件", "合同纠纷案件"),
    ("a number inside a parenthesis", "判令被告偿还借款本金5万元及利息（按年利率4.2%计算）。", "4.2%", "年利率"),
    ("a second item after 及 is no subject", "判决你向原告支付货款36800元及逾期付款损失。", "36800元", "货款"),
    ("a counted noun before 及", "内地8省份及港澳地区企业参会。", "8省份", "省份"),
    ("a share before 的 and a listed noun", "民营经济贡献了全市六成以上的税收、七成以上的专利。", "七成以上", "专利"),
    ("what there is in a place", "如今村里有农家乐32家。", "32家", "农家乐"),
    ("a change after a bare level is the level's", "全省工业品价格指数为102.4，同比上涨2.4%。", "2.4%", "全省工业品价格指数"),
    ("a target stated with 目标是", "年初确定的目标是全省地区生产总值增长6%以上。", "6%以上", "全省地区生产总值"),
    ("建设 ending a subject names the work", "新码头建设历时18个月。", "18个月", "新码头建设"),
    ("高峰时 is a time word: the thing before, at its peak", "全市日均接待游客约8万人次，高峰时超过12万人次。", "超过12万人次",
     "游客"),
    ("a section heading with 、 run into its text", "五、交通和邮电 2024年末全市公路里程8642公里。", "8642公里",
     "全市公路里程"),
    # sixth round: classes of the fifth batch's failures, in invented sentences
    ("a verb of work done introduces the noun", "今年全区加装楼道扶手420处。", "420处", "楼道扶手"),
    ("a verb of inspection introduces the noun", "全镇共排查各类餐饮门店880家。", "880家", "各类餐饮门店"),
    ("two verbs joined by 并 share one object", "全镇发现并整改卫生问题96处。", "96处", "卫生问题"),
    ("two verbs joined by 和 share one object", "全县新增和改善灌溉渠道42公里。", "42公里", "灌溉渠道"),
    ("a verb of records introduces the noun", "田径项目刷新省纪录4项。", "4项", "省纪录"),
    ("a verb of gathering introduces the noun", "园区已集聚智能装备企业45家。", "45家", "智能装备企业"),
    ("a verb and its object before 的 describe the noun", "三级医院开设互联网诊疗的比例达到80%。", "80%",
     "三级医院开设互联网诊疗的比例"),
    ("a verb and its object before 的 describe the noun", "财政资金用于乡村教育的比例不低于百分之三十。",
     "不低于百分之三十", "财政资金用于乡村教育的比例"),
    ("a verb before a clause of its own introduces the noun", "全县新增有出口业绩的企业320家。", "320家",
     "有出口业绩的企业"),
    ("the object of 把 is what is measured", "要把全县单位GDP能耗再降低一成。", "一成", "全县单位GDP能耗"),
    ("the object of 将 is what is measured", "县图书馆已将阅览室开放时间延长至每天12小时。", "12小时", "阅览室开放时间"),
    ("a cohort year is a time word", "2025届高校毕业生就业率达到95.1%。", "95.1%", "高校毕业生就业率"),
    ("a bare year before a name is a time word", "据悉，2024泉湾半程马拉松报名人数达到3.1万人。", "3.1万人",
     "泉湾半程马拉松报名人数"),
    ("由过去 starts a from-to change", "窗口办结时限由过去的20天压缩到5天。", "20天", "窗口办结时限"),
    ("部分 is a quantifier, not part of the noun", "部分景区平均停留时间仅为2小时。", "2小时", "景区平均停留时间"),
    ("a verb after a count's noun ends it, past a stop character", "全市仍有42家农家乐存在服务不规范问题。", "42家",
     "农家乐"),
    ("a verb after a count's noun ends it", "支持第二批8家智慧农场发挥示范作用。", "8家", "智慧农场"),
    ("a verb opening the words after a count belongs to the next claim", "“乡村音乐节”演出40场吸引游客超12万人次",
     "40场", "“乡村音乐节”演出"),
    ("…whose noun follows that verb", "“乡村音乐节”演出40场吸引游客超12万人次", "超12万人次", "游客"),
    ("新 and its verb describe the noun after a count", "8.6万户 全县新注册个体工商户", "8.6万户", "全县新注册个体工商户"),
    ("零 inside a noun is no numeral", "园区已集聚智能装备零部件企业45家。", "45家", "智能装备零部件企业"),
    ("a work verb between a noun and a short head is a compound noun", "全县共完成农村危房改造项目86个。", "86个",
     "农村危房改造项目"),
    ("a work verb between a noun and a short head is a compound noun", "县财政每年安排乡村公路建设资金不低于5000万元。",
     "不低于5000万元", "乡村公路建设资金"),
    ("a work verb between a noun and a short head is a compound noun", "前三季度交通建设投资同比增长9.6%。", "9.6%",
     "交通建设投资"),
    ("a verb after the scope still introduces the noun", "全市完成投资1.2亿元。", "1.2亿元", "投资"),
    ("a verb that takes no object describes the noun", "参展企业平均展位面积为36平方米。", "36平方米", "参展企业平均展位面积"),
    # seventh round: classes of the sixth batch's failures, in invented sentences
    ("新增 after an indicator's own noun is its direction", "前三季度城镇新增就业3.2万人。", "3.2万人", "城镇就业"),
    ("新增 after an indicator's own noun keeps the scope", "全县城镇新增就业人员1.1万人。", "1.1万人", "全县城镇就业人员"),
    ("新增 after a place scope introduces the noun", "今年以来全县新增市场主体3200户。", "3200户", "市场主体"),
    ("总 before a verb is one noun", "园区重点项目总投资达86亿元。", "86亿元", "园区重点项目总投资"),
    ("a count's noun ends before 总 and its verb", "首批9个项目总投资达86亿元。", "9个", "项目"),
    ("an adverb of a first time is no part of the subject", "全县旅游收入首次突破十亿元。", "突破十亿元", "全县旅游收入"),
    ("an adverb of only is no part of the subject", "往返车程只需五十分钟。", "五十分钟", "往返车程"),
    ("an adverb after a count's noun ends it", "全县32个项目同步开工。", "32个", "项目"),
    ("a verb of stages ends a count's noun", "全县6.3万亩晚稻进入灌浆期。", "6.3万亩", "晚稻"),
    ("a verb of mediation introduces the noun", "街道今年在线调解邻里纠纷860余件。", "860余件", "邻里纠纷"),
    ("…but a verb before 员 is part of the noun", "全区共有人民调解员420名。", "420名", "人民调解员"),
    ("a verb of screening introduces the noun", "全县计划免费筛查适龄老人2.4万名。", "2.4万名", "适龄老人"),
    ("a verb of effect introduces the noun", "检修期间停电影响居民约3000户。", "约3000户", "居民"),
    ("a verb of setting a target introduces the noun", "全县确定农业增加值增长4%左右。", "4%左右", "农业增加值"),
    ("a verb of attendance introduces the noun", "大会应到代表312名，实到305名。", "312名", "代表"),
    ("a verb of attendance alone carries the noun before", "大会应到代表312名，实到305名。", "305名", "代表"),
    ("a verb of rebuilding introduces the noun", "全县新建改扩建卫生院18所。", "18所", "卫生院"),
    ("a share of a completed plan is the thing completed (brief, ninth batch)", "全县新增城镇就业1.3万人，完成年度目标的104.2%。",
     "104.2%", "城镇就业"),
    ("a share of a completed task is the thing completed (brief, ninth batch)",
     "全县建成高标准农田2.6万亩，完成全年任务的六成。", "六成", "高标准农田"),
    ("a comparison after a count is no noun of it", "全县新登记经营主体3200户同比增长9.1%", "3200户", "经营主体"),
    ("新开工 before a long noun introduces it", "全省新开工省级重点项目46个。", "46个", "省级重点项目"),
    ("a verb right after a count: the noun is before it", "全县12个乡镇中有9个实现增长。", "9个", "乡镇"),
    ("a verb right after a count: the noun is before it", "大会应到代表312名，特邀代表20名列席会议。", "20名", "特邀代表"),
    ("今年以来 inside a subject is a time word", "该厂今年以来产值增长两成。", "两成", "该厂产值"),
    ("占 before a share ends the part's phrase", "全村常住人口2100人，其中外出务工人员占四成。", "四成", "外出务工人员"),
    ("占 before a share ends the part's phrase", "园区入驻企业中，科技型企业约占三分之一。", "三分之一", "科技型企业"),
    ("占 before a share ends the part's phrase", "全县农村卫生厕所已占九成以上。", "九成以上", "全县农村卫生厕所"),
    # brief, fifteenth batch (for every 占 share): the 占 phrase of the claim's own clause
    ("a share with no noun of its own is its 占 phrase", "全县粮食总产量48万吨，占全市粮食总产量的三成。", "三成",
     "占全市粮食总产量"),
    ("a share with no noun of its own is its 占 phrase", "其中，服务业税收52.3亿元，增长4.1%，占税收总额的61.2%。",
     "61.2%", "占税收总额"),
    ("a quoted noun after a measure word", "全区今年已建成9处“乡村书屋”。", "9处", "“乡村书屋”"),
    ("未来 is no negation after a measure word", "全市8个未来社区建成投用。", "8个", "未来社区"),
    ("a verb with a place suffix after a measure word is a noun", "全县46家接种点开始提供疫苗接种服务。", "46家", "接种点"),
    ("verb introduces the noun", "新书屋配置图书2800册。", "2800册", "图书"),
    ("verb introduces the noun", "此次改造更换老旧管网12公里。", "12公里", "老旧管网"),
    ("verb introduces the noun", "全区今年储备救灾物资3.6万件。", "3.6万件", "救灾物资"),
    ("verb introduces the noun", "新园区设有标准厂房40栋。", "40栋", "标准厂房"),
    ("verb introduces the noun", "各校聘请兼职教练310名。", "310名", "兼职教练"),
    ("verb introduces the noun", "贴息政策撬动社会投资约9亿元。", "约9亿元", "社会投资"),
    ("verb introduces the noun", "城区新设公共充电桩600个。", "600个", "公共充电桩"),
    ("verb introduces the noun", "公交公司增开夜间公交线路4条。", "4条", "夜间公交线路"),
    ("verb introduces the noun", "异地就医累计结算住院费用1.2亿元。", "1.2亿元", "住院费用"),
    ("verb introduces the noun", "全市累计接种流感疫苗6.2万剂次。", "6.2万剂次", "流感疫苗"),
    ("verb introduces the noun", "养护队修补破损路面3400平方米。", "3400平方米", "破损路面"),
    ("a verb and a short head noun after a noun are one noun", "项目审批时间由30天压缩至12天。", "12天", "项目审批时间"),
    ("a verb and a short head noun after a noun are one noun", "每个示范村可获得扶持资金200万元。", "200万元", "扶持资金"),
    ("a verb and a short head noun after a noun are one noun", "学院将获得中央财政支持资金3000万元。", "3000万元",
     "中央财政支持资金"),
    ("a verb and a short head noun after a noun are one noun", "此次集中开工项目58个。", "58个", "此次集中开工项目"),  # 此次 stays (17th batch)
    ("a bracket closed but never opened ends what came before", "详见附表）全市林业产值24亿元。", "24亿元",
     "全市林业产值"),
    ("a bracket closed but never opened ends what came before", "[链接](javascript:void(0))全市林业产值24亿元。",
     "24亿元", "全市林业产值"),
]


# ninth round: classes of the fifth to eighth batches' subject failures, in invented sentences
NINTH_ROUND = [
    ("a predicate after a counted noun ends it", "全区12座智能快递柜投用。", "12座", "智能快递柜"),
    ("a predicate after a counted noun ends it", "60余家采购商与园区签约。", "60余家", "采购商"),
    ("a predicate after a counted noun ends it", "首批40块试验田由农户认领。", "40块", "试验田"),
    ("a predicate after a counted noun ends it", "200余名志愿者走进社区开展义诊。", "200余名", "志愿者"),
    ("a predicate after a counted noun ends it", "质监部门对市场上销售的25款电热水壶进行检测。", "25款", "电热水壶"),
    ("a share printed first measures the noun before its verb", "全县约三成村卫生室建成远程诊室。", "约三成", "村卫生室"),
    ("a share printed first measures the noun before its verb", "全市八成以上的社区已接入智慧养老平台。", "八成以上",
     "社区"),
    ("a verb of work done introduces the noun", "全年治理黑臭水体12条。", "12条", "黑臭水体"),
    ("a verb of supply introduces the noun", "超市日均供应平价肉80吨。", "80吨", "平价肉"),
    ("a verb of those affected introduces the noun", "此次停电涉及商户约200家。", "约200家", "商户"),
    ("two verbs listed with 、 share one object", "新建、改扩建公园15个。", "15个", "公园"),
    ("a time clause between two verbs", "该站成立以来累计接待来访群众2100人次。", "2100人次", "来访群众"),
    ("N年来 is a time word", "五年来城镇新增就业3.2万人。", "3.2万人", "城镇就业"),
    ("近一周 is a time word", "近一周全市空气优良天数比例为92%。", "92%", "全市空气优良天数比例"),
    ("an occasion's 期间 is a time word", "“五一”期间全市景区门票收入1.2亿元。", "1.2亿元", "全市景区门票收入"),
    ("其他 keeps its 其", "其他垃圾日均清运量下降3.1%。", "3.1%", "其他垃圾日均清运量"),
    ("一般 is a hedge", "疗程一般为10天。", "10天", "疗程"),
    ("长达 is a hedge; 周期 an attribute named with a verb", "建设周期长达5年。", "5年", "建设周期"),
    ("a basis of comparison has no noun: the thing before", "全市税收收入下降2.3%，扣除减税因素后增长1.8%。", "1.8%",
     "全市税收收入"),
    ("a basis of comparison has no noun: the thing before", "国有资本经营收入28亿元，同口径增长4.1%。", "4.1%",
     "国有资本经营收入"),
    ("a box of figures each before its label", "2860亿元地区生产总值412亿元一般公共预算收入3.6万人城镇新增就业", "3.6万人",
     "城镇就业"),
    ("how long an activity took is the activity's", "此次改造历时5个月。", "5个月", "此次改造"),  # 此次 stays (17th batch)
    ("how long an activity took is the activity's", "文物局开展为期两个月的安全巡查。", "两个月", "安全巡查"),
    ("a total's topic stops at 将于", "2025年暑运将于7月1日开始，8月31日结束，共62天。", "62天", "暑运"),
    ("a count in parts is of the thing before", "市财政安排惠民资金2000万元，分四批发放。", "四批", "惠民资金"),
    ("an amount 总额…的 is the noun after", "计划发放总额800万元的文旅消费券。", "800万元", "文旅消费券"),
    ("a share after a comparative is the noun before it", "社会资本出资比例不低于建设总投资的30%。", "30%", "社会资本出资比例"),
    ("a from-to change after 由…的", "全县森林覆盖率由治理前的52%提高到61%。", "52%", "全县森林覆盖率"),
    ("what a body has", "村里组建的应急分队有队员18名。", "18名", "队员"),
    ("how long after 经过 is the activity after 的", "经过三个多小时的紧张抢修，供水恢复正常。", "三个多小时", "紧张抢修"),
    ("a verb-only activity's duration", "每轮培训15天。", "15天", "培训"),
    ("what is achieved is the noun", "全市重点商贸企业实现销售额12.6亿元。", "12.6亿元", "销售额"),
    ("成交 ending a subject names the quantity", "二手房成交860套。", "860套", "二手房成交"),
    ("a per-unit base of two characters is no subject", "考试报名费为每科次25元。", "25元", "考试报名费"),
    ("a verb before 器 is inside the noun", "全省众创空间和孵化器总数达到86家。", "86家", "全省众创空间和孵化器总数"),
    ("a verb before 机 after a count is inside the noun", "20台收割机在田间作业。", "20台", "收割机"),
    ("a daily average is of the thing before 日均", "节日期间景区客流量日均3.2万人次。", "3.2万人次", "景区客流量"),
    ("恢复至 ends a subject", "预计全市公交客运量将恢复至日均80万人次。", "80万人次", "全市公交客运量"),
    ("a total right after a count's noun is that noun's", "首批8个项目总投资52亿元。", "52亿元", "项目总投资"),
    ("a verb-named fund keeps its verb before an adverb and a verb", "全县教育救助资金已拨付860万元", "860万元",
     "全县教育救助资金"),
    ("压减 ends a subject", "三公经费压减不低于10%。", "不低于10%", "三公经费"),
    ("经过 a duration, then the activity", "经过5个月集中整治，河道水质明显改善。", "5个月", "集中整治"),
    ("a statistical category that opens with a verb", "上月全县新建商品房成交320套。", "320套", "全县新建商品房成交"),
    ("新增 before 至 is the verb, not 增至", "新增至东南亚城市的航线3条。", "3条", "至东南亚城市的航线"),
    ("a clause with 的 after a count describes its noun", "80余名在本市创业的海归人才齐聚一堂。", "80余名", "在本市创业的海归人才"),
    ("a scope, an amount and the noun after it", "全县500万元文旅消费券分三轮发放。", "500万元", "文旅消费券"),
    ("a scope, an amount and the noun after it", "全县500万元文旅消费券分三轮发放。", "三轮", "文旅消费券"),
]


# (class, sentence, quote, subject): each value after 分别 is its own item's
RESPECTIVELY = [
    ("a scope before the list is every item's", "全县各类火灾起数和直接财产损失分别下降15.2%和9.6%。", "15.2%", "火灾起数"),
    ("two items that each end in a measure share no head", "全县农业增加值、民间投资分别增长3.2%和7.5%。", "7.5%",
     "民间投资"),
    ("支出 printed once after the last item", "农林水、城乡社区支出分别增长4.2%和6.8%。", "6.8%", "城乡社区"),
    ("the list ends at its clause", "预计今年小麦、玉米分别增产2.1%和3.4%，全市粮食总产量将达96万吨。", "3.4%", "玉米"),
    ("the list's scope is no item's own", "全省稻谷、小麦、玉米分别增产2.1%、1.5%和3.4%。", "2.1%", "稻谷"),
    ("an item with 及 inside it", "国有企业、民营企业、外商及港澳台商投资企业分别增长4.1%、6.2%和2.9%。", "2.9%",
     "外商及港澳台商投资企业"),
    ("items in the clause before 分别", "本周有色金属和煤炭板块涨幅居前，分别上涨4.2%和3.6%。", "3.6%", "煤炭板块"),
    ("items in the clause before 分别", "本周有色金属和煤炭板块涨幅居前，分别上涨4.2%和3.6%。", "4.2%", "有色金属"),
    ("a head printed once after the last item", "城镇居民、农村居民人均可支配收入分别增长6.2%、8.1%。", "8.1%",
     "农村居民"),
    ("items that are claims pair with their values", "其中，工业项目86个、民生项目40个，分别占58%和27%。", "27%", "民生项目"),
    # seventh round: the words all items share are no item's (annotation brief, sixth batch)
    ("a head noun only the last item prints", "城镇、农村居民人均消费支出分别增长5.1%和7.3%。", "7.3%", "农村"),
    ("a head noun only the last item prints", "城镇、农村居民人均消费支出分别增长5.1%和7.3%。", "5.1%", "城镇"),
    ("a scope and head only the last item prints", "开发区、保税区规模以上工业产值分别增长8.2%和6.4%。", "6.4%", "保税区"),
    ("a measure printed once after the last item", "国道、省道里程分别为320和540公里。", "540公里", "省道"),
    ("a measure printed once after the last item", "猪、牛存栏分别为42.1万头和3.6万头。", "3.6万头", "牛"),
    ("a group word before the measure", "机械、化工、纺织三大传统产业产值分别增长3.1%、4.2%和2.5%。", "2.5%", "纺织"),
    ("items that share their ending have no shared head", "民营企业、外商投资企业分别增长6.2%和2.9%。", "2.9%", "外商投资企业"),
    ("a last item one character longer keeps it", "东南亚、中东市场出口额分别增长11.2%和8.5%。", "8.5%", "中东市场"),
]


@pytest.mark.parametrize("cls, text, quote, subject", RESPECTIVELY, ids=[f"{r[0]}:{r[2]}" for r in RESPECTIVELY])
def test_respectively_by_class(cls, text, quote, subject):
    assert field(text, quote, "subject") == subject


# (class, sentence, quote, comparison)
COMPARISONS = [
    ("共 before its verb is a total", "今年以来全市共接待游客2100万人次。", "2100万人次", "共计"),
    ("共 before its verb is a total", "警方共破获诈骗案件318起。", "318起", "共计"),
    ("累计 stays in its clause", "全县累计投入资金2.1亿元，修通道路36公里。", "36公里", None),
    ("累计 in its clause", "全县累计投入资金2.1亿元，修通道路36公里。", "2.1亿元", "累计"),
    ("the trading day before is 环比", "该股收盘价为12.4元/股，较前一交易日上涨3.1%。", "3.1%", "环比"),
    ("the week before is 环比", "本周日均成交额为9800亿元，较前一周减少约600亿元。", "约600亿元", "环比"),
    ("last month's end is 环比", "6月末，贷款余额同比增长8.1%，增速比上月末低0.3个百分点。", "0.3个百分点", "环比"),
    ("a share of a whole is no comparison", "全市重症床位达到全部床位的8%。", "8%", None),
    ("按年 is 同比", "全州接待遊客約120萬人次，按年增長百分之九點五。", "百分之九點五", "同比"),
    ("同比多增 is 同比", "全省人民币贷款增加860亿元，同比多增95亿元。", "95亿元", "同比"),
    ("a base with 的 that is a time is a comparison", "上半年全市接待游客1800万人次，恢复至2019年同期的九成。", "九成",
     "比2019"),
    ("偏高 after the base", "全年平均气温比常年偏高0.8℃。", "0.8℃", "比常年"),
    ("共 right before the number is a total", "集中开工项目共86个。", "86个", "共计"),
    ("a base before 翻一番", "全市农产品网络零售额比2018年翻了一番。", "翻了一番", "比2018"),
    ("按年 before 利率 is the rate's basis", "判令被告偿还借款本金5万元及利息（按年利率4.2%计算）。", "4.2%", None),
    ("a base after 恢复到 is no target year", "上半年全市接待游客1800万人次，恢复到2019年同期的八成以上。", "八成以上",
     "比2019"),
]


@pytest.mark.parametrize("cls, text, quote, comparison", COMPARISONS, ids=[f"{c[0]}:{c[2]}" for c in COMPARISONS])
def test_comparison_by_class(cls, text, quote, comparison):
    assert field(text, quote, "comparison") == comparison


# (class, sentence, quote, projection)
PROJECTIONS = [
    ("what is done after a plan is no projection", "今年全县计划种植油菜6万亩，目前已完成播种4.8万亩。", "4.8万亩", None),
    ("the plan itself is a target", "今年全县计划种植油菜6万亩，目前已完成播种4.8万亩。", "6万亩", "target"),
    ("将 and a verb of change is a forecast", "新码头投用后，全港年吞吐能力将提升至180万标箱。", "180万标箱", "forecast"),
    ("what a plan says will be is its target", "根据规划，到2025年底，全市托育机构将增至120家。", "120家", "target"),
    ("恢复到 a base year is no target", "上半年全市接待游客1800万人次，恢复到2019年同期的八成以上。", "八成以上", None),
    ("a figure for years not yet over is planned", "“十四五”期间省财政安排专项资金不少于20亿元，带动社会投资超过百亿元。",
     "不少于20亿元", "target"),
    ("…and so is the next figure of its sentence", "“十四五”期间省财政安排专项资金不少于20亿元，带动社会投资超过百亿元。",
     "超过百亿元", "target"),
    ("what is already done in those years is not", "“十四五”期间，全省累计已完成投资超过900亿元。", "超过900亿元", None),
]


@pytest.mark.parametrize("cls, text, quote, projection", PROJECTIONS, ids=[f"{p[0]}:{p[2]}" for p in PROJECTIONS])
def test_projection_by_class(cls, text, quote, projection):
    assert field(text, quote, "projection") == projection


# (class, sentence, quote, direction)
DIRECTIONS = [
    ("more than the base", "二季度新增规上企业27家，同比多15家。", "15家", "increase"),
    ("fewer than the base", "本月发生火灾12起，比上月少3起。", "3起", "decrease"),
    ("a change verb joined by 和 to a second verb of the same object", "全县新增和改善灌溉渠道42公里。", "42公里",
     "increase"),
    ("新增 before a noun a verb names (信贷投放) is still the change", "新增普惠小微信贷投放不少于50亿元。",
     "不少于50亿元", "increase"),
]


@pytest.mark.parametrize("cls, text, quote, direction", DIRECTIONS, ids=[f"{d[0]}:{d[2]}" for d in DIRECTIONS])
def test_direction_by_class(cls, text, quote, direction):
    assert field(text, quote, "direction") == direction


def test_more_than_the_base_carries_the_subject():
    assert field("二季度新增规上企业27家，同比多15家。", "15家", "subject") == "规上企业"


def test_a_target_keeps_only_its_own_clause_period_or_the_one_opening_its_sentence():
    # the brief's sixth-batch clarification: 到2025年，…达到…，…超过… → 2025 for both
    assert field("“十四五”期间省财政安排专项资金不少于20亿元，带动社会投资超过百亿元。", "超过百亿元", "period") == "2021/2025"
    assert field("省财政在“十四五”期间安排专项资金不少于20亿元，带动社会投资超过百亿元。", "超过百亿元", "period") is None



@pytest.mark.parametrize("subject, role, joined", [
    ("全省规上工业 增加值", "headline", "全省规上工业增加值"),  # a wrap inside a phrase is joined
    ("空气质量优良 天数比例", "headline", "空气质量优良天数比例"),
    ("“银”发经济 全市养老服务机构", "headline", "全市养老服务机构"),  # a second deck names the subject on its own
    ("全市养老 服务机构", "body", "全市养老服务机构"),  # a body has no decks
])
def test_a_space_in_a_subject(subject, role, joined):
    from frontpage.numbers.claims import _joined
    assert _joined(subject, role) == joined


def test_a_projection_of_a_half_year_is_this_year():
    when = date(2023, 3, 10)
    found = [c for c in claims_of("上半年重大项目投资额有望突破百亿元。", when)]
    assert [(c.period, c.projection) for c in found] == [("2023-H1", "forecast")]


def test_a_period_after_an_opening_quote_opens_its_clause():
    found = claims_of("“2014年，村里常住人口不到三百人。”")
    assert [c.period for c in found] == ["2014"]


def test_more_than_the_usual_is_an_increase():
    assert field("全年平均气温比常年偏高0.8℃。", "0.8℃", "direction") == "increase"


def test_a_deck_with_no_noun_takes_the_subject_of_the_display_line_above():
    """…同比增长8.4% / 两年平均增长5.9%: two display lines of one headline, the second with no noun of its own."""
    text = "全县社会消费品零售总额同比增长8.4%\n两年平均增长5.9%\n\n本报讯 今年以来，全县消费市场持续回暖。\n"
    found = {c.quote: c for c in claims_of(text, lead="")}
    assert found["5.9%"].subject == "全县社会消费品零售总额", [(c.quote, c.part, c.subject) for c in found.values()]


# (class, sentence, quote, subject): the classes of the ninth blind batch's subject disagreements
TENTH_ROUND = [
    # a completed share of a plan measures the thing completed (brief, ninth batch), not the plan
    ("completion of a plan: the thing completed", "全县固定资产投资完成年度计划的92%。", "92%", "全县固定资产投资"),
    ("completion of a plan: the thing completed, from the clause before",
     "全市城镇新增就业2.4万人，完成年度目标任务的96.5%。", "96.5%", "全市城镇就业"),
    # verbs of intake, enforcement and supply introduce the counted noun
    ("a verb introduces the noun: 配备", "消防站配备抢险救援车12辆。", "12辆", "抢险救援车"),
    ("a verb introduces the noun: 整合", "全县整合生态补偿资金2.6亿元。", "2.6亿元", "生态补偿资金"),
    ("a verb introduces the noun: 新收", "区法院新收劳动争议案件386件。", "386件", "劳动争议案件"),
    ("a verb introduces the noun: 拦截", "反诈中心拦截诈骗短信46万条。", "46万条", "诈骗短信"),
    ("a verb introduces the noun: 封堵", "反诈中心封堵涉诈网址1.2万个。", "1.2万个", "涉诈网址"),
    ("a verb introduces the noun: 起诉", "区检察院起诉危险驾驶犯罪128人。", "128人", "危险驾驶犯罪"),
    ("a verb introduces the noun: 调运", "市里调运抗旱种子800吨。", "800吨", "抗旱种子"),
    ("a verb introduces the noun: 追缴", "税务部门追缴欠缴税款3200万元。", "3200万元", "欠缴税款"),
    ("a verb introduces the noun: 承担", "法院判令被告承担生态修复费用86万元。", "86万元", "生态修复费用"),
    # a verb before an attribute noun, 区, or with no object of its own is part of the noun
    ("a verb before an attribute noun is part of it: 工期", "建设工期26个月。", "26个月", "建设工期"),
    ("a verb before an attribute noun is part of it: 均价", "全市二手房成交均价1.2万元/平方米。", "1.2万元/平方米",
     "全市二手房成交均价"),
    ("a verb before 区 names a zone", "城区建成区面积扩大到46平方公里。", "46平方公里", "城区建成区面积"),
    ("到位 takes no object; 招商引资 is a category", "全区招商引资实际到位资金56亿元。", "56亿元", "全区招商引资实际到位资金"),
    ("实有 is an attribute of a stock, not 'there is'", "全县实有经营主体5.2万户。", "5.2万户", "全县实有经营主体"),
    # time words of a day or a month, and 高达, are framing
    ("a time of day is no part of the subject", "据气象台监测，早晨城区最低气温零下3℃。", "零下3℃", "城区最低气温"),
    ("at present is no part of the subject", "当前玉米收购均价2.6元/公斤。", "2.6元/公斤", "玉米收购均价"),
    ("a part of a month is no part of the subject", "3月上旬全市蔬菜平均批发价5.2元/公斤。", "5.2元/公斤",
     "全市蔬菜平均批发价"),
    ("高达 is no part of the subject", "该镇贫困发生率高达31.5%。", "31.5%", "该镇贫困发生率"),
    # a weather report's temperature after its day and sky
    ("a weather report's range measures the air temperature", "今天 小雨 9℃～14℃", "9℃～14℃", "气温"),
    ("a weather report's range measures the air temperature", "明日 阴转多云 11℃～18℃", "11℃～18℃", "气温"),
    # a projection marker followed only by a frame leaves the noun before it
    ("力争 then only a frame", "全县农业总产值力争年均增长6%。", "6%", "全县农业总产值"),
    # a count's noun ends before what it does, before 平均, before a hedge opening the next number
    ("a count's noun ends before a predicate: 深入", "2000名医护人员深入社区开展义诊。", "2000名", "医护人员"),
    ("a count's noun ends before a predicate: 脱贫", "12个贫困村脱贫出列。", "12个", "贫困村"),
    ("a count's noun ends before a predicate: 入驻", "46家企业入驻园区。", "46家", "企业"),
    ("a count's noun ends before a predicate: 入股", "126户农户入股合作社。", "126户", "农户"),
    ("a count's noun ends before 平均", "全市236家星级酒店平均入住率达71%。", "236家", "星级酒店"),
    ("a count's noun ends before a hedge of the next number", "18支球队约400名运动员参赛。", "18支", "球队"),
    # 出口, 出栏 printed once after a 分别 list's last item
    ("a flow printed once after the last item: 出口", "机电产品、纺织服装产品出口分别增长6.1%和3.2%。", "3.2%",
     "纺织服装产品"),
    ("a flow printed once after the last item: 出栏", "全年生猪、牛、羊出栏分别为42.6、3.1、18.2万头。", "18.2万头", "羊"),
    # a share of a whole after a hedge or an adverb: its 占 phrase, the hedge or adverb dropped
    ("a hedged share of a whole is its 占 phrase", "全县规上工业企业320家，约占全市的四成。", "四成", "占全市"),
    ("an adverb before 占 is dropped from the 占 phrase", "全区规上工业企业86家，已占全市总数的三分之一。", "三分之一",
     "占全市总数"),
    # a figure alone in parentheses right after a noun measures it
    ("a figure in parentheses after its noun", "本届运动会设全程马拉松（42.195公里）和迷你跑（3公里）。", "42.195公里",
     "全程马拉松"),
    ("a figure in parentheses after its noun", "本届运动会设全程马拉松（42.195公里）和迷你跑（3公里）。", "3公里", "迷你跑"),
    ("a figure in parentheses after its noun", "公园新建步道（3.6公里）一条。", "3.6公里", "步道"),
    # a rate of change before 的 and a target is the change of the noun before it, not the target's
    ("an average right after a count's noun is that noun's", "全市236家星级酒店平均入住率达71%。", "71%",
     "星级酒店平均入住率"),
    ("a verb of a result and a short noun after a noun are one noun", "全区诉前调解成功案件2600件。", "2600件",
     "全区诉前调解成功案件"),
    ("an amount after a demonstrative is the noun after 的", "这笔300万元的帮扶资金将用于修建村道。", "300万元", "帮扶资金"),
    ("a change before 的 and its target", "确保全年农业增加值增长4%左右的预期目标如期完成。", "4%左右", "农业增加值"),
]


ELEVENTH_ROUND = [
    # verbs of works, planting, flood control, enforcement, gathering, occurrence and handling introduce the noun
    ("a verb introduces the noun: 加固", "县里加固危旧桥梁36座。", "36座", "危旧桥梁"),
    ("a verb introduces the noun: 新植", "今年新植行道树4800株。", "4800株", "行道树"),
    ("a verb introduces the noun: 拦蓄", "两座水库拦蓄洪水1.2亿立方米。", "1.2亿立方米", "洪水"),
    ("a verb introduces the noun: 减淹", "堤防工程减淹农田3万亩。", "3万亩", "农田"),
    ("a verb introduces the noun: 止付", "警方止付涉诈资金860万元。", "860万元", "涉诈资金"),
    ("a verb introduces the noun: 采集", "平台采集居民健康档案12万份。", "12万份", "居民健康档案"),
    ("a verb introduces the noun: 出现", "全省出现高温天气8次。", "8次", "高温天气"),
    ("a verb introduces the noun: 发生", "全区发生火灾46起。", "46起", "火灾"),
    ("a verb introduces the noun: 处理", "热线中心处理投诉件3600件。", "3600件", "投诉件"),
    ("a verb introduces the noun: 再建", "县里再建污水处理站12座。", "12座", "污水处理站"),
    ("a verb before an attribute noun is part of it: 时限", "上门处理时限为4小时。", "4小时", "上门处理时限"),
    ("a verb introduces the noun: 应出席", "大会应出席委员320名，实到298名。", "320名", "委员"),
    ("a net flow introduces the noun", "全年净流入人口约1.2万人。", "约1.2万人", "人口"),
    ("a verb of policy introduces the noun: 推动", "我们将推动农村自来水普及率提高到95%。", "95%", "农村自来水普及率"),
    # an actor before 投入 makes it a verb, not a compound noun
    ("an institution before 投入 is the actor", "区应急局投入警力320名。", "320名", "警力"),
    ("当地 before 投入 is the actor", "当地投入资金200万元修缮古桥。", "200万元", "资金"),
    # 组织, 服务: verbs after an adverb or opening the phrase, nouns elsewhere; a causative's person
    ("组织 after an adverb is a verb", "全区已组织志愿者1200余人次。", "1200余人次", "志愿者"),
    ("服务 after an adverb is a verb", "社区食堂日均服务老人300余人次。", "300余人次", "老人"),
    ("服务 opening a noun is no verb", "服务业增加值增长6%。", "6%", "服务业增加值"),
    ("服务 after 公共 is no verb", "全市公共服务中心86个。", "86个", "全市公共服务中心"),
    ("a causative's person is no modifier", "街道组织居民参加消防演练40场。", "40场", "消防演练"),
    # words after the noun that frame the figure
    ("维持在 is framing", "早餐补助标准维持在每人每天4元。", "4元", "早餐补助标准"),
    ("拟 is framing", "公交票价拟由2元调整为1元。", "2元", "公交票价"),
    ("完成 after its noun is framing", "全县交通建设投资完成18.6亿元。", "18.6亿元", "全县交通建设投资"),
    ("a headline's one-character change is framing", "全市快递业务量增两成。", "两成", "全市快递业务量"),
    ("an event's evening is a time word", "首演当晚观众约3000人次。", "约3000人次", "观众"),
    # nouns named with a verb
    ("a verb before 价格 is part of it", "二手住宅平均成交价格为9800元/平方米。", "9800元/平方米", "二手住宅平均成交价格"),
    ("总 and a verb make a noun", "全年新开工计划总投资亿元以上项目46个。", "46个", "计划总投资亿元以上项目"),
    ("产能 ends in no modal 能", "新生产线产能提高30%。", "30%", "新生产线产能"),
    # a weather report's range after a day and a sky, even in a clause of its own
    ("a weather report's range after its day and sky", "今天夜间多云有阵雨5℃～11℃", "5℃～11℃", "气温"),
    ("the next day's range in the same sentence", "今天晴29℃～37℃，明天多云26℃～33℃。", "26℃～33℃", "气温"),
    ("a weather report's range in a clause of its own", "明天阴，7℃～12℃。", "7℃～12℃", "气温"),
    # 共 and a verb (共设) run into the longer verb they overlap (设置); other overlaps keep the first verb
    ("共设 runs into 设置", "展区共设置互动体验点24个。", "24个", "互动体验点"),
    ("完成 does not run into 成交", "全市完成交通固定资产投资86亿元。", "86亿元", "交通固定资产投资"),
    ("a verb introduces the noun: 悬挂", "沿街悬挂彩灯3600盏。", "3600盏", "彩灯"),
]


TWELFTH_ROUND = [
    # verbs of planting, supply, purchase, remedial works, clearance, recruitment and visiting introduce the noun
    ("a verb introduces the noun: 栽植", "春季全县栽植樟树苗约18万株。", "约18万株", "樟树苗"),
    ("a verb introduces the noun: 投放", "公交公司投放新能源公交车60辆。", "60辆", "新能源公交车"),
    ("a verb introduces the noun: 采购", "食堂采购本地蔬菜约40吨。", "约40吨", "本地蔬菜"),
    ("a verb introduces the noun: 整治", "街道排查整治消防隐患320处。", "320处", "消防隐患"),
    ("a verb introduces the noun: 修建", "景区沿湖修建栈道3.5公里。", "3.5公里", "栈道"),
    ("a verb introduces the noun: 拆除", "镇里拆除违章搭建约2万平方米。", "约2万平方米", "违章搭建"),
    ("a verb introduces the noun: 清除", "志愿者清除河面漂浮物近8吨。", "近8吨", "河面漂浮物"),
    ("a verb introduces the noun: 招募", "图书馆面向社会招募阅读推广人30名。", "30名", "阅读推广人"),
    ("a verb introduces the noun: 走访慰问", "社区走访慰问独居老人260户。", "260户", "独居老人"),
    # a verb inside a category's name introduces nothing (政府采购, 采购经理指数)
    ("a verb inside a category's name: 采购经理指数", "全国非制造业采购经理指数为51.2%。", "51.2%", "全国非制造业采购经理指数"),
    ("a verb inside a category's name: 政府采购", "政府采购货物合同金额增长7%。", "7%", "政府采购货物合同金额"),
    # a level reached or held after its noun is framing
    ("发展到 is framing", "全乡蓝莓种植面积发展到1.6万亩。", "1.6万亩", "全乡蓝莓种植面积"),
    ("保持 is framing", "城区污水集中处理率保持98%以上。", "98%以上", "城区污水集中处理率"),
    # what counted teams, people and places do ends their noun
    ("a count's noun ends before a predicate: 争冠", "16支龙舟队争冠。", "16支", "龙舟队"),
    ("a count's noun ends before a predicate: 到场", "约5000名球迷到场助威。", "约5000名", "球迷"),
    ("a count's noun ends before a predicate: 报名", "已有58家商户报名参加夜市。", "58家", "商户"),
    ("a count's noun ends before a predicate: 融入", "9个村融入景区发展。", "9个", "村"),
    ("a count's noun ends before a predicate: 常态化", "全镇260名网格员常态化入户走访。", "260名", "网格员"),
    # a starting point (从…的) or a base (按…的) before the number: the noun is before it
    ("从…的 is the start of a from-to change", "合唱团成员已从最初的8人发展到目前的65人。", "8人", "合唱团成员"),
    ("到目前的 ends a from-to change", "合唱团成员已从最初的8人发展到目前的65人。", "65人", "合唱团成员"),
    ("按…的 is the base of a rate", "区级预备费按本级支出的2%设置。", "2%", "区级预备费"),
    ("a share of a place's whole without 的", "全县粮食产量约占全市三成。", "三成", "全县粮食产量"),
    ("各季度 is a time word", "各季度增速保持在3%—7%之间。", "3%—7%", "增速"),
    # a grant, a penalty or a discount printed after its number: its noun
    ("a cap between the grant verb and the number", "每家企业给予最高不超过50万元奖励。", "不超过50万元", "奖励"),
    ("a rate of a base, a verb of giving, then the noun", "对新购农机按购机价的30%给予补贴。", "30%", "补贴"),
    ("a rate of a base, a verb of giving, then the noun", "按每个车位2000元给予一次性建设奖补。", "2000元",
     "一次性建设奖补"),
    ("a penalty's range, then the noun", "对违规单位并处5000元以上3万元以下罚款。", "5000元以上3万元以下", "罚款"),
    ("a discount after 享, then the noun", "会员凭卡享九折优惠。", "九折", "优惠"),
    ("a verb before an attribute noun is part of it: 标准", "发放标准为每生每年2000元。", "2000元", "发放标准"),
    ("a share first with no noun: its negated predicate", "受访商户中，仍有近三成尚未接入线上支付。", "近三成",
     "尚未接入线上支付"),
]


THIRTEENTH_ROUND = [
    # verbs of recruitment, building, transport, supply, training, finding, referral, rule-making and display
    ("a verb introduces the noun: 聘用", "景区聘用讲解员45名。", "45名", "讲解员"),
    ("a verb introduces the noun: 新修", "村里新修机耕道6公里。", "6公里", "机耕道"),
    ("a verb introduces the noun: 承运", "货运站年内可承运冷链货物800吨。", "800吨", "冷链货物"),
    ("a verb introduces the noun: 输送", "学院向园区输送毕业生600名。", "600名", "毕业生"),
    ("a verb introduces the noun: 查出", "巡查组查出安全隐患58处。", "58处", "安全隐患"),
    ("a verb introduces the noun: 移送", "稽查局移送涉税案件12件。", "12件", "涉税案件"),
    ("a verb introduces the noun: 发现", "巡河员发现排污口9个。", "9个", "排污口"),
    ("a verb introduces the noun: 制定完善", "街道制定完善议事规则14项。", "14项", "议事规则"),
    ("a verb introduces the noun: 展出", "博物馆展出青铜器120件。", "120件", "青铜器"),
    # 加工, 培养, 报告 are nouns too: verbs after an adverb (累计, 并), a pronoun or a time clause ending in 来
    ("a verb-or-noun after 累计 is a verb: 加工", "车间累计加工齿轮4万件。", "4万件", "齿轮"),
    ("a verb-or-noun inside a noun stays: 加工业", "全市农产品加工业产值增长8%。", "8%", "全市农产品加工业产值"),
    ("a verb-or-noun after 并 is a verb: 报告", "护林员发现并报告山火隐患23起。", "23起", "山火隐患"),
    ("a verb-or-noun after 年来 is a verb: 培养", "全县近年来培养乡村教师300名。", "300名", "乡村教师"),
    ("a verb-or-noun after a pronoun is a verb", "她加工刺绣作品200余件。", "200余件", "刺绣作品"),
    # a circled numeral that numbers an item and the second day of a span of days are no part of a subject
    ("a circled item number is no subject", "③全市高考报名考生5.2万人", "5.2万人", "全市高考报名考生"),
    ("the end of a span of days is a time word", "气象台预报：14日至16日我市最高气温将达36℃。", "36℃", "我市最高气温"),
    # a share word alone (占比) is the subject as printed, its noun ending an earlier clause (brief, nineteenth batch)
    ("占比 alone is its own subject", "一般贸易进出口5.28万亿元，占比58.9%。", "58.9%", "占比"),
]


SUBJECT_CLASSES = SUBJECTS + NINTH_ROUND + TENTH_ROUND + ELEVENTH_ROUND + TWELFTH_ROUND + THIRTEENTH_ROUND
"""Every invented sentence of a subject class, the round that added it aside."""


@pytest.mark.parametrize("cls, text, quote, subject", SUBJECT_CLASSES, ids=[f"{s[0]}:{s[2]}" for s in SUBJECT_CLASSES])
def test_subject_by_class(cls, text, quote, subject):
    assert field(text, quote, "subject") == subject


def test_a_figure_opening_its_text_takes_no_noun_from_the_next_claim():
    """A box prints its label, then the figure, then its change (地区生产总值 / 3268.5亿元 / 增长5.6%): what
    follows the figure is the next claim, no noun of its own, so the label above stands in."""
    from frontpage.numbers.context import _subject_before
    assert _subject_before("", "增长7.6%") == ""
    assert _subject_before("", "新能源汽车") == "新能源汽车"
