"""The upgrade tool on small synthetic Swagger inputs, written the way Microsoft publishes them."""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from ._support import upstream as tool

SPEC = """\
openapi: 3.0.3
info: {title: t, version: "1.0"}
paths:
  # ----- widgets (this comment must survive)
  /{project}/_apis/widgets:
    get:
      operationId: listWidgets
      parameters:
        - $ref: "#/components/parameters/project"
        - name: colour
          in: query
          schema: {$ref: "#/components/schemas/Colour"}
        - $ref: "#/components/parameters/apiVersion"
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/WidgetList"}
  /{project}/_apis/widgets/{widgetId}/content:
    get:
      operationId: getWidgetContent
      parameters:
        - $ref: "#/components/parameters/project"
        - {name: widgetId, in: path, required: true, schema: {type: integer}}
        - $ref: "#/components/parameters/apiVersion"
      responses:
        "200":
          description: bytes
          content:
            application/octet-stream:
              schema: {type: string, format: binary}
    delete:
      operationId: deleteWidget
      parameters:
        - $ref: "#/components/parameters/project"
        - {name: widgetId, in: path, required: true, schema: {type: integer}}
        - $ref: "#/components/parameters/apiVersion"
      responses:
        "204": {description: gone}
components:
  parameters:
    project: {name: project, in: path, required: true, schema: {type: string}}
    apiVersion: {name: api-version, in: query, schema: {type: string, default: "1.0"}}
  schemas:
    Colour:
      type: string
      description: A colour (curated).
      enum: [red, green]
      x-enum-varnames: [RED, GREEN]
    Widget:
      type: object
      properties:
        id: {type: integer, format: int32}
        name: {type: string, nullable: true, pattern: '^\\S'}  # curated
        owner:
          allOf: [{$ref: "#/components/schemas/Owner"}]
          nullable: true
    Owner:
      type: object
      properties:
        id: {type: string}
    WidgetList:
      type: object
      required: [count, value]
      properties:
        count: {type: integer}
        value:
          type: array
          items: {$ref: "#/components/schemas/Widget"}
"""

MAPPING = """\
operations:
  listWidgets: widgets/GetWidgets
  getWidgetContent: widgets/GetWidgetContent
  deleteWidget: widgets/DeleteWidget
"""

COLOUR = {
    "in": "query",
    "name": "colour",
    "required": False,
    "type": "string",
    "enum": ["red", "green", "blue"],
    "x-ms-enum": {"name": "Colour", "values": [{"value": v} for v in ("red", "green", "blue")]},
}
ORG = {"in": "path", "name": "organization", "required": True, "type": "string"}
PROJECT = {"in": "path", "name": "project", "required": True, "type": "string"}
WIDGET_ID = {
    "in": "path",
    "name": "widgetId",
    "required": True,
    "type": "integer",
    "format": "int32",
}


def swagger(**changes: Any) -> dict[str, Any]:
    """Swagger 2.0 for version 9.9: a bare-array list, an x-ms-paths overload, a Stream download."""
    document: dict[str, Any] = {
        "swagger": "2.0",
        "info": {"title": "Widgets", "version": "9.9"},
        "paths": {
            "/{organization}/{project}/_apis/widgets": {
                "get": {
                    "operationId": "Widgets_List",
                    "x-ms-vss-resource": "widgets",
                    "x-ms-vss-method": "GetWidgets",
                    "parameters": [
                        ORG,
                        PROJECT,
                        COLOUR,
                        {
                            "in": "query",
                            "name": "shape",
                            "required": False,
                            "type": "string",
                            "format": "array (int32)",
                        },
                        {"$ref": "#/parameters/api-Version"},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "schema": {"type": "array", "items": {"$ref": "#/definitions/Widget"}},
                        }
                    },
                },
            },
            "/{organization}/{project}/_apis/widgets/{widgetId}/content": {
                "get": {
                    "operationId": "Widgets_Get Content",
                    "x-ms-vss-method": "GetWidgetContent",
                    "parameters": [ORG, PROJECT, WIDGET_ID],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "schema": {"type": "string", "format": "Stream"},
                        }
                    },
                },
                "delete": {
                    "operationId": "Widgets_Delete",
                    "x-ms-vss-method": "DeleteWidget",
                    "parameters": [ORG, PROJECT, WIDGET_ID],
                    "responses": {"200": {"description": "ok"}},
                },
            },
        },
        "x-ms-paths": {
            "/{organization}/{project}/_apis/widgets?colour={colour}": {
                "get": {
                    "operationId": "Widgets_List By Colour",
                    "x-ms-vss-method": "GetWidgetsByColour",
                    "parameters": [ORG, PROJECT, dict(COLOUR, required=True)],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "schema": {"type": "array", "items": {"$ref": "#/definitions/Widget"}},
                        }
                    },
                },
            },
        },
        "parameters": {
            "api-Version": {
                "in": "query",
                "name": "api-version",
                "required": True,
                "type": "string",
            }
        },
        "definitions": {
            "Base": {
                "type": "object",
                "properties": {"id": {"type": "integer", "format": "int32"}},
            },
            "Widget": {
                "type": "object",
                "allOf": [{"$ref": "#/definitions/Base"}],
                "properties": {
                    "name": {"type": "string"},
                    "weight": {"description": "Grams.", "type": "integer", "format": "int64"},
                    "owner": {"$ref": "#/definitions/Owner"},
                    "parts": {"type": "array", "items": {"$ref": "#/definitions/Part"}},
                },
            },
            "Owner": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "email": {"type": "string"}},
            },
            "Part": {"type": "object", "properties": {"id": {"type": "string"}}},
        },
    }
    document.update(changes)
    return document


@pytest.fixture
def workspace(tmp_path: Path) -> dict[str, Path]:
    upstream = tmp_path / "upstream"
    upstream.mkdir()
    # as published: JSON behind a UTF-8 byte-order mark
    (upstream / "widgets.json").write_bytes(
        b"\xef\xbb\xbf" + json.dumps(swagger(), indent=2).encode()
    )
    spec = tmp_path / "tfs.yaml"
    spec.write_text(SPEC)
    mapping = tmp_path / "upgrade" / "operations.yaml"
    mapping.parent.mkdir()
    mapping.write_text(MAPPING)
    return {"upstream": upstream, "spec": spec, "mapping": mapping}


def run(workspace: dict[str, Path]) -> Any:
    return tool.compare(workspace["upstream"], workspace["spec"], workspace["mapping"])


def keys(found: Any, kind: str) -> set[str]:
    return {item.key for item in found.items if item.kind == kind}


def test_a_swagger_file_behind_a_byte_order_mark_is_read(workspace: dict[str, Path]) -> None:
    assert (workspace["upstream"] / "widgets.json").read_bytes().startswith(b"\xef\xbb\xbf")
    assert run(workspace).upstream.version == "9.9"


def test_an_x_ms_paths_overload_is_its_own_operation_without_the_query_in_its_route(
    workspace: dict[str, Path],
) -> None:
    operations = run(workspace).upstream.operations
    assert operations["widgets/GetWidgetsByColour"].route == "/{project}/_apis/widgets"
    assert operations["widgets/GetWidgets"].parameters[1]["required"] is False


def test_a_bare_array_reply_is_compared_with_the_items_of_the_spec_envelope(
    workspace: dict[str, Path],
) -> None:
    found = run(workspace)
    # `id` comes through allOf, `name` matches; nested definitions are compared too
    assert keys(found, "field") == {
        "field Widget.weight",
        "field Widget.parts",
        "field Owner.email",
    }


def test_a_stream_download_has_no_fields_to_compare(workspace: dict[str, Path]) -> None:
    found = run(workspace)
    assert found.upstream.operations["widgets/GetWidgetContent"].stream
    assert not [i for i in found.items if i.operation == "getWidgetContent"]


def test_x_ms_enum_values_and_optional_parameters_are_additive(workspace: dict[str, Path]) -> None:
    found = run(workspace)
    assert keys(found, "enum") == {"enum Colour blue"}
    assert keys(found, "parameter") == {"parameter listWidgets shape"}


def test_changed_statuses_go_to_decisions_not_to_the_spec(workspace: dict[str, Path]) -> None:
    found = run(workspace)
    assert keys(found, "status") == {"status deleteWidget"}
    assert not any(item.additive for item in found.items if item.kind == "status")


def test_apply_inserts_each_item_marked_with_its_version_and_keeps_every_other_line(
    workspace: dict[str, Path],
) -> None:
    assert (
        tool.main(
            [
                "--upstream",
                str(workspace["upstream"]),
                "--spec",
                str(workspace["spec"]),
                "--mapping",
                str(workspace["mapping"]),
                "--apply",
            ]
        )
        == 0
    )
    text = workspace["spec"].read_text()
    matcher = difflib.SequenceMatcher(a=SPEC.splitlines(), b=text.splitlines(), autojunk=False)
    changed = [
        SPEC.splitlines()[i1:i2]
        for tag, i1, i2, _, _ in matcher.get_opcodes()
        if tag in {"replace", "delete"}
    ]
    assert changed == [
        ["      enum: [red, green]", "      x-enum-varnames: [RED, GREEN]"]
    ]  # all else kept
    assert "# ----- widgets (this comment must survive)" in text
    spec = yaml.safe_load(text)
    colour = spec["components"]["schemas"]["Colour"]
    assert colour["enum"] == ["red", "green", "blue"]
    assert colour["x-enum-varnames"] == ["RED", "GREEN", "BLUE"]
    assert colour["x-enum-since"] == {"blue": "9.9"}
    assert colour["description"] == "A colour (curated)."
    widget = spec["components"]["schemas"]["Widget"]["properties"]
    assert widget["weight"] == {
        "type": "integer",
        "format": "int64",
        "description": "Grams.",
        "x-since": "9.9",
    }
    assert widget["name"] == {"type": "string", "nullable": True, "pattern": "^\\S"}
    assert spec["components"]["schemas"]["Owner"]["properties"]["email"]["x-since"] == "9.9"
    parameters = spec["paths"]["/{project}/_apis/widgets"]["get"]["parameters"]
    assert parameters[-1] == {"$ref": "#/components/parameters/apiVersion"}  # new ones go before it
    shape = parameters[-2]
    assert shape["name"] == "shape" and shape["x-since"] == "9.9"
    assert shape["schema"]["pattern"] == "^[0-9]+(,[0-9]+)*$"  # a comma-delimited int list
    assert shape["x-tfs-comma-list"] is True  # so TfsClient takes a sequence for it
    report = (workspace["mapping"].parent / "9.9-report.md").read_text()
    assert "new value blue of Colour: in the spec (x-since 9.9)" in report


def test_apply_twice_changes_nothing_the_second_time(workspace: dict[str, Path]) -> None:
    argv = [
        "--upstream",
        str(workspace["upstream"]),
        "--spec",
        str(workspace["spec"]),
        "--mapping",
        str(workspace["mapping"]),
        "--apply",
    ]
    tool.main(argv)
    once = workspace["spec"].read_text()
    tool.main(argv)
    assert workspace["spec"].read_text() == once


def test_check_names_each_item_neither_in_the_spec_nor_decided(
    workspace: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [
        "--upstream",
        str(workspace["upstream"]),
        "--spec",
        str(workspace["spec"]),
        "--mapping",
        str(workspace["mapping"]),
    ]
    assert tool.main([*argv, "--check"]) == 1
    out = capsys.readouterr().out
    assert "not applied: enum Colour blue" in out
    assert "undecided: status deleteWidget" in out


def test_a_recorded_decision_settles_an_item_and_a_skip_keeps_an_additive_one_out(
    workspace: dict[str, Path],
) -> None:
    argv = [
        "--upstream",
        str(workspace["upstream"]),
        "--spec",
        str(workspace["spec"]),
        "--mapping",
        str(workspace["mapping"]),
    ]
    assert tool.main(argv) == 0  # writes the decisions file with every item undecided
    decisions = workspace["mapping"].parent / "9.9-decisions.yaml"
    assert "decision: undecided" in decisions.read_text()
    decisions.write_text(
        "decisions:\n"
        '  "status deleteWidget": {decision: skip, reason: "servers answer 204"}\n'
        '  "enum Colour blue": {decision: skip, reason: "not sent by our servers"}\n'
    )
    assert tool.main([*argv, "--apply"]) == 0
    assert (
        "blue"
        not in yaml.safe_load(workspace["spec"].read_text())["components"]["schemas"]["Colour"][
            "enum"
        ]
    )
    assert tool.main([*argv, "--check"]) == 0
    assert '"enum Colour blue":' in decisions.read_text()  # kept when rewritten


def test_the_tool_asks_for_answers_only_while_items_are_undecided(
    workspace: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [
        "--upstream",
        str(workspace["upstream"]),
        "--spec",
        str(workspace["spec"]),
        "--mapping",
        str(workspace["mapping"]),
    ]
    assert tool.main(argv) == 0
    assert "answer each of the 1 `undecided` items" in capsys.readouterr().out
    (workspace["mapping"].parent / "9.9-decisions.yaml").write_text(
        'decisions:\n  "status deleteWidget": {decision: skip, reason: "servers answer 204"}\n'
    )
    assert tool.main(argv) == 0
    out = capsys.readouterr().out
    assert "differences" in out and "undecided" not in out


def test_a_decision_without_a_reason_is_refused(
    workspace: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    (workspace["mapping"].parent / "9.9-decisions.yaml").write_text(
        'decisions:\n  "status deleteWidget": {decision: maybe}\n'
    )
    argv = [
        "--upstream",
        str(workspace["upstream"]),
        "--spec",
        str(workspace["spec"]),
        "--mapping",
        str(workspace["mapping"]),
    ]
    assert tool.main(argv) == 2
    assert (
        "status deleteWidget: decision must be apply or skip, with a reason"
        in capsys.readouterr().err
    )


def test_route_method_case_and_required_parameter_changes_are_told_apart(
    workspace: dict[str, Path],
) -> None:
    document = swagger()
    listing = document["paths"].pop("/{organization}/{project}/_apis/widgets")
    listing["post"] = listing.pop("get")
    listing["post"]["parameters"].append(
        {"in": "query", "name": "Must", "required": True, "type": "string"}
    )
    document["paths"]["/{organization}/{project}/_apis/Gadgets"] = listing
    content = document["paths"].pop("/{organization}/{project}/_apis/widgets/{widgetId}/content")
    document["paths"]["/{organization}/{project}/_apis/WIDGETS/{id}/content"] = content
    (workspace["upstream"] / "widgets.json").write_text(json.dumps(document))
    found = {item.key for item in run(workspace).items}
    assert {
        "route listWidgets",
        "method listWidgets",
        "required listWidgets Must",
        "case route getWidgetContent",
    } <= found


def test_an_unreadable_upstream_file_is_a_clear_error(
    workspace: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    (workspace["upstream"] / "widgets.json").write_bytes(b"\xef\xbb\xbf{not json")
    argv = [
        "--upstream",
        str(workspace["upstream"]),
        "--spec",
        str(workspace["spec"]),
        "--mapping",
        str(workspace["mapping"]),
    ]
    assert tool.main(argv) == 2
    assert "widgets.json: not a readable Swagger JSON file" in capsys.readouterr().err


def test_a_spec_operation_missing_from_the_mapping_is_named(
    workspace: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    workspace["mapping"].write_text("operations:\n  listWidgets: widgets/GetWidgets\n")
    argv = [
        "--upstream",
        str(workspace["upstream"]),
        "--spec",
        str(workspace["spec"]),
        "--mapping",
        str(workspace["mapping"]),
    ]
    assert tool.main(argv) == 2
    assert "missing from the mapping: deleteWidget, getWidgetContent" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("partiallySucceeded", "PARTIALLY_SUCCEEDED"),
        ("individualCI", "INDIVIDUAL_CI"),
        ("TmiTestRunSummary", "TMI_TEST_RUN_SUMMARY"),
        ("none", "NONE"),
    ],
)
def test_enum_values_get_the_spec_s_constant_names(value: str, name: str) -> None:
    assert tool.varname(value) == name
