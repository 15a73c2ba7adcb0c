"""``connect``: a generated client configured with auth, timeouts, retries and a user agent."""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from importlib import metadata

import httpx
from tfs_api.client import Client

from ._limits import DEFAULT_MAX_REPLY_BYTES
from .auth import TokenAuth
from .errors import typed_error
from .retries import RetryPolicy, RetryTransport

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""30 seconds per read, write or pool wait, 10 seconds to connect."""

DEFAULT_RETRIES = 3
"""Re-sends after a 429/502/503/504 or a network failure, for idempotent methods."""


def _default_user_agent() -> str:
    try:
        version = metadata.version("tfs-client")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        version = "0"
    return f"tfs-client/{version} python-httpx/{httpx.__version__}"


def _ssl_context(verify: bool | str) -> ssl.SSLContext:
    """httpx's context for ``True``/``False``; for a CA bundle file or folder, a context trusting
    it (httpx deprecates ``verify=<str>``)."""
    if isinstance(verify, str):
        if os.path.isdir(verify):
            return ssl.create_default_context(capath=verify)
        return ssl.create_default_context(cafile=verify)
    return httpx.create_ssl_context(verify)


def connect(
    base_url: str,
    *,
    token: str | None = None,
    bearer: bool = False,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    retries: int | RetryPolicy = DEFAULT_RETRIES,
    user_agent: str | None = None,
    verify: bool | str | ssl.SSLContext = True,
    proxy: str | None = None,
    headers: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    max_reply_bytes: int | None = DEFAULT_MAX_REPLY_BYTES,
    deadline: float | None = None,
) -> Client:
    """Return a generated ``tfs_api`` client ready for every ``sync*`` and ``asyncio*`` function.

    With it, the generated ``sync()``/``asyncio()`` raise the typed ``TfsApiError`` for an error
    status or a malformed reply (never ``None``); ``*_detailed`` return every reply.

    ``base_url`` is the collection URL. ``token`` is a personal access token (basic auth, empty
    user) or, with ``bearer=True``, an OAuth/Entra token; it never appears in reprs, logs or
    errors. ``retries`` is a count (``0``: off) or a ``RetryPolicy``; only idempotent methods
    are retried by default. ``verify`` is ``True``, ``False``, a CA bundle path or an
    ``SSLContext``; proxy environment variables are not read. ``transport``/``async_transport``
    replace the network (``httpx.MockTransport`` serves both); retries still apply.
    ``max_reply_bytes`` bounds the decoded size of one reply read into memory (default 64 MiB;
    ``ReplyTooLargeError`` beyond; attachment downloads stream to disk and are exempt).
    ``deadline`` bounds, in seconds, each call as a whole: every attempt, wait and the body
    (``ApiTimeoutError`` past it; default none, only the per-read ``timeout``). Close the
    client with ``with client:`` / ``async with client:``.
    """
    auth = TokenAuth(token, bearer=bearer) if token is not None else None
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an http(s) URL with a host, got {base_url!r}")
    policy = retries if isinstance(retries, RetryPolicy) else RetryPolicy(retries=retries)
    if transport is None and async_transport is None:  # one TLS context: CAs are loaded once
        tls = verify if isinstance(verify, ssl.SSLContext) else _ssl_context(verify)
        transport = httpx.HTTPTransport(verify=tls, proxy=proxy)
        async_transport = httpx.AsyncHTTPTransport(verify=tls, proxy=proxy)
    retrying = RetryTransport(
        transport,
        async_wrapped=async_transport,
        policy=policy,
        max_reply_bytes=max_reply_bytes,
        deadline=deadline,
    )
    all_headers = {"User-Agent": user_agent or _default_user_agent(), **(headers or {})}
    return Client(
        base_url=str(url),
        status_error_hook=typed_error,
        headers=all_headers,
        timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        verify_ssl=verify,
        httpx_args={"transport": retrying, "auth": auth, "trust_env": False},
    )
