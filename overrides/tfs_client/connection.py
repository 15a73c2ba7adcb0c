"""``connect``: a generated client configured with auth, timeouts, retries and a user agent."""

from __future__ import annotations

import functools
import os
import ssl
import sys
from collections.abc import Mapping
from typing import Any

import attrs
import httpx
from tfs_api.client import Client

from ._api_versions import version_key
from ._limits import DEFAULT_MAX_REPLY_BYTES
from ._version import __version__
from .auth import TokenAuth
from .errors import typed_error
from .retries import RetryPolicy, RetryTransport

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""30 seconds per read, write or pool wait, 10 seconds to connect."""

DEFAULT_RETRIES = 3
"""Re-sends after a 429/502/503/504 or a network failure, for idempotent methods."""


def _default_user_agent() -> str:
    return f"tfs-client/{__version__} python-httpx/{httpx.__version__}"


class DeferredTrustContext(ssl.SSLContext):
    """httpx's default verifying TLS context, loading its CA bundle at the first TLS use.

    Loading the bundle costs a fresh process more than its whole first call over plain
    ``http://`` (which never needs it); the requests-based official client also loads it only
    for its first ``https://`` connection. Certificates load before any handshake
    (``wrap_socket``/``wrap_bio``) or inspection of the store, from ``SSL_CERT_FILE``,
    ``SSL_CERT_DIR`` or certifi, as ``httpx.create_ssl_context()`` does.
    """

    _loaded = False

    def __new__(cls) -> DeferredTrustContext:
        context = super().__new__(cls, ssl.PROTOCOL_TLS_CLIENT)  # verifies host and chain
        if os.environ.get("SSLKEYLOGFILE") and not sys.flags.ignore_environment:
            context.keylog_filename = os.environ["SSLKEYLOGFILE"]  # as create_default_context
        return context

    def _load_trust(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        if os.environ.get("SSL_CERT_FILE"):
            self.load_verify_locations(cafile=os.environ["SSL_CERT_FILE"])
        elif os.environ.get("SSL_CERT_DIR"):
            self.load_verify_locations(capath=os.environ["SSL_CERT_DIR"])
        else:
            import certifi

            self.load_verify_locations(cafile=certifi.where())

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        self._load_trust()
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        self._load_trust()
        return super().wrap_bio(*args, **kwargs)

    def cert_store_stats(self) -> dict[str, int]:
        self._load_trust()
        return super().cert_store_stats()

    def get_ca_certs(self, binary_form: bool = False) -> Any:
        self._load_trust()
        return super().get_ca_certs(binary_form)


def _ssl_context(verify: bool | str) -> ssl.SSLContext:
    """httpx's default context (its CA bundle loaded at first use) for ``True``, no checks for
    ``False``; for a CA bundle file or folder, a context trusting it (httpx deprecates
    ``verify=<str>``)."""
    if isinstance(verify, str):
        if not os.path.exists(verify):
            raise FileNotFoundError(f"verify: no CA bundle file or folder at {verify!r}")
        if os.path.isdir(verify):
            return ssl.create_default_context(capath=verify)
        return ssl.create_default_context(cafile=verify)
    if verify:
        return DeferredTrustContext()
    return httpx.create_ssl_context(verify)


def _check_options(**options: tuple[object, ...]) -> None:
    """Each option ``name=(value, *allowed types or None)``: a ``TypeError`` naming the first
    option of another type (``bool`` is not taken for a number), before anything is built."""
    for name, (value, *kinds) in options.items():
        if value is None and None in kinds:
            continue
        types = tuple(kind for kind in kinds if isinstance(kind, type))
        number = bool in types or not isinstance(value, bool)
        if not (isinstance(value, types) and number):
            allowed = " or ".join("None" if kind is None else _name(kind) for kind in kinds)
            raise TypeError(f"{name} must be {allowed}, got {type(value).__name__} {value!r}")


def _check_timeout(timeout: float | httpx.Timeout | None) -> None:
    """``ValueError`` for a timeout that is not a positive number of seconds (``None``: none)."""
    values = timeout.as_dict() if isinstance(timeout, httpx.Timeout) else {"timeout": timeout}
    for name, value in values.items():
        if value is not None and not value > 0:
            raise ValueError(f"{name} must be a positive number of seconds or None, got {value!r}")


def _name(kind: object) -> str:
    module = getattr(kind, "__module__", "builtins")
    name = getattr(kind, "__qualname__", repr(kind))
    plain = module in ("builtins", "collections.abc", "tfs_client.retries")
    return name if plain else f"{module.split('.')[0]}.{name}"


@attrs.define
class ConnectedClient(Client):
    """The generated client ``connect`` returns, remembering its chosen ``api_version``
    (``None``: each operation's documented one); ``with_headers`` and the like keep it.
    ``direct_route`` lets a call hand a request straight to the transport and auth ``connect``
    gave its httpx clients (``_direct``).
    """

    api_version: str | None = attrs.field(default=None, kw_only=True)
    _built: tuple[httpx.Client | None, httpx.AsyncClient | None] = attrs.field(
        default=(None, None), init=False, repr=False, eq=False
    )

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._built = (super().get_httpx_client(), self._built[1])
        return super().get_httpx_client()

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._built = (self._built[0], super().get_async_httpx_client())
        return super().get_async_httpx_client()

    def direct_route(
        self, http: httpx.Client | httpx.AsyncClient
    ) -> tuple[RetryTransport, TokenAuth | None] | None:
        """The transport and auth to send a request to directly, when ``http`` is the httpx
        client built here from them and nothing was added since (event hooks, redirects,
        another auth) and it is open; ``None``: send through ``http``."""
        transport, auth = self._httpx_args.get("transport"), self._httpx_args.get("auth")
        if not isinstance(transport, RetryTransport) or http not in self._built:
            return None
        if http.is_closed or http.follow_redirects or http.auth is not auth:
            return None
        hooks = http.event_hooks
        if hooks["request"] or hooks["response"]:
            return None
        return transport, auth if isinstance(auth, TokenAuth) else None


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
    api_version: str | None = None,
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
    (``ApiTimeoutError`` past it; default none, only the per-read ``timeout``).
    ``api_version`` replaces every operation's default api-version in ``call``/``send``/
    ``paginate`` and the attachment transfers (a call's own ``api_version=`` wins; the
    generated functions called directly send what they are given). Close the client with
    ``with client:`` / ``async with client:``.
    """
    _check_options(
        base_url=(base_url, str),
        token=(token, str, None),
        bearer=(bearer, bool),
        timeout=(timeout, int, float, httpx.Timeout, None),
        retries=(retries, int, RetryPolicy),
        user_agent=(user_agent, str, None),
        verify=(verify, bool, str, ssl.SSLContext),
        proxy=(proxy, str, httpx.URL, httpx.Proxy, None),
        headers=(headers, Mapping, None),
        transport=(transport, httpx.BaseTransport, None),
        async_transport=(async_transport, httpx.AsyncBaseTransport, None),
        max_reply_bytes=(max_reply_bytes, int, None),
        deadline=(deadline, int, float, None),
        api_version=(api_version, str, None),
    )
    if api_version is not None:
        version_key(api_version)  # ValueError for text that is not an api-version
    _check_timeout(timeout)
    for key, value in (headers or {}).items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(f"headers must map str to str, got {key!r}: {value!r}")
    auth = TokenAuth(token, bearer=bearer) if token is not None else None
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an http(s) URL with a host, got {base_url!r}")
    if url.query or url.fragment:
        raise ValueError(
            "base_url is the collection URL (e.g. https://host/tfs/DefaultCollection): "
            f"it takes no query or fragment, got {base_url!r}"
        )
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
    anonymous = auth is None and "authorization" not in {key.lower() for key in all_headers}
    return ConnectedClient(
        api_version=api_version,
        base_url=str(url),
        status_error_hook=functools.partial(typed_error, anonymous=True)
        if anonymous
        else typed_error,
        headers=all_headers,
        timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        verify_ssl=verify,
        httpx_args={"transport": retrying, "auth": auth, "trust_env": False},
    )
