"""Putting values into the book safely: glued numbers and text, escaped tables.

Text from an edition is data. Everything here hands Jupyter plain text or HTML that
we escaped ourselves, so a headline holding ``<script>`` or ``{glue:text}`` shows as
those characters and never becomes markup. Chapters use these helpers instead of
``IPython.display.HTML``/``Markdown`` or a bare ``Styler`` (neither escapes).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping

import pandas as pd


class Plain:
    """A value shown as exactly its text: ``{glue:text}`` prints it without quotes or markup."""

    def __init__(self, text: str) -> None:
        self.text = str(text)

    def __repr__(self) -> str:
        return self.text

    def _repr_mimebundle_(self, include=None, exclude=None):
        """Plain text, and in the book a paragraph of that text, escaped, that wraps at the page's
        width (a bare text/plain output is a code block that runs off the page)."""
        return {"text/plain": self.text, "text/html": f'<p class="fp-plain">{html.escape(self.text)}</p>'}


class EscapedHTML:
    """HTML we built and escaped ourselves (only this module makes these)."""

    def __init__(self, markup: str) -> None:
        self.markup = markup

    def _repr_html_(self) -> str:
        return self.markup

    def __repr__(self) -> str:  # what a plain-text front end shows
        return "<table>"


def glue(name: str, value, *, fmt: str | None = None) -> None:
    """Glue a computed value for ``{glue:text}`name``` in the prose (returns None, so a cell ending
    with a glue shows nothing).

    Numbers are glued as numbers (so the prose may add a format spec, e.g. ``:,``),
    unless ``fmt`` is given, in which case the formatted text is glued. Strings are
    glued as strings: myst-nb stores their ``repr`` and reads it back with
    ``ast.literal_eval``, so the prose shows exactly the string, as text (escaped in
    HTML, never parsed as Markdown). Nothing is displayed in the cell.
    """
    from myst_nb import glue as _glue

    if fmt is not None and not isinstance(value, str):
        shown: object = format(value, fmt)
    elif isinstance(value, (str, bool, int, float)) or value is None:
        shown = value
    else:
        shown = str(value)
    _glue(name, shown, display=False)


def escape(value) -> str:
    """``value`` as HTML-escaped text (quotes included)."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=True)


class SafeMarkdown:
    """A Markdown table whose every cell was escaped by :func:`markdown_table` (so search can index it)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def _repr_markdown_(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|$~:])")


def md_escape(value) -> str:
    """Text for a Markdown table cell: HTML-escaped, Markdown/MyST syntax backslash-escaped, one line."""
    text = "" if value is None else str(value)
    text = html.escape(text, quote=False).replace("\n", " ")
    return _MD_SPECIAL.sub(r"\\\1", text)


def markdown_table(df: pd.DataFrame, *, download_title: str | None = None) -> SafeMarkdown:
    """``df`` as a Markdown table with every cell escaped. For our own reference data, which the
    search index should hold (raw HTML tables are not indexed); edition text goes through :func:`table`.
    With ``download_title``, the table is also offered for download (a link shown above it) when the
    book is being built."""
    link = offer_download(df, download_title) if download_title else ""
    if link:
        from IPython.display import display

        display(EscapedHTML(link))
    cols = list(df.columns)
    lines = ["| " + " | ".join(md_escape(c) for c in cols) + " |", "|" + "---|" * len(cols)]
    for row in df.itertuples(index=False, name=None):
        lines.append("| " + " | ".join(md_escape(v) for v in row) + " |")
    return SafeMarkdown("\n".join(lines))


DOWNLOADS = "../downloads"
"""Where chapters (in book/) find the tables the build writes to _build/html/downloads/."""


def download(name: str, label: str, *, excel: str | None = None) -> EscapedHTML:
    """A link to a downloadable table written by the build (``name`` is ours, never edition text);
    ``excel`` names the same data as an Excel workbook, linked beside it."""
    also = (f' · <a href="{escape(DOWNLOADS)}/{escape(excel)}" download>Excel workbook</a> <code>{escape(excel)}</code>'
            if excel else "")
    return EscapedHTML(f'<p class="fp-download">Download: <a href="{escape(DOWNLOADS)}/{escape(name)}" download>'
                       f"{escape(label)}</a> <code>{escape(name)}</code>{also}</p>")


_written: set[str] = set()
"""Download names this kernel (one chapter) has written, so two tables never share a file."""


def download_name(page: str, title: str) -> str:
    """``03_claims--every-claim-on-the-page.csv``: the chapter, then the table's title as ASCII words."""
    words = re.findall(r"[a-z0-9]+", title.lower())
    slug = "-".join(words)[:60].strip("-") or "table"
    stem = page.rsplit("/", 1)[-1]
    name, n = f"{stem}--{slug}.csv", 1
    while name in _written:
        n += 1
        name = f"{stem}--{slug}-{n}.csv"
    return name


def offer_download(df: pd.DataFrame, title: str) -> str:
    """Write ``df`` (columns named ``_…`` left out) for download and return the link's HTML, when the
    book is being built (the Sphinx extension names the folder and the page); otherwise ``""``."""
    import os

    folder, page = os.environ.get("FRONTPAGE_DOWNLOADS"), os.environ.get("FRONTPAGE_PAGE")
    if not folder or not page:
        return ""
    from pathlib import Path

    from .exports import write_csv

    name = download_name(page, title)
    _written.add(name)
    shown = df[[c for c in df.columns if not str(c).startswith("_")]]
    write_csv(shown, Path(folder) / name)
    href = "../" * page.count("/") + "downloads/" + name
    return (f'<p class="fp-download fp-table-download">Download this table: <a href="{escape(href)}" download>CSV</a> '
            f"<code>{escape(name)}</code></p>")


def highlight(sentence: str, quote: str) -> str:
    """The sentence, escaped, with the first occurrence of ``quote`` marked (<mark>, also escaped)."""
    k = sentence.find(quote) if quote else -1
    if k < 0:
        return escape(sentence)
    return escape(sentence[:k]) + "<mark>" + escape(quote) + "</mark>" + escape(sentence[k + len(quote):])


def table(
    df: pd.DataFrame,
    *,
    caption: str | None = None,
    formats: Mapping[str, str] | None = None,
    links: Mapping[str, str] | None = None,
    index: bool = False,
    table_id: str | None = None,
    classes: Iterable[str] = (),
    group_by: str | None = None,
    group_titles: Mapping[str, str] | None = None,
    marked: Mapping[str, str] | None = None,
    interactive: bool = False,
) -> EscapedHTML:
    """Render ``df`` as an HTML table with every cell escaped.

    ``formats`` maps columns to format specs (``{"value": "{:,.0f}"}``); ``links`` maps
    a column to a URL template such as ``"source.html#L{line}"`` (filled from the row,
    each field escaped; columns named ``_…`` are not shown but may fill templates), turning
    that column's cells into links. ``group_by`` names a
    column whose changes start a group: a full-width row with ``group_titles[value]``
    (escaped). ``marked`` maps a text column to the column whose value is highlighted
    inside it (the quote inside its sentence).

    ``interactive`` marks a long table for the browser to make sortable and filterable
    (``book/_static/fp-tables.js``); its groups, if any, become a column, since a sortable
    table cannot hold full-width rows. When the book is being built, the table is also
    written for download (CSV with a BOM, see :func:`offer_download`) and linked under it.
    """
    if interactive and group_by is not None:
        titles = dict(group_titles or {})
        df = df.assign(**{group_by: [titles.get(v, v) for v in df[group_by]]})
        group_by = None
    markup = _table_markup(df, caption=caption, formats=formats, links=links, index=index, table_id=table_id,
                           classes=[*classes, *(["fp-interactive"] if interactive else [])], group_by=group_by,
                           group_titles=group_titles, marked=marked)
    return EscapedHTML(markup + offer_download(df.reset_index() if index else df, caption or table_id or "table"))


def _table_markup(df, *, caption, formats, links, index, table_id, classes, group_by, group_titles, marked) -> str:
    formats, links, marked = dict(formats or {}), dict(links or {}), dict(marked or {})
    cols = [c for c in df.columns if c != group_by and not str(c).startswith("_")]  # "_x": for links only
    group_titles = dict(group_titles or {})
    head = "".join(f"<th>{escape(c)}</th>" for c in ([df.index.name or ""] if index else []) + cols)
    body = []
    last_group = object()
    width = len(cols) + (1 if index else 0)
    for idx, row in zip(df.index, df.itertuples(index=False, name=None)):
        full = dict(zip(df.columns, row))
        if group_by is not None and full[group_by] != last_group:
            last_group = full[group_by]
            title = group_titles.get(last_group, str(last_group))
            body.append(f'<tr class="group"><th colspan="{width}">{escape(title)}</th></tr>')
        cells = [f"<th>{escape(idx)}</th>"] if index else []
        cells += [_cell(full, col, formats, links, marked) for col in cols]
        body.append("<tr>" + "".join(cells) + "</tr>")
    cls = " ".join(["fp-table", *classes])
    ident = f' id="{escape(table_id)}"' if table_id else ""
    # the caption stands above the scrolling frame, so a wide table's caption wraps at the text's width
    cap = f'<p class="fp-table-caption">{escape(caption)}</p>' if caption else ""
    label = f' aria-label="{escape(caption)}"' if caption else ""
    return (
        f'{cap}<div class="fp-table-wrap"><table class="{escape(cls)}"{ident}{label}>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
    )


def _cell(row: dict, col: str, formats: Mapping[str, str], links: Mapping[str, str],
          marked: Mapping[str, str]) -> str:
    """One ``<td>``: the value escaped (or formatted, or its quote marked), maybe a link."""
    val = row[col]
    if col in marked and isinstance(val, str):
        shown = highlight(val, str(row.get(marked[col]) or ""))
    else:
        shown = _format(val, formats.get(col))
    is_num = isinstance(val, (int, float)) and not isinstance(val, bool)
    text = str(val)
    attr = (' class="num"' if is_num else ' class="long"' if len(text) > 16
            else ' class="short"' if len(text) <= 12 and " " not in text else "")
    if col in links and shown:
        href = links[col].format(**{k: escape(v) for k, v in row.items()})
        shown = f'<a href="{href}">{shown}</a>'
    return f"<td{attr}>{shown}</td>"


def _format(val, spec: str | None) -> str:
    if val is None or val is pd.NA or (isinstance(val, float) and pd.isna(val)):
        return ""
    if spec:
        try:
            return escape(spec.format(val))
        except (ValueError, TypeError):
            pass
    if isinstance(val, (list, tuple)):
        return escape("、".join(str(v) for v in val))
    return escape(val)
