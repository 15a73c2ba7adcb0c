from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="QueueBuildRequest")
_new_instance = object.__new__

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
        if type(src_dict) is not dict:
            src_dict = expect_mapping("QueueBuildRequest", src_dict)
        _get = src_dict.get
        definition: Any = _get("definition", UNSET)
        if definition is UNSET:
            raise DecodeError(
                "QueueBuildRequest",
                "definition",
                None,
                "DefinitionIdReference object",
                missing=True,
            )
        try:
            definition = DefinitionIdReference.from_dict(definition)
        except DecodeError as error:
            raise error.within("QueueBuildRequest", "definition")

        queue: Any = _get("queue", UNSET)
        if queue is not UNSET:
            try:
                queue = QueueIdReference.from_dict(queue)
            except DecodeError as error:
                raise error.within("QueueBuildRequest", "queue")

        source_branch: Any = _get("sourceBranch", UNSET)
        if type(source_branch) is not str and source_branch is not UNSET:
            source_branch = expect_type("QueueBuildRequest", "source_branch", source_branch, str)

        source_version: Any = _get("sourceVersion", UNSET)
        if type(source_version) is not str and source_version is not UNSET:
            source_version = expect_type("QueueBuildRequest", "source_version", source_version, str)

        parameters: Any = _get("parameters", UNSET)
        if type(parameters) is not str and parameters is not UNSET:
            parameters = expect_type("QueueBuildRequest", "parameters", parameters, str)

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        queue_build_request = _new_instance(cls)
        queue_build_request.definition = definition
        queue_build_request.queue = queue
        queue_build_request.source_branch = source_branch
        queue_build_request.source_version = source_version
        queue_build_request.parameters = parameters
        queue_build_request.additional_properties = additional_properties
        return queue_build_request

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("definition", self.definition),
            ("queue", self.queue),
            ("source_branch", self.source_branch),
            ("source_version", self.source_version),
            ("parameters", self.parameters),
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
from ..models.definition_id_reference import DefinitionIdReference  # noqa: E402
from ..models.queue_id_reference import QueueIdReference  # noqa: E402
