from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.definition_type import DefinitionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_project_reference import TeamProjectReference


T = TypeVar("T", bound="DefinitionReference")


@_attrs_define
class DefinitionReference:
    """The definition a build was made from.

    Attributes:
        id (int | Unset):
        name (str | Unset):
        type_ (DefinitionType | Unset): The kind of build definition.
        revision (int | Unset):
        url (str | Unset):
        project (TeamProjectReference | Unset): A team project, as referenced from another resource.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    type_: DefinitionType | Unset = UNSET
    revision: int | Unset = UNSET
    url: str | Unset = UNSET
    project: TeamProjectReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        revision = self.revision

        url = self.url

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if revision is not UNSET:
            field_dict["revision"] = revision
        if url is not UNSET:
            field_dict["url"] = url
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_project_reference import TeamProjectReference  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DefinitionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DefinitionType(_type_)

        revision = d.pop("revision", UNSET)

        url = d.pop("url", UNSET)

        _project = d.pop("project", UNSET)
        project: TeamProjectReference | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = TeamProjectReference.from_dict(_project)

        definition_reference = cls(
            id=id,
            name=name,
            type_=type_,
            revision=revision,
            url=url,
            project=project,
        )

        definition_reference.additional_properties = d
        return definition_reference

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
