"""Hostile path and query values round-trip intact through the client and the emulator and never
change the path; hostile server-supplied file names never escape the download directory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tfs_api.api.builds import (
    add_build_tag,
    delete_build_tag,
    get_build,
    get_build_tags,
    list_builds,
    queue_build,
    update_build,
)
from tfs_api.api.configurations import (
    create_test_configuration,
    get_test_configuration,
    list_test_configurations,
)
from tfs_api.api.sessions import create_test_session, list_test_sessions
from tfs_api.client import Client
from tfs_api.models import BuildUpdate, DefinitionIdReference, QueueBuildRequest, SessionArea
from tfs_api.models import TestConfigurationCreate as ConfigurationCreate
from tfs_api.models import TestSessionCreate as SessionCreate
from tfs_client import (
    BadRequestError,
    NotFoundError,
    adownload_attachment,
    call,
    connect,
    download_attachment,
    paginate,
    upload_attachment,
)
from tfs_emulator import EmulatorAdmin

from .conftest import World

LONG = "long-" + "x/?#%&+ ü" * 220
HOSTILE = [
    "release/1.0",
    "a?b=c&d=e",
    "#fragment",
    "100% sure",
    "%2F%2e%2E%41",
    "a+b c",
    "  spaced  out  ",
    "..",
    ".",
    "../../..",
    "../Reliability",
    "..\\..\\windows",
    "quote\"'`<>{}|^",
    "=&?#/%+ all at once",
    "like_wild%cards_",
    "Ünïcødé ☃ 団隊 проект 🚀",
    "e\u0301 and \u00e9",
    "\u202eright-to-left",
    LONG,
]


def _ids(value: str) -> str:
    return repr(value[:24]) + (f"+{len(value)}" if len(value) > 24 else "")


@pytest.fixture(scope="module")
def client(world: World) -> Iterator[Client]:
    with connect(world.base_url, token="reliability-token") as connected:
        yield connected


def _queue(world: World, client: Client, project: str | None = None) -> int:
    body = QueueBuildRequest(definition=DefinitionIdReference(id=world.definition_id))
    build = call(queue_build.sync_detailed, project or world.project, client=client, body=body)
    assert isinstance(build.id, int)
    return build.id


def _build_ids(client: Client, project: str, **filters: Any) -> list[int]:
    builds = paginate(list_builds.sync_detailed, project, client=client, **filters)
    return [build.id for build in builds]


def _id(model: Any) -> int:
    """The ``id`` of a created record (``Unset`` would be a broken reply)."""
    assert isinstance(model.id, int), model
    return model.id


@pytest.mark.parametrize("tag", HOSTILE, ids=_ids)
def test_hostile_tags_round_trip_through_path_and_query(
    world: World, client: Client, tag: str
) -> None:
    build_id = _queue(world, client)
    call(add_build_tag.sync_detailed, world.project, build_id, "plain", client=client)

    added = call(add_build_tag.sync_detailed, world.project, build_id, tag, client=client)
    listed = call(get_build_tags.sync_detailed, world.project, build_id, client=client)

    assert sorted(added.value) == sorted(["plain", tag]) == sorted(listed.value)
    tagged = _build_ids(client, world.project, tag_filters=tag)
    assert tagged == [build_id]
    left = call(delete_build_tag.sync_detailed, world.project, build_id, tag, client=client)
    assert left.value == ["plain"]
    assert _build_ids(client, world.project, tag_filters=tag) == []


@pytest.mark.parametrize("number", HOSTILE, ids=_ids)
def test_hostile_build_numbers_round_trip_and_filter_exactly(
    world: World, client: Client, number: str
) -> None:
    number = f"{number[:250]}-{len(number)}"  # unique per value, within the 260-character limit
    build_id = _queue(world, client)
    _queue(world, client)  # a neighbour that must not match

    updated = call(
        update_build.sync_detailed,
        world.project,
        build_id,
        client=client,
        body=BuildUpdate(build_number=number),
    )

    assert updated.build_number == number
    fetched = call(get_build.sync_detailed, world.project, build_id, client=client)
    assert fetched.build_number == number
    assert _build_ids(client, world.project, build_number=number) == [build_id]


@pytest.mark.parametrize("name", HOSTILE, ids=_ids)
def test_hostile_configuration_names_round_trip(world: World, client: Client, name: str) -> None:
    body = ConfigurationCreate(name=name[:256], description=name)

    created = call(create_test_configuration.sync_detailed, world.project, client=client, body=body)
    fetched = call(get_test_configuration.sync_detailed, world.project, _id(created), client=client)

    assert created.name == fetched.name == name[:256]
    assert fetched.description == name


@pytest.mark.parametrize("title", HOSTILE, ids=_ids)
def test_hostile_session_titles_and_areas_round_trip(
    world: World, client: Client, title: str
) -> None:
    body = SessionCreate(title=title[:1024], area=SessionArea(name=title[:256]))

    created = call(
        create_test_session.sync_detailed, world.project, world.team, client=client, body=body
    )
    listed = call(list_test_sessions.sync_detailed, world.project, world.team, client=client)

    assert created.title == title[:1024]
    assert [session.title for session in listed.value if session.id == created.id] == [title[:1024]]


HOSTILE_PROJECTS = [
    ("Reliability/../Other", "Team/../Reliability Team"),
    ("..", ".."),
    (".", "."),
    ("Reliability?x=1", "Team#1"),
    ("100% & +more", "a+b=c&d"),
    ("_apis", "_apis"),
    ("Ünïcødé ☃ проект", "団隊 🚀"),
    ("p" * 256, "t" * 256),
]


@pytest.fixture(scope="module")
def hostile_projects(world: World) -> list[tuple[str, str]]:
    """Projects and teams with hostile names (seeded by id through the admin API)."""
    with EmulatorAdmin(world.server.root_url) as admin:
        for project, team in HOSTILE_PROJECTS:
            project_id = admin.create_project(project, teams=[team])
            admin.create_definition(
                project_id, "CI", id=9000 + len(project), queueId=world.queue_id
            )
    return HOSTILE_PROJECTS


@pytest.mark.parametrize(
    "index", range(len(HOSTILE_PROJECTS)), ids=lambda i: _ids(HOSTILE_PROJECTS[i][0])
)
def test_hostile_project_and_team_names_reach_their_own_records(
    world: World, client: Client, hostile_projects: list[tuple[str, str]], index: int
) -> None:
    project, team = hostile_projects[index]
    title = f"session of {project[:40]}"
    body = SessionCreate(title=title, area=SessionArea(name=project[:256]))

    created = call(create_test_session.sync_detailed, project, team, client=client, body=body)
    mine = call(list_test_sessions.sync_detailed, project, team, client=client)
    theirs = call(list_test_sessions.sync_detailed, world.project, world.team, client=client)

    assert [session.id for session in mine.value] == [created.id]
    assert created.id not in [session.id for session in theirs.value]
    queued = call(
        queue_build.sync_detailed,
        project,
        client=client,
        body=QueueBuildRequest(definition=DefinitionIdReference(id=9000 + len(project))),
    )
    assert queued.to_dict()["project"]["name"] == project
    assert _build_ids(client, project) == [queued.id]
    with pytest.raises(NotFoundError):
        call(get_build.sync_detailed, world.project, _id(queued), client=client)


def test_a_team_of_another_project_is_not_found(
    world: World, client: Client, hostile_projects: list[tuple[str, str]]
) -> None:
    project, team = hostile_projects[0]
    with pytest.raises(NotFoundError):
        call(list_test_sessions.sync_detailed, world.project, team, client=client)
    with pytest.raises(NotFoundError):
        call(list_test_sessions.sync_detailed, project, world.team, client=client)


@pytest.mark.parametrize("token", HOSTILE, ids=_ids)
def test_hostile_continuation_tokens_are_a_typed_bad_request(
    world: World, client: Client, token: str
) -> None:
    with pytest.raises(BadRequestError) as caught:
        call(list_builds.sync_detailed, world.project, client=client, continuation_token=token)
    assert caught.value.operation == "list_builds" and caught.value.body is not None
    with pytest.raises(BadRequestError):
        call(
            list_test_configurations.sync_detailed,
            world.project,
            client=client,
            continuation_token=token,
        )


# -- hostile file names chosen by the server ---------------------------------------------------

HOSTILE_FILE_NAMES = [
    "../../etc/passwd",
    "/etc/passwd",
    "..\\..\\Windows\\System32\\evil.dll",
    "C:\\Windows\\evil.txt",
    "~/.ssh/authorized_keys",
    "sub/../../../escape.txt",
    "%2e%2e%2fescaped.txt",
    "..",
    ".",
    "folder/",
    " .hidden. ",
    "\u202egnp.exe",
    "con",
    "x" * 300 + ".txt",
    "Ünïcødé ☃.txt",
]


def _outside_files(root: Path, inside: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*") if path.is_file() and inside not in path.parents)


@pytest.mark.parametrize("name", HOSTILE_FILE_NAMES, ids=_ids)
def test_download_into_a_directory_stays_inside_it_whatever_the_server_names_the_file(
    world: World, client: Client, tmp_path: Path, name: str
) -> None:
    source = tmp_path / "source.bin"
    source.write_bytes(b"attachment bytes " + name.encode())
    reference = upload_attachment(client, world.project, world.run_id, source, file_name=name)
    target = tmp_path / "a" / "b" / "downloads"
    target.mkdir(parents=True)

    written = download_attachment(client, world.project, world.run_id, reference.id, target)

    assert written is not None and written.parent == target
    assert written.read_bytes() == source.read_bytes()
    assert written.name not in ("", ".", "..") and "/" not in written.name
    assert _outside_files(tmp_path, target) == [source]
    assert list(target.iterdir()) == [written]


def test_a_symlink_named_like_the_servers_file_is_neither_followed_nor_replaced(
    world: World, client: Client, tmp_path: Path
) -> None:
    source = tmp_path / "source.bin"
    source.write_bytes(b"new content")
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"must stay")
    target = tmp_path / "downloads"
    target.mkdir()
    os.symlink(victim, target / "passwd")
    reference = upload_attachment(
        client, world.project, world.run_id, source, file_name="../../etc/passwd"
    )

    written = download_attachment(client, world.project, world.run_id, reference.id, target)

    assert written == target / "passwd (1)" and not written.is_symlink()
    assert written.read_bytes() == b"new content"
    assert victim.read_bytes() == b"must stay"
    assert (target / "passwd").readlink() == victim


@pytest.mark.anyio
@pytest.mark.parametrize("name", ["../../etc/passwd", "/etc/passwd", ".."], ids=_ids)
async def test_async_download_into_a_directory_stays_inside_it(
    world: World, client: Client, tmp_path: Path, name: str
) -> None:
    source = tmp_path / "source.bin"
    source.write_bytes(b"async bytes")
    reference = upload_attachment(client, world.project, world.run_id, source, file_name=name)
    target = tmp_path / "downloads"
    target.mkdir()

    async with connect(world.base_url) as async_client:
        written = await adownload_attachment(
            async_client, world.project, world.run_id, reference.id, target
        )

    assert written is not None and written.parent == target
    assert _outside_files(tmp_path, target) == [source]
