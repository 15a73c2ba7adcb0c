from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.test_configuration_state import TestConfigurationState
from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="TestPlanConfigurationCreate")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "name",
        "description",
        "values",
        "state",
        "isDefault",
    }
)


_TestConfigurationState_BY_VALUE = {member.value: member for member in TestConfigurationState}


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
        if type(src_dict) is not dict:
            src_dict = expect_mapping("TestPlanConfigurationCreate", src_dict)
        _get = src_dict.get
        name: Any = _get("name", UNSET)
        if type(name) is not str:
            name = expect_type("TestPlanConfigurationCreate", "name", name, str)

        description: Any = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = expect_type(
                "TestPlanConfigurationCreate", "description", description, str
            )

        values: Any = _get("values", UNSET)
        if values is not UNSET:
            if type(values) is not list:
                values = expect_type("TestPlanConfigurationCreate", "values", values, list)
            values_items: list[Any] = []
            for values_item in values:
                try:
                    values_item = NameValuePair.from_dict(values_item)
                except DecodeError as error:
                    raise error.within(
                        "TestPlanConfigurationCreate", ("values") + f"[{len(values_items)}]"
                    )

                values_items.append(values_item)
            values = values_items

        state: Any = _get("state", UNSET)
        if state is not UNSET:
            try:
                state = _TestConfigurationState_BY_VALUE[state]
            except (KeyError, TypeError):
                try:
                    state = TestConfigurationState(state)
                except ValueError:
                    raise DecodeError(
                        "TestPlanConfigurationCreate",
                        "state",
                        state,
                        "TestConfigurationState value",
                    ) from None

        is_default: Any = _get("isDefault", UNSET)
        if type(is_default) is not bool and is_default is not UNSET:
            is_default = expect_type("TestPlanConfigurationCreate", "is_default", is_default, bool)

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        test_plan_configuration_create = _new_instance(cls)
        test_plan_configuration_create.name = name
        test_plan_configuration_create.description = description
        test_plan_configuration_create.values = values
        test_plan_configuration_create.state = state
        test_plan_configuration_create.is_default = is_default
        test_plan_configuration_create.additional_properties = additional_properties
        return test_plan_configuration_create

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("name", self.name),
            ("description", self.description),
            ("values", self.values),
            ("state", self.state),
            ("is_default", self.is_default),
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
from ..models.name_value_pair import NameValuePair  # noqa: E402
