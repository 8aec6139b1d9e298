"""A small Sphinx extension for the book (loaded from ``_config.yml``).

- sphinx-thebe registers its inline configuration script once per environment read, so a
  rebuild can put ``const THEBE_JS_URL = …`` twice on a page and the browser reports a
  SyntaxError. We keep one copy of every script a page would load twice.
- The search index holds what a reader reads: code-cell sources are left out of it (they
  stay on the page, behind "Show code cell source"), so ``pd``/``import`` find nothing and
  result snippets come from prose (``book/_static/fp-search.js`` does the same for snippets
  and segments Chinese queries against the index's own terms).
- Long tables are made interactive in the browser with the DataTables bundle that
  ``itables`` ships (copied here as a classic script: one copy per site, works from
  ``file://``); the tables themselves are our escaped HTML (:func:`frontpage.book.display.table`).
- Chapters write their tables for download while they execute: the folder
  (``FRONTPAGE_DOWNLOADS``) and the page being read (``FRONTPAGE_PAGE``) are passed to the
  kernel in its environment.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

DOWNLOADS_ENV = "FRONTPAGE_DOWNLOADS"
PAGE_ENV = "FRONTPAGE_PAGE"
SCRIPTS = ("fp-theme.js", "fp-search.js", "fp-datatables.js", "fp-tables.js")
STYLES = ("fp-datatables.css",)


def _dedupe_scripts(app, pagename, templatename, context, doctree) -> None:
    seen = set()
    unique = []
    for script in context.get("script_files", []):
        # the same inline script may come once with filename None and once with "": same script
        key = (getattr(script, "filename", script) or "", repr(sorted(getattr(script, "attributes", {}).items())))
        if key in seen:
            continue
        seen.add(key)
        unique.append(script)
    context["script_files"] = unique


def without_code(doctree):
    """A copy of ``doctree`` without code-cell sources (myst-nb's ``cell_input`` containers)."""
    from docutils import nodes

    copy = doctree.deepcopy()
    for node in list(copy.findall(nodes.Element)):
        if "cell_input" in node.get("classes", ()) and node.parent is not None:
            node.parent.remove(node)
    return copy


def _index_prose_only(app) -> None:
    builder = app.builder
    if not hasattr(builder, "index_page"):
        return
    original = builder.index_page

    def index_page(pagename, doctree, title):
        return original(pagename, without_code(doctree), title)

    builder.index_page = index_page


_EXPORTS = re.compile(r"export\s*\{([^}]*)\}\s*;?\s*(/\*(?:[^*]|\*(?!/))*\*/\s*)*$")  # then licence comments


def classic_bundle(module_source: str) -> str:
    """itables' ES-module DataTables bundle as a classic script that sets ``window.fpDataTables``.

    A module cannot be imported from a page opened as ``file://``; a classic script can be
    loaded from anywhere. Raises ``ValueError`` if the bundle no longer ends with one export list.
    """
    match = _EXPORTS.search(module_source)
    if not match:
        raise ValueError("itables' dt_bundle.js does not end with an export list; update classic_bundle()")
    pairs = []
    for item in match.group(1).split(","):
        local, _, exported = (part.strip() for part in item.partition(" as "))
        pairs.append(f"{exported or local}: {local}")
    body = module_source[: match.start()] + module_source[match.end(1) + 1:].lstrip(" ;\n")
    return "(function () {\n\"use strict\";\n" + body + "\nwindow.fpDataTables = {" + ", ".join(pairs) + "};\n})();\n"


def write_datatables(static: Path) -> None:
    """Write the DataTables bundle (JS as a classic script, CSS) from the installed itables into ``static``."""
    import itables

    source = Path(itables.__file__).parent / "html"
    target = static / "fp-datatables.js"
    if target.is_file() and target.stat().st_mtime >= (source / "dt_bundle.js").stat().st_mtime \
            and (static / "fp-datatables.css").is_file():
        return  # written by an earlier build from the same bundle
    static.mkdir(parents=True, exist_ok=True)
    (static / "fp-datatables.js").write_text(classic_bundle((source / "dt_bundle.js").read_text(encoding="utf-8")),
                                            encoding="utf-8")
    (static / "fp-datatables.css").write_bytes((source / "dt_bundle.css").read_bytes())


def _builder_inited(app) -> None:
    _index_prose_only(app)
    if app.builder.format != "html":
        return
    for name in SCRIPTS:
        app.add_js_file(name)
    for name in STYLES:
        app.add_css_file(name)
    os.environ[DOWNLOADS_ENV] = str(Path(app.outdir) / "downloads")


def _build_finished(app, exception) -> None:
    if exception is None and app.builder.format == "html":
        # straight into _static (not via html_static_path: changing the config would make
        # Sphinx reread every page on the next build)
        write_datatables(Path(app.outdir) / "_static")


def _source_read(app, docname, source) -> None:
    os.environ[PAGE_ENV] = docname  # the kernel that executes this page inherits it


def setup(app):
    # early: html-page-context stops at the first listener that returns a template name
    app.connect("html-page-context", _dedupe_scripts, priority=200)
    app.connect("builder-inited", _builder_inited)
    app.connect("source-read", _source_read)
    app.connect("build-finished", _build_finished)
    return {"parallel_read_safe": False, "parallel_write_safe": True}
