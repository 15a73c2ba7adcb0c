from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.test_configuration_state import TestConfigurationState
from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="TestPlanConfiguration")
_new_instance = object.__new__

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


_TestConfigurationState_BY_VALUE = {member.value: member for member in TestConfigurationState}


@_attrs_define
class TestPlanConfiguration:
    """A test configuration as the 7.1 test plan routes return it (every reply holds its id and name, as the older form's
    does).

        Attributes:
            id (int):
            name (str):
            description (str | Unset):
            is_default (bool | Unset):
            state (TestConfigurationState | Unset): Whether a configuration can be used (servers bind it case-
                insensitively).
            values (list[NameValuePair] | Unset):
            project (TeamProjectReference | Unset): A team project, as referenced from another resource.
    """

    id: int
    name: str
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
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
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
        if type(src_dict) is not dict:
            src_dict = expect_mapping("TestPlanConfiguration", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if type(id) is not int:
            id = expect_type("TestPlanConfiguration", "id", id, int)

        name: Any = _get("name", UNSET)
        if type(name) is not str:
            name = expect_type("TestPlanConfiguration", "name", name, str)

        description: Any = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = expect_type("TestPlanConfiguration", "description", description, str)

        is_default: Any = _get("isDefault", UNSET)
        if type(is_default) is not bool and is_default is not UNSET:
            is_default = expect_type("TestPlanConfiguration", "is_default", is_default, bool)

        state: Any = _get("state", UNSET)
        if state is not UNSET:
            try:
                state = _TestConfigurationState_BY_VALUE[state]
            except (KeyError, TypeError):
                try:
                    state = TestConfigurationState(state)
                except ValueError:
                    raise DecodeError(
                        "TestPlanConfiguration", "state", state, "TestConfigurationState value"
                    ) from None

        values: Any = _get("values", UNSET)
        if values is not UNSET:
            if type(values) is not list:
                values = expect_type("TestPlanConfiguration", "values", values, list)
            values_items: list[Any] = []
            for values_item in values:
                try:
                    values_item = NameValuePair.from_dict(values_item)
                except DecodeError as error:
                    raise error.within(
                        "TestPlanConfiguration", ("values") + f"[{len(values_items)}]"
                    )

                values_items.append(values_item)
            values = values_items

        project: Any = _get("project", UNSET)
        if project is not UNSET:
            try:
                project = TeamProjectReference.from_dict(project)
            except DecodeError as error:
                raise error.within("TestPlanConfiguration", "project")

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        test_plan_configuration = _new_instance(cls)
        test_plan_configuration.id = id
        test_plan_configuration.name = name
        test_plan_configuration.description = description
        test_plan_configuration.is_default = is_default
        test_plan_configuration.state = state
        test_plan_configuration.values = values
        test_plan_configuration.project = project
        test_plan_configuration.additional_properties = additional_properties
        return test_plan_configuration

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("name", self.name),
            ("description", self.description),
            ("is_default", self.is_default),
            ("state", self.state),
            ("values", self.values),
            ("project", self.project),
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
from ..models.team_project_reference import TeamProjectReference  # noqa: E402
