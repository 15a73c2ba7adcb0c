from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_project_reference_visibility import TeamProjectReferenceVisibility
from ..types import UNSET, Unset, format_datetime, parse_uuid

T = TypeVar("T", bound="TeamProjectReference")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "description",
        "url",
        "state",
        "revision",
        "abbreviation",
        "defaultTeamImageUrl",
        "lastUpdateTime",
        "visibility",
    }
)


@_attrs_define
class TeamProjectReference:
    """A team project, as referenced from another resource.

    Attributes:
        id (UUID | Unset):
        name (str | Unset):
        description (str | Unset):
        url (str | Unset):
        state (str | Unset): Project state, e.g. `wellFormed`.
        revision (int | Unset):
        abbreviation (str | Unset): Project abbreviation.
        default_team_image_url (str | Unset): Url to default team identity image.
        last_update_time (datetime.datetime | Unset): Project last update time.
        visibility (TeamProjectReferenceVisibility | Unset): Project visibility.
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    url: str | Unset = UNSET
    state: str | Unset = UNSET
    revision: int | Unset = UNSET
    abbreviation: str | Unset = UNSET
    default_team_image_url: str | Unset = UNSET
    last_update_time: datetime.datetime | Unset = UNSET
    visibility: TeamProjectReferenceVisibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        description = self.description

        url = self.url

        state = self.state

        revision = self.revision

        abbreviation = self.abbreviation

        default_team_image_url = self.default_team_image_url

        last_update_time: str | Unset = UNSET
        if not isinstance(self.last_update_time, Unset):
            last_update_time = format_datetime(self.last_update_time)

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if state is not UNSET:
            field_dict["state"] = state
        if revision is not UNSET:
            field_dict["revision"] = revision
        if abbreviation is not UNSET:
            field_dict["abbreviation"] = abbreviation
        if default_team_image_url is not UNSET:
            field_dict["defaultTeamImageUrl"] = default_team_image_url
        if last_update_time is not UNSET:
            field_dict["lastUpdateTime"] = last_update_time
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _id = src_dict.get("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = parse_uuid(_id)

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        url = src_dict.get("url", UNSET)

        state = src_dict.get("state", UNSET)

        revision = src_dict.get("revision", UNSET)

        abbreviation = src_dict.get("abbreviation", UNSET)

        default_team_image_url = src_dict.get("defaultTeamImageUrl", UNSET)

        _last_update_time = src_dict.get("lastUpdateTime", UNSET)
        last_update_time: datetime.datetime | Unset
        if isinstance(_last_update_time, Unset):
            last_update_time = UNSET
        else:
            last_update_time = datetime.datetime.fromisoformat(_last_update_time)

        _visibility = src_dict.get("visibility", UNSET)
        visibility: TeamProjectReferenceVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = TeamProjectReferenceVisibility(_visibility)

        team_project_reference = cls(
            id=id,
            name=name,
            description=description,
            url=url,
            state=state,
            revision=revision,
            abbreviation=abbreviation,
            default_team_image_url=default_team_image_url,
            last_update_time=last_update_time,
            visibility=visibility,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            team_project_reference.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return team_project_reference

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
