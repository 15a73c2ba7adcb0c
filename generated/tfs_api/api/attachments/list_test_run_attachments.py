from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.test_attachment_list import TestAttachmentList
from ...types import UNSET, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    run_id: int,
    *,
    api_version: str | Unset = "2.0-preview",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{project}/_apis/test/runs/{run_id}/attachments".format(
            project=encode_path_segment(project, "project"),
            run_id=encode_path_segment(run_id, "run_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TestAttachmentList | None:
    if response.status_code == 200:
        response_200 = TestAttachmentList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TestAttachmentList]:
    return Response(
        status_code=parse_status_code(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project: str,
    run_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "2.0-preview",
) -> Response[TestAttachmentList]:
    """List the files attached to a test run.

    Args:
        project (str):
        run_id (int):
        api_version (str | Unset):  Default: '2.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestAttachmentList]
    """

    kwargs = _get_kwargs(
        project=project,
        run_id=run_id,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project: str,
    run_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "2.0-preview",
) -> TestAttachmentList | None:
    """List the files attached to a test run.

    Args:
        project (str):
        run_id (int):
        api_version (str | Unset):  Default: '2.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestAttachmentList
    """

    return sync_detailed(
        project=project,
        run_id=run_id,
        client=client,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    project: str,
    run_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "2.0-preview",
) -> Response[TestAttachmentList]:
    """List the files attached to a test run.

    Args:
        project (str):
        run_id (int):
        api_version (str | Unset):  Default: '2.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestAttachmentList]
    """

    kwargs = _get_kwargs(
        project=project,
        run_id=run_id,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project: str,
    run_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "2.0-preview",
) -> TestAttachmentList | None:
    """List the files attached to a test run.

    Args:
        project (str):
        run_id (int):
        api_version (str | Unset):  Default: '2.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestAttachmentList
    """

    return (
        await asyncio_detailed(
            project=project,
            run_id=run_id,
            client=client,
            api_version=api_version,
        )
    ).parsed
