"""``call`` / ``acall``: run a generated operation and get its parsed result or a typed error."""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Awaitable, Callable
from types import ModuleType
from typing import Any, ParamSpec, TypeVar, cast

import httpx
from tfs_api.client import AuthenticatedClient, Client
from tfs_api.types import Response

from .errors import (
    MalformedResponseError,
    error_from_exception,
    error_from_response,
    is_success,
    snippet,
)

P = ParamSpec("P")
T = TypeVar("T")

GeneratedClient = AuthenticatedClient | Client
"""Either generated client class; ``connect`` returns one."""

_PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)


def call(operation: Callable[P, Response[T]], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a generated ``sync_detailed`` function and return its parsed reply (``None`` for 204).

    ``call(get_build.sync_detailed, "Fabrikam", 391, client=client)``: any failure (error
    status, HTML or malformed body, timeout, dropped connection) raises a typed ``TfsApiError``.
    """
    return send(operation, *args, **kwargs).parsed  # type: ignore[return-value]


async def acall(
    operation: Callable[P, Awaitable[Response[T]]], /, *args: P.args, **kwargs: P.kwargs
) -> T:
    """The async twin of ``call``, for ``asyncio_detailed`` functions."""
    return (await asend(operation, *args, **kwargs)).parsed  # type: ignore[return-value]


def send(operation: Callable[..., Response[T]], /, *args: Any, **kwargs: Any) -> Response[T]:
    """Like ``call`` but return the whole generated ``Response`` (status, headers, parsed)."""
    module, name, client, request = prepare(operation, "sync_detailed", args, kwargs)
    return decode(module, name, client, fetch(client, request, name))


async def asend(
    operation: Callable[..., Awaitable[Response[T]]], /, *args: Any, **kwargs: Any
) -> Response[T]:
    """The async twin of ``send``, for ``asyncio_detailed`` functions."""
    module, name, client, request = prepare(operation, "asyncio_detailed", args, kwargs)
    return decode(module, name, client, await afetch(client, request, name))


def operation_name(operation: Callable[..., Any]) -> str:
    """The generated module's name for an operation function, e.g. ``"list_builds"``."""
    return operation.__module__.rpartition(".")[2]


def operation_module(operation: Callable[..., Any], expected: str) -> ModuleType:
    """The generated module an operation function belongs to; ``TypeError`` if it is not one."""
    module = sys.modules.get(operation.__module__)
    if (
        module is None
        or getattr(operation, "__name__", None) != expected
        or not callable(getattr(module, "_get_kwargs", None))
    ):
        raise TypeError(
            f"expected a generated tfs_api operation's {expected} function, got {operation!r}"
        )
    return module


@functools.cache
def signature(operation: Callable[..., Any]) -> inspect.Signature:
    """An operation function's signature, computed once."""
    return inspect.signature(operation)


def check_arguments(
    operation: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    """Raise ``TypeError`` naming the operation and the argument when the call would not bind."""
    try:
        signature(operation).bind(*args, **kwargs)
    except TypeError as exc:
        raise TypeError(f"{operation_name(operation)}: {exc}") from None


def prepare(
    operation: Callable[..., Any], expected: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[ModuleType, str, GeneratedClient, dict[str, Any]]:
    """The operation's module, name, client and request arguments (from ``_get_kwargs``)."""
    module = operation_module(operation, expected)
    options = {key: value for key, value in kwargs.items() if key != "client"}
    try:
        request = module._get_kwargs(*args, **options)
    except TypeError:  # the generated code's message names _get_kwargs: say which argument
        check_arguments(operation, args, kwargs)
        raise
    if "client" not in kwargs:
        check_arguments(operation, args, kwargs)
    return module, operation_name(operation), kwargs["client"], request


def fetch(client: GeneratedClient, request: dict[str, Any], name: str) -> httpx.Response:
    """Send a request with the client's httpx client; transport failures become typed errors."""
    try:
        return client.get_httpx_client().request(**request)
    except httpx.HTTPError as exc:
        raise error_from_exception(exc, operation=name) from exc


async def afetch(client: GeneratedClient, request: dict[str, Any], name: str) -> httpx.Response:
    """The async twin of ``fetch``."""
    try:
        return await client.get_async_httpx_client().request(**request)
    except httpx.HTTPError as exc:
        raise error_from_exception(exc, operation=name) from exc


def check_status(raw: httpx.Response, name: str) -> None:
    """Raise the typed error for a reply that is not a success."""
    if not is_success(raw.status_code, raw.headers):
        raise error_from_response(raw.status_code, raw.content, raw.headers, operation=name)


def decode(
    module: ModuleType, name: str, client: GeneratedClient, raw: httpx.Response
) -> Response[Any]:
    """Check a reply's status and parse it with the generated ``_build_response``."""
    check_status(raw, name)
    try:
        return cast(Response[Any], module._build_response(client=client, response=raw))
    except _PARSE_ERRORS as exc:
        raise MalformedResponseError(
            f"could not parse the reply ({type(exc).__name__}: {exc})",
            operation=name,
            status=raw.status_code,
            text=snippet(raw.content),
            headers=raw.headers,
        ) from exc
