from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.build_queue_options import BuildQueueOptions
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
        "agentSpecification",
        "appendCommitMessageToRunName",
        "buildNumberRevision",
        "deleted",
        "deletedBy",
        "deletedDate",
        "deletedReason",
        "demands",
        "plans",
        "queueOptions",
        "queuePosition",
        "retainedByRelease",
        "templateParameters",
        "triggeredByBuild",
        "triggerInfo",
        "validationResults",
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
        agent_specification (BuildAgentSpecification | Unset): The agent specification for the build. (upstream
            `AgentSpecification`, not modelled here)
        append_commit_message_to_run_name (bool | Unset): Append Commit Message To BuildNumber in UI.
        build_number_revision (int | Unset): The build number revision.
        deleted (bool | Unset): Indicates whether the build has been deleted.
        deleted_by (IdentityRef | Unset): A user or group.
        deleted_date (datetime.datetime | Unset): The date the build was deleted.
        deleted_reason (str | Unset): The description of how the build was deleted.
        demands (list[BuildDemandsItem] | Unset): A list of demands that represents the agent capabilities required by
            this build.
        plans (list[BuildPlansItem] | Unset): Orchestration plans associated with the build (build, cleanup)
        queue_options (BuildQueueOptions | Unset): Additional options for queueing the build.
        queue_position (int | Unset): The current position of the build in the queue.
        retained_by_release (bool | Unset): Indicates whether the build is retained by a release.
        template_parameters (BuildTemplateParameters | Unset): Parameters to template expression evaluation
        triggered_by_build (BuildTriggeredByBuild | Unset): The build that triggered this build via a Build completion
            trigger. (upstream `Build`, not modelled here)
        trigger_info (BuildTriggerInfo | Unset): Sourceprovider-specific information about what triggered the build
        validation_results (list[BuildValidationResultsItem] | Unset):
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
    agent_specification: BuildAgentSpecification | Unset = UNSET
    append_commit_message_to_run_name: bool | Unset = UNSET
    build_number_revision: int | Unset = UNSET
    deleted: bool | Unset = UNSET
    deleted_by: IdentityRef | Unset = UNSET
    deleted_date: datetime.datetime | Unset = UNSET
    deleted_reason: str | Unset = UNSET
    demands: list[BuildDemandsItem] | Unset = UNSET
    plans: list[BuildPlansItem] | Unset = UNSET
    queue_options: BuildQueueOptions | Unset = UNSET
    queue_position: int | Unset = UNSET
    retained_by_release: bool | Unset = UNSET
    template_parameters: BuildTemplateParameters | Unset = UNSET
    triggered_by_build: BuildTriggeredByBuild | Unset = UNSET
    trigger_info: BuildTriggerInfo | Unset = UNSET
    validation_results: list[BuildValidationResultsItem] | Unset = UNSET
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

        agent_specification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_specification, Unset):
            agent_specification = self.agent_specification.to_dict()

        append_commit_message_to_run_name = self.append_commit_message_to_run_name

        build_number_revision = self.build_number_revision

        deleted = self.deleted

        deleted_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deleted_by, Unset):
            deleted_by = self.deleted_by.to_dict()

        deleted_date: str | Unset = UNSET
        if not isinstance(self.deleted_date, Unset):
            deleted_date = format_datetime(self.deleted_date)

        deleted_reason = self.deleted_reason

        demands: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.demands, Unset):
            demands = []
            for demands_item_data in self.demands:
                demands_item = demands_item_data.to_dict()
                demands.append(demands_item)

        plans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plans, Unset):
            plans = []
            for plans_item_data in self.plans:
                plans_item = plans_item_data.to_dict()
                plans.append(plans_item)

        queue_options: str | Unset = UNSET
        if not isinstance(self.queue_options, Unset):
            queue_options = self.queue_options.value

        queue_position = self.queue_position

        retained_by_release = self.retained_by_release

        template_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_parameters, Unset):
            template_parameters = self.template_parameters.to_dict()

        triggered_by_build: dict[str, Any] | Unset = UNSET
        if not isinstance(self.triggered_by_build, Unset):
            triggered_by_build = self.triggered_by_build.to_dict()

        trigger_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger_info, Unset):
            trigger_info = self.trigger_info.to_dict()

        validation_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation_results, Unset):
            validation_results = []
            for validation_results_item_data in self.validation_results:
                validation_results_item = validation_results_item_data.to_dict()
                validation_results.append(validation_results_item)

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
        if agent_specification is not UNSET:
            field_dict["agentSpecification"] = agent_specification
        if append_commit_message_to_run_name is not UNSET:
            field_dict["appendCommitMessageToRunName"] = append_commit_message_to_run_name
        if build_number_revision is not UNSET:
            field_dict["buildNumberRevision"] = build_number_revision
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if deleted_by is not UNSET:
            field_dict["deletedBy"] = deleted_by
        if deleted_date is not UNSET:
            field_dict["deletedDate"] = deleted_date
        if deleted_reason is not UNSET:
            field_dict["deletedReason"] = deleted_reason
        if demands is not UNSET:
            field_dict["demands"] = demands
        if plans is not UNSET:
            field_dict["plans"] = plans
        if queue_options is not UNSET:
            field_dict["queueOptions"] = queue_options
        if queue_position is not UNSET:
            field_dict["queuePosition"] = queue_position
        if retained_by_release is not UNSET:
            field_dict["retainedByRelease"] = retained_by_release
        if template_parameters is not UNSET:
            field_dict["templateParameters"] = template_parameters
        if triggered_by_build is not UNSET:
            field_dict["triggeredByBuild"] = triggered_by_build
        if trigger_info is not UNSET:
            field_dict["triggerInfo"] = trigger_info
        if validation_results is not UNSET:
            field_dict["validationResults"] = validation_results

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

        _agent_specification = src_dict.get("agentSpecification", UNSET)
        agent_specification: BuildAgentSpecification | Unset
        if isinstance(_agent_specification, Unset):
            agent_specification = UNSET
        else:
            agent_specification = BuildAgentSpecification.from_dict(_agent_specification)

        append_commit_message_to_run_name = src_dict.get("appendCommitMessageToRunName", UNSET)

        build_number_revision = src_dict.get("buildNumberRevision", UNSET)

        deleted = src_dict.get("deleted", UNSET)

        _deleted_by = src_dict.get("deletedBy", UNSET)
        deleted_by: IdentityRef | Unset
        if isinstance(_deleted_by, Unset):
            deleted_by = UNSET
        else:
            deleted_by = IdentityRef.from_dict(_deleted_by)

        _deleted_date = src_dict.get("deletedDate", UNSET)
        deleted_date: datetime.datetime | Unset
        if isinstance(_deleted_date, Unset):
            deleted_date = UNSET
        else:
            deleted_date = datetime.datetime.fromisoformat(_deleted_date)

        deleted_reason = src_dict.get("deletedReason", UNSET)

        _demands = src_dict.get("demands", UNSET)
        demands: list[BuildDemandsItem] | Unset = UNSET
        if _demands is not UNSET:
            demands = []
            for demands_item_data in _demands:
                demands_item = BuildDemandsItem.from_dict(demands_item_data)

                demands.append(demands_item)

        _plans = src_dict.get("plans", UNSET)
        plans: list[BuildPlansItem] | Unset = UNSET
        if _plans is not UNSET:
            plans = []
            for plans_item_data in _plans:
                plans_item = BuildPlansItem.from_dict(plans_item_data)

                plans.append(plans_item)

        _queue_options = src_dict.get("queueOptions", UNSET)
        queue_options: BuildQueueOptions | Unset
        if isinstance(_queue_options, Unset):
            queue_options = UNSET
        else:
            queue_options = BuildQueueOptions(_queue_options)

        queue_position = src_dict.get("queuePosition", UNSET)

        retained_by_release = src_dict.get("retainedByRelease", UNSET)

        _template_parameters = src_dict.get("templateParameters", UNSET)
        template_parameters: BuildTemplateParameters | Unset
        if isinstance(_template_parameters, Unset):
            template_parameters = UNSET
        else:
            template_parameters = BuildTemplateParameters.from_dict(_template_parameters)

        _triggered_by_build = src_dict.get("triggeredByBuild", UNSET)
        triggered_by_build: BuildTriggeredByBuild | Unset
        if isinstance(_triggered_by_build, Unset):
            triggered_by_build = UNSET
        else:
            triggered_by_build = BuildTriggeredByBuild.from_dict(_triggered_by_build)

        _trigger_info = src_dict.get("triggerInfo", UNSET)
        trigger_info: BuildTriggerInfo | Unset
        if isinstance(_trigger_info, Unset):
            trigger_info = UNSET
        else:
            trigger_info = BuildTriggerInfo.from_dict(_trigger_info)

        _validation_results = src_dict.get("validationResults", UNSET)
        validation_results: list[BuildValidationResultsItem] | Unset = UNSET
        if _validation_results is not UNSET:
            validation_results = []
            for validation_results_item_data in _validation_results:
                validation_results_item = BuildValidationResultsItem.from_dict(
                    validation_results_item_data
                )

                validation_results.append(validation_results_item)

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
            agent_specification=agent_specification,
            append_commit_message_to_run_name=append_commit_message_to_run_name,
            build_number_revision=build_number_revision,
            deleted=deleted,
            deleted_by=deleted_by,
            deleted_date=deleted_date,
            deleted_reason=deleted_reason,
            demands=demands,
            plans=plans,
            queue_options=queue_options,
            queue_position=queue_position,
            retained_by_release=retained_by_release,
            template_parameters=template_parameters,
            triggered_by_build=triggered_by_build,
            trigger_info=trigger_info,
            validation_results=validation_results,
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
from ..models.build_agent_specification import BuildAgentSpecification  # noqa: E402
from ..models.build_controller import BuildController  # noqa: E402
from ..models.build_demands_item import BuildDemandsItem  # noqa: E402
from ..models.build_log_reference import BuildLogReference  # noqa: E402
from ..models.build_plans_item import BuildPlansItem  # noqa: E402
from ..models.build_properties import BuildProperties  # noqa: E402
from ..models.build_repository import BuildRepository  # noqa: E402
from ..models.build_template_parameters import BuildTemplateParameters  # noqa: E402
from ..models.build_trigger_info import BuildTriggerInfo  # noqa: E402
from ..models.build_triggered_by_build import BuildTriggeredByBuild  # noqa: E402
from ..models.build_validation_results_item import BuildValidationResultsItem  # noqa: E402
from ..models.definition_reference import DefinitionReference  # noqa: E402
from ..models.identity_ref import IdentityRef  # noqa: E402
from ..models.orchestration_plan_reference import OrchestrationPlanReference  # noqa: E402
from ..models.reference_links import ReferenceLinks  # noqa: E402
from ..models.team_project_reference import TeamProjectReference  # noqa: E402
