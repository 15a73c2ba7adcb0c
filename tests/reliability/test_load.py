"""Load: 16 threads sharing one sync client and 64 concurrent async tasks sharing one async
client, at the same time, against the emulator over loopback. More than 5,000 mixed requests
(reads, writes, uploads, downloads, pages) with zero errors and zero lost records: every
configuration, build, tag, session and attachment written is there at the end, exactly once.

The figures (requests, seconds, requests per second) are printed for the record.
"""

from __future__ import annotations

import hashlib
import io
import threading
import time
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
from tfs_api.api.attachments import list_test_run_attachments
from tfs_api.api.builds import add_build_tag, get_build, get_build_tags, list_builds, queue_build
from tfs_api.api.configurations import (
    create_test_configuration,
    get_test_configuration,
    list_test_configurations,
    update_test_configuration,
)
from tfs_api.api.sessions import create_test_session, list_test_sessions
from tfs_api.client import Client
from tfs_api.models import DefinitionIdReference, QueueBuildRequest, SessionArea
from tfs_api.models import TestConfigurationCreate as ConfigurationCreate
from tfs_api.models import TestConfigurationUpdate as ConfigurationUpdate
from tfs_api.models import TestSessionCreate as SessionCreate
from tfs_client import (
    acall,
    aiter_attachment_bytes,
    aupload_attachment,
    call,
    connect,
    iter_attachment_bytes,
    paginate,
    upload_attachment,
)

from .conftest import Seeded, emulator_process

THREADS, THREAD_ROUNDS = 16, 16
TASKS, TASK_ROUNDS = 64, 4
REQUESTS_PER_ROUND = 11
MIN_REQUESTS = 5_000


def _payload(name: str) -> bytes:
    return hashlib.sha256(name.encode()).digest() * 64  # 2 KiB, different per round


def _id(model: Any) -> int:
    assert isinstance(model.id, int), model
    return model.id


def _sync_round(world: Seeded, client: Client, name: str) -> None:
    """One round of 11 mixed requests through the sync client."""
    p = world.project
    created = call(
        create_test_configuration.sync_detailed,
        p,
        client=client,
        body=ConfigurationCreate(name=name, description="load"),
    )
    assert call(get_test_configuration.sync_detailed, p, _id(created), client=client).name == name
    call(
        update_test_configuration.sync_detailed,
        p,
        _id(created),
        client=client,
        body=ConfigurationUpdate(name=f"{name}-updated"),
    )
    request = QueueBuildRequest(definition=DefinitionIdReference(id=world.definition_id))
    build_id = _id(call(queue_build.sync_detailed, p, client=client, body=request))
    call(add_build_tag.sync_detailed, p, build_id, name, client=client)
    assert call(get_build_tags.sync_detailed, p, build_id, client=client).value == [name]
    assert call(get_build.sync_detailed, p, build_id, client=client).id == build_id
    session = SessionCreate(title=name, area=SessionArea(name="load"))
    call(create_test_session.sync_detailed, p, world.team, client=client, body=session)
    reference = upload_attachment(
        client, p, world.run_id, io.BytesIO(_payload(name)), file_name=f"{name}.bin"
    )
    assert b"".join(iter_attachment_bytes(client, p, world.run_id, reference.id)) == _payload(name)
    call(list_builds.sync_detailed, p, client=client, top=10)


async def _async_round(world: Seeded, client: Client, name: str) -> None:
    """The same round through the async client."""
    p = world.project
    created = await acall(
        create_test_configuration.asyncio_detailed,
        p,
        client=client,
        body=ConfigurationCreate(name=name, description="load"),
    )
    got = await acall(get_test_configuration.asyncio_detailed, p, _id(created), client=client)
    assert got.name == name
    await acall(
        update_test_configuration.asyncio_detailed,
        p,
        _id(created),
        client=client,
        body=ConfigurationUpdate(name=f"{name}-updated"),
    )
    request = QueueBuildRequest(definition=DefinitionIdReference(id=world.definition_id))
    build_id = _id(await acall(queue_build.asyncio_detailed, p, client=client, body=request))
    await acall(add_build_tag.asyncio_detailed, p, build_id, name, client=client)
    tags = await acall(get_build_tags.asyncio_detailed, p, build_id, client=client)
    assert tags.value == [name]
    assert (await acall(get_build.asyncio_detailed, p, build_id, client=client)).id == build_id
    session = SessionCreate(title=name, area=SessionArea(name="load"))
    await acall(create_test_session.asyncio_detailed, p, world.team, client=client, body=session)
    reference = await aupload_attachment(
        client, p, world.run_id, io.BytesIO(_payload(name)), file_name=f"{name}.bin"
    )
    chunks = [c async for c in aiter_attachment_bytes(client, p, world.run_id, reference.id)]
    assert b"".join(chunks) == _payload(name)
    await acall(list_builds.asyncio_detailed, p, client=client, top=10)


def _counting(client: Client, counter: list[int]) -> None:
    lock = threading.Lock()

    def count(response: httpx.Response) -> None:
        with lock:
            counter[0] += 1

    async def acount(response: httpx.Response) -> None:
        counter[0] += 1  # one event loop thread: no lock needed

    client.get_httpx_client().event_hooks = {"response": [count]}
    client.get_async_httpx_client().event_hooks = {"response": [acount]}


def _run_threads(target: Callable[[int], None], count: int) -> list[threading.Thread]:
    threads = [threading.Thread(target=target, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    return threads


def test_sync_threads_and_async_tasks_together_lose_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    counter = [0]
    errors: list[BaseException] = []
    with emulator_process() as world, connect(world.base_url, retries=0) as client:
        _counting(client, counter)
        names = [f"t{t:02d}-r{r:02d}" for t in range(THREADS) for r in range(THREAD_ROUNDS)]
        names += [f"a{t:02d}-r{r:02d}" for t in range(TASKS) for r in range(TASK_ROUNDS)]

        def thread_worker(index: int) -> None:
            try:
                for round_ in range(THREAD_ROUNDS):
                    _sync_round(world, client, f"t{index:02d}-r{round_:02d}")
            except BaseException as error:  # recorded and asserted on below
                errors.append(error)

        async def task_worker(index: int) -> None:
            try:
                for round_ in range(TASK_ROUNDS):
                    await _async_round(world, client, f"a{index:02d}-r{round_:02d}")
            except Exception as error:
                errors.append(error)

        async def all_tasks() -> None:
            async with anyio.create_task_group() as group:
                for index in range(TASKS):
                    group.start_soon(task_worker, index)

        started = time.perf_counter()
        threads = _run_threads(thread_worker, THREADS)
        anyio.run(all_tasks)
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - started
        sent = counter[0]

        assert errors == []
        _assert_everything_is_there(world, client, names)

    with capsys.disabled():
        print(
            f"\n[load] {sent} requests ({THREADS} threads x {THREAD_ROUNDS} rounds + {TASKS} "
            f"async tasks x {TASK_ROUNDS} rounds, {REQUESTS_PER_ROUND} requests a round) in "
            f"{seconds:.2f} s = {sent / seconds:.0f} req/s, 0 errors, 0 lost records"
        )
    assert sent >= MIN_REQUESTS


def _assert_everything_is_there(world: Seeded, client: Client, names: list[str]) -> None:
    """Each round's configuration, build + tag, session and attachment exists exactly once."""
    p = world.project
    configurations = list(paginate(list_test_configurations.sync_detailed, p, client=client))
    assert sorted(str(c.name) for c in configurations) == sorted(f"{n}-updated" for n in names)
    builds = list(paginate(list_builds.sync_detailed, p, client=client))
    assert len(builds) == len(names)
    assert sorted(tag for build in builds for tag in build.to_dict()["tags"]) == sorted(names)
    sessions = call(list_test_sessions.sync_detailed, p, world.team, client=client)
    assert sorted(str(s.title) for s in sessions.value) == sorted(names)
    attachments = call(list_test_run_attachments.sync_detailed, p, world.run_id, client=client)
    assert sorted(str(a.file_name) for a in attachments.value) == sorted(f"{n}.bin" for n in names)
