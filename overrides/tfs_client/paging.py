"""Auto-paging: iterate every item of a list operation, fetching the next page while decoding."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, Literal, NoReturn, TypeVar, overload

import anyio
import anyio.to_thread
import attrs
import httpx
from tfs_api.operation import ListOperation

from .calls import (
    GeneratedClient,
    OperationLike,
    afetch,
    check_status,
    client_of,
    fetch,
    operation_of,
    parse,
)
from .errors import MalformedResponseError, PaginationError, error_from_exception, snippet

ItemT = TypeVar("ItemT")
T = TypeVar("T")

PagingStyle = Literal["auto", "token", "skip"]
"""``token``: ``continuationToken`` / ``x-ms-continuationtoken``; ``skip``: ``$skip``/``$top``;
``auto``: the operation's own style from the spec (``OPERATION.paging``)."""

CONTINUATION_HEADER = "x-ms-continuationtoken"
DEFAULT_PAGE_SIZE = 100
"""``$top`` sent in ``skip`` style when the caller gives neither ``top`` nor ``page_size``."""


@attrs.frozen
class Page(Generic[ItemT]):
    """One page: its ``items``, ``number`` (from 1), and the ``continuation_token`` for the next
    page (``None`` on the last; pass it back to resume) or the ``skip`` it was fetched with."""

    items: list[ItemT]
    number: int
    continuation_token: str | None = None
    skip: int | None = None


@attrs.define
class _Cursor:
    """Where one iteration stands: the next request, the tokens seen, the items still wanted."""

    operation: ListOperation[Any, Any]
    client: GeneratedClient
    style: Literal["token", "skip"]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    token: str | None
    skip: int
    top: int | None
    remaining: int | None
    more: bool
    seen: set[str | None] = attrs.field(factory=set)
    number: int = 0

    def fetching(
        self, fetcher: Callable[[GeneratedClient, dict[str, Any], str], T]
    ) -> Callable[[], T]:
        """``fetch`` or ``afetch`` bound to the next page's request, built now by the descriptor."""
        kwargs = dict(self.kwargs)
        if self.style == "skip":
            kwargs.update(skip=self.skip, top=self.top)
        elif self.token is not None:
            kwargs["continuation_token"] = self.token
        request = self.operation.request(*self.args, **kwargs)
        return functools.partial(fetcher, self.client, request, self.operation.name)

    def take_token(self, raw: httpx.Response) -> bool:
        """Check a reply, take its token; whether to fetch ahead (token style, below max_items)."""
        check_status(raw, self.operation.name)
        if self.style == "skip":
            return False
        token = raw.headers.get(CONTINUATION_HEADER, "").strip() or None
        if token is not None and token in self.seen:
            raise PaginationError(
                f"the server repeated continuation token {token!r}; stopping to avoid a loop",
                operation=self.operation.name,
            )
        self.seen.add(token)
        self.token = token
        within = self.remaining is None or (self.top is not None and self.remaining > self.top)
        return token is not None and within

    def page(self, raw: httpx.Response) -> Page[Any]:
        """Decode a reply (its token already taken) into the next ``Page``."""
        try:
            value = self.operation.items(parse(self.operation, raw))
        except ValueError as exc:
            raise MalformedResponseError(
                str(exc).removeprefix(f"{self.operation.name}: "),
                operation=self.operation.name,
                status=raw.status_code,
                text=snippet(raw.content),
                headers=raw.headers,
            ) from exc
        self.number += 1
        if self.remaining is not None:
            value = value[: self.remaining]
            self.remaining -= len(value)
        if self.style == "token":
            self.more = self.token is not None and self.remaining != 0
            return Page(value, self.number, continuation_token=self.token)
        self.more = self.top is not None and len(value) >= self.top and self.remaining != 0
        self.skip += len(value)
        return Page(value, self.number, skip=self.skip - len(value))


@attrs.frozen
class Paginator(Generic[ItemT]):
    """Iterate the items of every page lazily; ``pages()`` gives page-level access.

    In ``token`` style the next page is requested (headers only) in a worker thread while this
    one is decoded and used; its body is read when you reach it, so one page is held at a time.
    Leaving the loop closes the reply ahead; its errors surface, typed, when its page is reached.
    """

    _cursor: _Cursor

    def pages(self) -> Iterator[Page[ItemT]]:
        """Yield each page in turn (with its continuation token or skip)."""
        cursor = attrs.evolve(self._cursor, seen={self._cursor.token})
        worker = ThreadPoolExecutor(1, thread_name_prefix="tfs-client-paging")
        ahead: Future[httpx.Response] | None = None
        try:
            while cursor.more:
                raw = (
                    _read(ahead.result(), cursor.operation.name)
                    if ahead
                    else cursor.fetching(fetch)()
                )
                ahead = worker.submit(cursor.fetching(_head)) if cursor.take_token(raw) else None
                page = cursor.page(raw)
                del raw
                yield page
                del page
        finally:
            worker.shutdown(wait=False, cancel_futures=True)
            if ahead is not None:
                ahead.add_done_callback(_close)

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from page.items
            del page


@attrs.frozen
class AsyncPaginator(Generic[ItemT]):
    """The async twin of ``Paginator`` (``async for``); pages decode in a worker thread while a
    task fetches the next one."""

    _cursor: _Cursor

    async def pages(self) -> AsyncIterator[Page[ItemT]]:
        """Yield each page in turn (with its continuation token or skip)."""
        cursor = attrs.evolve(self._cursor, seen={self._cursor.token})
        ahead: list[Callable[[], httpx.Response]] = []
        while cursor.more:
            raw = ahead.pop()() if ahead else await cursor.fetching(afetch)()
            fetch_ahead = cursor.take_token(raw)
            async with anyio.create_task_group() as group:
                if fetch_ahead:
                    group.start_soon(_settle_into, ahead, cursor.fetching(afetch)())
                decoded = await _settled(anyio.to_thread.run_sync(cursor.page, raw))
            del raw
            yield decoded()
            del decoded

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in page.items:
                yield item
            del page


def _head(client: GeneratedClient, request: dict[str, Any], name: str) -> httpx.Response:
    """Send a request; return once the reply's headers are in (the body is read by ``_read``)."""
    try:
        http = client.get_httpx_client()
        return http.send(http.build_request(**request), stream=True)
    except httpx.HTTPError as exc:
        raise error_from_exception(exc, operation=name) from exc


def _read(raw: httpx.Response, name: str) -> httpx.Response:
    try:
        raw.read()
    except httpx.HTTPError as exc:
        raw.close()
        raise error_from_exception(exc, operation=name) from exc
    return raw


def _close(ahead: Future[httpx.Response]) -> None:
    if not ahead.cancelled() and ahead.exception() is None:
        ahead.result().close()


async def _settled(awaitable: Awaitable[T]) -> Callable[[], T]:
    """Await; a function giving the result or raising the error later, outside the task group."""
    try:
        result = await awaitable
    except Exception as exc:
        return functools.partial(_raise, exc)
    return lambda: result


async def _settle_into(box: list[Callable[[], T]], awaitable: Awaitable[T]) -> None:
    box.append(await _settled(awaitable))


def _raise(error: Exception) -> NoReturn:
    raise error


def _cursor(
    operation: OperationLike,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    style: PagingStyle,
    page_size: int | None,
    max_items: int | None,
) -> _Cursor:
    described = operation_of(operation)
    if not isinstance(described, ListOperation):
        raise TypeError(f"{described.name} does not return a list envelope; it cannot page")
    parameters = {parameter.name for parameter in described.parameters}
    if style == "auto":
        if described.paging == "none":
            raise TypeError(
                f"{described.name} takes no continuation token or $skip; it cannot page"
            )
        style = described.paging
    needed = "continuation_token" if style == "token" else "skip"
    if needed not in parameters:
        raise TypeError(f"{described.name} does not take {needed!r}; it cannot page")
    if max_items is not None and max_items < 0:
        raise ValueError("max_items must be >= 0")
    kwargs = dict(kwargs)
    client = client_of(described, kwargs)
    described.request(*args, **kwargs)  # a wrong argument fails here, before any request
    if page_size is not None and "top" in parameters:
        kwargs["top"] = page_size
    token, skip, top = None, 0, _int_or(kwargs.get("top"))
    if style == "token":
        token = kwargs.pop("continuation_token", None) or None
    else:
        skip = _int_or(kwargs.pop("skip", None)) or 0
        top = _int_or(kwargs.pop("top", None)) or DEFAULT_PAGE_SIZE
        if top <= 0:
            raise ValueError("page size ($top) must be positive")
    more = max_items != 0
    return _Cursor(described, client, style, args, kwargs, token, skip, top, max_items, more)


def _int_or(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@overload
def paginate(
    operation: ListOperation[Any, ItemT],
    /,
    *args: Any,
    max_items: int | None = None,
    page_size: int | None = None,
    style: PagingStyle = "auto",
    **kwargs: Any,
) -> Paginator[ItemT]: ...
@overload
def paginate(
    operation: Callable[..., Any],
    /,
    *args: Any,
    max_items: int | None = None,
    page_size: int | None = None,
    style: PagingStyle = "auto",
    **kwargs: Any,
) -> Paginator[Any]: ...
def paginate(
    operation: OperationLike,
    /,
    *args: Any,
    max_items: int | None = None,
    page_size: int | None = None,
    style: PagingStyle = "auto",
    **kwargs: Any,
) -> Paginator[Any]:
    """Page through a list operation: ``paginate(list_builds.OPERATION, "Fabrikam", client=c)``
    yields every ``Build`` (the module's ``sync_detailed`` is accepted too, untyped).

    ``args``/``kwargs`` are the operation's own (``client=`` included); ``page_size`` sets
    ``top``; ``max_items`` stops there; ``continuation_token``/``skip`` resume. A repeated
    continuation token raises ``PaginationError``.
    """
    return Paginator(_cursor(operation, args, kwargs, style, page_size, max_items))


@overload
def apaginate(
    operation: ListOperation[Any, ItemT],
    /,
    *args: Any,
    max_items: int | None = None,
    page_size: int | None = None,
    style: PagingStyle = "auto",
    **kwargs: Any,
) -> AsyncPaginator[ItemT]: ...
@overload
def apaginate(
    operation: Callable[..., Any],
    /,
    *args: Any,
    max_items: int | None = None,
    page_size: int | None = None,
    style: PagingStyle = "auto",
    **kwargs: Any,
) -> AsyncPaginator[Any]: ...
def apaginate(
    operation: OperationLike,
    /,
    *args: Any,
    max_items: int | None = None,
    page_size: int | None = None,
    style: PagingStyle = "auto",
    **kwargs: Any,
) -> AsyncPaginator[Any]:
    """The async twin of ``paginate`` (``async for``)."""
    return AsyncPaginator(_cursor(operation, args, kwargs, style, page_size, max_items))
