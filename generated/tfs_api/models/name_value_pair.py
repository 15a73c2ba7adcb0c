from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, expect_mapping, expect_type

T = TypeVar("T", bound="NameValuePair")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "name",
        "value",
    }
)


@_attrs_define
class NameValuePair:
    """A test variable and the value a configuration selects for it.

    Attributes:
        name (str):
        value (str):
    """

    name: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("NameValuePair", src_dict)
        _get = src_dict.get
        name: Any = _get("name", UNSET)
        if type(name) is not str:
            name = expect_type("NameValuePair", "name", name, str)

        value: Any = _get("value", UNSET)
        if type(value) is not str:
            value = expect_type("NameValuePair", "value", value, str)

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        name_value_pair = _new_instance(cls)
        name_value_pair.name = name
        name_value_pair.value = value
        name_value_pair.additional_properties = additional_properties
        return name_value_pair

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("name", self.name),
            ("value", self.value),
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
