"""Errors as one line on stderr: the command group that catches them, and the message's shape."""

from __future__ import annotations

import errno
import os
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.text import Text
from typer._click.exceptions import NoArgsIsHelpError  # typer's own click, vendored
from typer.core import TyperGroup

from crosswire.errors import CrosswireError

err = Console(stderr=True, soft_wrap=True)
# Set to see the traceback of an unexpected error instead of its one line.
DEBUG_ENV = "CROSSWIRE_DEBUG"


def _fail(message: str, code: int = 2) -> None:
    """One line on stderr (soft_wrap: never folded), then exit with ``code``."""
    err.print(Text.assemble(("error: ", "red"), " ".join(message.split())))
    raise typer.Exit(code)


@contextmanager
def _one_line_errors():
    """Every error a command meets as one line: usage errors (which typer draws in a box
    under the usage text), crosswire's errors, the system's, and bugs."""
    try:
        yield
    except (NoArgsIsHelpError, typer.Exit, typer.Abort):
        raise  # help, --version and Ctrl-C: typer shows them as they are
    except typer.TyperException as exc:  # usage errors: typer's (vendored) click exceptions
        hint = f" (see {exc.ctx.command_path} --help)" if getattr(exc, "ctx", None) else ""
        _fail(exc.format_message() + hint, exc.exit_code)
    except CrosswireError as exc:
        _fail(str(exc))
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            raise  # the reader of stdout went away (| head): typer exits quietly
        _fail(str(exc), 1)
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        _fail(f"internal error ({type(exc).__name__}: {exc}); {DEBUG_ENV}=1 shows where", 1)


class _Commands(TyperGroup):
    """The command group, its parsing and its commands run inside ``_one_line_errors``."""

    def make_context(self, *args, **kwargs):
        with _one_line_errors():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx):
        with _one_line_errors():
            return super().invoke(ctx)


@contextmanager
def _errors():
    try:
        yield
    except CrosswireError as exc:
        _fail(str(exc))
