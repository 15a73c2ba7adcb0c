from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type

T = TypeVar("T", bound="BuildCoverage")
_new_instance = object.__new__

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
        if type(src_dict) is not dict:
            src_dict = expect_mapping("BuildCoverage", src_dict)
        _get = src_dict.get
        configuration: Any = _get("configuration", UNSET)
        if configuration is not UNSET:
            try:
                configuration = BuildConfiguration.from_dict(configuration)
            except DecodeError as error:
                raise error.within("BuildCoverage", "configuration")

        state: Any = _get("state", UNSET)
        if type(state) is not str and state is not UNSET:
            state = expect_type("BuildCoverage", "state", state, str)

        last_error: Any = _get("lastError", UNSET)
        if type(last_error) is not str and last_error is not UNSET:
            last_error = expect_type("BuildCoverage", "last_error", last_error, str)

        modules: Any = _get("modules", UNSET)
        if modules is not UNSET:
            if type(modules) is not list:
                modules = expect_type("BuildCoverage", "modules", modules, list)
            modules_items: list[Any] = []
            for modules_item in modules:
                try:
                    modules_item = ModuleCoverage.from_dict(modules_item)
                except DecodeError as error:
                    raise error.within("BuildCoverage", ("modules") + f"[{len(modules_items)}]")

                modules_items.append(modules_item)
            modules = modules_items

        code_coverage_file_url: Any = _get("codeCoverageFileUrl", UNSET)
        if type(code_coverage_file_url) is not str and code_coverage_file_url is not UNSET:
            code_coverage_file_url = expect_type(
                "BuildCoverage", "code_coverage_file_url", code_coverage_file_url, str
            )

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        build_coverage = _new_instance(cls)
        build_coverage.configuration = configuration
        build_coverage.state = state
        build_coverage.last_error = last_error
        build_coverage.modules = modules
        build_coverage.code_coverage_file_url = code_coverage_file_url
        build_coverage.additional_properties = additional_properties
        return build_coverage

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("configuration", self.configuration),
            ("state", self.state),
            ("last_error", self.last_error),
            ("modules", self.modules),
            ("code_coverage_file_url", self.code_coverage_file_url),
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
from ..models.build_configuration import BuildConfiguration  # noqa: E402
from ..models.module_coverage import ModuleCoverage  # noqa: E402
