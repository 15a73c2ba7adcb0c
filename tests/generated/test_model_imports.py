"""How the generated models load (generator/templates/models_init.py.jinja and model.py.jinja).

`tfs_api.models` imports a model's module only when the model is first looked up, yet every
name is exported, listed by `dir()`, star-importable and visible to mypy. Model modules import
the models they reference once, at module level (last, so that a cycle of references still
imports in any order), never inside `from_dict`/`to_dict` on every call.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
import typing
from pathlib import Path

import pytest
import tfs_api.models as models

REPO = Path(__file__).resolve().parents[2]
GENERATE = REPO / "generator" / "generate.py"
MODELS_DIR = Path(models.__file__).parent


def _python(code: str, *, path: Path | None = None) -> str:
    """Run `code` in a fresh interpreter (optionally with `path` first on sys.path); its stdout."""
    prefix = f"import sys; sys.path.insert(0, {str(path)!r})\n" if path else ""
    result = subprocess.run(
        [sys.executable, "-c", prefix + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_importing_the_models_package_loads_no_model_module() -> None:
    loaded = _python(
        """
        import sys
        import tfs_api.models
        print(sorted(name for name in sys.modules if name.startswith("tfs_api.models.")))
        """
    )

    assert loaded.strip() == "[]"


def test_looking_up_one_model_loads_only_it_and_the_models_it_references() -> None:
    loaded = _python(
        """
        import sys
        from tfs_api.models import TagList
        print(sorted(name for name in sys.modules if name.startswith("tfs_api.models.")))
        """
    )

    assert loaded.strip() == "['tfs_api.models.tag_list']"


def test_every_exported_name_is_its_model_class() -> None:
    assert len(models.__all__) > 50
    for name in models.__all__:
        value = getattr(models, name)
        assert isinstance(value, type)
        assert value.__name__ == name
        assert sys.modules[value.__module__].__dict__[name] is value
        assert value.__module__.startswith("tfs_api.models.")


def test_star_import_and_dir_list_every_model() -> None:
    namespace: dict[str, object] = {}
    exec("from tfs_api.models import *", namespace)

    assert set(models.__all__) <= namespace.keys()
    assert set(models.__all__) <= set(dir(models))


def test_an_unknown_model_name_is_an_attribute_error_naming_it() -> None:
    with pytest.raises(
        AttributeError, match=re.escape("'tfs_api.models' has no attribute 'Biuld'")
    ):
        models.Biuld  # noqa: B018

    with pytest.raises(ImportError, match="Biuld"):
        exec("from tfs_api.models import Biuld", {})


def test_mypy_sees_every_model_and_rejects_a_misspelt_one(tmp_path: Path) -> None:
    names = ", ".join(models.__all__)
    (tmp_path / "usage.py").write_text(
        f"from tfs_api.models import {names}\n"
        "from tfs_api.models import Biuld\n"
        "reveal_type(BuildList.from_dict({}).value)\n"
    )
    # the cache `make lint` fills: only usage.py is checked afresh (about 2.5 s less)
    cache = str(REPO / ".mypy_cache")
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", cache, "usage.py"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, check=False)

    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, result.stdout
    assert errors[0].startswith(
        'usage.py:2: error: Module "tfs_api.models" has no attribute "Biuld"'
    )
    assert 'Revealed type is "list[tfs_api.models.build.Build]"' in result.stdout


def _function_local_imports(source: str) -> list[str]:
    tree = ast.parse(source)
    return [
        ast.unparse(node)
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.Import | ast.ImportFrom)
    ]


@pytest.mark.parametrize("module", sorted(MODELS_DIR.glob("*.py")), ids=lambda path: path.stem)
def test_model_modules_import_nothing_inside_functions(module: Path) -> None:
    assert _function_local_imports(module.read_text()) == []


@pytest.mark.parametrize("name", models.__all__)
def test_model_annotations_resolve_at_run_time(name: str) -> None:
    hints = typing.get_type_hints(getattr(models, name))

    assert all(hint is not None for hint in hints.values())


RECURSIVE_SPEC = """\
openapi: 3.0.3
info: {title: recursive, version: '1'}
paths:
  /trees:
    get:
      operationId: getTree
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Tree'}
components:
  schemas:
    Tree:
      type: object
      properties:
        name: {type: string}
        children: {type: array, items: {$ref: '#/components/schemas/Tree'}}
        owner: {$ref: '#/components/schemas/Person'}
    Person:
      type: object
      properties:
        name: {type: string}
        planted: {$ref: '#/components/schemas/Tree'}
"""


@pytest.fixture(scope="module")
def recursive_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package generated from schemas that reference themselves and each other."""
    root = tmp_path_factory.mktemp("recursive")
    spec = root / "recursive.yaml"
    spec.write_text(RECURSIVE_SPEC)
    command = [
        sys.executable,
        str(GENERATE),
        "--spec",
        str(spec),
        "--output",
        str(root / "tfs_api"),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return root


@pytest.mark.parametrize("first", ["tree", "person"])
def test_recursive_and_mutually_referencing_models_import_in_any_order_and_round_trip(
    recursive_package: Path, first: str
) -> None:
    second = {"tree": "person", "person": "tree"}[first]
    output = _python(
        f"""
        import importlib, sys
        importlib.import_module("tfs_api.models.{first}")
        importlib.import_module("tfs_api.models.{second}")
        from tfs_api.models import Person, Tree
        data = {{
            "name": "oak",
            "children": [{{"name": "acorn", "children": [], "zzUnknown": 1}}],
            "owner": {{"name": "Ann", "planted": {{"name": "elm"}}}},
        }}
        tree = Tree.from_dict(data)
        assert isinstance(tree.children[0], Tree), tree
        assert isinstance(tree.owner, Person) and isinstance(tree.owner.planted, Tree), tree
        assert tree.children[0].additional_properties == {{"zzUnknown": 1}}
        assert tree.to_dict() == data, tree.to_dict()
        print(sys.modules["tfs_api"].__file__)
        """,
        path=recursive_package,
    )

    assert output.strip() == str(recursive_package / "tfs_api" / "__init__.py")
