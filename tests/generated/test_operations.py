"""Every spec operation has a generated module with the sync/async functions, and the package
imports nothing beyond the standard library, httpx and attrs."""

from __future__ import annotations

import ast
import inspect
import sys
from pathlib import Path

import pytest

from ._samples import Operation, load_operations, snake

PACKAGE = Path(__file__).resolve().parents[2] / "generated" / "tfs_api"
OPERATIONS = load_operations()
RUNTIME_DEPENDENCIES = {"httpx", "attrs"}
BINARY_DOWNLOADS = {"getTestRunAttachmentContent", "getTestResultAttachmentContent"}


def test_spec_has_the_29_operations_and_7_newer_forms_the_package_is_generated_from() -> None:
    assert len(OPERATIONS) == 29 + 7
    modules = {
        f"{path.parent.name}.{path.stem}"
        for path in (PACKAGE / "api").glob("*/*.py")
        if path.name != "__init__.py"
    }
    assert modules == {f"{snake(op.tag)}.{snake(op.operation_id)}" for op in OPERATIONS}


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_operation_module_imports_with_sync_and_async_functions(operation: Operation) -> None:
    module = operation.module
    functions = {"sync_detailed", "asyncio_detailed"}
    for name in functions:
        assert callable(getattr(module, name)), name
    assert inspect.iscoroutinefunction(module.asyncio_detailed)
    assert inspect.signature(module.sync_detailed) == inspect.signature(module.asyncio_detailed)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_only_octet_stream_downloads_have_a_streaming_variant(operation: Operation) -> None:
    streams = hasattr(operation.module, "stream") and hasattr(operation.module, "asyncio_stream")
    assert streams == (operation.operation_id in BINARY_DOWNLOADS)


def _imported_top_level_names(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_generated_code_imports_only_stdlib_httpx_and_attrs() -> None:
    imported = set().union(*(_imported_top_level_names(p) for p in PACKAGE.rglob("*.py")))
    third_party = imported - set(sys.stdlib_module_names)
    assert third_party == RUNTIME_DEPENDENCIES, "runtime dependencies must be httpx and attrs only"


@pytest.mark.parametrize("caller_collects", [True, False])
@pytest.mark.parametrize("decodes", [True, False])
def test_the_garbage_collector_is_paused_while_a_reply_decodes_and_restored_after(
    caller_collects: bool, decodes: bool
) -> None:
    import gc

    import attrs
    import httpx
    from tfs_api.api.builds import get_build
    from tfs_api.errors import MalformedBody

    seen: list[bool] = []

    def decode(response: httpx.Response) -> object:
        seen.append(gc.isenabled())
        if not decodes:
            raise ValueError("not a build")
        return response.json()

    operation = attrs.evolve(get_build.OPERATION, decode=decode)
    was = gc.isenabled()
    (gc.enable if caller_collects else gc.disable)()
    try:
        if decodes:
            assert operation.parse(httpx.Response(200, json={"id": 1})) == {"id": 1}
        else:
            with pytest.raises(MalformedBody):
                operation.parse(httpx.Response(200, json={"id": 1}))
        assert seen == [False]
        assert gc.isenabled() is caller_collects
    finally:
        (gc.enable if was else gc.disable)()
