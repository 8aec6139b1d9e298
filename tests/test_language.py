"""The language of the page: segmentation, terms, formulas, -化 words, glosses and pinyin."""

from __future__ import annotations

from datetime import date

import pytest

from frontpage.words import terms
from frontpage.parse.articles import parse_articles
from frontpage.book.page import DEFAULT_EDITION, load
from frontpage.words.glossary import name_pinyin, pinyin
from frontpage.parse.reading import decode_edition
from frontpage.words import count
from frontpage.words.segment import words

DAY = date(2021, 4, 22)


def articles_of(text: str):
    return parse_articles(decode_edition(text.encode("utf-8")), DAY)


@pytest.mark.parametrize("text, expected", [
    ("推动制造业绿色化发展", ("推动", "制造业", "绿色化", "发展")),  # jieba alone: 绿色 / 化发展
    ("提供定制化服务", ("提供", "定制化", "服务")),
    ("防范化解重大风险", ("防范", "化解", "重大", "风险")),  # 化解 is a word: not 防范化 / 解
    ("将优势化为动能", ("将", "优势", "化为", "动能")),
    ("持续优化营商环境", ("持续", "优化", "营商", "环境")),
    ("市委书记陈敏尔指出", ("市委书记", "陈敏尔", "指出")),  # the user dictionary's name
])
def test_segmentation(text, expected):
    assert words(text) == expected


def test_dictionary_fixes_say_what_jieba_alone_gets_wrong():
    rows = {r["term"]: r for r in count.user_dictionary_fixes(articles_of("何春阳报道，跨省通办。"))}
    assert rows["何春阳"]["default wrong"] and rows["何春阳"]["occurrences"] == 1
    assert "跨省通办" in rows and "陈敏尔" not in rows


def test_terms_drop_function_words_and_numbers():
    (a,) = articles_of("我们要推进三大工程，十年来，制造业智能化发展。")
    assert terms.tokens(a) == ["三大工程", "制造业", "智能化", "发展"]


def test_formulas_and_their_look_alikes():
    arts = articles_of("落实三去一降一补，推进三大工程，做到一企一策。十四五时期，一批项目落地，中国是三大国之一。")
    assert [(f, n) for f, n, _, _ in terms.formulas(arts)] == [("一企一策", 1), ("三去一降一补", 1), ("三大工程", 1), ("十四五", 1)]


def test_izations_and_how_terms_spread():
    arts = articles_of("本报讯 推动智能化、绿色化发展，智能化改造。\n\n\n本报讯 农业现代化。")
    assert terms.izations(arts) == [("智能化", 2), ("绿色化", 1), ("现代化", 1)]
    assert terms.spread(arts, ["智能化", "现代化"]) == {"智能化": {"a01": 2}, "现代化": {"a02": 1}}


def test_distinctive_terms_are_those_one_article_uses_and_others_do_not():
    arts = articles_of("本报讯 " + "制造业园区，制造业升级，" * 5 + "\n\n\n本报讯 " + "农产品销售，农产品加工，升级，" * 5)
    top = {aid: [t for t, _ in ts] for aid, ts in terms.distinctive(arts, k=1).items()}
    assert top == {"a01": ["制造业"], "a02": ["农产品"]}  # 升级 is in both: not distinctive


def test_english_from_the_glossary_else_the_dictionary_word_by_word():
    assert terms.english("制造业") == ("manufacturing", "economy")
    assert terms.english("制造业园区")[0].startswith("≈ manufacturing · ")  # CC-CEDICT for 园区, marked ≈
    assert terms.english("喵喵") == ("≈ meow · meow", "")
    assert terms.english("龘龘") == ("", "")  # nothing found: no English, never the Chinese passed off as English


def test_the_anatomy_table_and_the_accounts_give_one_english_per_headline():
    from frontpage.book.accounts import accounts
    from frontpage.book.anatomy import articles_table
    from frontpage.book.page import load

    page = load()
    table = articles_table(page.articles).set_index("id")["English"]
    told = {a.article_id: a.headline_english for a in accounts(page) if a.printed}
    assert told and all(table[i] == e for i, e in told.items())


@pytest.mark.parametrize("name, expected", [
    ("陈敏尔", "Chén Mǐn'ěr"), ("习近平", "Xí Jìnpíng"), ("欧阳修", "Ōuyáng Xiū"), ("拜登", "Bài Dēng"),
    ("司马", "Sīmǎ"),  # a name that is all (compound) surname: no given name to romanise
])
def test_names_in_pinyin(name, expected):
    assert name_pinyin(name) == expected


def test_words_in_pinyin():
    assert pinyin("制造业") == "zhìzàoyè"


def test_the_edition():
    """Snapshot: the top two terms and their counts (制造业 41 in 3 articles, 高质量发展 24 in 3)
    were copied from the output of segmentation and counting, a regression check, not evidence
    (the raw text holds 制造业 more often than 41 times; how many are words of their own is
    jieba's call). The rest is not a snapshot: every frequent term has an English gloss, and the
    list of -化 words was read off the raw text by hand."""
    articles = load(DEFAULT_EDITION).articles
    top = terms.frequent(articles, 25)
    assert [(t.term, t.count, t.articles) for t in top[:2]] == [("制造业", 41, 3), ("高质量发展", 24, 3)]
    assert all(t.english for t in top), [t.term for t in top if not t.english]
    assert [w for w, _ in terms.izations(articles)] == [  # every -化 word on the page, read off the raw text by hand
        "智能化", "产业基础高级化", "产业链现代化", "绿色化", "产业化", "现代化", "高端化", "融合化", "区域化",
        "数字化", "生态化", "定制化", "常态化", "特色化", "集群化", "综合化", "标准化", "一体化"]
