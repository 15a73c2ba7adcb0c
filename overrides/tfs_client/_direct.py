"""Sending a request straight to the client's own retrying transport.

``httpx.Client.send`` spends over half of its time on a fresh request (about as long as
decoding a build) turning every reply into ``urllib`` objects to look for cookies that TFS
replies do not set, and stepping through the auth and redirect generators. When the httpx
client is the one ``connect`` built and nothing was added to it since (no event hooks,
redirects, other auth; still open), a call does the same steps itself: the token header, the
transport (retries, limits), the reply bound to its request with its elapsed time, cookies
kept when a reply sets some, httpx's log line, the body read (or the reply closed). Anything
else goes through ``httpx.Client.send`` unchanged.
"""

from __future__ import annotations

import datetime
import logging
import time

import httpx

from .auth import TokenAuth

_httpx_log = logging.getLogger("httpx")


def send_direct(
    http: httpx.Client,
    transport: httpx.BaseTransport,
    auth: TokenAuth | None,
    request: httpx.Request,
) -> httpx.Response:
    """``http.send(request)`` for a client that adds nothing to its transport and auth."""
    if auth is not None:
        auth.sign(request)
    start = time.perf_counter()
    try:
        response = transport.handle_request(request)
        try:
            response.read()
        except BaseException:
            response.close()
            raise
    except httpx.RequestError as exc:
        _attach(exc, request)
        raise
    return _finish(http, request, response, start)


async def asend_direct(
    http: httpx.AsyncClient,
    transport: httpx.AsyncBaseTransport,
    auth: TokenAuth | None,
    request: httpx.Request,
) -> httpx.Response:
    """The async twin of ``send_direct``."""
    if auth is not None:
        auth.sign(request)
    start = time.perf_counter()
    try:
        response = await transport.handle_async_request(request)
        try:
            await response.aread()
        except BaseException:
            await response.aclose()
            raise
    except httpx.RequestError as exc:
        _attach(exc, request)
        raise
    return _finish(http, request, response, start)


def _attach(exc: httpx.RequestError, request: httpx.Request) -> None:
    """Name the request in an error raised without one (as httpx does around its transport)."""
    try:
        exc.request  # noqa: B018 - raises RuntimeError when unset
    except RuntimeError:
        exc.request = request


def _finish(
    http: httpx.Client | httpx.AsyncClient,
    request: httpx.Request,
    response: httpx.Response,
    start: float,
) -> httpx.Response:
    response.request = request
    response.elapsed = datetime.timedelta(seconds=time.perf_counter() - start)
    if "set-cookie" in response.headers or "set-cookie2" in response.headers:
        http.cookies.extract_cookies(response)
    _httpx_log.info(
        'HTTP Request: %s %s "%s %d %s"',
        request.method,
        request.url,
        response.http_version,
        response.status_code,
        response.reason_phrase,
    )
    return response
