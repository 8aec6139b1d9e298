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


def visit(browser, url: str):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
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


def test_screenshots_for_people_to_look_at(browser, site):
    SHOTS.mkdir(parents=True, exist_ok=True)
    for name, path in (("index", "book/index.html"), ("claims", "book/03_claims.html")):
        page, problems = visit(browser, f"{site}/{path}")
        out = SHOTS / f"{name}.png"
        page.screenshot(path=str(out), full_page=True)
        page.close()
        assert out.stat().st_size > 20_000 and not problems, problems
