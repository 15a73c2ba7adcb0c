from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.test_configuration_state import TestConfigurationState
from ..types import UNSET, Unset, expect_mapping, expect_type, format_datetime

T = TypeVar("T", bound="TestConfiguration")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "url",
        "description",
        "isDefault",
        "state",
        "project",
        "area",
        "lastUpdatedBy",
        "lastUpdatedDate",
        "revision",
        "values",
    }
)


_TestConfigurationState_BY_VALUE = {member.value: member for member in TestConfigurationState}


@_attrs_define
class TestConfiguration:
    """A test configuration. The skinny form (list without `includeAllProperties`) holds only id, name, url, description,
    isDefault and state.

        Attributes:
            id (int):
            name (str):
            url (str):
            description (str | Unset):
            is_default (bool | Unset):
            state (TestConfigurationState | Unset): Whether a configuration can be used (servers bind it case-
                insensitively).
            project (TeamProjectReference | Unset): A team project, as referenced from another resource.
            area (AreaReference | Unset): An area path.
            last_updated_by (IdentityRef | Unset): A user or group.
            last_updated_date (datetime.datetime | Unset):
            revision (int | Unset):
            values (list[NameValuePair] | Unset):
    """

    id: int
    name: str
    url: str
    description: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    state: TestConfigurationState | Unset = UNSET
    project: TeamProjectReference | Unset = UNSET
    area: AreaReference | Unset = UNSET
    last_updated_by: IdentityRef | Unset = UNSET
    last_updated_date: datetime.datetime | Unset = UNSET
    revision: int | Unset = UNSET
    values: list[NameValuePair] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        url = self.url

        description = self.description

        is_default = self.is_default

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        area: dict[str, Any] | Unset = UNSET
        if not isinstance(self.area, Unset):
            area = self.area.to_dict()

        last_updated_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_updated_by, Unset):
            last_updated_by = self.last_updated_by.to_dict()

        last_updated_date: str | Unset = UNSET
        if not isinstance(self.last_updated_date, Unset):
            last_updated_date = format_datetime(self.last_updated_date)

        revision = self.revision

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "url": url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if state is not UNSET:
            field_dict["state"] = state
        if project is not UNSET:
            field_dict["project"] = project
        if area is not UNSET:
            field_dict["area"] = area
        if last_updated_by is not UNSET:
            field_dict["lastUpdatedBy"] = last_updated_by
        if last_updated_date is not UNSET:
            field_dict["lastUpdatedDate"] = last_updated_date
        if revision is not UNSET:
            field_dict["revision"] = revision
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("TestConfiguration", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if type(id) is not int:
            id = expect_type("TestConfiguration", "id", id, int)

        name: Any = _get("name", UNSET)
        if type(name) is not str:
            name = expect_type("TestConfiguration", "name", name, str)

        url: Any = _get("url", UNSET)
        if type(url) is not str:
            url = expect_type("TestConfiguration", "url", url, str)

        description: Any = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = expect_type("TestConfiguration", "description", description, str)

        is_default: Any = _get("isDefault", UNSET)
        if type(is_default) is not bool and is_default is not UNSET:
            is_default = expect_type("TestConfiguration", "is_default", is_default, bool)

        state: Any = _get("state", UNSET)
        if state is not UNSET:
            try:
                state = _TestConfigurationState_BY_VALUE[state]
            except (KeyError, TypeError):
                try:
                    state = TestConfigurationState(state)
                except ValueError:
                    raise DecodeError(
                        "TestConfiguration", "state", state, "TestConfigurationState value"
                    ) from None

        project: Any = _get("project", UNSET)
        if project is not UNSET:
            try:
                project = TeamProjectReference.from_dict(project)
            except DecodeError as error:
                raise error.within("TestConfiguration", "project")

        area: Any = _get("area", UNSET)
        if area is not UNSET:
            try:
                area = AreaReference.from_dict(area)
            except DecodeError as error:
                raise error.within("TestConfiguration", "area")

        last_updated_by: Any = _get("lastUpdatedBy", UNSET)
        if last_updated_by is not UNSET:
            try:
                last_updated_by = IdentityRef.from_dict(last_updated_by)
            except DecodeError as error:
                raise error.within("TestConfiguration", "last_updated_by")

        last_updated_date: Any = _get("lastUpdatedDate", UNSET)
        if last_updated_date is not UNSET:
            try:
                last_updated_date = datetime.datetime.fromisoformat(last_updated_date)
            except (TypeError, ValueError):
                raise DecodeError(
                    "TestConfiguration", "last_updated_date", last_updated_date, "date-time string"
                ) from None

        revision: Any = _get("revision", UNSET)
        if type(revision) is not int and revision is not UNSET:
            revision = expect_type("TestConfiguration", "revision", revision, int)

        values: Any = _get("values", UNSET)
        if values is not UNSET:
            if type(values) is not list:
                values = expect_type("TestConfiguration", "values", values, list)
            values_items: list[Any] = []
            for values_item in values:
                try:
                    values_item = NameValuePair.from_dict(values_item)
                except DecodeError as error:
                    raise error.within("TestConfiguration", ("values") + f"[{len(values_items)}]")

                values_items.append(values_item)
            values = values_items

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        test_configuration = _new_instance(cls)
        test_configuration.id = id
        test_configuration.name = name
        test_configuration.url = url
        test_configuration.description = description
        test_configuration.is_default = is_default
        test_configuration.state = state
        test_configuration.project = project
        test_configuration.area = area
        test_configuration.last_updated_by = last_updated_by
        test_configuration.last_updated_date = last_updated_date
        test_configuration.revision = revision
        test_configuration.values = values
        test_configuration.additional_properties = additional_properties
        return test_configuration

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("name", self.name),
            ("url", self.url),
            ("description", self.description),
            ("is_default", self.is_default),
            ("state", self.state),
            ("project", self.project),
            ("area", self.area),
            ("last_updated_by", self.last_updated_by),
            ("last_updated_date", self.last_updated_date),
            ("revision", self.revision),
            ("values", self.values),
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
from ..models.area_reference import AreaReference  # noqa: E402
from ..models.identity_ref import IdentityRef  # noqa: E402
from ..models.name_value_pair import NameValuePair  # noqa: E402
from ..models.team_project_reference import TeamProjectReference  # noqa: E402
