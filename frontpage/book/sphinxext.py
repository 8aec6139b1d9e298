"""A small Sphinx extension for the book (loaded from ``_config.yml``).

sphinx-thebe registers its inline configuration script once per environment read, so a
rebuild can put ``const THEBE_JS_URL = …`` twice on a page and the browser reports a
SyntaxError. We keep one copy of every script a page would load twice.
"""

from __future__ import annotations


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


def setup(app):
    # early: html-page-context stops at the first listener that returns a template name
    app.connect("html-page-context", _dedupe_scripts, priority=200)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
