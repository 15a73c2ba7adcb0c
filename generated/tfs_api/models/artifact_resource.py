from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="ArtifactResource")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "type",
        "data",
        "url",
        "downloadUrl",
        "properties",
        "_links",
    }
)


@_attrs_define
class ArtifactResource:
    """Where an artifact's content is stored.

    Attributes:
        type_ (str | Unset): e.g. `Container` or `FilePath`.
        data (str | Unset): Type-specific location, e.g. `#/303511/drop`.
        url (str | Unset):
        download_url (str | Unset):
        properties (ArtifactResourceProperties | Unset):
        field_links (ReferenceLinks | Unset): Named hyperlinks to related resources (`self`, `web`, `timeline`, ...).
    """

    type_: str | Unset = UNSET
    data: str | Unset = UNSET
    url: str | Unset = UNSET
    download_url: str | Unset = UNSET
    properties: ArtifactResourceProperties | Unset = UNSET
    field_links: ReferenceLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data

        url = self.url

        download_url = self.download_url

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data
        if url is not UNSET:
            field_dict["url"] = url
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url
        if properties is not UNSET:
            field_dict["properties"] = properties
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("ArtifactResource", src_dict)
        _get = src_dict.get
        type_: Any = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = expect_type("ArtifactResource", "type_", type_, str)

        data: Any = _get("data", UNSET)
        if type(data) is not str and data is not UNSET:
            data = expect_type("ArtifactResource", "data", data, str)

        url: Any = _get("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_type("ArtifactResource", "url", url, str)

        download_url: Any = _get("downloadUrl", UNSET)
        if type(download_url) is not str and download_url is not UNSET:
            download_url = expect_type("ArtifactResource", "download_url", download_url, str)

        properties: Any = _get("properties", UNSET)
        if properties is not UNSET:
            try:
                properties = ArtifactResourceProperties.from_dict(properties)
            except DecodeError as error:
                raise error.within("ArtifactResource", "properties")

        field_links: Any = _get("_links", UNSET)
        if field_links is not UNSET:
            try:
                field_links = ReferenceLinks.from_dict(field_links)
            except DecodeError as error:
                raise error.within("ArtifactResource", "field_links")

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        artifact_resource = _new_instance(cls)
        artifact_resource.type_ = type_
        artifact_resource.data = data
        artifact_resource.url = url
        artifact_resource.download_url = download_url
        artifact_resource.properties = properties
        artifact_resource.field_links = field_links
        artifact_resource.additional_properties = additional_properties
        return artifact_resource

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("type_", self.type_),
            ("data", self.data),
            ("url", self.url),
            ("download_url", self.download_url),
            ("properties", self.properties),
            ("field_links", self.field_links),
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
from ..models.artifact_resource_properties import ArtifactResourceProperties  # noqa: E402
from ..models.reference_links import ReferenceLinks  # noqa: E402
