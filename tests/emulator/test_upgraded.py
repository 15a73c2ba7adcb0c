"""The emulator at api-version 7.1 beside the documented versions: the moved routes, the new
filters (each one filters, or is listed in tfs_emulator.unimplemented), the new reply fields,
enum tables from the spec, and TFS's 400 for an api-version the server does not know."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import yaml
from tfs_emulator import spec_tables
from tfs_emulator.build_records import REASONS, RESULTS, STATUSES
from tfs_emulator.unimplemented import IGNORED_PARAMETERS

from tests.api_versions import SPEC, UPGRADED, api_version

from .conftest import GIT, TEAM, TFVC, Api, assert_error

BUILDS = f"{GIT}/_apis/build/builds"
NEW = {"api-version": UPGRADED}
Check = Callable[[Api], None]


def _builds(api: Api, **params: Any) -> list[dict[str, Any]]:
    response = api.client.get(BUILDS, params={"$top": 1000, **NEW, **params})
    assert response.status_code == 200, response.text
    value: list[dict[str, Any]] = response.json()["value"]
    return value


def _narrows(api: Api, name: str, value: Any, keep: Callable[[dict[str, Any]], bool]) -> None:
    everything = _builds(api)
    expected = [b["id"] for b in everything if keep(b)]
    assert 0 < len(expected) < len(everything), "the sample value must narrow the list"
    assert [b["id"] for b in _builds(api, **{name: value})] == expected


def _matches(
    api: Api, name: str, value: str, other: str, keep: Callable[[dict[str, Any]], bool]
) -> None:
    """The demo's builds share one repository: `value` keeps exactly those, `other` none."""
    expected = [b["id"] for b in _builds(api) if keep(b)]
    assert expected and [b["id"] for b in _builds(api, **{name: value})] == expected
    assert _builds(api, **{name: other}) == []


def _repository_id(api: Api) -> None:
    first = next(b for b in _builds(api) if b.get("repository", {}).get("id"))["repository"]["id"]
    other = "00000000-0000-0000-0000-000000000002"
    _matches(
        api, "repositoryId", first, other, lambda b: b.get("repository", {}).get("id") == first
    )


def _repository_type(api: Api) -> None:
    _matches(
        api, "repositoryType", "TfsGit", "GitHub",
        lambda b: b.get("repository", {}).get("type", "").lower() == "tfsgit",
    )  # fmt: skip


def _branch_name(api: Api) -> None:
    branch = _builds(api)[0]["sourceBranch"]
    _narrows(api, "branchName", branch, lambda b: b.get("sourceBranch") == branch)


def _build_ids(api: Api) -> None:
    ids = [b["id"] for b in _builds(api)][:2]
    _narrows(api, "buildIds", ",".join(map(str, ids)), lambda b: b["id"] in ids)


def _finish_times(api: Api) -> tuple[list[str], str]:
    times = sorted(b["finishTime"] for b in _builds(api) if b.get("finishTime"))
    return times, times[len(times) // 2]


def _min_time(api: Api) -> None:
    _, middle = _finish_times(api)
    _narrows(api, "minTime", middle, lambda b: b.get("finishTime", "") > middle)


def _max_time(api: Api) -> None:
    _, middle = _finish_times(api)
    _narrows(api, "maxTime", middle, lambda b: "" < b.get("finishTime", "") < middle)


def _deleted_filter(api: Api) -> None:
    assert _builds(api, deletedFilter="onlyDeleted") == []  # deleted builds are not retained
    assert _builds(api, deletedFilter="excludeDeleted") == _builds(api)


def _property_filters(api: Api) -> None:
    build = api.client.get(f"{BUILDS}/391", params={**NEW, "propertyFilters": "nothing"}).json()
    assert build["properties"] == {}
    assert "properties" not in api.client.get(f"{BUILDS}/391", params=NEW).json()


def _timeline(api: Api, path: str, **params: Any) -> Any:
    return api.client.get(f"{BUILDS}/391/{path}", params={**NEW, **params})


def _change_id(api: Api) -> None:
    for path in ("timeline", f"timeline/{_timeline(api, 'timeline').json()['id']}"):
        records = _timeline(api, path).json()["records"]
        newest = max(r["changeId"] for r in records)
        assert records and _timeline(api, path, changeId=newest).json()["records"] == []
        earlier = _timeline(api, path, changeId=newest - 1).json()["records"]
        assert earlier == [r for r in records if r["changeId"] == newest] != []


def _plan_id(api: Api) -> None:
    plan = api.client.get(f"{BUILDS}/391", params=NEW).json()["orchestrationPlan"]["planId"]
    timeline_id = _timeline(api, "timeline").json()["id"]
    for path in ("timeline", f"timeline/{timeline_id}"):
        assert _timeline(api, path, planId=plan).status_code == 200
        other = "00000000-0000-0000-0000-000000000001"
        assert_error(_timeline(api, path, planId=other), 404, "TimelineNotFoundException")


def _definition_id(api: Api) -> None:
    definition = _builds(api)[0]["definition"]["id"]
    for body in (None, {}, {"sourceBranch": "refs/heads/main"}):
        queued = api.client.post(BUILDS, params={**NEW, "definitionId": definition}, json=body)
        assert queued.status_code == 200, queued.text
        assert queued.json()["definition"]["id"] == definition and queued.json()["id"]
    ignored = {**NEW, "definitionId": 2**31 - 1}  # a valid body wins
    queued = api.client.post(BUILDS, params=ignored, json={"definition": {"id": definition}})
    assert queued.status_code == 200 and queued.json()["definition"]["id"] == definition
    assert_error(api.client.post(BUILDS, params={**NEW, "definitionId": 2**31 - 1}), 404)
    assert_error(api.client.post(BUILDS, params=NEW, json={}), 400)
    assert_error(api.client.post(BUILDS, params={**NEW, "definitionId": "x"}, json={}), 400)


SESSIONS = f"{TFVC}/{TEAM}/_apis/test/session"


def _sessions(api: Api, **params: Any) -> list[dict[str, Any]]:
    response = api.client.get(SESSIONS, params={**NEW, **params})
    assert response.status_code == 200, response.text
    value: list[dict[str, Any]] = response.json()["value"]
    return value


def _period(api: Api) -> None:
    created = api.client.post(SESSIONS, params=NEW, json={"Title": "today"}).json()
    assert len(_sessions(api)) > 1
    assert [s["id"] for s in _sessions(api, period=1)] == [created["id"]]


def test_a_period_longer_than_the_calendar_keeps_every_session(api: Api) -> None:
    # regression: a period of 2**31-1 days overflowed the date arithmetic (500)
    assert _sessions(api, period=2**31 - 1) == _sessions(api)


def _source(api: Api) -> None:
    everything = _sessions(api)
    source = everything[0]["source"]
    assert _sessions(api, source=source) == [s for s in everything if s["source"] == source]
    other = "xtDesktop" if source != "xtDesktop" else "xtWeb"
    assert _sessions(api, source=other) == [s for s in everything if s["source"] == other]
    assert _sessions(api, source=other) != everything
    bad = api.client.get(SESSIONS, params={**NEW, "source": "no-such-source"})
    assert_error(bad, 400, "ArgumentException")


def _completed_only(api: Api) -> None:
    api.client.post(SESSIONS, params=NEW, json={"Title": "in progress"})
    everything = _sessions(api)
    completed = [s for s in everything if s["state"] == "completed"]
    assert 0 < len(completed) < len(everything)
    assert _sessions(api, includeOnlyCompletedSessions="true") == completed


#: Every newer (x-since) query parameter the emulator implements, with the proof that it does.
FILTERS: dict[tuple[str, str], Check] = {
    ("listBuilds", "minTime"): _min_time,
    ("listBuilds", "maxTime"): _max_time,
    ("listBuilds", "deletedFilter"): _deleted_filter,
    ("listBuilds", "branchName"): _branch_name,
    ("listBuilds", "buildIds"): _build_ids,
    ("listBuilds", "repositoryId"): _repository_id,
    ("listBuilds", "repositoryType"): _repository_type,
    ("getBuild", "propertyFilters"): _property_filters,
    ("queueBuild", "definitionId"): _definition_id,
    ("getBuildTimeline", "changeId"): _change_id,
    ("getBuildTimeline", "planId"): _plan_id,
    ("getBuildTimelineById", "changeId"): _change_id,
    ("getBuildTimelineById", "planId"): _plan_id,
    ("listTestSessions", "period"): _period,
    ("listTestSessions", "source"): _source,
    ("listTestSessions", "includeOnlyCompletedSessions"): _completed_only,
}


def _newer_query_parameters() -> set[tuple[str, str]]:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    found = set()
    for item in spec["paths"].values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                if "$ref" in parameter:
                    parameter = spec["components"]["parameters"][
                        parameter["$ref"].rsplit("/", 1)[-1]
                    ]
                if parameter.get("x-since") and parameter["in"] == "query":
                    found.add((operation["operationId"], parameter["name"]))
    return found


def test_every_newer_filter_is_implemented_or_listed_as_ignored_in_one_place() -> None:
    newer = _newer_query_parameters()
    assert not set(FILTERS) & set(IGNORED_PARAMETERS)
    assert set(FILTERS) | set(IGNORED_PARAMETERS) == newer


@pytest.mark.parametrize("key", sorted(FILTERS), ids=lambda key: ".".join(key))
def test_a_newer_filter_the_emulator_accepts_changes_the_answer(
    api: Api, key: tuple[str, str]
) -> None:
    FILTERS[key](api)


@pytest.mark.parametrize("key", sorted(IGNORED_PARAMETERS), ids=lambda key: ".".join(key))
def test_an_ignored_parameter_is_accepted(api: Api, key: tuple[str, str]) -> None:
    operation, name = key
    target = {
        "listBuilds": ("GET", BUILDS),
        "queueBuild": ("POST", BUILDS),
        "updateBuild": ("PATCH", f"{BUILDS}/391"),
        "getBuildChanges": ("GET", f"{BUILDS}/391/changes"),
        "listTestSessions": ("GET", SESSIONS),
    }[operation]
    value = {"queryOrder": "queueTimeAscending", "definitionId": "25", "sourceBuildId": "391"}.get(
        name, "true"
    )
    body = (
        {"definition": {"id": 25}}
        if target[0] == "POST"
        else {"keepForever": True}
        if target[0] == "PATCH"
        else None
    )
    response = api.client.request(*target, params={**NEW, name: value}, json=body)
    assert response.status_code == 200, response.text


# -- routes ---------------------------------------------------------------------------------


def test_test_plan_configuration_routes_create_read_update_and_delete(api: Api) -> None:
    plans = f"{TFVC}/_apis/testplan/configurations"
    created = api.client.post(
        plans,
        params=NEW,
        json={"name": "Edge on Windows 11", "values": [{"name": "Browser", "value": "Edge"}]},
    )
    assert created.status_code == 200, created.text
    configuration = created.json()
    assert set(configuration) == {
        "id",
        "name",
        "description",
        "isDefault",
        "state",
        "values",
        "project",
    }
    assert configuration["state"] == "active" and configuration["isDefault"] is False
    ident = configuration["id"]
    assert api.client.get(f"{plans}/{ident}", params=NEW).json() == configuration
    listed = api.client.get(plans, params=NEW).json()["value"]
    assert configuration in listed and len(listed) == 4
    updated = api.client.patch(
        plans, params={**NEW, "testConfiguartionId": ident}, json={"state": "inactive"}
    )
    assert updated.json()["state"] == "inactive"
    documented = api.client.get(
        f"{TFVC}/_apis/test/configurations/{ident}",
        params={"api-version": api_version("getTestConfiguration")},
    )
    assert documented.json()["revision"] == 2  # one store behind both route families
    assert_error(
        api.client.patch(plans, params=NEW, json={"state": "active"}), 400, "ArgumentNullException"
    )
    assert api.client.delete(plans, params={**NEW, "testConfiguartionId": ident}).status_code == 204
    assert_error(api.client.get(f"{plans}/{ident}", params=NEW), 404, "TestObjectNotFoundException")


def test_work_item_refs_are_a_get_at_7_1_and_a_post_as_documented(api: Api) -> None:
    got = api.client.get(f"{BUILDS}/391/workitems", params={**NEW, "$top": 1})
    posted = api.client.post(
        f"{BUILDS}/391/workitems",
        params={"api-version": api_version("getBuildWorkItems"), "$top": 1},
    )
    assert got.status_code == posted.status_code == 200
    assert got.json() == posted.json() and got.json()["count"] == 1


def test_the_timeline_by_id_is_the_build_s_timeline_and_another_id_is_404(api: Api) -> None:
    timeline = _timeline(api, "timeline").json()
    assert _timeline(api, f"timeline/{timeline['id']}").json() == timeline
    missing = _timeline(api, "timeline/5a4b2c1d-0000-4000-8000-000000000000")
    assert_error(missing, 404, "TimelineNotFoundException")
    assert_error(_timeline(api, "timeline/not-a-guid"), 400)


# -- fields, enums, versions -----------------------------------------------------------------


def test_7_1_builds_carry_the_new_fields_with_realistic_values(api: Api) -> None:
    build = api.client.get(f"{BUILDS}/391", params=NEW).json()
    assert build["retainedByRelease"] is False and build["triggerInfo"] == {}
    assert build["buildNumberRevision"] == int(build["buildNumber"].rsplit(".", 1)[1])
    documented = api.client.get(
        f"{BUILDS}/391", params={"api-version": api_version("getBuild")}
    ).json()
    assert "retainedByRelease" not in documented and "buildNumberRevision" not in documented


def test_an_update_refuses_result_none_and_status_none(api: Api) -> None:
    for field in ("result", "status"):
        assert_error(api.client.patch(f"{BUILDS}/391", params=NEW, json={field: "none"}), 400)


def test_enum_tables_are_the_packaged_spec_s(api: Api) -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]
    assert tuple(spec["BuildStatus"]["enum"]) == STATUSES
    assert tuple(spec["BuildResult"]["enum"]) == RESULTS
    assert tuple(spec["BuildReason"]["enum"]) == REASONS
    for name, value in (
        ("statusFilter", "none"),
        ("reasonFilter", "pullRequest"),
        ("resultFilter", "none"),
    ):
        assert api.client.get(BUILDS, params={**NEW, name: value}).status_code == 200


def test_an_api_version_newer_than_the_server_knows_gets_tfs_s_400(api: Api) -> None:
    newer = f"{int(UPGRADED.split('.')[0]) + 1}.0"
    response = api.client.get(f"{BUILDS}/391", params={"api-version": newer})
    assert_error(response, 400, "VssVersionOutOfRangeException")
    assert spec_tables.latest_version() in response.json()["message"]
    older = f"{int(UPGRADED.split('.')[0]) - 2}.0"
    for version in (older, UPGRADED, f"{UPGRADED}-preview.1"):
        assert api.client.get(f"{BUILDS}/391", params={"api-version": version}).status_code == 200
