import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_list import BuildList
from ...models.build_reason import BuildReason
from ...models.build_result import BuildResult
from ...models.build_status import BuildStatus
from ...models.definition_type import DefinitionType
from ...models.list_builds_deleted_filter import ListBuildsDeletedFilter
from ...models.list_builds_query_order import ListBuildsQueryOrder
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildList | None:
    if response.status_code == 200:
        response_200 = BuildList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BuildList]:
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
        project (str):
        definitions (str | Unset):
        queues (str | Unset):
        build_number (str | Unset):
        type_ (DefinitionType | Unset): The kind of build definition.
        min_finish_time (datetime.datetime | Unset):
        max_finish_time (datetime.datetime | Unset):
        requested_for (str | Unset):
        reason_filter (BuildReason | Unset): Why a build was created; `all` is only meaningful as
            a filter.
        result_filter (BuildResult | Unset): How a completed build ended.
        status_filter (BuildStatus | Unset): Where a build is in its life; `all` is only
            meaningful as a filter.
        tag_filters (str | Unset):
        properties (str | Unset):
        property_filters (str | Unset):
        max_builds_per_definition (int | Unset):
        top (int | Unset):
        continuation_token (str | Unset):
        min_time (datetime.datetime | Unset):
        max_time (datetime.datetime | Unset):
        deleted_filter (ListBuildsDeletedFilter | Unset):
        query_order (ListBuildsQueryOrder | Unset):
        branch_name (str | Unset):
        build_ids (str | Unset):
        repository_id (str | Unset):
        repository_type (str | Unset):
        api_version (str | Unset):  Default: '2.0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
) -> BuildList | None:
    """List builds, newest first, filtered and paged.

     Every filter narrows the result. When more builds match than one page holds, the `x-ms-
    continuationtoken` response header carries a token; send it back as `continuationToken` to get the
    next page.

    Args:
        project (str):
        definitions (str | Unset):
        queues (str | Unset):
        build_number (str | Unset):
        type_ (DefinitionType | Unset): The kind of build definition.
        min_finish_time (datetime.datetime | Unset):
        max_finish_time (datetime.datetime | Unset):
        requested_for (str | Unset):
        reason_filter (BuildReason | Unset): Why a build was created; `all` is only meaningful as
            a filter.
        result_filter (BuildResult | Unset): How a completed build ended.
        status_filter (BuildStatus | Unset): Where a build is in its life; `all` is only
            meaningful as a filter.
        tag_filters (str | Unset):
        properties (str | Unset):
        property_filters (str | Unset):
        max_builds_per_definition (int | Unset):
        top (int | Unset):
        continuation_token (str | Unset):
        min_time (datetime.datetime | Unset):
        max_time (datetime.datetime | Unset):
        deleted_filter (ListBuildsDeletedFilter | Unset):
        query_order (ListBuildsQueryOrder | Unset):
        branch_name (str | Unset):
        build_ids (str | Unset):
        repository_id (str | Unset):
        repository_type (str | Unset):
        api_version (str | Unset):  Default: '2.0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildList
    """

    return sync_detailed(
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
    ).parsed


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
        project (str):
        definitions (str | Unset):
        queues (str | Unset):
        build_number (str | Unset):
        type_ (DefinitionType | Unset): The kind of build definition.
        min_finish_time (datetime.datetime | Unset):
        max_finish_time (datetime.datetime | Unset):
        requested_for (str | Unset):
        reason_filter (BuildReason | Unset): Why a build was created; `all` is only meaningful as
            a filter.
        result_filter (BuildResult | Unset): How a completed build ended.
        status_filter (BuildStatus | Unset): Where a build is in its life; `all` is only
            meaningful as a filter.
        tag_filters (str | Unset):
        properties (str | Unset):
        property_filters (str | Unset):
        max_builds_per_definition (int | Unset):
        top (int | Unset):
        continuation_token (str | Unset):
        min_time (datetime.datetime | Unset):
        max_time (datetime.datetime | Unset):
        deleted_filter (ListBuildsDeletedFilter | Unset):
        query_order (ListBuildsQueryOrder | Unset):
        branch_name (str | Unset):
        build_ids (str | Unset):
        repository_id (str | Unset):
        repository_type (str | Unset):
        api_version (str | Unset):  Default: '2.0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
) -> BuildList | None:
    """List builds, newest first, filtered and paged.

     Every filter narrows the result. When more builds match than one page holds, the `x-ms-
    continuationtoken` response header carries a token; send it back as `continuationToken` to get the
    next page.

    Args:
        project (str):
        definitions (str | Unset):
        queues (str | Unset):
        build_number (str | Unset):
        type_ (DefinitionType | Unset): The kind of build definition.
        min_finish_time (datetime.datetime | Unset):
        max_finish_time (datetime.datetime | Unset):
        requested_for (str | Unset):
        reason_filter (BuildReason | Unset): Why a build was created; `all` is only meaningful as
            a filter.
        result_filter (BuildResult | Unset): How a completed build ended.
        status_filter (BuildStatus | Unset): Where a build is in its life; `all` is only
            meaningful as a filter.
        tag_filters (str | Unset):
        properties (str | Unset):
        property_filters (str | Unset):
        max_builds_per_definition (int | Unset):
        top (int | Unset):
        continuation_token (str | Unset):
        min_time (datetime.datetime | Unset):
        max_time (datetime.datetime | Unset):
        deleted_filter (ListBuildsDeletedFilter | Unset):
        query_order (ListBuildsQueryOrder | Unset):
        branch_name (str | Unset):
        build_ids (str | Unset):
        repository_id (str | Unset):
        repository_type (str | Unset):
        api_version (str | Unset):  Default: '2.0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildList
    """

    return (
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
        )
    ).parsed
