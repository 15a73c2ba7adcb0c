"""All 29 operations through `TfsClient` and `AsyncTfsClient` against the emulator, with values.

One scenario per resource, written once and driven twice: directly for `TfsClient`, and for
`AsyncTfsClient` through a blocking portal (each coroutine, async paginator and byte stream is
awaited in an event loop). Real loopback HTTP against a token-protected emulator loaded with the
demo seed; expected values come from `tfs_emulator.seeding.demo_data`.
"""

from __future__ import annotations

import io
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import anyio.from_thread
import pytest
from tfs_api import models
from tfs_api.types import UNSET
from tfs_client import (
    AsyncTfsClient,
    CodeCoverageFlags,
    ConflictError,
    NotFoundError,
    Paginator,
    TfsClient,
)
from tfs_client._resources import RESOURCE_METHODS
from tfs_emulator import EmulatorAdmin, EmulatorServer, Settings

from .test_client_end_to_end import COVERAGE_WITH_FUNCTIONS, DEMO, GIT, TEAM, TFVC, _detail

TOKEN = "tfs-client-Token-5e1"


class Driver:
    """Runs a resource method's result to completion: identity for sync, awaited for async."""

    def __init__(self, tfs: Any, run: Callable[[Callable[[], Awaitable[Any]]], Any] | None):
        self.tfs = tfs
        self._run = run
        self.calls: list[str] = []

    def do(self, result: Any) -> Any:
        """A method's reply (awaiting a coroutine)."""
        if self._run is None:
            return result

        async def wait() -> Any:
            return await result

        return self._run(wait)

    def all(self, paginator: Any) -> list[Any]:
        """Every item of a (sync or async) paginator."""
        if self._run is None:
            return list(paginator)

        async def collect() -> list[Any]:
            return [item async for item in paginator]

        return self._run(collect)

    def pages(self, paginator: Any) -> list[Any]:
        if self._run is None:
            return list(paginator.pages())

        async def collect() -> list[Any]:
            return [page async for page in paginator.pages()]

        return self._run(collect)

    def bytes(self, stream: Iterator[bytes] | AsyncIterator[bytes]) -> bytes:
        if self._run is None:
            return b"".join(stream)

        async def collect() -> bytes:
            return b"".join([chunk async for chunk in stream])

        return self._run(collect)

    @property
    def is_async(self) -> bool:
        return self._run is not None


@pytest.fixture(scope="module")
def server() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed="demo", settings=Settings(token=TOKEN)) as running:
        with EmulatorAdmin(running.root_url, token=TOKEN) as admin:
            admin.set_build_detail(TFVC, 363, "coverage", COVERAGE_WITH_FUNCTIONS)
        yield running
        assert running.state.internal_errors == 0


@contextmanager
def _driver(server: EmulatorServer, kind: str) -> Iterator[Driver]:
    if kind == "sync":
        with TfsClient(server.base_url, token=TOKEN, retries=0) as tfs:
            yield Driver(tfs, None)
        return
    with anyio.from_thread.start_blocking_portal() as portal:
        tfs = AsyncTfsClient(server.base_url, token=TOKEN, retries=0)
        try:
            yield Driver(tfs, portal.call)
        finally:
            portal.call(tfs.close)


@pytest.fixture(params=["sync", "async"])
def d(server: EmulatorServer, request: pytest.FixtureRequest) -> Iterator[Driver]:
    with _driver(server, request.param) as driver:
        yield driver


def test_build_reads_return_the_recorded_values(d: Driver) -> None:
    builds = d.tfs.builds
    build = d.do(builds.get(GIT, 391))
    assert isinstance(build, models.Build)
    assert (build.id, build.build_number, sorted(build.tags)) == (
        391,
        "20150716.2",
        ["tag1", "tag2", "tag3"],
    )
    timeline = d.do(builds.timeline(GIT, 391))
    assert [r.name for r in timeline.records] == [r["name"] for r in _detail("timeline")["records"]]
    changes = d.do(builds.changes(GIT, 391, top=1))
    assert [c.id for c in changes] == [_detail("changes")[0]["id"]]
    assert [w.id for w in d.do(builds.work_items(GIT, 391))] == ["3", "33"]
    assert [(log.id, log.line_count) for log in d.do(builds.logs(GIT, 391))] == [
        (log["id"], log["lineCount"]) for log in _detail("logs")
    ]
    artifacts = d.do(builds.artifacts(GIT, 391))
    assert [(a.name, a.resource.data) for a in artifacts] == [("drop", "#/303511/drop")]
    assert d.do(builds.tags(GIT, 391)) == ["tag1", "tag2", "tag3"]


def test_builds_list_pages_and_filters_with_strings_enums_and_sequences(d: Driver) -> None:
    expected = sorted(b["id"] for b in DEMO["builds"] if b["project"] == GIT)
    paginator = d.tfs.builds.list(GIT, page_size=5)
    assert not d.is_async or not isinstance(paginator, Paginator)
    pages = d.pages(paginator)
    assert len(pages) == -(-len(expected) // 5) and pages[-1].continuation_token is None
    assert sorted(b.id for p in pages for b in p.items) == expected

    assert len(d.all(d.tfs.builds.list(GIT, max_items=3, page_size=2))) == 3
    completed = d.all(d.tfs.builds.list(GIT, status_filter="completed"))
    by_enum = d.all(d.tfs.builds.list(GIT, status_filter=models.BuildStatus.COMPLETED))
    statuses = {b["id"]: b["doc"]["status"] for b in DEMO["builds"] if b["project"] == GIT}
    assert sorted(b.id for b in completed) == sorted(
        i for i, s in statuses.items() if s == "completed"
    )
    assert [b.id for b in completed] == [b.id for b in by_enum]
    several = d.all(d.tfs.builds.list(GIT, status_filter=["completed", "inProgress"]))
    assert sorted(b.id for b in several) == sorted(
        i for i, s in statuses.items() if s in ("completed", "inProgress")
    )
    assert [b.id for b in d.all(d.tfs.builds.list(GIT, tag_filters=["tag1", "tag2"]))] == [391]
    definitions = {b["id"]: b["definitionId"] for b in DEMO["builds"] if b["project"] == GIT}
    wanted = sorted(set(definitions.values()))[:2]
    by_definition = d.all(d.tfs.builds.list(GIT, definitions=wanted))
    assert sorted(b.id for b in by_definition) == sorted(
        i for i, definition in definitions.items() if definition in wanted
    )


def test_a_queued_build_is_updated_tagged_untagged_and_deleted(d: Driver) -> None:
    builds = d.tfs.builds
    queued = d.do(builds.queue(GIT, definition=models.DefinitionIdReference(id=25)))
    assert queued.status == models.BuildStatus.NOT_STARTED and queued.definition.id == 25
    updated = d.do(builds.update(GIT, queued.id, status="inProgress", build_number="res.1"))
    assert (updated.status, updated.build_number) == (models.BuildStatus.IN_PROGRESS, "res.1")
    same_by_body = d.do(builds.update(GIT, queued.id, models.BuildUpdate(keep_forever=True)))
    assert same_by_body.keep_forever is True and same_by_body.build_number == "res.1"

    tag = "release/1.0 candidate"
    assert d.do(builds.add_tag(GIT, queued.id, tag)) == [tag]
    d.do(builds.add_tag(GIT, queued.id, "nightly"))
    assert sorted(d.do(builds.tags(GIT, queued.id))) == ["nightly", tag]
    assert d.do(builds.remove_tag(GIT, queued.id, tag)) == ["nightly"]

    assert d.do(builds.delete(GIT, queued.id)) is None
    with pytest.raises(NotFoundError) as caught:
        d.do(builds.get(GIT, queued.id))
    assert caught.value.operation == "get_build" and caught.value.status == 404


def test_coverage_flags_choose_the_detail(d: Driver) -> None:
    coverage = d.tfs.code_coverage
    [modules_only] = d.do(coverage.for_build(TFVC, build_id=363, flags=CodeCoverageFlags.MODULES))
    [module] = modules_only.modules
    assert module.name == "fabrikam.dll" and module.block_data is UNSET and not module.functions
    everything = (
        CodeCoverageFlags.MODULES | CodeCoverageFlags.FUNCTIONS | CodeCoverageFlags.BLOCK_DATA
    )
    [full] = d.do(coverage.for_build(TFVC, build_id=363, flags=everything))
    assert full.modules[0].block_data == "Aw=="
    assert [f.name for f in full.modules[0].functions] == ["Add"]

    [run] = d.do(coverage.for_run(TFVC, 51, flags=CodeCoverageFlags.MODULES))
    assert [m.name for m in run.modules] == ["fabrikamunittests.dll"]
    assert run.modules[0].statistics.blocks_covered == 2


def test_attachments_round_trip_byte_exact_at_run_and_result_level(
    d: Driver, tmp_path: Path
) -> None:
    attachments = d.tfs.attachments
    payload = os.urandom(200_000) + b"\x00\xff" * 10
    source = tmp_path / "screen shot.png"
    source.write_bytes(payload)
    seen: list[tuple[int, int | None]] = []

    reference = d.do(
        attachments.upload(
            TFVC, 23, source, comment="login page", progress=lambda *a: seen.append(a)
        )
    )
    assert seen[-1] == (len(payload), len(payload))
    [mine] = [a for a in d.do(attachments.list(TFVC, 23)) if a.id == reference.id]
    assert (mine.file_name, mine.comment) == ("screen shot.png", "login page")
    copy = d.do(attachments.download(TFVC, 23, reference.id, tmp_path / "copy.png"))
    assert copy == tmp_path / "copy.png" and copy.read_bytes() == payload
    assert d.bytes(attachments.iter_bytes(TFVC, 23, reference.id)) == payload

    made = d.do(
        attachments.upload(
            TFVC,
            23,
            io.BytesIO(b"<trx/>"),
            result_id=100000,
            file_name="results.trx",
            attachment_type="TmiTestResultDetail",
        )
    )
    [entry] = [a for a in d.do(attachments.list(TFVC, 23, result_id=100000)) if a.id == made.id]
    assert entry.file_name == "results.trx"
    sink = io.BytesIO()
    assert d.do(attachments.download(TFVC, 23, made.id, sink, result_id=100000)) is None
    assert sink.getvalue() == b"<trx/>"
    assert d.bytes(attachments.iter_bytes(TFVC, 23, made.id, result_id=100000)) == b"<trx/>"
    assert made.id not in {a.id for a in d.do(attachments.list(TFVC, 23))}


def test_configurations_are_created_listed_paged_updated_and_deleted(d: Driver) -> None:
    configurations = d.tfs.configurations
    created = d.do(
        configurations.create(
            TFVC,
            name=f"Res Chrome {d.is_async}",
            description="resources",
            values=[models.NameValuePair(name="Browser", value="Chrome")],
            state="active",
        )
    )
    assert created.state == models.TestConfigurationState.ACTIVE
    full = d.do(configurations.get(TFVC, created.id))
    assert [(v.name, v.value) for v in full.values] == [("Browser", "Chrome")]

    skinny = d.all(configurations.list(TFVC))
    [mine] = [c for c in skinny if c.id == created.id]
    assert mine.name == created.name and mine.values is UNSET
    everything = d.all(configurations.list(TFVC, include_all_properties=True))
    [mine_full] = [c for c in everything if c.id == created.id]
    assert [(v.name, v.value) for v in mine_full.values] == [("Browser", "Chrome")]
    pages = d.pages(configurations.list(TFVC, page_size=2))
    assert len(pages) >= 2 and [p.skip for p in pages][:2] == [0, 2]
    assert all(len(p.items) == 2 for p in pages[:-1])
    assert len(d.all(configurations.list(TFVC, max_items=3))) == 3
    assert sorted(c.id for p in pages for c in p.items) == sorted(c.id for c in skinny)

    renamed = d.do(
        configurations.update(TFVC, created.id, name=f"Res Chrome 2 {d.is_async}", state="inactive")
    )
    assert renamed.state == models.TestConfigurationState.INACTIVE
    assert renamed.revision == created.revision + 1
    assert d.do(configurations.delete(TFVC, created.id)) is None
    with pytest.raises(NotFoundError):
        d.do(configurations.get(TFVC, created.id))


def test_sessions_are_created_updated_by_revision_and_listed(d: Driver) -> None:
    sessions = d.tfs.sessions
    created = d.do(
        sessions.create(TFVC, TEAM, title="Res session", area=models.SessionArea(name=TFVC))
    )
    assert created.state == models.TestSessionState.IN_PROGRESS and created.title == "Res session"
    updated = d.do(
        sessions.update(
            TFVC,
            TEAM,
            id=created.id,
            revision=created.revision,
            comment="done",
            state=models.TestSessionStateName.COMPLETED,
        )
    )
    assert updated.revision == created.revision + 1
    assert (updated.comment, updated.state) == ("done", models.TestSessionState.COMPLETED)
    with pytest.raises(ConflictError):
        d.do(sessions.update(TFVC, TEAM, id=created.id, revision=created.revision, comment="late"))
    listed = d.do(sessions.list(TFVC, TEAM))
    [mine] = [s for s in listed if s.id == created.id]
    assert (mine.comment, mine.revision) == ("done", updated.revision)
    assert {10, 11} <= {s.id for s in listed}


def test_this_module_drives_every_resource_method() -> None:
    source = Path(__file__).read_text()
    methods = {(m.resource, m.method) for m in RESOURCE_METHODS}
    methods |= {(m.resource, m.stream_method) for m in RESOURCE_METHODS if m.stream_method}
    assert len({m.operation.operation_id for m in RESOURCE_METHODS}) == 29
    missing = [f"{r}.{m}" for r, m in methods if f".{m}(" not in source or f"{r}" not in source]
    assert missing == []
    variants = [m for m in RESOURCE_METHODS if m.selector]
    assert variants and all(f"{m.selector}=" in source for m in variants)
