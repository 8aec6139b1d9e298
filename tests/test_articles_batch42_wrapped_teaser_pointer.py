"""A teaser column's headline wrapped over two narrow lines, its page pointer set alone one blank line
under it (今日导读 ⏎⏎ 某某… ⏎ 技术 ⏎⏎ 详见3版): the pointer is that teaser's, the banner every teaser's kicker."""

from tests.snippets import page, stories

BODY = "本报讯（记者 林 舟）5月8日，记者从市农业农村局获悉，全市春播进度已过八成，各地农机手正抢抓农时。"


def _teasers(text):
    return [a for a in stories(text) if a.kind == "teaser"]


def test_wrapped_heads_take_their_pointers_under_the_banner():
    text = page("今日导读", "全市新增高标准农田12万亩", "详见2版",
                "青禾“链长制”带动23家配套\n企业", "详见3版",
                "城郊湿地公园候鸟数量创新\n高", "详见5版", BODY)
    ts = _teasers(text)
    assert [t.headline for t in ts] == ["全市新增高标准农田12万亩", "青禾“链长制”带动23家配套企业",
                                        "城郊湿地公园候鸟数量创新高"]
    assert [t.continues_on for t in ts] == [2, 3, 5]
    assert {t.kicker for t in ts} == {"今日导读"}


def test_one_wrapped_head_and_its_pointer_make_one_teaser():
    ts = _teasers(page("青禾“链长制”带动23家配套\n企业", "详见3版", BODY))
    assert len(ts) == 1 and ts[0].continues_on == 3 and ts[0].headline == "青禾“链长制”带动23家配套企业"


def test_a_body_sentence_over_a_pointer_is_not_a_head():
    arts = stories(page(BODY, "全市春播进度已过八成，各地农机手\n正抢抓农时。", "详见3版"))
    assert not any(a.headline == "全市春播进度已过八成，各地农机手正抢抓农时。" for a in arts)


def test_three_line_block_over_a_pointer_is_not_taken_as_a_head():
    arts = stories(page(BODY, "全市新增高标准农田\n12万亩青禾链长制带动\n23家配套企业", "详见3版"))
    assert not any(a.headline == "全市新增高标准农田12万亩青禾链长制带动23家配套企业" and a.continues_on == 3
                   for a in arts)
