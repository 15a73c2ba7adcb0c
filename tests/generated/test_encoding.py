"""Path and query values reach the transport percent-encoded: no project, team, tag or token can
add, remove or reorder path segments, or leak into the query or fragment."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import httpx
import pytest
from tfs_api import Client
from tfs_api.api.builds import add_build_tag, list_builds
from tfs_api.api.sessions import list_test_sessions
from tfs_api.types import UNSET

from tests.api_versions import api_version

PROJECT = "Fabrikam Fiber"
TEAM = "Fabrikam-Fiber-TFVC Team"
TAG = "release/1.0 #2?"
UNICODE = "Ünïcødé ☃ проект/団隊"
HOSTILE = ["..", ".", "a/../b", "%2F", "100% & +more", "?x=1#frag", "\\back\\slash", "x" * 2000]


def _capture() -> tuple[Client, list[httpx.Request]]:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json={"count": 0, "value": []})

    transport = httpx.MockTransport(handler)
    return Client(
        base_url="https://tfs/DefaultCollection", httpx_args={"transport": transport}
    ), requests


def _segments(request: httpx.Request) -> list[str]:
    raw_path = request.url.raw_path.decode("ascii").split("?")[0]
    return [unquote(segment) for segment in raw_path.split("/")[1:]]


def test_project_and_tag_with_spaces_slashes_hash_and_question_mark_stay_one_segment_each() -> None:
    client, requests = _capture()

    add_build_tag.sync_detailed(PROJECT, 391, TAG, client=client)

    raw_path = requests[0].url.raw_path
    assert raw_path == (
        b"/DefaultCollection/Fabrikam%20Fiber/_apis/build/builds/391/tags/"
        b"release%2F1.0%20%232%3F?api-version=" + api_version("addBuildTag").encode()
    )
    assert _segments(requests[0]) == [
        "DefaultCollection",
        PROJECT,
        "_apis",
        "build",
        "builds",
        "391",
        "tags",
        TAG,
    ]


def test_team_and_unicode_project_are_encoded_as_utf8_segments() -> None:
    client, requests = _capture()

    list_test_sessions.sync_detailed(UNICODE, TEAM, client=client)

    assert requests[0].url.raw_path.isascii()
    assert b"/Fabrikam-Fiber-TFVC%20Team/_apis/test/session" in requests[0].url.raw_path
    assert _segments(requests[0]) == [
        "DefaultCollection",
        UNICODE,
        TEAM,
        "_apis",
        "test",
        "session",
    ]


@pytest.mark.parametrize("value", HOSTILE, ids=lambda value: repr(value[:20]))
def test_hostile_path_values_never_change_the_path(value: str) -> None:
    client, requests = _capture()

    add_build_tag.sync_detailed(value, 1, value, client=client)

    segments = _segments(requests[0])
    assert segments == ["DefaultCollection", value, "_apis", "build", "builds", "1", "tags", value]
    assert requests[0].url.fragment == ""
    assert requests[0].url.params.multi_items() == [("api-version", api_version("addBuildTag"))]


def test_empty_path_value_is_rejected_by_name() -> None:
    client, requests = _capture()

    with pytest.raises(ValueError, match="'project' must not be empty"):
        add_build_tag.sync_detailed("", 1, "tag", client=client)
    assert requests == []


@pytest.mark.anyio
async def test_none_for_a_path_value_is_a_type_error_naming_it_not_the_word_none() -> None:
    # regression: add_build_tag(..., None) added a tag "None", list_test_sessions asked for team "None"
    client, requests = _capture()
    with pytest.raises(TypeError, match="path parameter 'tag' is required, got None"):
        add_build_tag.sync_detailed(PROJECT, 1, None, client=client)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="path parameter 'team' is required, got None"):
        list_test_sessions.sync(PROJECT, None, client=client)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="path parameter 'project' is required, got None"):
        await list_test_sessions.asyncio_detailed(None, TEAM, client=client)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="path parameter 'project' is required, got UNSET"):
        add_build_tag.OPERATION.request(UNSET, 1, "t")
    assert requests == []


@pytest.mark.parametrize("value", ["4;0", *HOSTILE, UNICODE], ids=lambda value: repr(value[:20]))
def test_query_values_arrive_whole_under_their_wire_names(value: str) -> None:
    client, requests = _capture()

    list_builds.sync_detailed(
        PROJECT, client=client, continuation_token=value, tag_filters=value, top=2
    )

    url = urlsplit(str(requests[0].url))
    assert url.fragment == ""
    assert parse_qs(url.query, keep_blank_values=True) == {
        "api-version": [api_version("listBuilds")],
        "continuationToken": [value],
        "tagFilters": [value],
        "$top": ["2"],
    }
    assert _segments(requests[0]) == ["DefaultCollection", PROJECT, "_apis", "build", "builds"]
