"""The web page in a real headless Chromium (Debian's `chromium`), driven by Playwright.

Playwright's own browser download does not work here, so the system browser is used. Without
/usr/bin/chromium the test skips on a developer machine and fails in CI (CI=true), where
`make browser` installs it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import ROOT
from tests.support.serving import running_server

CHROMIUM = Path("/usr/bin/chromium")
SEED_PATH = ROOT / "seeds" / "000_70781640f440581d.txt"
SEED = SEED_PATH.read_text(encoding="utf-8")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
TIMEOUT_MS = 20_000

if not CHROMIUM.exists() and not IN_CI:
    pytest.skip("no /usr/bin/chromium (run `make browser`); required in CI", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api") if not IN_CI else __import__(
    "playwright.sync_api", fromlist=["sync_playwright"]
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_server(tmp_path_factory.mktemp("page") / "cache") as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    assert CHROMIUM.exists(), "CI must install chromium (make browser)"
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
            timeout=TIMEOUT_MS,
        )
        yield b
        b.close()


@pytest.fixture
def page(browser, server: str) -> Iterator[object]:
    context = browser.new_context()
    # The page must work offline: any request that leaves the server is a bug.
    outside: list[str] = []
    context.on("request", lambda req: None if req.url.startswith(server) else outside.append(req.url))
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(server + "/")
    yield pg
    context.close()
    assert not outside, f"requests outside the server: {outside}"
    assert not errors, f"JavaScript errors: {errors}"


def test_paste_seed_and_see_summary_and_achieved_figure(page):
    page.fill("#text", SEED)
    page.click("#submit")
    page.wait_for_selector("#result:not([hidden])")
    summary = page.text_content("#summary")
    assert summary and any(summary[i:i + 8] in SEED for i in range(len(summary) - 7))
    assert page.is_visible("#result-title")
    # The figures table shows 60亿元 as achieved, at a glance: a badge in the row.
    row = page.locator("#figures tbody tr", has_text="60亿元").first
    row.wait_for()
    assert row.get_attribute("data-kind") == "achieved"
    badge = row.locator(".badge")
    assert "achieved" in badge.text_content()
    # The badge is coloured differently from the other kinds (green family for achieved).
    colour = badge.evaluate("el => getComputedStyle(el).color")
    assert colour == "rgb(31, 122, 61)", colour
    # What the page shows is what the API stored.
    href = page.locator("#doc-link").get_attribute("href")
    assert href.startswith("/v1/summaries/")
    stored = page.request.get(page.locator("#doc-link").evaluate("a => a.href")).json()
    assert stored["summary"] == summary
    assert page.locator("#figures tbody tr").count() == len(stored["figures"])


def test_clicking_a_figure_marks_its_span_in_the_original(page):
    page.fill("#text", SEED)
    page.click("#submit")
    page.wait_for_selector("#result:not([hidden])")
    stored = page.request.get(page.locator("#doc-link").evaluate("a => a.href")).json()
    figure = next(f for f in stored["figures"] if f["text"] == "60亿元")
    page.locator("#figures tbody tr", has_text="60亿元").first.click()
    page.wait_for_selector("#source-mark")
    assert page.is_visible("#source-mark")
    assert page.text_content("#source-mark") == figure["source_quote"] == SEED[figure["span"][0]:figure["span"][1]]
    # Evidence of a key point is found the same way.
    page.locator(".evidence summary").first.click()
    page.locator(".evidence blockquote").first.click()
    evidence = stored["key_points"][0]["evidence"][0]
    page.wait_for_function(
        "q => document.querySelector('#source-mark').textContent === q", arg=evidence["source_quote"]
    )


def test_upload_a_gbk_file(page, tmp_path: Path):
    path = tmp_path / "吕良镇.txt"
    path.write_bytes(SEED.encode("gbk"))
    page.set_input_files("#file", str(path))
    assert "吕良镇.txt" in page.text_content("#file-note")
    page.click("#submit")
    page.wait_for_selector("#result:not([hidden])")
    shown = page.text_content("#summary")
    assert shown and any(shown[i:i + 8] in SEED for i in range(len(shown) - 7))
    assert "gb" in page.text_content("#meta").lower()  # the detected encoding is shown
    # Spans point into the decoded file: the page decodes it the same way to show them.
    page.locator("#figures tbody tr").first.click()
    page.wait_for_selector("#source-mark")
    mark = page.text_content("#source-mark")
    assert mark and mark in SEED


def test_errors_are_shown_to_the_user(page):
    page.click("#submit")  # nothing pasted
    page.wait_for_selector("#error:not([hidden])")
    assert "Paste some text" in page.text_content("#error")
    page.fill("#text", "   ……   ")
    page.click("#submit")
    page.wait_for_function("document.querySelector('#error').textContent.includes('empty_document')")
    page.click("#options > summary")
    page.select_option("#mode", "llm")
    page.fill("#text", SEED)
    page.click("#submit")
    page.wait_for_function("document.querySelector('#error').textContent.includes('OPENAI_API_KEY')")
    assert page.is_hidden("#result")


def test_document_html_is_shown_as_text_not_run(page):
    page.fill("#text", "<img src=x onerror=\"document.title='pwned'\"><b>吕良镇</b>规上工业产值突破60亿元、同比增长86%。" * 3)
    page.click("#submit")
    page.wait_for_selector("#result:not([hidden])")
    assert page.title() != "pwned"
    assert page.locator("#result img").count() == 0
