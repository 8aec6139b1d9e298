"""Batch 36, ranges: two neighbouring digits written together (四五十元, 五六双, 两三天, 七八成) are an approximate
range; a range printed high to low before 不等 (十五年至二年不等); a race time written 10秒38 (ten seconds and 38
hundredths). Invented sentences, with near misses."""

from tests.snippets import claims_of


def _one(text: str, quote: str):
    hits = [c for c in claims_of(text) if c.quote == quote]
    assert hits, [(c.quote, c.value, c.low, c.high) for c in claims_of(text)]
    return hits[0]


def test_neighbouring_digits_are_a_range():
    c = _one("以前进城一趟，路费要三四十元。", "三四十元")
    assert (c.value, c.low, c.high, c.unit) == (None, 30, 40, "CNY")
    c = _one("一个冬天下来，他磨破的胶鞋有七八双。", "七八双")
    assert (c.low, c.high, c.unit) == (7, 8, "pair")
    c = _one("每亩收入也就五六百元。", "五六百元")
    assert (c.low, c.high) == (500, 600)
    c = _one("全村约七八成的劳动力外出务工。", "约七八成")
    assert (c.low, c.high, c.unit, c.qualifier) == (70, 80, "%", "approx")
    c = _one("他们在村里住了两三天。", "两三天")
    assert (c.low, c.high, c.unit) == (2, 3, "day")
    c = _one("这项工程投入二三十万元。", "二三十万元")
    assert (c.low, c.high) == (200000, 300000)


def test_digits_that_are_no_neighbours_are_no_range():
    assert _one("全村共有三十四户。", "三十四户").value == 34
    assert [c.quote for c in claims_of("一二三四五，上山打老虎。")] == []


def test_a_range_printed_high_to_low_before_bu_deng():
    c = _one("其余9名被告人分别被判处有期徒刑十二年至三年不等。", "十二年至三年")
    assert (c.low, c.high, c.unit) == (3, 12, "year")
    c = _one("各村补助从8000元至3000元不等。", "8000元至3000元")
    assert (c.low, c.high) == (3000, 8000)


def test_a_fall_from_high_to_low_is_no_range():
    assert [c.quote for c in claims_of("人均负担从6万元降至2万元。")] == ["6万元", "2万元"]


def test_a_race_time_in_hundredths():
    c = _one("女子100米决赛中，她以11秒42的成绩夺冠。", "11秒42")
    assert (c.value, c.unit) == (11.42, "second")
    c = _one("他以1分58秒06夺得冠军。", "1分58秒06")
    assert c.value == 118.06


def test_seconds_then_another_count_are_two_claims():
    assert [c.quote for c in claims_of("平均接警时间10秒，38个站点全部联网。")] == ["10秒", "38个"]
