from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.test_attachment import TestAttachment
from ...models.test_attachment_list import TestAttachmentList
from ...operation import ListOperation, Parameter
from ...types import UNSET, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    run_id: int,
    result_id: int,
    *,
    api_version: str | Unset = "2.0-preview",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{project}/_apis/test/runs/{run_id}/results/{result_id}/attachments".format(
            project=encode_path_segment(project, "project"),
            run_id=encode_path_segment(run_id, "run_id"),
            result_id=encode_path_segment(result_id, "result_id"),
        ),
        "params": params,
    }

    return _kwargs


def _decode(response: httpx.Response) -> TestAttachmentList:
    if response.status_code == 200:
        response_200 = TestAttachmentList.from_dict(response.json())

        return response_200

    raise OPERATION.unexpected_status(response)


OPERATION: ListOperation[TestAttachmentList, TestAttachment] = ListOperation(
    operation_id="listTestResultAttachments",
    name="list_test_result_attachments",
    tag="attachments",
    method="GET",
    path="/{project}/_apis/test/runs/{runId}/results/{resultId}/attachments",
    parameters=(
        Parameter(
            name="project",
            wire_name="project",
            location="path",
            required=True,
            description="Name or ID of the team project.",
            python_type=str,
        ),
        Parameter(
            name="run_id",
            wire_name="runId",
            location="path",
            required=True,
            description="ID of the test run.",
            python_type=int,
        ),
        Parameter(
            name="result_id",
            wire_name="resultId",
            location="path",
            required=True,
            description="ID of the test result within the run.",
            python_type=int,
        ),
        Parameter(
            name="api_version",
            wire_name="api-version",
            location="query",
            required=False,
            description="Version of the API to use, up to 7.1 (servers answer a newer one with 400).",
            python_type=str,
            default="2.0-preview",
        ),
    ),
    body=None,
    body_required=False,
    success_statuses=frozenset({200}),
    result=TestAttachmentList,
    binary=False,
    item=TestAttachment,
    paging="none",
    api_version="2.0-preview",
    description="",
    summary="List the files attached to a test result.",
    build=_get_kwargs,
    decode=_decode,
)
"""This operation's public descriptor: spec names, parameters, types, paging; ``request``/``parse``."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TestAttachmentList | None:
    return OPERATION.parse_detailed(client, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TestAttachmentList]:
    return Response(
        status_code=parse_status_code(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


@OPERATION.bind
def sync_detailed(
    project: str,
    run_id: int,
    result_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "2.0-preview",
) -> Response[TestAttachmentList]:
    """List the files attached to a test result.

    Args:
        project (str): Name or ID of the team project.
        run_id (int): ID of the test run.
        result_id (int): ID of the test result within the run.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '2.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success and
            Client.raise_on_unexpected_status is True (otherwise ``parsed`` is None).
        errors.MalformedBody: If a documented success reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        Response[TestAttachmentList]
    """

    kwargs = _get_kwargs(
        project=project,
        run_id=run_id,
        result_id=result_id,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


@OPERATION.bind
def sync(
    project: str,
    run_id: int,
    result_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "2.0-preview",
) -> TestAttachmentList:
    """List the files attached to a test result.

    Args:
        project (str): Name or ID of the team project.
        run_id (int): ID of the test run.
        result_id (int): ID of the test result within the run.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '2.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success.
        errors.MalformedBody: If the reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        TestAttachmentList
    """

    return OPERATION.result_of(
        client,
        sync_detailed(
            project=project,
            run_id=run_id,
            result_id=result_id,
            client=client,
            api_version=api_version,
        ),
    )


@OPERATION.bind
async def asyncio_detailed(
    project: str,
    run_id: int,
    result_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "2.0-preview",
) -> Response[TestAttachmentList]:
    """List the files attached to a test result.

    Args:
        project (str): Name or ID of the team project.
        run_id (int): ID of the test run.
        result_id (int): ID of the test result within the run.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '2.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success and
            Client.raise_on_unexpected_status is True (otherwise ``parsed`` is None).
        errors.MalformedBody: If a documented success reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        Response[TestAttachmentList]
    """

    kwargs = _get_kwargs(
        project=project,
        run_id=run_id,
        result_id=result_id,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@OPERATION.bind
async def asyncio(
    project: str,
    run_id: int,
    result_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "2.0-preview",
) -> TestAttachmentList:
    """List the files attached to a test result.

    Args:
        project (str): Name or ID of the team project.
        run_id (int): ID of the test run.
        result_id (int): ID of the test result within the run.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '2.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success.
        errors.MalformedBody: If the reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        TestAttachmentList
    """

    return OPERATION.result_of(
        client,
        await asyncio_detailed(
            project=project,
            run_id=run_id,
            result_id=result_id,
            client=client,
            api_version=api_version,
        ),
    )
