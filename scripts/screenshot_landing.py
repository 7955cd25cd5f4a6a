#!/usr/bin/env python3
"""Take the README's screenshot of the landing page: write docs/site-landing.png.

A maintainer's script, not part of the package. It builds the site from the committed release into
a temporary folder, opens ``index.html`` from ``file://`` in Debian's Chromium (the one the browser
tests drive, ``make browser``), searches 阿那白滞素 and keeps the first screen, 1000×617 pixels.
Run it from the repository after a change that shows on the landing page (its counts, text or
style)::

    python scripts/screenshot_landing.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from firesld.constants import Layout  # noqa: E402
from firesld.site.build import build_site, write_site  # noqa: E402
from tests.test_browser import quit_chromium, start_chromium  # noqa: E402

OUTPUT = REPO / "docs" / "site-landing.png"
SIZE = (1000, 617)


def main() -> None:
    """Build the site, search 阿那白滞素 on its landing page and save the screenshot."""
    from selenium.webdriver.common.by import By

    folder = Path(tempfile.mkdtemp(prefix="firesld-screenshot-"))
    try:
        write_site(build_site(Layout(REPO)), folder / "site")
        driver, profile = start_chromium()
        try:
            driver.set_window_size(*SIZE)
            width, height = driver.execute_script("return [window.innerWidth, window.innerHeight];")
            driver.set_window_size(2 * SIZE[0] - width, 2 * SIZE[1] - height)  # the viewport
            driver.get((folder / "site" / "index.html").as_uri())
            driver.find_element(By.ID, "search").send_keys("阿那白滞素")
            OUTPUT.write_bytes(driver.get_screenshot_as_png())
        finally:
            quit_chromium(driver, profile)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    sys.stdout.write(f"wrote {OUTPUT.relative_to(REPO)}\n")


if __name__ == "__main__":
    main()
