"""The postal distribution code in a masthead (class: masthead serial and postal codes).

A Chinese paper prints beside its serial number (国内统一刊号：CN00-0000) its postal distribution code
(邮发代号：00-00), on the organ line or a line of its own under the name: masthead furniture, not a line
of the lead story's stack. A sentence that mentions the code in running text stays text (near miss), and
the ear's weather under such a block keeps its temperatures as claims."""

from tests.snippets import claims_of, page, parse

STORY = "本报讯（记者 柯 原）5月4日，记者从县统计局获悉，\n一季度全县地区生产总值增长6.2%。"


def _furniture_lines(text: str) -> set[int]:
    return {n for a in parse(text) if a.kind == "furniture" for r in a.lines for n in range(r[0], r[-1] + 1)}


def test_postal_code_beside_the_serial_number_is_masthead():
    text = page("青禾日报\nQINGHE RIBAO\n中共青禾县委机关报    国内统一刊号：CN00-0000    邮发代号：00-00",
                "全县经济运行开局平稳", STORY)
    assert {1, 2, 3} <= _furniture_lines(text)
    lead = next(a for a in parse(text) if a.kind != "furniture")
    assert lead.headline == "全县经济运行开局平稳" and not lead.kicker


def test_postal_code_line_with_the_issue_number_is_masthead():
    text = page("青禾日报\nQINGHE RIBAO\n中共青禾县委机关报\n国内统一刊号 CN00-0000  邮发代号12-34  第4321期",
                "全县经济运行开局平稳", STORY)
    assert {1, 2, 3, 4} <= _furniture_lines(text)


def test_postal_code_in_a_sentence_stays_text():
    text = page("征订启事", "本报邮发代号为12-34，全年订价360元，欢迎广大读者到当地邮局订阅。")
    assert not _furniture_lines(text) & {3}


def test_weather_in_the_masthead_block_keeps_its_temperatures():
    text = page("青禾日报\nQINGHE RIBAO\n中共青禾县委机关报    国内统一刊号：CN00-0000    邮发代号：00-00\n"
                "2024年5月5日  星期日\n今日天气：多云转阵雨  偏南风  13℃～21℃", "全县经济运行开局平稳", STORY)
    assert any("13℃～21℃" in c.quote for c in claims_of(text, lead=""))
