"""The generated functions against every documented sample (shared/docs-examples and shared/seeds).

Requests: calling an operation with the sample's arguments sends the sample's method, path, query
(wire names such as `$top`) and JSON body. Responses: the sample body parses into the operation's
model and `to_dict()` gives it back exactly, also with fields the spec does not know added at every
level. The only differences allowed: date-time strings with more than six fractional digits
(TFS sends 7): Python keeps microseconds, so digits beyond them are dropped; and a request body
member the sample spells in another letter case than the model (servers bind member names
case-insensitively): the session update sample's `id` is the model's required `Id`.
"""

from __future__ import annotations

import copy
import datetime
import enum
import inspect
import json
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from tfs_api import Client
from tfs_api.types import Unset

from ._samples import Sample, all_samples, load_operations, operation_for, snake

OPERATIONS = load_operations()
SAMPLES = all_samples()
JSON_RESPONSES = [sample for sample in SAMPLES if sample.response_is_json]
UNKNOWN_FIELD = "zzFieldFromANewerServer"
_LONG_FRACTION = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.(\d{7,})(Z|[+-]\d\d:\d\d)?$")


def _without_sub_microsecond_digits(value: Any) -> Any:
    """The sample as Python can represent it: date-time fractions cut to microseconds."""
    if isinstance(value, dict):
        return {key: _without_sub_microsecond_digits(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_without_sub_microsecond_digits(item) for item in value]
    if isinstance(value, str) and (found := _LONG_FRACTION.match(value)):
        fraction = found.group(2)[:6].rstrip("0")
        return found.group(1) + (f".{fraction}" if fraction else "") + (found.group(3) or "")
    return value


def _with_unknown_fields(value: Any) -> Any:
    """A copy with one unknown field added to every non-empty object.

    Maps whose values all have one JSON type (e.g. `_links`, a property bag) get a copy of such a
    value, so the added entry stays valid for the map; other objects get a nested structure.
    """
    if isinstance(value, list):
        return [_with_unknown_fields(item) for item in value]
    if not isinstance(value, dict) or not value:
        return value
    result = {key: _with_unknown_fields(item) for key, item in value.items()}
    kinds = {type(item) for item in value.values()}
    first = next(iter(value.values()))
    result[UNKNOWN_FIELD] = copy.deepcopy(first) if len(kinds) == 1 else {"nested": [1, "two"]}
    return result


def _python_value(text: str, hint: Any) -> Any:
    """Convert a URL text value to the parameter's declared Python type."""
    candidates = [t for t in typing.get_args(hint) or (hint,) if t not in (Unset, type(None))]
    for kind in candidates:
        if kind is bool:
            assert text in ("true", "false"), text
            return text == "true"
        if kind is int:
            return int(text)
        if kind is str:
            return text
        if kind is datetime.datetime:
            return datetime.datetime.fromisoformat(text)
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return kind(int(text) if issubclass(kind, int) else text)
    raise TypeError(f"no conversion of {text!r} to {hint}")


def _parameter_name(wire_name: str, names: Mapping[str, Any]) -> str:
    """The Python parameter for a wire name; the generator renames e.g. `type` to `type_`."""
    name = snake(wire_name)
    return name if name in names or f"{name}_" not in names else f"{name}_"


def _model_class(hint: Any) -> Any:
    candidates = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    return next(kind for kind in candidates if hasattr(kind, "from_dict"))


def _request_body(sample: Sample) -> Any:
    """The sample's request body with its top-level member names in the body model's spelling
    (a name the model does not know in any case is kept as it is)."""
    operation, _ = operation_for(sample, OPERATIONS)
    model = _model_class(typing.get_type_hints(operation.module.sync_detailed)["body"])
    known = getattr(inspect.getmodule(model), "_KNOWN_KEYS", frozenset())
    spelled = {key.casefold(): key for key in known}
    assert isinstance(sample.request_body, dict)
    return {
        key if key in known else spelled.get(key.casefold(), key): value
        for key, value in sample.request_body.items()
    }


def _call_arguments(sample: Sample) -> tuple[Any, dict[str, Any]]:
    """The operation module and the keyword arguments that reproduce the sample's request."""
    operation, path_values = operation_for(sample, OPERATIONS)
    module = operation.module
    hints = typing.get_type_hints(module.sync_detailed)
    arguments: dict[str, Any] = {}
    query = parse_qsl(urlsplit(sample.url).query, keep_blank_values=True)
    for wire_name, text in [*path_values.items(), *query]:
        name = _parameter_name(wire_name, hints)
        assert name in hints, (
            f"{sample.source}: `{wire_name}` is not a parameter of {module.__name__}"
        )
        arguments[name] = _python_value(text, hints[name])
    if sample.request_body is not None:
        arguments["body"] = _model_class(hints["body"]).from_dict(_request_body(sample))
    return module, arguments


def _client(sample: Sample, handler: Callable[[httpx.Request], httpx.Response]) -> Client:
    parts = urlsplit(sample.url)
    collection = parts.path.split("/")[1]
    base_url = f"{parts.scheme}://{parts.netloc}/{collection}"
    return Client(base_url=base_url, httpx_args={"transport": httpx.MockTransport(handler)})


class _Captured(Exception):
    def __init__(self, request: httpx.Request) -> None:
        super().__init__("request captured")
        self.request = request


def _capture(request: httpx.Request) -> httpx.Response:
    raise _Captured(request)


def test_every_documented_sample_belongs_to_exactly_one_operation() -> None:
    assert len(SAMPLES) == 35  # 19 recordings + 16 inline samples in the pages
    for sample in SAMPLES:
        operation_for(sample, OPERATIONS)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda sample: sample.source)
def test_generated_function_sends_the_documented_request(sample: Sample) -> None:
    """Same method, path and JSON body; same query, plus only parameters sent at their spec default."""
    module, arguments = _call_arguments(sample)

    with pytest.raises(_Captured) as captured:
        module.sync_detailed(client=_client(sample, _capture), **arguments)

    request = captured.value.request
    assert request.method == sample.method
    assert request.url.raw_path.split(b"?")[0].decode() == sample.path
    expected_query = parse_qsl(urlsplit(sample.url).query, keep_blank_values=True)
    sent_query = request.url.params.multi_items()
    assert sorted(set(expected_query) - set(sent_query)) == []
    defaults = inspect.signature(module.sync_detailed).parameters
    for wire_name, text in set(sent_query) - set(expected_query):  # spec defaults the page omits
        default = defaults[_parameter_name(wire_name, defaults)].default
        assert text == (str(default).lower() if isinstance(default, bool) else str(default))
    if sample.request_body is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == _request_body(sample)


@pytest.mark.parametrize("sample", JSON_RESPONSES, ids=lambda sample: sample.source)
def test_documented_response_round_trips_through_its_model(sample: Sample) -> None:
    module, arguments = _call_arguments(sample)
    assert sample.status is not None
    reply = httpx.Response(
        sample.status, json=sample.response_body, headers=sample.response_headers
    )
    client = _client(sample, lambda request: reply)

    response = module.sync_detailed(client=client, **arguments)

    assert response.status_code == sample.status
    assert response.parsed is not None, f"{sample.source}: status {sample.status} not documented"
    assert response.parsed.to_dict() == _without_sub_microsecond_digits(sample.response_body)
    for name, value in sample.response_headers.items():
        assert response.headers[name] == value


@pytest.mark.parametrize("sample", JSON_RESPONSES, ids=lambda sample: sample.source)
def test_fields_unknown_to_the_spec_are_kept_at_every_level(sample: Sample) -> None:
    module, arguments = _call_arguments(sample)
    body = _with_unknown_fields(sample.response_body)
    assert sample.status is not None
    client = _client(sample, lambda request: httpx.Response(sample.status or 200, json=body))

    parsed = module.sync_detailed(client=client, **arguments).parsed

    assert parsed is not None
    assert parsed.additional_properties[UNKNOWN_FIELD] == body[UNKNOWN_FIELD]
    assert parsed.to_dict() == _without_sub_microsecond_digits(body)


@pytest.mark.parametrize(
    "sample",
    [sample for sample in SAMPLES if sample.request_body is not None],
    ids=lambda sample: sample.source,
)
def test_documented_request_body_round_trips_through_its_model(sample: Sample) -> None:
    _, arguments = _call_arguments(sample)

    assert arguments["body"].to_dict() == _request_body(sample)


def test_only_the_session_update_sample_spells_a_body_member_otherwise() -> None:
    respelled = {
        sample.source: sorted(set(sample.request_body) - set(_request_body(sample)))
        for sample in SAMPLES
        if isinstance(sample.request_body, dict) and _request_body(sample) != sample.request_body
    }
    assert respelled == {"004_8ad2a704a8cae324.txt sample 3 (Name)": ["id"]}
