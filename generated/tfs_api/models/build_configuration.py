from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type, format_datetime

T = TypeVar("T", bound="BuildConfiguration")
_new_instance = object.__new__

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

        branch_name: Any = _get("branchName", UNSET)
        if type(branch_name) is not str and branch_name is not UNSET:
            branch_name = expect_type("BuildConfiguration", "branch_name", branch_name, str)

        build_definition_id: Any = _get("buildDefinitionId", UNSET)
        if type(build_definition_id) is not int and build_definition_id is not UNSET:
            build_definition_id = expect_type(
                "BuildConfiguration", "build_definition_id", build_definition_id, int
            )

        build_system: Any = _get("buildSystem", UNSET)
        if type(build_system) is not str and build_system is not UNSET:
            build_system = expect_type("BuildConfiguration", "build_system", build_system, str)

        creation_date: Any = _get("creationDate", UNSET)
        if creation_date is not UNSET:
            try:
                creation_date = datetime.datetime.fromisoformat(creation_date)
            except (TypeError, ValueError):
                raise DecodeError(
                    "BuildConfiguration", "creation_date", creation_date, "date-time string"
                ) from None

        number: Any = _get("number", UNSET)
        if type(number) is not str and number is not UNSET:
            number = expect_type("BuildConfiguration", "number", number, str)

        repository_guid: Any = _get("repositoryGuid", UNSET)
        if type(repository_guid) is not str and repository_guid is not UNSET:
            repository_guid = expect_type(
                "BuildConfiguration", "repository_guid", repository_guid, str
            )

        repository_type: Any = _get("repositoryType", UNSET)
        if type(repository_type) is not str and repository_type is not UNSET:
            repository_type = expect_type(
                "BuildConfiguration", "repository_type", repository_type, str
            )

        source_version: Any = _get("sourceVersion", UNSET)
        if type(source_version) is not str and source_version is not UNSET:
            source_version = expect_type(
                "BuildConfiguration", "source_version", source_version, str
            )

        target_branch_name: Any = _get("targetBranchName", UNSET)
        if type(target_branch_name) is not str and target_branch_name is not UNSET:
            target_branch_name = expect_type(
                "BuildConfiguration", "target_branch_name", target_branch_name, str
            )

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
        build_configuration.branch_name = branch_name
        build_configuration.build_definition_id = build_definition_id
        build_configuration.build_system = build_system
        build_configuration.creation_date = creation_date
        build_configuration.number = number
        build_configuration.repository_guid = repository_guid
        build_configuration.repository_type = repository_type
        build_configuration.source_version = source_version
        build_configuration.target_branch_name = target_branch_name
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
            ("branch_name", self.branch_name),
            ("build_definition_id", self.build_definition_id),
            ("build_system", self.build_system),
            ("creation_date", self.creation_date),
            ("number", self.number),
            ("repository_guid", self.repository_guid),
            ("repository_type", self.repository_type),
            ("source_version", self.source_version),
            ("target_branch_name", self.target_branch_name),
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
