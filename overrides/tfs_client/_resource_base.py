"""The base classes of the generated resources: each method checks its arguments, then runs its
operation's descriptor through tfs_client's call and paging helpers."""

from __future__ import annotations

from typing import Any, Literal, TypeVar

import attrs
from tfs_api.operation import ListOperation, Operation

from .calls import GeneratedClient

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
        """The api-version to send: the call's, else the client's, else ``None`` (the spec's)."""
        return api_version if api_version is not None else self._api_version

    def _arguments(
        self,
        query: dict[str, Any],
        body: Any,
        api_version: str | None,
    ) -> dict[str, Any]:
        """The operation's keyword arguments: what was given, the body, the api-version."""
        kwargs = {key: value for key, value in query.items() if value is not None}
        if body is not None:
            kwargs["body"] = body
        version = self._version(api_version)
        if version is not None:
            kwargs["api_version"] = version
        return kwargs


def wire_params(wire: dict[str, str | None] | None) -> dict[str, str]:
    """Comma-delimited query values, sent under their wire names as they are."""
    return {key: value for key, value in (wire or {}).items() if value is not None}


class SyncResource(_Resource):
    """Base of the generated sync resources (``Builds``...)."""

    def _call(
        self,
        operation: Operation[T],
        args: tuple[Any, ...],
        *,
        query: dict[str, Any],
        wire: dict[str, str | None] | None = None,
        body: Any = None,
        api_version: str | None = None,
    ) -> T:
        request = _request(operation, args, self._arguments(query, body, api_version), wire)
        return parse(operation, fetch(self._client, request, operation.name))

    def _items(
        self,
        operation: ListOperation[Any, ItemT],
        args: tuple[Any, ...],
        *,
        query: dict[str, Any],
        wire: dict[str, str | None] | None = None,
        body: Any = None,
        api_version: str | None = None,
    ) -> list[ItemT]:
        reply = self._call(
            operation, args, query=query, wire=wire, body=body, api_version=api_version
        )
        return operation.items(reply)


class AsyncResource(_Resource):
    """Base of the generated async resources (``AsyncBuilds``...)."""

    async def _call(
        self,
        operation: Operation[T],
        args: tuple[Any, ...],
        *,
        query: dict[str, Any],
        wire: dict[str, str | None] | None = None,
        body: Any = None,
        api_version: str | None = None,
    ) -> T:
        request = _request(operation, args, self._arguments(query, body, api_version), wire)
        return parse(operation, await afetch(self._client, request, operation.name))

    async def _items(
        self,
        operation: ListOperation[Any, ItemT],
        args: tuple[Any, ...],
        *,
        query: dict[str, Any],
        wire: dict[str, str | None] | None = None,
        body: Any = None,
        api_version: str | None = None,
    ) -> list[ItemT]:
        reply = await self._call(
            operation, args, query=query, wire=wire, body=body, api_version=api_version
        )
        return operation.items(reply)


def _request(
    operation: Operation[Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    wire: dict[str, str | None] | None,
) -> dict[str, Any]:
    """The descriptor's request, plus comma-delimited values under their wire names."""
    request = operation.request(*args, **kwargs)
    joined = wire_params(wire)
    if joined:
        request["params"] = {**request.get("params", {}), **joined}
    return request
