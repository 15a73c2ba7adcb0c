from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build import Build
from ...models.build_update import BuildUpdate
from ...types import UNSET, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    build_id: int,
    *,
    body: BuildUpdate,
    retry: bool | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["retry"] = retry

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/{project}/_apis/build/builds/{build_id}".format(
            project=encode_path_segment(project, "project"),
            build_id=encode_path_segment(build_id, "build_id"),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Build | None:
    if response.status_code == 200:
        response_200 = Build.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Build]:
    return Response(
        status_code=parse_status_code(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project: str,
    build_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: BuildUpdate,
    retry: bool | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> Response[Build]:
    """Update a build's status, result, number, times or retention.

     Only the fields sent change. A `completed` build's status can no longer change, and `startTime` and
    `finishTime` can each be set only once.

    Args:
        project (str):
        build_id (int):
        retry (bool | Unset):
        api_version (str | Unset):  Default: '2.0'.
        body (BuildUpdate): The fields of a build that can change; send only those to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Build]
    """

    kwargs = _get_kwargs(
        project=project,
        build_id=build_id,
        body=body,
        retry=retry,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project: str,
    build_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: BuildUpdate,
    retry: bool | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> Build | None:
    """Update a build's status, result, number, times or retention.

     Only the fields sent change. A `completed` build's status can no longer change, and `startTime` and
    `finishTime` can each be set only once.

    Args:
        project (str):
        build_id (int):
        retry (bool | Unset):
        api_version (str | Unset):  Default: '2.0'.
        body (BuildUpdate): The fields of a build that can change; send only those to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Build
    """

    return sync_detailed(
        project=project,
        build_id=build_id,
        client=client,
        body=body,
        retry=retry,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    project: str,
    build_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: BuildUpdate,
    retry: bool | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> Response[Build]:
    """Update a build's status, result, number, times or retention.

     Only the fields sent change. A `completed` build's status can no longer change, and `startTime` and
    `finishTime` can each be set only once.

    Args:
        project (str):
        build_id (int):
        retry (bool | Unset):
        api_version (str | Unset):  Default: '2.0'.
        body (BuildUpdate): The fields of a build that can change; send only those to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Build]
    """

    kwargs = _get_kwargs(
        project=project,
        build_id=build_id,
        body=body,
        retry=retry,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project: str,
    build_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: BuildUpdate,
    retry: bool | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> Build | None:
    """Update a build's status, result, number, times or retention.

     Only the fields sent change. A `completed` build's status can no longer change, and `startTime` and
    `finishTime` can each be set only once.

    Args:
        project (str):
        build_id (int):
        retry (bool | Unset):
        api_version (str | Unset):  Default: '2.0'.
        body (BuildUpdate): The fields of a build that can change; send only those to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Build
    """

    return (
        await asyncio_detailed(
            project=project,
            build_id=build_id,
            client=client,
            body=body,
            retry=retry,
            api_version=api_version,
        )
    ).parsed
