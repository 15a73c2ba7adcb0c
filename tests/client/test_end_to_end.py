"""Every tfs_client capability against the emulator over a real loopback socket, sync and async."""

from __future__ import annotations

import base64
import hashlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from tfs_api import models
from tfs_api.api.attachments import list_test_result_attachments, list_test_run_attachments
from tfs_api.api.builds import get_build, list_builds, queue_build
from tfs_api.api.code_coverage import get_build_code_coverage
from tfs_api.api.configurations import create_test_configuration, list_test_configurations
from tfs_api.client import Client
from tfs_api.models.definition_id_reference import DefinitionIdReference
from tfs_api.models.queue_build_request import QueueBuildRequest
from tfs_client import (
    ApiConnectionError,
    BadRequestError,
    CodeCoverageFlags,
    NotFoundError,
    RetryPolicy,
    acall,
    adownload_attachment,
    apaginate,
    aupload_attachment,
    call,
    connect,
    download_attachment,
    iter_attachment_bytes,
    paginate,
    upload_attachment,
)
from tfs_emulator.server import EmulatorServer

GIT = "Fabrikam-Fiber-Git"
TFVC = "Fabrikam-Fiber-TFVC"


@pytest.fixture(scope="module")
def server() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed="demo") as running:
        yield running
        assert running.state.internal_errors == 0


@pytest.fixture
def client(server: EmulatorServer) -> Iterator[Client]:
    with connect(server.base_url, token="emulator-accepts-any-token") as connected:
        yield connected


def test_get_build_and_typed_not_found(client: Client) -> None:
    build = call(get_build.sync_detailed, GIT, 391, client=client)
    assert build.id == 391
    with pytest.raises(NotFoundError) as caught:
        call(get_build.sync_detailed, GIT, 999_999, client=client)
    assert caught.value.operation == "get_build"
    assert caught.value.type_key and caught.value.message


def test_bad_input_gives_the_servers_error_body(client: Client) -> None:
    with pytest.raises(BadRequestError) as caught:
        call(
            queue_build.sync_detailed,
            GIT,
            client=client,
            body=QueueBuildRequest(definition=DefinitionIdReference(id=-5)),
        )
    assert caught.value.body is not None and caught.value.body.message


def test_builds_page_by_continuation_token(client: Client) -> None:
    everything = [
        b.id for b in paginate(list_builds.sync_detailed, GIT, client=client, page_size=1000)
    ]
    assert len(everything) >= 21
    paginator = paginate(list_builds.sync_detailed, GIT, client=client, page_size=5)
    pages = list(paginator.pages())
    assert len(pages) >= 5
    assert all(p.continuation_token for p in pages[:-1]) and pages[-1].continuation_token is None
    assert [b.id for p in pages for b in p.items] == everything
    assert [
        b.id
        for b in paginate(list_builds.sync_detailed, GIT, client=client, page_size=5, max_items=7)
    ] == everything[:7]


def test_configurations_page_by_token_and_by_skip(client: Client) -> None:
    project = TFVC
    for index in range(9):
        call(
            create_test_configuration.sync_detailed,
            project,
            client=client,
            body=models.TestConfigurationCreate(name=f"e2e config {index}"),
        )
    all_ids = [
        c.id for c in paginate(list_test_configurations.sync_detailed, project, client=client)
    ]
    assert len(all_ids) >= 12 and all_ids == sorted(all_ids)
    by_skip = paginate(
        list_test_configurations.sync_detailed, project, client=client, style="skip", page_size=4
    )
    skip_pages = list(by_skip.pages())
    assert len(skip_pages) >= 3
    assert [c.id for p in skip_pages for c in p.items] == all_ids
    by_token = paginate(
        list_test_configurations.sync_detailed, project, client=client, style="token", page_size=4
    )
    token_pages = list(by_token.pages())  # $top would cap the whole list here: pages are cut
    assert [c.id for p in token_pages for c in p.items] == all_ids
    assert {len(p.items) for p in token_pages[:-1]} == {4}


def test_coverage_flags_reach_the_server_as_their_sum(
    client: Client, server: EmulatorServer
) -> None:
    flags = CodeCoverageFlags.MODULES | CodeCoverageFlags.FUNCTIONS
    coverage = call(
        get_build_code_coverage.sync_detailed, TFVC, build_id=363, flags=flags, client=client
    )
    assert coverage.value and coverage.value[0].modules


def test_upload_then_download_round_trips_a_large_file_byte_for_byte(
    client: Client, tmp_path: Path
) -> None:
    source = tmp_path / "trace.bin"
    source.write_bytes(os.urandom(5 * 1024 * 1024 + 1))
    progress: list[tuple[int, int | None]] = []
    reference = upload_attachment(
        client, TFVC, 23, source, comment="e2e", progress=lambda d, t: progress.append((d, t))
    )
    assert progress[-1] == (source.stat().st_size, source.stat().st_size)
    listed = call(list_test_run_attachments.sync_detailed, TFVC, 23, client=client)
    assert reference.id in [a.id for a in listed.value]
    folder = tmp_path / "downloads"
    folder.mkdir()
    written = download_attachment(client, TFVC, 23, reference.id, folder)
    assert written == folder / "trace.bin"
    assert (
        hashlib.sha256(written.read_bytes()).digest()
        == hashlib.sha256(source.read_bytes()).digest()
    )
    streamed = hashlib.sha256()
    for chunk in iter_attachment_bytes(client, TFVC, 23, reference.id):
        streamed.update(chunk)
    assert streamed.digest() == hashlib.sha256(source.read_bytes()).digest()


def test_result_attachments_round_trip(client: Client, tmp_path: Path) -> None:
    source = tmp_path / "result.txt"
    source.write_text("result log\n")
    reference = upload_attachment(client, TFVC, 23, source, result_id=100000)
    listed = call(list_test_result_attachments.sync_detailed, TFVC, 23, 100000, client=client)
    assert reference.id in [a.id for a in listed.value]
    dest = tmp_path / "copy.txt"
    download_attachment(client, TFVC, 23, reference.id, dest, result_id=100000)
    assert dest.read_text() == "result log\n"


def test_download_of_a_missing_attachment_leaves_no_file(client: Client, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        download_attachment(client, TFVC, 23, 987_654, tmp_path / "nothing.bin")
    assert list(tmp_path.iterdir()) == []


def test_connection_refused_is_a_typed_error_after_retries() -> None:
    with EmulatorServer() as stopped:
        url = stopped.base_url  # nothing listens there once the server has stopped
    policy = RetryPolicy(retries=1, sleep=lambda seconds: None)
    with (
        connect(url, retries=policy, timeout=2) as client,
        pytest.raises(ApiConnectionError) as caught,
    ):
        call(get_build.sync_detailed, GIT, 1, client=client)
    assert caught.value.operation == "get_build"


@pytest.mark.anyio
async def test_async_calls_paging_and_attachments(server: EmulatorServer, tmp_path: Path) -> None:
    source = tmp_path / "async.bin"
    source.write_bytes(os.urandom(1024 * 1024 + 2))
    async with connect(server.base_url, token="t") as client:
        build = await acall(get_build.asyncio_detailed, GIT, 391, client=client)
        assert build.id == 391
        ids = [
            b.id
            async for b in apaginate(list_builds.asyncio_detailed, GIT, client=client, page_size=4)
        ]
        assert len(ids) >= 21 and len(set(ids)) == len(ids)
        reference = await aupload_attachment(client, TFVC, 23, source)
        dest = tmp_path / "back.bin"
        await adownload_attachment(client, TFVC, 23, reference.id, dest)
    assert dest.read_bytes() == source.read_bytes()


def test_token_stays_out_of_debug_logs_over_a_real_socket(
    server: EmulatorServer, caplog: pytest.LogCaptureFixture
) -> None:
    token = "e2e-secret-token-4242"
    caplog.set_level(logging.DEBUG)
    with connect(server.base_url, token=token) as client:
        call(get_build.sync_detailed, GIT, 391, client=client)
        with pytest.raises(NotFoundError) as caught:
            call(get_build.sync_detailed, GIT, 424242, client=client)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "send_request_headers" in logged  # httpcore's DEBUG records were captured
    for secret in (token, base64.b64encode(f":{token}".encode()).decode()):
        assert secret not in logged
        assert secret not in str(caught.value) and secret not in repr(client)
