"""The admin API and its Python helper seed a fresh emulator from scratch."""

from __future__ import annotations

import httpx
from tfs_emulator import EmulatorAdmin, EmulatorServer


def test_admin_helper_seeds_everything_the_operations_read(
    tfs_emulator_server: EmulatorServer,
) -> None:
    server = tfs_emulator_server
    with EmulatorAdmin(server.root_url) as admin, httpx.Client(base_url=server.base_url) as client:
        assert admin.health()["internalErrors"] == 0
        admin.create_project("Acme", teams=["Acme Team", "QA"])
        queue = admin.create_queue("Linux")
        definition = admin.create_definition("Acme", "CI", queueId=queue)
        ids = admin.create_builds(
            "Acme",
            definition,
            count=3,
            tags=["nightly"],
            doc={
                "status": "completed",
                "result": "succeeded",
                "finishTime": "2024-01-02T03:04:05Z",
            },
        )
        assert len(ids) == 3
        listed = client.get(
            "/Acme/_apis/build/builds",
            params={"tagFilters": "nightly", "resultFilter": "succeeded"},
        )
        assert [b["id"] for b in listed.json()["value"]] == sorted(ids, reverse=True)
        admin.set_build_detail("Acme", ids[0], "changes", [{"id": "abc", "message": "m"}])
        assert (
            client.get(f"/Acme/_apis/build/builds/{ids[0]}/changes").json()["value"][0]["id"]
            == "abc"
        )
        run = admin.create_run("Acme", "run", buildId=ids[0])
        result = admin.create_result("Acme", run)
        assert result == 100000
        admin.set_run_coverage("Acme", run, [{"modules": [{"name": "m.dll", "blockData": "AQ=="}]}])
        coverage = client.get(
            f"/Acme/_apis/test/runs/{run}/codeCoverage", params={"flags": 1}
        ).json()
        assert coverage["value"][0]["modules"] == [{"name": "m.dll", "functions": []}]
        assert client.get("/Acme/QA/_apis/test/session").json()["count"] == 0
        conflict = client.post(f"{server.root_url}/_emulator/projects", json={"name": "acme"})
        assert conflict.status_code == 409
        admin.reset()
        assert client.get("/Acme/_apis/build/builds").status_code == 404
        admin.seed_demo()
        assert client.get("/Fabrikam-Fiber-Git/_apis/build/builds/391").status_code == 200
