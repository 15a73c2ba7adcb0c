"""Typed errors from any reply: statuses, error bodies, HTML pages, malformed JSON, dropped links."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from tfs_api.api.builds import delete_build, get_build, get_build_tags, list_builds, queue_build
from tfs_api.api.configurations import get_test_configuration
from tfs_api.models.definition_id_reference import DefinitionIdReference
from tfs_api.models.queue_build_request import QueueBuildRequest
from tfs_client import (
    ApiConnectionError,
    ApiTimeoutError,
    AsyncTfsClient,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TfsApiError,
    TfsClient,
    acall,
    call,
    raise_for_status,
    send,
)
from tfs_client.errors import NO_TOKEN_HINT, error_from_exception

from ._support import BASE_URL, TOKEN, FakeClock, build_json, error_json, mock_client

HTML_PAGE = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body>"


def replying(*args: object, **kwargs: object) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(*args, **kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (418, TfsApiError),
        (599, ServerError),
    ],
)
def test_each_status_maps_to_its_error_class(status: int, kind: type[TfsApiError]) -> None:
    body = error_json("Build 391 not found.", "BuildNotFoundException", errorCode=7, eventId=3000)
    client = mock_client(replying(status, json=body), retries=0)
    with pytest.raises(kind) as caught:
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    error = caught.value
    assert type(error) is kind
    assert error.status == status
    assert error.operation == "get_build"
    assert error.message == "Build 391 not found."
    assert (error.type_key, error.error_code, error.event_id) == ("BuildNotFoundException", 7, 3000)
    assert error.body is not None and error.body.type_name is not None
    assert json.loads(error.text)["message"] == "Build 391 not found."
    assert str(error).startswith(f"get_build: HTTP {status}")
    assert "typeKey=BuildNotFoundException" in str(error)


def test_html_error_page_becomes_a_typed_error_with_a_snippet() -> None:
    client = mock_client(
        replying(502, text=HTML_PAGE, headers={"content-type": "text/html"}), retries=0
    )
    with pytest.raises(ServerError) as caught:
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert caught.value.body is None
    assert caught.value.text == HTML_PAGE
    assert "502 Bad Gateway" in caught.value.message


def test_html_page_on_a_documented_error_status_does_not_leak_json_errors() -> None:
    client = mock_client(replying(404, text=HTML_PAGE), retries=0)
    with pytest.raises(NotFoundError) as caught:
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert not isinstance(caught.value.__cause__, json.JSONDecodeError)


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b'{"id": 391, "buildNumber": "trunc',
        b"<html>proxy says hi</html>",
        b"[1, 2, 3]",
        b'{"id": "not-an-int-but-a-dict", "definition": 5}',
    ],
)
def test_malformed_success_body_raises_malformed_response_error(body: bytes) -> None:
    client = mock_client(replying(200, content=body), retries=0)
    with pytest.raises(MalformedResponseError) as caught:
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert caught.value.status == 200
    assert caught.value.operation == "get_build"
    assert caught.value.text == body.decode()


def test_wrong_content_type_with_valid_json_still_parses() -> None:
    reply = replying(
        200, content=b'{"count": 1, "value": ["a"]}', headers={"content-type": "text/plain"}
    )
    tags = call(get_build_tags.sync_detailed, "Fabrikam", 391, client=mock_client(reply))
    assert tags.value == ["a"]


def test_error_body_with_wrong_types_is_parsed_leniently() -> None:
    body = {"message": 42, "typeKey": ["x"], "errorCode": "7", "eventId": True}
    client = mock_client(replying(400, json=body), retries=0)
    with pytest.raises(BadRequestError) as caught:
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert caught.value.type_key is None and caught.value.error_code is None
    assert caught.value.event_id is None
    assert '"message":42' in caught.value.message


def test_empty_error_body_says_so() -> None:
    client = mock_client(replying(404), retries=0)
    with pytest.raises(NotFoundError, match=r"\(empty body\)"):
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)


def test_sign_in_page_served_as_203_is_an_authentication_error() -> None:
    page = replying(203, text="<html>Sign in</html>", headers={"content-type": "text/html"})
    with pytest.raises(AuthenticationError, match="sign-in page"):
        call(get_build.sync_detailed, "Fabrikam", 391, client=mock_client(page))


def test_raise_for_status_works_on_any_generated_detailed_response() -> None:
    client = mock_client(replying(409, json=error_json("Tag is locked.", "TagLockedException")))
    response = get_build.sync_detailed("Fabrikam", 391, client=client)
    with pytest.raises(ConflictError, match="Tag is locked") as caught:
        raise_for_status(response, operation="get_build")
    assert caught.value.type_key == "TagLockedException"


def test_raise_for_status_returns_successful_responses_unchanged() -> None:
    client = mock_client(replying(204))
    response = delete_build.sync_detailed("Fabrikam", 391, client=client)
    assert raise_for_status(response) is response


def test_raise_for_status_accepts_plain_httpx_responses() -> None:
    with pytest.raises(NotFoundError):
        raise_for_status(httpx.Response(404, text="gone"))


def test_call_returns_none_for_replies_without_a_body() -> None:
    assert (
        call(delete_build.sync_detailed, "Fabrikam", 391, client=mock_client(replying(204))) is None
    )


def test_send_returns_the_whole_checked_response() -> None:
    reply = replying(200, json={"count": 0, "value": []}, headers={"x-ms-continuationtoken": "t1"})
    response = send(list_builds.sync_detailed, "Fabrikam", client=mock_client(reply))
    assert response.headers["x-ms-continuationtoken"] == "t1"
    assert response.parsed is not None


def test_connection_refused_is_a_typed_connection_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused")

    with pytest.raises(ApiConnectionError, match="Connection refused") as caught:
        call(get_build.sync_detailed, "Fabrikam", 391, client=mock_client(refuse, retries=0))
    assert caught.value.operation == "get_build"
    assert not isinstance(caught.value, ApiTimeoutError)


def test_a_connection_error_names_the_host_and_the_attempts_made(clock: FakeClock) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused")

    with pytest.raises(ApiConnectionError) as caught:
        call(get_build.sync_detailed, "Fabrikam", 391, client=mock_client(refuse, clock, retries=2))
    assert (caught.value.host, caught.value.attempts) == ("tfs.example.com", 3)
    assert str(caught.value) == (
        "get_build: could not connect to tfs.example.com:443: [Errno 111] Connection refused "
        "(ConnectError) [3 attempts]"
    )


def test_a_post_that_failed_was_attempted_once(clock: FakeClock) -> None:
    def reset(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset by peer")

    client = mock_client(reset, clock)
    failed = r"to tfs.example.com:443 failed: connection reset by peer \(ReadError\) \[1 attempt\]$"
    with pytest.raises(ApiConnectionError, match=failed):
        call(
            queue_build.sync_detailed,
            "Fabrikam",
            client=client,
            body=QueueBuildRequest(definition=DefinitionIdReference(id=25)),
        )


def test_attempts_count_the_re_sends_of_a_body_cut_off_repeatedly(clock: FakeClock) -> None:
    def cut(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=CutOff(b'{"id": 391, "buildNumber": "x"}', 5))

    client = mock_client(cut, clock, retries=2)
    with pytest.raises(ApiConnectionError) as caught:
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)
    assert caught.value.attempts == 3


@pytest.mark.anyio
async def test_async_connection_errors_name_the_host_and_the_attempts(clock: FakeClock) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("timed out")

    client = mock_client(refuse, clock, retries=1)
    with pytest.raises(ApiTimeoutError) as caught:
        await acall(get_build.asyncio_detailed, "Fabrikam", 391, client=client)
    assert (caught.value.host, caught.value.attempts) == ("tfs.example.com", 2)


class CutOff(httpx.SyncByteStream):
    def __init__(self, data: bytes, cut_at: int) -> None:
        self.data, self.cut_at = data, cut_at

    def __iter__(self) -> Iterator[bytes]:
        yield self.data[: self.cut_at]
        raise httpx.ReadError("connection reset by peer")


@pytest.mark.parametrize("failure", [httpx.ConnectTimeout("connect"), httpx.ReadTimeout("read")])
def test_connect_and_read_timeouts_are_typed_and_name_the_operation(failure: Exception) -> None:
    def hang(request: httpx.Request) -> httpx.Response:
        raise failure

    with pytest.raises(ApiTimeoutError) as caught:
        call(
            get_test_configuration.sync_detailed, "Fabrikam", 7, client=mock_client(hang, retries=0)
        )
    assert caught.value.operation == "get_test_configuration"
    assert type(failure).__name__ in str(caught.value)


@pytest.mark.parametrize(
    "target",
    [print, lambda *args, **kwargs: None, "get_build", None, get_build._get_kwargs],
    ids=["builtin", "lambda", "string", "none", "private-function"],
)
def test_call_rejects_things_that_are_not_operations_saying_what_to_pass(target: Any) -> None:
    expected = (
        r"expected a tfs_api operation: an OPERATION descriptor such as .*get_build\.OPERATION"
    )
    with pytest.raises(TypeError, match=expected):
        call(target, "Fabrikam", 1, client=mock_client(replying(200)))


def test_call_given_the_module_says_to_pass_its_operation() -> None:
    with pytest.raises(TypeError, match=r"pass tfs_api\.api\.builds\.get_build\.OPERATION$"):
        call(get_build, "Fabrikam", 1, client=mock_client(replying(200)))  # type: ignore[call-overload]


def test_call_rejects_wrong_arguments_by_name_before_sending_anything() -> None:
    sent: list[httpx.Request] = []
    client = mock_client(lambda request: sent.append(request) or httpx.Response(200))
    operation = get_build.OPERATION
    with pytest.raises(TypeError, match=r"^get_build: missing a required argument: 'build_id'$"):
        call(operation, "Fabrikam", client=client)
    with pytest.raises(TypeError, match=r"^get_build: got an unexpected keyword argument 'bild'"):
        call(operation, "Fabrikam", 1, bild=2, client=client)
    with pytest.raises(TypeError, match=r"^get_build: missing a required argument: 'client'$"):
        call(operation, "Fabrikam", 1)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match=r"^get_build: too many positional arguments"):
        call(operation, "Fabrikam", 1, client, client=client)
    with pytest.raises(TypeError, match=r"^get_build: client must be a tfs_api Client"):
        call(operation, "Fabrikam", 1, client="https://tfs")
    assert sent == []


@pytest.mark.anyio
async def test_async_call_gives_the_same_typed_errors() -> None:
    client = mock_client(replying(404, text=HTML_PAGE), retries=0)
    with pytest.raises(NotFoundError) as caught:
        await acall(get_build.asyncio_detailed, "Fabrikam", 391, client=client)
    assert caught.value.operation == "get_build"
    client = mock_client(replying(200, content=b"{oops"), retries=0)
    with pytest.raises(MalformedResponseError):
        await acall(get_build.asyncio_detailed, "Fabrikam", 391, client=client)

    def hang(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("read")

    with pytest.raises(ApiTimeoutError):
        await acall(
            get_build.asyncio_detailed, "Fabrikam", 391, client=mock_client(hang, retries=0)
        )


@pytest.mark.anyio
async def test_async_call_returns_parsed_models() -> None:
    client = mock_client(replying(200, json=build_json(391, buildNumber="1")))
    build = await acall(get_build.asyncio_detailed, "Fabrikam", 391, client=client)
    assert build.build_number == "1"


UNAUTHORIZED = error_json("TF400813: The user is not authorized.", "UnauthorizedRequestException")


def _unauthorized_without_credentials(request: httpx.Request) -> httpx.Response:
    if "authorization" in request.headers:
        return httpx.Response(403, json=error_json("Denied.", "AccessDeniedException"))
    return httpx.Response(401, json=UNAUTHORIZED)


def _assert_no_token_hint(error: AuthenticationError) -> None:
    assert error.hint == NO_TOKEN_HINT and str(error).endswith(f"; {NO_TOKEN_HINT}")
    assert error.message == "TF400813: The user is not authorized." and error.status == 401
    assert "token=" in NO_TOKEN_HINT and "TFS_TOKEN is read by the tfs command line only" in (
        NO_TOKEN_HINT
    )


def test_a_401_to_a_client_without_a_token_hints_how_to_give_one() -> None:
    transport = httpx.MockTransport(_unauthorized_without_credentials)
    with TfsClient(BASE_URL, transport=transport, retries=0) as tfs:
        with pytest.raises(AuthenticationError) as got:
            tfs.builds.get("P", 391)
        _assert_no_token_hint(got.value)
        with pytest.raises(AuthenticationError) as listed:
            list(tfs.builds.list("P"))
        _assert_no_token_hint(listed.value)
        with pytest.raises(AuthenticationError) as generated:
            get_build.sync("P", 391, client=tfs.api)  # the generated function: connect's hook
        _assert_no_token_hint(generated.value)
    authenticated = TfsClient(BASE_URL, transport=transport, retries=0, token=TOKEN)
    with authenticated as tfs, pytest.raises(PermissionDeniedError) as denied:
        tfs.builds.get("P", 391)
    assert denied.value.hint is None


@pytest.mark.anyio
async def test_a_401_to_an_async_client_without_a_token_hints_how_to_give_one() -> None:
    transport = httpx.MockTransport(_unauthorized_without_credentials)
    async with AsyncTfsClient(BASE_URL, transport=transport, retries=0) as tfs:
        with pytest.raises(AuthenticationError) as got:
            await tfs.builds.get("P", 391)
        _assert_no_token_hint(got.value)
        with pytest.raises(AuthenticationError) as listed:
            [build async for build in tfs.builds.list("P")]
        _assert_no_token_hint(listed.value)
        with pytest.raises(AuthenticationError) as generated:
            await get_build.asyncio("P", 391, client=tfs.api)
        _assert_no_token_hint(generated.value)


def test_a_401_with_credentials_has_no_token_hint() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json=UNAUTHORIZED)

    authenticated = TfsClient(
        BASE_URL, transport=httpx.MockTransport(refuse), retries=0, token=TOKEN
    )
    with authenticated as tfs, pytest.raises(AuthenticationError) as caught:
        tfs.builds.get("P", 391)
    assert caught.value.hint is None and "token=" not in str(caught.value)
    headers = {"Authorization": "Bearer given-as-a-header"}  # credentials in another form
    client = mock_client(httpx.MockTransport(refuse), token=None, headers=headers, retries=0)
    with pytest.raises(AuthenticationError) as hooked:
        get_build.sync("P", 391, client=client)
    assert hooked.value.hint is None


@pytest.mark.parametrize(
    ("failure", "url", "expected"),
    [
        (
            httpx.ConnectTimeout(""),
            "https://tfs.example.com/C",
            "connecting to tfs.example.com:443",
        ),
        (httpx.ReadTimeout(""), "http://[::1]:8080/C", "waiting for data from [::1]:8080"),
        (httpx.PoolTimeout(""), "http://tfs:8080/C", "waiting for a free connection to tfs:8080"),
        (httpx.WriteTimeout(""), "http://tfs/C", "sending the request to tfs:80"),
    ],
)
def test_a_timeout_without_a_message_says_what_timed_out_and_where(
    failure: httpx.TimeoutException, url: str, expected: str
) -> None:
    failure.request = httpx.Request("GET", url)  # no timeout configured: no seconds to name
    error = error_from_exception(failure, operation="get_build")
    kind = type(failure).__name__
    assert isinstance(error, ApiTimeoutError)
    assert error.message == f"{expected} timed out ({kind})"


def test_a_failure_without_a_request_or_a_message_still_says_what_it_was() -> None:
    error = error_from_exception(httpx.ConnectError(""), operation="get_build")
    assert str(error) == "get_build: could not connect to the server (ConnectError)"
    proxy = error_from_exception(httpx.ProxyError(""), operation="get_build")
    assert str(proxy) == "get_build: the exchange with the server failed (ProxyError)"
