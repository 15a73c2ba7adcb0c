from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.build import Build
from ...models.queue_build_request import QueueBuildRequest
from ...operation import Operation, Parameter
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


def _decode(response: httpx.Response) -> Build:
    if response.status_code == 200:
        response_200 = Build.from_dict(response.json())

        return response_200

    raise OPERATION.unexpected_status(response)


OPERATION: Operation[Build] = Operation(
    operation_id="queueBuild",
    name="queue_build",
    tag="builds",
    method="POST",
    path="/{project}/_apis/build/builds",
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
            name="ignore_warnings",
            wire_name="ignoreWarnings",
            location="query",
            required=False,
            description="Added in 7.1.",
            python_type=bool,
        ),
        Parameter(
            name="check_in_ticket",
            wire_name="checkInTicket",
            location="query",
            required=False,
            description="Added in 7.1.",
            python_type=str,
        ),
        Parameter(
            name="source_build_id",
            wire_name="sourceBuildId",
            location="query",
            required=False,
            description="Added in 7.1.",
            python_type=int,
        ),
        Parameter(
            name="definition_id",
            wire_name="definitionId",
            location="query",
            required=False,
            description="Optional definition id to queue a build without a body. Ignored if there's a valid body",
            python_type=int,
            fills="definition.id",
        ),
        Parameter(
            name="api_version",
            wire_name="api-version",
            location="query",
            required=False,
            description="Version of the API to use, up to 7.1 (servers answer a newer one with 400).",
            python_type=str,
            default="2.0",
        ),
    ),
    body=QueueBuildRequest,
    body_required=True,
    success_statuses=frozenset({200}),
    result=Build,
    binary=False,
    item=None,
    paging="none",
    api_version="2.0",
    description="The new build starts in status `notStarted`. Queue, branch and parameters default to the definition's own when omitted.",
    summary="Queue a build of a definition.",
    build=_get_kwargs,
    decode=_decode,
)
"""This operation's public descriptor: spec names, parameters, types, paging; ``request``/``parse``."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Build | None:
    return OPERATION.parse_detailed(client, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Build]:
    return Response(
        status_code=parse_status_code(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


@OPERATION.bind
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
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        body (QueueBuildRequest): What to build. Only the definition is required.
        ignore_warnings (bool | Unset): Added in 7.1.
        check_in_ticket (str | Unset): Added in 7.1.
        source_build_id (int | Unset): Added in 7.1.
        definition_id (int | Unset): Optional definition id to queue a build without a body.
            Ignored if there's a valid body
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '2.0'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success and
            Client.raise_on_unexpected_status is True (otherwise ``parsed`` is None).
        errors.MalformedBody: If a documented success reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

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


@OPERATION.bind
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
) -> Build:
    """Queue a build of a definition.

     The new build starts in status `notStarted`. Queue, branch and parameters default to the
    definition's own when omitted.

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        body (QueueBuildRequest): What to build. Only the definition is required.
        ignore_warnings (bool | Unset): Added in 7.1.
        check_in_ticket (str | Unset): Added in 7.1.
        source_build_id (int | Unset): Added in 7.1.
        definition_id (int | Unset): Optional definition id to queue a build without a body.
            Ignored if there's a valid body
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '2.0'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success.
        errors.MalformedBody: If the reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        Build
    """

    return OPERATION.result_of(
        client,
        sync_detailed(
            project=project,
            client=client,
            body=body,
            ignore_warnings=ignore_warnings,
            check_in_ticket=check_in_ticket,
            source_build_id=source_build_id,
            definition_id=definition_id,
            api_version=api_version,
        ),
    )


@OPERATION.bind
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
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        body (QueueBuildRequest): What to build. Only the definition is required.
        ignore_warnings (bool | Unset): Added in 7.1.
        check_in_ticket (str | Unset): Added in 7.1.
        source_build_id (int | Unset): Added in 7.1.
        definition_id (int | Unset): Optional definition id to queue a build without a body.
            Ignored if there's a valid body
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '2.0'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success and
            Client.raise_on_unexpected_status is True (otherwise ``parsed`` is None).
        errors.MalformedBody: If a documented success reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

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


@OPERATION.bind
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
) -> Build:
    """Queue a build of a definition.

     The new build starts in status `notStarted`. Queue, branch and parameters default to the
    definition's own when omitted.

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        body (QueueBuildRequest): What to build. Only the definition is required.
        ignore_warnings (bool | Unset): Added in 7.1.
        check_in_ticket (str | Unset): Added in 7.1.
        source_build_id (int | Unset): Added in 7.1.
        definition_id (int | Unset): Optional definition id to queue a build without a body.
            Ignored if there's a valid body
        api_version (str | Unset): Version of the API to use, up to 7.1 (servers answer a newer
            one with 400). Default: '2.0'.

    Raises:
        errors.UnexpectedStatus: If the reply's status is not a documented success.
        errors.MalformedBody: If the reply's body is not the documented type.
        Exception: Instead of those two, the error the client's ``status_error_hook`` returns
            for them (``tfs_client.connect`` sets one: ``tfs_client``'s typed errors).
        httpx.HTTPError: If the request could not be sent or the reply not received
            (refused, dropped, timed out after Client.timeout).

    Returns:
        Build
    """

    return OPERATION.result_of(
        client,
        await asyncio_detailed(
            project=project,
            client=client,
            body=body,
            ignore_warnings=ignore_warnings,
            check_in_ticket=check_in_ticket,
            source_build_id=source_build_id,
            definition_id=definition_id,
            api_version=api_version,
        ),
    )
