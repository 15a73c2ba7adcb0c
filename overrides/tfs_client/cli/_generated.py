"""Commands derived from the spec: one per ``TfsClient`` resource method (``RESOURCE_METHODS``).

``tfs <resource> <method> PATH-PARAMS... --query-param VALUE ...``: path parameters are
arguments in path order, query parameters options, each with its description from the spec;
create/update commands take the body's fields as options (or the whole body as ``--body``).
A new operation in the spec gets a command with no edit here.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import json
import re
import sys
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import click

from .. import flags
from .._resources import Resources
from ._commands import TfsCommand, TfsGroup
from ._output import model_columns
from ._settings import Settings, common_options
from ._types import CommaList, EnumValues, FlagNames, Moment

Invoker = Callable[["Settings", str, str, list[Any], dict[str, Any]], Any]
"""Runs ``resource.method(*path, **keywords)`` on the invocation's client; returns the result."""

PAGING_PARAMETERS = frozenset({"top", "skip", "continuation_token"})
"""Handled by the paginator (``--max-items``, ``--page-size``), not shown as options."""

ALIASES = {"min_finish_time": ["--since"]}
"""Extra option names for spec parameters (``--since 7d`` is ``--min-finish-time 7d``)."""

_ATTRIBUTE = re.compile(r"^\s{4,}(\w+) \(([^)]*)\):\s*(.*)$")


def command_name(name: str) -> str:
    """``add_tag`` -> ``add-tag``."""
    return name.strip("_").replace("_", "-")


def option_name(parameter_name: str) -> str:
    """``status_filter`` -> ``--status-filter``; ``type_`` -> ``--type``."""
    return "--" + command_name(parameter_name)


def first_line(text: str) -> str:
    """The first sentence-like line of a description."""
    return text.strip().splitlines()[0] if text.strip() else ""


def parameter_type(parameter: Any) -> click.ParamType[Any]:
    """The click type of a spec parameter (enum choice, comma list, time, int, text)."""
    python_type = parameter.python_type
    if parameter.enum is not None:
        return EnumValues(parameter.enum, many=parameter.comma_list)
    if parameter.comma_list:
        return CommaList(int if python_type is int else str)
    if python_type is datetime.datetime:
        return Moment()
    if python_type is int:
        return click.INT
    if python_type is float:
        return click.FLOAT
    if python_type is bool:
        return click.BOOL
    return click.STRING


def flags_class(resource: str, method: str, parameter: str) -> type[enum.IntFlag] | None:
    """The ``tfs_client.flags`` class a client method's parameter also takes, as its generated
    signature names it (``flags: CodeCoverageFlags | int | None``); ``None`` if none."""
    function = getattr(typing.get_type_hints(Resources).get(resource), method, None)
    if function is None:
        return None
    found = inspect.signature(function).parameters.get(parameter)
    for name in re.findall(r"\w+", str(found.annotation) if found is not None else ""):
        candidate = getattr(flags, name, None)
        if isinstance(candidate, type) and issubclass(candidate, enum.IntFlag):
            return candidate
    return None


def describe(parameter: Any) -> str:
    """An option's help: the spec's description, its default and (for times) the accepted forms."""
    text = " ".join(parameter.description.split()) or "(no description in the spec)"
    if parameter.python_type is datetime.datetime:
        text += " An ISO 8601 date-time or an age such as 7d, 12h, 30m."
    if parameter.default is not None:
        default = getattr(parameter.default, "value", parameter.default)
        text += f" Server default: {default}."
    return text


def body_fields(model: type[Any]) -> list[tuple[str, str, str, str]]:
    """``(python name, wire name, type text, description)`` of each field of a model,
    from the generated class's attributes, docstring and known wire keys."""
    documented: dict[str, tuple[str, str]] = {}
    current = None
    for line in (model.__doc__ or "").splitlines():
        match = _ATTRIBUTE.match(line)
        if match:
            current = match.group(1)
            documented[current] = (match.group(2), match.group(3))
        elif current and line.strip() and not line.strip().endswith(":"):
            kind, text = documented[current]
            documented[current] = (kind, f"{text} {line.strip()}")
    known = sorted(getattr(sys.modules[model.__module__], "_KNOWN_KEYS", ()))
    fields = []
    for field in attrs.fields(model):
        if field.name == "additional_properties":
            continue
        folded = field.name.replace("_", "").casefold()
        wire = next((key for key in known if key.replace("_", "").casefold() == folded), None)
        kind, text = documented.get(field.name, ("", ""))
        fields.append((field.name, wire or field.name, kind, text))
    return fields


def field_enums(model: type[Any]) -> dict[str, EnumValues]:
    """The values each enum field of a generated model takes, by python name, from the enum
    classes its type hints name (``status: BuildUpdateStatus | Unset``; a field that takes a
    name or a number, ``TestSessionStateName | TestSessionStateCode``, takes either's)."""
    found = {}
    for name, hint in typing.get_type_hints(model).items():
        kinds = [kind for kind in typing.get_args(hint) or (hint,) if _is_enum(kind)]
        if kinds:  # names before numbers
            found[name] = EnumValues(*sorted(kinds, key=lambda kind: issubclass(kind, int)))
    return found


def _is_enum(kind: object) -> bool:
    return isinstance(kind, type) and issubclass(kind, enum.Enum)


def body_value(kind: str, text: str) -> Any:
    """A body field's option value: text for string fields, else JSON when it parses."""
    if kind.startswith("str"):
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


def list_columns(model: type[Any] | None) -> list[str] | None:
    """The columns of a list table of ``model`` items, the same for every invocation (from its
    fields: see ``model_columns``); ``None`` when the items are not a generated model."""
    if model is None or not attrs.has(model):
        return None
    required = {field.name for field in attrs.fields(model) if field.default is attrs.NOTHING}
    return model_columns([(wire, name in required) for name, wire, _, _ in body_fields(model)])


def read_body(text: str | None) -> dict[str, Any]:
    """``--body``: JSON text, ``@file`` or ``-`` (stdin); must be a JSON object."""
    if text is None:
        return {}
    try:
        if text == "-":
            raw = sys.stdin.read()
        elif text.startswith("@"):
            raw = Path(text[1:]).read_text(encoding="utf-8")
        else:
            raw = text
        data = json.loads(raw)
    except (OSError, ValueError) as error:
        raise click.BadParameter(f"not readable JSON: {error}", param_hint="'--body'") from None
    if not isinstance(data, dict):
        raise click.BadParameter("must be a JSON object", param_hint="'--body'")
    return data


class SpecCommand:
    """Builds the click command of one resource method from its ``ResourceMethod`` entries.

    The entry without a ``selector`` is the main operation; a sibling with a selector (the
    result variant of ``attachments list``, chosen by ``result_id``) adds that parameter as an
    option, and the method picks the operation by it.
    """

    def __init__(self, entries: Sequence[Any], invoke: Invoker) -> None:
        main = [entry for entry in entries if entry.selector is None] or list(entries)
        self.entry = main[0]
        self.siblings = [entry for entry in entries if entry is not self.entry]
        self.resource = self.entry.resource
        self.method = self.entry.method
        self.operation = self.entry.operation
        self.invoke = invoke
        self.fields: list[tuple[str, str, str, str]] = []
        self.enums: dict[str, EnumValues] = {}

    def build(self) -> click.Command:
        """The click command."""
        params: list[click.Parameter] = []
        arguments_help = []
        for parameter in _path(self.operation):
            params.append(
                click.Argument(
                    [parameter.name], type=parameter_type(parameter), metavar=_metavar(parameter)
                )
            )
            arguments_help.append(f"  {_metavar(parameter)}: {describe(parameter)}")
        for sibling in self.siblings:
            selector = sibling.operation.parameter(sibling.selector)
            params.append(
                click.Option(
                    [*_selector_names(selector.name), selector.name],
                    type=parameter_type(selector),
                    help=f"{describe(selector)} (selects {sibling.operation.operation_id}).",
                )
            )
        paged = self.entry.kind == "pages"
        for parameter in self.operation.parameters:
            if parameter.location == "path" or parameter.name == "api_version":
                continue
            if paged and parameter.name in PAGING_PARAMETERS:
                continue
            names = [option_name(parameter.name), *ALIASES.get(parameter.name, [])]
            flag_set = flags_class(self.resource, self.method, parameter.name)
            params.append(
                click.Option(
                    [*names, parameter.name],
                    type=FlagNames(flag_set) if flag_set else parameter_type(parameter),
                    required=parameter.required,
                    help=describe(parameter),
                )
            )
        if paged:
            params.append(
                click.Option(
                    ["--max-items"], type=click.IntRange(min=0), help="Stop after this many items."
                )
            )
            params.append(
                click.Option(
                    ["--page-size"], type=click.IntRange(min=1), help="Items asked for per request."
                )
            )
        if self.operation.body is not None:
            self.fields = body_fields(self.operation.body)
            self.enums = field_enums(self.operation.body)
        taken = {opt for param in [*params, *common_options()] for opt in param.opts}
        for name, _wire, kind, text in self.fields:
            flag = option_name(name)  # --body-<field> where a parameter has the name already
            choices = self.enums.get(name)
            params.append(
                click.Option(
                    [
                        flag if flag not in taken else f"--body-{command_name(name)}",
                        f"body__{name}",
                    ],
                    type=choices,
                    metavar=None if choices else _kind_metavar(kind),
                    help=(" ".join(text.split()) or "A field of the request body.") + " (body)",
                )
            )
        if self.operation.body is not None:
            params.append(
                click.Option(
                    ["--body"],
                    metavar="JSON|@FILE|-",
                    help="The whole request body as JSON (text, @file or - for stdin); "
                    "field options override its fields.",
                )
            )
        help_text = self._help(arguments_help)
        return TfsCommand(
            command_name(self.method),
            params=params,
            callback=click.pass_obj(self._callback),
            help=help_text,
            short_help=first_line(self.operation.summary or self.operation.description),
        )

    def _help(self, arguments_help: list[str]) -> str:
        parts = [self.operation.summary or "", " ".join(self.operation.description.split())]
        text = "\n\n".join(part for part in parts if part)
        if arguments_help:
            text += "\n\n\b\nArguments:\n" + "\n".join(arguments_help)
        names = ", ".join(e.operation.operation_id for e in [self.entry, *self.siblings])
        return f"{text}\n\nSpec operation: {names}."

    def _callback(self, settings: Settings, **values: Any) -> None:
        path = [values.pop(parameter.name) for parameter in _path(self.operation)]
        body_options = {
            key[len("body__") :]: values.pop(key)
            for key in list(values)
            if key.startswith("body__")
        }
        body_text = values.pop("body", None)
        keywords = {key: value for key, value in values.items() if value is not None}
        if self.operation.body is not None:
            wires = {wire.casefold(): wire for _name, wire, _kind, _text in self.fields}
            document = {  # servers bind body names case-insensitively; the models do not
                wires.get(key.casefold(), key): value for key, value in read_body(body_text).items()
            }
            for name, wire, kind, _text in self.fields:
                chosen = body_options.get(name)
                if isinstance(chosen, enum.Enum):
                    document[wire] = chosen.value
                elif chosen is not None:
                    document[wire] = body_value(kind, chosen)
            self._check_enums(document)
            for parameter in self.operation.parameters:  # --definition-id 25: {"definition": ...}
                if parameter.fills and keywords.get(parameter.name) is not None:
                    field, _, key = parameter.fills.partition(".")
                    document.setdefault(field, {key: keywords[parameter.name]})
            if document or self.operation.body_required:
                try:
                    keywords["body"] = self.operation.body.from_dict(document)
                except (KeyError, TypeError, ValueError) as error:
                    raise click.BadParameter(
                        f"not a valid {self.operation.body.__name__}: {type(error).__name__}: {error}",
                        param_hint="'--body' or the body field options",
                    ) from None
        result = self.invoke(settings, self.resource, self.method, path, keywords)
        show(settings, result, columns=list_columns(self.operation.item))

    def _check_enums(self, document: dict[str, Any]) -> None:
        """Put the body's enum fields in the spec's spelling (``--body`` takes any letter case, as
        the options do); a value the spec does not list is a usage error naming the field and the
        values (the models keep unknown values, for newer servers' replies, so would send it)."""
        for name, wire, _kind, _text in self.fields:
            choices = self.enums.get(name)
            if choices is None or wire not in document:
                continue
            member = choices.member(document[wire])
            if member is None:
                raise click.BadParameter(
                    f"field {wire!r}: {document[wire]!r} is not one of {', '.join(choices.values)}",
                    param_hint="'--body'",
                )
            document[wire] = member.value


def show(settings: Settings, result: Any, *, columns: Sequence[str] | None = None) -> None:
    """Print a method's result: a list or pager as items (streamed with ``--jsonl``; a table
    shows ``columns``, else the items' own), a model as fields, nothing for ``None``."""
    output = settings.output
    if result is None:
        return
    if isinstance(result, (list, tuple)) or _is_pager(result):
        count = output.items(result, columns=columns)
        if count == 0 and output.mode.value == "table":
            click.echo("no items", err=True)
        return
    output.one(result)


def _is_pager(value: Any) -> bool:
    return (
        hasattr(value, "pages") and isinstance(value, Iterable) and not isinstance(value, Mapping)
    )


def _selector_names(name: str) -> list[str]:
    """``result_id`` -> ``--result-id`` and ``--result`` (as the hand-made commands spell it)."""
    names = [option_name(name)]
    if name.endswith("_id"):
        names.append(option_name(name.removesuffix("_id")))
    return names


def _path(operation: Any) -> list[Any]:
    return [parameter for parameter in operation.parameters if parameter.location == "path"]


def _metavar(parameter: Any) -> str:
    return command_name(parameter.name).upper().replace("-", "_")


def _kind_metavar(kind: str) -> str:
    head = kind.split("|")[0].strip()
    return {"str": "TEXT", "int": "INTEGER", "bool": "BOOLEAN", "float": "NUMBER"}.get(head, "JSON")


def resource_help(resource: str) -> str:
    """The resource class's docstring (the spec's tag description), for the group's help."""
    kind = typing.get_type_hints(Resources).get(resource)
    return inspect.getdoc(kind) or f"The {resource.replace('_', ' ')} operations."


def add_resource_commands(
    root: click.Group,
    methods: Iterable[Any],
    invoke: Invoker,
) -> None:
    """One group per resource and one command per method of ``methods`` (``RESOURCE_METHODS``),
    except where a hand-made command already has the name, and file transfers
    (``upload``/``download`` kinds), which only a hand-made command can present."""
    grouped: dict[tuple[str, str], list[Any]] = {}
    for entry in methods:
        grouped.setdefault((entry.resource, entry.method), []).append(entry)
    for (resource, method), entries in grouped.items():
        if any(entry.kind in ("upload", "download") for entry in entries):
            continue
        name = command_name(resource)
        group = root.commands.get(name)
        if not isinstance(group, click.Group):
            group = TfsGroup(name, help=resource_help(resource))
            root.add_command(group)
        if command_name(method) not in group.commands:
            group.add_command(SpecCommand(entries, invoke).build())
