from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.test_plan_configuration import TestPlanConfiguration
from ...models.test_plan_configuration_list import TestPlanConfigurationList
from ...operation import ListOperation, Parameter
from ...types import UNSET, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    *,
    continuation_token: str | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["continuationToken"] = continuation_token

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{project}/_apis/testplan/configurations".format(
            project=encode_path_segment(project, "project"),
        ),
        "params": params,
    }

    return _kwargs


def _decode(response: httpx.Response) -> TestPlanConfigurationList:
    if response.status_code == 200:
        response_200 = TestPlanConfigurationList.from_dict(response.json())

        return response_200

    raise OPERATION.unexpected_status(response)


OPERATION: ListOperation[TestPlanConfigurationList, TestPlanConfiguration] = ListOperation(
    operation_id="listTestPlanConfigurations",
    name="list_test_plan_configurations",
    tag="configurations",
    method="GET",
    path="/{project}/_apis/testplan/configurations",
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
            name="continuation_token",
            wire_name="continuationToken",
            location="query",
            required=False,
            description="The `x-ms-continuationtoken` response header of the previous page; omit it to get the first page.",
            python_type=str,
        ),
        Parameter(
            name="api_version",
            wire_name="api-version",
            location="query",
            required=False,
            description="Version of the API to use (the operation exists from 7.1; servers answer a newer one with 400).",
            python_type=str,
            default="7.1",
        ),
    ),
    body=None,
    body_required=False,
    success_statuses=frozenset({200}),
    result=TestPlanConfigurationList,
    binary=False,
    item=TestPlanConfiguration,
    paging="token",
    api_version="7.1",
    description="The 7.1 form of `listTestConfigurations`: every configuration with all its properties; the `x-ms-continuationtoken` response header carries the token for the next batch.",
    summary="List test configurations (7.1 test plan route), a batch at a time.",
    build=_get_kwargs,
    decode=_decode,
)
"""This operation's public descriptor: spec names, parameters, types, paging; ``request``/``parse``."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TestPlanConfigurationList | None:
    return OPERATION.parse_detailed(client, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TestPlanConfigurationList]:
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
    continuation_token: str | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> Response[TestPlanConfigurationList]:
    """List test configurations (7.1 test plan route), a batch at a time.

     The 7.1 form of `listTestConfigurations`: every configuration with all its properties; the `x-ms-
    continuationtoken` response header carries the token for the next batch.

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        continuation_token (str | Unset): The `x-ms-continuationtoken` response header of the
            previous page; omit it to get the first page.
        api_version (str | Unset): Version of the API to use (the operation exists from 7.1;
            servers answer a newer one with 400). Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success and
            Client.raise_on_unexpected_status is True (otherwise ``parsed`` is None).
        errors.MalformedBody: If a documented success reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        Response[TestPlanConfigurationList]
    """

    kwargs = _get_kwargs(
        project=project,
        continuation_token=continuation_token,
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
    continuation_token: str | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> TestPlanConfigurationList:
    """List test configurations (7.1 test plan route), a batch at a time.

     The 7.1 form of `listTestConfigurations`: every configuration with all its properties; the `x-ms-
    continuationtoken` response header carries the token for the next batch.

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        continuation_token (str | Unset): The `x-ms-continuationtoken` response header of the
            previous page; omit it to get the first page.
        api_version (str | Unset): Version of the API to use (the operation exists from 7.1;
            servers answer a newer one with 400). Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success.
        errors.MalformedBody: If the reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        TestPlanConfigurationList
    """

    return OPERATION.result_of(
        client,
        sync_detailed(
            project=project,
            client=client,
            continuation_token=continuation_token,
            api_version=api_version,
        ),
    )


@OPERATION.bind
async def asyncio_detailed(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    continuation_token: str | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> Response[TestPlanConfigurationList]:
    """List test configurations (7.1 test plan route), a batch at a time.

     The 7.1 form of `listTestConfigurations`: every configuration with all its properties; the `x-ms-
    continuationtoken` response header carries the token for the next batch.

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        continuation_token (str | Unset): The `x-ms-continuationtoken` response header of the
            previous page; omit it to get the first page.
        api_version (str | Unset): Version of the API to use (the operation exists from 7.1;
            servers answer a newer one with 400). Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success and
            Client.raise_on_unexpected_status is True (otherwise ``parsed`` is None).
        errors.MalformedBody: If a documented success reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        Response[TestPlanConfigurationList]
    """

    kwargs = _get_kwargs(
        project=project,
        continuation_token=continuation_token,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@OPERATION.bind
async def asyncio(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    continuation_token: str | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> TestPlanConfigurationList:
    """List test configurations (7.1 test plan route), a batch at a time.

     The 7.1 form of `listTestConfigurations`: every configuration with all its properties; the `x-ms-
    continuationtoken` response header carries the token for the next batch.

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        continuation_token (str | Unset): The `x-ms-continuationtoken` response header of the
            previous page; omit it to get the first page.
        api_version (str | Unset): Version of the API to use (the operation exists from 7.1;
            servers answer a newer one with 400). Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success.
        errors.MalformedBody: If the reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        TestPlanConfigurationList
    """

    return OPERATION.result_of(
        client,
        await asyncio_detailed(
            project=project,
            client=client,
            continuation_token=continuation_token,
            api_version=api_version,
        ),
    )
