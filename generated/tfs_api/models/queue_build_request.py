from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueBuildRequest")

_KNOWN_KEYS = frozenset(
    {
        "definition",
        "queue",
        "sourceBranch",
        "sourceVersion",
        "parameters",
    }
)


@_attrs_define
class QueueBuildRequest:
    """What to build. Only the definition is required.

    Attributes:
        definition (DefinitionIdReference): The definition to build.
        queue (QueueIdReference | Unset): The queue to build on.
        source_branch (str | Unset): The branch to build; the definition's default when omitted.
        source_version (str | Unset): The commit or changeset to build.
        parameters (str | Unset): Build variables as a JSON-encoded dictionary of strings.
    """

    definition: DefinitionIdReference
    queue: QueueIdReference | Unset = UNSET
    source_branch: str | Unset = UNSET
    source_version: str | Unset = UNSET
    parameters: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition = self.definition.to_dict()

        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.to_dict()

        source_branch = self.source_branch

        source_version = self.source_version

        parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "definition": definition,
            }
        )
        if queue is not UNSET:
            field_dict["queue"] = queue
        if source_branch is not UNSET:
            field_dict["sourceBranch"] = source_branch
        if source_version is not UNSET:
            field_dict["sourceVersion"] = source_version
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        definition = DefinitionIdReference.from_dict(src_dict["definition"])

        _queue = src_dict.get("queue", UNSET)
        queue: QueueIdReference | Unset
        if isinstance(_queue, Unset):
            queue = UNSET
        else:
            queue = QueueIdReference.from_dict(_queue)

        source_branch = src_dict.get("sourceBranch", UNSET)

        source_version = src_dict.get("sourceVersion", UNSET)

        parameters = src_dict.get("parameters", UNSET)

        queue_build_request = cls(
            definition=definition,
            queue=queue,
            source_branch=source_branch,
            source_version=source_version,
            parameters=parameters,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            queue_build_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return queue_build_request

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
from ..models.definition_id_reference import DefinitionIdReference  # noqa: E402
from ..models.queue_id_reference import QueueIdReference  # noqa: E402
