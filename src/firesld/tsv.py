"""The one TSV writer of the release's tables, and the cell rules of its three dialects.

Every TSV file of the release is a header line and one line per row, cells separated by tabs,
each line ending with a line feed. What differs is how a value becomes a cell, as each format's
readers expect (documented in ``exports/README.md``):

- :func:`table_cell` (``tables/*.tsv``): empty for none, ``true``/``false``, lists joined by ``|``,
  no quoting;
- :func:`kgx_cell` (``kgx/*.tsv``): lists joined by ``|``, a boolean ``true`` or empty (kgx reads
  any non-empty text as true), tabs and line breaks turned into spaces;
- :func:`sssom_cell` (SSSOM/TSV): a value holding a double quote, a tab or a line break is quoted
  CSV-style, its quotes doubled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

__all__ = ["format_tsv", "kgx_cell", "sssom_cell", "table_cell"]


def table_cell(value: Any) -> str:
    """Write a value of the entity and claim tables.

    >>> table_cell(None), table_cell(False), table_cell(["可能", "提示"])
    ('', 'false', '可能|提示')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "|".join(table_cell(v) for v in value)
    return str(value)


def kgx_cell(value: Any) -> str:
    """Write a KGX value.

    >>> kgx_cell(True), kgx_cell(False), kgx_cell(["a", "b"]), kgx_cell("x" + chr(9) + "y")
    ('true', '', 'a|b', 'x y')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else ""
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    return str(value).replace("\t", " ").replace("\n", " ")


def sssom_cell(value: Any) -> str:
    """Write an SSSOM value, quoting one that holds a double quote, a tab or a line break.

    >>> sssom_cell("plain"), sssom_cell('a "b" c')
    ('plain', '"a ""b"" c"')
    """
    text = str(value)
    if any(c in text for c in '"\t\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def format_tsv(
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    cell: Callable[[Any], str],
    *,
    preamble: Sequence[str] = (),
) -> str:
    """Write a TSV text: the preamble lines, the header, one line per row.

    :param header: the column names
    :param rows: the rows, each a sequence of values in column order
    :param cell: how a value becomes a cell (:func:`table_cell`, :func:`kgx_cell`,
        :func:`sssom_cell`)
    :param preamble: lines written before the header (SSSOM's ``#`` metadata block)
    :returns: the text, each line ending with a line feed
    """
    lines = [*preamble, "\t".join(header)]
    lines += ["\t".join(cell(value) for value in row) for row in rows]
    return "\n".join(lines) + "\n"
