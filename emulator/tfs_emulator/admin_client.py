"""`EmulatorAdmin`: a small Python client for the admin API (`/_emulator/...`)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from .admin_errors import AdminConnectionError, status_error


def admin_root(url: str) -> str:
    """The server root (`http://host:port`) of an emulator URL: the collection URL it prints
    (`http://host:port/DefaultCollection`) or the root itself; the admin API lives there."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "", "", ""))


class EmulatorAdmin:
    """Seeds and resets an emulator at `url`: the collection URL the emulator prints
    (`http://host:port/DefaultCollection`, as `EmulatorServer.base_url`) or its root
    (`http://host:port`, as `EmulatorServer.root_url`).

    Pass `transport=SyncASGITransport(app)` to seed an in-process emulator. Failures raise
    `AdminError` subclasses carrying the server's message (`AdminConflictError` for a record
    that exists, `AdminBadRequestError` for a field the spec does not allow, ...).
    """

    def __init__(
        self,
        url: str,
        *,
        token: str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        # Every request declares JSON, as the admin API requires of state-changing requests.
        headers = {"content-type": "application/json"}
        if token:
            headers["authorization"] = f"Bearer {token}"
        self._client = httpx.Client(
            base_url=f"{admin_root(url)}/_emulator", headers=headers, transport=transport
        )

    def _send(self, method: str, path: str, body: Any = None) -> Any:
        try:
            response = self._client.request(method, path, json=body)
        except httpx.TransportError as exc:
            raise AdminConnectionError(
                f"{method} {self._client.base_url}{path}: the emulator could not be reached ({exc})"
            ) from exc
        if response.is_error:
            raise status_error(response)
        return response.json() if response.content else None

    def health(self) -> dict[str, Any]:
        """`{status, collection, internalErrors}`."""
        result: dict[str, Any] = self._send("GET", "/health")
        return result

    def reset(self) -> None:
        """Forget every record and attachment."""
        self._send("POST", "/reset")

    def seed_demo(self) -> None:
        """Load the documentation samples."""
        self._send("POST", "/seed/demo")

    def create_project(self, name: str, **fields: Any) -> str:
        """A new project (`id`, `description`, `teams` optional); returns its id."""
        project_id: str = self._send("POST", "/projects", {"name": name, **fields})["id"]
        return project_id

    def add_team(self, project: str, name: str) -> None:
        """A new team in `project`."""
        self._send("POST", f"/projects/{project}/teams", {"name": name})

    def create_queue(self, name: str, **fields: Any) -> int:
        """A new agent queue (`id`, `pool` optional); returns its id."""
        queue_id: int = self._send("POST", "/queues", {"name": name, **fields})["id"]
        return queue_id

    def create_definition(self, project: str, name: str, **fields: Any) -> int:
        """A new build definition (`id`, `type`, `revision`, `queueId`, `defaultBranch`,
        `repository` optional); returns its id."""
        definition_id: int = self._send(
            "POST", f"/projects/{project}/definitions", {"name": name, **fields}
        )["id"]
        return definition_id

    def create_builds(self, project: str, definition_id: int, **fields: Any) -> list[int]:
        """Builds in any state (`count`, `id`, `queueId`, `tags`, `doc` optional); their ids."""
        body = {"definitionId": definition_id, **fields}
        ids: list[int] = self._send("POST", f"/projects/{project}/builds", body)["ids"]
        return ids

    def set_build_detail(self, project: str, build_id: int, kind: str, document: Any) -> None:
        """Timeline, changes, workitems, logs, artifacts or coverage of a build."""
        self._send("PUT", f"/projects/{project}/builds/{build_id}/{kind}", document)

    def create_run(self, project: str, name: str, **fields: Any) -> int:
        """A new test run (`id`, `buildId` optional); returns its id."""
        run_id: int = self._send("POST", f"/projects/{project}/runs", {"name": name, **fields})[
            "id"
        ]
        return run_id

    def create_result(self, project: str, run_id: int, **fields: Any) -> int:
        """A new test result in a run (`id`, `testCaseTitle` optional); returns its id."""
        result_id: int = self._send("POST", f"/projects/{project}/runs/{run_id}/results", fields)[
            "id"
        ]
        return result_id

    def set_run_coverage(self, project: str, run_id: int, entries: list[dict[str, Any]]) -> None:
        """The code coverage of a test run."""
        self._send("PUT", f"/projects/{project}/runs/{run_id}/coverage", {"value": entries})

    def close(self) -> None:
        """Close the HTTP client."""
        self._client.close()

    def __enter__(self) -> EmulatorAdmin:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
