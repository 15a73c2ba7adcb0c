from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_test_sessions_source import ListTestSessionsSource
from ...models.test_session_list import TestSessionList
from ...types import UNSET, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    team: str,
    *,
    period: int | Unset = UNSET,
    all_sessions: bool | Unset = UNSET,
    include_all_properties: bool | Unset = UNSET,
    source: ListTestSessionsSource | Unset = UNSET,
    include_only_completed_sessions: bool | Unset = UNSET,
    api_version: str | Unset = "1.0-preview",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["period"] = period

    params["allSessions"] = all_sessions

    params["includeAllProperties"] = include_all_properties

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    params["includeOnlyCompletedSessions"] = include_only_completed_sessions

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{project}/{team}/_apis/test/session".format(
            project=encode_path_segment(project, "project"),
            team=encode_path_segment(team, "team"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TestSessionList | None:
    if response.status_code == 200:
        response_200 = TestSessionList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TestSessionList]:
    return Response(
        status_code=parse_status_code(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project: str,
    team: str,
    *,
    client: AuthenticatedClient | Client,
    period: int | Unset = UNSET,
    all_sessions: bool | Unset = UNSET,
    include_all_properties: bool | Unset = UNSET,
    source: ListTestSessionsSource | Unset = UNSET,
    include_only_completed_sessions: bool | Unset = UNSET,
    api_version: str | Unset = "1.0-preview",
) -> Response[TestSessionList]:
    """List a team's test sessions.

    Args:
        project (str):
        team (str):
        period (int | Unset):
        all_sessions (bool | Unset):
        include_all_properties (bool | Unset):
        source (ListTestSessionsSource | Unset):
        include_only_completed_sessions (bool | Unset):
        api_version (str | Unset):  Default: '1.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestSessionList]
    """

    kwargs = _get_kwargs(
        project=project,
        team=team,
        period=period,
        all_sessions=all_sessions,
        include_all_properties=include_all_properties,
        source=source,
        include_only_completed_sessions=include_only_completed_sessions,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project: str,
    team: str,
    *,
    client: AuthenticatedClient | Client,
    period: int | Unset = UNSET,
    all_sessions: bool | Unset = UNSET,
    include_all_properties: bool | Unset = UNSET,
    source: ListTestSessionsSource | Unset = UNSET,
    include_only_completed_sessions: bool | Unset = UNSET,
    api_version: str | Unset = "1.0-preview",
) -> TestSessionList | None:
    """List a team's test sessions.

    Args:
        project (str):
        team (str):
        period (int | Unset):
        all_sessions (bool | Unset):
        include_all_properties (bool | Unset):
        source (ListTestSessionsSource | Unset):
        include_only_completed_sessions (bool | Unset):
        api_version (str | Unset):  Default: '1.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestSessionList
    """

    return sync_detailed(
        project=project,
        team=team,
        client=client,
        period=period,
        all_sessions=all_sessions,
        include_all_properties=include_all_properties,
        source=source,
        include_only_completed_sessions=include_only_completed_sessions,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    project: str,
    team: str,
    *,
    client: AuthenticatedClient | Client,
    period: int | Unset = UNSET,
    all_sessions: bool | Unset = UNSET,
    include_all_properties: bool | Unset = UNSET,
    source: ListTestSessionsSource | Unset = UNSET,
    include_only_completed_sessions: bool | Unset = UNSET,
    api_version: str | Unset = "1.0-preview",
) -> Response[TestSessionList]:
    """List a team's test sessions.

    Args:
        project (str):
        team (str):
        period (int | Unset):
        all_sessions (bool | Unset):
        include_all_properties (bool | Unset):
        source (ListTestSessionsSource | Unset):
        include_only_completed_sessions (bool | Unset):
        api_version (str | Unset):  Default: '1.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestSessionList]
    """

    kwargs = _get_kwargs(
        project=project,
        team=team,
        period=period,
        all_sessions=all_sessions,
        include_all_properties=include_all_properties,
        source=source,
        include_only_completed_sessions=include_only_completed_sessions,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project: str,
    team: str,
    *,
    client: AuthenticatedClient | Client,
    period: int | Unset = UNSET,
    all_sessions: bool | Unset = UNSET,
    include_all_properties: bool | Unset = UNSET,
    source: ListTestSessionsSource | Unset = UNSET,
    include_only_completed_sessions: bool | Unset = UNSET,
    api_version: str | Unset = "1.0-preview",
) -> TestSessionList | None:
    """List a team's test sessions.

    Args:
        project (str):
        team (str):
        period (int | Unset):
        all_sessions (bool | Unset):
        include_all_properties (bool | Unset):
        source (ListTestSessionsSource | Unset):
        include_only_completed_sessions (bool | Unset):
        api_version (str | Unset):  Default: '1.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestSessionList
    """

    return (
        await asyncio_detailed(
            project=project,
            team=team,
            client=client,
            period=period,
            all_sessions=all_sessions,
            include_all_properties=include_all_properties,
            source=source,
            include_only_completed_sessions=include_only_completed_sessions,
            api_version=api_version,
        )
    ).parsed
