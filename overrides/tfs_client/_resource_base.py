"""The base classes of the generated resources: a method checks its arguments, then runs its
operation's descriptor through tfs_client's ``call`` / ``paginate`` helpers (and their async
twins)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeVar

import attrs
from tfs_api.operation import ListOperation, Operation
from tfs_api.types import UNSET

from ._api_versions import version_key
from .calls import GeneratedClient, afetch, fetch, parse
from .errors import MalformedResponseError

if TYPE_CHECKING:  # paging loads with the first list method called (a first get needs none of it)
    from .paging import AsyncPaginator, Paginator, PagingStyle

T = TypeVar("T")
ItemT = TypeVar("ItemT")

MethodKind = Literal["call", "items", "pages", "upload", "download"]


@attrs.frozen
class ResourceMethod:
    """One resource method and one spec operation behind it (the command line walks these).

    ``kind``: ``call`` returns the parsed reply (``None`` for a 204), ``items`` the list inside
    a ``{count, value}`` reply, ``pages`` a ``Paginator``; ``upload``/``download`` stream a
    file (``stream_method`` names the download's byte-iterator twin, e.g. ``iter_bytes``).
    ``selector`` is the keyword that picks this operation over its sibling (``result_id``).
    """

    resource: str
    method: str
    operation: Operation[Any]
    kind: MethodKind
    selector: str | None = None
    stream_method: str | None = None


class _Resource:
    def __init__(self, client: GeneratedClient, api_version: str | None = None) -> None:
        self._client = client
        self._api_version = api_version

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource>"

    def _version(self, api_version: str | None) -> str | None:
        """The api-version to send: the call's, else the client's, else ``None`` (the spec's);
        ``ValueError`` for a call's text that is not an api-version."""
        if api_version is None:
            return self._api_version
        if not isinstance(api_version, str):
            raise TypeError(f"api_version must be a str, got {type(api_version).__name__}")
        version_key(api_version)
        return api_version

    def _effective(self, api_version: str | None, default: str) -> str:
        """The api-version a call runs at: the call's, else the client's, else ``default``."""
        version = self._version(api_version)
        return default if version is None else version

    def _arguments(
        self, query: dict[str, Any], body: Any, api_version: str | None
    ) -> dict[str, Any]:
        """The operation's keyword arguments: those given, the body, the api-version."""
        kwargs = {key: value for key, value in query.items() if value is not None}
        if body is not None:
            kwargs["body"] = body
        version = self._version(api_version)
        if version is not None:
            kwargs["api_version"] = version
        return kwargs


class SyncResource(_Resource):
    """Base of the generated sync resources (``Builds``...)."""

    def _call(
        self,
        operation: Operation[T],
        args: tuple[Any, ...],
        *,
        query: dict[str, Any],
        body: Any = None,
        api_version: str | None = None,
    ) -> T:
        request = operation.request(*args, **self._arguments(query, body, api_version))
        return parse(operation, fetch(self._client, request, operation.name))

    def _items(
        self,
        operation: ListOperation[Any, ItemT],
        args: tuple[Any, ...],
        *,
        query: dict[str, Any],
        body: Any = None,
        api_version: str | None = None,
    ) -> list[ItemT]:
        request = operation.request(*args, **self._arguments(query, body, api_version))
        reply = parse(operation, fetch(self._client, request, operation.name))
        return _items(operation, reply)

    def _pages(
        self,
        operation: ListOperation[Any, ItemT],
        args: tuple[Any, ...],
        *,
        query: dict[str, Any],
        api_version: str | None = None,
        max_items: int | None = None,
        page_size: int | None = None,
    ) -> Paginator[ItemT]:
        from .paging import paginate

        kwargs = {**self._arguments(query, None, api_version), "client": self._client}
        style = _style(operation, page_size)
        return paginate(
            operation, *args, max_items=max_items, page_size=page_size, style=style, **kwargs
        )


class AsyncResource(_Resource):
    """Base of the generated async resources (``AsyncBuilds``...)."""

    async def _call(
        self,
        operation: Operation[T],
        args: tuple[Any, ...],
        *,
        query: dict[str, Any],
        body: Any = None,
        api_version: str | None = None,
    ) -> T:
        request = operation.request(*args, **self._arguments(query, body, api_version))
        return parse(operation, await afetch(self._client, request, operation.name))

    async def _items(
        self,
        operation: ListOperation[Any, ItemT],
        args: tuple[Any, ...],
        *,
        query: dict[str, Any],
        body: Any = None,
        api_version: str | None = None,
    ) -> list[ItemT]:
        request = operation.request(*args, **self._arguments(query, body, api_version))
        reply = parse(operation, await afetch(self._client, request, operation.name))
        return _items(operation, reply)

    def _pages(
        self,
        operation: ListOperation[Any, ItemT],
        args: tuple[Any, ...],
        *,
        query: dict[str, Any],
        api_version: str | None = None,
        max_items: int | None = None,
        page_size: int | None = None,
    ) -> AsyncPaginator[ItemT]:
        from .paging import apaginate

        kwargs = {**self._arguments(query, None, api_version), "client": self._client}
        style = _style(operation, page_size)
        return apaginate(
            operation, *args, max_items=max_items, page_size=page_size, style=style, **kwargs
        )


def _items(operation: ListOperation[Any, ItemT], reply: Any) -> list[ItemT]:
    """The items of a ``{count, value}`` reply; a ``value`` that is not a list is malformed."""
    value = getattr(reply, "value", UNSET)
    if value is not UNSET and not isinstance(value, list):
        raise MalformedResponseError(
            f"expected a list envelope with 'value', got {type(value).__name__}",
            operation=operation.name,
        )
    return operation.items(reply)


def _style(operation: Operation[Any], page_size: int | None) -> PagingStyle:
    """``skip`` when a page size is asked of an operation that takes ``$skip`` (its ``$top`` with
    a continuation token caps the whole list, e.g. test configurations); else the spec's."""
    if page_size is not None and any(p.name == "skip" for p in operation.parameters):
        return "skip"
    return "auto"
