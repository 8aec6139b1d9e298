"""Who speaks, and where: people and roles, quotations, reported speech, institutions, places."""

from __future__ import annotations

from datetime import date

import pytest

from frontpage.words import voices
from frontpage.parse.articles import parse_articles
from frontpage.book.page import DEFAULT_EDITION, load
from frontpage.parse.reading import decode_edition

DAY = date(2021, 4, 22)


def articles_of(text: str):
    return parse_articles(decode_edition(text.encode("utf-8")), DAY)


def cast_of(text: str) -> dict[str, voices.Person]:
    return {p.name: p for p in voices.people(articles_of(text))}


def test_a_title_before_the_name_and_he_read_as_the_last_person_named():
    cast = cast_of("本报讯（记者 李晓 王明）4月21日，市委书记陈敏尔在万州区调研。陈敏尔指出，要推动高质量发展。"
                   "他强调，要抓好项目。")
    chen = cast["陈敏尔"]
    assert (chen.roles, chen.mentions, chen.reported, chen.direct_quotes) == (["市委书记"], 2, 2, 0)
    assert {n: p.roles for n, p in cast.items() if p.found_by == "byline"} == {"李晓": ["reporter"], "王明": ["reporter"]}
    assert [p.name for p in voices.named_people(list(cast.values()))] == ["陈敏尔"]


def test_a_title_after_the_name_does_not_hide_a_reported_statement():
    xi = cast_of("习近平总书记强调，要坚持新发展理念。")["习近平"]
    assert (xi.roles, xi.reported) == (["总书记"], 1)


def test_speech_in_quotation_marks_and_a_term_in_quotation_marks():
    text = "“我们的橙子卖到了山东，一年多挣两万元。”村民张建平笑着说。“跨省通办”让群众少跑腿。"
    arts = articles_of(text)
    said = voices.quotes(arts, voices.people(arts))
    assert [(q.speaker, q.person, q.text) for q in said] == [("张建平", "张建平", "我们的橙子卖到了山东，一年多挣两万元。")]
    zhang = cast_of(text)["张建平"]
    assert (zhang.roles, zhang.direct_quotes, zhang.reported) == (["村民"], 1, 0)


def test_an_unattributed_quotation_is_kept_and_says_so():
    (q,) = voices.quotes(articles_of("“这里的变化太大了，我们都没想到。”"))
    assert (q.speaker, q.person) == ("(not attributed)", "")


def test_a_word_jieba_calls_a_name_needs_evidence_to_be_a_person():
    assert cast_of("智能化改造让普惠金融走进园区。") == {}


def test_places_are_whole_words_and_grouped():
    arts = articles_of("山东潍坊与重庆开州区结对，酉阳县的芦花鸡西南闻名。山东省援建酉阳县项目十个。")
    found = {p.name: (p.group, p.province, p.mentions) for p in voices.places(arts)}
    assert found == {
        "山东省": ("china", "山东省", 2),
        "潍坊市": ("china", "山东省", 1),
        "重庆市": ("chongqing", "重庆市", 1),
        "开州区": ("chongqing", "重庆市", 1),
        "酉阳土家族苗族自治县": ("chongqing", "重庆市", 2),
    }  # 芦花鸡西南 holds no 鸡西
    links = voices.place_links(arts)
    assert ("山东省", "酉阳土家族苗族自治县", 1) in links and ("潍坊市", "开州区", 1) in links
    assert all(x not in ("重庆市", "开州区", "酉阳土家族苗族自治县") for x, _, _ in links)


def test_an_institution_inside_a_longer_name_is_counted_once():
    found = voices.institutions(articles_of("市扶贫办和扶贫办都在忙。"))
    assert found == [("市扶贫办", 1, ["a01"]), ("扶贫办", 1, ["a01"])]


def test_the_edition():
    cast = voices.people(load(DEFAULT_EDITION).articles)
    named = {p.name: (p.roles, p.direct_quotes, p.reported) for p in voices.named_people(cast)}
    assert named == {  # checked against the raw lines by hand
        "陈敏尔": (["市委书记"], 0, 5),
        "张建平": (["开州区委常委、统战部长"], 1, 1),
        "习近平": (["总书记", "国家主席"], 0, 1),
        "唐良智": (["市委副书记、市长"], 0, 1),
        "卞汉林": (["潍坊市副市长"], 1, 0),
        "顾磊": (["酉阳县人民医院的山东医生"], 0, 0),
        "华春莹": (["外交部发言人"], 0, 0),
        "吴存荣": (["市委副书记"], 0, 0),
        "拜登": (["美国总统"], 0, 0),
    }
    reporters = sorted(p.name for p in cast if p.found_by == "byline")
    assert reporters == ["何春阳", "冉孟军", "吴刚", "左黎韵", "张珺", "杨帆", "申晓佳"]


def test_a_foreign_leader_with_a_title_is_a_person():
    """拜登 has no Chinese surname (拜 was once in the surname list for this one name); the office
    printed before it (美国总统) is the general evidence that it names a person."""
    cast = voices.people(load(DEFAULT_EDITION).articles)
    named = {p.name: (p.roles, p.direct_quotes, p.reported) for p in voices.named_people(cast)}
    assert named.get("拜登") == (["美国总统"], 0, 0)


def test_a_name_after_an_office_is_a_person_whatever_its_surname():
    assert voices.titled("应法国总统马克龙邀请", "马克龙") and voices.titled("外交部发言人华春莹说", "华春莹")
    assert not voices.titled("推进智能化改造", "智能化") and not voices.titled("马克龙说", "马克龙")


def test_a_name_is_known_by_its_surname_single_or_compound():
    assert voices.has_surname("陈敏尔") and voices.has_surname("欧阳修")
    assert not voices.has_surname("智能化") and not voices.has_surname("拜登")


def test_a_speakers_manner_is_not_part_of_the_speaker():
    (q,) = voices.quotes(articles_of("“我们的日子越过越好了，感谢党的好政策。”一位老村民动情地说。"))
    assert q.speaker == "一位老村民"


@pytest.mark.parametrize("roles, rank", [
    (["总书记", "国家主席"], 1), (["美国总统"], 1), (["市委书记"], 2), (["市委副书记、市长"], 2),
    (["潍坊市副市长"], 3),  # another city's vice-mayor: a place before the title
    (["开州区委常委、统战部长"], 3), (["外交部发言人"], 3), (["酉阳县人民医院的山东医生"], 4), ([], 4),
])
def test_roles_are_ranked_from_the_vocabulary(roles, rank):
    assert voices.rank_of(voices.Person("某某", roles=roles)).rank == rank


def test_who_is_quoted_follows_rank_and_says_none_found():
    cast = [voices.Person("甲", ["市委书记"], reported=3), voices.Person("乙", ["区长"], direct_quotes=1),
            voices.Person("丙", ["村民"], direct_quotes=2)]
    assert voices.rank_pattern(cast) == "higher paraphrased"
    assert [r["level"] for r in voices.by_rank(cast)][0] == "provincial or municipal leader"
    cast[0].direct_quotes, cast[2].direct_quotes, cast[2].reported = 1, 0, 2
    assert voices.rank_pattern(cast) == "higher quoted"
    assert voices.rank_pattern([]) == "none" and voices.speakers([]) == []
