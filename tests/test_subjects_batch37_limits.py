"""Batch 37: a time limit a notice or a judgment sets before 内, counted from an event or opened by 在/于, measures the act
it limits printed after it (自公告之日起60日内依法申请行政复议 → 申请行政复议), unless a noun of its own stands before the limit."""

from tests.snippets import claims_of


def _subject(text: str, quote: str) -> str:
    return next(c.subject for c in claims_of(text) if c.quote.startswith(quote))


def test_the_act_after_a_limit_from_an_event():
    assert _subject("当事人如不服，可以自本决定送达之日起30日内依法申请行政复议。", "30日") == "申请行政复议"


def test_the_act_after_a_limit_opened_by_zai():
    assert _subject("对此不服的，也可以在3个月内依法提起行政诉讼。", "3个月") == "提起行政诉讼"


def test_the_addressee_after_xiang_goes():
    assert _subject("如不服本判决，可在判决书送达后10日内向本院递交答辩状。", "10日") == "递交答辩状"


def test_the_party_paid_goes():
    assert _subject("被告南屏县某某商贸有限公司于本判决生效之日起七日内支付原告张某某租金5200元。", "七日") == "支付租金"


def test_an_institution_before_the_limit_acts():
    assert _subject("县农业农村局应当在收到申请后10个工作日内完成审核。", "10个工作日") == "审核"


def test_near_miss_a_noun_before_the_limit_is_limited():
    # 补助资金将于公示期满后…: what is limited is the noun before the limit, not the act after it
    assert _subject("补助资金将于公示期满后7个工作日内直接拨付到户。", "7个工作日") != "拨付到户"


def test_near_miss_no_act_after_the_limit():
    assert _subject("申请人应自公告之日起20日内，持身份证到镇政府办理。", "20日") != "持身份证到镇政府办理"


def test_near_miss_a_duration_with_no_opener():
    # 3天内完成: nothing before the limit counts it from an event
    assert _subject("这批农机的检修工作仅用3天就全部完成审核。", "3天") != "审核"
