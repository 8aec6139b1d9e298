"""The one boundary where edition text meets HTML and Markdown: everything is escaped there."""

from __future__ import annotations

import pandas as pd

from frontpage.book.display import Plain, highlight, markdown_table, md_escape, table

HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) **b** {glue:text}`n` $$x$$'


def test_a_table_escapes_every_cell_header_and_caption():
    html = table(pd.DataFrame({"<b>col</b>": [HOSTILE], "n": [1802.4]}), caption="<i>cap</i>")._repr_html_()
    assert "<script>" not in html and "<img" not in html and "<b>col" not in html and "<i>cap" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;b&gt;col&lt;/b&gt;" in html
    assert '<td class="num">1802.4</td>' in html


def test_a_link_template_is_ours_and_the_values_filling_it_are_escaped():
    df = pd.DataFrame({"line": ['3" onmouseover="x'], "text": ["a"]})
    html = table(df, links={"text": "11_source.html#L{line}"})._repr_html_()
    assert 'href="11_source.html#L3&quot; onmouseover=&quot;x"' in html and 'onmouseover="x' not in html


def test_hidden_columns_fill_templates_and_groups_get_escaped_titles():
    df = pd.DataFrame({"g": ["<a>", "<a>", "b"], "x": [1, 2, 3], "_k": ["p", "q", "r"]})
    html = table(df, group_by="g", links={"x": "#{_k}"})._repr_html_()
    assert html.count('<tr class="group">') == 2 and "&lt;a&gt;" in html and "<th>_k</th>" not in html
    assert '<a href="#q">2</a>' in html


def test_highlight_marks_the_quote_inside_the_escaped_sentence():
    assert highlight("增长<b>10%</b>。", "10%") == "增长&lt;b&gt;<mark>10%</mark>&lt;/b&gt;。"
    assert highlight("<x>", "missing") == "&lt;x&gt;"


def test_markdown_cells_cannot_become_markup_or_myst():
    cell = md_escape(HOSTILE + "\n| next")
    assert "\n" not in cell and "<script>" not in cell
    for raw in ("**b**", "{glue:text}`n`", "[x](javascript", "$$x$$"):
        assert raw not in cell
    assert cell.endswith(" \\| next")  # a pipe cannot end the cell
    md = markdown_table(pd.DataFrame({"a|b": ["x|y"]}))._repr_markdown_()
    assert md.splitlines() == ["| a\\|b |", "|---|", "| x\\|y |"]


def test_plain_is_exactly_its_text():
    assert repr(Plain("None found.")) == "None found." and Plain(3)._repr_mimebundle_()["text/plain"] == "3"
    assert Plain("<b>x</b>")._repr_mimebundle_()["text/html"] == '<p class="fp-plain">&lt;b&gt;x&lt;/b&gt;</p>'  # escaped


def test_missing_values_show_as_empty_cells():
    df = pd.DataFrame({"n": pd.array([1, None], dtype="Int64"), "x": [1.5, float("nan")], "s": ["a", None]})
    html = table(df)._repr_html_()
    assert "<NA>" not in html and "&lt;NA&gt;" not in html and ">nan<" not in html and ">None<" not in html


def test_an_interactive_table_is_marked_for_the_browser_and_keeps_its_groups_as_a_column():
    df = pd.DataFrame({"article": ["A1", "A1", "A2"], "x": [HOSTILE, "b", "c"]})
    html = table(df, group_by="article", group_titles={"A1": "<A1>"}, interactive=True)._repr_html_()
    assert 'class="fp-table fp-interactive"' in html and 'class="group"' not in html  # no full-width rows
    assert html.count("&lt;A1&gt;") == 2 and "<script>" not in html and "<th>article</th>" in html


def test_tables_are_written_for_download_only_while_the_book_builds(tmp_path, monkeypatch):
    from frontpage.book import display

    monkeypatch.setattr(display, "_written", set())
    monkeypatch.delenv("FRONTPAGE_DOWNLOADS", raising=False)
    df = pd.DataFrame({"id": ["C1"], "quote": [HOSTILE], "_k": [1]})
    assert "fp-table-download" not in table(df, caption="Claims (all)")._repr_html_()
    monkeypatch.setenv("FRONTPAGE_DOWNLOADS", str(tmp_path))
    monkeypatch.setenv("FRONTPAGE_PAGE", "book/03_claims")
    first = table(df, caption="Claims (all)")._repr_html_()
    second = table(df, caption="Claims (all)")._repr_html_()
    assert 'href="../downloads/03_claims--claims-all.csv"' in first
    assert 'href="../downloads/03_claims--claims-all-2.csv"' in second  # never the same file twice
    data = (tmp_path / "03_claims--claims-all.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and HOSTILE.encode() in data and b"_k" not in data


def test_the_download_name_is_ascii_and_names_the_chapter():
    from frontpage.book.display import download_name

    assert download_name("book/05_voices", "Everyone named on the page") == "05_voices--everyone-named-on-the-page.csv"
    assert download_name("index", "重庆") == "index--table.csv"


def test_a_caption_stands_above_the_scrolling_frame_and_labels_the_table():
    """A wide table scrolls sideways in its frame; its caption wraps above it at the text's width
    (a <caption> inside the frame is as wide as the table and runs off the page with it)."""
    html = table(pd.DataFrame({"n": [1]}), caption='b1 "x" <y>')._repr_html_()
    assert html.startswith('<p class="fp-table-caption">b1 &quot;x&quot; &lt;y&gt;</p><div class="fp-table-wrap">')
    assert 'aria-label="b1 &quot;x&quot; &lt;y&gt;"' in html and "<caption>" not in html
