from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.test_session import TestSession
from ...models.test_session_create import TestSessionCreate
from ...operation import Operation, Parameter
from ...types import UNSET, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    team: str,
    *,
    body: TestSessionCreate,
    api_version: str | Unset = "1.0-preview",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
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


def _decode(response: httpx.Response) -> TestSession:
    if response.status_code == 200:
        response_200 = TestSession.from_dict(response.json())

        return response_200

    raise OPERATION.unexpected_status(response)


OPERATION: Operation[TestSession] = Operation(
    operation_id="createTestSession",
    name="create_test_session",
    tag="sessions",
    method="POST",
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
            name="api_version",
            wire_name="api-version",
            location="query",
            required=False,
            description="Version of the API to use, up to 7.1 (servers answer a newer one with 400).",
            python_type=str,
            default="1.0-preview",
        ),
    ),
    body=TestSessionCreate,
    body_required=True,
    success_statuses=frozenset({200}),
    result=TestSession,
    binary=False,
    item=None,
    paging="none",
    api_version="1.0-preview",
    description="The body uses PascalCase names, as the server documents it. The new session is `inProgress`.",
    summary="Create a test session for a team.",
    build=_get_kwargs,
    decode=_decode,
)
"""This operation's public descriptor: spec names, parameters, types, paging; ``request``/``parse``."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TestSession | None:
    return OPERATION.parse_detailed(client, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TestSession]:
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
    body: TestSessionCreate,
    api_version: str | Unset = "1.0-preview",
) -> Response[TestSession]:
    """Create a test session for a team.

     The body uses PascalCase names, as the server documents it. The new session is `inProgress`.

    Args:
        project (str): Name or ID of the team project.
        team (str): Name or ID of a team within the project; team names often contain spaces.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        body (TestSessionCreate): A new test session. Servers bind member names case-insensitively
            (an exact match first), so without `Area` a lower-case `area` is held to the same schema.
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


@OPERATION.bind
def sync(
    project: str,
    team: str,
    *,
    client: AuthenticatedClient | Client,
    body: TestSessionCreate,
    api_version: str | Unset = "1.0-preview",
) -> TestSession:
    """Create a test session for a team.

     The body uses PascalCase names, as the server documents it. The new session is `inProgress`.

    Args:
        project (str): Name or ID of the team project.
        team (str): Name or ID of a team within the project; team names often contain spaces.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        body (TestSessionCreate): A new test session. Servers bind member names case-insensitively
            (an exact match first), so without `Area` a lower-case `area` is held to the same schema.
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
        TestSession
    """

    return OPERATION.result_of(
        client,
        sync_detailed(
            project=project,
            team=team,
            client=client,
            body=body,
            api_version=api_version,
        ),
    )


@OPERATION.bind
async def asyncio_detailed(
    project: str,
    team: str,
    *,
    client: AuthenticatedClient | Client,
    body: TestSessionCreate,
    api_version: str | Unset = "1.0-preview",
) -> Response[TestSession]:
    """Create a test session for a team.

     The body uses PascalCase names, as the server documents it. The new session is `inProgress`.

    Args:
        project (str): Name or ID of the team project.
        team (str): Name or ID of a team within the project; team names often contain spaces.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        body (TestSessionCreate): A new test session. Servers bind member names case-insensitively
            (an exact match first), so without `Area` a lower-case `area` is held to the same schema.
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


@OPERATION.bind
async def asyncio(
    project: str,
    team: str,
    *,
    client: AuthenticatedClient | Client,
    body: TestSessionCreate,
    api_version: str | Unset = "1.0-preview",
) -> TestSession:
    """Create a test session for a team.

     The body uses PascalCase names, as the server documents it. The new session is `inProgress`.

    Args:
        project (str): Name or ID of the team project.
        team (str): Name or ID of a team within the project; team names often contain spaces.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        body (TestSessionCreate): A new test session. Servers bind member names case-insensitively
            (an exact match first), so without `Area` a lower-case `area` is held to the same schema.
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
        TestSession
    """

    return OPERATION.result_of(
        client,
        await asyncio_detailed(
            project=project,
            team=team,
            client=client,
            body=body,
            api_version=api_version,
        ),
    )
