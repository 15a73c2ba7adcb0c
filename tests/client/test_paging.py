"""Auto-paging in both styles, page access, limits, laziness and broken servers."""

from __future__ import annotations

import gc
import threading
import time
import weakref
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import tfs_client.paging
from tfs_api.api.builds import get_build, list_builds
from tfs_api.api.configurations import list_test_configurations
from tfs_api.api.sessions import list_test_sessions
from tfs_api.models.build import Build
from tfs_api.models.build_status import BuildStatus
from tfs_client import (
    ApiConnectionError,
    MalformedResponseError,
    NotFoundError,
    PaginationError,
    ServerError,
    apaginate,
    paginate,
)

from ._support import FakeClock, Handler, build_json, configuration_json, error_json, mock_client


class BuildServer:
    """Lists ``total`` builds, ``$top`` (default 4) per page, with continuation tokens."""

    def __init__(self, total: int = 10) -> None:
        self.total = total
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        start = int(request.url.params.get("continuationToken", "0").removeprefix("tok-"))
        size = int(request.url.params.get("$top", "4"))
        ids = list(range(start, min(start + size, self.total)))
        headers = {}
        if start + size < self.total:
            headers["x-ms-continuationtoken"] = f"tok-{start + size}"
        body = {"count": len(ids), "value": [build_json(i) for i in ids]}
        return httpx.Response(200, json=body, headers=headers)


class ConfigurationServer:
    """Lists ``total`` configurations by ``$skip``/``$top`` without continuation tokens."""

    def __init__(self, total: int = 11) -> None:
        self.total = total
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        skip = int(request.url.params.get("$skip", "0"))
        top = int(request.url.params.get("$top", "1000"))
        ids = list(range(skip, min(skip + top, self.total)))
        body = {"count": len(ids), "value": [configuration_json(i) for i in ids]}
        return httpx.Response(200, json=body)


def test_token_paging_walks_every_page_and_yields_models() -> None:
    server = BuildServer(total=10)
    builds = list(paginate(list_builds.sync_detailed, "Fabrikam", client=mock_client(server)))
    assert [b.id for b in builds] == list(range(10))
    assert all(isinstance(b, Build) and b.status == BuildStatus.COMPLETED for b in builds)
    assert len(server.requests) == 3
    tokens = [r.url.params.get("continuationToken") for r in server.requests]
    assert tokens == [None, "tok-4", "tok-8"]


def test_token_paging_keeps_the_callers_filters_on_every_page() -> None:
    server = BuildServer(total=9)
    paginator = paginate(
        list_builds.sync_detailed,
        "Fabrikam",
        client=mock_client(server),
        status_filter=BuildStatus.COMPLETED,
        tag_filters="nightly",
        page_size=3,
    )
    assert len(list(paginator)) == 9
    assert len(server.requests) == 3
    for request in server.requests:
        assert request.url.params["statusFilter"] == "completed"
        assert request.url.params["tagFilters"] == "nightly"
        assert request.url.params["$top"] == "3"


def test_pages_expose_each_pages_items_and_token() -> None:
    server = BuildServer(total=10)
    pages = list(
        paginate(list_builds.sync_detailed, "Fabrikam", client=mock_client(server)).pages()
    )
    assert [p.number for p in pages] == [1, 2, 3]
    assert [len(p.items) for p in pages] == [4, 4, 2]
    assert [p.continuation_token for p in pages] == ["tok-4", "tok-8", None]


def test_a_page_token_resumes_paging_later() -> None:
    server = BuildServer(total=10)
    resumed = paginate(
        list_builds.sync_detailed,
        "Fabrikam",
        client=mock_client(server),
        continuation_token="tok-8",
    )
    assert [b.id for b in resumed] == [8, 9]


def test_skip_paging_walks_every_page_until_an_empty_reply() -> None:
    server = ConfigurationServer(total=11)
    client = mock_client(server)
    paginator = paginate(
        list_test_configurations.sync_detailed, "Fabrikam", client=client, style="skip", page_size=4
    )
    assert [c.id for c in paginator] == list(range(11))
    skips = [(r.url.params["$skip"], r.url.params["$top"]) for r in server.requests]
    assert skips == [("0", "4"), ("4", "4"), ("8", "4"), ("11", "1")]


def test_skip_paging_pages_report_their_skip_and_stop_on_an_empty_reply() -> None:
    server = ConfigurationServer(total=9)
    paginator = paginate(
        list_test_configurations.sync_detailed,
        "Fabrikam",
        client=mock_client(server),
        style="skip",
        page_size=3,
        skip=0,
    )
    pages = list(paginator.pages())
    assert [(p.skip, len(p.items)) for p in pages] == [(0, 3), (3, 3), (6, 3)]
    assert all(p.continuation_token is None for p in pages)
    assert len(server.requests) == 4  # the last, empty, reply proves the end


def test_top_is_refused_in_favour_of_page_size_and_max_items() -> None:
    client = mock_client(ConfigurationServer())
    with pytest.raises(TypeError, match=r"page_size= .* max_items="):
        paginate(list_test_configurations.sync_detailed, "F", client=client, top=3)


def test_configurations_page_by_token_when_the_server_sends_one() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("continuationToken")
        page = {None: (0, "4;0"), "4;0": (4, "8;0"), "8;0": (8, None)}[token]
        headers = {"x-ms-continuationtoken": page[1]} if page[1] else {}
        body = {"count": 4, "value": [configuration_json(page[0] + i, name="c") for i in range(4)]}
        return httpx.Response(200, json=body, headers=headers)

    configs = paginate(
        list_test_configurations.sync_detailed, "Fabrikam", client=mock_client(handler)
    )
    assert [c.id for c in configs] == list(range(12))


def test_max_items_stops_early_without_fetching_more_pages() -> None:
    server = BuildServer(total=100)
    paginator = paginate(
        list_builds.sync_detailed, "Fabrikam", client=mock_client(server), max_items=6
    )
    assert [b.id for b in paginator] == [0, 1, 2, 3, 4, 5]
    assert len(server.requests) == 2
    pages = list(paginator.pages())
    assert [len(p.items) for p in pages] == [4, 2]


def test_max_items_zero_sends_nothing() -> None:
    server = BuildServer()
    assert (
        list(
            paginate(list_builds.sync_detailed, "Fabrikam", client=mock_client(server), max_items=0)
        )
        == []
    )
    assert server.requests == []


def test_paging_is_lazy_and_requests_the_next_page_while_this_one_is_used() -> None:
    server = BuildServer(total=12)
    second_requested = threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("continuationToken") == "tok-4":
            second_requested.set()
        return server(request)

    iterator = iter(paginate(list_builds.sync_detailed, "Fabrikam", client=mock_client(handler)))
    assert server.requests == []
    assert next(iterator).id == 0
    assert second_requested.wait(5), "page 2 was not requested while page 1 was in use"
    assert len(server.requests) == 2
    assert [next(iterator).id for _ in range(11)] == list(range(1, 12))
    assert len(server.requests) == 3


def test_pages_are_decoded_in_the_callers_thread_and_requested_at_most_one_ahead(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = BuildServer(total=20)
    reached = 0
    too_far: list[int] = []
    decoded_in: set[int] = set()
    parse = tfs_client.paging.parse

    def handler(request: httpx.Request) -> httpx.Response:
        number = len(server.requests) + 1  # page ``reached + 1`` is being decoded at most
        if number > reached + 2:
            too_far.append(number)
        return server(request)

    def recording_parse(operation: Any, raw: httpx.Response) -> Any:
        decoded_in.add(threading.get_ident())
        return parse(operation, raw)

    monkeypatch.setattr(tfs_client.paging, "parse", recording_parse)
    paginator = paginate(list_builds.sync_detailed, "Fabrikam", client=mock_client(handler))
    for page in paginator.pages():
        reached = page.number
    assert reached == 5
    assert too_far == []
    assert decoded_in == {threading.get_ident()}


def test_only_the_current_page_stays_decoded_and_one_raw_reply_ahead() -> None:
    server = BuildServer(total=40)
    replies: list[weakref.ref[httpx.Response]] = []
    items: list[weakref.ref[Build]] = []

    def alive(refs: list[weakref.ref[Any]]) -> int:
        return sum(ref() is not None for ref in refs)

    def handler(request: httpx.Request) -> httpx.Response:
        reply = server(request)
        replies.append(weakref.ref(reply))
        return reply

    paginator = paginate(list_builds.sync_detailed, "Fabrikam", client=mock_client(handler))
    held = []
    for build in paginator:
        items.append(weakref.ref(build))
        if build.id % 4 == 3:  # last item of its page: the next page is fetched, not decoded
            time.sleep(0.01)
            gc.collect()  # httpx's own reply objects form reference cycles
            held.append((alive(items), alive(replies)))
        del build
    assert held == [(4, 1)] * 9 + [(4, 0)], held


def test_breaking_out_discards_the_request_ahead_without_waiting_for_it() -> None:
    server = BuildServer(total=40)
    release = threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("continuationToken"):
            release.wait(5)
        return server(request)

    pages = paginate(list_builds.sync_detailed, "F", client=mock_client(handler)).pages()
    assert next(pages).number == 1
    started = time.monotonic()
    pages.close()
    assert time.monotonic() - started < 1
    release.set()
    time.sleep(0.05)
    assert len(server.requests) == 2


def test_an_error_on_a_later_page_is_typed() -> None:
    server = BuildServer(total=10)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("continuationToken") == "tok-4":
            return httpx.Response(
                404, json=error_json("Project gone.", "ProjectDoesNotExistException")
            )
        return server(request)

    paginator = iter(paginate(list_builds.sync_detailed, "F", client=mock_client(handler)))
    assert [next(paginator).id for _ in range(4)] == [0, 1, 2, 3]
    with pytest.raises(NotFoundError, match="Project gone"):
        next(paginator)


def test_a_dropped_connection_on_the_page_ahead_surfaces_when_that_page_is_reached() -> None:
    server = BuildServer(total=10)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("continuationToken") == "tok-4":
            raise httpx.ReadError("connection reset")
        return server(request)

    client = mock_client(handler, retries=0)
    pages = paginate(list_builds.sync_detailed, "F", client=client).pages()
    first = next(pages)
    assert [b.id for b in first.items] == [0, 1, 2, 3]
    with pytest.raises(ApiConnectionError, match="connection reset") as caught:
        next(pages)
    assert caught.value.operation == "list_builds"


class Body(httpx.SyncByteStream):
    """A reply body that records whether it was closed and can fail after its first half."""

    def __init__(self, content: bytes, token: str | None, fail: bool = False) -> None:
        self.content, self.token, self.fail, self.closed = content, token, fail, False

    def __iter__(self) -> Iterator[bytes]:
        yield self.content[: len(self.content) // 2]
        if self.fail:
            raise httpx.ReadError("connection reset mid-body")
        yield self.content[len(self.content) // 2 :]

    def close(self) -> None:
        self.closed = True


def streamed(server: BuildServer, fail_on: str | None = None) -> tuple[Handler, list[Body]]:
    """A handler whose replies stream their bodies (as the network does), and those bodies;
    the first reply for token ``fail_on`` is cut off mid-body."""
    bodies: list[Body] = []

    def handler(request: httpx.Request) -> httpx.Response:
        reply = server(request)
        token = request.url.params.get("continuationToken")
        first_try = all(body.token != token for body in bodies)
        bodies.append(
            Body(reply.content, token, fail=first_try and fail_on is not None and token == fail_on)
        )
        return httpx.Response(200, headers=reply.headers, stream=bodies[-1])

    return handler, bodies


def test_the_page_ahead_is_read_in_the_worker_so_a_paused_loop_holds_no_connection() -> None:
    handler, bodies = streamed(BuildServer(total=40))
    pages = paginate(list_builds.sync_detailed, "F", client=mock_client(handler)).pages()
    assert [b.id for b in next(pages).items] == [0, 1, 2, 3]
    deadline = time.monotonic() + 5
    while not (len(bodies) == 2 and bodies[1].closed) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(bodies) == 2 and bodies[1].closed  # read to the end and released, while paused
    pages.close()
    assert len(bodies) == 2


def test_a_body_cut_off_on_the_page_ahead_is_typed_when_that_page_is_reached() -> None:
    handler, _ = streamed(BuildServer(total=10), fail_on="tok-4")
    pages = paginate(list_builds.sync_detailed, "F", client=mock_client(handler, retries=0)).pages()
    assert next(pages).number == 1
    with pytest.raises(ApiConnectionError, match="mid-body"):
        next(pages)


def test_a_body_cut_off_on_the_page_ahead_is_resumed_by_the_retries() -> None:
    handler, _ = streamed(BuildServer(total=10), fail_on="tok-4")
    client = mock_client(handler, clock=FakeClock())
    assert [b.id for b in paginate(list_builds.sync_detailed, "F", client=client)] == list(
        range(10)
    )


@pytest.mark.parametrize(("max_items", "requests"), [(4, 1), (5, 2), (8, 2), (9, 3)])
def test_max_items_never_requests_a_page_beyond_them(max_items: int, requests: int) -> None:
    server = BuildServer(total=100)
    paginator = paginate(
        list_builds.sync_detailed,
        "F",
        client=mock_client(server),
        page_size=4,
        max_items=max_items,
    )
    assert [b.id for b in paginator] == list(range(max_items))
    time.sleep(0.05)
    assert len(server.requests) == requests


def test_an_empty_token_ends_paging() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={"count": 1, "value": [build_json(1)]},
            headers={"x-ms-continuationtoken": "  "},
        )

    assert len(list(paginate(list_builds.sync_detailed, "F", client=mock_client(handler)))) == 1


def test_a_repeating_token_raises_instead_of_looping_forever() -> None:
    tokens = iter(["a", "b", "a"])

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"x-ms-continuationtoken": next(tokens)}
        return httpx.Response(200, json={"count": 1, "value": [build_json(1)]}, headers=headers)

    with pytest.raises(PaginationError, match="repeated continuation token 'a'") as caught:
        list(paginate(list_builds.sync_detailed, "F", client=mock_client(handler)))
    assert caught.value.operation == "list_builds"


def test_a_token_equal_to_the_one_sent_raises() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"count": 0, "value": []}, headers={"x-ms-continuationtoken": "same"}
        )

    with pytest.raises(PaginationError):
        list(
            paginate(
                list_builds.sync_detailed,
                "F",
                client=mock_client(handler),
                continuation_token="same",
            )
        )


def test_operations_that_cannot_page_are_rejected() -> None:
    client = mock_client(BuildServer())
    with pytest.raises(TypeError, match="cannot page"):
        paginate(list_test_sessions.sync_detailed, "F", "Team", client=client)
    with pytest.raises(TypeError, match="cannot page"):
        paginate(list_builds.sync_detailed, "F", client=client, style="skip")
    with pytest.raises(TypeError):
        paginate(list_builds.sync_detailed, client=client)  # project missing
    with pytest.raises(TypeError, match="cannot page"):
        paginate(get_build.OPERATION, "F", 1, client=client)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match=r"pass tfs_api\.api\.builds\.list_builds\.OPERATION$"):
        paginate(list_builds, "F", client=client)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match=r"got an unexpected keyword argument 'stat_filter'"):
        paginate(list_builds.OPERATION, "F", stat_filter="x", client=client)
    with pytest.raises(ValueError):
        paginate(list_builds.sync_detailed, "F", client=client, max_items=-1)


def test_an_undocumented_success_status_is_a_malformed_response() -> None:
    client = mock_client(
        lambda request: httpx.Response(201, json={"count": 1, "value": [build_json(1)]})
    )
    with pytest.raises(MalformedResponseError, match="201 Created: not a documented success"):
        list(paginate(list_builds.sync_detailed, "F", client=client))


def test_an_unparsable_page_is_a_malformed_response() -> None:
    client = mock_client(lambda request: httpx.Response(200, text="<html>proxy</html>"))
    with pytest.raises(MalformedResponseError):
        list(paginate(list_builds.sync_detailed, "F", client=client))


def test_a_page_without_its_value_list_is_a_malformed_response() -> None:
    client = mock_client(lambda request: httpx.Response(200, json={"count": 0}))
    with pytest.raises(
        MalformedResponseError, match=r"BuildList\.value: required field is missing"
    ):
        list(paginate(list_builds.sync_detailed, "F", client=client))


def test_get_build_is_not_a_list_operation() -> None:
    with pytest.raises(TypeError):
        paginate(get_build.sync_detailed, "F", 1, client=mock_client(BuildServer()))


@pytest.mark.anyio
async def test_async_token_paging_walks_every_page() -> None:
    server = BuildServer(total=10)
    paginator = apaginate(list_builds.asyncio_detailed, "Fabrikam", client=mock_client(server))
    assert [b.id async for b in paginator] == list(range(10))
    assert [p.continuation_token async for p in paginator.pages()] == ["tok-4", "tok-8", None]


@pytest.mark.anyio
async def test_async_skip_paging_walks_every_page_with_max_items() -> None:
    server = ConfigurationServer(total=20)
    paginator = apaginate(
        list_test_configurations.asyncio_detailed,
        "Fabrikam",
        client=mock_client(server),
        style="skip",
        page_size=5,
        max_items=13,
    )
    assert [c.id async for c in paginator] == list(range(13))
    assert [r.url.params["$skip"] for r in server.requests] == ["0", "5", "10"]


@pytest.mark.anyio
async def test_async_repeating_token_raises() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={"count": 1, "value": [build_json(1)]},
            headers={"x-ms-continuationtoken": "x"},
        )

    with pytest.raises(PaginationError):
        [b async for b in apaginate(list_builds.asyncio_detailed, "F", client=mock_client(handler))]


@pytest.mark.anyio
async def test_async_paging_requests_the_next_page_while_decoding_and_errors_wait_their_turn() -> (
    None
):
    server = BuildServer(total=12)
    order: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("continuationToken")
        order.append(f"request {token}")
        if token == "tok-8":
            return httpx.Response(503, json=error_json("Down.", "ServiceUnavailableException"))
        return server(request)

    pages = apaginate(
        list_builds.asyncio_detailed, "F", client=mock_client(handler, retries=0)
    ).pages()
    async for page in pages:
        order.append(f"page {page.number}")
        if page.number == 2:
            break
    assert order == ["request None", "request tok-4", "page 1", "request tok-8", "page 2"]
    with pytest.raises(ServerError, match="Down"):
        async for page in apaginate(
            list_builds.asyncio_detailed, "F", client=mock_client(handler, retries=0)
        ).pages():
            assert page.number < 3


@pytest.mark.anyio
async def test_async_max_items_never_requests_a_page_beyond_them() -> None:
    server = BuildServer(total=100)
    paginator = apaginate(
        list_builds.asyncio_detailed, "F", client=mock_client(server), page_size=4, max_items=8
    )
    assert [b.id async for b in paginator] == list(range(8))
    assert len(server.requests) == 2


@pytest.mark.anyio
async def test_async_unparsable_page_is_a_malformed_response_not_a_group() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("continuationToken")
        if token is None:
            return httpx.Response(
                200, text="<html>proxy</html>", headers={"x-ms-continuationtoken": "t"}
            )
        return httpx.Response(200, json={"count": 0, "value": []})

    with pytest.raises(MalformedResponseError):
        [b async for b in apaginate(list_builds.asyncio_detailed, "F", client=mock_client(handler))]
