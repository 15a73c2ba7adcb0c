"""A resource method follows the api-version: at the documented version it sends the documented
route; at the newer version the spec covers (its ``x-tfs-form-of`` forms) it sends the moved
route, against the emulator (which serves both), sync and async, with the values returned."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from tfs_api import models
from tfs_api.api.builds import get_build
from tfs_client import AsyncTfsClient, NotFoundError, TfsClient, call, connect
from tfs_client._api_versions import reaches, version_key
from tfs_emulator.server import EmulatorServer

from ..api_versions import UPGRADED, api_version

GIT = "Fabrikam-Fiber-Git"
BUILD = 391
DOCUMENTED = api_version("getBuild")
CONFIGURATIONS = api_version("listTestConfigurations")

Seen = list[tuple[str, str, dict[str, str]]]
"""(method, path after the collection, query) of every request sent."""


class Recording(httpx.HTTPTransport):
    def __init__(self, seen: Seen) -> None:
        super().__init__()
        self.seen = seen

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(_entry(request))
        return super().handle_request(request)


class AsyncRecording(httpx.AsyncHTTPTransport):
    def __init__(self, seen: Seen) -> None:
        super().__init__()
        self.seen = seen

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(_entry(request))
        return await super().handle_async_request(request)


def _entry(request: httpx.Request) -> tuple[str, str, dict[str, str]]:
    path = request.url.path.split("/_apis/", 1)[1]
    return request.method, path, dict(request.url.params)


@pytest.fixture(scope="module")
def server() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed="demo") as running:
        yield running
        assert running.state.internal_errors == 0


def _client(server: EmulatorServer, seen: Seen, version: str | None) -> TfsClient:
    return TfsClient(
        server.base_url, token="t", retries=0, transport=Recording(seen), api_version=version
    )


def _async_client(server: EmulatorServer, seen: Seen, version: str | None) -> AsyncTfsClient:
    return AsyncTfsClient(
        server.base_url, token="t", retries=0, transport=AsyncRecording(seen), api_version=version
    )


def _expected_configuration_routes(version: str | None, made_id: int) -> list[tuple[str, str]]:
    if version is None:
        item = f"test/configurations/{made_id}"
        return [
            ("POST", "test/configurations"),
            ("GET", item),
            ("PATCH", item),
            ("GET", "test/configurations"),
            ("DELETE", item),
            ("GET", item),
        ]
    item = f"testplan/configurations/{made_id}"
    return [
        ("POST", "testplan/configurations"),
        ("GET", item),
        ("PATCH", "testplan/configurations"),
        ("GET", "testplan/configurations"),
        ("DELETE", "testplan/configurations"),
        ("GET", item),
    ]


def _check_configuration_requests(seen: Seen, version: str | None, made_id: int) -> None:
    assert [(method, path) for method, path, _ in seen] == _expected_configuration_routes(
        version, made_id
    )
    sent_versions = {query["api-version"] for _, _, query in seen}
    if version is None:
        assert all(not reaches(v, UPGRADED) for v in sent_versions), sent_versions
    else:
        assert sent_versions == {version}
        # update and delete carry the id as the query parameter the 7.1 server spells so
        assert seen[2][2]["testConfiguartionId"] == str(made_id)
        assert seen[4][2]["testConfiguartionId"] == str(made_id)


@pytest.mark.parametrize("version", [None, UPGRADED], ids=["documented", "upgraded"])
def test_configurations_follow_the_client_version(
    server: EmulatorServer, version: str | None
) -> None:
    seen: Seen = []
    model = models.TestConfiguration if version is None else models.TestPlanConfiguration
    with _client(server, seen, version) as tfs:
        made = tfs.configurations.create(GIT, name=f"Forms {version}", description="before")
        assert isinstance(made, model) and isinstance(made.id, int)
        got = tfs.configurations.get(GIT, made.id)
        assert isinstance(got, model)
        assert (got.id, got.name, got.description) == (made.id, f"Forms {version}", "before")
        changed = tfs.configurations.update(GIT, made.id, description="after")
        assert isinstance(changed, model) and changed.description == "after"
        listed = {c.id: c for c in tfs.configurations.list(GIT)}
        assert isinstance(listed[made.id], model) and listed[made.id].description == "after"
        assert tfs.configurations.delete(GIT, made.id) is None
        with pytest.raises(NotFoundError):
            tfs.configurations.get(GIT, made.id)
    _check_configuration_requests(seen, version, made.id)


@pytest.mark.anyio
@pytest.mark.parametrize("version", [None, UPGRADED], ids=["documented", "upgraded"])
async def test_async_configurations_follow_the_client_version(
    server: EmulatorServer, version: str | None
) -> None:
    seen: Seen = []
    model = models.TestConfiguration if version is None else models.TestPlanConfiguration
    async with _async_client(server, seen, version) as tfs:
        made = await tfs.configurations.create(GIT, name=f"Async {version}", description="before")
        assert isinstance(made, model) and isinstance(made.id, int)
        got = await tfs.configurations.get(GIT, made.id)
        assert isinstance(got, model) and got.name == f"Async {version}"
        changed = await tfs.configurations.update(GIT, made.id, description="after")
        assert isinstance(changed, model) and changed.description == "after"
        listed = {c.id: c async for c in tfs.configurations.list(GIT)}
        assert isinstance(listed[made.id], model) and listed[made.id].description == "after"
        assert await tfs.configurations.delete(GIT, made.id) is None
        with pytest.raises(NotFoundError):
            await tfs.configurations.get(GIT, made.id)
    _check_configuration_requests(seen, version, made.id)


def test_builds_timeline_and_work_items_follow_the_client_version(server: EmulatorServer) -> None:
    documented: Seen = []
    upgraded: Seen = []
    with _client(server, documented, None) as old, _client(server, upgraded, UPGRADED) as new:
        timeline = old.builds.timeline(GIT, BUILD)
        assert new.builds.timeline(GIT, BUILD).to_dict() == timeline.to_dict()
        assert isinstance(timeline.id, uuid.UUID) and timeline.records
        by_id = new.builds.timeline(GIT, BUILD, timeline_id=timeline.id)
        assert by_id.to_dict() == timeline.to_dict()
        refs = old.builds.work_items(GIT, BUILD)
        assert refs, "the demo seed gives the build work items"
        assert [r.to_dict() for r in new.builds.work_items(GIT, BUILD)] == [
            r.to_dict() for r in refs
        ]
    builds = f"build/builds/{BUILD}"
    assert [(m, p, q["api-version"]) for m, p, q in documented] == [
        ("GET", f"{builds}/timeline", DOCUMENTED),
        ("POST", f"{builds}/workitems", DOCUMENTED),
    ]
    assert [(m, p, q["api-version"]) for m, p, q in upgraded] == [
        ("GET", f"{builds}/timeline", UPGRADED),
        ("GET", f"{builds}/timeline/{timeline.id}", UPGRADED),
        ("GET", f"{builds}/workitems", UPGRADED),
    ]


@pytest.mark.anyio
async def test_async_builds_timeline_and_work_items_follow_the_client_version(
    server: EmulatorServer,
) -> None:
    seen: Seen = []
    async with _async_client(server, seen, UPGRADED) as tfs:
        timeline = await tfs.builds.timeline(GIT, BUILD)
        assert isinstance(timeline.id, uuid.UUID)
        by_id = await tfs.builds.timeline(GIT, BUILD, timeline_id=timeline.id)
        assert by_id.id == timeline.id and by_id.records
        refs = await tfs.builds.work_items(GIT, BUILD)
        assert refs and all(r.id for r in refs)
    builds = f"build/builds/{BUILD}"
    assert [(m, p) for m, p, _ in seen] == [
        ("GET", f"{builds}/timeline"),
        ("GET", f"{builds}/timeline/{timeline.id}"),
        ("GET", f"{builds}/workitems"),
    ]


def test_a_calls_api_version_overrides_the_clients_choice(server: EmulatorServer) -> None:
    seen: Seen = []
    with _client(server, seen, UPGRADED) as new, _client(server, seen, None) as old:
        made = old.configurations.create(GIT, name="Overridden")
        documented = new.configurations.get(GIT, made.id, api_version=CONFIGURATIONS)
        assert isinstance(documented, models.TestConfiguration)
        upgraded = old.configurations.get(GIT, made.id, api_version=UPGRADED)
        assert isinstance(upgraded, models.TestPlanConfiguration)
        assert (documented.id, documented.name) == (upgraded.id, upgraded.name)
        assert upgraded.name == "Overridden"
        new.builds.work_items(GIT, BUILD, api_version=DOCUMENTED)
    assert [(m, p, q["api-version"]) for m, p, q in seen[1:]] == [
        ("GET", f"test/configurations/{made.id}", CONFIGURATIONS),
        ("GET", f"testplan/configurations/{made.id}", UPGRADED),
        ("POST", f"build/builds/{BUILD}/workitems", DOCUMENTED),
    ]


def test_arguments_the_chosen_form_lacks_are_refused_before_sending(server: EmulatorServer) -> None:
    seen: Seen = []
    with _client(server, seen, UPGRADED) as new, _client(server, seen, None) as old:
        with pytest.raises(TypeError, match="include_all_properties not taken at api-version"):
            new.configurations.list(GIT, include_all_properties=True)
        with pytest.raises(TypeError, match="area not taken"):
            new.configurations.create(GIT, name="No area at this version", area="Fabrikam")
        with pytest.raises(ValueError, match=f"timeline_id needs api-version {UPGRADED}"):
            old.builds.timeline(GIT, BUILD, timeline_id="8b69b5a6-4b4c-4fcd-b93e-0d3e39b4a9d4")
    assert seen == []


def test_a_version_that_is_not_one_is_refused_before_sending(server: EmulatorServer) -> None:
    seen: Seen = []
    for make in (_client, _async_client):
        with pytest.raises(ValueError, match="'latest' is not an api-version"):
            make(server, seen, "latest")
    with pytest.raises(ValueError, match="'latest' is not an api-version"):
        connect(server.base_url, api_version="latest")
    with _client(server, seen, None) as tfs:
        for call_it in (
            lambda: tfs.configurations.get(GIT, 1, api_version="latest"),
            lambda: tfs.builds.get(GIT, 1, api_version="latest"),
            lambda: list(tfs.builds.list(GIT, api_version="latest")),
            lambda: call(get_build.OPERATION, GIT, 1, client=tfs.api, api_version="latest"),
        ):
            with pytest.raises(ValueError, match="'latest' is not an api-version"):
                call_it()
    assert seen == []


def test_versions_compare_by_number_previews_by_their_number() -> None:
    assert version_key(UPGRADED) > version_key(CONFIGURATIONS) > version_key(DOCUMENTED)
    assert version_key(f"{CONFIGURATIONS.split('-')[0]}-preview") == version_key(CONFIGURATIONS)
    assert version_key("10.0") > version_key("9.10") > version_key("9.2")
    assert reaches(f"{UPGRADED}-preview.1", UPGRADED) and not reaches(DOCUMENTED, UPGRADED)
    for bad in ("", "7", "v7.1", "7.1-beta", "7.1 ; drop"):
        with pytest.raises(ValueError):
            version_key(bad)
