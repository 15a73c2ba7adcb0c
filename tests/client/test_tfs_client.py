"""`TfsClient` / `AsyncTfsClient` over `httpx.MockTransport`: construction, repr, closing,
api-version choice, argument checks before any request, bodies, typed errors."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from tfs_api.api.builds import get_build, list_builds
from tfs_api.api.configurations import get_test_configuration
from tfs_api.client import Client
from tfs_api.models import BuildStatus, DefinitionIdReference, NameValuePair, QueueBuildRequest
from tfs_client import (
    AsyncTfsClient,
    MalformedResponseError,
    NotFoundError,
    TfsApiError,
    TfsClient,
)

from tests.api_versions import UPGRADED, api_version

from ._support import BASE_URL, TOKEN, build_json, error_json

OTHER = api_version("getTestConfiguration")  # a version neither the default nor UPGRADED

BUILD = build_json(391, buildNumber="20150716.2", status="completed")


class Recorder:
    """A MockTransport handler answering from a function and recording every request."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer or (lambda request: httpx.Response(200, json=BUILD))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)

    @property
    def params(self) -> dict[str, str]:
        return dict(self.requests[-1].url.params)


def _client(recorder: Recorder, **kwargs: Any) -> TfsClient:
    kwargs.setdefault("token", TOKEN)
    return TfsClient(BASE_URL, transport=httpx.MockTransport(recorder), retries=0, **kwargs)


def _async_client(recorder: Recorder, **kwargs: Any) -> AsyncTfsClient:
    kwargs.setdefault("token", TOKEN)
    return AsyncTfsClient(BASE_URL, transport=httpx.MockTransport(recorder), retries=0, **kwargs)


def _list_reply(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"count": 1, "value": [BUILD]})


def test_repr_never_shows_the_token_or_url_credentials() -> None:
    sync = TfsClient("https://me:hunter2@tfs.example.com/DefaultCollection", token=TOKEN)
    asynchronous = AsyncTfsClient(BASE_URL, token=TOKEN, bearer=True, api_version=UPGRADED)
    shown = [repr(sync), repr(asynchronous), repr(sync.builds), repr(asynchronous.attachments)]
    assert not [text for text in shown if TOKEN in text or "hunter2" in text]
    assert repr(sync) == "TfsClient('https://tfs.example.com/DefaultCollection', api_version=None)"
    assert repr(asynchronous) == f"AsyncTfsClient({BASE_URL!r}, api_version={UPGRADED!r})"
    sync.close()


def test_the_client_is_a_context_manager_that_closes_and_exposes_the_generated_client() -> None:
    recorder = Recorder()
    with _client(recorder) as tfs:
        assert isinstance(tfs.api, Client)
        assert tfs.builds.get("P", 391).id == 391
        http = tfs.api.get_httpx_client()
    assert http.is_closed
    assert recorder.requests[0].headers["authorization"].startswith("Basic ")


@pytest.mark.anyio
async def test_the_async_client_is_an_async_context_manager_that_closes() -> None:
    recorder = Recorder()
    async with _async_client(recorder) as tfs:
        assert (await tfs.builds.get("P", 391)).build_number == "20150716.2"
        http = tfs.api.get_async_httpx_client()
    assert http.is_closed


def test_api_version_is_the_specs_unless_the_client_or_the_call_chooses_one() -> None:
    recorder = Recorder()
    with _client(recorder) as tfs:
        tfs.builds.get("P", 391)
        assert recorder.params["api-version"] == get_build.OPERATION.api_version
        tfs.builds.get("P", 391, api_version=OTHER)
        assert recorder.params["api-version"] == OTHER
    with _client(recorder, api_version=UPGRADED) as tfs:
        tfs.builds.get("P", 391)
        assert recorder.params["api-version"] == UPGRADED
        tfs.builds.get("P", 391, api_version=OTHER)
        assert recorder.params["api-version"] == OTHER
        recorder.answer = _list_reply
        list(tfs.builds.list("P"))
        assert recorder.params["api-version"] == UPGRADED
    with pytest.raises(TypeError, match="api_version"):
        TfsClient(BASE_URL, api_version="")


@pytest.mark.anyio
async def test_the_async_client_sends_its_api_version_everywhere() -> None:
    recorder = Recorder(_list_reply)
    async with _async_client(recorder, api_version=UPGRADED) as tfs:
        assert [b.id async for b in tfs.builds.list("P")] == [391]
        assert recorder.params["api-version"] == UPGRADED


def test_enum_parameters_take_the_enum_or_its_string_and_lists_are_joined() -> None:
    recorder = Recorder(_list_reply)
    with _client(recorder) as tfs:
        list(tfs.builds.list("P", status_filter="completed", result_filter="FAILED"))
        assert (recorder.params["statusFilter"], recorder.params["resultFilter"]) == (
            "completed",
            "failed",
        )
        list(
            tfs.builds.list(
                "P",
                status_filter=[BuildStatus.COMPLETED, "inProgress"],
                definitions=[25, 26],
                queues="3,4",
                tag_filters=("a b", "c"),
                properties=["x"],
                type_="xaml",
            )
        )
        assert recorder.params == {
            "statusFilter": "completed,inProgress",
            "definitions": "25,26",
            "queues": "3,4",
            "tagFilters": "a b,c",
            "properties": "x",
            "type": "xaml",
            "api-version": list_builds.OPERATION.api_version,
        }


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda tfs: tfs.builds.get("P", "391"), "build_id must be an int, got str"),
        (lambda tfs: tfs.builds.get(7, 391), "project must be a str, got int"),
        (lambda tfs: tfs.builds.get("P", True), "build_id must be an int, got bool"),
        (lambda tfs: list(tfs.builds.list("P", status_filter=3)), "status_filter must be"),
        (lambda tfs: list(tfs.builds.list("P", definitions=[25, "x"])), "definitions must be"),
        (lambda tfs: list(tfs.builds.list("P", definitions={"a": 1})), "definitions must be"),
        (lambda tfs: list(tfs.builds.list("P", min_finish_time="2015")), "min_finish_time"),
        (lambda tfs: tfs.code_coverage.for_build("P", build_id=1, flags="7"), "flags must be"),
        (lambda tfs: tfs.builds.update("P", 1, keep_forever="yes"), "keep_forever must be a bool"),
        (lambda tfs: tfs.builds.queue("P", definition=25), "definition must be a Definition"),
        (lambda tfs: tfs.builds.queue("P"), "builds.queue: missing required body field"),
        (
            lambda tfs: tfs.sessions.update("P", "T", title="t"),
            r"sessions.update: missing required body field\(s\): id$",
        ),
        (
            lambda tfs: tfs.builds.queue(
                "P",
                QueueBuildRequest(definition=DefinitionIdReference(id=25)),
                source_branch="main",
            ),
            "pass either body= or the body fields",
        ),
        (lambda tfs: tfs.builds.queue("P", {"definition": {"id": 25}}), "body must be a Queue"),
        (
            lambda tfs: tfs.configurations.create("P", name="n", values=[("a", "b")]),
            "values item must be a NameValuePair",
        ),
        (lambda tfs: tfs.attachments.list("P", 1, result_id="2"), "result_id must be an int"),
        (lambda tfs: tfs.builds.get("P", 1, colour="red"), "unexpected keyword argument 'colour'"),
    ],
)
def test_a_wrong_argument_raises_type_error_naming_it_before_any_request(
    call: Callable[[TfsClient], Any], message: str
) -> None:
    recorder = Recorder()
    with _client(recorder) as tfs, pytest.raises(TypeError, match=message):
        call(tfs)
    assert recorder.requests == []


NONE_PATH_ARGUMENTS: dict[str, tuple[Callable[[Any], Any], str]] = {
    "builds.add_tag": (lambda tfs: tfs.builds.add_tag("P", 391, None), "tag"),
    "builds.get": (lambda tfs: tfs.builds.get(None, 391), "project"),
    "builds.get id": (lambda tfs: tfs.builds.get("P", None), "build_id"),
    "sessions.list": (lambda tfs: tfs.sessions.list("P", None), "team"),
    "attachments.list": (lambda tfs: tfs.attachments.list("P", None, result_id=2), "run_id"),
    "builds.list": (lambda tfs: tfs.builds.list(None), "project"),
}


@pytest.mark.parametrize(("call", "name"), NONE_PATH_ARGUMENTS.values(), ids=NONE_PATH_ARGUMENTS)
def test_none_for_a_path_argument_is_a_type_error_naming_it_before_any_request(
    call: Callable[[Any], Any], name: str
) -> None:
    # regression: None was sent as the word "None" (add_tag really added a tag "None")
    recorder = Recorder(_list_reply)
    with _client(recorder) as tfs, pytest.raises(TypeError, match=rf"^{name} is required"):
        call(tfs)
    assert recorder.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize(("call", "name"), NONE_PATH_ARGUMENTS.values(), ids=NONE_PATH_ARGUMENTS)
async def test_none_for_a_path_argument_of_the_async_client_is_a_type_error(
    call: Callable[[Any], Any], name: str
) -> None:
    recorder = Recorder(_list_reply)
    async with _async_client(recorder) as atfs:
        with pytest.raises(TypeError, match=rf"^{name} is required"):
            result = call(atfs)
            if hasattr(result, "__await__"):
                await result
    assert recorder.requests == []


def test_none_for_a_path_argument_of_an_attachment_transfer_is_refused(tmp_path: Path) -> None:
    recorder = Recorder()
    source = tmp_path / "a.txt"
    source.write_bytes(b"x")
    with _client(recorder) as tfs:
        with pytest.raises(TypeError, match=r"^run_id is required"):
            tfs.attachments.upload("P", None, source)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match=r"^project is required"):
            tfs.attachments.download(None, 1, 5, tmp_path / "out.bin")  # type: ignore[arg-type]
    assert recorder.requests == [] and not (tmp_path / "out.bin").exists()


def test_comma_list_parameters_take_sequences_of_ints_and_strings() -> None:
    # regression: build_ids (and getBuild's property_filters) took only a str
    recorder = Recorder(_list_reply)
    with _client(recorder) as tfs:
        list(tfs.builds.list("P", build_ids=[391, 367]))
        assert recorder.params["buildIds"] == "391,367"
        list(tfs.builds.list("P", build_ids=391))
        assert recorder.params["buildIds"] == "391"
        with pytest.raises(TypeError, match="build_ids must be ints"):
            list(tfs.builds.list("P", build_ids=[391, "x"]))
    recorder.answer = lambda request: httpx.Response(200, json=BUILD)
    with _client(recorder) as tfs:
        tfs.builds.get("P", 391, property_filters=["a", "b"])
        assert recorder.params["propertyFilters"] == "a,b"


def test_every_resource_method_has_type_hints_that_resolve_at_run_time() -> None:
    # regression: get_type_hints(tfs.builds.list) raised NameError: 'DefinitionType'
    import inspect
    import typing

    from tfs_client.paging import Paginator

    resolved = 0
    for owner in (TfsClient, AsyncTfsClient):
        for resource in typing.get_type_hints(owner).values():
            for name, method in inspect.getmembers(resource, inspect.isfunction):
                if not name.startswith("_"):
                    hints = typing.get_type_hints(method)
                    assert "return" in hints and "api_version" in hints, name
                    resolved += 1
    assert resolved >= 50
    with _client(Recorder()) as tfs:
        hints = typing.get_type_hints(tfs.builds.list)
    assert typing.get_origin(hints["return"]) is Paginator
    assert typing.get_args(hints["return"])[0].__name__ == "Build"


@pytest.mark.parametrize("owner", [TfsClient, AsyncTfsClient])
def test_client_options_are_checked_at_construction_naming_the_class_or_the_option(
    owner: type[TfsClient] | type[AsyncTfsClient],
) -> None:
    with pytest.raises(
        TypeError, match=rf"^{owner.__name__}\(\) got an unexpected keyword argument 'tokn'"
    ):
        owner(BASE_URL, tokn=TOKEN)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"^timeout must be int or float or httpx\.Timeout or None"):
        owner(BASE_URL, token=TOKEN, timeout="30")  # type: ignore[typeddict-item]
    with pytest.raises(TypeError, match=r"^verify must be bool or str or ssl\.SSLContext"):
        owner(BASE_URL, token=TOKEN, verify=None)  # type: ignore[typeddict-item]


def test_an_unknown_enum_string_or_an_empty_list_is_a_value_error_before_any_request() -> None:
    recorder = Recorder()
    with _client(recorder) as tfs:
        with pytest.raises(
            ValueError,
            match=r"result_filter: 'broken' is not one of .*'failed'.*pass BuildResult\('broken'\)",
        ):
            list(tfs.builds.list("P", result_filter="broken"))
        with pytest.raises(ValueError, match="status_filter must not be an empty sequence"):
            list(tfs.builds.list("P", status_filter=[]))
    assert recorder.requests == []


def test_body_fields_as_keywords_build_the_documented_body() -> None:
    recorder = Recorder()
    with _client(recorder) as tfs:
        tfs.builds.update("P", 391, status="inProgress", build_number="1.0")
        assert json.loads(recorder.requests[-1].content) == {
            "status": "inProgress",
            "buildNumber": "1.0",
        }
        tfs.builds.queue("P", definition=DefinitionIdReference(id=25), source_branch="main")
        assert json.loads(recorder.requests[-1].content) == {
            "definition": {"id": 25},
            "sourceBranch": "main",
        }
        tfs.builds.queue("P", QueueBuildRequest(definition=DefinitionIdReference(id=26)))
        assert json.loads(recorder.requests[-1].content) == {"definition": {"id": 26}}


def test_queue_takes_a_definition_id_in_place_of_the_definition() -> None:
    # regression: builds.queue(P, definition_id=25) raised "missing required body field(s)"
    recorder = Recorder()
    with _client(recorder) as tfs:
        tfs.builds.queue("P", definition_id=25, source_branch="main")
        assert json.loads(recorder.requests[-1].content) == {
            "definition": {"id": 25},
            "sourceBranch": "main",
        }
        assert recorder.params["definitionId"] == "25"
        tfs.builds.queue("P", definition_id=25, definition=DefinitionIdReference(id=26))
        assert json.loads(recorder.requests[-1].content) == {"definition": {"id": 26}}
        whole = QueueBuildRequest(definition=DefinitionIdReference(id=27))
        tfs.builds.queue("P", whole, definition_id=25)
        assert json.loads(recorder.requests[-1].content) == {"definition": {"id": 27}}
        assert recorder.params["definitionId"] == "25"
        with pytest.raises(TypeError, match="definition_id must be an int"):
            tfs.builds.queue("P", definition_id="25")  # type: ignore[arg-type]
    assert len(recorder.requests) == 3


@pytest.mark.anyio
async def test_the_async_queue_takes_a_definition_id_in_place_of_the_definition() -> None:
    recorder = Recorder()
    async with _async_client(recorder) as atfs:
        await atfs.builds.queue("P", definition_id=25)
    assert json.loads(recorder.requests[-1].content) == {"definition": {"id": 25}}


def test_a_model_body_field_takes_a_dict_of_its_wire_fields() -> None:
    # regression: definition={"id": 25} raised "definition must be a DefinitionIdReference"
    recorder = Recorder()
    with _client(recorder) as tfs:
        tfs.builds.queue("P", definition={"id": 25}, queue={"id": 3})
        assert json.loads(recorder.requests[-1].content) == {
            "definition": {"id": 25},
            "queue": {"id": 3},
        }
        configuration = {"id": 1, "name": "n", "url": "http://x/c/1"}
        recorder.answer = lambda request: httpx.Response(200, json=configuration)
        pair = {"name": "Browser", "value": "Edge"}
        tfs.configurations.create("P", name="n", values=[pair, NameValuePair("OS", "Linux")])
        assert json.loads(recorder.requests[-1].content)["values"] == [
            pair,
            {"name": "OS", "value": "Linux"},
        ]
        sent = len(recorder.requests)
        for bad, message in [
            ({"id": "25"}, "definition is not a valid DefinitionIdReference"),
            ({}, "definition is not a valid DefinitionIdReference"),
        ]:
            with pytest.raises(TypeError, match=message):
                tfs.builds.queue("P", definition=bad)
        with pytest.raises(TypeError, match="values item is not a valid NameValuePair"):
            tfs.configurations.create("P", name="n", values=[{"name": 1}])
        assert len(recorder.requests) == sent


def test_every_failure_is_a_typed_error_naming_the_operation() -> None:
    replies = iter(
        [
            httpx.Response(404, json=error_json("Build 9 not found", "BuildNotFoundException")),
            httpx.Response(200, text="<html>sign in</html>", headers={"content-type": "text/html"}),
            httpx.Response(200, json={"count": 1, "value": 3}),
            httpx.Response(200, json=[1, 2]),
        ]
    )
    recorder = Recorder(lambda request: next(replies))
    with _client(recorder) as tfs:
        with pytest.raises(NotFoundError) as missing:
            tfs.builds.get("P", 9)
        assert (missing.value.operation, missing.value.message) == (
            "get_build",
            "Build 9 not found",
        )
        with pytest.raises(TfsApiError) as html:
            tfs.builds.get("P", 9)
        assert html.value.operation == "get_build"
        with pytest.raises(MalformedResponseError) as envelope:
            tfs.builds.tags("P", 9)
        assert envelope.value.operation == "get_build_tags"
        with pytest.raises(MalformedResponseError):
            tfs.configurations.get("P", 9)


def test_a_documented_204_returns_none() -> None:
    recorder = Recorder(lambda request: httpx.Response(204))
    with _client(recorder) as tfs:
        assert tfs.builds.delete("P", 391) is None
        assert tfs.configurations.delete("P", 3) is None
    assert [r.method for r in recorder.requests] == ["DELETE", "DELETE"]
    assert recorder.requests[-1].url.params["api-version"] == (
        get_test_configuration.OPERATION.api_version
    )


def test_importing_tfs_client_loads_an_operation_only_when_its_method_first_runs() -> None:
    script = (
        "import sys, httpx\n"
        "from tfs_client import TfsClient\n"
        "loaded = lambda: sorted(m for m in sys.modules if m.startswith('tfs_api.api.builds.'))\n"
        "print(loaded())\n"
        "reply = httpx.Response(200, json={'count': 1, 'value': ['a']})\n"
        "tfs = TfsClient('https://tfs.example.com/c', transport=httpx.MockTransport(lambda r: reply))\n"
        "print(tfs.builds.tags('P', 1), loaded())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == [
        "[]",
        "['a'] ['tfs_api.api.builds.get_build_tags']",
    ]


def test_uploads_and_downloads_stream_with_the_clients_api_version(tmp_path: Path) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            body = json.loads(b"".join(request.stream))
            assert (body["fileName"], body["attachmentType"]) == ("a.log", "CodeCoverage")
            return httpx.Response(200, json={"id": 7, "url": "https://x/7"})
        return httpx.Response(200, content=b"bytes of 7")

    recorder = Recorder(answer)
    source = tmp_path / "a.log"
    source.write_bytes(b"log")
    with _client(recorder, api_version=UPGRADED) as tfs:
        made = tfs.attachments.upload("P", 1, source, result_id=2, attachment_type="codecoverage")
        assert made.id == 7
        assert tfs.attachments.download("P", 1, 7, tmp_path / "copy") == tmp_path / "copy"
        assert b"".join(tfs.attachments.iter_bytes("P", 1, 7, api_version=OTHER)) == b"bytes of 7"
    assert [(r.method, r.url.path, r.url.params["api-version"]) for r in recorder.requests] == [
        ("POST", "/DefaultCollection/P/_apis/test/runs/1/results/2/attachments", UPGRADED),
        ("GET", "/DefaultCollection/P/_apis/test/runs/1/attachments/7", UPGRADED),
        ("GET", "/DefaultCollection/P/_apis/test/runs/1/attachments/7", OTHER),
    ]
    assert (tmp_path / "copy").read_bytes() == b"bytes of 7"


def test_a_field_that_takes_several_enums_takes_any_of_their_string_values() -> None:
    session = {"id": 5, "title": "t", "revision": 2, "state": "completed"}
    recorder = Recorder(lambda request: httpx.Response(200, json=session))
    with _client(recorder) as tfs:
        tfs.sessions.update("P", "T", id=5, revision=1, state="completed")  # any case
        assert json.loads(recorder.requests[-1].content) == {
            "Id": 5,
            "Revision": 1,
            "State": "Completed",
        }
        with pytest.raises(
            TypeError, match="state must be a TestSessionStateName or TestSessionStateCode"
        ):
            tfs.sessions.update("P", "T", id=5, state=2.5)
        with pytest.raises(ValueError, match="'done' is not one of"):
            tfs.sessions.update("P", "T", id=5, state="done")
    assert len(recorder.requests) == 1


@pytest.mark.anyio
async def test_a_session_update_without_its_id_is_refused_before_it_is_sent() -> None:
    # the server answers 400 without Id: the model requires it, so no request is made
    recorder = Recorder()
    async with _async_client(recorder) as tfs:
        with pytest.raises(TypeError, match=r"missing required body field\(s\): id$"):
            await tfs.sessions.update("P", "T", comment="c", state="paused")
    from tfs_api import models  # a Test* name at module level would be collected by pytest

    with pytest.raises(TypeError, match="'id'"):
        models.TestSessionUpdate(title="t")  # type: ignore[call-arg]
    assert recorder.requests == []


def test_the_clients_take_every_option_connect_takes() -> None:
    import inspect

    from tfs_client import connect
    from tfs_client.client import ConnectOptions

    own = {"base_url", "transport", "async_transport", "api_version"}
    assert set(inspect.signature(connect).parameters) - own == set(ConnectOptions.__annotations__)


@pytest.mark.anyio
async def test_max_reply_bytes_and_deadline_reach_the_connection() -> None:
    from tfs_client import ApiTimeoutError, ReplyTooLargeError

    big = build_json(391, buildNumber="9" * 5000)
    with (
        _client(
            Recorder(lambda request: httpx.Response(200, json=big)), max_reply_bytes=1000
        ) as tfs,
        pytest.raises(ReplyTooLargeError),
    ):
        tfs.builds.get("Fabrikam", 391)

    class Slow(httpx.AsyncByteStream):
        async def __aiter__(self):  # type: ignore[no-untyped-def]
            import anyio

            for _ in range(100):
                await anyio.sleep(0.05)
                yield b" "

    slow = Recorder(lambda request: httpx.Response(200, stream=Slow()))
    async with _async_client(slow, deadline=0.2) as atfs:
        with pytest.raises(ApiTimeoutError, match="deadline"):
            await atfs.builds.get("Fabrikam", 391)


def test_an_enum_value_the_client_does_not_list_is_sent_alone_or_in_a_sequence() -> None:
    recorder = Recorder(_list_reply)
    with _client(recorder) as tfs:
        list(tfs.builds.list("P", status_filter=BuildStatus("newValue")))
        assert recorder.params["statusFilter"] == "newValue"
        list(tfs.builds.list("P", status_filter=[BuildStatus("newValue"), "completed"]))
        assert recorder.params["statusFilter"] == "newValue,completed"
