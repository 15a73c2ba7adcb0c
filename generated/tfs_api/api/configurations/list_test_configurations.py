from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.test_configuration_list import TestConfigurationList
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TestConfigurationList | None:
    if response.status_code == 200:
        response_200 = TestConfigurationList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TestConfigurationList]:
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
        project (str):
        skip (int | Unset):
        top (int | Unset):
        continuation_token (str | Unset):
        include_all_properties (bool | Unset):  Default: False.
        api_version (str | Unset):  Default: '3.0-preview.2'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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


def sync(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    top: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    include_all_properties: bool | Unset = False,
    api_version: str | Unset = "3.0-preview.2",
) -> TestConfigurationList | None:
    """List test configurations, a batch at a time.

     Without `includeAllProperties` each configuration comes back skinny (id, name, url, description, and
    default flag and state where set). When the batch is not the last, the `x-ms-continuationtoken`
    response header carries the token for the next one.

    Args:
        project (str):
        skip (int | Unset):
        top (int | Unset):
        continuation_token (str | Unset):
        include_all_properties (bool | Unset):  Default: False.
        api_version (str | Unset):  Default: '3.0-preview.2'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestConfigurationList
    """

    return sync_detailed(
        project=project,
        client=client,
        skip=skip,
        top=top,
        continuation_token=continuation_token,
        include_all_properties=include_all_properties,
        api_version=api_version,
    ).parsed


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
        project (str):
        skip (int | Unset):
        top (int | Unset):
        continuation_token (str | Unset):
        include_all_properties (bool | Unset):  Default: False.
        api_version (str | Unset):  Default: '3.0-preview.2'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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


async def asyncio(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    top: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    include_all_properties: bool | Unset = False,
    api_version: str | Unset = "3.0-preview.2",
) -> TestConfigurationList | None:
    """List test configurations, a batch at a time.

     Without `includeAllProperties` each configuration comes back skinny (id, name, url, description, and
    default flag and state where set). When the batch is not the last, the `x-ms-continuationtoken`
    response header carries the token for the next one.

    Args:
        project (str):
        skip (int | Unset):
        top (int | Unset):
        continuation_token (str | Unset):
        include_all_properties (bool | Unset):  Default: False.
        api_version (str | Unset):  Default: '3.0-preview.2'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestConfigurationList
    """

    return (
        await asyncio_detailed(
            project=project,
            client=client,
            skip=skip,
            top=top,
            continuation_token=continuation_token,
            include_all_properties=include_all_properties,
            api_version=api_version,
        )
    ).parsed
