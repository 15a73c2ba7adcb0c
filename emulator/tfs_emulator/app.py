"""The ASGI application: authentication, routing, api-version, and the error contract.

Every failure a handler raises is an `ApiError` answered with the server's error body. A
last-resort handler turns anything else into a 500 with the same body shape and counts it in
`state.internal_errors` (exposed by `/_emulator/health`) so tests can prove real inputs never
reach it.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import logging
import re
from pathlib import Path
from urllib.parse import parse_qsl

from starlette.requests import ClientDisconnect, Request
from starlette.types import Message, Receive, Scope, Send

from . import admin, attachments, builds, configurations, coverage, discovery, errors, sessions
from .call import Call
from .errors import ApiError, error_response
from .routing import Handler, Router, split_path
from .seeding import seed_demo
from .spec_tables import latest_version, supported_version
from .state import EmulatorState, Settings

logger = logging.getLogger("tfs_emulator")

API_VERSION = re.compile(r"\d+\.\d+(-preview(\.\d+)?)?")
_ACCEPT_VERSION = re.compile(r"api-version\s*=\s*([^;,\s]+)", re.IGNORECASE)


def api_router() -> Router:
    """Routes below `/{collection}`."""
    router = Router()
    router.add("_apis", options=discovery.options_locations)
    router.add("_apis/ResourceAreas", get=discovery.resource_areas)
    router.add("{project}/_apis/test/codeCoverage", get=coverage.get_build_coverage)
    router.add("{project}/_apis/test/runs/{runId}/codeCoverage", get=coverage.get_run_coverage)
    router.add(
        "{project}/_apis/test/runs/{runId}/attachments",
        get=attachments.list_attachments,
        post=attachments.create_attachment,
    )
    router.add(
        "{project}/_apis/test/runs/{runId}/results/{resultId}/attachments",
        get=attachments.list_attachments,
        post=attachments.create_attachment,
    )
    router.add(
        "{project}/_apis/test/runs/{runId}/attachments/{attachmentId}",
        get=attachments.get_attachment_content,
    )
    router.add(
        "{project}/_apis/test/runs/{runId}/results/{resultId}/attachments/{attachmentId}",
        get=attachments.get_attachment_content,
    )
    router.add("{project}/_apis/build/builds", get=builds.list_builds, post=builds.queue_build)
    router.add(
        "{project}/_apis/build/builds/{buildId}",
        get=builds.get_build,
        patch=builds.update_build,
        delete=builds.remove_build,
    )
    router.add("{project}/_apis/build/builds/{buildId}/timeline", get=builds.get_timeline)
    router.add(
        "{project}/_apis/build/builds/{buildId}/timeline/{timelineId}", get=builds.get_timeline
    )
    router.add("{project}/_apis/build/builds/{buildId}/changes", get=builds.get_changes)
    router.add(
        "{project}/_apis/build/builds/{buildId}/workitems",
        get=builds.get_work_items,
        post=builds.get_work_items,
    )
    router.add("{project}/_apis/build/builds/{buildId}/logs", get=builds.get_logs)
    router.add("{project}/_apis/build/builds/{buildId}/artifacts", get=builds.get_artifacts)
    router.add("{project}/_apis/build/builds/{buildId}/tags", get=builds.get_tags)
    router.add(
        "{project}/_apis/build/builds/{buildId}/tags/{tag}",
        put=builds.add_tag,
        delete=builds.delete_tag,
    )
    router.add(
        "{project}/_apis/test/configurations",
        get=configurations.list_configurations,
        post=configurations.create_configuration,
    )
    router.add(
        "{project}/_apis/test/configurations/{configurationId}",
        get=configurations.get_configuration,
        patch=configurations.update_configuration,
        delete=configurations.delete_configuration,
    )
    router.add(
        "{project}/_apis/testplan/configurations",
        get=configurations.list_plan_configurations,
        post=configurations.create_configuration,
        patch=configurations.update_configuration,
        delete=configurations.delete_configuration,
    )
    router.add(
        "{project}/_apis/testplan/configurations/{testConfigurationId}",
        get=configurations.get_configuration,
    )
    router.add(
        "{project}/{team}/_apis/test/session",
        get=sessions.list_sessions,
        post=sessions.create_session,
        patch=sessions.update_session,
    )
    return router


def admin_router() -> Router:
    """Routes below `/_emulator`."""
    router = Router()
    router.add("health", get=admin.health)
    router.add("reset", post=admin.reset)
    router.add("seed/{name}", post=admin.seed)
    router.add("queues", post=admin.add_queue)
    router.add("projects", post=admin.add_project)
    router.add("projects/{project}/teams", post=admin.add_project_team)
    router.add("projects/{project}/definitions", post=admin.add_definition)
    router.add("projects/{project}/builds", post=admin.add_builds)
    router.add("projects/{project}/builds/{buildId}/{kind}", put=admin.set_build_detail)
    router.add("projects/{project}/runs", post=admin.add_run)
    router.add("projects/{project}/runs/{runId}/results", post=admin.add_result)
    router.add("projects/{project}/runs/{runId}/coverage", put=admin.set_run_coverage)
    return router


def _deployment_router() -> Router:
    router = Router()
    router.add("_apis", options=discovery.deployment_locations)
    return router


class EmulatorApp:
    """The emulator as an ASGI application."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self._api = api_router()
        self._admin = admin_router()
        self._deployment = _deployment_router()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self._handle(scope, receive, tracking_send)
        except ClientDisconnect:
            return
        except Exception:
            self.state.internal_errors += 1
            logger.exception("unexpected error in %s %s", scope.get("method"), scope.get("path"))
            if not started:
                response = error_response(
                    errors.INTERNAL_ERROR, "The emulator failed unexpectedly; see its log."
                )
                await response(scope, receive, send)

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        try:
            self._authenticate(request)
            handler, call = self._route(request)
            response = await handler(call)
        except ApiError as error:
            response = error_response(error.kind, error.message, error.headers)
        await response(scope, receive, send)

    def _authenticate(self, request: Request) -> None:
        token = self.state.settings.token
        if token is None:
            return
        header = request.headers.get("authorization", "")
        scheme, _, credential = header.partition(" ")
        presented = ""
        if scheme.lower() == "bearer":
            presented = credential.strip()
        elif scheme.lower() == "basic":
            try:
                decoded = base64.b64decode(credential.strip(), validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                decoded = ""
            presented = decoded.partition(":")[2]
        if not hmac.compare_digest(presented.encode(), token.encode()):
            raise ApiError(
                errors.UNAUTHORIZED,
                "TF400813: The user is not authorized to access this resource. Send a personal "
                "access token as the password of basic authentication or as a bearer token.",
                headers={"WWW-Authenticate": 'Basic realm="tfs-emulator", Bearer'},
            )

    def _route(self, request: Request) -> tuple[Handler, Call]:
        segments = split_path(request.scope.get("raw_path") or request.scope["path"].encode())
        method = request.method.upper()
        if method == "HEAD":
            method = "GET"
        if segments and segments[0].lower() == "_emulator":
            router, rest = self._admin, segments[1:]
        elif segments and segments[0].lower() == self.state.collection.lower():
            router, rest = self._api, segments[1:]
        elif segments and segments[0].lower() == "_apis":
            router, rest = self._deployment, segments
        else:
            raise ApiError(
                errors.ROUTE_NOT_FOUND,
                f"The collection does not exist: this server serves /{self.state.collection}.",
            )
        handler, params = router.resolve(method, rest)
        query = _query(request)
        version = _api_version(request, query)
        return handler, Call(request, self.state, params, query, version)


def _query(request: Request) -> dict[str, str]:
    raw = request.scope.get("query_string", b"").decode("latin-1")
    try:
        pairs = parse_qsl(raw, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise ApiError(errors.INVALID_ARGUMENT, "The query string is not valid UTF-8.") from None
    query: dict[str, str] = {}
    for name, value in pairs:
        query.setdefault(name.lower(), value)
    return query


def _api_version(request: Request, query: dict[str, str]) -> str:
    version = query.get("api-version")
    if version is None:
        match = _ACCEPT_VERSION.search(request.headers.get("accept", ""))
        version = match.group(1) if match else ""
        if version and not API_VERSION.fullmatch(version):
            version = ""  # an unusable Accept parameter is ignored, as the query is what counts
    if "api-version" in query and not API_VERSION.fullmatch(version):
        raise ApiError(
            errors.INVALID_API_VERSION,
            f"The api-version '{version}' is not valid: use e.g. 2.0 or 3.0-preview.1.",
        )
    if version and not supported_version(version):
        latest = latest_version()
        raise ApiError(
            errors.API_VERSION_OUT_OF_RANGE,
            f"The requested REST API version of {version} is out of range for this server. "
            f"The latest REST API version this server supports is {latest}.",
        )
    return version


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def create_app(
    settings: Settings | None = None, data_dir: Path | None = None, *, seed: str | None = None
) -> EmulatorApp:
    """A new emulator app with its own state (temporary data dir unless `data_dir`)."""
    state = EmulatorState(settings or Settings(), data_dir)
    if seed is not None:
        if seed != "demo":
            raise ValueError(f"unknown seed {seed!r}; the only seed is 'demo'")
        with state.db.read() as conn:
            empty = conn.execute("SELECT COUNT(*) FROM projects").fetchone()[0] == 0
        if empty:
            seed_demo(state)
    return EmulatorApp(state)
