"""``TfsClient`` / ``AsyncTfsClient``: one object holding the connection and every resource."""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from types import TracebackType
from typing import Self, TypedDict, Unpack

import httpx
from tfs_api.client import Client

from ._resources import AsyncResources, Resources
from .connection import connect
from .retries import RetryPolicy


class ConnectOptions(TypedDict, total=False):
    """``connect``'s options, taken by ``TfsClient`` and ``AsyncTfsClient`` as keywords."""

    token: str | None
    bearer: bool
    timeout: float | httpx.Timeout | None
    retries: int | RetryPolicy
    user_agent: str | None
    verify: bool | str | ssl.SSLContext
    proxy: str | None
    headers: Mapping[str, str] | None
    max_reply_bytes: int | None
    deadline: float | None


class TfsClient(Resources):
    """The TFS / Azure DevOps REST API as resources: ``tfs.builds.get("Project", 391)``.

    Takes ``connect``'s options: ``token`` (a personal access token, or with ``bearer=True`` an
    OAuth token; never shown in reprs, logs or errors), ``timeout``, ``retries`` (a count or a
    ``RetryPolicy``), ``user_agent``, ``verify``, ``proxy``, ``headers``, ``max_reply_bytes``,
    ``deadline``, ``transport`` (replaces the network; retries still apply). ``api_version`` replaces every operation's default
    api-version (a method's own ``api_version=`` wins over it). Use ``with TfsClient(...) as
    tfs:`` or call ``close()``. ``api`` is the generated ``tfs_api`` client, for the
    ``tfs_api.api`` functions and ``tfs_client.call``/``paginate``.
    """

    def __init__(
        self,
        base_url: str,
        *,
        transport: httpx.BaseTransport | None = None,
        api_version: str | None = None,
        **options: Unpack[ConnectOptions],
    ) -> None:
        _check_keywords("TfsClient", options)
        version = _checked_version(api_version)
        self.api: Client = connect(base_url, transport=transport, api_version=version, **options)
        """The generated low-level client (``tfs_api.client.Client``), configured (with the
        same ``api_version`` for ``call``/``paginate``)."""
        self.api_version = version
        """The api-version sent with every call (``None``: each operation's documented one)."""
        self._attach_resources(self.api, self.api_version)

    def __repr__(self) -> str:
        return f"TfsClient({_shown(self.api)!r}, api_version={self.api_version!r})"

    def close(self) -> None:
        """Close the connections (the client cannot be used afterwards)."""
        self.api.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncTfsClient(AsyncResources):
    """The async twin of ``TfsClient``: ``await tfs.builds.get(...)``, ``async for`` over lists;
    ``transport`` is an ``httpx.AsyncBaseTransport``. Use ``async with AsyncTfsClient(...) as
    tfs:`` or ``await tfs.close()``."""

    def __init__(
        self,
        base_url: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        api_version: str | None = None,
        **options: Unpack[ConnectOptions],
    ) -> None:
        _check_keywords("AsyncTfsClient", options)
        version = _checked_version(api_version)
        self.api: Client = connect(
            base_url, async_transport=transport, api_version=version, **options
        )
        """The generated low-level client (``tfs_api.client.Client``), configured (with the
        same ``api_version`` for ``call``/``paginate``)."""
        self.api_version = version
        """The api-version sent with every call (``None``: each operation's documented one)."""
        self._attach_resources(self.api, self.api_version)

    def __repr__(self) -> str:
        return f"AsyncTfsClient({_shown(self.api)!r}, api_version={self.api_version!r})"

    async def close(self) -> None:
        """Close the connections (the client cannot be used afterwards)."""
        await self.api.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()


def _shown(api: Client) -> str:
    """The base URL without any user name or password in it."""
    return str(httpx.URL(api._base_url).copy_with(username=None, password=None))


def _check_keywords(owner: str, options: Mapping[str, object]) -> None:
    """A misspelt option raises the ``TypeError`` Python gives, naming ``owner`` (the class the
    caller called, not ``connect`` behind it)."""
    unknown = sorted(options.keys() - ConnectOptions.__annotations__.keys())
    if unknown:
        raise TypeError(
            f"{owner}() got an unexpected keyword argument {unknown[0]!r} (it takes base_url, "
            f"transport, api_version, {', '.join(ConnectOptions.__annotations__)})"
        )


def _checked_version(api_version: str | None) -> str | None:
    if api_version is not None and (not isinstance(api_version, str) or not api_version.strip()):
        raise TypeError(f"api_version must be a non-empty str or None, got {api_version!r}")
    return api_version
