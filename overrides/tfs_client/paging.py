"""Auto-paging: iterate every item of a list operation, one page in memory at a time."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, Literal, TypeVar

import attrs
from tfs_api.types import Response

from .calls import asend, operation_module, operation_name, send, signature
from .errors import MalformedResponseError, PaginationError

ItemT = TypeVar("ItemT")

PagingStyle = Literal["auto", "token", "skip"]
"""``token``: ``continuationToken`` query / ``x-ms-continuationtoken`` reply header;
``skip``: ``$skip``/``$top``; ``auto``: ``token`` when the operation takes a continuation
token, else ``skip``."""

CONTINUATION_HEADER = "x-ms-continuationtoken"
DEFAULT_PAGE_SIZE = 100
"""``$top`` sent in ``skip`` style when the caller gives neither ``top`` nor ``page_size``."""


@attrs.frozen
class Page(Generic[ItemT]):
    """One page of a list operation.

    Attributes:
        items: the page's items (the ``value`` of the ``{count, value}`` envelope).
        number: 1 for the first page.
        continuation_token: the token the server returned for the next page, ``None`` on the
            last page (``token`` style); pass it as ``continuation_token`` to resume later.
        skip: the ``$skip`` this page was fetched with (``skip`` style), else ``None``.
    """

    items: list[ItemT]
    number: int
    continuation_token: str | None = None
    skip: int | None = None


@attrs.define
class _Plan:
    name: str
    style: Literal["token", "skip"]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    token: str | None = None
    skip: int = 0
    top: int = DEFAULT_PAGE_SIZE
    seen: set[str] = attrs.field(factory=set)
    number: int = 0
    remaining: int | None = None

    def request_kwargs(self) -> dict[str, Any]:
        kwargs = dict(self.kwargs)
        if self.style == "token":
            if self.token is not None:
                kwargs["continuation_token"] = self.token
        else:
            kwargs["skip"] = self.skip
            kwargs["top"] = self.top
        return kwargs

    def page_from(self, response: Response[Any]) -> tuple[Page[Any], bool]:
        """The page in ``response`` and whether another page follows."""
        self.number += 1
        items = self._items(response.parsed)
        if self.remaining is not None:
            items = items[: self.remaining]
            self.remaining -= len(items)
        if self.style == "token":
            token = response.headers.get(CONTINUATION_HEADER, "").strip() or None
            page = Page(items, self.number, continuation_token=token)
            if token is not None and (token in self.seen or token == self.token):
                raise PaginationError(
                    f"the server repeated continuation token {token!r}; stopping to avoid a loop",
                    operation=self.name,
                )
            if token is not None:
                self.seen.add(token)
            self.token = token
            more = token is not None
        else:
            page = Page(items, self.number, skip=self.skip)
            self.skip += len(items)
            more = len(items) >= self.top
        return page, more and self.remaining != 0

    def _items(self, parsed: Any) -> list[Any]:
        value = getattr(parsed, "value", None)
        if not isinstance(value, list):
            raise MalformedResponseError(
                f"expected a list envelope with 'value', got {type(parsed).__name__}",
                operation=self.name,
            )
        return value


def _plan(
    operation: Callable[..., Any],
    expected: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    style: PagingStyle,
    page_size: int | None,
    max_items: int | None,
) -> _Plan:
    operation_module(operation, expected)
    parameters = signature(operation).parameters
    if style == "auto":
        style = "token" if "continuation_token" in parameters else "skip"
    needed = "continuation_token" if style == "token" else "skip"
    if needed not in parameters:
        raise TypeError(f"{operation_name(operation)} does not take {needed!r}; it cannot page")
    if max_items is not None and max_items < 0:
        raise ValueError("max_items must be >= 0")
    kwargs = dict(kwargs)
    plan = _Plan(operation_name(operation), style, args, kwargs, remaining=max_items)
    if style == "token":
        plan.token = kwargs.pop("continuation_token", None) or None
        if page_size is not None and "top" in parameters:
            kwargs["top"] = page_size
    else:
        plan.skip = _int_or(kwargs.pop("skip", None), 0)
        plan.top = _int_or(kwargs.pop("top", None), page_size or DEFAULT_PAGE_SIZE)
        if plan.top <= 0:
            raise ValueError("page size ($top) must be positive")
    signature(operation).bind(*args, **plan.request_kwargs())
    return plan


def _int_or(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


class Paginator(Generic[ItemT]):
    """Iterate the items of every page lazily; ``pages()`` gives page-level access.

    Requests are sent only while iterating; each page is released before the next is fetched.
    """

    def __init__(self, operation: Callable[..., Response[Any]], plan: _Plan) -> None:
        self._operation = operation
        self._plan = plan

    def pages(self) -> Iterator[Page[ItemT]]:
        """Yield each page in turn (with its continuation token or skip)."""
        plan = attrs.evolve(self._plan, seen=set())
        more = plan.remaining != 0
        while more:
            response = send(self._operation, *plan.args, **plan.request_kwargs())
            page, more = plan.page_from(response)
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from page.items


class AsyncPaginator(Generic[ItemT]):
    """The async twin of ``Paginator``: ``async for item in ...`` and ``async for page in .pages()``."""

    def __init__(self, operation: Callable[..., Awaitable[Response[Any]]], plan: _Plan) -> None:
        self._operation = operation
        self._plan = plan

    async def pages(self) -> AsyncIterator[Page[ItemT]]:
        """Yield each page in turn (with its continuation token or skip)."""
        plan = attrs.evolve(self._plan, seen=set())
        more = plan.remaining != 0
        while more:
            response = await asend(self._operation, *plan.args, **plan.request_kwargs())
            page, more = plan.page_from(response)
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in page.items:
                yield item


def paginate(
    operation: Callable[..., Response[Any]],
    /,
    *args: Any,
    max_items: int | None = None,
    page_size: int | None = None,
    style: PagingStyle = "auto",
    **kwargs: Any,
) -> Paginator[Any]:
    """Page through a generated list operation: ``paginate(list_builds.sync_detailed, ...)``.

    ``args``/``kwargs`` are the operation's own (``client=`` included). ``page_size`` sets
    ``top``; ``max_items`` stops after that many items. A ``continuation_token`` or ``skip``
    argument resumes from there. Errors are the typed ``TfsApiError``s; a server that repeats
    a continuation token raises ``PaginationError`` instead of looping forever.
    """
    plan = _plan(operation, "sync_detailed", args, kwargs, style, page_size, max_items)
    return Paginator(operation, plan)


def apaginate(
    operation: Callable[..., Awaitable[Response[Any]]],
    /,
    *args: Any,
    max_items: int | None = None,
    page_size: int | None = None,
    style: PagingStyle = "auto",
    **kwargs: Any,
) -> AsyncPaginator[Any]:
    """The async twin of ``paginate``, for ``asyncio_detailed`` functions (``async for``)."""
    plan = _plan(operation, "asyncio_detailed", args, kwargs, style, page_size, max_items)
    return AsyncPaginator(operation, plan)
