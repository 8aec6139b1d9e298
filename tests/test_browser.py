"""The built book in a real browser: headless Chromium (Debian's, driven by Playwright).

Every page loads with no JavaScript error and no request leaving localhost; the search
finds Chinese; links from the claims reach their lines; screenshots are saved under
_build/screenshots/ for people to look at. Without Chromium the tests skip, saying why.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import socketserver
import threading
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml

from frontpage.book.page import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
SHOTS = ROOT / "_build" / "screenshots"


def toc_pages() -> list[str]:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    pages = [toc["root"]] + [c["file"] for part in toc.get("parts", []) for c in part.get("chapters", [])]
    return [f"{p}.html" for p in pages]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's chromium (apt-get install chromium; .ci/run does)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover
        pytest.skip("playwright is not installed (it is in requirements.txt)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def site(html):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = socketserver.TCPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(html)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def visit(browser, url: str, width: int = 1280, color_scheme: str = "light"):
    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=color_scheme)
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    origin = url.split("/", 3)[:3]
    base = "/".join(origin)
    page.on("request", lambda r: problems.append(f"left localhost: {r.url}")
            if not r.url.startswith((base, "data:", "blob:", "about:")) else None)
    page.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    page.goto(url, wait_until="networkidle")
    return page, problems


@pytest.mark.parametrize("path", toc_pages() + ["search.html", "genindex.html"])
def test_every_page_loads_cleanly_and_stays_local(browser, site, path):
    page, problems = visit(browser, f"{site}/{path}")
    assert page.title()
    page.close()
    assert not problems, problems


def test_search_finds_chinese_and_the_right_chapter(browser, site):
    page, problems = visit(browser, f"{site}/search.html?q={quote('制造业')}")
    page.wait_for_selector("#search-results ul.search li a", timeout=15000)
    hrefs = page.eval_on_selector_all("#search-results ul.search li a", "els => els.map(e => e.getAttribute('href'))")
    page.close()
    assert any("06_language" in h for h in hrefs), hrefs
    assert not problems, problems


def test_a_claim_links_to_its_line(browser, site):
    page, problems = visit(browser, f"{site}/book/03_claims.html")
    link = page.locator("#claims-table a[href*='11_source.html#L']").first
    target = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("#" + target)
    assert page.locator(f"tr#{target}").is_visible()
    assert page.locator("mark.claim").count() > 0
    page.close()
    assert not problems, problems




# --- What a reader sees -------------------------------------------------------------------

SOURCE_SIGNS = ("|---", "---|", "$\\", "\\mathdefault", "\\frac", "{glue:", "```")


@pytest.mark.parametrize("path", toc_pages())
def test_no_page_shows_markdown_or_latex_source_and_every_table_is_a_table(browser, site, path):
    page, problems = visit(browser, f"{site}/{path}")
    main = page.locator("main").first
    text = main.inner_text()
    shown = [sign for sign in SOURCE_SIGNS if sign in text]
    # a Markdown table that was not turned into a <table> shows as lines of | cells |
    pipe_rows = [ln for ln in text.splitlines() if ln.strip().startswith("|") and ln.strip().endswith("|")
                 and ln.count("|") >= 3]
    alts = page.eval_on_selector_all("main img", "els => els.map(e => e.alt || '')")
    svg_text = page.eval_on_selector_all("main svg text", "els => els.map(e => e.textContent)")
    page.close()
    assert not shown and not pipe_rows, (shown, pipe_rows[:3])
    assert not [a for a in alts + svg_text if "$" in a or "\\" in a], alts + svg_text
    assert not problems, problems


KEY_PHRASES = {  # phrase: a chapter that must come up (the page's most repeated terms, places, compounds)
    "高质量发展": "06_language",
    "跨省通办": "06_language",
    "制造业": "06_language",
    "成渝地区双城经济圈": "09_glossary",
    "两江新区": "05_voices",
    "脱贫攻坚": "05_voices",
    "外贸": "03_claims",
    "重庆日报": "01_edition",
    "新华社": "02_anatomy",
}


def search_results(browser, site, query: str) -> tuple[list[str], list[str], list[str]]:
    page, problems = visit(browser, f"{site}/search.html?q={quote(query)}")
    page.wait_for_function("document.querySelector('#search-results .search-summary') && "
                           "document.querySelector('#search-results .search-summary').textContent.length > 0",
                           timeout=20000)
    page.wait_for_timeout(500)  # snippets arrive after the list
    hrefs = page.eval_on_selector_all("#search-results ul.search li a", "els => els.map(e => e.getAttribute('href'))")
    snippets = page.eval_on_selector_all("#search-results ul.search li p.context", "els => els.map(e => e.textContent)")
    page.close()
    return hrefs, snippets, problems


@pytest.mark.parametrize("phrase", KEY_PHRASES)
def test_searching_a_key_phrase_finds_its_chapter_with_prose_snippets(browser, site, html, phrase):
    hrefs, snippets, problems = search_results(browser, site, phrase)
    assert any(KEY_PHRASES[phrase] in h for h in hrefs), (phrase, hrefs)
    for h in hrefs:  # no page that lacks a piece of the phrase (Chinese words are mostly two characters)
        text = (html / h.split("#")[0].split("?")[0]).read_text(encoding="utf-8")
        assert all(ch in text for ch in phrase), (phrase, h)
    code = [s for s in snippets if "code cell" in s or "import " in s or "pd." in s or "glue(" in s]
    assert not code, code[:2]
    assert not problems, problems


def test_the_query_is_split_into_terms_the_index_holds(browser, site):
    page, problems = visit(browser, f"{site}/search.html?q={quote('高质量发展')}")
    page.wait_for_function("typeof Search !== 'undefined' && Search._index !== null", timeout=20000)
    pieces = page.evaluate("splitQuery('成渝地区双城经济圈 and 高质量发展')")
    unknown = page.evaluate("(ps) => ps.filter(p => !/^[a-z]+$/.test(p) && !Search._fpVocabulary.has(p))", pieces)
    page.close()
    assert "".join(pieces) == "成渝地区双城经济圈and高质量发展" and "and" in pieces, pieces
    assert len(pieces) >= 3 and not unknown, (pieces, unknown)  # every Chinese piece is an indexed term
    assert not problems, problems


def test_code_is_not_searchable(browser, site):
    hrefs, _, problems = search_results(browser, site, "glue")
    assert not hrefs, hrefs  # every chapter's code calls glue(); no page's prose says it
    assert not problems, problems


def test_every_download_link_resolves_and_a_downloaded_notebook_says_how_to_run_it(browser, site):
    import json

    checked = 0
    for path in toc_pages():
        page, problems = visit(browser, f"{site}/{path}")
        hrefs = page.eval_on_selector_all("a[download], a[href*='downloads/'], a[href$='.ipynb']",
                                          "els => els.map(e => e.href)")
        for href in set(hrefs):
            r = page.request.get(href)
            assert r.status == 200, (path, href, r.status)
            if href.endswith(".ipynb"):
                first = json.loads(r.body())["cells"][0]
                assert "make lab" in "".join(first["source"]), href
            elif href.endswith(".csv"):
                assert r.body().startswith(b"\xef\xbb\xbf"), href
            checked += 1
        page.close()
        assert not problems, problems
    assert checked >= 30


def test_the_claims_workbook_is_linked_and_holds_the_chapters_tables(browser, site):
    from io import BytesIO

    from openpyxl import load_workbook

    page, problems = visit(browser, f"{site}/book/03_claims.html")
    href = page.eval_on_selector("a[href$='claims.xlsx']", "e => e.href")
    body = page.request.get(href).body()
    page.close()
    sheets = load_workbook(BytesIO(body)).sheetnames
    assert sheets[0] == "claims (every field)" and "every claim on the page" in sheets and "checks" in sheets, sheets
    assert not problems, problems


@pytest.mark.parametrize("path, table", [("book/03_claims.html", "#claims-table"),
                                         ("book/02_anatomy.html", "table.fp-interactive")])
def test_long_tables_sort_and_filter(browser, site, path, table):
    page, problems = visit(browser, f"{site}/{path}")
    wrapper = page.locator(".dt-container").filter(has=page.locator(table)).first
    rows = wrapper.locator("tbody tr")
    before = rows.count()
    first_id = rows.first.locator("td").first.inner_text()
    wrapper.locator(".dt-search input").fill(first_id)
    page.wait_for_timeout(300)
    assert 1 <= rows.count() <= before and first_id in rows.first.inner_text()
    wrapper.locator(".dt-search input").fill("")
    wrapper.locator("thead th").first.click()
    wrapper.locator("thead th").first.click()  # descending
    page.wait_for_timeout(300)
    assert rows.first.locator("td").first.inner_text() != first_id or before == 1
    page.close()
    assert not problems, problems


def test_an_interactive_table_shows_hostile_text_as_text(browser, tmp_path):
    """Text from an edition is data: DataTables moves our escaped cells, it never parses them."""
    import pandas as pd

    from frontpage.book.display import table
    from frontpage.book.sphinxext import write_datatables

    write_datatables(tmp_path)
    shutil.copy(ROOT / "book" / "_static" / "fp-tables.js", tmp_path)
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    df = pd.DataFrame({"id": [f"C{i}" for i in range(30)], "text": [hostile] + ["高质量发展"] * 29})
    (tmp_path / "t.html").write_text(
        '<html><head><meta charset="utf-8"><script src="fp-datatables.js"></script><script src="fp-tables.js"></script>'
        f"</head><body>{table(df, caption='x', interactive=True)._repr_html_()}</body></html>", encoding="utf-8")
    page = browser.new_page()
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((tmp_path / "t.html").as_uri())
    page.wait_for_selector(".dt-container")
    page.locator(".dt-search input").fill("script")
    page.wait_for_timeout(300)
    cell = page.locator("table.fp-interactive tbody tr td").nth(1).inner_text()
    page.close()
    assert cell == hostile and not dialogs and not errors, (cell, dialogs, errors)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_first_click_of_the_colour_button_visibly_switches(browser, site, scheme):
    page, problems = visit(browser, f"{site}/book/03_claims.html", color_scheme=scheme)
    page.evaluate("localStorage.clear()")
    page.reload(wait_until="networkidle")
    background = "getComputedStyle(document.body).backgroundColor"
    before = (page.evaluate("document.documentElement.dataset.theme"), page.evaluate(background))
    page.locator(".theme-switch-button").first.click()
    page.wait_for_timeout(300)
    after = (page.evaluate("document.documentElement.dataset.theme"), page.evaluate(background))
    # our tables follow the mode: light text on the page's own background in dark mode
    cell = page.evaluate("""() => { const td = document.querySelector('table.fp-table td');
        const rgb = getComputedStyle(td).color.match(/\\d+/g).map(Number);
        return [(0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]) / 255,
                getComputedStyle(td.closest('.text_html')).backgroundColor]; }""")
    page.locator(".theme-switch-button").first.click()
    page.wait_for_timeout(300)
    again = page.evaluate("document.documentElement.dataset.theme")
    page.close()
    assert before[0] != after[0] and before[1] != after[1], (before, after)
    dark = after[0] == "dark"
    assert (cell[0] > 0.6) == dark and (cell[1] == "rgba(0, 0, 0, 0)" or not dark), cell
    assert again == before[0]
    assert not problems, problems


@pytest.mark.parametrize("device, width", [("desktop", 1280), ("phone", 390)])
def test_screenshots_of_every_page_for_people_to_look_at(browser, site, device, width):
    SHOTS.mkdir(parents=True, exist_ok=True)
    for path in toc_pages() + ["search.html"]:
        target = f"{site}/{path}" + (f"?q={quote('高质量发展')}" if path == "search.html" else "")
        page, problems = visit(browser, target, width=width)
        page.wait_for_timeout(300)
        out = SHOTS / f"{Path(path).stem}-{device}.png"
        page.screenshot(path=str(out), full_page=True, timeout=120_000)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        page.close()
        assert out.stat().st_size > 20_000 and not problems, (path, problems)
        assert overflow <= 1, (path, device, overflow)  # nothing wider than the screen: wide tables scroll inside
