from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildArtifact")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "resource",
        "source",
    }
)


@_attrs_define
class BuildArtifact:
    """An artifact a build published.

    Attributes:
        id (int | Unset):
        name (str | Unset):
        resource (ArtifactResource | Unset): Where an artifact's content is stored.
        source (str | Unset): The artifact source, which will be the ID of the job that produced this artifact. If an
            artifact is associated with multiple sources, this points to the first source.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    resource: ArtifactResource | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if resource is not UNSET:
            field_dict["resource"] = resource
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        _resource = src_dict.get("resource", UNSET)
        resource: ArtifactResource | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = ArtifactResource.from_dict(_resource)

        source = src_dict.get("source", UNSET)

        build_artifact = cls(
            id=id,
            name=name,
            resource=resource,
            source=source,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            build_artifact.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
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


# Imported last, once: a model referenced here may import this module in turn.
from ..models.artifact_resource import ArtifactResource  # noqa: E402
