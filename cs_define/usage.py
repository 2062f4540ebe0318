"""Mistakes on the command line (unknown option or command, missing or bad value), said in one line.

Typer reports them in a box of several lines with its own wording (some of it pydantic's). This
module turns such an error into our one line: the command, what was wrong, and the fix. It is
imported only when something went wrong, so it costs a normal run nothing.
"""

from __future__ import annotations

import re
from enum import Enum

try:  # typer 0.29 and later ship their own copy of click
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover - older typer runs on click itself
    from click import exceptions as click_errors

# click's and typer's wording, which carries no fields to read the name and suggestions from
_NO_SUCH_COMMAND = re.compile(r"No such command (?P<name>.+?)\.(?: Did you mean (?P<names>.+)\?)?$")
_EXTRA_ARGUMENTS = re.compile(r"Got unexpected extra arguments?(?:\(s\))? \((?P<args>.*)\)$", re.S)
_NEEDS_VALUE = re.compile(r"Option (?P<name>'.+') requires (?:an argument|(?P<n>\d+) arguments)\.$")
_TAKES_NO_VALUE = re.compile(r"Option (?P<name>'.+') does not take a value\.$")


def one_line(exc: BaseException, ctx, args=()) -> str | None:
    """Return the one-line message for a usage error raised under the group context `ctx`
    (`args`: the group's command line, when the error came from parsing it).

    Return None when `exc` is not a usage error, or is the request for help that a bare
    `cs-define` makes (typer has already printed the help).
    """
    if not isinstance(exc, click_errors.UsageError) or type(exc).__name__ == "NoArgsIsHelpError":
        return None
    command_ctx = exc.ctx if exc.ctx is not None else ctx
    path, command = command_ctx.command_path, command_ctx.command
    if exc.ctx is None and ctx.invoked_subcommand:  # an option's value was missing while parsing
        path = f"{ctx.command_path} {ctx.invoked_subcommand}"
        command = ctx.command.get_command(ctx, ctx.invoked_subcommand) or command
    what, fix = _describe(exc, command, command_ctx, args)
    where = path.partition(" ")[2]
    see = f"see '{path} --help'"
    hint = f"{fix}{' ' if fix.endswith('?') else '; '}{see}" if fix else see
    message = f"{where + ': ' if where else ''}{what} ({hint})"
    return message.replace("\r", "\\r").replace("\n", "\\n")


def _describe(exc, command, ctx, args) -> tuple[str, str]:
    """Return (what was wrong, the fix or "") for a usage error."""
    if isinstance(exc, click_errors.NoSuchOption):
        fix = (_option_of_the_group(ctx, exc.option_name)
               or _did_you_mean(exc.possibilities or ())
               or _option_of_a_command(command, ctx, exc.option_name, args))
        return f"no such option {exc.option_name!r}", fix
    if isinstance(exc, click_errors.MissingParameter) and exc.param is not None:
        return f"missing {_param_kind(exc.param)} {_param_name(exc.param)}", _choose(exc.param)
    if isinstance(exc, click_errors.BadParameter) and exc.param is not None:
        return f"invalid value for {_param_name(exc.param)}: {_bad_value(exc)}", ""
    text = exc.format_message()
    if found := _NO_SUCH_COMMAND.match(text):
        names = [name.strip("'") for name in (found["names"] or "").split(", ") if name]
        return f"no such command {found['name']}", _did_you_mean(names)
    if found := _EXTRA_ARGUMENTS.match(text):
        return (f"unexpected extra argument(s): {found['args']}",
                "quote a value that contains spaces")
    if found := _NEEDS_VALUE.match(text):
        param = _option(command, found["name"].strip("'"))
        count = f"{found['n']} values" if found["n"] else "a value"
        return f"option {found['name']} needs {count}", _choose(param)
    if found := _TAKES_NO_VALUE.match(text):
        return f"option {found['name']} is a flag and takes no value", ""
    if text == "Missing command.":
        return "missing command", ""
    return _sentence(text), ""


def _did_you_mean(names) -> str:
    """Return "did you mean 'a' or 'b'?", or "" when there is nothing to suggest."""
    quoted = [f"'{name}'" for name in names]
    return f"did you mean {_either(quoted)}?" if quoted else ""


def _either(names: list[str]) -> str:
    """Return "a", "a or b", "a, b or c"."""
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]


def _option_of_a_command(group, ctx, name: str, args) -> str:
    """Return where to move an option that was given before the command it belongs to, or ""."""
    if not hasattr(group, "list_commands"):
        return ""
    owners = [command for command in group.list_commands(ctx)
              if _option(group.get_command(ctx, command), name) is not None]
    if not owners:
        return ""
    typed = [command for command in owners if command in args]  # the command the user meant
    example = f"{ctx.command_path} {(typed or owners)[0]} {name} ..."
    return f"put it after the command's name, e.g. '{example}'"


def _option_of_the_group(ctx, name: str) -> str:
    """Return where to move an option of the tool itself ("--data") that was given after a
    command's name, or ""."""
    root = ctx.find_root()
    option = _option(root.command, name) if ctx is not root else None
    if option is None:
        return ""
    if getattr(option, "is_eager", False):  # "--version" works alone
        return f"it is an option of {root.command_path} itself: '{root.command_path} {name}'"
    command = ctx.command_path.partition(" ")[2]
    value = "" if getattr(option, "is_flag", False) else f" {(option.metavar or 'FILE')}"
    return f"put it before the command's name, e.g. '{root.command_path} {name}{value} {command} ...'"


def _param_kind(param) -> str:
    """Return "argument" or "option"."""
    return "argument" if getattr(param, "param_type_name", "") == "argument" else "option"


def _param_name(param) -> str:
    """Return how the user writes the parameter: its long option name, or its argument's name."""
    if _param_kind(param) == "option" and param.opts:
        return repr(max(param.opts, key=len))
    return repr(param.metavar or (param.name or "").upper())


def _option(command, name: str):
    """Return the option of `command` spelt `name`, or None."""
    for param in getattr(command, "params", ()):
        if name in (*getattr(param, "opts", ()), *getattr(param, "secondary_opts", ())):
            return param
    return None


def _choices(param) -> list[str]:
    """Return the values a parameter accepts, when it accepts only a fixed set."""
    values = getattr(getattr(param, "type_descriptor", None), "choices", None) or ()
    return [str(value.value if isinstance(value, Enum) else value) for value in values]


def _choose(param) -> str:
    """Return "choose one of ..." for a parameter with a fixed set of values, else ""."""
    choices = _choices(param)
    return f"choose one of {', '.join(choices)}" if choices else ""


def _bad_value(exc) -> str:
    """Say what is wrong with a value, with the value and what would do instead."""
    errors = getattr(exc.__cause__, "errors", None)  # typer converts values with pydantic
    if not callable(errors) or not errors():
        return _sentence(exc.message)
    error = errors()[0]
    kind, value, limits = error.get("type", ""), error.get("input"), error.get("ctx") or {}
    info = getattr(getattr(exc.param, "type_descriptor", None), "parameter_info", None)
    low, high = getattr(info, "min", None), getattr(info, "max", None)
    if kind == "int_parsing":
        return f"{value!r} is not a whole number"
    if kind == "float_parsing":
        return f"{value!r} is not a number"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        if low is not None and high is not None:
            return f"{value} is out of range; give a number from {low} to {high}"
        bound = {"greater_than_equal": "at least", "less_than_equal": "at most",
                 "greater_than": "more than", "less_than": "less than"}[kind]
        return f"{value} is out of range; give a number {bound} {next(iter(limits.values()), '')}"
    if choices := _choices(exc.param):
        return f"{value!r} is not one of {', '.join(choices)}"
    return _sentence(str(error.get("msg", "")).removeprefix("Value error, "))


def _sentence(text: str) -> str:
    """Return click's or pydantic's sentence as a clause: lower-case start, no full stop."""
    text = text.strip().rstrip(".")
    return text[:1].lower() + text[1:] if text[1:2].islower() else text
