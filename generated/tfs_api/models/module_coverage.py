from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="ModuleCoverage")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "name",
        "signature",
        "signatureAge",
        "blockCount",
        "blockData",
        "statistics",
        "functions",
        "fileUrl",
    }
)


@_attrs_define
class ModuleCoverage:
    """Coverage of one binary module.

    Attributes:
        name (str | Unset):
        signature (str | Unset): Module signature (a GUID as text).
        signature_age (int | Unset):
        block_count (int | Unset):
        block_data (str | Unset): Base64 bitmap of covered blocks (with the BlockData flag).
        statistics (CoverageStatistics | Unset): Coverage counts.
        functions (list[FunctionCoverage] | Unset):
        file_url (str | Unset): Code Coverage File Url
    """

    name: str | Unset = UNSET
    signature: str | Unset = UNSET
    signature_age: int | Unset = UNSET
    block_count: int | Unset = UNSET
    block_data: str | Unset = UNSET
    statistics: CoverageStatistics | Unset = UNSET
    functions: list[FunctionCoverage] | Unset = UNSET
    file_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        signature = self.signature

        signature_age = self.signature_age

        block_count = self.block_count

        block_data = self.block_data

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = []
            for functions_item_data in self.functions:
                functions_item = functions_item_data.to_dict()
                functions.append(functions_item)

        file_url = self.file_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if signature is not UNSET:
            field_dict["signature"] = signature
        if signature_age is not UNSET:
            field_dict["signatureAge"] = signature_age
        if block_count is not UNSET:
            field_dict["blockCount"] = block_count
        if block_data is not UNSET:
            field_dict["blockData"] = block_data
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if functions is not UNSET:
            field_dict["functions"] = functions
        if file_url is not UNSET:
            field_dict["fileUrl"] = file_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("ModuleCoverage", src_dict)
        _get = src_dict.get
        name: Any = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_type("ModuleCoverage", "name", name, str)

        signature: Any = _get("signature", UNSET)
        if type(signature) is not str and signature is not UNSET:
            signature = expect_type("ModuleCoverage", "signature", signature, str)

        signature_age: Any = _get("signatureAge", UNSET)
        if type(signature_age) is not int and signature_age is not UNSET:
            signature_age = expect_type("ModuleCoverage", "signature_age", signature_age, int)

        block_count: Any = _get("blockCount", UNSET)
        if type(block_count) is not int and block_count is not UNSET:
            block_count = expect_type("ModuleCoverage", "block_count", block_count, int)

        block_data: Any = _get("blockData", UNSET)
        if type(block_data) is not str and block_data is not UNSET:
            block_data = expect_type("ModuleCoverage", "block_data", block_data, str)

        statistics: Any = _get("statistics", UNSET)
        if statistics is not UNSET:
            try:
                statistics = CoverageStatistics.from_dict(statistics)
            except DecodeError as error:
                raise error.within("ModuleCoverage", "statistics")

        functions: Any = _get("functions", UNSET)
        if functions is not UNSET:
            if type(functions) is not list:
                functions = expect_type("ModuleCoverage", "functions", functions, list)
            functions_items: list[Any] = []
            for functions_item in functions:
                try:
                    functions_item = FunctionCoverage.from_dict(functions_item)
                except DecodeError as error:
                    raise error.within(
                        "ModuleCoverage", ("functions") + f"[{len(functions_items)}]"
                    )

                functions_items.append(functions_item)
            functions = functions_items

        file_url: Any = _get("fileUrl", UNSET)
        if type(file_url) is not str and file_url is not UNSET:
            file_url = expect_type("ModuleCoverage", "file_url", file_url, str)

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        module_coverage = _new_instance(cls)
        module_coverage.name = name
        module_coverage.signature = signature
        module_coverage.signature_age = signature_age
        module_coverage.block_count = block_count
        module_coverage.block_data = block_data
        module_coverage.statistics = statistics
        module_coverage.functions = functions
        module_coverage.file_url = file_url
        module_coverage.additional_properties = additional_properties
        return module_coverage

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("name", self.name),
            ("signature", self.signature),
            ("signature_age", self.signature_age),
            ("block_count", self.block_count),
            ("block_data", self.block_data),
            ("statistics", self.statistics),
            ("functions", self.functions),
            ("file_url", self.file_url),
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
from ..models.function_coverage import FunctionCoverage  # noqa: E402
