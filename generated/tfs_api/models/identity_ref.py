from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="IdentityRef")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "displayName",
        "uniqueName",
        "url",
        "imageUrl",
        "isContainer",
    }
)


@_attrs_define
class IdentityRef:
    """A user or group.

    Attributes:
        id (None | Unset | UUID): Identity id; null for authors unknown to the server.
        display_name (str | Unset):
        unique_name (str | Unset): Account or domain name.
        url (str | Unset):
        image_url (str | Unset):
        is_container (bool | Unset): True for a group.
    """

    id: None | Unset | UUID = UNSET
    display_name: str | Unset = UNSET
    unique_name: str | Unset = UNSET
    url: str | Unset = UNSET
    image_url: str | Unset = UNSET
    is_container: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        display_name = self.display_name

        unique_name = self.unique_name

        url = self.url

        image_url = self.image_url

        is_container = self.is_container

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if unique_name is not UNSET:
            field_dict["uniqueName"] = unique_name
        if url is not UNSET:
            field_dict["url"] = url
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if is_container is not UNSET:
            field_dict["isContainer"] = is_container

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = parse_uuid(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(src_dict.get("id", UNSET))

        display_name = src_dict.get("displayName", UNSET)

        unique_name = src_dict.get("uniqueName", UNSET)

        url = src_dict.get("url", UNSET)

        image_url = src_dict.get("imageUrl", UNSET)

        is_container = src_dict.get("isContainer", UNSET)

        identity_ref = cls(
            id=id,
            display_name=display_name,
            unique_name=unique_name,
            url=url,
            image_url=image_url,
            is_container=is_container,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            identity_ref.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return identity_ref

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
