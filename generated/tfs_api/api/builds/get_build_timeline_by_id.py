from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.timeline import Timeline
from ...types import UNSET, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    build_id: int,
    timeline_id: UUID,
    *,
    change_id: int | Unset = UNSET,
    plan_id: UUID | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["changeId"] = change_id

    json_plan_id: str | Unset = UNSET
    if not isinstance(plan_id, Unset):
        json_plan_id = str(plan_id)
    params["planId"] = json_plan_id

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{project}/_apis/build/builds/{build_id}/timeline/{timeline_id}".format(
            project=encode_path_segment(project, "project"),
            build_id=encode_path_segment(build_id, "build_id"),
            timeline_id=encode_path_segment(timeline_id, "timeline_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Timeline | None:
    if response.status_code == 200:
        response_200 = Timeline.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Timeline]:
    return Response(
        status_code=parse_status_code(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project: str,
    build_id: int,
    timeline_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    change_id: int | Unset = UNSET,
    plan_id: UUID | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> Response[Timeline]:
    """Get one timeline of a build by its id (7.1).

     The 7.1 form of `getBuildTimeline`, naming the timeline. With `changeId`, only the records changed
    after that change come back.

    Args:
        project (str):
        build_id (int):
        timeline_id (UUID):
        change_id (int | Unset):
        plan_id (UUID | Unset):
        api_version (str | Unset):  Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Timeline]
    """

    kwargs = _get_kwargs(
        project=project,
        build_id=build_id,
        timeline_id=timeline_id,
        change_id=change_id,
        plan_id=plan_id,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project: str,
    build_id: int,
    timeline_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    change_id: int | Unset = UNSET,
    plan_id: UUID | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> Timeline | None:
    """Get one timeline of a build by its id (7.1).

     The 7.1 form of `getBuildTimeline`, naming the timeline. With `changeId`, only the records changed
    after that change come back.

    Args:
        project (str):
        build_id (int):
        timeline_id (UUID):
        change_id (int | Unset):
        plan_id (UUID | Unset):
        api_version (str | Unset):  Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Timeline
    """

    return sync_detailed(
        project=project,
        build_id=build_id,
        timeline_id=timeline_id,
        client=client,
        change_id=change_id,
        plan_id=plan_id,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    project: str,
    build_id: int,
    timeline_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    change_id: int | Unset = UNSET,
    plan_id: UUID | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> Response[Timeline]:
    """Get one timeline of a build by its id (7.1).

     The 7.1 form of `getBuildTimeline`, naming the timeline. With `changeId`, only the records changed
    after that change come back.

    Args:
        project (str):
        build_id (int):
        timeline_id (UUID):
        change_id (int | Unset):
        plan_id (UUID | Unset):
        api_version (str | Unset):  Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Timeline]
    """

    kwargs = _get_kwargs(
        project=project,
        build_id=build_id,
        timeline_id=timeline_id,
        change_id=change_id,
        plan_id=plan_id,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project: str,
    build_id: int,
    timeline_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    change_id: int | Unset = UNSET,
    plan_id: UUID | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> Timeline | None:
    """Get one timeline of a build by its id (7.1).

     The 7.1 form of `getBuildTimeline`, naming the timeline. With `changeId`, only the records changed
    after that change come back.

    Args:
        project (str):
        build_id (int):
        timeline_id (UUID):
        change_id (int | Unset):
        plan_id (UUID | Unset):
        api_version (str | Unset):  Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Timeline
    """

    return (
        await asyncio_detailed(
            project=project,
            build_id=build_id,
            timeline_id=timeline_id,
            client=client,
            change_id=change_id,
            plan_id=plan_id,
            api_version=api_version,
        )
    ).parsed
