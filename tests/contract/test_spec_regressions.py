"""Minimal cases the contract suite found in spec/tfs.yaml, fixed in the spec.

Each pairs what the spec now says with what the emulator (the reference server) does, so the
two cannot drift apart again: a body the spec rejects is one the server rejects (400), and a
body the spec accepts is one the server accepts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import jsonschema
import pytest
import yaml
from tfs_emulator import Settings, SyncASGITransport, create_app
from tfs_emulator.app import EmulatorApp

from ._support import SPEC

GIT = "Fabrikam-Fiber-Git"
TFVC = "Fabrikam-Fiber-TFVC"
TEAM = "Fabrikam-Fiber-TFVC Team"


@pytest.fixture(scope="module")
def components() -> dict[str, Any]:
    return yaml.safe_load(SPEC.read_text())["components"]  # type: ignore[no-any-return]


def _valid(components: dict[str, Any], name: str, body: Any) -> bool:
    schema = {"$ref": f"#/components/schemas/{name}", "components": components}
    return not list(jsonschema.Draft4Validator(schema).iter_errors(body))


@pytest.fixture
def api() -> Iterator[tuple[httpx.Client, EmulatorApp]]:
    app = create_app(Settings(), seed="demo")
    with httpx.Client(
        transport=SyncASGITransport(app), base_url="http://emulator/DefaultCollection"
    ) as client:
        yield client, app
    assert app.state.internal_errors == 0
    app.state.close()


@pytest.mark.parametrize(
    ("body", "accepted"),
    [
        ({"status": "all"}, False),  # `all` is a filter value, not a status (BuildUpdateStatus)
        ({"status": "inProgress"}, True),
        ({"buildNumber": ""}, False),
        ({"buildNumber": " \u0085"}, False),
        ({"buildNumber": "20240601.1"}, True),
    ],
)
def test_build_updates(
    components: dict[str, Any], api: tuple[httpx.Client, EmulatorApp], body: Any, accepted: bool
) -> None:
    client, _ = api
    queued = client.post(f"{GIT}/_apis/build/builds", json={"definition": {"id": 25}}).json()
    response = client.patch(f"{GIT}/_apis/build/builds/{queued['id']}", json=body)
    assert _valid(components, "BuildUpdate", body) is accepted
    assert (response.status_code == 200) is accepted, response.text


@pytest.mark.parametrize(
    ("body", "accepted"),
    [
        ({}, False),  # the session is named by Id: without it the server answers 400
        ({"id": None}, False),
        ({"id": -2147483647}, False),
        ({"Id": 10, "Comment": "by Id"}, True),
        ({"id": 10, "Comment": "by id, as the recorded sample sends it"}, True),
        ({"Id": 10, "Title": "\u0085"}, False),  # blank as .NET and the emulator see it
        # member names bind case-insensitively: the lower-case spelling has the same schema
        ({"Id": 10, "area": [1]}, False),
        ({"Id": 10, "state": "Nope"}, False),
        ({"Id": 10, "area": {"Name": "Fabrikam-Fiber-TFVC"}, "comment": "c"}, True),
    ],
)
def test_session_updates(
    components: dict[str, Any], api: tuple[httpx.Client, EmulatorApp], body: Any, accepted: bool
) -> None:
    client, _ = api
    response = client.patch(f"{TFVC}/{TEAM}/_apis/test/session", json=body)
    assert _valid(components, "TestSessionUpdate", body) is accepted
    assert (response.status_code == 200) is accepted, response.text


@pytest.mark.parametrize(
    ("body", "accepted"),
    [
        ({"Title": "t", "area": [1, {}]}, False),  # found by the stateful contract run
        ({"title": " "}, False),
        ({"Title": "t", "area": {"Name": "Fabrikam-Fiber-TFVC"}}, True),
    ],
)
def test_session_creation_binds_member_names_case_insensitively(
    components: dict[str, Any], api: tuple[httpx.Client, EmulatorApp], body: Any, accepted: bool
) -> None:
    client, _ = api
    response = client.post(f"{TFVC}/{TEAM}/_apis/test/session", json=body)
    assert _valid(components, "TestSessionCreate", body) is accepted
    assert (response.status_code == 200) is accepted, response.text


@pytest.mark.parametrize(
    ("name", "accepted"),
    [("\u000b", False), ("\u0085", False), ("\u001f", False), ("x" * 257, False), ("Win 11", True)],
)
def test_configuration_names(
    components: dict[str, Any], api: tuple[httpx.Client, EmulatorApp], name: str, accepted: bool
) -> None:
    client, _ = api
    response = client.post(f"{TFVC}/_apis/test/configurations", json={"name": name})
    assert _valid(components, "TestConfigurationCreate", {"name": name}) is accepted
    assert (response.status_code == 200) is accepted, response.text


@pytest.mark.parametrize(
    ("file_name", "accepted"), [("a\u0000b.txt", False), ("x" * 4001, False), ("a b.txt", True)]
)
def test_attachment_file_names(
    components: dict[str, Any],
    api: tuple[httpx.Client, EmulatorApp],
    file_name: str,
    accepted: bool,
) -> None:
    client, _ = api
    body = {"stream": "AAEC", "fileName": file_name}
    response = client.post(f"{TFVC}/_apis/test/runs/23/attachments", json=body)
    assert _valid(components, "TestAttachmentRequest", body) is accepted
    assert (response.status_code == 200) is accepted, response.text
