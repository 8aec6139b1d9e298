"""Inside (-raw) pages and reports of the fifteenth batch's segmentation classes, on invented
snippets (never an edition's lines)."""

from __future__ import annotations

from tests.snippets import page, parse, stories


# --- a section name between the paper's name and the date line -----------------------------------

def test_a_section_name_between_the_paper_name_and_the_date_line_is_furniture():
    text = ("7\n清江报\n文体·教育\n2025年3月4日 星期二\n"
            "本报讯（记者 何 方）3月3日，全县中小学春季学期\n开学，新建校舍投入使用。\n")
    arts = parse(text)
    assert [a.kind for a in arts[:4]] == ["furniture"] * 4
    assert all(a.headline != "文体·教育" for a in arts)


# --- a joint notice signed by several institutions over its date ----------------------------------

def test_every_signer_of_a_joint_notice_and_its_date_close_the_notice():
    text = ("某某镇农贸市场临时\n休市的通告\n"
            "因市场改造施工需要，自2025年6月1日起，\n镇农贸市场临时休市两周。\n特此通告。\n"
            "某某县市场监督管理局交通大队\n某某县商务局\n2025年5月20日\n"
            "某某供水公司\n停水公告\n因管网检修，6月3日城区部分片区停水。\n特此公告。\n"
            "某某供水公司\n2025年5月28日\n")
    arts = stories(text)
    first = next(a for a in arts if "休市" in a.headline)
    assert first.text.endswith("2025年5月20日")
    assert "某某县商务局" in first.text
    assert not any(a.headline in ("某某县商务局", "2025年5月20日") for a in arts)


# --- a notice's 关于… title wrapped by the column, under its issuer's name --------------------------

def test_a_wrapped_about_title_under_its_issuer_opens_a_notice_signed_at_its_foot():
    text = ("本报讯 全县今年新建村级文化广场12个，\n覆盖率达到九成。\n"
            "某某县文化和旅游局\n关于举办2025年度乡村文艺汇演节目\n征集与报名登记工作的公告\n"
            "根据县有关工作安排，现就汇演报名事项\n公告如下：\n一、报名时间为6月1日至6月15日。\n"
            "某某县文化和旅游局\n2025年5月25日\n"
            "文化广场建设提速\n")
    arts = stories(text)
    notice = next(a for a in arts if a.kind == "notice")
    assert notice.headline.endswith("节目征集与报名登记工作的公告")
    assert notice.subheadlines == []
    assert notice.text.endswith("2025年5月25日")
    assert not any(a.headline == "2025年5月25日" for a in arts)
