from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.list_test_sessions_source import ListTestSessionsSource
from ...models.test_session import TestSession
from ...models.test_session_list import TestSessionList
from ...operation import ListOperation, Parameter
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


def _decode(response: httpx.Response) -> TestSessionList:
    if response.status_code == 200:
        response_200 = TestSessionList.from_dict(response.json())

        return response_200

    raise OPERATION.unexpected_status(response)


OPERATION: ListOperation[TestSessionList, TestSession] = ListOperation(
    operation_id="listTestSessions",
    name="list_test_sessions",
    tag="sessions",
    method="GET",
    path="/{project}/{team}/_apis/test/session",
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
            name="team",
            wire_name="team",
            location="path",
            required=True,
            description="Name or ID of a team within the project; team names often contain spaces.",
            python_type=str,
        ),
        Parameter(
            name="period",
            wire_name="period",
            location="query",
            required=False,
            description="Period in days from now, for which test sessions are fetched.",
            python_type=int,
        ),
        Parameter(
            name="all_sessions",
            wire_name="allSessions",
            location="query",
            required=False,
            description="If false, returns test sessions for current user. Otherwise, it returns test sessions for all users",
            python_type=bool,
        ),
        Parameter(
            name="include_all_properties",
            wire_name="includeAllProperties",
            location="query",
            required=False,
            description="If true, it returns all properties of the test sessions. Otherwise, it returns the skinny version.",
            python_type=bool,
        ),
        Parameter(
            name="source",
            wire_name="source",
            location="query",
            required=False,
            description="Source of the test session.",
            python_type=ListTestSessionsSource,
            enum=ListTestSessionsSource,
        ),
        Parameter(
            name="include_only_completed_sessions",
            wire_name="includeOnlyCompletedSessions",
            location="query",
            required=False,
            description="If true, it returns test sessions in completed state. Otherwise, it returns test sessions for all states",
            python_type=bool,
        ),
        Parameter(
            name="api_version",
            wire_name="api-version",
            location="query",
            required=False,
            description="Version of the API to use, up to 7.1 (servers answer a newer one with 400).",
            python_type=str,
            default="1.0-preview",
        ),
    ),
    body=None,
    body_required=False,
    success_statuses=frozenset({200}),
    result=TestSessionList,
    binary=False,
    item=TestSession,
    paging="none",
    api_version="1.0-preview",
    description="",
    summary="List a team's test sessions.",
    build=_get_kwargs,
    decode=_decode,
)
"""This operation's public descriptor: spec names, parameters, types, paging; ``request``/``parse``."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TestSessionList | None:
    return OPERATION.parse_detailed(client, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TestSessionList]:
    return Response(
        status_code=parse_status_code(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


@OPERATION.bind
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
        project (str): Name or ID of the team project.
        team (str): Name or ID of a team within the project; team names often contain spaces.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        period (int | Unset): Period in days from now, for which test sessions are fetched.
        all_sessions (bool | Unset): If false, returns test sessions for current user. Otherwise,
            it returns test sessions for all users
        include_all_properties (bool | Unset): If true, it returns all properties of the test
            sessions. Otherwise, it returns the skinny version.
        source (ListTestSessionsSource | Unset): Source of the test session.
        include_only_completed_sessions (bool | Unset): If true, it returns test sessions in
            completed state. Otherwise, it returns test sessions for all states
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '1.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success and
            Client.raise_on_unexpected_status is True (otherwise ``parsed`` is None).
        errors.MalformedBody: If a documented success reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

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


@OPERATION.bind
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
) -> TestSessionList:
    """List a team's test sessions.

    Args:
        project (str): Name or ID of the team project.
        team (str): Name or ID of a team within the project; team names often contain spaces.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        period (int | Unset): Period in days from now, for which test sessions are fetched.
        all_sessions (bool | Unset): If false, returns test sessions for current user. Otherwise,
            it returns test sessions for all users
        include_all_properties (bool | Unset): If true, it returns all properties of the test
            sessions. Otherwise, it returns the skinny version.
        source (ListTestSessionsSource | Unset): Source of the test session.
        include_only_completed_sessions (bool | Unset): If true, it returns test sessions in
            completed state. Otherwise, it returns test sessions for all states
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '1.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success.
        errors.MalformedBody: If the reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        TestSessionList
    """

    return OPERATION.result_of(
        client,
        sync_detailed(
            project=project,
            team=team,
            client=client,
            period=period,
            all_sessions=all_sessions,
            include_all_properties=include_all_properties,
            source=source,
            include_only_completed_sessions=include_only_completed_sessions,
            api_version=api_version,
        ),
    )


@OPERATION.bind
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
        project (str): Name or ID of the team project.
        team (str): Name or ID of a team within the project; team names often contain spaces.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        period (int | Unset): Period in days from now, for which test sessions are fetched.
        all_sessions (bool | Unset): If false, returns test sessions for current user. Otherwise,
            it returns test sessions for all users
        include_all_properties (bool | Unset): If true, it returns all properties of the test
            sessions. Otherwise, it returns the skinny version.
        source (ListTestSessionsSource | Unset): Source of the test session.
        include_only_completed_sessions (bool | Unset): If true, it returns test sessions in
            completed state. Otherwise, it returns test sessions for all states
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '1.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success and
            Client.raise_on_unexpected_status is True (otherwise ``parsed`` is None).
        errors.MalformedBody: If a documented success reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

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


@OPERATION.bind
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
) -> TestSessionList:
    """List a team's test sessions.

    Args:
        project (str): Name or ID of the team project.
        team (str): Name or ID of a team within the project; team names often contain spaces.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        period (int | Unset): Period in days from now, for which test sessions are fetched.
        all_sessions (bool | Unset): If false, returns test sessions for current user. Otherwise,
            it returns test sessions for all users
        include_all_properties (bool | Unset): If true, it returns all properties of the test
            sessions. Otherwise, it returns the skinny version.
        source (ListTestSessionsSource | Unset): Source of the test session.
        include_only_completed_sessions (bool | Unset): If true, it returns test sessions in
            completed state. Otherwise, it returns test sessions for all states
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '1.0-preview'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success.
        errors.MalformedBody: If the reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        TestSessionList
    """

    return OPERATION.result_of(
        client,
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
        ),
    )
