"""What a failed exchange with the server was, in the same words whichever way it was sent (sync
or async: httpx's own messages differ, and an async timeout has none): where (``host:port``)
and what happened (refused, DNS failure, timed out after N s, dropped), then httpx's class."""

from __future__ import annotations

import socket
import ssl

import httpx

DEFAULT_PORTS = {"http": 80, "https": 443}

_TIMEOUTS: dict[type[httpx.TimeoutException], tuple[str, str]] = {
    httpx.ConnectTimeout: ("connect", "connecting to {where}"),
    httpx.ReadTimeout: ("read", "waiting for data from {where}"),
    httpx.WriteTimeout: ("write", "sending the request to {where}"),
    httpx.PoolTimeout: ("pool", "waiting for a free connection to {where}"),
}
"""Per timeout class: the ``timeout`` extension's key holding its seconds, and what was waited for."""


def endpoint(url: httpx.URL) -> str:
    """``host:port`` of ``url`` (the scheme's port when it names none; IPv6 in brackets)."""
    host = f"[{url.host}]" if ":" in url.host else url.host
    port = url.port or DEFAULT_PORTS.get(url.scheme)
    return f"{host}:{port}" if port else host


def describe_failure(exc: httpx.HTTPError, request: httpx.Request | None) -> str:
    """What failed and where, never empty: e.g. ``could not connect to tfs:443: connection
    refused (ConnectError)``, ``connecting to tfs:443 timed out after 10 s (ConnectTimeout)``."""
    kind = type(exc).__name__
    where = endpoint(request.url) if request is not None else "the server"
    for timeout_class, (phase, doing) in _TIMEOUTS.items():
        if isinstance(exc, timeout_class):
            seconds = _seconds(request, phase)
            after = f" after {seconds:g} s" if seconds is not None else ""
            return f"{doing.format(where=where)} timed out{after} ({kind})"
    if isinstance(exc, httpx.ConnectError):
        doing, reason = f"could not connect to {where}", _connect_reason(exc)
    elif isinstance(exc, (httpx.NetworkError, httpx.RemoteProtocolError)):
        doing, reason = f"the connection to {where} failed", _reason(exc)
    else:  # the deadline, a reply changed while resuming, a proxy or protocol failure
        doing, reason = f"the exchange with {where} failed", _text(exc)
    return f"{doing}: {reason} ({kind})" if reason else f"{doing} ({kind})"


def _seconds(request: httpx.Request | None, phase: str) -> float | None:
    timeouts = request.extensions.get("timeout", {}) if request is not None else {}
    value = timeouts.get(phase)
    return float(value) if isinstance(value, (int, float)) else None


def _connect_reason(exc: httpx.ConnectError) -> str:
    cause = _os_error(exc)
    if isinstance(cause, socket.gaierror):
        return f"DNS failure: {_lower_first(_strerror(cause)) or 'the name was not resolved'}"
    if isinstance(cause, ConnectionRefusedError):
        return "connection refused"
    if isinstance(cause, ssl.SSLCertVerificationError):
        return f"TLS certificate check failed: {cause.reason}, {cause.verify_message}"
    if isinstance(cause, ssl.SSLError):
        return f"TLS failed: {cause.reason or _strerror(cause)}"
    if isinstance(cause, TimeoutError):
        return "timed out"
    return _reason(exc)


def _reason(exc: httpx.HTTPError) -> str:
    """The operating system's words for the failure (``connection reset by peer``), else the
    exception's text ("" when it has none)."""
    cause = _os_error(exc)
    text = _strerror(cause) if cause is not None else ""
    return _lower_first((text or _text(exc)).rstrip("."))


def _os_error(exc: BaseException) -> OSError | None:
    """The operating system's error behind ``exc`` (through httpcore's and anyio's wrappers
    and exception groups): the first one with an error number, else the first one."""
    found: list[OSError] = []
    pending: list[BaseException] = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, OSError):
            found.append(current)
        if isinstance(current, BaseExceptionGroup):
            pending.extend(current.exceptions)
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)
    numbered = [error for error in found if error.errno is not None]
    return next(iter(numbered or found), None)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _strerror(error: OSError) -> str:
    return str(error.strerror or "").strip()


def _text(exc: BaseException) -> str:
    """The exception's message, unless it only repeats its class name."""
    text = " ".join(str(exc).split())
    return "" if text == type(exc).__name__ else text
