from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="BuildRepository")
_new_instance = object.__new__

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
        id (str):
        type_ (str): e.g. `TfsGit`, `TfsVersionControl`, `GitHub`.
        name (str | Unset):
        url (str | Unset):
        default_branch (str | Unset):
        clean (None | str | Unset): Whether the agent cleans the sources ("true"/"false"), or null.
        checkout_submodules (bool | Unset):
        properties (BuildRepositoryProperties | Unset):
        root_folder (str | Unset): The root folder.
    """

    id: str
    type_: str
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
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
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
        if type(src_dict) is not dict:
            src_dict = expect_mapping("BuildRepository", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if type(id) is not str:
            id = expect_type("BuildRepository", "id", id, str)

        type_: Any = _get("type", UNSET)
        if type(type_) is not str:
            type_ = expect_type("BuildRepository", "type_", type_, str)

        name: Any = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_type("BuildRepository", "name", name, str)

        url: Any = _get("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_type("BuildRepository", "url", url, str)

        default_branch: Any = _get("defaultBranch", UNSET)
        if type(default_branch) is not str and default_branch is not UNSET:
            default_branch = expect_type("BuildRepository", "default_branch", default_branch, str)

        clean: Any = _get("clean", UNSET)
        if type(clean) is not str and clean is not None and clean is not UNSET:
            clean = expect_type("BuildRepository", "clean", clean, str, nullable=True)

        checkout_submodules: Any = _get("checkoutSubmodules", UNSET)
        if type(checkout_submodules) is not bool and checkout_submodules is not UNSET:
            checkout_submodules = expect_type(
                "BuildRepository", "checkout_submodules", checkout_submodules, bool
            )

        properties: Any = _get("properties", UNSET)
        if properties is not UNSET:
            try:
                properties = BuildRepositoryProperties.from_dict(properties)
            except DecodeError as error:
                raise error.within("BuildRepository", "properties")

        root_folder: Any = _get("rootFolder", UNSET)
        if type(root_folder) is not str and root_folder is not UNSET:
            root_folder = expect_type("BuildRepository", "root_folder", root_folder, str)

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        build_repository = _new_instance(cls)
        build_repository.id = id
        build_repository.type_ = type_
        build_repository.name = name
        build_repository.url = url
        build_repository.default_branch = default_branch
        build_repository.clean = clean
        build_repository.checkout_submodules = checkout_submodules
        build_repository.properties = properties
        build_repository.root_folder = root_folder
        build_repository.additional_properties = additional_properties
        return build_repository

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("type_", self.type_),
            ("name", self.name),
            ("url", self.url),
            ("default_branch", self.default_branch),
            ("clean", self.clean),
            ("checkout_submodules", self.checkout_submodules),
            ("properties", self.properties),
            ("root_folder", self.root_folder),
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
from ..models.build_repository_properties import BuildRepositoryProperties  # noqa: E402
