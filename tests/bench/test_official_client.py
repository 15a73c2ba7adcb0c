"""The official ``azure-devops`` client, unmodified, against the emulator over real HTTP.

It proves the emulator speaks the wire protocol that client expects: resource discovery
(``OPTIONS {base}/_apis`` and ``GET {base}/_apis/ResourceAreas``), its lower-cased
collection path, its ``Accept: application/json;api-version=<version>-preview.N`` negotiation, PAT
basic auth, and the bodies its msrest models deserialize. Runs when the ``azure-devops``
package (bench/dev extra) is installed. Data: the emulator's ``demo`` seed (the recorded
samples of the API pages), build 391 of Fabrikam-Fiber-Git and test run 23 of
Fabrikam-Fiber-TFVC.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("azure.devops", reason="azure-devops (bench/dev extra) is not installed")

from tfs_emulator.server import EmulatorServer
from tfs_emulator.state import Settings

TOKEN = "official-client-e2e-token"
GIT_PROJECT = "Fabrikam-Fiber-Git"
TFVC_PROJECT = "Fabrikam-Fiber-TFVC"
BUILD_ID = 391
RUN_ID = 23


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh discovery cache folder, so the test neither reads nor writes ``~/.azure-devops``.

    The client reads ``AZURE_DEVOPS_CACHE_DIR`` once, when ``azure.devops._file_cache`` is
    first imported; if another test imported it already, its two cache files are repointed.
    """
    folder = tmp_path_factory.mktemp("azure-devops-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AZURE_DEVOPS_CACHE_DIR", str(folder))
        from azure.devops import _file_cache  # type: ignore[import-untyped]

        for cache in (_file_cache.OPTIONS_CACHE, _file_cache.RESOURCE_CACHE):
            if Path(cache.file_name).parent != folder:
                patch.setattr(cache, "file_name", str(folder / Path(cache.file_name).name))
                patch.setattr(cache, "data", {})
                patch.setattr(cache, "initial_load_occurred", False)
        yield folder


@pytest.fixture(scope="module")
def server() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed="demo", settings=Settings(token=TOKEN)) as running:
        yield running


@pytest.fixture(scope="module")
def connection(server: EmulatorServer, cache_dir: Path) -> Any:
    from azure.devops.connection import Connection  # type: ignore[import-untyped]
    from msrest.authentication import BasicAuthentication

    return Connection(base_url=server.base_url, creds=BasicAuthentication("", TOKEN))


@pytest.fixture(scope="module")
def raw(server: EmulatorServer) -> Iterator[httpx.Client]:
    """Plain HTTP to check what the official client did, independently of it."""
    with httpx.Client(base_url=server.base_url, auth=("", TOKEN)) as client:
        yield client


def test_get_build_returns_the_recorded_build(connection: Any) -> None:
    build = connection.clients_v7_1.get_build_client().get_build(GIT_PROJECT, BUILD_ID)
    assert build.id == BUILD_ID
    assert build.project.name == GIT_PROJECT
    assert build.definition.id is not None
    assert build.build_number
    assert build.status
    assert build.queue_time is not None  # the TFS date-time wire format parses


def test_get_builds_lists_the_same_builds_as_the_wire(connection: Any, raw: httpx.Client) -> None:
    builds = connection.clients_v7_1.get_build_client().get_builds(GIT_PROJECT, top=5)
    wire = raw.get(f"/{GIT_PROJECT}/_apis/build/builds", params={"$top": 5}).json()["value"]
    assert [build.id for build in builds] == [item["id"] for item in wire]
    assert len(builds) == 5


def test_add_build_tag_stores_the_tag(connection: Any, raw: httpx.Client) -> None:
    client = connection.clients_v7_1.get_build_client()
    tags = client.add_build_tag(GIT_PROJECT, BUILD_ID, "official e2e")
    assert "official e2e" in tags
    stored = raw.get(f"/{GIT_PROJECT}/_apis/build/builds/{BUILD_ID}/tags").json()["value"]
    assert "official e2e" in stored
    assert client.get_build_tags(GIT_PROJECT, BUILD_ID) == stored


def test_an_uploaded_attachment_downloads_byte_for_byte(connection: Any, raw: httpx.Client) -> None:
    from azure.devops.v7_1.test.models import (  # type: ignore[import-untyped]
        TestAttachmentRequestModel,
    )

    content = bytes(range(256)) * 1000 + b"\x00\xff tail"
    client = connection.clients_v7_1.get_test_client()
    model = TestAttachmentRequestModel(
        attachment_type="GeneralAttachment",
        comment="uploaded by the official client",
        file_name="official-e2e.bin",
        stream=base64.b64encode(content).decode("ascii"),
    )
    reference = client.create_test_run_attachment(model, TFVC_PROJECT, RUN_ID)
    assert reference.id is not None and reference.url

    downloaded = b"".join(
        client.get_test_run_attachment_content(TFVC_PROJECT, RUN_ID, reference.id)
    )
    assert downloaded == content
    listed = {a.id: a for a in client.get_test_run_attachments(TFVC_PROJECT, RUN_ID)}
    assert listed[reference.id].file_name == "official-e2e.bin"
    assert listed[reference.id].comment == "uploaded by the official client"
    wire = raw.get(f"/{TFVC_PROJECT}/_apis/test/runs/{RUN_ID}/attachments/{reference.id}")
    assert wire.content == content


def test_the_client_discovered_the_resources_from_the_emulator(
    connection: Any, server: EmulatorServer, cache_dir: Path
) -> None:
    connection.clients_v7_1.get_build_client().get_build(GIT_PROJECT, BUILD_ID)
    options = json.loads((cache_dir / "options.json").read_text(encoding="utf-8"))
    locations = options[server.base_url.lower()]
    ids = {location["id"] for location in locations}
    assert "0cd358e1-9217-4d94-8269-1c1ee6f93dcf" in ids  # builds
    assert "4f004af4-a507-489c-9b13-cb62060beb11" in ids  # run attachments
    resources = json.loads((cache_dir / "resources.json").read_text(encoding="utf-8"))
    assert resources[server.base_url.lower()] == []  # on-premises: every area at the base URL
    assert not os.environ.get("AZURE_DEVOPS_CACHE_DIR", "").startswith(str(Path.home()))


def test_a_wrong_token_is_refused_with_the_servers_error_message(server: EmulatorServer) -> None:
    """The 401's JSON error body reaches the caller through the client's own error class."""
    from azure.devops.connection import Connection
    from azure.devops.exceptions import AzureDevOpsServiceError  # type: ignore[import-untyped]
    from msrest.authentication import BasicAuthentication

    wrong = Connection(base_url=server.base_url, creds=BasicAuthentication("", "not-the-token"))
    with pytest.raises(AzureDevOpsServiceError, match="TF400813"):
        wrong.clients_v7_1.get_build_client().get_build(GIT_PROJECT, BUILD_ID)
