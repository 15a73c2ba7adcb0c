"""Builds through HTTP: queue, get, update rules, list filters and paging, tags, details, delete."""

from __future__ import annotations

from tests.api_versions import api_version

from .conftest import GIT, Api, as_recorded, assert_error, sample

BUILDS = f"/{GIT}/_apis/build/builds"


def test_queued_build_is_not_started_and_gets_the_next_id(api: Api) -> None:
    response = api.client.post(
        BUILDS, json={"definition": {"id": 25}, "sourceBranch": "refs/heads/dev"}
    )
    assert response.status_code == 200
    build = response.json()
    assert build["id"] == 393
    assert build["status"] == "notStarted"
    assert "startTime" not in build and "finishTime" not in build and "result" not in build
    assert build["definition"]["id"] == 25 and build["queue"]["id"] == 2
    assert build["sourceBranch"] == "refs/heads/dev"
    assert (
        build["url"]
        == f"{api.base_url}/6ce954b1-ce1f-45d1-b94d-e6bf2464ba2c/_apis/build/Builds/393"
    )
    assert api.client.get(f"{BUILDS}/393").json()["buildNumber"] == build["buildNumber"]


def test_recorded_build_and_details_are_served_as_recorded(api: Api) -> None:
    for path, name in [
        ("391", "GET__build_builds__knownBuildId_.json"),
        ("391/timeline", "GET__build_builds__knownBuildId__timeline.json"),
        ("391/changes", "GET__build_builds__knownBuildId__changes.json"),
        ("391/logs", "GET__build_builds__knownBuildId__logs.json"),
        ("391/artifacts", "GET__build_builds__knownBuildId__artifacts.json"),
        ("391/tags", "GET__build_builds__knownBuildId__tags.json"),
    ]:
        if path.endswith("tags"):
            api.client.put(f"{BUILDS}/391/tags/myTag")
        response = api.client.get(f"{BUILDS}/{path}?api-version={api_version('getBuild')}")
        assert response.status_code == 200
        assert (
            response.headers["content-type"]
            == f"application/json; charset=utf-8; api-version={api_version('getBuild')}"
        )
        assert (
            as_recorded(response.json(), api.base_url) == sample(f"builds/{name}")["responseBody"]
        ), path
    work_items = api.client.post(f"{BUILDS}/391/workitems")
    assert (
        as_recorded(work_items.json(), api.base_url)
        == sample("builds/POST__build_builds__knownBuildId__workitems.json")["responseBody"]
    )


def test_tag_query_after_tagging_matches_the_recorded_list(api: Api) -> None:
    assert api.client.get(BUILDS, params={"tagFilters": "myTag"}).json()["count"] == 20
    put = api.client.put(f"{BUILDS}/391/tags/myTag")
    assert (
        put.json()
        == sample("builds/PUT__build_builds__knownBuildId__tags_myTag.json")["responseBody"]
    )
    listed = api.client.get(BUILDS, params={"tagFilters": "myTag"}).json()
    assert (
        as_recorded(listed, api.base_url)
        == sample("builds/GET__build_builds_tagFilters-myTag.json")["responseBody"]
    )


def test_tags_add_is_idempotent_and_delete_returns_remaining_tags(api: Api) -> None:
    assert api.client.put(f"{BUILDS}/391/tags/tag1").json() == {
        "count": 3,
        "value": ["tag1", "tag2", "tag3"],
    }
    deleted = api.client.delete(f"{BUILDS}/391/tags/tag2")
    assert deleted.status_code == 200
    assert deleted.json() == {"count": 2, "value": ["tag1", "tag3"]}
    odd = "a/b ?#%&+ ü .."
    added = api.client.put(f"{BUILDS}/391/tags/" + httpx_quote(odd))
    assert odd in added.json()["value"]
    assert odd in api.client.get(f"{BUILDS}/391/tags").json()["value"]
    assert api.client.get(BUILDS, params={"tagFilters": odd}).json()["value"][0]["id"] == 391


def httpx_quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


def test_update_sets_times_once_and_completed_builds_cannot_change(api: Api) -> None:
    build_id = api.client.post(BUILDS, json={"definition": {"id": 25}}).json()["id"]
    started = api.client.patch(
        f"{BUILDS}/{build_id}", json={"status": "inProgress", "keepForever": True}
    )
    assert started.status_code == 200
    body = started.json()
    assert body["status"] == "inProgress" and body["keepForever"] is True and "startTime" in body
    assert body["properties"] == {}
    again = api.client.patch(f"{BUILDS}/{build_id}", json={"startTime": "2001-01-01T00:00:00Z"})
    assert_error(again, 409, "InvalidBuildStatusException")
    done = api.client.patch(
        f"{BUILDS}/{build_id}", json={"status": "completed", "result": "failed"}
    ).json()
    assert done["status"] == "completed" and done["result"] == "failed" and "finishTime" in done
    assert_error(api.client.patch(f"{BUILDS}/{build_id}", json={"status": "inProgress"}), 409)
    assert_error(api.client.patch(f"{BUILDS}/{build_id}", json={"result": "succeeded"}), 409)
    renamed = api.client.patch(f"{BUILDS}/{build_id}", json={"buildNumber": "release-1"})
    assert renamed.json()["buildNumber"] == "release-1"
    assert api.client.get(f"{BUILDS}/{build_id}").json()["finishTime"] == done["finishTime"]


def test_explicit_times_are_kept(api: Api) -> None:
    build_id = api.client.post(BUILDS, json={"definition": {"id": 25}}).json()["id"]
    body = api.client.patch(
        f"{BUILDS}/{build_id}",
        json={
            "startTime": "2020-05-01T10:00:00.1234567Z",
            "finishTime": "2020-05-01T11:00:00+02:00",
        },
    ).json()
    assert body["startTime"] == "2020-05-01T10:00:00.123Z"
    assert body["finishTime"] == "2020-05-01T09:00:00.000Z"
    same = api.client.patch(f"{BUILDS}/{build_id}", json={"startTime": "2020-05-01T10:00:00.123Z"})
    assert same.status_code == 200


def test_delete_answers_204_then_the_build_is_gone(api: Api) -> None:
    response = api.client.delete(f"{BUILDS}/391")
    assert response.status_code == 204 and response.content == b""
    assert_error(api.client.get(f"{BUILDS}/391"), 404, "BuildNotFoundException")
    assert_error(api.client.get(f"{BUILDS}/391/tags"), 404, "BuildNotFoundException")
    assert_error(api.client.delete(f"{BUILDS}/391"), 404)


def test_list_filters(api: Api) -> None:
    def ids(**params: object) -> list[int]:
        response = api.client.get(BUILDS, params=params)
        assert response.status_code == 200, response.text
        return [b["id"] for b in response.json()["value"]]

    assert ids(definitions="25") == [391]
    assert ids(definitions="601557553856707403058,25") == [391]  # ids beyond int32 match nothing
    assert len(ids(definitions="2,3")) == 20
    assert ids(type="build") == [391]
    assert ids(buildNumber="20150716") == [391]
    assert ids(buildNumber="MyWebSite CI_20150623*") == [367]
    assert ids(resultFilter="succeeded") == [391]
    assert len(ids(statusFilter="completed")) == 21
    assert ids(statusFilter="notStarted") == []
    assert len(ids(reasonFilter="individualCI")) == 6
    recorded = sample("builds/GET__build_builds_tagFilters-myTag.json")["responseBody"]["value"]
    normal = [
        b["id"]
        for b in recorded
        if b["requestedFor"]["uniqueName"] == "fabrikamfiber16@hotmail.com"
    ]
    assert ids(requestedFor="FabrikamFiber16@hotmail.com") == normal
    assert ids(requestedFor="Normal Paulk") == normal
    assert ids(requestedFor="nobody@example.com") == []
    assert ids(minFinishTime="2015-07-01T00:00:00Z") == [391]
    assert 391 not in ids(maxFinishTime="2015-07-01T00:00:00Z")
    assert ids(queues="2") == [391]
    assert ids(definitions="2,3", maxBuildsPerDefinition=1) == [367, 366]
    assert ids(tagFilters="tag1,tag3") == [391]
    assert ids(tagFilters="tag1,missing") == []
    queued = api.client.post(BUILDS, json={"definition": {"id": 25}}).json()["id"]
    assert ids(statusFilter="notStarted") == [queued]
    assert ids(statusFilter="all")[0] == queued


def test_continuation_tokens_page_in_stable_order_under_inserts(api: Api) -> None:
    api.admin("POST", f"projects/{GIT}/builds", json={"definitionId": 25, "count": 30})
    seen: list[int] = []
    token = None
    pages = 0
    while True:
        params: dict[str, object] = {"$top": 7, "definitions": "25"}
        if token:
            params["continuationToken"] = token
        response = api.client.get(BUILDS, params=params)
        page = [b["id"] for b in response.json()["value"]]
        assert len(page) <= 7
        seen += page
        pages += 1
        if pages == 2:  # inserts while paging never show up in later pages or shift them
            api.client.post(BUILDS, json={"definition": {"id": 25}})
        token = response.headers.get("x-ms-continuationtoken")
        if token is None:
            break
    assert len(seen) == 31 == len(set(seen))
    assert seen == sorted(seen, reverse=True)
    assert pages == 5


def test_changes_and_work_items_honour_top(api: Api) -> None:
    assert api.client.get(f"{BUILDS}/391/changes", params={"$top": 2}).json()["count"] == 2
    assert api.client.post(f"{BUILDS}/391/workitems", params={"$top": 1}).json()["count"] == 1


def test_new_build_has_empty_details(api: Api) -> None:
    build_id = api.client.post(BUILDS, json={"definition": {"id": 25}}).json()["id"]
    for detail in ("changes", "logs", "artifacts", "tags"):
        assert api.client.get(f"{BUILDS}/{build_id}/{detail}").json() == {"count": 0, "value": []}
    timeline = api.client.get(f"{BUILDS}/{build_id}/timeline").json()
    assert timeline["records"] == [] and timeline["changeId"] == 0


def test_paths_are_case_insensitive(api: Api) -> None:
    url = f"{api.root_url}/defaultcollection/{GIT.lower()}/_APIS/Build/Builds/391/Tags"
    assert api.client.get(url).status_code == 200
