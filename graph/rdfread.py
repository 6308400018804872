"""Reading RDF files: one guarded parse for every Turtle or TriG file stancegraph reads.

rdflib's parsers raise many unrelated exceptions on a bad file (``BadSyntax``, but also
``IndexError`` on a truncated one, ``RecursionError``, ``UnicodeDecodeError``), and an ill-typed
literal (``"2024-13-45"^^xsd:date``) is only logged, with a traceback, and then kept. Here every
one of them becomes one line naming the file and the position, raised as the caller's
``GraphError`` subclass; an ill-typed literal is an error too.
"""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path
from types import TracebackType

from rdflib import Graph
from rdflib.plugins.parsers.notation3 import BadSyntax

from graph.errors import GraphError, InputError

__all__ = ["parse_file"]

_TERM_LOGGER = logging.getLogger("rdflib.term")


class _IllTyped(logging.Filter):
    """rdflib's "Failed to convert Literal lexical form" reports: kept while this thread parses a
    file (then they are an error), dropped otherwise (a store's query results or a validation
    report the same literal as a violation; a logged traceback would only break the one-line
    rule)."""

    def __init__(self) -> None:
        super().__init__()
        self.local = threading.local()

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.getMessage().startswith("Failed to convert Literal lexical form"):
            return True
        found: list[tuple[str, str]] | None = getattr(self.local, "found", None)
        if found is not None:
            lexical = _local(record.exc_info[2] if record.exc_info else None, "lexical")
            datatype = re.search(r"Datatype=(\S+?),", record.getMessage())
            found.append((str(lexical), datatype.group(1) if datatype else "its datatype"))
        return False


_ILL_TYPED = _IllTyped()
_TERM_LOGGER.addFilter(_ILL_TYPED)


def parse_file(
    target: Graph,
    path: str | Path,
    fmt: str,
    *,
    error: type[GraphError] = InputError,
    then: str = "fix it there",
) -> Graph:
    """Parse ``path`` (``turtle`` or ``trig``) into ``target``; any problem is one ``error``.

    ``then`` ends the message with the next step.
    """
    path = Path(path)
    found: list[tuple[str, str]] = []
    _ILL_TYPED.local.found = found
    try:
        try:
            target.parse(path, format=fmt)
        except FileNotFoundError:
            raise error(f"{path}: no such file; {then}") from None
        except IsADirectoryError:
            raise error(f"{path}: a folder, not a {fmt} file; {then}") from None
        except BadSyntax as exc:
            raise error(f"{path}: bad {_name(fmt)} at {_syntax_where(exc)}; {then}") from None
        except UnicodeDecodeError as exc:
            raise error(f"{path}: not UTF-8 (bad byte at offset {exc.start}); {then}") from None
        except RecursionError:
            raise error(f"{path}: nested too deeply to read as {_name(fmt)}; {then}") from None
        except OSError as exc:
            raise error(f"{path}: cannot read ({exc.strerror}); {then}") from None
        except Exception as exc:  # rdflib's parsers raise many unrelated types
            raise error(
                f"{path}: unreadable {_name(fmt)} at {_parser_position(exc.__traceback__)} "
                f"({type(exc).__name__}: {_first_line(exc)}); {then}"
            ) from None
    finally:
        _ILL_TYPED.local.found = None
    if found:
        lexical, datatype = found[0]
        raise error(
            f"{path}: ill-typed literal {lexical!r} of {datatype} at {_line_of(path, lexical)} "
            f"({len(found)} in all); {then}"
        )
    return target


def _name(fmt: str) -> str:
    return {"turtle": "Turtle", "trig": "TriG"}.get(fmt, fmt)


def _first_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:160] or "no detail"


def _syntax_where(exc: BadSyntax) -> str:
    why = re.search(r"Bad syntax \((.*?)\) at", str(exc))
    reason = why.group(1) if why else _first_line(exc)
    return f"line {exc.lines + 1}: {reason}"


def _local(tb: TracebackType | None, name: str) -> object:
    """The innermost value of local ``name`` along a traceback (None if no frame has it)."""
    found: object = None
    while tb is not None:
        if name in tb.tb_frame.f_locals:
            found = tb.tb_frame.f_locals[name]
        tb = tb.tb_next
    return found


def _parser_position(tb: TracebackType | None) -> str:
    """Where rdflib's Turtle/TriG parser was when it failed: its line counter, if it has one."""
    line: int | None = None
    while tb is not None:
        parser = tb.tb_frame.f_locals.get("self")
        count = getattr(parser, "lines", None)
        if isinstance(count, int):
            line = count + 1
        tb = tb.tb_next
    return f"line {line}" if line is not None else "an unknown position (the file may be cut short)"


def _line_of(path: Path, lexical: str) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "an unknown line"
    at = text.find(f'"{lexical}"')
    return f"line {text.count(chr(10), 0, at) + 1}" if at >= 0 else "an unknown line"
