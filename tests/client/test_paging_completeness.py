"""Paging never truncates, never loops forever, and a paused paginator does not starve the
client: every page size in every paging style yields every item exactly once (issue 14)."""

from __future__ import annotations

import itertools
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from tfs_api.api.builds import get_build, list_builds
from tfs_api.api.configurations import create_test_configuration, list_test_configurations
from tfs_api.models import test_configuration_create
from tfs_api.operation import ListOperation
from tfs_client import PaginationError, apaginate, call, connect, paginate
from tfs_client.paging import MAX_EMPTY_REPLIES, REMEMBERED_TOKENS, PagingStyle, _SeenTokens
from tfs_emulator import EmulatorAdmin, EmulatorServer, Settings

from ._support import build_json, configuration_json, mock_client

TOTAL = 33
PAGE_SIZES = range(1, 41)
PROJECT = "Paging"


@pytest.fixture(scope="module")
def emulator() -> Iterator[EmulatorServer]:
    """33 builds and 33 test configurations; the server's own batches hold 10 of either."""
    settings = Settings(builds_page_size=10, configurations_batch_size=10)
    with EmulatorServer(settings=settings) as server:
        with EmulatorAdmin(server.base_url.rsplit("/", 1)[0]) as admin:
            admin.create_project(PROJECT)
            queue = admin.create_queue("Paging queue")
            definition = admin.create_definition(PROJECT, "Paging CI", queueId=queue)
            admin.create_builds(PROJECT, definition, count=TOTAL)
        with connect(server.base_url) as client:
            for index in range(TOTAL):
                body = test_configuration_create.TestConfigurationCreate(
                    name=f"configuration {index}"
                )
                call(create_test_configuration.OPERATION, PROJECT, client=client, body=body)
        yield server
        assert server.state.internal_errors == 0


LISTS: dict[str, tuple[ListOperation[Any, Any], PagingStyle]] = {
    "builds, token": (list_builds.OPERATION, "token"),
    "configurations, token": (list_test_configurations.OPERATION, "token"),
    "configurations, skip": (list_test_configurations.OPERATION, "skip"),
}


def _check_pages(sizes: list[int], page_size: int) -> None:
    assert all(size == page_size for size in sizes[:-1]), sizes
    assert 0 < sizes[-1] <= page_size, sizes


@pytest.mark.parametrize(("operation", "style"), LISTS.values(), ids=LISTS)
def test_every_page_size_in_every_style_yields_every_item_exactly_once(
    emulator: EmulatorServer, operation: ListOperation[Any, Any], style: PagingStyle
) -> None:
    with connect(emulator.base_url) as client:
        everything = [item.id for item in paginate(operation, PROJECT, client=client)]
        assert len(everything) == TOTAL == len(set(everything))
        for page_size in PAGE_SIZES:
            pages = list(
                paginate(
                    operation, PROJECT, client=client, style=style, page_size=page_size
                ).pages()
            )
            assert [item.id for page in pages for item in page.items] == everything, page_size
            _check_pages([len(page.items) for page in pages], page_size)


@pytest.mark.anyio
@pytest.mark.parametrize(("operation", "style"), LISTS.values(), ids=LISTS)
async def test_async_paging_yields_every_item_exactly_once(
    emulator: EmulatorServer, operation: ListOperation[Any, Any], style: PagingStyle
) -> None:
    async with connect(emulator.base_url) as client:
        for page_size in (1, 7, 10, 11, 33, 40):
            pages = apaginate(operation, PROJECT, client=client, style=style, page_size=page_size)
            sizes, ids = [], []
            async for page in pages.pages():
                sizes.append(len(page.items))
                ids += [item.id for item in page.items]
            assert len(ids) == TOTAL == len(set(ids)), page_size
            _check_pages(sizes, page_size)


@pytest.mark.parametrize(("operation", "style"), LISTS.values(), ids=LISTS)
def test_max_items_is_the_only_cap(
    emulator: EmulatorServer, operation: ListOperation[Any, Any], style: PagingStyle
) -> None:
    with connect(emulator.base_url) as client:
        everything = [item.id for item in paginate(operation, PROJECT, client=client)]
        for page_size, max_items in itertools.product((1, 7, 10, 40), (1, 6, 10, 32, 33, 50)):
            paginator = paginate(
                operation,
                PROJECT,
                client=client,
                style=style,
                page_size=page_size,
                max_items=max_items,
            )
            assert [item.id for item in paginator] == everything[:max_items]


def capped_token_server(
    cap: int, top_bounds_the_list: bool, item: Callable[[int], dict[str, Any]]
) -> Callable[[httpx.Request], Any]:
    """A token-paging server of TOTAL items sending at most ``cap`` per reply: ``$top`` is either
    the size of one reply (builds) or a bound on the whole list carried in the token
    (configurations)."""

    def handler(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        token = params.get("continuationToken")
        if token:
            start, wanted = (int(part) for part in token.split(";"))
        else:
            start, wanted = 0, int(params.get("$top", "0"))
        size = cap if not wanted else min(cap, wanted)
        ids = list(range(start, min(start + size, TOTAL)))
        if top_bounds_the_list:
            left = wanted - len(ids) if wanted else 0
            more = start + size < TOTAL and (not wanted or left > 0)
        else:
            left, more = 0, start + size < TOTAL
        headers = {"x-ms-continuationtoken": f"{start + size};{left}"} if more else {}
        body = {"count": len(ids), "value": [item(i) for i in ids]}
        return httpx.Response(200, json=body, headers=headers)

    return handler


def capped_skip_server(cap: int) -> Callable[[httpx.Request], Any]:
    """A ``$skip``/``$top`` server of TOTAL items that silently sends at most ``cap`` a reply."""

    def handler(request: httpx.Request) -> httpx.Response:
        skip = int(request.url.params.get("$skip", "0"))
        top = min(cap, int(request.url.params.get("$top", "1000")))
        ids = list(range(skip, min(skip + top, TOTAL)))
        body = {"count": len(ids), "value": [configuration_json(i) for i in ids]}
        return httpx.Response(200, json=body)

    return handler


SERVERS = {
    "token, $top per reply, capped at 10": (
        list_builds.OPERATION,
        "token",
        capped_token_server(10, top_bounds_the_list=False, item=build_json),
    ),
    "token, $top bounds the list, batches of 10": (
        list_test_configurations.OPERATION,
        "token",
        capped_token_server(10, top_bounds_the_list=True, item=configuration_json),
    ),
    "skip, $top silently capped at 10": (
        list_test_configurations.OPERATION,
        "skip",
        capped_skip_server(10),
    ),
}


@pytest.mark.parametrize(("operation", "style", "server"), SERVERS.values(), ids=SERVERS)
def test_servers_that_cap_replies_lose_nothing_at_any_page_size(
    operation: ListOperation[Any, Any],
    style: PagingStyle,
    server: Callable[[httpx.Request], Any],
) -> None:
    client = mock_client(server)
    for page_size in PAGE_SIZES:
        pages = list(
            paginate(operation, "F", client=client, style=style, page_size=page_size).pages()
        )
        assert [item.id for page in pages for item in page.items] == list(range(TOTAL))
        _check_pages([len(page.items) for page in pages], page_size)


def endless_empty_pages(token_size: int = 8) -> tuple[list[int], Callable[[httpx.Request], Any]]:
    """A server answering every request with no items and a new token."""
    counter = itertools.count()
    sent: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        number = next(counter)
        sent.append(number)
        token = f"{number:0{token_size}d}"
        body = {"count": 0, "value": []}
        return httpx.Response(200, json=body, headers={"x-ms-continuationtoken": token})

    return sent, handler


def test_a_server_sending_empty_pages_forever_is_stopped_with_a_pagination_error() -> None:
    sent, handler = endless_empty_pages()
    with pytest.raises(PaginationError, match=f"{MAX_EMPTY_REPLIES} replies in a row") as caught:
        list(paginate(list_builds.OPERATION, "F", client=mock_client(handler), max_items=5))
    assert caught.value.operation == "list_builds"
    assert len(sent) <= MAX_EMPTY_REPLIES + 1


@pytest.mark.anyio
async def test_async_empty_pages_forever_are_stopped_too() -> None:
    sent, handler = endless_empty_pages()
    with pytest.raises(PaginationError):
        [b async for b in apaginate(list_builds.OPERATION, "F", client=mock_client(handler))]
    assert len(sent) <= MAX_EMPTY_REPLIES + 1


def test_a_few_empty_pages_between_items_are_followed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("continuationToken", "0"))
        ids = [number] if number % 5 == 0 else []  # four empty replies between two items
        headers = {"x-ms-continuationtoken": str(number + 1)} if number < 20 else {}
        return httpx.Response(
            200, json={"count": len(ids), "value": [build_json(i) for i in ids]}, headers=headers
        )

    builds = paginate(list_builds.OPERATION, "F", client=mock_client(handler))
    assert [b.id for b in builds] == [0, 5, 10, 15, 20]


def test_remembered_tokens_take_the_same_memory_whatever_their_size() -> None:
    seen = _SeenTokens(None)
    tracemalloc.start()
    try:
        for number in range(2000):  # 120 MB of 60 KB tokens if they were kept
            assert seen.add(f"{number:08d}" + "x" * 60_000)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 2000 * 200, held  # a fixed-size digest each
    assert not seen.add(f"{1999:08d}" + "x" * 60_000)


def test_remembered_tokens_are_bounded_in_number() -> None:
    seen = _SeenTokens("first")
    for number in range(REMEMBERED_TOKENS):
        assert seen.add(str(number))
    assert seen.add("first")  # forgotten: the oldest make way
    assert not seen.add(str(REMEMBERED_TOKENS - 1))


def test_a_huge_repeated_token_is_reported_without_the_whole_token() -> None:
    huge = "t" * 60_000

    def handler(request: httpx.Request) -> httpx.Response:
        body = {"count": 1, "value": [build_json(1)]}
        return httpx.Response(200, json=body, headers={"x-ms-continuationtoken": huge})

    with pytest.raises(PaginationError, match="60000 characters") as caught:
        list(paginate(list_builds.OPERATION, "F", client=mock_client(handler)))
    assert len(str(caught.value)) < 300


def test_paused_paginators_do_not_starve_other_calls(emulator: EmulatorServer) -> None:
    pool = httpx.HTTPTransport(limits=httpx.Limits(max_connections=2, max_keepalive_connections=2))
    timeout = httpx.Timeout(10.0, pool=3.0)
    with connect(emulator.base_url, transport=pool, timeout=timeout, retries=0) as client:
        paused = []
        for _ in range(100):
            pages = paginate(list_builds.OPERATION, PROJECT, client=client, page_size=5).pages()
            assert len(next(pages).items) == 5  # page 2 is fetched ahead, then we stop
            paused.append(pages)
        first = next(iter(paginate(list_builds.OPERATION, PROJECT, client=client)))
        assert call(get_build.OPERATION, PROJECT, first.id, client=client).id == first.id
        assert [len(next(pages).items) for pages in paused] == [5] * 100
        for pages in paused:
            pages.close()
