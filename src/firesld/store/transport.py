"""HTTP transport: requests with deadlines and retries, and one-line descriptions of failures."""

from __future__ import annotations

import ast
import base64
import http.client
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from typing import Any, cast, overload

from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    SPARQLWrapperException,
    Unauthorized,
)

from firesld.errors import DeadlineExceededError, EndpointError
from firesld.store.base import (
    _RESPONSE,
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


def _http_status(code: int, body: str) -> tuple[bool, str]:
    """Say whether an HTTP error status is transient, and describe it."""
    if code in (401, 403):
        what = "unauthorised" if code == 401 else "forbidden"
        return False, f"HTTP {code} {what} (check --user and ${PASSWORD_VARIABLE})"
    detail = f": {body}" if body else ""
    return code in (408, 429) or code >= 500, f"HTTP {code}{detail}"


def _error_body(err: urllib.error.HTTPError) -> str:
    """Read the body of an HTTP error answer, as one short line."""
    try:
        return _one_line(err.read().decode("utf-8", "replace"))
    except (OSError, http.client.HTTPException):
        return ""


def _server_message(err: SPARQLWrapperException) -> str:
    """Return the server's answer that SPARQLWrapper folded into its exception message."""
    text = str(err)
    match = _RESPONSE.search(text)
    if match is not None:
        try:
            value = ast.literal_eval(match.group(1))
        except (ValueError, SyntaxError):
            return text
        if isinstance(value, bytes):
            return value.decode("utf-8", "replace")
    return text


def _describe(err: BaseException, timeout: float) -> tuple[bool, str]:
    """Say whether a failure is transient (worth a retry), and what happened in a few words."""
    if isinstance(err, urllib.error.HTTPError):
        return _http_status(err.code, _error_body(err))
    if isinstance(err, EndPointInternalError):
        return True, f"HTTP 500: {_one_line(_server_message(err))}"
    if isinstance(err, Unauthorized):
        return _http_status(401, "")
    if isinstance(err, EndPointNotFound):
        return False, "HTTP 404 not found (is it the right URL?)"
    if isinstance(err, SPARQLWrapperException):
        return False, _one_line(_server_message(err))
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


#: What a network call may raise: socket and HTTP errors, and SPARQLWrapper's HTTP status errors.
_NETWORK_ERRORS = (OSError, http.client.HTTPException, SPARQLWrapperException)


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


def _sparql_client(
    endpoint: str,
    *,
    update: str | None = None,
    credentials: Credentials | None,
    timeout: float,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
) -> Any:
    """Return a SPARQLWrapper client for an endpoint (POST, content negotiation only)."""
    from SPARQLWrapper import BASIC, DIGEST, POST, SPARQLWrapper

    client = SPARQLWrapper(_check_url(endpoint), updateEndpoint=update, agent=_USER_AGENT)
    client.setMethod(POST)
    client.setOnlyConneg(True)
    client.setTimeout(timeout)  # type: ignore[arg-type]  # urlopen takes float seconds
    for graph in default_graphs:
        client.addDefaultGraph(_check_iri(graph))
    for graph in named_graphs:
        client.addNamedGraph(_check_iri(graph))
    if credentials is not None:
        client.setHTTPAuth(DIGEST if credentials.scheme == "digest" else BASIC)
        client.setCredentials(credentials.user, credentials.password)
    return client


def _read(client: Any) -> tuple[bytes, str]:
    """Send a SPARQLWrapper request and read the whole answer and its media type."""
    response = client.query().response
    try:
        body: bytes = response.read()
        media = str(response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    finally:
        response.close()
    return body, media


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
    broken pipe rather than as the refusal.
    """
    headers = {"Content-Type": _UPLOAD_TYPE, "User-Agent": _USER_AGENT}
    url = endpoints.graph_url(graph)
    # The URL's scheme is checked to be http(s) when the endpoints are made.
    request = urllib.request.Request(url, data=data, method=method, headers=headers)  # noqa: S310
    if credentials is not None and credentials.scheme == "digest":
        authorization = _digest_authorization(url, request, credentials, timeout)
        if authorization is not None:
            request.add_header("Authorization", authorization)
    elif credentials is not None:
        token = base64.b64encode(f"{credentials.user}:{credentials.password}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
        response.read()


def _digest_authorization(
    url: str, request: urllib.request.Request, credentials: Credentials, timeout: float
) -> str | None:
    """Return the ``Authorization`` header of a request, from the challenge of a bodiless GET.

    :returns: the header value, or None when the GET needs no authentication
    :raises urllib.error.HTTPError: when the GET fails otherwise than with a digest challenge
    """
    probe = urllib.request.Request(url, method="GET", headers={"User-Agent": _USER_AGENT})  # noqa: S310
    try:
        with urllib.request.urlopen(probe, timeout=timeout) as response:  # noqa: S310
            response.read()
        return None
    except urllib.error.HTTPError as err:
        challenge = str(err.headers.get("WWW-Authenticate") or "")
        if err.code != 401 or not challenge.lower().startswith("digest "):
            if err.code == 404:  # the graph does not exist, and nobody asked who we are
                return None
            raise
    fields = urllib.request.parse_http_list(challenge[len("digest ") :])
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, url, credentials.user, credentials.password)
    handler = urllib.request.HTTPDigestAuthHandler(manager)
    answer = handler.get_authorization(request, urllib.request.parse_keqv_list(fields))
    return None if answer is None else f"Digest {answer}"


def _server_software(url: str, timeout: float) -> str:
    """Return the ``Server`` header a SPARQL endpoint answers an ``ASK {}`` with ('' if none).

    Any answer will do, an error status included (its headers name the server too); a store
    that cannot be reached gives ''.
    """
    separator = "&" if urllib.parse.urlsplit(url).query else "?"
    probe = urllib.request.Request(  # noqa: S310  # http(s), checked when the endpoints are made
        f"{url}{separator}query={urllib.parse.quote('ASK {}')}",
        headers={"User-Agent": _USER_AGENT, "Accept": "application/sparql-results+json"},
    )

    def ask() -> str:
        try:
            with urllib.request.urlopen(probe, timeout=timeout) as response:  # noqa: S310
                response.read(65536)
                return str(response.headers.get("Server") or "")
        except urllib.error.HTTPError as err:
            return str(err.headers.get("Server") or "")

    try:
        return _within(ask, timeout)
    except _NETWORK_ERRORS:
        return ""
