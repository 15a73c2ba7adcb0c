from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="TeamProjectReference")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "description",
        "url",
        "state",
        "revision",
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
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    url: str | Unset = UNSET
    state: str | Unset = UNSET
    revision: int | Unset = UNSET
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

        team_project_reference = cls(
            id=id,
            name=name,
            description=description,
            url=url,
            state=state,
            revision=revision,
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
