"""HTTP transport: the one client every store request goes through, with deadlines and retries.

:func:`_send` sends one request with ``urllib.request`` (Basic authentication sent with the first
request, digest answered from the server's challenge) and reads the whole answer, or the body of
an error answer, into memory. :func:`_sparql_query`, :func:`_sparql_update` and :func:`_put_graph`
are the SPARQL 1.1 Protocol and Graph Store Protocol requests on top of it. :func:`_within` bounds
a request's total time, :func:`_with_retries` retries its transient failures, and
:func:`_describe` says in a few words what went wrong.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.message import Message
from functools import partial
from typing import Any, cast, overload

from firesld.errors import DeadlineExceededError, EndpointError, QueryError
from firesld.store.base import (
    _T,
    _UPLOAD_TYPE,
    _USER_AGENT,
    PASSWORD_VARIABLE,
    Notify,
    _check_iri,
    _check_url,
    _one_line,
    display_url,
    logger,
)
from firesld.store.settings import Credentials, Endpoints, RetryPolicy

#: The most of an error answer's body kept for the message (which shows at most a line of it).
_ERROR_BODY_BYTES = 64 * 1024


class _StatusError(Exception):
    """An answer with an error status, and what the server sent with it (read within the deadline)."""

    def __init__(self, url: str, status: int, body: str, headers: Message) -> None:
        super().__init__(f"{display_url(url)}: HTTP {status}")
        #: The HTTP status.
        self.status = status
        #: The body of the answer, decoded (the server's error message).
        self.body = body
        #: The headers of the answer.
        self.headers = headers

    @property
    def challenge(self) -> str:
        """The ``WWW-Authenticate`` header ('' if none)."""
        return str(self.headers.get("WWW-Authenticate") or "")


class _ChallengeError(OSError):
    """The server asks for an authentication scheme firesld does not speak (Bearer …)."""


@dataclass(frozen=True)
class _Answer:
    """A successful answer: its media type (lower case, without parameters), body and headers."""

    media: str
    body: bytes
    headers: Message = field(repr=False)


def _http_status(code: int, body: str) -> tuple[bool, str]:
    """Say whether an HTTP error status is transient, and describe it."""
    if code in (401, 403):
        what = "unauthorised" if code == 401 else "forbidden"
        return False, f"HTTP {code} {what} (check --user and ${PASSWORD_VARIABLE})"
    detail = f": {body}" if body else ""
    if code == 404:
        return False, f"HTTP 404 not found{detail} (is it the right URL?)"
    return code in (408, 429) or code >= 500, f"HTTP {code}{detail}"


def _describe(err: BaseException, timeout: float) -> tuple[bool, str]:
    """Say whether a failure is transient (worth a retry), and what happened in a few words."""
    if isinstance(err, _StatusError):
        return _http_status(err.status, _one_line(err.body))
    if isinstance(err, _ChallengeError):
        return False, f"HTTP 401: the store asks for an authentication --auth cannot give ({err})"
    if isinstance(err, urllib.error.URLError):
        if isinstance(err.reason, BaseException):
            return _describe(err.reason, timeout)
        return False, _one_line(str(err.reason))
    if isinstance(err, DeadlineExceededError):
        return True, f"no answer within {timeout:g} s"  # in all: connect and every read
    if isinstance(err, TimeoutError):
        return True, f"no answer within {timeout:g} s"
    if isinstance(err, ConnectionRefusedError):
        return False, "connection refused (is the store running?)"
    if isinstance(err, ConnectionError):
        return True, f"connection cut ({type(err).__name__})"
    if isinstance(err, http.client.HTTPException):
        return True, f"broken HTTP answer ({type(err).__name__})"
    if isinstance(err, socket.gaierror):
        return False, f"unknown host ({err.strerror})"
    if isinstance(err, OSError):
        return False, f"unreachable ({err.strerror or err})"
    return False, _one_line(str(err))


#: What a network call may raise: socket and HTTP errors, and error statuses (:class:`_StatusError`).
_NETWORK_ERRORS = (OSError, http.client.HTTPException, _StatusError)


#: Requests past their deadline whose threads may still be sending: see :func:`_settle`.
_abandoned: list[threading.Thread] = []


def _settle(seconds: float) -> None:
    """Give requests abandoned at their deadline up to ``seconds`` in all to end.

    Called before a retry or a clean-up, so that a late upload cannot land after the staging
    graph it wrote to was dropped (a stalled request ends at its socket timeout; only a server
    that keeps trickling holds one longer, and then this wait is bounded).
    """
    deadline = time.monotonic() + seconds
    for worker in list(_abandoned):
        worker.join(max(0.0, deadline - time.monotonic()))
        if not worker.is_alive():
            _abandoned.remove(worker)


def _within(action: Callable[[], _T], seconds: float) -> _T:
    """Run a network action with a total deadline, however slowly the server trickles.

    The socket timeout bounds each wait; this bounds their sum: the action runs in a daemon
    thread, and past the deadline the caller goes on with :class:`DeadlineExceededError` (the
    thread, blocked on a socket that has its own timeout, ends by itself or with the process).
    """
    box: list[tuple[bool, Any]] = []

    def run() -> None:
        try:
            box.append((True, action()))
        except BaseException as err:  # noqa: BLE001  # handed to the caller as is
            box.append((False, err))

    worker = threading.Thread(target=run, name="firesld-request", daemon=True)
    worker.start()
    worker.join(seconds)
    if not box:
        _abandoned.append(worker)
        raise DeadlineExceededError(f"no complete answer within {seconds:g} s")
    done, value = box[0]
    if not done:
        raise value
    return cast("_T", value)


@overload
def _with_retries(
    action: Callable[[], _T],
    *,
    what: str,
    url: str,
    policy: RetryPolicy,
    notify: Notify | None,
    landed: None = None,
) -> _T: ...


@overload
def _with_retries(
    action: Callable[[], object],
    *,
    what: str,
    url: str,
    policy: RetryPolicy,
    notify: Notify | None,
    landed: Callable[[], bool | None],
) -> None: ...


def _with_retries(
    action: Callable[[], _T],
    *,
    what: str,
    url: str,
    policy: RetryPolicy,
    notify: Notify | None,
    landed: Callable[[], bool | None] | None = None,
) -> _T | None:
    """Run a network action, retrying transient failures after the policy's waits.

    :param action: the call
    :param what: what the call does, for messages
    :param url: the endpoint, for messages
    :param policy: timeout and retries
    :param notify: told of each retry (one line)
    :param landed: for a request that must not be applied twice (an upload that adds, a swap),
        asked after a transient failure, once abandoned requests have settled: True when the
        request was applied and only its answer was lost (then None is returned), False when it
        left nothing and may be sent again, None when the store holds part of it (no retry)
    :returns: what the call returned
    :raises EndpointError: on a failure that is not transient, or after the last retry
    """
    delays = policy.delays()
    attempt = 0
    while True:
        try:
            return _within(action, policy.timeout)
        except _NETWORK_ERRORS as err:
            transient, reason = _describe(err, policy.timeout)
            if transient and landed is not None:
                _settle(policy.timeout)  # a late request must land before the store is asked
                state = landed()
                if state:
                    return None
                transient = state is not None
            if not transient or attempt == len(delays):
                tries = f" (after {attempt + 1} attempts)" if attempt else ""
                raise EndpointError(f"{display_url(url)}: {what}: {reason}{tries}") from err
            _tell(
                notify,
                f"{display_url(url)}: {what}: {reason}; retry {attempt + 1} of {len(delays)} "
                f"in {delays[attempt]:g} s",
            )
            time.sleep(delays[attempt])
            _settle(policy.timeout)
            attempt += 1


def _tell(notify: Notify | None, message: str) -> None:
    """Log a message and pass it to the caller's callback."""
    logger.info(message)
    if notify is not None:
        notify(message)


# ------------------------------------------------------------------------------------ the client


def _auth_handler(url: str, credentials: Credentials | None) -> urllib.request.BaseHandler | None:
    """Return the urllib handler that authenticates as the credentials say on a URL's server.

    Basic credentials go with the first request (no round trip for a 401 first); digest ones
    answer the server's challenge.
    """
    if credentials is None:
        return None
    parts = urllib.parse.urlsplit(url)
    server = urllib.parse.urlunsplit((parts.scheme, parts.netloc, "/", "", ""))
    if credentials.scheme == "digest":
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, server, credentials.user, credentials.password)
        return urllib.request.HTTPDigestAuthHandler(passwords)
    prior = urllib.request.HTTPPasswordMgrWithPriorAuth()
    prior.add_password(None, server, credentials.user, credentials.password, is_authenticated=True)
    return urllib.request.HTTPBasicAuthHandler(prior)


def _send(
    method: str,
    url: str,
    *,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    credentials: Credentials | None = None,
    timeout: float,
    authorise_first: bool = False,
    max_bytes: int | None = None,
) -> _Answer:
    """Send one request to a store and read its whole answer: the one way out to the network.

    :param method: the HTTP method
    :param url: an http(s) URL
    :param data: the body
    :param headers: more request headers (``Content-Type``, ``Accept``)
    :param credentials: for a store that needs authentication
    :param timeout: the socket timeout: for the connection and each read (:func:`_within` bounds
        their sum)
    :param max_bytes: bytes the answer may hold; past them reading stops with FLD-QUERY-SIZE
    :param authorise_first: with credentials, check them with a bodiless GET first (with digest
        ones, answering its challenge), so the body is sent once, already authorised, and only
        when the server takes the credentials (see :func:`_put_graph`)
    :returns: the answer
    :raises _StatusError: on an error status, with the body the server sent
    :raises OSError: when the store cannot be reached, or the connection fails
    """
    request = urllib.request.Request(  # noqa: S310  # _check_url: http(s) only
        _check_url(url),
        data=data,
        method=method,
        headers={"User-Agent": _USER_AGENT, **(headers or {})},
    )
    handler = _auth_handler(url, credentials)
    opener = urllib.request.build_opener(*([handler] if handler is not None else []))
    try:
        if authorise_first and isinstance(handler, urllib.request.HTTPDigestAuthHandler):
            _authorise(request, handler, timeout)
        elif authorise_first and credentials is not None:
            _refused(partial(_send, "GET", url, credentials=credentials, timeout=timeout))
        with opener.open(request, timeout=timeout) as response:
            body: bytes = response.read() if max_bytes is None else response.read(max_bytes + 1)
            answered: Message = response.headers
    except urllib.error.HTTPError as err:
        with err:
            raise _StatusError(url, err.code, _error_body(err), err.headers) from err
    except ValueError as err:  # urllib's auth handlers on a challenge they cannot answer
        if handler is None:
            raise
        raise _ChallengeError(_one_line(str(err))) from err
    if max_bytes is not None and len(body) > max_bytes:
        raise QueryError(
            f"{display_url(url)}: FLD-QUERY-SIZE: the answer passes {max_bytes} bytes; stopped "
            "(narrow the query or add LIMIT; raise it with --max-result-bytes)"
        )
    media = str(answered.get("Content-Type") or "").split(";")[0].strip().lower()
    return _Answer(media, body, answered)


def _error_body(err: urllib.error.HTTPError) -> str:
    """Read the body of an error answer (its first 64 KiB): the server's message."""
    try:
        return err.read(_ERROR_BODY_BYTES).decode("utf-8", "replace")
    except (OSError, http.client.HTTPException):
        return ""


def _authorise(
    request: urllib.request.Request,
    handler: urllib.request.HTTPDigestAuthHandler,
    timeout: float,
) -> None:
    """Add a digest ``Authorization`` to a request, from the challenge to a bodiless GET.

    The GET is sent again, answering the challenge, so that credentials the server refuses end
    in its 401 before the body is on its way (rather than in a connection cut midway). Nothing
    is added when the GET needs no authentication, or finds nothing (404: the graph does not
    exist, and nobody asked who we are).

    :raises _StatusError: when the GET fails otherwise than with a digest challenge, or the
        server refuses the credentials
    """
    url = request.full_url
    try:
        _send("GET", url, timeout=timeout)
        return
    except _StatusError as err:
        if err.status == 404:
            return
        if err.status != 401 or not err.challenge.lower().startswith("digest "):
            raise
        challenge = err.challenge[len("digest ") :]
    fields = urllib.request.parse_keqv_list(urllib.request.parse_http_list(challenge))
    probe = urllib.request.Request(url, method="GET")  # noqa: S310  # checked by _send
    answer = handler.get_authorization(probe, fields)
    if answer is None:
        return
    headers = {"Authorization": f"Digest {answer}"}
    _refused(partial(_send, "GET", url, headers=headers, timeout=timeout))
    answer = handler.get_authorization(request, fields)
    if answer is not None:
        request.add_unredirected_header("Authorization", f"Digest {answer}")


def _refused(probe: Callable[[], object]) -> None:
    """Send an authorised bodiless request, and raise only when it says the credentials are refused.

    :raises _StatusError: on HTTP 401 or 403
    """
    try:
        probe()
    except _StatusError as err:
        if err.status in (401, 403):
            raise


def _sparql_query(
    endpoint: str,
    text: str,
    *,
    accept: str,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
    credentials: Credentials | None,
    timeout: float,
    max_bytes: int | None = None,
) -> _Answer:
    """Send a SPARQL query (a form POST, with the protocol's dataset parameters) and read the answer.

    :param endpoint: the SPARQL query endpoint
    :param text: the query
    :param accept: the media types asked for
    :param default_graphs: ``default-graph-uri`` parameters
    :param named_graphs: ``named-graph-uri`` parameters
    :param credentials: for an endpoint that needs authentication
    :param timeout: see :func:`_send`
    :param max_bytes: see :func:`_send`
    :returns: the answer
    """
    fields = [("query", text)]
    fields += [("default-graph-uri", _check_iri(g)) for g in default_graphs]
    fields += [("named-graph-uri", _check_iri(g)) for g in named_graphs]
    return _send(
        "POST",
        endpoint,
        data=urllib.parse.urlencode(fields).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
        credentials=credentials,
        timeout=timeout,
        max_bytes=max_bytes,
    )


def _sparql_update(
    endpoint: str, text: str, *, credentials: Credentials | None, timeout: float
) -> None:
    """Send a SPARQL Update (``application/sparql-update``); the answer's body is ignored.

    :param endpoint: the SPARQL update endpoint
    :param text: the update
    :param credentials: for an endpoint that needs authentication
    :param timeout: see :func:`_send`
    """
    _send(
        "POST",
        endpoint,
        data=text.encode(),
        headers={"Content-Type": "application/sparql-update"},
        credentials=credentials,
        timeout=timeout,
    )


def _put_graph(
    endpoints: Endpoints,
    graph: str,
    data: bytes,
    credentials: Credentials | None,
    timeout: float,
    *,
    method: str = "PUT",
) -> None:
    """Replace one graph of the store by a Graph Store Protocol PUT (or add to it by a POST).

    With digest authentication the challenge is fetched first by a request without a body, so
    the upload is sent once, already authorised: sent unauthorised, Virtuoso answers 401 and
    closes the connection while the body is still on its way, which the client sees as a
    broken pipe rather than as the refusal. For the same reason credentials (digest or basic)
    are tried on a bodiless GET first: the store refuses wrong ones before the body is sent.
    """
    _send(
        method,
        endpoints.graph_url(graph),
        data=data,
        headers={"Content-Type": _UPLOAD_TYPE},
        credentials=credentials,
        timeout=timeout,
        authorise_first=True,
    )


def _server_software(url: str, timeout: float) -> str:
    """Return the ``Server`` header a SPARQL endpoint answers an ``ASK {}`` with ('' if none).

    Any answer will do, an error status included (its headers name the server too); a store
    that cannot be reached gives ''.
    """
    separator = "&" if urllib.parse.urlsplit(url).query else "?"
    ask = partial(
        _send,
        "GET",
        f"{url}{separator}query={urllib.parse.quote('ASK {}')}",
        headers={"Accept": "application/sparql-results+json"},
        timeout=timeout,
    )
    try:
        return str(_within(ask, timeout).headers.get("Server") or "")
    except _StatusError as err:
        return str(err.headers.get("Server") or "")
    except _NETWORK_ERRORS:
        return ""
