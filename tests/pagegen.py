"""Hypothesis strategies for whole pages in the extracted style, and the stories they hold.

A generated page is a sequence of stories, each with an optional lead (本报讯 with
reporters, a 新华社 dateline, or none), headline lines before or after the body, body
paragraphs hard-wrapped at a random column width with blank lines dropped into
sentences at "column breaks", and an optional continuation mark.
"""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

WORDS = ["制造业", "高质量", "发展", "重庆", "山东", "项目", "投资", "企业", "扶贫", "协作", "农产品", "市场",
         "政务", "服务", "群众", "全市", "推动", "建设", "科技", "创新", "产业", "集群", "平台", "乡村"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"


def _w(ch: str) -> float:
    return 1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5


def wrap(text: str, width: float, indent: float = 2.0) -> list[str]:
    lines, cur, cw, limit = [], "", 0.0, width - indent
    for ch in text:
        if cur and cw + _w(ch) > limit and ch not in "，。、；：！？”）%":
            lines.append(cur)
            cur, cw, limit = "", 0.0, width
        cur += ch
        cw += _w(ch)
    if cur:
        lines.append(cur)
    return [line.lstrip() for line in lines]  # a wrapped line never starts with a space


@st.composite
def sentences(draw) -> str:
    n = draw(st.integers(1, 4))
    out = ""
    for _ in range(n):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=6))
        number = draw(st.one_of(st.none(), st.decimals(min_value=1, max_value=9999, places=1).map(str)))
        clause = "".join(words) + (f"{number}亿元" if number else "")
        out += clause + draw(st.sampled_from(["，", "。"]))
    return out.rstrip("，") + ("" if out.endswith("。") else "。")


@st.composite
def names(draw) -> list[str]:
    k = draw(st.integers(1, 2))
    return [draw(st.sampled_from(SURNAMES)) + "".join(draw(st.lists(st.sampled_from(GIVEN), min_size=1, max_size=2)))
            for _ in range(k)]


@st.composite
def stories(draw, width: float) -> tuple[list[str], dict]:
    lead = draw(st.sampled_from(["local", "wire", "none"]))
    who = draw(names())
    paras = draw(st.lists(sentences(), min_size=1, max_size=3))
    if lead == "local":
        paras[0] = f"本报讯 （记者 {' '.join(who)}）6月1日，" + paras[0]
    elif lead == "wire":
        paras[0] = f"新华社北京6月1日电（记者 {' '.join(who)}）" + paras[0]
    heads = ["".join(draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=4)))
             for _ in range(draw(st.integers(0, 2)))]
    head_after = draw(st.booleans())
    cont = draw(st.booleans())
    lines: list[str] = []
    if heads and not head_after:
        for h in heads:
            lines += [h, ""]
    for p in paras:
        wrapped = wrap(p, width)
        if len(wrapped) > 2 and draw(st.booleans()):  # a column break inside the paragraph
            k = draw(st.integers(1, len(wrapped) - 1))
            wrapped = wrapped[:k] + [""] + wrapped[k:]
        lines += wrapped + [""]
    if cont:
        lines += [f"（下转{draw(st.integers(2, 12))}版）"]
    if heads and head_after:
        for h in heads:
            lines += ["", h]
    if draw(st.booleans()):
        lines[0] = " " + lines[0]
    return lines, {"lead": lead, "names": who if lead != "none" else [], "cont": cont}


@st.composite
def pages(draw) -> tuple[str, list[dict]]:
    width = draw(st.sampled_from([11.0, 13.0, 15.0, 17.0, 20.0, 24.0]))
    out: list[str] = []
    specs = []
    for _ in range(draw(st.integers(1, 5))):
        lines, spec = draw(stories(width))
        out += lines + [""] * draw(st.integers(0, 2))
        specs.append(spec)
    return "\n".join(out) + "\n", specs
