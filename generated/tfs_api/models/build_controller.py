from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="BuildController")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "uri",
        "url",
        "status",
        "enabled",
        "createdDate",
        "updatedDate",
        "_links",
        "description",
    }
)


@_attrs_define
class BuildController:
    """The controller of a XAML build.

    Attributes:
        id (int | Unset):
        name (str | Unset):
        uri (str | Unset):
        url (str | Unset):
        status (str | Unset): e.g. `available` or `offline`.
        enabled (bool | Unset):
        created_date (datetime.datetime | Unset):
        updated_date (datetime.datetime | Unset):
        field_links (ReferenceLinks | Unset): Named hyperlinks to related resources (`self`, `web`, `timeline`, ...).
        description (str | Unset): The description of the controller.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    uri: str | Unset = UNSET
    url: str | Unset = UNSET
    status: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    updated_date: datetime.datetime | Unset = UNSET
    field_links: ReferenceLinks | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        uri = self.uri

        url = self.url

        status = self.status

        enabled = self.enabled

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = format_datetime(self.created_date)

        updated_date: str | Unset = UNSET
        if not isinstance(self.updated_date, Unset):
            updated_date = format_datetime(self.updated_date)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if uri is not UNSET:
            field_dict["uri"] = uri
        if url is not UNSET:
            field_dict["url"] = url
        if status is not UNSET:
            field_dict["status"] = status
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        uri = src_dict.get("uri", UNSET)

        url = src_dict.get("url", UNSET)

        status = src_dict.get("status", UNSET)

        enabled = src_dict.get("enabled", UNSET)

        _created_date = src_dict.get("createdDate", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        _updated_date = src_dict.get("updatedDate", UNSET)
        updated_date: datetime.datetime | Unset
        if isinstance(_updated_date, Unset):
            updated_date = UNSET
        else:
            updated_date = datetime.datetime.fromisoformat(_updated_date)

        _field_links = src_dict.get("_links", UNSET)
        field_links: ReferenceLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = ReferenceLinks.from_dict(_field_links)

        description = src_dict.get("description", UNSET)

        build_controller = cls(
            id=id,
            name=name,
            uri=uri,
            url=url,
            status=status,
            enabled=enabled,
            created_date=created_date,
            updated_date=updated_date,
            field_links=field_links,
            description=description,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            build_controller.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return build_controller

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
from ..models.reference_links import ReferenceLinks  # noqa: E402
