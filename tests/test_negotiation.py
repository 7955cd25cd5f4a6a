"""Content negotiation on firesld IRIs: ``firesld serve`` and the w3id rules in a real Apache httpd.

The same cases (:data:`tests.sitekit.ACCEPT_CASES`) run against both. ``firesld serve`` runs as a
subprocess on a free port; Apache (Debian ``apache2``, installed by ``make apache``) runs with its
own configuration in a temporary folder, on 127.0.0.1 and a free port: its document root is the
built site (the static host) and ``/w3id/firesld/`` holds the generated ``.htaccess``, as the
w3id.org registry would. Both are stopped by PID by fixture finalizers.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from firesld.site.routes import htaccess
from tests.sitekit import (
    ACCEPT_CASES,
    BROWSER,
    MEDIA,
    UNKNOWN,
    built_site,
    follow,
    free_port,
    request,
    stop,
)

APACHE = Path("/usr/sbin/apache2")
MODULES = Path("/usr/lib/apache2/modules")
_RDF = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "trig": ox.RdfFormat.TRIG,
}

pytestmark = pytest.mark.slow


def wait_for(url: str, process: subprocess.Popen[bytes], log: Path, seconds: float = 60) -> None:
    """Poll a URL until it answers; fail if the process exits or it takes too long."""
    deadline = time.monotonic() + seconds
    while True:
        assert process.poll() is None, f"exited ({process.returncode}): {log.read_text()[-2000:]}"
        try:
            request(url)
            return
        except OSError:
            assert time.monotonic() < deadline, f"{url} did not answer: {log.read_text()[-2000:]}"
            time.sleep(0.1)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``firesld serve`` on a free port; yields its base URL."""
    folder = tmp_path_factory.mktemp("serve")
    port = free_port()
    log = folder / "log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "firesld", "serve", "--port", str(port)],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "no_proxy": "127.0.0.1"},
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 90
        while "YASGUI: " not in log.read_text():
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "firesld serve did not start"
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/"
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                stop(process)
        try:
            os.killpg(process.pid, signal.SIGKILL)  # anything left of its process group
        except ProcessLookupError:
            pass


@pytest.fixture(scope="module")
def apache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Apache httpd serving the built site, with the w3id rules under /w3id/firesld/."""
    if not APACHE.is_file():
        pytest.fail("Apache httpd is not installed: run `make apache`")
    folder = tmp_path_factory.mktemp("apache")
    port = free_port()
    docroot = folder / "site"
    shutil.copytree(built_site(), docroot)
    w3id = folder / "w3id" / "firesld"
    w3id.mkdir(parents=True)
    (w3id / ".htaccess").write_text(htaccess(f"http://127.0.0.1:{port}/"))
    for path in [folder, *folder.rglob("*")]:  # httpd's workers may run as www-data
        path.chmod(0o755 if path.is_dir() else 0o644)
    for parent in folder.parents:
        if parent == Path(parent.anchor):
            break
        parent.chmod(parent.stat().st_mode | 0o011)
    modules = ["mpm_event", "authz_core", "dir", "mime", "rewrite", "alias"]
    user = "User www-data\nGroup www-data\n" if os.geteuid() == 0 else ""
    config = folder / "httpd.conf"
    config.write_text(
        f'ServerRoot "{folder}"\nServerName 127.0.0.1\nListen 127.0.0.1:{port}\n'
        f'PidFile "{folder}/httpd.pid"\nErrorLog "{folder}/error.log"\nLogLevel warn\n'
        f'DefaultRuntimeDir "{folder}"\nMutex file:{folder}\n{user}'
        + "".join(f"LoadModule {m}_module {MODULES}/mod_{m}.so\n" for m in modules)
        + f'TypesConfig /etc/mime.types\nDocumentRoot "{docroot}"\nDirectoryIndex index.html\n'
        f'<Directory "{folder}">\n  AllowOverride All\n  Require all granted\n</Directory>\n'
        f'Alias /w3id/firesld/ "{w3id}/"\n'
    )
    log = folder / "error.log"
    log.touch()
    process = subprocess.Popen(
        [str(APACHE), "-f", str(config), "-DFOREGROUND"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=log.open("ab"),
        start_new_session=True,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/index.html", process, log)
        yield f"http://127.0.0.1:{port}/"
    finally:
        stop(process)
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def check_answer(base: str, iri_base: str, path: str, accept: str, expected: str) -> None:
    """One negotiation case: 303 to the expected file, which is served with the right type."""
    statuses, final, headers, body = follow(iri_base + path, accept)
    assert statuses == [303, 200], (path, accept, statuses, final)
    assert final == base + expected, (path, accept)
    ext = expected.rsplit(".", 1)[1]
    assert headers["content-type"].split(";")[0] == MEDIA[ext], (path, accept, headers)
    if ext == "html":
        assert b"<h1>" in body
        return
    parsed = list(ox.parse(body, format=_RDF[ext]))
    named = {str(x.value) for t in parsed for x in (t.subject, t.predicate, t.object)}
    if path.startswith(("entity/", "claim/", "vocab/", "publication/", "study/")):
        assert "https://w3id.org/firesld/" + path in named, (path, accept)


@pytest.mark.parametrize(("path", "accept", "expected"), ACCEPT_CASES)
def test_serve_negotiates_firesld_iris(served: str, path: str, accept: str, expected: str) -> None:
    """``firesld serve``: HTML for a browser, Turtle/N-Triples/JSON-LD/TriG by Accept."""
    check_answer(served, served, path, accept, expected)


@pytest.mark.parametrize(("path", "accept", "expected"), ACCEPT_CASES)
def test_w3id_rules_negotiate_in_apache(apache: str, path: str, accept: str, expected: str) -> None:
    """The generated w3id .htaccess in Apache httpd answers the same cases the same way."""
    check_answer(apache, apache + "w3id/firesld/", path, accept, expected)


@pytest.mark.parametrize("path", UNKNOWN)
def test_unknown_paths_get_a_helpful_404(served: str, apache: str, path: str) -> None:
    """A path that names nothing ends in 404 with the page saying what firesld IRIs look like."""
    for start in (served, apache + "w3id/firesld/"):
        statuses, _final, headers, body = follow(start + path, BROWSER)
        assert statuses[-1] == 404, (start, path, statuses)
        assert headers["content-type"].startswith("text/html")
        assert b"No firesld page here" in body and b"entity/" in body


def test_serve_keeps_sparql_and_yasgui_where_they_were(served: str) -> None:
    """``/query`` still answers SPARQL (through the front server), ``/`` is still YASGUI."""
    ask = urllib.request.Request(
        served
        + "query?query="
        + urllib.parse.quote("ASK { ?s a <https://w3id.org/firesld/vocab/Claim> }"),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(ask, timeout=30) as answer:
        assert answer.read().replace(b" ", b"") == b'{"head":{},"boolean":true}'
    status, _headers, body = request(served)
    assert status == 200 and b"yasgui" in body.lower()


def test_serve_weighs_accept_quality(served: str) -> None:
    """Beyond the w3id rules (which ignore q): HTML ranked above Turtle gets HTML."""
    status, headers, _ = request(served + "claim/abstract-14", "text/turtle;q=0.5, text/html")
    assert status == 303 and headers["location"] == "/claim/abstract-14.html"
    assert headers["vary"] == "Accept"


def test_apache_serves_rdf_files_with_their_media_types(apache: str) -> None:
    """The static host's .htaccess gives the RDF files of the site their media types."""
    for file_name, media in [
        ("claim/abstract-14.ttl", "text/turtle"),
        ("claim/abstract-14.jsonld", "application/ld+json"),
        ("claim/abstract-14.nt", "application/n-triples"),
        ("np/0.1.0/abstract-14.trig", "application/trig"),
    ]:
        status, headers, _ = request(apache + file_name)
        assert status == 200 and headers["content-type"].split(";")[0] == media


def test_query_page_opens_its_query_in_the_yasgui_of_serve(served: str) -> None:
    """From the query page ``firesld serve`` serves, the YASGUI link runs the query there."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from tests.test_browser import quit_chromium, start_chromium

    driver, profile = start_chromium()
    try:
        driver.get(served + "sparql-examples/hedged-vs-asserted.html")
        link = driver.find_element(By.PARTIAL_LINK_TEXT, "Open it in the YASGUI")
        assert link.get_attribute("href").startswith(served + "#query=")
        link.click()
        wait = WebDriverWait(driver, 30)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".yasqe_queryButton"))
        editor = driver.execute_script(
            "return document.querySelector('.CodeMirror').CodeMirror.getValue();"
        )
        assert "firesld:certainty" in editor
        driver.find_element(By.CSS_SELECTOR, ".yasqe_queryButton").click()
        wait.until(lambda d: "225" in (d.find_element(By.CSS_SELECTOR, ".yasr").text or ""))
    finally:
        quit_chromium(driver, profile)
