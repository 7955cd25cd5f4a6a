"""Store settings: endpoints, credentials and the retry policy."""

from __future__ import annotations

import os
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field

from firesld.constants import AUTH_SCHEMES
from firesld.errors import EndpointError
from firesld.store.base import (
    _STORE_PATHS,
    PASSWORD_VARIABLE,
    _check_url,
    display_url,
)


@dataclass(frozen=True)
class Credentials:
    """A user name and password for HTTP authentication; the password is never shown."""

    user: str
    password: str = field(repr=False)
    scheme: str = "basic"

    @classmethod
    def from_environment(
        cls,
        user: str,
        *,
        scheme: str = "basic",
        environ: Mapping[str, str] | None = None,
    ) -> Credentials:
        """Take the password of a user from ``$FIRESLD_PASSWORD``.

        :param user: the user name
        :param scheme: ``basic`` or ``digest`` (see :data:`AUTH_SCHEMES`)
        :param environ: the environment; ``os.environ`` by default
        :returns: the credentials
        :raises EndpointError: when the variable is not set or the scheme is unknown

        >>> Credentials.from_environment("dba", environ={"FIRESLD_PASSWORD": "secret"})
        Credentials(user='dba', scheme='basic')
        """
        if scheme not in AUTH_SCHEMES:
            raise EndpointError(
                f"unknown authentication {scheme!r}; use {' or '.join(AUTH_SCHEMES)}"
            )
        password = (os.environ if environ is None else environ).get(PASSWORD_VARIABLE)
        if password is None:
            raise EndpointError(
                f"--user {user}: set the password in the environment variable {PASSWORD_VARIABLE}"
            )
        return cls(user, password, scheme)


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait for each answer, and how often to retry a transient failure."""

    #: Seconds to wait for a connection and for each read of the answer.
    timeout: float = 60.0
    #: Retries after the first attempt (0: no retry).
    retries: int = 3
    #: The first wait before a retry, in seconds; doubled for each further retry.
    backoff: float = 0.5
    #: The longest wait before a retry, in seconds.
    max_backoff: float = 8.0

    def delays(self) -> list[float]:
        """Return the waits before each retry.

        :returns: one wait per retry, doubling from :attr:`backoff` up to :attr:`max_backoff`

        >>> RetryPolicy(retries=6).delays()
        [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
        """
        return [min(self.backoff * 2**i, self.max_backoff) for i in range(self.retries)]


@dataclass(frozen=True)
class Endpoints:
    """The three URLs of a store: Graph Store Protocol, SPARQL query and SPARQL update."""

    store: str
    query: str
    update: str
    #: The name of the graph parameter of the GSP endpoint (``graph``; Virtuoso: ``graph-uri``).
    graph_parameter: str = "graph"

    @classmethod
    def from_store_url(
        cls, url: str, *, query: str | None = None, update: str | None = None
    ) -> Endpoints:
        """Derive the query and update endpoints from the Graph Store Protocol URL.

        :param url: the GSP endpoint (Oxigraph ``/store``, Fuseki ``/DATASET/data``, GraphDB
            ``/repositories/REPO/rdf-graphs/service``, Virtuoso ``/sparql-graph-crud-auth``)
        :param query: the SPARQL query endpoint, when it cannot be derived
        :param update: the SPARQL update endpoint, when it cannot be derived
        :returns: the endpoints
        :raises EndpointError: when a URL is not http(s), or an endpoint cannot be derived

        >>> e = Endpoints.from_store_url("http://127.0.0.1:3030/firesld/data")
        >>> e.query, e.update
        ('http://127.0.0.1:3030/firesld/sparql', 'http://127.0.0.1:3030/firesld/update')
        >>> Endpoints.from_store_url("http://127.0.0.1:7878/store").graph_url("urn:x:g")
        'http://127.0.0.1:7878/store?graph=urn%3Ax%3Ag'
        """
        parts = urllib.parse.urlsplit(_check_url(url))
        path = parts.path.rstrip("/")
        parameter = "graph-uri" if "/sparql-graph-crud" in path else "graph"
        for ending, query_ending, update_ending, graph_parameter in _STORE_PATHS:
            if path.endswith(ending):
                base = path[: -len(ending)]
                parameter = graph_parameter
                query = query or urllib.parse.urlunsplit(parts._replace(path=base + query_ending))
                update = update or urllib.parse.urlunsplit(
                    parts._replace(path=base + update_ending)
                )
                break
        if query is None or update is None:
            raise EndpointError(
                f"{display_url(url)}: cannot tell the store's SPARQL endpoints from this URL; "
                "give --query-endpoint and --update-endpoint"
            )
        return cls(url, _check_url(query), _check_url(update), parameter)

    def graph_url(self, graph: str) -> str:
        """Return the GSP URL of one named graph.

        :param graph: the graph IRI
        :returns: the store URL with the graph parameter added
        """
        separator = "&" if urllib.parse.urlsplit(self.store).query else "?"
        return f"{self.store}{separator}{urllib.parse.urlencode({self.graph_parameter: graph})}"
