"""``call``/``send``/``paginate`` through the ``OPERATION`` descriptors, and the generated
``sync()``/``asyncio()`` with a ``connect()`` client: never a silent ``None`` for an error
status or an undocumented success (regressions of issue 11)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from tfs_api import errors
from tfs_api.api.builds import delete_build, get_build, get_build_tags, list_builds
from tfs_api.client import Client
from tfs_api.models.build import Build
from tfs_client import (
    AuthenticationError,
    MalformedResponseError,
    NotFoundError,
    ServerError,
    TfsApiError,
    acall,
    apaginate,
    call,
    paginate,
    raise_for_status,
    send,
)

from ._support import BASE_URL, build_json, error_json, mock_client

BUILD = build_json(391)


def replying(status: int, **kwargs: Any) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(status, **kwargs))


def test_call_with_a_descriptor_returns_the_parsed_model() -> None:
    build = call(
        get_build.OPERATION, "Fabrikam", 391, client=mock_client(replying(200, json=BUILD))
    )
    assert isinstance(build, Build)
    assert (build.id, build.build_number) == (391, BUILD["buildNumber"])


def test_call_with_a_generated_function_runs_its_module_s_descriptor() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=BUILD)

    client = mock_client(handler)
    assert call(get_build.sync_detailed, "Fabrikam", 391, client=client).id == 391
    assert call(get_build.OPERATION, "Fabrikam", 391, client=client).id == 391
    assert len(seen) == 2 and seen[0].url == seen[1].url
    assert seen[0].url.path == "/DefaultCollection/Fabrikam/_apis/build/builds/391"


@pytest.mark.parametrize("status", [201, 202, 204, 206])
def test_call_never_returns_none_for_an_undocumented_success_status(status: int) -> None:
    """The old bug: a 202 from getBuild (typed ``Build``) made ``call`` return ``None``."""
    client = mock_client(replying(status, json=BUILD))
    with pytest.raises(MalformedResponseError, match="not a documented success status") as raised:
        call(get_build.OPERATION, "Fabrikam", 391, client=client)
    assert raised.value.status == status
    assert raised.value.operation == "get_build"
    with pytest.raises(MalformedResponseError):
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)


def test_call_returns_none_only_for_a_documented_204() -> None:
    assert call(delete_build.OPERATION, "Fabrikam", 391, client=mock_client(replying(204))) is None
    with pytest.raises(MalformedResponseError):
        call(delete_build.OPERATION, "Fabrikam", 391, client=mock_client(replying(200, json={})))


def test_send_returns_the_generated_response_with_the_parsed_result() -> None:
    response = send(get_build.OPERATION, "F", 391, client=mock_client(replying(200, json=BUILD)))
    assert response.status_code == 200
    assert isinstance(response.parsed, Build)
    assert response.headers["content-type"] == "application/json"


@pytest.mark.anyio
async def test_acall_accepts_the_descriptor_and_the_async_function() -> None:
    client = mock_client(replying(200, json=BUILD))
    assert (await acall(get_build.OPERATION, "F", 391, client=client)).id == 391
    assert (await acall(get_build.asyncio_detailed, "F", 391, client=client)).id == 391
    with pytest.raises(MalformedResponseError):
        await acall(get_build.OPERATION, "F", 391, client=mock_client(replying(202, json=BUILD)))


def test_paginate_with_a_descriptor_yields_the_item_model() -> None:
    pages = [
        httpx.Response(
            200, json={"count": 1, "value": [BUILD]}, headers={"x-ms-continuationtoken": "t"}
        ),
        httpx.Response(200, json={"count": 1, "value": [build_json(392)]}),
    ]
    tokens: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        tokens.append(request.url.params.get("continuationToken"))
        return pages[len(tokens) - 1]

    builds = list(paginate(list_builds.OPERATION, "F", client=mock_client(handler)))

    assert [build.id for build in builds] == [391, 392]
    assert all(isinstance(build, Build) for build in builds)
    assert tokens == [None, "t"]


@pytest.mark.anyio
async def test_apaginate_with_a_descriptor_yields_the_item_model() -> None:
    client = mock_client(replying(200, json={"count": 1, "value": [BUILD]}))
    builds = [build async for build in apaginate(list_builds.OPERATION, "F", client=client)]
    assert [build.id for build in builds] == [391]


def test_paginating_an_operation_without_paging_says_so() -> None:
    client = mock_client(replying(200, json={"count": 1, "value": ["a"]}))
    with pytest.raises(TypeError, match="get_build_tags takes no continuation token or \\$skip"):
        paginate(get_build_tags.OPERATION, "F", 1, client=client)


# ------------------------------------------------- the generated functions with connect()


@pytest.mark.parametrize(
    ("status", "kind"),
    [(401, AuthenticationError), (404, NotFoundError), (500, ServerError)],
)
def test_generated_sync_raises_the_typed_error_instead_of_returning_none(
    status: int, kind: type[TfsApiError]
) -> None:
    """The old bug: ``get_build.sync(...)`` returned ``None`` on 401/404 with a connect() client."""
    client = mock_client(replying(status, json=error_json("No build 391.")), retries=0)
    with pytest.raises(kind, match="No build 391") as raised:
        get_build.sync("Fabrikam", 391, client=client)
    assert raised.value.operation == "get_build"
    assert raised.value.status == status


@pytest.mark.anyio
async def test_generated_asyncio_raises_the_typed_error_instead_of_returning_none() -> None:
    client = mock_client(replying(404, json=error_json("No build 391.")))
    with pytest.raises(NotFoundError, match="No build 391"):
        await get_build.asyncio("Fabrikam", 391, client=client)


def test_generated_sync_raises_for_an_undocumented_success_status() -> None:
    with pytest.raises(MalformedResponseError, match="202 Accepted: not a documented success"):
        get_build.sync("Fabrikam", 391, client=mock_client(replying(202, json=BUILD)))


def test_generated_sync_raises_a_typed_error_for_a_body_that_is_not_the_documented_type() -> None:
    client = mock_client(replying(200, text="<html>proxy login</html>"))
    with pytest.raises(MalformedResponseError, match="could not parse the reply") as raised:
        get_build.sync("Fabrikam", 391, client=client)
    assert "<html>proxy login</html>" in raised.value.text


def test_generated_detailed_functions_still_return_error_replies_for_raise_for_status() -> None:
    client = mock_client(replying(404, json=error_json("No build 391.")), retries=0)
    response = get_build.sync_detailed("Fabrikam", 391, client=client)
    assert (response.status_code, response.parsed) == (404, None)
    with pytest.raises(NotFoundError):
        raise_for_status(response, operation="get_build")


def test_generated_sync_with_a_plain_client_raises_the_generated_unexpected_status() -> None:
    client = Client(base_url=BASE_URL, httpx_args={"transport": replying(404, text="gone")})
    with pytest.raises(errors.UnexpectedStatus) as raised:
        get_build.sync("Fabrikam", 391, client=client)
    assert (raised.value.status_code, raised.value.content) == (404, b"gone")
    assert raised.value.operation == "get_build"
