from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, expect_mapping, expect_type, format_datetime, parse_uuid

T = TypeVar("T", bound="TimelineRecord")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "name",
        "state",
        "parentId",
        "startTime",
        "finishTime",
        "currentOperation",
        "percentComplete",
        "result",
        "resultCode",
        "changeId",
        "lastModified",
        "workerName",
        "order",
        "details",
        "errorCount",
        "warningCount",
        "url",
        "log",
        "issues",
        "_links",
        "attempt",
        "identifier",
        "previousAttempts",
        "queueId",
        "task",
    }
)


@_attrs_define
class TimelineRecord:
    """One job or task of a build.

    Attributes:
        id (UUID):
        type_ (str): e.g. `Job` or `Task`.
        name (str):
        state (str): e.g. `pending`, `inProgress`, `completed`.
        parent_id (None | Unset | UUID):
        start_time (datetime.datetime | None | Unset):
        finish_time (datetime.datetime | None | Unset):
        current_operation (None | str | Unset):
        percent_complete (int | None | Unset):
        result (None | str | Unset): e.g. `succeeded`, `failed`.
        result_code (None | str | Unset):
        change_id (int | Unset):
        last_modified (str | Unset): Server timestamp; servers send `0001-01-01T00:00:00` (no time zone) when unset, so
            this stays text.
        worker_name (None | str | Unset):
        order (int | None | Unset):
        details (None | TimelineReference | Unset):
        error_count (int | None | Unset):
        warning_count (int | None | Unset):
        url (None | str | Unset):
        log (BuildLogReference | None | Unset):
        issues (list[TimelineIssue] | Unset):
        field_links (ReferenceLinks | Unset): Named hyperlinks to related resources (`self`, `web`, `timeline`, ...).
        attempt (int | Unset): Attempt number of record.
        identifier (str | Unset): String identifier that is consistent across attempts.
        previous_attempts (list[TimelineRecordPreviousAttemptsItem] | Unset):
        queue_id (int | Unset): The queue ID of the queue that the operation ran on.
        task (TimelineRecordTask | Unset): A reference to the task represented by this timeline record. (upstream
            `TaskReference`, not modelled here)
    """

    id: UUID
    type_: str
    name: str
    state: str
    parent_id: None | Unset | UUID = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    finish_time: datetime.datetime | None | Unset = UNSET
    current_operation: None | str | Unset = UNSET
    percent_complete: int | None | Unset = UNSET
    result: None | str | Unset = UNSET
    result_code: None | str | Unset = UNSET
    change_id: int | Unset = UNSET
    last_modified: str | Unset = UNSET
    worker_name: None | str | Unset = UNSET
    order: int | None | Unset = UNSET
    details: None | TimelineReference | Unset = UNSET
    error_count: int | None | Unset = UNSET
    warning_count: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    log: BuildLogReference | None | Unset = UNSET
    issues: list[TimelineIssue] | Unset = UNSET
    field_links: ReferenceLinks | Unset = UNSET
    attempt: int | Unset = UNSET
    identifier: str | Unset = UNSET
    previous_attempts: list[TimelineRecordPreviousAttemptsItem] | Unset = UNSET
    queue_id: int | Unset = UNSET
    task: TimelineRecordTask | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_

        name = self.name

        state = self.state

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = format_datetime(self.start_time)
        else:
            start_time = self.start_time

        finish_time: None | str | Unset
        if isinstance(self.finish_time, Unset):
            finish_time = UNSET
        elif isinstance(self.finish_time, datetime.datetime):
            finish_time = format_datetime(self.finish_time)
        else:
            finish_time = self.finish_time

        current_operation: None | str | Unset
        if isinstance(self.current_operation, Unset):
            current_operation = UNSET
        else:
            current_operation = self.current_operation

        percent_complete: int | None | Unset
        if isinstance(self.percent_complete, Unset):
            percent_complete = UNSET
        else:
            percent_complete = self.percent_complete

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        result_code: None | str | Unset
        if isinstance(self.result_code, Unset):
            result_code = UNSET
        else:
            result_code = self.result_code

        change_id = self.change_id

        last_modified = self.last_modified

        worker_name: None | str | Unset
        if isinstance(self.worker_name, Unset):
            worker_name = UNSET
        else:
            worker_name = self.worker_name

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, TimelineReference):
            details = self.details.to_dict()
        else:
            details = self.details

        error_count: int | None | Unset
        if isinstance(self.error_count, Unset):
            error_count = UNSET
        else:
            error_count = self.error_count

        warning_count: int | None | Unset
        if isinstance(self.warning_count, Unset):
            warning_count = UNSET
        else:
            warning_count = self.warning_count

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        log: dict[str, Any] | None | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        elif isinstance(self.log, BuildLogReference):
            log = self.log.to_dict()
        else:
            log = self.log

        issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = []
            for issues_item_data in self.issues:
                issues_item = issues_item_data.to_dict()
                issues.append(issues_item)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        attempt = self.attempt

        identifier = self.identifier

        previous_attempts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.previous_attempts, Unset):
            previous_attempts = []
            for previous_attempts_item_data in self.previous_attempts:
                previous_attempts_item = previous_attempts_item_data.to_dict()
                previous_attempts.append(previous_attempts_item)

        queue_id = self.queue_id

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "name": name,
                "state": state,
            }
        )
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if finish_time is not UNSET:
            field_dict["finishTime"] = finish_time
        if current_operation is not UNSET:
            field_dict["currentOperation"] = current_operation
        if percent_complete is not UNSET:
            field_dict["percentComplete"] = percent_complete
        if result is not UNSET:
            field_dict["result"] = result
        if result_code is not UNSET:
            field_dict["resultCode"] = result_code
        if change_id is not UNSET:
            field_dict["changeId"] = change_id
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if worker_name is not UNSET:
            field_dict["workerName"] = worker_name
        if order is not UNSET:
            field_dict["order"] = order
        if details is not UNSET:
            field_dict["details"] = details
        if error_count is not UNSET:
            field_dict["errorCount"] = error_count
        if warning_count is not UNSET:
            field_dict["warningCount"] = warning_count
        if url is not UNSET:
            field_dict["url"] = url
        if log is not UNSET:
            field_dict["log"] = log
        if issues is not UNSET:
            field_dict["issues"] = issues
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if attempt is not UNSET:
            field_dict["attempt"] = attempt
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if previous_attempts is not UNSET:
            field_dict["previousAttempts"] = previous_attempts
        if queue_id is not UNSET:
            field_dict["queueId"] = queue_id
        if task is not UNSET:
            field_dict["task"] = task

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = expect_mapping("TimelineRecord", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if id is UNSET:
            raise DecodeError("TimelineRecord", "id", None, "UUID string", missing=True)
        try:
            id = parse_uuid(id)
        except (TypeError, ValueError):
            raise DecodeError("TimelineRecord", "id", id, "UUID string") from None

        type_: Any = _get("type", UNSET)
        if type(type_) is not str:
            type_ = expect_type("TimelineRecord", "type_", type_, str)

        name: Any = _get("name", UNSET)
        if type(name) is not str:
            name = expect_type("TimelineRecord", "name", name, str)

        state: Any = _get("state", UNSET)
        if type(state) is not str:
            state = expect_type("TimelineRecord", "state", state, str)

        parent_id: Any = _get("parentId", UNSET)
        if parent_id is not UNSET:
            if isinstance(parent_id, str):
                try:
                    parent_id = parse_uuid(parent_id)
                except (TypeError, ValueError):
                    raise DecodeError(
                        "TimelineRecord", "parent_id", parent_id, "UUID string"
                    ) from None

            elif parent_id is None:
                pass
            else:
                raise DecodeError("TimelineRecord", "parent_id", parent_id, "UUID string or null")

        start_time: Any = _get("startTime", UNSET)
        if start_time is not UNSET:
            if isinstance(start_time, str):
                try:
                    start_time = datetime.datetime.fromisoformat(start_time)
                except (TypeError, ValueError):
                    raise DecodeError(
                        "TimelineRecord", "start_time", start_time, "date-time string"
                    ) from None

            elif start_time is None:
                pass
            else:
                raise DecodeError(
                    "TimelineRecord", "start_time", start_time, "date-time string or null"
                )

        finish_time: Any = _get("finishTime", UNSET)
        if finish_time is not UNSET:
            if isinstance(finish_time, str):
                try:
                    finish_time = datetime.datetime.fromisoformat(finish_time)
                except (TypeError, ValueError):
                    raise DecodeError(
                        "TimelineRecord", "finish_time", finish_time, "date-time string"
                    ) from None

            elif finish_time is None:
                pass
            else:
                raise DecodeError(
                    "TimelineRecord", "finish_time", finish_time, "date-time string or null"
                )

        current_operation: Any = _get("currentOperation", UNSET)
        if (
            type(current_operation) is not str
            and current_operation is not None
            and current_operation is not UNSET
        ):
            current_operation = expect_type(
                "TimelineRecord", "current_operation", current_operation, str, nullable=True
            )

        percent_complete: Any = _get("percentComplete", UNSET)
        if (
            type(percent_complete) is not int
            and percent_complete is not None
            and percent_complete is not UNSET
        ):
            percent_complete = expect_type(
                "TimelineRecord", "percent_complete", percent_complete, int, nullable=True
            )

        result: Any = _get("result", UNSET)
        if type(result) is not str and result is not None and result is not UNSET:
            result = expect_type("TimelineRecord", "result", result, str, nullable=True)

        result_code: Any = _get("resultCode", UNSET)
        if type(result_code) is not str and result_code is not None and result_code is not UNSET:
            result_code = expect_type(
                "TimelineRecord", "result_code", result_code, str, nullable=True
            )

        change_id: Any = _get("changeId", UNSET)
        if type(change_id) is not int and change_id is not UNSET:
            change_id = expect_type("TimelineRecord", "change_id", change_id, int)

        last_modified: Any = _get("lastModified", UNSET)
        if type(last_modified) is not str and last_modified is not UNSET:
            last_modified = expect_type("TimelineRecord", "last_modified", last_modified, str)

        worker_name: Any = _get("workerName", UNSET)
        if type(worker_name) is not str and worker_name is not None and worker_name is not UNSET:
            worker_name = expect_type(
                "TimelineRecord", "worker_name", worker_name, str, nullable=True
            )

        order: Any = _get("order", UNSET)
        if type(order) is not int and order is not None and order is not UNSET:
            order = expect_type("TimelineRecord", "order", order, int, nullable=True)

        details: Any = _get("details", UNSET)
        if details is not UNSET:
            if details is None:
                pass
            elif isinstance(details, Mapping):
                try:
                    details = TimelineReference.from_dict(details)
                except DecodeError as error:
                    raise error.within("TimelineRecord", "details")

            else:
                raise DecodeError(
                    "TimelineRecord", "details", details, "null or TimelineReference object"
                )

        error_count: Any = _get("errorCount", UNSET)
        if type(error_count) is not int and error_count is not None and error_count is not UNSET:
            error_count = expect_type(
                "TimelineRecord", "error_count", error_count, int, nullable=True
            )

        warning_count: Any = _get("warningCount", UNSET)
        if (
            type(warning_count) is not int
            and warning_count is not None
            and warning_count is not UNSET
        ):
            warning_count = expect_type(
                "TimelineRecord", "warning_count", warning_count, int, nullable=True
            )

        url: Any = _get("url", UNSET)
        if type(url) is not str and url is not None and url is not UNSET:
            url = expect_type("TimelineRecord", "url", url, str, nullable=True)

        log: Any = _get("log", UNSET)
        if log is not UNSET:
            if log is None:
                pass
            elif isinstance(log, Mapping):
                try:
                    log = BuildLogReference.from_dict(log)
                except DecodeError as error:
                    raise error.within("TimelineRecord", "log")

            else:
                raise DecodeError("TimelineRecord", "log", log, "null or BuildLogReference object")

        issues: Any = _get("issues", UNSET)
        if issues is not UNSET:
            if type(issues) is not list:
                issues = expect_type("TimelineRecord", "issues", issues, list)
            issues_items: list[Any] = []
            for issues_item in issues:
                try:
                    issues_item = TimelineIssue.from_dict(issues_item)
                except DecodeError as error:
                    raise error.within("TimelineRecord", ("issues") + f"[{len(issues_items)}]")

                issues_items.append(issues_item)
            issues = issues_items

        field_links: Any = _get("_links", UNSET)
        if field_links is not UNSET:
            try:
                field_links = ReferenceLinks.from_dict(field_links)
            except DecodeError as error:
                raise error.within("TimelineRecord", "field_links")

        attempt: Any = _get("attempt", UNSET)
        if type(attempt) is not int and attempt is not UNSET:
            attempt = expect_type("TimelineRecord", "attempt", attempt, int)

        identifier: Any = _get("identifier", UNSET)
        if type(identifier) is not str and identifier is not UNSET:
            identifier = expect_type("TimelineRecord", "identifier", identifier, str)

        previous_attempts: Any = _get("previousAttempts", UNSET)
        if previous_attempts is not UNSET:
            if type(previous_attempts) is not list:
                previous_attempts = expect_type(
                    "TimelineRecord", "previous_attempts", previous_attempts, list
                )
            previous_attempts_items: list[Any] = []
            for previous_attempts_item in previous_attempts:
                try:
                    previous_attempts_item = TimelineRecordPreviousAttemptsItem.from_dict(
                        previous_attempts_item
                    )
                except DecodeError as error:
                    raise error.within(
                        "TimelineRecord",
                        ("previous_attempts") + f"[{len(previous_attempts_items)}]",
                    )

                previous_attempts_items.append(previous_attempts_item)
            previous_attempts = previous_attempts_items

        queue_id: Any = _get("queueId", UNSET)
        if type(queue_id) is not int and queue_id is not UNSET:
            queue_id = expect_type("TimelineRecord", "queue_id", queue_id, int)

        task: Any = _get("task", UNSET)
        if task is not UNSET:
            try:
                task = TimelineRecordTask.from_dict(task)
            except DecodeError as error:
                raise error.within("TimelineRecord", "task")

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        timeline_record = _new_instance(cls)
        timeline_record.id = id
        timeline_record.type_ = type_
        timeline_record.name = name
        timeline_record.state = state
        timeline_record.parent_id = parent_id
        timeline_record.start_time = start_time
        timeline_record.finish_time = finish_time
        timeline_record.current_operation = current_operation
        timeline_record.percent_complete = percent_complete
        timeline_record.result = result
        timeline_record.result_code = result_code
        timeline_record.change_id = change_id
        timeline_record.last_modified = last_modified
        timeline_record.worker_name = worker_name
        timeline_record.order = order
        timeline_record.details = details
        timeline_record.error_count = error_count
        timeline_record.warning_count = warning_count
        timeline_record.url = url
        timeline_record.log = log
        timeline_record.issues = issues
        timeline_record.field_links = field_links
        timeline_record.attempt = attempt
        timeline_record.identifier = identifier
        timeline_record.previous_attempts = previous_attempts
        timeline_record.queue_id = queue_id
        timeline_record.task = task
        timeline_record.additional_properties = additional_properties
        return timeline_record

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("type_", self.type_),
            ("name", self.name),
            ("state", self.state),
            ("parent_id", self.parent_id),
            ("start_time", self.start_time),
            ("finish_time", self.finish_time),
            ("current_operation", self.current_operation),
            ("percent_complete", self.percent_complete),
            ("result", self.result),
            ("result_code", self.result_code),
            ("change_id", self.change_id),
            ("last_modified", self.last_modified),
            ("worker_name", self.worker_name),
            ("order", self.order),
            ("details", self.details),
            ("error_count", self.error_count),
            ("warning_count", self.warning_count),
            ("url", self.url),
            ("log", self.log),
            ("issues", self.issues),
            ("field_links", self.field_links),
            ("attempt", self.attempt),
            ("identifier", self.identifier),
            ("previous_attempts", self.previous_attempts),
            ("queue_id", self.queue_id),
            ("task", self.task),
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
from ..models.build_log_reference import BuildLogReference  # noqa: E402
from ..models.reference_links import ReferenceLinks  # noqa: E402
from ..models.timeline_issue import TimelineIssue  # noqa: E402
from ..models.timeline_record_previous_attempts_item import TimelineRecordPreviousAttemptsItem  # noqa: E402
from ..models.timeline_record_task import TimelineRecordTask  # noqa: E402
from ..models.timeline_reference import TimelineReference  # noqa: E402
