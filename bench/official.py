"""The official ``azure-devops`` client (7.1 API), driven the way its documentation shows.

It is a bench-only extra and untyped, so it is imported lazily and wrapped here with types.
It caches server discovery on disk in ``AZURE_DEVOPS_CACHE_DIR``, read once at import time:
``use_cache_dir`` must run before the first import.
"""

from __future__ import annotations

import base64
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CACHE_ENV = "AZURE_DEVOPS_CACHE_DIR"


def use_cache_dir(path: Path) -> None:
    """Point the official client's discovery cache at ``path`` (before it is imported)."""
    if "azure.devops._file_cache" in sys.modules and os.environ.get(CACHE_ENV) != str(path):
        raise RuntimeError("azure.devops was imported before its cache folder was chosen")
    path.mkdir(parents=True, exist_ok=True)
    os.environ[CACHE_ENV] = str(path)


def preload() -> None:
    """Import every module a first call needs, so that timing it excludes imports."""
    import azure.devops.v7_1.build.build_client
    import azure.devops.v7_1.test.test_client  # noqa: F401
    from azure.devops.connection import Connection  # noqa: F401


class Official:
    """A connection with its build and test clients."""

    def __init__(self, base_url: str, token: str) -> None:
        from azure.devops.connection import Connection
        from msrest.authentication import BasicAuthentication

        self.connection: Any = Connection(base_url=base_url, creds=BasicAuthentication("", token))
        self.build: Any = self.connection.clients_v7_1.get_build_client()
        self.test: Any = self.connection.clients_v7_1.get_test_client()

    def close(self) -> None:
        """Close the pooled connections of the build and test clients' sessions."""
        for client in (self.build, self.test):
            client._client.close()

    def get_build(self, project: str, build_id: int) -> Any:
        """``BuildClient.get_build``: one build as an msrest model."""
        return self.build.get_build(project, build_id)

    def get_builds(self, project: str, top: int) -> list[Any]:
        """``BuildClient.get_builds``: one page; 7.1 returns no continuation token."""
        builds: list[Any] = self.build.get_builds(project, top=top)
        return builds

    def add_build_tag(self, project: str, build_id: int, tag: str) -> list[str]:
        """``BuildClient.add_build_tag``: the build's tags afterwards."""
        tags: list[str] = self.build.add_build_tag(project, build_id, tag)
        return tags

    def upload(self, project: str, run_id: int, content: bytes, file_name: str) -> int:
        """``TestClient.create_test_run_attachment``: the whole file as one base64 string."""
        from azure.devops.v7_1.test.models import (
            TestAttachmentRequestModel,
        )

        model = TestAttachmentRequestModel(
            attachment_type="GeneralAttachment",
            file_name=file_name,
            stream=base64.b64encode(content).decode("ascii"),
        )
        reference = self.test.create_test_run_attachment(model, project, run_id)
        return int(reference.id)

    def download(self, project: str, run_id: int, attachment_id: int) -> Iterator[bytes]:
        """``TestClient.get_test_run_attachment_content``: the bytes in blocks."""
        chunks: Iterator[bytes] = self.test.get_test_run_attachment_content(
            project, run_id, attachment_id
        )
        return chunks
