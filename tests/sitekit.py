"""What the site, negotiation and browser tests share: one built site, HTTP without redirects.

The ``Accept`` cases are written once (:data:`ACCEPT_CASES`) and run against ``firesld serve`` and
against Apache httpd with the generated w3id rules, so both must answer them the same way.
"""

from __future__ import annotations

import atexit
import http.client
import shutil
import socket
import subprocess
import tempfile
import urllib.parse
from pathlib import Path

from firesld.site.build import build_site, write_site
from tests.constants import LAYOUT

#: A browser's Accept header (Chromium's).
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"

#: (IRI path under https://w3id.org/firesld/, Accept, the site file it must end at). Worked out from
#: the IRIs the release mints (exports/*.trig, firesld.void.ttl, the ontology header).
ACCEPT_CASES: list[tuple[str, str, str]] = [
    ("entity/il1-receptor-trimer", BROWSER, "entity/il1-receptor-trimer.html"),
    ("entity/il1-receptor-trimer", "text/turtle", "entity/il1-receptor-trimer.ttl"),
    ("entity/il1-receptor-trimer", "application/n-triples", "entity/il1-receptor-trimer.nt"),
    ("entity/il1-receptor-trimer", "application/ld+json", "entity/il1-receptor-trimer.jsonld"),
    ("claim/abstract-14", "text/html", "claim/abstract-14.html"),
    ("claim/abstract-14", "text/turtle", "claim/abstract-14.ttl"),
    ("claim/t1-anakinra-02/quantity", "text/turtle", "claim/t1-anakinra-02.ttl"),
    ("claim/s2.2.1-01", "application/ld+json", "claim/s2.2.1-01.jsonld"),
    ("vocab/Claim", BROWSER, "vocab/Claim.html"),
    ("vocab/hedged", "text/turtle", "vocab/hedged.ttl"),
    ("vocab/certainty", "application/n-triples", "vocab/certainty.nt"),
    ("graph/claims", "text/turtle", "graph/claims.ttl"),
    ("graph/data", BROWSER, "graph/data.html"),
    ("firesld.owl", BROWSER, "ontology.html"),
    ("firesld.owl", "text/turtle", "ontology.ttl"),
    ("releases/0.1.0/firesld.owl", "text/turtle", "ontology.ttl"),
    ("releases/0.1.0/firesld.owl", BROWSER, "ontology.html"),
    ("publication/review", "text/turtle", "publication/review.ttl"),
    ("publication/ref-27", BROWSER, "publication/ref-27.html"),
    ("study/anakinra-case-girl-11y", "application/ld+json", "study/anakinra-case-girl-11y.jsonld"),
    ("dataset", "text/turtle", "dataset.ttl"),
    ("dataset/0.1.0", BROWSER, "index.html"),
    ("np/0.1.0/abstract-14", "application/trig", "np/0.1.0/abstract-14.trig"),
    ("np/0.1.0/abstract-14", BROWSER, "claim/abstract-14.html"),
    ("sparql-examples/hedged-vs-asserted", BROWSER, "sparql-examples/hedged-vs-asserted.html"),
    ("sparql-examples/hedged-vs-asserted", "text/turtle", "sparql-examples/hedged-vs-asserted.ttl"),
    ("sparql-examples/", BROWSER, "sparql-examples/index.html"),  # the examples' collection
    ("sparql-examples/", "application/ld+json", "sparql-examples/index.jsonld"),
    (
        "entity/il1-receptor-trimer",
        "application/ld+json, */*;q=0.1",
        "entity/il1-receptor-trimer.jsonld",
    ),
]

#: Paths that name nothing: the answer must end in a 404.
UNKNOWN = ["entity/no-such-thing", "claim/no-such-claim", "nothing/here"]

#: Media type of each site file extension.
MEDIA = {
    "html": "text/html",
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "trig": "application/trig",
}

_BUILT: dict[str, Path] = {}


def built_site() -> Path:
    """Build the site once per test session (into a temporary folder) and return its folder."""
    if "site" not in _BUILT:
        folder = Path(tempfile.mkdtemp(prefix="firesld-test-site-")) / "site"
        atexit.register(remove, folder.parent)
        write_site(build_site(LAYOUT, w3id_target="http://127.0.0.1:1/"), folder)
        _BUILT["site"] = folder
    return _BUILT["site"]


def free_port() -> int:
    """Return a port on 127.0.0.1 nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def request(url: str, accept: str = BROWSER) -> tuple[int, dict[str, str], bytes]:
    """GET a URL without following redirects; return status, headers (lower-case), body."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port or 80, timeout=30)
    try:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        connection.request("GET", path, headers={"Accept": accept})
        answer = connection.getresponse()
        return answer.status, {k.lower(): v for k, v in answer.getheaders()}, answer.read()
    finally:
        connection.close()


def follow(url: str, accept: str) -> tuple[list[int], str, dict[str, str], bytes]:
    """GET a URL and follow redirects; return the statuses, the final URL, headers and body."""
    statuses = []
    for _ in range(5):
        status, headers, body = request(url, accept)
        statuses.append(status)
        if status in (301, 302, 303, 307, 308):
            url = urllib.parse.urljoin(url, headers["location"])
            continue
        return statuses, url, headers, body
    raise AssertionError(f"too many redirects from {url}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a process by its PID: terminate, wait, kill if it does not exit."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def remove(folder: Path) -> None:
    """Remove a temporary folder."""
    shutil.rmtree(folder, ignore_errors=True)
