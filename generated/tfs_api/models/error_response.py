from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")

_KNOWN_KEYS = frozenset(
    {
        "message",
        "typeKey",
        "$id",
        "innerException",
        "typeName",
        "errorCode",
        "eventId",
    }
)


@_attrs_define
class ErrorResponse:
    """The body a server sends with a 4xx or 5xx status.

    Attributes:
        message (str): What went wrong, for people.
        type_key (str): Short stable name of the error, e.g. `BuildNotFoundException`.
        id (str | Unset): Serialization id of the object.
        inner_exception (ErrorResponseInnerExceptionType0 | None | Unset): The error that caused this one, if any.
        type_name (str | Unset): Full .NET type name of the server exception.
        error_code (int | Unset): Numeric error code (0 when none).
        event_id (int | Unset): Server event log id.
    """

    message: str
    type_key: str
    id: str | Unset = UNSET
    inner_exception: ErrorResponseInnerExceptionType0 | None | Unset = UNSET
    type_name: str | Unset = UNSET
    error_code: int | Unset = UNSET
    event_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_key = self.type_key

        id = self.id

        inner_exception: dict[str, Any] | None | Unset
        if isinstance(self.inner_exception, Unset):
            inner_exception = UNSET
        elif isinstance(self.inner_exception, ErrorResponseInnerExceptionType0):
            inner_exception = self.inner_exception.to_dict()
        else:
            inner_exception = self.inner_exception

        type_name = self.type_name

        error_code = self.error_code

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "typeKey": type_key,
            }
        )
        if id is not UNSET:
            field_dict["$id"] = id
        if inner_exception is not UNSET:
            field_dict["innerException"] = inner_exception
        if type_name is not UNSET:
            field_dict["typeName"] = type_name
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if event_id is not UNSET:
            field_dict["eventId"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        message = src_dict["message"]

        type_key = src_dict["typeKey"]

        id = src_dict.get("$id", UNSET)

        def _parse_inner_exception(data: object) -> ErrorResponseInnerExceptionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inner_exception_type_0 = ErrorResponseInnerExceptionType0.from_dict(data)

                return inner_exception_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorResponseInnerExceptionType0 | None | Unset, data)

        inner_exception = _parse_inner_exception(src_dict.get("innerException", UNSET))

        type_name = src_dict.get("typeName", UNSET)

        error_code = src_dict.get("errorCode", UNSET)

        event_id = src_dict.get("eventId", UNSET)

        error_response = cls(
            message=message,
            type_key=type_key,
            id=id,
            inner_exception=inner_exception,
            type_name=type_name,
            error_code=error_code,
            event_id=event_id,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            error_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return error_response

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
from ..models.error_response_inner_exception_type_0 import ErrorResponseInnerExceptionType0  # noqa: E402
