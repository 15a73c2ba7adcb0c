from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.test_plan_configuration import TestPlanConfiguration
from ...models.test_plan_configuration_create import TestPlanConfigurationCreate
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TestPlanConfiguration | None:
    if response.status_code == 200:
        response_200 = TestPlanConfiguration.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TestPlanConfiguration]:
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
    body: TestPlanConfigurationCreate,
    api_version: str | Unset = "7.1",
) -> Response[TestPlanConfiguration]:
    """Create a test configuration (7.1 test plan route).

    Args:
        project (str):
        api_version (str | Unset):  Default: '7.1'.
        body (TestPlanConfigurationCreate): A new test configuration (7.1 test plan route; no
            area).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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


def sync(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    body: TestPlanConfigurationCreate,
    api_version: str | Unset = "7.1",
) -> TestPlanConfiguration | None:
    """Create a test configuration (7.1 test plan route).

    Args:
        project (str):
        api_version (str | Unset):  Default: '7.1'.
        body (TestPlanConfigurationCreate): A new test configuration (7.1 test plan route; no
            area).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestPlanConfiguration
    """

    return sync_detailed(
        project=project,
        client=client,
        body=body,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    body: TestPlanConfigurationCreate,
    api_version: str | Unset = "7.1",
) -> Response[TestPlanConfiguration]:
    """Create a test configuration (7.1 test plan route).

    Args:
        project (str):
        api_version (str | Unset):  Default: '7.1'.
        body (TestPlanConfigurationCreate): A new test configuration (7.1 test plan route; no
            area).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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


async def asyncio(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    body: TestPlanConfigurationCreate,
    api_version: str | Unset = "7.1",
) -> TestPlanConfiguration | None:
    """Create a test configuration (7.1 test plan route).

    Args:
        project (str):
        api_version (str | Unset):  Default: '7.1'.
        body (TestPlanConfigurationCreate): A new test configuration (7.1 test plan route; no
            area).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestPlanConfiguration
    """

    return (
        await asyncio_detailed(
            project=project,
            client=client,
            body=body,
            api_version=api_version,
        )
    ).parsed
