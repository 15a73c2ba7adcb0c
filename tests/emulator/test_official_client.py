"""The official `azure-devops` client (bench extra) runs unmodified against the emulator."""

from __future__ import annotations

from pathlib import Path

import pytest
from tfs_emulator.server import EmulatorServer
from tfs_emulator.state import Settings

from .conftest import GIT, TFVC

pytest.importorskip("azure.devops", reason="the official client is the bench extra")


def test_official_client_discovers_and_calls_the_emulator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AZURE_DEVOPS_CACHE_DIR", str(tmp_path))
    from azure.devops.connection import Connection
    from azure.devops.v7_1.test.models import TestAttachmentRequestModel
    from msrest.authentication import BasicAuthentication

    with EmulatorServer(seed="demo", settings=Settings(token="pat")) as server:
        connection = Connection(base_url=server.base_url, creds=BasicAuthentication("", "pat"))
        build_client = connection.clients_v7_1.get_build_client()
        build = build_client.get_build(GIT, 391)
        assert build.id == 391 and build.status == "completed"
        builds = build_client.get_builds(GIT, definitions=[2, 3], top=5)
        assert [b.id for b in builds] == [367, 366, 361, 360, 356]
        assert build_client.add_build_tag(GIT, 391, "official") == [
            "official",
            "tag1",
            "tag2",
            "tag3",
        ]
        test_client = connection.clients_v7_1.get_test_client()
        request = TestAttachmentRequestModel(
            stream="b2ZmaWNpYWw=", file_name="o.txt", comment="via official"
        )
        reference = test_client.create_test_run_attachment(request, TFVC, 23)
        content = b"".join(test_client.get_test_run_attachment_content(TFVC, 23, reference.id))
        assert content == b"official"
        assert server.state.internal_errors == 0
