"""Inside pages and reports of the twelfth batch's classes, second pass, on invented snippets (never an
edition's lines): a bare page number under the date and section lines; an advertisement right under a
notice's contact line; a box that does not take the numbered sections of the document after it; a
feature's stack with a dash deck over its own opening; a feature's 小标题; a lead's stack printed at the
page's foot."""

from __future__ import annotations

from tests.snippets import parse, stories


def raw(*lines: str) -> str:
    """A pdftotext -raw page: no blank line anywhere."""
    return "\n".join(lines) + "\n"


def blank(*lines: str) -> str:
    """A page whose units are set apart by blank lines ("" is a blank line)."""
    return "\n".join(lines) + "\n"


# --- a page number alone on its line under the date and the section name ---------------------------

def test_a_bare_page_number_under_the_date_and_section_lines_is_the_folio_not_a_kicker():
    text = raw("2024年5月6日 星期一", "民生·教育", "7", "开学季里看变化", "某县新建中小学校12所", "新增学位1.8万个",
               "某县日报讯（记者 王 一）5月5日，记者从", "县教育局获悉，今年全县新建中小学校", "12所，新增学位1.8万个，中小学",
               "大班额比例降至1.2%。", "县教育局负责人表示，明年还将新建", "学校5所。")
    arts = parse(text)
    folio = next(a for a in arts if "7" == a.text or a.lines == [[3, 3]])
    assert folio.kind == "furniture" and folio.furniture == "page"
    (news,) = [a for a in arts if a.kind != "furniture"]
    assert news.kicker == "开学季里看变化" and news.headline == "某县新建中小学校12所"


# --- an advertisement set right under a notice that ends on its contact line -----------------------

def test_an_advertisement_under_a_notice_closed_by_its_contact_line_is_furniture():
    text = raw("某县日报讯（记者 王 一）近日，某县新建", "社区食堂8家，日均接待老人900人次。", "（王 一）",
               "遗失声明", "张某某不慎遗失某县某镇某村宅基地使用", "证一本，特此声明作废。", "联系电话：13800000000",
               "康乐护理院", "专业护理 贴心服务", "预约热线：0000-1234567", "地址：某县城南路8号")
    arts = parse(text)
    notice = next(a for a in arts if a.kind == "notice")
    assert notice.lines == [[4, 7]]
    ad = next(a for a in arts if a.first_line == 8)
    assert ad.kind == "furniture" and ad.lines == [[8, 11]]


def test_a_notice_signed_and_dated_after_its_contact_line_keeps_both():
    text = raw("某县日报讯（记者 王 一）近日，某县新建", "社区食堂8家，日均接待老人900人次。", "（王 一）",
               "招聘启事", "某县某中心因工作需要，现面向社会招聘", "工作人员3名，报名截止日期为6月30日。",
               "联系电话：0000-7654321", "某县某中心", "2024年6月1日")
    notice = next(a for a in parse(text) if a.kind == "notice")
    assert notice.lines == [[4, 9]]
