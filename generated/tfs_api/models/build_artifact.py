from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_resource import ArtifactResource


T = TypeVar("T", bound="BuildArtifact")


@_attrs_define
class BuildArtifact:
    """An artifact a build published.

    Attributes:
        id (int | Unset):
        name (str | Unset):
        resource (ArtifactResource | Unset): Where an artifact's content is stored.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    resource: ArtifactResource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if resource is not UNSET:
            field_dict["resource"] = resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artifact_resource import ArtifactResource  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _resource = d.pop("resource", UNSET)
        resource: ArtifactResource | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = ArtifactResource.from_dict(_resource)

        build_artifact = cls(
            id=id,
            name=name,
            resource=resource,
        )

        build_artifact.additional_properties = d
        return build_artifact

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
