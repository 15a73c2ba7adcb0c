from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.test_attachment_reference import TestAttachmentReference
from ...models.test_attachment_request import TestAttachmentRequest
from ...types import UNSET, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    run_id: int,
    result_id: int,
    *,
    body: TestAttachmentRequest,
    api_version: str | Unset = "2.0-preview",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{project}/_apis/test/runs/{run_id}/results/{result_id}/attachments".format(
            project=encode_path_segment(project, "project"),
            run_id=encode_path_segment(run_id, "run_id"),
            result_id=encode_path_segment(result_id, "result_id"),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TestAttachmentReference | None:
    if response.status_code == 200:
        response_200 = TestAttachmentReference.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TestAttachmentReference]:
    return Response(
        status_code=parse_status_code(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project: str,
    run_id: int,
    result_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TestAttachmentRequest,
    api_version: str | Unset = "2.0-preview",
) -> Response[TestAttachmentReference]:
    """Attach a file to a test result.

     The file travels inside the JSON body as a base64 string.

    Args:
        project (str):
        run_id (int):
        result_id (int):
        api_version (str | Unset):  Default: '2.0-preview'.
        body (TestAttachmentRequest): A file to attach, carried as base64 text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestAttachmentReference]
    """

    kwargs = _get_kwargs(
        project=project,
        run_id=run_id,
        result_id=result_id,
        body=body,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project: str,
    run_id: int,
    result_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TestAttachmentRequest,
    api_version: str | Unset = "2.0-preview",
) -> TestAttachmentReference | None:
    """Attach a file to a test result.

     The file travels inside the JSON body as a base64 string.

    Args:
        project (str):
        run_id (int):
        result_id (int):
        api_version (str | Unset):  Default: '2.0-preview'.
        body (TestAttachmentRequest): A file to attach, carried as base64 text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestAttachmentReference
    """

    return sync_detailed(
        project=project,
        run_id=run_id,
        result_id=result_id,
        client=client,
        body=body,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    project: str,
    run_id: int,
    result_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TestAttachmentRequest,
    api_version: str | Unset = "2.0-preview",
) -> Response[TestAttachmentReference]:
    """Attach a file to a test result.

     The file travels inside the JSON body as a base64 string.

    Args:
        project (str):
        run_id (int):
        result_id (int):
        api_version (str | Unset):  Default: '2.0-preview'.
        body (TestAttachmentRequest): A file to attach, carried as base64 text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestAttachmentReference]
    """

    kwargs = _get_kwargs(
        project=project,
        run_id=run_id,
        result_id=result_id,
        body=body,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project: str,
    run_id: int,
    result_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TestAttachmentRequest,
    api_version: str | Unset = "2.0-preview",
) -> TestAttachmentReference | None:
    """Attach a file to a test result.

     The file travels inside the JSON body as a base64 string.

    Args:
        project (str):
        run_id (int):
        result_id (int):
        api_version (str | Unset):  Default: '2.0-preview'.
        body (TestAttachmentRequest): A file to attach, carried as base64 text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestAttachmentReference
    """

    return (
        await asyncio_detailed(
            project=project,
            run_id=run_id,
            result_id=result_id,
            client=client,
            body=body,
            api_version=api_version,
        )
    ).parsed
