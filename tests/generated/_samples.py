"""Documented samples and the spec operation each one belongs to, for the generated-package tests.

Sources (read-only, the sibling folder `shared/` of the repository root):
- `shared/docs-examples/**/*.json`: recorded request/response pairs (method, requestUrl,
  requestBody, statusCode, responseHeaders, responseBody), included by the builds and attachments pages.
- `shared/seeds/*.txt`: the five REST reference pages; their "Sample request" / "Sample response"
  sections hold the request line, an optional JSON request body and the JSON response body.
"""

from __future__ import annotations

import importlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SPEC = REPO / "spec" / "tfs.yaml"
BASE_URL = "https://mytfsserver/DefaultCollection"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Sample:
    """One documented HTTP exchange: what the client sends and what the server answers."""

    source: str
    method: str
    url: str
    request_body: Any = None
    status: int | None = None
    response_body: Any = None
    response_is_json: bool = False
    response_headers: dict[str, str] = field(default_factory=dict)

    @property
    def path(self) -> str:
        """The raw (still percent-encoded) path of the request URL."""
        return urlsplit(self.url).path


@dataclass(frozen=True)
class Operation:
    """A spec operation and the generated module implementing it."""

    operation_id: str
    method: str
    path: str
    tag: str

    @property
    def module(self) -> ModuleType:
        """The generated module, e.g. `tfs_api.api.builds.get_build`."""
        return importlib.import_module(f"tfs_api.api.{snake(self.tag)}.{snake(self.operation_id)}")

    def match(self, method: str, raw_path: str) -> dict[str, str] | None:
        """Path parameters (decoded) when the sample's method and path belong to this operation."""
        if method.lower() != self.method:
            return None
        collection_and_rest = raw_path.split("/", 2)  # ["", "DefaultCollection", "project/..."]
        if len(collection_and_rest) < 3:
            return None
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.path.lstrip("/")))
        found = re.fullmatch(pattern, collection_and_rest[2])
        if found is None:
            return None
        return {name: unquote(value) for name, value in found.groupdict().items()}


def snake(name: str) -> str:
    """The generator's Python name for a wire name: `$top` -> `top`, `buildId` -> `build_id`."""
    words = re.sub(r"[^0-9A-Za-z]+", " ", name)
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", words)
    words = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", words)
    return "_".join(words.lower().split())


def require_shared() -> Path:
    """The shared folder, or a clear failure saying where it was expected."""
    if not (SHARED / "docs-examples").is_dir() or not (SHARED / "seeds").is_dir():
        raise FileNotFoundError(f"shared samples not found at {SHARED} (sibling of the repo root)")
    return SHARED


def load_operations() -> list[Operation]:
    """Every operation in spec/tfs.yaml."""
    spec = yaml.safe_load(SPEC.read_text())
    operations = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                details = item[method]
                operations.append(
                    Operation(details["operationId"], method, path, details["tags"][0])
                )
    return operations


def docs_example_samples() -> list[Sample]:
    """The recorded request/response pairs in shared/docs-examples/."""
    root = require_shared() / "docs-examples"
    samples = []
    for path in sorted(root.rglob("*.json")):
        record = json.loads(path.read_text())
        samples.append(
            Sample(
                source=f"docs-examples/{path.relative_to(root)}",
                method=record["method"],
                url=record["requestUrl"],
                request_body=record.get("requestBody"),
                status=record["statusCode"],
                response_body=record.get("responseBody"),
                response_is_json="responseBody" in record,
                response_headers={
                    name: value
                    for name, value in record["responseHeaders"].items()
                    if isinstance(value, str)
                },
            )
        )
    return samples


_FENCE = re.compile(r"^```(\w[\w-]*)?\s*$")
_REQUEST_HEADING = re.compile(r"^#+\s*sample request\s*$", re.IGNORECASE)
_RESPONSE_HEADING = re.compile(r"^#+\s*(sample\s+)?response\s*$", re.IGNORECASE)
_REQUEST_LINE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE)\s+(https?://\S+)$")
_STATUS_LINE = re.compile(r"^Status code:\s*(\d{3})\s*$")
_HEADER_IN_BLOCK = re.compile(r'"(x-ms-[\w-]+)"\s*:\s*(\S+)')


def _blocks_and_lines(text: str) -> list[tuple[str, str]]:
    """The page as a list of ("line", text) and ("block", fenced content) items."""
    items: list[tuple[str, str]] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        if _FENCE.match(lines[index].strip()):
            end = index + 1
            while end < len(lines) and lines[end].strip() != "```":
                end += 1
            items.append(("block", "\n".join(lines[index + 1 : end])))
            index = end + 1
        else:
            items.append(("line", lines[index].strip()))
            index += 1
    return items


def _page_samples(page: Path) -> list[Sample]:
    """The samples of one page, in page order."""
    drafts: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    mode = section = ""
    for kind, content in _blocks_and_lines(page.read_text()):
        if kind == "line" and _REQUEST_HEADING.match(content):
            source = f"{page.name} sample {len(drafts) + 1} ({section})"
            current = {"source": source, "url": "", "response_headers": {}}
            drafts.append(current)
            mode = "request"
        elif kind == "line" and _RESPONSE_HEADING.match(content):
            mode = "response"
        elif kind == "line" and re.match(r"^#{1,3}\s", content):
            current, mode = None, ""
            section = content.lstrip("#").strip()
        elif current is None:
            continue
        elif kind == "line" and (status := _STATUS_LINE.match(content)):
            current["status"] = int(status.group(1))
        elif kind == "block" and mode == "request" and not current["url"]:
            request_line = _REQUEST_LINE.match(content.strip())
            if request_line is None:
                raise ValueError(f"{current['source']}: no request line in {content!r}")
            current["method"], current["url"] = request_line.groups()
        elif kind == "block" and mode == "request":
            current["request_body"] = json.loads(content)
        elif kind == "block" and mode == "response":
            try:
                body = json.loads(content)
            except json.JSONDecodeError:  # the pages show response headers as pseudo-JSON
                current["response_headers"].update(_HEADER_IN_BLOCK.findall(content))
                continue
            if current.get("response_is_json"):
                raise ValueError(f"{current['source']}: two JSON response bodies")
            current["response_body"], current["response_is_json"] = body, True
            current.setdefault("status", 200)
    return [Sample(**draft) for draft in drafts]


def seed_page_samples() -> list[Sample]:
    """The inline samples of the five reference pages in shared/seeds/."""
    return [
        sample
        for page in sorted((require_shared() / "seeds").glob("*.txt"))
        for sample in _page_samples(page)
    ]


def all_samples() -> list[Sample]:
    """Every documented sample: recordings first, then the pages' inline samples."""
    return docs_example_samples() + seed_page_samples()


def operation_for(sample: Sample, operations: list[Operation]) -> tuple[Operation, dict[str, str]]:
    """The single operation a sample belongs to, with its decoded path parameters."""
    matches = [
        (operation, params)
        for operation in operations
        if (params := operation.match(sample.method, sample.path)) is not None
    ]
    if len(matches) != 1:
        found = [operation.operation_id for operation, _ in matches]
        raise LookupError(f"{sample.source}: {sample.method} {sample.path} matches {found}")
    return matches[0]
