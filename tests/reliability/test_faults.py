"""Network faults between the client and the emulator, injected by a loopback TCP proxy:
connections reset mid-download and mid-upload, 429/503 storms, connect and read timeouts.

Retries run on a fake clock: the waits the client asks for are recorded, never slept.
"""

from __future__ import annotations

import email.utils
import json
import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from tfs_api.api.attachments import list_test_run_attachments
from tfs_api.api.builds import get_build, list_builds, queue_build
from tfs_api.client import Client
from tfs_api.models import DefinitionIdReference, QueueBuildRequest
from tfs_client import (
    ApiConnectionError,
    ApiTimeoutError,
    RateLimitError,
    ServerError,
    TfsApiError,
    acall,
    adownload_attachment,
    aupload_attachment,
    call,
    connect,
    download_attachment,
    paginate,
    upload_attachment,
)
from tfs_emulator import attachments

from tests.client._support import FakeClock

from .conftest import World
from .faults import (
    FaultProxy,
    canned,
    hang,
    http_reply,
    reset_reply_after,
    reset_request_after,
    stall_reply_after,
    unresponsive_listener,
)

PAYLOAD = random.Random(7).randbytes(1024 * 1024 + 5)
READ_TIMEOUT = httpx.Timeout(5.0, read=0.05)
"""Reading gives up after 50 ms of silence (connecting to the proxy may take its time)."""
CONNECT_TIMEOUT = httpx.Timeout(5.0, connect=0.05)
"""Connecting gives up after 50 ms."""


def _client(url: str, clock: FakeClock, **policy: Any) -> Client:
    return connect(url, token="reliability-token", retries=clock.policy(**policy))


@pytest.fixture(scope="module")
def direct(world: World) -> Iterator[Client]:
    """A client talking to the emulator without the proxy (to seed and to check state)."""
    with connect(world.base_url, token="reliability-token") as client:
        yield client


@pytest.fixture(scope="module")
def attachment_id(world: World, direct: Client, tmp_path_factory: pytest.TempPathFactory) -> int:
    """An attachment of ``PAYLOAD`` stored on the emulator."""
    source = tmp_path_factory.mktemp("payload") / "payload.bin"
    source.write_bytes(PAYLOAD)
    return upload_attachment(direct, world.project, world.run_id, source).id


def _attachment_names(world: World, client: Client) -> list[str]:
    listed = call(
        list_test_run_attachments.sync_detailed, world.project, world.run_id, client=client
    )
    return [str(item.file_name) for item in listed.value]


#: Seconds an upload cut by the proxy may take the emulator to finish on a starved machine: a
#: bound against hanging forever, never a wait (the event ends it).
UPLOAD_HANDLED_TIMEOUT = 120.0


def _assert_no_partial_upload_after(world: World, handled: int) -> None:
    """Once the emulator has handled ``handled`` uploads (it learns of a reset only after it
    consumed what it had received, so that may take long on a busy machine), no partial upload
    is left in its uploads/."""
    handled_uploads = world.server.state.handled_uploads
    assert handled_uploads.wait_for(handled, UPLOAD_HANDLED_TIMEOUT), "the upload never ended"
    assert not any(world.server.state.uploads_dir.iterdir()), "a partial upload was left"


def _build_count(world: World, client: Client) -> int:
    return sum(1 for _ in paginate(list_builds.sync_detailed, world.project, client=client))


def _queue_request(world: World) -> QueueBuildRequest:
    return QueueBuildRequest(definition=DefinitionIdReference(id=world.definition_id))


def _queue(world: World, client: Client) -> int:
    """Queue a build of the seeded definition; its id."""
    build = call(
        queue_build.sync_detailed, world.project, client=client, body=_queue_request(world)
    )
    assert isinstance(build.id, int)
    return build.id


def _error_reply(status: int, headers: dict[str, str]) -> bytes:
    body = json.dumps(
        {"$id": "1", "message": f"storm {status}", "typeKey": "Storm", "errorCode": 0}
    ).encode()
    return http_reply(
        status, body, headers={"Content-Type": "application/json; charset=utf-8", **headers}
    )


# -- connection reset in the middle of a download ---------------------------------------------


@pytest.mark.parametrize("cut_after", [0, 300_000])
def test_reset_mid_download_is_a_typed_error_and_leaves_no_file(
    world: World,
    proxy: FaultProxy,
    clock: FakeClock,
    attachment_id: int,
    tmp_path: Path,
    cut_after: int,
) -> None:
    proxy.inject(reset_reply_after(cut_after))
    dest = tmp_path / "download.bin"

    with (
        _client(proxy.url(world.base_url), clock, retries=0) as client,
        pytest.raises(ApiConnectionError) as caught,
    ):
        download_attachment(client, world.project, world.run_id, attachment_id, dest)

    assert caught.value.operation == "get_test_run_attachment_content"
    assert caught.value.status is None
    assert list(tmp_path.iterdir()) == []  # neither the file nor a temporary part of it


@pytest.mark.parametrize("cut_after", [0, 300_000, len(PAYLOAD) - 1])
def test_reset_mid_download_is_resumed_by_a_retry_and_the_bytes_match(
    world: World,
    proxy: FaultProxy,
    clock: FakeClock,
    attachment_id: int,
    tmp_path: Path,
    cut_after: int,
) -> None:
    proxy.inject(reset_reply_after(cut_after))
    dest = tmp_path / "download.bin"

    with _client(proxy.url(world.base_url), clock, retries=3) as client:
        written = download_attachment(client, world.project, world.run_id, attachment_id, dest)

    assert written == dest
    assert dest.read_bytes() == PAYLOAD
    assert proxy.connections == 2 and len(clock.sleeps) == 1
    assert list(tmp_path.iterdir()) == [dest]


def test_resets_beyond_the_configured_retries_give_up_with_no_file(
    world: World, proxy: FaultProxy, clock: FakeClock, attachment_id: int, tmp_path: Path
) -> None:
    proxy.inject(*(reset_reply_after(100_000 * n) for n in range(1, 5)))

    with (
        _client(proxy.url(world.base_url), clock, retries=3) as client,
        pytest.raises(ApiConnectionError) as caught,
    ):
        download_attachment(client, world.project, world.run_id, attachment_id, tmp_path)

    assert caught.value.operation == "get_test_run_attachment_content"
    assert proxy.connections == 4
    assert list(tmp_path.iterdir()) == []


@pytest.mark.anyio
async def test_async_reset_mid_download_fails_cleanly_then_resumes_with_retries(
    world: World, proxy: FaultProxy, clock: FakeClock, attachment_id: int, tmp_path: Path
) -> None:
    dest = tmp_path / "download.bin"
    proxy.inject(reset_reply_after(200_000))
    async with _client(proxy.url(world.base_url), clock, retries=0) as client:
        with pytest.raises(ApiConnectionError):
            await adownload_attachment(client, world.project, world.run_id, attachment_id, dest)
    assert list(tmp_path.iterdir()) == []

    proxy.inject(reset_reply_after(200_000))
    async with _client(proxy.url(world.base_url), clock, retries=2) as client:
        await adownload_attachment(client, world.project, world.run_id, attachment_id, dest)
    assert dest.read_bytes() == PAYLOAD


def test_stalled_download_is_a_read_timeout_naming_the_operation_with_no_file(
    world: World, proxy: FaultProxy, clock: FakeClock, attachment_id: int, tmp_path: Path
) -> None:
    proxy.inject(stall_reply_after(50_000))
    dest = tmp_path / "download.bin"
    client = connect(
        proxy.url(world.base_url), timeout=READ_TIMEOUT, retries=clock.policy(retries=0)
    )

    with client, pytest.raises(ApiTimeoutError) as caught:
        download_attachment(client, world.project, world.run_id, attachment_id, dest)

    assert caught.value.operation == "get_test_run_attachment_content"
    assert "ReadTimeout" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


# -- connection reset in the middle of an upload ----------------------------------------------


def test_reset_mid_upload_is_typed_not_retried_and_stores_nothing(
    world: World, proxy: FaultProxy, clock: FakeClock, direct: Client, tmp_path: Path
) -> None:
    source = tmp_path / "cut-sync.bin"
    source.write_bytes(PAYLOAD)
    proxy.inject(reset_request_after(400_000))
    handled = world.server.state.handled_uploads.count

    with (
        _client(proxy.url(world.base_url), clock, retries=3) as client,
        pytest.raises(ApiConnectionError) as caught,
    ):
        upload_attachment(client, world.project, world.run_id, source)

    assert caught.value.operation == "create_test_run_attachment"
    assert proxy.connections == 1 and clock.sleeps == []  # a POST is not sent twice
    _assert_no_partial_upload_after(world, handled + 1)
    assert "cut-sync.bin" not in _attachment_names(world, direct)


@pytest.mark.anyio
async def test_async_reset_mid_upload_is_typed_and_stores_nothing(
    world: World, proxy: FaultProxy, clock: FakeClock, direct: Client, tmp_path: Path
) -> None:
    source = tmp_path / "cut-async.bin"
    source.write_bytes(PAYLOAD)
    proxy.inject(reset_request_after(600_000))
    handled = world.server.state.handled_uploads.count

    async with _client(proxy.url(world.base_url), clock, retries=3) as client:
        with pytest.raises(ApiConnectionError) as caught:
            await aupload_attachment(
                client, world.project, world.run_id, source, result_id=world.result_id
            )

    assert caught.value.operation == "create_test_result_attachment"
    assert proxy.connections == 1
    _assert_no_partial_upload_after(world, handled + 1)
    assert "cut-async.bin" not in _attachment_names(world, direct)


def test_a_cut_upload_is_checked_only_once_a_slow_emulator_handled_it(
    world: World,
    proxy: FaultProxy,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "cut-slow.bin"
    source.write_bytes(PAYLOAD)
    proxy.inject(reset_request_after(400_000))
    owner, read = attachments._owner, attachments.read_upload
    partial_files: list[Path] = []

    def slow_owner(*args: Any) -> Any:
        time.sleep(1.0)  # a starved emulator: it starts the upload after the client's error
        return owner(*args)

    async def recording_read(*args: Any) -> Any:
        partial_files.extend(world.server.state.uploads_dir.iterdir())
        return await read(*args)

    monkeypatch.setattr(attachments, "_owner", slow_owner)
    monkeypatch.setattr(attachments, "read_upload", recording_read)
    handled = world.server.state.handled_uploads.count
    with (
        _client(proxy.url(world.base_url), clock, retries=3) as client,
        pytest.raises(ApiConnectionError),
    ):
        upload_attachment(client, world.project, world.run_id, source)

    _assert_no_partial_upload_after(world, handled + 1)
    assert len(partial_files) == 1  # the emulator did write a partial file ...
    assert not partial_files[0].exists()  # ... and removed it before the check


def test_opted_in_upload_retry_after_a_reset_stores_exactly_one_whole_attachment(
    world: World, proxy: FaultProxy, clock: FakeClock, direct: Client, tmp_path: Path
) -> None:
    source = tmp_path / "retried.bin"
    source.write_bytes(PAYLOAD)
    proxy.inject(reset_request_after(400_000))
    handled = world.server.state.handled_uploads.count

    with _client(proxy.url(world.base_url), clock, retries=2, retry_non_idempotent=True) as client:
        reference = upload_attachment(client, world.project, world.run_id, source)

    assert proxy.connections == 2
    _assert_no_partial_upload_after(world, handled + 2)
    assert _attachment_names(world, direct).count("retried.bin") == 1
    back = tmp_path / "back.bin"
    download_attachment(direct, world.project, world.run_id, reference.id, back)
    assert back.read_bytes() == PAYLOAD


# -- 429 and 503 storms ---------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 503])
def test_storm_with_retry_after_seconds_waits_as_told_then_succeeds(
    world: World, proxy: FaultProxy, clock: FakeClock, direct: Client, status: int
) -> None:
    build_id = _queue(world, direct)
    proxy.inject(*[canned(_error_reply(status, {"Retry-After": "2"}))] * 4)

    with _client(proxy.url(world.base_url), clock, retries=5) as client:
        fetched = call(get_build.sync_detailed, world.project, build_id, client=client)

    assert fetched.id == build_id and fetched.status == "notStarted"
    assert clock.sleeps == [2.0, 2.0, 2.0, 2.0]
    assert len(proxy.canned_requests) == 4
    assert all(request.startswith(b"GET /") for request in proxy.canned_requests)


def test_retry_after_as_an_http_date_is_honoured(
    world: World, proxy: FaultProxy, clock: FakeClock
) -> None:
    when = email.utils.formatdate(clock.now + 7, usegmt=True)
    proxy.inject(canned(_error_reply(503, {"Retry-After": when})))

    with _client(proxy.url(world.base_url), clock, retries=2) as client:
        builds = call(list_builds.sync_detailed, world.project, client=client)

    assert builds.count >= 0
    assert clock.sleeps == [pytest.approx(7.0, abs=1.0)]


def test_retry_after_is_capped(world: World, proxy: FaultProxy, clock: FakeClock) -> None:
    proxy.inject(*[canned(_error_reply(429, {"Retry-After": "86400"}))] * 2)

    with _client(proxy.url(world.base_url), clock, retries=3, max_retry_after=10.0) as client:
        call(list_builds.sync_detailed, world.project, client=client)

    assert clock.sleeps == [10.0, 10.0]


@pytest.mark.parametrize(
    ("status", "kind"),
    [(429, RateLimitError), (502, ServerError), (503, ServerError), (504, ServerError)],
)
def test_storm_gives_up_with_a_typed_error_after_the_configured_attempts(
    world: World, proxy: FaultProxy, clock: FakeClock, status: int, kind: type[TfsApiError]
) -> None:
    proxy.inject(*[canned(_error_reply(status, {"Retry-After": "1"}))] * 10)

    with (
        _client(proxy.url(world.base_url), clock, retries=3) as client,
        pytest.raises(kind) as caught,
    ):
        call(get_build.sync_detailed, world.project, 1, client=client)

    assert type(caught.value) is kind
    assert caught.value.status == status and caught.value.operation == "get_build"
    assert caught.value.message == f"storm {status}" and caught.value.type_key == "Storm"
    assert len(proxy.canned_requests) == 4 and clock.sleeps == [1.0, 1.0, 1.0]
    if isinstance(caught.value, RateLimitError):
        assert caught.value.retry_after == "1"


@pytest.mark.parametrize("status", [429, 503])
def test_a_post_is_not_retried_in_a_storm_unless_opted_in(
    world: World, proxy: FaultProxy, clock: FakeClock, direct: Client, status: int
) -> None:
    before = _build_count(world, direct)
    proxy.inject(*[canned(_error_reply(status, {"Retry-After": "1"}))] * 2)

    with (
        _client(proxy.url(world.base_url), clock, retries=3) as client,
        pytest.raises(RateLimitError if status == 429 else ServerError),
    ):
        call(queue_build.sync_detailed, world.project, client=client, body=_queue_request(world))
    assert len(proxy.canned_requests) == 1 and clock.sleeps == []
    assert _build_count(world, direct) == before

    with _client(proxy.url(world.base_url), clock, retries=3, retry_non_idempotent=True) as client:
        queued = _queue(world, client)
    assert len(proxy.canned_requests) == 2 and clock.sleeps == [1.0]
    assert _build_count(world, direct) == before + 1
    assert call(get_build.sync_detailed, world.project, queued, client=direct).id == queued


@pytest.mark.anyio
async def test_async_storm_waits_then_succeeds_and_gives_up_typed(
    world: World, proxy: FaultProxy, clock: FakeClock
) -> None:
    proxy.inject(*[canned(_error_reply(503, {"Retry-After": "3"}))] * 2)
    async with _client(proxy.url(world.base_url), clock, retries=2) as client:
        builds = await acall(list_builds.asyncio_detailed, world.project, client=client)
        assert builds.count >= 0
        assert clock.sleeps == [3.0, 3.0]

    proxy.inject(*[canned(_error_reply(429, {"Retry-After": "3"}))] * 3)
    async with _client(proxy.url(world.base_url), clock, retries=2) as client:
        with pytest.raises(RateLimitError) as caught:
            await acall(list_builds.asyncio_detailed, world.project, client=client)
    assert caught.value.operation == "list_builds"
    assert clock.sleeps == [3.0, 3.0, 3.0, 3.0]


# -- timeouts -------------------------------------------------------------------------------


def test_connect_timeout_is_typed_and_names_the_operation(clock: FakeClock) -> None:
    with unresponsive_listener() as url:
        client = connect(
            f"{url}/DefaultCollection", timeout=CONNECT_TIMEOUT, retries=clock.policy(retries=1)
        )
        with client, pytest.raises(ApiTimeoutError) as caught:
            call(get_build.sync_detailed, "Reliability", 1, client=client)

    assert caught.value.operation == "get_build"
    assert "ConnectTimeout" in str(caught.value) and str(caught.value).startswith("get_build: ")
    assert caught.value.status is None
    assert len(clock.sleeps) == 1  # retried once, then gave up


def test_read_timeout_is_typed_and_names_the_operation(
    world: World, proxy: FaultProxy, clock: FakeClock
) -> None:
    proxy.inject(hang(), hang())
    client = connect(
        proxy.url(world.base_url), timeout=READ_TIMEOUT, retries=clock.policy(retries=1)
    )

    with client, pytest.raises(ApiTimeoutError) as caught:
        call(list_builds.sync_detailed, world.project, client=client)

    assert caught.value.operation == "list_builds"
    assert "ReadTimeout" in str(caught.value)
    assert len(proxy.canned_requests) == 2


def test_read_timeout_of_a_post_is_typed_and_the_post_is_sent_once(
    world: World, proxy: FaultProxy, clock: FakeClock
) -> None:
    proxy.inject(hang(), hang())
    client = connect(
        proxy.url(world.base_url), timeout=READ_TIMEOUT, retries=clock.policy(retries=3)
    )

    with client, pytest.raises(ApiTimeoutError) as caught:
        call(queue_build.sync_detailed, world.project, client=client, body=_queue_request(world))

    assert caught.value.operation == "queue_build"
    assert len(proxy.canned_requests) == 1 and clock.sleeps == []


@pytest.mark.anyio
async def test_async_connect_and_read_timeouts_are_typed(
    world: World, proxy: FaultProxy, clock: FakeClock
) -> None:
    with unresponsive_listener() as url:
        client = connect(
            f"{url}/DefaultCollection", timeout=CONNECT_TIMEOUT, retries=clock.policy(retries=0)
        )
        async with client:
            with pytest.raises(ApiTimeoutError) as connecting:
                await acall(get_build.asyncio_detailed, "Reliability", 1, client=client)
    assert connecting.value.operation == "get_build"
    assert "ConnectTimeout" in str(connecting.value)

    proxy.inject(hang())
    client = connect(
        proxy.url(world.base_url), timeout=READ_TIMEOUT, retries=clock.policy(retries=0)
    )
    async with client:
        with pytest.raises(ApiTimeoutError) as reading:
            await acall(list_builds.asyncio_detailed, world.project, client=client)
    assert reading.value.operation == "list_builds"
    assert "ReadTimeout" in str(reading.value)
