from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildCoverage")

_KNOWN_KEYS = frozenset(
    {
        "configuration",
        "state",
        "lastError",
        "modules",
        "codeCoverageFileUrl",
    }
)


@_attrs_define
class BuildCoverage:
    """Coverage of one build configuration.

    Attributes:
        configuration (BuildConfiguration | Unset): The build configuration (flavor and platform) coverage was collected
            for.
        state (str | Unset): Coverage processing state; servers send a number as text (e.g. "0").
        last_error (str | Unset):
        modules (list[ModuleCoverage] | Unset):
        code_coverage_file_url (str | Unset):
    """

    configuration: BuildConfiguration | Unset = UNSET
    state: str | Unset = UNSET
    last_error: str | Unset = UNSET
    modules: list[ModuleCoverage] | Unset = UNSET
    code_coverage_file_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        state = self.state

        last_error = self.last_error

        modules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modules, Unset):
            modules = []
            for modules_item_data in self.modules:
                modules_item = modules_item_data.to_dict()
                modules.append(modules_item)

        code_coverage_file_url = self.code_coverage_file_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if state is not UNSET:
            field_dict["state"] = state
        if last_error is not UNSET:
            field_dict["lastError"] = last_error
        if modules is not UNSET:
            field_dict["modules"] = modules
        if code_coverage_file_url is not UNSET:
            field_dict["codeCoverageFileUrl"] = code_coverage_file_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _configuration = src_dict.get("configuration", UNSET)
        configuration: BuildConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = BuildConfiguration.from_dict(_configuration)

        state = src_dict.get("state", UNSET)

        last_error = src_dict.get("lastError", UNSET)

        _modules = src_dict.get("modules", UNSET)
        modules: list[ModuleCoverage] | Unset = UNSET
        if _modules is not UNSET:
            modules = []
            for modules_item_data in _modules:
                modules_item = ModuleCoverage.from_dict(modules_item_data)

                modules.append(modules_item)

        code_coverage_file_url = src_dict.get("codeCoverageFileUrl", UNSET)

        build_coverage = cls(
            configuration=configuration,
            state=state,
            last_error=last_error,
            modules=modules,
            code_coverage_file_url=code_coverage_file_url,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            build_coverage.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return build_coverage

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
from ..models.build_configuration import BuildConfiguration  # noqa: E402
from ..models.module_coverage import ModuleCoverage  # noqa: E402
