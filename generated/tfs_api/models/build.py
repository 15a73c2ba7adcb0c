from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.build_queue_options import BuildQueueOptions
from ..models.build_reason import BuildReason
from ..models.build_result import BuildResult
from ..models.build_status import BuildStatus
from ..types import UNSET, Unset, expect_mapping, expect_type, format_datetime

T = TypeVar("T", bound="Build")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "buildNumber",
        "url",
        "status",
        "uri",
        "_links",
        "definition",
        "project",
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


_BuildQueueOptions_BY_VALUE = {member.value: member for member in BuildQueueOptions}

_BuildReason_BY_VALUE = {member.value: member for member in BuildReason}

_BuildResult_BY_VALUE = {member.value: member for member in BuildResult}

_BuildStatus_BY_VALUE = {member.value: member for member in BuildStatus}


@_attrs_define
class Build:
    """A build of a definition.

    Attributes:
        id (int):
        build_number (str):
        url (str):
        status (BuildStatus): Where a build is in its life; `all` is only meaningful as a filter.
        uri (str | Unset): Artifact URI, e.g. `vstfs:///Build/Build/391`.
        field_links (ReferenceLinks | Unset): Named hyperlinks to related resources (`self`, `web`, `timeline`, ...).
        definition (DefinitionReference | Unset): The definition a build was made from.
        project (TeamProjectReference | Unset): A team project, as referenced from another resource.
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

    id: int
    build_number: str
    url: str
    status: BuildStatus
    uri: str | Unset = UNSET
    field_links: ReferenceLinks | Unset = UNSET
    definition: DefinitionReference | Unset = UNSET
    project: TeamProjectReference | Unset = UNSET
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

        status = self.status.value

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
        field_dict.update(
            {
                "id": id,
                "buildNumber": build_number,
                "url": url,
                "status": status,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if definition is not UNSET:
            field_dict["definition"] = definition
        if project is not UNSET:
            field_dict["project"] = project
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
        if type(src_dict) is not dict:
            src_dict = expect_mapping("Build", src_dict)
        _get = src_dict.get
        id: Any = _get("id", UNSET)
        if type(id) is not int:
            id = expect_type("Build", "id", id, int)

        build_number: Any = _get("buildNumber", UNSET)
        if type(build_number) is not str:
            build_number = expect_type("Build", "build_number", build_number, str)

        url: Any = _get("url", UNSET)
        if type(url) is not str:
            url = expect_type("Build", "url", url, str)

        status: Any = _get("status", UNSET)
        if status is UNSET:
            raise DecodeError("Build", "status", None, "BuildStatus value", missing=True)
        try:
            status = _BuildStatus_BY_VALUE[status]
        except (KeyError, TypeError):
            try:
                status = BuildStatus(status)
            except ValueError:
                raise DecodeError("Build", "status", status, "BuildStatus value") from None

        uri: Any = _get("uri", UNSET)
        if type(uri) is not str and uri is not UNSET:
            uri = expect_type("Build", "uri", uri, str)

        field_links: Any = _get("_links", UNSET)
        if field_links is not UNSET:
            try:
                field_links = ReferenceLinks.from_dict(field_links)
            except DecodeError as error:
                raise error.within("Build", "field_links")

        definition: Any = _get("definition", UNSET)
        if definition is not UNSET:
            try:
                definition = DefinitionReference.from_dict(definition)
            except DecodeError as error:
                raise error.within("Build", "definition")

        project: Any = _get("project", UNSET)
        if project is not UNSET:
            try:
                project = TeamProjectReference.from_dict(project)
            except DecodeError as error:
                raise error.within("Build", "project")

        result: Any = _get("result", UNSET)
        if result is not UNSET:
            try:
                result = _BuildResult_BY_VALUE[result]
            except (KeyError, TypeError):
                try:
                    result = BuildResult(result)
                except ValueError:
                    raise DecodeError("Build", "result", result, "BuildResult value") from None

        reason: Any = _get("reason", UNSET)
        if reason is not UNSET:
            try:
                reason = _BuildReason_BY_VALUE[reason]
            except (KeyError, TypeError):
                try:
                    reason = BuildReason(reason)
                except ValueError:
                    raise DecodeError("Build", "reason", reason, "BuildReason value") from None

        queue: Any = _get("queue", UNSET)
        if queue is not UNSET:
            try:
                queue = AgentPoolQueue.from_dict(queue)
            except DecodeError as error:
                raise error.within("Build", "queue")

        controller: Any = _get("controller", UNSET)
        if controller is not UNSET:
            try:
                controller = BuildController.from_dict(controller)
            except DecodeError as error:
                raise error.within("Build", "controller")

        priority: Any = _get("priority", UNSET)
        if type(priority) is not str and priority is not UNSET:
            priority = expect_type("Build", "priority", priority, str)

        quality: Any = _get("quality", UNSET)
        if type(quality) is not str and quality is not UNSET:
            quality = expect_type("Build", "quality", quality, str)

        queue_time: Any = _get("queueTime", UNSET)
        if queue_time is not UNSET:
            try:
                queue_time = datetime.datetime.fromisoformat(queue_time)
            except (TypeError, ValueError):
                raise DecodeError("Build", "queue_time", queue_time, "date-time string") from None

        start_time: Any = _get("startTime", UNSET)
        if start_time is not UNSET:
            try:
                start_time = datetime.datetime.fromisoformat(start_time)
            except (TypeError, ValueError):
                raise DecodeError("Build", "start_time", start_time, "date-time string") from None

        finish_time: Any = _get("finishTime", UNSET)
        if finish_time is not UNSET:
            try:
                finish_time = datetime.datetime.fromisoformat(finish_time)
            except (TypeError, ValueError):
                raise DecodeError("Build", "finish_time", finish_time, "date-time string") from None

        source_branch: Any = _get("sourceBranch", UNSET)
        if type(source_branch) is not str and source_branch is not UNSET:
            source_branch = expect_type("Build", "source_branch", source_branch, str)

        source_version: Any = _get("sourceVersion", UNSET)
        if type(source_version) is not str and source_version is not UNSET:
            source_version = expect_type("Build", "source_version", source_version, str)

        parameters: Any = _get("parameters", UNSET)
        if type(parameters) is not str and parameters is not UNSET:
            parameters = expect_type("Build", "parameters", parameters, str)

        requested_for: Any = _get("requestedFor", UNSET)
        if requested_for is not UNSET:
            try:
                requested_for = IdentityRef.from_dict(requested_for)
            except DecodeError as error:
                raise error.within("Build", "requested_for")

        requested_by: Any = _get("requestedBy", UNSET)
        if requested_by is not UNSET:
            try:
                requested_by = IdentityRef.from_dict(requested_by)
            except DecodeError as error:
                raise error.within("Build", "requested_by")

        last_changed_date: Any = _get("lastChangedDate", UNSET)
        if last_changed_date is not UNSET:
            try:
                last_changed_date = datetime.datetime.fromisoformat(last_changed_date)
            except (TypeError, ValueError):
                raise DecodeError(
                    "Build", "last_changed_date", last_changed_date, "date-time string"
                ) from None

        last_changed_by: Any = _get("lastChangedBy", UNSET)
        if last_changed_by is not UNSET:
            try:
                last_changed_by = IdentityRef.from_dict(last_changed_by)
            except DecodeError as error:
                raise error.within("Build", "last_changed_by")

        orchestration_plan: Any = _get("orchestrationPlan", UNSET)
        if orchestration_plan is not UNSET:
            try:
                orchestration_plan = OrchestrationPlanReference.from_dict(orchestration_plan)
            except DecodeError as error:
                raise error.within("Build", "orchestration_plan")

        logs: Any = _get("logs", UNSET)
        if logs is not UNSET:
            try:
                logs = BuildLogReference.from_dict(logs)
            except DecodeError as error:
                raise error.within("Build", "logs")

        repository: Any = _get("repository", UNSET)
        if repository is not UNSET:
            try:
                repository = BuildRepository.from_dict(repository)
            except DecodeError as error:
                raise error.within("Build", "repository")

        keep_forever: Any = _get("keepForever", UNSET)
        if type(keep_forever) is not bool and keep_forever is not UNSET:
            keep_forever = expect_type("Build", "keep_forever", keep_forever, bool)

        tags: Any = _get("tags", UNSET)
        if tags is not UNSET:
            if type(tags) is not list:
                tags = expect_type("Build", "tags", tags, list)
            for tags_item in tags:
                if type(tags_item) is not str:
                    expect_type("Build", "tags" + f"[{tags.index(tags_item)}]", tags_item, str)

        properties: Any = _get("properties", UNSET)
        if properties is not UNSET:
            try:
                properties = BuildProperties.from_dict(properties)
            except DecodeError as error:
                raise error.within("Build", "properties")

        agent_specification: Any = _get("agentSpecification", UNSET)
        if agent_specification is not UNSET:
            try:
                agent_specification = BuildAgentSpecification.from_dict(agent_specification)
            except DecodeError as error:
                raise error.within("Build", "agent_specification")

        append_commit_message_to_run_name: Any = _get("appendCommitMessageToRunName", UNSET)
        if (
            type(append_commit_message_to_run_name) is not bool
            and append_commit_message_to_run_name is not UNSET
        ):
            append_commit_message_to_run_name = expect_type(
                "Build",
                "append_commit_message_to_run_name",
                append_commit_message_to_run_name,
                bool,
            )

        build_number_revision: Any = _get("buildNumberRevision", UNSET)
        if type(build_number_revision) is not int and build_number_revision is not UNSET:
            build_number_revision = expect_type(
                "Build", "build_number_revision", build_number_revision, int
            )

        deleted: Any = _get("deleted", UNSET)
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = expect_type("Build", "deleted", deleted, bool)

        deleted_by: Any = _get("deletedBy", UNSET)
        if deleted_by is not UNSET:
            try:
                deleted_by = IdentityRef.from_dict(deleted_by)
            except DecodeError as error:
                raise error.within("Build", "deleted_by")

        deleted_date: Any = _get("deletedDate", UNSET)
        if deleted_date is not UNSET:
            try:
                deleted_date = datetime.datetime.fromisoformat(deleted_date)
            except (TypeError, ValueError):
                raise DecodeError(
                    "Build", "deleted_date", deleted_date, "date-time string"
                ) from None

        deleted_reason: Any = _get("deletedReason", UNSET)
        if type(deleted_reason) is not str and deleted_reason is not UNSET:
            deleted_reason = expect_type("Build", "deleted_reason", deleted_reason, str)

        demands: Any = _get("demands", UNSET)
        if demands is not UNSET:
            if type(demands) is not list:
                demands = expect_type("Build", "demands", demands, list)
            demands_items: list[Any] = []
            for demands_item in demands:
                try:
                    demands_item = BuildDemandsItem.from_dict(demands_item)
                except DecodeError as error:
                    raise error.within("Build", ("demands") + f"[{len(demands_items)}]")

                demands_items.append(demands_item)
            demands = demands_items

        plans: Any = _get("plans", UNSET)
        if plans is not UNSET:
            if type(plans) is not list:
                plans = expect_type("Build", "plans", plans, list)
            plans_items: list[Any] = []
            for plans_item in plans:
                try:
                    plans_item = BuildPlansItem.from_dict(plans_item)
                except DecodeError as error:
                    raise error.within("Build", ("plans") + f"[{len(plans_items)}]")

                plans_items.append(plans_item)
            plans = plans_items

        queue_options: Any = _get("queueOptions", UNSET)
        if queue_options is not UNSET:
            try:
                queue_options = _BuildQueueOptions_BY_VALUE[queue_options]
            except (KeyError, TypeError):
                try:
                    queue_options = BuildQueueOptions(queue_options)
                except ValueError:
                    raise DecodeError(
                        "Build", "queue_options", queue_options, "BuildQueueOptions value"
                    ) from None

        queue_position: Any = _get("queuePosition", UNSET)
        if type(queue_position) is not int and queue_position is not UNSET:
            queue_position = expect_type("Build", "queue_position", queue_position, int)

        retained_by_release: Any = _get("retainedByRelease", UNSET)
        if type(retained_by_release) is not bool and retained_by_release is not UNSET:
            retained_by_release = expect_type(
                "Build", "retained_by_release", retained_by_release, bool
            )

        template_parameters: Any = _get("templateParameters", UNSET)
        if template_parameters is not UNSET:
            try:
                template_parameters = BuildTemplateParameters.from_dict(template_parameters)
            except DecodeError as error:
                raise error.within("Build", "template_parameters")

        triggered_by_build: Any = _get("triggeredByBuild", UNSET)
        if triggered_by_build is not UNSET:
            try:
                triggered_by_build = BuildTriggeredByBuild.from_dict(triggered_by_build)
            except DecodeError as error:
                raise error.within("Build", "triggered_by_build")

        trigger_info: Any = _get("triggerInfo", UNSET)
        if trigger_info is not UNSET:
            try:
                trigger_info = BuildTriggerInfo.from_dict(trigger_info)
            except DecodeError as error:
                raise error.within("Build", "trigger_info")

        validation_results: Any = _get("validationResults", UNSET)
        if validation_results is not UNSET:
            if type(validation_results) is not list:
                validation_results = expect_type(
                    "Build", "validation_results", validation_results, list
                )
            validation_results_items: list[Any] = []
            for validation_results_item in validation_results:
                try:
                    validation_results_item = BuildValidationResultsItem.from_dict(
                        validation_results_item
                    )
                except DecodeError as error:
                    raise error.within(
                        "Build", ("validation_results") + f"[{len(validation_results_items)}]"
                    )

                validation_results_items.append(validation_results_item)
            validation_results = validation_results_items

        additional_properties: dict[str, Any] = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )

        # Fields are assigned directly: attrs' __init__ would only assign them, and calling it costs
        # more than the assignments (the models have no validators or converters).
        build = _new_instance(cls)
        build.id = id
        build.build_number = build_number
        build.url = url
        build.status = status
        build.uri = uri
        build.field_links = field_links
        build.definition = definition
        build.project = project
        build.result = result
        build.reason = reason
        build.queue = queue
        build.controller = controller
        build.priority = priority
        build.quality = quality
        build.queue_time = queue_time
        build.start_time = start_time
        build.finish_time = finish_time
        build.source_branch = source_branch
        build.source_version = source_version
        build.parameters = parameters
        build.requested_for = requested_for
        build.requested_by = requested_by
        build.last_changed_date = last_changed_date
        build.last_changed_by = last_changed_by
        build.orchestration_plan = orchestration_plan
        build.logs = logs
        build.repository = repository
        build.keep_forever = keep_forever
        build.tags = tags
        build.properties = properties
        build.agent_specification = agent_specification
        build.append_commit_message_to_run_name = append_commit_message_to_run_name
        build.build_number_revision = build_number_revision
        build.deleted = deleted
        build.deleted_by = deleted_by
        build.deleted_date = deleted_date
        build.deleted_reason = deleted_reason
        build.demands = demands
        build.plans = plans
        build.queue_options = queue_options
        build.queue_position = queue_position
        build.retained_by_release = retained_by_release
        build.template_parameters = template_parameters
        build.triggered_by_build = triggered_by_build
        build.trigger_info = trigger_info
        build.validation_results = validation_results
        build.additional_properties = additional_properties
        return build

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any additional properties"""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("build_number", self.build_number),
            ("url", self.url),
            ("status", self.status),
            ("uri", self.uri),
            ("field_links", self.field_links),
            ("definition", self.definition),
            ("project", self.project),
            ("result", self.result),
            ("reason", self.reason),
            ("queue", self.queue),
            ("controller", self.controller),
            ("priority", self.priority),
            ("quality", self.quality),
            ("queue_time", self.queue_time),
            ("start_time", self.start_time),
            ("finish_time", self.finish_time),
            ("source_branch", self.source_branch),
            ("source_version", self.source_version),
            ("parameters", self.parameters),
            ("requested_for", self.requested_for),
            ("requested_by", self.requested_by),
            ("last_changed_date", self.last_changed_date),
            ("last_changed_by", self.last_changed_by),
            ("orchestration_plan", self.orchestration_plan),
            ("logs", self.logs),
            ("repository", self.repository),
            ("keep_forever", self.keep_forever),
            ("tags", self.tags),
            ("properties", self.properties),
            ("agent_specification", self.agent_specification),
            ("append_commit_message_to_run_name", self.append_commit_message_to_run_name),
            ("build_number_revision", self.build_number_revision),
            ("deleted", self.deleted),
            ("deleted_by", self.deleted_by),
            ("deleted_date", self.deleted_date),
            ("deleted_reason", self.deleted_reason),
            ("demands", self.demands),
            ("plans", self.plans),
            ("queue_options", self.queue_options),
            ("queue_position", self.queue_position),
            ("retained_by_release", self.retained_by_release),
            ("template_parameters", self.template_parameters),
            ("triggered_by_build", self.triggered_by_build),
            ("trigger_info", self.trigger_info),
            ("validation_results", self.validation_results),
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
