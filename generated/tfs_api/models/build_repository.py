from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildRepository")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "name",
        "url",
        "defaultBranch",
        "clean",
        "checkoutSubmodules",
        "properties",
        "rootFolder",
    }
)


@_attrs_define
class BuildRepository:
    """The source repository a build used.

    Attributes:
        id (str | Unset):
        type_ (str | Unset): e.g. `TfsGit`, `TfsVersionControl`, `GitHub`.
        name (str | Unset):
        url (str | Unset):
        default_branch (str | Unset):
        clean (None | str | Unset): Whether the agent cleans the sources ("true"/"false"), or null.
        checkout_submodules (bool | Unset):
        properties (BuildRepositoryProperties | Unset):
        root_folder (str | Unset): The root folder.
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    default_branch: str | Unset = UNSET
    clean: None | str | Unset = UNSET
    checkout_submodules: bool | Unset = UNSET
    properties: BuildRepositoryProperties | Unset = UNSET
    root_folder: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        name = self.name

        url = self.url

        default_branch = self.default_branch

        clean: None | str | Unset
        if isinstance(self.clean, Unset):
            clean = UNSET
        else:
            clean = self.clean

        checkout_submodules = self.checkout_submodules

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        root_folder = self.root_folder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if default_branch is not UNSET:
            field_dict["defaultBranch"] = default_branch
        if clean is not UNSET:
            field_dict["clean"] = clean
        if checkout_submodules is not UNSET:
            field_dict["checkoutSubmodules"] = checkout_submodules
        if properties is not UNSET:
            field_dict["properties"] = properties
        if root_folder is not UNSET:
            field_dict["rootFolder"] = root_folder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        type_ = src_dict.get("type", UNSET)

        name = src_dict.get("name", UNSET)

        url = src_dict.get("url", UNSET)

        default_branch = src_dict.get("defaultBranch", UNSET)

        def _parse_clean(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clean = _parse_clean(src_dict.get("clean", UNSET))

        checkout_submodules = src_dict.get("checkoutSubmodules", UNSET)

        _properties = src_dict.get("properties", UNSET)
        properties: BuildRepositoryProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = BuildRepositoryProperties.from_dict(_properties)

        root_folder = src_dict.get("rootFolder", UNSET)

        build_repository = cls(
            id=id,
            type_=type_,
            name=name,
            url=url,
            default_branch=default_branch,
            clean=clean,
            checkout_submodules=checkout_submodules,
            properties=properties,
            root_folder=root_folder,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            build_repository.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return build_repository

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
from ..models.build_repository_properties import BuildRepositoryProperties  # noqa: E402
