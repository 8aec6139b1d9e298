"""Articles: golden tests against hand annotations, invariants, and generated pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from frontpage.parse.articles import (
    coverage_problems,
    is_subheadline,
    nonspace,
    parse_articles,
    parse_names,
    parts_text,
)
from frontpage.book.page import DEFAULT_EDITION, ROOT
from frontpage.parse.provenance import edition_date, read_sidecar
from frontpage.parse.reading import decode_edition, read_edition

from .pagegen import pages

EDITIONS = ROOT / "data" / "editions" / "dev"
# Field-by-field comparison with the hand annotations is the evaluation's (frontpage.evaluation.articles):
# every difference must be a row of data/annotations/known_failures.csv (tests/test_evaluation.py).
GOLDEN = {
    DEFAULT_EDITION: ROOT / "data" / "annotations" / "articles.json",
    **{p.with_suffix("").with_suffix(".txt"): p for p in sorted(EDITIONS.glob("*.articles.json"))},
}


def parsed(path: Path):
    ed = read_edition(path)
    return ed, parse_articles(ed, edition_date(ed, read_sidecar(path))[0])


@pytest.mark.parametrize("path", list(GOLDEN), ids=[p.stem for p in GOLDEN])
def test_nothing_lost_nothing_invented(path):
    ed, articles = parsed(path)
    assert coverage_problems(ed, articles) == []
    assert parts_text(ed, articles) == nonspace(ed.text)
    for a in articles:  # every part's text has exactly its spans' characters
        for p in a.parts:
            assert nonspace(p.text) == nonspace("".join(s.text(ed) for s in p.spans)), (a.id, p.role)
    for a in articles:  # the reflowed body is exactly the body parts' characters
        body = "".join(p.text for p in a.parts if p.role == "body")
        assert nonspace(a.text) == nonspace(body) or a.kind == "teaser"


def test_the_edition_in_numbers(edition):
    articles = parse_articles(edition, date(2021, 4, 22))
    kinds = [a.kind for a in articles]
    assert len(articles) == 16
    assert kinds.count("news") == 4 and kinds.count("teaser") == 7
    assert sum(a.headline_after_body for a in articles) == 4  # a08, a09, a12, a14
    by_id = {a.id: a for a in articles}
    a09 = by_id["a09"]
    assert [p.role for p in a09.parts][:3] == ["source", "byline", "body"]
    assert a09.parts[0].text == "本报讯"
    assert a09.text.splitlines()[0].startswith("4月21日，重庆市推动制造业高质量发展大会召开。")
    # numbers split from their units across lines are one again
    assert "投入财政援助帮扶资金24.2亿元" in by_id["a05"].text
    assert "相距1500公里" in by_id["a06"].text
    assert "全市11193个村（社区）党组织100%按期换届" in by_id["a16"].text


def test_crlf_and_bom_copies_parse_identically(tmp_path, raw_bytes):
    base = [a.as_dict() for a in parse_articles(decode_edition(raw_bytes), date(2021, 4, 22))]
    for data in (raw_bytes.replace(b"\n", b"\r\n"), b"\xef\xbb\xbf" + raw_bytes):
        assert [a.as_dict() for a in parse_articles(decode_edition(data), date(2021, 4, 22))] == base


def test_a_page_with_no_markers_parses_into_unknown_blocks():
    ed = decode_edition("甲乙丙丁戊己庚辛壬癸子丑，寅卯辰巳午未申酉。\n\n戌亥甲乙丙丁，戊己庚辛。\n".encode())
    articles = parse_articles(ed)
    assert [a.kind for a in articles] == ["unknown"]
    assert coverage_problems(ed, articles) == []


@pytest.mark.parametrize("text", ["x", "。", "（下转2版）", "【核心提示】", "□本报记者 王五", "2版刊登", "本报讯", "新华社北京4月1日电",
                                  "特约摄影 张三", "加 快 推 动", " \n \n标题\n\n\n正文。"])
def test_odd_pages_parse_without_error(text):
    ed = decode_edition(text.encode())
    articles = parse_articles(ed, date(2021, 4, 22))
    assert coverage_problems(ed, articles) == []


def test_parse_names():
    assert parse_names("（记者 杨帆 张珺）".strip("（）")) == ["杨帆", "张珺"]
    assert parse_names("□本报记者 吴刚 申晓佳") == ["吴刚", "申晓佳"]
    assert parse_names("本报记者 王 刚 陈 静") == ["王刚", "陈静"]
    assert parse_names("记者 李四、王五 通讯员 赵六") == ["李四", "王五", "赵六"]
    assert parse_names("特约摄影 冉孟军") == ["冉孟军"]


def test_subheadline_or_new_story():
    story = "山东向重庆投入帮扶资金，重庆农产品进入山东市场，扶贫协作成效明显。"
    assert is_subheadline("重庆农产品“飞”上山东饭桌", story, "3月20日，潍坊推介会举行。")
    assert not is_subheadline("全省新增高标准农田120万亩", story, "去年全省新建高标准农田120万亩。")
    assert is_subheadline("二、加快培育产业集群", "完全无关的文字。", "也无关。")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(pages())
def test_generated_pages_keep_every_character(page):
    text, stories = page
    ed = decode_edition(text.encode("utf-8"))
    articles = parse_articles(ed, date(2022, 6, 2))
    assert coverage_problems(ed, articles) == []
    # every generated lead is found with its source and reporters
    found = {(a.source, tuple(a.byline), a.dateline) for a in articles}
    for s in stories:
        if s["lead"] == "local":
            assert ("本报讯", tuple(s["names"]), "2022-06-01") in found, (s, found)
        elif s["lead"] == "wire":
            assert ("新华社", tuple(s["names"]), "2022-06-01") in found, (s, found)
    assert sum(a.continues_on is not None for a in articles) >= sum(1 for s in stories if s["cont"])
