"""``call`` / ``acall``: run a generated operation and get its parsed result or a typed error."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from types import ModuleType
from typing import Any, ParamSpec, TypeVar, overload

import httpx
from tfs_api.client import AuthenticatedClient, Client
from tfs_api.errors import MalformedBody, UnexpectedStatus
from tfs_api.operation import Operation
from tfs_api.types import Response, parse_status_code

from ._api_versions import version_key
from ._direct import asend_direct, send_direct
from .connection import ConnectedClient
from .errors import (
    error_from_exception,
    error_from_response,
    is_success,
    sent_without_credentials,
    typed_error,
)

P = ParamSpec("P")
T = TypeVar("T")

GeneratedClient = AuthenticatedClient | Client
"""Either generated client class; ``connect`` returns one."""

OperationLike = Operation[Any] | Callable[..., Any]
"""An ``OPERATION`` descriptor, or one of its module's functions (``sync_detailed``...)."""


@overload
def call(operation: Operation[T], /, *args: Any, client: GeneratedClient, **kwargs: Any) -> T: ...
@overload
def call(operation: Callable[P, Response[T]], /, *args: P.args, **kwargs: P.kwargs) -> T: ...
def call(operation: OperationLike, /, *args: Any, **kwargs: Any) -> Any:
    """Run an operation and return its parsed reply (``None`` only for a documented 204).

    ``call(get_build.OPERATION, "Fabrikam", 391, client=client)`` (the module's
    ``sync_detailed`` is accepted too): any failure (error status, an undocumented 2xx, HTML or
    malformed body, timeout, dropped connection) raises a typed ``TfsApiError``.
    """
    return parse(*_exchange(operation, args, kwargs))


@overload
async def acall(
    operation: Operation[T], /, *args: Any, client: GeneratedClient, **kwargs: Any
) -> T: ...
@overload
async def acall(
    operation: Callable[P, Awaitable[Response[T]]], /, *args: P.args, **kwargs: P.kwargs
) -> T: ...
async def acall(operation: OperationLike, /, *args: Any, **kwargs: Any) -> Any:
    """The async twin of ``call`` (the module's ``asyncio_detailed`` is accepted too)."""
    return parse(*await _aexchange(operation, args, kwargs))


@overload
def send(
    operation: Operation[T], /, *args: Any, client: GeneratedClient, **kwargs: Any
) -> Response[T]: ...
@overload
def send(operation: Callable[..., Response[T]], /, *args: Any, **kwargs: Any) -> Response[T]: ...
def send(operation: OperationLike, /, *args: Any, **kwargs: Any) -> Response[Any]:
    """Like ``call`` but return the whole generated ``Response`` (status, headers, parsed)."""
    return decode(*_exchange(operation, args, kwargs))


@overload
async def asend(
    operation: Operation[T], /, *args: Any, client: GeneratedClient, **kwargs: Any
) -> Response[T]: ...
@overload
async def asend(
    operation: Callable[..., Awaitable[Response[T]]], /, *args: Any, **kwargs: Any
) -> Response[T]: ...
async def asend(operation: OperationLike, /, *args: Any, **kwargs: Any) -> Response[Any]:
    """The async twin of ``send``."""
    return decode(*await _aexchange(operation, args, kwargs))


def _exchange(
    operation: OperationLike, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[Operation[Any], httpx.Response]:
    """The operation's descriptor and its read reply (``call``/``send``)."""
    described = operation_of(operation)
    client, request = prepare(described, args, kwargs)
    return described, fetch(client, request, described.name)


async def _aexchange(
    operation: OperationLike, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[Operation[Any], httpx.Response]:
    """The async twin of ``_exchange`` (``acall``/``asend``)."""
    described = operation_of(operation)
    client, request = prepare(described, args, kwargs)
    return described, await afetch(client, request, described.name)


def operation_of(operation: object) -> Operation[Any]:
    """The descriptor for ``operation``: an ``OPERATION`` itself, or the one a generated
    function names (``get_build.sync_detailed.operation``); ``TypeError`` for anything else."""
    if isinstance(operation, Operation):
        return operation
    described = getattr(operation, "operation", None)
    if callable(operation) and isinstance(described, Operation):
        return described
    if isinstance(operation, ModuleType) and isinstance(
        getattr(operation, "OPERATION", None), Operation
    ):
        hint = f"; pass {operation.__name__}.OPERATION"
    else:
        hint = ""
    raise TypeError(
        "expected a tfs_api operation: an OPERATION descriptor such as "
        f"tfs_api.api.builds.get_build.OPERATION (or its module's sync_detailed), got {operation!r}"
        + hint
    )


def client_of(operation: Operation[Any], kwargs: dict[str, Any]) -> GeneratedClient:
    """Take ``client=`` out of ``kwargs``; ``TypeError`` naming the operation when it is
    missing or not a generated client."""
    if "client" not in kwargs:
        raise TypeError(f"{operation.name}: missing a required argument: 'client'")
    client = kwargs.pop("client")
    if not isinstance(client, (AuthenticatedClient, Client)):
        raise TypeError(
            f"{operation.name}: client must be a tfs_api Client (e.g. from tfs_client.connect), "
            f"got {type(client).__name__}"
        )
    if operation.api_version is not None and kwargs.get("api_version") is None:
        chosen = chosen_version(client, None)
        if chosen is not None:
            kwargs["api_version"] = chosen
    elif isinstance(kwargs.get("api_version"), str):
        version_key(kwargs["api_version"])  # ValueError for text that is not an api-version
    return client


def chosen_version(client: GeneratedClient, api_version: str | None) -> str | None:
    """The call's api-version, else the one ``connect(api_version=...)`` chose for ``client``."""
    if api_version is not None or not isinstance(client, ConnectedClient):
        return api_version
    return client.api_version


def prepare(
    operation: Operation[Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[GeneratedClient, dict[str, Any]]:
    """The client and the httpx request arguments, checked before anything is sent."""
    options = dict(kwargs)
    client = client_of(operation, options)
    return client, operation.request(*args, **options)


def under_base_url(
    http: httpx.Client | httpx.AsyncClient, request: dict[str, Any]
) -> dict[str, Any]:
    """The request with its path (percent-encoded by the descriptor) appended to the client's
    base URL and its query parameters encoded into it (unless the client has default
    parameters to merge), here: given a relative URL and
    ``params``, httpx parses the URL three times (relative, merged, with the parameters), over
    a third of the time it spends building a request."""
    url = request["url"]
    if not isinstance(url, str) or not url.startswith("/"):
        return request
    merged = f"{str(http.base_url).rstrip('/')}{url}"  # "http://host:8080" has no "/" to keep
    params = request.get("params")
    if not params or http.params:  # httpx would drop a URL's query to merge the client's params
        return {**request, "url": merged}
    return {**request, "url": f"{merged}?{httpx.QueryParams(params)}", "params": None}


def fetch(client: GeneratedClient, request: dict[str, Any], name: str) -> httpx.Response:
    """Send a request with the client's httpx client (straight to its transport when that is
    the same: ``_direct``); transport failures become typed errors."""
    http = client.get_httpx_client()
    try:
        built = http.build_request(**under_base_url(http, request))
        route = client.direct_route(http) if isinstance(client, ConnectedClient) else None
        if route is None:
            return http.send(built)
        return send_direct(http, route[0], route[1], built)
    except httpx.HTTPError as exc:
        raise error_from_exception(exc, operation=name) from exc
    except httpx.InvalidURL as exc:
        raise ValueError(f"{name}: the request cannot be sent: {exc}") from exc


async def afetch(client: GeneratedClient, request: dict[str, Any], name: str) -> httpx.Response:
    """The async twin of ``fetch``."""
    http = client.get_async_httpx_client()
    try:
        built = http.build_request(**under_base_url(http, request))
        route = client.direct_route(http) if isinstance(client, ConnectedClient) else None
        if route is None:
            return await http.send(built)
        return await asend_direct(http, route[0], route[1], built)
    except httpx.HTTPError as exc:
        raise error_from_exception(exc, operation=name) from exc
    except httpx.InvalidURL as exc:
        raise ValueError(f"{name}: the request cannot be sent: {exc}") from exc


def check_status(raw: httpx.Response, name: str) -> None:
    """Raise the typed error for a reply that is not a success."""
    if not is_success(raw.status_code, raw.headers):
        raise error_from_response(
            raw.status_code,
            raw.content,
            raw.headers,
            operation=name,
            anonymous=sent_without_credentials(raw),
        )


def parse(operation: Operation[T], raw: httpx.Response) -> T:
    """Parse a read reply with the descriptor: the documented result, or a typed error (an
    error status, an undocumented 2xx or a body that is not the documented type)."""
    check_status(raw, operation.name)
    try:
        return operation.parse(raw)
    except (UnexpectedStatus, MalformedBody) as exc:
        raise typed_error(exc) from (exc.__cause__ or exc)  # the decoder's own error, if any


def decode(operation: Operation[T], raw: httpx.Response) -> Response[T]:
    """``parse``, wrapped in the generated ``Response`` (status, body, headers, parsed)."""
    parsed = parse(operation, raw)
    return Response(
        status_code=parse_status_code(raw.status_code),
        content=raw.content,
        headers=raw.headers,
        parsed=parsed,
    )
