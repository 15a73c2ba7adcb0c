"""Code coverage flags, test configurations and test sessions through HTTP."""

from __future__ import annotations

from typing import Any

import yaml

from tests.api_versions import SPEC

from .conftest import GIT, TEAM, TFVC, Api, assert_error

CONFIGURATIONS = f"/{TFVC}/_apis/test/configurations"
SESSIONS = f"/{TFVC}/{TEAM}/_apis/test/session"

MODULE: dict[str, Any] = {
    "name": "app.dll",
    "signature": "c27c5315-b4ec-3748-9751-2a20280c37d5",
    "signatureAge": 1,
    "blockCount": 4,
    "blockData": "Dw==",
    "statistics": {"blocksCovered": 4, "linesCovered": 9},
    "functions": [
        {
            "name": "Main",
            "namespace": "App",
            "class": "Program",
            "sourceFile": "Program.cs",
            "statistics": {"blocksCovered": 4, "linesCovered": 9},
        }
    ],
}


def test_coverage_flags_select_modules_functions_and_block_data(api: Api) -> None:
    build_id = api.client.post(
        f"/{GIT}/_apis/build/builds", json={"definition": {"id": 25}}
    ).json()["id"]
    entry = {
        "configuration": {"id": 7, "flavor": "Release", "platform": "x64"},
        "modules": [MODULE],
    }
    api.admin("PUT", f"projects/{GIT}/builds/{build_id}/coverage", json={"value": [entry]})
    url = f"/{GIT}/_apis/test/codeCoverage"

    def modules(flags: int | None) -> list[dict[str, Any]]:
        params: dict[str, Any] = {"buildId": build_id}
        if flags is not None:
            params["flags"] = flags
        body = api.client.get(url, params=params).json()
        assert body["count"] == 1
        assert body["value"][0]["configuration"]["uri"] == f"vstfs:///Build/Build/{build_id}"
        result: list[dict[str, Any]] = body["value"][0]["modules"]
        return result

    assert modules(None) == [] and modules(0) == []
    only_modules = modules(1)[0]
    assert only_modules["functions"] == [] and "blockData" not in only_modules
    assert only_modules["statistics"] == MODULE["statistics"]
    assert modules(2)[0]["functions"] == MODULE["functions"] and "blockData" not in modules(2)[0]
    assert modules(4)[0]["blockData"] == "Dw==" and modules(4)[0]["functions"] == []
    assert modules(7) == [MODULE]
    assert modules(15) == [MODULE]  # unknown bits are ignored


def test_recorded_coverage_of_build_363_and_run_51(api: Api) -> None:
    build = api.client.get(
        f"/{TFVC}/_apis/test/codeCoverage", params={"buildId": 363, "flags": 7}
    ).json()
    assert build["value"][0]["modules"][0]["blockData"] == "Aw=="
    assert build["value"][0]["codeCoverageFileUrl"].startswith(api.base_url)
    run = api.client.get(f"/{TFVC}/_apis/test/Runs/51/CodeCoverage", params={"flags": 1}).json()
    assert run["value"][0]["testRun"]["id"] == "51"
    assert "blockData" not in run["value"][0]["modules"][0]
    assert_error(api.client.get(f"/{TFVC}/_apis/test/codeCoverage"), 400, "ArgumentNullException")
    assert_error(api.client.get(f"/{TFVC}/_apis/test/codeCoverage", params={"buildId": 9999}), 404)
    assert_error(
        api.client.get(f"/{TFVC}/_apis/test/codeCoverage", params={"buildId": 363, "flags": "x"}),
        400,
    )
    assert_error(api.client.get(f"/{TFVC}/_apis/test/runs/9999/codeCoverage"), 404)


def test_configuration_crud_with_revisions(api: Api) -> None:
    created = api.client.post(
        CONFIGURATIONS,
        json={
            "name": "Win11 Edge",
            "description": "d",
            "values": [{"name": "Browser", "value": "Edge"}],
            "area": {"name": f"{TFVC}\\QA"},
            "state": "Active",
        },
    )
    assert created.status_code == 200, created.text
    config = created.json()
    assert (
        config["revision"] == 1
        and config["state"] == "active"
        and config["area"]["name"] == f"{TFVC}\\QA"
    )
    assert config["project"]["name"] == TFVC and config["lastUpdatedBy"]["displayName"]
    ident = config["id"]
    updated = api.client.patch(
        f"{CONFIGURATIONS}/{ident}", json={"description": "new", "state": "inactive"}
    ).json()
    assert (
        updated["revision"] == 2
        and updated["description"] == "new"
        and updated["state"] == "inactive"
    )
    assert updated["values"] == config["values"]
    assert api.client.get(f"{CONFIGURATIONS}/{ident}").json() == updated
    assert_error(
        api.client.post(CONFIGURATIONS, json={"name": "win11 edge"}),
        409,
        "TestObjectAlreadyExistsException",
    )
    assert_error(api.client.patch(f"{CONFIGURATIONS}/{ident}", json={"name": "Windows 10"}), 409)
    assert api.client.delete(f"{CONFIGURATIONS}/{ident}").status_code == 204
    assert_error(api.client.get(f"{CONFIGURATIONS}/{ident}"), 404, "TestObjectNotFoundException")
    assert_error(api.client.delete(f"{CONFIGURATIONS}/{ident}"), 404)


def test_configuration_list_is_skinny_unless_all_properties(api: Api) -> None:
    skinny = api.client.get(CONFIGURATIONS).json()["value"]
    assert [set(c) for c in skinny] == [
        {"id", "name", "url", "description", "isDefault", "state"},
        {"id", "name", "url", "description"},
        {"id", "name", "url", "description"},
    ]
    full = api.client.get(CONFIGURATIONS, params={"includeAllProperties": "true"}).json()["value"]
    assert full[0] == api.client.get(f"{CONFIGURATIONS}/1").json()
    assert {"project", "lastUpdatedBy", "lastUpdatedDate", "area", "revision", "values"} <= set(
        full[1]
    )


def test_configuration_paging_with_skip_top_and_tokens(api: Api) -> None:
    for n in range(4, 251):
        assert api.client.post(CONFIGURATIONS, json={"name": f"config {n}"}).status_code == 200
    first = api.client.get(CONFIGURATIONS)
    assert first.json()["count"] == 100
    assert first.headers["x-ms-continuationtoken"] == "101;0"
    ids: list[int] = []
    token = None
    while True:
        response = api.client.get(
            CONFIGURATIONS, params={"continuationToken": token} if token else {}
        )
        ids += [c["id"] for c in response.json()["value"]]
        token = response.headers.get("x-ms-continuationtoken")
        if not token:
            break
    assert ids == list(range(1, 251))
    page = api.client.get(CONFIGURATIONS, params={"$skip": 10, "$top": 150})
    assert [c["id"] for c in page.json()["value"]] == list(range(11, 111))
    assert page.headers["x-ms-continuationtoken"] == "111;50"
    rest = api.client.get(
        CONFIGURATIONS, params={"continuationToken": "111;50", "$skip": 10, "$top": 15}
    )
    assert [c["id"] for c in rest.json()["value"]] == list(range(111, 161))
    assert "x-ms-continuationtoken" not in rest.headers
    assert [
        c["id"] for c in api.client.get(CONFIGURATIONS, params={"$top": 2}).json()["value"]
    ] == [1, 2]
    for bad in ("abc", "1;", ";1", "1;2;3"):
        assert_error(api.client.get(CONFIGURATIONS, params={"continuationToken": bad}), 400)


def test_sessions_per_team_with_revision_increments(api: Api) -> None:
    listed = api.client.get(SESSIONS).json()
    assert [s["id"] for s in listed["value"]] == [10, 11]
    created = api.client.post(SESSIONS, json={"Title": "Explore checkout", "Area": {"Name": TFVC}})
    assert created.status_code == 200, created.text
    session = created.json()
    assert session["title"] == "Explore checkout" and session["state"] == "inProgress"
    assert session["revision"] == 1 and session["propertyBag"] == {"bag": {}}
    bag = {"AssociatedWorkItem": '[{"id":11,"type":"Test Case"}]'}
    updated = api.client.patch(
        SESSIONS,
        json={
            "id": session["id"],
            "Comment": "done",
            "State": 4,
            "Revision": 1,
            "PropertyBag": {"Bag": bag},
        },
    ).json()
    assert (
        updated["revision"] == 2
        and updated["state"] == "completed"
        and updated["comment"] == "done"
    )
    assert updated["propertyBag"] == {"bag": bag} and "endDate" in updated
    stale = api.client.patch(SESSIONS, json={"Id": session["id"], "Title": "x", "Revision": 1})
    assert_error(stale, 409, "TestObjectUpdatedException")
    paused = api.client.patch(SESSIONS, json={"Id": session["id"], "State": "Paused"}).json()
    assert paused["state"] == "paused" and paused["revision"] == 3
    other_team = f"/{TFVC}/Other Team/_apis/test/session"
    assert_error(api.client.get(other_team), 404, "TeamNotFoundException")
    api.admin("POST", f"projects/{TFVC}/teams", json={"name": "Other Team"})
    assert api.client.get(other_team).json() == {"count": 0, "value": []}
    assert_error(api.client.patch(other_team, json={"Id": session["id"]}), 404)
    assert len(api.client.get(SESSIONS).json()["value"]) == 3


def test_bad_session_bodies_are_rejected(api: Api) -> None:
    for body in [{}, {"Title": ""}, {"Title": 5}, {"Title": "t", "Area": "x"}]:
        assert_error(api.client.post(SESSIONS, json=body), 400)
    for body in [
        {},
        {"Id": "x"},
        {"Id": 10, "State": 9},
        {"Id": 10, "State": "Sleeping"},
        {"Id": 10, "PropertyBag": {"Bag": {"a": 1}}},
    ]:
        assert_error(api.client.patch(SESSIONS, json=body), 400)


def _spec_enum(schema: str) -> list[str]:
    schemas = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]
    return [str(value) for value in schemas[schema]["enum"]]


def test_an_invalid_session_state_lists_every_state_accepted_as_the_spec_spells_it(
    api: Api,
) -> None:
    states = _spec_enum("TestSessionState")
    ident = api.client.post(SESSIONS, json={"Title": "states"}).json()["id"]
    refused = api.client.patch(SESSIONS, json={"Id": ident, "State": "Sleeping"})
    assert_error(refused, 400)
    assert refused.json()["message"] == (
        f"The value 'Sleeping' is not valid for State. Valid values: {', '.join(states)}."
    )
    for state in states:  # each value listed is taken, in any letter case
        updated = api.client.patch(SESSIONS, json={"Id": ident, "State": state.upper()})
        assert updated.status_code == 200, updated.text
        assert updated.json()["state"] == state


def test_an_invalid_configuration_state_lists_the_states_as_the_spec_spells_them(
    api: Api,
) -> None:
    states = _spec_enum("TestConfigurationState")
    refused = api.client.post(CONFIGURATIONS, json={"name": "c", "state": "Retired"})
    assert_error(refused, 400)
    assert refused.json()["message"] == (
        f"The value 'Retired' is not valid for state. Valid values: {', '.join(states)}."
    )
    for state in states:
        created = api.client.post(CONFIGURATIONS, json={"name": state, "state": state.upper()})
        assert created.status_code == 200, created.text
        assert created.json()["state"] == state
