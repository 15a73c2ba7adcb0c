from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.test_configuration import TestConfiguration
from ...models.test_configuration_list import TestConfigurationList
from ...operation import ListOperation, Parameter
from ...types import UNSET, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    *,
    skip: int | Unset = UNSET,
    top: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    include_all_properties: bool | Unset = False,
    api_version: str | Unset = "3.0-preview.2",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["$skip"] = skip

    params["$top"] = top

    params["continuationToken"] = continuation_token

    params["includeAllProperties"] = include_all_properties

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{project}/_apis/test/configurations".format(
            project=encode_path_segment(project, "project"),
        ),
        "params": params,
    }

    return _kwargs


def _decode(response: httpx.Response) -> TestConfigurationList:
    if response.status_code == 200:
        response_200 = TestConfigurationList.from_dict(response.json())

        return response_200

    raise OPERATION.unexpected_status(response)


OPERATION: ListOperation[TestConfigurationList, TestConfiguration] = ListOperation(
    operation_id="listTestConfigurations",
    name="list_test_configurations",
    tag="configurations",
    method="GET",
    path="/{project}/_apis/test/configurations",
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
            name="skip",
            wire_name="$skip",
            location="query",
            required=False,
            description="Skip this many items before returning any.",
            python_type=int,
        ),
        Parameter(
            name="top",
            wire_name="$top",
            location="query",
            required=False,
            description="Return at most this many items.",
            python_type=int,
        ),
        Parameter(
            name="continuation_token",
            wire_name="continuationToken",
            location="query",
            required=False,
            description="The `x-ms-continuationtoken` response header of the previous page; omit it to get the first page.",
            python_type=str,
        ),
        Parameter(
            name="include_all_properties",
            wire_name="includeAllProperties",
            location="query",
            required=False,
            description="Return every property of each configuration instead of the skinny form.",
            python_type=bool,
            default=False,
        ),
        Parameter(
            name="api_version",
            wire_name="api-version",
            location="query",
            required=False,
            description="Version of the API to use, up to 7.1 (servers answer a newer one with 400).",
            python_type=str,
            default="3.0-preview.2",
        ),
    ),
    body=None,
    body_required=False,
    success_statuses=frozenset({200}),
    result=TestConfigurationList,
    binary=False,
    item=TestConfiguration,
    paging="token",
    api_version="3.0-preview.2",
    description="Without `includeAllProperties` each configuration comes back skinny (id, name, url, description, and default flag and state where set). When the batch is not the last, the `x-ms-continuationtoken` response header carries the token for the next one.",
    summary="List test configurations, a batch at a time.",
    build=_get_kwargs,
    decode=_decode,
)
"""This operation's public descriptor: spec names, parameters, types, paging; ``request``/``parse``."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TestConfigurationList | None:
    return OPERATION.parse_detailed(client, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TestConfigurationList]:
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
    skip: int | Unset = UNSET,
    top: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    include_all_properties: bool | Unset = False,
    api_version: str | Unset = "3.0-preview.2",
) -> Response[TestConfigurationList]:
    """List test configurations, a batch at a time.

     Without `includeAllProperties` each configuration comes back skinny (id, name, url, description, and
    default flag and state where set). When the batch is not the last, the `x-ms-continuationtoken`
    response header carries the token for the next one.

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        skip (int | Unset): Skip this many items before returning any.
        top (int | Unset): Return at most this many items.
        continuation_token (str | Unset): The `x-ms-continuationtoken` response header of the
            previous page; omit it to get the first page.
        include_all_properties (bool | Unset): Return every property of each configuration instead
            of the skinny form. Default: False.
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '3.0-preview.2'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success and
            Client.raise_on_unexpected_status is True (otherwise ``parsed`` is None).
        errors.MalformedBody: If a documented success reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        Response[TestConfigurationList]
    """

    kwargs = _get_kwargs(
        project=project,
        skip=skip,
        top=top,
        continuation_token=continuation_token,
        include_all_properties=include_all_properties,
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
    skip: int | Unset = UNSET,
    top: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    include_all_properties: bool | Unset = False,
    api_version: str | Unset = "3.0-preview.2",
) -> TestConfigurationList:
    """List test configurations, a batch at a time.

     Without `includeAllProperties` each configuration comes back skinny (id, name, url, description, and
    default flag and state where set). When the batch is not the last, the `x-ms-continuationtoken`
    response header carries the token for the next one.

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        skip (int | Unset): Skip this many items before returning any.
        top (int | Unset): Return at most this many items.
        continuation_token (str | Unset): The `x-ms-continuationtoken` response header of the
            previous page; omit it to get the first page.
        include_all_properties (bool | Unset): Return every property of each configuration instead
            of the skinny form. Default: False.
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '3.0-preview.2'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success.
        errors.MalformedBody: If the reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        TestConfigurationList
    """

    return OPERATION.result_of(
        client,
        sync_detailed(
            project=project,
            client=client,
            skip=skip,
            top=top,
            continuation_token=continuation_token,
            include_all_properties=include_all_properties,
            api_version=api_version,
        ),
    )


@OPERATION.bind
async def asyncio_detailed(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    top: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    include_all_properties: bool | Unset = False,
    api_version: str | Unset = "3.0-preview.2",
) -> Response[TestConfigurationList]:
    """List test configurations, a batch at a time.

     Without `includeAllProperties` each configuration comes back skinny (id, name, url, description, and
    default flag and state where set). When the batch is not the last, the `x-ms-continuationtoken`
    response header carries the token for the next one.

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        skip (int | Unset): Skip this many items before returning any.
        top (int | Unset): Return at most this many items.
        continuation_token (str | Unset): The `x-ms-continuationtoken` response header of the
            previous page; omit it to get the first page.
        include_all_properties (bool | Unset): Return every property of each configuration instead
            of the skinny form. Default: False.
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '3.0-preview.2'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success and
            Client.raise_on_unexpected_status is True (otherwise ``parsed`` is None).
        errors.MalformedBody: If a documented success reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        Response[TestConfigurationList]
    """

    kwargs = _get_kwargs(
        project=project,
        skip=skip,
        top=top,
        continuation_token=continuation_token,
        include_all_properties=include_all_properties,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@OPERATION.bind
async def asyncio(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    top: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    include_all_properties: bool | Unset = False,
    api_version: str | Unset = "3.0-preview.2",
) -> TestConfigurationList:
    """List test configurations, a batch at a time.

     Without `includeAllProperties` each configuration comes back skinny (id, name, url, description, and
    default flag and state where set). When the batch is not the last, the `x-ms-continuationtoken`
    response header carries the token for the next one.

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        skip (int | Unset): Skip this many items before returning any.
        top (int | Unset): Return at most this many items.
        continuation_token (str | Unset): The `x-ms-continuationtoken` response header of the
            previous page; omit it to get the first page.
        include_all_properties (bool | Unset): Return every property of each configuration instead
            of the skinny form. Default: False.
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '3.0-preview.2'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success.
        errors.MalformedBody: If the reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        TestConfigurationList
    """

    return OPERATION.result_of(
        client,
        await asyncio_detailed(
            project=project,
            client=client,
            skip=skip,
            top=top,
            continuation_token=continuation_token,
            include_all_properties=include_all_properties,
            api_version=api_version,
        ),
    )
