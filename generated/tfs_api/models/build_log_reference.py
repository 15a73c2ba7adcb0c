from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="BuildLogReference")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "url",
    }
)


@_attrs_define
class BuildLogReference:
    """Where a log lives.

    Attributes:
        id (int):
        type_ (str | Unset): e.g. `Container`.
        url (str | Unset):
    """

    id: int
    type_: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("BuildLogReference", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if type(id) is not int:
            id = expect_type("BuildLogReference", "id", id, int)

        type_: Any = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = expect_type("BuildLogReference", "type_", type_, str)

        url: Any = _get("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_type("BuildLogReference", "url", url, str)

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        build_log_reference = _new_instance(cls)
        build_log_reference.id = id
        build_log_reference.type_ = type_
        build_log_reference.url = url
        build_log_reference.additional_properties = additional_properties
        return build_log_reference

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("type_", self.type_),
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
