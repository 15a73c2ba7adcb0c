"""A 2xx reply whose body does not have the documented shape is a `MalformedResponseError` naming
`Model.field`, whether it comes through `call`, `acall` or `paginate` (the generated models raise
`tfs_api.errors.DecodeError`; tfs_client maps it in one place, calls.decode)."""

from __future__ import annotations

import httpx
import pytest
from tfs_api.api.builds import get_build, list_builds
from tfs_api.errors import DecodeError
from tfs_client import MalformedResponseError, acall, call, paginate

from ._support import build_json, mock_client


def _answering(body: object) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, json=body))


def test_call_maps_a_wrong_field_type_to_malformed_response_naming_the_field() -> None:
    client = mock_client(_answering(build_json(391, keepForever="yes")), retries=0)

    with pytest.raises(MalformedResponseError) as caught:
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)

    assert "Build.keep_forever: expected bool, got str 'yes'" in str(caught.value)
    assert caught.value.operation == "get_build"
    assert caught.value.status == 200
    assert isinstance(caught.value.__cause__, DecodeError)


def test_call_maps_a_missing_required_field_to_malformed_response() -> None:
    body = build_json(391)
    del body["id"]
    client = mock_client(_answering(body), retries=0)

    with pytest.raises(MalformedResponseError, match=r"Build\.id: required field is missing"):
        call(get_build.sync_detailed, "Fabrikam", 391, client=client)


@pytest.mark.anyio
async def test_acall_maps_a_nested_wrong_type_naming_the_inner_model() -> None:
    body = build_json(391, definition={"id": "seven", "name": "ci"})
    client = mock_client(_answering(body), retries=0)

    with pytest.raises(MalformedResponseError) as caught:
        await acall(get_build.asyncio_detailed, "Fabrikam", 391, client=client)

    assert "Build.definition -> DefinitionReference.id: expected int, got str 'seven'" in str(
        caught.value
    )


def test_paginate_maps_a_bad_item_naming_its_index() -> None:
    body = {"count": 3, "value": [build_json(1), build_json(2), build_json(3, id=True)]}
    client = mock_client(_answering(body), retries=0)

    with pytest.raises(MalformedResponseError) as caught:
        list(paginate(list_builds.sync_detailed, "Fabrikam", client=client))

    assert "BuildList.value[2] -> Build.id: expected int, got bool True" in str(caught.value)
    assert caught.value.operation == "list_builds"


def test_paginate_maps_a_value_that_is_not_a_list() -> None:
    client = mock_client(_answering({"count": 1, "value": build_json(1)}), retries=0)

    with pytest.raises(MalformedResponseError, match=r"BuildList\.value: expected list, got dict"):
        list(paginate(list_builds.sync_detailed, "Fabrikam", client=client))
