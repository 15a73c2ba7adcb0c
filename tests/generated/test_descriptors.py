"""Every generated operation module exposes a public ``OPERATION`` descriptor whose values are
those of spec/tfs.yaml (read here from the spec, never retyped), and whose ``request`` and
``parse`` build and decode what the generated functions do."""

from __future__ import annotations

import enum
import re
from typing import Any

import httpx
import pytest
import yaml
from tfs_api import errors
from tfs_api.api.builds import delete_build, get_build, get_build_tags, list_builds
from tfs_api.api.configurations import list_test_configurations
from tfs_api.models.build import Build
from tfs_api.models.queue_build_request import QueueBuildRequest
from tfs_api.operation import ListOperation, Operation, Parameter

from ._models import build_body
from ._samples import SPEC, load_operations

SPEC_DOCUMENT: dict[str, Any] = yaml.safe_load(SPEC.read_text())
OPERATIONS = load_operations()
FUNCTIONS = ("sync_detailed", "sync", "asyncio_detailed", "asyncio", "stream", "asyncio_stream")


def resolve_ref(node: Any) -> Any:
    target = SPEC_DOCUMENT
    while isinstance(node, dict) and "$ref" in node:
        target = SPEC_DOCUMENT
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def ref_name(node: Any) -> str | None:
    """The schema name a ``$ref`` points at (``Build`` for ``#/components/schemas/Build``)."""
    if isinstance(node, dict) and "$ref" in node:
        return str(node["$ref"]).rsplit("/", 1)[1]
    return None


def spec_operation(operation_id: str) -> tuple[str, str, dict[str, Any]]:
    for path, item in SPEC_DOCUMENT["paths"].items():
        for method, details in item.items():
            if isinstance(details, dict) and details.get("operationId") == operation_id:
                return method, path, details
    raise LookupError(operation_id)


def spec_parameters(operation_id: str) -> list[dict[str, Any]]:
    """The operation's parameters, in the order the descriptor promises: path parameters in
    path order, then query parameters, then header parameters (spec order within each)."""
    _, path, details = spec_operation(operation_id)
    parameters = [resolve_ref(p) for p in details.get("parameters", [])]
    in_path = re.findall(r"\{(\w+)\}", path)
    by_path = sorted(
        (p for p in parameters if p["in"] == "path"), key=lambda p: in_path.index(p["name"])
    )
    rest = [p for where in ("query", "header") for p in parameters if p["in"] == where]
    return by_path + rest


def success_responses(operation_id: str) -> dict[int, dict[str, Any]]:
    _, _, details = spec_operation(operation_id)
    return {
        int(status): resolve_ref(response)
        for status, response in details["responses"].items()
        if str(status).startswith("2")
    }


def descriptor(operation_id: str) -> Operation[Any]:
    module = next(op for op in OPERATIONS if op.operation_id == operation_id).module
    found = module.OPERATION
    assert isinstance(found, Operation)
    return found


IDS = [op.operation_id for op in OPERATIONS]


def test_every_one_of_the_29_operations_and_7_newer_forms_has_a_descriptor() -> None:
    assert len(IDS) == 29 + 7
    assert all(isinstance(op.module.OPERATION, Operation) for op in OPERATIONS)


@pytest.mark.parametrize("operation_id", IDS)
def test_descriptor_names_method_and_path_are_the_spec_s(operation_id: str) -> None:
    method, path, details = spec_operation(operation_id)
    operation = descriptor(operation_id)
    module = next(op for op in OPERATIONS if op.operation_id == operation_id).module

    assert operation.operation_id == operation_id
    assert operation.name == module.__name__.rsplit(".", 1)[1]
    assert operation.tag == details["tags"][0]
    assert (operation.method, operation.path) == (method.upper(), path)
    assert operation.summary == details.get("summary", "").strip()
    assert operation.description == details.get("description", "").strip()


def test_a_query_parameter_standing_for_a_body_field_says_which() -> None:
    # builds.queue(P, definition_id=25) and `tfs builds queue P --definition-id 25` rely on it
    [filler] = [p for p in descriptor("queueBuild").parameters if p.fills]
    assert (filler.name, filler.fills) == ("definition_id", "definition.id")


@pytest.mark.parametrize("operation_id", IDS)
def test_descriptor_parameters_follow_the_spec_in_path_then_query_order(operation_id: str) -> None:
    expected = spec_parameters(operation_id)
    parameters = descriptor(operation_id).parameters

    assert [(p.wire_name, p.location) for p in parameters] == [
        (p["name"], p["in"]) for p in expected
    ]
    for parameter, spec in zip(parameters, expected, strict=True):
        schema = resolve_ref(spec["schema"])
        assert isinstance(parameter, Parameter)
        assert parameter.required == spec.get("required", False), parameter.name
        assert parameter.description == " ".join(spec["description"].split()), parameter.name
        assert parameter.description, f"{operation_id}.{parameter.name} has no description"
        assert parameter.comma_list == spec.get("x-tfs-comma-list", False), parameter.name
        assert parameter.fills == spec.get("x-tfs-fills"), parameter.name
        assert parameter.default == schema.get("default"), parameter.name
        enum_name = ref_name(spec["schema"]) if "enum" in schema else None
        if "enum" not in schema:
            assert parameter.enum is None, parameter.name
        elif enum_name is None:  # an inline enum: a class named after the operation
            assert parameter.enum is not None and issubclass(parameter.enum, enum.Enum)
            assert sorted(member.value for member in parameter.enum) == sorted(schema["enum"])
        else:
            assert parameter.enum is not None and issubclass(parameter.enum, enum.Enum)
            assert parameter.enum.__name__ == enum_name
            assert parameter.python_type is parameter.enum


@pytest.mark.parametrize("operation_id", IDS)
def test_descriptor_body_result_and_item_types_are_the_spec_s(operation_id: str) -> None:
    _, _, details = spec_operation(operation_id)
    operation = descriptor(operation_id)
    responses = success_responses(operation_id)

    body = details.get("requestBody")
    if body is None:
        assert (operation.body, operation.body_required) == (None, False)
    else:
        schema = body["content"]["application/json"]["schema"]
        assert operation.body is not None and operation.body.__name__ == ref_name(schema)
        assert operation.body_required == body.get("required", False)

    assert operation.success_statuses == frozenset(responses)
    (response,) = responses.values()
    content = response.get("content", {})
    assert operation.binary == ("application/octet-stream" in content)
    schema = content.get("application/json", {}).get("schema")
    if schema is None:
        assert (operation.result, operation.item) == (None, None)
        return
    assert operation.result is not None and operation.result.__name__ == ref_name(schema)
    value = resolve_ref(schema).get("properties", {}).get("value")
    if value is None or value.get("type") != "array":
        assert operation.item is None
        assert not isinstance(operation, ListOperation)
        return
    assert isinstance(operation, ListOperation)
    items = value["items"]
    expected_item = ref_name(items) or {"string": "str", "integer": "int"}[items["type"]]
    assert operation.item is not None and operation.item.__name__ == expected_item


@pytest.mark.parametrize("operation_id", IDS)
def test_descriptor_paging_style_and_api_version_come_from_the_spec(operation_id: str) -> None:
    operation = descriptor(operation_id)
    parameters = spec_parameters(operation_id)
    query = {p["name"] for p in parameters if p["in"] == "query"}
    headers = {
        name.lower()
        for response in success_responses(operation_id).values()
        for name in response.get("headers", {})
    }
    if "continuationToken" in query or "x-ms-continuationtoken" in headers:
        assert operation.paging == "token"
    elif "$skip" in query:
        assert operation.paging == "skip"
    else:
        assert operation.paging == "none"
    (version,) = [p for p in parameters if p["name"] == "api-version"]
    assert operation.api_version == resolve_ref(version["schema"])["default"]


@pytest.mark.parametrize("operation_id", IDS)
def test_every_generated_function_names_its_module_s_descriptor(operation_id: str) -> None:
    module = next(op for op in OPERATIONS if op.operation_id == operation_id).module
    functions = [getattr(module, name) for name in FUNCTIONS if hasattr(module, name)]
    assert len(functions) >= 2
    assert all(function.operation is module.OPERATION for function in functions)


def test_paging_styles_cover_token_skip_free_and_single_reply_operations() -> None:
    assert list_builds.OPERATION.paging == "token"
    assert list_test_configurations.OPERATION.paging == "token"  # takes $skip too
    assert get_build.OPERATION.paging == "none"


def test_request_builds_what_the_generated_function_sends() -> None:
    request = list_builds.OPERATION.request("Fabrikam Fiber", top=5, tag_filters="a,b")

    assert request["method"] == "get"
    assert request["url"] == "/Fabrikam%20Fiber/_apis/build/builds"
    assert request["params"] == {
        "$top": 5,
        "tagFilters": "a,b",
        "api-version": list_builds.OPERATION.api_version,
    }


def test_request_takes_path_parameters_by_keyword_and_the_body() -> None:
    from tfs_api.api.builds import queue_build
    from tfs_api.models.definition_reference import DefinitionReference

    body = QueueBuildRequest(definition=DefinitionReference(id=25, name="CustomerAddressModule"))
    request = queue_build.OPERATION.request(project="P", body=body)

    assert (request["method"], request["url"]) == ("post", "/P/_apis/build/builds")
    assert request["json"] == body.to_dict()


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((), {}, r"get_build: missing a required argument: 'project', 'build_id'"),
        (("P",), {}, r"missing a required argument: 'build_id'$"),
        (
            ("P", 1, 2),
            {},
            r"too many positional arguments \(3 given; the path parameters are project, build_id",
        ),
        (
            ("P", 1),
            {"bild": 2},
            r"unexpected keyword argument 'bild' \(it takes api_version, build_id, project, property_filters\)",
        ),
        (("P", 1), {"project": "Q"}, r"multiple values for argument 'project'"),
        (("P", 1), {"body": {}}, r"unexpected keyword argument 'body'"),
    ],
)
def test_request_with_wrong_arguments_raises_a_type_error_naming_them(
    args: tuple[Any, ...], kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        get_build.OPERATION.request(*args, **kwargs)


def _reply(status: int, **kwargs: Any) -> httpx.Response:
    return httpx.Response(status, request=httpx.Request("GET", "https://tfs/x"), **kwargs)


def test_parse_decodes_a_documented_success_into_the_result_type() -> None:
    build = get_build.OPERATION.parse(_reply(200, json=build_body(id=391)))
    assert isinstance(build, Build) and build.id == 391


def test_parse_of_a_list_envelope_exposes_its_items() -> None:
    tags = get_build_tags.OPERATION.parse(_reply(200, json={"count": 2, "value": ["a", "b"]}))
    assert get_build_tags.OPERATION.items(tags) == ["a", "b"]


def test_items_of_an_envelope_without_its_value_list_is_a_value_error() -> None:
    class Envelope:
        value = None

    with pytest.raises(ValueError, match="get_build_tags: the reply has no 'value' list"):
        get_build_tags.OPERATION.items(Envelope())  # type: ignore[arg-type]


def test_parse_of_a_204_operation_returns_none() -> None:
    assert delete_build.OPERATION.parse(_reply(204)) is None


@pytest.mark.parametrize("status", [201, 202, 204, 404, 500])
def test_parse_of_an_undocumented_status_raises_unexpected_status(status: int) -> None:
    with pytest.raises(errors.UnexpectedStatus) as raised:
        get_build.OPERATION.parse(_reply(status, text="<html>queued</html>"))
    assert raised.value.status_code == status
    assert raised.value.operation == "get_build"
    assert raised.value.content == b"<html>queued</html>"


@pytest.mark.parametrize(
    "body",
    [b"<html>sign in</html>", b"[1, 2]", b"null", b'"text"', b"{truncated"],
    ids=["html", "array", "null", "string", "truncated"],
)
def test_parse_of_a_body_that_is_not_the_documented_type_raises_malformed_body(
    body: bytes,
) -> None:
    with pytest.raises(errors.MalformedBody, match=r"get_build: the HTTP 200 reply is not a Build"):
        get_build.OPERATION.parse(_reply(200, content=body))


def test_unexpected_status_message_keeps_a_bounded_snippet_of_the_body() -> None:
    error = errors.UnexpectedStatus(500, b"x" * 100_000, operation="get_build")
    assert len(str(error)) < errors.SNIPPET_CHARS + 100
    assert error.content == b"x" * 100_000


def test_parameter_looks_a_parameter_up_by_its_python_name() -> None:
    status = list_builds.OPERATION.parameter("status_filter")
    assert (status.wire_name, status.location, status.required) == ("statusFilter", "query", False)
    with pytest.raises(KeyError, match="list_builds has no parameter 'statusFilter'"):
        list_builds.OPERATION.parameter("statusFilter")


@pytest.mark.parametrize("operation_id", IDS)
def test_generated_docstrings_describe_every_parameter_from_the_spec(operation_id: str) -> None:
    module = next(op for op in OPERATIONS if op.operation_id == operation_id).module
    for name in ("sync_detailed", "asyncio_detailed"):
        doc = " ".join((getattr(module, name).__doc__ or "").split())
        for spec in spec_parameters(operation_id):
            parameter = next(p for p in module.OPERATION.parameters if p.wire_name == spec["name"])
            described = f"{parameter.name} ("
            assert described in doc, (name, parameter.name)
            after = doc.split(described, 1)[1].split("): ", 1)[1]
            assert after.startswith(" ".join(spec["description"].split())), (name, parameter.name)
