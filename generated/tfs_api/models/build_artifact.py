from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="BuildArtifact")
_new_instance = object.__new__

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
        id (int):
        name (str):
        resource (ArtifactResource | Unset): Where an artifact's content is stored.
        source (str | Unset): The artifact source, which will be the ID of the job that produced this artifact. If an
            artifact is associated with multiple sources, this points to the first source.
    """

    id: int
    name: str
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
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if resource is not UNSET:
            field_dict["resource"] = resource
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("BuildArtifact", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if type(id) is not int:
            id = expect_type("BuildArtifact", "id", id, int)

        name: Any = _get("name", UNSET)
        if type(name) is not str:
            name = expect_type("BuildArtifact", "name", name, str)

        resource: Any = _get("resource", UNSET)
        if resource is not UNSET:
            try:
                resource = ArtifactResource.from_dict(resource)
            except DecodeError as error:
                raise error.within("BuildArtifact", "resource")

        source: Any = _get("source", UNSET)
        if type(source) is not str and source is not UNSET:
            source = expect_type("BuildArtifact", "source", source, str)

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        build_artifact = _new_instance(cls)
        build_artifact.id = id
        build_artifact.name = name
        build_artifact.resource = resource
        build_artifact.source = source
        build_artifact.additional_properties = additional_properties
        return build_artifact

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("name", self.name),
            ("resource", self.resource),
            ("source", self.source),
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
from ..models.artifact_resource import ArtifactResource  # noqa: E402
