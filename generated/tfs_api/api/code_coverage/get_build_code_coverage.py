from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.build_coverage import BuildCoverage
from ...models.build_coverage_list import BuildCoverageList
from ...operation import ListOperation, Parameter
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


def _decode(response: httpx.Response) -> BuildCoverageList:
    if response.status_code == 200:
        response_200 = BuildCoverageList.from_dict(response.json())

        return response_200

    raise OPERATION.unexpected_status(response)


OPERATION: ListOperation[BuildCoverageList, BuildCoverage] = ListOperation(
    operation_id="getBuildCodeCoverage",
    name="get_build_code_coverage",
    tag="codeCoverage",
    method="GET",
    path="/{project}/_apis/test/codeCoverage",
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
            name="build_id",
            wire_name="buildId",
            location="query",
            required=True,
            description="ID of the build whose coverage is wanted.",
            python_type=int,
        ),
        Parameter(
            name="flags",
            wire_name="flags",
            location="query",
            required=False,
            description="Which details to return, as an additive bit set: Modules = 1, Functions = 2, BlockData = 4 (so 7 asks for everything). Bits a server does not know are ignored.",
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
    result=BuildCoverageList,
    binary=False,
    item=BuildCoverage,
    paging="none",
    api_version="2.0-preview",
    description="Returns the coverage data a build produced, one entry per build configuration (flavor and platform). `flags` chooses how much detail comes back.",
    summary="Get the code coverage collected by a build.",
    build=_get_kwargs,
    decode=_decode,
)
"""This operation's public descriptor: spec names, parameters, types, paging; ``request``/``parse``."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildCoverageList | None:
    return OPERATION.parse_detailed(client, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BuildCoverageList]:
    return Response(
        status_code=parse_status_code(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


@OPERATION.bind
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
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        build_id (int): ID of the build whose coverage is wanted.
        flags (int | Unset): Which details to return, as an additive bit set: Modules = 1,
            Functions = 2, BlockData = 4 (so 7 asks for everything). Bits a server does not know are
            ignored.
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


@OPERATION.bind
def sync(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    build_id: int,
    flags: int | Unset = UNSET,
    api_version: str | Unset = "2.0-preview",
) -> BuildCoverageList:
    """Get the code coverage collected by a build.

     Returns the coverage data a build produced, one entry per build configuration (flavor and platform).
    `flags` chooses how much detail comes back.

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        build_id (int): ID of the build whose coverage is wanted.
        flags (int | Unset): Which details to return, as an additive bit set: Modules = 1,
            Functions = 2, BlockData = 4 (so 7 asks for everything). Bits a server does not know are
            ignored.
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
        BuildCoverageList
    """

    return OPERATION.result_of(
        client,
        sync_detailed(
            project=project,
            client=client,
            build_id=build_id,
            flags=flags,
            api_version=api_version,
        ),
    )


@OPERATION.bind
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
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        build_id (int): ID of the build whose coverage is wanted.
        flags (int | Unset): Which details to return, as an additive bit set: Modules = 1,
            Functions = 2, BlockData = 4 (so 7 asks for everything). Bits a server does not know are
            ignored.
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


@OPERATION.bind
async def asyncio(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    build_id: int,
    flags: int | Unset = UNSET,
    api_version: str | Unset = "2.0-preview",
) -> BuildCoverageList:
    """Get the code coverage collected by a build.

     Returns the coverage data a build produced, one entry per build configuration (flavor and platform).
    `flags` chooses how much detail comes back.

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        build_id (int): ID of the build whose coverage is wanted.
        flags (int | Unset): Which details to return, as an additive bit set: Modules = 1,
            Functions = 2, BlockData = 4 (so 7 asks for everything). Bits a server does not know are
            ignored.
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
        BuildCoverageList
    """

    return OPERATION.result_of(
        client,
        await asyncio_detailed(
            project=project,
            client=client,
            build_id=build_id,
            flags=flags,
            api_version=api_version,
        ),
    )
