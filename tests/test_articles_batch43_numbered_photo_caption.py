"""A photo's caption opening on the photo's number (图①4月5日，…), over the lead story whose
display headline the page prints at its foot: a caption, not a headless brief that takes the
story's headline for its own; so with a colon (图①：…). Near miss: a paragraph that opens on 图 as a word
(图书馆…)."""

from tests.snippets import page, parse

STORY = "本报讯（记者 林立）4月6日，记者从市文化广电旅游局获悉，\n清明假期全市共接待游客126.4万人次，同比增长8.2%。"
HEADS = ("踏 青 经 济 “热” 力 足", "清明假期全市接待游客126.4万人次 旅游收入9.6亿元")


def _arts(caption):
    return parse(page(caption, "图②4月5日，游客在湿地公园游览。\n本报记者 周川 摄", STORY, *HEADS))


def test_numbered_caption_without_colon_is_a_caption():
    arts = _arts("图①4月5日，游客在古城南门广场观看\n非遗表演。")
    first = next(a for a in arts if a.text.startswith("图①") or "图①" in "".join(p.text for p in a.parts))
    assert first.kind == "caption" and first.headline == ""
    news = next(a for a in arts if a.kind == "news")
    assert news.headline == "踏青经济“热”力足"


def test_numbered_caption_with_colon_too():
    arts = _arts("图①：4月5日，游客在古城南门广场观看\n非遗表演。")
    assert next(a for a in arts if a.kind == "news").headline == "踏青经济“热”力足"


def test_library_sentence_is_no_caption():
    arts = parse(page("图书馆新增座位120个", "本报讯 4月6日，市图书馆新增阅览座位120个。"))
    assert [a.kind for a in arts if a.kind != "furniture"] == ["news"]
