from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime, parse_uuid

T = TypeVar("T", bound="TimelineRecord")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "parentId",
        "type",
        "name",
        "startTime",
        "finishTime",
        "currentOperation",
        "percentComplete",
        "state",
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
        id (UUID | Unset):
        parent_id (None | Unset | UUID):
        type_ (str | Unset): e.g. `Job` or `Task`.
        name (str | Unset):
        start_time (datetime.datetime | None | Unset):
        finish_time (datetime.datetime | None | Unset):
        current_operation (None | str | Unset):
        percent_complete (int | None | Unset):
        state (str | Unset): e.g. `pending`, `inProgress`, `completed`.
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

    id: UUID | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    finish_time: datetime.datetime | None | Unset = UNSET
    current_operation: None | str | Unset = UNSET
    percent_complete: int | None | Unset = UNSET
    state: str | Unset = UNSET
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
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        type_ = self.type_

        name = self.name

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

        state = self.state

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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if finish_time is not UNSET:
            field_dict["finishTime"] = finish_time
        if current_operation is not UNSET:
            field_dict["currentOperation"] = current_operation
        if percent_complete is not UNSET:
            field_dict["percentComplete"] = percent_complete
        if state is not UNSET:
            field_dict["state"] = state
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
        _id = src_dict.get("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = parse_uuid(_id)

        def _parse_parent_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = parse_uuid(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_id = _parse_parent_id(src_dict.get("parentId", UNSET))

        type_ = src_dict.get("type", UNSET)

        name = src_dict.get("name", UNSET)

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(src_dict.get("startTime", UNSET))

        def _parse_finish_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_time_type_0 = datetime.datetime.fromisoformat(data)

                return finish_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finish_time = _parse_finish_time(src_dict.get("finishTime", UNSET))

        def _parse_current_operation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_operation = _parse_current_operation(src_dict.get("currentOperation", UNSET))

        def _parse_percent_complete(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        percent_complete = _parse_percent_complete(src_dict.get("percentComplete", UNSET))

        state = src_dict.get("state", UNSET)

        def _parse_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result = _parse_result(src_dict.get("result", UNSET))

        def _parse_result_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_code = _parse_result_code(src_dict.get("resultCode", UNSET))

        change_id = src_dict.get("changeId", UNSET)

        last_modified = src_dict.get("lastModified", UNSET)

        def _parse_worker_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        worker_name = _parse_worker_name(src_dict.get("workerName", UNSET))

        def _parse_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order = _parse_order(src_dict.get("order", UNSET))

        def _parse_details(data: object) -> None | TimelineReference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_1 = TimelineReference.from_dict(data)

                return details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimelineReference | Unset, data)

        details = _parse_details(src_dict.get("details", UNSET))

        def _parse_error_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        error_count = _parse_error_count(src_dict.get("errorCount", UNSET))

        def _parse_warning_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        warning_count = _parse_warning_count(src_dict.get("warningCount", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(src_dict.get("url", UNSET))

        def _parse_log(data: object) -> BuildLogReference | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                log_type_1 = BuildLogReference.from_dict(data)

                return log_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BuildLogReference | None | Unset, data)

        log = _parse_log(src_dict.get("log", UNSET))

        _issues = src_dict.get("issues", UNSET)
        issues: list[TimelineIssue] | Unset = UNSET
        if _issues is not UNSET:
            issues = []
            for issues_item_data in _issues:
                issues_item = TimelineIssue.from_dict(issues_item_data)

                issues.append(issues_item)

        _field_links = src_dict.get("_links", UNSET)
        field_links: ReferenceLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = ReferenceLinks.from_dict(_field_links)

        attempt = src_dict.get("attempt", UNSET)

        identifier = src_dict.get("identifier", UNSET)

        _previous_attempts = src_dict.get("previousAttempts", UNSET)
        previous_attempts: list[TimelineRecordPreviousAttemptsItem] | Unset = UNSET
        if _previous_attempts is not UNSET:
            previous_attempts = []
            for previous_attempts_item_data in _previous_attempts:
                previous_attempts_item = TimelineRecordPreviousAttemptsItem.from_dict(
                    previous_attempts_item_data
                )

                previous_attempts.append(previous_attempts_item)

        queue_id = src_dict.get("queueId", UNSET)

        _task = src_dict.get("task", UNSET)
        task: TimelineRecordTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = TimelineRecordTask.from_dict(_task)

        timeline_record = cls(
            id=id,
            parent_id=parent_id,
            type_=type_,
            name=name,
            start_time=start_time,
            finish_time=finish_time,
            current_operation=current_operation,
            percent_complete=percent_complete,
            state=state,
            result=result,
            result_code=result_code,
            change_id=change_id,
            last_modified=last_modified,
            worker_name=worker_name,
            order=order,
            details=details,
            error_count=error_count,
            warning_count=warning_count,
            url=url,
            log=log,
            issues=issues,
            field_links=field_links,
            attempt=attempt,
            identifier=identifier,
            previous_attempts=previous_attempts,
            queue_id=queue_id,
            task=task,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            timeline_record.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return timeline_record

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
