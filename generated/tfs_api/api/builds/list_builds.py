import datetime
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.build import Build
from ...models.build_list import BuildList
from ...models.build_reason import BuildReason
from ...models.build_result import BuildResult
from ...models.build_status import BuildStatus
from ...models.definition_type import DefinitionType
from ...models.list_builds_deleted_filter import ListBuildsDeletedFilter
from ...models.list_builds_query_order import ListBuildsQueryOrder
from ...operation import ListOperation, Parameter
from ...types import UNSET, Response, Unset, encode_path_segment, format_datetime, parse_status_code


def _get_kwargs(
    project: str,
    *,
    definitions: str | Unset = UNSET,
    queues: str | Unset = UNSET,
    build_number: str | Unset = UNSET,
    type_: DefinitionType | Unset = UNSET,
    min_finish_time: datetime.datetime | Unset = UNSET,
    max_finish_time: datetime.datetime | Unset = UNSET,
    requested_for: str | Unset = UNSET,
    reason_filter: BuildReason | Unset = UNSET,
    result_filter: BuildResult | Unset = UNSET,
    status_filter: BuildStatus | Unset = UNSET,
    tag_filters: str | Unset = UNSET,
    properties: str | Unset = UNSET,
    property_filters: str | Unset = UNSET,
    max_builds_per_definition: int | Unset = UNSET,
    top: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    min_time: datetime.datetime | Unset = UNSET,
    max_time: datetime.datetime | Unset = UNSET,
    deleted_filter: ListBuildsDeletedFilter | Unset = UNSET,
    query_order: ListBuildsQueryOrder | Unset = UNSET,
    branch_name: str | Unset = UNSET,
    build_ids: str | Unset = UNSET,
    repository_id: str | Unset = UNSET,
    repository_type: str | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["definitions"] = definitions

    params["queues"] = queues

    params["buildNumber"] = build_number

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_min_finish_time: str | Unset = UNSET
    if not isinstance(min_finish_time, Unset):
        json_min_finish_time = format_datetime(min_finish_time)
    params["minFinishTime"] = json_min_finish_time

    json_max_finish_time: str | Unset = UNSET
    if not isinstance(max_finish_time, Unset):
        json_max_finish_time = format_datetime(max_finish_time)
    params["maxFinishTime"] = json_max_finish_time

    params["requestedFor"] = requested_for

    json_reason_filter: str | Unset = UNSET
    if not isinstance(reason_filter, Unset):
        json_reason_filter = reason_filter.value

    params["reasonFilter"] = json_reason_filter

    json_result_filter: str | Unset = UNSET
    if not isinstance(result_filter, Unset):
        json_result_filter = result_filter.value

    params["resultFilter"] = json_result_filter

    json_status_filter: str | Unset = UNSET
    if not isinstance(status_filter, Unset):
        json_status_filter = status_filter.value

    params["statusFilter"] = json_status_filter

    params["tagFilters"] = tag_filters

    params["properties"] = properties

    params["propertyFilters"] = property_filters

    params["maxBuildsPerDefinition"] = max_builds_per_definition

    params["$top"] = top

    params["continuationToken"] = continuation_token

    json_min_time: str | Unset = UNSET
    if not isinstance(min_time, Unset):
        json_min_time = format_datetime(min_time)
    params["minTime"] = json_min_time

    json_max_time: str | Unset = UNSET
    if not isinstance(max_time, Unset):
        json_max_time = format_datetime(max_time)
    params["maxTime"] = json_max_time

    json_deleted_filter: str | Unset = UNSET
    if not isinstance(deleted_filter, Unset):
        json_deleted_filter = deleted_filter.value

    params["deletedFilter"] = json_deleted_filter

    json_query_order: str | Unset = UNSET
    if not isinstance(query_order, Unset):
        json_query_order = query_order.value

    params["queryOrder"] = json_query_order

    params["branchName"] = branch_name

    params["buildIds"] = build_ids

    params["repositoryId"] = repository_id

    params["repositoryType"] = repository_type

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{project}/_apis/build/builds".format(
            project=encode_path_segment(project, "project"),
        ),
        "params": params,
    }

    return _kwargs


def _decode(response: httpx.Response) -> BuildList:
    if response.status_code == 200:
        response_200 = BuildList.from_dict(response.json())

        return response_200

    raise OPERATION.unexpected_status(response)


OPERATION: ListOperation[BuildList, Build] = ListOperation(
    operation_id="listBuilds",
    name="list_builds",
    tag="builds",
    method="GET",
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
            name="definitions",
            wire_name="definitions",
            location="query",
            required=False,
            description="Comma-delimited list of build definition IDs, e.g. `25,26`.",
            python_type=str,
            comma_list=True,
        ),
        Parameter(
            name="queues",
            wire_name="queues",
            location="query",
            required=False,
            description="Comma-delimited list of queue IDs.",
            python_type=str,
            comma_list=True,
        ),
        Parameter(
            name="build_number",
            wire_name="buildNumber",
            location="query",
            required=False,
            description="Only builds whose build number starts with this text.",
            python_type=str,
        ),
        Parameter(
            name="type_",
            wire_name="type",
            location="query",
            required=False,
            description="Only builds of this kind.",
            python_type=DefinitionType,
            enum=DefinitionType,
        ),
        Parameter(
            name="min_finish_time",
            wire_name="minFinishTime",
            location="query",
            required=False,
            description="Only builds that finished after this time.",
            python_type=datetime.datetime,
        ),
        Parameter(
            name="max_finish_time",
            wire_name="maxFinishTime",
            location="query",
            required=False,
            description="Only builds that finished before this time.",
            python_type=datetime.datetime,
        ),
        Parameter(
            name="requested_for",
            wire_name="requestedFor",
            location="query",
            required=False,
            description="Only builds requested for this user (alias or unique name, e.g. `fabrikamfiber4@hotmail.com`).",
            python_type=str,
        ),
        Parameter(
            name="reason_filter",
            wire_name="reasonFilter",
            location="query",
            required=False,
            description="Only builds created for this reason.",
            python_type=BuildReason,
            enum=BuildReason,
            comma_list=True,
        ),
        Parameter(
            name="result_filter",
            wire_name="resultFilter",
            location="query",
            required=False,
            description="Only builds with this result.",
            python_type=BuildResult,
            enum=BuildResult,
            comma_list=True,
        ),
        Parameter(
            name="status_filter",
            wire_name="statusFilter",
            location="query",
            required=False,
            description="Only builds in this status (`all` for every status).",
            python_type=BuildStatus,
            enum=BuildStatus,
            comma_list=True,
        ),
        Parameter(
            name="tag_filters",
            wire_name="tagFilters",
            location="query",
            required=False,
            description="Comma-delimited list of tags; only builds carrying all of them are returned.",
            python_type=str,
            comma_list=True,
        ),
        Parameter(
            name="properties",
            wire_name="properties",
            location="query",
            required=False,
            description="Comma-delimited list of extended properties to include in each build.",
            python_type=str,
            comma_list=True,
        ),
        Parameter(
            name="property_filters",
            wire_name="propertyFilters",
            location="query",
            required=False,
            description="Comma-delimited list of extended properties a build must have.",
            python_type=str,
            comma_list=True,
        ),
        Parameter(
            name="max_builds_per_definition",
            wire_name="maxBuildsPerDefinition",
            location="query",
            required=False,
            description="At most this many builds per definition; only meaningful with `definitions`.",
            python_type=int,
        ),
        Parameter(
            name="top",
            wire_name="$top",
            location="query",
            required=False,
            description="Return at most this many items.",
            python_type=int,
        ),
        Parameter(
            name="continuation_token",
            wire_name="continuationToken",
            location="query",
            required=False,
            description="The `x-ms-continuationtoken` response header of the previous page; omit it to get the first page.",
            python_type=str,
        ),
        Parameter(
            name="min_time",
            wire_name="minTime",
            location="query",
            required=False,
            description="If specified, filters to builds that finished/started/queued after this date based on the queryOrder specified.",
            python_type=datetime.datetime,
        ),
        Parameter(
            name="max_time",
            wire_name="maxTime",
            location="query",
            required=False,
            description="If specified, filters to builds that finished/started/queued before this date based on the queryOrder specified.",
            python_type=datetime.datetime,
        ),
        Parameter(
            name="deleted_filter",
            wire_name="deletedFilter",
            location="query",
            required=False,
            description="Indicates whether to exclude, include, or only return deleted builds.",
            python_type=ListBuildsDeletedFilter,
            enum=ListBuildsDeletedFilter,
        ),
        Parameter(
            name="query_order",
            wire_name="queryOrder",
            location="query",
            required=False,
            description="The order in which builds should be returned.",
            python_type=ListBuildsQueryOrder,
            enum=ListBuildsQueryOrder,
        ),
        Parameter(
            name="branch_name",
            wire_name="branchName",
            location="query",
            required=False,
            description="If specified, filters to builds that built branches that built this branch.",
            python_type=str,
        ),
        Parameter(
            name="build_ids",
            wire_name="buildIds",
            location="query",
            required=False,
            description="A comma-delimited list that specifies the IDs of builds to retrieve.",
            python_type=str,
            comma_list=True,
        ),
        Parameter(
            name="repository_id",
            wire_name="repositoryId",
            location="query",
            required=False,
            description="If specified, filters to builds that built from this repository.",
            python_type=str,
        ),
        Parameter(
            name="repository_type",
            wire_name="repositoryType",
            location="query",
            required=False,
            description="If specified, filters to builds that built from repositories of this type.",
            python_type=str,
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
    body=None,
    body_required=False,
    success_statuses=frozenset({200}),
    result=BuildList,
    binary=False,
    item=Build,
    paging="token",
    api_version="2.0",
    description="Every filter narrows the result. When more builds match than one page holds, the `x-ms-continuationtoken` response header carries a token; send it back as `continuationToken` to get the next page.",
    summary="List builds, newest first, filtered and paged.",
    build=_get_kwargs,
    decode=_decode,
)
"""This operation's public descriptor: spec names, parameters, types, paging; ``request``/``parse``."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildList | None:
    return OPERATION.parse_detailed(client, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BuildList]:
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
    definitions: str | Unset = UNSET,
    queues: str | Unset = UNSET,
    build_number: str | Unset = UNSET,
    type_: DefinitionType | Unset = UNSET,
    min_finish_time: datetime.datetime | Unset = UNSET,
    max_finish_time: datetime.datetime | Unset = UNSET,
    requested_for: str | Unset = UNSET,
    reason_filter: BuildReason | Unset = UNSET,
    result_filter: BuildResult | Unset = UNSET,
    status_filter: BuildStatus | Unset = UNSET,
    tag_filters: str | Unset = UNSET,
    properties: str | Unset = UNSET,
    property_filters: str | Unset = UNSET,
    max_builds_per_definition: int | Unset = UNSET,
    top: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    min_time: datetime.datetime | Unset = UNSET,
    max_time: datetime.datetime | Unset = UNSET,
    deleted_filter: ListBuildsDeletedFilter | Unset = UNSET,
    query_order: ListBuildsQueryOrder | Unset = UNSET,
    branch_name: str | Unset = UNSET,
    build_ids: str | Unset = UNSET,
    repository_id: str | Unset = UNSET,
    repository_type: str | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> Response[BuildList]:
    """List builds, newest first, filtered and paged.

     Every filter narrows the result. When more builds match than one page holds, the `x-ms-
    continuationtoken` response header carries a token; send it back as `continuationToken` to get the
    next page.

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        definitions (str | Unset): Comma-delimited list of build definition IDs, e.g. `25,26`.
        queues (str | Unset): Comma-delimited list of queue IDs.
        build_number (str | Unset): Only builds whose build number starts with this text.
        type_ (DefinitionType | Unset): Only builds of this kind.
        min_finish_time (datetime.datetime | Unset): Only builds that finished after this time.
        max_finish_time (datetime.datetime | Unset): Only builds that finished before this time.
        requested_for (str | Unset): Only builds requested for this user (alias or unique name,
            e.g. `fabrikamfiber4@hotmail.com`).
        reason_filter (BuildReason | Unset): Only builds created for this reason.
        result_filter (BuildResult | Unset): Only builds with this result.
        status_filter (BuildStatus | Unset): Only builds in this status (`all` for every status).
        tag_filters (str | Unset): Comma-delimited list of tags; only builds carrying all of them
            are returned.
        properties (str | Unset): Comma-delimited list of extended properties to include in each
            build.
        property_filters (str | Unset): Comma-delimited list of extended properties a build must
            have.
        max_builds_per_definition (int | Unset): At most this many builds per definition; only
            meaningful with `definitions`.
        top (int | Unset): Return at most this many items.
        continuation_token (str | Unset): The `x-ms-continuationtoken` response header of the
            previous page; omit it to get the first page.
        min_time (datetime.datetime | Unset): If specified, filters to builds that
            finished/started/queued after this date based on the queryOrder specified.
        max_time (datetime.datetime | Unset): If specified, filters to builds that
            finished/started/queued before this date based on the queryOrder specified.
        deleted_filter (ListBuildsDeletedFilter | Unset): Indicates whether to exclude, include,
            or only return deleted builds.
        query_order (ListBuildsQueryOrder | Unset): The order in which builds should be returned.
        branch_name (str | Unset): If specified, filters to builds that built branches that built
            this branch.
        build_ids (str | Unset): A comma-delimited list that specifies the IDs of builds to
            retrieve.
        repository_id (str | Unset): If specified, filters to builds that built from this
            repository.
        repository_type (str | Unset): If specified, filters to builds that built from
            repositories of this type.
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
        Response[BuildList]
    """

    kwargs = _get_kwargs(
        project=project,
        definitions=definitions,
        queues=queues,
        build_number=build_number,
        type_=type_,
        min_finish_time=min_finish_time,
        max_finish_time=max_finish_time,
        requested_for=requested_for,
        reason_filter=reason_filter,
        result_filter=result_filter,
        status_filter=status_filter,
        tag_filters=tag_filters,
        properties=properties,
        property_filters=property_filters,
        max_builds_per_definition=max_builds_per_definition,
        top=top,
        continuation_token=continuation_token,
        min_time=min_time,
        max_time=max_time,
        deleted_filter=deleted_filter,
        query_order=query_order,
        branch_name=branch_name,
        build_ids=build_ids,
        repository_id=repository_id,
        repository_type=repository_type,
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
    definitions: str | Unset = UNSET,
    queues: str | Unset = UNSET,
    build_number: str | Unset = UNSET,
    type_: DefinitionType | Unset = UNSET,
    min_finish_time: datetime.datetime | Unset = UNSET,
    max_finish_time: datetime.datetime | Unset = UNSET,
    requested_for: str | Unset = UNSET,
    reason_filter: BuildReason | Unset = UNSET,
    result_filter: BuildResult | Unset = UNSET,
    status_filter: BuildStatus | Unset = UNSET,
    tag_filters: str | Unset = UNSET,
    properties: str | Unset = UNSET,
    property_filters: str | Unset = UNSET,
    max_builds_per_definition: int | Unset = UNSET,
    top: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    min_time: datetime.datetime | Unset = UNSET,
    max_time: datetime.datetime | Unset = UNSET,
    deleted_filter: ListBuildsDeletedFilter | Unset = UNSET,
    query_order: ListBuildsQueryOrder | Unset = UNSET,
    branch_name: str | Unset = UNSET,
    build_ids: str | Unset = UNSET,
    repository_id: str | Unset = UNSET,
    repository_type: str | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> BuildList:
    """List builds, newest first, filtered and paged.

     Every filter narrows the result. When more builds match than one page holds, the `x-ms-
    continuationtoken` response header carries a token; send it back as `continuationToken` to get the
    next page.

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        definitions (str | Unset): Comma-delimited list of build definition IDs, e.g. `25,26`.
        queues (str | Unset): Comma-delimited list of queue IDs.
        build_number (str | Unset): Only builds whose build number starts with this text.
        type_ (DefinitionType | Unset): Only builds of this kind.
        min_finish_time (datetime.datetime | Unset): Only builds that finished after this time.
        max_finish_time (datetime.datetime | Unset): Only builds that finished before this time.
        requested_for (str | Unset): Only builds requested for this user (alias or unique name,
            e.g. `fabrikamfiber4@hotmail.com`).
        reason_filter (BuildReason | Unset): Only builds created for this reason.
        result_filter (BuildResult | Unset): Only builds with this result.
        status_filter (BuildStatus | Unset): Only builds in this status (`all` for every status).
        tag_filters (str | Unset): Comma-delimited list of tags; only builds carrying all of them
            are returned.
        properties (str | Unset): Comma-delimited list of extended properties to include in each
            build.
        property_filters (str | Unset): Comma-delimited list of extended properties a build must
            have.
        max_builds_per_definition (int | Unset): At most this many builds per definition; only
            meaningful with `definitions`.
        top (int | Unset): Return at most this many items.
        continuation_token (str | Unset): The `x-ms-continuationtoken` response header of the
            previous page; omit it to get the first page.
        min_time (datetime.datetime | Unset): If specified, filters to builds that
            finished/started/queued after this date based on the queryOrder specified.
        max_time (datetime.datetime | Unset): If specified, filters to builds that
            finished/started/queued before this date based on the queryOrder specified.
        deleted_filter (ListBuildsDeletedFilter | Unset): Indicates whether to exclude, include,
            or only return deleted builds.
        query_order (ListBuildsQueryOrder | Unset): The order in which builds should be returned.
        branch_name (str | Unset): If specified, filters to builds that built branches that built
            this branch.
        build_ids (str | Unset): A comma-delimited list that specifies the IDs of builds to
            retrieve.
        repository_id (str | Unset): If specified, filters to builds that built from this
            repository.
        repository_type (str | Unset): If specified, filters to builds that built from
            repositories of this type.
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
        BuildList
    """

    return OPERATION.result_of(
        client,
        sync_detailed(
            project=project,
            client=client,
            definitions=definitions,
            queues=queues,
            build_number=build_number,
            type_=type_,
            min_finish_time=min_finish_time,
            max_finish_time=max_finish_time,
            requested_for=requested_for,
            reason_filter=reason_filter,
            result_filter=result_filter,
            status_filter=status_filter,
            tag_filters=tag_filters,
            properties=properties,
            property_filters=property_filters,
            max_builds_per_definition=max_builds_per_definition,
            top=top,
            continuation_token=continuation_token,
            min_time=min_time,
            max_time=max_time,
            deleted_filter=deleted_filter,
            query_order=query_order,
            branch_name=branch_name,
            build_ids=build_ids,
            repository_id=repository_id,
            repository_type=repository_type,
            api_version=api_version,
        ),
    )


@OPERATION.bind
async def asyncio_detailed(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    definitions: str | Unset = UNSET,
    queues: str | Unset = UNSET,
    build_number: str | Unset = UNSET,
    type_: DefinitionType | Unset = UNSET,
    min_finish_time: datetime.datetime | Unset = UNSET,
    max_finish_time: datetime.datetime | Unset = UNSET,
    requested_for: str | Unset = UNSET,
    reason_filter: BuildReason | Unset = UNSET,
    result_filter: BuildResult | Unset = UNSET,
    status_filter: BuildStatus | Unset = UNSET,
    tag_filters: str | Unset = UNSET,
    properties: str | Unset = UNSET,
    property_filters: str | Unset = UNSET,
    max_builds_per_definition: int | Unset = UNSET,
    top: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    min_time: datetime.datetime | Unset = UNSET,
    max_time: datetime.datetime | Unset = UNSET,
    deleted_filter: ListBuildsDeletedFilter | Unset = UNSET,
    query_order: ListBuildsQueryOrder | Unset = UNSET,
    branch_name: str | Unset = UNSET,
    build_ids: str | Unset = UNSET,
    repository_id: str | Unset = UNSET,
    repository_type: str | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> Response[BuildList]:
    """List builds, newest first, filtered and paged.

     Every filter narrows the result. When more builds match than one page holds, the `x-ms-
    continuationtoken` response header carries a token; send it back as `continuationToken` to get the
    next page.

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        definitions (str | Unset): Comma-delimited list of build definition IDs, e.g. `25,26`.
        queues (str | Unset): Comma-delimited list of queue IDs.
        build_number (str | Unset): Only builds whose build number starts with this text.
        type_ (DefinitionType | Unset): Only builds of this kind.
        min_finish_time (datetime.datetime | Unset): Only builds that finished after this time.
        max_finish_time (datetime.datetime | Unset): Only builds that finished before this time.
        requested_for (str | Unset): Only builds requested for this user (alias or unique name,
            e.g. `fabrikamfiber4@hotmail.com`).
        reason_filter (BuildReason | Unset): Only builds created for this reason.
        result_filter (BuildResult | Unset): Only builds with this result.
        status_filter (BuildStatus | Unset): Only builds in this status (`all` for every status).
        tag_filters (str | Unset): Comma-delimited list of tags; only builds carrying all of them
            are returned.
        properties (str | Unset): Comma-delimited list of extended properties to include in each
            build.
        property_filters (str | Unset): Comma-delimited list of extended properties a build must
            have.
        max_builds_per_definition (int | Unset): At most this many builds per definition; only
            meaningful with `definitions`.
        top (int | Unset): Return at most this many items.
        continuation_token (str | Unset): The `x-ms-continuationtoken` response header of the
            previous page; omit it to get the first page.
        min_time (datetime.datetime | Unset): If specified, filters to builds that
            finished/started/queued after this date based on the queryOrder specified.
        max_time (datetime.datetime | Unset): If specified, filters to builds that
            finished/started/queued before this date based on the queryOrder specified.
        deleted_filter (ListBuildsDeletedFilter | Unset): Indicates whether to exclude, include,
            or only return deleted builds.
        query_order (ListBuildsQueryOrder | Unset): The order in which builds should be returned.
        branch_name (str | Unset): If specified, filters to builds that built branches that built
            this branch.
        build_ids (str | Unset): A comma-delimited list that specifies the IDs of builds to
            retrieve.
        repository_id (str | Unset): If specified, filters to builds that built from this
            repository.
        repository_type (str | Unset): If specified, filters to builds that built from
            repositories of this type.
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
        Response[BuildList]
    """

    kwargs = _get_kwargs(
        project=project,
        definitions=definitions,
        queues=queues,
        build_number=build_number,
        type_=type_,
        min_finish_time=min_finish_time,
        max_finish_time=max_finish_time,
        requested_for=requested_for,
        reason_filter=reason_filter,
        result_filter=result_filter,
        status_filter=status_filter,
        tag_filters=tag_filters,
        properties=properties,
        property_filters=property_filters,
        max_builds_per_definition=max_builds_per_definition,
        top=top,
        continuation_token=continuation_token,
        min_time=min_time,
        max_time=max_time,
        deleted_filter=deleted_filter,
        query_order=query_order,
        branch_name=branch_name,
        build_ids=build_ids,
        repository_id=repository_id,
        repository_type=repository_type,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@OPERATION.bind
async def asyncio(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    definitions: str | Unset = UNSET,
    queues: str | Unset = UNSET,
    build_number: str | Unset = UNSET,
    type_: DefinitionType | Unset = UNSET,
    min_finish_time: datetime.datetime | Unset = UNSET,
    max_finish_time: datetime.datetime | Unset = UNSET,
    requested_for: str | Unset = UNSET,
    reason_filter: BuildReason | Unset = UNSET,
    result_filter: BuildResult | Unset = UNSET,
    status_filter: BuildStatus | Unset = UNSET,
    tag_filters: str | Unset = UNSET,
    properties: str | Unset = UNSET,
    property_filters: str | Unset = UNSET,
    max_builds_per_definition: int | Unset = UNSET,
    top: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    min_time: datetime.datetime | Unset = UNSET,
    max_time: datetime.datetime | Unset = UNSET,
    deleted_filter: ListBuildsDeletedFilter | Unset = UNSET,
    query_order: ListBuildsQueryOrder | Unset = UNSET,
    branch_name: str | Unset = UNSET,
    build_ids: str | Unset = UNSET,
    repository_id: str | Unset = UNSET,
    repository_type: str | Unset = UNSET,
    api_version: str | Unset = "2.0",
) -> BuildList:
    """List builds, newest first, filtered and paged.

     Every filter narrows the result. When more builds match than one page holds, the `x-ms-
    continuationtoken` response header carries a token; send it back as `continuationToken` to get the
    next page.

    Args:
        project (str): Name or ID of the team project.
        client (AuthenticatedClient | Client): The client (e.g. from ``tfs_client.connect``).
        definitions (str | Unset): Comma-delimited list of build definition IDs, e.g. `25,26`.
        queues (str | Unset): Comma-delimited list of queue IDs.
        build_number (str | Unset): Only builds whose build number starts with this text.
        type_ (DefinitionType | Unset): Only builds of this kind.
        min_finish_time (datetime.datetime | Unset): Only builds that finished after this time.
        max_finish_time (datetime.datetime | Unset): Only builds that finished before this time.
        requested_for (str | Unset): Only builds requested for this user (alias or unique name,
            e.g. `fabrikamfiber4@hotmail.com`).
        reason_filter (BuildReason | Unset): Only builds created for this reason.
        result_filter (BuildResult | Unset): Only builds with this result.
        status_filter (BuildStatus | Unset): Only builds in this status (`all` for every status).
        tag_filters (str | Unset): Comma-delimited list of tags; only builds carrying all of them
            are returned.
        properties (str | Unset): Comma-delimited list of extended properties to include in each
            build.
        property_filters (str | Unset): Comma-delimited list of extended properties a build must
            have.
        max_builds_per_definition (int | Unset): At most this many builds per definition; only
            meaningful with `definitions`.
        top (int | Unset): Return at most this many items.
        continuation_token (str | Unset): The `x-ms-continuationtoken` response header of the
            previous page; omit it to get the first page.
        min_time (datetime.datetime | Unset): If specified, filters to builds that
            finished/started/queued after this date based on the queryOrder specified.
        max_time (datetime.datetime | Unset): If specified, filters to builds that
            finished/started/queued before this date based on the queryOrder specified.
        deleted_filter (ListBuildsDeletedFilter | Unset): Indicates whether to exclude, include,
            or only return deleted builds.
        query_order (ListBuildsQueryOrder | Unset): The order in which builds should be returned.
        branch_name (str | Unset): If specified, filters to builds that built branches that built
            this branch.
        build_ids (str | Unset): A comma-delimited list that specifies the IDs of builds to
            retrieve.
        repository_id (str | Unset): If specified, filters to builds that built from this
            repository.
        repository_type (str | Unset): If specified, filters to builds that built from
            repositories of this type.
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
        BuildList
    """

    return OPERATION.result_of(
        client,
        await asyncio_detailed(
            project=project,
            client=client,
            definitions=definitions,
            queues=queues,
            build_number=build_number,
            type_=type_,
            min_finish_time=min_finish_time,
            max_finish_time=max_finish_time,
            requested_for=requested_for,
            reason_filter=reason_filter,
            result_filter=result_filter,
            status_filter=status_filter,
            tag_filters=tag_filters,
            properties=properties,
            property_filters=property_filters,
            max_builds_per_definition=max_builds_per_definition,
            top=top,
            continuation_token=continuation_token,
            min_time=min_time,
            max_time=max_time,
            deleted_filter=deleted_filter,
            query_order=query_order,
            branch_name=branch_name,
            build_ids=build_ids,
            repository_id=repository_id,
            repository_type=repository_type,
            api_version=api_version,
        ),
    )
