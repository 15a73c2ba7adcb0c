"""Malformed replies to every generated operation that parses JSON: bad JSON, truncated bodies,
HTML from a proxy, wrong content types, wrong shapes. Each is a typed ``TfsApiError`` naming
the operation and carrying a snippet of the body, never a ``KeyError``, ``AttributeError``,
``TypeError`` or ``JSONDecodeError`` from the generated code."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from tfs_api.api.builds import list_builds
from tfs_api.client import Client
from tfs_client import (
    ApiConnectionError,
    BadRequestError,
    MalformedResponseError,
    NotFoundError,
    ServerError,
    TfsApiError,
    acall,
    call,
    connect,
    paginate,
    upload_attachment,
)
from tfs_client.errors import SNIPPET_CHARS

from tests.client._support import FakeClock

from .conftest import World
from .faults import FaultProxy, canned, http_reply
from .spec_examples import Operation, arguments, example, json_operations, operations

OPERATIONS = json_operations()
PROXY_PAGE = (
    b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway"
    b"</h1><p>The proxy server received an invalid response from an upstream server.</p>"
    b"</body></html>"
)
JSON = "application/json; charset=utf-8"

# (content type, body) of 2xx replies that cannot be what the operation documents.
MALFORMED_SUCCESS = {
    "malformed-json": (JSON, b'{"count": 2, "value": [{"id": 1,}, ]}'),
    "truncated-json": (JSON, None),  # the first half of a valid document, see _body
    "html-from-a-proxy": ("text/html", PROXY_PAGE),
    "html-labelled-json": (JSON, PROXY_PAGE),
    "wrong-content-type": ("text/plain", b"OK"),
    "empty-body": (JSON, b""),
    "json-array": (JSON, b"[1, 2, 3]"),
    "json-string": (JSON, b'"the server is busy"'),
    "json-number": (JSON, b"42"),
    "json-null": (JSON, b"null"),
    "not-utf8": (JSON, b'{"message": "\xff\xfe\xfa"}'),
}


def _body(operation: Operation, kind: str) -> bytes:
    content = MALFORMED_SUCCESS[kind][1]
    if content is not None:
        return content
    assert operation.success_schema is not None
    whole = json.dumps(example(operation.success_schema)).encode()
    return whole[: len(whole) // 2]


def _client_answering(status: int, content_type: str, body: bytes) -> Client:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers={"Content-Type": content_type}, content=body)

    return connect(
        "https://tfs.example.com/DefaultCollection",
        token="reliability-token",
        transport=httpx.MockTransport(reply),
        retries=0,
    )


def _check(error: TfsApiError, operation: Operation, status: int, body: bytes) -> None:
    assert error.operation == operation.name
    assert error.status == status
    expected = body[: SNIPPET_CHARS * 4].decode("utf-8", errors="replace")[:SNIPPET_CHARS].strip()
    assert error.text == expected
    assert str(error).startswith(f"{operation.name}: HTTP {status}")


def test_every_operation_that_parses_json_is_covered() -> None:
    everything = {operation.name for operation in operations()}
    assert len(everything) == 29 + 7  # the documented operations and their 7.1 forms
    assert everything - {operation.name for operation in OPERATIONS} == {
        "delete_build",
        "delete_test_configuration",
        "delete_test_plan_configuration",
        "get_test_run_attachment_content",
        "get_test_result_attachment_content",
    }


@pytest.mark.parametrize("kind", MALFORMED_SUCCESS)
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_malformed_success_reply_is_a_typed_error_with_a_snippet(
    operation: Operation, kind: str
) -> None:
    body = _body(operation, kind)
    client = _client_answering(operation.success_status, MALFORMED_SUCCESS[kind][0], body)
    args, kwargs = arguments(operation)

    with pytest.raises(MalformedResponseError) as caught:
        call(operation.module.sync_detailed, *args, client=client, **kwargs)

    _check(caught.value, operation, operation.success_status, body)
    assert isinstance(caught.value.__cause__, (ValueError, KeyError, TypeError, AttributeError))


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["malformed-json", "truncated-json", "html-from-a-proxy"])
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_async_malformed_success_reply_is_a_typed_error_with_a_snippet(
    operation: Operation, kind: str
) -> None:
    body = _body(operation, kind)
    client = _client_answering(operation.success_status, MALFORMED_SUCCESS[kind][0], body)
    args, kwargs = arguments(operation)

    with pytest.raises(MalformedResponseError) as caught:
        await acall(operation.module.asyncio_detailed, *args, client=client, **kwargs)

    _check(caught.value, operation, operation.success_status, body)


@pytest.mark.parametrize(
    ("status", "kind"),
    [(400, BadRequestError), (404, NotFoundError), (500, ServerError), (502, ServerError)],
)
@pytest.mark.parametrize(
    "body", [PROXY_PAGE, b'{"message": "cut', b"", b"[]"], ids=["html", "cut", "empty", "array"]
)
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_malformed_error_reply_is_the_statuses_typed_error_with_a_snippet(
    operation: Operation, status: int, kind: type[TfsApiError], body: bytes
) -> None:
    client = _client_answering(status, "text/html", body)
    args, kwargs = arguments(operation)

    with pytest.raises(kind) as caught:
        call(operation.module.sync_detailed, *args, client=client, **kwargs)

    _check(caught.value, operation, status, body)
    assert caught.value.body is None
    assert caught.value.message  # says something, even for an empty body


def test_a_reply_shorter_than_its_content_length_is_a_typed_connection_error(
    world: World, proxy: FaultProxy, clock: FakeClock
) -> None:
    whole = b'{"count": 1, "value": [{"id": 1, "buildNumber": "20260101.1"}]}'
    proxy.inject(
        canned(
            http_reply(200, whole[:30], headers={"Content-Type": JSON}, content_length=len(whole))
        )
    )

    with (
        connect(proxy.url(world.base_url), retries=clock.policy(retries=0)) as client,
        pytest.raises(ApiConnectionError) as caught,
    ):
        call(list_builds.sync_detailed, world.project, client=client)

    assert caught.value.operation == "list_builds"
    assert "RemoteProtocolError" in str(caught.value)


def test_a_truncated_reply_is_fetched_again_when_retries_are_on(
    world: World, proxy: FaultProxy, clock: FakeClock
) -> None:
    with connect(world.base_url) as direct:
        real = direct.get_httpx_client().get(f"{world.base_url}/{world.project}/_apis/build/builds")
    headers = {"Content-Type": real.headers["content-type"]}
    cut = http_reply(200, real.content[:20], headers=headers, content_length=len(real.content))
    proxy.inject(canned(cut))

    with connect(proxy.url(world.base_url), retries=clock.policy(retries=2)) as client:
        builds = call(list_builds.sync_detailed, world.project, client=client)

    assert builds.to_dict() == real.json()
    assert len(clock.sleeps) == 1


@pytest.mark.parametrize("body", [PROXY_PAGE, b'{"count": 3, "value": 7}', b'{"value": null}'])
def test_paging_through_a_malformed_page_is_a_typed_error(body: bytes) -> None:
    client = _client_answering(200, JSON, body)

    with pytest.raises(MalformedResponseError) as caught:
        list(paginate(list_builds.sync_detailed, "Project", client=client))

    assert caught.value.operation == "list_builds"


def test_an_upload_answered_by_a_proxy_page_is_a_typed_error(tmp_path: Path) -> None:
    source = tmp_path / "file.txt"
    source.write_bytes(b"content")
    client = _client_answering(200, "text/html", PROXY_PAGE)

    with pytest.raises(MalformedResponseError) as caught:
        upload_attachment(client, "Project", 1, source)

    assert caught.value.operation == "create_test_run_attachment"
    assert "Bad Gateway" in caught.value.text
