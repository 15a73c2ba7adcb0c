from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type, format_datetime

T = TypeVar("T", bound="BuildLog")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "url",
        "type",
        "lineCount",
        "createdOn",
        "lastChangedOn",
    }
)


@_attrs_define
class BuildLog:
    """A log written while a build ran.

    Attributes:
        id (int):
        url (str):
        type_ (str | Unset):
        line_count (int | Unset):
        created_on (datetime.datetime | Unset):
        last_changed_on (datetime.datetime | Unset):
    """

    id: int
    url: str
    type_: str | Unset = UNSET
    line_count: int | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    last_changed_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        type_ = self.type_

        line_count = self.line_count

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = format_datetime(self.created_on)

        last_changed_on: str | Unset = UNSET
        if not isinstance(self.last_changed_on, Unset):
            last_changed_on = format_datetime(self.last_changed_on)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if line_count is not UNSET:
            field_dict["lineCount"] = line_count
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if last_changed_on is not UNSET:
            field_dict["lastChangedOn"] = last_changed_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("BuildLog", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if type(id) is not int:
            id = expect_type("BuildLog", "id", id, int)

        url: Any = _get("url", UNSET)
        if type(url) is not str:
            url = expect_type("BuildLog", "url", url, str)

        type_: Any = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = expect_type("BuildLog", "type_", type_, str)

        line_count: Any = _get("lineCount", UNSET)
        if type(line_count) is not int and line_count is not UNSET:
            line_count = expect_type("BuildLog", "line_count", line_count, int)

        created_on: Any = _get("createdOn", UNSET)
        if created_on is not UNSET:
            try:
                created_on = datetime.datetime.fromisoformat(created_on)
            except (TypeError, ValueError):
                raise DecodeError(
                    "BuildLog", "created_on", created_on, "date-time string"
                ) from None

        last_changed_on: Any = _get("lastChangedOn", UNSET)
        if last_changed_on is not UNSET:
            try:
                last_changed_on = datetime.datetime.fromisoformat(last_changed_on)
            except (TypeError, ValueError):
                raise DecodeError(
                    "BuildLog", "last_changed_on", last_changed_on, "date-time string"
                ) from None

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        build_log = _new_instance(cls)
        build_log.id = id
        build_log.url = url
        build_log.type_ = type_
        build_log.line_count = line_count
        build_log.created_on = created_on
        build_log.last_changed_on = last_changed_on
        build_log.additional_properties = additional_properties
        return build_log

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("url", self.url),
            ("type_", self.type_),
            ("line_count", self.line_count),
            ("created_on", self.created_on),
            ("last_changed_on", self.last_changed_on),
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
