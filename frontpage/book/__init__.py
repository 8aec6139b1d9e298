"""The book: the one place chapters get the edition (:func:`load`), and what they show.

    from frontpage.book import load
    page = load()          # the edition named by $EDITION, else the one in data/raw/
"""

from __future__ import annotations


def __getattr__(name: str):
    # Lazy, so that `python -m frontpage.book.build` and the Sphinx extension stay light.
    if name in ("load", "edition_path"):
        from . import page

        return getattr(page, name)
    raise AttributeError(name)
