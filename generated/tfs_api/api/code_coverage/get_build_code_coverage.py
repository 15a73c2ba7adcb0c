from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_coverage_list import BuildCoverageList
from ...types import UNSET, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    *,
    build_id: int,
    flags: int | Unset = UNSET,
    api_version: str | Unset = "2.0-preview",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["buildId"] = build_id

    params["flags"] = flags

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{project}/_apis/test/codeCoverage".format(
            project=encode_path_segment(project, "project"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildCoverageList | None:
    if response.status_code == 200:
        response_200 = BuildCoverageList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BuildCoverageList]:
    return Response(
        status_code=parse_status_code(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    build_id: int,
    flags: int | Unset = UNSET,
    api_version: str | Unset = "2.0-preview",
) -> Response[BuildCoverageList]:
    """Get the code coverage collected by a build.

     Returns the coverage data a build produced, one entry per build configuration (flavor and platform).
    `flags` chooses how much detail comes back.

    Args:
        project (str):
        build_id (int):
        flags (int | Unset): Additive bit set choosing coverage detail: Modules = 1, Functions =
            2, BlockData = 4. Combine by adding (7 = all three).
        api_version (str | Unset):  Default: '2.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildCoverageList]
    """

    kwargs = _get_kwargs(
        project=project,
        build_id=build_id,
        flags=flags,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    build_id: int,
    flags: int | Unset = UNSET,
    api_version: str | Unset = "2.0-preview",
) -> BuildCoverageList | None:
    """Get the code coverage collected by a build.

     Returns the coverage data a build produced, one entry per build configuration (flavor and platform).
    `flags` chooses how much detail comes back.

    Args:
        project (str):
        build_id (int):
        flags (int | Unset): Additive bit set choosing coverage detail: Modules = 1, Functions =
            2, BlockData = 4. Combine by adding (7 = all three).
        api_version (str | Unset):  Default: '2.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildCoverageList
    """

    return sync_detailed(
        project=project,
        client=client,
        build_id=build_id,
        flags=flags,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    build_id: int,
    flags: int | Unset = UNSET,
    api_version: str | Unset = "2.0-preview",
) -> Response[BuildCoverageList]:
    """Get the code coverage collected by a build.

     Returns the coverage data a build produced, one entry per build configuration (flavor and platform).
    `flags` chooses how much detail comes back.

    Args:
        project (str):
        build_id (int):
        flags (int | Unset): Additive bit set choosing coverage detail: Modules = 1, Functions =
            2, BlockData = 4. Combine by adding (7 = all three).
        api_version (str | Unset):  Default: '2.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildCoverageList]
    """

    kwargs = _get_kwargs(
        project=project,
        build_id=build_id,
        flags=flags,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    build_id: int,
    flags: int | Unset = UNSET,
    api_version: str | Unset = "2.0-preview",
) -> BuildCoverageList | None:
    """Get the code coverage collected by a build.

     Returns the coverage data a build produced, one entry per build configuration (flavor and platform).
    `flags` chooses how much detail comes back.

    Args:
        project (str):
        build_id (int):
        flags (int | Unset): Additive bit set choosing coverage detail: Modules = 1, Functions =
            2, BlockData = 4. Combine by adding (7 = all three).
        api_version (str | Unset):  Default: '2.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildCoverageList
    """

    return (
        await asyncio_detailed(
            project=project,
            client=client,
            build_id=build_id,
            flags=flags,
            api_version=api_version,
        )
    ).parsed
