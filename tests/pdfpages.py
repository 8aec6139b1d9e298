"""Page PDFs made here, with their articles known by construction (no published page is used).

:func:`make_page` lays out a front page on an A3 sheet with reportlab's built-in CID font
``STSong-Light`` (not embedded, so PDFium places its characters with a CJK font of the system's:
:func:`require_cjk_system_font` skips, or fails under CI, where there is none): a masthead
and date line, then rows of modules, each module a story spanning one to all of the page's
four to six columns: a kicker, a headline (17–40 pt, sometimes letter-spaced display type), a
subheadline, a lead (本报讯（记者 …）, 新华社…电), body paragraphs (9.5 pt, first lines indented
two em) balanced over the module's columns; a framed box with a 【label】; a photo (a grey
rectangle) with its caption under it; a stack of teasers (headline and 详见N版); a story set in
traditional characters. :func:`gold` gives the articles as the project's annotations do
(``kind``, ``headline``, ``first``), so :func:`frontpage.evaluation.articles.score_articles`
scores the PDF path on them.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import subprocess
from dataclasses import dataclass, field

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "STSong-Light"
PAGE = (842.0, 1191.0)  # A3 portrait, in points
MARGIN, GUTTER = 36.0, 12.0
BODY, LEADING = 9.5, 13.0

PLACES = ["澜州", "青岚县", "桐川市", "白鹭镇", "云泽区", "江东新区", "石门村", "柳溪镇", "眉山市", "东坡区",
          "峪口乡", "临河区", "北碚区", "南岸区", "石柱县", "万州区", "江津区", "合川区"]
TOPICS = ["制造业", "农村电商", "文化旅游", "新能源汽车", "乡村振兴", "生态环境", "城市更新", "营商环境",
          "数字经济", "职业教育", "医疗服务", "交通运输", "外贸进出口", "粮食生产", "科技创新", "养老服务"]
PREDICATES = ["持续向好", "稳步推进", "迈出新步伐", "实现新突破", "跑出加速度", "再上新台阶", "量质齐升"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
LABELS = ["编者按", "核心提示", "延伸阅读", "相关链接"]


def require_cjk_system_font() -> None:
    """Skip the calling test (fail it under CI) when fontconfig lists no CJK font.

    The generated PDFs do not embed their font; without a CJK font on the system PDFium sets
    their characters in a substitute with other widths, and the geometry the parser reads is
    not the page's. ``make test`` installs ``fonts-noto-cjk`` (``scripts/install-browser``).
    """
    listed = ""
    if shutil.which("fc-list"):
        listed = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout
    if listed.strip():
        return
    import pytest

    reason = "no CJK system font (fc-list :lang=zh): install fonts-noto-cjk, e.g. `make browser` as root"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def _register() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def width_of(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)


def traditional(text: str) -> str:
    """Simplified → traditional, character for character (OpenCC's table, first reading)."""
    from importlib.resources import files

    table = {}
    for line in files("opencc_purepy").joinpath("dicts", "STCharacters.txt").read_text("utf-8").splitlines():
        key, _, values = line.partition("\t")
        if len(key) == 1 and values.split() and len(values.split()[0]) == 1:
            table[ord(key)] = values.split()[0]
    return text.translate(table)


@dataclass
class Item:
    """One story (or box, caption, teaser stack) and how it is set."""

    kind: str
    headline: str = ""
    kicker: str = ""
    sub: str = ""
    lead: str = ""
    paragraphs: list[str] = field(default_factory=list)
    spaced: bool = False
    head_size: float = 24.0
    span: int = 1
    label: str = ""
    teasers: list[tuple[str, str]] = field(default_factory=list)
    credit: str = ""

    def gold(self) -> list[dict]:
        if self.kind == "teasers":
            return [{"kind": "teaser", "headline": h, "first": ref, "first_line": 0, "last_line": 0}
                    for h, ref in self.teasers]
        first = self.paragraphs[0][:12] if self.paragraphs else ""
        return [{"kind": self.kind, "headline": self.headline, "first": first, "first_line": 0, "last_line": 0}]


class _Text:
    def __init__(self, rnd: random.Random, topic: str, place: str) -> None:
        self.rnd, self.topic, self.place = rnd, topic, place

    def name(self) -> str:
        return self.rnd.choice(SURNAMES) + "".join(self.rnd.sample(GIVEN, self.rnd.randint(1, 2)))

    def sentence(self) -> str:
        r, t, p = self.rnd, self.topic, self.place
        forms = [
            f"{p}{t}{r.choice(PREDICATES)}，{r.randint(1, 12)}月份同比增长{r.randint(1, 40)}.{r.randint(0, 9)}%。",
            f"据了解，{p}今年已累计投入资金{r.randint(2, 90)}亿元，推动{t}{r.choice(PREDICATES)}。",
            f"{self.name()}表示，下一步将继续加大{t}支持力度，力争全年规模突破{r.randint(10, 500)}亿元。",
            f"截至目前，{p}共建成{t}示范项目{r.randint(3, 80)}个，带动就业{r.randint(1, 9)}万人。",
            f"“{t}让我们的日子越过越红火。”{p}居民{self.name()}说。",
            f"{p}将围绕{t}重点领域，完善配套政策，优化服务流程，切实解决群众急难愁盼问题。",
        ]
        return r.choice(forms)

    def paragraph(self) -> str:
        return "".join(self.sentence() for _ in range(self.rnd.randint(1, 3)))


def _story(rnd: random.Random, topic: str, place: str, kind: str, span: int, dense: bool = False) -> Item:
    t = _Text(rnd, topic, place)
    head = f"{place}{topic}{rnd.choice(PREDICATES)}"
    lead = ""
    if kind == "news" and rnd.random() < 0.6:
        lead = f"本报讯（记者 {t.name()} {t.name()}）"
    elif kind == "wire":
        lead = f"新华社北京{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日电（记者 {t.name()}）"
    paras = [t.paragraph() for _ in range(rnd.randint(4, 8) if dense else rnd.randint(1, 3))]
    item = Item(kind, headline=head, lead=lead, paragraphs=paras, span=span,
                head_size=rnd.choice([18.0, 22.0, 26.0, 30.0, 36.0]) if span > 1 else rnd.choice([17.0, 20.0]))
    if rnd.random() < 0.35:
        item.kicker = f"{place}推进{topic}工作{rnd.choice(['再加力', '见实效', '开新局'])}"
    if rnd.random() < 0.25:
        item.sub = f"——{place}全力推动{topic}高质量发展"
    return item


def _caption(rnd: random.Random, topic: str, place: str, span: int) -> Item:
    t = _Text(rnd, topic, place)
    said = "图为" if rnd.random() < 0.5 else ""  # half the captions do not say 图为, some have no credit
    text = f"{said}{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日，{place}{topic}项目建设现场，工人们正在加紧施工。"
    return Item("caption", paragraphs=[text], span=span, credit=f"本报记者 {t.name()} 摄" if rnd.random() < 0.7 else "")


def _box(rnd: random.Random, topic: str, place: str) -> Item:
    t = _Text(rnd, topic, place)
    return Item("box", label=rnd.choice(LABELS), paragraphs=[t.paragraph()], span=1)


def _teasers(rnd: random.Random, n: int) -> Item:
    heads = [(f"{p}{t}{rnd.choice(PREDICATES)}", f"详见{rnd.randint(2, 8)}版")
             for p, t in zip(rnd.sample(PLACES, n), rnd.sample(TOPICS, n))]
    return Item("teasers", teasers=heads, span=1)


def plan(seed: int, columns: int | None = None, dense: bool = False) -> tuple[int, list[Item]]:
    """The page's column count and its items, in reading order, from a seed (``dense``: longer
    stories, as many characters as a real front page)."""
    rnd = random.Random(seed)
    n = columns or rnd.randint(4, 6)
    topics = rnd.sample(TOPICS, len(TOPICS))
    places = rnd.sample(PLACES, len(PLACES))
    items = [_story(rnd, topics[0], places[0], "news", n, dense)]
    items[0].spaced = True
    items[0].head_size = 36.0
    kinds = ["news", "wire", "news", "caption", "box", "news", "traditional", "teasers", "news"]
    rnd.shuffle(kinds)
    if dense:  # stories enough to fill the page, each from its own pair of place and topic
        kinds += ["news", "wire"] * 3
    for k, kind in enumerate(kinds, start=1):
        span = rnd.randint(1, max(1, n - 1)) if not dense else rnd.choice([n - 1, n])
        if kind == "caption":
            items.append(_caption(rnd, topics[k], places[k], span))
        elif kind == "box":
            items.append(_box(rnd, topics[k], places[k]))
        elif kind == "teasers":
            items.append(_teasers(rnd, rnd.randint(2, 4)))
        elif kind == "traditional":
            it = _story(rnd, topics[k], places[k], "news", span, dense)
            it.headline, it.kicker, it.sub = traditional(it.headline), traditional(it.kicker), traditional(it.sub)
            it.lead, it.paragraphs = traditional(it.lead), [traditional(p) for p in it.paragraphs]
            items.append(it)
        else:
            items.append(_story(rnd, topics[k], places[k], kind, span, dense))
    return n, items


# --- setting type --------------------------------------------------------------------------

def wrap(text: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """Lines of ``text`` no wider than ``width`` (the first ``indent`` narrower); no line opens on
    a closing mark."""
    lines, cur, limit = [], "", width - indent
    for ch in text:
        if cur and width_of(cur + ch, size) > limit:
            carry = cur[-1] if ch in "，。、；：！？”）%" and len(cur) > 1 else ""  # no line opens on a closing mark
            lines.append(cur[:len(cur) - len(carry)])
            cur, limit = carry, width
        cur += ch
    if cur:
        lines.append(cur)
    return lines


class Setter:
    """Draws on a canvas and remembers what it drew."""

    def __init__(self, c: canvas.Canvas, columns: int) -> None:
        self.c, self.n = c, columns
        self.col = (PAGE[0] - 2 * MARGIN - (columns - 1) * GUTTER) / columns

    def x(self, col: int) -> float:
        return MARGIN + col * (self.col + GUTTER)

    def span_width(self, span: int) -> float:
        return span * self.col + (span - 1) * GUTTER

    def text(self, x: float, top: float, s: str, size: float, space: float = 0.0) -> None:
        t = self.c.beginText(x, PAGE[1] - top - size * 0.88)
        t.setFont(FONT, size)
        t.setCharSpace(space)
        t.textOut(s)
        t.setCharSpace(0)
        self.c.drawText(t)

    def centred(self, x: float, width: float, top: float, s: str, size: float, space: float = 0.0) -> float:
        w = width_of(s, size) + space * (len(s) - 1)
        if w > width:  # too wide for the module: wrap (never letter-spaced then)
            bottom = top
            for line in wrap(s, width, size):
                self.text(x + (width - width_of(line, size)) / 2, bottom, line, size)
                bottom += size * 1.25
            return bottom
        self.text(x + (width - w) / 2, top, s, size, space)
        return top + size * 1.25


def _body_lines(item: Item, width: float) -> list[tuple[str, bool, bool]]:
    """(line, opens a paragraph, closes it) for the item's body."""
    out = []
    paras = list(item.paragraphs)
    if item.lead:
        paras[0] = item.lead + paras[0]
    for p in paras:
        lines = wrap(p, width, BODY, indent=2 * BODY)
        out += [(line, k == 0, k == len(lines) - 1) for k, line in enumerate(lines)]
    return out


def _flow(s: Setter, lines: list[tuple[str, bool, bool]], col0: int, span: int, top: float) -> float:
    """Body lines balanced over ``span`` columns from ``top``, justified but for a paragraph's
    last line; returns the bottom."""
    per = -(-len(lines) // span) if lines else 0
    bottom = top
    for k, (line, opens, closes) in enumerate(lines):
        c, row = divmod(k, per)
        y = top + row * LEADING
        indent = 2 * BODY if opens else 0.0
        space = 0.0 if closes or len(line) < 2 else (s.col - indent - width_of(line, BODY)) / (len(line) - 1)
        s.text(s.x(col0 + c) + indent, y, line, BODY, space)
        bottom = max(bottom, y + LEADING)
    return bottom


def set_story(s: Setter, item: Item, col0: int, top: float) -> float:
    x, width = s.x(col0), s.span_width(item.span)
    y = top
    if item.kicker:
        y = s.centred(x, width, y, item.kicker, 13.0)
    space = item.head_size * 0.5 if item.spaced else 0.0
    y = s.centred(x, width, y, item.headline, item.head_size, space) + 2
    if item.sub:
        y = s.centred(x, width, y, item.sub, 12.0)
    return _flow(s, _body_lines(item, s.col), col0, item.span, y + 6)


def set_caption(s: Setter, item: Item, col0: int, top: float) -> float:
    x, width = s.x(col0), s.span_width(item.span)
    s.c.setFillGray(0.75)
    s.c.rect(x, PAGE[1] - top - 150, width, 150, fill=1, stroke=0)
    s.c.setFillGray(0)
    y = top + 154
    for line in wrap(item.paragraphs[0], width, 8.5):
        s.text(x, y, line, 8.5)
        y += 11.5
    if item.credit:
        s.text(x + width - width_of(item.credit, 8.5), y, item.credit, 8.5)
        y += 11.5
    return y


def set_box(s: Setter, item: Item, col0: int, top: float) -> float:
    x, width = s.x(col0), s.span_width(1)
    lines = wrap(f"【{item.label}】" + item.paragraphs[0], width - 8, BODY, indent=2 * BODY)
    bottom = top + 4
    for k, line in enumerate(lines):
        indent = 2 * BODY if k == 0 else 0.0
        space = 0.0 if k == len(lines) - 1 else (width - 8 - indent - width_of(line, BODY)) / (len(line) - 1)
        s.text(x + 4 + indent, bottom, line, BODY, space)
        bottom += LEADING
    s.c.rect(x, PAGE[1] - bottom - 4, width, bottom + 4 - top + 4, fill=0, stroke=1)
    return bottom + 8


def set_teasers(s: Setter, item: Item, col0: int, top: float) -> float:
    x, width = s.x(col0), s.span_width(1)
    y = top
    for head, ref in item.teasers:
        for line in wrap(head, width, 14.0):
            s.text(x, y, line, 14.0)
            y += 17.5
        s.text(x + width - width_of(ref, BODY), y, ref, BODY)
        y += LEADING + 8
    return y


SETTERS = {"caption": set_caption, "box": set_box, "teasers": set_teasers}


def masthead(s: Setter, date_line: str) -> float:
    s.text(MARGIN, MARGIN, "桐川日报", 60.0, space=10.0)
    s.text(PAGE[0] - MARGIN - width_of(date_line, 10.0), MARGIN + 40, date_line, 10.0)
    s.c.line(MARGIN, PAGE[1] - MARGIN - 78, PAGE[0] - MARGIN, PAGE[1] - MARGIN - 78)
    return MARGIN + 90


def layout(c: canvas.Canvas, columns: int, items: list[Item]) -> list[Item]:
    """Rows of modules, left to right; returns the items that fitted on the page, in reading order
    (set once on a scratch canvas to see which fit, then again for real)."""
    fits = _layout(canvas.Canvas(io.BytesIO(), pagesize=PAGE), columns, items)
    return _layout(c, columns, fits)


def _layout(c: canvas.Canvas, columns: int, items: list[Item]) -> list[Item]:
    s = Setter(c, columns)
    top = masthead(s, "2026年12月1日 星期二 第1版")
    placed, col, row_bottom = [], 0, top
    for item in items:
        item.span = min(item.span, columns)
        if col + item.span > columns:
            top, col = row_bottom + 14, 0
        setter = SETTERS.get(item.kind, set_story)
        bottom = setter(s, item, col, top)
        if bottom > PAGE[1] - MARGIN:
            continue  # does not fit (on the scratch canvas): a later, shorter item may
        placed.append(item)
        row_bottom = max(row_bottom, bottom)
        col += item.span
    return placed


def make_page(seed: int, columns: int | None = None, dense: bool = False) -> tuple[bytes, list[dict]]:
    """A generated page PDF and its gold articles (``kind``, ``headline``, ``first``)."""
    _register()
    n, items = plan(seed, columns, dense)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=PAGE, invariant=1)
    placed = layout(c, n, items)
    c.showPage()
    c.save()
    return buf.getvalue(), [g for it in placed for g in it.gold()]


def full_page(seed: int = 0, columns: int = 6) -> bytes:
    """A page as full of text as a real front page (about 6,000 characters): a headline over
    ``columns`` columns of body text to the foot of the page. For timing the reader."""
    _register()
    rnd = random.Random(seed)
    text = _Text(rnd, rnd.choice(TOPICS), rnd.choice(PLACES))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=PAGE, invariant=1)
    s = Setter(c, columns)
    top = masthead(s, "2026年12月1日 星期二 第1版")
    top = s.centred(MARGIN, s.span_width(columns), top, f"{text.place}{text.topic}{rnd.choice(PREDICATES)}", 36.0)
    rows = int((PAGE[1] - MARGIN - top - 8) // LEADING)
    lines: list[tuple[str, bool, bool]] = []
    while len(lines) < rows * columns:
        lines += _body_lines(Item("news", paragraphs=[text.paragraph()]), s.col)
    _flow(s, lines[: rows * columns], 0, columns, top + 8)
    c.showPage()
    c.save()
    return buf.getvalue()
