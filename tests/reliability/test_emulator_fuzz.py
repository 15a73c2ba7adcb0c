"""Fuzzing the emulator: random methods, paths, query strings, headers and bodies, sent with raw
httpx to the in-process app. No request may get a 500 or crash the app, and every refusal is a
4xx with the server's JSON error body.

Hypothesis runs derandomized (the same examples on every run) and without a database.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tfs_emulator import EmulatorApp, SyncASGITransport, create_app

from tests.api_versions import UPGRADED, api_version

from .faults import http_reply

EXAMPLES = 1100
ERROR_FIELDS = {"$id", "innerException", "message", "typeName", "typeKey", "errorCode", "eventId"}

# Every route of the emulator (documented and admin) with `{kind}` where a value goes, and its
# methods.
ROUTES = [
    ("DefaultCollection/_apis", "OPTIONS"),
    ("DefaultCollection/_apis/ResourceAreas", "GET"),
    ("_apis", "OPTIONS"),
    ("DefaultCollection/{project}/_apis/test/codeCoverage", "GET"),
    ("DefaultCollection/{project}/_apis/test/runs/{run}/codeCoverage", "GET"),
    ("DefaultCollection/{project}/_apis/test/runs/{run}/attachments", "GET POST"),
    ("DefaultCollection/{project}/_apis/test/runs/{run}/results/{result}/attachments", "GET POST"),
    ("DefaultCollection/{project}/_apis/test/runs/{run}/attachments/{attachment}", "GET"),
    (
        "DefaultCollection/{project}/_apis/test/runs/{run}/results/{result}/attachments/{attachment}",
        "GET",
    ),
    ("DefaultCollection/{project}/_apis/build/builds", "GET POST"),
    ("DefaultCollection/{project}/_apis/build/builds/{build}", "GET PATCH DELETE"),
    ("DefaultCollection/{project}/_apis/build/builds/{build}/timeline", "GET"),
    ("DefaultCollection/{project}/_apis/build/builds/{build}/changes", "GET"),
    ("DefaultCollection/{project}/_apis/build/builds/{build}/workitems", "POST"),
    ("DefaultCollection/{project}/_apis/build/builds/{build}/logs", "GET"),
    ("DefaultCollection/{project}/_apis/build/builds/{build}/artifacts", "GET"),
    ("DefaultCollection/{project}/_apis/build/builds/{build}/tags", "GET"),
    ("DefaultCollection/{project}/_apis/build/builds/{build}/tags/{tag}", "PUT DELETE"),
    ("DefaultCollection/{project}/_apis/test/configurations", "GET POST"),
    ("DefaultCollection/{project}/_apis/test/configurations/{configuration}", "GET PATCH DELETE"),
    ("DefaultCollection/{project}/{team}/_apis/test/session", "GET POST PATCH"),
    ("_emulator/health", "GET"),
    ("_emulator/seed/{seed}", "POST"),
    ("_emulator/queues", "POST"),
    ("_emulator/projects", "POST"),
    ("_emulator/projects/{project}/teams", "POST"),
    ("_emulator/projects/{project}/definitions", "POST"),
    ("_emulator/projects/{project}/builds", "POST"),
    ("_emulator/projects/{project}/builds/{build}/{kind}", "PUT"),
    ("_emulator/projects/{project}/runs", "POST"),
    ("_emulator/projects/{project}/runs/{run}/results", "POST"),
    ("_emulator/projects/{project}/runs/{run}/coverage", "PUT"),
]
PLACEHOLDER = re.compile(r"\{(\w+)\}")

# Values that exist in the demo seed, so that most fuzzed requests get past the 404s.
REAL_VALUES = {
    "project": ["Fabrikam-Fiber-TFVC", "Fabrikam-Fiber-Git", "fabrikam-fiber-tfvc", "Fabrikam"],
    "team": ["Fabrikam-Fiber-TFVC Team"],
    "build": ["391", "363", "333"],
    "run": ["23", "51", "49"],
    "result": ["100000"],
    "attachment": ["18", "19"],
    "configuration": ["1", "2", "3"],
    "tag": ["Tag1", "a b"],
    "kind": ["timeline", "changes", "workitems", "logs", "artifacts", "coverage"],
    "seed": ["demo"],
}
# A valid body per route and method: most fuzzed bodies are one of these with fields changed.
VALID_BODIES: dict[tuple[str, str], dict[str, Any]] = {
    ("POST", "builds"): {"definition": {"id": 51}, "queue": {"id": 2}, "sourceBranch": "main"},
    ("PATCH", "{build}"): {"status": "inProgress", "buildNumber": "b-1", "keepForever": True},
    ("POST", "workitems"): {},
    ("POST", "configurations"): {
        "name": "c",
        "description": "d",
        "area": {"name": "a"},
        "values": [{"name": "n", "value": "v"}],
        "state": "active",
        "isDefault": False,
    },
    ("PATCH", "{configuration}"): {"name": "c2", "state": "inactive", "values": []},
    ("POST", "session"): {"Title": "t", "Area": {"Name": "a"}},
    ("PATCH", "session"): {"Id": 10, "Title": "t2", "State": "inProgress", "Comment": "c"},
    ("POST", "attachments"): {
        "stream": "QUJD",
        "fileName": "f.txt",
        "comment": "c",
        "attachmentType": "GeneralAttachment",
    },
    ("POST", "queues"): {"name": "q"},
    ("POST", "projects"): {"name": "p", "teams": ["t"]},
    ("POST", "teams"): {"name": "t"},
    ("POST", "definitions"): {"name": "d", "queueId": 2},
    ("POST", "runs"): {"name": "r"},
    ("POST", "results"): {"testCaseTitle": "t"},
    ("PUT", "coverage"): {"value": [{"modules": []}]},
    ("PUT", "{kind}"): {"records": []},
}

ODD_VALUES = [
    "0",
    "-1",
    "+1",
    "01",
    "1.0",
    "1e3",
    "2147483647",
    "2147483648",
    "99999999999999999999",
    "..",
    ".",
    "%",
    "%ZZ",
    "%C3%28",
    "%00",
    "%FF%FE",
    "%2F",
    "a%20b",
    "null",
    "true",
    "[]",
    "{}",
    "x" * 3000,
]
QUERY_NAMES = [
    "api-version",
    "API-VERSION",
    "$top",
    "$skip",
    "continuationToken",
    "buildId",
    "flags",
    "includeAllProperties",
    "definitions",
    "queues",
    "buildNumber",
    "type",
    "minFinishTime",
    "maxFinishTime",
    "requestedFor",
    "reasonFilter",
    "statusFilter",
    "resultFilter",
    "tagFilters",
    "properties",
    "propertyFilters",
    "maxBuildsPerDefinition",
    "buildIds",
    "branchName",
    "$unknown",
]
QUERY_VALUES = [
    api_version("getBuild"),
    api_version("getTestConfiguration"),
    UPGRADED,
    "1.0",
    "99.9",
    "2.0-preview.x",
    "5",
    "0",
    "-5",
    "2147483648",
    "abc",
    "true",
    "TRUE",
    "maybe",
    "1,2,3",
    ",,,",
    "completed,inProgress",
    "all",
    "bogus",
    "2015-07-28T18:16:29Z",
    "not-a-date",
    "9999-99-99T99:99:99",
    "eyJ9",
    "%",
    "%ZZ",
    "%C3%28",
    "\x00",
    "*",
    "a*",
    "_%\\",
    "x" * 5000,
]
CONTENT_TYPES = [
    None,
    "application/json",
    "application/json; charset=utf-8",
    "application/json; charset=utf-16",
    "text/json",
    "application/vnd.ms+json",
    "text/plain",
    "application/octet-stream",
    "multipart/form-data; boundary=x",
    "application/x-www-form-urlencoded",
    "",
    ";;;",
    f"application/json;api-version={api_version('getBuild')}",
]
ACCEPTS = [
    None,
    "application/json",
    f"application/json;api-version={api_version('getBuild')}",
    "application/json;api-version=bogus",
    "application/json;api-version=",
    "*/*",
    "text/html",
]
AUTHORIZATIONS = [None, "Basic Og==", "Basic !!!", "Bearer ", "Bearer x", "Digest y", "Basic"]
FIELD_NAMES = [
    "definition",
    "queue",
    "id",
    "Id",
    "name",
    "description",
    "state",
    "status",
    "result",
    "keepForever",
    "buildNumber",
    "startTime",
    "finishTime",
    "Title",
    "Area",
    "Name",
    "Comment",
    "State",
    "Revision",
    "PropertyBag",
    "Bag",
    "stream",
    "fileName",
    "comment",
    "attachmentType",
    "area",
    "values",
    "isDefault",
    "teams",
    "doc",
    "tags",
    "value",
    "sourceBranch",
    "parameters",
    "pool",
    "queueId",
    "definitionId",
    "testCaseTitle",
]

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.sampled_from(
        [*QUERY_VALUES[:24], "QUJD", "QUJ", "Q===", "notStarted", "completed", "\ud800", "a\udfffb"]
    )
)
field_names = st.sampled_from(FIELD_NAMES)
# Text that is hard to store or to echo: lone surrogates, NUL, direction marks, huge, SQL.
hostile_strings = st.sampled_from(
    [
        "\ud800",
        "a\udfffb",
        "\x00",
        "",
        " ",
        "\u202etxt.exe",
        "x" * 5000,
        "'; DROP TABLE builds; --",
        "%s%n{0}",
        "../../etc/passwd",
        "😀" * 300,
    ]
)
# Two levels of JSON cover every field shape the handlers check and draw quickly.
json_values = (
    json_scalars
    | st.lists(json_scalars, max_size=3)
    | st.dictionaries(field_names | st.text(max_size=6), json_scalars, max_size=3)
)
bodies = st.one_of(
    st.none(),
    st.binary(max_size=200),
    st.dictionaries(field_names, json_values, max_size=5).map(
        lambda value: json.dumps(value).encode()
    ),
    json_values.map(lambda value: json.dumps(value).encode()),
    st.sampled_from(
        [
            b"{",
            b'{"stream": "QUJD", "fileName": "a.txt"',
            b'{"stream": "QUJD\\u0041", "fileName": "a.txt"}',
            b'{"fileName": "a.txt", "stream": "QUJD", "stream": "QUJD"}',
            b"[" * 5000,
            b'{"a":' * 3000,
            b"\xff\xfe{\x00}",
            b'{"definition": {"id": 1e999}}',
            b'{"name": "\\ud800"}',
        ]
    ),
)
segments = st.one_of(
    st.sampled_from([value for values in REAL_VALUES.values() for value in values]),
    st.sampled_from(ODD_VALUES),
    st.text(max_size=12).map(lambda text: quote(text, safe="")),
    st.text(alphabet="%/.?#&=+ 0123456789aA", max_size=8).map(lambda text: quote(text, safe="%")),
)
any_method = st.sampled_from(
    ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "PURGE"]
)


@st.composite
def methods_and_paths(draw: st.DrawFn) -> tuple[str, str, dict[str, Any] | None]:
    """A method and a path: mostly a route with fuzzed values and one of its methods."""
    if draw(st.integers(0, 9)) == 0:
        parts = draw(st.lists(segments, max_size=9))
        return draw(any_method), "/" + "/".join(parts), None
    template, allowed = draw(st.sampled_from(ROUTES))
    method = draw(st.sampled_from(allowed.split()))
    valid = VALID_BODIES.get((method, template.rsplit("/", 1)[-1]))

    def value(match: re.Match[str]) -> str:
        if draw(st.integers(0, 9)) < 7:
            return draw(st.sampled_from(REAL_VALUES[match.group(1)])).replace(" ", "%20")
        return draw(segments)

    path = "/" + PLACEHOLDER.sub(value, template)
    if draw(st.integers(0, 7)) == 0:
        path = path.upper() if draw(st.booleans()) else path + "/"
    if draw(st.integers(0, 7)) == 0:
        method = draw(any_method)
    return method, path, valid


@st.composite
def changed_bodies(draw: st.DrawFn, valid: dict[str, Any]) -> bytes:
    """``valid`` with some fields replaced by fuzzed values, dropped, or added."""
    body = dict(valid)
    for name in valid:
        change = draw(st.integers(0, 7))
        if change == 0:
            del body[name]
        elif change <= 2 and isinstance(valid[name], str) and draw(st.booleans()):
            body[name] = draw(hostile_strings)
        elif change <= 2:
            body[name] = draw(json_values)
    if draw(st.integers(0, 3)) == 0:
        body[draw(field_names)] = draw(json_values)
    return json.dumps(body).encode()


@st.composite
def query_strings(draw: st.DrawFn) -> str:
    """A query string of fuzzed pairs, sometimes raw noise."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.text(alphabet="&=%?+;#abc09", max_size=20)).replace("#", "%23")
    names = st.sampled_from(QUERY_NAMES) | st.text(max_size=6)
    values = st.sampled_from(QUERY_VALUES) | st.text(max_size=10)
    pairs = draw(st.lists(st.tuples(names, values), max_size=5))
    return "&".join(f"{quote(name, safe='$')}={quote(value, safe='%')}" for name, value in pairs)


@st.composite
def requests(draw: st.DrawFn) -> httpx.Request:
    """One fuzzed request."""
    method, path, valid = draw(methods_and_paths())
    query = draw(query_strings())
    path = "/" + path.lstrip("/")  # a URL path cannot start with "//" (inner "//" can stay)
    url = httpx.URL("http://emulator").copy_with(raw_path=f"{path}?{query}".encode("ascii"))
    headers: dict[str, str] = {}
    for name, choices in (
        ("content-type", CONTENT_TYPES),
        ("accept", ACCEPTS),
        ("authorization", AUTHORIZATIONS),
    ):
        value = draw(st.sampled_from(choices))
        if value is not None:
            headers[name] = value
    body = draw(bodies) if valid is None or draw(st.integers(0, 3)) == 0 else None
    if body is None and valid is not None:
        body = draw(changed_bodies(valid))
        headers.setdefault("content-type", "application/json")
    return httpx.Request(method, url, headers=headers, content=body)


@contextmanager
def in_process_emulator() -> Iterator[tuple[EmulatorApp, httpx.Client]]:
    """The demo-seeded app and a raw httpx client into it (no socket)."""
    app = create_app(seed="demo")
    transport = SyncASGITransport(app)
    with httpx.Client(transport=transport, base_url="http://emulator") as client:
        yield app, client
    transport.close()
    app.state.close()


def _check_reply(request: httpx.Request, response: httpx.Response) -> None:
    where = f"{request.method} {request.url.raw_path[:200]!r}"
    assert response.status_code < 500, f"{where} -> {response.status_code}: {response.text[:300]}"
    if response.status_code >= 400 and request.method != "HEAD":
        body: Any = response.json()
        assert set(body) == ERROR_FIELDS, where
        assert isinstance(body["message"], str) and body["message"], where
        assert isinstance(body["typeKey"], str) and body["typeKey"], where
        assert response.headers["content-type"].startswith("application/json"), where


def test_fuzzed_requests_never_get_a_500_and_refusals_are_4xx_error_bodies() -> None:
    statuses: list[int] = []
    with in_process_emulator() as (app, client):

        @settings(
            max_examples=EXAMPLES,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(request=requests())
        def send_one(request: httpx.Request) -> None:
            response = client.send(request)
            statuses.append(response.status_code)
            _check_reply(request, response)
            assert app.state.internal_errors == 0

        send_one()
        assert client.get("/_emulator/health").json()["internalErrors"] == 0

    assert len(statuses) >= 1000, f"only {len(statuses)} fuzzed requests were sent"
    # The run reached the handlers, not only the router: successes, validation errors, 404s.
    assert {200, 400, 404, 405, 415}.issubset(set(statuses)), set(statuses)
    assert statuses.count(200) >= 100 and statuses.count(400) >= 100


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("DefaultCollection/Fabrikam-Fiber-TFVC/_apis/test/configurations", '{"name": "a\\ud800"}'),
        (
            "DefaultCollection/Fabrikam-Fiber-TFVC/_apis/test/runs/23/attachments",
            '{"stream": "QUJD", "fileName": "\\udfff.txt"}',
        ),
        ("_emulator/queues", '{"name": "\\ud800"}'),
    ],
    ids=["handler-body", "attachment-field", "admin-body"],
)
def test_lone_surrogate_escapes_in_json_bodies_are_a_400(path: str, body: str) -> None:
    with in_process_emulator() as (app, client):
        response = client.post(
            f"/{path}", content=body.encode(), headers={"content-type": "application/json"}
        )
        assert response.status_code == 400, response.text
        assert response.json()["typeKey"] == "ArgumentException"
        paired = client.post(
            "/DefaultCollection/Fabrikam-Fiber-TFVC/_apis/test/configurations",
            content=b'{"name": "rocket \\ud83d\\ude80"}',
            headers={"content-type": "application/json"},
        )
        assert paired.json()["name"] == "rocket \U0001f680"  # a surrogate pair is a character
        assert app.state.internal_errors == 0


def test_garbage_bytes_on_a_socket_do_not_take_the_server_down() -> None:
    import socket

    from tfs_emulator import EmulatorServer

    garbage = [
        b"\x00\xff" * 100 + b"\r\n\r\n",
        b"GET / HTTP/9.9\r\n\r\n",
        b"GET /DefaultCollection/_apis HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
        b"POST /DefaultCollection/p/_apis/build/builds HTTP/1.1\r\nHost: x\r\n"
        b"Transfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"GET /" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        http_reply(200, b"a reply sent as a request"),
    ]
    with EmulatorServer(seed="demo") as server:
        host, port = server.base_url.split("//")[1].split("/")[0].split(":")
        for payload in garbage:
            with socket.create_connection((host, int(port)), timeout=5) as sock:
                sock.sendall(payload)
                sock.shutdown(socket.SHUT_WR)
                answer = b""
                while chunk := sock.recv(65536):
                    answer += chunk
            assert not answer or answer.startswith(b"HTTP/1.1 4"), answer[:100]
        health = httpx.get(f"{server.root_url}/_emulator/health").json()
        assert health["status"] == "ok" and health["internalErrors"] == 0
