from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_configuration_state import TestConfigurationState
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestPlanConfiguration")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "description",
        "isDefault",
        "state",
        "values",
        "project",
    }
)


@_attrs_define
class TestPlanConfiguration:
    """A test configuration as the 7.1 test plan routes return it.

    Attributes:
        id (int | Unset):
        name (str | Unset):
        description (str | Unset):
        is_default (bool | Unset):
        state (TestConfigurationState | Unset): Whether a configuration can be used (servers bind it case-
            insensitively).
        values (list[NameValuePair] | Unset):
        project (TeamProjectReference | Unset): A team project, as referenced from another resource.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    state: TestConfigurationState | Unset = UNSET
    values: list[NameValuePair] | Unset = UNSET
    project: TeamProjectReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        is_default = self.is_default

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if state is not UNSET:
            field_dict["state"] = state
        if values is not UNSET:
            field_dict["values"] = values
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        is_default = src_dict.get("isDefault", UNSET)

        _state = src_dict.get("state", UNSET)
        state: TestConfigurationState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = TestConfigurationState(_state)

        _values = src_dict.get("values", UNSET)
        values: list[NameValuePair] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = NameValuePair.from_dict(values_item_data)

                values.append(values_item)

        _project = src_dict.get("project", UNSET)
        project: TeamProjectReference | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = TeamProjectReference.from_dict(_project)

        test_plan_configuration = cls(
            id=id,
            name=name,
            description=description,
            is_default=is_default,
            state=state,
            values=values,
            project=project,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            test_plan_configuration.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return test_plan_configuration

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
from ..models.team_project_reference import TeamProjectReference  # noqa: E402
