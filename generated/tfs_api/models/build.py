from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.build_reason import BuildReason
from ..models.build_result import BuildResult
from ..models.build_status import BuildStatus
from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="Build")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "buildNumber",
        "url",
        "uri",
        "_links",
        "definition",
        "project",
        "status",
        "result",
        "reason",
        "queue",
        "controller",
        "priority",
        "quality",
        "queueTime",
        "startTime",
        "finishTime",
        "sourceBranch",
        "sourceVersion",
        "parameters",
        "requestedFor",
        "requestedBy",
        "lastChangedDate",
        "lastChangedBy",
        "orchestrationPlan",
        "logs",
        "repository",
        "keepForever",
        "tags",
        "properties",
    }
)


@_attrs_define
class Build:
    """A build of a definition.

    Attributes:
        id (int | Unset):
        build_number (str | Unset):
        url (str | Unset):
        uri (str | Unset): Artifact URI, e.g. `vstfs:///Build/Build/391`.
        field_links (ReferenceLinks | Unset): Named hyperlinks to related resources (`self`, `web`, `timeline`, ...).
        definition (DefinitionReference | Unset): The definition a build was made from.
        project (TeamProjectReference | Unset): A team project, as referenced from another resource.
        status (BuildStatus | Unset): Where a build is in its life; `all` is only meaningful as a filter.
        result (BuildResult | Unset): How a completed build ended.
        reason (BuildReason | Unset): Why a build was created; `all` is only meaningful as a filter.
        queue (AgentPoolQueue | Unset): The queue a build ran on.
        controller (BuildController | Unset): The controller of a XAML build.
        priority (str | Unset): Queue priority, e.g. `normal`.
        quality (str | Unset): Build quality of a XAML build, e.g. `Rejected`.
        queue_time (datetime.datetime | Unset):
        start_time (datetime.datetime | Unset):
        finish_time (datetime.datetime | Unset):
        source_branch (str | Unset):
        source_version (str | Unset):
        parameters (str | Unset): The build's parameters as a JSON-encoded dictionary.
        requested_for (IdentityRef | Unset): A user or group.
        requested_by (IdentityRef | Unset): A user or group.
        last_changed_date (datetime.datetime | Unset):
        last_changed_by (IdentityRef | Unset): A user or group.
        orchestration_plan (OrchestrationPlanReference | Unset): The orchestration plan that ran the build.
        logs (BuildLogReference | Unset): Where a log lives.
        repository (BuildRepository | Unset): The source repository a build used.
        keep_forever (bool | Unset): Whether retention policies leave the build alone.
        tags (list[str] | Unset):
        properties (BuildProperties | Unset): Extended properties requested with `properties`.
    """

    id: int | Unset = UNSET
    build_number: str | Unset = UNSET
    url: str | Unset = UNSET
    uri: str | Unset = UNSET
    field_links: ReferenceLinks | Unset = UNSET
    definition: DefinitionReference | Unset = UNSET
    project: TeamProjectReference | Unset = UNSET
    status: BuildStatus | Unset = UNSET
    result: BuildResult | Unset = UNSET
    reason: BuildReason | Unset = UNSET
    queue: AgentPoolQueue | Unset = UNSET
    controller: BuildController | Unset = UNSET
    priority: str | Unset = UNSET
    quality: str | Unset = UNSET
    queue_time: datetime.datetime | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    finish_time: datetime.datetime | Unset = UNSET
    source_branch: str | Unset = UNSET
    source_version: str | Unset = UNSET
    parameters: str | Unset = UNSET
    requested_for: IdentityRef | Unset = UNSET
    requested_by: IdentityRef | Unset = UNSET
    last_changed_date: datetime.datetime | Unset = UNSET
    last_changed_by: IdentityRef | Unset = UNSET
    orchestration_plan: OrchestrationPlanReference | Unset = UNSET
    logs: BuildLogReference | Unset = UNSET
    repository: BuildRepository | Unset = UNSET
    keep_forever: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    properties: BuildProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        build_number = self.build_number

        url = self.url

        uri = self.uri

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.definition, Unset):
            definition = self.definition.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.to_dict()

        controller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.controller, Unset):
            controller = self.controller.to_dict()

        priority = self.priority

        quality = self.quality

        queue_time: str | Unset = UNSET
        if not isinstance(self.queue_time, Unset):
            queue_time = format_datetime(self.queue_time)

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = format_datetime(self.start_time)

        finish_time: str | Unset = UNSET
        if not isinstance(self.finish_time, Unset):
            finish_time = format_datetime(self.finish_time)

        source_branch = self.source_branch

        source_version = self.source_version

        parameters = self.parameters

        requested_for: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requested_for, Unset):
            requested_for = self.requested_for.to_dict()

        requested_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requested_by, Unset):
            requested_by = self.requested_by.to_dict()

        last_changed_date: str | Unset = UNSET
        if not isinstance(self.last_changed_date, Unset):
            last_changed_date = format_datetime(self.last_changed_date)

        last_changed_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_changed_by, Unset):
            last_changed_by = self.last_changed_by.to_dict()

        orchestration_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.orchestration_plan, Unset):
            orchestration_plan = self.orchestration_plan.to_dict()

        logs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = self.logs.to_dict()

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        keep_forever = self.keep_forever

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if build_number is not UNSET:
            field_dict["buildNumber"] = build_number
        if url is not UNSET:
            field_dict["url"] = url
        if uri is not UNSET:
            field_dict["uri"] = uri
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if definition is not UNSET:
            field_dict["definition"] = definition
        if project is not UNSET:
            field_dict["project"] = project
        if status is not UNSET:
            field_dict["status"] = status
        if result is not UNSET:
            field_dict["result"] = result
        if reason is not UNSET:
            field_dict["reason"] = reason
        if queue is not UNSET:
            field_dict["queue"] = queue
        if controller is not UNSET:
            field_dict["controller"] = controller
        if priority is not UNSET:
            field_dict["priority"] = priority
        if quality is not UNSET:
            field_dict["quality"] = quality
        if queue_time is not UNSET:
            field_dict["queueTime"] = queue_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if finish_time is not UNSET:
            field_dict["finishTime"] = finish_time
        if source_branch is not UNSET:
            field_dict["sourceBranch"] = source_branch
        if source_version is not UNSET:
            field_dict["sourceVersion"] = source_version
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if requested_for is not UNSET:
            field_dict["requestedFor"] = requested_for
        if requested_by is not UNSET:
            field_dict["requestedBy"] = requested_by
        if last_changed_date is not UNSET:
            field_dict["lastChangedDate"] = last_changed_date
        if last_changed_by is not UNSET:
            field_dict["lastChangedBy"] = last_changed_by
        if orchestration_plan is not UNSET:
            field_dict["orchestrationPlan"] = orchestration_plan
        if logs is not UNSET:
            field_dict["logs"] = logs
        if repository is not UNSET:
            field_dict["repository"] = repository
        if keep_forever is not UNSET:
            field_dict["keepForever"] = keep_forever
        if tags is not UNSET:
            field_dict["tags"] = tags
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        build_number = src_dict.get("buildNumber", UNSET)

        url = src_dict.get("url", UNSET)

        uri = src_dict.get("uri", UNSET)

        _field_links = src_dict.get("_links", UNSET)
        field_links: ReferenceLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = ReferenceLinks.from_dict(_field_links)

        _definition = src_dict.get("definition", UNSET)
        definition: DefinitionReference | Unset
        if isinstance(_definition, Unset):
            definition = UNSET
        else:
            definition = DefinitionReference.from_dict(_definition)

        _project = src_dict.get("project", UNSET)
        project: TeamProjectReference | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = TeamProjectReference.from_dict(_project)

        _status = src_dict.get("status", UNSET)
        status: BuildStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BuildStatus(_status)

        _result = src_dict.get("result", UNSET)
        result: BuildResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = BuildResult(_result)

        _reason = src_dict.get("reason", UNSET)
        reason: BuildReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = BuildReason(_reason)

        _queue = src_dict.get("queue", UNSET)
        queue: AgentPoolQueue | Unset
        if isinstance(_queue, Unset):
            queue = UNSET
        else:
            queue = AgentPoolQueue.from_dict(_queue)

        _controller = src_dict.get("controller", UNSET)
        controller: BuildController | Unset
        if isinstance(_controller, Unset):
            controller = UNSET
        else:
            controller = BuildController.from_dict(_controller)

        priority = src_dict.get("priority", UNSET)

        quality = src_dict.get("quality", UNSET)

        _queue_time = src_dict.get("queueTime", UNSET)
        queue_time: datetime.datetime | Unset
        if isinstance(_queue_time, Unset):
            queue_time = UNSET
        else:
            queue_time = datetime.datetime.fromisoformat(_queue_time)

        _start_time = src_dict.get("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _finish_time = src_dict.get("finishTime", UNSET)
        finish_time: datetime.datetime | Unset
        if isinstance(_finish_time, Unset):
            finish_time = UNSET
        else:
            finish_time = datetime.datetime.fromisoformat(_finish_time)

        source_branch = src_dict.get("sourceBranch", UNSET)

        source_version = src_dict.get("sourceVersion", UNSET)

        parameters = src_dict.get("parameters", UNSET)

        _requested_for = src_dict.get("requestedFor", UNSET)
        requested_for: IdentityRef | Unset
        if isinstance(_requested_for, Unset):
            requested_for = UNSET
        else:
            requested_for = IdentityRef.from_dict(_requested_for)

        _requested_by = src_dict.get("requestedBy", UNSET)
        requested_by: IdentityRef | Unset
        if isinstance(_requested_by, Unset):
            requested_by = UNSET
        else:
            requested_by = IdentityRef.from_dict(_requested_by)

        _last_changed_date = src_dict.get("lastChangedDate", UNSET)
        last_changed_date: datetime.datetime | Unset
        if isinstance(_last_changed_date, Unset):
            last_changed_date = UNSET
        else:
            last_changed_date = datetime.datetime.fromisoformat(_last_changed_date)

        _last_changed_by = src_dict.get("lastChangedBy", UNSET)
        last_changed_by: IdentityRef | Unset
        if isinstance(_last_changed_by, Unset):
            last_changed_by = UNSET
        else:
            last_changed_by = IdentityRef.from_dict(_last_changed_by)

        _orchestration_plan = src_dict.get("orchestrationPlan", UNSET)
        orchestration_plan: OrchestrationPlanReference | Unset
        if isinstance(_orchestration_plan, Unset):
            orchestration_plan = UNSET
        else:
            orchestration_plan = OrchestrationPlanReference.from_dict(_orchestration_plan)

        _logs = src_dict.get("logs", UNSET)
        logs: BuildLogReference | Unset
        if isinstance(_logs, Unset):
            logs = UNSET
        else:
            logs = BuildLogReference.from_dict(_logs)

        _repository = src_dict.get("repository", UNSET)
        repository: BuildRepository | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = BuildRepository.from_dict(_repository)

        keep_forever = src_dict.get("keepForever", UNSET)

        tags = cast(list[str], src_dict.get("tags", UNSET))

        _properties = src_dict.get("properties", UNSET)
        properties: BuildProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = BuildProperties.from_dict(_properties)

        build = cls(
            id=id,
            build_number=build_number,
            url=url,
            uri=uri,
            field_links=field_links,
            definition=definition,
            project=project,
            status=status,
            result=result,
            reason=reason,
            queue=queue,
            controller=controller,
            priority=priority,
            quality=quality,
            queue_time=queue_time,
            start_time=start_time,
            finish_time=finish_time,
            source_branch=source_branch,
            source_version=source_version,
            parameters=parameters,
            requested_for=requested_for,
            requested_by=requested_by,
            last_changed_date=last_changed_date,
            last_changed_by=last_changed_by,
            orchestration_plan=orchestration_plan,
            logs=logs,
            repository=repository,
            keep_forever=keep_forever,
            tags=tags,
            properties=properties,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            build.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return build

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
from ..models.agent_pool_queue import AgentPoolQueue  # noqa: E402
from ..models.build_controller import BuildController  # noqa: E402
from ..models.build_log_reference import BuildLogReference  # noqa: E402
from ..models.build_properties import BuildProperties  # noqa: E402
from ..models.build_repository import BuildRepository  # noqa: E402
from ..models.definition_reference import DefinitionReference  # noqa: E402
from ..models.identity_ref import IdentityRef  # noqa: E402
from ..models.orchestration_plan_reference import OrchestrationPlanReference  # noqa: E402
from ..models.reference_links import ReferenceLinks  # noqa: E402
from ..models.team_project_reference import TeamProjectReference  # noqa: E402
