from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, expect_mapping, expect_type

T = TypeVar("T", bound="TestPlanConfigurationList")
_new_instance = object.__new__

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
        if type(src_dict) is not dict:
            src_dict = expect_mapping("TestPlanConfigurationList", src_dict)
        _get = src_dict.get
        count: Any = _get("count", UNSET)
        if type(count) is not int:
            count = expect_type("TestPlanConfigurationList", "count", count, int)

        value: Any = _get("value", UNSET)
        if value is UNSET:
            raise DecodeError("TestPlanConfigurationList", "value", None, "list", missing=True)
        if type(value) is not list:
            value = expect_type("TestPlanConfigurationList", "value", value, list)
        value_items: list[Any] = []
        for value_item in value:
            try:
                value_item = TestPlanConfiguration.from_dict(value_item)
            except DecodeError as error:
                raise error.within("TestPlanConfigurationList", ("value") + f"[{len(value_items)}]")

            value_items.append(value_item)
        value = value_items

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        test_plan_configuration_list = _new_instance(cls)
        test_plan_configuration_list.count = count
        test_plan_configuration_list.value = value
        test_plan_configuration_list.additional_properties = additional_properties
        return test_plan_configuration_list

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("count", self.count),
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


# Imported last, once: a model referenced here may import this module in turn.
from ..models.test_plan_configuration import TestPlanConfiguration  # noqa: E402
