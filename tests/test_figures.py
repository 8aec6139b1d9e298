"""One place sets up Chinese fonts; a missing glyph is an error, not tofu."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

from frontpage.book import plots
from frontpage.book.figures import cjk_font_path, use_cjk_fonts


def render(text: str) -> None:
    fig, ax = plt.subplots()
    ax.set_title(text)
    try:
        fig.canvas.draw()
    finally:
        plt.close(fig)


def test_chinese_renders_with_the_registered_font():
    family = use_cjk_fonts()
    assert "Noto Sans CJK" in family
    assert cjk_font_path().is_file()
    render("重庆外贸总值1802.4亿元，同比增长60.4%")  # no warning, no error


def test_a_missing_glyph_raises():
    use_cjk_fonts()
    with pytest.raises(UserWarning, match="Glyph .* missing"):
        render("\U0001F600")


def test_line_width_figure_has_no_baked_title(edition):
    use_cjk_fonts()
    fig = plots.line_widths(edition)
    assert all(not ax.get_title() for ax in fig.axes)
    assert not fig._suptitle
    fig.canvas.draw()
