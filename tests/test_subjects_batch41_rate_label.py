"""A lone figure printed over a label that names a rate (a 【数说】 box: 4.8% ⏎ 财政收入增速) keeps the rate word:
the label names the rate itself. Invented sentences."""

from tests.snippets import claims_of, page


def _subjects(text: str) -> list[tuple[str, str]]:
    return [(c.quote, c.subject) for c in claims_of(text)]


def test_rate_label_under_a_lone_figure_keeps_its_rate_word():
    assert _subjects(page("4.8%\n财政收入增速")) == [("4.8%", "财政收入增速")]
    assert _subjects(page("7.3%\n经济增速")) == [("7.3%", "经济增速")]


def test_near_misses_stay():
    # a count over a plain label keeps the noun read after it
    assert _subjects(page("2.4万户\n全县新登记市场主体")) == [("2.4万户", "全县新登记市场主体")]
    # a change in prose over a rate label is no box figure
    assert _subjects(page("增长7.3%\n经济增速")) == [("7.3%", "经济")]
