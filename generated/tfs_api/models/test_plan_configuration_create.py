from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_configuration_state import TestConfigurationState
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestPlanConfigurationCreate")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "description",
        "values",
        "state",
        "isDefault",
    }
)


@_attrs_define
class TestPlanConfigurationCreate:
    """A new test configuration (7.1 test plan route; no area).

    Attributes:
        name (str): Not blank (a character other than whitespace), at most 256 characters (servers answer 400).
        description (str | Unset):
        values (list[NameValuePair] | Unset):
        state (TestConfigurationState | Unset): Whether a configuration can be used (servers bind it case-
            insensitively).
        is_default (bool | Unset):
    """

    name: str
    description: str | Unset = UNSET
    values: list[NameValuePair] | Unset = UNSET
    state: TestConfigurationState | Unset = UNSET
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if values is not UNSET:
            field_dict["values"] = values
        if state is not UNSET:
            field_dict["state"] = state
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        description = src_dict.get("description", UNSET)

        _values = src_dict.get("values", UNSET)
        values: list[NameValuePair] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = NameValuePair.from_dict(values_item_data)

                values.append(values_item)

        _state = src_dict.get("state", UNSET)
        state: TestConfigurationState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = TestConfigurationState(_state)

        is_default = src_dict.get("isDefault", UNSET)

        test_plan_configuration_create = cls(
            name=name,
            description=description,
            values=values,
            state=state,
            is_default=is_default,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            test_plan_configuration_create.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return test_plan_configuration_create

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


# Imported last, once: a model referenced here may import this module in turn.
from ..models.name_value_pair import NameValuePair  # noqa: E402
