"""Contains all the data models used in inputs/outputs.

Each model's module is imported the first time the model is looked up here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .agent_pool_queue import AgentPoolQueue
    from .area_reference import AreaReference
    from .artifact_resource import ArtifactResource
    from .artifact_resource_properties import ArtifactResourceProperties
    from .build import Build
    from .build_agent_specification import BuildAgentSpecification
    from .build_artifact import BuildArtifact
    from .build_artifact_list import BuildArtifactList
    from .build_configuration import BuildConfiguration
    from .build_controller import BuildController
    from .build_coverage import BuildCoverage
    from .build_coverage_list import BuildCoverageList
    from .build_demands_item import BuildDemandsItem
    from .build_list import BuildList
    from .build_log import BuildLog
    from .build_log_list import BuildLogList
    from .build_log_reference import BuildLogReference
    from .build_plans_item import BuildPlansItem
    from .build_properties import BuildProperties
    from .build_queue_options import BuildQueueOptions
    from .build_reason import BuildReason
    from .build_repository import BuildRepository
    from .build_repository_properties import BuildRepositoryProperties
    from .build_result import BuildResult
    from .build_status import BuildStatus
    from .build_template_parameters import BuildTemplateParameters
    from .build_trigger_info import BuildTriggerInfo
    from .build_triggered_by_build import BuildTriggeredByBuild
    from .build_update import BuildUpdate
    from .build_update_result import BuildUpdateResult
    from .build_update_status import BuildUpdateStatus
    from .build_validation_results_item import BuildValidationResultsItem
    from .change import Change
    from .change_list import ChangeList
    from .coverage_statistics import CoverageStatistics
    from .definition_id_reference import DefinitionIdReference
    from .definition_reference import DefinitionReference
    from .definition_reference_queue_status import DefinitionReferenceQueueStatus
    from .definition_type import DefinitionType
    from .error_response import ErrorResponse
    from .error_response_inner_exception_type_0 import ErrorResponseInnerExceptionType0
    from .function_coverage import FunctionCoverage
    from .identity_ref import IdentityRef
    from .link import Link
    from .list_builds_deleted_filter import ListBuildsDeletedFilter
    from .list_builds_query_order import ListBuildsQueryOrder
    from .list_test_sessions_source import ListTestSessionsSource
    from .module_coverage import ModuleCoverage
    from .name_value_pair import NameValuePair
    from .orchestration_plan_reference import OrchestrationPlanReference
    from .property_bag import PropertyBag
    from .property_bag_bag import PropertyBagBag
    from .queue_build_request import QueueBuildRequest
    from .queue_id_reference import QueueIdReference
    from .reference_links import ReferenceLinks
    from .session_area import SessionArea
    from .session_property_bag import SessionPropertyBag
    from .session_property_bag_bag import SessionPropertyBagBag
    from .shallow_reference import ShallowReference
    from .tag_list import TagList
    from .task_agent_pool_reference import TaskAgentPoolReference
    from .team_project_reference import TeamProjectReference
    from .team_project_reference_visibility import TeamProjectReferenceVisibility
    from .test_attachment import TestAttachment
    from .test_attachment_list import TestAttachmentList
    from .test_attachment_reference import TestAttachmentReference
    from .test_attachment_request import TestAttachmentRequest
    from .test_attachment_type import TestAttachmentType
    from .test_configuration import TestConfiguration
    from .test_configuration_create import TestConfigurationCreate
    from .test_configuration_list import TestConfigurationList
    from .test_configuration_state import TestConfigurationState
    from .test_configuration_update import TestConfigurationUpdate
    from .test_plan_configuration import TestPlanConfiguration
    from .test_plan_configuration_create import TestPlanConfigurationCreate
    from .test_plan_configuration_list import TestPlanConfigurationList
    from .test_plan_configuration_update import TestPlanConfigurationUpdate
    from .test_run_coverage import TestRunCoverage
    from .test_run_coverage_list import TestRunCoverageList
    from .test_session import TestSession
    from .test_session_create import TestSessionCreate
    from .test_session_list import TestSessionList
    from .test_session_state import TestSessionState
    from .test_session_state_code import TestSessionStateCode
    from .test_session_state_name import TestSessionStateName
    from .test_session_update import TestSessionUpdate
    from .timeline import Timeline
    from .timeline_issue import TimelineIssue
    from .timeline_issue_data import TimelineIssueData
    from .timeline_record import TimelineRecord
    from .timeline_record_previous_attempts_item import TimelineRecordPreviousAttemptsItem
    from .timeline_record_task import TimelineRecordTask
    from .timeline_reference import TimelineReference
    from .work_item_reference import WorkItemReference
    from .work_item_reference_list import WorkItemReferenceList

__all__ = (
    "AgentPoolQueue",
    "AreaReference",
    "ArtifactResource",
    "ArtifactResourceProperties",
    "Build",
    "BuildAgentSpecification",
    "BuildArtifact",
    "BuildArtifactList",
    "BuildConfiguration",
    "BuildController",
    "BuildCoverage",
    "BuildCoverageList",
    "BuildDemandsItem",
    "BuildList",
    "BuildLog",
    "BuildLogList",
    "BuildLogReference",
    "BuildPlansItem",
    "BuildProperties",
    "BuildQueueOptions",
    "BuildReason",
    "BuildRepository",
    "BuildRepositoryProperties",
    "BuildResult",
    "BuildStatus",
    "BuildTemplateParameters",
    "BuildTriggeredByBuild",
    "BuildTriggerInfo",
    "BuildUpdate",
    "BuildUpdateResult",
    "BuildUpdateStatus",
    "BuildValidationResultsItem",
    "Change",
    "ChangeList",
    "CoverageStatistics",
    "DefinitionIdReference",
    "DefinitionReference",
    "DefinitionReferenceQueueStatus",
    "DefinitionType",
    "ErrorResponse",
    "ErrorResponseInnerExceptionType0",
    "FunctionCoverage",
    "IdentityRef",
    "Link",
    "ListBuildsDeletedFilter",
    "ListBuildsQueryOrder",
    "ListTestSessionsSource",
    "ModuleCoverage",
    "NameValuePair",
    "OrchestrationPlanReference",
    "PropertyBag",
    "PropertyBagBag",
    "QueueBuildRequest",
    "QueueIdReference",
    "ReferenceLinks",
    "SessionArea",
    "SessionPropertyBag",
    "SessionPropertyBagBag",
    "ShallowReference",
    "TagList",
    "TaskAgentPoolReference",
    "TeamProjectReference",
    "TeamProjectReferenceVisibility",
    "TestAttachment",
    "TestAttachmentList",
    "TestAttachmentReference",
    "TestAttachmentRequest",
    "TestAttachmentType",
    "TestConfiguration",
    "TestConfigurationCreate",
    "TestConfigurationList",
    "TestConfigurationState",
    "TestConfigurationUpdate",
    "TestPlanConfiguration",
    "TestPlanConfigurationCreate",
    "TestPlanConfigurationList",
    "TestPlanConfigurationUpdate",
    "TestRunCoverage",
    "TestRunCoverageList",
    "TestSession",
    "TestSessionCreate",
    "TestSessionList",
    "TestSessionState",
    "TestSessionStateCode",
    "TestSessionStateName",
    "TestSessionUpdate",
    "Timeline",
    "TimelineIssue",
    "TimelineIssueData",
    "TimelineRecord",
    "TimelineRecordPreviousAttemptsItem",
    "TimelineRecordTask",
    "TimelineReference",
    "WorkItemReference",
    "WorkItemReferenceList",
)

_MODULES = {
    "AgentPoolQueue": ".agent_pool_queue",
    "AreaReference": ".area_reference",
    "ArtifactResource": ".artifact_resource",
    "ArtifactResourceProperties": ".artifact_resource_properties",
    "Build": ".build",
    "BuildAgentSpecification": ".build_agent_specification",
    "BuildArtifact": ".build_artifact",
    "BuildArtifactList": ".build_artifact_list",
    "BuildConfiguration": ".build_configuration",
    "BuildController": ".build_controller",
    "BuildCoverage": ".build_coverage",
    "BuildCoverageList": ".build_coverage_list",
    "BuildDemandsItem": ".build_demands_item",
    "BuildList": ".build_list",
    "BuildLog": ".build_log",
    "BuildLogList": ".build_log_list",
    "BuildLogReference": ".build_log_reference",
    "BuildPlansItem": ".build_plans_item",
    "BuildProperties": ".build_properties",
    "BuildQueueOptions": ".build_queue_options",
    "BuildReason": ".build_reason",
    "BuildRepository": ".build_repository",
    "BuildRepositoryProperties": ".build_repository_properties",
    "BuildResult": ".build_result",
    "BuildStatus": ".build_status",
    "BuildTemplateParameters": ".build_template_parameters",
    "BuildTriggerInfo": ".build_trigger_info",
    "BuildTriggeredByBuild": ".build_triggered_by_build",
    "BuildUpdate": ".build_update",
    "BuildUpdateResult": ".build_update_result",
    "BuildUpdateStatus": ".build_update_status",
    "BuildValidationResultsItem": ".build_validation_results_item",
    "Change": ".change",
    "ChangeList": ".change_list",
    "CoverageStatistics": ".coverage_statistics",
    "DefinitionIdReference": ".definition_id_reference",
    "DefinitionReference": ".definition_reference",
    "DefinitionReferenceQueueStatus": ".definition_reference_queue_status",
    "DefinitionType": ".definition_type",
    "ErrorResponse": ".error_response",
    "ErrorResponseInnerExceptionType0": ".error_response_inner_exception_type_0",
    "FunctionCoverage": ".function_coverage",
    "IdentityRef": ".identity_ref",
    "Link": ".link",
    "ListBuildsDeletedFilter": ".list_builds_deleted_filter",
    "ListBuildsQueryOrder": ".list_builds_query_order",
    "ListTestSessionsSource": ".list_test_sessions_source",
    "ModuleCoverage": ".module_coverage",
    "NameValuePair": ".name_value_pair",
    "OrchestrationPlanReference": ".orchestration_plan_reference",
    "PropertyBag": ".property_bag",
    "PropertyBagBag": ".property_bag_bag",
    "QueueBuildRequest": ".queue_build_request",
    "QueueIdReference": ".queue_id_reference",
    "ReferenceLinks": ".reference_links",
    "SessionArea": ".session_area",
    "SessionPropertyBag": ".session_property_bag",
    "SessionPropertyBagBag": ".session_property_bag_bag",
    "ShallowReference": ".shallow_reference",
    "TagList": ".tag_list",
    "TaskAgentPoolReference": ".task_agent_pool_reference",
    "TeamProjectReference": ".team_project_reference",
    "TeamProjectReferenceVisibility": ".team_project_reference_visibility",
    "TestAttachment": ".test_attachment",
    "TestAttachmentList": ".test_attachment_list",
    "TestAttachmentReference": ".test_attachment_reference",
    "TestAttachmentRequest": ".test_attachment_request",
    "TestAttachmentType": ".test_attachment_type",
    "TestConfiguration": ".test_configuration",
    "TestConfigurationCreate": ".test_configuration_create",
    "TestConfigurationList": ".test_configuration_list",
    "TestConfigurationState": ".test_configuration_state",
    "TestConfigurationUpdate": ".test_configuration_update",
    "TestPlanConfiguration": ".test_plan_configuration",
    "TestPlanConfigurationCreate": ".test_plan_configuration_create",
    "TestPlanConfigurationList": ".test_plan_configuration_list",
    "TestPlanConfigurationUpdate": ".test_plan_configuration_update",
    "TestRunCoverage": ".test_run_coverage",
    "TestRunCoverageList": ".test_run_coverage_list",
    "TestSession": ".test_session",
    "TestSessionCreate": ".test_session_create",
    "TestSessionList": ".test_session_list",
    "TestSessionState": ".test_session_state",
    "TestSessionStateCode": ".test_session_state_code",
    "TestSessionStateName": ".test_session_state_name",
    "TestSessionUpdate": ".test_session_update",
    "Timeline": ".timeline",
    "TimelineIssue": ".timeline_issue",
    "TimelineIssueData": ".timeline_issue_data",
    "TimelineRecord": ".timeline_record",
    "TimelineRecordPreviousAttemptsItem": ".timeline_record_previous_attempts_item",
    "TimelineRecordTask": ".timeline_record_task",
    "TimelineReference": ".timeline_reference",
    "WorkItemReference": ".work_item_reference",
    "WorkItemReferenceList": ".work_item_reference_list",
}
"""Model name -> its module, relative to this package."""

if not TYPE_CHECKING:
    from importlib import import_module

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
