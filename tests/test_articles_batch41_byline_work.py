"""Batch 41: what a byline says its people did, printed after their names (本报记者 某某 报道, （本报记者
某某 整理）, 记者 某某 采写), is no name of the byline. Names that only look like the words stay. Every
snippet is invented; near misses must not change."""

from __future__ import annotations

from frontpage.parse.articles import parse_names
from tests.snippets import page, stories

STACK = "城东新建口袋公园12处"
BODY = "9月20日，记者从市园林局获悉，今年城东片区新建口袋公园12处，\n新增绿地面积3.4万平方米。"


def test_reported_after_the_names_of_a_byline_line():
    top = stories(page(STACK, "本报记者 柯 原 报道", BODY))[0]
    assert top.byline == ["柯原"]


def test_compiled_after_the_name_in_brackets():
    assert parse_names("（本报记者 韦川 整理）") == ["韦川"]
    assert parse_names("本报记者 韦川 整理") == ["韦川"]


def test_written_after_two_names():
    assert parse_names("记者 柯 原 通讯员 钱 晓 采写") == ["柯原", "钱晓"]


def test_names_without_a_work_word_stay():
    # near misses: no work word after the names; a role alone keeps what it had
    assert parse_names("本报记者 柯 原") == ["柯原"]
    assert parse_names("记者 李道、王理") == ["李道", "王理"]
    assert parse_names("通讯员 郑道整") == ["郑道整"]
