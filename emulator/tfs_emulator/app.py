"""The ASGI application: authentication, routing, api-version, and the error contract.

Every failure a handler raises is an `ApiError` answered with the server's error body. A
last-resort handler turns anything else into a 500 with the same body shape and counts it in
`state.internal_errors` (exposed by `/_emulator/health`) so tests can prove real inputs never
reach it.
"""

from __future__ import annotations

import asyncio
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
from .call import JSON_MEDIA_TYPES, Call
from .database import DatabaseClosed
from .errors import ApiError, error_response
from .routing import Handler, Router, split_path
from .seeding import seed_demo
from .spec_tables import latest_version, supported_version
from .state import LOOPBACK_HOSTS, EmulatorState, Settings

logger = logging.getLogger("tfs_emulator")

API_VERSION = re.compile(r"\d+\.\d+(-preview(\.\d+)?)?")
_ACCEPT_VERSION = re.compile(r"api-version\s*=\s*([^;,\s]+)", re.IGNORECASE)
#: `host[:port]` as a Host header or an Origin's authority may carry it (IPv6 in brackets).
_AUTHORITY = re.compile(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~%!$&'()*+,;=-]*)(?::(\d{1,5}))?")
#: Admin requests that change state must say so in a way no web page can forge.
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


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
        except (DatabaseClosed, asyncio.CancelledError):
            # Shutdown: the database closed, or the grace period for requests in flight ended
            # and the server cancelled this one (which then ends here, answered).
            if not started:
                response = error_response(
                    errors.SHUTTING_DOWN,
                    "The emulator is shutting down; retry against a running instance.",
                    {"Connection": "close"},
                )
                await response(scope, receive, send)
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
            self._check_host(request)
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

    def _check_host(self, request: Request) -> None:
        """Refuse a Host naming another server (DNS rebinding) and cross-origin browser requests.

        Accepted hosts: the address the client connected to, the loopback names, and
        `Settings.allowed_hosts` (`*` accepts any). Reply URLs echo the Host, so only an
        accepted one ever appears in them.
        """
        allowed = self.state.settings.allowed_hosts
        if "*" in allowed:
            return
        server = request.scope.get("server") or ("", None)
        accepted = LOOPBACK_HOSTS | {str(server[0]).lower()} | {h.lower() for h in allowed}
        header = request.headers.get("host")
        host = _authority(header or "")
        if header is not None and (host is None or host[0] not in accepted):
            raise ApiError(
                errors.INVALID_HOST,
                "The Host header names a server this emulator does not answer for; use "
                "localhost or its address, or start it with --allowed-host NAME.",
            )
        origin = request.headers.get("origin")
        if origin is not None and not _same_origin(origin, host, request.url.scheme):
            raise ApiError(
                errors.FORBIDDEN_ORIGIN,
                f"Cross-origin requests (Origin: {origin[:100]}) are refused: a web page "
                "cannot drive the emulator.",
            )
        if request.headers.get("sec-fetch-site", "").lower() == "cross-site":
            raise ApiError(
                errors.FORBIDDEN_ORIGIN, "Cross-site requests from a browser are refused."
            )

    def _route(self, request: Request) -> tuple[Handler, Call]:
        segments = split_path(request.scope.get("raw_path") or request.scope["path"].encode())
        method = request.method.upper()
        if method == "HEAD":
            method = "GET"
        limits = self.state.limits
        body_limit = limits.max_json_body_bytes
        if segments and segments[0].lower() == "_emulator":
            router, rest = self._admin, segments[1:]
            body_limit = limits.max_admin_body_bytes
            if method not in _SAFE_METHODS:
                _check_admin_content_type(request)
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
        return handler, Call(request, self.state, params, query, version, body_limit)


def _authority(text: str) -> tuple[str, int | None] | None:
    """(lower-case host without IPv6 brackets, port) of a Host header; None if malformed."""
    match = _AUTHORITY.fullmatch(text.strip())
    if match is None or not match.group(1):
        return None
    return match.group(1).strip("[]").lower(), int(match.group(2)) if match.group(2) else None


def _same_origin(origin: str, host: tuple[str, int | None] | None, scheme: str) -> bool:
    """Whether an Origin header names the server the request was sent to."""
    origin_scheme, separator, rest = origin.strip().partition("://")
    origin_host = _authority(rest) if separator else None  # `null`: sandboxed pages, file://
    if origin_host is None or host is None:
        return False
    default = {"http": 80, "https": 443}
    return origin_scheme.lower() == scheme and (
        origin_host[0],
        origin_host[1] or default.get(scheme),
    ) == (host[0], host[1] or default.get(scheme))


def _check_admin_content_type(request: Request) -> None:
    """415 unless a state-changing admin request declares a JSON body: a web page can only
    send such a request cross-origin after a CORS preflight, which the emulator never grants."""
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media not in JSON_MEDIA_TYPES and not media.endswith("+json"):
        raise ApiError(
            errors.UNSUPPORTED_MEDIA_TYPE,
            "Admin requests that change state must be sent with Content-Type: application/json "
            "(EmulatorAdmin does); this keeps web pages from forging them.",
        )


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
        try:
            with state.db.read() as conn:
                empty = conn.execute("SELECT COUNT(*) FROM projects").fetchone()[0] == 0
            if empty:
                seed_demo(state)
        except BaseException:
            state.close()
            raise
    return EmulatorApp(state)
