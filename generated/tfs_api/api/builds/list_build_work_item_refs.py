from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.work_item_reference_list import WorkItemReferenceList
from ...types import UNSET, Response, Unset, encode_path_segment, parse_status_code


def _get_kwargs(
    project: str,
    build_id: int,
    *,
    top: int | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["$top"] = top

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{project}/_apis/build/builds/{build_id}/workitems".format(
            project=encode_path_segment(project, "project"),
            build_id=encode_path_segment(build_id, "build_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WorkItemReferenceList | None:
    if response.status_code == 200:
        response_200 = WorkItemReferenceList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WorkItemReferenceList]:
    return Response(
        status_code=parse_status_code(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project: str,
    build_id: int,
    *,
    client: AuthenticatedClient | Client,
    top: int | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> Response[WorkItemReferenceList]:
    """Get references to the work items associated with a build (7.1, a GET).

     The 7.1 form of `getBuildWorkItems`, which servers serve as a GET.

    Args:
        project (str):
        build_id (int):
        top (int | Unset):
        api_version (str | Unset):  Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkItemReferenceList]
    """

    kwargs = _get_kwargs(
        project=project,
        build_id=build_id,
        top=top,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project: str,
    build_id: int,
    *,
    client: AuthenticatedClient | Client,
    top: int | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> WorkItemReferenceList | None:
    """Get references to the work items associated with a build (7.1, a GET).

     The 7.1 form of `getBuildWorkItems`, which servers serve as a GET.

    Args:
        project (str):
        build_id (int):
        top (int | Unset):
        api_version (str | Unset):  Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkItemReferenceList
    """

    return sync_detailed(
        project=project,
        build_id=build_id,
        client=client,
        top=top,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    project: str,
    build_id: int,
    *,
    client: AuthenticatedClient | Client,
    top: int | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> Response[WorkItemReferenceList]:
    """Get references to the work items associated with a build (7.1, a GET).

     The 7.1 form of `getBuildWorkItems`, which servers serve as a GET.

    Args:
        project (str):
        build_id (int):
        top (int | Unset):
        api_version (str | Unset):  Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkItemReferenceList]
    """

    kwargs = _get_kwargs(
        project=project,
        build_id=build_id,
        top=top,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project: str,
    build_id: int,
    *,
    client: AuthenticatedClient | Client,
    top: int | Unset = UNSET,
    api_version: str | Unset = "7.1",
) -> WorkItemReferenceList | None:
    """Get references to the work items associated with a build (7.1, a GET).

     The 7.1 form of `getBuildWorkItems`, which servers serve as a GET.

    Args:
        project (str):
        build_id (int):
        top (int | Unset):
        api_version (str | Unset):  Default: '7.1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkItemReferenceList
    """

    return (
        await asyncio_detailed(
            project=project,
            build_id=build_id,
            client=client,
            top=top,
            api_version=api_version,
        )
    ).parsed
