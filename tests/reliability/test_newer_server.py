"""A newer server: enum values this client does not know and fields it has never heard of, in
every model of the spec, are tolerated (no exception) and preserved (written back unchanged)."""

from __future__ import annotations

import enum
import inspect
import json
from typing import Any

import httpx
import pytest
import tfs_api.models as models
from tfs_api.api.builds import get_build, update_build
from tfs_api.models import Build, BuildUpdate
from tfs_client import call, connect

from .spec_examples import (
    EXTRA_FIELD,
    UNKNOWN_NUMBER,
    UNKNOWN_TEXT,
    Operation,
    arguments,
    example,
    json_operations,
    resolve,
    schemas,
)

MODELS = sorted(
    name
    for name in models.__all__
    if hasattr(getattr(models, name), "from_dict")
    and not issubclass(getattr(models, name), enum.Enum)
)


def _walk(document: Any) -> list[Any]:
    """Every value inside a JSON document, depth first."""
    found = [document]
    if isinstance(document, dict):
        for value in document.values():
            found += _walk(value)
    elif isinstance(document, list):
        for value in document:
            found += _walk(value)
    return found


def test_every_generated_model_is_reached_from_a_spec_schema() -> None:
    top_level = [name for name in MODELS if name in schemas()]
    sources = "\n".join(inspect.getsource(getattr(models, name)) for name in top_level)
    inline = [name for name in MODELS if name not in schemas()]
    # Models without a schema of their own are inline objects of a top-level model's property.
    assert all(f"{name}.from_dict(" in sources for name in inline), inline
    assert len(top_level) >= 50


@pytest.mark.parametrize("branch", [0, -1], ids=["first-alternative", "last-alternative"])
@pytest.mark.parametrize("name", [name for name in MODELS if name in schemas()])
def test_every_model_keeps_unknown_enum_values_and_extra_fields(name: str, branch: int) -> None:
    document = example(schemas()[name], newer=True, branch=branch)
    model_class = getattr(models, name)

    parsed = model_class.from_dict(json.loads(json.dumps(document)))

    assert parsed.to_dict() == document
    if "properties" in resolve(schemas()[name]):
        assert parsed.additional_properties[EXTRA_FIELD] == document[EXTRA_FIELD]


def test_the_newer_documents_really_hold_unknown_values_and_extra_fields() -> None:
    values = _walk([example(schema, newer=True) for schema in schemas().values()])
    assert UNKNOWN_TEXT in values and UNKNOWN_NUMBER in values
    assert sum(1 for value in values if isinstance(value, dict) and EXTRA_FIELD in value) > 60


@pytest.mark.parametrize("operation", json_operations(), ids=str)
def test_every_operation_parses_a_newer_servers_reply_and_keeps_it(operation: Operation) -> None:
    assert operation.success_schema is not None
    document = example(operation.success_schema, newer=True)

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(operation.success_status, json=document)

    client = connect(
        "https://tfs.example.com/DefaultCollection", transport=httpx.MockTransport(reply)
    )
    args, kwargs = arguments(operation)

    parsed = call(operation.module.sync_detailed, *args, client=client, **kwargs)

    assert parsed.to_dict() == document


def test_unknown_values_read_from_a_newer_server_are_sent_back_unchanged() -> None:
    sent: list[Any] = []
    newer_build = example(schemas()["Build"], newer=True)

    def server(request: httpx.Request) -> httpx.Response:
        if request.method == "PATCH":
            sent.append(json.loads(request.content))
            return httpx.Response(200, json=newer_build)
        return httpx.Response(200, json=newer_build)

    client = connect(
        "https://tfs.example.com/DefaultCollection", transport=httpx.MockTransport(server)
    )
    build = call(get_build.sync_detailed, "Project", 1, client=client)
    assert isinstance(build, Build)
    assert build.status == UNKNOWN_TEXT and build.result == UNKNOWN_TEXT

    change = BuildUpdate.from_dict({"status": build.status, "result": build.result})
    call(update_build.sync_detailed, "Project", 1, client=client, body=change)

    assert sent == [{"status": UNKNOWN_TEXT, "result": UNKNOWN_TEXT}]
