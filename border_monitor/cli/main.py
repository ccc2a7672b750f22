"""The ``border-monitor`` command: subcommands registered from small modules.

Each subcommand module exposes ``register(subparsers)``, which adds its parser and sets
``func=run``; ``run(args)`` returns the exit code. Failures follow ``failures``: a
``BorderMonitorError`` or an ``OSError`` about a file is printed as one sentence (exit code 2);
anything else is logged with its traceback to the log file and shown as "an internal error;
details in LOGFILE" (exit code 3), never as a traceback.

Start-up is kept short: only the module of the subcommand given is imported (``border-monitor stats ...``
imports ``stats`` alone; ``--help`` imports them all, and each keeps its heavy imports inside ``run``). The
command a module registers is its name without the ``_cmd`` suffix (``import_cmd`` registers ``import``).
"""
from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from .. import __version__

# Subcommand modules, in the order ``--help`` lists them.
SUBCOMMANDS = ("gui", "init", "demo", "import_cmd", "export_cmd", "stats", "check_cmd", "audit_cmd", "alerts",
               "coords", "screenshot", "tak_cmd", "attach_cmd", "db_cmd", "sync_cmd", "conflicts_cmd",
               "briefing", "report", "animate", "basemap")


def _version_text() -> str:
    import sqlite3

    return f"border-monitor {__version__} (SQLite {sqlite3.sqlite_version}, Python {sys.version.split()[0]})"


def command_module(command: str) -> str | None:
    """The module (of ``SUBCOMMANDS``) that registers ``command``, or None when none does."""
    for name in (f"{command}_cmd", command):
        if name in SUBCOMMANDS and name.removesuffix("_cmd") == command:
            return name
    return None


def _given_command(argv: list[str]) -> str | None:
    """The subcommand named on the command line (the first word not an option: the top-level options take no
    value), or None."""
    return next((word for word in argv if not word.startswith("-")), None)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every subcommand, or with ``only`` (a module of ``SUBCOMMANDS``) of that one alone."""
    parser = argparse.ArgumentParser(
        prog="border-monitor",
        description="Border Monitor: incidents on the Lithuanian, Latvian and Polish borders with Belarus. "
        "With no subcommand, opens the window on the built-in demo store.",
    )
    parser.add_argument("--version", action="version", version=_version_text())
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS if only is None else (only,):
        try:
            module = importlib.import_module(f"{__package__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def subcommand_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:  # noqa: SLF001 - argparse keeps subparsers here
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return set(action.choices)
    return set()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = _given_command(argv)
    if command is not None:
        module = command_module(command)  # None (an unknown command): every one, so the error lists them
    else:  # the help lists every command; with no command at all the window opens
        module = None if {"-h", "--help", "--version"} & set(argv) else "gui"
    parser = build_parser(only=module)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        # No subcommand: open the window on the built-in demo store.
        if "gui" not in subcommand_names(parser):
            build_parser().print_help()
            return 2
        args = parser.parse_args([*argv, "gui"])
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("border-monitor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()  # the reader of our output went away (``| head``): not an error to report
        return 141
    except Exception as exc:  # noqa: BLE001 - the one place every failure of a command is worded
        from ..failures import describe

        failure = describe(exc, f"border-monitor {args.command}")
        if failure.internal:
            print(f"border-monitor {args.command}: {failure.text}", file=sys.stderr)
        else:
            print(f"border-monitor {args.command}: error: {failure.text}", file=sys.stderr)
        return failure.exit_code


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at the null device so the exit flush raises nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
