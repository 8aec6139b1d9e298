"""Inside pages and reports of the fourteenth batch's classes, on invented snippets (never an
edition's lines)."""

from __future__ import annotations

from tests.snippets import stories


def raw(*lines: str) -> str:
    """A pdftotext -raw page: no blank line anywhere."""
    return "\n".join(lines) + "\n"


# --- a figures box whose first line dates its facts (截至…时) -------------------------------------

def test_the_line_that_dates_a_figures_box_is_its_text_not_its_headline():
    text = raw("本报讯（记者 王 一）5月8日，全县抗旱工作推进会召开。", "截至目前，全县已投入抗旱资金860万元，",
               "新打机井42眼。", "【数字】", "截至8日20时", "投入抗旱资金860万元", "新打机井42眼",
               "出动送水车辆65台次", "县水利局关于节约用水的倡议书")
    arts = stories(text)
    box = next(a for a in arts if a.kind == "box")
    assert box.headline == ""
    assert box.text.replace("\n", "").startswith("截至8日20时投入抗旱资金860万元")
    assert "出动送水车辆65台次" in box.text
    assert not [a for a in arts if a.headline in ("截至8日20时", "投入抗旱资金860万元")]
