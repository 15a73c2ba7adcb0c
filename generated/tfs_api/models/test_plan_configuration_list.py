from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TestPlanConfigurationList")

_KNOWN_KEYS = frozenset(
    {
        "count",
        "value",
    }
)


@_attrs_define
class TestPlanConfigurationList:
    """
    Attributes:
        count (int):
        value (list[TestPlanConfiguration]):
    """

    count: int
    value: list[TestPlanConfiguration]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        value = []
        for value_item_data in self.value:
            value_item = value_item_data.to_dict()
            value.append(value_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        count = src_dict["count"]

        value = []
        _value = src_dict["value"]
        for value_item_data in _value:
            value_item = TestPlanConfiguration.from_dict(value_item_data)

            value.append(value_item)

        test_plan_configuration_list = cls(
            count=count,
            value=value,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            test_plan_configuration_list.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return test_plan_configuration_list

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
from ..models.test_plan_configuration import TestPlanConfiguration  # noqa: E402
