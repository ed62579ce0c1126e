"""A printed table before layout: columns, header paths and body rows of cells."""
from dataclasses import dataclass, field


@dataclass
class Column:
    """One printed column: `kind` is text, code, num or line; `path` its header words from the top level down."""
    kind: str
    path: list
    wrap: bool = False   # names: may wrap onto several lines in a narrow column


@dataclass
class Cell:
    col: int
    text: str
    span: int = 1


@dataclass
class Table:
    """A table as a report prints it: title, 公开NN表 tag, meta lines, header, body rows, notes."""
    title: str
    tag: str = ""
    columns: list = field(default_factory=list)
    body: list = field(default_factory=list)      # rows: lists of Cell
    numbering: list = None                       # the 栏次 row, cells as printed, or None
    notes: list = field(default_factory=list)
    form: bool = False                            # a label/value form: no header built from column paths
    wide: bool = False                            # asks for a landscape page


def header_cells(columns):
    """Header grid from the column paths: equal words on one level over adjacent columns merge into one
    cell; a path shorter than the deepest ends in a cell reaching down to the last header row.
    Returns (depth, [(row, col, rowspan, colspan, text)])."""
    depth = max(len(c.path) for c in columns)
    cells = []
    for level in range(depth):
        col = 0
        while col < len(columns):
            path = columns[col].path
            if level >= len(path):
                col += 1
                continue
            span = 1
            while (col + span < len(columns) and len(columns[col + span].path) > level
                   and columns[col + span].path[:level + 1] == path[:level + 1]
                   and (level < len(path) - 1) == (level < len(columns[col + span].path) - 1)):
                span += 1
            rowspan = depth - level if level == len(path) - 1 else 1
            cells.append((level, col, rowspan, span, path[level]))
            col += span
    return depth, cells
