"""The resource-location discovery the official `azure-devops` client performs first.

`OPTIONS {base}/_apis` lists where each resource lives (the client fills the route templates
itself), and `GET {base}/_apis/ResourceAreas` answers with the on-premises empty list so the
client keeps using the base URL for every area.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .call import Call
from .responses import json_response

#: (id, area, resourceName, routeTemplate, resourceVersion)
LOCATIONS: tuple[tuple[str, str, str, str, int], ...] = (
    (
        "e81700f7-3be2-46de-8624-2eb35882fcaa",
        "Location",
        "ResourceAreas",
        "_apis/{resource}/{areaId}",
        1,
    ),
    (
        "0cd358e1-9217-4d94-8269-1c1ee6f93dcf",
        "build",
        "builds",
        "{project}/_apis/build/builds/{buildId}",
        7,
    ),
    (
        "8baac422-4c6e-4de5-8532-db96d92acffa",
        "build",
        "Timeline",
        "{project}/_apis/build/builds/{buildId}/timeline/{timelineId}",
        2,
    ),
    (
        "54572c7b-bbd3-45d4-80dc-28be08941620",
        "build",
        "changes",
        "{project}/_apis/build/builds/{buildId}/changes",
        2,
    ),
    (
        "5a21f5d2-5642-47e4-a0bd-1356e6731bee",
        "build",
        "workitems",
        "{project}/_apis/build/builds/{buildId}/workitems",
        2,
    ),
    (
        "35a80daf-7f30-45fc-86e8-6b813d9c90df",
        "build",
        "logs",
        "{project}/_apis/build/builds/{buildId}/logs/{logId}",
        2,
    ),
    (
        "1db06c96-014e-44e1-ac91-90b2d4b3e984",
        "build",
        "artifacts",
        "{project}/_apis/build/builds/{buildId}/artifacts",
        5,
    ),
    (
        "6e6114b2-8161-44c8-8f6c-c5505782427f",
        "build",
        "tags",
        "{project}/_apis/build/builds/{buildId}/tags/{*tag}",
        3,
    ),
    (
        "77560e8a-4e8c-4d59-894e-a5f264c24444",
        "Test",
        "CodeCoverage",
        "{project}/_apis/test/CodeCoverage",
        1,
    ),
    (
        "9629116f-3b89-4ed8-b358-d4694efda160",
        "Test",
        "CodeCoverage",
        "{project}/_apis/test/Runs/{runId}/CodeCoverage",
        1,
    ),
    (
        "4f004af4-a507-489c-9b13-cb62060beb11",
        "Test",
        "Attachments",
        "{project}/_apis/test/Runs/{runId}/Attachments/{attachmentId}",
        1,
    ),
    (
        "2bffebe9-2f0f-4639-9af8-56129e9fed2d",
        "Test",
        "Attachments",
        "{project}/_apis/test/Runs/{runId}/Results/{testCaseResultId}/Attachments/{attachmentId}",
        1,
    ),
    (
        "d667591b-b9fd-4263-997a-9a084cca848f",
        "Test",
        "Configurations",
        "{project}/_apis/test/Configurations/{testConfigurationId}",
        2,
    ),
    (
        "8369318e-38fa-4e84-9043-4b2a75d2c256",
        "testplan",
        "configurations",
        "{project}/_apis/testplan/configurations/{testConfigurationId}",
        1,
    ),
    (
        "1500b4b4-6c69-4ca6-9b18-35e9e97fe2ac",
        "Test",
        "Session",
        "{project}/{team}/_apis/test/Session/{testSessionId}",
        1,
    ),
)


def resource_locations() -> list[dict[str, Any]]:
    """The `ApiResourceLocation` objects this emulator serves."""
    return [
        {
            "id": location_id,
            "area": area,
            "resourceName": resource,
            "routeTemplate": template,
            "resourceVersion": version,
            "minVersion": "1.0",
            "maxVersion": "7.2",
            "releasedVersion": "7.1",
        }
        for location_id, area, resource, template, version in LOCATIONS
    ]


async def options_locations(call: Call) -> Response:
    """`OPTIONS {base}/_apis`."""
    locations = resource_locations()
    return json_response(call, {"count": len(locations), "value": locations})


async def resource_areas(call: Call) -> Response:
    """`GET {base}/_apis/ResourceAreas`: the on-premises answer."""
    return json_response(call, {"count": 0, "value": []})


async def deployment_locations(call: Call) -> Response:
    """`OPTIONS {host}/_apis`: nothing is registered at deployment level."""
    return json_response(call, {"count": 0, "value": []})
