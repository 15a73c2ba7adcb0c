from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.test_plan_configuration import TestPlanConfiguration
from ...types import UNSET, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    test_configuration_id: int,
    *,
    api_version: str | Unset = "7.1",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{project}/_apis/testplan/configurations/{test_configuration_id}".format(
            project=encode_path_segment(project, "project"),
            test_configuration_id=encode_path_segment(
                test_configuration_id, "test_configuration_id"
            ),
        ),
        "params": params,
    }

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
    test_configuration_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "7.1",
) -> Response[TestPlanConfiguration]:
    """Get a test configuration (7.1 test plan route).

    Args:
        project (str):
        test_configuration_id (int):
        api_version (str | Unset):  Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestPlanConfiguration]
    """

    kwargs = _get_kwargs(
        project=project,
        test_configuration_id=test_configuration_id,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project: str,
    test_configuration_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "7.1",
) -> TestPlanConfiguration | None:
    """Get a test configuration (7.1 test plan route).

    Args:
        project (str):
        test_configuration_id (int):
        api_version (str | Unset):  Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestPlanConfiguration
    """

    return sync_detailed(
        project=project,
        test_configuration_id=test_configuration_id,
        client=client,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    project: str,
    test_configuration_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "7.1",
) -> Response[TestPlanConfiguration]:
    """Get a test configuration (7.1 test plan route).

    Args:
        project (str):
        test_configuration_id (int):
        api_version (str | Unset):  Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestPlanConfiguration]
    """

    kwargs = _get_kwargs(
        project=project,
        test_configuration_id=test_configuration_id,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project: str,
    test_configuration_id: int,
    *,
    client: AuthenticatedClient | Client,
    api_version: str | Unset = "7.1",
) -> TestPlanConfiguration | None:
    """Get a test configuration (7.1 test plan route).

    Args:
        project (str):
        test_configuration_id (int):
        api_version (str | Unset):  Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestPlanConfiguration
    """

    return (
        await asyncio_detailed(
            project=project,
            test_configuration_id=test_configuration_id,
            client=client,
            api_version=api_version,
        )
    ).parsed
