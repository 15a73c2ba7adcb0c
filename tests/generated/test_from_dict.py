"""What the generated `from_dict` keeps of its input (generator/templates/model.py.jinja reads the
source mapping instead of copying and popping it; uuid_property.py.jinja parses through the
cached `types.parse_uuid`): unknown keys in their order, a fresh `additional_properties` per
model, the source left untouched, missing required fields and bad UUIDs typed errors."""

from __future__ import annotations

import copy
import uuid
from types import MappingProxyType
from typing import Any

import pytest
from tfs_api.errors import DecodeError
from tfs_api.models import (
    Build,
    BuildList,
    IdentityRef,
    Link,
    OrchestrationPlanReference,
    ReferenceLinks,
)
from tfs_api.types import parse_uuid

from ._models import IDENTITY_REQUIRED, build_body

IDENTITY_ID = IDENTITY_REQUIRED["id"]


def _identity(**extra: Any) -> dict[str, Any]:
    return {"id": IDENTITY_ID, "displayName": "Normal Paulk", **extra}


def test_unknown_keys_are_kept_in_their_order_among_known_ones() -> None:
    data = build_body(zzFirst=1, id=7, zzSecond={"a": [1]}, buildNumber="b.7", zzThird=None)

    build = Build.from_dict(data)

    assert list(build.additional_properties.items()) == [
        ("zzFirst", 1),
        ("zzSecond", {"a": [1]}),
        ("zzThird", None),
    ]
    assert (build.id, build.build_number) == (7, "b.7")
    assert build.to_dict() == data


def test_models_without_unknown_keys_each_get_their_own_empty_additional_properties() -> None:
    first, second = Build.from_dict(build_body(id=1)), Build.from_dict(build_body(id=2))

    first["zzAdded"] = True

    assert first.additional_properties == {"zzAdded": True}
    assert second.additional_properties == {}
    assert second.to_dict() == build_body(id=2)


def test_from_dict_reads_any_mapping_and_leaves_the_source_untouched() -> None:
    data = build_body(id=3, requestedFor=_identity(zzNew="x"), zzUnknown=[1, 2])
    before = copy.deepcopy(data)

    build = Build.from_dict(MappingProxyType(data))

    assert data == before
    assert build.additional_properties == {"zzUnknown": [1, 2]}
    assert isinstance(build.requested_for, IdentityRef)
    assert build.requested_for.additional_properties == {"zzNew": "x"}
    build.additional_properties["zzLater"] = 1
    assert "zzLater" not in data


def test_a_missing_required_field_is_a_decode_error_naming_it() -> None:
    with pytest.raises(DecodeError, match=r"BuildList\.value: required field is missing"):
        BuildList.from_dict({"count": 0})


def test_maps_of_models_parse_every_entry_in_order() -> None:
    links = ReferenceLinks.from_dict({"web": {"href": "w"}, "self": {"href": "s", "zz": 1}})

    assert list(links.additional_properties) == ["web", "self"]
    assert all(isinstance(link, Link) for link in links.additional_properties.values())
    assert links.to_dict() == {"web": {"href": "w"}, "self": {"href": "s", "zz": 1}}


def test_repeated_uuid_text_parses_to_one_shared_immutable_uuid() -> None:
    builds = [
        Build.from_dict(build_body(id=n, requestedFor=_identity(), lastChangedBy=_identity()))
        for n in range(3)
    ]

    ids = [identity.id for b in builds for identity in (b.requested_for, b.last_changed_by)]
    assert all(isinstance(value, uuid.UUID) for value in ids)
    assert set(ids) == {uuid.UUID(IDENTITY_ID)}
    assert all(value is ids[0] for value in ids)
    with pytest.raises(TypeError):
        ids[0].int = 0


def test_uuid_parsing_still_rejects_what_uuid_rejects() -> None:
    for bad in ["not-a-guid", "", "{not-a-guid}"]:
        with pytest.raises(ValueError):
            uuid.UUID(bad)
        with pytest.raises(ValueError):
            parse_uuid(bad)
        with pytest.raises(DecodeError, match=r"OrchestrationPlanReference\.plan_id"):
            OrchestrationPlanReference.from_dict({"planId": bad})


@pytest.mark.parametrize("bad", [5, None, ["d6245f20-2af8-44f4-9451-8107cb2767db"]])
def test_uuid_parsing_rejects_values_that_are_not_text_with_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="must be text"):
        parse_uuid(bad)  # type: ignore[arg-type]
    with pytest.raises(DecodeError, match="expected UUID string"):
        OrchestrationPlanReference.from_dict({"planId": bad})


def test_a_nullable_uuid_accepts_null_and_rejects_text_that_is_not_a_uuid() -> None:
    assert IdentityRef.from_dict({**IDENTITY_REQUIRED, "id": None}).id is None
    assert IdentityRef.from_dict(IDENTITY_REQUIRED).id == uuid.UUID(IDENTITY_ID)
    with pytest.raises(
        DecodeError, match=r"IdentityRef\.id: expected UUID string, got str 'not-a-guid'"
    ):
        IdentityRef.from_dict({**IDENTITY_REQUIRED, "id": "not-a-guid"})
