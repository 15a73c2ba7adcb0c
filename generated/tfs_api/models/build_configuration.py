from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="BuildConfiguration")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "flavor",
        "platform",
        "uri",
        "project",
        "branchName",
        "buildDefinitionId",
        "buildSystem",
        "creationDate",
        "number",
        "repositoryGuid",
        "repositoryType",
        "sourceVersion",
        "targetBranchName",
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
        branch_name (str | Unset): Branch name for which build is generated.
        build_definition_id (int | Unset): BuildDefinitionId for build.
        build_system (str | Unset): Build system.
        creation_date (datetime.datetime | Unset): Build Creation Date.
        number (str | Unset): Build Number.
        repository_guid (str | Unset): Repository Guid for the Build.
        repository_type (str | Unset): Repository Type (eg. TFSGit).
        source_version (str | Unset): Source Version(/first commit) for the build was triggered.
        target_branch_name (str | Unset): Target BranchName.
    """

    id: int | Unset = UNSET
    flavor: str | Unset = UNSET
    platform: str | Unset = UNSET
    uri: str | Unset = UNSET
    project: TeamProjectReference | Unset = UNSET
    branch_name: str | Unset = UNSET
    build_definition_id: int | Unset = UNSET
    build_system: str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    number: str | Unset = UNSET
    repository_guid: str | Unset = UNSET
    repository_type: str | Unset = UNSET
    source_version: str | Unset = UNSET
    target_branch_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        flavor = self.flavor

        platform = self.platform

        uri = self.uri

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        branch_name = self.branch_name

        build_definition_id = self.build_definition_id

        build_system = self.build_system

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = format_datetime(self.creation_date)

        number = self.number

        repository_guid = self.repository_guid

        repository_type = self.repository_type

        source_version = self.source_version

        target_branch_name = self.target_branch_name

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
        if branch_name is not UNSET:
            field_dict["branchName"] = branch_name
        if build_definition_id is not UNSET:
            field_dict["buildDefinitionId"] = build_definition_id
        if build_system is not UNSET:
            field_dict["buildSystem"] = build_system
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if number is not UNSET:
            field_dict["number"] = number
        if repository_guid is not UNSET:
            field_dict["repositoryGuid"] = repository_guid
        if repository_type is not UNSET:
            field_dict["repositoryType"] = repository_type
        if source_version is not UNSET:
            field_dict["sourceVersion"] = source_version
        if target_branch_name is not UNSET:
            field_dict["targetBranchName"] = target_branch_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        flavor = src_dict.get("flavor", UNSET)

        platform = src_dict.get("platform", UNSET)

        uri = src_dict.get("uri", UNSET)

        _project = src_dict.get("project", UNSET)
        project: TeamProjectReference | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = TeamProjectReference.from_dict(_project)

        branch_name = src_dict.get("branchName", UNSET)

        build_definition_id = src_dict.get("buildDefinitionId", UNSET)

        build_system = src_dict.get("buildSystem", UNSET)

        _creation_date = src_dict.get("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        number = src_dict.get("number", UNSET)

        repository_guid = src_dict.get("repositoryGuid", UNSET)

        repository_type = src_dict.get("repositoryType", UNSET)

        source_version = src_dict.get("sourceVersion", UNSET)

        target_branch_name = src_dict.get("targetBranchName", UNSET)

        build_configuration = cls(
            id=id,
            flavor=flavor,
            platform=platform,
            uri=uri,
            project=project,
            branch_name=branch_name,
            build_definition_id=build_definition_id,
            build_system=build_system,
            creation_date=creation_date,
            number=number,
            repository_guid=repository_guid,
            repository_type=repository_type,
            source_version=source_version,
            target_branch_name=target_branch_name,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            build_configuration.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return build_configuration

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
