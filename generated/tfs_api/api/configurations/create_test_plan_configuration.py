from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.test_plan_configuration import TestPlanConfiguration
from ...models.test_plan_configuration_create import TestPlanConfigurationCreate
from ...operation import Operation, Parameter
from ...types import UNSET, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    *,
    body: TestPlanConfigurationCreate,
    api_version: str | Unset = "7.1",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{project}/_apis/testplan/configurations".format(
            project=encode_path_segment(project, "project"),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _decode(response: httpx.Response) -> TestPlanConfiguration:
    if response.status_code == 200:
        response_200 = TestPlanConfiguration.from_dict(response.json())

        return response_200

    raise OPERATION.unexpected_status(response)


OPERATION: Operation[TestPlanConfiguration] = Operation(
    operation_id="createTestPlanConfiguration",
    name="create_test_plan_configuration",
    tag="configurations",
    method="POST",
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
            name="api_version",
            wire_name="api-version",
            location="query",
            required=False,
            description="Version of the API to use (the operation exists from 7.1; servers answer a newer one with 400).",
            python_type=str,
            default="7.1",
        ),
    ),
    body=TestPlanConfigurationCreate,
    body_required=True,
    success_statuses=frozenset({200}),
    result=TestPlanConfiguration,
    binary=False,
    item=None,
    paging="none",
    api_version="7.1",
    description="",
    summary="Create a test configuration (7.1 test plan route).",
    build=_get_kwargs,
    decode=_decode,
)
"""This operation's public descriptor: spec names, parameters, types, paging; ``request``/``parse``."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TestPlanConfiguration | None:
    return OPERATION.parse_detailed(client, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TestPlanConfiguration]:
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
    body: TestPlanConfigurationCreate,
    api_version: str | Unset = "7.1",
) -> Response[TestPlanConfiguration]:
    """Create a test configuration (7.1 test plan route).

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        body (TestPlanConfigurationCreate): A new test configuration (7.1 test plan route; no
            area).
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
        Response[TestPlanConfiguration]
    """

    kwargs = _get_kwargs(
        project=project,
        body=body,
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
    body: TestPlanConfigurationCreate,
    api_version: str | Unset = "7.1",
) -> TestPlanConfiguration:
    """Create a test configuration (7.1 test plan route).

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        body (TestPlanConfigurationCreate): A new test configuration (7.1 test plan route; no
            area).
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
        TestPlanConfiguration
    """

    return OPERATION.result_of(
        client,
        sync_detailed(
            project=project,
            client=client,
            body=body,
            api_version=api_version,
        ),
    )


@OPERATION.bind
async def asyncio_detailed(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    body: TestPlanConfigurationCreate,
    api_version: str | Unset = "7.1",
) -> Response[TestPlanConfiguration]:
    """Create a test configuration (7.1 test plan route).

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        body (TestPlanConfigurationCreate): A new test configuration (7.1 test plan route; no
            area).
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
        Response[TestPlanConfiguration]
    """

    kwargs = _get_kwargs(
        project=project,
        body=body,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@OPERATION.bind
async def asyncio(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    body: TestPlanConfigurationCreate,
    api_version: str | Unset = "7.1",
) -> TestPlanConfiguration:
    """Create a test configuration (7.1 test plan route).

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        body (TestPlanConfigurationCreate): A new test configuration (7.1 test plan route; no
            area).
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
        TestPlanConfiguration
    """

    return OPERATION.result_of(
        client,
        await asyncio_detailed(
            project=project,
            client=client,
            body=body,
            api_version=api_version,
        ),
    )
