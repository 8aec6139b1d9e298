"""Build the book: ``python -m frontpage.book.build [--output DIR]`` (what ``make book`` runs).

Chapters execute while Sphinx reads them, and Sphinx rereads only pages whose source
changed. A changed edition, package or reference table changes no page source, so we
key the build on the content of everything the chapters read: when that key changes,
the previous build is discarded and every chapter executes afresh; when it does not, a
rebuild reuses Sphinx's environment and takes a couple of seconds.

The edition is ``$EDITION`` (see :func:`frontpage.book.page.edition_path`). ``--output``
builds into ``DIR/_build/html`` instead of the repository's ``_build/html``, so a test
can build the book for another edition without touching the main build.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from .page import ROOT, edition_page, edition_path, sidecar_path
from ..parse.reading import EditionError, read_edition

INPUT_GLOBS = ("frontpage/**/*.py", "data/reference/**/*", "data/annotations/**/*", "data/editions/**/*", "requirements.txt",
               "_config.yml", "_toc.yml", "book/_static/*")


def input_files(edition: Path) -> list[Path]:
    """Every file whose content the chapters' outputs depend on, besides the notebooks."""
    files = {edition, sidecar_path(edition)}
    for pattern in INPUT_GLOBS:
        files.update(p for p in ROOT.glob(pattern) if p.is_file() and "__pycache__" not in p.parts)
    return sorted(p for p in files if p.is_file())


def inputs_key(edition: Path) -> str:
    """sha256 over the edition's path and the content of :func:`input_files`."""
    h = hashlib.sha256(f"{edition} page {edition_page()}".encode())
    for p in input_files(edition):
        h.update(str(p.relative_to(ROOT) if p.is_relative_to(ROOT) else p).encode())
        h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def scores_file(build_dir: Path, key: str) -> Path:
    """Where the chapters of a build keyed ``key`` keep the editions' scores
    (``$FRONTPAGE_EVALUATIONS``, read by :func:`frontpage.book.scores.evaluations`)."""
    return build_dir / f".evaluations-{key}.pickle"


def build(output: Path = ROOT, extra_args: list[str] | None = None) -> int:
    """Build the book for ``$EDITION`` into ``output/_build/html``; returns the exit status."""
    edition = edition_path()
    try:
        read_edition(edition, page=edition_page())  # a bad edition is one clear line, not a notebook traceback
    except EditionError as exc:
        print(f"build: error: {exc}", file=sys.stderr)
        return 2
    build_dir = output / "_build"
    key_file = build_dir / ".inputs.sha256"
    key = inputs_key(edition)
    unchanged = key_file.is_file() and key_file.read_text().strip() == key
    if unchanged:
        print("build: inputs unchanged; Sphinx rebuilds only changed pages", flush=True)
    elif build_dir.exists():
        print("build: inputs changed (edition, package or data): building from scratch", flush=True)
        shutil.rmtree(build_dir)
    cmd = [str(Path(sys.executable).with_name("jupyter-book")), "build", "--warningiserror", "--keep-going",
           *(extra_args or [])]
    if output != ROOT:
        cmd += ["--path-output", str(output)]
    cmd.append(str(ROOT))
    env = dict(os.environ, EDITION=str(edition), PYDEVD_DISABLE_FILE_VALIDATION="1",
               FRONTPAGE_EVALUATIONS=str(scores_file(build_dir, key)))  # the chapters score the editions once
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=ROOT, env=env)
    took = time.perf_counter() - start
    html = build_dir / "html"
    if result.returncode != 0:
        key_file.unlink(missing_ok=True)
        reports = html / "reports"
        hint = f"; execution tracebacks in {reports}/" if reports.is_dir() else ""
        print(f"build: FAILED after {took:.1f}s (exit {result.returncode}){hint}", file=sys.stderr)
        return result.returncode
    from .exports import write_downloads

    if not (unchanged and (html / "downloads").is_dir()):  # the downloads depend on the inputs only
        write_downloads(edition, html / "downloads")
    add_run_instructions(html / "_sources")
    key_file.write_text(key + "\n")
    print(f"build: {html / 'index.html'} ({took:.1f}s)", flush=True)
    return 0


RUN_TAG = "frontpage-how-to-run"
RUN_INSTRUCTIONS = """\
**How to run this notebook.** It is a chapter of the book *One front page, counted* and imports
the book's package, `frontpage`, so it runs inside a clone of the book's repository, not on its own
(alone, its first code cell stops with `ModuleNotFoundError: No module named 'frontpage'`).
Clone the repository the book was published from (its publisher gives the address), then, in
the clone, with Python 3.11+ and make:

```bash
make lab    # creates .venv from the pinned requirements.txt and opens JupyterLab on book/
```

Then open this chapter in `book/` and run its cells top to bottom (*Run → Run All Cells*): the
kernel is the project's environment, as in the book's build. `EDITION=path/to/page.txt make lab`
analyses another edition.
"""


def add_run_instructions(sources: Path) -> list[Path]:
    """Put a first cell saying how to run it into every notebook the download button serves
    (``_build/html/_sources/**/*.ipynb``); a notebook that has it already is left alone."""
    import json

    changed = []
    for path in sorted(sources.rglob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        cells = nb.get("cells", [])
        if cells and RUN_TAG in cells[0].get("metadata", {}).get("tags", []):
            continue
        cell = {"cell_type": "markdown", "id": RUN_TAG, "metadata": {"tags": [RUN_TAG]},
                "source": RUN_INSTRUCTIONS.splitlines(keepends=True)}
        nb["cells"] = [cell, *cells]
        nb["nbformat"], nb["nbformat_minor"] = 4, max(nb.get("nbformat_minor", 5), 5)  # 4.5+: cells have ids
        path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        changed.append(path)
    return changed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m frontpage.book.build", description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, default=ROOT, help="build into OUTPUT/_build/html")
    args, extra = parser.parse_known_args(argv)
    sys.exit(build(args.output.resolve(), extra))


if __name__ == "__main__":
    main()
