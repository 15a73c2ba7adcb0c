from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.team_project_reference_visibility import TeamProjectReferenceVisibility
from ..types import UNSET, Unset, expect_mapping, expect_type, format_datetime, parse_uuid

T = TypeVar("T", bound="TeamProjectReference")
_new_instance = object.__new__

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


_TeamProjectReferenceVisibility_BY_VALUE = {
    member.value: member for member in TeamProjectReferenceVisibility
}


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
        if type(src_dict) is not dict:
            src_dict = expect_mapping("TeamProjectReference", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if id is not UNSET:
            try:
                id = parse_uuid(id)
            except (TypeError, ValueError):
                raise DecodeError("TeamProjectReference", "id", id, "UUID string") from None

        name: Any = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_type("TeamProjectReference", "name", name, str)

        description: Any = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = expect_type("TeamProjectReference", "description", description, str)

        url: Any = _get("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_type("TeamProjectReference", "url", url, str)

        state: Any = _get("state", UNSET)
        if type(state) is not str and state is not UNSET:
            state = expect_type("TeamProjectReference", "state", state, str)

        revision: Any = _get("revision", UNSET)
        if type(revision) is not int and revision is not UNSET:
            revision = expect_type("TeamProjectReference", "revision", revision, int)

        abbreviation: Any = _get("abbreviation", UNSET)
        if type(abbreviation) is not str and abbreviation is not UNSET:
            abbreviation = expect_type("TeamProjectReference", "abbreviation", abbreviation, str)

        default_team_image_url: Any = _get("defaultTeamImageUrl", UNSET)
        if type(default_team_image_url) is not str and default_team_image_url is not UNSET:
            default_team_image_url = expect_type(
                "TeamProjectReference", "default_team_image_url", default_team_image_url, str
            )

        last_update_time: Any = _get("lastUpdateTime", UNSET)
        if last_update_time is not UNSET:
            try:
                last_update_time = datetime.datetime.fromisoformat(last_update_time)
            except (TypeError, ValueError):
                raise DecodeError(
                    "TeamProjectReference", "last_update_time", last_update_time, "date-time string"
                ) from None

        visibility: Any = _get("visibility", UNSET)
        if visibility is not UNSET:
            try:
                visibility = _TeamProjectReferenceVisibility_BY_VALUE[visibility]
            except (KeyError, TypeError):
                try:
                    visibility = TeamProjectReferenceVisibility(visibility)
                except ValueError:
                    raise DecodeError(
                        "TeamProjectReference",
                        "visibility",
                        visibility,
                        "TeamProjectReferenceVisibility value",
                    ) from None

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        team_project_reference = _new_instance(cls)
        team_project_reference.id = id
        team_project_reference.name = name
        team_project_reference.description = description
        team_project_reference.url = url
        team_project_reference.state = state
        team_project_reference.revision = revision
        team_project_reference.abbreviation = abbreviation
        team_project_reference.default_team_image_url = default_team_image_url
        team_project_reference.last_update_time = last_update_time
        team_project_reference.visibility = visibility
        team_project_reference.additional_properties = additional_properties
        return team_project_reference

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("name", self.name),
            ("description", self.description),
            ("url", self.url),
            ("state", self.state),
            ("revision", self.revision),
            ("abbreviation", self.abbreviation),
            ("default_team_image_url", self.default_team_image_url),
            ("last_update_time", self.last_update_time),
            ("visibility", self.visibility),
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
