from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build import Build
from ...models.queue_build_request import QueueBuildRequest
from ...types import UNSET, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    *,
    body: QueueBuildRequest,
    ignore_warnings: bool | Unset = UNSET,
    check_in_ticket: str | Unset = UNSET,
    source_build_id: int | Unset = UNSET,
    definition_id: int | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["ignoreWarnings"] = ignore_warnings

    params["checkInTicket"] = check_in_ticket

    params["sourceBuildId"] = source_build_id

    params["definitionId"] = definition_id

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{project}/_apis/build/builds".format(
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
) -> Build | None:
    if response.status_code == 200:
        response_200 = Build.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Build]:
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
    body: QueueBuildRequest,
    ignore_warnings: bool | Unset = UNSET,
    check_in_ticket: str | Unset = UNSET,
    source_build_id: int | Unset = UNSET,
    definition_id: int | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> Response[Build]:
    """Queue a build of a definition.

     The new build starts in status `notStarted`. Queue, branch and parameters default to the
    definition's own when omitted.

    Args:
        project (str):
        ignore_warnings (bool | Unset):
        check_in_ticket (str | Unset):
        source_build_id (int | Unset):
        definition_id (int | Unset):
        api_version (str | Unset):  Default: '2.0'.
        body (QueueBuildRequest): What to build. Only the definition is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Build]
    """

    kwargs = _get_kwargs(
        project=project,
        body=body,
        ignore_warnings=ignore_warnings,
        check_in_ticket=check_in_ticket,
        source_build_id=source_build_id,
        definition_id=definition_id,
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
    body: QueueBuildRequest,
    ignore_warnings: bool | Unset = UNSET,
    check_in_ticket: str | Unset = UNSET,
    source_build_id: int | Unset = UNSET,
    definition_id: int | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> Build | None:
    """Queue a build of a definition.

     The new build starts in status `notStarted`. Queue, branch and parameters default to the
    definition's own when omitted.

    Args:
        project (str):
        ignore_warnings (bool | Unset):
        check_in_ticket (str | Unset):
        source_build_id (int | Unset):
        definition_id (int | Unset):
        api_version (str | Unset):  Default: '2.0'.
        body (QueueBuildRequest): What to build. Only the definition is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Build
    """

    return sync_detailed(
        project=project,
        client=client,
        body=body,
        ignore_warnings=ignore_warnings,
        check_in_ticket=check_in_ticket,
        source_build_id=source_build_id,
        definition_id=definition_id,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    body: QueueBuildRequest,
    ignore_warnings: bool | Unset = UNSET,
    check_in_ticket: str | Unset = UNSET,
    source_build_id: int | Unset = UNSET,
    definition_id: int | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> Response[Build]:
    """Queue a build of a definition.

     The new build starts in status `notStarted`. Queue, branch and parameters default to the
    definition's own when omitted.

    Args:
        project (str):
        ignore_warnings (bool | Unset):
        check_in_ticket (str | Unset):
        source_build_id (int | Unset):
        definition_id (int | Unset):
        api_version (str | Unset):  Default: '2.0'.
        body (QueueBuildRequest): What to build. Only the definition is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Build]
    """

    kwargs = _get_kwargs(
        project=project,
        body=body,
        ignore_warnings=ignore_warnings,
        check_in_ticket=check_in_ticket,
        source_build_id=source_build_id,
        definition_id=definition_id,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    body: QueueBuildRequest,
    ignore_warnings: bool | Unset = UNSET,
    check_in_ticket: str | Unset = UNSET,
    source_build_id: int | Unset = UNSET,
    definition_id: int | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> Build | None:
    """Queue a build of a definition.

     The new build starts in status `notStarted`. Queue, branch and parameters default to the
    definition's own when omitted.

    Args:
        project (str):
        ignore_warnings (bool | Unset):
        check_in_ticket (str | Unset):
        source_build_id (int | Unset):
        definition_id (int | Unset):
        api_version (str | Unset):  Default: '2.0'.
        body (QueueBuildRequest): What to build. Only the definition is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Build
    """

    return (
        await asyncio_detailed(
            project=project,
            client=client,
            body=body,
            ignore_warnings=ignore_warnings,
            check_in_ticket=check_in_ticket,
            source_build_id=source_build_id,
            definition_id=definition_id,
            api_version=api_version,
        )
    ).parsed
