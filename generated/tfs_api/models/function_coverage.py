from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="FunctionCoverage")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "name",
        "namespace",
        "class",
        "sourceFile",
        "statistics",
    }
)


@_attrs_define
class FunctionCoverage:
    """Coverage of one function (returned with the Functions flag).

    Attributes:
        name (str | Unset):
        namespace (str | Unset):
        class_ (str | Unset):
        source_file (str | Unset):
        statistics (CoverageStatistics | Unset): Coverage counts.
    """

    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    class_: str | Unset = UNSET
    source_file: str | Unset = UNSET
    statistics: CoverageStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        namespace = self.namespace

        class_ = self.class_

        source_file = self.source_file

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if class_ is not UNSET:
            field_dict["class"] = class_
        if source_file is not UNSET:
            field_dict["sourceFile"] = source_file
        if statistics is not UNSET:
            field_dict["statistics"] = statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("FunctionCoverage", src_dict)
        _get = src_dict.get
        name: Any = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_type("FunctionCoverage", "name", name, str)

        namespace: Any = _get("namespace", UNSET)
        if type(namespace) is not str and namespace is not UNSET:
            namespace = expect_type("FunctionCoverage", "namespace", namespace, str)

        class_: Any = _get("class", UNSET)
        if type(class_) is not str and class_ is not UNSET:
            class_ = expect_type("FunctionCoverage", "class_", class_, str)

        source_file: Any = _get("sourceFile", UNSET)
        if type(source_file) is not str and source_file is not UNSET:
            source_file = expect_type("FunctionCoverage", "source_file", source_file, str)

        statistics: Any = _get("statistics", UNSET)
        if statistics is not UNSET:
            try:
                statistics = CoverageStatistics.from_dict(statistics)
            except DecodeError as error:
                raise error.within("FunctionCoverage", "statistics")

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        function_coverage = _new_instance(cls)
        function_coverage.name = name
        function_coverage.namespace = namespace
        function_coverage.class_ = class_
        function_coverage.source_file = source_file
        function_coverage.statistics = statistics
        function_coverage.additional_properties = additional_properties
        return function_coverage

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("name", self.name),
            ("namespace", self.namespace),
            ("class_", self.class_),
            ("source_file", self.source_file),
            ("statistics", self.statistics),
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
from ..models.coverage_statistics import CoverageStatistics  # noqa: E402
