from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.test_plan_configuration_list import TestPlanConfigurationList
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TestPlanConfigurationList | None:
    if response.status_code == 200:
        response_200 = TestPlanConfigurationList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TestPlanConfigurationList]:
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
    continuation_token: str | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> Response[TestPlanConfigurationList]:
    """List test configurations (7.1 test plan route), a batch at a time.

     The 7.1 form of `listTestConfigurations`: every configuration with all its properties; the `x-ms-
    continuationtoken` response header carries the token for the next batch.

    Args:
        project (str):
        continuation_token (str | Unset):
        api_version (str | Unset):  Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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


def sync(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    continuation_token: str | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> TestPlanConfigurationList | None:
    """List test configurations (7.1 test plan route), a batch at a time.

     The 7.1 form of `listTestConfigurations`: every configuration with all its properties; the `x-ms-
    continuationtoken` response header carries the token for the next batch.

    Args:
        project (str):
        continuation_token (str | Unset):
        api_version (str | Unset):  Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestPlanConfigurationList
    """

    return sync_detailed(
        project=project,
        client=client,
        continuation_token=continuation_token,
        api_version=api_version,
    ).parsed


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
        project (str):
        continuation_token (str | Unset):
        api_version (str | Unset):  Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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


async def asyncio(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    continuation_token: str | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> TestPlanConfigurationList | None:
    """List test configurations (7.1 test plan route), a batch at a time.

     The 7.1 form of `listTestConfigurations`: every configuration with all its properties; the `x-ms-
    continuationtoken` response header carries the token for the next batch.

    Args:
        project (str):
        continuation_token (str | Unset):
        api_version (str | Unset):  Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestPlanConfigurationList
    """

    return (
        await asyncio_detailed(
            project=project,
            client=client,
            continuation_token=continuation_token,
            api_version=api_version,
        )
    ).parsed
