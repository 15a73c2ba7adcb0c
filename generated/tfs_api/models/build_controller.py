from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type, format_datetime

T = TypeVar("T", bound="BuildController")
_new_instance = object.__new__

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
        id (int):
        name (str):
        uri (str | Unset):
        url (str | Unset):
        status (str | Unset): e.g. `available` or `offline`.
        enabled (bool | Unset):
        created_date (datetime.datetime | Unset):
        updated_date (datetime.datetime | Unset):
        field_links (ReferenceLinks | Unset): Named hyperlinks to related resources (`self`, `web`, `timeline`, ...).
        description (str | Unset): The description of the controller.
    """

    id: int
    name: str
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
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
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
        if type(src_dict) is not dict:
            src_dict = expect_mapping("BuildController", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if type(id) is not int:
            id = expect_type("BuildController", "id", id, int)

        name: Any = _get("name", UNSET)
        if type(name) is not str:
            name = expect_type("BuildController", "name", name, str)

        uri: Any = _get("uri", UNSET)
        if type(uri) is not str and uri is not UNSET:
            uri = expect_type("BuildController", "uri", uri, str)

        url: Any = _get("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_type("BuildController", "url", url, str)

        status: Any = _get("status", UNSET)
        if type(status) is not str and status is not UNSET:
            status = expect_type("BuildController", "status", status, str)

        enabled: Any = _get("enabled", UNSET)
        if type(enabled) is not bool and enabled is not UNSET:
            enabled = expect_type("BuildController", "enabled", enabled, bool)

        created_date: Any = _get("createdDate", UNSET)
        if created_date is not UNSET:
            try:
                created_date = datetime.datetime.fromisoformat(created_date)
            except (TypeError, ValueError):
                raise DecodeError(
                    "BuildController", "created_date", created_date, "date-time string"
                ) from None

        updated_date: Any = _get("updatedDate", UNSET)
        if updated_date is not UNSET:
            try:
                updated_date = datetime.datetime.fromisoformat(updated_date)
            except (TypeError, ValueError):
                raise DecodeError(
                    "BuildController", "updated_date", updated_date, "date-time string"
                ) from None

        field_links: Any = _get("_links", UNSET)
        if field_links is not UNSET:
            try:
                field_links = ReferenceLinks.from_dict(field_links)
            except DecodeError as error:
                raise error.within("BuildController", "field_links")

        description: Any = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = expect_type("BuildController", "description", description, str)

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        build_controller = _new_instance(cls)
        build_controller.id = id
        build_controller.name = name
        build_controller.uri = uri
        build_controller.url = url
        build_controller.status = status
        build_controller.enabled = enabled
        build_controller.created_date = created_date
        build_controller.updated_date = updated_date
        build_controller.field_links = field_links
        build_controller.description = description
        build_controller.additional_properties = additional_properties
        return build_controller

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("name", self.name),
            ("uri", self.uri),
            ("url", self.url),
            ("status", self.status),
            ("enabled", self.enabled),
            ("created_date", self.created_date),
            ("updated_date", self.updated_date),
            ("field_links", self.field_links),
            ("description", self.description),
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
from ..models.reference_links import ReferenceLinks  # noqa: E402
