from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.definition_reference_queue_status import DefinitionReferenceQueueStatus
from ..models.definition_type import DefinitionType
from ..types import UNSET, Unset, expect_mapping, expect_type, format_datetime

T = TypeVar("T", bound="DefinitionReference")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "type",
        "revision",
        "url",
        "project",
        "createdDate",
        "path",
        "queueStatus",
        "uri",
    }
)


_DefinitionReferenceQueueStatus_BY_VALUE = {
    member.value: member for member in DefinitionReferenceQueueStatus
}

_DefinitionType_BY_VALUE = {member.value: member for member in DefinitionType}


@_attrs_define
class DefinitionReference:
    """The definition a build was made from.

    Attributes:
        id (int):
        name (str):
        type_ (DefinitionType | Unset): The kind of build definition.
        revision (int | Unset):
        url (str | Unset):
        project (TeamProjectReference | Unset): A team project, as referenced from another resource.
        created_date (datetime.datetime | Unset): The date this version of the definition was created.
        path (str | Unset): The folder path of the definition.
        queue_status (DefinitionReferenceQueueStatus | Unset): A value that indicates whether builds can be queued
            against this definition.
        uri (str | Unset): The definition's URI.
    """

    id: int
    name: str
    type_: DefinitionType | Unset = UNSET
    revision: int | Unset = UNSET
    url: str | Unset = UNSET
    project: TeamProjectReference | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    path: str | Unset = UNSET
    queue_status: DefinitionReferenceQueueStatus | Unset = UNSET
    uri: str | Unset = UNSET
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

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = format_datetime(self.created_date)

        path = self.path

        queue_status: str | Unset = UNSET
        if not isinstance(self.queue_status, Unset):
            queue_status = self.queue_status.value

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if revision is not UNSET:
            field_dict["revision"] = revision
        if url is not UNSET:
            field_dict["url"] = url
        if project is not UNSET:
            field_dict["project"] = project
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if path is not UNSET:
            field_dict["path"] = path
        if queue_status is not UNSET:
            field_dict["queueStatus"] = queue_status
        if uri is not UNSET:
            field_dict["uri"] = uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("DefinitionReference", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if type(id) is not int:
            id = expect_type("DefinitionReference", "id", id, int)

        name: Any = _get("name", UNSET)
        if type(name) is not str:
            name = expect_type("DefinitionReference", "name", name, str)

        type_: Any = _get("type", UNSET)
        if type_ is not UNSET:
            try:
                type_ = _DefinitionType_BY_VALUE[type_]
            except (KeyError, TypeError):
                try:
                    type_ = DefinitionType(type_)
                except ValueError:
                    raise DecodeError(
                        "DefinitionReference", "type_", type_, "DefinitionType value"
                    ) from None

        revision: Any = _get("revision", UNSET)
        if type(revision) is not int and revision is not UNSET:
            revision = expect_type("DefinitionReference", "revision", revision, int)

        url: Any = _get("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_type("DefinitionReference", "url", url, str)

        project: Any = _get("project", UNSET)
        if project is not UNSET:
            try:
                project = TeamProjectReference.from_dict(project)
            except DecodeError as error:
                raise error.within("DefinitionReference", "project")

        created_date: Any = _get("createdDate", UNSET)
        if created_date is not UNSET:
            try:
                created_date = datetime.datetime.fromisoformat(created_date)
            except (TypeError, ValueError):
                raise DecodeError(
                    "DefinitionReference", "created_date", created_date, "date-time string"
                ) from None

        path: Any = _get("path", UNSET)
        if type(path) is not str and path is not UNSET:
            path = expect_type("DefinitionReference", "path", path, str)

        queue_status: Any = _get("queueStatus", UNSET)
        if queue_status is not UNSET:
            try:
                queue_status = _DefinitionReferenceQueueStatus_BY_VALUE[queue_status]
            except (KeyError, TypeError):
                try:
                    queue_status = DefinitionReferenceQueueStatus(queue_status)
                except ValueError:
                    raise DecodeError(
                        "DefinitionReference",
                        "queue_status",
                        queue_status,
                        "DefinitionReferenceQueueStatus value",
                    ) from None

        uri: Any = _get("uri", UNSET)
        if type(uri) is not str and uri is not UNSET:
            uri = expect_type("DefinitionReference", "uri", uri, str)

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        definition_reference = _new_instance(cls)
        definition_reference.id = id
        definition_reference.name = name
        definition_reference.type_ = type_
        definition_reference.revision = revision
        definition_reference.url = url
        definition_reference.project = project
        definition_reference.created_date = created_date
        definition_reference.path = path
        definition_reference.queue_status = queue_status
        definition_reference.uri = uri
        definition_reference.additional_properties = additional_properties
        return definition_reference

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("name", self.name),
            ("type_", self.type_),
            ("revision", self.revision),
            ("url", self.url),
            ("project", self.project),
            ("created_date", self.created_date),
            ("path", self.path),
            ("queue_status", self.queue_status),
            ("uri", self.uri),
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
