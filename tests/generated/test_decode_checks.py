"""The generated `from_dict` checks every field against the spec (generator/templates/model.py.jinja
and property_templates/decode_macros.py.jinja): a mismatch is a `tfs_api.errors.DecodeError` naming
`Model.field` (with the enclosing fields) and a bounded snippet of the value."""

from __future__ import annotations

import pickle
import uuid
from typing import Any

import pytest
from tfs_api import models
from tfs_api.errors import SNIPPET_LIMIT, DecodeError
from tfs_api.models import (
    AgentPoolQueue,
    Build,
    BuildList,
    BuildStatus,
    TimelineRecord,
)
from tfs_api.types import UNSET, expect_type

from ._models import IDENTITY_REQUIRED, build_body

TIMELINE_RECORD = {
    "id": "bcddc27d-c891-4209-85d6-387e155439b0",
    "type": "Task",
    "name": "Build",
    "state": "completed",
}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"buildNumber": 5}, "Build.build_number: expected str, got int 5"),
        ({"id": "7"}, "Build.id: expected int, got str '7'"),
        ({"id": True}, "Build.id: expected int, got bool True"),
        ({"id": 7.0}, "Build.id: expected int, got float 7.0"),
        ({"keepForever": "false"}, "Build.keep_forever: expected bool, got str 'false'"),
        ({"keepForever": 0}, "Build.keep_forever: expected bool, got int 0"),
        ({"queueTime": 1437072000}, "Build.queue_time: expected date-time string, got int"),
        ({"queueTime": "yesterday"}, "Build.queue_time: expected date-time string, got str"),
        ({"status": 2}, "Build.status: expected BuildStatus value, got int 2"),
        ({"status": ["completed"]}, "Build.status: expected BuildStatus value, got list"),
        ({"tags": "nightly"}, "Build.tags: expected list, got str 'nightly'"),
        ({"tags": ["nightly", 7]}, "Build.tags[1]: expected str, got int 7"),
        ({"definition": "ci"}, "Build.definition -> DefinitionReference: expected a JSON object"),
        ({"requestedFor": [IDENTITY_REQUIRED]}, "Build.requested_for -> IdentityRef: expected a"),
        (
            {"project": {"id": "not-a-guid"}},
            "Build.project -> TeamProjectReference.id: expected UUID string, got str 'not-a-guid'",
        ),
        ({"_links": {"web": 5}}, "Build.field_links -> ReferenceLinks.web -> Link: expected a"),
        (
            {"_links": {"web": {"href": 5}}},
            "Build.field_links -> ReferenceLinks.web -> Link.href: expected str, got int 5",
        ),
    ],
)
def test_a_field_of_the_wrong_type_is_a_decode_error_naming_it(
    fields: dict[str, Any], message: str
) -> None:
    with pytest.raises(DecodeError) as caught:
        Build.from_dict(build_body(**fields))

    assert message in str(caught.value)


def test_decode_error_is_a_type_error_and_a_value_error_with_its_parts() -> None:
    with pytest.raises(DecodeError) as caught:
        Build.from_dict(build_body(definition={"id": 1, "name": "ci", "revision": "3"}))

    error = caught.value
    assert isinstance(error, TypeError) and isinstance(error, ValueError)
    assert (error.model, error.field, error.expected) == ("DefinitionReference", "revision", "int")
    assert (error.value_type, error.value) == ("str", "'3'")
    assert error.path == ["Build.definition"]
    assert error.location == "Build.definition -> DefinitionReference.revision"


def test_a_nested_error_inside_a_list_names_the_item_and_the_inner_model() -> None:
    body = {"count": 2, "value": [build_body(id=1), build_body(id=2, definition={"id": "x"})]}

    with pytest.raises(DecodeError) as caught:
        BuildList.from_dict(body)

    assert str(caught.value) == (
        "BuildList.value[1] -> Build.definition -> DefinitionReference.id: expected int, got str 'x'"
    )


def test_null_is_rejected_where_the_spec_does_not_allow_it() -> None:
    with pytest.raises(DecodeError, match=r"Build\.build_number: expected str, got NoneType None"):
        Build.from_dict(build_body(buildNumber=None))
    with pytest.raises(DecodeError, match=r"Build\.definition -> DefinitionReference: expected"):
        Build.from_dict(build_body(definition=None))


def test_null_is_accepted_where_the_spec_says_nullable() -> None:
    record = TimelineRecord.from_dict(
        {**TIMELINE_RECORD, "parentId": None, "startTime": None, "percentComplete": None}
    )
    queue = AgentPoolQueue.from_dict({"id": 1, "name": "Hosted", "pool": None})

    assert (record.parent_id, record.start_time, record.percent_complete) == (None, None, None)
    assert queue.pool is None
    with pytest.raises(
        DecodeError, match=r"TimelineRecord\.percent_complete: expected int or null"
    ):
        TimelineRecord.from_dict({**TIMELINE_RECORD, "percentComplete": "50"})
    with pytest.raises(DecodeError, match=r"AgentPoolQueue\.pool: expected null or"):
        AgentPoolQueue.from_dict({"id": 1, "name": "Hosted", "pool": 5})


def test_a_body_that_is_not_an_object_is_a_decode_error() -> None:
    with pytest.raises(DecodeError, match=r"^Build: expected a JSON object, got list \[1, 2\]$"):
        Build.from_dict([1, 2])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("model", "body", "message"),
    [
        (Build, {"buildNumber": "1", "url": "u", "status": "completed"}, r"Build\.id: required"),
        (Build, {"id": 1, "buildNumber": "1", "url": "u"}, r"Build\.status: required"),
        (models.IdentityRef, {"id": None}, r"IdentityRef\.display_name: required"),
        (models.TestConfiguration, {"id": 1, "url": "u"}, r"TestConfiguration\.name: required"),
        (models.TestSession, {"id": 1, "revision": 2}, r"TestSession\.state: required"),
        (TimelineRecord, {"id": TIMELINE_RECORD["id"]}, r"TimelineRecord\.type_: required"),
    ],
)
def test_a_missing_required_response_field_is_a_decode_error(
    model: type[Any], body: dict[str, Any], message: str
) -> None:
    with pytest.raises(DecodeError, match=message) as caught:
        model.from_dict(body)

    assert caught.value.missing


def test_response_models_type_their_required_fields_without_unset() -> None:
    assert Build.__annotations__["id"] == "int"
    assert Build.__annotations__["build_number"] == "str"
    assert Build.__annotations__["status"] == "BuildStatus"
    assert models.IdentityRef.__annotations__["display_name"] == "str"


def test_request_models_keep_their_optional_fields() -> None:
    assert models.BuildUpdate.from_dict({}).to_dict() == {}
    assert models.TestSessionUpdate.from_dict({"Id": 1}).to_dict() == {"Id": 1}
    assert models.QueueBuildRequest.from_dict({"definition": {"id": 1}}).to_dict() == {
        "definition": {"id": 1}
    }


def test_unknown_extra_fields_are_kept_unchecked_at_every_level() -> None:
    body = build_body(zzTop="x", definition={"id": 1, "name": "ci", "zzInner": [1, {"a": None}]})

    build = Build.from_dict(body)

    assert build.additional_properties == {"zzTop": "x"}
    assert isinstance(build.definition, models.DefinitionReference)
    assert build.definition.additional_properties == {"zzInner": [1, {"a": None}]}
    assert build.to_dict() == body


def test_an_unknown_enum_value_is_kept_but_a_wrong_json_type_is_not() -> None:
    build = Build.from_dict(build_body(status="someFutureStatus"))

    assert isinstance(build.status, BuildStatus) and build.status == "someFutureStatus"
    with pytest.raises(DecodeError, match=r"Build\.status: expected BuildStatus value"):
        Build.from_dict(build_body(status=None))


def test_unions_pick_their_member_by_json_type_and_reject_the_rest() -> None:
    by_name = models.TestConfigurationCreate.from_dict({"name": "c", "area": "Fabrikam\\QA"})
    by_object = models.TestConfigurationCreate.from_dict(
        {"name": "c", "area": {"name": "Fabrikam"}}
    )
    state_name = models.TestSessionUpdate.from_dict({"Id": 1, "State": "Paused"})
    state_code = models.TestSessionUpdate.from_dict({"Id": 1, "State": 3})

    assert by_name.area == "Fabrikam\\QA"
    assert isinstance(by_object.area, models.AreaReference)
    assert state_name.state is models.TestSessionStateName.PAUSED
    assert state_code.state is models.TestSessionStateCode.PAUSED
    with pytest.raises(DecodeError, match=r"TestConfigurationCreate\.area: expected str or Area"):
        models.TestConfigurationCreate.from_dict({"name": "c", "area": 5})
    with pytest.raises(DecodeError, match=r"TestSessionUpdate\.state: expected TestSessionStateN"):
        models.TestSessionUpdate.from_dict({"Id": 1, "State": True})


def test_subclasses_of_the_json_types_are_accepted_but_bool_is_not_a_number() -> None:
    update = models.TestSessionUpdate.from_dict({"Id": models.TestSessionStateCode.PAUSED})

    assert update.id == 3
    assert expect_type("M", "f", 2, float) == 2
    assert expect_type("M", "f", 2.5, float) == 2.5
    with pytest.raises(DecodeError, match=r"M\.f: expected number, got bool True"):
        expect_type("M", "f", True, float)
    with pytest.raises(DecodeError, match=r"M\.f: expected int, got bool False"):
        expect_type("M", "f", False, int)


def test_the_value_snippet_is_bounded() -> None:
    huge = "x" * 100_000
    with pytest.raises(DecodeError) as caught:
        Build.from_dict(build_body(buildNumber=[huge] * 1000))

    assert len(caught.value.value) <= SNIPPET_LIMIT
    assert len(str(caught.value)) < 200


def test_a_decode_error_survives_pickling() -> None:
    with pytest.raises(DecodeError) as caught:
        Build.from_dict(build_body(definition={"id": "x"}))

    copy = pickle.loads(pickle.dumps(caught.value))

    assert str(copy) == str(caught.value)
    assert copy.path == ["Build.definition"]


def test_unset_has_a_readable_repr() -> None:
    assert repr(UNSET) == "UNSET"
    assert not UNSET


def test_model_repr_leaves_unset_fields_out() -> None:
    build = Build.from_dict(build_body(keepForever=False, zzNew=1))

    assert repr(build) == (
        "Build(id=1, build_number='20150716.1', "
        "url='https://tfs/DefaultCollection/p/_apis/build/Builds/1', "
        "status=<BuildStatus.COMPLETED: 'completed'>, keep_forever=False, "
        "additional_properties={'zzNew': 1})"
    )
    assert repr(models.BuildUpdate()) == "BuildUpdate()"
    identity = models.IdentityRef.from_dict(IDENTITY_REQUIRED)
    assert repr(identity) == (
        f"IdentityRef(id={uuid.UUID(IDENTITY_REQUIRED['id'])!r}, display_name='Normal Paulk')"
    )
