import contextlib
from collections.abc import AsyncIterator, Iterator
from io import BytesIO
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...operation import Operation, Parameter
from ...types import UNSET, File, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    run_id: int,
    result_id: int,
    attachment_id: int,
    *,
    api_version: str | Unset = "2.0-preview",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{project}/_apis/test/runs/{run_id}/results/{result_id}/attachments/{attachment_id}".format(
            project=encode_path_segment(project, "project"),
            run_id=encode_path_segment(run_id, "run_id"),
            result_id=encode_path_segment(result_id, "result_id"),
            attachment_id=encode_path_segment(attachment_id, "attachment_id"),
        ),
        "params": params,
    }

    return _kwargs


def _decode(response: httpx.Response) -> File:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise OPERATION.unexpected_status(response)


OPERATION: Operation[File] = Operation(
    operation_id="getTestResultAttachmentContent",
    name="get_test_result_attachment_content",
    tag="attachments",
    method="GET",
    path="/{project}/_apis/test/runs/{runId}/results/{resultId}/attachments/{attachmentId}",
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
            name="attachment_id",
            wire_name="attachmentId",
            location="path",
            required=True,
            description="ID of the attachment.",
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
    result=None,
    binary=True,
    item=None,
    paging="none",
    api_version="2.0-preview",
    description="The response body is the attached file itself, byte for byte.",
    summary="Download a test result attachment.",
    build=_get_kwargs,
    decode=_decode,
)
"""This operation's public descriptor: spec names, parameters, types, paging; ``request``/``parse``."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | None:
    return OPERATION.parse_detailed(client, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[File]:
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
    attachment_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "2.0-preview",
) -> Response[File]:
    """Download a test result attachment.

     The response body is the attached file itself, byte for byte.

    Args:
        project (str): Name or ID of the team project.
        run_id (int): ID of the test run.
        result_id (int): ID of the test result within the run.
        attachment_id (int): ID of the attachment.
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
        Response[File]
    """

    kwargs = _get_kwargs(
        project=project,
        run_id=run_id,
        result_id=result_id,
        attachment_id=attachment_id,
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
    attachment_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "2.0-preview",
) -> File:
    """Download a test result attachment.

     The response body is the attached file itself, byte for byte.

    Args:
        project (str): Name or ID of the team project.
        run_id (int): ID of the test run.
        result_id (int): ID of the test result within the run.
        attachment_id (int): ID of the attachment.
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
        File
    """

    return OPERATION.result_of(
        client,
        sync_detailed(
            project=project,
            run_id=run_id,
            result_id=result_id,
            attachment_id=attachment_id,
            client=client,
            api_version=api_version,
        ),
    )


@OPERATION.bind
async def asyncio_detailed(
    project: str,
    run_id: int,
    result_id: int,
    attachment_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "2.0-preview",
) -> Response[File]:
    """Download a test result attachment.

     The response body is the attached file itself, byte for byte.

    Args:
        project (str): Name or ID of the team project.
        run_id (int): ID of the test run.
        result_id (int): ID of the test result within the run.
        attachment_id (int): ID of the attachment.
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
        Response[File]
    """

    kwargs = _get_kwargs(
        project=project,
        run_id=run_id,
        result_id=result_id,
        attachment_id=attachment_id,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@OPERATION.bind
async def asyncio(
    project: str,
    run_id: int,
    result_id: int,
    attachment_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "2.0-preview",
) -> File:
    """Download a test result attachment.

     The response body is the attached file itself, byte for byte.

    Args:
        project (str): Name or ID of the team project.
        run_id (int): ID of the test run.
        result_id (int): ID of the test result within the run.
        attachment_id (int): ID of the attachment.
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
        File
    """

    return OPERATION.result_of(
        client,
        await asyncio_detailed(
            project=project,
            run_id=run_id,
            result_id=result_id,
            attachment_id=attachment_id,
            client=client,
            api_version=api_version,
        ),
    )


@OPERATION.bind
@contextlib.contextmanager
def stream(
    project: str,
    run_id: int,
    result_id: int,
    attachment_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "2.0-preview",
) -> Iterator[httpx.Response]:
    """Send the request and yield the response with its body not yet read, for streaming large payloads.

    Iterate ``response.iter_bytes()`` inside the ``with`` block; the status code is not checked here.

    Args: as for ``sync_detailed``.
    """
    kwargs = _get_kwargs(
        project=project,
        run_id=run_id,
        result_id=result_id,
        attachment_id=attachment_id,
        api_version=api_version,
    )

    with client.get_httpx_client().stream(**kwargs) as response:
        yield response


@OPERATION.bind
@contextlib.asynccontextmanager
async def asyncio_stream(
    project: str,
    run_id: int,
    result_id: int,
    attachment_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "2.0-preview",
) -> AsyncIterator[httpx.Response]:
    """Send the request and yield the response with its body not yet read, for streaming large payloads.

    Iterate ``response.aiter_bytes()`` inside the ``async with`` block; the status code is not checked here.

    Args: as for ``asyncio_detailed``.
    """
    kwargs = _get_kwargs(
        project=project,
        run_id=run_id,
        result_id=result_id,
        attachment_id=attachment_id,
        api_version=api_version,
    )

    async with client.get_async_httpx_client().stream(**kwargs) as response:
        yield response
