from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.test_session import TestSession
from ...models.test_session_update import TestSessionUpdate
from ...types import UNSET, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    team: str,
    *,
    body: TestSessionUpdate,
    api_version: str | Unset = "1.0-preview",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/{project}/{team}/_apis/test/session".format(
            project=encode_path_segment(project, "project"),
            team=encode_path_segment(team, "team"),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TestSession | None:
    if response.status_code == 200:
        response_200 = TestSession.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TestSession]:
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
    body: TestSessionUpdate,
    api_version: str | Unset = "1.0-preview",
) -> Response[TestSession]:
    """Update a test session of a team.

     The session is named by `Id` in the body (the recorded sample sends `id`; the server binds names
    case-insensitively). When `Revision` is sent it must equal the session's current revision; each
    update increments it.

    Args:
        project (str):
        team (str):
        api_version (str | Unset):  Default: '1.0-preview'.
        body (TestSessionUpdate): The session to change (by `Id`, required: servers answer 400
            without it) and the fields to change. The recorded sample spells it `id`, which servers
            bind too (names are case-insensitive), so either spelling satisfies the schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestSession]
    """

    kwargs = _get_kwargs(
        project=project,
        team=team,
        body=body,
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
    body: TestSessionUpdate,
    api_version: str | Unset = "1.0-preview",
) -> TestSession | None:
    """Update a test session of a team.

     The session is named by `Id` in the body (the recorded sample sends `id`; the server binds names
    case-insensitively). When `Revision` is sent it must equal the session's current revision; each
    update increments it.

    Args:
        project (str):
        team (str):
        api_version (str | Unset):  Default: '1.0-preview'.
        body (TestSessionUpdate): The session to change (by `Id`, required: servers answer 400
            without it) and the fields to change. The recorded sample spells it `id`, which servers
            bind too (names are case-insensitive), so either spelling satisfies the schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestSession
    """

    return sync_detailed(
        project=project,
        team=team,
        client=client,
        body=body,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    project: str,
    team: str,
    *,
    client: AuthenticatedClient | Client,
    body: TestSessionUpdate,
    api_version: str | Unset = "1.0-preview",
) -> Response[TestSession]:
    """Update a test session of a team.

     The session is named by `Id` in the body (the recorded sample sends `id`; the server binds names
    case-insensitively). When `Revision` is sent it must equal the session's current revision; each
    update increments it.

    Args:
        project (str):
        team (str):
        api_version (str | Unset):  Default: '1.0-preview'.
        body (TestSessionUpdate): The session to change (by `Id`, required: servers answer 400
            without it) and the fields to change. The recorded sample spells it `id`, which servers
            bind too (names are case-insensitive), so either spelling satisfies the schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestSession]
    """

    kwargs = _get_kwargs(
        project=project,
        team=team,
        body=body,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project: str,
    team: str,
    *,
    client: AuthenticatedClient | Client,
    body: TestSessionUpdate,
    api_version: str | Unset = "1.0-preview",
) -> TestSession | None:
    """Update a test session of a team.

     The session is named by `Id` in the body (the recorded sample sends `id`; the server binds names
    case-insensitively). When `Revision` is sent it must equal the session's current revision; each
    update increments it.

    Args:
        project (str):
        team (str):
        api_version (str | Unset):  Default: '1.0-preview'.
        body (TestSessionUpdate): The session to change (by `Id`, required: servers answer 400
            without it) and the fields to change. The recorded sample spells it `id`, which servers
            bind too (names are case-insensitive), so either spelling satisfies the schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestSession
    """

    return (
        await asyncio_detailed(
            project=project,
            team=team,
            client=client,
            body=body,
            api_version=api_version,
        )
    ).parsed
