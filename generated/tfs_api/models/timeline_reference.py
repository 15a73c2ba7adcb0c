from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type, parse_uuid

T = TypeVar("T", bound="TimelineReference")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "changeId",
        "url",
    }
)


@_attrs_define
class TimelineReference:
    """A nested timeline.

    Attributes:
        id (UUID):
        change_id (int | Unset):
        url (str | Unset):
    """

    id: UUID
    change_id: int | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        change_id = self.change_id

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if change_id is not UNSET:
            field_dict["changeId"] = change_id
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("TimelineReference", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if id is UNSET:
            raise DecodeError("TimelineReference", "id", None, "UUID string", missing=True)
        try:
            id = parse_uuid(id)
        except (TypeError, ValueError):
            raise DecodeError("TimelineReference", "id", id, "UUID string") from None

        change_id: Any = _get("changeId", UNSET)
        if type(change_id) is not int and change_id is not UNSET:
            change_id = expect_type("TimelineReference", "change_id", change_id, int)

        url: Any = _get("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_type("TimelineReference", "url", url, str)

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        timeline_reference = _new_instance(cls)
        timeline_reference.id = id
        timeline_reference.change_id = change_id
        timeline_reference.url = url
        timeline_reference.additional_properties = additional_properties
        return timeline_reference

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("change_id", self.change_id),
            ("url", self.url),
        )
        shown = [f"{name}={value!r}" for name, value in fields if value is not UNSET]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
