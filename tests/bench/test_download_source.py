"""The download figures reuse an attachment the upload figures stored, or upload one."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import httpx
import pytest
from tfs_emulator.server import EmulatorServer
from tfs_emulator.state import Settings

from bench.context import ATTACHMENT_API_VERSION, TOKEN, Context, basic_auth
from bench.payload import GeneratedFile, RawAttachmentBody
from bench.scenarios import UPLOAD_NAMES
from bench.seed import download_source, seed
from bench.sizes import QUICK

SIZE = 3000


@pytest.fixture
def ctx() -> Iterator[Context]:
    with EmulatorServer(settings=Settings(token=TOKEN)) as server:
        yield seed(server.base_url, TOKEN, attrs.evolve(QUICK, attachment_bytes=SIZE), 1)


def _attachments(ctx: Context) -> list[dict[str, object]]:
    params = {"api-version": ATTACHMENT_API_VERSION}
    listed = httpx.get(ctx.attachments_url(), params=params, headers=basic_auth(TOKEN))
    listed.raise_for_status()
    value: list[dict[str, object]] = listed.json()["value"]
    return value


def _download(ctx: Context) -> bytes:
    url = f"{ctx.attachments_url()}/{ctx.attachment_id}"
    params = {"api-version": ATTACHMENT_API_VERSION}
    reply = httpx.get(url, params=params, headers=basic_auth(TOKEN))
    reply.raise_for_status()
    return reply.content


def test_without_an_uploaded_attachment_one_of_the_figure_size_is_uploaded(ctx: Context) -> None:
    assert ctx.attachment_id is None
    source = download_source(ctx)
    assert [item["id"] for item in _attachments(ctx)] == [source.attachment_id]
    assert _download(source) == GeneratedFile(SIZE).read()


def test_the_newest_attachment_an_upload_probe_stored_is_reused(ctx: Context) -> None:
    ids = []
    for client in ("raw", "tfs"):
        body = RawAttachmentBody(GeneratedFile(SIZE), UPLOAD_NAMES[client])
        reply = httpx.post(
            ctx.attachments_url(),
            params={"api-version": ATTACHMENT_API_VERSION},
            content=b"".join(body),
            headers={**basic_auth(TOKEN), "Content-Type": "application/json"},
        )
        reply.raise_for_status()
        ids.append(reply.json()["id"])
    source = download_source(ctx)
    assert source.attachment_id == max(ids)
    assert len(_attachments(ctx)) == 2  # nothing uploaded again
    assert _download(source) == GeneratedFile(SIZE).read()
