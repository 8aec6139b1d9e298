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


def test_every_figures_tick_labels_are_text_a_reader_can_read():
    """No TeX source ($\\mathdefault{10^{9}}$) in any tick label: mathtext is off, so it would show as is."""
    from frontpage.book import load

    use_cjk_fonts()
    page = load()
    for fig in (plots.money_log(page.claims), plots.rates(page.claims), plots.line_widths(page.edition)):
        fig.canvas.draw()
        labels = [t.get_text() for ax in fig.axes for t in ax.get_xticklabels() + ax.get_yticklabels()]
        plt.close(fig)
        assert labels and not [t for t in labels if "$" in t or "\\" in t], labels


def test_amounts_on_a_log_axis_read_in_wan_and_yi():
    assert [plots.amount_label(x) for x in (100, 1e4, 1e8, 1e9, 1e12)] == ["100", "1 万", "1 亿", "10 亿", "1 万亿"]
