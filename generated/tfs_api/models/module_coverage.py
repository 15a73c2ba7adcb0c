from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModuleCoverage")

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
        name = src_dict.get("name", UNSET)

        signature = src_dict.get("signature", UNSET)

        signature_age = src_dict.get("signatureAge", UNSET)

        block_count = src_dict.get("blockCount", UNSET)

        block_data = src_dict.get("blockData", UNSET)

        _statistics = src_dict.get("statistics", UNSET)
        statistics: CoverageStatistics | Unset
        if isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            statistics = CoverageStatistics.from_dict(_statistics)

        _functions = src_dict.get("functions", UNSET)
        functions: list[FunctionCoverage] | Unset = UNSET
        if _functions is not UNSET:
            functions = []
            for functions_item_data in _functions:
                functions_item = FunctionCoverage.from_dict(functions_item_data)

                functions.append(functions_item)

        file_url = src_dict.get("fileUrl", UNSET)

        module_coverage = cls(
            name=name,
            signature=signature,
            signature_age=signature_age,
            block_count=block_count,
            block_data=block_data,
            statistics=statistics,
            functions=functions,
            file_url=file_url,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            module_coverage.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return module_coverage

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
