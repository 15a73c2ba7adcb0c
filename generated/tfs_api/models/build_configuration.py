from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="BuildConfiguration")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "flavor",
        "platform",
        "uri",
        "project",
    }
)


@_attrs_define
class BuildConfiguration:
    """The build configuration (flavor and platform) coverage was collected for.

    Attributes:
        id (int | Unset):
        flavor (str | Unset):
        platform (str | Unset):
        uri (str | Unset): The build's artifact URI.
        project (TeamProjectReference | Unset): A team project, as referenced from another resource.
    """

    id: int | Unset = UNSET
    flavor: str | Unset = UNSET
    platform: str | Unset = UNSET
    uri: str | Unset = UNSET
    project: TeamProjectReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        flavor = self.flavor

        platform = self.platform

        uri = self.uri

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if platform is not UNSET:
            field_dict["platform"] = platform
        if uri is not UNSET:
            field_dict["uri"] = uri
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("BuildConfiguration", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_type("BuildConfiguration", "id", id, int)

        flavor: Any = _get("flavor", UNSET)
        if type(flavor) is not str and flavor is not UNSET:
            flavor = expect_type("BuildConfiguration", "flavor", flavor, str)

        platform: Any = _get("platform", UNSET)
        if type(platform) is not str and platform is not UNSET:
            platform = expect_type("BuildConfiguration", "platform", platform, str)

        uri: Any = _get("uri", UNSET)
        if type(uri) is not str and uri is not UNSET:
            uri = expect_type("BuildConfiguration", "uri", uri, str)

        project: Any = _get("project", UNSET)
        if project is not UNSET:
            try:
                project = TeamProjectReference.from_dict(project)
            except DecodeError as error:
                raise error.within("BuildConfiguration", "project")

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        build_configuration = _new_instance(cls)
        build_configuration.id = id
        build_configuration.flavor = flavor
        build_configuration.platform = platform
        build_configuration.uri = uri
        build_configuration.project = project
        build_configuration.additional_properties = additional_properties
        return build_configuration

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("flavor", self.flavor),
            ("platform", self.platform),
            ("uri", self.uri),
            ("project", self.project),
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
from ..models.team_project_reference import TeamProjectReference  # noqa: E402
