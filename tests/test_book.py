"""The built book: every page there, no tracebacks, Chinese search, and a build that cannot lie."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import nbformat
import pytest
import yaml

from frontpage.book.build import inputs_key
from frontpage.book.page import DEFAULT_EDITION, ROOT
from tests.books import build_book

pytestmark = pytest.mark.slow


def toc_files() -> list[str]:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]]

    def walk(entries):
        for e in entries or []:
            if "file" in e:
                files.append(e["file"])
            walk(e.get("sections"))

    for part in toc.get("parts", []):
        walk(part.get("chapters"))
    walk(toc.get("chapters"))
    return files


def test_every_toc_entry_has_its_page(html):
    for f in toc_files():
        assert (html / f"{f}.html").is_file(), f


def test_no_page_shows_a_traceback_or_error_output(html):
    for page in html.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "Traceback (most recent call last)" not in text, page
        assert 'class="output traceback' not in text and "output stderr" not in text, page


def test_every_download_is_linked_and_opens_in_excel(html):
    """Every CSV (and workbook) the build writes is linked from a chapter, every download link
    resolves, and each CSV starts with a UTF-8 byte-order mark (without it, Excel garbles the Chinese)."""
    import re

    written = {p.name for p in (html / "downloads").iterdir() if p.suffix in (".csv", ".xlsx")}
    linked = set()
    for page in (html / "book").glob("*.html"):
        for name in re.findall(r'href="\.\./downloads/([^"]+)"', page.read_text(encoding="utf-8")):
            assert (html / "downloads" / name).is_file(), (page.name, name)
            linked.add(name)
    assert written and written == linked, (written - linked, linked - written)
    for name in written:
        data = (html / "downloads" / name).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf" if name.endswith(".csv") else b"PK"), name


def test_search_index_holds_chinese_terms(html):
    index = (html / "searchindex.js").read_text(encoding="utf-8")
    data = json.loads(index[index.index("(") + 1: index.rindex(")")])
    terms = data["terms"]
    for word in ("制造业", "重庆", "本报讯", "新华社"):
        assert word in terms, word


def test_rebuild_with_nothing_changed_executes_nothing(html):
    r = build_book(html.parent.parent)
    assert r.returncode == 0
    assert "inputs unchanged" in r.stdout
    assert "Executing notebook" not in r.stdout + r.stderr


def test_the_chapters_score_the_editions_once_per_build(html):
    """The method and evaluation chapters share one scoring of the editions, kept under the
    build's key (a changed input is a new key, so never stale scores)."""
    build_dir = html.parent
    key = (build_dir / ".inputs.sha256").read_text().strip()
    assert sorted(p.name for p in build_dir.glob(".evaluations-*")) == [f".evaluations-{key}.pickle"]


def test_a_changed_edition_is_never_served_stale(pdf_book):
    """The PDF's book was built into a copy of the hostile edition's: the build must discard the
    old book, not reuse its executed chapters."""
    assert "building from scratch" in pdf_book.result.stdout
    new_sha = hashlib.sha256(pdf_book.pdf.read_bytes()).hexdigest()
    second = (pdf_book.html / "book/01_edition.html").read_text(encoding="utf-8")
    assert new_sha not in pdf_book.before and new_sha in second


def test_the_build_key_changes_with_the_edition_s_content_at_the_same_path(tmp_path):
    edition = tmp_path / "edition.txt"
    shutil.copy(DEFAULT_EDITION, edition)
    key = inputs_key(edition)
    assert inputs_key(edition) == key
    edition.write_bytes(DEFAULT_EDITION.read_bytes() + "\n补充一行文字。\n".encode())
    assert inputs_key(edition) != key


def test_a_bad_edition_is_one_clear_line(tmp_path):
    r = build_book(tmp_path / "out", tmp_path / "missing.txt")
    assert r.returncode == 2
    assert r.stderr.strip().startswith("build: error:") and "no such file" in r.stderr
    assert "Traceback" not in r.stderr


# --- the configuration fails loudly: tiny books built with the project's own _config.yml ---

def tiny_book(tmp_path: Path, code: str = "", markdown: str = "Fine.") -> Path:
    book = tmp_path / "tiny"
    (book / "book").mkdir(parents=True)
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    config["sphinx"]["config"].pop("html_static_path", None)
    config["sphinx"]["config"].pop("html_css_files", None)
    config["html"].pop("favicon", None)
    (book / "_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    (book / "_toc.yml").write_text("format: jb-book\nroot: book/index\nchapters:\n- file: book/ch\n")
    (book / "book" / "index.md").write_text("# Tiny\n")
    cells = [nbformat.v4.new_markdown_cell("# Chapter\n\n" + markdown)]
    if code:
        cells.append(nbformat.v4.new_code_cell(textwrap.dedent(code)))
    nb = nbformat.v4.new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    nbformat.write(nb, book / "book" / "ch.ipynb")
    return book


def jb_build(book: Path) -> subprocess.CompletedProcess:
    jb = str(Path(sys.executable).with_name("jupyter-book"))
    cmd = ["bash", "-c", f'set -eo pipefail; "{jb}" build --warningiserror --keep-going "{book}" | tail -n 50']
    return subprocess.run(cmd, capture_output=True, text=True)


def test_the_tiny_book_builds(tmp_path):
    r = jb_build(tiny_book(tmp_path, code="print(1 + 1)"))
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.parametrize(
    "code, markdown",
    [
        ("raise ValueError('a raising cell')", "Fine."),
        ("", "A reference to {numref}`fig-that-does-not-exist`."),
        ("import sys; print('careful', file=sys.stderr)", "Fine."),
        ("from frontpage.book.figures import use_cjk_fonts\nimport matplotlib.pyplot as plt\nuse_cjk_fonts()\n"
         "fig, ax = plt.subplots(); ax.set_title('\\U0001F600'); fig.canvas.draw()", "Fine."),
    ],
    ids=["raising-cell", "sphinx-warning", "stderr-output", "glyph-missing"],
)
def test_the_build_fails_loudly(tmp_path, code, markdown):
    r = jb_build(tiny_book(tmp_path, code=code, markdown=markdown))
    assert r.returncode != 0, r.stdout[-2000:]


def _page_text(html: Path, name: str) -> str:
    import re as _re

    text = (html / "book" / f"{name}.html").read_text(encoding="utf-8")
    text = _re.sub(r"<[^>]+>", " ", text)
    return " ".join(text.split())


def test_the_opening_page_and_the_chapters_agree_on_every_count_they_share(html):
    """The opening page's counts (derived figures, consistency checks, the most repeated phrase and how
    often) are the ones the checks and language chapters print, as a reader sees them in the HTML."""
    import re as _re

    index, checks, language = (_page_text(html, n) for n in ("index", "04_checks", "06_language"))
    derived, compared = _re.search(r"(\d+) derived figures? and (\d+) consistency checks?", index).groups()
    assert f"derive {derived} derived figure" in checks
    assert f"find {compared} comparison" in checks
    phrase, times = _re.search(r"most repeated phrase is (\S+) \([^)]*\), (\d+) times", index).groups()
    assert f"most repeated phrase is {phrase}" in language and f"{times} times" in language
    # and no check statement or subject is shown in Chinese alone, the way "重庆外贸总值 of 1,802.4 亿" was
    for page in (index, checks):
        assert "重庆外贸总值 of" not in page and "万 CNY" not in page and "亿 CNY" not in page
        assert "0 ≤" not in page
