"""The site in a real browser: Debian's Chromium driven by Selenium through /usr/bin/chromedriver.

``make browser`` installs ``chromium``, ``chromium-driver`` and ``fonts-noto-cjk``; nothing is
downloaded. Pages are opened from ``file://`` (the site needs no server and no network). Screenshots
are kept in ``tests/artifacts/screenshots/`` (git-ignored) for people to look at.
"""

from __future__ import annotations

import itertools
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.constants import REPO
from tests.sitekit import built_site, remove

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = REPO / "tests" / "artifacts" / "screenshots"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
DESKTOP = (1280, 900)
PHONE = (390, 844)

pytestmark = pytest.mark.slow


def start_chromium(env: dict[str, str] | None = None) -> tuple[Any, Path]:
    """Start Chromium (headless, a fresh profile) under chromedriver; return driver and profile."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    if not (CHROMIUM.is_file() and CHROMEDRIVER.is_file()):
        pytest.fail("Chromium or chromedriver is not installed: run `make browser`")
    profile = Path(tempfile.mkdtemp(prefix="firesld-chromium-"))
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*FLAGS, f"--user-data-dir={profile}", f"--window-size={DESKTOP[0]},{DESKTOP[1]}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(str(CHROMEDRIVER), env=env)
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(30)
    return driver, profile


def quit_chromium(driver: Any, profile: Path) -> None:
    """Quit the browser and its driver (by the driver's own PID), and remove the profile."""
    process = driver.service.process
    try:
        driver.quit()
    finally:
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()
        remove(profile)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One Chromium for the module."""
    driver, profile = start_chromium()
    try:
        yield driver
    finally:
        quit_chromium(driver, profile)


@pytest.fixture(scope="module")
def site() -> Path:
    """Return the built site."""
    return built_site()


def url(site: Path, page: str) -> str:
    """Return the file:// URL of a site page."""
    return (site / page).as_uri()


def severe(driver: Any) -> list[str]:
    """Console errors since the last call."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_search_leads_to_the_entity_and_a_hedged_claim(browser: Any, site: Path) -> None:
    """Search 阿那白滞素 and anakinra, open anakinra, then its hedged abstract claim."""
    from selenium.webdriver.common.by import By

    browser.get(url(site, "index.html"))
    box = browser.find_element(By.ID, "search")
    for query in ("阿那白滞素", "anakinra"):
        box.clear()
        box.send_keys(query)
        links = browser.find_elements(By.CSS_SELECTOR, "#results a")
        texts = [a.text for a in links]
        assert "Anakinra · 阿那白滞素" in texts, (query, texts)
    assert re.fullmatch(r"\d+ match(es)?", browser.find_element(By.ID, "search-status").text)
    next(a for a in links if a.text == "Anakinra · 阿那白滞素").click()
    assert browser.current_url.endswith("/entity/CHEBI_231683.html")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Anakinra 阿那白滞素"
    card = browser.find_element(By.ID, "abstract-14")
    assert card.find_element(By.CSS_SELECTOR, ".certainty").text == "hedged (可能)"
    card.find_element(By.LINK_TEXT, "claim abstract-14").click()
    assert browser.current_url.endswith("/claim/abstract-14.html")
    certainty = browser.find_element(By.CSS_SELECTOR, ".certainty.hedged")
    assert certainty.is_displayed() and certainty.text == "hedged (可能)"
    quotes = {
        q.get_attribute("lang"): q.text for q in browser.find_elements(By.TAG_NAME, "blockquote")
    }
    assert "阿那白滞素可能有助于控制 FIRES 患者的癫痫发作" in quotes["zh"]
    assert (
        "anakinra may help control seizures" in quotes["en"].lower()
        or "anakinra" in quotes["en"].lower()
    )
    assert severe(browser) == []


def test_crawl_every_page_without_broken_links_or_console_errors(browser: Any, site: Path) -> None:
    """Open every page from file://; every link into the site names a file; no console error."""
    pages = sorted(
        p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.name != "404.html"
    )
    severe(browser)
    broken: list[tuple[str, str]] = []
    errors: list[tuple[str, str]] = []
    root = site.as_uri() + "/"
    for page in pages:
        browser.get(url(site, page))
        hrefs = browser.execute_script(
            "return Array.from(document.querySelectorAll('a[href], link[href], script[src], img[src]'))"
            ".map(e => e.href || e.src);"
        )
        for href in hrefs:
            if not href.startswith("file://"):
                continue
            if not href.startswith(root):
                broken.append((page, href))
                continue
            target = href[len(root) :].split("#")[0]
            if not (site / target).is_file():
                broken.append((page, href))
        errors += [(page, m) for m in severe(browser)]
    assert len(pages) > 500
    assert broken == [], broken[:10]
    assert errors == [], errors[:10]


def glyph_check(driver: Any, selector: str) -> dict[str, Any]:
    """Draw two CJK characters and a private-use one (tofu in any font) in the element's font.

    Returns whether the two CJK drawings differ from each other and from the tofu box. With no
    CJK font every character is drawn as the same missing-glyph box, so the check fails.
    """
    result: dict[str, Any] = driver.execute_script(
        """
        const el = document.querySelector(arguments[0]);
        const font = getComputedStyle(el).fontFamily;
        function draw(ch) {
          const c = document.createElement('canvas'); c.width = 64; c.height = 64;
          const g = c.getContext('2d'); g.fillStyle = '#fff'; g.fillRect(0, 0, 64, 64);
          g.fillStyle = '#000'; g.font = '48px ' + font; g.fillText(ch, 4, 52);
          return Array.from(g.getImageData(0, 0, 64, 64).data).join(',');
        }
        const a = draw('阿'), b = draw('那'), tofu = draw('\\uE000');
        return {font: font, differ: a !== b, notTofu: a !== tofu && b !== tofu};
        """,
        selector,
    )
    return result


def test_chinese_text_renders_with_a_cjk_font(browser: Any, site: Path, tmp_path: Path) -> None:
    """Chinese glyphs are real glyphs here, and the same check fails when no CJK font is found."""
    from selenium.webdriver.common.by import By

    browser.get(url(site, "entity/CHEBI_231683.html"))
    with_font = glyph_check(browser, "h1 span[lang=zh]")
    assert with_font["differ"] and with_font["notTofu"], with_font
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = browser.find_element(By.CSS_SELECTOR, "h1 span[lang=zh]").screenshot_as_png
    (ARTIFACTS / "cjk-with-font.png").write_bytes(shot)

    # The same page in a Chromium whose fontconfig sees only DejaVu (no CJK font).
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>{tmp_path}/cache</cachedir>"
        "</fontconfig>"
    )
    import os

    driver, profile = start_chromium({**os.environ, "FONTCONFIG_FILE": str(conf)})
    try:
        driver.get(url(site, "entity/CHEBI_231683.html"))
        without = glyph_check(driver, "h1 span[lang=zh]")
        tofu = driver.find_element(By.CSS_SELECTOR, "h1 span[lang=zh]").screenshot_as_png
    finally:
        quit_chromium(driver, profile)
    (ARTIFACTS / "cjk-without-font.png").write_bytes(tofu)
    assert not (without["differ"] and without["notTofu"]), without  # the check can fail
    assert shot != tofu


@pytest.mark.parametrize(
    "page",
    ["index.html", "entity/CHEBI_231683.html", "claim/abstract-14.html", "ontology.html"],
)
def test_screenshots_at_desktop_and_phone_width(browser: Any, site: Path, page: str) -> None:
    """Keep screenshots; at phone width nothing overflows the viewport sideways."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = page.replace("/", "-").removesuffix(".html")
    try:
        for label, (width, height) in (("desktop", DESKTOP), ("phone", PHONE)):
            browser.set_window_size(width, height)
            browser.get(url(site, page))
            (ARTIFACTS / f"{name}-{label}.png").write_bytes(browser.get_screenshot_as_png())
            overflow = browser.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"
            )
            assert overflow <= 1, (page, label, overflow)
    finally:
        browser.set_window_size(*DESKTOP)


def _luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else float(((c + 0.055) / 1.055) ** 2.4)

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg: tuple[float, float, float], bg: tuple[float, float, float]) -> float:
    """WCAG contrast ratio of two colours.

    >>> round(contrast((0, 0, 0), (255, 255, 255)), 1)
    21.0
    """
    a, b = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def _rgb(css: str) -> tuple[float, float, float]:
    numbers = [float(n) for n in re.findall(r"[\d.]+", css)[:3]]
    return numbers[0], numbers[1], numbers[2]


@pytest.mark.parametrize(
    "page",
    [
        "index.html",
        "entity/CHEBI_231683.html",
        "claim/abstract-14.html",
        "ontology.html",
        "sparql-examples/hedged-vs-asserted.html",
        "sparql-examples/index.html",
        "graph/index.html",
        "404.html",
    ],
)
def test_accessibility_headings_alt_text_and_contrast(browser: Any, site: Path, page: str) -> None:
    """One h1, no skipped heading level, alt text, and every text colour at WCAG AA (4.5:1)."""
    browser.get(url(site, page))
    report = browser.execute_script(
        """
        const levels = Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map(h => +h.tagName[1]);
        const noAlt = Array.from(document.images).filter(i => !(i.alt || '').trim()).map(i => i.src);
        function background(el) {
          for (; el; el = el.parentElement) {
            const bg = getComputedStyle(el).backgroundColor;
            if (bg && !bg.startsWith('rgba(0, 0, 0, 0)') && bg !== 'transparent') return bg;
          }
          return 'rgb(255, 255, 255)';
        }
        const pairs = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const seen = new Set();
        while (walker.nextNode()) {
          const el = walker.currentNode.parentElement;
          if (!walker.currentNode.textContent.trim() || seen.has(el)) continue;
          seen.add(el);
          const style = getComputedStyle(el);
          pairs.push([el.tagName + '.' + el.className, style.color, background(el)]);
        }
        return {levels: levels, noAlt: noAlt, pairs: pairs};
        """
    )
    levels = report["levels"]
    assert levels.count(1) == 1 and levels[0] == 1, levels
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels
    assert report["noAlt"] == []
    low = {
        (name, fg, bg, round(contrast(_rgb(fg), _rgb(bg)), 2))
        for name, fg, bg in report["pairs"]
        if contrast(_rgb(fg), _rgb(bg)) < 4.5
    }
    assert low == set(), sorted(low)[:10]
    assert len(report["pairs"]) > 5
