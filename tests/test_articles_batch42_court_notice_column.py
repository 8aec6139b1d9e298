"""A notices column's generic name (法院公告) right over a notice served on a person (某某：本院受理…):
the name is the kicker of that notice and of the column's next ones, never a headline; a notice opening on
its addressee right after the column's notice closed on its court and date is the column's next notice."""

from tests.snippets import raw, stories

NOTICE_A = ("林秋生：本院受理原告青禾市某某商贸有限公司诉你买卖合同纠纷一案，因你下落不明，",
            "现依法向你公告送达起诉状副本及开庭传票。公告期限为60日，期满即视为送达。",
            "青禾市东湖区人民法院", "2024年5月6日")
NOTICE_B = ("许春兰：原告青禾市某某物业服务有限公司诉你物业服务合同纠纷一案，本院已审理终结。",
            "现依法向你公告送达民事判决书，自公告之日起60日内来本院领取。",
            "青禾市东湖区人民法院", "2024年5月7日")


def _notices(text):
    return [a for a in stories(text) if a.kind == "notice"]


def test_column_name_over_an_addressee_is_the_kicker():
    ns = _notices(raw("法院公告", *NOTICE_A, *NOTICE_B))
    assert [(n.kicker, n.headline) for n in ns] == [("法院公告", ""), ("法院公告", "")]
    assert ns[1].text.startswith("许春兰：")


def test_a_titled_notice_keeps_its_own_title():
    ns = _notices(raw("送达公告", *NOTICE_A))
    assert ns and ns[0].headline == "送达公告" and ns[0].kicker == ""


def test_plain_notice_title_over_an_addressee_stays_a_headline():
    ns = _notices(raw("公告", *NOTICE_A))
    assert ns and ns[0].headline == "公告"


def test_text_after_a_notice_without_addressee_is_no_notice_of_the_column():
    arts = stories(raw("法院公告", *NOTICE_A, "记者从市中级人民法院获悉，今年以来全市法院共受理案件1.2万件。"))
    assert [a.kicker for a in arts if a.kind == "notice"] == ["法院公告"]
