from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_configuration_state import TestConfigurationState
from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="TestConfiguration")

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


@_attrs_define
class TestConfiguration:
    """A test configuration. The skinny form (list without `includeAllProperties`) holds only id, name, url, description,
    isDefault and state.

        Attributes:
            id (int | Unset):
            name (str | Unset):
            url (str | Unset):
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

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
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
        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        url = src_dict.get("url", UNSET)

        description = src_dict.get("description", UNSET)

        is_default = src_dict.get("isDefault", UNSET)

        _state = src_dict.get("state", UNSET)
        state: TestConfigurationState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = TestConfigurationState(_state)

        _project = src_dict.get("project", UNSET)
        project: TeamProjectReference | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = TeamProjectReference.from_dict(_project)

        _area = src_dict.get("area", UNSET)
        area: AreaReference | Unset
        if isinstance(_area, Unset):
            area = UNSET
        else:
            area = AreaReference.from_dict(_area)

        _last_updated_by = src_dict.get("lastUpdatedBy", UNSET)
        last_updated_by: IdentityRef | Unset
        if isinstance(_last_updated_by, Unset):
            last_updated_by = UNSET
        else:
            last_updated_by = IdentityRef.from_dict(_last_updated_by)

        _last_updated_date = src_dict.get("lastUpdatedDate", UNSET)
        last_updated_date: datetime.datetime | Unset
        if isinstance(_last_updated_date, Unset):
            last_updated_date = UNSET
        else:
            last_updated_date = datetime.datetime.fromisoformat(_last_updated_date)

        revision = src_dict.get("revision", UNSET)

        _values = src_dict.get("values", UNSET)
        values: list[NameValuePair] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = NameValuePair.from_dict(values_item_data)

                values.append(values_item)

        test_configuration = cls(
            id=id,
            name=name,
            url=url,
            description=description,
            is_default=is_default,
            state=state,
            project=project,
            area=area,
            last_updated_by=last_updated_by,
            last_updated_date=last_updated_date,
            revision=revision,
            values=values,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            test_configuration.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return test_configuration

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
