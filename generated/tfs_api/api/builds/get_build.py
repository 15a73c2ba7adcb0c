from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.build import Build
from ...operation import Operation, Parameter
from ...types import UNSET, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    build_id: int,
    *,
    property_filters: str | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["propertyFilters"] = property_filters

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{project}/_apis/build/builds/{build_id}".format(
            project=encode_path_segment(project, "project"),
            build_id=encode_path_segment(build_id, "build_id"),
        ),
        "params": params,
    }

    return _kwargs


def _decode(response: httpx.Response) -> Build:
    if response.status_code == 200:
        response_200 = Build.from_dict(response.json())

        return response_200

    raise OPERATION.unexpected_status(response)


OPERATION: Operation[Build] = Operation(
    operation_id="getBuild",
    name="get_build",
    tag="builds",
    method="GET",
    path="/{project}/_apis/build/builds/{buildId}",
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
            location="path",
            required=True,
            description="ID of the build.",
            python_type=int,
        ),
        Parameter(
            name="property_filters",
            wire_name="propertyFilters",
            location="query",
            required=False,
            description="Comma-delimited list of extended properties to include in the build (added in 7.1).",
            python_type=str,
            comma_list=True,
        ),
        Parameter(
            name="api_version",
            wire_name="api-version",
            location="query",
            required=False,
            description="Version of the API to use, up to 7.1 (servers answer a newer one with 400).",
            python_type=str,
            default="2.0",
        ),
    ),
    body=None,
    body_required=False,
    success_statuses=frozenset({200}),
    result=Build,
    binary=False,
    item=None,
    paging="none",
    api_version="2.0",
    description="",
    summary="Get one build.",
    build=_get_kwargs,
    decode=_decode,
)
"""This operation's public descriptor: spec names, parameters, types, paging; ``request``/``parse``."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Build | None:
    return OPERATION.parse_detailed(client, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Build]:
    return Response(
        status_code=parse_status_code(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


@OPERATION.bind
def sync_detailed(
    project: str,
    build_id: int,
    *,
    client: AuthenticatedClient | Client,
    property_filters: str | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> Response[Build]:
    """Get one build.

    Args:
        project (str): Name or ID of the team project.
        build_id (int): ID of the build.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        property_filters (str | Unset): Comma-delimited list of extended properties to include in
            the build (added in 7.1).
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '2.0'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success and
            Client.raise_on_unexpected_status is True (otherwise ``parsed`` is None).
        errors.MalformedBody: If a documented success reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        Response[Build]
    """

    kwargs = _get_kwargs(
        project=project,
        build_id=build_id,
        property_filters=property_filters,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


@OPERATION.bind
def sync(
    project: str,
    build_id: int,
    *,
    client: AuthenticatedClient | Client,
    property_filters: str | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> Build:
    """Get one build.

    Args:
        project (str): Name or ID of the team project.
        build_id (int): ID of the build.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        property_filters (str | Unset): Comma-delimited list of extended properties to include in
            the build (added in 7.1).
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '2.0'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success.
        errors.MalformedBody: If the reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        Build
    """

    return OPERATION.result_of(
        client,
        sync_detailed(
            project=project,
            build_id=build_id,
            client=client,
            property_filters=property_filters,
            api_version=api_version,
        ),
    )


@OPERATION.bind
async def asyncio_detailed(
    project: str,
    build_id: int,
    *,
    client: AuthenticatedClient | Client,
    property_filters: str | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> Response[Build]:
    """Get one build.

    Args:
        project (str): Name or ID of the team project.
        build_id (int): ID of the build.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        property_filters (str | Unset): Comma-delimited list of extended properties to include in
            the build (added in 7.1).
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '2.0'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success and
            Client.raise_on_unexpected_status is True (otherwise ``parsed`` is None).
        errors.MalformedBody: If a documented success reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        Response[Build]
    """

    kwargs = _get_kwargs(
        project=project,
        build_id=build_id,
        property_filters=property_filters,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@OPERATION.bind
async def asyncio(
    project: str,
    build_id: int,
    *,
    client: AuthenticatedClient | Client,
    property_filters: str | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> Build:
    """Get one build.

    Args:
        project (str): Name or ID of the team project.
        build_id (int): ID of the build.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        property_filters (str | Unset): Comma-delimited list of extended properties to include in
            the build (added in 7.1).
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '2.0'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success.
        errors.MalformedBody: If the reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        Build
    """

    return OPERATION.result_of(
        client,
        await asyncio_detailed(
            project=project,
            build_id=build_id,
            client=client,
            property_filters=property_filters,
            api_version=api_version,
        ),
    )
