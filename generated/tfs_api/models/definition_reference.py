from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.definition_reference_queue_status import DefinitionReferenceQueueStatus
from ..models.definition_type import DefinitionType
from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="DefinitionReference")

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
        created_date (datetime.datetime | Unset): The date this version of the definition was created.
        path (str | Unset): The folder path of the definition.
        queue_status (DefinitionReferenceQueueStatus | Unset): A value that indicates whether builds can be queued
            against this definition.
        uri (str | Unset): The definition's URI.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
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
        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        _type_ = src_dict.get("type", UNSET)
        type_: DefinitionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DefinitionType(_type_)

        revision = src_dict.get("revision", UNSET)

        url = src_dict.get("url", UNSET)

        _project = src_dict.get("project", UNSET)
        project: TeamProjectReference | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = TeamProjectReference.from_dict(_project)

        _created_date = src_dict.get("createdDate", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        path = src_dict.get("path", UNSET)

        _queue_status = src_dict.get("queueStatus", UNSET)
        queue_status: DefinitionReferenceQueueStatus | Unset
        if isinstance(_queue_status, Unset):
            queue_status = UNSET
        else:
            queue_status = DefinitionReferenceQueueStatus(_queue_status)

        uri = src_dict.get("uri", UNSET)

        definition_reference = cls(
            id=id,
            name=name,
            type_=type_,
            revision=revision,
            url=url,
            project=project,
            created_date=created_date,
            path=path,
            queue_status=queue_status,
            uri=uri,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            definition_reference.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
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


# Imported last, once: a model referenced here may import this module in turn.
from ..models.team_project_reference import TeamProjectReference  # noqa: E402
