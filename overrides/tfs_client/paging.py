"""Auto-paging: iterate every item of a list operation, fetching the next page while decoding."""

from __future__ import annotations

import functools
import hashlib
from collections import deque
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
from .errors import MalformedResponseError, PaginationError, snippet

ItemT = TypeVar("ItemT")
T = TypeVar("T")

PagingStyle = Literal["auto", "token", "skip"]
"""``token``: ``continuationToken`` / ``x-ms-continuationtoken``; ``skip``: ``$skip``/``$top``;
``auto``: the operation's own style from the spec (``OPERATION.paging``)."""

CONTINUATION_HEADER = "x-ms-continuationtoken"
DEFAULT_PAGE_SIZE = 100
"""The page size in ``skip`` style when the caller gives no ``page_size``."""
MAX_EMPTY_REPLIES = 20
"""Replies in a row without items but with a continuation token before ``PaginationError``."""
REMEMBERED_TOKENS = 4096
"""Continuation tokens remembered (as 16-byte digests, whatever their size) to spot a loop."""


@attrs.frozen
class Page(Generic[ItemT]):
    """One page: its ``items`` (``page_size`` of them, fewer only on the last), ``number`` (from
    1), and where the next page starts: the ``continuation_token`` to pass back to resume
    (``None`` on the last page, or when the page ended inside a server reply), or in ``skip``
    style the ``skip`` this page starts at."""

    items: list[ItemT]
    number: int
    continuation_token: str | None = None
    skip: int | None = None


class _SeenTokens:
    """The last ``REMEMBERED_TOKENS`` continuation tokens, kept as fixed-size digests."""

    def __init__(self, first: str | None) -> None:
        self._order: deque[bytes] = deque()
        self._digests: set[bytes] = set()
        if first is not None:
            self.add(first)

    def add(self, token: str) -> bool:
        """Remember ``token``; ``False`` if it was seen already."""
        digest = hashlib.blake2b(token.encode(), digest_size=16).digest()
        if digest in self._digests:
            return False
        self._digests.add(digest)
        self._order.append(digest)
        if len(self._order) > REMEMBERED_TOKENS:
            self._digests.discard(self._order.popleft())
        return True


@attrs.define
class _Cursor:
    """Where one iteration stands: the next request, the items fetched but not yet in a page,
    the tokens seen, the items still wanted.

    Pages are cut from the items the replies bring, so a page holds ``page_size`` items
    whatever each reply held. What ``$top`` means differs: where the operation also takes
    ``$skip``, ``$top`` bounds the whole list (a continuation token then carries what is left
    of it); otherwise it is the size of one reply. So ``$top`` carries the page size only in
    ``skip`` style and, in ``token`` style, for operations without ``$skip``. In ``skip`` style
    only an empty reply ends the list, since a server may cap ``$top`` without saying so.
    """

    operation: ListOperation[Any, Any]
    client: GeneratedClient
    style: Literal["token", "skip"]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    page_size: int | None
    top_bounds_the_list: bool
    token: str | None
    skip: int
    remaining: int | None
    more: bool
    buffer: list[Any] = attrs.field(factory=list)
    seen: _SeenTokens = attrs.field(factory=lambda: _SeenTokens(None))
    sent_top: int | None = None
    empty_replies: int = 0
    number: int = 0

    def fresh(self) -> _Cursor:
        """A copy at the start, for one iteration."""
        return attrs.evolve(self, buffer=[], seen=_SeenTokens(self.token))

    @property
    def name(self) -> str:
        return self.operation.name

    def request(self, expected: int = 0) -> dict[str, Any]:
        """The next request's httpx arguments (``expected``: items still to arrive before it)."""
        kwargs = dict(self.kwargs)
        remaining = None if self.remaining is None else self.remaining - expected
        top: int | None
        if self.style == "skip":
            assert self.page_size is not None
            top = self.page_size - len(self.buffer)
            kwargs["skip"] = self.skip
        else:
            if self.token is not None:
                kwargs["continuation_token"] = self.token
            if self.top_bounds_the_list:
                top = remaining if self.token is None else None
            else:
                top = self.page_size
        if top is not None and remaining is not None:
            top = max(1, min(top, remaining))
        if top is not None:
            kwargs["top"] = top
        self.sent_top = top
        return self.operation.request(*self.args, **kwargs)

    def take_token(self, raw: httpx.Response) -> bool:
        """Check a reply, take its token; whether to fetch the next reply ahead (token style,
        more wanted even if this reply is full)."""
        check_status(raw, self.name)
        token = raw.headers.get(CONTINUATION_HEADER, "").strip() or None
        if self.style == "skip":
            self.token = token
            return False
        if token is not None and not self.seen.add(token):
            shown = token if len(token) <= 40 else f"{token[:40]}... ({len(token)} characters)"
            raise PaginationError(
                f"the server repeated continuation token {shown!r}; stopping to avoid a loop",
                operation=self.name,
            )
        self.token = token
        within = self.remaining is None or (
            self.sent_top is not None and self.remaining > self.sent_top
        )
        return token is not None and within

    def take_items(self, raw: httpx.Response) -> None:
        """Decode a reply (its token already taken) and add its items to the buffer."""
        try:
            items = self.operation.items(parse(self.operation, raw))
        except ValueError as exc:
            raise MalformedResponseError(
                str(exc).removeprefix(f"{self.name}: "),
                operation=self.name,
                status=raw.status_code,
                text=snippet(raw.content),
                headers=raw.headers,
            ) from exc
        received = len(items)
        if self.remaining is not None:
            items = items[: self.remaining]
            self.remaining -= len(items)
        self.buffer.extend(items)
        if self.style == "skip":  # only an empty reply ends: a short one may be a capped $top
            self.skip += len(items)
            self.more = received > 0
        else:
            self.more = self.token is not None
            self.empty_replies = 0 if received else self.empty_replies + 1
            if self.more and self.empty_replies >= MAX_EMPTY_REPLIES:
                raise PaginationError(
                    f"the server sent {self.empty_replies} replies in a row without items but "
                    "with a new continuation token; stopping to avoid an endless loop",
                    operation=self.name,
                )
        self.more = self.more and self.remaining != 0

    def cut(self) -> Page[Any] | None:
        """The next page, if the buffer holds one (a whole page, or the rest at the end)."""
        size = len(self.buffer) if self.page_size is None else self.page_size
        if not self.buffer or (len(self.buffer) < size and self.more):
            return None
        items, self.buffer = self.buffer[:size], self.buffer[size:]
        self.number += 1
        if self.style == "skip":
            return Page(items, self.number, skip=self.skip - len(self.buffer) - len(items))
        token = None if self.buffer else self.token
        return Page(items, self.number, continuation_token=token)


@attrs.frozen
class Paginator(Generic[ItemT]):
    """Iterate the items of every page lazily; ``pages()`` gives page-level access.

    In ``token`` style the next reply is fetched (and read, so no pooled connection waits on
    you) in a worker thread while this page is decoded and used: one reply is held ahead at
    most. Leaving the loop discards it; its errors surface, typed, when its page is reached.
    """

    _cursor: _Cursor

    def pages(self) -> Iterator[Page[ItemT]]:
        """Yield each page in turn (with its continuation token or skip)."""
        cursor = self._cursor.fresh()
        worker: ThreadPoolExecutor | None = None
        ahead: Future[httpx.Response] | None = None
        try:
            while True:
                page = cursor.cut()
                if page is not None:
                    yield page
                    del page
                    continue
                if not cursor.more:
                    return
                raw = (
                    ahead.result() if ahead else fetch(cursor.client, cursor.request(), cursor.name)
                )
                ahead = None
                if cursor.take_token(raw):
                    worker = worker or ThreadPoolExecutor(1, thread_name_prefix="tfs-client-paging")
                    request = cursor.request(expected=cursor.sent_top or 0)
                    ahead = worker.submit(fetch, cursor.client, request, cursor.name)
                cursor.take_items(raw)
                del raw
        finally:
            if worker is not None:
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
    task fetches the next reply."""

    _cursor: _Cursor

    async def pages(self) -> AsyncIterator[Page[ItemT]]:
        """Yield each page in turn (with its continuation token or skip)."""
        cursor = self._cursor.fresh()
        ahead: list[Callable[[], httpx.Response]] = []
        while True:
            page = cursor.cut()
            if page is not None:
                yield page
                del page
                continue
            if not cursor.more:
                return
            raw = (
                ahead.pop()()
                if ahead
                else await afetch(cursor.client, cursor.request(), cursor.name)
            )
            fetch_ahead = cursor.take_token(raw)
            async with anyio.create_task_group() as group:
                if fetch_ahead:
                    request = cursor.request(expected=cursor.sent_top or 0)
                    group.start_soon(
                        _settle_into, ahead, afetch(cursor.client, request, cursor.name)
                    )
                decoded = await _settled(anyio.to_thread.run_sync(cursor.take_items, raw))
            del raw
            decoded()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in page.items:
                yield item
            del page


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
    if "top" in kwargs:
        raise TypeError(
            f"{described.name}: pass page_size= (the size of each page) or max_items= (a cap on "
            "the items), not top= (what $top means differs between operations)"
        )
    if max_items is not None and (_int_or(max_items) is None or max_items < 0):
        raise ValueError("max_items must be an integer >= 0")
    if page_size is not None and (_int_or(page_size) is None or page_size <= 0):
        raise ValueError("page_size must be a positive integer")
    kwargs = dict(kwargs)
    client = client_of(described, kwargs)
    described.request(*args, **kwargs)  # a wrong argument fails here, before any request
    token, skip = None, 0
    if style == "token":
        token = kwargs.pop("continuation_token", None) or None
    else:
        skip = _int_or(kwargs.pop("skip", None)) or 0
        page_size = page_size or DEFAULT_PAGE_SIZE
    return _Cursor(
        described,
        client,
        style,
        args,
        kwargs,
        page_size=page_size,
        top_bounds_the_list="skip" in parameters,
        token=token,
        skip=skip,
        remaining=max_items,
        more=max_items != 0,
    )


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

    ``args``/``kwargs`` are the operation's own (``client=`` included, ``top`` excluded);
    ``page_size`` is the number of items of every page but the last, whatever each server reply
    holds; ``max_items`` is the only cap; ``continuation_token``/``skip`` resume. A server that
    repeats a continuation token, or sends ``MAX_EMPTY_REPLIES`` empty replies in a row that
    still carry one, raises ``PaginationError``.
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
