from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.test_configuration import TestConfiguration
from ...operation import Operation, Parameter
from ...types import UNSET, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    configuration_id: int,
    *,
    api_version: str | Unset = "3.0-preview.1",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{project}/_apis/test/configurations/{configuration_id}".format(
            project=encode_path_segment(project, "project"),
            configuration_id=encode_path_segment(configuration_id, "configuration_id"),
        ),
        "params": params,
    }

    return _kwargs


def _decode(response: httpx.Response) -> TestConfiguration:
    if response.status_code == 200:
        response_200 = TestConfiguration.from_dict(response.json())

        return response_200

    raise OPERATION.unexpected_status(response)


OPERATION: Operation[TestConfiguration] = Operation(
    operation_id="getTestConfiguration",
    name="get_test_configuration",
    tag="configurations",
    method="GET",
    path="/{project}/_apis/test/configurations/{configurationId}",
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
            name="configuration_id",
            wire_name="configurationId",
            location="path",
            required=True,
            description="ID of the test configuration.",
            python_type=int,
        ),
        Parameter(
            name="api_version",
            wire_name="api-version",
            location="query",
            required=False,
            description="Version of the API to use, up to 7.1 (servers answer a newer one with 400).",
            python_type=str,
            default="3.0-preview.1",
        ),
    ),
    body=None,
    body_required=False,
    success_statuses=frozenset({200}),
    result=TestConfiguration,
    binary=False,
    item=None,
    paging="none",
    api_version="3.0-preview.1",
    description="",
    summary="Get a test configuration with all its properties.",
    build=_get_kwargs,
    decode=_decode,
)
"""This operation's public descriptor: spec names, parameters, types, paging; ``request``/``parse``."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TestConfiguration | None:
    return OPERATION.parse_detailed(client, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TestConfiguration]:
    return Response(
        status_code=parse_status_code(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


@OPERATION.bind
def sync_detailed(
    project: str,
    configuration_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "3.0-preview.1",
) -> Response[TestConfiguration]:
    """Get a test configuration with all its properties.

    Args:
        project (str): Name or ID of the team project.
        configuration_id (int): ID of the test configuration.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '3.0-preview.1'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success and
            Client.raise_on_unexpected_status is True (otherwise ``parsed`` is None).
        errors.MalformedBody: If a documented success reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        Response[TestConfiguration]
    """

    kwargs = _get_kwargs(
        project=project,
        configuration_id=configuration_id,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


@OPERATION.bind
def sync(
    project: str,
    configuration_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "3.0-preview.1",
) -> TestConfiguration:
    """Get a test configuration with all its properties.

    Args:
        project (str): Name or ID of the team project.
        configuration_id (int): ID of the test configuration.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '3.0-preview.1'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success.
        errors.MalformedBody: If the reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        TestConfiguration
    """

    return OPERATION.result_of(
        client,
        sync_detailed(
            project=project,
            configuration_id=configuration_id,
            client=client,
            api_version=api_version,
        ),
    )


@OPERATION.bind
async def asyncio_detailed(
    project: str,
    configuration_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "3.0-preview.1",
) -> Response[TestConfiguration]:
    """Get a test configuration with all its properties.

    Args:
        project (str): Name or ID of the team project.
        configuration_id (int): ID of the test configuration.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '3.0-preview.1'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success and
            Client.raise_on_unexpected_status is True (otherwise ``parsed`` is None).
        errors.MalformedBody: If a documented success reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        Response[TestConfiguration]
    """

    kwargs = _get_kwargs(
        project=project,
        configuration_id=configuration_id,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@OPERATION.bind
async def asyncio(
    project: str,
    configuration_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "3.0-preview.1",
) -> TestConfiguration:
    """Get a test configuration with all its properties.

    Args:
        project (str): Name or ID of the team project.
        configuration_id (int): ID of the test configuration.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '3.0-preview.1'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success.
        errors.MalformedBody: If the reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        TestConfiguration
    """

    return OPERATION.result_of(
        client,
        await asyncio_detailed(
            project=project,
            configuration_id=configuration_id,
            client=client,
            api_version=api_version,
        ),
    )
