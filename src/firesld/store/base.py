"""Names and helpers every part of the store package shares (IRIs, URLs, the release's graphs)."""

from __future__ import annotations

import logging
import re
import urllib.parse
from collections.abc import Callable
from typing import TypeVar

from firesld.constants import (
    CLAIMS_GRAPH,
    DATA_GRAPH,
    GRAPH_NS,
    IMPORTS_GRAPH,
    ONTOLOGY_GRAPH,
)
from firesld.errors import EndpointError
from firesld.version import VERSION

logger = logging.getLogger("firesld.store")

#: The environment variable the password of ``--user`` is read from (never from the command line).
PASSWORD_VARIABLE = "FIRESLD_PASSWORD"  # noqa: S105 (a variable name, not a password)
#: The HTTP authentication schemes: ``basic`` (Fuseki, GraphDB), ``digest`` (Virtuoso).
#: Staging graphs are named ``<STAGING_PREFIX><16 hex digits of the target's SHA-256>``.
STAGING_PREFIX = "urn:firesld:staging:"
#: The release's own named graphs (``firesld.nq``, ``firesld.trig``, ``firesld load --named-graphs``).
RELEASE_PART_GRAPHS = (ONTOLOGY_GRAPH, IMPORTS_GRAPH, DATA_GRAPH, CLAIMS_GRAPH)

_USER_AGENT = f"firesld/{VERSION}"
#: The media type of the uploads: N-Triples is a subset of Turtle, and every store reads Turtle.
_UPLOAD_TYPE = "text/turtle"
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\s]*")
_POSITION = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.DOTALL)

#: GSP path ending → (query path ending, update path ending, graph parameter), per store.
_STORE_PATHS: tuple[tuple[str, str, str, str], ...] = (
    ("/sparql-graph-crud-auth", "/sparql", "/sparql-auth", "graph-uri"),  # Virtuoso
    ("/sparql-graph-crud", "/sparql", "/sparql", "graph-uri"),  # Virtuoso, no authentication
    ("/rdf-graphs/service", "", "/statements", "graph"),  # GraphDB, RDF4J
    ("/store", "/query", "/update", "graph"),  # Oxigraph
    ("/data", "/sparql", "/update", "graph"),  # Fuseki (/DATASET/data)
)

_T = TypeVar("_T")
Notify = Callable[[str], None]


def default_graph_iri(version: str = VERSION) -> str:
    """Return the named graph ``firesld load`` uploads into by default.

    :param version: the release version
    :returns: ``https://w3id.org/firesld/graph/<version>``

    >>> default_graph_iri("0.1.0")
    'https://w3id.org/firesld/graph/0.1.0'
    """
    return f"{GRAPH_NS}{version}"


def _check_iri(iri: str) -> str:
    """Return an absolute IRI unchanged, or raise when it cannot be written as ``<iri>``."""
    if not _IRI.fullmatch(iri):
        raise EndpointError(f"{iri!r} is not an absolute IRI")
    return iri


def _check_url(url: str) -> str:
    """Return an http(s) URL unchanged, or raise when it is not one."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(f"{display_url(url)}: not an http:// or https:// URL")
    if "@" in parts.netloc:
        raise EndpointError(
            f"{display_url(url)}: a user name in the URL is not used; pass --user NAME, with the "
            f"password in ${PASSWORD_VARIABLE}"
        )
    return url


def display_url(url: str) -> str:
    """Return a URL without its user information, query string and fragment, for messages.

    >>> display_url("http://user:pw@127.0.0.1:7878/store?token=s3cret#x")
    'http://127.0.0.1:7878/store'
    """
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _one_line(text: str, limit: int = 200) -> str:
    """Squeeze a server's message into one short line."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
